// The bench's "big models" section (issue 15): legacy Keras .h5 models of 10 Dense layers too big for
// the WebAssembly heap as TF.js uses it, checked end to end by the CLI against numpy's outputs
// (scripts/make-big-model.py). 3 GB: WebAssembly without packed weight copies (with them the run
// needs ~5.6 GiB of a 4 GiB heap, and XNNPACK used to skip products silently). 5 GB: more than the
// heap holds at all, so `auto` moves to the CPU backend, and `--engine wasm` is skipped with the
// reason instead of the 'memory access out of bounds' it used to end in. Each run is a fresh
// `weightgate diff` process; peak RSS comes from GNU time when it is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface BigModelRow {
  model: string;
  engineAsked: string;
  status: string;
  engine: string;
  engineReason: string;
  maxAbsDiff?: number;
  /** The smoke run's own seconds (building, loading, predicting). */
  smokeSeconds?: number;
  /** The whole `weightgate diff` process. */
  wallSeconds: number;
  peakRssMiB?: number;
  reason?: string;
}

const CASES = [
  { label: '3GB', layers: 10, width: 8660 },
  { label: '5GB', layers: 10, width: 11180 },
] as const;

const GNU_TIME = '/usr/bin/time';

function generate(root: string, dir: string, layers: number, width: number): void {
  const stamp = path.join(dir, `stamp-${layers}x${width}`);
  if (existsSync(stamp) && existsSync(path.join(dir, 'y.npy'))) return;
  const r = spawnSync('/usr/bin/python3', [path.join(root, 'scripts', 'make-big-model.py'), dir, '--layers', String(layers), '--width', String(width)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`make-big-model.py failed: ${r.stderr.slice(-500)}`);
  console.error(`big models: generated ${dir} (${r.stdout.trim()})`);
  spawnSync('touch', [stamp]);
}

function runDiff(root: string, dir: string, engine: string): Omit<BigModelRow, 'model'> {
  const cli = [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'src', 'cli', 'bin.ts')];
  const argv = [...cli, 'diff', path.join(dir, 'model.h5'), '--input', path.join(dir, 'x.npy'), '--expected', path.join(dir, 'y.npy'),
    '--engine', engine, '--limit', 'maxSmokeBytes=8GiB', '--json'];
  const timed = existsSync(GNU_TIME);
  const rssFile = path.join(dir, 'rss.txt');
  const started = performance.now();
  const r = timed
    ? spawnSync(GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...argv], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, cwd: root })
    : spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, cwd: root });
  const wallSeconds = (performance.now() - started) / 1000;
  let smoke: { status: string; engine: string; engineReason: string; reason?: string; seconds?: number; outputs?: { maxAbsDiff?: number }[] };
  try {
    smoke = (JSON.parse(r.stdout) as { smoke: typeof smoke }).smoke;
  } catch {
    return { engineAsked: engine, status: `no report (exit ${r.status})`, engine: '', engineReason: '', wallSeconds, reason: r.stderr.slice(-300) };
  }
  const diffs = (smoke.outputs ?? []).map((o) => o.maxAbsDiff).filter((d): d is number => d !== undefined);
  return {
    engineAsked: engine, status: smoke.status, engine: smoke.engine, engineReason: smoke.engineReason,
    ...(diffs.length ? { maxAbsDiff: Math.max(...diffs) } : {}),
    ...(smoke.seconds !== undefined ? { smokeSeconds: smoke.seconds } : {}),
    wallSeconds,
    ...(timed && existsSync(rssFile) ? { peakRssMiB: Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 } : {}),
    ...(smoke.reason ? { reason: smoke.reason } : {}),
  };
}

/** Generates (once, kept in `dir`) and checks the big models; prints a table and writes `out`. */
export async function bigModels(o: { dir: string; root: string; out: string }): Promise<BigModelRow[]> {
  const rows: BigModelRow[] = [];
  for (const c of CASES) {
    const dir = path.join(o.dir, `big-${c.label}`);
    generate(o.root, dir, c.layers, c.width);
    const runs = c.label === '5GB' ? ['auto', 'wasm'] : ['auto'];
    for (const engine of runs) {
      const row = { model: `${c.label} (${c.layers} Dense ${c.width}x${c.width}, legacy .h5)`, ...runDiff(o.root, dir, engine) };
      rows.push(row);
      console.error(`big models: ${row.model} --engine ${engine}: ${row.status} on ${row.engine}${row.maxAbsDiff !== undefined ? `, max |a-b| ${row.maxAbsDiff.toExponential(1)}` : ''}, ${row.wallSeconds.toFixed(1)} s${row.peakRssMiB ? `, peak ${row.peakRssMiB.toFixed(0)} MiB` : ''}`);
    }
  }
  console.log('\nbig models (weightgate diff --input x.npy --expected y.npy, numpy\'s outputs):');
  for (const r of rows) {
    console.log(`  ${r.model}  --engine ${r.engineAsked}: ${r.status} on ${r.engine || '-'}`
      + `${r.maxAbsDiff !== undefined ? `  max|a-b| ${r.maxAbsDiff.toExponential(1)}` : ''}  smoke ${r.smokeSeconds ?? '-'} s, whole ${r.wallSeconds.toFixed(1)} s`
      + `${r.peakRssMiB ? `, peak RSS ${(r.peakRssMiB / 1024).toFixed(2)} GiB` : ''}\n    engine: ${r.engineReason}${r.reason ? `\n    reason: ${r.reason}` : ''}`);
  }
  await writeFile(o.out, `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
  return rows;
}
