import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/formats/hdf5-worker.ts
import path from "node:path";
import { parentPort } from "node:worker_threads";
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
var BLOCK = 64 * 1024;
var MAX_BLOCKS = 64;
var hdf5Streams = /* @__PURE__ */ new WeakSet();
var blocks = /* @__PURE__ */ new Map();
var blockCount = 0;
var realRead = fs.read;
function blockOf(stream, index) {
  let ofStream = blocks.get(stream);
  let block = ofStream?.get(index);
  if (block) return block;
  if (blockCount >= MAX_BLOCKS) dropBlocks();
  if (!ofStream) blocks.set(stream, ofStream = /* @__PURE__ */ new Map());
  const bytes = new Uint8Array(BLOCK);
  block = bytes.subarray(0, realRead.call(fs, stream, bytes, 0, BLOCK, index * BLOCK));
  ofStream.set(index, block);
  blockCount++;
  return block;
}
function dropBlocks() {
  blocks = /* @__PURE__ */ new Map();
  blockCount = 0;
}
fs.read = (stream, buffer, offset, length, position) => {
  if (typeof position !== "number" || !(length > 0) || length > BLOCK / 8 || !hdf5Streams.has(stream)) return realRead.call(fs, stream, buffer, offset, length, position);
  const into = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
  let done = 0;
  while (done < length) {
    const at = position + done;
    const index = Math.floor(at / BLOCK);
    const block = blockOf(stream, index);
    const from = at - index * BLOCK;
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
var H5T_STRING = 3;
var H5T_VLEN = 9;
var H5T_OPAQUE = 5;
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
  const u32 = new Uint32Array(Module.HEAPU8.buffer, ptr, md.type === H5T_VLEN ? 2 * md.total_size : md.total_size);
  if (md.type === H5T_STRING && md.vlen) {
    for (let i = 0; i < md.total_size; i++) {
      const s = u32[i];
      if (s) n += Module._strlen(s);
    }
  } else if (md.type === H5T_VLEN) {
    for (let i = 0; i < md.total_size; i++) n += (u32[2 * i] ?? 0) * (md.vlen_type?.size ?? 1);
  }
  return n;
}
var attributeData = Module.get_attribute_data.bind(Module);
Module.get_attribute_data = (fid, p, name, ptr) => {
  const status = attributeData(fid, p, name, ptr);
  const md = knownMetadata?.md;
  if (md && (md.vlen || md.type === H5T_VLEN)) charge(vlenBytes(md, Number(ptr)));
  return status;
};
var reclaimVlen = Module.reclaim_vlen_memory.bind(Module);
var h5free = (p) => Module._H5free_memory(p);
Module.reclaim_vlen_memory = (fid, p, name, ptr) => {
  const k = knownMetadata;
  const md = k && k.fid === fid && k.p === p && k.name === name ? k.md : void 0;
  if (!md || md.type !== H5T_STRING || !md.vlen) return reclaimVlen(fid, p, name, ptr);
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
function readAttrs(fid, p, maxBytes) {
  const names = attempt(() => Module.get_attribute_names(fid, p));
  if (names.error !== void 0) return [{ name: "", error: names.error }];
  const holder = new h5wasm.Group(fid, p);
  return (names.value ?? []).map((name) => {
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
      if (md.value?.type === H5T_OPAQUE) node.attrs = readAttrs(fid, node.path, req.maxAttrBytes);
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
        if (md.value.type === H5T_OPAQUE) node.attrs = readAttrs(fid, node.path, req.maxAttrBytes);
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
function snapshot(f, req) {
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
  if (md.vlen || md.type === H5T_VLEN) throw new Failure("hdf5", `dataset ${req.path} holds variable-length data, which no Keras weight is`);
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
