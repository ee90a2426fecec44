// The structure of an HDF5 file read straight from its bytes, for the layout h5py writes by default
// and so every Keras file of the corpora: superblock 0 or 1, version-1 object headers, groups kept
// as symbol tables (a B-tree of symbol nodes naming children in a local heap). A Keras layer is a
// few hundred bytes of that, parsed in microseconds, where the library takes nine calls of 15–70 µs
// (h5wasm resolves every path from the root and has no handles). The library still opens the file
// first, reads every attribute value and every weight.
//
// Anything outside that subset is declined, never guessed: later format versions, links other than
// hard links, shared or dense messages, a second link to one object, named datatypes, any type but
// integers, floats, fixed strings and opaque data, any address or length that does not fit the file.
// The worker then walks the file through the library (hdf5-worker.ts), and test/hdf5-walk.test.ts
// checks on every HDF5 file of the corpora, on hostile files and on mutated ones that whenever this
// parser answers, the library's walk gives the same snapshot.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { H5T, type DatasetMeta } from './hdf5-protocol.js';

/** The file is outside the subset read here (the reason is for tests and debugging only). */
export class Declined extends Error {}

/** Bytes of the file; `view` throws Declined for a range outside it. */
export interface ByteSource {
  readonly size: number;
  view(pos: number, len: number): DataView;
}

export interface ParsedNode {
  path: string;
  kind: 'group' | 'dataset';
  /** Link names of a group, in name order (the order h5wasm lists a symbol table's links). */
  children?: string[];
  meta?: DatasetMeta;
  /** Attribute names in name order (h5wasm's order for attributes kept in the object header). */
  attrNames: string[];
}

export interface StructureBounds {
  maxObjects: number;
  /** Deepest group (path segments) that may hold links. */
  maxDepth: number;
  /** Most characters all paths may add up to. */
  maxPathChars: number;
}

const UNDEFINED = -1;

interface Link {
  name: string;
  header: number;
  /** A group's B-tree and heap as its parent's entry caches them: they must be its own. */
  cached?: { btree: number; heap: number };
}
// HDF5's message types (Format spec IV.A.2): the ones a plain group or dataset may carry.
const NIL = 0x00, DATASPACE = 0x01, DATATYPE = 0x03, FILL_OLD = 0x04, FILL = 0x05, LAYOUT = 0x08;
const PIPELINE = 0x0b, ATTRIBUTE = 0x0c, COMMENT = 0x0d, MTIME_OLD = 0x0e, CONTINUATION = 0x10;
const SYMBOL_TABLE = 0x11, MTIME = 0x12;
const IGNORED = new Set([NIL]);
const CONSTANT = 0x01, DONT_SHARE = 0x04;
// Bounds on what one object may make this parser read, far above anything h5py writes.
const MAX_MESSAGES = 4096;
const MAX_HEAP_BYTES = 64 * 2 ** 20;
const MAX_HEADER_BYTES = 2 ** 20;

function decline(why: string): never {
  throw new Declined(why);
}

interface Header {
  symbolTable?: { btree: number; heap: number };
  datatype?: { type: number; size: number; signed: boolean; littleEndian: boolean };
  shape?: number[];
  chunks?: number[];
  layout: boolean;
  /** What the layout says is stored: the bytes (contiguous, compact) or a chunk's element size. */
  stored?: { bytes?: number; element?: number };
  /** Sizes of the defined fill values. */
  fills: number[];
  attrNames: string[];
}

/** A parser over one file; each object header, B-tree node and heap is read at most once. */
class Parser {
  private eof = 0;
  private read = 0;
  private leafK = 0;
  private nodeK = 0;
  private readonly headers = new Set<number>();
  private readonly nodes = new Set<number>();
  private readonly heaps = new Map<number, DataView>();

  constructor(private readonly src: ByteSource) {}

  private addr(v: DataView, at: number): number {
    const lo = v.getUint32(at, true);
    const hi = v.getUint32(at + 4, true);
    if (lo === 0xffffffff && hi === 0xffffffff) return UNDEFINED;
    // Addresses and lengths stay far below 2^53 in any file this machine can hold.
    if (hi >= 0x200000) decline('an address past 2^53');
    return hi * 2 ** 32 + lo;
  }

  private at(pos: number, len: number): DataView {
    if (pos < 0 || len < 0 || pos + len > this.eof) decline(`${len} bytes at ${pos} are past the end of the file`);
    // Structures may overlap: the whole parse reads at most the file twice over (Keras files: a third).
    this.read += len;
    if (this.read > 2 * this.eof + 2 ** 20) decline('structures read more bytes than the file holds, twice over');
    return this.src.view(pos, len);
  }

  /** The superblock (Format spec II.A, versions 0 and 1 only): the root group's object header address. */
  root(): Link {
    const v = this.src.view(0, 8 + 16 + 4 + 32 + 40);
    const sig = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
    if (sig.some((b, i) => v.getUint8(i) !== b)) decline('no superblock at byte 0');
    const version = v.getUint8(8);
    if (version > 1) decline(`superblock version ${version}`);
    if (v.getUint8(13) !== 8 || v.getUint8(14) !== 8) decline('offsets or lengths not 8 bytes');
    const p = 24 + (version === 1 ? 4 : 0);
    if (this.addr(v, p) !== 0) decline('a base address other than 0');
    const eof = this.addr(v, p + 16);
    // The library refuses a file shorter than its end-of-file address ("truncated file").
    if (eof === UNDEFINED || eof > this.src.size) decline('truncated');
    this.eof = eof;
    if (this.addr(v, p + 24) !== UNDEFINED) decline('a driver information block');
    this.leafK = v.getUint16(16, true);
    this.nodeK = v.getUint16(18, true);
    if (!this.leafK || !this.nodeK) decline('a B-tree K of 0');
    const root = this.entry(v, p + 32);
    if (root.header === UNDEFINED) decline('no root group');
    return root;
  }

  /** A symbol table entry (III.C): the object's header, and the group's B-tree and heap when cached there. */
  private entry(v: DataView, at: number): Link {
    const cache = v.getUint32(at + 16, true);
    // 2: a soft link; anything else is unknown.
    if (cache > 1) decline('a link other than a hard link');
    return { name: '', header: this.addr(v, at + 8), ...(cache === 1 ? { cached: { btree: this.addr(v, at + 24), heap: this.addr(v, at + 32) } } : {}) };
  }

  /** A version-1 object header and its continuation blocks (Format spec IV.A.1.a). */
  header(address: number): Header {
    if (address === UNDEFINED || this.headers.has(address)) decline('an object reached twice');
    this.headers.add(address);
    const h = this.at(address, 16);
    if (h.getUint8(0) !== 1) decline(`object header version ${h.getUint8(0)}`);
    const messages = h.getUint16(2, true);
    // More than one hard link to the object: the library's walk sorts out which path is which.
    if (h.getUint32(4, true) !== 1) decline('an object with several hard links');
    if (messages > MAX_MESSAGES) decline('too many header messages');
    if (messages > 0 ? h.getUint32(8, true) < 8 : h.getUint32(8, true) > 0) decline('an object header of impossible size');
    const out: Header = { layout: false, fills: [], attrNames: [] };
    const blocks: [number, number][] = [[address + 16, h.getUint32(8, true)]];
    let seen = 0;
    for (let b = 0; b < blocks.length; b++) {
      const [start, length] = blocks[b]!;
      if (b > 64) decline('too many continuation blocks');
      if (length > MAX_HEADER_BYTES) decline('an oversized object header');
      const v = this.at(start, length);
      let p = 0;
      while (p < length) {
        if (p + 8 > length) decline('a message header cut by its block');
        const type = v.getUint16(p, true);
        const size = v.getUint16(p + 2, true);
        const flags = v.getUint8(p + 4);
        if (size % 8 !== 0 || p + 8 + size > length) decline('a message that does not fit its block');
        if (++seen > messages) decline('more messages than the header counts');
        const m = new DataView(v.buffer, v.byteOffset + p + 8, size);
        // h5py flags messages constant or not to be shared at most; any other flag (shared,
        // shareable, unknown-message marks) is declined: the library rejects some combinations.
        if (flags & ~(CONSTANT | DONT_SHARE)) decline(`a message flagged ${flags}`);
        if (type === CONTINUATION) {
          if (size < 16) decline('a short continuation message');
          const next = this.addr(m, 0);
          const len = this.addr(m, 8);
          if (next === UNDEFINED || len === UNDEFINED || len === 0 || blocks.some(([s]) => s === next)) decline('a continuation block reached twice, or empty');
          blocks.push([next, len]);
        } else this.message(type, m, out);
        p += 8 + size;
      }
    }
    if (seen !== messages) decline('fewer messages than the header counts');
    return out;
  }

  private message(type: number, m: DataView, out: Header): void {
    if (IGNORED.has(type)) return;
    switch (type) {
      case FILL_OLD:
      case FILL:
        this.fill(type, m, out);
        return;
      case PIPELINE:
        this.pipeline(m);
        return;
      // Decoded by the library when it describes the object: checked as it checks them.
      case MTIME:
        if (m.byteLength < 8 || m.getUint8(0) !== 1) decline('an unknown modification time');
        return;
      case MTIME_OLD:
        if (m.byteLength < 16 || !/^\d{14}$/.test(ascii(m, 0, 14))) decline('an unknown modification time');
        return;
      case COMMENT: {
        let end = 0;
        while (end < m.byteLength && m.getUint8(end) !== 0) end++;
        if (end === m.byteLength) decline('an unterminated comment');
        return;
      }
      case SYMBOL_TABLE:
        if (out.symbolTable || m.byteLength < 16) decline('a second or short symbol table message');
        out.symbolTable = { btree: this.addr(m, 0), heap: this.addr(m, 8) };
        return;
      case DATASPACE:
        if (out.shape) decline('a second dataspace');
        out.shape = this.dataspace(m);
        return;
      case DATATYPE:
        if (out.datatype) decline('a second datatype');
        out.datatype = this.datatype(m);
        return;
      case LAYOUT:
        if (out.layout) decline('a second layout');
        out.layout = true;
        this.layout(m, out);
        return;
      case ATTRIBUTE:
        out.attrNames.push(this.attributeName(m));
        return;
      default:
        decline(`message type ${type}`);
    }
  }

  /** Dataspace message versions 1 and 2 (IV.A.2.b); a null dataspace is declined. */
  private dataspace(m: DataView): number[] {
    if (m.byteLength < 8) decline('a short dataspace');
    const version = m.getUint8(0);
    const rank = m.getUint8(1);
    const flags = m.getUint8(2);
    let p: number;
    if (version === 1) {
      if (flags & 2) decline('a permuted dataspace');
      p = 8;
    } else if (version === 2) {
      const kind = m.getUint8(3);
      if (kind === 2 || (kind === 0 && rank !== 0) || kind > 2) decline('a null or unknown dataspace');
      p = 4;
    } else decline(`dataspace version ${version}`);
    if (rank > 32 || p + rank * 8 * (flags & 1 ? 2 : 1) > m.byteLength) decline('a dataspace that does not fit its message');
    const shape: number[] = [];
    for (let i = 0; i < rank; i++) {
      const d = this.addr(m, p + 8 * i);
      if (d === UNDEFINED) decline('an unlimited current dimension');
      // A maximum below the current extent: the library refuses the dataspace.
      if (flags & 1) {
        const max = this.addr(m, p + 8 * (rank + i));
        if (max !== UNDEFINED && max < d) decline('a dimension above its maximum');
      }
      shape.push(d);
    }
    return shape;
  }

  /** Datatype message (IV.A.2.d): integers, IEEE floats, fixed-length strings and opaque data; `signed` and `littleEndian` as h5wasm's metadata gives them. */
  private datatype(m: DataView): NonNullable<Header['datatype']> {
    if (m.byteLength < 8) decline('a short datatype');
    const type = m.getUint8(0) & 0x0f;
    const version = m.getUint8(0) >> 4;
    if (version < 1 || version > 3) decline(`datatype version ${version}`);
    const bits = m.getUint8(1);
    const size = m.getUint32(4, true);
    if (size === 0) decline('a datatype of 0 bytes');
    // The bit fields are checked as the library would use them: offset and precision within the
    // element, a float's sign, exponent and mantissa within its precision.
    const within = (offset: number, width: number, limit: number) => width > 0 && offset + width <= limit;
    switch (type) {
      case H5T.INTEGER: {
        if (m.byteLength < 12 || !within(m.getUint16(8, true), m.getUint16(10, true), 8 * size)) decline('an integer type of impossible bits');
        return { type, size, signed: (bits & 0x08) !== 0, littleEndian: (bits & 0x01) === 0 };
      }
      case H5T.FLOAT: {
        if (bits & 0xc0 || ((bits >> 4) & 3) === 3) decline('a float of VAX order or unknown normalization');
        if (m.byteLength < 20) decline('a short float type');
        const prec = m.getUint16(10, true);
        const sign = m.getUint8(2);
        const ok = within(m.getUint16(8, true), prec, 8 * size) && sign < prec && within(m.getUint8(12), m.getUint8(13), prec) && within(m.getUint8(14), m.getUint8(15), prec);
        if (!ok) decline('a float type of impossible bits');
        return { type, size, signed: false, littleEndian: (bits & 0x01) === 0 };
      }
      case H5T.STRING:
        if ((bits & 0x0f) > 2 || bits >> 4 > 1) decline('a string of unknown padding or character set');
        return { type, size, signed: false, littleEndian: false };
      case H5T.OPAQUE:
        // The tag, NUL-padded to a multiple of 8 bytes.
        if (8 + bits > m.byteLength) decline('an opaque tag that does not fit its message');
        return { type, size, signed: false, littleEndian: false };
      default:
        return decline(`datatype class ${type}`);
    }
  }

  /** Data layout message version 3 (IV.A.2.i), checked against the extent in dataset(). */
  private layout(m: DataView, out: Header): void {
    if (m.byteLength < 2 || m.getUint8(0) !== 3) decline('a layout message other than version 3');
    const kind = m.getUint8(1);
    if (kind === 0) {
      if (m.byteLength < 4 || 4 + m.getUint16(2, true) > m.byteLength) decline('compact data that does not fit its message');
      out.stored = { bytes: m.getUint16(2, true) };
    } else if (kind === 1) {
      if (m.byteLength < 18) decline('a short contiguous layout');
      const at = this.addr(m, 2);
      const bytes = this.addr(m, 10);
      if (bytes === UNDEFINED || (at !== UNDEFINED && at + bytes > this.eof)) decline('contiguous data past the end of the file');
      out.stored = { bytes };
    } else if (kind === 2) {
      const dims = m.byteLength < 3 ? 0 : m.getUint8(2);
      if (dims < 2 || dims > 33 || 11 + 4 * dims > m.byteLength) decline('a chunk layout that does not fit its message');
      const at = this.addr(m, 3);
      if (at !== UNDEFINED && at >= this.eof) decline('a chunk index past the end of the file');
      const sizes = Array.from({ length: dims }, (_, i) => m.getUint32(11 + 4 * i, true));
      if (sizes.some((d) => d === 0)) decline('a chunk dimension of 0');
      // The last dimension is the element size; the library reports the others.
      out.chunks = sizes.slice(0, -1);
      out.stored = { element: sizes[dims - 1]! };
    } else decline(`layout class ${kind}`);
  }

  /** Fill value messages (IV.A.2.e/f): well formed, and a defined value of the element's size. */
  private fill(type: number, m: DataView, out: Header): void {
    let size: number | undefined;
    if (type === FILL_OLD) {
      if (m.byteLength < 4 || 4 + m.getUint32(0, true) > m.byteLength) decline('a fill value that does not fit its message');
      size = m.getUint32(0, true);
    } else {
      const version = m.byteLength ? m.getUint8(0) : 0;
      let p: number;
      let defined: boolean;
      if (version === 1 || version === 2) {
        if (m.byteLength < 4) decline('a short fill value message');
        defined = version === 1 || m.getUint8(3) === 1;
        p = 4;
      } else if (version === 3) {
        if (m.byteLength < 2) decline('a short fill value message');
        const flags = m.getUint8(1);
        if (flags & 0xc0 || (flags & 0x10 && flags & 0x20)) decline('unknown fill value flags');
        defined = (flags & 0x20) !== 0;
        p = 2;
      } else return decline(`fill value version ${version}`);
      if (defined) {
        if (p + 4 > m.byteLength || p + 4 + m.getUint32(p, true) > m.byteLength) decline('a fill value that does not fit its message');
        size = m.getUint32(p, true);
      }
    }
    if (size) out.fills.push(size);
  }

  /** A filter pipeline message (IV.A.2.l), versions 1 and 2: well formed (the filters are the library's to apply). */
  private pipeline(m: DataView): void {
    const version = m.byteLength < 2 ? 0 : m.getUint8(0);
    const count = m.byteLength < 2 ? 0 : m.getUint8(1);
    if ((version !== 1 && version !== 2) || count === 0 || count > 32) decline('an unknown filter pipeline');
    let p = version === 1 ? 8 : 2;
    for (let i = 0; i < count; i++) {
      if (p + 2 > m.byteLength) decline('a filter that does not fit its message');
      const id = m.getUint16(p, true);
      const named = version === 1 || id >= 256;
      const head = named ? 8 : 6;
      if (p + head > m.byteLength) decline('a filter that does not fit its message');
      const nameLength = named ? m.getUint16(p + 2, true) : 0;
      const values = m.getUint16(p + head - 2, true);
      p += head + (version === 1 ? Math.ceil(nameLength / 8) * 8 : nameLength) + 4 * values + (version === 1 && values % 2 ? 4 : 0);
      if (p > m.byteLength) decline('a filter that does not fit its message');
    }
  }

  /** An attribute message's name (IV.A.2.m, versions 1 to 3); its value is the library's to read. */
  private attributeName(m: DataView): string {
    if (m.byteLength < 8) decline('a short attribute message');
    const version = m.getUint8(0);
    if (version < 1 || version > 3) decline(`attribute version ${version}`);
    const length = m.getUint16(2, true);
    const start = version === 3 ? 9 : 8;
    if (length < 2 || start + length > m.byteLength || m.getUint8(start + length - 1) !== 0) decline('an attribute name that does not fit its message');
    return ascii(m, start, length - 1);
  }

  /** A local heap's data segment (III.D), with its free list checked as the library checks it. */
  private heap(address: number): DataView {
    // Groups may share a heap (h5py gives each its own): each is read and checked once.
    const known = this.heaps.get(address);
    if (known) return known;
    const h = this.at(address, 32);
    if (h.getUint32(0, true) !== 0x50414548 || h.getUint8(4) !== 0) decline('no local heap');
    const size = this.addr(h, 8);
    const data = this.addr(h, 24);
    if (size === UNDEFINED || data === UNDEFINED || size > MAX_HEAP_BYTES) decline('a local heap that does not fit the file');
    const heap = this.at(data, size);
    // Each free block: the next one's offset (1 ends the list), then its own size.
    let free = this.addr(h, 16);
    for (let n = 0; free !== 1; n++) {
      if (free === UNDEFINED || free + 16 > size || n > size / 16) decline('a damaged heap free list');
      const next = this.addr(heap, free);
      const bytes = this.addr(heap, free + 8);
      if (next === 0 || bytes === UNDEFINED || free + bytes > size) decline('a damaged heap free list');
      free = next;
    }
    this.heaps.set(address, heap);
    return heap;
  }

  /**
   * A group's links in name order: its symbol table's B-tree (III.A.1) of symbol nodes (III.B),
   * each node read whole as the library reads it. The library finds a link by name through the
   * keys (key i < name <= key i+1 for the names below child i) and then in the node's sorted
   * names, so both are checked: a link it could not find again is declined.
   */
  children(table: { btree: number; heap: number }): Link[] {
    const heap = this.heap(table.heap);
    const out: Link[] = [];
    const nodeBytes = 24 + 16 * 2 * this.nodeK + 8;
    const symbolBytes = 8 + 40 * 2 * this.leafK;
    // `level`: the B-tree level expected there, -1 for the root (any level), 'symbols' for a leaf's child.
    const visit = (address: number, level: number | 'symbols'): void => {
      if (address === UNDEFINED || this.nodes.has(address)) decline('a B-tree node reached twice');
      this.nodes.add(address);
      // The library reads each node whole, so it must lie within the file; only the entries in use
      // are read here (a K of 65535 makes 2 MB nodes, which a file can overlap by the thousand).
      if (address + (level === 'symbols' ? symbolBytes : nodeBytes) > this.eof) decline('a B-tree node past the end of the file');
      if (level === 'symbols') {
        const n = this.at(address, 8);
        if (n.getUint32(0, true) !== 0x444f4e53 /* SNOD */ || n.getUint8(4) !== 1) decline('no symbol node');
        const count = n.getUint16(6, true);
        if (count > 2 * this.leafK) decline('an oversized symbol node');
        const e = this.at(address + 8, 40 * count);
        for (let i = 0; i < count; i++) {
          const link = this.entry(e, 40 * i);
          link.name = this.name(heap, this.addr(e, 40 * i));
          const prev = out[out.length - 1];
          if (prev && !(prev.name < link.name)) decline('links out of name order');
          out.push(link);
        }
        return;
      }
      const h = this.at(address, 24);
      if (h.getUint32(0, true) !== 0x45455254 /* TREE */ || h.getUint8(4) !== 0) decline('no group B-tree node');
      const nodeLevel = h.getUint8(5);
      if (level >= 0 && nodeLevel !== level) decline('a B-tree of inconsistent levels');
      const entries = h.getUint16(6, true);
      if (entries > 2 * this.nodeK) decline('an oversized B-tree node');
      const n = this.at(address, 24 + 16 * entries + 8);
      const key = (i: number) => this.name(heap, this.addr(n, 24 + 16 * i), true);
      let low = key(0);
      for (let i = 0; i < entries; i++) {
        const high = key(i + 1);
        const first = out.length;
        visit(this.addr(n, 24 + 16 * i + 8), nodeLevel === 0 ? 'symbols' : nodeLevel - 1);
        for (let j = first; j < out.length; j++) if (!(low < out[j]!.name && out[j]!.name <= high)) decline('a link its B-tree keys do not lead to');
        low = high;
      }
    };
    visit(table.btree, -1);
    return out;
  }

  /** The NUL-terminated name at `offset` in a heap; a B-tree key may be empty (the first one is). */
  private name(heap: DataView, offset: number, key = false): string {
    if (offset === UNDEFINED || offset >= heap.byteLength) decline('a link name outside its heap');
    let end = offset;
    while (end < heap.byteLength && heap.getUint8(end) !== 0) end++;
    if (end === heap.byteLength || (end === offset && !key)) decline('an unterminated or empty link name');
    const name = ascii(heap, offset, end - offset);
    if (!key && (name.includes('/') || name === '.')) decline('a link name the library would not list as is');
    return name;
  }
}

/** Printable ASCII only: anything else is left to the library's own decoding. */
function ascii(v: DataView, start: number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const c = v.getUint8(start + i);
    if (c < 0x20 || c > 0x7e) decline('a name that is not printable ASCII');
    s += String.fromCharCode(c);
  }
  return s;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every group and dataset below the root, depth first in the library's listing order (the order
 * the worker's walks give), or Declined. The bounds are the walks' own: a file that reaches one is
 * declined, and the library's walk reports it.
 */
export function parseStructure(src: ByteSource, bounds: StructureBounds): ParsedNode[] {
  const parser = new Parser(src);
  const nodes: ParsedNode[] = [];
  const stack: { path: string; link: Link }[] = [{ path: '/', link: parser.root() }];
  let pathChars = 0;
  while (stack.length) {
    const { path, link } = stack.pop()!;
    const h = parser.header(link.header);
    if (nodes.length >= bounds.maxObjects) decline('too many objects');
    const attrNames = h.attrNames.sort(byName);
    if (attrNames.some((a, i) => a === attrNames[i - 1])) decline('a repeated attribute name');
    if (link.cached && (link.cached.btree !== h.symbolTable?.btree || link.cached.heap !== h.symbolTable.heap)) decline('a group entry caching another symbol table');
    if (h.symbolTable) {
      if (h.datatype || h.shape || h.layout || h.fills.length) decline('a group with dataset messages');
      const links = parser.children(h.symbolTable);
      if (links.length && path.split('/').length > bounds.maxDepth) decline('too deep');
      nodes.push({ path, kind: 'group', attrNames, children: links.map((l) => l.name) });
      for (let i = links.length - 1; i >= 0; i--) {
        const p = path === '/' ? `/${links[i]!.name}` : `${path}/${links[i]!.name}`;
        pathChars += p.length;
        if (pathChars > bounds.maxPathChars) decline('too many path characters');
        stack.push({ path: p, link: links[i]! });
      }
      continue;
    }
    if (!h.datatype || !h.shape || !h.layout) decline('neither a group nor a dataset');
    const { type, size, signed, littleEndian } = h.datatype;
    const bytes = h.shape.reduce((a, b) => a * b, 1) * size;
    if (h.chunks ? h.chunks.length !== h.shape.length || h.stored?.element !== size : h.stored?.bytes !== bytes) decline('a layout that does not match the extent');
    if (h.fills.some((f) => f !== size)) decline('a fill value of another size');
    nodes.push({
      path, kind: 'dataset', attrNames,
      meta: { type, size, signed, littleEndian, vlen: false, shape: h.shape, ...(h.chunks ? { chunks: h.chunks } : {}) },
    });
  }
  return nodes;
}

// Object headers, B-tree nodes and heaps lie scattered between the weights: read in 64 KiB blocks,
// each once, at most 4 MiB held (then dropped and read again as needed).
const BLOCK = 64 * 1024;
const MAX_BLOCKS = 64;

/** The file at `file` as a ByteSource, read through a small block cache; close() when done. */
export function fileSource(file: string): ByteSource & { close(): void } {
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  let blocks = new Map<number, Uint8Array>();
  const block = (index: number): Uint8Array => {
    let b = blocks.get(index);
    if (b) return b;
    if (blocks.size >= MAX_BLOCKS) blocks = new Map();
    const bytes = new Uint8Array(BLOCK);
    b = bytes.subarray(0, readSync(fd, bytes, 0, BLOCK, index * BLOCK));
    blocks.set(index, b);
    return b;
  };
  return {
    size,
    view(pos, len) {
      if (!Number.isSafeInteger(pos) || !Number.isSafeInteger(len) || pos < 0 || len < 0 || pos + len > size) decline(`${len} bytes at ${pos} are outside the file`);
      const first = Math.floor(pos / BLOCK);
      const b = block(first);
      const from = pos - first * BLOCK;
      if (from + len <= b.length) return new DataView(b.buffer, b.byteOffset + from, len);
      // Across blocks: copied once into a buffer of its own.
      const out = new Uint8Array(len);
      for (let done = 0; done < len;) {
        const at = pos + done;
        const i = Math.floor(at / BLOCK);
        const part = block(i).subarray(at - i * BLOCK, at - i * BLOCK + len - done);
        if (!part.length) decline('a short read');
        out.set(part, done);
        done += part.length;
      }
      return new DataView(out.buffer);
    },
    close: () => closeSync(fd),
  };
}
