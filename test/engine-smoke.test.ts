import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { generateInputs, runSmoke, selectEngine, type Engine, type WeightAssignment } from '../src/engine/index.js';
import { compareToExpected, FLOAT32_TOLERANCE, HALF_TOLERANCE, toleranceFor } from '../src/engine/compare.js';
import type { NdArray } from '../src/formats/npy.js';
import { buildModel, prepareInitializers } from '../src/engine/build-model.js';
import { fullyAssignedLayers, loadAssignments } from '../src/engine/load-weights.js';
import { normalizeConfig } from '../src/engine/normalize-config.js';
import type { DefinitionModel } from '../src/model/types.js';
import { definitionOf, floats, memoryArtifact, type MemoryArtifact, type MemoryWeight } from './helpers/memory-artifact.js';

let cpu: Engine;
before(async () => {
  cpu = await selectEngine('cpu');
});

const f32 = (shape: number[], data: ArrayLike<number>): NdArray => ({ dtype: 'float32', shape, data: Float32Array.from(data) });

/** x·W + b for one row-major batch. */
function dense(x: number[][], w: number[][], b: number[]): number[][] {
  return x.map((row) => b.map((bj, j) => row.reduce((s, xi, i) => s + xi * w[i]![j]!, bj)));
}
const rows = (flat: ArrayLike<number>, n: number) => Array.from({ length: flat.length / n }, (_, r) => Array.from(flat).slice(r * n, r * n + n));

function sequential(layers: Record<string, unknown>[], version = '2.15.0'): DefinitionModel {
  return definitionOf({ class_name: 'Sequential', config: { name: 'seq', layers } }, version);
}

/** Every saved variable of each artifact layer onto the definition layer of the same name, by position. */
function sameNames(a: MemoryArtifact): WeightAssignment[] {
  return a.layers.flatMap((l) => l.weights.map((saved, weightIndex) => ({ layer: l.name, weightIndex, saved })));
}

describe('smoke run on hand-made models', () => {
  const two = sequential([
    { class_name: 'Dense', config: { name: 'd1', units: 2, batch_input_shape: [null, 2], activation: 'linear' } },
    { class_name: 'Dense', config: { name: 'd2', units: 2, activation: 'linear' } },
  ]);
  const W1 = [[1, 2], [3, 4]];
  const W2 = [[0.5, -1], [2, 0.25]];
  const b1 = [0.1, -0.2];
  const b2 = [1, 2];
  const weights = (): Record<string, MemoryWeight[]> => ({
    d1: [{ name: 'kernel', shape: [2, 2], data: Float32Array.from(W1.flat()) }, { name: 'bias', shape: [2], data: Float32Array.from(b1) }],
    d2: [{ name: 'kernel', shape: [2, 2], data: Float32Array.from(W2.flat()) }, { name: 'bias', shape: [2], data: Float32Array.from(b2) }],
  });
  const x = [[1, -1], [0.5, 2], [3, 0]];
  const want = dense(dense(x, W1, b1), W2, b2);

  test('the paired values reproduce the hand-computed output, and nothing leaks', async () => {
    const artifact = memoryArtifact(weights());
    const before = cpu.tf.memory().numTensors;
    const r = await runSmoke(two, artifact, sameNames(artifact), { engine: cpu, input: [f32([3, 2], x.flat())], expected: [f32([3, 2], want.flat())] });
    assert.equal(r.status, 'passed', r.reason);
    assert.deepEqual(r.outputs[0]!.shape, [3, 2]);
    assert.ok(r.outputs[0]!.maxAbsDiff! < 1e-5);
    assert.deepEqual(r.outputs[0]!.tolerance, FLOAT32_TOLERANCE);
    assert.equal(r.engine, 'cpu');
    assert.equal(cpu.tf.memory().numTensors, before);
  });

  test('a pairing that swaps two same-shaped kernels shows up in the outputs', async () => {
    const artifact = memoryArtifact(weights());
    const [k1, bias1] = artifact.layers[0]!.weights;
    const [k2, bias2] = artifact.layers[1]!.weights;
    const swapped: WeightAssignment[] = [
      { layer: 'd1', weightIndex: 0, saved: k2! }, { layer: 'd1', weightIndex: 1, saved: bias1! },
      { layer: 'd2', weightIndex: 0, saved: k1! }, { layer: 'd2', weightIndex: 1, saved: bias2! },
    ];
    const r = await runSmoke(two, artifact, swapped, { engine: cpu, input: [f32([3, 2], x.flat())], expected: [f32([3, 2], want.flat())] });
    assert.equal(r.status, 'failed');
    assert.match(r.reason!, /^output 'd2' differs from the expected output by up to [\d.]+ \(allowed 0\.0001 \+ 0\.001·\|expected\|\); worst at \[\d, \d\]/);
    assert.ok(r.outputs[0]!.maxAbsDiff! > 1);
  });

  test('each saved variable is read once, float64 and int64 values are narrowed for TF.js', async () => {
    const artifact = memoryArtifact({
      d1: [{ name: 'kernel', shape: [2, 2], data: Float64Array.from(W1.flat()), dtype: 'float64' }, { name: 'bias', shape: [2], data: new BigInt64Array([0n, 0n]), dtype: 'int64' }],
      d2: [{ name: 'kernel', shape: [2, 2], data: Float32Array.from(W2.flat()) }, { name: 'bias', shape: [2], data: Float32Array.from(b2) }],
    });
    const [k1, bias1] = artifact.layers[0]!.weights;
    const shared: WeightAssignment[] = [
      { layer: 'd1', weightIndex: 0, saved: k1! }, { layer: 'd1', weightIndex: 1, saved: bias1! },
      { layer: 'd2', weightIndex: 0, saved: k1! }, { layer: 'd2', weightIndex: 1, saved: bias1! },
    ];
    const r = await runSmoke(two, artifact, shared, { engine: cpu, input: [f32([3, 2], x.flat())], expected: [f32([3, 2], dense(dense(x, W1, [0, 0]), W1, [0, 0]).flat())] });
    assert.equal(r.status, 'passed', r.reason);
    assert.deepEqual([...artifact.reads.values()], [1, 1]);
  });

  test('batch normalisation statistics go where Keras puts them (per layer, not tfjs model.weights order)', async () => {
    const def = sequential([
      { class_name: 'Dense', config: { name: 'd', units: 2, batch_input_shape: [null, 2], activation: 'linear', use_bias: false } },
      { class_name: 'BatchNormalization', config: { name: 'bn', axis: -1, epsilon: 0.001 } },
      { class_name: 'Dense', config: { name: 'out', units: 1, activation: 'linear' } },
    ]);
    const gamma = [2, 3], beta = [0.5, -0.5], mean = [1, -1], variance = [4, 0.25];
    const artifact = memoryArtifact({
      d: [{ name: 'kernel', shape: [2, 2], data: floats(4, (i) => [1, 0, 0, 1][i]!) }],
      bn: [gamma, beta, mean, variance].map((v, i) => ({ name: ['gamma', 'beta', 'moving_mean', 'moving_variance'][i]!, shape: [2], data: Float32Array.from(v) })),
      out: [{ name: 'kernel', shape: [2, 1], data: floats(2, () => 1) }, { name: 'bias', shape: [1], data: floats(1, () => 0) }],
    });
    const bn = (v: number, j: number) => gamma[j]! * (v - mean[j]!) / Math.sqrt(variance[j]! + 0.001) + beta[j]!;
    const expected = x.map((row) => bn(row[0]!, 0) + bn(row[1]!, 1));
    const r = await runSmoke(def, artifact, sameNames(artifact), { engine: cpu, input: [f32([3, 2], x.flat())], expected: [f32([3, 1], expected)] });
    assert.equal(r.status, 'passed', r.reason);
  });

  test('a nested model is one layer whose variables are all trainable ones first, then the statistics', async () => {
    const inner = {
      class_name: 'Functional', name: 'inner', inbound_nodes: [[['x', 0, 0, {}]]],
      config: {
        name: 'inner',
        layers: [
          { class_name: 'InputLayer', name: 'in_x', config: { name: 'in_x', batch_input_shape: [null, 2] }, inbound_nodes: [] },
          { class_name: 'Dense', name: 'a', config: { name: 'a', units: 2, activation: 'linear' }, inbound_nodes: [[['in_x', 0, 0, {}]]] },
          { class_name: 'BatchNormalization', name: 'bn', config: { name: 'bn', axis: -1, epsilon: 0.001 }, inbound_nodes: [[['a', 0, 0, {}]]] },
        ],
        input_layers: [['in_x', 0, 0]], output_layers: [['bn', 0, 0]],
      },
    };
    const def = definitionOf({
      class_name: 'Functional',
      config: {
        name: 'outer',
        layers: [
          { class_name: 'InputLayer', name: 'x', config: { name: 'x', batch_input_shape: [null, 2] }, inbound_nodes: [] },
          inner,
          { class_name: 'Dense', name: 'out', config: { name: 'out', units: 1 }, inbound_nodes: [[['inner', 1, 0, {}]]] },
        ],
        input_layers: [['x', 0, 0]], output_layers: [['out', 0, 0]],
      },
    });
    const gamma = [2, 3], beta = [0.5, -0.5], mean = [1, -1], variance = [4, 0.25];
    const v = (name: string, data: number[]) => ({ name, shape: [data.length], data: Float32Array.from(data) });
    const artifact = memoryArtifact({
      inner: [{ name: 'a/kernel', shape: [2, 2], data: Float32Array.from([1, 0, 0, 1]) }, v('a/bias', [0, 0]), v('bn/gamma', gamma), v('bn/beta', beta), v('bn/moving_mean', mean), v('bn/moving_variance', variance)],
      out: [{ name: 'kernel', shape: [2, 1], data: Float32Array.from([1, 1]) }, v('bias', [0])],
    });
    const bn = (value: number, j: number) => gamma[j]! * (value - mean[j]!) / Math.sqrt(variance[j]! + 0.001) + beta[j]!;
    const r = await runSmoke(def, artifact, sameNames(artifact), { engine: cpu, input: [f32([3, 2], x.flat())], expected: [f32([3, 1], x.map((row) => bn(row[0]!, 0) + bn(row[1]!, 1)))] });
    assert.equal(r.status, 'passed', r.reason);
  });

  test('a shape that does not fit fails naming the layer and both shapes', async () => {
    const artifact = memoryArtifact({ d1: [{ name: 'kernel', shape: [3, 2], data: floats(6, (i) => i) }] });
    const r = await runSmoke(two, artifact, sameNames(artifact), { engine: cpu });
    assert.equal(r.status, 'failed');
    assert.match(r.reason!, /^the weights could not be loaded: layer 'd1' variable d1\/kernel: TF.js expects \[2, 2\], the assigned value has \[3, 2\] \(from \/d1\/kernel\)/);
    await assert.doesNotReject(runSmoke(two, artifact, [{ layer: 'nope', weightIndex: 0, saved: artifact.layers[0]!.weights[0]! }], { engine: cpu })
      .then((s) => assert.match(s.reason!, /layer 'nope', which the definition does not have/)));
  });

  test('non-finite outputs fail', async () => {
    const artifact = memoryArtifact(weights());
    const bad = memoryArtifact({ ...weights(), d1: [{ name: 'kernel', shape: [2, 2], data: Float32Array.from([Infinity, 0, 0, 1]) }, weights().d1![1]!] });
    const r = await runSmoke(two, bad, sameNames(bad), { engine: cpu, input: [f32([1, 2], [1, -1])] });
    assert.equal(r.status, 'failed');
    assert.match(r.reason!, /output 'd2' holds NaN or infinite values/);
    assert.equal(r.outputs[0]!.finite, false);
    assert.equal((await runSmoke(two, artifact, sameNames(artifact), { engine: cpu })).status, 'passed');
  });

  test('variables no assignment covers start from seeded values: same seed, same outputs', async () => {
    const artifact = memoryArtifact({ d2: weights().d2! });
    const run = (initSeed: number) => runSmoke(two, artifact, sameNames(artifact), { engine: cpu, input: [f32([3, 2], x.flat())], expected: [f32([3, 2], want.flat())], initSeed });
    const [a, b, c] = [await run(3), await run(3), await run(4)];
    assert.equal(a.status, 'failed');
    assert.equal(a.outputs[0]!.maxAbsDiff, b.outputs[0]!.maxAbsDiff);
    assert.notEqual(a.outputs[0]!.maxAbsDiff, c.outputs[0]!.maxAbsDiff);
    assert.ok(a.notes.some((n) => /2 variables received no value from the file and keep seeded initial values: d1\/kernel, d1\/bias/.test(n)), a.notes.join('\n'));
  });

  test('given inputs that do not fit the model fail with a clear reason', async () => {
    const artifact = memoryArtifact(weights());
    const named = new Map([['wrong_name', f32([1, 2], [0, 0])]]);
    const twoArrays = new Map([['a', f32([1, 2], [0, 0])], ['b', f32([1, 2], [0, 0])]]);
    assert.match((await runSmoke(two, artifact, sameNames(artifact), { engine: cpu, input: twoArrays })).reason!, /has no input named 'd1_input' \(it holds 'a', 'b'\)/);
    assert.equal((await runSmoke(two, artifact, sameNames(artifact), { engine: cpu, input: named })).status, 'passed', 'one array for one input is taken whatever its key');
    assert.match((await runSmoke(two, artifact, sameNames(artifact), { engine: cpu, input: [f32([1, 3], [0, 0, 0])] })).reason!, /input 'd1_input' has shape \[1,3\] but the model declares \[null,2\]/);
    const r = await runSmoke(two, artifact, sameNames(artifact), { engine: cpu, input: [f32([1, 2], [0, 0])], expected: [f32([1, 3], [0, 0, 0])] });
    assert.match(r.reason!, /output 'd2' the expected output has shape \[1,3\], the model produced \[1,2\]/);
    assert.equal(r.outputs[0]!.maxAbsDiff, undefined);
  });

  test('a model built for a fixed batch runs larger inputs in slices of it', async () => {
    const fixed = sequential([{ class_name: 'Dense', config: { name: 'd1', units: 2, batch_input_shape: [2, 2], activation: 'linear' } }]);
    const artifact = memoryArtifact({ d1: weights().d1! });
    const xs = [...x, [1, 1]];
    const r = await runSmoke(fixed, artifact, sameNames(artifact), { engine: cpu, input: [f32([4, 2], xs.flat())], expected: [f32([4, 2], dense(xs, W1, b1).flat())] });
    assert.equal(r.status, 'passed', r.reason);
    assert.ok(r.notes.includes('the model has a fixed batch of 2: run in slices of 2'));
  });
});

describe('Keras 3 masks', () => {
  /** The masked_gru shape of graph (Embedding(mask_zero) → NotEqual op → RNN(mask=…)) with an LSTM TF.js can build. */
  function maskedModel(maskZero: boolean): DefinitionModel {
    const t = (layer: string, dtype = 'float32') => ({ class_name: '__keras_tensor__', config: { shape: [null, null], dtype, keras_history: [layer, 0, 0] } });
    const layers: Record<string, unknown>[] = [
      { module: 'keras.layers', class_name: 'InputLayer', name: 'ids', config: { name: 'ids', batch_shape: [null, null], dtype: 'int32' }, inbound_nodes: [] },
      { module: 'keras.layers', class_name: 'Embedding', name: 'emb', config: { name: 'emb', input_dim: 6, output_dim: 2, mask_zero: maskZero }, inbound_nodes: [{ args: [t('ids', 'int32')], kwargs: {} }] },
      { module: 'keras.layers', class_name: 'LSTM', name: 'rnn', config: { name: 'rnn', units: 3, recurrent_activation: 'sigmoid' }, inbound_nodes: [{ args: [t('emb')], kwargs: maskZero ? { training: false, mask: t('not_equal', 'bool') } : {} }] },
    ];
    if (maskZero) layers.splice(2, 0, { module: 'keras.src.ops.numpy', class_name: 'NotEqual', registered_name: 'NotEqual', name: 'not_equal', config: { name: 'not_equal' }, inbound_nodes: [{ args: [t('ids', 'int32'), 0], kwargs: {} }] });
    return definitionOf({ module: 'keras.src.models.functional', class_name: 'Functional', config: { name: 'masked', layers, input_layers: ['ids', 0, 0], output_layers: ['rnn', 0, 0] } }, '3.15.1');
  }
  const weights = memoryArtifact({
    emb: [{ name: 'embeddings', shape: [6, 2], data: floats(12, (i) => Math.sin(i + 1)) }],
    rnn: [
      { name: 'kernel', shape: [2, 12], data: floats(24, (i) => Math.cos(i) * 0.5) },
      { name: 'recurrent_kernel', shape: [3, 12], data: floats(36, (i) => Math.sin(i * 0.3) * 0.5) },
      { name: 'bias', shape: [12], data: floats(12, (i) => i / 12) },
    ],
  });
  const ids = (seq: number[]) => [{ dtype: 'int32' as const, shape: [1, seq.length], data: Int32Array.from(seq) }];

  /** The model's output for one sequence, straight from the engine's internals. */
  async function predict(def: DefinitionModel, seq: number[]): Promise<Float32Array> {
    const n = normalizeConfig(def.config, def.generation);
    prepareInitializers(n.config, fullyAssignedLayers(def, sameNames(weights)), 1);
    await cpu.tf.setBackend('cpu');
    const model = await buildModel(cpu.tf, n.config);
    try {
      await loadAssignments(cpu.tf, model, def, weights, sameNames(weights));
      const x = cpu.tf.tensor(Int32Array.from(seq), [1, seq.length], 'int32');
      const y = model.predict(x) as ReturnType<typeof cpu.tf.tensor>;
      const data = (await y.data()) as Float32Array;
      cpu.tf.dispose([x, y]);
      return data;
    } finally {
      model.dispose();
    }
  }

  test('the op node goes, and the Embedding mask makes padded steps keep the state, as in Keras', async () => {
    const def = maskedModel(true);
    assert.ok(def.layers.some((l) => l.isOperation && l.className === 'NotEqual'));
    const want = [{ dtype: 'float32' as const, shape: [1, 3], data: await predict(def, [3, 5]) }];
    for (const padded of [[3, 5, 0, 0], [0, 0, 3, 5]]) {
      const r = await runSmoke(def, weights, sameNames(weights), { engine: cpu, input: ids(padded), expected: want });
      assert.equal(r.status, 'passed', `${JSON.stringify(padded)}: ${r.reason}`);
      assert.ok(r.outputs[0]!.maxAbsDiff! < 1e-6);
      assert.ok(r.notes.some((note) => /mask op node 'not_equal' dropped/.test(note)));
    }
    const r = await runSmoke(maskedModel(false), weights, sameNames(weights), { engine: cpu, input: ids([3, 5, 0, 0]), expected: want });
    assert.equal(r.status, 'failed', 'without the mask the padding changes the state');
  });
});

describe('code in the model is never run', () => {
  test('a Lambda model is skipped before any layer is constructed', async () => {
    let built = 0;
    const spy: Engine = {
      ...cpu,
      tf: { ...cpu.tf, models: { ...cpu.tf.models, modelFromJSON: (...args: unknown[]) => { built++; return (cpu.tf.models.modelFromJSON as (...a: unknown[]) => never)(...args); } } },
    };
    const def = definitionOf({
      class_name: 'Functional',
      config: {
        name: 'with_lambda',
        layers: [
          { class_name: 'InputLayer', name: 'x', config: { name: 'x', batch_input_shape: [null, 3] }, inbound_nodes: [] },
          {
            class_name: 'Lambda', name: 'lam', inbound_nodes: [[['x', 0, 0, {}]]],
            config: { name: 'lam', function: ['4wEAAAAAAAAAAAAAAAEAAAACAAAAQwAAAHMIAAAAdABqAXwAgwFTACkBTikC2gJvc9oGc3lzdGVtKQHaAXipAHIEAAAA+gg8c3RyaW5nPtoIPGxhbWJkYT4BAAAA8wAAAAA=', null, null], function_type: 'lambda', output_shape: null, arguments: {} },
          },
          { class_name: 'Dense', name: 'd', inbound_nodes: [[['lam', 0, 0, {}]]], config: { name: 'd', units: 1 } },
        ],
        input_layers: [['x', 0, 0]],
        output_layers: [['d', 0, 0]],
      },
    });
    const artifact = memoryArtifact({ d: [{ name: 'kernel', shape: [3, 1], data: floats(3, () => 1) }, { name: 'bias', shape: [1], data: floats(1, () => 0) }] });
    const r = await runSmoke(def, artifact, sameNames(artifact), { engine: spy });
    assert.equal(r.status, 'skipped');
    assert.match(r.reason!, /^not executed: the model depends on Python code \(a Lambda, a custom class or function\), which weightgate never runs: Lambda 'lam' \(its config holds Python code, which is never executed\)$/);
    assert.equal(built, 0);
    assert.deepEqual(r.outputs, []);
  });
});

describe('Keras 1 weights', () => {
  test('per-gate LSTM arrays (i, c, f, o) are fused in Keras 2 gate order and reproduce a Keras 1 LSTM', async () => {
    const inDim = 2, units = 3, steps = 4;
    const def = sequential([
      { class_name: 'LSTM', config: { name: 'lstm', output_dim: units, batch_input_shape: [null, steps, inDim], activation: 'tanh', inner_activation: 'hard_sigmoid', return_sequences: false, consume_less: 'cpu' } },
    ], '1.2.2');
    let k = 0;
    const next = () => Math.sin(++k * 1.7) * 0.6;
    const gate = () => ({ W: rows(floats(inDim * units, next), units), U: rows(floats(units * units, next), units), b: Array.from(floats(units, next)) });
    const g = { i: gate(), c: gate(), f: gate(), o: gate() };
    const saved: MemoryWeight[] = (['i', 'c', 'f', 'o'] as const).flatMap((n) => [
      { name: `lstm_W_${n}`, shape: [inDim, units], data: Float32Array.from(g[n].W.flat()) },
      { name: `lstm_U_${n}`, shape: [units, units], data: Float32Array.from(g[n].U.flat()) },
      { name: `lstm_b_${n}`, shape: [units], data: Float32Array.from(g[n].b) },
    ]);
    const artifact = memoryArtifact({ lstm: saved });
    assert.deepEqual(def.layers[0]!.weights.map((w) => w.name), ['W_i', 'U_i', 'b_i', 'W_c', 'U_c', 'b_c', 'W_f', 'U_f', 'b_f', 'W_o', 'U_o', 'b_o']);

    const hardSigmoid = (v: number) => Math.min(1, Math.max(0, 0.2 * v + 0.5));
    const xs = Array.from({ length: 2 }, (_, b) => Array.from({ length: steps }, (_, t) => Array.from({ length: inDim }, (_, d) => Math.cos(b + t * 0.7 + d))));
    const expected = xs.map((seq) => {
      let h = new Array(units).fill(0);
      let c = new Array(units).fill(0);
      for (const xt of seq) {
        const pre = (p: { W: number[][]; U: number[][]; b: number[] }) => p.b.map((bj, j) => bj + xt.reduce((s, v, i) => s + v * p.W[i]![j]!, 0) + h.reduce((s, v, i) => s + v * p.U[i]![j]!, 0));
        const i = pre(g.i).map(hardSigmoid), f = pre(g.f).map(hardSigmoid), o = pre(g.o).map(hardSigmoid);
        const cand = pre(g.c).map(Math.tanh);
        c = c.map((cv, j) => f[j]! * cv + i[j]! * cand[j]!);
        h = o.map((ov, j) => ov * Math.tanh(c[j]));
      }
      return h;
    });
    const r = await runSmoke(def, artifact, sameNames(artifact), { engine: cpu, input: [f32([2, steps, inDim], xs.flat(2))], expected: [f32([2, units], expected.flat())] });
    assert.equal(r.status, 'passed', `${r.reason} ${r.notes.join(' | ')}`);
    assert.ok(r.notes.some((n) => /^'lstm': 12 per-gate arrays \(W, U, b for gates i, c, f, o\) concatenated into kernel, recurrent_kernel and bias in gate order i, f, c, o$/.test(n)), r.notes.join(' | '));
  });
});

describe('inputs and tolerances', () => {
  test('generated inputs are deterministic; Embedding inputs are valid ids', () => {
    const def = sequential([
      { class_name: 'Embedding', config: { name: 'emb', input_dim: 7, output_dim: 2, batch_input_shape: [null, null] } },
      { class_name: 'Flatten', config: { name: 'flat' } },
    ]);
    const a = generateInputs(def, { seed: 9 });
    const b = generateInputs(def, { seed: 9 });
    assert.deepEqual(a.arrays[0]!.shape, [2, 8]);
    assert.deepEqual(Array.from(a.arrays[0]!.data as Int32Array), Array.from(b.arrays[0]!.data as Int32Array));
    assert.ok(Array.from(a.arrays[0]!.data as Int32Array).every((v) => Number.isInteger(v) && v >= 0 && v < 7));
    assert.ok(new Set(a.arrays[0]!.data as Int32Array).size > 1);
    const floatsIn = generateInputs(sequential([{ class_name: 'Dense', config: { name: 'd', units: 1, batch_input_shape: [null, 5, null] } }]), { batch: 3, dimDefault: 4 });
    assert.deepEqual(floatsIn.arrays[0]!.shape, [3, 5, 4]);
    assert.ok(Array.from(floatsIn.arrays[0]!.data as Float32Array).every((v) => v >= -1 && v < 1));
    assert.match(floatsIn.note, /^inputs generated from seed 1: d_input \[3,5,4\]$/);
  });

  test('allclose semantics, and the looser bound for half-precision models', () => {
    const want = f32([2], [1, 100]);
    assert.equal(compareToExpected([1.00005, 100.05], [2], want, FLOAT32_TOLERANCE).withinTolerance, true);
    const off = compareToExpected([1, 100.2], [2], want, FLOAT32_TOLERANCE);
    assert.equal(off.withinTolerance, false);
    assert.deepEqual(off.worst?.index, [1]);
    assert.equal(compareToExpected([1, 100.2], [2], want, HALF_TOLERANCE).withinTolerance, true);
    assert.equal(compareToExpected([NaN, 100], [2], f32([2], [NaN, 100]), FLOAT32_TOLERANCE).withinTolerance, true);
    assert.equal(compareToExpected([NaN, 100], [2], want, FLOAT32_TOLERANCE).withinTolerance, false);
    assert.deepEqual(toleranceFor(true), HALF_TOLERANCE);
    assert.deepEqual(toleranceFor(false, { atol: 0.5 }), { atol: 0.5, rtol: FLOAT32_TOLERANCE.rtol, basis: 'given by the caller' });
  });
});
