// Checking one output: its shape against the definition, every value finite, and the values against
// Keras' own within `atol + rtol * |expected|`, element by element (numpy.allclose's rule).
import { absDiff, numbersOf } from '../model/value-diff.js';
import type { Shape } from '../model/types.js';
import type { NdArray } from '../formats/npy.js';
import type { Tolerance } from './engine-types.js';

/** float32 compute on both sides: summation order and fused ops differ, nothing else. */
export const FLOAT32_TOLERANCE: Tolerance = { atol: 1e-4, rtol: 1e-3, basis: 'float32 defaults' };

/**
 * Keras computes float16/mixed_float16 layers in half precision and may store the outputs as float16
 * (spacing 2^-10 ≈ 9.8e-4 relative, so the expected values alone carry up to 4.9e-4·|b| of rounding);
 * TF.js computes in float32. rtol 1e-2 allows ~10 half-precision ulps of accumulated rounding through
 * a few layers; atol 2e-3 is the bound the corpus generator itself used when comparing Keras'
 * float16 round trips (manifest `compare_atol`). Measured on the corpus: 8.1e-4 (float16_dense) and
 * 9.2e-5 (mixed_float16); a weight that is wrong or swapped moves outputs by 1e-2 to 1e0.
 */
export const HALF_TOLERANCE: Tolerance = { atol: 2e-3, rtol: 1e-2, basis: 'half-precision compute in Keras (float16/bfloat16 layers), float32 in TF.js' };

export function toleranceFor(halfPrecision: boolean, given: { atol?: number; rtol?: number } = {}): Tolerance {
  const base = halfPrecision ? HALF_TOLERANCE : FLOAT32_TOLERANCE;
  if (given.atol === undefined && given.rtol === undefined) return base;
  return { atol: given.atol ?? base.atol, rtol: given.rtol ?? base.rtol, basis: 'given by the caller' };
}

/** Null (open) declared dims match anything; the rank must agree. */
export function shapeMatches(actual: readonly number[], declared: Shape): boolean {
  return actual.length === declared.length && declared.every((d, i) => d === null || d === actual[i]);
}

/** A declared `[null]` is the definition's placeholder for "could not resolve", not a rank-1 promise. */
export function isUnresolved(declared: Shape): boolean {
  return declared.length === 1 && declared[0] === null;
}

export function allFinite(data: ArrayLike<number>): boolean {
  for (let i = 0; i < data.length; i++) if (!Number.isFinite(data[i])) return false;
  return true;
}


export interface Comparison {
  maxAbsDiff: number;
  withinTolerance: boolean;
  /** The element that exceeds its bound by the most (or the largest difference when all pass). */
  worst?: { index: number[]; actual: number; expected: number; allowed: number };
  /** Set when the arrays cannot be compared at all. */
  problem?: string;
}

function unravel(flat: number, shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  for (let i = shape.length - 1; i >= 0; i--) {
    const d = shape[i] ?? 1;
    out[i] = flat % d;
    flat = Math.floor(flat / d);
  }
  return out;
}

export function compareToExpected(actual: ArrayLike<number>, shape: readonly number[], expected: NdArray, tol: Tolerance): Comparison {
  if (expected.shape.length !== shape.length || expected.shape.some((d, i) => d !== shape[i])) {
    return { maxAbsDiff: Number.NaN, withinTolerance: false, problem: `the expected output has shape ${JSON.stringify(expected.shape)}, the model produced ${JSON.stringify(shape)}` };
  }
  const want = numbersOf(expected.data);
  let maxAbsDiff = 0;
  let worstExcess = Number.NEGATIVE_INFINITY;
  let worstAt = 0;
  let within = true;
  for (let i = 0; i < want.length; i++) {
    // i < want.length, and the shapes (so the lengths) agree.
    const a = actual[i]!;
    const b = want[i]!;
    const d = absDiff(a, b);
    const allowed = tol.atol + tol.rtol * Math.abs(b);
    if (d > maxAbsDiff) maxAbsDiff = d;
    if (d > allowed) within = false;
    if (d - allowed > worstExcess) {
      worstExcess = d - allowed;
      worstAt = i;
    }
  }
  // worstAt indexes an element the loop visited.
  const worst = want.length
    ? { index: unravel(worstAt, shape), actual: actual[worstAt]!, expected: want[worstAt]!, allowed: tol.atol + tol.rtol * Math.abs(want[worstAt]!) }
    : undefined;
  return { maxAbsDiff, withinTolerance: within, worst };
}
