// NumPy `.npy` / `.npz` arrays: smoke inputs and expected outputs. Only what np.save / np.savez
// write for plain numeric arrays: format v1-v3 headers, little-endian numeric dtypes, C order.
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DType, WeightData } from '../model/types.js';
import { InputError, quoteName } from '../sources/errors.js';
import { DEFAULT_LIMITS, type Limits } from '../sources/limits.js';
import { checkEntries, listZip, readEntryBytes } from '../sources/zip.js';
import { decodeFloat16 } from './half.js';

export interface NdArray {
  /** The dtype as stored; float16 arrays come back decoded to a Float32Array. */
  dtype: DType;
  shape: number[];
  data: WeightData;
}

/** Arrays of an `.npz` by member name (without `.npy`), in archive order; one `.npy` is keyed by its file stem. */
export type NamedArrays = Map<string, NdArray>;

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

interface Descr {
  dtype: DType;
  itemSize: number;
  decode(bytes: Uint8Array): WeightData;
}

/**
 * Copy into a buffer of its own: the data after a header is rarely aligned for a typed-array view,
 * and a Node Buffer's `slice` would share (and expose) the whole pooled allocation.
 */
function aligned(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

const DESCRS: Record<string, Descr> = {
  f4: { dtype: 'float32', itemSize: 4, decode: (b) => new Float32Array(aligned(b)) },
  f8: { dtype: 'float64', itemSize: 8, decode: (b) => new Float64Array(aligned(b)) },
  f2: {
    dtype: 'float16', itemSize: 2,
    decode: (b) => decodeFloat16(new Uint16Array(aligned(b))),
  },
  i1: { dtype: 'int8', itemSize: 1, decode: (b) => new Int8Array(aligned(b)) },
  i2: { dtype: 'int16', itemSize: 2, decode: (b) => new Int16Array(aligned(b)) },
  i4: { dtype: 'int32', itemSize: 4, decode: (b) => new Int32Array(aligned(b)) },
  i8: { dtype: 'int64', itemSize: 8, decode: (b) => new BigInt64Array(aligned(b)) },
  u1: { dtype: 'uint8', itemSize: 1, decode: (b) => new Uint8Array(aligned(b)) },
  u2: { dtype: 'uint16', itemSize: 2, decode: (b) => new Uint16Array(aligned(b)) },
  u4: { dtype: 'uint32', itemSize: 4, decode: (b) => new Uint32Array(aligned(b)) },
  b1: { dtype: 'bool', itemSize: 1, decode: (b) => new Uint8Array(aligned(b)) },
};

interface Header {
  descr: string;
  fortranOrder: boolean;
  shape: number[];
  dataOffset: number;
}

function parseHeader(bytes: Uint8Array, source: string): Header {
  if (bytes.length < 10 || !MAGIC.every((m, i) => bytes[i] === m)) {
    throw new InputError(source, 'not-keras', 'not a NumPy .npy array (the \\x93NUMPY magic is missing)', 'Write it with numpy.save().');
  }
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // v1 has a 2-byte header length; v2 (large headers) and v3 (UTF-8 field names) have 4 bytes.
  let headerLen: number;
  let start: number;
  if (major === 1) {
    headerLen = view.getUint16(8, true);
    start = 10;
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw new InputError(source, 'truncated', 'the .npy header is cut short');
    headerLen = view.getUint32(8, true);
    start = 12;
  } else {
    throw new InputError(source, 'unsupported-format', `.npy format version ${major}.${bytes[7]} is not one numpy writes (1.0, 2.0, 3.0)`);
  }
  if (start + headerLen > bytes.length) throw new InputError(source, 'truncated', 'the .npy header runs past the end of the file');
  const text = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(start, start + headerLen));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw new InputError(source, 'corrupt', `the .npy header is not a numpy array description: ${text.trim().slice(0, 120)}`);
  }
  const shape = shapeText.split(',').map((s) => s.trim()).filter(Boolean).map((s) => Number(s.replace(/L$/, '')));
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) throw new InputError(source, 'corrupt', `the .npy shape (${shapeText}) is not a list of sizes`);
  return { descr, fortranOrder: fortran === 'True', shape, dataOffset: start + headerLen };
}

function descrOf(descr: string, source: string): Descr {
  const m = /^([<>|=]?)([a-zA-Z])(\d+)$/.exec(descr);
  if (!m) throw new InputError(source, 'unsupported-format', `the array dtype '${descr}' is a structured or object dtype, not a plain numeric array`);
  const [, order, kind, size] = m;
  if (order === '>' && size !== '1') {
    throw new InputError(source, 'unsupported-format', `the array is big-endian ('${descr}')`, 'Save it little-endian: numpy.save(f, a.astype(a.dtype.newbyteorder("<"))).');
  }
  const d = DESCRS[`${kind}${size}`];
  if (!d) {
    throw new InputError(source, 'unsupported-format', `the array dtype '${descr}' is not supported (float16/32/64, int8/16/32/64, uint8/16/32 and bool are)`);
  }
  return d;
}

/** Parse the bytes of one `.npy` file. `source` names it in errors. */
export function parseNpy(bytes: Uint8Array, source: string): NdArray {
  const h = parseHeader(bytes, source);
  const d = descrOf(h.descr, source);
  const count = h.shape.reduce((a, b) => a * b, 1);
  // numpy writes fortran_order True only for arrays that are not C-contiguous: read as C they come out transposed.
  if (h.fortranOrder) {
    throw new InputError(source, 'unsupported-format', `the array is stored in Fortran (column-major) order, shape (${h.shape.join(', ')})`,
      'Save a C-ordered copy: numpy.save(f, numpy.ascontiguousarray(a)).');
  }
  const need = count * d.itemSize;
  const have = bytes.length - h.dataOffset;
  if (have < need) throw new InputError(source, 'truncated', `the array needs ${need} bytes of data but the file holds ${have}`);
  if (have > need) throw new InputError(source, 'corrupt', `the file holds ${have - need} bytes after the array data (shape (${h.shape.join(', ')}), ${h.descr})`);
  return { dtype: d.dtype, shape: h.shape, data: d.decode(bytes.subarray(h.dataOffset, h.dataOffset + need)) };
}

export interface ReadArraysOptions {
  /**
   * Most bytes all the arrays of one file may take once inflated (headers included). The caller
   * bounds it by the shapes the arrays must have (`arraysByteBound`); an `.npz` is refused before
   * inflating anything when its members declare more, and inflation stops at the declared sizes.
   */
  maxBytes?: number;
  /** The zip limits (ratio, decompressed size, timeout) applied to an `.npz`'s members. */
  limits?: Limits;
}

/** Without a bound from the model: more than any smoke input or output needs, far less than a bomb. */
export const DEFAULT_ARRAY_BYTES = 256 * 2 ** 20;

/** The floor of `arraysByteBound`: small models still accept a generous batch. */
export const ARRAY_BYTES_FLOOR = 16 * 2 ** 20;

/** The most bytes one `.npy` header may plausibly take (numpy pads to 64; v2 headers can be long). */
const HEADER_ALLOWANCE = 64 * 2 ** 10;

/**
 * The bytes that arrays of these shapes can take (8 bytes per element, the widest dtype, plus a
 * header each), with open dimensions (`null`, the batch) up to `openDim`; never under `floorBytes`
 * and never over 2 GiB or `limits.maxDecompressedBytes`. The smoke run bounds its input and
 * expected-output files with it.
 */
export function arraysByteBound(
  shapes: readonly (readonly (number | null)[])[],
  o: { openDim?: number; floorBytes?: number; limits?: Limits } = {},
): number {
  const openDim = o.openDim ?? 1024;
  let total = 0;
  for (const shape of shapes) total += shape.reduce<number>((n, d) => n * (d ?? openDim), 1) * 8 + HEADER_ALLOWANCE;
  const ceiling = Math.min(2 * 2 ** 30, (o.limits ?? DEFAULT_LIMITS).maxDecompressedBytes);
  return Math.min(ceiling, Math.max(total, o.floorBytes ?? ARRAY_BYTES_FLOOR));
}

function tooLarge(file: string, found: string, maxBytes: number): InputError {
  return new InputError(file, 'limit', `${found}, more than the ${maxBytes} bytes the model's inputs or outputs can take`,
    'Save only the arrays the model takes, with a small batch: numpy.save(f, x[:8]) or numpy.savez(f, name=x[:8], ...).');
}

export async function readNpy(file: string, o: ReadArraysOptions = {}): Promise<NdArray> {
  const maxBytes = o.maxBytes ?? DEFAULT_ARRAY_BYTES;
  let bytes: Uint8Array;
  try {
    const { size } = await stat(file);
    if (size > maxBytes) throw tooLarge(file, `the array file is ${size} bytes`, maxBytes);
    bytes = await readFile(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, 'not-found', `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return parseNpy(bytes, file);
}

/** What np.savez names a member: `<key>.npy`, no folders. */
const NPZ_MEMBER = /^[^/\\]+\.npy$/;

/**
 * Every `<name>.npy` member of an `.npz` (np.savez / np.savez_compressed), keyed by `<name>`. Names,
 * duplicates, the zip limits and the total size (`maxBytes`) are checked before anything is inflated.
 */
export async function readNpz(file: string, o: ReadArraysOptions = {}): Promise<NamedArrays> {
  const maxBytes = o.maxBytes ?? DEFAULT_ARRAY_BYTES;
  const limits = o.limits ?? DEFAULT_LIMITS;
  const entries = await listZip(file);
  checkEntries(file, entries, limits);
  const fix = 'Write it with numpy.savez(f, name=array, ...): one <name>.npy member per array.';
  for (const e of entries) {
    if (!NPZ_MEMBER.test(e.name) || e.name.includes('\0')) {
      throw new InputError(file, 'corrupt', `the .npz member ${quoteName(e.name)} is not an .npy array (np.savez writes only <name>.npy members, no folders)`, fix);
    }
  }
  if (entries.length === 0) throw new InputError(file, 'corrupt', 'the .npz archive holds no arrays', fix);
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (declared > maxBytes) throw tooLarge(file, `the .npz members declare ${declared} bytes by ${quoteName(e.name)}`, maxBytes);
  }
  const out: NamedArrays = new Map();
  // Each member stops inflating at its declared size, so the total stays within what was checked above.
  for (const e of entries) out.set(e.name.slice(0, -4), parseNpy(await readEntryBytes(file, e, maxBytes, limits), `${file}:${e.name}`));
  return out;
}

async function startsWithZip(file: string): Promise<boolean> {
  const fh = await open(file, 'r').catch((err: NodeJS.ErrnoException) => {
    throw new InputError(file, 'not-found', `cannot be read (${err.code ?? String(err)})`);
  });
  try {
    const b = Buffer.alloc(4);
    await fh.read(b, 0, 4, 0);
    return b.readUInt32LE(0) === 0x04034b50;
  } finally {
    await fh.close();
  }
}

/**
 * An `.npy` (one array, keyed by the file stem) or `.npz` (many), told apart by content, within
 * `maxBytes` in all (default `DEFAULT_ARRAY_BYTES`) and the zip limits.
 */
export async function readArrays(file: string, o: ReadArraysOptions = {}): Promise<NamedArrays> {
  if (await startsWithZip(file)) return readNpz(file, o);
  const stem = path.basename(file).replace(/\.npy$/, '');
  return new Map([[stem, await readNpy(file, o)]]);
}
