// The bench's `check --concurrency` rows (issue 15, item 4): the whole CLI process checking a config
// of many small and medium Keras-layout models (the bench's own generator, scripts/bench.ts), with
// the smoke inference and without, at `--concurrency 2` against `--concurrency 1`, alternated, the
// median of the per-pair ratios. Below 1 means the second core was used.
// Alone: `npm run bench -- --concurrency-only [--cli F] [--reps N]`; `--cli` takes a .js bundle
// (scripts/build.mjs OUT) or src/cli/bin.ts (run through tsx).
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

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
  rows: ConcurrencyRow[];
  notes: string[];
}

/** 20 models: widths 256 to 1536, 4 to 7 Dense layers (1 MB to 63 MB of weights each, 0.4 GB in all). */
const SHAPES = Array.from({ length: 20 }, (_, i) => ({ layers: 4 + (i % 4), width: [256, 512, 1024, 1536][Math.floor(i / 5)]! }));

function command(b: ConcurrencyBench, config: string, concurrency: number, json: string): string[] {
  const tsx = b.cli.endsWith('.ts') ? [path.join(b.root, 'node_modules', 'tsx', 'dist', 'cli.mjs')] : [];
  return [...tsx, b.cli, 'check', '--config', config, '--concurrency', String(concurrency), '--json', json, '--allow-outside'];
}

/** One whole `weightgate check` process; its wall time in ms. The report must hold every model. */
function check(b: ConcurrencyBench, config: string, concurrency: number, models: number, smoke: boolean): number {
  const json = path.join(b.dir, `report-${concurrency}.json`);
  const started = performance.now();
  const r = spawnSync(process.execPath, command(b, config, concurrency, json), { stdio: ['ignore', 'ignore', 'pipe'], cwd: path.dirname(config) });
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1) throw new Error(`check --concurrency ${concurrency} failed (${r.status ?? r.signal}): ${r.stderr.toString().slice(-500)}`);
  const report = JSON.parse(readFileSync(json, 'utf8')) as { models: { status: string; smoke?: { status: string } }[] };
  if (report.models.length !== models) throw new Error(`check --concurrency ${concurrency}: ${report.models.length} models reported of ${models}`);
  const bad = report.models.find((m) => m.status === 'error' || (smoke && m.smoke?.status !== 'passed'));
  if (bad) throw new Error(`check --concurrency ${concurrency}: a model came back ${JSON.stringify(bad).slice(0, 300)}`);
  return ms;
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

export async function concurrencyRows(b: ConcurrencyBench): Promise<void> {
  await ceiling(b);
  const dir = path.join(b.dir, 'concurrency');
  await mkdir(dir, { recursive: true });
  const models = await Promise.all(SHAPES.map((s, i) => b.make(`conc-${String(i).padStart(2, '0')}-${s.layers}x${s.width}`, s.layers, s.width)));
  const bytes = models.reduce((n, m) => n + m.bytes, 0);
  const label = `${models.length} Dense models (${(bytes / 2 ** 20).toFixed(0)} MiB)`;
  for (const smoke of [true, false]) {
    const config = path.join(dir, smoke ? 'smoke.yml' : 'no-smoke.yml');
    const lines = ['version: 1', 'snapshots: { skip: true }', 'defaults:', `  smoke: { skip: ${!smoke} }`, 'models:'];
    for (const m of models) lines.push(`  - { name: ${m.name}, definition: ${JSON.stringify(m.def)}, weights: ${JSON.stringify(m.weights)} }`);
    await writeFile(config, `${lines.join('\n')}\n`);
    // A warm-up of each, then pairs whose order alternates: both sides of a pair see the same machine.
    check(b, config, 2, models.length, smoke);
    check(b, config, 1, models.length, smoke);
    const two: number[] = [];
    const one: number[] = [];
    for (let i = 0; i < b.reps; i++) {
      if (i % 2) {
        one.push(check(b, config, 1, models.length, smoke));
        two.push(check(b, config, 2, models.length, smoke));
      } else {
        two.push(check(b, config, 2, models.length, smoke));
        one.push(check(b, config, 1, models.length, smoke));
      }
    }
    const ratio = med(two.map((t, i) => t / (one[i] ?? NaN)));
    b.rows.push({
      measure: `check CLI process ${smoke ? 'with' : 'without'} smoke: --concurrency 2 vs 1`, model: label, weightgate_ms: med(two), baseline: '--concurrency 1', baseline_ms: med(one), ratio,
      target: smoke ? '≤ 0.75x on 2 cores' : 'info (< 1x)', met: smoke && os.availableParallelism() >= 2 ? ratio <= 0.75 : null,
    });
  }
  b.notes.push(`check --concurrency rows: ${b.reps} alternated pairs of whole \`${path.relative(b.root, b.cli) || b.cli} check\` processes on ${os.availableParallelism()} cores`);
}

/** `npm run bench -- --concurrency-only`: these rows alone, printed. */
export async function concurrencyAlone(b: ConcurrencyBench): Promise<void> {
  await concurrencyRows(b);
  for (const r of b.rows) {
    console.log(`${r.measure}  ${r.model}  ${r.weightgate_ms.toFixed(0)} ms vs ${r.baseline_ms.toFixed(0)} ms (${r.baseline})  ${r.ratio.toFixed(2)}x  ${r.target}${r.met === null ? '' : r.met ? '  met' : '  MISSED'}`);
  }
  for (const n of b.notes) console.log(`note: ${n}`);
}
