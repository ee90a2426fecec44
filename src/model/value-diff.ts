// Comparing the values of two variables or outputs, element by element, the one way every comparison
// does it: the --expected check, output snapshots, the base comparison and the artifact diff.
import type { WeightData } from './types.js';

/**
 * |a − b|, where NaN against NaN (and a value against itself, infinities included) is agreement and NaN
 * against anything else is an infinite difference: a NaN never passes as "close".
 */
export function absDiff(a: number, b: number): number {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  const d = Math.abs(a - b);
  return Number.isNaN(d) ? Infinity : d;
}

/** Values as numbers (int64 values as the nearest doubles). */
export function numbersOf(data: WeightData): ArrayLike<number> {
  return data instanceof BigInt64Array ? Float64Array.from(data, Number) : data;
}

/** The same element type and the same bytes: identical values, found without looking at them one by one. */
export function sameBytes(x: WeightData, y: WeightData): boolean {
  if (x.constructor !== y.constructor || x.byteLength !== y.byteLength) return false;
  return Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(Buffer.from(y.buffer, y.byteOffset, y.byteLength));
}
