// Shape and dtype facts the pairers and hints share. Shapes print the way Python prints tuples,
// because Keras' messages do and we quote them.
import type { DType, Shape } from '../model/types.js';

/** A definition dim of null (left open) matches any saved size. */
export function shapesCompatible(expected: Shape, saved: readonly number[]): boolean {
  return expected.length === saved.length && expected.every((d, i) => d === null || d === saved[i]);
}

export { pyShape } from '../text/python.js';

/** TF.js prints shapes as JSON arrays: `[4,3]`. */
export function jsShape(shape: readonly (number | null)[]): string {
  return `[${shape.map((d) => (d === null ? 'null' : String(d))).join(',')}]`;
}

/** Python list repr of strings: `['kernel', 'bias']`. */
export function pyList(items: readonly string[]): string {
  return `[${items.map((s) => `'${s}'`).join(', ')}]`;
}

/**
 * When `saved` holds the expected dims in another order, the axes that turn it into the expected
 * layout (`np.transpose(saved, axes)`); null when it is not a permutation or is the identity.
 */
export function transposeAxes(expected: Shape, saved: readonly number[]): number[] | null {
  if (expected.length !== saved.length || expected.length < 2) return null;
  if (expected.some((d) => d === null)) return null;
  const used = new Set<number>();
  const axes: number[] = [];
  for (const d of expected) {
    // Prefer the same axis when sizes repeat, so (3, 3, 64, 32) vs (32, 64, 3, 3) gives a sensible map.
    let j = -1;
    for (let k = 0; k < saved.length; k++) {
      if (!used.has(k) && saved[k] === d) {
        j = k;
        break;
      }
    }
    if (j < 0) return null;
    used.add(j);
    axes.push(j);
  }
  if (axes.every((a, i) => a === i)) return null;
  return axes;
}

/** Precision and range of the numeric dtypes: [significand bits, exponent bits]; ints are exact up to their width. */
const FLOAT_BITS: Partial<Record<DType, [number, number]>> = {
  float16: [11, 5], bfloat16: [8, 8], float32: [24, 8], float64: [53, 11],
};
const INT_BITS: Partial<Record<DType, [number, boolean]>> = {
  int8: [8, true], int16: [16, true], int32: [32, true], int64: [64, true],
  uint8: [8, false], uint16: [16, false], uint32: [32, false], uint64: [64, false], bool: [1, false],
};

/** True when casting values of `from` to `to` can change them (Keras casts silently on load). */
export function isLossyCast(from: DType, to: DType): boolean {
  if (from === to) return false;
  const ff = FLOAT_BITS[from];
  const tf = FLOAT_BITS[to];
  const fi = INT_BITS[from];
  const ti = INT_BITS[to];
  if (ff && tf) return tf[0] < ff[0] || tf[1] < ff[1];
  if (ff && ti) return true;
  if (fi && tf) return fi[0] > tf[0];
  if (fi && ti) {
    if (fi[1] && !ti[1]) return true;
    const width = ti[0] - (ti[1] && !fi[1] ? 1 : 0);
    return fi[0] > width;
  }
  return true;
}

/** Keras' auto-numbering: `dense`, `dense_1`, `dense_2`, … share the base `dense`. */
export function autoNumberBase(name: string): string {
  return name.replace(/_\d+$/, '');
}

export function differOnlyByAutoNumber(a: string, b: string): boolean {
  return a !== b && autoNumberBase(a) === autoNumberBase(b) && (a !== autoNumberBase(a) || b !== autoNumberBase(b));
}
