import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  H5T
} from "./chunks/chunk-FDKBLACR.js";
import "./chunks/chunk-7UZKIK2J.js";

// src/formats/hdf5-worker.ts
import path from "node:path";
import { parentPort } from "node:worker_threads";

// src/formats/hdf5-parse.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var Declined = class extends Error {
};
var UNDEFINED = -1;
var NIL = 0;
var DATASPACE = 1;
var DATATYPE = 3;
var FILL_OLD = 4;
var FILL = 5;
var LAYOUT = 8;
var PIPELINE = 11;
var ATTRIBUTE = 12;
var COMMENT = 13;
var MTIME_OLD = 14;
var CONTINUATION = 16;
var SYMBOL_TABLE = 17;
var MTIME = 18;
var IGNORED = /* @__PURE__ */ new Set([NIL]);
var CONSTANT = 1;
var DONT_SHARE = 4;
var MAX_MESSAGES = 4096;
var MAX_HEAP_BYTES = 64 * 2 ** 20;
var MAX_HEADER_BYTES = 2 ** 20;
function decline(why) {
  throw new Declined(why);
}
var Parser = class {
  constructor(src) {
    this.src = src;
  }
  src;
  eof = 0;
  read = 0;
  leafK = 0;
  nodeK = 0;
  headers = /* @__PURE__ */ new Set();
  nodes = /* @__PURE__ */ new Set();
  heaps = /* @__PURE__ */ new Map();
  addr(v, at) {
    const lo = v.getUint32(at, true);
    const hi = v.getUint32(at + 4, true);
    if (lo === 4294967295 && hi === 4294967295) return UNDEFINED;
    if (hi >= 2097152) decline("an address past 2^53");
    return hi * 2 ** 32 + lo;
  }
  at(pos, len) {
    if (pos < 0 || len < 0 || pos + len > this.eof) decline(`${len} bytes at ${pos} are past the end of the file`);
    this.read += len;
    if (this.read > 2 * this.eof + 2 ** 20) decline("structures read more bytes than the file holds, twice over");
    return this.src.view(pos, len);
  }
  /** The superblock (Format spec II.A, versions 0 and 1 only): the root group's object header address. */
  root() {
    const v = this.src.view(0, 8 + 16 + 4 + 32 + 40);
    const sig = [137, 72, 68, 70, 13, 10, 26, 10];
    if (sig.some((b, i) => v.getUint8(i) !== b)) decline("no superblock at byte 0");
    const version = v.getUint8(8);
    if (version > 1) decline(`superblock version ${version}`);
    if (v.getUint8(13) !== 8 || v.getUint8(14) !== 8) decline("offsets or lengths not 8 bytes");
    const p = 24 + (version === 1 ? 4 : 0);
    if (this.addr(v, p) !== 0) decline("a base address other than 0");
    const eof = this.addr(v, p + 16);
    if (eof === UNDEFINED || eof > this.src.size) decline("truncated");
    this.eof = eof;
    if (this.addr(v, p + 24) !== UNDEFINED) decline("a driver information block");
    this.leafK = v.getUint16(16, true);
    this.nodeK = v.getUint16(18, true);
    if (!this.leafK || !this.nodeK) decline("a B-tree K of 0");
    const root = this.entry(v, p + 32);
    if (root.header === UNDEFINED) decline("no root group");
    return root;
  }
  /** A symbol table entry (III.C): the object's header, and the group's B-tree and heap when cached there. */
  entry(v, at) {
    const cache = v.getUint32(at + 16, true);
    if (cache > 1) decline("a link other than a hard link");
    return { name: "", header: this.addr(v, at + 8), ...cache === 1 ? { cached: { btree: this.addr(v, at + 24), heap: this.addr(v, at + 32) } } : {} };
  }
  /** A version-1 object header and its continuation blocks (Format spec IV.A.1.a). */
  header(address2) {
    if (address2 === UNDEFINED || this.headers.has(address2)) decline("an object reached twice");
    this.headers.add(address2);
    const h = this.at(address2, 16);
    if (h.getUint8(0) !== 1) decline(`object header version ${h.getUint8(0)}`);
    const messages = h.getUint16(2, true);
    if (h.getUint32(4, true) !== 1) decline("an object with several hard links");
    if (messages > MAX_MESSAGES) decline("too many header messages");
    if (messages > 0 ? h.getUint32(8, true) < 8 : h.getUint32(8, true) > 0) decline("an object header of impossible size");
    const out = { layout: false, fills: [], attrNames: [] };
    const blocks2 = [[address2 + 16, h.getUint32(8, true)]];
    let seen = 0;
    for (let b = 0; b < blocks2.length; b++) {
      const [start, length] = blocks2[b];
      if (b > 64) decline("too many continuation blocks");
      if (length > MAX_HEADER_BYTES) decline("an oversized object header");
      const v = this.at(start, length);
      let p = 0;
      while (p < length) {
        if (p + 8 > length) decline("a message header cut by its block");
        const type = v.getUint16(p, true);
        const size = v.getUint16(p + 2, true);
        const flags = v.getUint8(p + 4);
        if (size % 8 !== 0 || p + 8 + size > length) decline("a message that does not fit its block");
        if (++seen > messages) decline("more messages than the header counts");
        const m = new DataView(v.buffer, v.byteOffset + p + 8, size);
        if (flags & ~(CONSTANT | DONT_SHARE)) decline(`a message flagged ${flags}`);
        if (type === CONTINUATION) {
          if (size < 16) decline("a short continuation message");
          const next = this.addr(m, 0);
          const len = this.addr(m, 8);
          if (next === UNDEFINED || len === UNDEFINED || len === 0 || blocks2.some(([s]) => s === next)) decline("a continuation block reached twice, or empty");
          blocks2.push([next, len]);
        } else this.message(type, m, out);
        p += 8 + size;
      }
    }
    if (seen !== messages) decline("fewer messages than the header counts");
    return out;
  }
  message(type, m, out) {
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
        if (m.byteLength < 8 || m.getUint8(0) !== 1) decline("an unknown modification time");
        return;
      case MTIME_OLD:
        if (m.byteLength < 16 || !/^\d{14}$/.test(ascii(m, 0, 14))) decline("an unknown modification time");
        return;
      case COMMENT: {
        let end = 0;
        while (end < m.byteLength && m.getUint8(end) !== 0) end++;
        if (end === m.byteLength) decline("an unterminated comment");
        return;
      }
      case SYMBOL_TABLE:
        if (out.symbolTable || m.byteLength < 16) decline("a second or short symbol table message");
        out.symbolTable = { btree: this.addr(m, 0), heap: this.addr(m, 8) };
        return;
      case DATASPACE:
        if (out.shape) decline("a second dataspace");
        out.shape = this.dataspace(m);
        return;
      case DATATYPE:
        if (out.datatype) decline("a second datatype");
        out.datatype = this.datatype(m);
        return;
      case LAYOUT:
        if (out.layout) decline("a second layout");
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
  dataspace(m) {
    if (m.byteLength < 8) decline("a short dataspace");
    const version = m.getUint8(0);
    const rank = m.getUint8(1);
    const flags = m.getUint8(2);
    let p;
    if (version === 1) {
      if (flags & 2) decline("a permuted dataspace");
      p = 8;
    } else if (version === 2) {
      const kind = m.getUint8(3);
      if (kind === 2 || kind === 0 && rank !== 0 || kind > 2) decline("a null or unknown dataspace");
      p = 4;
    } else decline(`dataspace version ${version}`);
    if (rank > 32 || p + rank * 8 * (flags & 1 ? 2 : 1) > m.byteLength) decline("a dataspace that does not fit its message");
    const shape = [];
    for (let i = 0; i < rank; i++) {
      const d = this.addr(m, p + 8 * i);
      if (d === UNDEFINED) decline("an unlimited current dimension");
      if (flags & 1) {
        const max = this.addr(m, p + 8 * (rank + i));
        if (max !== UNDEFINED && max < d) decline("a dimension above its maximum");
      }
      shape.push(d);
    }
    return shape;
  }
  /** Datatype message (IV.A.2.d): integers, IEEE floats, fixed-length strings and opaque data; `signed` and `littleEndian` as h5wasm's metadata gives them. */
  datatype(m) {
    if (m.byteLength < 8) decline("a short datatype");
    const type = m.getUint8(0) & 15;
    const version = m.getUint8(0) >> 4;
    if (version < 1 || version > 3) decline(`datatype version ${version}`);
    const bits = m.getUint8(1);
    const size = m.getUint32(4, true);
    if (size === 0) decline("a datatype of 0 bytes");
    const within = (offset, width, limit) => width > 0 && offset + width <= limit;
    switch (type) {
      case H5T.INTEGER: {
        if (m.byteLength < 12 || !within(m.getUint16(8, true), m.getUint16(10, true), 8 * size)) decline("an integer type of impossible bits");
        return { type, size, signed: (bits & 8) !== 0, littleEndian: (bits & 1) === 0 };
      }
      case H5T.FLOAT: {
        if (bits & 192 || (bits >> 4 & 3) === 3) decline("a float of VAX order or unknown normalization");
        if (m.byteLength < 20) decline("a short float type");
        const prec = m.getUint16(10, true);
        const sign = m.getUint8(2);
        const ok = within(m.getUint16(8, true), prec, 8 * size) && sign < prec && within(m.getUint8(12), m.getUint8(13), prec) && within(m.getUint8(14), m.getUint8(15), prec);
        if (!ok) decline("a float type of impossible bits");
        return { type, size, signed: false, littleEndian: (bits & 1) === 0 };
      }
      case H5T.STRING:
        if ((bits & 15) > 2 || bits >> 4 > 1) decline("a string of unknown padding or character set");
        return { type, size, signed: false, littleEndian: false };
      case H5T.OPAQUE:
        if (8 + bits > m.byteLength) decline("an opaque tag that does not fit its message");
        return { type, size, signed: false, littleEndian: false };
      default:
        return decline(`datatype class ${type}`);
    }
  }
  /** Data layout message version 3 (IV.A.2.i), checked against the extent in dataset(). */
  layout(m, out) {
    if (m.byteLength < 2 || m.getUint8(0) !== 3) decline("a layout message other than version 3");
    const kind = m.getUint8(1);
    if (kind === 0) {
      if (m.byteLength < 4 || 4 + m.getUint16(2, true) > m.byteLength) decline("compact data that does not fit its message");
      out.stored = { bytes: m.getUint16(2, true) };
    } else if (kind === 1) {
      if (m.byteLength < 18) decline("a short contiguous layout");
      const at = this.addr(m, 2);
      const bytes = this.addr(m, 10);
      if (bytes === UNDEFINED || at !== UNDEFINED && at + bytes > this.eof) decline("contiguous data past the end of the file");
      out.stored = { bytes };
    } else if (kind === 2) {
      const dims = m.byteLength < 3 ? 0 : m.getUint8(2);
      if (dims < 2 || dims > 33 || 11 + 4 * dims > m.byteLength) decline("a chunk layout that does not fit its message");
      const at = this.addr(m, 3);
      if (at !== UNDEFINED && at >= this.eof) decline("a chunk index past the end of the file");
      const sizes = Array.from({ length: dims }, (_, i) => m.getUint32(11 + 4 * i, true));
      if (sizes.some((d) => d === 0)) decline("a chunk dimension of 0");
      out.chunks = sizes.slice(0, -1);
      out.stored = { element: sizes[dims - 1] };
    } else decline(`layout class ${kind}`);
  }
  /** Fill value messages (IV.A.2.e/f): well formed, and a defined value of the element's size. */
  fill(type, m, out) {
    let size;
    if (type === FILL_OLD) {
      if (m.byteLength < 4 || 4 + m.getUint32(0, true) > m.byteLength) decline("a fill value that does not fit its message");
      size = m.getUint32(0, true);
    } else {
      const version = m.byteLength ? m.getUint8(0) : 0;
      let p;
      let defined;
      if (version === 1 || version === 2) {
        if (m.byteLength < 4) decline("a short fill value message");
        defined = version === 1 || m.getUint8(3) === 1;
        p = 4;
      } else if (version === 3) {
        if (m.byteLength < 2) decline("a short fill value message");
        const flags = m.getUint8(1);
        if (flags & 192 || flags & 16 && flags & 32) decline("unknown fill value flags");
        defined = (flags & 32) !== 0;
        p = 2;
      } else return decline(`fill value version ${version}`);
      if (defined) {
        if (p + 4 > m.byteLength || p + 4 + m.getUint32(p, true) > m.byteLength) decline("a fill value that does not fit its message");
        size = m.getUint32(p, true);
      }
    }
    if (size) out.fills.push(size);
  }
  /** A filter pipeline message (IV.A.2.l), versions 1 and 2: well formed (the filters are the library's to apply). */
  pipeline(m) {
    const version = m.byteLength < 2 ? 0 : m.getUint8(0);
    const count = m.byteLength < 2 ? 0 : m.getUint8(1);
    if (version !== 1 && version !== 2 || count === 0 || count > 32) decline("an unknown filter pipeline");
    let p = version === 1 ? 8 : 2;
    for (let i = 0; i < count; i++) {
      if (p + 2 > m.byteLength) decline("a filter that does not fit its message");
      const id = m.getUint16(p, true);
      const named = version === 1 || id >= 256;
      const head = named ? 8 : 6;
      if (p + head > m.byteLength) decline("a filter that does not fit its message");
      const nameLength = named ? m.getUint16(p + 2, true) : 0;
      const values = m.getUint16(p + head - 2, true);
      p += head + (version === 1 ? Math.ceil(nameLength / 8) * 8 : nameLength) + 4 * values + (version === 1 && values % 2 ? 4 : 0);
      if (p > m.byteLength) decline("a filter that does not fit its message");
    }
  }
  /** An attribute message's name (IV.A.2.m, versions 1 to 3); its value is the library's to read. */
  attributeName(m) {
    if (m.byteLength < 8) decline("a short attribute message");
    const version = m.getUint8(0);
    if (version < 1 || version > 3) decline(`attribute version ${version}`);
    const length = m.getUint16(2, true);
    const start = version === 3 ? 9 : 8;
    if (length < 2 || start + length > m.byteLength || m.getUint8(start + length - 1) !== 0) decline("an attribute name that does not fit its message");
    return ascii(m, start, length - 1);
  }
  /** A local heap's data segment (III.D), with its free list checked as the library checks it. */
  heap(address2) {
    const known = this.heaps.get(address2);
    if (known) return known;
    const h = this.at(address2, 32);
    if (h.getUint32(0, true) !== 1346454856 || h.getUint8(4) !== 0) decline("no local heap");
    const size = this.addr(h, 8);
    const data = this.addr(h, 24);
    if (size === UNDEFINED || data === UNDEFINED || size > MAX_HEAP_BYTES) decline("a local heap that does not fit the file");
    const heap = this.at(data, size);
    let free = this.addr(h, 16);
    for (let n = 0; free !== 1; n++) {
      if (free === UNDEFINED || free + 16 > size || n > size / 16) decline("a damaged heap free list");
      const next = this.addr(heap, free);
      const bytes = this.addr(heap, free + 8);
      if (next === 0 || bytes === UNDEFINED || free + bytes > size) decline("a damaged heap free list");
      free = next;
    }
    this.heaps.set(address2, heap);
    return heap;
  }
  /**
   * A group's links in name order: its symbol table's B-tree (III.A.1) of symbol nodes (III.B),
   * each node read whole as the library reads it. The library finds a link by name through the
   * keys (key i < name <= key i+1 for the names below child i) and then in the node's sorted
   * names, so both are checked: a link it could not find again is declined.
   */
  children(table) {
    const heap = this.heap(table.heap);
    const out = [];
    const nodeBytes = 24 + 16 * 2 * this.nodeK + 8;
    const symbolBytes = 8 + 40 * 2 * this.leafK;
    const visit = (address2, level) => {
      if (address2 === UNDEFINED || this.nodes.has(address2)) decline("a B-tree node reached twice");
      this.nodes.add(address2);
      if (address2 + (level === "symbols" ? symbolBytes : nodeBytes) > this.eof) decline("a B-tree node past the end of the file");
      if (level === "symbols") {
        const n2 = this.at(address2, 8);
        if (n2.getUint32(0, true) !== 1146048083 || n2.getUint8(4) !== 1) decline("no symbol node");
        const count = n2.getUint16(6, true);
        if (count > 2 * this.leafK) decline("an oversized symbol node");
        const e = this.at(address2 + 8, 40 * count);
        for (let i = 0; i < count; i++) {
          const link = this.entry(e, 40 * i);
          link.name = this.name(heap, this.addr(e, 40 * i));
          const prev = out[out.length - 1];
          if (prev && !(prev.name < link.name)) decline("links out of name order");
          out.push(link);
        }
        return;
      }
      const h = this.at(address2, 24);
      if (h.getUint32(0, true) !== 1162170964 || h.getUint8(4) !== 0) decline("no group B-tree node");
      const nodeLevel = h.getUint8(5);
      if (level >= 0 && nodeLevel !== level) decline("a B-tree of inconsistent levels");
      const entries = h.getUint16(6, true);
      if (entries > 2 * this.nodeK) decline("an oversized B-tree node");
      const n = this.at(address2, 24 + 16 * entries + 8);
      const key = (i) => this.name(heap, this.addr(n, 24 + 16 * i), true);
      let low = key(0);
      for (let i = 0; i < entries; i++) {
        const high = key(i + 1);
        const first = out.length;
        visit(this.addr(n, 24 + 16 * i + 8), nodeLevel === 0 ? "symbols" : nodeLevel - 1);
        for (let j = first; j < out.length; j++) if (!(low < out[j].name && out[j].name <= high)) decline("a link its B-tree keys do not lead to");
        low = high;
      }
    };
    visit(table.btree, -1);
    return out;
  }
  /** The NUL-terminated name at `offset` in a heap; a B-tree key may be empty (the first one is). */
  name(heap, offset, key = false) {
    if (offset === UNDEFINED || offset >= heap.byteLength) decline("a link name outside its heap");
    let end = offset;
    while (end < heap.byteLength && heap.getUint8(end) !== 0) end++;
    if (end === heap.byteLength || end === offset && !key) decline("an unterminated or empty link name");
    const name = ascii(heap, offset, end - offset);
    if (!key && (name.includes("/") || name === ".")) decline("a link name the library would not list as is");
    return name;
  }
};
function ascii(v, start, length) {
  let s = "";
  for (let i = 0; i < length; i++) {
    const c = v.getUint8(start + i);
    if (c < 32 || c > 126) decline("a name that is not printable ASCII");
    s += String.fromCharCode(c);
  }
  return s;
}
function byName(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function parseStructure(src, bounds) {
  const parser = new Parser(src);
  const nodes = [];
  const stack = [{ path: "/", link: parser.root() }];
  let pathChars = 0;
  while (stack.length) {
    const { path: path2, link } = stack.pop();
    const h = parser.header(link.header);
    if (nodes.length >= bounds.maxObjects) decline("too many objects");
    const attrNames = h.attrNames.sort(byName);
    if (attrNames.some((a, i) => a === attrNames[i - 1])) decline("a repeated attribute name");
    if (link.cached && (link.cached.btree !== h.symbolTable?.btree || link.cached.heap !== h.symbolTable.heap)) decline("a group entry caching another symbol table");
    if (h.symbolTable) {
      if (h.datatype || h.shape || h.layout || h.fills.length) decline("a group with dataset messages");
      const links = parser.children(h.symbolTable);
      if (links.length && path2.split("/").length > bounds.maxDepth) decline("too deep");
      nodes.push({ path: path2, kind: "group", attrNames, children: links.map((l) => l.name) });
      for (let i = links.length - 1; i >= 0; i--) {
        const p = path2 === "/" ? `/${links[i].name}` : `${path2}/${links[i].name}`;
        pathChars += p.length;
        if (pathChars > bounds.maxPathChars) decline("too many path characters");
        stack.push({ path: p, link: links[i] });
      }
      continue;
    }
    if (!h.datatype || !h.shape || !h.layout) decline("neither a group nor a dataset");
    const { type, size, signed, littleEndian } = h.datatype;
    const bytes = h.shape.reduce((a, b) => a * b, 1) * size;
    if (h.chunks ? h.chunks.length !== h.shape.length || h.stored?.element !== size : h.stored?.bytes !== bytes) decline("a layout that does not match the extent");
    if (h.fills.some((f) => f !== size)) decline("a fill value of another size");
    nodes.push({
      path: path2,
      kind: "dataset",
      attrNames,
      meta: { type, size, signed, littleEndian, vlen: false, shape: h.shape, ...h.chunks ? { chunks: h.chunks } : {} }
    });
  }
  return nodes;
}
var BLOCK = 64 * 1024;
var MAX_BLOCKS = 64;
function fileSource(file) {
  const fd = openSync(file, "r");
  const size = fstatSync(fd).size;
  let blocks2 = /* @__PURE__ */ new Map();
  const block = (index) => {
    let b = blocks2.get(index);
    if (b) return b;
    if (blocks2.size >= MAX_BLOCKS) blocks2 = /* @__PURE__ */ new Map();
    const bytes = new Uint8Array(BLOCK);
    b = bytes.subarray(0, readSync(fd, bytes, 0, BLOCK, index * BLOCK));
    blocks2.set(index, b);
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
      const out = new Uint8Array(len);
      for (let done = 0; done < len; ) {
        const at = pos + done;
        const i = Math.floor(at / BLOCK);
        const part = block(i).subarray(at - i * BLOCK, at - i * BLOCK + len - done);
        if (!part.length) decline("a short read");
        out.set(part, done);
        done += part.length;
      }
      return new DataView(out.buffer);
    },
    close: () => closeSync(fd)
  };
}

// src/formats/hdf5-worker.ts
console.log = console.info = console.warn = console.error = () => {
};
var h5wasm = (await import("./chunks/hdf5_hl-FEH3AIER.js")).default;
var Module = await h5wasm.ready;
Module.activate_throwing_error_handler();
var allowed;
var refusedOpens = [];
var pluginDirs = Module.get_plugin_search_paths?.() ?? [];
var fs = Module.FS;
var realOpen = fs.open;
var O_CREAT_EXCL = 64 | 128;
var errorFiles = [];
fs.open = (p, flags, ...rest) => {
  if (typeof p === "string" && /^\/tmp\/tmpfile_[A-Za-z0-9]{6}$/.test(p) && typeof flags === "number" && (flags & O_CREAT_EXCL) === O_CREAT_EXCL) {
    const stream2 = realOpen.call(fs, p, flags, ...rest);
    errorFiles.push(stream2);
    return stream2;
  }
  if (typeof p !== "string" || path.resolve(p) !== allowed) {
    if (!pluginDirs.some((d) => String(p).startsWith(d))) refusedOpens.push(String(p));
    throw new fs.ErrnoError(2);
  }
  const stream = realOpen.call(fs, p, flags, ...rest);
  hdf5Streams.add(stream);
  return stream;
};
var BLOCK2 = 64 * 1024;
var MAX_BLOCKS2 = 64;
var hdf5Streams = /* @__PURE__ */ new WeakSet();
var blocks = /* @__PURE__ */ new Map();
var blockCount = 0;
var realRead = fs.read;
function blockOf(stream, index) {
  let ofStream = blocks.get(stream);
  let block = ofStream?.get(index);
  if (block) return block;
  if (blockCount >= MAX_BLOCKS2) dropBlocks();
  if (!ofStream) blocks.set(stream, ofStream = /* @__PURE__ */ new Map());
  const bytes = new Uint8Array(BLOCK2);
  block = bytes.subarray(0, realRead.call(fs, stream, bytes, 0, BLOCK2, index * BLOCK2));
  ofStream.set(index, block);
  blockCount++;
  return block;
}
function dropBlocks() {
  blocks = /* @__PURE__ */ new Map();
  blockCount = 0;
}
fs.read = (stream, buffer, offset, length, position) => {
  if (typeof position !== "number" || !(length > 0) || length > BLOCK2 / 8 || !hdf5Streams.has(stream)) return realRead.call(fs, stream, buffer, offset, length, position);
  const into = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
  let done = 0;
  while (done < length) {
    const at = position + done;
    const index = Math.floor(at / BLOCK2);
    const block = blockOf(stream, index);
    const from = at - index * BLOCK2;
    const n = Math.min(length - done, block.length - from);
    if (n <= 0) break;
    into.set(block.subarray(from, from + n), done);
    done += n;
  }
  return done;
};
function closeErrorFiles() {
  for (const stream of errorFiles.splice(0)) attempt(() => fs.close(stream));
}
var MAX_DEPTH = 64;
var ADDRESS_DEPTH = 4;
var Failure = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  code;
};
var Oversize = class extends Error {
  constructor(bytes) {
    super(`${bytes} bytes`);
    this.bytes = bytes;
  }
  bytes;
};
var objectsFailure = (req) => new Failure("objects", `more than ${req.maxObjects} groups and datasets`);
var depthFailure = () => new Failure("depth", `groups nested more than ${MAX_DEPTH} deep (a link cycle?)`);
var pathsFailure = (req) => new Failure("paths", `its group and dataset paths add up to more than ${req.maxAttrBytes} characters`);
var files = /* @__PURE__ */ new Map();
function text(err) {
  return err instanceof Error ? err.message : String(err);
}
var WasmRuntimeError = globalThis.WebAssembly.RuntimeError;
function isAbort(err) {
  return err instanceof WasmRuntimeError;
}
function attempt(fn) {
  try {
    return { value: fn() };
  } catch (err) {
    if (isAbort(err) || err instanceof Failure || err instanceof Oversize) throw err;
    return { error: text(err) };
  }
}
function product(shape) {
  return shape.reduce((a, b) => a * b, 1);
}
var attributeMetadata = Module.get_attribute_metadata.bind(Module);
var knownMetadata;
Module.get_attribute_metadata = (fid, p, name) => {
  const k = knownMetadata;
  return k && k.fid === fid && k.p === p && k.name === name ? k.md : attributeMetadata(fid, p, name);
};
var budget = { perAttr: Infinity, left: Infinity, total: 0, spoiled: false };
function charge(bytes) {
  if (bytes > budget.perAttr) {
    budget.spoiled = true;
    throw new Oversize(bytes);
  }
  budget.total += bytes;
  if (budget.total > budget.left) {
    budget.spoiled = true;
    throw new Failure("yield", `its attributes hold more than ${budget.total} bytes`);
  }
}
function vlenBytes(md, ptr) {
  let n = 0;
  const u32 = new Uint32Array(Module.HEAPU8.buffer, ptr, md.type === H5T.VLEN ? 2 * md.total_size : md.total_size);
  if (md.type === H5T.STRING && md.vlen) {
    for (let i = 0; i < md.total_size; i++) {
      const s = u32[i];
      if (s) n += Module._strlen(s);
    }
  } else if (md.type === H5T.VLEN) {
    for (let i = 0; i < md.total_size; i++) n += (u32[2 * i] ?? 0) * (md.vlen_type?.size ?? 1);
  }
  return n;
}
var attributeData = Module.get_attribute_data.bind(Module);
Module.get_attribute_data = (fid, p, name, ptr) => {
  const status = attributeData(fid, p, name, ptr);
  const md = knownMetadata?.md;
  if (md && (md.vlen || md.type === H5T.VLEN)) charge(vlenBytes(md, Number(ptr)));
  return status;
};
var reclaimVlen = Module.reclaim_vlen_memory.bind(Module);
var h5free = (p) => Module._H5free_memory(p);
Module.reclaim_vlen_memory = (fid, p, name, ptr) => {
  const k = knownMetadata;
  const md = k && k.fid === fid && k.p === p && k.name === name ? k.md : void 0;
  if (!md || md.type !== H5T.STRING || !md.vlen) return reclaimVlen(fid, p, name, ptr);
  const strings = new Uint32Array(Module.HEAPU8.buffer, Number(ptr), md.total_size);
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i];
    if (s) h5free(s);
  }
  return 0;
};
function withAttributeMetadata(fid, p, name, md, fn) {
  knownMetadata = { fid, p, name, md };
  try {
    return fn();
  } finally {
    knownMetadata = void 0;
  }
}
function readAttrs(fid, p, maxBytes, known) {
  const names = known ? { value: known } : attempt(() => Module.get_attribute_names(fid, p));
  if (names.error !== void 0) return [{ name: "", error: names.error }];
  const holder = new h5wasm.Group(fid, p);
  if (!names.value?.length) return [];
  return names.value.map((name) => {
    const md = attempt(() => Module.get_attribute_metadata(fid, p, name));
    if (md.error !== void 0 || !md.value) return { name, error: md.error ?? "no metadata" };
    const shape = (md.value.shape ?? []).map(Number);
    const bytes = md.value.size * product(shape);
    if (md.value.shape && product(shape) !== md.value.total_size) return { name, error: `damaged extent (shape ${shape.join("x")})` };
    if (!Number.isSafeInteger(bytes) || bytes > maxBytes) return { name, bytes };
    charge(bytes);
    try {
      const v = attempt(() => withAttributeMetadata(fid, p, name, md.value, () => holder.get_attribute(name, false)));
      return v.error !== void 0 ? { name, error: v.error } : { name, value: v.value };
    } catch (err) {
      if (err instanceof Oversize) return { name, bytes: err.bytes };
      throw err;
    }
  });
}
function datasetMeta(fid, p) {
  const md = Module.get_dataset_metadata(fid, p);
  return {
    type: md.type,
    size: md.size,
    signed: md.signed,
    littleEndian: md.littleEndian,
    vlen: md.vlen,
    shape: (md.shape ?? []).map(Number),
    ...md.chunks ? { chunks: md.chunks.map(Number) } : {}
  };
}
function describe(fid, p, known) {
  const type = known === void 0 ? attempt(() => Module.get_type(fid, p)) : { value: known };
  if (type.value === Module.H5G_GROUP || type.value === Module.H5G_DATASET) {
    const soft2 = attempt(() => Module.get_symbolic_link(fid, p));
    if (typeof soft2.value === "string") return { path: p, kind: "soft-link", attrs: [], target: soft2.value };
    if (soft2.error === void 0) return { path: p, kind: type.value === Module.H5G_GROUP ? "group" : "dataset", attrs: [] };
  }
  const ext = attempt(() => Module.get_external_link(fid, p));
  if (ext.value && typeof ext.value.filename === "string") {
    return { path: p, kind: "external-link", attrs: [], target: `${ext.value.filename}:${ext.value.obj_path}` };
  }
  const soft = attempt(() => Module.get_symbolic_link(fid, p));
  if (typeof soft.value === "string") return { path: p, kind: "soft-link", attrs: [], target: soft.value };
  if (type.value === Module.H5G_GROUP) return { path: p, kind: "group", attrs: [] };
  if (type.value === Module.H5G_DATASET) return { path: p, kind: "dataset", attrs: [] };
  if (type.value === Module.H5G_TYPE) return { path: p, kind: "datatype", attrs: [] };
  return { path: p, kind: "unreadable", attrs: [], error: type.error ?? ext.error ?? soft.error ?? `object type ${String(type.value)}` };
}
var kindOfObjectType = /* @__PURE__ */ new Map([[Module.H5O_TYPE_GROUP, Module.H5G_GROUP], [Module.H5O_TYPE_DATASET, Module.H5G_DATASET]]);
function childTypes(fid, p) {
  const types = attempt(() => Module.get_types(fid, p));
  if (!types.value) return void 0;
  const out = /* @__PURE__ */ new Map();
  for (const [name, t] of Object.entries(types.value)) {
    const kind = kindOfObjectType.get(t);
    if (kind !== void 0) out.set(name, kind);
  }
  return out;
}
function address(fid, p) {
  const ref = attempt(() => Module.create_object_reference(fid, p));
  return ref.value ? Array.from(ref.value, (b) => b.toString(16).padStart(2, "0")).join("") : void 0;
}
function addressNumber(fid, p) {
  const ref = attempt(() => Module.create_object_reference(fid, p)).value;
  if (ref?.length !== 8) return void 0;
  let n = 0;
  for (let i = 7; i >= 0; i--) n = n * 256 + (ref[i] ?? 0);
  return Number.isSafeInteger(n) ? n : void 0;
}
function referenceSnapshot(f, req) {
  const fid = f.file_id;
  const nodes = [];
  const stack = [{ path: "/", kind: "group", attrs: [] }];
  const groupAt = /* @__PURE__ */ new Map();
  let pathChars = 0;
  Object.assign(budget, { perAttr: req.maxAttrBytes, left: req.maxYieldBytes, total: 0, spoiled: false });
  while (stack.length) {
    const node = stack.pop();
    nodes.push(node);
    if (nodes.length > req.maxObjects) throw objectsFailure(req);
    if (node.kind !== "group" && node.kind !== "dataset") continue;
    if (node.kind === "dataset") {
      const md = attempt(() => datasetMeta(fid, node.path));
      if (md.error !== void 0) node.error = md.error;
      else node.meta = md.value;
      if (md.value?.type === H5T.OPAQUE) node.attrs = readAttrs(fid, node.path, req.maxAttrBytes);
      continue;
    }
    node.attrs = readAttrs(fid, node.path, req.maxAttrBytes);
    const names = attempt(() => Module.get_names(fid, node.path, false));
    if (names.error !== void 0) {
      node.error = names.error;
      continue;
    }
    node.children = names.value ?? [];
    if (nodes.length + stack.length + node.children.length > req.maxObjects) throw objectsFailure(req);
    const depth = node.path.split("/").length;
    if (node.children.length && depth > MAX_DEPTH) throw depthFailure();
    const types = node.children.length <= 16 ? childTypes(fid, node.path) : void 0;
    const deep = depth + 1 > ADDRESS_DEPTH;
    const children = node.children.map((name) => {
      const p = node.path === "/" ? `/${name}` : `${node.path}/${name}`;
      pathChars += p.length;
      if (pathChars > req.maxAttrBytes) throw pathsFailure(req);
      const child = describe(fid, p, types?.get(name));
      if (deep && child.kind === "group") {
        const at = address(fid, child.path);
        const first = at === void 0 ? void 0 : groupAt.get(at);
        if (first !== void 0) throw new Failure("links", JSON.stringify([first, child.path]));
        if (at !== void 0) groupAt.set(at, child.path);
      }
      return child;
    });
    for (const child of children.reverse()) stack.push(child);
  }
  return nodes;
}
var NotPlain = class extends Error {
};
var Unrecoverable = class extends Failure {
};
var heapLimit;
var heapLimitHit = false;
globalThis.__weightgateHeapGrowth = (bytes) => {
  if (heapLimit === void 0 || bytes <= heapLimit) return true;
  heapLimitHit = true;
  return false;
};
var LISTING_HEAP_BYTES = 16 * 2 ** 20;
function listAll(fid) {
  heapLimit = Module.HEAPU8.length + LISTING_HEAP_BYTES;
  heapLimitHit = false;
  try {
    return Module.get_names(fid, "/", true);
  } catch (err) {
    if (heapLimitHit || err instanceof RangeError || isAbort(err)) throw new Unrecoverable("walk", `the listing of its links was cut short (${heapLimitHit ? `over ${LISTING_HEAP_BYTES} bytes` : text(err).slice(0, 200)})`);
    if (err instanceof Failure || err instanceof Oversize) throw err;
    throw new NotPlain();
  } finally {
    heapLimit = void 0;
  }
}
function plainSnapshot(fid, req) {
  const listed = listAll(fid);
  if (listed.length >= req.maxObjects) throw objectsFailure(req);
  const below = /* @__PURE__ */ new Map([["/", []]]);
  for (const rel of listed) {
    const cut = rel.lastIndexOf("/");
    const parent = cut < 0 ? "/" : `/${rel.slice(0, cut)}`;
    const links = below.get(parent);
    if (!links) throw new NotPlain();
    links.push(rel.slice(cut + 1));
    below.set(`/${rel}`, []);
  }
  const seen = /* @__PURE__ */ new Set();
  const once = (p) => {
    const at = addressNumber(fid, p);
    if (at === void 0 || seen.has(at)) throw new NotPlain();
    seen.add(at);
  };
  const learned = /* @__PURE__ */ new Map([["vars", "group"]]);
  const learnedIn = /* @__PURE__ */ new Map();
  const learn = (p, kind) => {
    const cut = p.lastIndexOf("/");
    learned.set(p.slice(cut + 1), kind);
    learnedIn.set(cut === 0 ? "/" : p.slice(0, cut), kind);
  };
  let wrong = 0;
  const nodes = [];
  const stack = [{ path: "/", kind: "group", attrs: [] }];
  let pathChars = 0;
  while (stack.length) {
    const node = stack.pop();
    nodes.push(node);
    if (nodes.length > req.maxObjects) throw objectsFailure(req);
    const listedBelow = below.get(node.path);
    if (!listedBelow.length && node.path !== "/") {
      const cut = node.path.lastIndexOf("/");
      node.kind = learned.get(node.path.slice(cut + 1)) ?? learnedIn.get(cut === 0 ? "/" : node.path.slice(0, cut)) ?? node.kind;
    }
    if (node.kind === "dataset") {
      const md = attempt(() => datasetMeta(fid, node.path));
      if (md.error !== void 0 || !md.value) {
        if (++wrong > 64 || attempt(() => Module.get_type(fid, node.path)).value !== Module.H5G_GROUP) throw new NotPlain();
        learn(node.path, "group");
        node.kind = "group";
      } else {
        once(node.path);
        node.meta = md.value;
        if (md.value.type === H5T.OPAQUE) node.attrs = readAttrs(fid, node.path, req.maxAttrBytes);
        continue;
      }
    }
    let children = listedBelow;
    if (!children.length || children.length >= 2) {
      const names = attempt(() => Module.get_names(fid, node.path, false));
      if (names.error !== void 0 || !names.value) {
        if (children.length || ++wrong > 64 || attempt(() => Module.get_type(fid, node.path)).value !== Module.H5G_DATASET) throw new NotPlain();
        learn(node.path, "dataset");
        node.kind = "dataset";
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
    const depth = node.path.split("/").length;
    if (children.length && depth > MAX_DEPTH) throw depthFailure();
    const groupsBelow = children.some((name) => below.get(node.path === "/" ? `/${name}` : `${node.path}/${name}`).length > 0);
    const described = children.map((name) => {
      const p = node.path === "/" ? `/${name}` : `${node.path}/${name}`;
      pathChars += p.length;
      if (pathChars > req.maxAttrBytes) throw pathsFailure(req);
      if (below.get(p).length) return { path: p, kind: "group", attrs: [] };
      const guess = learned.get(name) ?? learnedIn.get(node.path) ?? (name.includes(":") || !groupsBelow ? "dataset" : "group");
      return { path: p, kind: guess, attrs: [] };
    });
    for (const child of described.reverse()) stack.push(child);
  }
  return nodes;
}
function parsedSnapshot(f, req) {
  const src = fileSource(req.file);
  let parsed;
  try {
    parsed = parseStructure(src, { maxObjects: req.maxObjects, maxDepth: MAX_DEPTH, maxPathChars: req.maxAttrBytes });
  } finally {
    src.close();
  }
  const fid = f.file_id;
  return parsed.map(({ path: p, kind, children, meta, attrNames }) => {
    const known = attrNames.length <= 1 ? attrNames : void 0;
    const attrs = kind === "group" || meta?.type === H5T.OPAQUE ? readAttrs(fid, p, req.maxAttrBytes, known) : [];
    if (attrs.some((a) => a.error !== void 0)) throw new Declined(`an attribute of ${p} failed`);
    return kind === "group" ? { path: p, kind, attrs, children: children ?? [] } : { path: p, kind, attrs, meta };
  });
}
function snapshot(f, req) {
  if (req.walk === void 0) {
    const refused = refusedOpens.length;
    Object.assign(budget, { perAttr: req.maxAttrBytes, left: req.maxYieldBytes, total: 0, spoiled: false });
    try {
      return { nodes: parsedSnapshot(f, req), walk: "parsed" };
    } catch (err) {
      if (!(err instanceof Declined || err instanceof Failure)) throw err;
      refusedOpens.length = refused;
    }
  }
  if (req.walk !== "reference") {
    const refused = refusedOpens.length;
    Object.assign(budget, { perAttr: req.maxAttrBytes, left: req.maxYieldBytes, total: 0, spoiled: false });
    try {
      return { nodes: plainSnapshot(f.file_id, req), walk: "plain" };
    } catch (err) {
      if (!(err instanceof NotPlain || err instanceof Failure) || err instanceof Unrecoverable) throw err;
      refusedOpens.length = refused;
    }
  }
  return { nodes: referenceSnapshot(f, req), walk: "reference" };
}
function openFile(req) {
  const known = files.get(req.handle);
  if (known) {
    allowed = void 0;
    return known;
  }
  const f = new h5wasm.File(req.file, "r");
  if (f.file_id < 0n) throw new Failure("hdf5", "the HDF5 library could not open it");
  files.set(req.handle, f);
  allowed = void 0;
  return f;
}
var SLICE_BYTES = 8 * 2 ** 20;
var scratch = { ptr: 0, size: 0 };
function scratchOf(bytes, path2) {
  if (scratch.size >= bytes) return scratch.ptr;
  if (scratch.ptr) Module._free(scratch.ptr);
  scratch = { ptr: 0, size: 0 };
  const ptr = Module._malloc(bytes);
  if (!ptr) throw new Failure("bytes", `dataset ${path2} needs ${bytes} bytes at once, more than the HDF5 heap can hold`);
  scratch = { ptr, size: bytes };
  return ptr;
}
var BUILT_IN_FILTERS = /* @__PURE__ */ new Set([1, 2, 3, 4, 5, 6]);
function missingFilter(fid, p) {
  const filters = attempt(() => Module.get_dataset_filters(fid, p)).value ?? [];
  const missing = filters.find((x) => !BUILT_IN_FILTERS.has(x.id));
  if (missing) throw new Failure("filter", JSON.stringify({ id: missing.id, name: String(missing.name ?? "").slice(0, 80) }));
}
function read(req) {
  const f = openFile(req);
  const md = datasetMeta(f.file_id, req.path);
  if (md.vlen || md.type === H5T.VLEN) throw new Failure("hdf5", `dataset ${req.path} holds variable-length data, which no Keras weight is`);
  const count = product(md.shape);
  const bytes = count * md.size;
  if (!Number.isSafeInteger(bytes) || bytes > req.maxBytes) throw new Failure("bytes", `dataset ${req.path} declares ${count} elements of ${md.size} bytes`);
  if (req.into && req.into.byteLength < bytes) throw new Failure("bytes", `dataset ${req.path} needs ${bytes} bytes, the buffer given holds ${req.into.byteLength}`);
  const out = new Uint8Array(req.into ?? new ArrayBuffer(bytes), 0, bytes);
  if (bytes === 0) return req.into ? { written: 0 } : { bytes: out.buffer };
  const rows = md.shape[0] ?? 1;
  const rowBytes = md.shape.length ? bytes / rows : bytes;
  let perSlice = md.shape.length ? Math.max(1, Math.floor(SLICE_BYTES / rowBytes)) : 1;
  const chunkRows = md.chunks?.[0];
  if (chunkRows && md.shape.length) perSlice = Math.max(chunkRows, perSlice - perSlice % chunkRows);
  const ptr = scratchOf(Math.min(bytes, perSlice * rowBytes), req.path);
  for (let r = 0; r < rows; r += perSlice) {
    const n = Math.min(perSlice, rows - r);
    const sel = md.shape.length ? [BigInt(n), ...md.shape.slice(1).map((d) => BigInt(d))] : null;
    const offset = sel && sel.map((_, i) => i === 0 ? BigInt(r) : 0n);
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
  return req.into ? { written: bytes } : { bytes: out.buffer };
}
function handle(req) {
  switch (req.op) {
    case "open": {
      const f = openFile(req);
      try {
        const { nodes, walk } = snapshot(f, req);
        const tainted = budget.spoiled || nodes.some((n) => n.error !== void 0 || n.kind === "unreadable" || n.attrs.some((a) => a.error !== void 0));
        return { ok: true, snapshot: { nodes, walk }, tainted };
      } catch (err) {
        files.delete(req.handle);
        if (!(err instanceof Unrecoverable)) attempt(() => f.close());
        throw err;
      }
    }
    case "read":
      return { ok: true, ...read(req) };
    case "close": {
      const f = files.get(req.handle);
      files.delete(req.handle);
      if (f) attempt(() => f.close());
      return { ok: true };
    }
  }
}
parentPort.on("message", (msg) => {
  dropBlocks();
  allowed = "file" in msg ? path.resolve(msg.file) : void 0;
  refusedOpens.length = 0;
  let reply;
  try {
    reply = { id: msg.id, ...handle(msg) };
  } catch (err) {
    const code = isAbort(err) ? "fatal" : err instanceof Failure ? err.code : "hdf5";
    const tainted = code !== "objects" && code !== "bytes" && !(code === "hdf5" && /truncated file: eof = /.test(text(err)));
    reply = { id: msg.id, ok: false, code, error: text(err), tainted, ...refusedOpens.length ? { refusedOpens: [...refusedOpens] } : {} };
  } finally {
    allowed = void 0;
    closeErrorFiles();
  }
  if (reply.ok && reply.bytes) parentPort.postMessage(reply, [reply.bytes]);
  else parentPort.postMessage(reply);
});
