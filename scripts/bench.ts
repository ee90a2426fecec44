// npm run bench: weightgate measured side by side with the limits of its job, as ratios from one run
// on one machine. Synthetic Keras-layout files are generated here (never committed), plus a real
// model from ../shared when present, and compared with what a user would otherwise run (a Python h5py +
// numpy process, node -e 0, h5ls -r: scripts/bench/baselines.ts).
// Usage: npm run bench [-- --quick] [-- --out bench-results.json] [-- --cli build/cli.js (default dist/cli.js)] [-- --concurrency-only [--workload many|long|small]]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { diff } from '../src/diff/index.js';
import { openPair } from '../src/formats/open.js';
import { assignmentsFromDiff, selectEngine, type Engine } from '../src/engine/index.js';
import { buildModel, prepareInitializers } from '../src/engine/build-model.js';
import { fullyAssignedLayers, loadAssignments } from '../src/engine/load-weights.js';
import { normalizeConfig } from '../src/engine/normalize-config.js';
import { openHdf5 } from '../src/formats/hdf5.js';
import { prng } from '../src/engine/seeded-inputs.js';
import { valueAt } from '../src/sources/json-value.js';
import { againstPython, havePython, tinyAgainstNode } from './bench/baselines.js';
import { denseLayers, KERAS_LAYOUT, KERAS_LAYOUT_STAMP, kerasSequential } from './bench/keras-models.js';

const args = process.argv.slice(2);
/** The value after `--name`, else `fallback`. */
function flag(name: string, fallback: string): string {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  if (value === undefined) throw new Error(`${name} needs a value`);
  return value;
}
const QUICK = args.includes('--quick');
const OUT = flag('--out', 'bench-results.json');
const REPS = QUICK ? 5 : 9;
/** The CLI bundle the whole-process comparisons run (scripts/bench/baselines.ts): `--cli F` for another build. */
const CLI = path.resolve(flag('--cli', path.join(import.meta.dirname, '..', 'dist', 'cli.js')));
const DIR = path.join(os.tmpdir(), 'weightgate-bench');
const ROOT = path.resolve(import.meta.dirname, '..');
const SHARED = path.resolve(ROOT, '..', 'shared');

// ---- synthetic models ---------------------------------------------------------------------------

interface Synthetic { name: string; layers: number; width: number; def: string; weights: string; tfjs: string; bytes: number }

/** The same model as TF.js reads it: Keras 2 style, batch_input_shape on the InputLayer, plain dtype strings, no module keys. */
function tfjsDenseConfig(name: string, width: number, layers: number) {
  return {
    class_name: 'Sequential',
    config: {
      name, trainable: true,
      layers: [
        { class_name: 'InputLayer', config: { dtype: 'float32', sparse: false, ragged: false, name: 'input_layer', batch_input_shape: [null, width] } },
        ...Array.from({ length: layers }, (_, i) => ({
          class_name: 'Dense',
          config: { name: `dense_${i}`, trainable: true, dtype: 'float32', units: width, activation: 'tanh', use_bias: true, kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } }, bias_initializer: { class_name: 'Zeros', config: {} } },
        })),
      ],
    },
  };
}

/**
 * Cheap deterministic values in [-limit, limit): the bench measures bytes moved, but kernels get
 * Glorot's limit so that the seeded input still shapes the last layer's outputs, and the cross-check
 * against numpy (scripts/bench/baselines.ts) tests the whole forward pass.
 */
function fill(n: number, seed: number, limit = 0.01): Float32Array {
  const next = prng(seed);
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = (next() - 0.5) * 2 * limit;
  return a;
}

async function makeSynthetic(name: string, layers: number, width: number): Promise<Synthetic> {
  const dir = path.join(DIR, name);
  const def = path.join(dir, 'model.json');
  const weights = path.join(dir, 'model.weights.h5');
  const tfjs = path.join(dir, 'tfjs', 'model.json');
  const s: Synthetic = { name, layers, width, def, weights, tfjs, bytes: layers * (width * width + width) * 4 };
  // The stamp marks files written since kernels got Glorot's scale (older ones are regenerated).
  if (existsSync(tfjs) && existsSync(path.join(dir, 'glorot')) && existsSync(path.join(dir, KERAS_LAYOUT_STAMP))) return s;
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'tfjs'), { recursive: true });
  await writeFile(def, JSON.stringify(kerasSequential(name, [null, width], denseLayers(layers, width))));
  // Imported here, not at the top: the memory children never load h5wasm on the main thread (under
  // tsx that import alone peaks at ~600 MB, transforming its 4 MB of emscripten glue).
  const h5wasm = (await import('h5wasm/node')).default;
  await h5wasm.ready;
  const f = new h5wasm.File(weights, 'w', KERAS_LAYOUT);
  f.create_group('layers');
  const manifest: { name: string; shape: number[]; dtype: string }[] = [];
  const shards: string[] = [];
  let shard: Buffer[] = [];
  let shardBytes = 0;
  const flush = async () => {
    if (!shardBytes) return;
    const n = `group1-shard${shards.length + 1}.bin`;
    await writeFile(path.join(dir, 'tfjs', n), Buffer.concat(shard));
    shards.push(n);
    shard = [];
    shardBytes = 0;
  };
  for (let i = 0; i < layers; i++) {
    const p = `layers/${i === 0 ? 'dense' : `dense_${i}`}`;
    f.create_group(p);
    const g = f.create_group(`${p}/vars`);
    g.create_attribute('name', `dense_${i}`);
    const kernel = fill(width * width, i + 1, Math.sqrt(6 / (2 * width)));
    const bias = fill(width, i + 7);
    g.create_dataset({ name: '0', data: kernel, shape: [width, width], dtype: '<f' });
    g.create_dataset({ name: '1', data: bias, shape: [width], dtype: '<f' });
    for (const [w, data, shape] of [['kernel', kernel, [width, width]], ['bias', bias, [width]]] as const) {
      manifest.push({ name: `dense_${i}/${w}`, shape: [...shape], dtype: 'float32' });
      shard.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      shardBytes += data.byteLength;
      if (shardBytes >= 4 * 2 ** 20) await flush();
    }
  }
  f.create_group('vars').create_attribute('name', name);
  f.close();
  await flush();
  await writeFile(path.join(dir, 'glorot'), '');
  await writeFile(path.join(dir, KERAS_LAYOUT_STAMP), '');
  const tfjsTopology = tfjsDenseConfig(name, width, layers);
  await writeFile(tfjs, JSON.stringify({ format: 'layers-model', modelTopology: tfjsTopology, weightsManifest: [{ paths: shards, weights: manifest }] }));
  return s;
}

// ---- timing helpers -----------------------------------------------------------------------------
// This machine's speed drifts by a third from one second to the next (a shared VM). Each comparison
// therefore runs its two sides in alternation, one pair per repetition, and reports the median of
// the per-pair ratios: both sides of a pair see the same machine.

function med(xs: number[]): number {
  const m = [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  if (m === undefined) throw new Error('the median of no measurements');
  return m;
}

/** a[i] / b[i] for each pair of measurements (the two lists have one entry per repetition). */
function ratios(a: number[], b: number[]): number[] {
  if (a.length !== b.length) throw new Error(`${a.length} measurements against ${b.length}`);
  return a.map((x, i) => x / (b[i] ?? NaN));
}

async function time(fn: () => unknown): Promise<number> {
  const s = performance.now();
  await fn();
  return performance.now() - s;
}

interface Paired { ours: number; theirs: number; ratio: number }

/** `ours` and `theirs` alternated (which goes first alternates too) after a warm-up of each. */
async function paired(ours: () => unknown, theirs: () => unknown, reps = REPS): Promise<Paired> {
  await ours();
  await theirs();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < reps; i++) {
    if (i % 2) {
      b.push(await time(theirs));
      a.push(await time(ours));
    } else {
      a.push(await time(ours));
      b.push(await time(theirs));
    }
  }
  return { ours: med(a), theirs: med(b), ratio: med(ratios(a, b)) };
}

function proc(cmd: string, argv: string[]): () => void {
  return () => {
    const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr.toString()}`);
  };
}

function haveH5ls(): boolean {
  if (spawnSync('h5ls', ['--version']).status === 0) return true;
  if (process.getuid?.() === 0) {
    console.error('h5ls not found: installing Debian hdf5-tools for the comparison…');
    spawnSync('apt-get', ['install', '-y', '-qq', 'hdf5-tools'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  return spawnSync('h5ls', ['--version']).status === 0;
}

// ---- what is measured ---------------------------------------------------------------------------

async function metadataDiff(def: string, weights: string): Promise<void> {
  const pair = await openPair(def, weights);
  try {
    diff(pair.def.definition!, pair.weights.artifact!);
  } finally {
    await pair.close();
  }
}

type Tensor = { dispose(): void };

/** diff + every weight read + TF.js model built and loaded (no inference). */
async function fullLoad(engine: Engine, def: string, weights: string): Promise<{ dispose(): void; predict(): number }> {
  const pair = await openPair(def, weights);
  try {
    const d = pair.def.definition!;
    const report = diff(d, pair.weights.artifact!);
    const assignments = assignmentsFromDiff(d, report);
    const n = normalizeConfig(d.config, d.generation);
    prepareInitializers(n.config, fullyAssignedLayers(d, assignments), 1);
    const tf = engine.tf;
    await tf.setBackend(engine.backend);
    const model = await buildModel(tf, n.config);
    await loadAssignments(tf, model, d, pair.weights.artifact!, assignments);
    const width = d.inputs[0]?.shape[1] ?? 8;
    return { dispose: () => model.dispose(), predict: () => predictOnce(tf, model, width) };
  } finally {
    await pair.close();
  }
}

/** TF.js loading its own format from disk: model.json + shards through an IO handler. */
async function tfjsOwnLoad(engine: Engine, modelJson: string): Promise<{ dispose(): void; predict(): number }> {
  const tf = engine.tf;
  await tf.setBackend(engine.backend);
  const dir = path.dirname(modelJson);
  const handler = {
    load: async () => {
      const j: unknown = JSON.parse(await readFile(modelJson, 'utf8'));
      const group = valueAt(j, 'weightsManifest', 0);
      const paths = valueAt(group, 'paths');
      if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) throw new Error(`${modelJson}: no weight file paths in weightsManifest[0]`);
      const all = Buffer.concat(await Promise.all(paths.map((p) => readFile(path.join(dir, p)))));
      return { modelTopology: valueAt(j, 'modelTopology'), weightSpecs: valueAt(group, 'weights'), weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) };
    },
  };
  // The engine's tf is tfjs-core + tfjs-layers from node_modules; their loadLayersModel is TF.js' own path.
  const { loadLayersModel } = await import('@tensorflow/tfjs-layers');
  const model = await loadLayersModel(handler as never);
  const width = model.inputs[0]?.shape[1] ?? 8;
  return { dispose: () => model.dispose(), predict: () => predictOnce(tf, model, width) };
}

function predictOnce(tf: Engine['tf'], model: { predict(x: unknown): unknown }, width: number): number {
  const s = performance.now();
  const x = tf.zeros([2, width]);
  const y = model.predict(x) as { dataSync(): unknown } & Tensor;
  y.dataSync();
  tf.dispose([x, y as never]);
  return performance.now() - s;
}

// ---- child processes for peak RSS --------------------------------------------------------------
// Each measurement runs in a fresh process and reads its own high-water mark, VmHWM. (getrusage's
// maxRSS will not do: Linux carries it over from the forking parent across exec, so a child
// spawned by this 1 GB-heavy process would report the parent's peak.)

function highWaterMark(): { bytes: number; source: string } {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return { bytes: Number(m[1]) * 1024, source: 'VmHWM' };
  } catch {
    // not Linux
  }
  return { bytes: process.resourceUsage().maxRSS * 1024, source: 'maxRSS' };
}

const CHILD_MODES = ['engine', 'engine+reader', 'load', 'load+inference', 'tfjs', 'tfjs+inference'] as const;
type ChildMode = (typeof CHILD_MODES)[number];
const isChildMode = (m: string | undefined): m is ChildMode => CHILD_MODES.some((c) => c === m);

async function child(mode: ChildMode, def: string, weights: string, tfjs: string): Promise<void> {
  const engine = await selectEngine((process.env.WG_BENCH_ENGINE as never) ?? 'auto');
  if (mode === 'engine+reader') {
    // The fixed cost of weightgate's reader: the HDF5 worker started on a tiny file.
    const f = await openHdf5(path.join(ROOT, 'fixtures', 'weights', 'classifier.weights.h5'));
    f.close();
  }
  if (mode === 'load' || mode === 'load+inference') {
    const m = await fullLoad(engine, def, weights);
    if (mode === 'load+inference') m.predict();
  }
  if (mode === 'tfjs' || mode === 'tfjs+inference') {
    const m = await tfjsOwnLoad(engine, tfjs);
    if (mode === 'tfjs+inference') m.predict();
  }
  process.stdout.write(JSON.stringify(highWaterMark()));
}

function peakRss(mode: ChildMode, s?: Synthetic): { bytes: number; source: string } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench.ts'), '--child', mode, s?.def ?? '', s?.weights ?? '', s?.tfjs ?? ''], { maxBuffer: 1 << 20 });
  return JSON.parse(out.toString()) as { bytes: number; source: string };
}

// ---- the run ------------------------------------------------------------------------------------

interface Row { measure: string; model: string; weightgate_ms: number; baseline: string; baseline_ms: number; ratio: number; target: string; met: boolean | null }

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

async function main(): Promise<void> {
  if (args[0] === '--child') {
    const [, mode, def, weights, tfjs] = args;
    if (!isChildMode(mode) || def === undefined || weights === undefined || tfjs === undefined) throw new Error(`bench --child: bad arguments ${args.join(' ')}`);
    return child(mode, def, weights, tfjs);
  }
  const started = performance.now();
  await mkdir(DIR, { recursive: true });
  const h5ls = haveH5ls();
  const rows: Row[] = [];
  const notes: string[] = [];
  const add = (r: Omit<Row, 'ratio' | 'met'> & { limit?: number; ratio?: number }) => {
    const ratio = r.ratio ?? r.weightgate_ms / r.baseline_ms;
    rows.push({ measure: r.measure, model: r.model, weightgate_ms: r.weightgate_ms, baseline: r.baseline, baseline_ms: r.baseline_ms, ratio, target: r.target, met: r.limit === undefined ? null : ratio <= r.limit });
  };

  // Layer count: small Dense layers, so per-layer overhead dominates.
  const layerSeries = await Promise.all([10, 100, 1000].map((n) => makeSynthetic(`layers-${n}`, n, 16)));
  // Size: 10 layers, about 10 MB, 100 MB and 1 GB of float32 weights.
  const sizes = QUICK ? [[500, '10MB'], [1581, '100MB'], [3162, '400MB']] as const : [[500, '10MB'], [1581, '100MB'], [3162, '400MB'], [5000, '1GB']] as const;
  const sizeSeries: Synthetic[] = [];
  for (const [w, label] of sizes) sizeSeries.push(await makeSynthetic(`size-${label}`, 10, w));
  console.error(`files ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const engine = await selectEngine('auto');
  notes.push(`engine: ${engine.name} (${engine.reason})`);
  notes.push(`ratios are medians of ${REPS} alternated pairs (ours, baseline) after a warm-up of each; times are the medians of each side`);

  // 1. metadata-only diff vs listing the HDF5 tree natively.
  const perLayer: { layers: number; ms: number }[] = [];
  for (const s of [...layerSeries, ...sizeSeries]) {
    if (!h5ls) {
      if (s.name.startsWith('layers-')) perLayer.push({ layers: s.layers, ms: med(await Promise.all([0, 1, 2].map(() => time(() => metadataDiff(s.def, s.weights))))) });
      continue;
    }
    const m = await paired(() => metadataDiff(s.def, s.weights), proc('h5ls', ['-r', s.weights]));
    if (s.name.startsWith('layers-')) perLayer.push({ layers: s.layers, ms: m.ours });
    add({ measure: 'metadata diff (in-process) vs h5ls -r', model: s.name, weightgate_ms: m.ours, baseline: 'h5ls -r', baseline_ms: m.theirs, ratio: m.ratio, target: '≤ 3x', limit: 3 });
    const cli = await paired(proc(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'diff', s.def, s.weights, '--json']), proc('h5ls', ['-r', s.weights]), 3);
    add({ measure: 'metadata diff (CLI process) vs h5ls -r', model: s.name, weightgate_ms: cli.ours, baseline: 'h5ls -r', baseline_ms: cli.theirs, ratio: cli.ratio, target: 'info (node start-up included)' });
  }
  if (!h5ls) notes.push('h5ls not available and could not be installed: the metadata ratio is not measured');

  // 2. linear growth: time per layer at 10, 100, 1000 layers.
  const [first] = perLayer;
  if (first) {
    for (const p of perLayer) {
      add({ measure: 'metadata diff per layer vs per layer at 10 layers', model: `layers-${p.layers}`, weightgate_ms: p.ms / p.layers, baseline: 'same at 10 layers', baseline_ms: first.ms / first.layers, target: '≤ 1x (linear or better)', limit: 1.25 });
    }
  }

  // 3. full load vs reading the bytes once (+ the same inference), and vs TF.js loading its own format.
  const firstPredict: string[] = [];
  for (const s of sizeSeries) {
    const cat = proc('sh', ['-c', `cat '${s.weights}' > /dev/null`]);
    const run = async () => {
      const t0 = performance.now();
      const m = await fullLoad(engine, s.def, s.weights);
      const predictMs = m.predict();
      m.dispose();
      return { ms: performance.now() - t0, predictMs };
    };
    await run();
    cat();
    const ours: number[] = [];
    const base: number[] = [];
    const predicts: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const first = i % 2 ? await time(cat) : undefined;
      const r = await run();
      const raw = first ?? await time(cat);
      ours.push(r.ms);
      base.push(raw + r.predictMs);
      predicts.push(r.predictMs);
    }
    firstPredict.push(`${s.name} ${fmt(med(predicts))} ms`);
    add({ measure: 'full load + inference vs raw read + inference', model: s.name, weightgate_ms: med(ours), baseline: 'cat > /dev/null + inference', baseline_ms: med(base), ratio: med(ratios(ours, base)), target: 'info (the Python process below is the baseline)' });
    const load = await paired(async () => (await fullLoad(engine, s.def, s.weights)).dispose(), async () => (await tfjsOwnLoad(engine, s.tfjs)).dispose());
    add({ measure: 'load from .h5 vs TF.js loadLayersModel from its own format', model: s.name, weightgate_ms: load.ours, baseline: 'tf.loadLayersModel', baseline_ms: load.theirs, ratio: load.ratio, target: '≤ 1x', limit: 1.1 });
  }

  notes.push(`first inference after a fresh load (in-process, plain TF.js ${engine.name}, which packs each weight matrix on its first use; the smoke run avoids that, src/engine/packing-free.ts): ${firstPredict.join(', ')}`);

  // 3b. what a user would otherwise run: a Python process (h5py + numpy) on the same file, the whole
  // CLI process on a tiny model vs a bare node start, whole-process peak RSS (scripts/bench/baselines.ts).
  if (havePython()) {
    const b = { root: ROOT, cli: CLI, dir: DIR, paired, rows, notes };
    notes.push(`whole-process rows run ${path.relative(ROOT, CLI) || CLI}`);
    const [tiny] = layerSeries;
    if (tiny) await tinyAgainstNode(b, tiny);
    await againstPython(b, sizeSeries, 'size-400MB');
  } else notes.push(`/usr/bin/python3 with h5py and numpy absent (Debian python3-h5py): no Python baseline`);

  // 3c. whole `check` processes on many models, --concurrency 2 vs 1 (scripts/bench/concurrency.ts).
  await (await import('./bench/concurrency.js')).concurrencyRows({ root: ROOT, cli: CLI, dir: DIR, make: makeSynthetic, reps: QUICK ? 3 : 5, rows, notes });

  // 4. peak memory, each in a fresh process, above the baseline of one that only selected the engine.
  const base = peakRss('engine');
  const reader = peakRss('engine+reader').bytes - base.bytes;
  notes.push(`engine baseline RSS (${base.source}): ${(base.bytes / 2 ** 20).toFixed(0)} MiB; starting the HDF5 reader thread adds ${(reader / 2 ** 20).toFixed(0)} MiB, a fixed cost included in every weightgate peak below`);
  const loadPeaks: { s: Synthetic; above: number }[] = [];
  for (const s of sizeSeries) {
    const load = peakRss('load', s).bytes - base.bytes;
    loadPeaks.push({ s, above: load });
    rows.push({ measure: 'peak RSS of diff + load above engine baseline vs weight bytes', model: s.name, weightgate_ms: load / 2 ** 20, baseline: 'weights MiB', baseline_ms: s.bytes / 2 ** 20, ratio: load / s.bytes, target: '≤ 1.5x', met: load / s.bytes <= 1.5 });
    const ours = peakRss('load+inference', s).bytes - base.bytes;
    const own = peakRss('tfjs+inference', s).bytes - base.bytes;
    rows.push({ measure: 'peak RSS of load + inference vs TF.js own load + inference', model: s.name, weightgate_ms: ours / 2 ** 20, baseline: 'TF.js MiB', baseline_ms: own / 2 ** 20, ratio: ours / own, target: 'info (inference packs a copy of the weights)', met: null });
  }
  const [a, b] = loadPeaks.slice(-2);
  if (a && b) {
    const slope = (b.above - a.above) / (b.s.bytes - a.s.bytes);
    rows.push({ measure: 'peak RSS growth per weight byte (fixed costs excluded)', model: `${a.s.name} → ${b.s.name}`, weightgate_ms: (b.above - a.above) / 2 ** 20, baseline: 'weights MiB', baseline_ms: (b.s.bytes - a.s.bytes) / 2 ** 20, ratio: slope, target: '≤ 1.5x', met: slope <= 1.5 });
  }

  // 5. a real model.
  const real = path.join(SHARED, 'real-models', 'face_classification', 'fer2013_mini_XCEPTION.102-0.66.hdf5');
  if (existsSync(real) && h5ls) {
    const m = await paired(() => metadataDiff(real, real), proc('h5ls', ['-r', real]));
    add({ measure: 'metadata diff (in-process) vs h5ls -r', model: 'real: fer2013_mini_XCEPTION (46 layers)', weightgate_ms: m.ours, baseline: 'h5ls -r', baseline_ms: m.theirs, ratio: m.ratio, target: '≤ 3x', limit: 3 });
  } else notes.push('../shared absent: no real model measured');

  const header = ['measure', 'model', 'weightgate', 'baseline', 'ratio', 'target', ''];
  const table = [
    header,
    ...rows.map((r) => [r.measure, r.model, r.measure.startsWith('peak') ? `${r.weightgate_ms.toFixed(0)} MiB` : `${fmt(r.weightgate_ms)} ms`,
      r.measure.startsWith('peak') ? `${r.baseline_ms.toFixed(0)} MiB` : `${fmt(r.baseline_ms)} ms (${r.baseline})`, `${r.ratio.toFixed(2)}x`, r.target, r.met === null ? '' : r.met ? 'met' : 'MISSED']),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]?.length ?? 0)));
  console.log(table.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n'));
  for (const n of notes) console.log(`note: ${n}`);
  const seconds = (performance.now() - started) / 1000;
  console.log(`bench finished in ${seconds.toFixed(0)} s on ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
  await writeFile(OUT, `${JSON.stringify({ date: new Date().toISOString(), machine: { cores: os.cpus().length, memory: os.totalmem(), node: process.version }, quick: QUICK, seconds, rows, notes }, null, 2)}\n`);
  const bytes = (await Promise.all(sizeSeries.map(async (s) => (await stat(s.weights)).size))).reduce((a, b) => a + b, 0);
  console.error(`(synthetic files: ${(bytes / 2 ** 20).toFixed(0)} MiB in ${DIR}; kept for the next run)`);
}

// ---- convolutions (issue 15, item 2): scripts/bench/conv.ts, alone: `npm run bench -- --conv [--reps N]`.
if (args.includes('--conv')) {
  await (await import('./bench/conv.js')).convBench({ dir: DIR, root: ROOT, out: `${OUT.replace(/\.json$/, '')}-conv.json`, reps: Number(flag('--reps', '3')) });
  process.exit(0);
}

// ---- Dense products of a few rows (issue 15, item 2): scripts/bench/row-stream.ts, alone:
// `npm run bench -- --row-stream [--pairs N] [--rows 1,2,16] [--whole OLD/cli.js,NEW/cli.js]`.
if (args.includes('--row-stream')) {
  await import('./bench/row-stream.js');
  process.exit(0);
}

const ALONE = args.includes('--concurrency-only');
/** `--workload many|long|small` of `--concurrency-only` (scripts/bench/concurrency.ts). */
function workloadOf(w: string): 'many' | 'long' | 'small' {
  if (w !== 'many' && w !== 'long' && w !== 'small') throw new Error(`--workload takes many, long or small (got ${w})`);
  return w;
}
if (!args.includes('--big-models') && !ALONE) await main();
if (ALONE) await (await import('./bench/concurrency.js')).concurrencyAlone({ root: ROOT, cli: CLI, dir: DIR, make: makeSynthetic, reps: Number(flag('--reps', '5')), ...(args.includes('--workload') ? { workload: workloadOf(flag('--workload', 'many')) } : {}), rows: [], notes: [] });

// ---- big models (issue 15): scripts/bench/big-models.ts. `npm run bench -- --big-models` runs only
// this part; a full (not --quick) bench runs it last. Files are kept in $TMPDIR/weightgate-bench.
if (args[0] !== '--child' && !ALONE && (args.includes('--big-models') || !QUICK)) {
  const { bigModels } = await import('./bench/big-models.js');
  await bigModels({ dir: DIR, root: ROOT, out: `${OUT.replace(/\.json$/, '')}-big-models.json` });
}
