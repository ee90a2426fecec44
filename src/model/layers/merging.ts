// Merge layers: weightless, several inputs, one output.
import type { Dim, Shape } from '../types.js';
import type { LayerCall, LayerSpec } from './spec.js';
import { LayerConfigError, addDims, broadcastShapes, commonBatch, inputShape, normalizeAxis } from './shape-math.js';
import { UnresolvedShape } from './spec.js';
import { jsonSnippet } from '../../text/config-text.js';

function allInputs(call: LayerCall, min: number): Shape[] {
  if (call.inputShapes.length < min) {
    throw new UnresolvedShape(`${call.className} '${call.name}' needs ${min} input shapes, has ${call.inputShapes.length}`);
  }
  return call.inputShapes;
}

/** Add, Subtract, Multiply, Average, Maximum, Minimum: Keras broadcasts the non-batch dims. */
export const elementwise: LayerSpec = {
  variables: () => [],
  outputShapes(call) {
    const shapes = allInputs(call, 1);
    const [first = [], ...rest] = shapes;
    let out: Shape = first.slice(1);
    for (const s of rest) out = broadcastShapes(out, s.slice(1));
    return [[commonBatch(shapes), ...out]];
  },
};

export function concatShapes(shapes: Shape[], axisRaw: number): Shape {
  const rank = shapes[0]?.length ?? 0;
  const axis = normalizeAxis(axisRaw, rank);
  const out: Shape = [];
  for (let i = 0; i < rank; i++) {
    if (i === axis) {
      out.push(shapes.map((s) => s[i] ?? null).reduce((a: Dim, b: Dim) => addDims(a, b)));
    } else {
      out.push(shapes.map((s) => s[i]).find((d) => d !== null && d !== undefined) ?? null);
    }
  }
  return out;
}

export const concatenate: LayerSpec = {
  variables: () => [],
  outputShapes(call) {
    const shapes = allInputs(call, 1);
    const axis = typeof call.config.axis === 'number' ? call.config.axis : -1;
    return [concatShapes(shapes, axis)];
  },
};

/** Dot's output: both shapes minus their contracted axes, the second also minus its batch. */
export function dotShapes(a: Shape, b: Shape, axesRaw: unknown): Shape {
  let axes: [number, number];
  const pair: readonly unknown[] = Array.isArray(axesRaw) ? axesRaw : [];
  if (typeof axesRaw === 'number') {
    axes = axesRaw < 0 ? [normalizeAxis(axesRaw, a.length), normalizeAxis(axesRaw, b.length)] : [axesRaw, axesRaw];
  } else if (Array.isArray(axesRaw) && axesRaw.length === 2 && typeof pair[0] === 'number' && typeof pair[1] === 'number') {
    axes = [normalizeAxis(pair[0], a.length), normalizeAxis(pair[1], b.length)];
  } else {
    throw new LayerConfigError(`Dot axes must be an int or a pair, got ${jsonSnippet(axesRaw)}`);
  }
  const s1 = a.filter((_, i) => i !== axes[0]);
  const s2 = b.filter((_, i) => i !== axes[1]).slice(1);
  const out = [...s1, ...s2];
  return out.length === 1 ? [...out, 1] : out;
}

export const dot: LayerSpec = {
  variables: () => [],
  outputShapes(call) {
    allInputs(call, 2);
    return [dotShapes(inputShape(call, 0), inputShape(call, 1), call.config.axes ?? -1)];
  },
};
