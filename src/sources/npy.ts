// NumPy `.npy` / `.npz` arrays: smoke inputs and expected outputs. Only what np.save / np.savez
// write for plain numeric arrays: format v1-v3 headers, little-endian numeric dtypes, C order.
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { halfToFloat } from '../formats/tfjs-decode.js';
import type { DType, WeightData } from '../model/types.js';
import { InputError } from './errors.js';
import { listZip, readEntryBytes } from './zip.js';

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
  decode(bytes: Uint8Array, count: number): WeightData;
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
    decode: (b, n) => {
      const u16 = new Uint16Array(aligned(b));
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = halfToFloat(u16[i]);
      return out;
    },
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
  return { dtype: d.dtype, shape: h.shape, data: d.decode(bytes.subarray(h.dataOffset, h.dataOffset + need), count) };
}

export async function readNpy(file: string): Promise<NdArray> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new InputError(file, 'not-found', `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return parseNpy(bytes, file);
}

/** Every `<name>.npy` member of an `.npz` (np.savez / np.savez_compressed), keyed by `<name>`. */
export async function readNpz(file: string): Promise<NamedArrays> {
  const out: NamedArrays = new Map();
  for (const e of await listZip(file)) {
    if (e.name.endsWith('/')) continue;
    if (!e.name.endsWith('.npy')) throw new InputError(file, 'corrupt', `the .npz member '${e.name}' is not an .npy array`);
    const bytes = await readEntryBytes(file, e);
    out.set(e.name.slice(0, -4), parseNpy(bytes, `${file}:${e.name}`));
  }
  if (out.size === 0) throw new InputError(file, 'corrupt', 'the .npz archive holds no arrays');
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

/** An `.npy` (one array, keyed by the file stem) or `.npz` (many), told apart by content. */
export async function readArrays(file: string): Promise<NamedArrays> {
  if (await startsWithZip(file)) return readNpz(file);
  const stem = path.basename(file).replace(/\.npy$/, '');
  return new Map([[stem, await readNpy(file)]]);
}
