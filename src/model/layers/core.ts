// Dense-like layers and the input layer.
import type { Shape } from '../types.js';
import type { LayerCall, LayerSpec } from './spec.js';
import { bool, num, pick, variable } from './config-read.js';
import { asShape } from '../keras-config.js';
import { analyzeEinsum } from './einsum.js';
import { LayerConfigError, inputShape, requireDim, requireDims } from './shape-math.js';
import { jsonSnippet } from '../../text/config-text.js';

/** Keras 2/3 Dense: kernel (last input dim, units), bias (units). */
export const dense: LayerSpec = {
  variables(call) {
    const input = inputShape(call);
    const inDim = requireDim(input[input.length - 1], 'Dense input last dim');
    const units = num(call.config, 'units');
    const vars = [variable('kernel', [inDim, units])];
    if (bool(call.config, 'use_bias', true)) vars.push(variable('bias', [units]));
    return vars;
  },
  outputShapes(call) {
    const input = inputShape(call);
    return [[...input.slice(0, -1), num(call.config, 'units')]];
  },
};

function einsumShapes(call: LayerCall) {
  const equation = call.config.equation;
  if (typeof equation !== 'string') throw new LayerConfigError('EinsumDense has no equation');
  const raw = call.config.output_shape;
  const out = typeof raw === 'number' ? raw : asShape(raw);
  if (out === undefined) throw new LayerConfigError(`EinsumDense output_shape should be an int or a shape, got ${jsonSnippet(raw)}`);
  const biasAxes = typeof call.config.bias_axes === 'string' && call.config.bias_axes !== '' ? call.config.bias_axes : null;
  return analyzeEinsum(equation, biasAxes, inputShape(call), out);
}

export const einsumDense: LayerSpec = {
  variables(call) {
    const s = einsumShapes(call);
    const vars = [variable('kernel', requireDims(s.kernel, 'EinsumDense kernel'))];
    if (s.bias) vars.push(variable('bias', requireDims(s.bias, 'EinsumDense bias')));
    return vars;
  },
  outputShapes(call) {
    return [einsumShapes(call).output];
  },
};

function embeddingOutput(call: LayerCall): Shape[] {
  const outDim = num(call.config, 'output_dim');
  const input = call.inputShapes[0];
  if (input) return [[...input, outDim]];
  // A Keras 1/2 first layer may only declare input_length.
  const len = call.config.input_length;
  return [[null, typeof len === 'number' ? len : null, outDim]];
}

/** Keras 2/3 Embedding: embeddings (input_dim, output_dim); needs no input shape at all. */
export const embedding: LayerSpec = {
  variables(call) {
    return [variable('embeddings', [num(call.config, 'input_dim'), num(call.config, 'output_dim')])];
  },
  outputShapes: embeddingOutput,
};

/** Keras 3 ReversibleEmbedding: untied models keep a separate (output_dim, input_dim) projection. */
export const reversibleEmbedding: LayerSpec = {
  variables(call) {
    const inputDim = num(call.config, 'input_dim');
    const outputDim = num(call.config, 'output_dim');
    const vars = [variable('embeddings', [inputDim, outputDim])];
    if (!bool(call.config, 'tie_weights', true)) vars.push(variable('reverse_embeddings', [outputDim, inputDim]));
    return vars;
  },
  outputShapes: embeddingOutput,
};

/** Input layers declare their shape in config; they own nothing. */
export const inputLayer: LayerSpec = {
  variables: () => [],
  outputShapes(call) {
    const c = call.config;
    const batchShape = asShape(pick(c, 'batch_shape', 'batch_input_shape'));
    if (batchShape) return [batchShape];
    const shape = asShape(pick(c, 'shape', 'input_shape'));
    if (shape) return [[typeof c.batch_size === 'number' ? c.batch_size : null, ...shape]];
    if (call.inputShapes[0]) return [call.inputShapes[0]];
    throw new LayerConfigError(`InputLayer '${call.name}' declares no shape`);
  },
};
