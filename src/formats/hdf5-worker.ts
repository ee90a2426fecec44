// The only code that runs h5wasm. It runs in a worker thread because HDF5 is C compiled to wasm:
// on a damaged file it can abort (a WebAssembly.RuntimeError, after which the module is unusable),
// write past its buffers, or loop forever. Here that costs this thread only; the host
// (hdf5-host.ts) turns it into an error naming the file and starts a fresh worker.
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { H5T, type AttrSnap, type DatasetMeta, type FailureCode, type NodeKind, type NodeSnap, type OpenRequest, type ReadRequest, type Reply, type Request, type Snapshot } from './hdf5-protocol.js';
import { Declined, fileSource, parseStructure, type ParsedNode } from './hdf5-parse.js';

// Emscripten binds console.error when the module loads and prints `Aborted(...)` through it before
// throwing; the error itself reaches the host, so the printing would only be noise on the user's
// terminal. Silence it before h5wasm is imported (hence the dynamic import).
console.log = console.info = console.warn = console.error = () => {};
const h5wasm = (await import('h5wasm/node')).default;

type H5File = InstanceType<typeof h5wasm.File>;

const Module = await h5wasm.ready;
// Without this HDF5 only prints diagnostics and hands back invalid ids.
Module.activate_throwing_error_handler();

// External links make HDF5 open whatever path the file names (h5wasm's `get` follows them). Links
// are never followed on purpose below; this hook makes sure no other path is opened by accident:
// the library may open the one file the current request is about, only while opening it, and
// nothing else (describe() relies on that: an external link can then never resolve).
//
// Two other opens are the library's own. h5wasm's error handler prints each error into a fresh
// tmpfile() (created, unlinked, read back): allowed. HDF5 looks for filter/VOL plugins in its
// build-time plugin folder when something fails: refused too (no plugin code is loaded), silently.
let allowed: string | undefined;
const refusedOpens: string[] = [];
const pluginDirs: string[] = (Module as unknown as { get_plugin_search_paths?: () => string[] }).get_plugin_search_paths?.() ?? [];
type Stream = object;
type Bytes = Int8Array | Uint8Array;
const fs = Module.FS as unknown as {
  open: (p: unknown, flags?: unknown, ...rest: unknown[]) => Stream;
  close: (s: Stream) => void;
  read: (s: Stream, buffer: Bytes, offset: number, length: number, position?: number) => number;
  ErrnoError: new (errno: number) => Error;
};
const realOpen = fs.open;
const O_CREAT_EXCL = 64 | 128; // emscripten's O_CREAT | O_EXCL, as musl's tmpfile() opens
const errorFiles: Stream[] = [];
fs.open = (p: unknown, flags?: unknown, ...rest: unknown[]) => {
  if (typeof p === 'string' && /^\/tmp\/tmpfile_[A-Za-z0-9]{6}$/.test(p) && typeof flags === 'number' && (flags & O_CREAT_EXCL) === O_CREAT_EXCL) {
    const stream = realOpen.call(fs, p, flags, ...rest);
    errorFiles.push(stream);
    return stream;
  }
  if (typeof p !== 'string' || path.resolve(p) !== allowed) {
    if (!pluginDirs.some((d) => String(p).startsWith(d))) refusedOpens.push(String(p));
    throw new fs.ErrnoError(2); // EACCES in emscripten's numbering
  }
  const stream = realOpen.call(fs, p, flags, ...rest);
  hdf5Streams.add(stream);
  return stream;
};

// Every read the library makes is a system call (emscripten's NODERAWFS: fs.readSync). Reading a
// file's structure takes many small ones close together (object headers, B-tree nodes, heaps: tens
// to hundreds of bytes, about 12 a Keras layer), so small reads of the HDF5 files opened above are
// served from 64 KiB blocks, each read once, held for the request in progress only (at most 4 MiB;
// the library only reads these files). Large reads (weight data) go straight to the file.
const BLOCK = 64 * 1024;
const MAX_BLOCKS = 64;
const hdf5Streams = new WeakSet<Stream>();
let blocks = new Map<Stream, Map<number, Uint8Array>>();
let blockCount = 0;
const realRead = fs.read;

function blockOf(stream: Stream, index: number): Uint8Array {
  let ofStream = blocks.get(stream);
  let block = ofStream?.get(index);
  if (block) return block;
  if (blockCount >= MAX_BLOCKS) dropBlocks();
  if (!ofStream) blocks.set(stream, (ofStream = new Map<number, Uint8Array>()));
  const bytes = new Uint8Array(BLOCK);
  block = bytes.subarray(0, realRead.call(fs, stream, bytes, 0, BLOCK, index * BLOCK));
  ofStream.set(index, block);
  blockCount++;
  return block;
}

function dropBlocks(): void {
  blocks = new Map();
  blockCount = 0;
}

fs.read = (stream: Stream, buffer: Bytes, offset: number, length: number, position?: number) => {
  if (typeof position !== 'number' || !(length > 0) || length > BLOCK / 8 || !hdf5Streams.has(stream)) return realRead.call(fs, stream, buffer, offset, length, position);
  const into = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
  let done = 0;
  while (done < length) {
    const at = position + done;
    const index = Math.floor(at / BLOCK);
    const block = blockOf(stream, index);
    const from = at - index * BLOCK;
    const n = Math.min(length - done, block.length - from);
    // Past the end of the file: a short read, as the file itself gives.
    if (n <= 0) break;
    into.set(block.subarray(from, from + n), done);
    done += n;
  }
  return done;
};

/** The error handler throws before it closes its tmpfile: close them, or every error leaks a descriptor. */
function closeErrorFiles(): void {
  for (const stream of errorFiles.splice(0)) attempt(() => fs.close(stream));
}

// Keras files nest ~10 groups deep; far deeper means a hard-link cycle.
const MAX_DEPTH = 64;
// Keras nests groups 3 deep per layer (`/layers/dense/vars`, `/model_weights/dense/dense`); from
// here down each group's address is taken (one more call) so that hard links cannot make the walk
// visit one group by many paths (16 links a level, 40 levels deep: 16^40 paths through 41 groups).
const ADDRESS_DEPTH = 4;

class Failure extends Error {
  constructor(readonly code: FailureCode, message: string) {
    super(message);
  }
}

/** One attribute turned out larger than allowed once its variable-length parts were counted. */
class Oversize extends Error {
  constructor(readonly bytes: number) {
    super(`${bytes} bytes`);
  }
}

// The walks' bounds, one message each, whichever walk reaches them.
const objectsFailure = (req: OpenRequest) => new Failure('objects', `more than ${req.maxObjects} groups and datasets`);
const depthFailure = () => new Failure('depth', `groups nested more than ${MAX_DEPTH} deep (a link cycle?)`);
const pathsFailure = (req: OpenRequest) => new Failure('paths', `its group and dataset paths add up to more than ${req.maxAttrBytes} characters`);

const files = new Map<number, H5File>();

function text(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

// The project's lib has no WebAssembly types; the runtime has the class.
const WasmRuntimeError = (globalThis as unknown as { WebAssembly: { RuntimeError: new () => Error } }).WebAssembly.RuntimeError;

function isAbort(err: unknown): boolean {
  return err instanceof WasmRuntimeError;
}

/** Run one library call; an abort (or one of our own bounds) is fatal, anything else is reported on the object it concerns. */
function attempt<T>(fn: () => T): { value?: T; error?: string } {
  try {
    return { value: fn() };
  } catch (err) {
    if (isAbort(err) || err instanceof Failure || err instanceof Oversize) throw err;
    return { error: text(err) };
  }
}

function product(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

// h5wasm's get_attribute asks for the metadata readAttrs has just read: hand it back (a third of
// the cost of reading an attribute).
const attributeMetadata = Module.get_attribute_metadata.bind(Module);
let knownMetadata: { fid: bigint; p: string; name: string; md: unknown } | undefined;
(Module as { get_attribute_metadata: unknown }).get_attribute_metadata = (fid: bigint, p: string, name: string) => {
  const k = knownMetadata;
  return k && k.fid === fid && k.p === p && k.name === name ? k.md : attributeMetadata(fid, p, name);
};

/**
 * What the open in progress may still read from attributes. Variable-length strings are stored
 * once in the file's heap and referenced by each entry, so 1500 entries can all name one 1 MiB
 * string: the library hands back every copy (gigabytes from a 1 MB file). Each attribute is
 * counted once the library has read it and before any string is made of it, so an oversized one
 * costs the wasm heap (which the host then drops with this worker: `spoiled`) and nothing more.
 */
const budget = { perAttr: Infinity, left: Infinity, total: 0, spoiled: false };

function charge(bytes: number): void {
  if (bytes > budget.perAttr) {
    budget.spoiled = true;
    throw new Oversize(bytes);
  }
  budget.total += bytes;
  if (budget.total > budget.left) {
    budget.spoiled = true;
    throw new Failure('yield', `its attributes hold more than ${budget.total} bytes`);
  }
}

type AttrMeta = { type: number; size: number; vlen: boolean; total_size: number; vlen_type?: { size: number } };

/** Bytes behind the variable-length values the library has just written at `ptr` (strings, or hvl_t {len, ptr} pairs). */
function vlenBytes(md: AttrMeta, ptr: number): number {
  let n = 0;
  const u32 = new Uint32Array(Module.HEAPU8.buffer, ptr, md.type === H5T.VLEN ? 2 * md.total_size : md.total_size);
  if (md.type === H5T.STRING && md.vlen) {
    for (let i = 0; i < md.total_size; i++) {
      const s = u32[i];
      if (s) n += (Module as unknown as { _strlen(p: number): number })._strlen(s);
    }
  } else if (md.type === H5T.VLEN) {
    for (let i = 0; i < md.total_size; i++) n += (u32[2 * i] ?? 0) * (md.vlen_type?.size ?? 1);
  }
  return n;
}

const attributeData = Module.get_attribute_data.bind(Module);
(Module as { get_attribute_data: unknown }).get_attribute_data = (fid: bigint, p: string, name: string, ptr: bigint) => {
  const status = attributeData(fid, p, name, ptr);
  const md = knownMetadata?.md as AttrMeta | undefined;
  // h5wasm frees what the library allocated once this throws (get_attr's `finally`).
  if (md && (md.vlen || md.type === H5T.VLEN)) charge(vlenBytes(md, Number(ptr)));
  return status;
};

// h5wasm frees an attribute's variable-length strings with reclaim_vlen_memory, which opens the
// attribute again by path (one more library call an attribute). Strings the library allocated
// for a read are freed by H5free_memory, the library's own counterpart, one pointer at a time;
// anything else variable-length (sequences, which may nest) still goes through h5wasm.
const reclaimVlen = Module.reclaim_vlen_memory.bind(Module);
const h5free = (p: number) => (Module as unknown as { _H5free_memory(p: number): number })._H5free_memory(p);
(Module as { reclaim_vlen_memory: unknown }).reclaim_vlen_memory = (fid: bigint, p: string, name: string, ptr: bigint) => {
  const k = knownMetadata;
  const md = k && k.fid === fid && k.p === p && k.name === name ? k.md as AttrMeta : undefined;
  if (!md || md.type !== H5T.STRING || !md.vlen) return reclaimVlen(fid, p, name, ptr);
  const strings = new Uint32Array(Module.HEAPU8.buffer, Number(ptr), md.total_size);
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i];
    if (s) h5free(s);
  }
  return 0;
};

function withAttributeMetadata<T>(fid: bigint, p: string, name: string, md: unknown, fn: () => T): T {
  knownMetadata = { fid, p, name, md };
  try {
    return fn();
  } finally {
    knownMetadata = undefined;
  }
}

/** Every attribute of the object at `p`; `known`: their names, in the library's order, when already known. */
function readAttrs(fid: bigint, p: string, maxBytes: number, known?: string[]): AttrSnap[] {
  const names = known ? { value: known } : attempt(() => Module.get_attribute_names(fid, p));
  if (names.error !== undefined) return [{ name: '', error: names.error }];
  const holder = new h5wasm.Group(fid, p);
  if (!names.value?.length) return [];
  return names.value.map((name): AttrSnap => {
    const md = attempt(() => Module.get_attribute_metadata(fid, p, name));
    if (md.error !== undefined || !md.value) return { name, error: md.error ?? 'no metadata' };
    const shape = (md.value.shape ?? []).map(Number);
    const bytes = md.value.size * product(shape);
    // h5wasm sizes its buffer from total_size, an int: disagreeing numbers mean a damaged extent.
    if (md.value.shape && product(shape) !== md.value.total_size) return { name, error: `damaged extent (shape ${shape.join('x')})` };
    if (!Number.isSafeInteger(bytes) || bytes > maxBytes) return { name, bytes };
    charge(bytes);
    try {
      const v = attempt(() => withAttributeMetadata(fid, p, name, md.value, () => holder.get_attribute(name, false)));
      return v.error !== undefined ? { name, error: v.error } : { name, value: v.value };
    } catch (err) {
      if (err instanceof Oversize) return { name, bytes: err.bytes };
      throw err;
    }
  });
}

function datasetMeta(fid: bigint, p: string): DatasetMeta {
  const md = Module.get_dataset_metadata(fid, p);
  return {
    type: md.type, size: md.size, signed: md.signed, littleEndian: md.littleEndian, vlen: md.vlen,
    shape: (md.shape ?? []).map(Number),
    ...(md.chunks ? { chunks: md.chunks.map(Number) } : {}),
  };
}

/**
 * What the link at `p` is, without following it unless it is a hard link. Most are hard links to a
 * group or dataset, told in two calls (the type, then "not a soft link"); anything else gets the
 * full look. Nothing may be opened meanwhile (see `allowed`), so an external link, even to this
 * same file, cannot resolve and comes back as a user-defined link.
 */
function describe(fid: bigint, p: string, known?: number): NodeSnap {
  const type = known === undefined ? attempt(() => Module.get_type(fid, p)) : { value: known };
  if (type.value === Module.H5G_GROUP || type.value === Module.H5G_DATASET) {
    const soft = attempt(() => Module.get_symbolic_link(fid, p));
    if (typeof soft.value === 'string') return { path: p, kind: 'soft-link', attrs: [], target: soft.value };
    if (soft.error === undefined) return { path: p, kind: type.value === Module.H5G_GROUP ? 'group' : 'dataset', attrs: [] };
  }
  const ext = attempt(() => Module.get_external_link(fid, p));
  if (ext.value && typeof ext.value.filename === 'string') {
    return { path: p, kind: 'external-link', attrs: [], target: `${ext.value.filename}:${ext.value.obj_path}` };
  }
  const soft = attempt(() => Module.get_symbolic_link(fid, p));
  if (typeof soft.value === 'string') return { path: p, kind: 'soft-link', attrs: [], target: soft.value };
  if (type.value === Module.H5G_GROUP) return { path: p, kind: 'group', attrs: [] };
  if (type.value === Module.H5G_DATASET) return { path: p, kind: 'dataset', attrs: [] };
  if (type.value === Module.H5G_TYPE) return { path: p, kind: 'datatype', attrs: [] };
  return { path: p, kind: 'unreadable', attrs: [], error: type.error ?? ext.error ?? soft.error ?? `object type ${String(type.value)}` };
}

/**
 * The object type behind every child of a group, in one call rather than one per child. The call
 * follows links, so it fails on a group with a dangling or external link (the opens it attempts are
 * refused): undefined then, and each child is looked at alone.
 */
const kindOfObjectType = new Map([[Module.H5O_TYPE_GROUP, Module.H5G_GROUP], [Module.H5O_TYPE_DATASET, Module.H5G_DATASET]]);

function childTypes(fid: bigint, p: string): Map<string, number> | undefined {
  const types = attempt(() => (Module as unknown as { get_types(fid: bigint, p: string): Record<string, number> }).get_types(fid, p));
  if (!types.value) return undefined;
  const out = new Map<string, number>();
  for (const [name, t] of Object.entries(types.value)) {
    const kind = kindOfObjectType.get(t);
    if (kind !== undefined) out.set(name, kind);
  }
  return out;
}

/** The object address behind `p` (an 8-byte object reference, which is the address itself). */
function address(fid: bigint, p: string): string | undefined {
  const ref = attempt(() => Module.create_object_reference(fid, p));
  return ref.value ? Array.from(ref.value, (b) => b.toString(16).padStart(2, '0')).join('') : undefined;
}

/** The same address as a number (file addresses stay far below 2^53), for the plain walk's set. */
function addressNumber(fid: bigint, p: string): number | undefined {
  const ref = attempt(() => Module.create_object_reference(fid, p)).value;
  if (ref?.length !== 8) return undefined;
  let n = 0;
  for (let i = 7; i >= 0; i--) n = n * 256 + (ref[i] ?? 0);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * The reference walk: every link described on its own (describe()), so soft, external and
 * user-defined links, named datatypes and unreadable objects are recorded as they are. It serves
 * every file the fast walk (plainSnapshot) turns down, and test/hdf5-walk.test.ts checks that the
 * two agree.
 */
function referenceSnapshot(f: H5File, req: OpenRequest): NodeSnap[] {
  const fid = f.file_id;
  const nodes: NodeSnap[] = [];
  const stack: NodeSnap[] = [{ path: '/', kind: 'group', attrs: [] }];
  const groupAt = new Map<string, string>();
  let pathChars = 0;
  Object.assign(budget, { perAttr: req.maxAttrBytes, left: req.maxYieldBytes, total: 0, spoiled: false });
  while (stack.length) {
    const node = stack.pop()!;
    nodes.push(node);
    if (nodes.length > req.maxObjects) throw objectsFailure(req);
    if (node.kind !== 'group' && node.kind !== 'dataset') continue;
    if (node.kind === 'dataset') {
      const md = attempt(() => datasetMeta(fid, node.path));
      if (md.error !== undefined) node.error = md.error;
      else node.meta = md.value;
      // The one attribute a Keras weight carries marks bfloat16, stored as 2-byte opaque data; on
      // any other dataset the attribute listing is the costliest call of the walk, and unused.
      if (md.value?.type === H5T.OPAQUE) node.attrs = readAttrs(fid, node.path, req.maxAttrBytes);
      continue;
    }
    node.attrs = readAttrs(fid, node.path, req.maxAttrBytes);
    const names = attempt(() => Module.get_names(fid, node.path, false));
    if (names.error !== undefined) {
      node.error = names.error;
      continue;
    }
    node.children = names.value ?? [];
    // Every node listed is walked: count them now, before describing a million links.
    if (nodes.length + stack.length + node.children.length > req.maxObjects) throw objectsFailure(req);
    const depth = node.path.split('/').length;
    if (node.children.length && depth > MAX_DEPTH) throw depthFailure();
    // By index the library seeks each link from the start: quadratic in a large group.
    const types = node.children.length <= 16 ? childTypes(fid, node.path) : undefined;
    // Checked as they are listed, so that siblings linking one group are caught before either is walked.
    const deep = depth + 1 > ADDRESS_DEPTH;
    const children = node.children.map((name) => {
      const p = node.path === '/' ? `/${name}` : `${node.path}/${name}`;
      // Each path is held in the snapshot and resolved by the library from the root on every call.
      pathChars += p.length;
      if (pathChars > req.maxAttrBytes) throw pathsFailure(req);
      const child = describe(fid, p, types?.get(name));
      if (deep && child.kind === 'group') {
        const at = address(fid, child.path);
        const first = at === undefined ? undefined : groupAt.get(at);
        if (first !== undefined) throw new Failure('links', JSON.stringify([first, child.path]));
        if (at !== undefined) groupAt.set(at, child.path);
      }
      return child;
    });
    // Reverse, so the stack hands children back in the library's order.
    for (const child of children.reverse()) stack.push(child);
  }
  return nodes;
}

/** The file is not plain (see plainSnapshot): the reference walk serves it. */
class NotPlain extends Error {}


/**
 * The plain walk's listing failed in a way that leaves the library's state suspect (its call was cut
 * short): no other walk may follow in this worker. The reply (code `walk`, tainted) has the host
 * replace the worker and ask a fresh one for the reference walk, whose answer stands.
 */
class Unrecoverable extends Failure {}

// Set by listAll() for the one call whose output only the file bounds; the rewritten glue asks this
// hook before the wasm heap grows (h5wasm-glue.ts, HEAP_GROWTH_HOOK, the same name).
let heapLimit: number | undefined;
let heapLimitHit = false;
(globalThis as { __weightgateHeapGrowth?: (bytes: number) => boolean }).__weightgateHeapGrowth = (bytes: number) => {
  if (heapLimit === undefined || bytes <= heapLimit) return true;
  heapLimitHit = true;
  return false;
};

// What listAll() may add to the wasm heap: far more than any Keras file's listing needs (10,000
// layers list ~1 MB of paths), and small enough that no file can nest deep enough within it to
// exhaust the library's stack (each level of nesting adds at least 2 characters to every path
// below it, so 4,000 levels already take 16 MB; the listing has been seen to pass 5,000).
const LISTING_HEAP_BYTES = 16 * 2 ** 20;

/**
 * Every link of the file below the root, as relative paths, in one call (HDF5's H5Lvisit: each
 * group's links in name order, depth first, each group expanded once however many links reach it,
 * soft and external links listed, never followed). How much it holds is the file's to decide (deep
 * nesting and long names multiply into gigabytes of paths, and the library recurses once per level),
 * so the heap may grow by LISTING_HEAP_BYTES at most during the call; a file that needs more, or that
 * makes the call fail in any way that cuts it short, gets the reference walk in a fresh worker.
 */
function listAll(fid: bigint): string[] {
  heapLimit = Module.HEAPU8.length + LISTING_HEAP_BYTES;
  heapLimitHit = false;
  try {
    return Module.get_names(fid, '/', true);
  } catch (err) {
    if (heapLimitHit || err instanceof RangeError || isAbort(err)) throw new Unrecoverable('walk', `the listing of its links was cut short (${heapLimitHit ? `over ${LISTING_HEAP_BYTES} bytes` : text(err).slice(0, 200)})`);
    if (err instanceof Failure || err instanceof Oversize) throw err;
    // Anything else the library refused: the reference walk finds it and says where.
    throw new NotPlain();
  } finally {
    heapLimit = undefined;
  }
}

/**
 * The walk for plain files: every link a hard link to a group or dataset, every object reached by
 * one path, nothing unreadable. That is what Keras writes, and it allows a cheaper walk than
 * describing each link (h5wasm resolves every path from the root, and its link checks validate each
 * prefix of the path again): one listing of every link in the file (listAll), then what each object
 * needs. The listing tells most types by itself: a path with links listed below it is a group,
 * reached by a hard link and for the first time (the listing expands each group once). The rest
 * (leaves) are datasets or empty groups in a plain file, told apart by the call each needs anyway
 * (a dataset's metadata, an empty group's link list), guessed from the leaf's name and siblings and
 * checked once more with get_type when the guess was wrong. A leaf may also be a second link to an
 * object listed elsewhere (a soft link, or another hard link): an empty group's own listing then
 * finds the links below a group listed elsewhere, and every leaf's object address (an object
 * reference, which resolves the path once) is compared with the others'. A group of two or more
 * links is listed once more on its own, for the order the reference walk gives (creation order where
 * the file tracks it).
 *
 * Any address met twice, any link that does not resolve (dangling, external, user-defined), any
 * other object type, any failed call and any bound reached throw NotPlain or a Failure: the caller
 * then walks the file again with the reference walk, whose result (or failure) is the answer. On a
 * plain file both walks visit the groups and datasets in the same order, read the same attributes
 * and give the same snapshot (test/hdf5-walk.test.ts compares them on the HDF5 files of the corpora).
 */
function plainSnapshot(fid: bigint, req: OpenRequest): NodeSnap[] {
  const listed = listAll(fid);
  if (listed.length >= req.maxObjects) throw objectsFailure(req);
  // Each group's links as listed, by the group's absolute path.
  const below = new Map<string, string[]>([['/', []]]);
  for (const rel of listed) {
    const cut = rel.lastIndexOf('/');
    const parent = cut < 0 ? '/' : `/${rel.slice(0, cut)}`;
    const links = below.get(parent);
    if (!links) throw new NotPlain();
    links.push(rel.slice(cut + 1));
    below.set(`/${rel}`, []);
  }
  const seen = new Set<number>();
  const once = (p: string): void => {
    const at = addressNumber(fid, p);
    if (at === undefined || seen.has(at)) throw new NotPlain();
    seen.add(at);
  };
  // What a leaf turned out to be when guessed wrong, by its name and by its group: the next leaf of
  // that name, or in that group, is guessed alike. Keras 3 gives each layer without weights an empty
  // `vars` group.
  const learned = new Map<string, NodeKind>([['vars', 'group']]);
  const learnedIn = new Map<string, NodeKind>();
  const learn = (p: string, kind: NodeKind): void => {
    const cut = p.lastIndexOf('/');
    learned.set(p.slice(cut + 1), kind);
    learnedIn.set(cut === 0 ? '/' : p.slice(0, cut), kind);
  };
  let wrong = 0;
  const nodes: NodeSnap[] = [];
  const stack: NodeSnap[] = [{ path: '/', kind: 'group', attrs: [] }];
  let pathChars = 0;
  while (stack.length) {
    const node = stack.pop()!;
    nodes.push(node);
    if (nodes.length > req.maxObjects) throw objectsFailure(req);
    const listedBelow = below.get(node.path)!;
    if (!listedBelow.length && node.path !== '/') {
      // A leaf: guessed again with what its siblings have taught since it was listed.
      const cut = node.path.lastIndexOf('/');
      node.kind = learned.get(node.path.slice(cut + 1)) ?? learnedIn.get(cut === 0 ? '/' : node.path.slice(0, cut)) ?? node.kind;
    }
    if (node.kind === 'dataset') {
      const md = attempt(() => datasetMeta(fid, node.path));
      if (md.error !== undefined || !md.value) {
        // Not a dataset after all: an empty group, or not plain.
        if (++wrong > 64 || attempt(() => Module.get_type(fid, node.path)).value !== Module.H5G_GROUP) throw new NotPlain();
        learn(node.path, 'group');
        node.kind = 'group';
      } else {
        once(node.path);
        node.meta = md.value;
        if (md.value.type === H5T.OPAQUE) node.attrs = readAttrs(fid, node.path, req.maxAttrBytes);
        continue;
      }
    }
    let children = listedBelow;
    if (!children.length || children.length >= 2) {
      // A leaf group must be empty (else it is a group listed elsewhere) and reached once; a larger
      // group is listed again for its own order.
      const names = attempt(() => Module.get_names(fid, node.path, false));
      if (names.error !== undefined || !names.value) {
        if (children.length || ++wrong > 64 || attempt(() => Module.get_type(fid, node.path)).value !== Module.H5G_DATASET) throw new NotPlain();
        learn(node.path, 'dataset');
        node.kind = 'dataset';
        stack.push(node);
        nodes.pop();
        continue;
      }
      if (names.value.length !== children.length) throw new NotPlain();
      if (!children.length) once(node.path);
      else {
        const set = new Set(children);
        if (!names.value.every((n) => set.delete(n))) throw new NotPlain();
        children = names.value;
      }
    }
    node.attrs = readAttrs(fid, node.path, req.maxAttrBytes);
    node.children = children;
    const depth = node.path.split('/').length;
    if (children.length && depth > MAX_DEPTH) throw depthFailure();
    const groupsBelow = children.some((name) => below.get(node.path === '/' ? `/${name}` : `${node.path}/${name}`)!.length > 0);
    const described = children.map((name): NodeSnap => {
      const p = node.path === '/' ? `/${name}` : `${node.path}/${name}`;
      pathChars += p.length;
      if (pathChars > req.maxAttrBytes) throw pathsFailure(req);
      if (below.get(p)!.length) return { path: p, kind: 'group', attrs: [] };
      const guess = learned.get(name) ?? learnedIn.get(node.path) ?? (name.includes(':') || !groupsBelow ? 'dataset' : 'group');
      return { path: p, kind: guess, attrs: [] };
    });
    for (const child of described.reverse()) stack.push(child);
  }
  return nodes;
}

/**
 * The walk for files in the layout h5py writes by default (hdf5-parse.ts): the structure read
 * from the file's bytes, then only the attribute values from the library (an object's one
 * attribute by the name the parse found; several listed by the library, for its order). A file
 * outside that layout is declined, and the other walks serve it.
 */
function parsedSnapshot(f: H5File, req: OpenRequest): NodeSnap[] {
  const src = fileSource(req.file);
  let parsed: ParsedNode[];
  try {
    parsed = parseStructure(src, { maxObjects: req.maxObjects, maxDepth: MAX_DEPTH, maxPathChars: req.maxAttrBytes });
  } finally {
    src.close();
  }
  const fid = f.file_id;
  return parsed.map(({ path: p, kind, children, meta, attrNames }): NodeSnap => {
    const known = attrNames.length <= 1 ? attrNames : undefined;
    const attrs = kind === 'group' || meta?.type === H5T.OPAQUE ? readAttrs(fid, p, req.maxAttrBytes, known) : [];
    // An attribute the library could not read: the other walks say how it fails, where.
    if (attrs.some((a) => a.error !== undefined)) throw new Declined(`an attribute of ${p} failed`);
    return kind === 'group' ? { path: p, kind, attrs, children: children ?? [] } : { path: p, kind, attrs, meta };
  });
}

/**
 * The file's structure: parsed from its bytes when it is in h5py's default layout, else by the
 * plain walk when the file is plain, else by the reference walk, each from the start (an earlier
 * walk's reads, refused opens and bounds are forgotten). `walk` in the request skips the walks
 * before it (for the test that compares them).
 */
function snapshot(f: H5File, req: OpenRequest): { nodes: NodeSnap[]; walk: NonNullable<Snapshot['walk']> } {
  if (req.walk === undefined) {
    const refused = refusedOpens.length;
    Object.assign(budget, { perAttr: req.maxAttrBytes, left: req.maxYieldBytes, total: 0, spoiled: false });
    try {
      return { nodes: parsedSnapshot(f, req), walk: 'parsed' };
    } catch (err) {
      if (!(err instanceof Declined || err instanceof Failure)) throw err;
      refusedOpens.length = refused;
    }
  }
  if (req.walk !== 'reference') {
    const refused = refusedOpens.length;
    Object.assign(budget, { perAttr: req.maxAttrBytes, left: req.maxYieldBytes, total: 0, spoiled: false });
    try {
      return { nodes: plainSnapshot(f.file_id, req), walk: 'plain' };
    } catch (err) {
      if (!(err instanceof NotPlain || err instanceof Failure) || err instanceof Unrecoverable) throw err;
      refusedOpens.length = refused;
    }
  }
  return { nodes: referenceSnapshot(f, req), walk: 'reference' };
}

function openFile(req: OpenRequest | ReadRequest): H5File {
  const known = files.get(req.handle);
  if (known) {
    allowed = undefined;
    return known;
  }
  const f = new h5wasm.File(req.file, 'r');
  if (f.file_id < 0n) throw new Failure('hdf5', 'the HDF5 library could not open it');
  files.set(req.handle, f);
  allowed = undefined;
  return f;
}

/**
 * The library reads through this one buffer on the wasm heap, a slice of rows at a time. The heap
 * never shrinks: sized to whole datasets, it would keep the largest one's bytes for good (hundreds
 * of MB for a big embedding). Sized to a slice, it holds a few MB whatever the model.
 */
const SLICE_BYTES = 8 * 2 ** 20;
let scratch = { ptr: 0, size: 0 };

function scratchOf(bytes: number, path: string): number {
  if (scratch.size >= bytes) return scratch.ptr;
  if (scratch.ptr) Module._free(scratch.ptr);
  scratch = { ptr: 0, size: 0 };
  const ptr = Module._malloc(bytes);
  if (!ptr) throw new Failure('bytes', `dataset ${path} needs ${bytes} bytes at once, more than the HDF5 heap can hold`);
  scratch = { ptr, size: bytes };
  return ptr;
}

// The filters HDF5 itself decodes (deflate, shuffle, fletcher32, szip, nbit, scaleoffset); h5wasm
// bundles no plugins (LZF, Blosc, Zstandard, ...), and plugin folders are never searched here.
const BUILT_IN_FILTERS = new Set([1, 2, 3, 4, 5, 6]);

/** After a failed read of a chunked dataset: a filter the library lacks is the cause to report, not the library's "Read failed". */
function missingFilter(fid: bigint, p: string): void {
  const filters = attempt(() => Module.get_dataset_filters(fid, p)).value ?? [];
  const missing = filters.find((x) => !BUILT_IN_FILTERS.has(x.id));
  if (missing) throw new Failure('filter', JSON.stringify({ id: missing.id, name: String(missing.name ?? '').slice(0, 80) }));
}

/** Whole dataset into `into` (or a new buffer), in hyperslabs of whole rows along the first axis. */
function read(req: ReadRequest): { bytes?: ArrayBuffer; written?: number } {
  const f = openFile(req);
  const md = datasetMeta(f.file_id, req.path);
  if (md.vlen || md.type === H5T.VLEN) throw new Failure('hdf5', `dataset ${req.path} holds variable-length data, which no Keras weight is`);
  const count = product(md.shape);
  const bytes = count * md.size;
  if (!Number.isSafeInteger(bytes) || bytes > req.maxBytes) throw new Failure('bytes', `dataset ${req.path} declares ${count} elements of ${md.size} bytes`);
  if (req.into && req.into.byteLength < bytes) throw new Failure('bytes', `dataset ${req.path} needs ${bytes} bytes, the buffer given holds ${req.into.byteLength}`);
  const out = new Uint8Array(req.into ?? new ArrayBuffer(bytes), 0, bytes);
  if (bytes === 0) return req.into ? { written: 0 } : { bytes: out.buffer as ArrayBuffer };
  const rows = md.shape[0] ?? 1;
  const rowBytes = md.shape.length ? bytes / rows : bytes;
  let perSlice = md.shape.length ? Math.max(1, Math.floor(SLICE_BYTES / rowBytes)) : 1;
  // A chunked (compressed) dataset is inflated a chunk at a time: slices of whole chunks inflate each
  // chunk once, however large a chunk is.
  const chunkRows = md.chunks?.[0];
  if (chunkRows && md.shape.length) perSlice = Math.max(chunkRows, perSlice - (perSlice % chunkRows));
  const ptr = scratchOf(Math.min(bytes, perSlice * rowBytes), req.path);
  for (let r = 0; r < rows; r += perSlice) {
    const n = Math.min(perSlice, rows - r);
    // Each hyperslab is exactly the extent the scratch buffer is sized for: the library can never
    // write more, even when the file's own dimensions are damaged or wider than h5wasm reports.
    const sel = md.shape.length ? [BigInt(n), ...md.shape.slice(1).map((d) => BigInt(d))] : null;
    const offset = sel && sel.map((_, i) => (i === 0 ? BigInt(r) : 0n));
    try {
      Module.get_dataset_data(f.file_id, req.path, sel, offset, sel && sel.map(() => 1n), BigInt(ptr));
    } catch (err) {
      if (md.chunks) missingFilter(f.file_id, req.path);
      throw err;
    }
    out.set(Module.HEAPU8.subarray(ptr, ptr + n * rowBytes), r * rowBytes);
    if (req.progress) {
      Atomics.store(req.progress, 0, BigInt((r + n) * rowBytes));
      Atomics.notify(req.progress, 0);
    }
  }
  return req.into ? { written: bytes } : { bytes: out.buffer as ArrayBuffer };
}

function handle(req: Request): Omit<Reply & { ok: true }, 'id'> {
  switch (req.op) {
    case 'open': {
      const f = openFile(req);
      try {
        const { nodes, walk } = snapshot(f, req);
        const tainted = budget.spoiled || nodes.some((n) => n.error !== undefined || n.kind === 'unreadable' || n.attrs.some((a) => a.error !== undefined));
        return { ok: true, snapshot: { nodes, walk }, tainted };
      } catch (err) {
        files.delete(req.handle);
        // After an unrecoverable failure the library is not called again (the worker is replaced).
        if (!(err instanceof Unrecoverable)) attempt(() => f.close());
        throw err;
      }
    }
    case 'read':
      return { ok: true, ...read(req) };
    case 'close': {
      const f = files.get(req.handle);
      files.delete(req.handle);
      if (f) attempt(() => f.close());
      return { ok: true };
    }
  }
}

parentPort!.on('message', (msg: Request & { id: number }) => {
  dropBlocks();
  allowed = 'file' in msg ? path.resolve(msg.file) : undefined;
  refusedOpens.length = 0;
  let reply: Reply;
  try {
    reply = { id: msg.id, ...handle(msg) };
  } catch (err) {
    const code: FailureCode = isAbort(err) ? 'fatal' : err instanceof Failure ? err.code : 'hdf5';
    // Our own bounds (objects, bytes) stop before the library sees damage, and HDF5 spots a
    // truncated file from its superblock alone, before it parses anything; anything else taints.
    const tainted = code !== 'objects' && code !== 'bytes' && !(code === 'hdf5' && /truncated file: eof = /.test(text(err)));
    reply = { id: msg.id, ok: false, code, error: text(err), tainted, ...(refusedOpens.length ? { refusedOpens: [...refusedOpens] } : {}) };
  } finally {
    allowed = undefined;
    closeErrorFiles();
  }
  // After an abort the wasm module is unusable (and its heap suspect): the host terminates this
  // worker on a 'fatal' reply and starts afresh.
  if (reply.ok && reply.bytes) parentPort!.postMessage(reply, [reply.bytes]);
  else parentPort!.postMessage(reply);
});
