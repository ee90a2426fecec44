// The definition walker on configs beyond the corpus: nesting, unknown classes, open shapes, op nodes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefinition } from '../src/model/definition.js';

const k3 = (cls: string, config: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ module: 'keras.layers', class_name: cls, config, registered_name: null, ...extra });
const kt = (layer: string, shape: (number | null)[], node = 0) => ({ class_name: '__keras_tensor__', config: { shape, dtype: 'float32', keras_history: [layer, node, 0] } });
const call = (...tensors: unknown[]) => [{ args: tensors, kwargs: {} }];

test('a Sequential nested in a Functional: Keras 3 object paths nest, legacy order puts non-trainable last', () => {
  const inner = {
    module: 'keras', class_name: 'Sequential', registered_name: null,
    config: {
      name: 'block', layers: [
        k3('InputLayer', { batch_shape: [null, 6], name: 'block_in' }),
        k3('Dense', { name: 'd1', units: 4 }),
        k3('BatchNormalization', { name: 'bn', axis: -1 }),
        k3('Dense', { name: 'd2', units: 3 }),
      ],
    },
  };
  const model = {
    module: 'keras.src.models.functional', class_name: 'Functional', registered_name: 'Functional',
    config: {
      name: 'outer',
      layers: [
        { ...k3('InputLayer', { batch_shape: [null, 6], name: 'x' }), name: 'x', inbound_nodes: [] },
        { ...inner, name: 'block', inbound_nodes: call(kt('x', [null, 6])) },
        { ...k3('Dense', { name: 'head', units: 2 }), name: 'head', inbound_nodes: call(kt('block', [null, 3], 1)) },
      ],
      input_layers: ['x', 0, 0],
      output_layers: ['head', 0, 0],
    },
  };
  const def = buildDefinition({ source: 't', format: 't', raw: model });
  const block = def.layers.find((l) => l.name === 'block')!;
  assert.equal(block.objectPath, 'layers/sequential');
  assert.deepEqual(block.weights.map((w) => [w.path, w.shape, w.objectPath, w.index]), [
    ['d1/kernel', [6, 4], 'layers/sequential/layers/dense', 0],
    ['d1/bias', [4], 'layers/sequential/layers/dense', 1],
    ['bn/gamma', [4], 'layers/sequential/layers/batch_normalization', 0],
    ['bn/beta', [4], 'layers/sequential/layers/batch_normalization', 1],
    ['d2/kernel', [4, 3], 'layers/sequential/layers/dense_1', 0],
    ['d2/bias', [3], 'layers/sequential/layers/dense_1', 1],
    ['bn/moving_mean', [4], 'layers/sequential/layers/batch_normalization', 2],
    ['bn/moving_variance', [4], 'layers/sequential/layers/batch_normalization', 3],
  ]);
  // The outer Dense gets its input size from the nested model's output (node 1 = its first outer call).
  assert.deepEqual(def.layers.find((l) => l.name === 'head')!.weights[0]!.shape, [3, 2]);
  assert.deepEqual(def.outputs[0]!.shape, [null, 2]);
});

test('an unknown class is listed with its name and never dropped; what follows keeps what it can', () => {
  const model = {
    class_name: 'Sequential', keras_version: '2.15.0',
    config: {
      name: 's', layers: [
        { class_name: 'Dense', config: { name: 'a', units: 5, batch_input_shape: [null, 3] } },
        { class_name: 'MyFancyLayer', config: { name: 'fancy', units: 7 } },
        { class_name: 'Dense', config: { name: 'b', units: 2 } },
      ],
    },
  };
  const def = buildDefinition({ source: 't', format: 't', raw: model });
  assert.deepEqual(def.layers.map((l) => [l.name, l.status]), [['a', 'known'], ['fancy', 'unknown-class'], ['b', 'partial']]);
  assert.match(def.layers[1]!.note!, /does not know the variables of class 'MyFancyLayer'/);
  // b's input size depends on the unknown layer: the kernel is (?, 2), the bias still known.
  assert.deepEqual(def.layers[2]!.weights.map((w) => w.shape), [[null, 2], [2]]);
});

test('a Sequential without an input shape leaves dependent dims open but still lists every variable', () => {
  const model = { class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'a', units: 5 } }, { class_name: 'Dense', config: { name: 'b', units: 2 } }] } };
  const def = buildDefinition({ source: 't', format: 't', raw: model });
  assert.deepEqual(def.layers.map((l) => l.weights.map((w) => w.shape)), [[[null, 5], [5]], [[5, 2], [2]]]);
  assert.match(def.notes.join(' '), /declares no input shape/);
});

test('Keras 3 op nodes are part of the graph, not of model.layers; the GRU behind them is known', () => {
  const model = {
    module: 'keras.src.models.functional', class_name: 'Functional', registered_name: 'Functional',
    config: {
      name: 'm',
      layers: [
        { ...k3('InputLayer', { batch_shape: [null, 11], dtype: 'int32', name: 'ids' }), name: 'ids', inbound_nodes: [] },
        { ...k3('Embedding', { name: 'emb', input_dim: 30, output_dim: 4, mask_zero: true }), name: 'emb', inbound_nodes: call(kt('ids', [null, 11])) },
        { module: 'keras.src.ops.numpy', class_name: 'NotEqual', config: { name: 'not_equal' }, registered_name: 'NotEqual', name: 'not_equal', inbound_nodes: [{ args: [kt('ids', [null, 11]), 0], kwargs: {} }] },
        { ...k3('GRU', { name: 'gru', units: 5, reset_after: true }), name: 'gru', inbound_nodes: [{ args: [kt('emb', [null, 11, 4])], kwargs: { mask: kt('not_equal', [null, 11]) } }] },
      ],
      input_layers: [['ids', 0, 0]],
      output_layers: [['gru', 0, 0]],
    },
  };
  const def = buildDefinition({ source: 't', format: 't', raw: model });
  const op = def.layers.find((l) => l.name === 'not_equal')!;
  assert.ok(op.isOperation);
  assert.equal(op.objectPath, '');
  const gru = def.layers.find((l) => l.name === 'gru')!;
  assert.equal(gru.objectPath, 'layers/gru');
  assert.deepEqual(gru.weights.map((w) => [w.objectPath, w.shape]), [['layers/gru/cell', [4, 15]], ['layers/gru/cell', [5, 15]], ['layers/gru/cell', [2, 15]]]);
});

test('hostile graph shapes terminate: a cycle between two layers, a node naming a missing layer', () => {
  const model = {
    class_name: 'Functional', keras_version: '2.15.0',
    config: {
      name: 'c',
      layers: [
        { class_name: 'InputLayer', name: 'in', config: { name: 'in', batch_input_shape: [null, 3] }, inbound_nodes: [] },
        { class_name: 'Dense', name: 'a', config: { name: 'a', units: 2 }, inbound_nodes: [[['b', 0, 0, {}]]] },
        { class_name: 'Dense', name: 'b', config: { name: 'b', units: 2 }, inbound_nodes: [[['a', 0, 0, {}]]] },
        { class_name: 'Dense', name: 'z', config: { name: 'z', units: 2 }, inbound_nodes: [[['ghost', 0, 0, {}]]] },
      ],
      input_layers: [['in', 0, 0]], output_layers: [['b', 0, 0]],
    },
  };
  const def = buildDefinition({ source: 't', format: 't', raw: model });
  assert.equal(def.layers.length, 4);
  assert.match(def.notes.join('\n'), /'a' could not be connected/);
  assert.deepEqual(def.layers.find((l) => l.name === 'a')!.weights.map((w) => w.shape), [[null, 2], [2]]);
});
