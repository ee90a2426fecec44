// The bench's "convolutions" section (issue 15, item 2): a stack of big Conv2D filters on a small
// input, the shape where a smoke run's one predict is mostly XNNPACK copying filters (transposed, then
// packed: src/engine/packing-free.ts), run on the WebAssembly engine with XNNPACK as tfjs-backend-wasm
// ships it and with weightgate's packing-free convolutions, in alternated fresh processes. Each run
// builds the model, loads the weights from a Keras 3 `.weights.h5` and predicts once on the same seeded
// input; reported: the run's time and the predict's, the WebAssembly heap at the end (it never shrinks,
// so its peak), the process' peak RSS, and the largest difference between the two sides' outputs.
// `npm run bench -- --conv [--reps N]` runs this part alone (3 pairs by default; ~2 minutes here);
// the model's files are generated once into $TMPDIR/weightgate-bench/conv-stack (302 MiB) and kept.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { convLayers, KERAS_LAYOUT_STAMP, kerasSequential, seededFill, writeConvStack } from './keras-models.js';

/** Conv2D 3×3, `channels` → `channels`, 'same', relu, `layers` deep: 2 × 151 MiB of filters at 2048. */
const MODEL = { layers: 2, channels: 2048 } as const;
/** Inputs: batch × side × side positions per layer (output rows of each convolution). */
const CASES = [
  { label: '1×2×2 input (4 rows)', batch: 1, side: 2, forced: false },
  { label: '2×2×2 input (8 rows)', batch: 2, side: 2, forced: true },
  { label: '1×4×4 input (16 rows)', batch: 1, side: 4, forced: true },
  { label: '1×8×8 input (64 rows, packing-free only when forced)', batch: 1, side: 8, forced: true },
] as const;

const SIDES = ['xnnpack', 'packing-free'] as const;
type Side = (typeof SIDES)[number];

interface ChildResult { smokeMs: number; predictMs: number; heapMiB: number; peakRssMiB: number; calls: number }

export interface ConvRow {
  input: string;
  /** Medians over the pairs, each side. */
  xnnpack: ChildResult;
  packingFree: ChildResult;
  /** Median of the per-pair ratios packing-free / XNNPACK. */
  smokeRatio: number;
  predictRatio: number;
  heapRatio: number;
  rssRatio: number;
  maxAbsDiff: number;
  maxAbsOutput: number;
}

/** The model's files in `dir` (written once, kept): open spatial dimensions, so every case reads the same file. */
async function generate(dir: string): Promise<{ def: string; weights: string }> {
  const def = path.join(dir, 'model.json');
  const weights = path.join(dir, 'model.weights.h5');
  const stamp = path.join(dir, `stamp-${MODEL.layers}x${MODEL.channels}-${KERAS_LAYOUT_STAMP}`);
  if (existsSync(stamp)) return { def, weights };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(def, JSON.stringify(kerasSequential('conv_stack', [null, null, null, MODEL.channels], convLayers(MODEL.layers, MODEL.channels))));
  await writeConvStack(weights, 'conv_stack', MODEL.layers, MODEL.channels, MODEL.channels);
  await writeFile(stamp, '');
  return { def, weights };
}

function highWaterMiB(): number {
  const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

/** One run in this (fresh) process: build, load, predict once; the outputs go to `outFile`. */
async function child(side: Side, forced: boolean, def: string, weights: string, batch: number, spatial: number, outFile: string): Promise<ChildResult> {
  const { selectEngine, assignmentsFromDiff } = await import('../../src/engine/index.js');
  const { buildModel, prepareInitializers } = await import('../../src/engine/build-model.js');
  const { fullyAssignedLayers, loadAssignments } = await import('../../src/engine/load-weights.js');
  const { normalizeConfig } = await import('../../src/engine/normalize-config.js');
  const { installPackingFree, packingFreeCalls, setPackingFree } = await import('../../src/engine/packing-free.js');
  const { openPair } = await import('../../src/formats/open.js');
  const { diff } = await import('../../src/diff/index.js');
  const engine = await selectEngine('wasm');
  const tf = engine.tf;
  await tf.setBackend('wasm');
  if (side === 'packing-free') {
    installPackingFree(tf);
    setPackingFree(forced);
  }
  const started = performance.now();
  const pair = await openPair(def, weights);
  let out: Float32Array;
  let predictMs: number;
  try {
    const d = pair.def.definition!;
    const assignments = assignmentsFromDiff(d, diff(d, pair.weights.artifact!));
    const n = normalizeConfig(d.config, d.generation);
    prepareInitializers(n.config, fullyAssignedLayers(d, assignments), 1);
    const model = await buildModel(tf, n.config);
    await loadAssignments(tf, model, d, pair.weights.artifact!, assignments);
    const x = tf.tensor4d(seededFill(batch * spatial * spatial * MODEL.channels, 99, 1), [batch, spatial, spatial, MODEL.channels]);
    const p0 = performance.now();
    const y = model.predict(x) as ReturnType<typeof tf.zeros>;
    out = await y.data() as Float32Array;
    predictMs = performance.now() - p0;
    tf.dispose([x, y]);
    model.dispose();
  } finally {
    await pair.close();
  }
  const smokeMs = performance.now() - started;
  await writeFile(outFile, Buffer.from(out.buffer, out.byteOffset, out.byteLength));
  const heap = (tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } }).wasm.HEAPU8.length;
  return { smokeMs, predictMs, heapMiB: heap / 2 ** 20, peakRssMiB: highWaterMiB(), calls: packingFreeCalls().conv2d };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function runChild(root: string, side: Side, forced: boolean, files: { def: string; weights: string }, batch: number, spatial: number, outFile: string): ChildResult {
  const argv = ['--import', 'tsx', path.join(root, 'scripts', 'bench', 'conv.ts'), '--conv-child', side, String(forced), files.def, files.weights, String(batch), String(spatial), outFile];
  const r = spawnSync(process.execPath, argv, { maxBuffer: 64 << 20, cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench conv: the ${side} run failed (exit ${r.status}): ${r.stderr.slice(-600)}`);
  return JSON.parse(r.stdout) as ChildResult;
}

/** Generates the model once (kept in `dir`), measures every case in alternated pairs, prints a table and writes `out`. */
export async function convBench(o: { dir: string; root: string; out: string; reps?: number }): Promise<ConvRow[]> {
  const dir = path.join(o.dir, 'conv-stack');
  const files = await generate(dir);
  const reps = o.reps ?? 3;
  const rows: ConvRow[] = [];
  for (const c of CASES) {
    const runs: Record<Side, ChildResult[]> = { xnnpack: [], 'packing-free': [] };
    const ratios = { smoke: [] as number[], predict: [] as number[], heap: [] as number[], rss: [] as number[] };
    let maxAbsDiff = 0;
    let maxAbsOutput = 0;
    for (let rep = 0; rep < reps; rep++) {
      // Alternated, the starting side swapped each pair: the machine's speed drifts.
      const order = rep % 2 ? [...SIDES].reverse() : [...SIDES];
      const got = {} as Record<Side, { r: ChildResult; out: Float32Array }>;
      for (const side of order) {
        const outFile = path.join(dir, `out-${side}.bin`);
        const r = runChild(o.root, side, c.forced, files, c.batch, c.side, outFile);
        const b = await readFile(outFile);
        got[side] = { r, out: new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4) };
        runs[side].push(r);
      }
      const x = got.xnnpack;
      const f = got['packing-free'];
      if (f.r.calls !== MODEL.layers || x.r.calls !== 0) throw new Error(`bench conv: packing-free took ${f.r.calls} of ${MODEL.layers} convolutions, XNNPACK's side ${x.r.calls}`);
      ratios.smoke.push(f.r.smokeMs / x.r.smokeMs);
      ratios.predict.push(f.r.predictMs / x.r.predictMs);
      ratios.heap.push(f.r.heapMiB / x.r.heapMiB);
      ratios.rss.push(f.r.peakRssMiB / x.r.peakRssMiB);
      for (let i = 0; i < x.out.length; i++) {
        maxAbsDiff = Math.max(maxAbsDiff, Math.abs(x.out[i]! - f.out[i]!));
        maxAbsOutput = Math.max(maxAbsOutput, Math.abs(x.out[i]!));
      }
    }
    const med = (rs: ChildResult[]): ChildResult => ({
      smokeMs: median(rs.map((r) => r.smokeMs)), predictMs: median(rs.map((r) => r.predictMs)),
      heapMiB: median(rs.map((r) => r.heapMiB)), peakRssMiB: median(rs.map((r) => r.peakRssMiB)), calls: median(rs.map((r) => r.calls)),
    });
    rows.push({
      input: c.label, xnnpack: med(runs.xnnpack), packingFree: med(runs['packing-free']),
      smokeRatio: median(ratios.smoke), predictRatio: median(ratios.predict), heapRatio: median(ratios.heap), rssRatio: median(ratios.rss), maxAbsDiff, maxAbsOutput,
    });
  }
  const mib = MODEL.layers * 9 * MODEL.channels * MODEL.channels * 4 / 2 ** 20;
  console.log(`\nconvolutions: ${MODEL.layers} Conv2D 3×3 ${MODEL.channels}→${MODEL.channels} (${mib.toFixed(0)} MiB of filters), WebAssembly, ${reps} alternated pairs of fresh processes; packing-free / XNNPACK, medians`);
  const header = ['input', 'run (build+load+predict)', 'predict', 'WASM heap', 'peak RSS', 'max |diff|'];
  const ms = (x: number) => `${(x / 1000).toFixed(2)} s`;
  const table = [header, ...rows.map((r) => [
    r.input,
    `${ms(r.packingFree.smokeMs)} / ${ms(r.xnnpack.smokeMs)} = ${r.smokeRatio.toFixed(2)}x`,
    `${ms(r.packingFree.predictMs)} / ${ms(r.xnnpack.predictMs)} = ${r.predictRatio.toFixed(2)}x`,
    `${r.packingFree.heapMiB.toFixed(0)} / ${r.xnnpack.heapMiB.toFixed(0)} MiB = ${r.heapRatio.toFixed(2)}x`,
    `${r.packingFree.peakRssMiB.toFixed(0)} / ${r.xnnpack.peakRssMiB.toFixed(0)} MiB = ${r.rssRatio.toFixed(2)}x`,
    `${r.maxAbsDiff.toExponential(1)} (outputs up to ${r.maxAbsOutput.toFixed(2)})`,
  ])];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  console.log(table.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n'));
  await writeFile(o.out, `${JSON.stringify({ date: new Date().toISOString(), model: { ...MODEL, filterMiB: mib }, reps, rows }, null, 2)}\n`);
  return rows;
}

// A child run: `node --import tsx scripts/bench/conv.ts --conv-child SIDE FORCED DEF WEIGHTS BATCH SPATIAL OUT`.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--conv-child') {
  const [side, forced, def, weights, batch, spatial, outFile] = process.argv.slice(3);
  if ((side !== 'xnnpack' && side !== 'packing-free') || !def || !weights || !outFile) throw new Error(`bench conv child: bad arguments ${process.argv.slice(2).join(' ')}`);
  const r = await child(side, forced === 'true', def, weights, Number(batch), Number(spatial), outFile);
  process.stdout.write(JSON.stringify(r));
}
