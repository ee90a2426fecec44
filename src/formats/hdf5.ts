// Every HDF5 access goes through here. The file is opened in the HDF5 worker (hdf5-host.ts), which
// sends back its whole structure: groups, datasets, attributes and links, which are recorded and
// never followed (Keras' safe_get_h5_group refuses them too). Readers walk that plain snapshot;
// weight data is fetched from the worker one dataset at a time, on demand.
import { stat } from 'node:fs/promises';
import type { DType } from '../model/types.js';
import type { WeightStaging as Staging } from '../sources/staging.js';
import { asText } from '../text/config-text.js';
import { InputError, quoteName } from '../sources/errors.js';
import { numberAt, stringAt } from '../sources/json-value.js';
import { DEFAULT_LIMITS, formatLimit, limitError, type Limits } from '../sources/limits.js';
import { decodeBfloat16, decodeFloat16 } from './half.js';
import { HostFailure, hdf5Call } from './hdf5-host.js';
import { H5T, type AttrSnap, type DatasetMeta, type NodeSnap, type Reply, type Request } from './hdf5-protocol.js';

const DAMAGED_HINT = 'The file is damaged or was cut short; re-download or re-save it.';

let nextHandle = 1;

/** One attribute, read when its value is asked for: a damaged or oversized one fails then, not before. */
export class H5Attr {
  constructor(private readonly owner: H5Object, private readonly snap: AttrSnap) {}

  get value(): unknown {
    const { file } = this.owner;
    const where = `attribute '${this.snap.name}' of ${this.owner.path}`;
    if (this.snap.bytes !== undefined) throw limitError(file.filename, 'maxJsonBytes', file.limits, `${where} is ${this.snap.bytes} bytes`);
    if (this.snap.error !== undefined) throw new InputError(file.filename, 'corrupt', `the HDF5 library could not read ${where} (${diagLine(this.snap.error)})`, DAMAGED_HINT);
    return this.snap.value;
  }
}

abstract class H5Object {
  private attrCache?: Record<string, H5Attr>;

  constructor(readonly file: H5File, readonly node: NodeSnap) {}

  get path(): string {
    return this.node.path;
  }

  get attrs(): Record<string, H5Attr> {
    this.attrCache ??= Object.fromEntries(this.node.attrs.filter((a) => a.name !== '').map((a) => [a.name, new H5Attr(this, a)]));
    return this.attrCache;
  }

  protected damaged(what: string): InputError {
    return new InputError(this.file.filename, 'corrupt', `the HDF5 library could not read ${what} ${this.path} (${diagLine(this.node.error ?? '')})`, DAMAGED_HINT);
  }
}

export class H5Group extends H5Object {
  keys(): string[] {
    if (!this.node.children) throw this.damaged('group');
    return [...this.node.children];
  }

  /** The group or dataset at `name` (relative, or absolute from the root); links and anything else give null. */
  get(name: string): H5Group | H5Dataset | null {
    // A plain link name (what readers pass, a thousand times for a thousand layers) needs no normalising.
    const plain = name !== '' && name !== '.' && !name.includes('/');
    const node = this.file.lookup(plain ? (this.path === '/' ? `/${name}` : `${this.path}/${name}`)
      : `/${(name.startsWith('/') ? name : `${this.path}/${name}`).split('/').filter((s) => s !== '' && s !== '.').join('/')}`);
    if (node?.kind === 'group') return new H5Group(this.file, node);
    if (node?.kind === 'dataset') return new H5Dataset(this.file, node);
    return null;
  }
}

export class H5Dataset extends H5Object {
  get metadata(): DatasetMeta {
    if (!this.node.meta) throw this.damaged('dataset');
    return this.node.meta;
  }
}

export class H5File extends H5Group {
  private readonly index: Map<string, NodeSnap>;
  private closed = false;

  /** `nodes` as the worker lists them, the root first. */
  constructor(readonly filename: string, readonly handle: number, readonly limits: Limits, root: NodeSnap, nodes: readonly NodeSnap[]) {
    super(undefined as unknown as H5File, root);
    (this as { file: H5File }).file = this;
    this.index = new Map(nodes.map((n) => [n.path, n]));
  }

  lookup(path: string): NodeSnap | undefined {
    return this.index.get(path);
  }

  /** Every link that points elsewhere (soft or external), which readers never follow. */
  links(): NodeSnap[] {
    return [...this.index.values()].filter((n) => n.kind === 'soft-link' || n.kind === 'external-link');
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    hdf5Call({ op: 'close', handle: this.handle }, 10_000).catch(() => undefined);
  }
}

/** What HDF5 says first and most usefully, without its banner. */
function diagLine(text: string): string {
  const minor = /minor: (.*)/.exec(text)?.[1];
  const major = /major: (.*)/.exec(text)?.[1];
  const line = text.split('\n').find((l) => /#\d{3}:/.test(l))?.replace(/^.*?line \d+ in \S+\(\): /, '');
  return [line, major, minor].filter(Boolean).join('; ').slice(0, 240) || text.slice(0, 240);
}

/** A long path with its middle left out: where two paths differ is usually at the end. */
function shortPath(p: string): string {
  return p.length > 120 ? `${p.slice(0, 40)}…${p.slice(-79)}` : p;
}

/** Registered HDF5 filter ids (https://github.com/HDFGroup/hdf5_plugins) seen on model files. */
const KNOWN_FILTERS: Record<number, string> = {
  32000: 'LZF', 32001: 'Blosc', 32004: 'LZ4', 32008: 'bitshuffle', 32013: 'ZFP', 32015: 'Zstandard', 32026: 'Blosc2',
};

/** Emscripten words an abort `Aborted(native code called abort())`, or `Aborted(). Build with -sASSERTIONS…`: keep the reason only. */
export function abortReason(error: string): string {
  const reason = /^Aborted\((.*?)\)(?:\. Build with -sASSERTIONS.*)?$/s.exec(error.trim())?.[1] ?? error.replace(/\s*Build with -sASSERTIONS.*$/s, '');
  return reason.trim() ? reason.trim().slice(0, 200) : 'it aborted';
}

/** Run one worker request for `file` and turn every way it can fail into an InputError about that file. */
async function call(file: string, limits: Limits, request: Request, what: string, fileBytes?: number): Promise<Reply & { ok: true }> {
  let reply: Reply;
  try {
    reply = await hdf5Call(request, limits.timeoutMs);
  } catch (err) {
    if (err instanceof HostFailure && err.reason === 'timeout') {
      throw limitError(file, 'timeoutMs', limits, `the HDF5 library was still reading ${what} after ${formatLimit('timeoutMs', limits.timeoutMs)} (a damaged file can make it loop)`);
    }
    if (err instanceof HostFailure) {
      throw new InputError(file, 'corrupt', `the HDF5 library crashed reading ${what} (${abortReason(err.message)}): the file is damaged`, DAMAGED_HINT);
    }
    throw err;
  }
  if (reply.ok) return reply;
  // The plain walk gave up and its worker is being replaced: the reference walk answers.
  if (reply.code === 'walk' && request.op === 'open' && request.walk !== 'reference') return call(file, limits, { ...request, walk: 'reference' }, what, fileBytes);
  const [refused] = reply.refusedOpens ?? [];
  if (refused !== undefined) {
    throw new InputError(file, 'unsafe-path', `the file made the HDF5 library try to open another file (${JSON.stringify(refused.slice(0, 200))}); weightgate opens nothing a file names`,
      'Keras never writes links to other files; re-save the model with Keras.');
  }
  switch (reply.code) {
    case 'fatal':
      throw new InputError(file, 'corrupt', `the HDF5 library crashed reading ${what} (${abortReason(reply.error)}): the file is damaged`, DAMAGED_HINT);
    case 'objects':
      throw limitError(file, 'maxHdf5Objects', limits, `it holds ${reply.error}`);
    case 'bytes':
      throw limitError(file, 'maxVariableElements', limits, reply.error);
    case 'paths':
      throw limitError(file, 'maxJsonBytes', limits, reply.error);
    case 'yield':
      throw limitError(file, 'maxHdf5Ratio', limits, `${reply.error} (shared variable-length strings?), a file of ${fileBytes ?? '?'} bytes yields`);
    case 'depth':
      throw new InputError(file, 'corrupt', `its ${reply.error}`, DAMAGED_HINT);
    case 'links': {
      // The worker's message: the two paths, as a JSON pair.
      const paths: unknown = JSON.parse(reply.error);
      const [first = '', again = ''] = Array.isArray(paths) ? paths.map((p) => asText(p, '')) : [];
      throw new InputError(file, 'corrupt',
        `its hard links reach one group by two paths (${quoteName(shortPath(first), 200)} and ${quoteName(shortPath(again), 200)}): the links form a graph that repeats objects, which weightgate does not walk (a few such links can make millions of paths)`,
        'Keras never links one group into two places; re-save the model with Keras.');
    }
    case 'filter': {
      // The worker's message: the filter's id and the name the file gives it.
      const filter: unknown = JSON.parse(reply.error);
      const id = numberAt(filter, 'id');
      const given = stringAt(filter, 'name');
      const name = (id !== undefined ? KNOWN_FILTERS[id] : undefined) ?? (given ? quoteName(given, 40) : 'an unregistered filter');
      throw new InputError(file, 'unsupported-format',
        `${what} is compressed with HDF5 filter ${id ?? 'unknown'} (${name}), which h5wasm, the HDF5 library weightgate runs, cannot decode`,
        'Rewrite it where that filter is installed: `h5repack -f NONE in.h5 out.h5` (with its plugin on HDF5_PLUGIN_PATH, e.g. Debian\'s hdf5-filter-plugin; h5py reads LZF itself), or load the weights and save them again with Keras, which writes them uncompressed.');
    }
    default:
      break;
  }
  const text = reply.error;
  if (/truncated file/i.test(text)) {
    const m = /eof = (\d+), sblock->base_addr = \d+, stored_eof = (\d+)/.exec(text);
    throw new InputError(file, 'truncated', `the HDF5 file is truncated${m ? ` (${m[1]} bytes on disk, the file says ${m[2]})` : ''}`,
      'The download or copy was cut short; fetch the file again.');
  }
  throw new InputError(file, 'corrupt', `the HDF5 library could not read ${what} (${diagLine(text)})`, DAMAGED_HINT);
}

/** The most bytes a file of `stored` bytes may declare or yield (maxHdf5Ratio above hdf5RatioFloorBytes). */
function expansionBound(stored: number, limits: Limits): number {
  return Math.max(limits.hdf5RatioFloorBytes, limits.maxHdf5Ratio * stored);
}

/**
 * What the file's datasets declare against what it stores. A dataset's storage can be one gzip
 * chunk of zeros, or never written at all (a fill value); reading it would still cost its declared
 * size. h5wasm reports no storage size, so the file's size on disk stands for it: every byte a
 * dataset stores is in the file, an unwritten one stores none. No library call is made for this.
 */
function checkDeclared(file: string, limits: Limits, nodes: NodeSnap[], stored: number): void {
  let declared = 0;
  let largest: NodeSnap | undefined;
  for (const n of nodes) {
    if (!n.meta) continue;
    const bytes = n.meta.shape.reduce((a, b) => a * b, 1) * n.meta.size;
    declared += bytes;
    if (!largest || bytes > largest.meta!.shape.reduce((a, b) => a * b, 1) * largest.meta!.size) largest = n;
  }
  if (declared > expansionBound(stored, limits)) {
    throw limitError(file, 'maxHdf5Ratio', limits,
      `its datasets declare ${declared} bytes (the largest, ${quoteName(largest?.path, 120)}, ${largest ? largest.meta!.shape.join('x') : '?'} of ${largest?.meta?.size ?? '?'}-byte values) but the file holds ${stored}, ${Math.round(declared / Math.max(stored, 1))} times more (compressed zeros, or datasets never written?)`);
  }
}

export async function openHdf5(file: string, limits: Limits = DEFAULT_LIMITS): Promise<H5File> {
  const handle = nextHandle++;
  let stored: number;
  try {
    stored = (await stat(file)).size;
  } catch {
    throw new InputError(file, 'not-found', 'the file does not exist or cannot be read', 'Check the path.');
  }
  const reply = await call(file, limits, {
    op: 'open', file, handle, maxObjects: limits.maxHdf5Objects, maxAttrBytes: limits.maxJsonBytes, maxYieldBytes: expansionBound(stored, limits),
  }, 'it', stored);
  const nodes = reply.snapshot?.nodes ?? [];
  const [root] = nodes;
  if (!root) {
    hdf5Call({ op: 'close', handle }, 10_000).catch(() => undefined);
    throw new InputError(file, 'corrupt', 'the HDF5 library could not open it', DAMAGED_HINT);
  }
  const f = new H5File(file, handle, limits, root, nodes);
  try {
    checkDeclared(file, limits, nodes, stored);
  } catch (err) {
    f.close();
    throw err;
  }
  // Keras' safe_get_h5_group refuses links out of the file; a file that has one is refused whole,
  // since reading it at all would mean trusting the path it names.
  const external = nodes.find((n) => n.kind === 'external-link');
  if (external) {
    f.close();
    throw new InputError(file, 'unsafe-path', `the file holds an external link (${quoteName(external.path)} → ${quoteName(external.target, 200)}) that would make HDF5 open another file; weightgate never follows links out of a file`,
      'Keras never writes external links; re-save the model with Keras.');
  }
  return f;
}

export function isGroup(o: unknown): o is H5Group {
  return o instanceof H5Group;
}
export function isDataset(o: unknown): o is H5Dataset {
  return o instanceof H5Dataset;
}

export function child(g: H5Group, name: string): H5Group | H5Dataset | null {
  return g.get(name);
}

export function hasAttr(o: H5Object, name: string): boolean {
  return Object.hasOwn(o.attrs, name);
}

/** UTF-8 written into ASCII-marked strings comes back one char per byte; undo that. */
export function repairUtf8(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[\u0100-\uffff]/.test(s)) return s;
  const bytes = Uint8Array.from(s, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return s;
  }
}

function attrValue(o: H5Object, name: string): unknown {
  return hasAttr(o, name) ? o.attrs[name]?.value : undefined;
}

export function attrString(o: H5Object, name: string): string | undefined {
  if (!hasAttr(o, name)) return undefined;
  const v = attrValue(o, name);
  if (typeof v === 'string') return repairUtf8(v);
  if (Array.isArray(v) && v.length === 1 && typeof v[0] === 'string') return repairUtf8(v[0]);
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  // Anything else (a list, a compound value) is no text attribute: shown as JSON in messages.
  return v === null || v === undefined ? undefined : asText(v, '');
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
  /**
   * Set (with dtype 'unknown') when the data is of an HDF5 type no Keras variable can be loaded
   * from: `compound`, `vlen`, `reference`, `enum`, `float128`, … The readers carry it in the
   * variable's locator as `unsupportedType`, where the diff reports it.
   */
  unsupported?: string;
  /**
   * 2-byte opaque data without a `dtype` attribute: how h5py stores bfloat16 when the writer does not
   * tag it (Keras 3's legacy .h5 writer). The dtype stays 'unknown' until a config says bfloat16.
   */
  untaggedBfloat16?: true;
}

// H5T_class_t names, for the classes no numpy number dtype comes from.
const H5T_CLASS_NAMES: Record<number, string> = {
  [H5T.TIME]: 'time', [H5T.BITFIELD]: 'bitfield', [H5T.OPAQUE]: 'opaque', [H5T.COMPOUND]: 'compound', [H5T.REFERENCE]: 'reference', [H5T.ENUM]: 'enum', [H5T.VLEN]: 'vlen', [H5T.ARRAY]: 'array',
};

export function datasetInfo(ds: H5Dataset): DatasetInfo {
  const md = ds.metadata;
  const shape = md.shape;
  const count = shape.reduce((a, b) => a * b, 1);
  let dtype: DType = 'unknown';
  if (md.type === H5T.FLOAT) dtype = md.size === 2 ? 'float16' : md.size === 4 ? 'float32' : md.size === 8 ? 'float64' : 'unknown';
  else if (md.type === H5T.INTEGER) dtype = intDtype(md.size, md.signed);
  else if (md.type === H5T.ENUM) dtype = md.size === 1 ? 'bool' : 'unknown'; // h5py writes numpy bool as an int8 enum
  else if (md.type === H5T.OPAQUE && md.size === 2 && attrString(ds, 'dtype') === 'bfloat16') dtype = 'bfloat16';
  else if (md.type === H5T.STRING) dtype = 'string';
  const info: DatasetInfo = { shape, dtype, byteLength: count * md.size };
  if (dtype === 'unknown' && md.type === H5T.OPAQUE && md.size === 2) info.untaggedBfloat16 = true;
  if (dtype === 'unknown') {
    const unsupported = unsupportedType(md);
    if (unsupported) info.unsupported = unsupported;
  }
  return info;
}

/**
 * The name of a type Keras cannot load a weight from (h5py hands it back as a structured, object or
 * float128 array, which no backend converts to a variable's dtype), or undefined. A 2-byte opaque
 * type is left alone: that is how h5py stores bfloat16 (see datasetInfo).
 */
function unsupportedType(md: DatasetMeta): string | undefined {
  if (md.type === H5T.FLOAT) return `float${md.size * 8}`;
  if (md.type === H5T.INTEGER) return `${md.signed ? 'int' : 'uint'}${md.size * 8}`;
  if (md.type === H5T.OPAQUE && md.size === 2) return undefined;
  const name = H5T_CLASS_NAMES[md.type];
  return name === undefined ? undefined : md.type === H5T.OPAQUE ? `opaque (${md.size} bytes)` : name;
}

function intDtype(size: number, signed: boolean): DType {
  const t = { 1: ['uint8', 'int8'], 2: ['uint16', 'int16'], 4: ['uint32', 'int32'], 8: ['uint64', 'int64'] } as Record<number, [DType, DType]>;
  return t[size]?.[signed ? 1 : 0] ?? 'unknown';
}

/**
 * Raw little-endian bytes of a whole dataset, whatever its type (h5wasm refuses float16 in
 * `.value`): in a buffer lent from `staging` when one is given (the caller releases it), else new.
 */
export async function readRaw(ds: H5Dataset, staging?: Staging): Promise<Uint8Array> {
  const f = ds.file;
  // The worker would reopen the file by path and keep it open: a read after close is a caller's bug.
  if (f.isClosed) throw new Error(`${f.filename}: read of ${ds.path} after the file was closed`);
  const md = ds.metadata;
  const count = md.shape.reduce((a, b) => a * b, 1);
  if (count > f.limits.maxVariableElements) throw limitError(f.filename, 'maxVariableElements', f.limits, `dataset ${ds.path} has ${count} elements`);
  const into = staging?.acquire(count * md.size);
  // Each slice lands in its final form (h5wasm reads big-endian data as little-endian: the library
  // converts), so a borrower following the read may copy it on at once.
  const progress = into ? staging?.progress?.(into) : undefined;
  let bytes: Uint8Array;
  try {
    const reply = await call(f.filename, f.limits, {
      op: 'read', file: f.filename, handle: f.handle, path: ds.path, maxBytes: f.limits.maxVariableElements * Math.max(md.size, 1), into,
      ...(progress ? { progress } : {}),
    }, `dataset ${ds.path}`);
    bytes = into ? new Uint8Array(into, 0, reply.written ?? 0) : new Uint8Array(reply.bytes ?? new ArrayBuffer(0));
  } catch (err) {
    if (into) staging!.release(into);
    throw err;
  }
  return bytes;
}

export type TypedData = Float32Array | Float64Array | Int32Array | Int8Array | Uint8Array | Int16Array | Uint16Array | BigInt64Array | Uint32Array;

/**
 * A dataset's values as a typed array; float16/bfloat16 decoded to float32. With `staging`, values
 * that need no decoding are a view on a lent buffer, to be released once copied (Staging.release).
 */
export async function readDataset(ds: H5Dataset, staging?: Staging): Promise<TypedData> {
  const info = datasetInfo(ds);
  const { unsupported } = info;
  // Only a variable that pairs with a bfloat16 one is ever read from untagged 2-byte data (the diff refuses the rest).
  const dtype = info.untaggedBfloat16 ? 'bfloat16' : info.dtype;
  if (dtype === 'string' || dtype === 'unknown') {
    throw new InputError(ds.file.filename, 'unsupported-format', `dataset ${ds.path} holds ${unsupported ? `HDF5 ${unsupported} data, which Keras cannot load into a variable` : `a type weightgate cannot decode (HDF5 class ${ds.metadata.type}, ${ds.metadata.size} bytes)`}`,
      'Keras weights are numbers; check that this is the weights file Keras wrote.');
  }
  const raw = await readRaw(ds, staging);
  const buf = raw.buffer;
  const n = raw.byteLength;
  switch (dtype) {
    case 'float16': case 'bfloat16': {
      const decoded = (dtype === 'float16' ? decodeFloat16 : decodeBfloat16)(new Uint16Array(buf, 0, n / 2));
      staging?.release(raw);
      return decoded;
    }
    case 'float32': return new Float32Array(buf, 0, n / 4);
    case 'float64': return new Float64Array(buf, 0, n / 8);
    case 'int8': return new Int8Array(buf, 0, n);
    case 'uint8': case 'bool': return new Uint8Array(buf, 0, n);
    case 'int16': return new Int16Array(buf, 0, n / 2);
    case 'uint16': return new Uint16Array(buf, 0, n / 2);
    case 'int32': return new Int32Array(buf, 0, n / 4);
    case 'uint32': return new Uint32Array(buf, 0, n / 4);
    default: return new BigInt64Array(buf, 0, n / 8);
  }
}
