// The one home of 16-bit floats, both ways: IEEE 754 binary16 (float16) and bfloat16 decoded to
// float32 for every reader (HDF5, TF.js shards, .npy), and float32 encoded to binary16 for the
// converter's float16 quantisation.

const HALF_EXP = new Float64Array(32).map((_, e) => 2 ** (e - 15));

/** IEEE 754 binary16 bits → number (the same values tfjs' `getFloat16Decoder` table produces). */
export function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  // exp is 1..30 here, inside the 32-entry table.
  return sign * (1 + frac / 1024) * HALF_EXP[exp]!;
}

/** binary16 values (host order) decoded to float32. */
export function decodeFloat16(half: Uint16Array): Float32Array {
  const out = new Float32Array(half.length);
  half.forEach((h, i) => { out[i] = halfToFloat(h); });
  return out;
}

/** bfloat16 values (host order) decoded to float32: each is the top half of a float32. */
export function decodeBfloat16(half: Uint16Array): Float32Array {
  const bits = new Uint32Array(half.length);
  half.forEach((h, i) => { bits[i] = h << 16; });
  return new Float32Array(bits.buffer);
}

// IEEE 754 binary16 from float32, rounding to nearest even (what numpy's astype(float16) does, and
// what tfjs-core's float16 decoder expects to read back).
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export function toHalfBits(value: number): number {
  f32[0] = value;
  // u32 views f32's one element, just written.
  const x = u32[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0); // Inf / NaN (quiet)
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00; // too large: ±Inf
  if (e <= 0) {
    // Subnormal half (or zero): shift the implicit bit in, round to nearest even on the dropped bits.
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    const half = mant >>> shift;
    const rest = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    return sign | (half + (rest > mid || (rest === mid && (half & 1)) ? 1 : 0));
  }
  const rest = mant & 0x1fff;
  mant >>>= 13;
  if (rest > 0x1000 || (rest === 0x1000 && (mant & 1))) {
    mant++;
    if (mant === 0x400) {
      mant = 0;
      e++;
      if (e >= 0x1f) return sign | 0x7c00;
    }
  }
  return sign | (e << 10) | mant;
}

export function toHalf(values: ArrayLike<number>): Uint16Array {
  return Uint16Array.from(values, toHalfBits);
}
