// Big models (issue 15, items 1 and 2): the estimate picks the engine and the path before anything is
// allocated (WebAssembly as is, WebAssembly without packed weight copies, the CPU backend, or skipped
// with the reason), and the WebAssembly backend multiplies small products without XNNPACK's packed
// copies. The >4 GiB case itself (a generated 5 GB model against numpy) runs in `npm run bench`
// (scripts/bench.ts, "big models"); here the same mechanism is forced on small models by a low heap.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { estimateSmoke, runSmoke, selectEngine, smokeIsolated, type Engine, type WeightAssignment } from '../src/engine/index.js';
import { planEngine, wasmBytes, WASM_HEAP_BYTES, type SmokeEstimate } from '../src/engine/budget.js';
import { installPackingFree, PACKING_FREE_MAX_ROWS, setPackingFree } from '../src/engine/packing-free.js';
import { stopSmokeWorker } from '../src/engine/smoke-host.js';
import { uncomputedGuard } from '../src/engine/run-smoke.js';
import type { SmokeResult } from '../src/engine/engine-types.js';
import type { NdArray } from '../src/formats/npy.js';
import { definitionOf, memoryArtifact, type MemoryArtifact, seededFloats } from './helpers/memory-artifact.js';

const MiB = 2 ** 20;
const GiB = 2 ** 30;


/** tanh(x·W1 + b1)·W2 + b2 in float64, row-major. */
function mlp(x: Float32Array, rows: number, w1: Float32Array, b1: Float32Array, w2: Float32Array, b2: Float32Array, k: number, h: number, o: number): Float32Array {
  const out = new Float32Array(rows * o);
  for (let r = 0; r < rows; r++) {
    const hidden = new Float64Array(h);
    for (let j = 0; j < h; j++) {
      let s = b1[j]!;
      for (let i = 0; i < k; i++) s += x[r * k + i]! * w1[i * h + j]!;
      hidden[j] = Math.tanh(s);
    }
    for (let j = 0; j < o; j++) {
      let s = b2[j]!;
      for (let i = 0; i < h; i++) s += hidden[i]! * w2[i * o + j]!;
      out[r * o + j] = s;
    }
  }
  return out;
}

const K = 96;
const H = 64;
const O = 3;
const model = definitionOf({
  class_name: 'Sequential',
  config: {
    name: 'scale', layers: [
      { class_name: 'Dense', config: { name: 'd1', units: H, activation: 'tanh', batch_input_shape: [null, K] } },
      { class_name: 'Dense', config: { name: 'd2', units: O, activation: 'linear' } },
    ],
  },
}, '2.15.0');
const w1 = seededFloats(K * H, 1, 0.2);
const b1 = seededFloats(H, 2, 0.5);
const w2 = seededFloats(H * O, 3, 0.3);
const b2 = seededFloats(O, 4, 1);
const weights = (): MemoryArtifact => memoryArtifact({
  d1: [{ name: 'kernel', shape: [K, H], data: w1 }, { name: 'bias', shape: [H], data: b1 }],
  d2: [{ name: 'kernel', shape: [H, O], data: w2 }, { name: 'bias', shape: [O], data: b2 }],
});
const sameNames = (a: MemoryArtifact): WeightAssignment[] => a.layers.flatMap((l) => l.weights.map((saved, weightIndex) => ({ layer: l.name, weightIndex, saved })));
function io(rows: number): { input: NdArray[]; expected: NdArray[] } {
  const x = seededFloats(rows * K, 10 + rows);
  return {
    input: [{ dtype: 'float32', shape: [rows, K], data: x }],
    expected: [{ dtype: 'float32', shape: [rows, O], data: mlp(x, rows, w1, b1, w2, b2, K, H, O) }],
  };
}

const estimate = (rows: number): SmokeEstimate => estimateSmoke(model, sameNames(weights()), [[rows, K]]);

describe('the estimate picks the engine and the path', () => {
  test('weights are split into matrices (one packed copy) and filters (two copies) unless packing-free', () => {
    const def = definitionOf({
      class_name: 'Sequential',
      config: {
        name: 'kinds', layers: [
          { class_name: 'Embedding', config: { name: 'emb', input_dim: 10, output_dim: 4, batch_input_shape: [null, 6] } },
          { class_name: 'Conv1D', config: { name: 'conv', filters: 5, kernel_size: 3 } },
          { class_name: 'Flatten', config: { name: 'flat' } },
          { class_name: 'Dense', config: { name: 'dense', units: 2 } },
        ],
      },
    }, '2.15.0');
    const e = estimateSmoke(def, [], [[2, 6]]);
    // Embedding 10×4 (a gathered table, never packed), Conv1D 3×4×5 + 5, Dense 20×2 + 2.
    assert.equal(e.weights, (40 + 60 + 5 + 40 + 2) * 4);
    assert.equal(e.filters, 60 * 4);
    assert.equal(e.matrices, 40 * 4);
  });

  const e: SmokeEstimate = { bytes: 3 * GiB, weights: 2.9 * GiB, matrices: 2.8 * GiB, filters: 0, depthwise: 0, inputs: 0, outputs: 0, activations: 0.1 * GiB };

  test('WebAssembly as is when even the packed copies fit the heap', () => {
    const small = { ...e, bytes: 1 * GiB, weights: 0.9 * GiB, matrices: 0.8 * GiB };
    assert.deepEqual(planEngine(small, { name: 'wasm' }), { kind: 'run', packingFree: false });
  });

  test('a 3 GB model: WebAssembly without packed copies (with them it would need ~5.8 GiB)', () => {
    assert.ok(wasmBytes(e, false) > WASM_HEAP_BYTES);
    const p = planEngine(e, { name: 'wasm' });
    assert.equal(p.kind, 'run');
    assert.equal(p.kind === 'run' && p.packingFree, true);
    assert.match(p.kind === 'run' ? p.why ?? '' : '', /packed copies \(~2\.8 GiB\) would not fit the WebAssembly heap/);
  });

  test('a 5 GB model: the CPU backend under auto, skipped (never a wrong answer) when WebAssembly was named', () => {
    const big = { ...e, bytes: 5 * GiB, weights: 4.9 * GiB, matrices: 4.9 * GiB };
    const auto = planEngine(big, { name: 'wasm' }, WASM_HEAP_BYTES, 16 * GiB);
    assert.equal(auto.kind, 'cpu');
    assert.match(auto.why, /the run needs ~5\.0 GiB \(weights 4\.9 GiB\), over the WebAssembly heap \(3\.5 GiB usable of 4 GiB\)/);
    const named = planEngine(big, { name: 'wasm', requested: true });
    assert.equal(named.kind, 'skip');
    assert.match(named.why, /--engine cpu/);
  });

  test('convolution filters count three times on WebAssembly (XNNPACK transposes, then packs), once packing-free', () => {
    const conv = { ...e, bytes: 2 * GiB, weights: 1.9 * GiB, matrices: 0, filters: 1.9 * GiB };
    assert.equal(wasmBytes(conv, false), 2 * GiB + 3.8 * GiB);
    const p = planEngine(conv, { name: 'wasm' });
    assert.equal(p.kind === 'run' && p.packingFree, true);
  });

  test('tfjs-node and the CPU backend hold tensors in host memory: maxSmokeBytes and the machine bound them', () => {
    const big = { ...e, bytes: 5 * GiB, weights: 4.9 * GiB, matrices: 4.9 * GiB };
    assert.deepEqual(planEngine(big, { name: 'cpu', requested: true }, WASM_HEAP_BYTES, 16 * GiB), { kind: 'run', packingFree: false });
    assert.deepEqual(planEngine(big, { name: 'tfjs-node' }, WASM_HEAP_BYTES, 16 * GiB), { kind: 'run', packingFree: false });
    const small = planEngine(big, { name: 'cpu', requested: true }, WASM_HEAP_BYTES, 4 * GiB);
    assert.deepEqual(small, { kind: 'skip', why: "the run needs ~5.0 GiB, more than this machine's 4.0 GiB of memory" });
    const auto = planEngine(big, { name: 'wasm' }, WASM_HEAP_BYTES, 4 * GiB);
    assert.equal(auto.kind, 'skip');
    assert.match(auto.why, /over the WebAssembly heap .*, and the run needs ~5\.0 GiB, more than this machine's 4\.0 GiB of memory$/);
  });
});

describe('WebAssembly products without packed copies', () => {
  let wasm: Engine;
  before(async () => {
    wasm = await selectEngine('wasm');
  });
  after(() => setPackingFree(false));

  // First in this file on purpose: the heap is then as small as the process has it, so XNNPACK's
  // packed copy of a 64 MiB kernel would have to grow it.
  test('a 64 MiB Dense kernel times 2 rows: no packed copy in the heap, and the product is right', async () => {
    const tf = wasm.tf;
    await tf.setBackend('wasm');
    installPackingFree(tf);
    setPackingFree(false);
    const heap = () => (tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } }).wasm.HEAPU8.length;
    const k = 4096;
    const n = 4096;
    const wData = seededFloats(k * n, 7, 0.05);
    const xData = seededFloats(2 * k, 8);
    const bData = seededFloats(n, 9);
    const w = tf.tensor2d(wData, [k, n]);
    const x = tf.tensor2d(xData, [2, k]);
    const b = tf.tensor1d(bData);
    const before = heap();
    const y = tf.fused.matMul({ a: x, b: w, bias: b, activation: 'relu' });
    const got = await y.data();
    const grown = heap() - before;
    tf.dispose([w, x, b, y]);
    assert.ok(grown < 16 * MiB, `the heap grew by ${(grown / MiB).toFixed(1)} MiB for a 64 MiB kernel`);
    let worst = 0;
    for (let r = 0; r < 2; r++) {
      for (let j = 0; j < n; j += 7) {
        let s = bData[j];
        for (let i = 0; i < k; i++) s! += xData[r * k + i]! * wData[i * n + j]!;
        worst = Math.max(worst, Math.abs(Math.max(0, s!) - got[r * n + j]!));
      }
    }
    assert.ok(worst < 1e-4, `max |error| ${worst}`);
  });

  test('every fused activation and the plain product agree with the packed path', async () => {
    const tf = wasm.tf;
    await tf.setBackend('wasm');
    installPackingFree(tf);
    const x = tf.tensor2d(seededFloats(3 * 70, 11), [3, 70]);
    const w = tf.tensor2d(seededFloats(70 * 50, 12, 0.2), [70, 50]);
    const bias = tf.tensor1d(seededFloats(50, 13));
    const alpha = tf.tensor1d(seededFloats(50, 14, 0.3));
    const run = async (free: boolean) => {
      setPackingFree(free);
      // Packing-free: 3 rows through the blocked loop. Packed: the same rows repeated past
      // PACKING_FREE_MAX_ROWS, which XNNPACK takes; the first 3 rows of each are compared.
      const xs = free ? x : tf.tile(x, [Math.ceil((PACKING_FREE_MAX_ROWS + 1) / 3), 1]);
      const out: number[][] = [];
      for (const activation of ['linear', 'relu', 'relu6', 'sigmoid', 'elu', 'leakyrelu', 'prelu'] as const) {
        const y = tf.fused.matMul({ a: xs, b: w, bias, activation, ...(activation === 'prelu' ? { preluActivationWeights: alpha } : {}), leakyreluAlpha: 0.1 });
        out.push(Array.from((await y.data()).slice(0, 150)));
        y.dispose();
      }
      const plain = tf.matMul(xs, w);
      out.push(Array.from((await plain.data()).slice(0, 150)));
      plain.dispose();
      if (xs !== x) xs.dispose();
      return out;
    };
    const free = await run(true);
    const packed = await run(false);
    tf.dispose([x, w, bias, alpha]);
    setPackingFree(false);
    for (const [i, f] of free.entries()) {
      const worst = Math.max(...f.map((v, j) => Math.abs(v - packed[i]![j]!)));
      assert.ok(worst < 1e-5, `case ${i}: max |packing-free − packed| = ${worst}`);
    }
  });
});

describe('the smoke run follows the plan', () => {
  after(() => stopSmokeWorker());

  test('auto on WebAssembly with too small a heap: the CPU backend computes it, and says why', async () => {
    const engine = await selectEngine('auto');
    if (engine.name !== 'wasm') return; // tfjs-node installed: no heap to fall back from
    const a = weights();
    const told: string[] = [];
    const r = await runSmoke(model, a, sameNames(a), { engine, ...io(5), wasmHeapBytes: 1024, onEngineChange: (e) => told.push(e.name) });
    assert.equal(r.status, 'passed', r.reason);
    assert.equal(r.engine, 'cpu');
    // The smoke worker passes this on to its host, so a crash or timeout from here on names the CPU backend.
    assert.deepEqual(told, ['cpu']);
    assert.match(r.engineReason, /^tfjs-node not installed; WebAssembly backend, but the run needs ~.* over the WebAssembly heap \(1\.0 KiB usable of 4 GiB\): CPU backend \(pure JavaScript\)$/);
    assert.ok(r.outputs[0]!.maxAbsDiff! < 1e-5);
  });

  test('--engine wasm with too small a heap: skipped with the reason, no outputs claimed', async () => {
    const engine = await selectEngine('wasm');
    const a = weights();
    const r = await runSmoke(model, a, sameNames(a), { engine, ...io(5), wasmHeapBytes: 1024 });
    assert.equal(r.status, 'skipped');
    assert.equal(r.engine, 'wasm');
    assert.deepEqual(r.outputs, []);
    assert.match(r.reason!, /over the WebAssembly heap .*--engine cpu/);
  });

  test('room for the weights but not their packed copies: WebAssembly, packing-free, on 40 rows', async () => {
    const engine = await selectEngine('wasm');
    const e = estimate(40);
    const heap = wasmBytes(e, true) + 1;
    assert.ok(wasmBytes(e, false) > heap);
    const a = weights();
    const r = await runSmoke(model, a, sameNames(a), { engine, ...io(40), wasmHeapBytes: heap });
    assert.equal(r.status, 'passed', r.reason);
    assert.equal(r.engine, 'wasm');
    assert.match(r.engineReason, /weight matrices multiplied where they are: their packed copies/);
    assert.ok(r.outputs[0]!.maxAbsDiff! < 1e-5, String(r.outputs[0]!.maxAbsDiff));
  });

  test('in the smoke worker too: auto moves to the CPU backend', async () => {
    const a = weights();
    const r = await smokeIsolated(model, a, sameNames(a), { engine: 'auto', ...io(5), wasmHeapBytes: 1024 });
    assert.equal(r.status, 'passed', r.reason);
    if (!r.engineReason.startsWith('tfjs-node (')) {
      assert.equal(r.engine, 'cpu');
      assert.match(r.engineReason, /WebAssembly heap .*: CPU backend/);
    }
  });
});

describe('never passed on outputs that were not computed', () => {
  const passed: SmokeResult = {
    status: 'passed', engine: 'wasm', engineReason: 'WebAssembly backend', outputs: [{ name: 'y', shape: [2, 3], finite: true, maxAbsDiff: 0 }], seconds: 1, notes: [],
  };

  test('XNNPACK failing to set up an operator turns the run into an engine failure', () => {
    const line = 'TF.js console: XNN status for xnn_create_fully_connected_nc_f32 is not successful. Got status 6. Use -c dbg to see XNN logs.';
    const r = uncomputedGuard({ ...passed, notes: [line] });
    assert.equal(r.status, 'skipped');
    assert.equal(r.engineFailure, 'out-of-memory');
    assert.deepEqual(r.outputs, []);
    assert.match(r.reason!, /^the engine ran out of memory while running the model \(XNN status for xnn_create_fully_connected_nc_f32 is not successful\. Got status 6\.: an operator's output was left unwritten\); no outputs were computed/);
  });

  test('a run without that warning is left as it is', () => {
    assert.equal(uncomputedGuard(passed), passed);
    const skipped: SmokeResult = { ...passed, status: 'skipped', notes: ['TF.js console: XNN status for xnn_setup_x is not successful.'] };
    assert.equal(uncomputedGuard(skipped), skipped);
  });
});
