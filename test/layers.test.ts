// Layer catalogue: variables (name, shape, order, trainable, owner, scope) and output shapes.
// Expected values come from the Keras-written corpora (../shared/keras3-corpus, keras3-modern
// manifests and files) and real Keras 1/2 files (../shared/real-models); each test says which.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  LayerConfigError, WEIGHTLESS_CLASSES, lookupLayer, quantizationMode, snakeCase, tryOutputShapes,
} from '../src/model/layers/catalogue.js';
import { UnresolvedShape, type Config, type LayerCall, type VariableSpec } from '../src/model/layers/spec.js';
import type { KerasGeneration, Shape } from '../src/model/types.js';

interface CallOpts {
  gen?: KerasGeneration;
  tfjs?: boolean;
  name?: string;
  kw?: Record<string, Shape>;
}

function makeCall(className: string, config: Config, inputs: Shape[], o: CallOpts = {}): LayerCall {
  return {
    className,
    name: o.name ?? (typeof config.name === 'string' ? config.name : className.toLowerCase()),
    config,
    generation: o.gen ?? 3,
    ...(o.tfjs ? { tfjs: true } : {}),
    variableDtype: 'float32',
    inputShapes: inputs,
    kwargShapes: o.kw ?? {},
  };
}

function spec(className: string, gen: KerasGeneration = 3) {
  const s = lookupLayer(className, gen);
  assert.ok(s, `${className} (Keras ${gen}) is in the catalogue`);
  return s;
}

function vars(className: string, config: Config, inputs: Shape[], o: CallOpts = {}): VariableSpec[] {
  return spec(className, o.gen ?? 3).variables(makeCall(className, config, inputs, o));
}

function outs(className: string, config: Config, inputs: Shape[], o: CallOpts = {}): Shape[] {
  return spec(className, o.gen ?? 3).outputShapes(makeCall(className, config, inputs, o));
}

/** [name, shape] pairs, the most common assertion. */
function shapes(vs: VariableSpec[]): [string, Shape][] {
  return vs.map((v) => [v.name, v.shape]);
}

describe('Dense, EinsumDense, Embedding', () => {
  it('mnist_cnn: conv1 -> pool1 -> flatten gives dense kernel [5408, 10]', () => {
    const conv = { filters: 32, kernel_size: [3, 3], strides: [1, 1], padding: 'valid', data_format: 'channels_last', dilation_rate: [1, 1], use_bias: true };
    assert.deepEqual(shapes(vars('Conv2D', conv, [[null, 28, 28, 1]])), [['kernel', [3, 3, 1, 32]], ['bias', [32]]]);
    const c1 = outs('Conv2D', conv, [[null, 28, 28, 1]]);
    assert.deepEqual(c1, [[null, 26, 26, 32]]);
    const p1 = outs('MaxPooling2D', { pool_size: [2, 2], strides: [2, 2], padding: 'valid', data_format: 'channels_last' }, c1);
    assert.deepEqual(p1, [[null, 13, 13, 32]]);
    const f = outs('Flatten', { data_format: 'channels_last' }, p1);
    assert.deepEqual(f, [[null, 5408]]);
    assert.deepEqual(shapes(vars('Dense', { units: 10, use_bias: true }, f)), [['kernel', [5408, 10]], ['bias', [10]]]);
    assert.deepEqual(outs('Dense', { units: 10 }, f), [[null, 10]]);
  });

  it('Dense without bias, on rank-3 input, and with an open input dim', () => {
    assert.deepEqual(shapes(vars('Dense', { units: 16, use_bias: false }, [[null, 6, 8]])), [['kernel', [8, 16]]]);
    assert.deepEqual(outs('Dense', { units: 16 }, [[null, 6, 8]]), [[null, 6, 16]]);
    assert.throws(() => vars('Dense', { units: 4 }, [[null, null]]), UnresolvedShape);
    assert.deepEqual(outs('Dense', { units: 4 }, [[null, null]]), [[null, 4]]);
    assert.throws(() => vars('Dense', { units: 4 }, []), UnresolvedShape);
  });

  it('variables are trainable, owned by the layer itself, unscoped', () => {
    const [k] = vars('Dense', { units: 3 }, [[null, 2]]);
    assert.equal(k!.trainable, true);
    assert.equal(k!.owner, '');
    assert.equal(k!.scope, '');
    assert.equal(k!.dtype, undefined);
  });

  it('EinsumDense parses equation, output_shape and bias_axes', () => {
    assert.deepEqual(
      shapes(vars('EinsumDense', { equation: 'ab,bc->ac', output_shape: 64, bias_axes: 'c' }, [[null, 32]])),
      [['kernel', [32, 64]], ['bias', [64]]],
    );
    const c = { equation: 'abc,cd->abd', output_shape: [null, 64], bias_axes: null };
    assert.deepEqual(shapes(vars('EinsumDense', c, [[null, 10, 32]])), [['kernel', [32, 64]]]);
    assert.deepEqual(outs('EinsumDense', c, [[null, 10, 32]]), [[null, 10, 64]]);
    // MHA-style projection: bias over the two output axes.
    const q = { equation: 'abc,cde->abde', output_shape: [null, 2, 4], bias_axes: 'de' };
    assert.deepEqual(shapes(vars('EinsumDense', q, [[null, 6, 8]])), [['kernel', [8, 2, 4]], ['bias', [2, 4]]]);
    assert.deepEqual(outs('EinsumDense', q, [[null, 6, 8]]), [[null, 6, 2, 4]]);
    // Ellipses on the left keep the leading input dims.
    const e = { equation: '...b,bc->...c', output_shape: 5, bias_axes: 'c' };
    assert.deepEqual(shapes(vars('EinsumDense', e, [[null, 3, 7, 4]])), [['kernel', [4, 5]], ['bias', [5]]]);
    assert.deepEqual(outs('EinsumDense', e, [[null, 3, 7, 4]]), [[null, 3, 7, 5]]);
    // Bias on an inner axis broadcasts over the later ones.
    const inner = { equation: 'abc,cd->abd', output_shape: [7, 64], bias_axes: 'b' };
    assert.deepEqual(shapes(vars('EinsumDense', inner, [[null, 7, 32]])), [['kernel', [32, 64]], ['bias', [7, 1]]]);
    assert.throws(() => vars('EinsumDense', { equation: 'ab->b', output_shape: 3 }, [[null, 2]]), LayerConfigError);
  });

  it('Embedding: embeddings (input_dim, output_dim); embedding_lstm embed [100, 8]', () => {
    assert.deepEqual(shapes(vars('Embedding', { input_dim: 100, output_dim: 8 }, [[null, 12]])), [['embeddings', [100, 8]]]);
    assert.deepEqual(outs('Embedding', { input_dim: 100, output_dim: 8 }, [[null, 12]]), [[null, 12, 8]]);
    // bidir_lstm_tagger word_embed: Embedding(50, 6) on 8 token ids
    assert.deepEqual(outs('Embedding', { input_dim: 50, output_dim: 6 }, [[null, 8]]), [[null, 8, 6]]);
    assert.deepEqual(
      shapes(vars('ReversibleEmbedding', { input_dim: 50, output_dim: 6, tie_weights: false }, [[null, 8]])),
      [['embeddings', [50, 6]], ['reverse_embeddings', [6, 50]]],
    );
  });

  it('InputLayer reports its declared shape', () => {
    assert.deepEqual(outs('InputLayer', { batch_shape: [null, 16, 16, 3] }, []), [[null, 16, 16, 3]]);
    assert.deepEqual(outs('InputLayer', { batch_input_shape: [null, 7, 5] }, [], { gen: 2 }), [[null, 7, 5]]);
    assert.deepEqual(vars('InputLayer', { batch_shape: [null, 3] }, []), []);
  });
});

describe('convolutions', () => {
  const base = { strides: 1, padding: 'valid', data_format: 'channels_last', dilation_rate: 1, use_bias: true };

  it('conv_variety: SeparableConv2D, DepthwiseConv2D, Conv2DTranspose (Keras 3 manifest)', () => {
    const sep = { filters: 8, kernel_size: [3, 3], strides: [1, 1], padding: 'same', data_format: 'channels_last', dilation_rate: [1, 1], depth_multiplier: 1, use_bias: true };
    assert.deepEqual(shapes(vars('SeparableConv2D', sep, [[null, 16, 16, 3]])),
      [['depthwise_kernel', [3, 3, 3, 1]], ['pointwise_kernel', [1, 1, 3, 8]], ['bias', [8]]]);
    assert.deepEqual(outs('SeparableConv2D', sep, [[null, 16, 16, 3]]), [[null, 16, 16, 8]]);

    const dw = { kernel_size: [3, 3], strides: [1, 1], padding: 'valid', data_format: 'channels_last', dilation_rate: [1, 1], depth_multiplier: 2, use_bias: true };
    assert.deepEqual(shapes(vars('DepthwiseConv2D', dw, [[null, 16, 16, 8]])), [['kernel', [3, 3, 8, 2]], ['bias', [16]]]);
    assert.deepEqual(outs('DepthwiseConv2D', dw, [[null, 16, 16, 8]]), [[null, 14, 14, 16]]);

    const deconv = { filters: 4, kernel_size: [3, 3], strides: [2, 2], padding: 'same', output_padding: null, data_format: 'channels_last', dilation_rate: [1, 1], use_bias: true };
    assert.deepEqual(shapes(vars('Conv2DTranspose', deconv, [[null, 14, 14, 16]])), [['kernel', [3, 3, 4, 16]], ['bias', [4]]]);
    assert.deepEqual(outs('Conv2DTranspose', deconv, [[null, 14, 14, 16]]), [[null, 28, 28, 4]]);
  });

  it('tf-keras names the depthwise kernel depthwise_kernel (mlcommons str_ww_ref_model, Keras 2.14)', () => {
    const dw = { kernel_size: [3, 1], strides: [1, 1], padding: 'same', depth_multiplier: 1, data_format: 'channels_last', dilation_rate: [1, 1], use_bias: true };
    assert.deepEqual(shapes(vars('DepthwiseConv2D', dw, [[null, 25, 5, 64]], { gen: 2 })),
      [['depthwise_kernel', [3, 1, 64, 1]], ['bias', [64]]]);
  });

  it("output length arithmetic: 'valid', 'same', strides, dilation", () => {
    const o = (cfg: Config, input: Shape) => outs('Conv2D', { ...base, filters: 5, kernel_size: 3, ...cfg }, [input])[0];
    assert.deepEqual(o({ strides: 2 }, [null, 28, 28, 1]), [null, 13, 13, 5]);
    assert.deepEqual(o({ strides: 2, padding: 'same' }, [null, 28, 27, 1]), [null, 14, 14, 5]);
    assert.deepEqual(o({ dilation_rate: 2 }, [null, 28, 28, 1]), [null, 24, 24, 5]);
    assert.deepEqual(o({ kernel_size: [5, 1], strides: [3, 1] }, [null, 20, 9, 1]), [null, 6, 9, 5]);
    assert.deepEqual(o({}, [4, null, 10, 1]), [4, null, 8, 5]);
  });

  it('channels_first: channel axis 1, kernel layout unchanged', () => {
    const cfg = { ...base, filters: 16, kernel_size: [3, 3], data_format: 'channels_first' };
    assert.deepEqual(shapes(vars('Conv2D', cfg, [[null, 3, 32, 32]])), [['kernel', [3, 3, 3, 16]], ['bias', [16]]]);
    assert.deepEqual(outs('Conv2D', cfg, [[null, 3, 32, 32]]), [[null, 16, 30, 30]]);
    const pool = { pool_size: [2, 2], strides: null, padding: 'valid', data_format: 'channels_first' };
    assert.deepEqual(outs('MaxPooling2D', pool, [[null, 16, 30, 30]]), [[null, 16, 15, 15]]);
  });

  it("Conv1D 'causal' keeps the length; groups divide the input channels; Conv3D", () => {
    const c1 = { ...base, filters: 6, kernel_size: [3], dilation_rate: [2], padding: 'causal' };
    assert.deepEqual(shapes(vars('Conv1D', c1, [[null, 100, 4]])), [['kernel', [3, 4, 6]], ['bias', [6]]]);
    assert.deepEqual(outs('Conv1D', c1, [[null, 100, 4]]), [[null, 100, 6]]);
    const g = { ...base, filters: 8, kernel_size: 3, groups: 2, use_bias: false };
    assert.deepEqual(shapes(vars('Conv2D', g, [[null, 9, 9, 4]])), [['kernel', [3, 3, 2, 8]]]);
    assert.throws(() => vars('Conv2D', { ...g, groups: 3 }, [[null, 9, 9, 4]]), LayerConfigError);
    const c3 = { ...base, filters: 2, kernel_size: [3, 3, 3], strides: [1, 2, 2] };
    assert.deepEqual(shapes(vars('Conv3D', c3, [[null, 8, 9, 9, 3]])), [['kernel', [3, 3, 3, 3, 2]], ['bias', [2]]]);
    assert.deepEqual(outs('Conv3D', c3, [[null, 8, 9, 9, 3]]), [[null, 6, 4, 4, 2]]);
    assert.throws(() => vars('Conv2D', g, [[null, 9, 9, null]]), UnresolvedShape);
  });

  it('transposed convs: valid, output_padding, 1D and 3D', () => {
    const t = { ...base, filters: 3, kernel_size: 3, strides: 2, output_padding: null };
    assert.deepEqual(outs('Conv2DTranspose', t, [[null, 14, 14, 8]]), [[null, 29, 29, 3]]);
    assert.deepEqual(outs('Conv2DTranspose', { ...t, padding: 'same', output_padding: 1 }, [[null, 14, 14, 8]]), [[null, 28, 28, 3]]);
    assert.deepEqual(shapes(vars('Conv1DTranspose', { ...t, kernel_size: [5] }, [[null, 10, 8]])), [['kernel', [5, 3, 8]], ['bias', [3]]]);
    assert.deepEqual(outs('Conv1DTranspose', { ...t, kernel_size: [5] }, [[null, 10, 8]]), [[null, 23, 3]]);
    assert.deepEqual(shapes(vars('Conv3DTranspose', t, [[null, 2, 2, 2, 4]])), [['kernel', [3, 3, 3, 3, 4]], ['bias', [3]]]);
    assert.deepEqual(outs('Conv2DTranspose', { ...t, data_format: 'channels_first' }, [[null, 8, 5, 6]]), [[null, 3, 11, 13]]);
  });

  it('SeparableConv1D and DepthwiseConv1D', () => {
    const s = { ...base, filters: 4, kernel_size: 5, depth_multiplier: 2 };
    assert.deepEqual(shapes(vars('SeparableConv1D', s, [[null, 20, 3]])),
      [['depthwise_kernel', [5, 3, 2]], ['pointwise_kernel', [1, 6, 4]], ['bias', [4]]]);
    assert.deepEqual(outs('SeparableConv1D', s, [[null, 20, 3]]), [[null, 16, 4]]);
    const d = { ...base, kernel_size: 3, depth_multiplier: 3, use_bias: false };
    assert.deepEqual(shapes(vars('DepthwiseConv1D', d, [[null, 20, 2]])), [['kernel', [3, 2, 3]]]);
    assert.deepEqual(outs('DepthwiseConv1D', d, [[null, 20, 2]]), [[null, 18, 6]]);
  });
});

describe('pooling and reshaping', () => {
  it('pooling strides default to the pool size; padding; 1D and 3D', () => {
    assert.deepEqual(outs('MaxPooling2D', { pool_size: [3, 3], strides: [2, 2], padding: 'valid' }, [[null, 28, 28, 4]]), [[null, 13, 13, 4]]);
    assert.deepEqual(outs('MaxPooling2D', { pool_size: [3, 3], strides: [2, 2], padding: 'same' }, [[null, 28, 28, 4]]), [[null, 14, 14, 4]]);
    assert.deepEqual(outs('AveragePooling1D', { pool_size: 4, strides: null, padding: 'valid' }, [[null, 17, 2]]), [[null, 4, 2]]);
    assert.deepEqual(outs('MaxPooling3D', { pool_size: [2, 2, 2] }, [[null, 4, 5, 6, 1]]), [[null, 2, 2, 3, 1]]);
    assert.deepEqual(vars('MaxPooling2D', { pool_size: 2 }, [[null, 4, 4, 1]]), []);
  });

  it('global pooling with and without keepdims', () => {
    assert.deepEqual(outs('GlobalAveragePooling2D', { data_format: 'channels_last', keepdims: false }, [[null, 28, 28, 4]]), [[null, 4]]);
    assert.deepEqual(outs('GlobalAveragePooling1D', { keepdims: false }, [[null, 6, 8]]), [[null, 8]]);
    assert.deepEqual(outs('GlobalMaxPooling2D', { keepdims: true }, [[null, 7, 7, 3]]), [[null, 1, 1, 3]]);
    assert.deepEqual(outs('GlobalMaxPooling3D', { data_format: 'channels_first', keepdims: true }, [[null, 3, 4, 4, 4]]), [[null, 3, 1, 1, 1]]);
  });

  it('Flatten, Reshape with -1, Permute, RepeatVector', () => {
    assert.deepEqual(outs('Flatten', {}, [[null, 4, null]]), [[null, null]]);
    assert.deepEqual(outs('Reshape', { target_shape: [-1, 4] }, [[null, 6, 8]]), [[null, 12, 4]]);
    assert.deepEqual(outs('Reshape', { target_shape: [-1, 4] }, [[null, null, 8]]), [[null, null, 4]]);
    assert.deepEqual(outs('Permute', { dims: [2, 1] }, [[null, 6, 8]]), [[null, 8, 6]]);
    assert.deepEqual(outs('RepeatVector', { n: 5 }, [[null, 3]]), [[null, 5, 3]]);
  });

  it('ZeroPadding, Cropping, UpSampling in every spelling', () => {
    assert.deepEqual(outs('ZeroPadding2D', { padding: [[1, 1], [2, 0]] }, [[null, 5, 5, 3]]), [[null, 7, 7, 3]]);
    assert.deepEqual(outs('ZeroPadding2D', { padding: 1 }, [[null, 5, 5, 3]]), [[null, 7, 7, 3]]);
    assert.deepEqual(outs('ZeroPadding1D', { padding: [2, 3] }, [[null, 5, 3]]), [[null, 10, 3]]);
    assert.deepEqual(outs('ZeroPadding3D', { padding: [[1, 1], [0, 0], [2, 2]] }, [[null, 2, 2, 2, 1]]), [[null, 4, 2, 6, 1]]);
    assert.deepEqual(outs('Cropping2D', { cropping: [[2, 2], [4, 4]], data_format: 'channels_first' }, [[null, 1, 20, 20]]), [[null, 1, 16, 12]]);
    assert.deepEqual(outs('Cropping1D', { cropping: [1, 2] }, [[null, 10, 4]]), [[null, 7, 4]]);
    assert.deepEqual(outs('UpSampling2D', { size: [2, 3] }, [[null, 4, 5, 8]]), [[null, 8, 15, 8]]);
    assert.deepEqual(outs('UpSampling1D', { size: 2 }, [[null, 4, 8]]), [[null, 8, 8]]);
    assert.deepEqual(outs('UpSampling3D', { size: 2 }, [[null, 1, 2, null, 8]]), [[null, 2, 4, null, 8]]);
  });

  it('identity-shaped weightless layers and preprocessing resizes', () => {
    for (const c of ['Dropout', 'SpatialDropout2D', 'GaussianNoise', 'AlphaDropout', 'Masking', 'Identity', 'Activation', 'ReLU', 'Softmax', 'Rescaling', 'UnitNormalization', 'RandomFlip']) {
      assert.deepEqual(outs(c, {}, [[null, 4, 4, 3]]), [[null, 4, 4, 3]], c);
      assert.deepEqual(vars(c, {}, [[null, 4, 4, 3]]), [], c);
      assert.ok(WEIGHTLESS_CLASSES.has(c), c);
    }
    assert.deepEqual(outs('Resizing', { height: 8, width: 6 }, [[null, 20, 20, 3]]), [[null, 8, 6, 3]]);
    assert.deepEqual(outs('CenterCrop', { height: 8, width: 6, data_format: 'channels_first' }, [[null, 3, 20, 20]]), [[null, 3, 8, 6]]);
    assert.deepEqual(outs('RandomHeight', { factor: 0.2 }, [[null, 20, 20, 3]]), [[null, null, 20, 3]]);
    assert.deepEqual(outs('RandomWidth', { factor: 0.2 }, [[null, 20, 20, 3]]), [[null, 20, null, 3]]);
  });
});

describe('merging', () => {
  it('two_input_bn: Concatenate feeds trunk_dense kernel [24, 32]', () => {
    const cat = outs('Concatenate', { axis: -1 }, [[null, 16], [null, 8]]);
    assert.deepEqual(cat, [[null, 24]]);
    assert.deepEqual(shapes(vars('Dense', { units: 32 }, cat)), [['kernel', [24, 32]], ['bias', [32]]]);
    assert.deepEqual(outs('Concatenate', { axis: 1 }, [[null, 2, 5], [null, null, 5]]), [[null, null, 5]]);
  });

  it('elementwise merges broadcast; Dot contracts axes', () => {
    assert.deepEqual(outs('Add', {}, [[null, 6, 8], [null, 6, 8]]), [[null, 6, 8]]);
    assert.deepEqual(outs('Subtract', {}, [[null, 4], [null, 4]]), [[null, 4]]);
    assert.deepEqual(outs('Multiply', {}, [[null, 6, 1], [null, 6, 8]]), [[null, 6, 8]]);
    assert.deepEqual(outs('Maximum', {}, [[2, 3], [null, 3]]), [[2, 3]]);
    assert.throws(() => outs('Add', {}, [[null, 3], [null, 4]]), LayerConfigError);
    assert.deepEqual(outs('Dot', { axes: 1 }, [[null, 5], [null, 5]]), [[null, 1]]);
    assert.deepEqual(outs('Dot', { axes: [2, 2] }, [[null, 3, 5], [null, 4, 5]]), [[null, 3, 4]]);
    assert.throws(() => outs('Add', {}, [[null, 3]].slice(1)), UnresolvedShape);
  });
});

describe('normalization', () => {
  it('conv_variety dw_bn: gamma, beta trainable; moving stats not', () => {
    const v = vars('BatchNormalization', { axis: -1, center: true, scale: true }, [[null, 14, 14, 16]]);
    assert.deepEqual(v.map((x) => [x.name, x.shape, x.trainable]), [
      ['gamma', [16], true], ['beta', [16], true], ['moving_mean', [16], false], ['moving_variance', [16], false],
    ]);
  });

  it('BatchNormalization: center/scale off, channels_first axis, axis lists, renorm, virtual batches', () => {
    assert.deepEqual(shapes(vars('BatchNormalization', { axis: 1, center: false }, [[null, 8, 5, 5]])),
      [['gamma', [8]], ['moving_mean', [8]], ['moving_variance', [8]]]);
    assert.deepEqual(vars('BatchNormalization', { scale: false, center: false }, [[null, 4]]).map((x) => x.name), ['moving_mean', 'moving_variance']);
    // tf-keras writes axis as a list after build
    assert.deepEqual(shapes(vars('BatchNormalization', { axis: [3] }, [[null, 5, 5, 8]], { gen: 2 }))[0], ['gamma', [8]]);
    assert.deepEqual(shapes(vars('BatchNormalization', { axis: [1, 3] }, [[null, 4, 5, 8]], { gen: 2 }))[0], ['gamma', [1, 4, 1, 8]]);
    assert.deepEqual(shapes(vars('BatchNormalization', { axis: -1, virtual_batch_size: 8 }, [[null, 6]], { gen: 2 }))[0], ['gamma', [1, 1, 6]]);
    assert.deepEqual(vars('BatchNormalization', { renorm: true }, [[null, 3]]).map((x) => [x.name, x.trainable]), [
      ['gamma', true], ['beta', true], ['moving_mean', false], ['moving_variance', false],
      ['moving_stddev', false], ['renorm_mean', false], ['renorm_stddev', false],
    ]);
    assert.throws(() => vars('BatchNormalization', {}, [[null, null]]), UnresolvedShape);
    assert.deepEqual(outs('BatchNormalization', {}, [[null, 14, 14, 16]]), [[null, 14, 14, 16]]);
  });

  it('mha_encoder norm_attn: LayerNormalization gamma [8], beta [8]; rms_scaling keeps only gamma', () => {
    assert.deepEqual(shapes(vars('LayerNormalization', { axis: [-1], epsilon: 1e-5, center: true, scale: true, rms_scaling: false }, [[null, 6, 8]])),
      [['gamma', [8]], ['beta', [8]]]);
    assert.deepEqual(shapes(vars('LayerNormalization', { axis: -1, rms_scaling: true, scale: false }, [[null, 6, 8]])), [['gamma', [8]]]);
    assert.deepEqual(shapes(vars('LayerNormalization', { axis: [1, 2], center: false }, [[null, 6, 8]])), [['gamma', [6, 8]]]);
  });

  it('GroupNormalization, RMSNormalization, UnitNormalization', () => {
    assert.deepEqual(shapes(vars('GroupNormalization', { groups: 4, axis: -1 }, [[null, 5, 5, 8]])), [['gamma', [8]], ['beta', [8]]]);
    assert.throws(() => vars('GroupNormalization', { groups: 3, axis: -1 }, [[null, 5, 5, 8]]), LayerConfigError);
    assert.deepEqual(shapes(vars('RMSNormalization', { axis: -1 }, [[null, 6, 8]])), [['scale', [8]]]);
    assert.deepEqual(vars('UnitNormalization', { axis: -1 }, [[null, 8]]), []);
  });

  it('preprocess_cnn standardize: Normalization mean/variance [3] float, count [] int32 (int64 in tf-keras)', () => {
    const cfg = { axis: -1, mean: null, variance: null, invert: false };
    const v = vars('Normalization', cfg, [[null, 20, 20, 3]]);
    assert.deepEqual(v.map((x) => [x.name, x.shape, x.trainable, x.dtype]), [
      ['mean', [3], false, undefined], ['variance', [3], false, undefined], ['count', [], false, 'int32'],
    ]);
    assert.equal(vars('Normalization', cfg, [[null, 3]], { gen: 2 })[2]!.dtype, 'int64');
    assert.deepEqual(vars('Normalization', { axis: -1, mean: [1, 2, 3], variance: [1, 1, 1] }, [[null, 3]]), []);
    assert.deepEqual(shapes(vars('Normalization', { axis: null }, [[null, 3]])).map((x) => x[1]), [[], [], []]);
    assert.deepEqual(outs('Normalization', cfg, [[null, 20, 20, 3]]), [[null, 20, 20, 3]]);
  });
});

describe('recurrent', () => {
  it('embedding_lstm: LSTM(16) on 8 features, owned by the cell', () => {
    const v = vars('LSTM', { units: 16, use_bias: true }, [[null, 12, 8]]);
    assert.deepEqual(shapes(v), [['kernel', [8, 64]], ['recurrent_kernel', [16, 64]], ['bias', [64]]]);
    assert.ok(v.every((x) => x.owner === 'cell' && x.scope === 'lstm_cell' && x.trainable));
    assert.deepEqual(outs('LSTM', { units: 16 }, [[null, 12, 8]]), [[null, 16]]);
  });

  it('gru_classifier: GRU reset_after bias [2, 36]; reset_after false [36]; default by the loading runtime', () => {
    const input: Shape[] = [[null, 7, 5]];
    assert.deepEqual(shapes(vars('GRU', { units: 12, reset_after: true }, input)),
      [['kernel', [5, 36]], ['recurrent_kernel', [12, 36]], ['bias', [2, 36]]]);
    assert.deepEqual(shapes(vars('GRU', { units: 12, reset_after: false }, input))[2], ['bias', [36]]);
    assert.deepEqual(shapes(vars('GRU', { units: 12 }, input))[2], ['bias', [2, 36]]);
    // A Keras 2.0-2.2 config has no reset_after key: tf-keras 2.x and Keras 3 build it with True.
    assert.deepEqual(shapes(vars('GRU', { units: 12 }, input, { gen: 2 }))[2], ['bias', [2, 36]]);
    // TF.js has no reset_after: a config tfjs-layers wrote is built with False.
    assert.deepEqual(shapes(vars('GRU', { units: 12 }, input, { gen: 2, tfjs: true }))[2], ['bias', [36]]);
    assert.equal(vars('GRU', { units: 12 }, input)[0]!.scope, 'gru_cell');
    // stacked_gru_seq gru_upper_rev: GRU(4) on gru_lower's sequence output
    const lower = outs('GRU', { units: 6, return_sequences: true }, [[null, 9, 3]]);
    assert.deepEqual(lower, [[null, 9, 6]]);
    assert.deepEqual(shapes(vars('GRU', { units: 4, go_backwards: true }, lower))[0], ['kernel', [6, 12]]);
  });

  it('return_state adds one output per state; SimpleRNN; use_bias false', () => {
    assert.deepEqual(outs('LSTM', { units: 5, return_sequences: true, return_state: true }, [[2, 8, 3]]),
      [[2, 8, 5], [2, 5], [2, 5]]);
    assert.deepEqual(outs('GRU', { units: 5, return_state: true }, [[null, 8, 3]]), [[null, 5], [null, 5]]);
    assert.deepEqual(shapes(vars('SimpleRNN', { units: 7, use_bias: false }, [[null, null, 3]])),
      [['kernel', [3, 7]], ['recurrent_kernel', [7, 7]]]);
    assert.equal(vars('SimpleRNN', { units: 7 }, [[null, null, 3]])[0]!.scope, 'simple_rnn_cell');
    assert.throws(() => vars('LSTM', { units: 4 }, [[null, 5, null]]), UnresolvedShape);
  });

  it('RNN wrapper with a cell config, and stacked cells', () => {
    const cell = { module: 'keras.layers', class_name: 'LSTMCell', config: { name: 'my_cell', units: 4 }, registered_name: null };
    const v = vars('RNN', { cell, return_sequences: false }, [[null, 10, 3]]);
    assert.deepEqual(shapes(v), [['kernel', [3, 16]], ['recurrent_kernel', [4, 16]], ['bias', [16]]]);
    assert.ok(v.every((x) => x.owner === 'cell' && x.scope === 'my_cell'));
    const stacked = {
      class_name: 'StackedRNNCells',
      config: { cells: [{ class_name: 'GRUCell', config: { units: 6, name: 'a' } }, { class_name: 'GRUCell', config: { units: 2, name: 'b' } }] },
    };
    const sv = vars('RNN', { cell: stacked }, [[null, 10, 3]]);
    assert.deepEqual(sv.map((x) => [x.owner, x.scope, x.name, x.shape]), [
      ['cell/cells/gru_cell', 'stacked_rnn_cells/a', 'kernel', [3, 18]],
      ['cell/cells/gru_cell', 'stacked_rnn_cells/a', 'recurrent_kernel', [6, 18]],
      ['cell/cells/gru_cell', 'stacked_rnn_cells/a', 'bias', [2, 18]],
      ['cell/cells/gru_cell_1', 'stacked_rnn_cells/b', 'kernel', [6, 6]],
      ['cell/cells/gru_cell_1', 'stacked_rnn_cells/b', 'recurrent_kernel', [2, 6]],
      ['cell/cells/gru_cell_1', 'stacked_rnn_cells/b', 'bias', [2, 6]],
    ]);
    assert.deepEqual(outs('RNN', { cell: stacked, return_state: true }, [[null, 10, 3]]), [[null, 2], [null, 6], [null, 2]]);
  });

  it('CuDNNLSTM keeps double biases; ConvLSTM2D', () => {
    assert.deepEqual(shapes(vars('CuDNNLSTM', { units: 4 }, [[null, 5, 3]], { gen: 2 })),
      [['kernel', [3, 16]], ['recurrent_kernel', [4, 16]], ['bias', [32]]]);
    assert.deepEqual(shapes(vars('CuDNNGRU', { units: 4 }, [[null, 5, 3]], { gen: 2 }))[2], ['bias', [24]]);
    const cl = { filters: 6, kernel_size: [3, 3], padding: 'valid', data_format: 'channels_last', return_sequences: true };
    const v = vars('ConvLSTM2D', cl, [[null, 4, 10, 10, 2]]);
    assert.deepEqual(shapes(v), [['kernel', [3, 3, 2, 24]], ['recurrent_kernel', [3, 3, 6, 24]], ['bias', [24]]]);
    assert.equal(v[0]!.owner, 'cell');
    assert.deepEqual(outs('ConvLSTM2D', cl, [[null, 4, 10, 10, 2]]), [[null, 4, 8, 8, 6]]);
    assert.deepEqual(outs('ConvLSTM1D', { ...cl, kernel_size: 3, return_sequences: false, return_state: true }, [[null, 4, 10, 2]]),
      [[null, 8, 6], [null, 8, 6], [null, 8, 6]]);
  });
});

describe('wrappers', () => {
  // bidir_lstm_tagger's config as Keras 3.15 wrote it (trimmed)
  const lstm = (name: string, goBackwards: boolean) => ({
    module: 'keras.layers', class_name: 'LSTM', registered_name: null,
    config: { name, return_sequences: true, return_state: false, go_backwards: goBackwards, units: 5, use_bias: true },
  });
  const bilstm = { name: 'bilstm', merge_mode: 'concat', layer: lstm('forward_tag_lstm', false), backward_layer: lstm('backward_tag_lstm', true) };

  it('bidir_lstm_tagger bilstm: forward then backward, Keras 3 owners and scopes', () => {
    const v = vars('Bidirectional', bilstm, [[null, 8, 6]]);
    assert.deepEqual(v.map((x) => [x.owner, x.scope, x.name, x.shape]), [
      ['forward_layer/cell', 'forward_tag_lstm/lstm_cell', 'kernel', [6, 20]],
      ['forward_layer/cell', 'forward_tag_lstm/lstm_cell', 'recurrent_kernel', [5, 20]],
      ['forward_layer/cell', 'forward_tag_lstm/lstm_cell', 'bias', [20]],
      ['backward_layer/cell', 'backward_tag_lstm/lstm_cell', 'kernel', [6, 20]],
      ['backward_layer/cell', 'backward_tag_lstm/lstm_cell', 'recurrent_kernel', [5, 20]],
      ['backward_layer/cell', 'backward_tag_lstm/lstm_cell', 'bias', [20]],
    ]);
    assert.deepEqual(outs('Bidirectional', bilstm, [[null, 8, 6]]), [[null, 8, 10]]);
  });

  it('tf-keras Bidirectional without backward_layer names both directions from the inner layer', () => {
    const cfg = { merge_mode: 'sum', layer: { class_name: 'LSTM', config: { name: 'lstm', units: 3 } } };
    const v = vars('Bidirectional', cfg, [[null, 4, 2]], { gen: 2 });
    assert.deepEqual([...new Set(v.map((x) => x.scope))], ['forward_lstm/lstm_cell', 'backward_lstm/lstm_cell']);
    assert.deepEqual(outs('Bidirectional', cfg, [[null, 4, 2]], { gen: 2 }), [[null, 3]]);
  });

  it('merge_mode None gives two outputs; return_state appends forward then backward states', () => {
    const inner = { class_name: 'LSTM', config: { name: 'l', units: 3, return_state: true } };
    assert.deepEqual(outs('Bidirectional', { merge_mode: null, layer: { class_name: 'GRU', config: { name: 'g', units: 3 } } }, [[null, 4, 2]]),
      [[null, 3], [null, 3]]);
    assert.deepEqual(outs('Bidirectional', { merge_mode: 'concat', layer: inner }, [[null, 4, 2]]),
      [[null, 6], [null, 3], [null, 3], [null, 3], [null, 3]]);
  });

  it('per_token_logits: TimeDistributed(Dense tag_proj) sees the input without the time axis', () => {
    const cfg = {
      name: 'per_token_logits',
      layer: { module: 'keras.layers', class_name: 'Dense', config: { name: 'tag_proj', units: 3, use_bias: true }, registered_name: null },
    };
    const v = vars('TimeDistributed', cfg, [[null, 8, 10]]);
    assert.deepEqual(v.map((x) => [x.owner, x.scope, x.name, x.shape]), [
      ['layer', 'tag_proj', 'kernel', [10, 3]],
      ['layer', 'tag_proj', 'bias', [3]],
    ]);
    assert.deepEqual(outs('TimeDistributed', cfg, [[null, 8, 10]]), [[null, 8, 3]]);
    assert.deepEqual(vars('TimeDistributed', cfg, [[null, 8, 10]], { gen: 2 }).map((x) => x.scope), ['', '']);
    const conv = { layer: { class_name: 'Conv2D', config: { name: 'c', filters: 4, kernel_size: 3, padding: 'valid' } } };
    assert.deepEqual(outs('TimeDistributed', conv, [[null, 5, 9, 9, 3]]), [[null, 5, 7, 7, 4]]);
  });

  it('SpectralNormalization: the wrapped layer under `layer`, then its own vector_u', () => {
    const cfg = { power_iterations: 1, layer: { class_name: 'Dense', config: { name: 'proj', units: 5 } } };
    const v = vars('SpectralNormalization', cfg, [[null, 3]]);
    assert.deepEqual(v.map((x) => [x.owner, x.name, x.shape, x.trainable]), [
      ['layer', 'kernel', [3, 5], true], ['layer', 'bias', [5], true], ['', 'vector_u', [1, 5], false],
    ]);
    assert.deepEqual(outs('SpectralNormalization', cfg, [[null, 3]]), [[null, 5]]);
  });

  it('a wrapped class outside the catalogue leaves the wrapper unresolved', () => {
    const cfg = { layer: { class_name: 'MyCustomLayer', config: { name: 'x' } } };
    assert.throws(() => vars('TimeDistributed', cfg, [[null, 8, 10]]), UnresolvedShape);
  });
});

describe('attention and activations', () => {
  const mha = { name: 'self_attn', num_heads: 2, key_dim: 4, value_dim: 4, dropout: 0, use_bias: true, output_shape: null, attention_axes: [1] };

  it('mha_encoder self_attn: query, key, value, attention_output in Keras order', () => {
    const v = vars('MultiHeadAttention', mha, [[null, 6, 8], [null, 6, 8]]);
    assert.deepEqual(v.map((x) => [x.owner, x.scope, x.name, x.shape]), [
      ['query_dense', 'query', 'kernel', [8, 2, 4]],
      ['query_dense', 'query', 'bias', [2, 4]],
      ['key_dense', 'key', 'kernel', [8, 2, 4]],
      ['key_dense', 'key', 'bias', [2, 4]],
      ['value_dense', 'value', 'kernel', [8, 2, 4]],
      ['value_dense', 'value', 'bias', [2, 4]],
      ['output_dense', 'attention_output', 'kernel', [2, 4, 8]],
      ['output_dense', 'attention_output', 'bias', [8]],
    ]);
    assert.deepEqual(outs('MultiHeadAttention', mha, [[null, 6, 8], [null, 6, 8]]), [[null, 6, 8]]);
  });

  it('MultiHeadAttention: value/key by keyword, value_dim, output_shape, no bias, rank-4 query', () => {
    const v = vars('MultiHeadAttention', { ...mha, value_dim: 3, output_shape: 16 }, [[null, 6, 8]], { kw: { value: [null, 5, 10], key: [null, 5, 12] } });
    assert.deepEqual(shapes(v), [
      ['kernel', [8, 2, 4]], ['bias', [2, 4]], ['kernel', [12, 2, 4]], ['bias', [2, 4]],
      ['kernel', [10, 2, 3]], ['bias', [2, 3]], ['kernel', [2, 3, 16]], ['bias', [16]],
    ]);
    assert.deepEqual(outs('MultiHeadAttention', { ...mha, output_shape: 16 }, [[null, 6, 8]], { kw: { value: [null, 5, 10] } }), [[null, 6, 16]]);
    assert.equal(vars('MultiHeadAttention', { ...mha, use_bias: false }, [[null, 6, 8], [null, 6, 8]]).length, 4);
    const img = vars('MultiHeadAttention', { ...mha, attention_axes: [1, 2] }, [[null, 4, 4, 8], [null, 4, 4, 8]]);
    assert.deepEqual(shapes(img)[6], ['kernel', [2, 4, 8]]);
    assert.deepEqual(outs('MultiHeadAttention', mha, [[null, 4, 4, 8], [null, 4, 4, 8]]), [[null, 4, 4, 8]]);
    assert.throws(() => vars('MultiHeadAttention', mha, [[null, 6, 8]]), UnresolvedShape);
  });

  it('GroupQueryAttention: per-head-group projections', () => {
    const cfg = { head_dim: 4, num_query_heads: 4, num_key_value_heads: 2, use_bias: true };
    const v = vars('GroupQueryAttention', cfg, [[null, 6, 8], [null, 6, 8]]);
    assert.deepEqual(v.map((x) => [x.owner, x.name, x.shape]), [
      ['_query_dense', 'kernel', [8, 4, 4]], ['_query_dense', 'bias', [4, 4]],
      ['_key_dense', 'kernel', [8, 2, 4]], ['_key_dense', 'bias', [2, 4]],
      ['_value_dense', 'kernel', [8, 2, 4]], ['_value_dense', 'bias', [2, 4]],
      ['_output_dense', 'kernel', [4, 4, 8]], ['_output_dense', 'bias', [8]],
    ]);
  });

  it('Attention and AdditiveAttention scales', () => {
    assert.deepEqual(vars('Attention', { use_scale: false }, [[null, 3, 4], [null, 5, 4]]), []);
    assert.deepEqual(shapes(vars('Attention', { use_scale: true, score_mode: 'concat' }, [[null, 3, 4], [null, 5, 4]])),
      [['scale', []], ['concat_score_weight', []]]);
    assert.deepEqual(outs('Attention', {}, [[null, 3, 4], [null, 5, 6]]), [[null, 3, 6]]);
    assert.deepEqual(shapes(vars('AdditiveAttention', {}, [[null, 3, 4], [null, 5, 4]])), [['scale', [4]]]);
    assert.deepEqual(vars('AdditiveAttention', { use_scale: false }, [[null, 3, 4], [null, 5, 4]]), []);
  });

  it('PReLU: alpha over non-batch dims, shared axes collapsed (12net PReLU1 alpha [1, 1, 10])', () => {
    assert.deepEqual(shapes(vars('PReLU', { shared_axes: [1, 2] }, [[null, 10, 10, 10]], { gen: 2 })), [['alpha', [1, 1, 10]]]);
    assert.deepEqual(shapes(vars('PReLU', { shared_axes: null }, [[null, 5, 3]])), [['alpha', [5, 3]]]);
    assert.deepEqual(shapes(vars('PReLU', {}, [[null, 5]], { gen: 1 })), [['alphas', [5]]]);
  });
});

describe('preprocessing encodings and code layers', () => {
  it('encoding layers report their width honestly', () => {
    assert.deepEqual(outs('CategoryEncoding', { num_tokens: 10, output_mode: 'multi_hot' }, [[null, 3]]), [[null, 10]]);
    assert.deepEqual(outs('CategoryEncoding', { num_tokens: 10, output_mode: 'one_hot' }, [[null, 1]]), [[null, 10]]);
    assert.deepEqual(outs('Hashing', { num_bins: 8 }, [[null, 3]]), [[null, 3]]);
    assert.deepEqual(outs('StringLookup', { output_mode: 'int' }, [[null, 4]]), [[null, 4]]);
    assert.deepEqual(outs('StringLookup', { output_mode: 'multi_hot', vocabulary_size: 12 }, [[null, 4]]), [[null, 12]]);
    assert.deepEqual(outs('IntegerLookup', { output_mode: 'count' }, [[null, 4]]), [[null, null]]);
    assert.deepEqual(outs('Discretization', { bin_boundaries: [0, 1, 2], output_mode: 'one_hot' }, [[null, 1]]), [[null, 4]]);
    assert.deepEqual(outs('TextVectorization', { output_mode: 'int', output_sequence_length: 20 }, [[null, 1]]), [[null, 20]]);
    for (const c of ['CategoryEncoding', 'Hashing', 'StringLookup', 'IntegerLookup', 'TextVectorization']) assert.ok(WEIGHTLESS_CLASSES.has(c));
  });

  it('Lambda carries code; its output shape is known only when declared', () => {
    const lambda = spec('Lambda');
    assert.equal(lambda.carriesCode, true);
    const declared = makeCall('Lambda', { function: 'x', output_shape: [4, 2] }, [[7, 8]]);
    assert.deepEqual(lambda.outputShapes(declared), [[7, 4, 2]]);
    const open = makeCall('Lambda', { function: 'x', output_shape: null }, [[null, 8]]);
    assert.throws(() => lambda.outputShapes(open), UnresolvedShape);
    assert.equal(tryOutputShapes(lambda, open), null);
    const k2lambda = makeCall('Lambda', { function: ['code'], output_shape: ['code'], output_shape_type: 'lambda' }, [[null, 8]], { gen: 2 });
    assert.equal(tryOutputShapes(lambda, k2lambda), null);
    assert.deepEqual(lambda.variables(open), []);
    for (const c of ['TFOpLambda', 'SlicingOpLambda']) {
      const s = spec(c, 2);
      assert.equal(s.carriesCode, true);
      assert.equal(tryOutputShapes(s, makeCall(c, { function: 'math.add' }, [[null, 3]], { gen: 2 })), null);
    }
  });
});

describe('Keras 1 layers (real-models/dl4j-test-resources)', () => {
  it("conv2d_theano_1.h5: Convolution2D dim_ordering 'tf' kernel [3, 3, 5, 6]; 'th' puts filters first", () => {
    const cfg = { nb_filter: 6, nb_row: 3, nb_col: 3, border_mode: 'valid', subsample: [1, 1], dim_ordering: 'tf', bias: true };
    assert.deepEqual(shapes(vars('Convolution2D', cfg, [[null, 5, 5, 5]], { gen: 1 })), [['W', [3, 3, 5, 6]], ['b', [6]]]);
    assert.deepEqual(outs('Convolution2D', cfg, [[null, 5, 5, 5]], { gen: 1 }), [[null, 3, 3, 6]]);
    const th = { ...cfg, dim_ordering: 'th', border_mode: 'same', subsample: [2, 2], bias: false };
    assert.deepEqual(shapes(vars('Convolution2D', th, [[null, 5, 9, 9]], { gen: 1 })), [['W', [6, 5, 3, 3]]]);
    assert.deepEqual(outs('Convolution2D', th, [[null, 5, 9, 9]], { gen: 1 }), [[null, 6, 5, 5]]);
    // The class name only exists in Keras 1, so it resolves whatever generation is assumed.
    assert.ok(lookupLayer('Convolution2D', 2));
  });

  it('simple_lstm_th_keras_1: LSTM has 12 weights in i, c, f, o order; Dense W [50, 1], b [1]', () => {
    const lstm = { output_dim: 50, consume_less: 'cpu', return_sequences: false, input_dim: 1 };
    const v = vars('LSTM', lstm, [[null, 1, 1]], { gen: 1 });
    assert.deepEqual(shapes(v), [
      ['W_i', [1, 50]], ['U_i', [50, 50]], ['b_i', [50]], ['W_c', [1, 50]], ['U_c', [50, 50]], ['b_c', [50]],
      ['W_f', [1, 50]], ['U_f', [50, 50]], ['b_f', [50]], ['W_o', [1, 50]], ['U_o', [50, 50]], ['b_o', [50]],
    ]);
    assert.deepEqual(outs('LSTM', lstm, [[null, 1, 1]], { gen: 1 }), [[null, 50]]);
    assert.deepEqual(shapes(vars('LSTM', { ...lstm, consume_less: 'gpu' }, [[null, 1, 1]], { gen: 1 })),
      [['W', [1, 200]], ['U', [50, 200]], ['b', [200]]]);
    assert.deepEqual(shapes(vars('Dense', { output_dim: 1, bias: true }, [[null, 50]], { gen: 1 })), [['W', [50, 1]], ['b', [1]]]);
  });

  it('GRU, SimpleRNN, Embedding, BatchNormalization, Convolution1D, pooling in Keras 1 spelling', () => {
    assert.deepEqual(shapes(vars('GRU', { output_dim: 4 }, [[null, 3, 2]], { gen: 1 })).map((x) => x[0]),
      ['W_z', 'U_z', 'b_z', 'W_r', 'U_r', 'b_r', 'W_h', 'U_h', 'b_h']);
    assert.deepEqual(shapes(vars('SimpleRNN', { output_dim: 4 }, [[null, 3, 2]], { gen: 1 })), [['W', [2, 4]], ['U', [4, 4]], ['b', [4]]]);
    assert.deepEqual(shapes(vars('Embedding', { input_dim: 7, output_dim: 4, input_length: 3 }, [[null, 3]], { gen: 1 })), [['W', [7, 4]]]);
    assert.deepEqual(outs('Embedding', { input_dim: 7, output_dim: 4, input_length: 3 }, [[null, 3]], { gen: 1 }), [[null, 3, 4]]);
    const bn = vars('BatchNormalization', { axis: 1, mode: 0 }, [[null, 8, 4, 4]], { gen: 1 });
    assert.deepEqual(bn.map((x) => [x.name, x.shape, x.trainable]), [
      ['gamma', [8], true], ['beta', [8], true], ['running_mean', [8], false], ['running_std', [8], false],
    ]);
    assert.deepEqual(shapes(vars('Convolution1D', { nb_filter: 5, filter_length: 3, border_mode: 'valid', subsample_length: 1 }, [[null, 10, 4]], { gen: 1 })),
      [['W', [3, 1, 4, 5]], ['b', [5]]]);
    assert.deepEqual(outs('MaxPooling2D', { pool_size: [2, 2], strides: null, border_mode: 'valid', dim_ordering: 'th' }, [[null, 6, 9, 9]], { gen: 1 }),
      [[null, 6, 4, 4]]);
    assert.deepEqual(outs('MaxPooling1D', { pool_length: 2, stride: null, border_mode: 'valid' }, [[null, 9, 3]], { gen: 1 }), [[null, 4, 3]]);
    assert.deepEqual(outs('ZeroPadding2D', { padding: [1, 2], dim_ordering: 'tf' }, [[null, 5, 5, 1]], { gen: 1 }), [[null, 7, 9, 1]]);
    assert.deepEqual(outs('UpSampling1D', { length: 3 }, [[null, 5, 1]], { gen: 1 }), [[null, 15, 1]]);
    assert.deepEqual(outs('ZeroPadding2D', { padding: { top_pad: 1, left_pad: 2 } }, [[null, 5, 5, 1]], { gen: 1 }), [[null, 6, 7, 1]]);
    assert.deepEqual(outs('ZeroPadding2D', { padding: [1, 0, 2, 2] }, [[null, 5, 5, 1]], { gen: 1 }), [[null, 6, 9, 1]]);
  });

  it('SeparableConvolution2D, Merge, Keras 1 Bidirectional', () => {
    const sep = { nb_filter: 8, nb_row: 3, nb_col: 3, depth_multiplier: 2, dim_ordering: 'th', border_mode: 'same' };
    assert.deepEqual(shapes(vars('SeparableConvolution2D', sep, [[null, 3, 8, 8]], { gen: 1 })),
      [['depthwise_kernel', [2, 3, 3, 3]], ['pointwise_kernel', [8, 6, 1, 1]], ['b', [8]]]);
    assert.deepEqual(outs('Merge', { mode: 'concat', concat_axis: -1 }, [[null, 3], [null, 4]], { gen: 1 }), [[null, 7]]);
    assert.deepEqual(outs('Merge', { mode: 'sum' }, [[null, 3], [null, 3]], { gen: 1 }), [[null, 3]]);
    assert.deepEqual(outs('Merge', { mode: 'dot', dot_axes: [1, 1] }, [[null, 3], [null, 3]], { gen: 1 }), [[null, 1]]);
    const bi = { merge_mode: 'concat', layer: { class_name: 'LSTM', config: { name: 'lstm_1', output_dim: 2, return_sequences: false } } };
    const v = vars('Bidirectional', bi, [[null, 5, 3]], { gen: 1 });
    assert.equal(v.length, 24);
    assert.deepEqual([v[0]!.scope, v[0]!.name, v[12]!.scope], ['forward_lstm_1', 'W_i', 'backward_lstm_1']);
    assert.deepEqual(outs('Bidirectional', bi, [[null, 5, 3]], { gen: 1 }), [[null, 4]]);
  });
});

describe('catalogue', () => {
  it('unknown classes are not guessed', () => {
    assert.equal(lookupLayer('MyCustomLayer', 3), undefined);
    assert.equal(lookupLayer('NotEqual', 3), undefined);
    assert.equal(lookupLayer('Sequential', 2), undefined);
  });

  it('WEIGHTLESS_CLASSES holds no weighted class', () => {
    for (const c of ['Dense', 'Conv2D', 'BatchNormalization', 'LSTM', 'Bidirectional', 'Normalization', 'PReLU', 'MultiHeadAttention']) {
      assert.equal(WEIGHTLESS_CLASSES.has(c), false, c);
    }
    for (const c of ['Flatten', 'InputLayer', 'Add', 'Concatenate', 'MaxPooling2D', 'Lambda', 'Dropout']) assert.ok(WEIGHTLESS_CLASSES.has(c), c);
  });

  it('quantized dtype policies are refused rather than mis-described', () => {
    const dtype = { module: 'keras.dtype_policies', class_name: 'QuantizedDTypePolicy', config: { mode: 'int8', source_name: 'float32' } };
    assert.equal(quantizationMode({ dtype }), 'int8');
    assert.equal(quantizationMode({ dtype: { class_name: 'DTypePolicy', config: { name: 'mixed_float16' } } }), null);
    assert.throws(() => vars('Dense', { units: 2, dtype }, [[null, 3]]), UnresolvedShape);
    assert.deepEqual(outs('Dense', { units: 2, dtype }, [[null, 3]]), [[null, 2]]);
    assert.deepEqual(vars('Dropout', { rate: 0.5, dtype }, [[null, 3]]), []);
  });

  it('snakeCase matches Keras 3 object-path names', () => {
    assert.deepEqual(
      ['InputLayer', 'Conv2DTranspose', 'DepthwiseConv2D', 'ReLU', 'PReLU', 'SimpleRNN', 'ConvLSTM2D', 'MultiHeadAttention', 'RMSNormalization', 'LSTMCell'].map(snakeCase),
      ['input_layer', 'conv2d_transpose', 'depthwise_conv2d', 're_lu', 'p_re_lu', 'simple_rnn', 'conv_lstm2d', 'multi_head_attention', 'rms_normalization', 'lstm_cell'],
    );
  });
});
