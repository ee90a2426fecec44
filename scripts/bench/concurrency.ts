// The bench's `check --concurrency` rows (issue 15, item 4): the whole CLI process checking a config
// of many small and medium Keras-layout models (the bench's own generator, scripts/bench.ts), with
// the smoke inference and without, at `--concurrency 2` against `--concurrency 1`, alternated, the
// median of the per-pair ratios. Below 1 means the second core was used.
// Two workloads: 20 Dense models of 1–63 MB (start-up dominated), and 8 long-run models (4 Dense
// 8×2048², whose smoke run is mostly the weight load, and 4 Conv2D stacks on a 128×128 input, mostly
// convolution); a third, 200 tiny pairs at --concurrency 2 and 4 (the issue's own scenario), only
// with `--workload small`. The notes give each side's CPU time and the load average.
// Alone: `npm run bench -- --concurrency-only [--cli F] [--reps N] [--workload many|long|small]`; `--cli` takes a .js bundle
// (scripts/build.mjs OUT) or src/cli/bin.ts (run through tsx).
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { convLayers, KERAS_LAYOUT_STAMP, kerasSequential, writeConvStack } from './keras-models.js';

export interface ConcurrencyModel { name: string; def: string; weights: string; bytes: number }
export interface ConcurrencyRow { measure: string; model: string; weightgate_ms: number; baseline: string; baseline_ms: number; ratio: number; target: string; met: boolean | null }

export interface ConcurrencyBench {
  root: string;
  /** The CLI run: a bundle (dist/cli.js, a build of your own) or src/cli/bin.ts (through tsx). */
  cli: string;
  dir: string;
  /** The bench's generator of Keras 3 Dense models (name, layers, width). */
  make(name: string, layers: number, width: number): Promise<ConcurrencyModel>;
  reps: number;
  /** Only one workload (`--workload many|long|small`); many and long when absent. */
  workload?: 'many' | 'long' | 'small';
  rows: ConcurrencyRow[];
  notes: string[];
}

/** 20 models: widths 256 to 1536, 4 to 7 Dense layers (1 MB to 63 MB of weights each, 0.4 GB in all). */
const SHAPES = Array.from({ length: 20 }, (_, i) => ({ layers: 4 + (i % 4), width: [256, 512, 1024, 1536][Math.floor(i / 5)]! }));

function command(b: ConcurrencyBench, config: string, concurrency: number, json: string): string[] {
  const tsx = b.cli.endsWith('.ts') ? [path.join(b.root, 'node_modules', 'tsx', 'dist', 'cli.mjs')] : [];
  return [...tsx, b.cli, 'check', '--config', config, '--concurrency', String(concurrency), '--json', json, '--allow-outside'];
}

/** This process' waited-for children's CPU time so far, in ms (/proc/self/stat: cutime + cstime; Linux only, else NaN). */
function childCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command name (which may hold spaces), from field 3 (state) on.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) * 10; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

interface Run { ms: number; cpuMs: number; load: number }

/** One whole `weightgate check` process: its wall and CPU time in ms. The report must hold every model. */
function check(b: ConcurrencyBench, config: string, concurrency: number, models: number, smoke: boolean): Run {
  const json = path.join(b.dir, `report-${concurrency}.json`);
  const load = os.loadavg()[0] ?? NaN;
  const cpu = childCpuMs();
  const started = performance.now();
  const r = spawnSync(process.execPath, command(b, config, concurrency, json), { stdio: ['ignore', 'ignore', 'pipe'], cwd: path.dirname(config) });
  const ms = performance.now() - started;
  const cpuMs = childCpuMs() - cpu;
  if (r.status !== 0 && r.status !== 1) throw new Error(`check --concurrency ${concurrency} failed (${r.status ?? r.signal}): ${r.stderr.toString().slice(-500)}`);
  const report = JSON.parse(readFileSync(json, 'utf8')) as { models: { status: string; smoke?: { status: string } }[] };
  if (report.models.length !== models) throw new Error(`check --concurrency ${concurrency}: ${report.models.length} models reported of ${models}`);
  const bad = report.models.find((m) => m.status === 'error' || (smoke && m.smoke?.status !== 'passed'));
  if (bad) throw new Error(`check --concurrency ${concurrency}: a model came back ${JSON.stringify(bad).slice(0, 300)}`);
  return { ms, cpuMs, load };
}

function med(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
}

/** `n` threads each spinning the same fixed work; the wall time in ms. */
async function spin(n: number): Promise<number> {
  const code = 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; require("node:worker_threads").parentPort.postMessage(x);';
  const started = performance.now();
  await Promise.all(Array.from({ length: n }, () => new Promise((resolve, reject) => new Worker(code, { eval: true }).once('message', resolve).once('error', reject))));
  return performance.now() - started;
}

/**
 * What the machine lets this process gain from a second thread now: two threads of the same work
 * against one, alternated (1.0x on two free cores, 2.0x when the process gets one core's share
 * whatever its threads, as on a VM shared with other jobs under the kernel's autogroup scheduling).
 */
async function ceiling(b: ConcurrencyBench): Promise<void> {
  const two: number[] = [];
  const one: number[] = [];
  for (let i = 0; i < b.reps; i++) {
    if (i % 2) { one.push(await spin(1)); two.push(await spin(2)); } else { two.push(await spin(2)); one.push(await spin(1)); }
  }
  b.rows.push({
    measure: 'control: 2 threads of fixed CPU work vs 1 thread of it (the machine\'s parallel ceiling now)', model: 'spin loop', weightgate_ms: med(two), baseline: '1 thread', baseline_ms: med(one),
    ratio: med(two.map((t, i) => t / (one[i] ?? NaN))), target: 'info (1.0x: two free cores)', met: null,
  });
}

/** A Keras 3 Conv2D stack's definition and `.weights.h5` in `dir`/`name` (written once, kept: a stamp marks it whole). */
async function makeConv(dir: string, name: string, layers: number, channels: number, side: number): Promise<ConcurrencyModel> {
  const at = path.join(dir, name);
  const def = path.join(at, 'model.json');
  const weights = path.join(at, 'model.weights.h5');
  const bytes = (9 * 3 * channels + (layers - 1) * 9 * channels * channels + layers * channels) * 4;
  const stamp = path.join(at, `stamp-${KERAS_LAYOUT_STAMP}-seeded-bias`);
  if (existsSync(stamp)) return { name, def, weights, bytes };
  await rm(at, { recursive: true, force: true });
  await mkdir(at, { recursive: true });
  // Conv2D 3×3 'same' relu layers on a side×side×3 input: the smoke run is mostly convolution.
  await writeFile(def, JSON.stringify(kerasSequential(name, [null, side, side, 3], convLayers(layers, channels))));
  await writeConvStack(weights, name, layers, 3, channels);
  await writeFile(stamp, '');
  return { name, def, weights, bytes };
}

/**
 * The long-run workload: 8 models whose own work is long, as a user gating a few sizable models
 * has it. 4 Dense models of 2048² × 8 (134 MB each; the smoke run's weight load dominates) and 4
 * Conv2D stacks of 64 channels on a 128×128×3 input (1 MB or less; the convolutions dominate).
 * Their files take ~1.1 GB of disk (the Dense ones with the generator's TF.js copy).
 */
async function longModels(b: ConcurrencyBench, dir: string): Promise<ConcurrencyModel[]> {
  const dense: ConcurrencyModel[] = [];
  for (let i = 0; i < 4; i++) dense.push(await b.make(`conc-long-dense-${i}-8x2048`, 8, 2048));
  const conv: ConcurrencyModel[] = [];
  for (let i = 0; i < 4; i++) conv.push(await makeConv(dir, `conc-long-conv-${i}-${4 + i}x64`, 4 + i, 64, 128));
  // Interleaved: the two kinds alternate in the config, as they would in a real one.
  return dense.flatMap((d, i) => [d, conv[i]!]);
}

/**
 * `check` of `models` at each of `against` and at --concurrency 1, with and without smoke, in
 * alternation (the order rotates each pair): one row for each of `against`, its ratio the median of
 * the per-repetition ratios to --concurrency 1.
 */
async function compare(b: ConcurrencyBench, dir: string, tag: string, label: string, models: readonly ConcurrencyModel[], target: (smoke: boolean, c: number) => { text: string; limit?: number }, against: readonly number[] = [2]): Promise<void> {
  const sides = [1, ...against];
  for (const smoke of [true, false]) {
    const config = path.join(dir, `${tag}-${smoke ? 'smoke' : 'no-smoke'}.yml`);
    const lines = ['version: 1', 'snapshots: { skip: true }', 'defaults:', `  smoke: { skip: ${!smoke} }`, 'models:'];
    for (const m of models) lines.push(`  - { name: ${m.name}, definition: ${JSON.stringify(m.def)}, weights: ${JSON.stringify(m.weights)} }`);
    await writeFile(config, `${lines.join('\n')}\n`);
    // A warm-up of each, then repetitions whose order rotates: each side sees the same machine.
    for (const c of [...sides].reverse()) check(b, config, c, models.length, smoke);
    const runs = new Map<number, Run[]>(sides.map((c) => [c, []]));
    for (let i = 0; i < b.reps; i++) {
      const order = [...sides.slice(i % sides.length), ...sides.slice(0, i % sides.length)];
      for (const c of i % 2 ? order.reverse() : order) runs.get(c)!.push(check(b, config, c, models.length, smoke));
    }
    const one = runs.get(1)!;
    const cpu = (rs: Run[]) => `${(med(rs.map((r) => r.cpuMs)) / 1000).toFixed(2)} s CPU in ${(med(rs.map((r) => r.ms)) / 1000).toFixed(2)} s`;
    const loads = [...runs.values()].flat().map((r) => r.load);
    const parts = [`--concurrency 1 ${cpu(one)}`];
    for (const c of against) {
      const other = runs.get(c)!;
      const ratios = other.map((t, i) => t.ms / (one[i]?.ms ?? NaN));
      const ratio = med(ratios);
      const t = target(smoke, c);
      b.rows.push({
        measure: `check CLI process ${smoke ? 'with' : 'without'} smoke: --concurrency ${c} vs 1`, model: label, weightgate_ms: med(other.map((r) => r.ms)), baseline: '--concurrency 1', baseline_ms: med(one.map((r) => r.ms)), ratio,
        target: t.text, met: t.limit !== undefined && os.availableParallelism() >= 2 ? ratio <= t.limit : null,
      });
      parts.push(`${c} ${cpu(other)} (ratios ${ratios.map((x) => x.toFixed(2)).join(' ')})`);
    }
    b.notes.push(`${label} ${smoke ? 'with' : 'without'} smoke, medians: ${parts.join('; ')}; 1-minute load average ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)} (this bench's own processes included)`);
  }
}

/** The issue's own scenario: 200 small pairs (copies of the bench's 10 × Dense 16×16 model, 28 KB each). */
async function smallModels(b: ConcurrencyBench, dir: string): Promise<ConcurrencyModel[]> {
  const tiny = await b.make('layers-10', 10, 16);
  return Promise.all(Array.from({ length: 200 }, async (_, i) => {
    const at = path.join(dir, 'small', String(i).padStart(3, '0'));
    const def = path.join(at, 'model.json');
    const weights = path.join(at, 'model.weights.h5');
    if (!existsSync(weights)) {
      await mkdir(at, { recursive: true });
      await copyFile(tiny.def, def);
      await copyFile(tiny.weights, weights);
    }
    return { name: `small-${String(i).padStart(3, '0')}`, def, weights, bytes: tiny.bytes };
  }));
}

export async function concurrencyRows(b: ConcurrencyBench): Promise<void> {
  await ceiling(b);
  const dir = path.join(b.dir, 'concurrency');
  await mkdir(dir, { recursive: true });
  if (!b.workload || b.workload === 'many') await manyRows(b, dir);
  // The long-run workload: each model's smoke run takes ~0.1–0.7 s, so start-up no longer dominates.
  if (!b.workload || b.workload === 'long') {
    const long = await longModels(b, dir);
    await compare(b, dir, 'long', `${long.length} long-run models: 4 Dense 8×2048² + 4 Conv2D 64-ch on 128² (${mib(long)} MiB)`, long,
      (smoke) => (smoke ? { text: '≤ 0.8x on 2 cores', limit: 0.8 } : { text: 'info (metadata only: start-up dominated)' }));
  }
  // Many tiny pairs at 2 and 4 (only with --workload small: 200 models a process, ~1 minute a repetition).
  if (b.workload === 'small') {
    const small = await smallModels(b, dir);
    await compare(b, dir, 'small', `${small.length} tiny pairs (10 × Dense 16×16)`, small, () => ({ text: 'info' }), [2, 4]);
  }
  b.notes.push(`check --concurrency rows: ${b.reps} alternated pairs of whole \`${path.relative(b.root, b.cli) || b.cli} check\` processes on ${os.availableParallelism()} cores; CPU: the children's user + system time`);
}

const mib = (ms: readonly ConcurrencyModel[]) => (ms.reduce((n, m) => n + m.bytes, 0) / 2 ** 20).toFixed(0);

/** The many-models workload: 20 Dense models of 1–63 MB, where start-up dominates. */
async function manyRows(b: ConcurrencyBench, dir: string): Promise<void> {
  const models = await Promise.all(SHAPES.map((s, i) => b.make(`conc-${String(i).padStart(2, '0')}-${s.layers}x${s.width}`, s.layers, s.width)));
  // Runs of 10–90 ms: start-up and the stages' overlap bound this workload, not the cores (the
  // target is the long-run workload's); the row shows what `--concurrency` costs where it cannot pay.
  await compare(b, dir, 'many', `${models.length} Dense models (${mib(models)} MiB)`, models, () => ({ text: 'info (short runs: start-up bound)' }));
}

/** `npm run bench -- --concurrency-only`: these rows alone, printed. */
export async function concurrencyAlone(b: ConcurrencyBench): Promise<void> {
  await concurrencyRows(b);
  for (const r of b.rows) {
    console.log(`${r.measure}  ${r.model}  ${r.weightgate_ms.toFixed(0)} ms vs ${r.baseline_ms.toFixed(0)} ms (${r.baseline})  ${r.ratio.toFixed(2)}x  ${r.target}${r.met === null ? '' : r.met ? '  met' : '  MISSED'}`);
  }
  for (const n of b.notes) console.log(`note: ${n}`);
}
