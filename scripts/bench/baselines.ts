// The bench's comparisons against what a user would otherwise run (issue 15, item 6): the whole
// `weightgate diff --smoke` CLI process (committed dist/cli.js) against a Python process reading the
// same file with h5py and running the same forward pass in numpy (scripts/bench-numpy.py, Debian
// python3-h5py, single-threaded), a tiny model's whole CLI run against a bare `node -e 0`, and the
// peak RSS of both processes per weight byte. Before timing, both sides' outputs on the same file and
// the same seeded input are compared by weightgate itself (`--expected` the numpy outputs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const PYTHON = '/usr/bin/python3';

export interface Model { name: string; def: string; weights: string; bytes: number }
export interface Paired { ours: number; theirs: number; ratio: number }
export interface BaselineRow { measure: string; model: string; weightgate_ms: number; baseline: string; baseline_ms: number; ratio: number; target: string; met: boolean | null }
export interface Bench {
  root: string;
  /** The CLI bundle measured: the committed dist/cli.js unless `--cli F` names another build. */
  cli: string;
  dir: string;
  paired(ours: () => unknown, theirs: () => unknown, reps?: number): Promise<Paired>;
  rows: BaselineRow[];
  notes: string[];
}

/** Single-threaded numpy whatever BLAS Debian's alternatives point at. */
const PY_ENV = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };

export function havePython(): boolean {
  return spawnSync(PYTHON, ['-c', 'import h5py, numpy'], { stdio: 'ignore' }).status === 0;
}

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, argv, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr.toString()}`);
  return r.stdout.toString();
}

const cliArgs = (cli: string, m: Model, extra: string[] = []) => [cli, 'diff', m.def, m.weights, '--smoke', '--json', ...extra];
const pyArgs = (root: string, m: Model, extra: string[] = []) => [path.join(root, 'scripts', 'bench-numpy.py'), m.def, m.weights, ...extra];

/** Peak RSS of a whole process from GNU time (wait4's ru_maxrss of a child of a small process). */
function peakOf(cmd: string, argv: string[], env: NodeJS.ProcessEnv, tmp: string): number {
  run('/usr/bin/time', ['-f', '%M', '-o', tmp, cmd, ...argv], env);
  const kb = Number(readFileSync(tmp, 'utf8').trim().split('\n').pop());
  rmSync(tmp, { force: true });
  return kb * 1024;
}

interface Smoke { status: string; reason?: string; outputs: { maxAbsDiff?: number; withinTolerance?: boolean; tolerance?: unknown }[] }

/**
 * Same file, same seeded input: numpy's outputs go to .npy and `weightgate diff --smoke --expected`
 * compares them with its own. Throws when the smoke run did not pass: the timed sides would not be
 * doing equal work.
 */
function crossCheck(b: Bench, m: Model, seed = 1): string {
  const npy = path.join(b.dir, m.name, 'numpy-outputs.npy');
  const py = JSON.parse(run(PYTHON, pyArgs(b.root, m, ['--out', npy, '--seed', String(seed)]), PY_ENV)) as { weight_bytes: number; shape: number[]; max_abs: number };
  if (py.weight_bytes !== m.bytes) throw new Error(`bench-numpy.py read ${py.weight_bytes} weight bytes of ${m.name}, expected ${m.bytes}`);
  const report = JSON.parse(run(process.execPath, cliArgs(b.cli, m, ['--expected', npy]))) as { verdict: string; smoke?: Smoke };
  const s = report.smoke;
  if (seed !== 1) {
    // numpy on another seed's input: weightgate (seed 1) must disagree, or the check could not fail.
    const [out] = s?.outputs ?? [];
    if (s?.status !== 'failed' || out?.withinTolerance !== false) throw new Error(`${m.name}: the cross-check cannot tell seed ${seed}'s outputs from seed 1's: ${JSON.stringify(s)}`);
    return `${m.name}: numpy's outputs for seed ${seed}'s input differ from weightgate's for seed 1 by ${out.maxAbsDiff?.toExponential(1)} (the cross-check can fail)`;
  }
  const [out] = s?.outputs ?? [];
  if (report.verdict !== 'compatible' || !s || s.status !== 'passed' || s.outputs.length !== 1 || out?.withinTolerance !== true) {
    throw new Error(`${m.name}: weightgate and numpy disagree on the same file: ${JSON.stringify({ verdict: report.verdict, smoke: s })}`);
  }
  return `${m.name}: weightgate's outputs vs numpy's on the same file and seeded input [${py.shape.join(',')}]: max abs diff ${out.maxAbsDiff?.toExponential(1)} on outputs up to ${py.max_abs.toFixed(2)} in magnitude (within ${JSON.stringify(out.tolerance)})`;
}

/** `at` is the model the issue sets the time target for (400 MB); other sizes are reported alongside. */
export async function againstPython(b: Bench, models: readonly Model[], at: string): Promise<void> {
  // A failed cross-check is a finding, reported as a missed row; the rest of the bench still runs.
  const checked = (m: Model, seed?: number): boolean => {
    try {
      b.notes.push(`cross-check ${crossCheck(b, m, seed)}`);
      return true;
    } catch (err) {
      b.rows.push({ measure: `cross-check FAILED: ${(err as Error).message}`, model: m.name, weightgate_ms: NaN, baseline: 'numpy', baseline_ms: NaN, ratio: NaN, target: 'agree', met: false });
      return false;
    }
  };
  const [first] = models;
  if (first) checked(first, 2);
  for (const m of models) {
    if (!checked(m)) continue;
    // Where each side's time goes: the smoke run's own seconds (worker, engine, build, load, first
    // predict) from the CLI's JSON; numpy's import, read and forward times from its line.
    const smokeMs: number[] = [];
    type PyTimes = { import_ms: number; read_ms: number; forward_ms: number };
    const py: PyTimes[] = [];
    const t = await b.paired(
      () => smokeMs.push((JSON.parse(run(process.execPath, cliArgs(b.cli, m))) as { smoke: { seconds: number } }).smoke.seconds * 1000),
      () => py.push(JSON.parse(run(PYTHON, pyArgs(b.root, m), PY_ENV)) as PyTimes),
    );
    const md = (xs: number[]) => ([...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN).toFixed(0);
    b.notes.push(`${m.name}: the CLI process took ${t.ours.toFixed(0)} ms, of which its smoke result's own \`seconds\` (inside the smoke worker: build, load, first predict) ${md(smokeMs)} ms; numpy's process: import ${md(py.map((x) => x.import_ms))} ms, h5py read ${md(py.map((x) => x.read_ms))} ms, forward ${md(py.map((x) => x.forward_ms))} ms`);
    b.rows.push({
      measure: 'full load + inference: `diff --smoke` process vs Python h5py + numpy process', model: m.name, weightgate_ms: t.ours,
      baseline: 'python3 bench-numpy.py', baseline_ms: t.theirs, ratio: t.ratio, target: m.name === at ? '≤ 2x' : '≤ 2x at 400 MB', met: m.name === at ? t.ratio <= 2 : null,
    });
  }
  const tmp = path.join(b.dir, 'peak-rss.txt');
  if (!existsSync('/usr/bin/time')) {
    b.notes.push('/usr/bin/time (GNU time) absent: whole-process peak RSS not measured');
    return;
  }
  for (const m of models) {
    const ours = peakOf(process.execPath, cliArgs(b.cli, m), process.env, tmp);
    const theirs = peakOf(PYTHON, pyArgs(b.root, m), PY_ENV, tmp);
    b.rows.push({
      measure: 'peak RSS of the whole `diff --smoke` process vs weight bytes', model: m.name, weightgate_ms: ours / 2 ** 20,
      baseline: 'weights MiB', baseline_ms: m.bytes / 2 ** 20, ratio: ours / m.bytes, target: '≤ 1.6x', met: ours / m.bytes <= 1.6,
    });
    b.rows.push({
      measure: 'peak RSS of the Python h5py + numpy process vs weight bytes', model: m.name, weightgate_ms: theirs / 2 ** 20,
      baseline: 'weights MiB', baseline_ms: m.bytes / 2 ** 20, ratio: theirs / m.bytes, target: 'info (the baseline)', met: null,
    });
  }
}

/** A tiny model's whole `diff --smoke` CLI process vs a bare node start. */
export async function tinyAgainstNode(b: Bench, m: Model): Promise<void> {
  const node = () => run(process.execPath, ['-e', '0']);
  const t = await b.paired(() => run(process.execPath, cliArgs(b.cli, m)), node);
  b.rows.push({
    measure: 'tiny model: whole `diff --smoke` process vs `node -e 0`', model: m.name, weightgate_ms: t.ours,
    baseline: 'node -e 0', baseline_ms: t.theirs, ratio: t.ratio, target: '≤ 6x', met: t.ratio <= 6,
  });
  // What the whole run is made of: the CLI's modules alone (`help`), then the diff without --smoke
  // (adds the HDF5 reader thread and h5wasm), against the same bare node start.
  const cli = b.cli;
  for (const [what, argv] of [['`weightgate help` (the CLI\'s modules loaded)', [cli, 'help']], ['tiny model: `diff` without --smoke', [cli, 'diff', m.def, m.weights, '--json']]] as const) {
    const p = await b.paired(() => run(process.execPath, [...argv]), node);
    b.rows.push({ measure: `${what} vs \`node -e 0\``, model: m.name, weightgate_ms: p.ours, baseline: 'node -e 0', baseline_ms: p.theirs, ratio: p.ratio, target: 'info (part of the above)', met: null });
  }
}
