// Products of a few rows streamed over the weights in the WebAssembly heap (issue 15, item 2;
// src/engine/row-stream.ts, called by packing-free.ts): the kernel takes Dense layers at up to
// ROW_STREAM_MAX_ROWS rows and no more, agrees with TF.js' own kernels and with a float64 product on
// odd widths (not multiples of 4), with and without a bias, under every fused activation, and when it
// cannot run (turned off, or no reachable memory) the products go to TF.js' blocked loop as before.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Tensor } from '@tensorflow/tfjs-core';
import { selectEngine, type Engine } from '../src/engine/index.js';
import { installPackingFree, packingFreeCalls, setPackingFree } from '../src/engine/packing-free.js';
import { ROW_STREAM_MAX_ROWS, rowStreamCalls, rowStreamFor, rowStreamModuleBytes, rowStreamProduct, setRowStream } from '../src/engine/row-stream.js';
import { seededFloats } from './helpers/memory-artifact.js';

/** The JavaScript WebAssembly API, as far as used here (this project's TypeScript libraries do not declare it). */
const WebAssembly = (globalThis as unknown as { WebAssembly: { validate(bytes: Uint8Array): boolean; Memory: new (d: { initial: number; maximum: number; shared: boolean }) => object } }).WebAssembly;

let wasm: Engine;

/** x·w (+ bias) in float64, x [rows, k], w [k, n]. */
function reference(x: Float32Array, w: Float32Array, rows: number, k: number, n: number, bias?: Float32Array): Float64Array {
  const y = new Float64Array(rows * n);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < n; j++) y[r * n + j] = bias?.[j] ?? 0;
    for (let i = 0; i < k; i++) {
      const xi = x[r * k + i]!;
      for (let j = 0; j < n; j++) y[r * n + j] = y[r * n + j]! + xi * w[i * n + j]!;
    }
  }
  return y;
}

/** Largest |a − b| over the largest |b| (1 when b is all zeros). */
function relError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0, scale = 0;
  for (let i = 0; i < b.length; i++) {
    worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
    scale = Math.max(scale, Math.abs(b[i]!));
  }
  return worst / (scale || 1);
}

describe('the row stream', () => {
  // In the suite's hooks, not the file's: in a process shared with other test files (scripts/run-tests.mjs)
  // a file-level hook runs before every file's tests, and another file may leave another backend active.
  before(async () => {
    wasm = await selectEngine('wasm');
    await wasm.tf.setBackend('wasm');
    installPackingFree(wasm.tf);
    setPackingFree(false);
  });
  after(() => setRowStream(true));

  test('the module is valid WebAssembly and binds to the backend’s own memory', () => {
    assert.ok(WebAssembly.validate(rowStreamModuleBytes()));
    const bound = rowStreamFor(wasm.tf.backend());
    assert.ok(bound, 'the WebAssembly backend’s memory is reachable and the engine has SIMD');
    assert.equal(bound.memory, (wasm.tf.backend() as unknown as { wasm: { asm: { memory: unknown } } }).wasm.asm.memory);
  });

  test('odd widths, 1 to 16 rows, with and without a bias: the float64 product, and TF.js’ own kernels, within ~1e-6', () => {
    const tf = wasm.tf;
    // k crosses the 4-row blocks and the 64-row partial sums; n leaves 1–3 columns past the last 4 lanes.
    const shapes = [[1, 1, 1], [2, 3, 5], [3, 7, 3], [2, 67, 33], [16, 130, 9], [5, 257, 6], [2, 1003, 101]] as const;
    for (const [rows, k, n] of shapes) {
      const xs = seededFloats(rows * k, rows + k, 1), ws = seededFloats(k * n, k + n, 1 / Math.sqrt(k)), bs = seededFloats(n, n, 1);
      const x = tf.tensor2d(xs, [rows, k]), w = tf.tensor2d(ws, [k, n]), b = tf.tensor1d(bs);
      for (const withBias of [false, true]) {
        const want = reference(xs, ws, rows, k, n, withBias ? bs : undefined);
        const run = (stream: boolean) => {
          setRowStream(stream);
          const before = rowStreamCalls();
          const y = withBias ? tf.fused.matMul({ a: x, b: w, bias: b }) : tf.matMul(x, w);
          const got = y.dataSync();
          y.dispose();
          return { got, streamed: rowStreamCalls() - before };
        };
        const streamed = run(true), blocked = run(false);
        const label = `${rows}×${k} · ${k}×${n}${withBias ? ' + bias' : ''}`;
        assert.equal(streamed.streamed, 1, `${label}: the row stream took it`);
        assert.equal(blocked.streamed, 0, `${label}: turned off, the blocked loop took it`);
        assert.ok(relError(streamed.got, want) < 1e-6, `${label}: row stream vs float64 ${relError(streamed.got, want)}`);
        assert.ok(relError(streamed.got, blocked.got) < 2e-6, `${label}: row stream vs TF.js' loop ${relError(streamed.got, blocked.got)}`);
      }
      tf.dispose([x, w, b]);
    }
    setRowStream(true);
  });

  test('every fused activation after the bias, and a rank-3 product, agree with TF.js’ own kernels', () => {
    const tf = wasm.tf;
    const [rows, k, n] = [3, 45, 13];
    const x = tf.tensor2d(seededFloats(rows * k, 1), [rows, k]), w = tf.tensor2d(seededFloats(k * n, 2, 0.3), [k, n]);
    const b = tf.tensor1d(seededFloats(n, 3)), alpha = tf.tensor1d(seededFloats(n, 4, 0.3));
    const cases: [string, () => Tensor][] = [
      ...(['linear', 'relu', 'relu6', 'sigmoid', 'elu', 'leakyrelu', 'prelu'] as const).map((activation): [string, () => Tensor] => [
        activation,
        () => tf.fused.matMul({ a: x, b: w, bias: b, activation, leakyreluAlpha: 0.1, ...(activation === 'prelu' ? { preluActivationWeights: alpha } : {}) }),
      ]),
      ['a 2-D bias (added by the backend after the product)', () => tf.fused.matMul({ a: x, b: w, bias: tf.reshape(b, [1, n]) })],
      ['rank 3', () => tf.matMul(tf.reshape(x, [1, rows, k]), tf.reshape(w, [1, k, n]))],
    ];
    for (const [label, make] of cases) {
      const out = (stream: boolean) => {
        setRowStream(stream);
        const before = rowStreamCalls();
        const y = tf.tidy(make);
        const got = { values: y.dataSync(), shape: y.shape, streamed: rowStreamCalls() - before };
        y.dispose();
        return got;
      };
      const s = out(true), l = out(false);
      assert.equal(s.streamed, 1, label);
      assert.deepEqual(s.shape, l.shape, label);
      assert.ok(relError(s.values, l.values) < 2e-6, `${label}: ${relError(s.values, l.values)}`);
    }
    setRowStream(true);
    tf.dispose([x, w, b, alpha]);
  });

  test(`a Dense model predicts through it at up to ${ROW_STREAM_MAX_ROWS} rows, and not above`, () => {
    const tf = wasm.tf;
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ inputShape: [37], units: 29, activation: 'tanh', kernelInitializer: 'glorotUniform' }),
        tf.layers.dense({ units: 11, activation: 'relu' }),
        tf.layers.dense({ units: 7, useBias: false }),
      ],
    });
    try {
      for (const [rows, expected] of [[2, 3], [ROW_STREAM_MAX_ROWS, 3], [ROW_STREAM_MAX_ROWS + 1, 0]] as const) {
        const x = tf.tensor2d(seededFloats(rows * 37, rows), [rows, 37]);
        const predict = (stream: boolean) => {
          setRowStream(stream);
          const [s, m] = [rowStreamCalls(), packingFreeCalls().matMul];
          const y = model.predict(x) as Tensor;
          const values = y.dataSync();
          y.dispose();
          return { values, streamed: rowStreamCalls() - s, packingFree: packingFreeCalls().matMul - m };
        };
        const on = predict(true), off = predict(false);
        assert.equal(on.streamed, expected, `${rows} rows`);
        assert.equal(off.streamed, 0);
        // At up to PACKING_FREE_MAX_ROWS (16) rows the products skip XNNPACK either way; the rule is unchanged.
        assert.equal(on.packingFree, off.packingFree);
        assert.ok(relError(on.values, off.values) < 2e-6, `${rows} rows: ${relError(on.values, off.values)}`);
        x.dispose();
      }
    } finally {
      setRowStream(true);
      model.dispose();
    }
  });

  test(`a Conv2D of up to ${ROW_STREAM_MAX_ROWS} output rows goes to it instead of XNNPACK; a depthwise one of more than 4 does not`, () => {
    const tf = wasm.tf;
    const x = tf.tensor4d(seededFloats(2 * 4 * 13, 41), [1, 2, 4, 13]);
    const f = tf.tensor4d(seededFloats(3 * 3 * 13 * 7, 42, 0.3), [3, 3, 13, 7]);
    const dw = tf.tensor4d(seededFloats(3 * 3 * 13, 43, 0.3), [3, 3, 13, 1]);
    const b = tf.tensor1d(seededFloats(7, 44));
    const run = (stream: boolean, make: () => Tensor) => {
      setRowStream(stream);
      const [s, c] = [rowStreamCalls(), packingFreeCalls()];
      const y = make();
      const values = y.dataSync();
      y.dispose();
      const now = packingFreeCalls();
      return { values, streamed: rowStreamCalls() - s, conv2d: now.conv2d - c.conv2d, depthwise: now.depthwise - c.depthwise };
    };
    try {
      // 1×2×4 'same': 8 output rows, over PACKING_FREE_MAX_CONV_ROWS (4).
      const conv = () => tf.fused.conv2d({ x, filter: f, bias: b, activation: 'relu', strides: 1, pad: 'same' });
      const on = run(true, conv), off = run(false, conv);
      assert.deepEqual([on.streamed, on.conv2d], [1, 1]);
      assert.deepEqual([off.streamed, off.conv2d], [0, 0], 'without the row stream XNNPACK takes it, as before');
      assert.ok(relError(on.values, off.values) < 2e-6, `${relError(on.values, off.values)}`);
      const depthwise = run(true, () => tf.depthwiseConv2d(x, dw, 1, 'same'));
      assert.deepEqual([depthwise.streamed, depthwise.depthwise], [0, 0]);
    } finally {
      setRowStream(true);
      tf.dispose([x, f, dw, b]);
    }
  });

  test('without a reachable, unshared memory it takes nothing, and the caller keeps its own kernel', () => {
    const tf = wasm.tf;
    const x = tf.tensor2d(seededFloats(2 * 5, 1), [2, 5]), w = tf.tensor2d(seededFloats(5 * 3, 2), [5, 3]);
    const info = (t: Tensor) => ({ dataId: t.dataId, shape: t.shape, dtype: t.dtype });
    const real = tf.backend() as unknown as Record<string, unknown>;
    try {
      assert.equal(rowStreamFor({}), undefined);
      assert.equal(rowStreamFor({ wasm: { asm: { memory: new ArrayBuffer(65536) } } }), undefined);
      const shared = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
      assert.equal(rowStreamFor({ wasm: { asm: { memory: shared } } }), undefined);
      // The real backend's bookkeeping, without its memory: nothing allocated, nothing computed.
      const blind = { ...real, wasm: { asm: {} }, dataIdMap: real.dataIdMap, makeOutput: () => assert.fail('allocated an output') };
      assert.equal(rowStreamProduct(blind, info(x), info(w)), undefined);
      setRowStream(false);
      assert.equal(rowStreamFor(tf.backend()), undefined);
      assert.equal(rowStreamProduct(tf.backend(), info(x), info(w)), undefined);
    } finally {
      setRowStream(true);
      tf.dispose([x, w]);
    }
  });

  test('shapes it does not take: other dtypes, a batch of matrices, mismatched or empty sides', () => {
    const tf = wasm.tf;
    const be = tf.backend();
    const info = (t: Tensor) => ({ dataId: t.dataId, shape: t.shape, dtype: t.dtype });
    const x = tf.tensor2d(seededFloats(2 * 4, 1), [2, 4]), w = tf.tensor2d(seededFloats(4 * 3, 2), [4, 3]);
    const xi = tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8], [2, 4], 'int32');
    const batch = tf.tensor3d(seededFloats(2 * 2 * 4, 3), [2, 2, 4]);
    const tall = tf.tensor2d(seededFloats((ROW_STREAM_MAX_ROWS + 1) * 4, 4), [ROW_STREAM_MAX_ROWS + 1, 4]);
    try {
      assert.equal(rowStreamProduct(be, info(xi), info(w)), undefined);
      assert.equal(rowStreamProduct(be, info(batch), info(w)), undefined);
      assert.equal(rowStreamProduct(be, info(w), info(w)), undefined);
      assert.equal(rowStreamProduct(be, info(tall), info(w)), undefined);
      assert.equal(rowStreamProduct(be, info(x), info(w), info(x)), undefined, 'a bias that is not [n]');
    } finally {
      tf.dispose([x, w, xi, batch, tall]);
    }
  });
});
