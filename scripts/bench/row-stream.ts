// Dense products of a few rows over big kernels on the WebAssembly engine (issue 15, item 2): the
// row stream (src/engine/row-stream.ts, each kernel read once with SIMD multiply-adds) against TF.js'
// blocked loop (packing-free.ts' BatchMatMul with transposeA), in one process, alternated.
//
//   node --import tsx scripts/bench/row-stream.ts [--pairs N] [--rows 1,2,4,8,16] [--model DIR]
//   node --import tsx scripts/bench/row-stream.ts --whole OLD/cli.js,NEW/cli.js [--pairs N] [--model DIR]
//
// products: 10 fused Dense(tanh) products of width 3162 (400 MB of kernels, Glorot-scaled like the
//   bench's synthetic models) at each row count; the bound is lifted so every row count is tried.
// model: the bench's 400 MB model (`$TMPDIR/weightgate-bench/size-400MB`, made by `npm run bench`),
//   built and loaded once as a smoke run does, then predicted on a batch of 2 (the smoke's default).
// Each reports the median of per-pair ratios (row stream / blocked loop) and the largest difference
// between the two sides' outputs.
// --whole: instead, whole `diff --smoke --json` processes of two CLI builds (`node scripts/build.mjs
//   DIR` of each tree) and the bench's Python process (scripts/bench-numpy.py, h5py + numpy,
//   single-threaded) on that model, in rotating order; medians of the per-round ratios.
import type { Tensor } from '@tensorflow/tfjs-core';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { selectEngine } from '../../src/engine/index.js';
import { buildModel, prepareInitializers } from '../../src/engine/build-model.js';
import { fullyAssignedLayers, loadAssignments } from '../../src/engine/load-weights.js';
import { normalizeConfig } from '../../src/engine/normalize-config.js';
import { installPackingFree, setPackingFree } from '../../src/engine/packing-free.js';
import { ROW_STREAM_MAX_ROWS, rowStreamCalls, setRowStream } from '../../src/engine/row-stream.js';
import { assignmentsFromDiff } from '../../src/engine/assignments.js';
import { diff } from '../../src/diff/index.js';
import { openPair } from '../../src/formats/open.js';
import { seededFloats as floats } from '../../test/helpers/memory-artifact.js';

const args = process.argv.slice(2);
const flag = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const PAIRS = Number(flag('--pairs', '7'));
const ROWS = flag('--rows', '1,2,4,8,16').split(',').map(Number);
const MODEL = flag('--model', path.join(os.tmpdir(), 'weightgate-bench', 'size-400MB'));
const WIDTH = 3162, LAYERS = 10;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const maxAbsDiff = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

const WHOLE = flag('--whole', '');
if (WHOLE) {
  const [oldCli, newCli] = WHOLE.split(',').map((f) => path.resolve(f));
  const model = [path.join(MODEL, 'model.json'), path.join(MODEL, 'model.weights.h5')];
  const pyEnv = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const timed = (cmd: string, argv: string[], env = process.env) => {
    const t = performance.now();
    const r = spawnSync(cmd, argv, { env, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')}: exit ${r.status ?? r.signal}: ${r.stderr}`);
    return { ms: performance.now() - t, out: r.stdout };
  };
  const cli = (f: string) => () => {
    const r = timed(process.execPath, [f, 'diff', ...model, '--smoke', '--json']);
    const smoke = (JSON.parse(r.out) as { smoke: { status: string; seconds: number } }).smoke;
    if (smoke.status !== 'passed') throw new Error(`${f}: smoke ${smoke.status}`);
    return { ms: r.ms, smokeMs: smoke.seconds * 1000 };
  };
  const sides = { old: cli(oldCli!), new: cli(newCli!), python: () => ({ ms: timed('/usr/bin/python3', [path.join(import.meta.dirname, '..', 'bench-numpy.py'), ...model], pyEnv).ms, smokeMs: NaN }) };
  const names = Object.keys(sides) as (keyof typeof sides)[];
  for (const n of names) sides[n]();
  const rounds: Record<keyof typeof sides, { ms: number; smokeMs: number }>[] = [];
  for (let p = 0; p < PAIRS; p++) {
    const round = {} as (typeof rounds)[number];
    for (let i = 0; i < names.length; i++) {
      const n = names[(i + p) % names.length]!;
      round[n] = sides[n]();
    }
    rounds.push(round);
  }
  const md = (f: (r: (typeof rounds)[number]) => number) => median(rounds.map(f));
  console.log(`whole processes on ${MODEL}, ${PAIRS} rounds: old ${md((r) => r.old.ms).toFixed(0)} ms (smoke ${md((r) => r.old.smokeMs).toFixed(0)}), new ${md((r) => r.new.ms).toFixed(0)} ms (smoke ${md((r) => r.new.smokeMs).toFixed(0)}), python ${md((r) => r.python.ms).toFixed(0)} ms`);
  console.log(`  old / python ${md((r) => r.old.ms / r.python.ms).toFixed(2)}x, new / python ${md((r) => r.new.ms / r.python.ms).toFixed(2)}x, new / old ${md((r) => r.new.ms / r.old.ms).toFixed(2)}x`);
  process.exit(0);
}

const engine = await selectEngine('wasm');
const tf = engine.tf;
await tf.setBackend('wasm');
installPackingFree(tf);
// Every product on the blocked loop when the row stream does not take it (no XNNPACK packing at any row count).
setPackingFree(true);

/** Alternates the two sides `PAIRS` times after one warm-up each; `run` returns [ms, outputs]. */
function alternate(run: (stream: boolean) => [number, Float32Array]) {
  run(true);
  run(false);
  const ratios: number[] = [], streamMs: number[] = [], blockedMs: number[] = [];
  let worst = 0;
  for (let p = 0; p < PAIRS; p++) {
    const order = p % 2 ? [false, true] : [true, false];
    const got = new Map<boolean, [number, Float32Array]>();
    for (const side of order) got.set(side, run(side));
    const [s, so] = got.get(true)!, [b, bo] = got.get(false)!;
    ratios.push(s / b);
    streamMs.push(s);
    blockedMs.push(b);
    worst = Math.max(worst, maxAbsDiff(so, bo));
  }
  return { ratio: median(ratios), streamMs: median(streamMs), blockedMs: median(blockedMs), maxAbsDiff: worst };
}

// ---- products ----
{
  const kernels = Array.from({ length: LAYERS }, (_, i) => tf.tensor2d(floats(WIDTH * WIDTH, i + 1, Math.sqrt(6 / (2 * WIDTH))), [WIDTH, WIDTH]));
  const biases = Array.from({ length: LAYERS }, (_, i) => tf.tensor1d(floats(WIDTH, i + 7, 1)));
  console.log(`products: ${LAYERS} × fused Dense(tanh) ${WIDTH}×${WIDTH} (${((LAYERS * WIDTH * WIDTH * 4) / 2 ** 20).toFixed(0)} MiB), ${PAIRS} pairs`);
  for (const rows of ROWS) {
    const x0 = tf.tensor2d(floats(rows * WIDTH, 99, 1), [rows, WIDTH]);
    const run = (stream: boolean): [number, Float32Array] => {
      setRowStream(stream, 64);
      const before = rowStreamCalls();
      const t = performance.now();
      let y: Tensor = x0.clone();
      for (let i = 0; i < LAYERS; i++) {
        const next = tf.tidy(() => tf.tanh(tf.fused.matMul({ a: y, b: kernels[i]!, bias: biases[i]! })));
        y.dispose();
        y = next;
      }
      const out = y.dataSync() as Float32Array;
      const ms = performance.now() - t;
      y.dispose();
      if ((rowStreamCalls() - before === LAYERS) !== stream) throw new Error(`rows ${rows}: the row stream took ${rowStreamCalls() - before} products`);
      return [ms, out];
    };
    const r = alternate(run);
    console.log(`  ${String(rows).padStart(2)} rows: row stream ${r.streamMs.toFixed(0)} ms, blocked loop ${r.blockedMs.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)}x, max |diff| ${r.maxAbsDiff.toExponential(1)}`);
    x0.dispose();
  }
  tf.dispose([...kernels, ...biases]);
  setRowStream(true);
}

// ---- the bench's 400 MB model ----
if (existsSync(path.join(MODEL, 'model.json'))) {
  const pair = await openPair(path.join(MODEL, 'model.json'), path.join(MODEL, 'model.weights.h5'));
  try {
    const d = pair.def.definition!;
    const assignments = assignmentsFromDiff(d, diff(d, pair.weights.artifact!));
    const n = normalizeConfig(d.config, d.generation);
    prepareInitializers(n.config, fullyAssignedLayers(d, assignments), 1);
    let t = performance.now();
    const model = await buildModel(tf, n.config);
    const buildMs = performance.now() - t;
    t = performance.now();
    await loadAssignments(tf, model, d, pair.weights.artifact!, assignments);
    const loadMs = performance.now() - t;
    const width = d.inputs[0]?.shape[1] ?? 8;
    const x = tf.tensor2d(floats(2 * width, 5, 1), [2, width]);
    const r = alternate((stream) => {
      setRowStream(stream);
      const s = performance.now();
      const y = model.predict(x) as { dataSync(): Float32Array; dispose(): void };
      const out = y.dataSync();
      const ms = performance.now() - s;
      y.dispose();
      return [ms, out];
    });
    console.log(`model ${MODEL}: build ${buildMs.toFixed(0)} ms, load ${loadMs.toFixed(0)} ms (once); predict on 2 rows: row stream ${r.streamMs.toFixed(0)} ms, blocked loop ${r.blockedMs.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)}x, max |diff| ${r.maxAbsDiff.toExponential(1)} (bound ${ROW_STREAM_MAX_ROWS} rows)`);
    x.dispose();
    model.dispose();
  } finally {
    await pair.close();
  }
} else {
  console.log(`model: ${MODEL} not found (npm run bench makes it); skipped`);
}
