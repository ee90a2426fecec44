// Byte sizes and value decoding for TF.js weight data, mirroring tfjs-core `io_utils.ts::decodeWeight`
// so the numbers weightgate reports are the numbers a TF.js app would load.
import os from 'node:os';
import { DTYPE_BYTES, type DType, type WeightData } from '../model/types.js';
import { decodeBfloat16, decodeFloat16 } from './half.js';

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
  for (let i = 0; i + size <= bytes.length; i += size) bytes.subarray(i, i + size).reverse();
  return bytes;
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
      return decodeFloat16(new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count));
    }
    const codes = q.dtype === 'uint8' ? bytes.subarray(0, count) : new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
    const scale = q.scale ?? 1;
    const min = q.min ?? 0;
    if (spec.dtype === 'int32') return Int32Array.from(codes, (c) => Math.round(c * scale + min));
    return Float32Array.from(codes, (c) => c * scale + min);
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
      return decodeFloat16(new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count));
    }
    case 'bfloat16': return decodeBfloat16(new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count));
    // `string` tensors have no numeric form: hand back the raw length-prefixed bytes.
    default: return bytes;
  }
}
