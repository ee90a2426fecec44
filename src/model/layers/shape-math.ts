// Shape arithmetic shared by the layer specs. Every function propagates null (an open dimension)
// instead of guessing, and the `require*` helpers turn a null the caller cannot live with into
// UnresolvedShape so the walker can mark the layer 'partial'.
import type { Dim, Shape } from '../types.js';
import { UnresolvedShape, type LayerCall } from './spec.js';
import { jsonSnippet } from '../../text/config-text.js';

/** A config the layer itself would reject (Keras raises at construction or build time). */
export class LayerConfigError extends Error {
  override name = 'LayerConfigError';
}

export function requireDim(d: Dim | undefined, what: string): number {
  if (d === null || d === undefined) throw new UnresolvedShape(`${what} is unknown`);
  return d;
}

/**
 * The dim at `i` (negative counts from the end, as Python indexes). A shape too short for the axis
 * is a rank the layer cannot take: Keras would reject it when building.
 */
export function dimAt(shape: Shape, i: number): Dim {
  const d = shape.at(i);
  if (d === undefined) throw new LayerConfigError(`axis ${i} does not exist in shape ${JSON.stringify(shape)}`);
  return d;
}

/** `list[i]` of a tuple built to match the layer's rank (kernel sizes, strides); a missing one is a config Keras would reject. */
export function itemAt<T>(list: readonly T[], i: number, what: string): T {
  const v = list.at(i);
  if (v === undefined) throw new LayerConfigError(`${what} has no entry ${i} (it has ${list.length})`);
  return v;
}

/** The last (feature) dim. */
export function lastDim(shape: Shape): Dim {
  return dimAt(shape, -1);
}

export function requireDims(shape: Shape, what: string): number[] {
  return shape.map((d, i) => requireDim(d, `${what}[${i}]`));
}

/** The i-th positional input; a missing one means the walker could not resolve it. */
export function inputShape(call: LayerCall, i = 0): Shape {
  const s = call.inputShapes[i];
  if (!s) throw new UnresolvedShape(`input ${i} of ${call.className} '${call.name}' has no known shape`);
  return s;
}

export function requireRank(shape: Shape, rank: number, call: LayerCall): void {
  if (shape.length !== rank) {
    throw new LayerConfigError(
      `${call.className} '${call.name}' expects rank ${rank} input, got ${JSON.stringify(shape)}`,
    );
  }
}

export function normalizeAxis(axis: number, rank: number): number {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) throw new LayerConfigError(`axis ${axis} out of range for rank ${rank}`);
  return a;
}

export function product(dims: readonly Dim[]): Dim {
  let p = 1;
  for (const d of dims) {
    if (d === null) return null;
    p *= d;
  }
  return p;
}

export function addDims(a: Dim, b: Dim): Dim {
  return a === null || b === null ? null : a + b;
}

export function mulDim(a: Dim, k: number): Dim {
  return a === null ? null : a * k;
}

/** Keras' `standardize_tuple`: an int means "the same for every spatial dim". */
export function toTuple(value: unknown, n: number, what: string): number[] {
  if (typeof value === 'number') return Array<number>(n).fill(value);
  const list = Array.isArray(value) && value.every((v): v is number => typeof v === 'number') ? value : undefined;
  if (list?.length === n) return list;
  const [only] = list ?? [];
  if (list?.length === 1 && only !== undefined) return Array<number>(n).fill(only);
  throw new LayerConfigError(`${what} must be an int or ${n} ints, got ${jsonSnippet(value)}`);
}

/**
 * Keras' conv_output_length; 'same' and 'causal' keep ceil(in / stride), 'full' (Keras 1 Theano)
 * grows by the dilated kernel.
 */
export function convOutputLength(
  input: Dim, kernel: number, padding: string, stride: number, dilation = 1,
): Dim {
  if (input === null) return null;
  const dk = kernel + (kernel - 1) * (dilation - 1);
  let len: number;
  switch (padding) {
    case 'same':
    case 'causal':
      len = input;
      break;
    case 'valid':
      len = input - dk + 1;
      break;
    case 'full':
      len = input + dk - 1;
      break;
    default:
      throw new LayerConfigError(`unknown padding '${padding}'`);
  }
  return Math.floor((len + stride - 1) / stride);
}

/** Keras' deconv_output_length (tf-keras conv_utils and Keras 3 compute_conv_transpose_output_shape). */
export function deconvOutputLength(
  input: Dim, kernel: number, padding: string, outputPadding: number | null, stride: number, dilation = 1,
): Dim {
  if (input === null) return null;
  const dk = kernel + (kernel - 1) * (dilation - 1);
  if (outputPadding === null) {
    switch (padding) {
      case 'valid': return input * stride + Math.max(dk - stride, 0);
      case 'full': return input * stride - (stride + dk - 2);
      case 'same': return input * stride;
      default: throw new LayerConfigError(`unknown padding '${padding}'`);
    }
  }
  let pad: number;
  switch (padding) {
    case 'same': pad = Math.floor(dk / 2); break;
    case 'valid': pad = 0; break;
    case 'full': pad = dk - 1; break;
    default: throw new LayerConfigError(`unknown padding '${padding}'`);
  }
  return (input - 1) * stride + dk - 2 * pad + outputPadding;
}

/**
 * Broadcast two shapes without their batch dims, right-aligned, the way Keras' merge layers
 * compute output shapes: a null against anything stays null.
 */
export function broadcastShapes(a: Shape, b: Shape): Shape {
  if (a.length < b.length) return broadcastShapes(b, a);
  const out = a.slice(0, a.length - b.length);
  const tail = a.slice(a.length - b.length);
  tail.forEach((x, i) => {
    const y = b[i] ?? null; // tail and b have the same length
    if (x === null || y === null) out.push(null);
    else if (x === 1) out.push(y);
    else if (y === 1) out.push(x);
    else if (x !== y) throw new LayerConfigError(`shapes ${JSON.stringify(a)} and ${JSON.stringify(b)} do not broadcast`);
    else out.push(x);
  });
  return out;
}

/** The batch dim of several inputs: the one known size, or null when none (or several) are known. */
export function commonBatch(shapes: Shape[]): Dim {
  const known = new Set(shapes.map((s) => s[0]).filter((d): d is number => typeof d === 'number'));
  const [only] = known;
  return known.size === 1 && only !== undefined ? only : null;
}
