// Every HDF5 access goes through here (h5wasm, Node build: the emscripten FS is the real disk,
// so opening a file reads only its metadata; data is read per dataset on demand).
import h5wasm from 'h5wasm/node';
import type { DType, Shape } from '../model/types.js';
import { InputError } from '../sources/errors.js';

type H5Module = Awaited<typeof h5wasm.ready>;
export type H5File = InstanceType<typeof h5wasm.File>;
export type H5Group = InstanceType<typeof h5wasm.Group>;
export type H5Dataset = InstanceType<typeof h5wasm.Dataset>;
type H5Object = H5Group | H5Dataset;

let modulePromise: Promise<H5Module> | undefined;

async function ready(): Promise<H5Module> {
  modulePromise ??= h5wasm.ready.then((m) => {
    // Without this HDF5 only prints diagnostics and hands back invalid ids.
    m.activate_throwing_error_handler();
    return m;
  });
  return modulePromise;
}

export async function h5Module(): Promise<H5Module> {
  return ready();
}

export async function openHdf5(file: string): Promise<H5File> {
  await ready();
  let f: H5File;
  try {
    f = new h5wasm.File(file, 'r');
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    if (/truncated file/i.test(text)) {
      const m = /eof = (\d+), sblock->base_addr = \d+, stored_eof = (\d+)/.exec(text);
      throw new InputError(file, 'truncated',
        `the HDF5 file is truncated${m ? ` (${m[1]} bytes on disk, the file says ${m[2]})` : ''}`,
        'The download or copy was cut short; fetch the file again.');
    }
    throw new InputError(file, 'corrupt', `the HDF5 library could not open it (${firstDiagLine(text)})`,
      'The file is damaged; re-download or re-save it.');
  }
  if (f.file_id < 0n) throw new InputError(file, 'corrupt', 'the HDF5 library could not open it', 'The file is damaged; re-download or re-save it.');
  return f;
}

function firstDiagLine(text: string): string {
  const minor = /minor: (.*)/.exec(text)?.[1];
  const major = /major: (.*)/.exec(text)?.[1];
  const line = text.split('\n').find((l) => /#\d{3}:/.test(l))?.replace(/^.*?line \d+ in \S+\(\): /, '');
  return [line, major, minor].filter(Boolean).join('; ').slice(0, 240) || text.slice(0, 240);
}

export function isGroup(o: unknown): o is H5Group {
  return o instanceof h5wasm.Group;
}
export function isDataset(o: unknown): o is H5Dataset {
  return o instanceof h5wasm.Dataset;
}

export function child(g: H5Group, name: string): H5Object | null {
  // Soft/external links are refused, as Keras' safe_get_h5_group does: a file may not point elsewhere.
  const o = g.get(name);
  if (o === null || o === undefined) return null;
  if (isGroup(o) || isDataset(o)) return o;
  return null;
}

export function hasAttr(o: H5Object, name: string): boolean {
  return name in o.attrs;
}

/** UTF-8 written into ASCII-marked strings comes back one char per byte; undo that. */
export function repairUtf8(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  const bytes = Uint8Array.from(s, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return s;
  }
}

function attrValue(o: H5Object, name: string): unknown {
  const a = o.attrs[name];
  if (!a) return undefined;
  return a.value;
}

export function attrString(o: H5Object, name: string): string | undefined {
  if (!hasAttr(o, name)) return undefined;
  const v = attrValue(o, name);
  if (typeof v === 'string') return repairUtf8(v);
  if (Array.isArray(v) && v.length === 1 && typeof v[0] === 'string') return repairUtf8(v[0]);
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  return v === null || v === undefined ? undefined : String(v);
}

/**
 * Keras' `load_attributes_from_hdf5_group`: a list attribute, possibly split into `name0`, `name1`, …
 * when over 64 KB. An empty list is stored as a float64 array of shape (0,), so any non-string value is [].
 */
export function loadAttributesFromHdf5Group(o: H5Object, name: string): string[] {
  const norm = (v: unknown): string[] =>
    Array.isArray(v) ? v.map((x) => repairUtf8(String(x))) : typeof v === 'string' ? [repairUtf8(v)] : [];
  if (hasAttr(o, name)) return norm(attrValue(o, name));
  const out: string[] = [];
  for (let i = 0; hasAttr(o, `${name}${i}`); i++) out.push(...norm(attrValue(o, `${name}${i}`)));
  return out;
}

export function hasListAttribute(o: H5Object, name: string): boolean {
  return hasAttr(o, name) || hasAttr(o, `${name}0`);
}

export interface DatasetInfo {
  shape: number[];
  dtype: DType;
  byteLength: number;
}

// h5wasm metadata.type is H5T_class_t: 0 INTEGER, 1 FLOAT, 3 STRING, 5 OPAQUE, 8 ENUM.
export function datasetInfo(ds: H5Dataset): DatasetInfo {
  const md = ds.metadata;
  const shape = (md.shape ?? []).map(Number);
  const count = shape.reduce((a, b) => a * b, 1);
  let dtype: DType = 'unknown';
  if (md.type === 1) dtype = md.size === 2 ? 'float16' : md.size === 4 ? 'float32' : md.size === 8 ? 'float64' : 'unknown';
  else if (md.type === 0) dtype = intDtype(md.size, md.signed);
  else if (md.type === 8) dtype = md.size === 1 ? 'bool' : 'unknown'; // h5py writes numpy bool as an int8 enum
  else if (md.type === 5 && md.size === 2 && attrString(ds, 'dtype') === 'bfloat16') dtype = 'bfloat16';
  else if (md.type === 3) dtype = 'string';
  return { shape, dtype, byteLength: count * md.size };
}

function intDtype(size: number, signed: boolean): DType {
  const t = { 1: ['uint8', 'int8'], 2: ['uint16', 'int16'], 4: ['uint32', 'int32'], 8: ['uint64', 'int64'] } as Record<number, [DType, DType]>;
  return t[size]?.[signed ? 1 : 0] ?? 'unknown';
}

/** Raw little-endian bytes of a whole dataset, whatever its type (h5wasm refuses float16 in `.value`). */
export async function readRaw(ds: H5Dataset): Promise<Uint8Array> {
  const Module = await ready();
  const md = ds.metadata;
  const n = md.size * md.total_size;
  const ptr = Module._malloc(Math.max(n, 1));
  if (!ptr) throw new Error(`could not allocate ${n} bytes in the HDF5 heap`);
  try {
    Module.get_dataset_data(ds.file_id, ds.path, null, null, null, BigInt(ptr));
    return Module.HEAPU8.slice(ptr, ptr + n);
  } finally {
    Module._free(ptr);
  }
}

export function decodeFloat16(u16: Uint16Array): Float32Array {
  const out = new Float32Array(u16.length);
  for (let i = 0; i < u16.length; i++) {
    const h = u16[i];
    const s = h & 0x8000 ? -1 : 1;
    const e = (h >> 10) & 31;
    const f = h & 1023;
    out[i] = e === 0 ? s * 2 ** -14 * (f / 1024) : e === 31 ? (f ? NaN : s * Infinity) : s * 2 ** (e - 15) * (1 + f / 1024);
  }
  return out;
}

export function decodeBfloat16(u16: Uint16Array): Float32Array {
  const u32 = new Uint32Array(u16.length);
  for (let i = 0; i < u16.length; i++) u32[i] = u16[i] << 16;
  return new Float32Array(u32.buffer);
}

export type TypedData = Float32Array | Float64Array | Int32Array | Int8Array | Uint8Array | Int16Array | Uint16Array | BigInt64Array | Uint32Array;

/** A dataset's values as a typed array; float16/bfloat16 decoded to float32. */
export async function readDataset(ds: H5Dataset): Promise<TypedData> {
  const { dtype } = datasetInfo(ds);
  const raw = await readRaw(ds);
  const buf = raw.buffer as ArrayBuffer;
  switch (dtype) {
    case 'float16': return decodeFloat16(new Uint16Array(buf));
    case 'bfloat16': return decodeBfloat16(new Uint16Array(buf));
    case 'float32': return new Float32Array(buf);
    case 'float64': return new Float64Array(buf);
    case 'int8': return new Int8Array(buf);
    case 'uint8': case 'bool': return new Uint8Array(buf);
    case 'int16': return new Int16Array(buf);
    case 'uint16': return new Uint16Array(buf);
    case 'int32': return new Int32Array(buf);
    case 'uint32': return new Uint32Array(buf);
    case 'int64': case 'uint64': return new BigInt64Array(buf);
    default: throw new Error(`dataset ${ds.path} has a type weightgate cannot decode (${dtype})`);
  }
}

export function shapeOf(info: DatasetInfo): Shape {
  return info.shape;
}
