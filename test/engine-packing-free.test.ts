// Convolutions on the WebAssembly backend without XNNPACK's copies of their filters (issue 15, item 2;
// src/engine/packing-free.ts): the blocked loop takes Conv2D / FusedConv2D (im2col) and the depthwise
// kernels (multiply-adds over the taps) on few output rows, and every one of them when the run has no
// room for the copies (budget.ts). Checked here: no copy in the heap, the same outputs as XNNPACK on
// every shape of the call, Keras' own outputs on the corpus' convolution models with the override
// provably taking the calls, and the estimate counting each kind of weight by the copies it gets.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { diff } from '../src/diff/index.js';
import { assignmentsFromDiff, estimateSmoke, FLOAT32_TOLERANCE, runSmoke, selectEngine, type Engine } from '../src/engine/index.js';
import { planEngine, wasmBytes, weightCopies } from '../src/engine/budget.js';
import { installPackingFree, packingFreeCalls, setPackingFree } from '../src/engine/packing-free.js';
import type { Tensor } from '@tensorflow/tfjs-core';
import { readNpy } from '../src/formats/npy.js';
import { openFile } from '../src/formats/open.js';
import type { ArtifactModel } from '../src/model/types.js';
import { seededFloats } from './helpers/memory-artifact.js';
import { SKIP_SHARED, manifestModel, shared } from './helpers/shared.js';

const MiB = 2 ** 20;


let wasm: Engine;
before(async () => {
  wasm = await selectEngine('wasm');
  await wasm.tf.setBackend('wasm');
  installPackingFree(wasm.tf);
});
after(() => setPackingFree(false));

const calls = () => packingFreeCalls();
const delta = (from: ReturnType<typeof calls>) => {
  const now = calls();
  return { matMul: now.matMul - from.matMul, conv2d: now.conv2d - from.conv2d, depthwise: now.depthwise - from.depthwise };
};

describe('convolutions without XNNPACK copies', () => {
  // First in this file on purpose: the heap is then as small as the process has it, so XNNPACK's two
  // copies of a 64 MiB filter (transposed, then packed) would have to grow it.
  test('a 64 MiB Conv2D filter on 2 output rows: no copy in the heap, and the convolution is right', async () => {
    const tf = wasm.tf;
    setPackingFree(false);
    const heap = () => (tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } }).wasm.HEAPU8.length;
    const [cin, cout] = [1024, 1824];
    const fData = seededFloats(3 * 3 * cin * cout, 21, 0.05);
    const xData = seededFloats(2 * cin, 22);
    const bData = seededFloats(cout, 23);
    const f = tf.tensor4d(fData, [3, 3, cin, cout]);
    const x = tf.tensor4d(xData, [1, 1, 2, cin]);
    const b = tf.tensor1d(bData);
    const before = heap();
    const start = calls();
    const y = tf.fused.conv2d({ x, filter: f, bias: b, activation: 'relu', strides: 1, pad: 'same' });
    const got = await y.data();
    const grown = heap() - before;
    tf.dispose([f, x, b, y]);
    assert.deepEqual(delta(start), { matMul: 0, conv2d: 1, depthwise: 0 });
    assert.ok(grown < 16 * MiB, `the heap grew by ${(grown / MiB).toFixed(1)} MiB for a 64 MiB filter`);
    // A 1×2 input padded to 3×4: output column w sees input columns w-1..w+1 through filter column 0..2, row 1 only.
    let worst = 0;
    for (let w = 0; w < 2; w++) {
      for (let o = 0; o < cout; o += 5) {
        let s = bData[o]!;
        for (let j = 0; j < 3; j++) {
          const col = w + j - 1;
          if (col < 0 || col > 1) continue;
          for (let c = 0; c < cin; c++) s += xData[col * cin + c]! * fData[((1 * 3 + j) * cin + c) * cout + o]!;
        }
        worst = Math.max(worst, Math.abs(Math.max(0, s) - got[w * cout + o]!));
      }
    }
    assert.ok(worst < 1e-4, `max |error| ${worst}`);
  });

  test('every shape of the call agrees with XNNPACK: strides, dilations, padding, depth multipliers, bias, activations', async () => {
    const tf = wasm.tf;
    const x = tf.tensor4d(seededFloats(2 * 9 * 8 * 6, 31), [2, 9, 8, 6]);
    const x1 = tf.tensor3d(seededFloats(2 * 21 * 6, 32), [2, 21, 6]);
    const f = tf.tensor4d(seededFloats(3 * 2 * 6 * 5, 33, 0.4), [3, 2, 6, 5]);
    const f1 = tf.tensor3d(seededFloats(3 * 6 * 5, 34, 0.4), [3, 6, 5]);
    const dw = tf.tensor4d(seededFloats(3 * 3 * 6 * 2, 35, 0.4), [3, 3, 6, 2]);
    const dw1 = tf.tensor4d(seededFloats(2 * 3 * 6, 36, 0.4), [2, 3, 6, 1]);
    const bias = tf.tensor1d(seededFloats(5, 37));
    const dwBias = tf.tensor1d(seededFloats(12, 38));
    const alpha = tf.tensor1d(seededFloats(5, 39, 0.3));
    const cases: [string, () => Tensor][] = [
      ['conv2d same', () => tf.conv2d(x, f, 1, 'same')],
      ['conv2d valid, strides 2×1', () => tf.conv2d(x, f, [2, 1], 'valid')],
      ['conv2d same, strides 2', () => tf.conv2d(x, f, 2, 'same')],
      ['conv2d same, dilation 2×3', () => tf.conv2d(x, f, 1, 'same', 'NHWC', [2, 3])],
      ['conv2d explicit padding', () => tf.conv2d(x, f, 1, [[0, 0], [2, 0], [1, 1], [0, 0]])],
      ['conv1d same, dilation 2', () => tf.conv1d(x1, f1, 1, 'same', 'NWC', 2)],
      ['conv1d valid, stride 2', () => tf.conv1d(x1, f1, 2, 'valid')],
      ...(['linear', 'relu', 'relu6', 'sigmoid', 'elu', 'leakyrelu', 'prelu'] as const).map((activation): [string, () => Tensor] => [
        `fused conv2d + bias, ${activation}`,
        () => tf.fused.conv2d({ x, filter: f, bias, activation, strides: 1, pad: 'valid', leakyreluAlpha: 0.1, ...(activation === 'prelu' ? { preluActivationWeights: alpha } : {}) }),
      ]),
      ['depthwise same, multiplier 2', () => tf.depthwiseConv2d(x, dw, 1, 'same')],
      ['depthwise valid, strides 2', () => tf.depthwiseConv2d(x, dw, 2, 'valid')],
      ['depthwise same, dilation 2', () => tf.depthwiseConv2d(x, dw1, 1, 'same', 'NHWC', 2)],
      ['fused depthwise + bias, relu6', () => tf.fused.depthwiseConv2d({ x, filter: dw, bias: dwBias, activation: 'relu6', strides: 1, pad: 'same' })],
    ];
    const run = async (free: boolean) => {
      setPackingFree(free);
      const start = calls();
      const out: Float32Array[] = [];
      for (const [, make] of cases) {
        const y = make();
        out.push(await y.data() as Float32Array);
        y.dispose();
      }
      return { out, taken: delta(start) };
    };
    // Every case has more than PACKING_FREE_MAX_ROWS (16) output rows (batch × positions): XNNPACK takes it unless forced.
    const packed = await run(false);
    const free = await run(true);
    setPackingFree(false);
    tf.dispose([x, x1, f, f1, dw, dw1, bias, dwBias, alpha]);
    assert.deepEqual(packed.taken, { matMul: 0, conv2d: 0, depthwise: 0 });
    assert.deepEqual(free.taken, { matMul: 0, conv2d: 14, depthwise: 4 });
    for (const [i, [label]] of cases.entries()) {
      const a = free.out[i]!;
      const b = packed.out[i]!;
      assert.equal(a.length, b.length, label);
      const worst = Math.max(...a.map((v, j) => Math.abs(v - b[j]!)));
      assert.ok(worst < 1e-5, `${label}: max |packing-free − XNNPACK| = ${worst}`);
    }
  });
});

describe("the corpus' convolution models, packing-free as planned, against Keras' own outputs", { skip: SKIP_SHARED }, () => {
  const opened: ArtifactModel[] = [];
  after(async () => {
    for (const a of opened) await a.close();
  });
  // [corpus, model, convolutions taken at least, depthwise taken at least] for one predict.
  const models = [
    ['keras3-corpus', 'mnist_cnn', 1, 0],
    ['keras3-corpus', 'conv_variety', 1, 2],
    ['keras3-modern', 'preprocess_cnn', 1, 0],
  ] as const;
  for (const [corpus, model, conv2d, depthwise] of models) {
    test(`${model}: the heap holds the run but not XNNPACK's copies, and the outputs match Keras'`, async (t) => {
      const def = (await openFile(shared(corpus, `${model}.model.json`))).definition!;
      const art = (await openFile(shared(corpus, manifestModel(corpus, model).files.weights_h5!))).artifact!;
      opened.push(art);
      const assignments = assignmentsFromDiff(def, diff(def, art));
      const input = shared(corpus, `${model}.input.npy`);
      const expected = shared(corpus, `${model}.output.npy`);
      const e = estimateSmoke(def, assignments, [(await readNpy(input)).shape]);
      assert.ok(e.filters > 0, 'the model has convolution filters');
      const heap = wasmBytes(e, true) + 1;
      assert.ok(wasmBytes(e, false) > heap);
      const start = calls();
      const r = await runSmoke(def, art, assignments, { engine: wasm, input, expected, wasmHeapBytes: heap });
      const taken = delta(start);
      assert.equal(r.status, 'passed', r.reason);
      assert.equal(r.engine, 'wasm');
      assert.match(r.engineReason, /multiplied where they are/);
      assert.ok(taken.conv2d >= conv2d && taken.depthwise >= depthwise, JSON.stringify(taken));
      for (const o of r.outputs) {
        assert.deepEqual(o.tolerance, FLOAT32_TOLERANCE);
        assert.ok(o.maxAbsDiff! <= 1e-4, `${o.name}: ${o.maxAbsDiff}`);
        t.diagnostic(`${o.name}: max |tfjs - keras| = ${o.maxAbsDiff!.toExponential(2)}; packing-free calls ${JSON.stringify(taken)}`);
      }
    });
  }
});

describe('the estimate counts each weight by the copies XNNPACK makes of it', { skip: SKIP_SHARED }, () => {
  test('conv_variety: depthwise filters once, the pointwise filter twice, Conv2DTranspose (a plain loop) never', async () => {
    const def = (await openFile(shared('keras3-corpus', 'conv_variety.model.json'))).definition!;
    const e = estimateSmoke(def, [], [[2, 16, 16, 3]]);
    // SeparableConv2D 3→8: depthwise 3×3×3×1, pointwise 1×1×3×8; DepthwiseConv2D ×2 on 8: 3×3×8×2;
    // Conv2DTranspose 16→4: 3×3×4×16 (no copies); Dense 4→2.
    assert.equal(e.depthwise, (27 + 144) * 4);
    assert.equal(e.filters, 24 * 4);
    assert.equal(e.matrices, 8 * 4);
    assert.equal(weightCopies(e), e.matrices + 2 * e.filters + e.depthwise);
    assert.deepEqual(planEngine(e, { name: 'wasm' }), { kind: 'run', packingFree: false });
  });
});
