// The Keras vocabulary (src/model/keras-vocabulary.ts): each rule on what real Keras writes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  KERAS_OP_CLASSES, MODEL_CLASSES, isChannelsFirst, isKerasTensor, isNestedModel, isOpNode, isQuantizedPolicy, layerEntryName,
} from '../src/model/keras-vocabulary.js';
import { isObject } from '../src/sources/json-value.js';
import { SKIP_SHARED, shared } from './helpers/shared.js';

/** The NotEqual op node of keras3-modern/masked_gru, as Keras 3.15.1 wrote it in `model.json` / the `.keras` config. */
const NOT_EQUAL_KERAS = {
  module: 'keras.src.ops.numpy', class_name: 'NotEqual', config: { name: 'not_equal' }, registered_name: 'NotEqual', name: 'not_equal',
  inbound_nodes: [{ args: [{ class_name: '__keras_tensor__', config: { shape: [null, 11], dtype: 'int32', keras_history: ['padded_ids', 0, 0] } }, 0], kwargs: {} }],
};
/** The same node in the legacy `.h5` model_config of keras3-modern/masked_gru.h5: Keras' h5 writer drops `module`. */
const NOT_EQUAL_H5 = {
  class_name: 'NotEqual', config: { name: 'not_equal' }, name: 'not_equal',
  inbound_nodes: [{ args: [{ class_name: '__keras_tensor__', config: { shape: [null, 11], dtype: 'int32', keras_history: ['padded_ids', 0, 0] } }, 0], kwargs: {} }],
};

describe('op nodes', () => {
  it('a Keras 3 op node is spotted with and without its module', () => {
    assert.equal(isOpNode(NOT_EQUAL_KERAS), true);
    assert.equal(isOpNode(NOT_EQUAL_H5), true);
  });

  it('layers are not op nodes, whatever their class name shares with an op', () => {
    const gru = { module: 'keras.layers', class_name: 'GRU', config: { name: 'g' }, name: 'g', inbound_nodes: NOT_EQUAL_H5.inbound_nodes };
    assert.equal(isOpNode(gru), false);
    // `Add` is an op class too, but a layer entry named Add without module is the Add layer.
    assert.equal(isOpNode({ class_name: 'Add', name: 'add', config: {}, inbound_nodes: NOT_EQUAL_H5.inbound_nodes }), false);
    // A Keras 2 config calls layers with lists of triples; only Keras 3 records op calls.
    assert.equal(isOpNode({ class_name: 'Cast', name: 'c', config: {}, inbound_nodes: [[['x', 0, 0, {}]]] }), false);
    assert.equal(isOpNode({ module: 'my_package.ops', class_name: 'NotEqual', inbound_nodes: NOT_EQUAL_H5.inbound_nodes }), false);
    assert.equal(isOpNode(null), false);
    assert.equal(isOpNode(['NotEqual']), false);
  });

  it('KERAS_OP_CLASSES holds both lists the walker and the engine used to keep, and no layer class', () => {
    for (const c of ['NotEqual', 'Cast', 'GetItem', 'Absolute', 'Abs', 'Square', 'Sqrt', 'Sum', 'Argmax', 'BroadcastTo']) assert.ok(KERAS_OP_CLASSES.has(c), c);
    for (const c of ['Add', 'Concatenate', 'Dense', 'Softmax', 'Maximum', 'Multiply', 'Dot']) assert.equal(KERAS_OP_CLASSES.has(c), false, c);
  });

  it('every op node of the real masked_gru config, and nothing else, is an op node', { skip: SKIP_SHARED }, () => {
    const raw: unknown = JSON.parse(readFileSync(shared('keras3-modern', 'masked_gru.model.json'), 'utf8'));
    const layers = [raw, isObject(raw) ? raw.config : undefined].flatMap((m) => (isObject(m) && isObject(m.config) && Array.isArray(m.config.layers) ? (m.config.layers as unknown[]) : []));
    assert.ok(layers.length > 3);
    assert.deepEqual(layers.filter(isOpNode).map((l) => layerEntryName(l, '?')), ['not_equal']);
  });
});

describe('Keras tensors', () => {
  it('a __keras_tensor__ with its keras_history', () => {
    const [arg] = NOT_EQUAL_KERAS.inbound_nodes[0]?.args ?? [];
    assert.equal(isKerasTensor(arg), true);
    if (isKerasTensor(arg)) assert.deepEqual(arg.config.keras_history, ['padded_ids', 0, 0]);
    assert.equal(isKerasTensor(0), false);
    assert.equal(isKerasTensor({ class_name: '__keras_tensor__', config: { keras_history: 'padded_ids' } }), false);
    assert.equal(isKerasTensor(['padded_ids', 0, 0, {}]), false);
  });
});

describe('dtype policies', () => {
  it("Keras 3's quantized policies, as written in configs and as names", () => {
    // The dtype of a Dense after `quantize('int8')` (QuantizedDTypePolicy.get_config), and Keras 3's other quantized classes.
    assert.equal(isQuantizedPolicy({ module: 'keras.dtype_policies', class_name: 'QuantizedDTypePolicy', config: { mode: 'int8', source_name: 'float32' }, registered_name: null }), true);
    for (const c of ['QuantizedFloat8DTypePolicy', 'Int4DTypePolicy', 'GPTQDTypePolicy', 'AWQDTypePolicy', 'TernaryDTypePolicy']) {
      assert.equal(isQuantizedPolicy({ class_name: c, config: {} }), true, c);
    }
    for (const n of ['int8_from_float32', 'float8_from_mixed_bfloat16', 'int4/128_from_float32', 'gptq/4/128_from_float32', 'ternary_from_float32']) {
      assert.equal(isQuantizedPolicy(n), true, n);
    }
  });

  it('float policies, policy maps and plain dtypes are not quantized', () => {
    // The dtype of every layer of keras3-corpus/mixed_float16 and a tf.keras 2 Policy.
    assert.equal(isQuantizedPolicy({ module: 'keras', class_name: 'DTypePolicy', config: { name: 'mixed_float16' }, registered_name: null }), false);
    assert.equal(isQuantizedPolicy({ class_name: 'Policy', config: { name: 'mixed_float16' } }), false);
    assert.equal(isQuantizedPolicy({ class_name: 'FloatDTypePolicy', config: { name: 'float32' } }), false);
    assert.equal(isQuantizedPolicy({ class_name: 'DTypePolicyMap', config: { default_policy: 'float32', policy_map: {} } }), false);
    for (const n of ['float32', 'mixed_float16', 'int8', 'int32', 'uint8_from_float32']) assert.equal(isQuantizedPolicy(n), false, n);
    assert.equal(isQuantizedPolicy(null), false);
    assert.equal(isQuantizedPolicy(undefined), false);
  });
});

describe('models and layer names', () => {
  it('MODEL_CLASSES and nested models', () => {
    assert.deepEqual([...MODEL_CLASSES].sort(), ['Functional', 'Model', 'Sequential']);
    assert.equal(isNestedModel('Sequential', { name: 'block', layers: [] }), true);
    // A subclass of Functional writes its own class name over the functional graph.
    assert.equal(isNestedModel('MyFunctional', { layers: [], input_layers: [['x', 0, 0]], output_layers: [['y', 0, 0]] }), true);
    assert.equal(isNestedModel('Dense', { units: 3 }), false);
    assert.equal(isNestedModel('MyLayer', { layers: [] }), false);
    assert.equal(isNestedModel('MyLayer', null), false);
  });

  it("a layer entry's name: the entry's own name, then its config's, then the fallback", () => {
    assert.equal(layerEntryName(NOT_EQUAL_H5, 'NotEqual'), 'not_equal');
    // A Keras 2 Sequential entry has only `config.name`.
    assert.equal(layerEntryName({ class_name: 'Dense', config: { name: 'dense_1', units: 3 } }, 'Dense'), 'dense_1');
    assert.equal(layerEntryName({ class_name: 'Dense', name: 'graph_name', config: { name: 'config_name' } }, 'Dense'), 'graph_name');
    assert.equal(layerEntryName({ class_name: 'Dense', config: {} }, 'Dense'), 'Dense');
    assert.equal(layerEntryName({ name: { toString: 1 } }, '?'), '{"toString":1}');
    assert.equal(layerEntryName('dense', '?'), '?');
  });
});

describe('layouts', () => {
  it('channels_first in Keras 2/3 and Keras 1 words', () => {
    assert.equal(isChannelsFirst({ data_format: 'channels_first' }), true);
    assert.equal(isChannelsFirst({ data_format: 'channels_last' }), false);
    // Keras 1.2.2's Convolution2D in dl4j-test-resources/weights/conv2d_theano_1.h5 writes dim_ordering 'tf'; Theano models 'th'.
    assert.equal(isChannelsFirst({ nb_filter: 6, dim_ordering: 'tf' }), false);
    assert.equal(isChannelsFirst({ nb_filter: 6, dim_ordering: 'th' }), true);
    assert.equal(isChannelsFirst({}), false);
    assert.equal(isChannelsFirst(undefined), false);
  });
});
