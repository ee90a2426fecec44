import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  convertInboundNodes, describeBlockers, newContext, normalizeConfig, normalizeDtype, removeMaskOps, renameActivations,
  replaceInferenceIdentity, stripKeras3Keys, translateKeras1Layer, translateKeras3Arguments, wrapLayerRefs, type Json,
} from '../src/engine/normalize-config.js';
import { prepareInitializers, validateGraph } from '../src/engine/build-model.js';
import { valueAt } from '../src/sources/json-value.js';

const tensor = (layer: string, node = 0, index = 0) => ({ class_name: '__keras_tensor__', config: { shape: [null, 4], dtype: 'float32', keras_history: [layer, node, index] } });
const policy = (name: string) => ({ module: 'keras', class_name: 'DTypePolicy', config: { name }, registered_name: null });

function keras3Input(name: string, shape: number[], dtype = 'float32'): Json {
  return { module: 'keras.layers', class_name: 'InputLayer', config: { batch_shape: [null, ...shape], dtype, sparse: false, ragged: false, name, optional: false }, registered_name: null, name, inbound_nodes: [] };
}

function keras3Layer(cls: string, name: string, config: Json, args: unknown[], kwargs: Json = {}): Json {
  return {
    module: 'keras.layers', class_name: cls, config: { name, trainable: true, dtype: policy('float32'), ...config }, registered_name: null,
    build_config: { input_shape: [null, 4] }, name, inbound_nodes: [{ args, kwargs }],
  };
}

/** A Keras 3 functional model: two inputs, Concatenate, Dense with a constraint, bare-triple refs. */
function keras3Functional(): Json {
  return {
    module: 'keras.src.models.functional', class_name: 'Functional', registered_name: 'Functional', build_config: { input_shape: null }, compile_config: {},
    config: {
      name: 'f', trainable: true,
      layers: [
        keras3Input('a', [4]), keras3Input('b', [4]),
        keras3Layer('Concatenate', 'cat', { axis: -1 }, [[tensor('a'), tensor('b')]]),
        keras3Layer('Dense', 'out', { units: 2, activation: 'silu', kernel_constraint: { class_name: 'NonNeg', config: {} }, kernel_regularizer: { class_name: 'L2', config: { l2: 0.1 } } }, [tensor('cat')], { training: false, mask: null }),
      ],
      input_layers: [['a', 0, 0], ['b', 0, 0]],
      output_layers: ['out', 0, 0],
    },
  };
}

describe('Keras 3 config normalisation', () => {
  test('a functional model comes out in the layout tfjs reads', () => {
    const n = normalizeConfig(keras3Functional(), 3);
    assert.deepEqual(n.blockers, []);
    const cfg = n.config.config;
    const at = (...path: (string | number)[]) => valueAt(cfg, ...path);
    assert.equal(n.config.module, undefined);
    assert.equal(n.config.registered_name, undefined);
    assert.equal(n.config.build_config, undefined);
    assert.equal(n.config.compile_config, undefined);
    assert.deepEqual(at('layers', 0, 'config'), { batch_input_shape: [null, 4], dtype: 'float32', name: 'a' });
    assert.deepEqual(at('layers', 2, 'inbound_nodes'), [[['a', 0, 0, {}], ['b', 0, 0, {}]]], 'list args flattened, every tensor in order');
    assert.deepEqual(at('layers', 3, 'inbound_nodes'), [[['cat', 0, 0, { training: false }]]], 'null mask dropped, other kwargs kept');
    assert.equal(at('layers', 3, 'config', 'dtype'), 'float32');
    assert.equal(at('layers', 3, 'config', 'activation'), 'swish');
    assert.equal('kernel_constraint' in (at('layers', 3, 'config') as object), false);
    assert.equal('kernel_regularizer' in (at('layers', 3, 'config') as object), false);
    assert.deepEqual(cfg.output_layers, [['out', 0, 0]]);
    assert.deepEqual(validateGraph(n.config), []);
    assert.ok(n.notes.some((s) => /constraints were dropped/.test(s)));
  });

  test('each step on its own', () => {
    const ctx = newContext(3);
    const c: Json = { dtype: policy('mixed_float16') };
    normalizeDtype(c, {}, ctx);
    assert.equal(c.dtype, 'float32');
    assert.equal(ctx.halfPrecision, true);
    const q: Json = { dtype: { class_name: 'QuantizedDTypePolicy', config: { name: 'int8_from_float32' } } };
    normalizeDtype(q, { class_name: 'Dense', name: 'qd' }, ctx);
    assert.match(describeBlockers(ctx.blockers), /Dense 'qd' \(quantized dtype policy/);

    assert.deepEqual(wrapLayerRefs(['x', 0, 0]), [['x', 0, 0]]);
    assert.deepEqual(wrapLayerRefs([['x', 0, 0], ['y', 0, 0]]), [['x', 0, 0], ['y', 0, 0]]);
    assert.deepEqual(wrapLayerRefs({ first: ['x', 0, 0], second: ['y', 0, 0] }), [['x', 0, 0], ['y', 0, 0]]);

    const acts = newContext(3);
    const a: Json = { activation: { module: 'keras.activations', class_name: 'function', config: 'relu' }, recurrent_activation: 'hard_sigmoid' };
    renameActivations(a, { class_name: 'LSTM', name: 'l' }, acts);
    assert.equal(a.activation, 'relu');
    assert.match(acts.blockers[0]!.why, /relu6\(x\+3\)\/6 in Keras 3/);
    const custom = newContext(2);
    renameActivations({ activation: { class_name: 'function', config: 'my_act', module: '__main__' } }, { class_name: 'Dense', name: 'd' }, custom);
    assert.equal(custom.blockers[0]!.code, true);
    const leaky = newContext(3);
    renameActivations({ activation: 'leaky_relu' }, { class_name: 'Dense', name: 'd' }, leaky);
    assert.match(leaky.blockers[0]!.why, /'leaky_relu' is not a TF.js activation/);

    const args = newContext(3);
    const lr: Json = { class_name: 'LeakyReLU', config: { negative_slope: 0.2 } };
    translateKeras3Arguments(lr, args);
    assert.deepEqual(lr.config, { alpha: 0.2 });
    const gru: Json = { class_name: 'GRU', name: 'g', config: { reset_after: true } };
    translateKeras3Arguments(gru, args);
    const conv: Json = { class_name: 'Conv2D', name: 'c', config: { groups: 2 } };
    translateKeras3Arguments(conv, args);
    // reset_after=True runs on weightgate's own GRU (src/engine/layers/gru.ts).
    assert.deepEqual(args.blockers.map((b) => b.layer), ['c']);

    const nested: Json = { module: 'keras', registered_name: null, config: { kernel_initializer: { module: 'keras.initializers', class_name: 'Zeros', config: {}, registered_name: null } } };
    stripKeras3Keys(nested);
    assert.deepEqual(nested, { config: { kernel_initializer: { class_name: 'Zeros', config: {} } } });

    const sd: Json = { class_name: 'SpatialDropout2D', config: { name: 'sd', rate: 0.5, trainable: true } };
    replaceInferenceIdentity(sd, newContext(2));
    assert.deepEqual(sd, { class_name: 'Activation', config: { name: 'sd', trainable: true, activation: 'linear' } });
  });

  test('tensors passed as keyword arguments cannot be expressed and say so', () => {
    const ctx = newContext(3);
    const mha: Json = { class_name: 'MultiHeadAttention', name: 'attn', inbound_nodes: [{ args: [tensor('x')], kwargs: { value: tensor('y'), attention_mask: tensor('m') } }] };
    convertInboundNodes(mha, new Map(), ctx);
    assert.match(ctx.blockers[0]!.why, /tensor keyword argument 'attention_mask'/);
    // value= by keyword takes its positional place, as Keras binds it.
    assert.equal(ctx.blockers.length, 1);
    assert.deepEqual([0, 1].map((i) => valueAt(mha, 'inbound_nodes', 0, i, 0)), ['x', 'y']);
    assert.equal(valueAt(mha, 'inbound_nodes', 0, 2), undefined);
  });

  test('a Keras 3 padding-mask op node is removed when an Embedding(mask_zero) computes the same mask', () => {
    const layers: Json[] = [
      keras3Input('ids', [5], 'int32'),
      keras3Layer('Embedding', 'emb', { input_dim: 10, output_dim: 3, mask_zero: true }, [tensor('ids')]),
      { module: 'keras.src.ops.numpy', class_name: 'NotEqual', config: { name: 'not_equal' }, registered_name: 'NotEqual', name: 'not_equal', inbound_nodes: [{ args: [tensor('ids'), 0], kwargs: {} }] },
      keras3Layer('LSTM', 'rnn', { units: 2 }, [tensor('emb')], { training: false, mask: tensor('not_equal') }),
    ];
    const ctx = newContext(3);
    const cfg: Json = { layers };
    removeMaskOps(cfg, ctx);
    assert.deepEqual(ctx.blockers, []);
    assert.deepEqual((valueAt(cfg, 'layers') as unknown[]).map((l) => valueAt(l, 'name')), ['ids', 'emb', 'rnn']);
    assert.deepEqual(valueAt(cfg, 'layers', 2, 'inbound_nodes', 0, 'kwargs'), { training: false });

    const noEmbedding = newContext(3);
    removeMaskOps({ layers: [layers[0], { ...layers[2] }, layers[3]] }, noEmbedding);
    assert.match(noEmbedding.blockers[0]!.why, /feed no Embedding\(mask_zero=True\)/);

    const otherOp = newContext(3);
    removeMaskOps({ layers: [{ module: 'keras.src.ops.numpy', class_name: 'Add', name: 'add', inbound_nodes: [] }] }, otherOp);
    assert.match(otherOp.blockers[0]!.why, /Keras op node from keras\.src\.ops\.numpy; TF.js has no such layer/);
  });

  test('a Sequential without an InputLayer takes its shape from the recorded build shape', () => {
    const n = normalizeConfig({
      module: 'keras', class_name: 'Sequential',
      config: { name: 's', layers: [keras3Layer('Dense', 'd', { units: 2 }, [])].map(({ inbound_nodes: _, ...l }) => l), build_input_shape: [null, 7] },
    }, 3);
    assert.deepEqual(valueAt(n.config, 'config', 'layers', 0, 'config', 'batch_input_shape'), [null, 7]);
    const none = normalizeConfig({ class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'd', units: 2 } }] } }, 2);
    assert.match(describeBlockers(none.blockers), /declares no input shape/);
  });

  test('Lambda, custom classes and unknown classes are all named at once', () => {
    const n = normalizeConfig({
      class_name: 'Sequential',
      config: {
        name: 's', layers: [
          { class_name: 'Dense', config: { name: 'd', units: 2, batch_input_shape: [null, 3] } },
          { class_name: 'Lambda', config: { name: 'lam', function: ['4wEAAAAAAAAA', null, null], function_type: 'lambda' } },
          { class_name: 'MyBlock', module: 'my_project.layers', registered_name: 'Custom>MyBlock', config: { name: 'mine' } },
          { class_name: 'UnitNormalization', module: 'keras.layers', config: { name: 'unit' } },
        ],
      },
    }, 3);
    assert.deepEqual(n.blockers.map((b) => [b.layer, !!b.code]), [['lam', true], ['mine', true], ['unit', false]]);
    const text = describeBlockers(n.blockers);
    assert.match(text, /^not executed: the model depends on Python code \(a Lambda, a custom class or function\), which weightgate never runs: /);
    assert.match(text, /Lambda 'lam'.*MyBlock 'mine'.*UnitNormalization 'unit' \(no TF.js 4.22 layer/);
  });

  test('a Bidirectional backward_layer that mirrors the forward one is dropped, a different one blocks', () => {
    const lstm = (name: string, back: boolean, units = 3) => ({ module: 'keras.layers', class_name: 'LSTM', config: { name, units, go_backwards: back, return_sequences: true } });
    const bidi = (back: Json) => normalizeConfig({
      class_name: 'Sequential',
      config: { name: 's', layers: [keras3Input('x', [5, 2]), { class_name: 'Bidirectional', config: { name: 'bi', layer: lstm('fwd', false), backward_layer: back } }] },
    }, 3);
    const same = bidi(lstm('bwd', true));
    assert.deepEqual(same.blockers, []);
    assert.equal('backward_layer' in (valueAt(same.config, 'config', 'layers', 1, 'config') as object), false);
    assert.match(describeBlockers(bidi(lstm('bwd', true, 4)).blockers), /backward_layer configured differently/);
  });
});

describe('Keras 1 translation', () => {
  test('classes and keys become Keras 2 ones', () => {
    const ctx = newContext(1);
    const conv: Json = { class_name: 'Convolution2D', config: { name: 'c', nb_filter: 8, nb_row: 3, nb_col: 5, border_mode: 'same', subsample: [2, 2], dim_ordering: 'th', init: 'glorot_uniform', bias: true, W_regularizer: null } };
    translateKeras1Layer(conv, ctx);
    assert.equal(conv.class_name, 'Conv2D');
    assert.deepEqual(conv.config, { name: 'c', filters: 8, kernel_size: [3, 5], padding: 'same', strides: [2, 2], data_format: 'channels_first', kernel_initializer: 'glorot_uniform', use_bias: true, W_regularizer: null });
    const lstm: Json = { class_name: 'LSTM', config: { name: 'l', output_dim: 4, inner_activation: 'hard_sigmoid', inner_init: 'orthogonal', forget_bias_init: 'one', dropout_W: 0.2, dropout_U: 0.1, consume_less: 'cpu', input_dim: 3, input_length: null } };
    translateKeras1Layer(lstm, ctx);
    assert.deepEqual(lstm.config, { name: 'l', units: 4, recurrent_activation: 'hard_sigmoid', recurrent_initializer: 'orthogonal', unit_forget_bias: true, dropout: 0.2, recurrent_dropout: 0.1 });
    const emb: Json = { class_name: 'Embedding', config: { name: 'e', input_dim: 100, output_dim: 8, init: 'uniform' } };
    translateKeras1Layer(emb, ctx);
    assert.deepEqual(emb.config, { name: 'e', input_dim: 100, output_dim: 8, embeddings_initializer: 'uniform' });
    const merge: Json = { class_name: 'Merge', config: { name: 'm', mode: 'concat' } };
    translateKeras1Layer(merge, ctx);
    assert.match(ctx.blockers[0]!.why, /Keras 1 Merge layer has no TF.js class/);
  });

  test('a Keras 1 Sequential (bare layer list, input_dim) builds its input shape', () => {
    const n = normalizeConfig({
      class_name: 'Sequential', keras_version: '1.2.2',
      config: [
        { class_name: 'Dense', config: { name: 'd1', output_dim: 5, input_dim: 3, init: 'glorot_uniform', activation: 'relu' } },
        { class_name: 'Dense', config: { name: 'd2', output_dim: 2, input_dim: 5, init: 'glorot_uniform', activation: 'linear' } },
      ],
    }, 1);
    assert.deepEqual(n.blockers, []);
    const layer = (i: number, key: string) => valueAt(n.config, 'config', 'layers', i, 'config', key);
    assert.deepEqual(layer(0, 'batch_input_shape'), [null, 3]);
    assert.equal(layer(1, 'batch_input_shape'), undefined);
    assert.equal(layer(1, 'units'), 2);
  });
});

describe('graph validation before modelFromJSON', () => {
  const model = (layers: Json[], inputs: unknown = [['x', 0, 0]], outputs: unknown = [['d', 0, 0]]) => ({
    class_name: 'Functional', config: { name: 'm', layers, input_layers: inputs, output_layers: outputs },
  });
  const input = { class_name: 'InputLayer', name: 'x', config: { name: 'x', batch_input_shape: [null, 2] }, inbound_nodes: [] };

  test('an unflattened multi-input node (tfjs would loop forever) is caught', () => {
    const p = validateGraph(model([input, { class_name: 'Dense', name: 'd', config: { name: 'd', units: 1 }, inbound_nodes: [[[['x', 0, 0, {}], ['x', 0, 0, {}]]]] }]));
    assert.match(p.join('\n'), /input 0 of call #0 of 'd' is not a \[layer, node, tensor\] reference/);
  });

  test('references to missing layers or calls, missing refs and cycles are caught', () => {
    const missing = validateGraph(model([input, { class_name: 'Dense', name: 'd', config: { name: 'd' }, inbound_nodes: [[['nope', 0, 0, {}]]] }]));
    assert.match(missing.join('\n'), /refers to layer 'nope'/);
    const call = validateGraph(model([input, { class_name: 'Dense', name: 'd', config: { name: 'd' }, inbound_nodes: [[['x', 1, 0, {}]]] }]));
    assert.match(call.join('\n'), /call #1 of 'x', which is called only 1 time/);
    const cycle = validateGraph(model([
      input,
      { class_name: 'Dense', name: 'd', config: { name: 'd' }, inbound_nodes: [[['e', 0, 0, {}]]] },
      { class_name: 'Dense', name: 'e', config: { name: 'e' }, inbound_nodes: [[['d', 0, 0, {}]]] },
    ]));
    assert.match(cycle.join('\n'), /form a cycle \(d#0 → e#0 → d#0\)/);
    assert.match(validateGraph(model([input], [])).join('\n'), /input_layers is missing or empty/);
  });

  test('a nested model counts its own first node, as tfjs does', () => {
    const inner = { class_name: 'Functional', name: 'inner', config: { name: 'inner', layers: [], input_layers: [], output_layers: [] }, inbound_nodes: [[['x', 0, 0, {}]]] };
    const ok = validateGraph(model([input, inner, { class_name: 'Dense', name: 'd', config: { name: 'd' }, inbound_nodes: [[['inner', 1, 0, {}]]] }]));
    assert.ok(!ok.some((p) => /call #1 of 'inner'/.test(p)), ok.join('\n'));
  });
});

describe('initial values', () => {
  test('fully assigned layers get storage without values, the others get distinct seeds', () => {
    const cfg: Json = {
      class_name: 'Sequential',
      config: {
        layers: [
          { class_name: 'Dense', config: { name: 'a', kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } }, bias_initializer: { class_name: 'Zeros', config: {} } } },
          { class_name: 'LSTM', config: { name: 'b', kernel_initializer: 'glorot_uniform', recurrent_initializer: { class_name: 'Orthogonal', config: { gain: 1 } } } },
        ],
      },
    };
    prepareInitializers(cfg, new Set(['a']), 5);
    const a = (...path: string[]) => valueAt(cfg, 'config', 'layers', 0, 'config', ...path);
    const b = (...path: string[]) => valueAt(cfg, 'config', 'layers', 1, 'config', ...path);
    assert.deepEqual(a('kernel_initializer'), { class_name: 'WeightgateUnset', config: {} });
    assert.deepEqual(a('bias_initializer'), { class_name: 'WeightgateUnset', config: {} });
    assert.equal(b('kernel_initializer', 'class_name'), 'GlorotUniform');
    assert.equal(b('recurrent_initializer', 'class_name'), 'GlorotUniform', 'Orthogonal needs chained ops tfjs-core alone lacks');
    assert.equal(typeof b('kernel_initializer', 'config', 'seed'), 'number');
    assert.notEqual(b('kernel_initializer', 'config', 'seed'), b('recurrent_initializer', 'config', 'seed'));
  });
});
