// TF.js' own weight quantisation (tfjs-converter `quantization.py`), so tfjs-core's `decodeWeight`
// dequantises on load: uint8/uint16 store q with value = q · scale + min, the range nudged so that
// 0.0 is exactly representable when it lies inside it (TF-Lite style); float16 stores IEEE halves.
// Only float32 weights are quantised; integer ones (a Normalization's count) are stored as they are.
import { toHalf } from '../formats/half.js';

export type QuantizeDtype = 'float16' | 'uint8' | 'uint16';
export const QUANTIZE_DTYPES: readonly QuantizeDtype[] = ['float16', 'uint8', 'uint16'];

export interface Quantized {
  bytes: Uint8Array;
  quantization: { dtype: QuantizeDtype; min?: number; scale?: number };
}

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** `_get_affine_quantization_range`: the scale, and the range nudged so 0 falls on a step. */
export function affineRange(min: number, max: number, qmax: number): { scale: number; min: number; max: number } {
  const scale = (max - min) / qmax;
  if (!(min <= 0 && 0 <= max)) return { scale, min, max };
  const zeroPoint = roundHalfEven((0 - min) / scale);
  const nudgedMin = -zeroPoint * scale;
  return { scale, min: nudgedMin, max: qmax * scale + nudgedMin };
}

function bytesOf(a: Uint8Array | Uint16Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

export function quantize(values: Float32Array, dtype: QuantizeDtype): Quantized {
  if (dtype === 'float16') return { bytes: bytesOf(toHalf(values)), quantization: { dtype } };
  const qmax = dtype === 'uint8' ? 0xff : 0xffff;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const out = dtype === 'uint8' ? new Uint8Array(values.length) : new Uint16Array(values.length);
  if (!values.length || lo === hi) {
    // One value (or none): every q is 0 and min carries it, as the converter does.
    return { bytes: bytesOf(out), quantization: { dtype, min: values.length ? lo : 0, scale: 1 } };
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new Error(`cannot quantise to ${dtype}: the weight holds infinite or NaN values`);
  const r = affineRange(lo, hi, qmax);
  values.forEach((v, i) => {
    const clipped = Math.min(Math.max(v, r.min), r.max);
    out[i] = Math.min(qmax, Math.max(0, roundHalfEven((clipped - r.min) / r.scale)));
  });
  return { bytes: bytesOf(out), quantization: { dtype, min: r.min, scale: r.scale } };
}
