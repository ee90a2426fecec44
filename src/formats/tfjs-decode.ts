// Byte sizes and value decoding for TF.js weight data, mirroring tfjs-core `io_utils.ts::decodeWeight`
// so the numbers weightgate reports are the numbers a TF.js app would load.
import os from 'node:os';
import { DTYPE_BYTES, type DType, type WeightData } from '../model/types.js';

export type QuantDtype = 'uint8' | 'uint16' | 'float16';

export interface Quantization {
  dtype: QuantDtype;
  min?: number;
  scale?: number;
}

/** What the decoder needs to know about one manifest entry. */
export interface DecodeSpec {
  name: string;
  /** Manifest dtype (what the app gets). */
  dtype: DType;
  /** Element count (product of the shape). */
  count: number;
  quantization?: Quantization;
}

/** TF.js `DTYPE_VALUE_SIZE_MAP` plus numpy dtypes the converter never writes but hand-made files might. */
export function storedBytesPerElement(dtype: DType, quantization?: Quantization): number {
  if (quantization) return quantization.dtype === 'uint8' ? 1 : 2;
  return DTYPE_BYTES[dtype];
}

const LITTLE_ENDIAN = os.endianness() === 'LE';

/** Shard data is little-endian on disk; typed arrays use host order, so swap on the rare big-endian host. */
function toHostOrder(bytes: Uint8Array, size: number): Uint8Array {
  if (LITTLE_ENDIAN || size === 1) return bytes;
  for (let i = 0; i + size <= bytes.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = bytes[a];
      bytes[a] = bytes[b];
      bytes[b] = t;
    }
  }
  return bytes;
}

const HALF_EXP = new Float64Array(32).map((_, e) => 2 ** (e - 15));

/** IEEE 754 binary16 → number (the same values tfjs' `getFloat16Decoder` table produces). */
export function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + frac / 1024) * HALF_EXP[exp];
}

/**
 * Decode one weight's stored bytes. `bytes` must start at offset 0 of its own ArrayBuffer
 * (the shard reader allocates it that way) so typed-array views are aligned.
 */
export function decodeWeight(bytes: Uint8Array, spec: DecodeSpec): WeightData {
  const { count, quantization: q } = spec;
  if (bytes.byteOffset !== 0) bytes = bytes.slice();
  if (q) {
    if (q.dtype === 'float16') {
      const half = new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = halfToFloat(half[i]);
      return out;
    }
    const codes = q.dtype === 'uint8' ? bytes.subarray(0, count) : new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
    const scale = q.scale ?? 1;
    const min = q.min ?? 0;
    if (spec.dtype === 'int32') {
      const out = new Int32Array(count);
      for (let i = 0; i < count; i++) out[i] = Math.round(codes[i] * scale + min);
      return out;
    }
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = codes[i] * scale + min;
    return out;
  }
  switch (spec.dtype) {
    case 'float32': return new Float32Array(toHostOrder(bytes, 4).buffer, 0, count);
    case 'int32': return new Int32Array(toHostOrder(bytes, 4).buffer, 0, count);
    // complex64 is interleaved (re, im) float32 pairs; callers see 2 × count floats.
    case 'complex64': return new Float32Array(toHostOrder(bytes, 4).buffer, 0, count * 2);
    case 'bool':
    case 'uint8': return bytes.subarray(0, count);
    case 'int8': return new Int8Array(bytes.buffer, 0, count);
    case 'int16': return new Int16Array(toHostOrder(bytes, 2).buffer, 0, count);
    case 'uint16': return new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
    case 'uint32': return new Uint32Array(toHostOrder(bytes, 4).buffer, 0, count);
    case 'float64': return new Float64Array(toHostOrder(bytes, 8).buffer, 0, count);
    case 'int64': return new BigInt64Array(toHostOrder(bytes, 8).buffer, 0, count);
    // WeightData has no unsigned 64-bit view; values below 2^63 read the same.
    case 'uint64': return new BigInt64Array(toHostOrder(bytes, 8).buffer, 0, count);
    case 'float16': {
      const half = new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = halfToFloat(half[i]);
      return out;
    }
    case 'bfloat16': {
      // bfloat16 is the top half of a float32: shift it back into place.
      const half = new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
      const bits = new Uint32Array(count);
      for (let i = 0; i < count; i++) bits[i] = half[i] << 16;
      return new Float32Array(bits.buffer);
    }
    // `string` tensors have no numeric form: hand back the raw length-prefixed bytes.
    default: return bytes;
  }
}
