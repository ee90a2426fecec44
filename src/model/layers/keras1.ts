// Keras 1.x layers whose config keys or variables differ from Keras 2/3. Keras 1 names weights
// `<layer>_W`, `<layer>_b`, …: the spec names are the suffixes. Image layers follow
// `dim_ordering`: 'th' kernels are (filters, stack, rows, cols), 'tf' ones (rows, cols, stack,
// filters). Layers whose Keras 1 config reads the same as Keras 2 fall back to the shared specs.
import type { Shape } from '../types.js';
import type { Config, LayerCall, LayerSpec, VariableSpec } from './spec.js';
import { bool, num, paddingMode, pick, variable } from './config-read.js';
import { isChannelsFirst } from '../keras-vocabulary.js';
import { joinChannels, splitChannels } from './conv.js';
import { concatShapes, dotShapes } from './merging.js';
import { recurrentOutputs } from './recurrent.js';
import {
  LayerConfigError, broadcastShapes, commonBatch, convOutputLength, dimAt, inputShape, itemAt, requireDim, requireDims, requireRank, toTuple,
} from './shape-math.js';
import { asShape } from '../keras-config.js';
import { UnresolvedShape } from './spec.js';
import { passThrough } from './activations.js';
import { jsonSnippet } from '../../text/config-text.js';

function lastDim(call: LayerCall, what: string): number {
  const input = call.inputShapes[0];
  const d = input ? input.at(-1) : null;
  if (d === null && typeof call.config.input_dim === 'number') return call.config.input_dim;
  return requireDim(d, what);
}

function withBias(call: LayerCall, vars: VariableSpec[], size: number | number[]): VariableSpec[] {
  if (bool(call.config, 'bias', true)) vars.push(variable('b', Array.isArray(size) ? size : [size]));
  return vars;
}

const dense: LayerSpec = {
  variables(call) {
    const out = num(call.config, 'output_dim');
    return withBias(call, [variable('W', [lastDim(call, 'Dense input dim'), out])], out);
  },
  outputShapes(call) {
    return [[...inputShape(call).slice(0, -1), num(call.config, 'output_dim')]];
  },
};

/** MaxoutDense: nb_feature linear pieces, maxed. */
const maxoutDense: LayerSpec = {
  variables(call) {
    const k = num(call.config, 'nb_feature', 4);
    const out = num(call.config, 'output_dim');
    return withBias(call, [variable('W', [k, lastDim(call, 'MaxoutDense input dim'), out])], [k, out]);
  },
  outputShapes: dense.outputShapes,
};

/** Highway: a transform and a carry gate, both square in the input dim. */
const highway: LayerSpec = {
  variables(call) {
    const d = lastDim(call, 'Highway input dim');
    const vars = [variable('W', [d, d]), variable('W_carry', [d, d])];
    if (bool(call.config, 'bias', true)) vars.push(variable('b', [d]), variable('b_carry', [d]));
    return vars;
  },
  outputShapes: passThrough.outputShapes,
};

const embedding: LayerSpec = {
  variables(call) {
    return [variable('W', [num(call.config, 'input_dim'), num(call.config, 'output_dim')])];
  },
  outputShapes(call) {
    const input = call.inputShapes[0];
    const len = typeof call.config.input_length === 'number' ? call.config.input_length : input?.[1] ?? null;
    return [[input?.[0] ?? null, len, num(call.config, 'output_dim')]];
  },
};

/** Convolution1D: a 4D kernel (filter_length, 1, input_dim, nb_filter), as Keras 1 ran it as a 2D conv. */
const conv1d: LayerSpec = {
  variables(call) {
    const f = num(call.config, 'nb_filter');
    const k = num(call.config, 'filter_length');
    return withBias(call, [variable('W', [k, 1, lastDim(call, 'Convolution1D input dim'), f])], f);
  },
  outputShapes(call) {
    const input = inputShape(call);
    requireRank(input, 3, call);
    const c = call.config;
    const len = convOutputLength(
      dimAt(input, 1), num(c, 'filter_length'), paddingMode(c), num(c, 'subsample_length', 1), num(c, 'atrous_rate', 1),
    );
    return [[dimAt(input, 0), len, num(c, 'nb_filter')]];
  },
};

function kernel2d(c: Config): [number, number] {
  return [num(c, 'nb_row'), num(c, 'nb_col')];
}

function kernel3d(c: Config): [number, number, number] {
  return [num(c, 'kernel_dim1'), num(c, 'kernel_dim2'), num(c, 'kernel_dim3')];
}

function stackSize(call: LayerCall, rank: number): number {
  const input = inputShape(call);
  requireRank(input, rank + 2, call);
  return requireDim(splitChannels(input, isChannelsFirst(call.config)).channels, `${call.className} input channels`);
}

/** Convolution2D/3D family: W laid out by dim_ordering. */
function convNd(rank: 2 | 3, kernelOf: (c: Config) => number[]): LayerSpec {
  return {
    variables(call) {
      const k = kernelOf(call.config);
      const f = num(call.config, 'nb_filter');
      const stack = stackSize(call, rank);
      const shape = isChannelsFirst(call.config) ? [f, stack, ...k] : [...k, stack, f];
      return withBias(call, [variable('W', shape)], f);
    },
    outputShapes(call) {
      const c = call.config;
      const input = inputShape(call);
      requireRank(input, rank + 2, call);
      const cf = isChannelsFirst(c);
      const l = splitChannels(input, cf);
      const filters = num(c, 'nb_filter');
      if (call.className === 'Deconvolution2D') {
        // Keras 1 takes the transposed conv's output size verbatim from the config.
        const out = asShape(c.output_shape);
        if (!out) throw new LayerConfigError(`Deconvolution2D output_shape should be a shape, got ${jsonSnippet(c.output_shape)}`);
        const spatial = cf ? out.slice(2, 4) : out.slice(1, 3);
        return [joinChannels({ batch: l.batch, spatial, channels: filters }, cf)];
      }
      const k = kernelOf(c);
      const strides = toTuple(c.subsample ?? 1, rank, 'subsample');
      const dilation = toTuple(c.atrous_rate ?? 1, rank, 'atrous_rate');
      const padding = paddingMode(c);
      const spatial = l.spatial.map((d, i) => convOutputLength(d, itemAt(k, i, 'kernel'), padding, itemAt(strides, i, 'subsample'), itemAt(dilation, i, 'atrous_rate')));
      return [joinChannels({ batch: l.batch, spatial, channels: filters }, cf)];
    },
  };
}

const separableConv2d: LayerSpec = {
  variables(call) {
    const c = call.config;
    const [r, k] = kernel2d(c);
    const f = num(c, 'nb_filter');
    const dm = num(c, 'depth_multiplier', 1);
    const stack = stackSize(call, 2);
    const th = isChannelsFirst(c);
    return withBias(call, [
      variable('depthwise_kernel', th ? [dm, stack, r, k] : [r, k, stack, dm]),
      variable('pointwise_kernel', th ? [f, dm * stack, 1, 1] : [1, 1, dm * stack, f]),
    ], f);
  },
  outputShapes: convNd(2, kernel2d).outputShapes,
};

/** Keras 1 BatchNormalization: running_mean/running_std instead of moving_mean/moving_variance. */
const batchNormalization: LayerSpec = {
  variables(call) {
    const input = inputShape(call);
    const axis = typeof call.config.axis === 'number' ? call.config.axis : -1;
    const a = axis < 0 ? axis + input.length : axis;
    const shape = [requireDim(input[a], 'BatchNormalization axis dim')];
    return [
      variable('gamma', shape), variable('beta', shape),
      variable('running_mean', shape, false), variable('running_std', shape, false),
    ];
  },
  outputShapes: passThrough.outputShapes,
};

/** Keras 1 advanced activations with per-element parameters over the non-batch dims. */
function perElement(...names: string[]): LayerSpec {
  return {
    variables(call) {
      const shape = requireDims(inputShape(call).slice(1), `${call.className} parameter`);
      return names.map((n) => variable(n, shape));
    },
    outputShapes: passThrough.outputShapes,
  };
}

/**
 * Keras 1 recurrent layers. consume_less='gpu' fuses the gates into W, U, b; 'cpu'/'mem' (the
 * default) keep one W/U/b per gate, in the order Keras lists them in trainable_weights.
 */
function recurrent1(gates: string[] | null): LayerSpec {
  return {
    variables(call) {
      const out = num(call.config, 'output_dim');
      const inDim = lastDim(call, `${call.className} input dim`);
      if (gates === null || pick(call.config, 'consume_less') === 'gpu') {
        const n = gates === null ? 1 : gates.length;
        return [variable('W', [inDim, n * out]), variable('U', [out, n * out]), variable('b', [n * out])];
      }
      return gates.flatMap((g) => [
        variable(`W_${g}`, [inDim, out]), variable(`U_${g}`, [out, out]), variable(`b_${g}`, [out]),
      ]);
    },
    outputShapes(call) {
      const input = inputShape(call);
      const out = num(call.config, 'output_dim');
      return recurrentOutputs({ return_sequences: call.config.return_sequences }, input, [out], []);
    },
  };
}

/** Keras 1 Merge (also what the functional `merge()` created). */
const merge: LayerSpec = {
  variables: () => [],
  outputShapes(call) {
    const c = call.config;
    const shapes = call.inputShapes;
    const [first, second] = shapes;
    if (!first || !second) throw new UnresolvedShape(`Merge '${call.name}' needs at least 2 input shapes`);
    const mode = c.mode ?? 'sum';
    switch (mode) {
      case 'sum': case 'mul': case 'ave': case 'max': {
        let out: Shape = first.slice(1);
        for (const s of shapes.slice(1)) out = broadcastShapes(out, s.slice(1));
        return [[commonBatch(shapes), ...out]];
      }
      case 'concat':
        return [concatShapes(shapes, typeof c.concat_axis === 'number' ? c.concat_axis : -1)];
      case 'dot': case 'cos':
        return [dotShapes(first, second, c.dot_axes ?? -1)];
      default: {
        const declared = asShape(c.output_shape);
        if (c.output_shape_type === 'raw' && declared) return [declared];
        throw new UnresolvedShape(`Merge '${call.name}' uses a custom merge function`);
      }
    }
  },
};

const timeDistributedDense: LayerSpec = {
  variables: dense.variables,
  outputShapes(call) {
    const input = inputShape(call);
    return [[dimAt(input, 0), dimAt(input, 1), num(call.config, 'output_dim')]];
  },
};

export const KERAS1_SPECS: Readonly<Record<string, LayerSpec>> = {
  Dense: dense,
  TimeDistributedDense: timeDistributedDense,
  MaxoutDense: maxoutDense,
  Highway: highway,
  Embedding: embedding,
  Convolution1D: conv1d,
  AtrousConvolution1D: conv1d,
  Convolution2D: convNd(2, kernel2d),
  AtrousConvolution2D: convNd(2, kernel2d),
  Deconvolution2D: convNd(2, kernel2d),
  SeparableConvolution2D: separableConv2d,
  Convolution3D: convNd(3, kernel3d),
  BatchNormalization: batchNormalization,
  ParametricSoftplus: perElement('alphas', 'betas'),
  SReLU: perElement('t_left', 'a_left', 't_right', 'a_right'),
  LSTM: recurrent1(['i', 'c', 'f', 'o']),
  GRU: recurrent1(['z', 'r', 'h']),
  SimpleRNN: recurrent1(null),
  Merge: merge,
};

/** Class names that exist only in Keras 1: safe to resolve whatever generation the caller assumed. */
export const KERAS1_ONLY = new Set([
  'TimeDistributedDense', 'MaxoutDense', 'Highway', 'Convolution1D', 'AtrousConvolution1D', 'Convolution2D',
  'AtrousConvolution2D', 'Deconvolution2D', 'SeparableConvolution2D', 'Convolution3D', 'ParametricSoftplus',
  'SReLU', 'Merge',
]);
