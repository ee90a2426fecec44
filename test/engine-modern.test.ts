// weightgate's own TF.js layers (src/engine/layers) against float64 recomputations of the formulas
// Keras implements (../shared/keras3-modern/README.md "Semantics checked"), on configurations the
// corpora do not cover: GRU reset_after inside Bidirectional and RNN(cell=…) with masks and
// go_backwards, cross-attention with tensors passed by keyword, causal masks, Normalization variants,
// per-channel Rescaling. The corpora themselves (Keras' own outputs) run in engine-corpus.test.ts.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { smokePair } from '../src/check/check-smoke.js';
import { diff } from '../src/diff/index.js';
import { normalizeConfig, runSmoke, selectEngine, type Engine, type WeightAssignment } from '../src/engine/index.js';
import { prng } from '../src/engine/seeded-inputs.js';
import { WEIGHTGATE_LAYER_CLASSES, registerWeightgateLayers } from '../src/engine/layers/index.js';
import { registry } from '../src/engine/layers/tfjs-api.js';
import { openFile } from '../src/formats/open.js';
import type { DefinitionModel } from '../src/model/types.js';
import type { NdArray } from '../src/formats/npy.js';
import { definitionOf, memoryArtifact, type MemoryArtifact, type MemoryWeight } from './helpers/memory-artifact.js';
import { SKIP_SHARED, shared } from './helpers/shared.js';
import { valueAt } from '../src/sources/json-value.js';

type Json = Record<string, unknown>;
type Tensor = ReturnType<Engine['tf']['tensor']>;
/** The parts of a TF.js layer (a class from its serialization registry) these tests use. */
interface TfLayer {
  apply(x: unknown): unknown;
  getWeights(): Tensor[];
  setWeights(w: Tensor[]): void;
  weights: { originalName: string; shape: number[]; dtype: string; trainable: boolean }[];
  dispose(): void;
}
type TfLayerClass = new (args: Json) => TfLayer;

let cpu: Engine;
let wasm: Engine;
/** TF.js' own GRU class, taken before weightgate's registration replaces it. */
let tfjsGru: TfLayerClass;

before(async () => {
  cpu = await selectEngine('cpu');
  wasm = await selectEngine('wasm');
  tfjsGru = registry(cpu.tf).GRU![0] as unknown as TfLayerClass;
});

// ---- hand-made Keras 3 functional configs ----------------------------------------------------

const kt = (layer: string, dtype = 'float32') => ({ class_name: '__keras_tensor__', config: { shape: [null], dtype, keras_history: [layer, 0, 0] } });
const input = (name: string, shape: (number | null)[], dtype = 'float32'): Json => ({
  module: 'keras.layers', class_name: 'InputLayer', name, config: { name, batch_shape: [null, ...shape], dtype }, inbound_nodes: [],
});
const layer = (cls: string, name: string, config: Json, args: unknown[], kwargs: Json = {}): Json => ({
  module: 'keras.layers', class_name: cls, name, config: { name, ...config }, inbound_nodes: [{ args, kwargs }],
});
const notEqual = (name: string, ids: string): Json => ({
  module: 'keras.src.ops.numpy', class_name: 'NotEqual', name, registered_name: 'NotEqual', config: { name }, inbound_nodes: [{ args: [kt(ids, 'int32'), 0], kwargs: {} }],
});
function functional(layers: Json[], inputs: string[], outputs: string[]): DefinitionModel {
  return definitionOf({
    module: 'keras.src.models.functional', class_name: 'Functional',
    config: { name: 'm', layers, input_layers: inputs.map((n) => [n, 0, 0]), output_layers: outputs.map((n) => [n, 0, 0]) },
  }, '3.15.1');
}

/** Every saved variable of each artifact layer onto the definition layer of the same name, in order. */
function sameNames(a: MemoryArtifact): WeightAssignment[] {
  return a.layers.flatMap((l) => l.weights.map((saved, weightIndex) => ({ layer: l.name, weightIndex, saved })));
}

const random = prng(20240611);
const values = (n: number, scale = 0.5) => Array.from({ length: n }, () => (random() * 2 - 1) * scale);
const weight = (name: string, shape: number[], data = values(shape.reduce((a, b) => a * b, 1))): MemoryWeight => ({ name, shape, data: Float32Array.from(data) });
const nd = (shape: number[], data: ArrayLike<number>, dtype: 'float32' | 'int32' = 'float32'): NdArray => ({
  dtype, shape, data: dtype === 'int32' ? Int32Array.from(data) : Float32Array.from(data),
});

// ---- float64 references ------------------------------------------------------------------------

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Keras GRUCell, reset_after=True; kernel (D, 3u), recurrent (u, 3u), bias (2, 3u), row-major. */
function gruStep(x: number[], h: number[], k: number[], rk: number[], b: number[]): number[] {
  const u = h.length;
  const xs = Array.from({ length: 3 * u }, (_, j) => b[j]! + x.reduce((s, xi, i) => s + xi * k[i * 3 * u + j]!, 0));
  const hs = Array.from({ length: 3 * u }, (_, j) => b[3 * u + j]! + h.reduce((s, hk, i) => s + hk * rk[i * 3 * u + j]!, 0));
  return h.map((hj, j) => {
    const z = sigmoid(xs[j]! + hs[j]!);
    const r = sigmoid(xs[u + j]! + hs[u + j]!);
    const cand = Math.tanh(xs[2 * u + j]! + r * hs[2 * u + j]!);
    return z * hj + (1 - z) * cand;
  });
}

/** One sequence: steps last-to-first for go_backwards; a masked step keeps the state. Final state. */
function gruFinal(seq: number[][], units: number, w: MemoryWeight[], goBackwards: boolean, mask?: boolean[]): number[] {
  const [k, rk, b] = w.map((x) => Array.from(x.data as Float32Array));
  let h = new Array(units).fill(0);
  const order = seq.map((_, t) => t);
  if (goBackwards) order.reverse();
  for (const t of order) if (!mask || mask[t]) h = gruStep(seq[t]!, h, k!, rk!, b!);
  return h;
}

interface MhaWeights { q: number[]; bq: number[]; k: number[]; bk: number[]; v: number[]; bv: number[]; o: number[]; bo: number[] }

/** Keras MultiHeadAttention for one batch row: query (T, Dq), value (S, Dv), key (S, Dk). */
function mhaRef(query: number[][], value: number[][], key: number[][], w: MhaWeights, heads: number, keyDim: number, valueDim: number, out: number, causal = false): number[][] {
  const project = (x: number[][], kernel: number[], bias: number[], size: number) => x.map((row) => Array.from({ length: heads }, (_, n) => Array.from({ length: size }, (_, h) =>
    bias[n * size + h]! + row.reduce((s, xd, d) => s + xd * kernel[(d * heads + n) * size + h]!, 0))));
  const Q = project(query, w.q, w.bq, keyDim);
  const K = project(key, w.k, w.bk, keyDim);
  const V = project(value, w.v, w.bv, valueDim);
  return Q.map((qt, t) => {
    const o = Array.from({ length: heads }, (_, n) => {
      const scores = K.map((ks, s) => qt[n]!.reduce((acc, qh, h) => acc + (qh / Math.sqrt(keyDim)) * ks[n]![h]!, 0) + (causal && s > t ? -1e9 : 0));
      const m = Math.max(...scores);
      const e = scores.map((x) => Math.exp(x - m));
      const z = e.reduce((a, b) => a + b, 0);
      return Array.from({ length: valueDim }, (_, hv) => V.reduce((acc, vs, s) => acc + (e[s]! / z) * vs[n]![hv]!, 0));
    });
    return Array.from({ length: out }, (_, j) => w.bo[j]! + o.reduce((acc, on, n) => acc + on.reduce((a2, ov, hv) => a2 + ov * w.o[(n * valueDim + hv) * out + j]!, 0), 0));
  });
}

const rowsOf = (flat: number[], shape: number[]): number[][][] => Array.from({ length: shape[0]! }, (_, b) => Array.from({ length: shape[1]! }, (_, t) => flat.slice((b * shape[1]! + t) * shape[2]!, (b * shape[1]! + t + 1) * shape[2]!)));

async function passes(def: DefinitionModel, artifact: MemoryArtifact, inputs: NdArray[], expected: NdArray[], engine: Engine, atol = 1e-5, rtol = 1e-6): Promise<number> {
  const r = await runSmoke(def, artifact, sameNames(artifact), { engine, input: inputs, expected, atol, rtol });
  assert.equal(r.status, 'passed', r.reason);
  return Math.max(...r.outputs.map((o) => o.maxAbsDiff!));
}

// ---- the tests ---------------------------------------------------------------------------------

describe('registration', () => {
  test('once per TF.js build; GRU/GRUCell replaced, the missing classes added', () => {
    const first = registerWeightgateLayers(cpu.tf);
    const again = registerWeightgateLayers(cpu.tf);
    assert.equal(again, false, 'a second call registers nothing');
    assert.ok(first || !again);
    const map = registry(cpu.tf);
    for (const cls of WEIGHTGATE_LAYER_CLASSES) assert.ok(map[cls], cls);
    assert.notEqual(map.GRU![0], tfjsGru, 'GRU now resolves to weightgate\'s class');
    assert.equal(registry(wasm.tf), map, 'WASM and CPU share one tfjs-layers build, so one registration');
  });

  test('GRU with reset_after=False computes exactly what TF.js\' own GRU does', () => {
    const tf = cpu.tf;
    registerWeightgateLayers(tf);
    // Orthogonal (the default recurrent initializer) needs chained tensor methods bare tfjs-core lacks.
    const args = { units: 3, recurrentActivation: 'sigmoid', returnSequences: true, recurrentInitializer: 'glorotUniform' };
    const ours = new (registry(tf).GRU![0] as unknown as TfLayerClass)({ ...args, resetAfter: false });
    const theirs = new tfjsGru(args);
    const x = tf.tensor(values(2 * 4 * 5), [2, 4, 5]);
    const a = ours.apply(x) as Tensor;
    const b = theirs.apply(x) as Tensor;
    theirs.setWeights(ours.getWeights());
    assert.deepEqual(ours.getWeights().map((w: Tensor) => w.shape), [[5, 9], [3, 9], [9]]);
    const ya = ours.apply(x) as Tensor;
    const yb = theirs.apply(x) as Tensor;
    assert.deepEqual(Array.from(ya.dataSync()), Array.from(yb.dataSync()));
    tf.dispose([x, a, b, ya, yb]);
    ours.dispose();
    theirs.dispose();
  });

  test('every class round-trips through model.json (getConfig → fromConfig) with identical outputs', () => {
    const tf = cpu.tf;
    registerWeightgateLayers(tf);
    const map = registry(tf);
    const make = (cls: string, args: Json) => new (map[cls]![0] as unknown as TfLayerClass)(args);
    const seq = tf.input({ shape: [5, 3] });
    const other = tf.input({ shape: [5, 3] });
    const rec = { recurrentActivation: 'sigmoid', recurrentInitializer: 'glorotUniform', resetAfter: true };
    const gru = make('GRU', { name: 'g', units: 4, ...rec, returnSequences: true, goBackwards: true });
    const bi = tf.layers.bidirectional({ layer: make('GRU', { name: 'inner', units: 2, ...rec, returnSequences: true }) as never, name: 'bi' });
    const cellRnn = tf.layers.rnn({ cell: make('GRUCell', { units: 3, ...rec }) as never, returnSequences: true, name: 'cell_rnn' });
    const norm = make('Normalization', { name: 'norm', axis: -1 });
    const sub = make('Subtract', { name: 'sub' });
    const mha = make('MultiHeadAttention', { name: 'attn', numHeads: 2, keyDim: 3, valueDim: 2, outputShape: 5, useCausalMask: true });
    const a = gru.apply(norm.apply(seq)) as never;
    const b = bi.apply(sub.apply([seq, other]) as never) as never;
    const c = cellRnn.apply(seq) as never;
    const y = mha.apply([tf.layers.concatenate().apply([a, b, c]) as never, seq]) as never;
    const model = tf.model({ inputs: [seq, other], outputs: y });
    model.setWeights(model.getWeights().map((w) => tf.tensor(values(w.size), w.shape, w.dtype as never)));
    assert.deepEqual(mha.weights.map((w) => w.originalName), [
      'attn/query/kernel', 'attn/query/bias', 'attn/key/kernel', 'attn/key/bias', 'attn/value/kernel', 'attn/value/bias', 'attn/attention_output/kernel', 'attn/attention_output/bias',
    ]);
    assert.deepEqual(mha.weights.map((w) => w.shape), [[11, 2, 3], [2, 3], [3, 2, 3], [2, 3], [3, 2, 2], [2, 2], [2, 2, 5], [5]]);
    assert.deepEqual(gru.weights.map((w) => [w.originalName, w.shape]), [['g/kernel', [3, 12]], ['g/recurrent_kernel', [4, 12]], ['g/bias', [2, 12]]]);
    assert.deepEqual(norm.weights.map((w) => [w.originalName, w.shape, w.dtype, w.trainable]), [
      ['norm/mean', [3], 'float32', false], ['norm/variance', [3], 'float32', false], ['norm/count', [], 'int32', false],
    ]);
    assert.deepEqual(bi.weights.map((w) => w.originalName).slice(0, 4), ['bi/forward_inner/kernel', 'bi/forward_inner/recurrent_kernel', 'bi/forward_inner/bias', 'bi/backward_inner/kernel']);

    // What model.save() writes as modelTopology: pythonic (snake_case) keys, as in a model.json.
    const json = JSON.parse(JSON.stringify(model.toJSON(null, false)));
    return tf.models.modelFromJSON({ modelTopology: json }).then((m2) => {
      m2.setWeights(model.getWeights());
      const xs = [tf.tensor(values(2 * 5 * 3), [2, 5, 3]), tf.tensor(values(2 * 5 * 3), [2, 5, 3])];
      const y1 = model.predict(xs) as Tensor;
      const y2 = m2.predict(xs) as Tensor;
      assert.deepEqual(y1.shape, [2, 5, 5]);
      assert.deepEqual(Array.from(y2.dataSync()), Array.from(y1.dataSync()));
      const cfg = m2.getLayer('g').getConfig();
      assert.equal(cfg.resetAfter, true);
      assert.equal(m2.getLayer('attn').getConfig().useCausalMask, true);
      tf.dispose([...xs, y1, y2]);
      model.dispose();
      m2.dispose();
    });
  });
});

describe('GRU reset_after against the Keras formula', () => {
  const units = 3;
  /** Scoped names: the memory artifact keys values by layer and weight name. */
  const gruWeights = (dim: number, scope = 'cell', u = units) => [weight(`${scope}/kernel`, [dim, 3 * u]), weight(`${scope}/recurrent_kernel`, [u, 3 * u]), weight(`${scope}/bias`, [2, 3 * u])];
  const gruConfig = (extra: Json = {}) => ({ units, activation: 'tanh', recurrent_activation: 'sigmoid', reset_after: true, return_sequences: false, ...extra });

  test('Bidirectional(GRU) fed through Embedding(mask_zero) + NotEqual: padded steps keep the state in both directions', async () => {
    const forward = gruWeights(4, 'forward');
    const backward = gruWeights(4, 'backward');
    const embeddings = weight('embeddings', [9, 4]);
    const def = functional([
      input('ids', [6], 'int32'),
      layer('Embedding', 'emb', { input_dim: 9, output_dim: 4, mask_zero: true }, [kt('ids', 'int32')]),
      notEqual('not_equal', 'ids'),
      layer('Bidirectional', 'bi', {
        merge_mode: 'concat',
        layer: { module: 'keras.layers', class_name: 'GRU', config: { name: 'forward_g', ...gruConfig() } },
        backward_layer: { module: 'keras.layers', class_name: 'GRU', config: { name: 'backward_g', ...gruConfig({ go_backwards: true }) } },
      }, [kt('emb')], { mask: kt('not_equal', 'bool') }),
    ], ['ids'], ['bi']);
    const artifact = memoryArtifact({ emb: [embeddings], bi: [...forward, ...backward] });
    const ids = [[3, 1, 4, 0, 0, 0], [0, 0, 5, 8, 2, 6], [1, 2, 3, 4, 5, 6]];
    const E = Array.from(embeddings.data as Float32Array);
    const want = ids.flatMap((row) => {
      const seq = row.map((id) => E.slice(id * 4, id * 4 + 4));
      const mask = row.map((id) => id !== 0);
      return [...gruFinal(seq, units, forward, false, mask), ...gruFinal(seq, units, backward, true, mask)];
    });
    for (const engine of [cpu, wasm]) {
      const worst = await passes(def, artifact, [nd([3, 6], ids.flat(), 'int32')], [nd([3, 2 * units], want)], engine);
      assert.ok(worst < 1e-6, `${engine.name}: ${worst}`);
    }
  });

  test('RNN(cell=GRUCell(reset_after)) with go_backwards reads the steps last-to-first', async () => {
    const w = gruWeights(2);
    const def = functional([
      input('x', [5, 2]),
      layer('RNN', 'rnn', { go_backwards: true, return_sequences: false, cell: { module: 'keras.layers', class_name: 'GRUCell', config: { name: 'gru_cell', ...gruConfig() } } }, [kt('x')]),
    ], ['x'], ['rnn']);
    assert.deepEqual(def.layers.find((l) => l.name === 'rnn')!.weights.map((v) => v.shape), [[2, 9], [3, 9], [2, 9]]);
    const x = values(2 * 5 * 2, 1);
    const want = rowsOf(x, [2, 5, 2]).flatMap((seq) => gruFinal(seq, units, w, true));
    const worst = await passes(def, memoryArtifact({ rnn: w }), [nd([2, 5, 2], x)], [nd([2, units], want)], cpu);
    assert.ok(worst < 1e-6, `${worst}`);
  });

  test('a GRU config without reset_after gets the loading runtime\'s default: True in Keras 3 and tf-keras 2.x, TF.js\' own (False) for a config TF.js wrote', () => {
    const cfg = (v: 2 | 3, tfjs = false) => normalizeConfig({ class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'GRU', config: { name: 'g', units: 2, batch_input_shape: [null, 3, 2] } }] } }, v, tfjs).config;
    assert.equal(valueAt(cfg(3), 'config', 'layers', 0, 'config', 'reset_after'), true);
    assert.equal(valueAt(cfg(2), 'config', 'layers', 0, 'config', 'reset_after'), true);
    assert.equal(valueAt(cfg(2, true), 'config', 'layers', 0, 'config', 'reset_after'), false);
  });
});

describe('MultiHeadAttention against the Keras formula', () => {
  const heads = 2;
  const mhaWeights = (dq: number, dk: number, dv: number, keyDim: number, valueDim: number, out: number): MemoryWeight[] => [
    weight('query/kernel', [dq, heads, keyDim]), weight('query/bias', [heads, keyDim]),
    weight('key/kernel', [dk, heads, keyDim]), weight('key/bias', [heads, keyDim]),
    weight('value/kernel', [dv, heads, valueDim]), weight('value/bias', [heads, valueDim]),
    weight('attention_output/kernel', [heads, valueDim, out]), weight('attention_output/bias', [out]),
  ];
  const asRef = (w: MemoryWeight[]): MhaWeights => {
    const [q, bq, k, bk, v, bv, o, bo] = w.map((x) => Array.from(x.data as Float32Array));
    return { q: q!, bq: bq!, k: k!, bk: bk!, v: v!, bv: bv!, o: o!, bo: bo! };
  };

  test('cross-attention with value= and key= passed by keyword, value_dim and output_shape', async () => {
    const w = mhaWeights(6, 4, 3, 3, 2, 7);
    const def = functional([
      input('q', [4, 6]), input('v', [5, 3]), input('k', [5, 4]),
      layer('MultiHeadAttention', 'attn', { num_heads: heads, key_dim: 3, value_dim: 2, output_shape: 7, use_bias: true, attention_axes: [1] },
        [kt('q')], { value: kt('v'), key: kt('k') }),
    ], ['q', 'v', 'k'], ['attn']);
    const n = normalizeConfig(def.config, def.generation);
    assert.deepEqual(n.blockers, []);
    const xq = values(2 * 4 * 6, 1);
    const xv = values(2 * 5 * 3, 1);
    const xk = values(2 * 5 * 4, 1);
    const [Q, V, K] = [rowsOf(xq, [2, 4, 6]), rowsOf(xv, [2, 5, 3]), rowsOf(xk, [2, 5, 4])];
    const want = Q.flatMap((q, b) => mhaRef(q, V[b]!, K[b]!, asRef(w), heads, 3, 2, 7).flat());
    for (const engine of [cpu, wasm]) {
      const worst = await passes(def, memoryArtifact({ attn: w }), [nd([2, 4, 6], xq), nd([2, 5, 3], xv), nd([2, 5, 4], xk)], [nd([2, 4, 7], want)], engine);
      assert.ok(worst < 1e-5, `${engine.name}: ${worst}`);
    }
  });

  test('use_causal_mask=True (a call argument) lets query i see keys j <= i only', async () => {
    const w = mhaWeights(4, 4, 4, 2, 2, 4);
    const def = functional([
      input('x', [5, 4]),
      layer('MultiHeadAttention', 'attn', { num_heads: heads, key_dim: 2 }, [kt('x'), kt('x')], { use_causal_mask: true }),
    ], ['x'], ['attn']);
    const n = normalizeConfig(def.config, def.generation);
    assert.equal(valueAt(n.config, 'config', 'layers', 1, 'config', 'use_causal_mask'), true, 'moved into the config, where TF.js keeps it at predict time');
    const x = values(2 * 5 * 4, 1);
    const X = rowsOf(x, [2, 5, 4]);
    const want = X.flatMap((s) => mhaRef(s, s, s, asRef(w), heads, 2, 2, 4, true).flat());
    const worst = await passes(def, memoryArtifact({ attn: w }), [nd([2, 5, 4], x)], [nd([2, 5, 4], want)], cpu);
    assert.ok(worst < 1e-5, `${worst}`);
    const acausal = X.flatMap((s) => mhaRef(s, s, s, asRef(w), heads, 2, 2, 4, false).flat());
    assert.ok(Math.max(...acausal.map((v, i) => Math.abs(v - want[i]!))) > 1e-3, 'the mask changes the output');
  });

  test('what the layer does not compute is named before anything is built', () => {
    const attn = (config: Json, kwargs: Json = {}, extra: Json[] = []) => normalizeConfig(functional([
      input('x', [5, 4]), ...extra,
      layer('MultiHeadAttention', 'attn', { num_heads: 2, key_dim: 2, ...config }, [kt('x'), kt('x')], kwargs),
    ], ['x'], ['attn']).config, 3).blockers.map((b) => b.why);
    assert.deepEqual(attn({}), []);
    assert.match(attn({ use_gate: true }).join(), /use_gate=True/);
    assert.match(attn({ attention_axes: [2] }).join(), /attention_axes \[2\]/);
    assert.match(attn({}, { attention_mask: kt('x') }).join(), /tensor keyword argument 'attention_mask'/);
    assert.match(attn({}, { return_attention_scores: true }).join(), /return_attention_scores=True/);
    const masked = normalizeConfig(functional([
      input('ids', [5], 'int32'),
      layer('Embedding', 'emb', { input_dim: 9, output_dim: 4, mask_zero: true }, [kt('ids', 'int32')]),
      layer('MultiHeadAttention', 'attn', { num_heads: 2, key_dim: 2 }, [kt('emb'), kt('emb')]),
    ], ['ids'], ['attn']).config, 3);
    assert.match(masked.blockers.map((b) => b.why).join(), /carry the padding mask of Embedding 'emb'/);
  });
});

describe('padding masks: the NotEqual op node goes only where TF.js reproduces what Keras does', () => {
  const masked = (consumer: Json, between: Json[] = []) => normalizeConfig(functional([
    input('ids', [6], 'int32'),
    layer('Embedding', 'emb', { input_dim: 9, output_dim: 4, mask_zero: true }, [kt('ids', 'int32')]),
    notEqual('not_equal', 'ids'),
    ...between,
    consumer,
  ], ['ids'], [String(consumer.name)]).config, 3);

  test('an RNN fed by the Embedding (directly, or through layers that pass the mask on) is fine', () => {
    assert.deepEqual(masked(layer('LSTM', 'rnn', { units: 2 }, [kt('emb')], { mask: kt('not_equal', 'bool') })).blockers, []);
    const through = [layer('Dropout', 'drop', { rate: 0.1 }, [kt('emb')]), layer('GRU', 'lower', { units: 2, return_sequences: true }, [kt('drop')], { mask: kt('not_equal', 'bool') })];
    const n = masked(layer('GRU', 'upper', { units: 2 }, [kt('lower')], { mask: kt('not_equal', 'bool') }), through);
    assert.deepEqual(n.blockers, []);
    assert.deepEqual(n.removedOps, ['not_equal']);
  });

  test('a consumer TF.js would not mask like Keras, or that TF.js hands no mask, blocks with the reason', () => {
    const pooled = masked(layer('GlobalAveragePooling1D', 'pool', {}, [kt('emb')], { mask: kt('not_equal', 'bool') }));
    assert.match(pooled.blockers[0]!.why, /TF.js GlobalAveragePooling1D would not apply it/);
    const cut = masked(layer('LSTM', 'rnn', { units: 2 }, [kt('flat')], { mask: kt('not_equal', 'bool') }), [layer('Conv1D', 'flat', { filters: 4, kernel_size: 1 }, [kt('emb')])]);
    assert.match(cut.blockers[0]!.why, /its input does not carry that mask in TF.js/);
    const zeros = masked(layer('LSTM', 'rnn', { units: 2, return_sequences: true, zero_output_for_mask: true }, [kt('emb')], { mask: kt('not_equal', 'bool') }));
    assert.match(zeros.blockers[0]!.why, /zero_output_for_mask=True/);
  });
});

describe('preprocessing layers against the Keras formulas', () => {
  test('Normalization: adapted variables, invert, axis=None, constants from the config, a middle axis', async () => {
    const x = values(2 * 3 * 4, 2);
    const run = async (config: Json, weights: MemoryWeight[] | undefined, want: (v: number, b: number, t: number, c: number) => number) => {
      const def = functional([input('x', [3, 4]), layer('Normalization', 'norm', config, [kt('x')])], ['x'], ['norm']);
      const expected = x.map((v, i) => want(v, Math.floor(i / 12), Math.floor(i / 4) % 3, i % 4));
      return passes(def, memoryArtifact(weights ? { norm: weights } : {}), [nd([2, 3, 4], x)], [nd([2, 3, 4], expected)], cpu);
    };
    const mean = [0.5, -1, 2, 0];
    const variance = [4, 0.25, 1e-20, 1];
    const stats = (m: number[], v: number[]) => [weight('mean', [m.length], m), weight('variance', [v.length], v), { name: 'count', shape: [], data: Int32Array.of(64), dtype: 'int32' as const }];
    // max(sqrt(variance), 1e-7): a zero-variance channel divides by 1e-7, not by 0.
    const std = (v: number) => Math.max(Math.sqrt(v), 1e-7);
    await run({ axis: [-1], invert: false, mean: null, variance: null }, stats(mean, variance), (v, _b, _t, c) => (v - mean[c]!) / std(variance[c]!));
    await run({ axis: -1, invert: true }, stats(mean, variance), (v, _b, _t, c) => mean[c]! + v * std(variance[c]!));
    await run({ axis: null }, stats([0.3], [2]).map((w, i) => (i < 2 ? { ...w, shape: [] } : w)), (v) => (v - 0.3) / Math.sqrt(2));
    await run({ axis: [1] }, stats([1, 2, 3], [1, 4, 9]), (v, _b, t) => (v - (t + 1)) / (t + 1));
    await run({ axis: -1, mean: [1, 2, 3, 4], variance: [4, 4, 4, 4] }, undefined, (v, _b, _t, c) => (v - (c + 1)) / 2);
  });

  test('Rescaling: TF.js\' own class computes Keras\' x · scale + offset, per channel too', async () => {
    const x = values(2 * 3 * 4, 100);
    for (const [scale, offset] of [[1 / 255, 0], [2, -1], [[1, 2, 3, 4], [0.5, 0, -0.5, 1]]] as [number | number[], number | number[]][]) {
      const def = functional([input('x', [3, 4]), layer('Rescaling', 'r', { scale, offset }, [kt('x')])], ['x'], ['r']);
      const at = (p: number | number[], c: number) => (Array.isArray(p) ? p[c] : p);
      const want = x.map((v, i) => v * at(scale, i % 4)! + at(offset, i % 4)!);
      // float32 rounding of values up to ~400: a few ulps.
      const worst = await passes(def, memoryArtifact({}), [nd([2, 3, 4], x)], [nd([2, 3, 4], want)], cpu, 1e-5, 1e-6);
      assert.ok(worst < 1e-4, `${JSON.stringify(scale)}: ${worst}`);
    }
  });

  test('Subtract: exactly two inputs, first minus second', async () => {
    const def = functional([input('a', [3]), input('b', [3]), layer('Subtract', 'd', {}, [[kt('a'), kt('b')]])], ['a', 'b'], ['d']);
    const a = values(6, 3);
    const b = values(6, 3);
    await passes(def, memoryArtifact({}), [nd([2, 3], a), nd([2, 3], b)], [nd([2, 3], a.map((v, i) => v - b[i]!))], wasm);
  });
});

describe('the check path registers the layers itself', { skip: SKIP_SHARED }, () => {
  test('smokePair (weightgate check / diff --smoke) runs a Keras 3 GRU and Transformer block against Keras\' outputs', async () => {
    for (const m of ['masked_gru', 'mha_encoder']) {
      const def = (await openFile(shared('keras3-modern', `${m}.model.json`))).definition!;
      const art = (await openFile(shared('keras3-modern', `${m}.keras`))).artifact!;
      try {
        const before = cpu.tf.memory().numTensors;
        const r = await smokePair(def, art, diff(def, art), { engine: 'cpu', input: shared('keras3-modern', `${m}.input.npy`), expected: shared('keras3-modern', `${m}.output.npy`) });
        assert.equal(r.status, 'passed', `${m}: ${r.reason}`);
        assert.ok(r.outputs[0]!.maxAbsDiff! <= 1e-6, `${m}: ${r.outputs[0]!.maxAbsDiff}`);
        assert.equal(cpu.tf.memory().numTensors, before, `${m}: no tensors leak`);
      } finally {
        await art.close();
      }
    }
  });
});
