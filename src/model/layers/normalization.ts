// Normalisation layers of Keras 2/3 (Keras 1's BatchNormalization lives in keras1.ts).
import type { Shape } from '../types.js';
import type { LayerSpec, VariableSpec } from './spec.js';
import { bool, variable } from './config-read.js';
import { passThrough } from './activations.js';
import { LayerConfigError, inputShape, normalizeAxis, requireDim } from './shape-math.js';
import { jsonSnippet } from '../../text/config-text.js';

function axesOf(raw: unknown, rank: number, dflt: number): number[] {
  const list: readonly unknown[] = raw === null || raw === undefined ? [dflt] : Array.isArray(raw) ? raw : [raw];
  if (!list.every((a): a is number => typeof a === 'number')) {
    throw new LayerConfigError(`axis must be an int or a list of ints, got ${jsonSnippet(raw)}`);
  }
  return list.map((a) => normalizeAxis(a, rank));
}

/**
 * Parameter shape of tf-keras BatchNormalization: (dim,) for one axis, otherwise the input rank
 * with 1 on the other axes (and an extra 1 after the batch dim with virtual batches). Keras 3
 * only accepts one int axis, which lands on the first branch.
 */
export function batchNormParamShape(input: Shape, axisRaw: unknown, virtualBatch: boolean): number[] {
  const axes = axesOf(axisRaw, input.length, -1);
  const dims = axes.map((a) => requireDim(input[a], `BatchNormalization axis ${a} dim`));
  const [only] = dims;
  if (dims.length === 1 && only !== undefined && !virtualBatch) return [only];
  const shape = input.map((_, i) => dims[axes.indexOf(i)] ?? 1);
  if (virtualBatch) shape.splice(1, 0, 1);
  return shape;
}

export const batchNormalization: LayerSpec = {
  variables(call) {
    const c = call.config;
    const virtualBatch = typeof c.virtual_batch_size === 'number';
    const shape = batchNormParamShape(inputShape(call), c.axis, virtualBatch);
    const vars: VariableSpec[] = [];
    if (bool(c, 'scale', true)) vars.push(variable('gamma', shape));
    if (bool(c, 'center', true)) vars.push(variable('beta', shape));
    vars.push(variable('moving_mean', shape, false), variable('moving_variance', shape, false));
    // Batch renormalisation tracks a stddev and its own running moments, all non-trainable.
    if (bool(c, 'renorm', false)) {
      vars.push(
        variable('moving_stddev', shape, false),
        variable('renorm_mean', shape, false),
        variable('renorm_stddev', shape, false),
      );
    }
    return vars;
  },
  outputShapes: passThrough.outputShapes,
};

function dimsAt(input: Shape, axes: number[], what: string): number[] {
  return axes.map((a, i) => requireDim(input[a], `${what}[${i}]`));
}

/**
 * LayerNormalization: gamma then beta over the normalised axes. Keras 3's `rms_scaling` keeps
 * gamma even when scale=False and never creates beta.
 */
export const layerNormalization: LayerSpec = {
  variables(call) {
    const c = call.config;
    const input = inputShape(call);
    const shape = dimsAt(input, axesOf(c.axis, input.length, -1), 'LayerNormalization axis dim');
    const rms = bool(c, 'rms_scaling', false);
    const vars: VariableSpec[] = [];
    if (bool(c, 'scale', true) || rms) vars.push(variable('gamma', shape));
    if (bool(c, 'center', true) && !rms) vars.push(variable('beta', shape));
    return vars;
  },
  outputShapes: passThrough.outputShapes,
};

export const groupNormalization: LayerSpec = {
  variables(call) {
    const c = call.config;
    const input = inputShape(call);
    const axis = normalizeAxis(typeof c.axis === 'number' ? c.axis : -1, input.length);
    const dim = requireDim(input[axis], 'GroupNormalization axis dim');
    const groups = typeof c.groups === 'number' ? c.groups : 32;
    const effective = groups === -1 ? dim : groups;
    if (dim % effective !== 0) throw new LayerConfigError(`${dim} channels not divisible into ${effective} groups`);
    const vars: VariableSpec[] = [];
    if (bool(c, 'scale', true)) vars.push(variable('gamma', [dim]));
    if (bool(c, 'center', true)) vars.push(variable('beta', [dim]));
    return vars;
  },
  outputShapes: passThrough.outputShapes,
};

/** Keras 3 RMSNormalization: one `scale` over the (sorted) axes. */
export const rmsNormalization: LayerSpec = {
  variables(call) {
    const input = inputShape(call);
    const raw = call.config.axis;
    const axes = Array.isArray(raw) ? [...(raw as readonly unknown[])].sort((a, b) => Number(a) - Number(b)) : raw;
    return [variable('scale', dimsAt(input, axesOf(axes, input.length, -1), 'RMSNormalization axis dim'))];
  },
  outputShapes: passThrough.outputShapes,
};
