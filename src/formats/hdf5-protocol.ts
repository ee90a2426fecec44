// Messages between the HDF5 host (main thread) and the worker that runs h5wasm. Opening a file
// returns its whole structure at once (a snapshot), so the readers above walk plain objects and
// never wait on the C library; only weight data is fetched later, one dataset per request.

/** One attribute: its value, or why it was not read. */
export interface AttrSnap {
  name: string;
  value?: unknown;
  /** The HDF5 library could not read it (damaged, or a type h5wasm does not decode). */
  error?: string;
  /** Set instead of `value` when the attribute is larger than the host allowed. */
  bytes?: number;
}

/** HDF5's datatype classes (H5T_class_t), as DatasetMeta.type holds them. */
export const H5T = { INTEGER: 0, FLOAT: 1, TIME: 2, STRING: 3, BITFIELD: 4, OPAQUE: 5, COMPOUND: 6, REFERENCE: 7, ENUM: 8, VLEN: 9, ARRAY: 10 } as const;

/** What the readers need of a dataset's type and extent (h5wasm's metadata, trimmed). */
export interface DatasetMeta {
  /** The datatype class (H5T). */
  type: number;
  size: number;
  signed: boolean;
  littleEndian: boolean;
  vlen: boolean;
  shape: number[];
  /** Chunk extent of a chunked dataset; absent for contiguous (Keras' default) storage. */
  chunks?: number[];
}

export type NodeKind = 'group' | 'dataset' | 'soft-link' | 'external-link' | 'datatype' | 'unreadable';

export interface NodeSnap {
  /** Absolute path: `/`, `/layers/dense/vars/0`. */
  path: string;
  kind: NodeKind;
  attrs: AttrSnap[];
  /** Link names of a group, in the order h5wasm's `keys()` gives them. */
  children?: string[];
  meta?: DatasetMeta;
  /** Where a link points (never followed). */
  target?: string;
  /** Why this object could not be described. */
  error?: string;
}

export interface Snapshot {
  /** `nodes[0]` is the root group. */
  nodes: NodeSnap[];
  /**
   * Which walk listed them: `parsed` (h5py's default layout, read from the bytes: the cheapest),
   * `plain` (a file of hard links only, each object reached once) or `reference` (any other file,
   * or when asked for). All give the same nodes.
   */
  walk?: 'parsed' | 'plain' | 'reference';
}

export interface OpenRequest {
  op: 'open';
  file: string;
  handle: number;
  maxObjects: number;
  /** Largest single attribute, and the most characters all the walk's paths may add up to. */
  maxAttrBytes: number;
  /** Most attribute bytes the whole walk may read (vlen strings counted as they are read). */
  maxYieldBytes: number;
  /** Skip the walks before this one (test/hdf5-walk.test.ts compares them): `plain` skips the parsed walk, `reference` both. */
  walk?: 'plain' | 'reference';
}

export interface ReadRequest {
  op: 'read';
  file: string;
  handle: number;
  path: string;
  maxBytes: number;
  /** Write the values here (from byte 0) instead of replying with a new buffer. */
  into?: SharedArrayBuffer;
  /** With `into`: element 0 is set to the bytes written so far after each slice, and notified (Atomics). */
  progress?: BigInt64Array;
}

export interface CloseRequest {
  op: 'close';
  handle: number;
}

export type Request = OpenRequest | ReadRequest | CloseRequest;

/**
 * Why a request failed: `hdf5` the library refused the file; `objects` / `depth` / `bytes` /
 * `paths` / `yield` a bound was hit; `links` hard links reach one group twice; `filter` a dataset
 * needs a filter h5wasm lacks (the error is then `{"id":…,"name":…}` JSON); `fatal` the wasm
 * module aborted (the worker exits after replying); `walk` the plain walk could not list the file
 * within its bounds and left the library unusable: ask again with `walk: 'reference'` (a fresh
 * worker serves it).
 */
export type FailureCode = 'hdf5' | 'objects' | 'depth' | 'bytes' | 'paths' | 'yield' | 'links' | 'filter' | 'fatal' | 'walk';

/**
 * `tainted`: the library met damage while serving the request (an error, or an unreadable part of
 * a file it could otherwise open). A damaged file can corrupt the wasm heap without failing, and a
 * later, sound file then fails or aborts in that heap (seen while fuzzing), so the host replaces
 * the worker after a tainted reply.
 */
export type Reply =
  | { id: number; ok: true; snapshot?: Snapshot; bytes?: ArrayBuffer; written?: number; tainted?: boolean }
  | { id: number; ok: false; code: FailureCode; error: string; refusedOpens?: string[]; tainted?: boolean };
