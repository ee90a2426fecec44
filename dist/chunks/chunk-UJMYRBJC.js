import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  preprocessForLoading,
  tfjsLoadTarget
} from "./chunk-3CHKLJFW.js";
import {
  DTYPE_BYTES,
  checkEntries,
  decodeFloat16,
  listZip,
  readEntryBytes
} from "./chunk-5PTVY25K.js";
import {
  CUDNN_CPU_CLASS,
  ExprError,
  INFERENCE_IDENTITY_CLASSES,
  MODEL_CLASSES,
  arrayAt,
  asFloat32,
  evaluateExpr,
  gruResetAfter,
  isChannelsFirst,
  isKerasTensor,
  isNestedModel,
  isObject,
  isOpNode,
  isQuantizedPolicy,
  layerEntryName,
  readSaved,
  unwrapModelConfig,
  valueAt,
  writtenByTfjs
} from "./chunk-5PD53CW2.js";
import {
  DEFAULT_LIMITS,
  asText,
  formatLimit,
  resolveLimits
} from "./chunk-3BJMFA6A.js";
import {
  plural
} from "./chunk-73VS7PYX.js";
import {
  InputError,
  quoteName
} from "./chunk-FWZ4W6A4.js";
import {
  WEIGHTGATE_LAYER_CLASSES,
  registerWeightgateLayers
} from "./chunk-HM6IDY5O.js";

// src/engine/console-notes.ts
import { format } from "node:util";
var METHODS = ["log", "info", "warn", "error", "debug", "trace"];
var consoleMethods = console;
var MAX_LINES = 20;
var MAX_CHARS = 300;
var sink;
var originals = /* @__PURE__ */ new Map();
var routers = /* @__PURE__ */ new Map();
function router(m) {
  let r = routers.get(m);
  if (!r) {
    r = (...args) => {
      if (sink) sink(format(...args));
      else originals.get(m)?.apply(console, args);
    };
    routers.set(m, r);
  }
  return r;
}
function noteOf(line) {
  const first = line.split("\n").map((l) => l.trim()).find(Boolean) ?? "";
  return `TF.js console: ${first.length > MAX_CHARS ? `${first.slice(0, MAX_CHARS)}\u2026` : first}`;
}
function noteCollector(notes) {
  const seen = /* @__PURE__ */ new Set();
  let dropped = 0;
  let tail2;
  return (line) => {
    const note = noteOf(line);
    if (note === "TF.js console: " || seen.has(note)) return;
    seen.add(note);
    if (seen.size <= MAX_LINES) {
      notes.push(note);
      return;
    }
    dropped++;
    const text = `TF.js console: ${plural(dropped, "more line")} not shown`;
    if (tail2) notes[notes.indexOf(tail2)] = text;
    else notes.push(text);
    tail2 = text;
  };
}
async function withConsoleTo(to, fn) {
  const previous = sink;
  const installed = METHODS.map((m) => [m, consoleMethods[m]]);
  for (const m of METHODS) {
    if (consoleMethods[m] !== router(m)) originals.set(m, consoleMethods[m]);
    consoleMethods[m] = router(m);
  }
  sink = to;
  try {
    return await fn();
  } finally {
    sink = previous;
    for (const [m, f] of installed) consoleMethods[m] = f;
  }
}
function routeConsoleForever(to) {
  for (const m of METHODS) {
    if (consoleMethods[m] !== router(m)) originals.set(m, consoleMethods[m]);
    consoleMethods[m] = router(m);
  }
  sink = to;
}

// src/engine/select.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import util from "node:util";

// src/engine/exclusive.ts
var tail = Promise.resolve();
function exclusive(fn) {
  const run = tail.then(fn, fn);
  tail = run.catch(() => void 0);
  return run;
}

// src/engine/select.ts
var EngineUnavailable = class extends Error {
  name = "EngineUnavailable";
};
var TFJS_NODE = "@tensorflow/tfjs-node";
var WASM_BINARIES = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];
function findWasmDir(candidates) {
  return candidates.find((dir) => WASM_BINARIES.every((f) => existsSync(path.join(dir, f))));
}
function defaultWasmDirs() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dirs = [here, path.dirname(here)];
  try {
    const require2 = createRequire(import.meta.url);
    dirs.push(path.dirname(require2.resolve("@tensorflow/tfjs-backend-wasm")));
  } catch {
  }
  return dirs;
}
function polyfillNodeUtil() {
  const u = util;
  if (typeof u.isNullOrUndefined !== "function") u.isNullOrUndefined = (v) => v === null || v === void 0;
}
function looksLikeTf(v) {
  const t = v;
  return !!t && typeof t.tensor === "function" && typeof t.setBackend === "function" && typeof t.models?.modelFromJSON === "function";
}
function tfOf(mod) {
  const m = mod;
  for (const candidate of [m?.tf, m, m?.default, m?.default?.tf]) {
    if (looksLikeTf(candidate)) return candidate;
  }
  return void 0;
}
function firstLine(err) {
  return (err instanceof Error ? err.message : String(err)).split("\n", 1).join("").slice(0, 200);
}
function isNotInstalled(err) {
  const e = err;
  return (e?.code === "ERR_MODULE_NOT_FOUND" || e?.code === "MODULE_NOT_FOUND") && String(e.message).includes(TFJS_NODE);
}
var defaultImportNode = () => import(TFJS_NODE);
async function tryNode(opts) {
  polyfillNodeUtil();
  let mod;
  try {
    mod = await (opts.importNode ?? defaultImportNode)();
  } catch (err) {
    return isNotInstalled(err) ? "tfjs-node not installed" : `tfjs-node failed to load (${firstLine(err)})`;
  }
  const tf = tfOf(mod);
  if (!tf) return "tfjs-node loaded but exports no usable tf API";
  try {
    if (!await tf.setBackend("tensorflow")) return "tfjs-node loaded but its tensorflow backend did not initialise";
  } catch (err) {
    return `tfjs-node loaded but its tensorflow backend failed (${firstLine(err)})`;
  }
  return { name: "tfjs-node", backend: "tensorflow", tf, reason: "tfjs-node (native TensorFlow)" };
}
function interop(mod, key) {
  const m = mod;
  return key in m ? m : m.default ?? m;
}
async function pureJsTf() {
  const [core, layers] = await Promise.all([
    import("./tf-core.node-KOPUHYGO.js").then((m) => interop(m, "tensor")),
    import("./tf-layers.node-XKK4OREN.js").then((m) => interop(m, "models"))
  ]);
  core.env().set("PROD", true);
  return { ...core, ...layers };
}
async function tryWasm(opts) {
  let wasm;
  try {
    wasm = interop(await import("./tf-backend-wasm.node-WFD4CCTA.js"), "setWasmPaths");
  } catch (err) {
    return `the WebAssembly backend failed to load (${firstLine(err)})`;
  }
  const candidates = opts.wasmDirs ?? defaultWasmDirs();
  const dir = findWasmDir(candidates);
  if (!dir) return `no tfjs-backend-wasm .wasm files in ${candidates.join(", ")}`;
  const tf = await pureJsTf();
  try {
    if (!tf.findBackend("wasm")) wasm.setWasmPaths(dir + path.sep);
    const { result, warnings } = await withWarnings(tf, () => tf.setBackend("wasm"));
    if (!result) return `the WebAssembly backend did not initialise${warnings.length ? ` (${warnings.slice(1).join(" ") || warnings[0]})` : ""}`;
  } catch (err) {
    return `the WebAssembly backend failed (${firstLine(err)})`;
  }
  return { name: "wasm", backend: "wasm", tf, reason: "WebAssembly backend" };
}
async function withWarnings(tf, fn) {
  const warnings = [];
  const original = console.warn;
  const prod = tf.env().getBool("PROD");
  console.warn = (...args) => {
    warnings.push(util.format(args[0] ?? "").split("\n", 1).join(""));
  };
  tf.env().set("PROD", false);
  try {
    return { result: await fn(), warnings };
  } finally {
    tf.env().set("PROD", prod);
    console.warn = original;
  }
}
async function tryCpu() {
  try {
    await import("./tf-backend-cpu.node-QY7XXF2S.js");
    const tf = await pureJsTf();
    if (!await tf.setBackend("cpu")) return "the CPU backend did not initialise";
    return { name: "cpu", backend: "cpu", tf, reason: "CPU backend (pure JavaScript)" };
  } catch (err) {
    return `the CPU backend failed (${firstLine(err)})`;
  }
}
var TRIES = {
  "tfjs-node": tryNode,
  wasm: tryWasm,
  cpu: tryCpu
};
function selectEngine(preference = "auto", opts = {}) {
  return exclusive(() => selectEngineUnlocked(preference, opts));
}
function tryTfjsNode(opts = {}) {
  return exclusive(() => tryNode(opts));
}
async function cpuEngineUnlocked() {
  const got = await tryCpu();
  if (typeof got === "string") throw new EngineUnavailable(got);
  return got;
}
async function selectEngineUnlocked(preference, opts = {}) {
  if (preference !== "auto") {
    const got = await TRIES[preference](opts);
    if (typeof got === "string") throw new EngineUnavailable(`engine '${preference}' is not available: ${got}`);
    return { ...got, reason: `${got.reason}, as requested`, requested: true };
  }
  const passed = [];
  for (const name of ["tfjs-node", "wasm", "cpu"]) {
    const got = await TRIES[name](opts);
    if (typeof got !== "string") return { ...got, reason: [...passed, got.reason].join("; ") };
    passed.push(got);
  }
  throw new EngineUnavailable(`no TF.js engine could be loaded: ${passed.join("; ")}`);
}

// src/model/value-diff.ts
function absDiff(a, b) {
  if (a === b || Number.isNaN(a) && Number.isNaN(b)) return 0;
  const d = Math.abs(a - b);
  return Number.isNaN(d) ? Infinity : d;
}
function numbersOf(data) {
  return data instanceof BigInt64Array ? Float64Array.from(data, Number) : data;
}
function sameBytes(x, y) {
  if (x.constructor !== y.constructor || x.byteLength !== y.byteLength) return false;
  return Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(Buffer.from(y.buffer, y.byteOffset, y.byteLength));
}

// src/formats/npy.ts
import { open, readFile, stat } from "node:fs/promises";
import path2 from "node:path";
var MAGIC = [147, 78, 85, 77, 80, 89];
function aligned(bytes) {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}
var DESCRS = {
  f4: { dtype: "float32", itemSize: 4, decode: (b) => new Float32Array(aligned(b)) },
  f8: { dtype: "float64", itemSize: 8, decode: (b) => new Float64Array(aligned(b)) },
  f2: {
    dtype: "float16",
    itemSize: 2,
    decode: (b) => decodeFloat16(new Uint16Array(aligned(b)))
  },
  i1: { dtype: "int8", itemSize: 1, decode: (b) => new Int8Array(aligned(b)) },
  i2: { dtype: "int16", itemSize: 2, decode: (b) => new Int16Array(aligned(b)) },
  i4: { dtype: "int32", itemSize: 4, decode: (b) => new Int32Array(aligned(b)) },
  i8: { dtype: "int64", itemSize: 8, decode: (b) => new BigInt64Array(aligned(b)) },
  u1: { dtype: "uint8", itemSize: 1, decode: (b) => new Uint8Array(aligned(b)) },
  u2: { dtype: "uint16", itemSize: 2, decode: (b) => new Uint16Array(aligned(b)) },
  u4: { dtype: "uint32", itemSize: 4, decode: (b) => new Uint32Array(aligned(b)) },
  b1: { dtype: "bool", itemSize: 1, decode: (b) => new Uint8Array(aligned(b)) }
};
function parseHeader(bytes, source) {
  if (bytes.length < 10 || !MAGIC.every((m, i) => bytes[i] === m)) {
    throw new InputError(source, "not-keras", "not a NumPy .npy array (the \\x93NUMPY magic is missing)", "Write it with numpy.save().");
  }
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerLen;
  let start;
  if (major === 1) {
    headerLen = view.getUint16(8, true);
    start = 10;
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw new InputError(source, "truncated", "the .npy header is cut short");
    headerLen = view.getUint32(8, true);
    start = 12;
  } else {
    throw new InputError(source, "unsupported-format", `.npy format version ${major}.${bytes[7]} is not one numpy writes (1.0, 2.0, 3.0)`);
  }
  if (start + headerLen > bytes.length) throw new InputError(source, "truncated", "the .npy header runs past the end of the file");
  const text = new TextDecoder(major === 3 ? "utf-8" : "latin1").decode(bytes.subarray(start, start + headerLen));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
  const shapeText2 = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === void 0 || fortran === void 0 || shapeText2 === void 0) {
    throw new InputError(source, "corrupt", `the .npy header is not a numpy array description: ${text.trim().slice(0, 120)}`);
  }
  const shape = shapeText2.split(",").map((s) => s.trim()).filter(Boolean).map((s) => Number(s.replace(/L$/, "")));
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) throw new InputError(source, "corrupt", `the .npy shape (${shapeText2}) is not a list of sizes`);
  return { descr, fortranOrder: fortran === "True", shape, dataOffset: start + headerLen };
}
function descrOf(descr, source) {
  const m = /^([<>|=]?)([a-zA-Z])(\d+)$/.exec(descr);
  if (!m) throw new InputError(source, "unsupported-format", `the array dtype '${descr}' is a structured or object dtype, not a plain numeric array`);
  const [, order, kind, size] = m;
  if (order === ">" && size !== "1") {
    throw new InputError(source, "unsupported-format", `the array is big-endian ('${descr}')`, 'Save it little-endian: numpy.save(f, a.astype(a.dtype.newbyteorder("<"))).');
  }
  const d = DESCRS[`${kind}${size}`];
  if (!d) {
    throw new InputError(source, "unsupported-format", `the array dtype '${descr}' is not supported (float16/32/64, int8/16/32/64, uint8/16/32 and bool are)`);
  }
  return d;
}
function parseNpy(bytes, source) {
  const h = parseHeader(bytes, source);
  const d = descrOf(h.descr, source);
  const count = h.shape.reduce((a, b) => a * b, 1);
  if (h.fortranOrder) {
    throw new InputError(
      source,
      "unsupported-format",
      `the array is stored in Fortran (column-major) order, shape (${h.shape.join(", ")})`,
      "Save a C-ordered copy: numpy.save(f, numpy.ascontiguousarray(a))."
    );
  }
  const need = count * d.itemSize;
  const have = bytes.length - h.dataOffset;
  if (have < need) throw new InputError(source, "truncated", `the array needs ${need} bytes of data but the file holds ${have}`);
  if (have > need) throw new InputError(source, "corrupt", `the file holds ${have - need} bytes after the array data (shape (${h.shape.join(", ")}), ${h.descr})`);
  return { dtype: d.dtype, shape: h.shape, data: d.decode(bytes.subarray(h.dataOffset, h.dataOffset + need)) };
}
var DEFAULT_ARRAY_BYTES = 256 * 2 ** 20;
var ARRAY_BYTES_FLOOR = 16 * 2 ** 20;
var HEADER_ALLOWANCE = 64 * 2 ** 10;
function arraysByteBound(shapes, o = {}) {
  const openDim = o.openDim ?? 1024;
  let total = 0;
  for (const shape of shapes) total += shape.reduce((n, d) => n * (d ?? openDim), 1) * 8 + HEADER_ALLOWANCE;
  const ceiling = Math.min(2 * 2 ** 30, (o.limits ?? DEFAULT_LIMITS).maxDecompressedBytes);
  return Math.min(ceiling, Math.max(total, o.floorBytes ?? ARRAY_BYTES_FLOOR));
}
function tooLarge(file, found, maxBytes) {
  return new InputError(
    file,
    "limit",
    `${found}, more than the ${maxBytes} bytes the model's inputs or outputs can take`,
    "Save only the arrays the model takes, with a small batch: numpy.save(f, x[:8]) or numpy.savez(f, name=x[:8], ...)."
  );
}
async function readNpy(file, o = {}) {
  const maxBytes = o.maxBytes ?? DEFAULT_ARRAY_BYTES;
  let bytes;
  try {
    const { size } = await stat(file);
    if (size > maxBytes) throw tooLarge(file, `the array file is ${size} bytes`, maxBytes);
    bytes = await readFile(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, "not-found", `cannot be read (${err.code ?? String(err)})`);
  }
  return parseNpy(bytes, file);
}
var NPZ_MEMBER = /^[^/\\]+\.npy$/;
async function readNpz(file, o = {}) {
  const maxBytes = o.maxBytes ?? DEFAULT_ARRAY_BYTES;
  const limits = o.limits ?? DEFAULT_LIMITS;
  const entries = await listZip(file);
  checkEntries(file, entries, limits);
  const fix = "Write it with numpy.savez(f, name=array, ...): one <name>.npy member per array.";
  for (const e of entries) {
    if (!NPZ_MEMBER.test(e.name) || e.name.includes("\0")) {
      throw new InputError(file, "corrupt", `the .npz member ${quoteName(e.name)} is not an .npy array (np.savez writes only <name>.npy members, no folders)`, fix);
    }
  }
  if (entries.length === 0) throw new InputError(file, "corrupt", "the .npz archive holds no arrays", fix);
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (declared > maxBytes) throw tooLarge(file, `the .npz members declare ${declared} bytes by ${quoteName(e.name)}`, maxBytes);
  }
  const out = /* @__PURE__ */ new Map();
  for (const e of entries) out.set(e.name.slice(0, -4), parseNpy(await readEntryBytes(file, e, maxBytes, limits), `${file}:${e.name}`));
  return out;
}
async function startsWithZip(file) {
  const fh = await open(file, "r").catch((err) => {
    throw new InputError(file, "not-found", `cannot be read (${err.code ?? String(err)})`);
  });
  try {
    const b = Buffer.alloc(4);
    await fh.read(b, 0, 4, 0);
    return b.readUInt32LE(0) === 67324752;
  } finally {
    await fh.close();
  }
}
async function readArrays(file, o = {}) {
  if (await startsWithZip(file)) return readNpz(file, o);
  const stem = path2.basename(file).replace(/\.npy$/, "");
  return /* @__PURE__ */ new Map([[stem, await readNpy(file, o)]]);
}

// src/engine/seeded-inputs.ts
var ArraysMismatch = class extends Error {
  name = "ArraysMismatch";
};
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function isIntegerDtype(d) {
  return /^u?int|^bool$/.test(d);
}
function consumersOf(definition, input) {
  const functional = definition.layers.some((l) => l.inbound.length > 0);
  if (!functional) return definition.layers.filter((l) => l.className !== "InputLayer").slice(0, 1);
  return definition.layers.filter((l) => l.inbound.some((call) => call.inputs.some((r) => r.layer === input)));
}
function embeddingVocabulary(definition, input) {
  for (const l of consumersOf(definition, input)) {
    if (l.className === "Embedding" && typeof l.config.input_dim === "number" && l.config.input_dim > 0) return l.config.input_dim;
  }
  return void 0;
}
function generatedShapes(definition, opts = {}) {
  return definition.inputs.map((spec) => generatedShape(spec.shape, opts));
}
function generatedShape(shape, opts) {
  const batch = opts.batch ?? 2;
  const dimDefault = opts.dimDefault ?? 8;
  return shape.map((d, i) => d ?? (i === 0 ? batch : dimDefault));
}
var DEFAULT_INPUT_SEED = 1;
function generateInputs(definition, opts = {}) {
  const seed = opts.seed ?? DEFAULT_INPUT_SEED;
  const next = prng(seed);
  const arrays = definition.inputs.map((spec) => {
    const shape = generatedShape(spec.shape, opts);
    const count = shape.reduce((a, b) => a * b, 1);
    const vocab = embeddingVocabulary(definition, spec.name);
    if (vocab !== void 0 || isIntegerDtype(spec.dtype)) {
      const high = vocab ?? 10;
      const data2 = new Int32Array(count);
      for (let i = 0; i < count; i++) data2[i] = Math.floor(next() * high);
      return { dtype: "int32", shape, data: data2 };
    }
    const data = new Float32Array(count);
    for (let i = 0; i < count; i++) data[i] = next() * 2 - 1;
    return { dtype: "float32", shape, data };
  });
  const described = arrays.map((a, i) => `${definition.inputs[i]?.name ?? i} ${JSON.stringify(a.shape)}`).join(", ");
  return { arrays, note: `inputs generated from seed ${seed}: ${described}` };
}
function pick(named, names, what, source) {
  if (names.every((n) => named.has(n))) return names.map((n) => named.get(n));
  const keys = [...named.keys()];
  const only = keys[0];
  if (names.length === 1 && named.size === 1 && only !== void 0) return [named.get(only)];
  if (keys.length === names.length && keys.every((k, i) => k === `arr_${i}`)) return keys.map((k) => named.get(k));
  const missing = names.filter((n) => !named.has(n));
  throw new ArraysMismatch(`${source} has no ${what} named ${missing.map((n) => `'${n}'`).join(", ")} (it holds ${keys.map((k) => `'${k}'`).join(", ")})`);
}
async function resolveArrays(source, names, what, bound) {
  if (Array.isArray(source)) {
    if (source.length !== names.length) throw new ArraysMismatch(`${plural(source.length, `${what} array`)} given for ${plural(names.length, what)}`);
    return source;
  }
  if (typeof source === "string") {
    const limits = bound?.limits;
    return pick(await readArrays(source, bound ? { maxBytes: arraysByteBound(bound.shapes, { ...limits ? { limits } : {} }), ...limits ? { limits } : {} } : {}), names, what, source);
  }
  return pick(source, names, what, `the given ${what} arrays`);
}
function fitsSpec(shape, spec) {
  return shape.length === spec.length && spec.every((d, i) => d === null || d === shape[i]);
}
function fixedBatch(definition) {
  const fixed = definition.inputs.map((i) => i.shape[0]).filter((d) => typeof d === "number");
  return fixed.length ? fixed[0] : void 0;
}
function fitsBatched(shape, spec) {
  const b = spec[0];
  const got = shape[0];
  if (typeof b !== "number" || got === void 0 || got % b !== 0) return false;
  return fitsSpec([b, ...shape.slice(1)], spec);
}
function checkInputs(definition, arrays) {
  const batches = new Set(arrays.map((a) => a.shape[0]));
  if (batches.size > 1) throw new ArraysMismatch(`the inputs disagree on the batch size (${[...batches].join(" vs ")})`);
  arrays.forEach((a, i) => {
    const spec = definition.inputs[i];
    if (!spec) throw new ArraysMismatch(`${plural(arrays.length, "input array")} given for ${plural(definition.inputs.length, "input")}`);
    if (!fitsSpec(a.shape, spec.shape) && !fitsBatched(a.shape, spec.shape)) {
      throw new ArraysMismatch(`input '${spec.name}' has shape ${JSON.stringify(a.shape)} but the model declares ${JSON.stringify(spec.shape)}`);
    }
  });
}

// src/engine/budget.ts
import os from "node:os";
var VALUE_BYTES = 4;
var PREDICT_BATCH = 32;
function elements(shape) {
  return shape.reduce((a, b) => a * b, 1);
}
function concrete(shape, batch, open2) {
  return shape.map((d, i) => typeof d === "number" && d >= 0 ? d : i === 0 ? batch : open2);
}
var PLAIN_LOOPS = /* @__PURE__ */ new Set(["Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose", "Deconvolution2D", "Conv3D", "Convolution3D"]);
var PROJECTIONS = /* @__PURE__ */ new Set(["MultiHeadAttention", "EinsumDense"]);
function copiedAs(layer, name, rank) {
  const inner = layer.config.layer?.class_name;
  const cls = typeof inner === "string" ? inner : layer.className;
  if (rank < 2 || cls === "Embedding" || PLAIN_LOOPS.has(cls)) return void 0;
  if (rank === 2 || PROJECTIONS.has(cls)) return "matrices";
  return name === "depthwise_kernel" || cls.startsWith("DepthwiseConv") ? "depthwise" : "filters";
}
function weightBytes(definition, assignments) {
  const assigned = new Map(assignments.map((a) => [`${a.layer}\0${a.weightIndex}`, a.saved.shape]));
  const n = { total: 0, matrices: 0, filters: 0, depthwise: 0 };
  const walk = (layers) => {
    for (const layer of layers) {
      layer.weights.forEach((w, i) => {
        const saved = assigned.get(`${layer.name}\0${i}`);
        const shape = saved ?? (w.shape.every((d) => typeof d === "number") ? w.shape : void 0);
        if (!shape) return;
        const bytes = elements(shape) * VALUE_BYTES;
        n.total += bytes;
        const copied = copiedAs(layer, w.name, shape.length);
        if (copied) n[copied] += bytes;
      });
    }
  };
  walk(definition.layers);
  return n;
}
function peakActivation(definition, batch, open2, inputBytes) {
  const outBytes = /* @__PURE__ */ new Map();
  const bytesOf = (l) => l.outputShapes.map((s) => elements(concrete(s, batch, open2)) * VALUE_BYTES);
  let best = { bytes: 0, layer: void 0 };
  let previous = inputBytes;
  for (const l of definition.layers) {
    const own2 = bytesOf(l);
    outBytes.set(l.name, own2);
    const ownTotal = own2.reduce((a, b) => a + b, 0);
    let read = 0;
    const first = l.inbound[0];
    if (first) {
      for (const ref of first.inputs) read += outBytes.get(ref.layer)?.[ref.tensor] ?? outBytes.get(ref.layer)?.[0] ?? 0;
    } else {
      read = previous;
    }
    let total = ownTotal + read;
    if (l.nested) total = Math.max(total, peakActivation(l.nested, batch, open2, read).bytes);
    if (total > best.bytes) best = { bytes: total, layer: l.name };
    if (l.className !== "InputLayer") previous = ownTotal;
  }
  return best;
}
function estimateSmoke(definition, assignments, inputShapes) {
  const batch = inputShapes[0]?.[0] ?? 1;
  const slice = fixedBatch(definition) ?? Math.min(batch, PREDICT_BATCH);
  let open2 = 1;
  definition.inputs.forEach((spec, k) => spec.shape.forEach((d, i) => {
    if (i > 0 && d === null && inputShapes[k]?.[i] !== void 0) open2 = Math.max(open2, inputShapes[k][i]);
  }));
  const inputs = inputShapes.reduce((n, s) => n + elements(s) * VALUE_BYTES, 0);
  const sliceInputs = inputShapes.reduce((n, s) => n + elements(s) / Math.max(s[0] ?? 1, 1) * slice * VALUE_BYTES, 0);
  const outputs = definition.outputs.reduce((n, o) => n + elements(concrete(o.shape, batch, open2)) * VALUE_BYTES, 0);
  const w = weightBytes(definition, assignments);
  const peak = peakActivation(definition, slice, open2, sliceInputs);
  return {
    bytes: w.total + inputs + outputs + peak.bytes,
    weights: w.total,
    matrices: w.matrices,
    filters: w.filters,
    depthwise: w.depthwise,
    inputs,
    outputs,
    activations: peak.bytes,
    ...peak.layer ? { layer: peak.layer } : {}
  };
}
function bytesText(n) {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${Math.round(v)} bytes` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}
function suggested(bytes) {
  return `${Math.max(1, Math.ceil(bytes * 1.25 / 2 ** 30))}GiB`;
}
function overBudget(e, limits) {
  if (e.bytes <= limits.maxSmokeBytes) return void 0;
  const parts = [
    `weights ${bytesText(e.weights)}`,
    `inputs ${bytesText(e.inputs)}`,
    `outputs ${bytesText(e.outputs)}`,
    `largest layer${e.layer ? ` '${e.layer}'` : ""} ${bytesText(e.activations)} in and out`
  ];
  return `would need ~${bytesText(e.bytes)} (${parts.join(", ")}), over the limit maxSmokeBytes ${formatLimit("maxSmokeBytes", limits.maxSmokeBytes)}; if the model is meant to be this large, raise it with --limit maxSmokeBytes=${suggested(e.bytes)} (or limits: { maxSmokeBytes: ${suggested(e.bytes)} } in weightgate.yml)`;
}
var WASM_HEAP_BYTES = 4 * 2 ** 30 - 512 * 2 ** 20;
function weightCopies(e) {
  return e.matrices + 2 * e.filters + e.depthwise;
}
function wasmBytes(e, packingFree) {
  return e.bytes + (packingFree ? 0 : weightCopies(e));
}
function planEngine(e, engine, heapBytes = WASM_HEAP_BYTES, hostBytes = os.totalmem()) {
  const host = () => e.bytes > hostBytes ? `the run needs ~${bytesText(e.bytes)}, more than this machine's ${bytesText(hostBytes)} of memory` : void 0;
  if (engine.name !== "wasm") {
    const over2 = host();
    return over2 ? { kind: "skip", why: over2 } : { kind: "run", packingFree: false };
  }
  if (wasmBytes(e, false) <= heapBytes) return { kind: "run", packingFree: false };
  const heap = `the WebAssembly heap (${bytesText(heapBytes)} usable of 4 GiB)`;
  if (wasmBytes(e, true) <= heapBytes) {
    return { kind: "run", packingFree: true, why: `weight matrices multiplied where they are: their packed copies (~${bytesText(weightCopies(e))}) would not fit ${heap} with the run's ~${bytesText(wasmBytes(e, true))}` };
  }
  const need = `the run needs ~${bytesText(wasmBytes(e, true))} (weights ${bytesText(e.weights)}), over ${heap}`;
  if (engine.requested) return { kind: "skip", why: `${need}; run it with --engine cpu (or auto), which holds it in host memory` };
  const over = host();
  return over ? { kind: "skip", why: `${need}, and ${over}` } : { kind: "cpu", why: need };
}

// src/engine/tfjs-config/tfjs-topology.ts
function editable(v) {
  return isObject(v) ? v : void 0;
}
function asLayer(entry) {
  const config = editable(entry.config) ?? {};
  return Object.assign(entry, { config });
}
function editableList(v) {
  return Array.isArray(v) ? v : void 0;
}

// src/engine/unset-initializer.ts
var UNSET_INITIALIZER = "WeightgateUnset";
var MARK = /* @__PURE__ */ Symbol.for("weightgate.unset-initializer.registered");
function registerUnsetInitializer(tf) {
  const map = tf.serialization.SerializationMap.getMap().classNameMap;
  if (map[MARK]) return;
  const zeros = map.Zeros;
  if (!zeros) throw new Error("this TF.js build registers no Zeros initializer");
  const Base = Object.getPrototypeOf(zeros[0]);
  class WeightgateUnset extends Base {
    static className = UNSET_INITIALIZER;
    apply(shape, dtype = "float32") {
      if (tf.getBackend() !== "wasm") return tf.zeros(shape, dtype);
      const engine = tf.engine();
      const backend = engine.backend;
      return engine.makeTensorFromDataId(backend.write(null, shape, dtype), shape, dtype, backend);
    }
    getConfig() {
      return {};
    }
  }
  tf.serialization.registerClass(WeightgateUnset);
  map[MARK] = true;
}

// src/engine/build-model.ts
function isModel(entry) {
  const cls = valueAt(entry, "class_name");
  return typeof cls === "string" && MODEL_CLASSES.has(cls) && Array.isArray(valueAt(entry, "config", "layers"));
}
function nameOf(entry) {
  return layerEntryName(entry, "");
}
function nodeCount(entry) {
  if (valueAt(entry, "class_name") === "InputLayer") return 1;
  const calls = arrayAt(entry, "inbound_nodes")?.length ?? 0;
  return isModel(entry) ? calls + 1 : calls;
}
function isRef(v) {
  if (!Array.isArray(v)) return false;
  const [layer, node, tensor, kwargs] = v;
  return typeof layer === "string" && Number.isInteger(node) && node >= 0 && Number.isInteger(tensor) && tensor >= 0 && (v.length === 3 || v.length === 4 && (kwargs === null || isObject(kwargs)));
}
function validateGraph(model, where = "model") {
  const problems = [];
  const layers = arrayAt(valueAt(model, "config"), "layers");
  if (!layers) return [`${where}: the config has no layer list`];
  for (const [i, l] of layers.entries()) {
    if (!isObject(l) || typeof l.class_name !== "string" || !isObject(l.config)) problems.push(`${where}: layer #${i} has no class_name/config`);
    else if (isModel(l)) problems.push(...validateGraph(l, `${where}/${nameOf(l)}`));
  }
  if (problems.length || valueAt(model, "class_name") === "Sequential") return problems;
  const byName = /* @__PURE__ */ new Map();
  for (const l of layers) {
    if (byName.has(nameOf(l))) problems.push(`${where}: two layers are named '${nameOf(l)}'`);
    byName.set(nameOf(l), l);
    if (valueAt(l, "class_name") === "InputLayer" && !Array.isArray(valueAt(l, "config", "batch_input_shape"))) problems.push(`${where}: input '${nameOf(l)}' has no batch_input_shape`);
  }
  const checkRef = (ref, what) => {
    if (!isRef(ref)) {
      problems.push(`${where}: ${what} is not a [layer, node, tensor] reference: ${JSON.stringify(ref)?.slice(0, 80)}`);
      return false;
    }
    const target = byName.get(ref[0]);
    if (!target) problems.push(`${where}: ${what} refers to layer '${ref[0]}', which the model does not have`);
    else if (ref[1] >= nodeCount(target)) problems.push(`${where}: ${what} refers to call #${ref[1]} of '${ref[0]}', which is called only ${plural(nodeCount(target), "time")}`);
    else return true;
    return false;
  };
  const deps = /* @__PURE__ */ new Map();
  for (const l of layers) {
    const nodes = arrayAt(l, "inbound_nodes") ?? [];
    const offset = isModel(l) ? 1 : 0;
    nodes.forEach((node, n) => {
      const key = `${nameOf(l)}#${n + offset}`;
      if (!Array.isArray(node) || node.length === 0) {
        problems.push(`${where}: call #${n} of '${nameOf(l)}' is not a list of input references`);
        return;
      }
      const refs = node.filter((ref, k) => checkRef(ref, `input ${k} of call #${n} of '${nameOf(l)}'`));
      deps.set(key, refs.map((r) => `${r[0]}#${r[1]}`));
    });
  }
  for (const key of ["input_layers", "output_layers"]) {
    const refs = valueAt(model, "config", key);
    if (!Array.isArray(refs) || refs.length === 0) problems.push(`${where}: ${key} is missing or empty`);
    else refs.forEach((r, i) => checkRef(r, `${key}[${i}]`));
  }
  const cycle = findCycle(deps);
  if (cycle) problems.push(`${where}: the layer calls form a cycle (${cycle.join(" \u2192 ")})`);
  return problems;
}
function findCycle(deps) {
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit = (k) => {
    if (state.get(k) === "done") return void 0;
    if (state.get(k) === "open") return [...stack.slice(stack.indexOf(k)), k];
    state.set(k, "open");
    stack.push(k);
    for (const d of deps.get(k) ?? []) {
      const c = visit(d);
      if (c) return c;
    }
    stack.pop();
    state.set(k, "done");
    return void 0;
  };
  for (const k of deps.keys()) {
    const c = visit(k);
    if (c) return c;
  }
  return void 0;
}
var ZEROS = { class_name: "Zeros", config: {} };
var NAMED_INITIALIZERS = {
  glorot_uniform: { class_name: "GlorotUniform", config: {} },
  glorot_normal: { class_name: "GlorotNormal", config: {} },
  he_uniform: { class_name: "HeUniform", config: {} },
  he_normal: { class_name: "HeNormal", config: {} },
  lecun_uniform: { class_name: "LeCunUniform", config: {} },
  lecun_normal: { class_name: "LeCunNormal", config: {} },
  orthogonal: { class_name: "Orthogonal", config: {} },
  uniform: { class_name: "RandomUniform", config: { minval: -0.05, maxval: 0.05 } },
  normal: { class_name: "RandomNormal", config: { mean: 0, stddev: 0.05 } },
  zero: ZEROS,
  zeros: ZEROS,
  one: { class_name: "Ones", config: {} },
  ones: { class_name: "Ones", config: {} }
};
function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
function mapInitializers(v, path3, fn) {
  if (Array.isArray(v)) v.forEach((x, i) => mapInitializers(x, `${path3}/${i}`, fn));
  else {
    const o = editable(v);
    if (!o) return;
    for (const [k, x] of Object.entries(o)) {
      if (k.endsWith("_initializer") && x !== null && x !== void 0) o[k] = fn(x, `${path3}/${k}`);
      else mapInitializers(x, `${path3}/${k}`, fn);
    }
  }
}
function seeded(init, seed) {
  const obj = typeof init === "string" ? Object.hasOwn(NAMED_INITIALIZERS, init) ? NAMED_INITIALIZERS[init] : void 0 : init;
  if (!isObject(obj)) return init;
  const copy = structuredClone(obj);
  if (copy.class_name === "Orthogonal") return { class_name: "GlorotUniform", config: { seed } };
  const config = editable(copy.config);
  if (config && copy.class_name !== "Zeros" && copy.class_name !== "Ones" && copy.class_name !== "Constant") config.seed = seed;
  return copy;
}
var GLOROT = { class_name: "GlorotUniform", config: {} };
var RECURRENT = { kernel_initializer: GLOROT, recurrent_initializer: { class_name: "Orthogonal", config: {} } };
var CONV = { kernel_initializer: GLOROT };
var RANDOM_DEFAULTS = {
  Dense: CONV,
  Conv1D: CONV,
  Conv2D: CONV,
  Conv3D: CONV,
  Conv2DTranspose: CONV,
  Conv3DTranspose: CONV,
  SeparableConv2D: { depthwise_initializer: GLOROT, pointwise_initializer: GLOROT },
  DepthwiseConv2D: { depthwise_initializer: GLOROT },
  LSTM: RECURRENT,
  GRU: RECURRENT,
  SimpleRNN: RECURRENT,
  LSTMCell: RECURRENT,
  GRUCell: RECURRENT,
  SimpleRNNCell: RECURRENT,
  ConvLSTM2D: RECURRENT,
  ConvLSTM2DCell: RECURRENT,
  Embedding: { embeddings_initializer: { class_name: "RandomUniform", config: { minval: -0.05, maxval: 0.05 } } }
};
function fillDefaultInitializers(entry) {
  const c = editable(valueAt(entry, "config"));
  if (!c) return;
  const cls = valueAt(entry, "class_name");
  const defaults = typeof cls === "string" && Object.hasOwn(RANDOM_DEFAULTS, cls) ? RANDOM_DEFAULTS[cls] : void 0;
  for (const [key, init] of Object.entries(defaults ?? {})) {
    if (c[key] === void 0 || c[key] === null) c[key] = structuredClone(init);
  }
  const cells = arrayAt(valueAt(c, "cell", "config"), "cells") ?? [];
  for (const inner of [c.layer, c.cell, ...cells, ...arrayAt(c, "layers") ?? []]) fillDefaultInitializers(inner);
}
function prepareInitializers(model, covered, seed) {
  for (const entry of arrayAt(valueAt(model, "config"), "layers") ?? []) {
    if (!isObject(entry)) continue;
    fillDefaultInitializers(entry);
    const name = nameOf(entry);
    if (covered.has(name)) mapInitializers(entry.config, name, () => ({ class_name: UNSET_INITIALIZER, config: {} }));
    else mapInitializers(entry.config, name, (init, path3) => seeded(init, seed + hash(path3) >>> 0));
  }
}
function unknownClasses(tf, model) {
  const known = tf.serialization.SerializationMap.getMap().classNameMap;
  const missing = /* @__PURE__ */ new Set();
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) {
      if (typeof v.class_name === "string" && isObject(v.config) && !Object.hasOwn(known, v.class_name)) missing.add(v.class_name);
      Object.values(v).forEach(walk);
    }
  };
  walk(model);
  return [...missing];
}
var BuildError = class extends Error {
  name = "BuildError";
};
async function buildModel(tf, model) {
  const problems = validateGraph(model);
  if (problems.length) throw new BuildError(`the model graph is malformed: ${problems.join("; ")}`);
  registerUnsetInitializer(tf);
  const missing = unknownClasses(tf, model);
  if (missing.length) throw new BuildError(`this TF.js cannot deserialise ${missing.join(", ")}`);
  const topology = { modelTopology: model };
  return tf.models.modelFromJSON(topology);
}

// src/engine/compare.ts
var FLOAT32_TOLERANCE = { atol: 1e-4, rtol: 1e-3, basis: "float32 defaults" };
var HALF_TOLERANCE = { atol: 2e-3, rtol: 0.01, basis: "half-precision compute in Keras (float16/bfloat16 layers), float32 in TF.js" };
function toleranceFor(halfPrecision, given = {}) {
  const base = halfPrecision ? HALF_TOLERANCE : FLOAT32_TOLERANCE;
  if (given.atol === void 0 && given.rtol === void 0) return base;
  return { atol: given.atol ?? base.atol, rtol: given.rtol ?? base.rtol, basis: "given by the caller" };
}
function shapeMatches(actual, declared) {
  return actual.length === declared.length && declared.every((d, i) => d === null || d === actual[i]);
}
function isUnresolved(declared) {
  return declared.length === 1 && declared[0] === null;
}
function allFinite(data) {
  for (let i = 0; i < data.length; i++) if (!Number.isFinite(data[i])) return false;
  return true;
}
function unravel(flat, shape) {
  const out = new Array(shape.length);
  for (let i = shape.length - 1; i >= 0; i--) {
    const d = shape[i] ?? 1;
    out[i] = flat % d;
    flat = Math.floor(flat / d);
  }
  return out;
}
function compareToExpected(actual, shape, expected, tol) {
  if (expected.shape.length !== shape.length || expected.shape.some((d, i) => d !== shape[i])) {
    return { maxAbsDiff: Number.NaN, withinTolerance: false, problem: `the expected output has shape ${JSON.stringify(expected.shape)}, the model produced ${JSON.stringify(shape)}` };
  }
  const want = numbersOf(expected.data);
  let maxAbsDiff = 0;
  let worstExcess = Number.NEGATIVE_INFINITY;
  let worstAt = 0;
  let within = true;
  for (let i = 0; i < want.length; i++) {
    const a = actual[i];
    const b = want[i];
    const d = absDiff(a, b);
    const allowed = tol.atol + tol.rtol * Math.abs(b);
    if (d > maxAbsDiff) maxAbsDiff = d;
    if (d > allowed) within = false;
    if (d - allowed > worstExcess) {
      worstExcess = d - allowed;
      worstAt = i;
    }
  }
  const worst = want.length ? { index: unravel(worstAt, shape), actual: actual[worstAt], expected: want[worstAt], allowed: tol.atol + tol.rtol * Math.abs(want[worstAt]) } : void 0;
  return { maxAbsDiff, withinTolerance: within, worst };
}

// src/sources/staging.ts
var Staging = class {
  free = [];
  lent = /* @__PURE__ */ new Set();
  lentBytes = 0;
  /** The most bytes lent at once (tests and the bench watch it stay within one layer's worth). */
  peakLent = 0;
  /** A buffer of at least `bytes` bytes, not lent to anyone else until released. */
  acquire(bytes) {
    let fits;
    for (const b of this.free) {
      if (b.byteLength >= bytes && (!fits || b.byteLength < fits.byteLength)) fits = b;
    }
    let buffer;
    if (fits) {
      this.free.splice(this.free.indexOf(fits), 1);
      buffer = fits;
    } else {
      const largest = this.free.reduce((m, b) => !m || b.byteLength > m.byteLength ? b : m, void 0);
      if (largest) this.free.splice(this.free.indexOf(largest), 1);
      buffer = new SharedArrayBuffer(Math.max(bytes, 1));
    }
    this.lent.add(buffer);
    this.lentBytes += buffer.byteLength;
    this.peakLent = Math.max(this.peakLent, this.lentBytes);
    return buffer;
  }
  /**
   * Give back the buffer under `data` once its bytes are copied elsewhere. Anything not lent from
   * here (a decoded copy, a TF.js shard's bytes) is ignored, so callers need not tell them apart.
   */
  release(data) {
    const buffer = data instanceof SharedArrayBuffer ? data : data.buffer;
    if (!(buffer instanceof SharedArrayBuffer) || !this.lent.delete(buffer)) return;
    this.lentBytes -= buffer.byteLength;
    this.free.push(buffer);
  }
  /** Bytes lent now. */
  get inFlight() {
    return this.lentBytes;
  }
  /** Bytes held, lent or free. */
  get bytes() {
    let n = 0;
    for (const b of [...this.free, ...this.lent]) n += b.byteLength;
    return n;
  }
};
var StagedRead = class {
  constructor(pool, follow) {
    this.pool = pool;
    this.follow = follow;
  }
  pool;
  follow;
  buffer;
  counter = new BigInt64Array(new SharedArrayBuffer(8));
  acquire(bytes) {
    this.buffer = this.pool.acquire(bytes);
    Atomics.store(this.counter, 0, 0n);
    return this.buffer;
  }
  release(data) {
    this.pool.release(data);
  }
  progress(buffer) {
    return this.follow && buffer === this.buffer ? this.counter : void 0;
  }
  /** Bytes from the buffer's start that hold their final values now. */
  written() {
    return Number(Atomics.load(this.counter, 0));
  }
  /** Resolves once the counter moves past `seen` (or at once if it has); `wake` ends every wait. */
  whenPast(seen) {
    const waitAsync = Atomics.waitAsync;
    if (!waitAsync) return new Promise((resolve) => setTimeout(resolve, 1));
    const w = waitAsync(this.counter, 0, BigInt(seen));
    return w.async ? w.value : Promise.resolve();
  }
  /** Wakes whoever waits on the counter (the read has ended either way). */
  wake() {
    Atomics.notify(this.counter, 0);
  }
};
var KeptStaging = class {
  acquire(bytes) {
    return new SharedArrayBuffer(Math.max(bytes, 1));
  }
  release() {
  }
};

// src/engine/load-weights.ts
var LoadError = class extends Error {
  name = "LoadError";
};
function groupByLayer(definition, assignments) {
  const layers = new Map(definition.layers.filter((l) => !l.isOperation).map((l) => [l.name, l]));
  const out = /* @__PURE__ */ new Map();
  for (const a of assignments) {
    const layer = layers.get(a.layer);
    if (!layer) throw new LoadError(`an assignment names layer '${a.layer}', which the definition does not have`);
    if (!Number.isInteger(a.weightIndex) || a.weightIndex < 0 || a.weightIndex >= layer.weights.length) {
      throw new LoadError(`an assignment names variable #${a.weightIndex} of layer '${a.layer}', which has ${layer.weights.length}`);
    }
    const slot = out.get(layer) ?? /* @__PURE__ */ new Map();
    if (slot.has(a.weightIndex)) throw new LoadError(`variable ${layer.weights[a.weightIndex]?.path ?? `#${a.weightIndex}`} of layer '${a.layer}' is assigned twice`);
    slot.set(a.weightIndex, a.saved);
    out.set(layer, slot);
  }
  return out;
}
function fullyAssignedLayers(definition, assignments) {
  const covered = /* @__PURE__ */ new Set();
  for (const [layer, slot] of groupByLayer(definition, assignments)) if (slot.size === layer.weights.length) covered.add(layer.name);
  return covered;
}
function product(shape) {
  return shape.reduce((a, b) => a * b, 1);
}
function toTfValues(data, dtype) {
  if (dtype === "int32") {
    if (data instanceof Int32Array) return data;
    if (data instanceof BigInt64Array) return Int32Array.from(data, (v) => Number(v));
    return Int32Array.from(data, (v) => Math.round(v));
  }
  return asFloat32(data);
}
function shapeText(s) {
  return `[${s.join(", ")}]`;
}
function keyOf(saved) {
  return `${saved.path}\0${saved.objectPath}\0${saved.index}`;
}
var ReadQueue = class {
  constructor(budget) {
    this.budget = budget;
  }
  budget;
  queue = [];
  inFlight = 0;
  current = 0;
  add(layer, bytes, start) {
    this.queue.push({ layer, bytes, start });
    this.pump();
  }
  /** The loader has reached `layer`. */
  at(layer) {
    this.current = layer;
    this.pump();
  }
  /** A read's staging is given back. */
  done(bytes) {
    this.inFlight -= bytes;
    this.pump();
  }
  pump() {
    for (let head = this.queue[0]; head; head = this.queue[0]) {
      const fits = this.budget === void 0 ? head.layer <= this.current + 1 : this.inFlight + head.bytes <= this.budget;
      if (head.layer > this.current && !fits) return;
      this.queue.shift();
      this.inFlight += head.bytes;
      head.start();
    }
  }
};
function stagedBytes(v) {
  return Math.max(1, product(v.shape) * (DTYPE_BYTES[v.storedDtype ?? v.dtype] || 4));
}
var ValueReader = class {
  constructor(artifact, assignments, queue, staging) {
    this.artifact = artifact;
    this.queue = queue;
    this.staging = staging;
    for (const a of assignments) this.uses.set(keyOf(a.saved), (this.uses.get(keyOf(a.saved)) ?? 0) + 1);
  }
  artifact;
  queue;
  staging;
  cache = /* @__PURE__ */ new Map();
  /** Reads still to come of each saved variable. */
  uses = /* @__PURE__ */ new Map();
  /** Layers holding each value now (read, not yet done with). */
  held = /* @__PURE__ */ new Map();
  /** Assignments that read this saved variable. */
  usesOf(saved) {
    return this.uses.get(keyOf(saved)) ?? 0;
  }
  /** Not async on purpose: the counting happens when called, in call order, not when the read ends. */
  read(saved, layer) {
    const key = keyOf(saved);
    let p = this.cache.get(key);
    if (!p) {
      p = new Promise((resolve) => {
        this.queue.add(layer, stagedBytes(saved), () => resolve(readSaved(this.artifact, saved, { staging: this.staging })));
      });
      this.cache.set(key, p);
    }
    const left = (this.uses.get(key) ?? 1) - 1;
    this.uses.set(key, left);
    if (left <= 0) this.cache.delete(key);
    this.held.set(key, (this.held.get(key) ?? 0) + 1);
    return p.then((data) => {
      const value = { data, shape: saved.shape, saved };
      if (data.length !== product(saved.shape)) {
        this.done([value]);
        throw new LoadError(`${saved.path}: the file holds ${data.length} values for shape ${shapeText(saved.shape)}`);
      }
      return value;
    }, (err) => {
      this.release(key, saved);
      throw err;
    });
  }
  /** The engine has copied these values: give back the buffers no layer holds or will read again. */
  done(values) {
    for (const v of values) {
      if (this.release(keyOf(v.saved), v.saved)) this.staging?.release(v.data);
    }
  }
  release(key, saved) {
    const held = (this.held.get(key) ?? 1) - 1;
    this.held.set(key, held);
    if (held > 0 || (this.uses.get(key) ?? 0) > 0) return false;
    this.queue.done(stagedBytes(saved));
    return true;
  }
};
function heapStorageOf(tf, variable) {
  if (tf.getBackend() !== "wasm") return void 0;
  const backend = tf.backend();
  const wasm = backend.wasm;
  const tensor = variable.read();
  const entry = backend.dataIdMap?.get(tensor.dataId);
  const offset = entry?.memoryOffset;
  const dtype = entry?.dtype;
  if (!wasm?.HEAPU8 || !entry || entry.refCount !== 1 || typeof offset !== "number" || offset <= 0 || dtype !== "float32" && dtype !== "int32" || dtype !== tensor.dtype) return void 0;
  const bytes = product(variable.shape) * 4;
  if (offset + bytes > wasm.HEAPU8.length) return void 0;
  return { heap: () => wasm.HEAPU8, offset, bytes, dtype };
}
var loadStats = { direct: 0, staged: 0, peakStagedBytes: 0 };
async function streamInto(read, values, into, saved, staging) {
  let copied = 0;
  let settled = false;
  const end = values.then(() => {
    settled = true;
  }, () => {
    settled = true;
  });
  const copyTo = (n) => {
    if (!read.buffer || n <= copied) return;
    into.heap().set(new Uint8Array(read.buffer, copied, n - copied), into.offset + copied);
    copied = n;
  };
  try {
    while (!settled) {
      const n = Math.min(read.written(), into.bytes);
      if (n > copied) copyTo(n);
      else await Promise.race([read.whenPast(copied), end]);
    }
  } finally {
    read.wake();
  }
  const data = await values;
  try {
    if (data.length !== product(saved.shape)) throw new LoadError(`${saved.path}: the file holds ${data.length} values for shape ${shapeText(saved.shape)}`);
    const same = into.dtype === "float32" ? data instanceof Float32Array : data instanceof Int32Array;
    if (same && data.buffer === read.buffer && data.byteOffset === 0) {
      copyTo(into.bytes);
    } else {
      const v = toTfValues(data, into.dtype);
      into.heap().set(new Uint8Array(v.buffer, v.byteOffset, into.bytes), into.offset);
    }
  } finally {
    staging.release(data);
  }
}
function tensorOf(tf, v, dtype) {
  return tf.tensor(toTfValues(v.data, dtype), v.shape, dtype);
}
function conversionOf(definition, layer, slot) {
  const shapes = layer.weights.map((w, i) => slot.get(i)?.shape ?? w.shape.map((d) => d ?? 0));
  const p = preprocessForLoading(tfjsLoadTarget({ className: layer.className, config: layer.config }), shapes, { keras1: definition.generation === 1 });
  return p.kind === "as-saved" ? void 0 : p;
}
function converted(tf, layer, p, values, target) {
  if (p.kind === "refused") throw new LoadError(`layer '${layer.name}' (${layer.className}): ${p.message}`);
  const missing = layer.weights.filter((_, i) => !values.has(i)).map((w) => w.name);
  if (missing.length) throw new LoadError(`layer '${layer.name}': ${missing.join(", ")} are not assigned, so the converted variables cannot be formed`);
  if (p.outputs.length !== target.length) {
    throw new LoadError(`layer '${layer.name}' (${layer.className}): the conversion gives ${p.outputs.length} variables, the TF.js layer has ${target.length}`);
  }
  const inputs = layer.weights.map((_, i) => ({ data: asFloat32(values.get(i).data), shape: values.get(i).shape }));
  try {
    const out = p.outputs.map((e) => evaluateExpr(e, inputs));
    return { values: out.map((o) => tf.tensor(o.data, o.shape, "float32")), description: `'${layer.name}': ${p.description}` };
  } catch (err) {
    if (err instanceof ExprError) throw new LoadError(`layer '${layer.name}': ${err.message}`);
    throw err;
  }
}
function tfLayer(model, name) {
  try {
    return model.getLayer(name);
  } catch {
    throw new LoadError(`the TF.js model has no layer named '${name}'`);
  }
}
async function loadAssignments(tf, model, definition, artifact, assignments) {
  const groups = groupByLayer(definition, assignments);
  const layers = [...groups];
  const pool = copiesOnWrite(tf) ? new Staging() : void 0;
  const budget = Math.max(0, ...layers.map(([, slot]) => [...slot.values()].reduce((n, v) => n + stagedBytes(v), 0)));
  const queue = new ReadQueue(pool ? budget : void 0);
  const reader = new ValueReader(artifact, assignments, queue, pool ?? (keepsValues(tf) ? new KeptStaging() : void 0));
  Object.assign(loadStats, { direct: 0, staged: 0, peakStagedBytes: 0 });
  const notes = [];
  const untouched = [];
  let assigned = 0;
  const loading = new Set(layers.map(([d]) => d.name));
  for (const l of model.layers) {
    if (!loading.has(l.name)) untouched.push(...l.weights.map((w) => w.originalName));
  }
  const built = new Map(model.layers.map((l) => [l.name, l]));
  const jobs = layers.map(([layer, slot], k) => {
    const conversion = conversionOf(definition, layer, slot);
    const vars = built.get(layer.name)?.weights;
    const job = { layer, slot, conversion, whole: /* @__PURE__ */ new Map(), direct: /* @__PURE__ */ new Map() };
    for (const [i, saved] of slot) {
      const v = vars?.[i];
      const into = pool && !conversion && v && directly(saved, v) && reader.usesOf(saved) === 1 ? heapStorageOf(tf, v) : void 0;
      if (pool && into) {
        const read = new StagedRead(pool, storedAs(saved) === into.dtype);
        const bytes = stagedBytes(saved);
        const values = new Promise((resolve) => {
          queue.add(k, bytes, () => resolve(readSaved(artifact, saved, { staging: read })));
        });
        values.catch(() => void 0);
        job.direct.set(i, { read, values, into, bytes });
      } else {
        const p = reader.read(saved, k);
        p.catch(() => void 0);
        job.whole.set(i, p);
      }
    }
    return job;
  });
  try {
    for (const [k, job] of jobs.entries()) {
      queue.at(k);
      const { layer, slot } = job;
      const target = tfLayer(model, layer.name);
      const described = target.weights.map((v) => ({ shape: v.shape, dtype: v.dtype }));
      const values = /* @__PURE__ */ new Map();
      let plan;
      try {
        if (job.conversion) {
          for (const [i, p] of job.whole) values.set(i, await p);
          plan = converted(tf, layer, job.conversion, values, described);
        } else {
          checkPositional(layer, slot, target);
          for (const [i, d] of job.direct) {
            try {
              await streamInto(d.read, d.values, d.into, slot.get(i), pool);
            } finally {
              queue.done(d.bytes);
            }
            loadStats.direct++;
          }
          for (const [i, p] of job.whole) values.set(i, await p);
          plan = { values: described.map((t, i) => values.has(i) ? tensorOf(tf, values.get(i), t.dtype) : void 0) };
        }
      } finally {
        reader.done(values.values());
      }
      if (plan.values.some((t) => t)) {
        loadStats.staged += plan.values.filter((t) => t).length;
        setLayer(target, layer, slot, plan, job.direct, untouched);
      }
      assigned += slot.size;
      if (plan.description) notes.push(plan.description);
    }
  } finally {
    loadStats.peakStagedBytes = pool?.peakLent ?? 0;
  }
  if (untouched.length) {
    notes.push(`${plural(untouched.length, "variable")} received no value from the file and keep seeded initial values: ${untouched.slice(0, 8).join(", ")}${untouched.length > 8 ? ", \u2026" : ""}`);
  }
  return { assigned, notes };
}
function checkPositional(layer, slot, target) {
  const vars = target.weights;
  if (layer.weights.length !== vars.length) {
    throw new LoadError(`layer '${layer.name}' (${layer.className}): the definition expects ${layer.weights.length} variables (${layer.weights.map((w) => w.name).join(", ")}) but the TF.js layer has ${vars.length}`);
  }
  for (const [i, saved] of slot) {
    const v = vars[i];
    if (!sameShape(saved.shape, v.shape)) {
      throw new LoadError(`layer '${layer.name}' variable ${v.originalName}: TF.js expects ${shapeText(v.shape)}, the assigned value has ${shapeText(saved.shape)} (from ${saved.path})`);
    }
  }
}
function setLayer(target, layer, slot, plan, written, untouched) {
  const vars = target.weights;
  try {
    const current = plan.values.some((t) => !t) ? target.getWeights() : [];
    const filled = [];
    for (const [i, t] of plan.values.entries()) {
      const v = vars[i];
      const kept = current[i];
      if (!v) throw new LoadError(`layer '${layer.name}': ${plan.values.length} values for ${vars.length} TF.js variables`);
      if (t && !sameShape(t.shape, v.shape)) {
        const from = plan.description ? void 0 : slot.get(i);
        throw new LoadError(`layer '${layer.name}' variable ${v.originalName}: TF.js expects ${shapeText(v.shape)}, the assigned value has ${shapeText(t.shape)}${from ? ` (from ${from.path})` : ""}`);
      }
      if (t) filled.push(t);
      else if (kept) {
        if (!written.has(i)) untouched.push(v.originalName);
        filled.push(kept);
      } else {
        throw new LoadError(`layer '${layer.name}' variable ${v.originalName}: TF.js holds no value to keep`);
      }
    }
    target.setWeights(filled);
  } finally {
    for (const t of plan.values) t?.dispose();
  }
}
function storedAs(saved) {
  return saved.quantization ? "quantized" : saved.storedDtype ?? saved.dtype;
}
function directly(saved, v) {
  return (v.dtype === "float32" || v.dtype === "int32") && sameShape(saved.shape, v.shape) && product(saved.shape) > 0;
}
function copiesOnWrite(tf) {
  return tf.getBackend() === "wasm";
}
function keepsValues(tf) {
  return tf.getBackend() === "cpu";
}
function sameShape(a, b) {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

// src/engine/tfjs-config/translation-context.ts
function newContext(generation, tfjs = false) {
  return { generation, tfjs, notes: /* @__PURE__ */ new Set(), blockers: [], halfPrecision: false, removedOps: [] };
}
function entryName(entry) {
  return layerEntryName(entry, asText(isObject(entry) ? entry.class_name : void 0, "?"));
}
function block(ctx, entry, why, code = false) {
  const className = asText(isObject(entry) ? entry.class_name : void 0, "?");
  ctx.blockers.push({ layer: entryName(entry), className, why, ...code ? { code } : {} });
}
function dedupeBlockers(blockers) {
  const seen = /* @__PURE__ */ new Set();
  return blockers.filter((b) => {
    const key = `${b.layer}\0${b.why}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function describeBlockers(blockers) {
  const code = blockers.filter((b) => b.code);
  const parts = blockers.map((b) => `${b.className} '${b.layer}' (${b.why})`);
  const lead = code.length ? "not executed: the model depends on Python code (a Lambda, a custom class or function), which weightgate never runs" : "TF.js 4.22 cannot build this model, even with weightgate's own layers";
  return `${lead}: ${parts.join("; ")}`;
}

// src/engine/tfjs-config/bidirectional-config.ts
function comparable(l) {
  const entry = isObject(l) ? l : {};
  const { name: _n, go_backwards: _g, ...rest } = isObject(entry.config) ? entry.config : {};
  return JSON.stringify({ class_name: entry.class_name, ...rest });
}
function reconcileBackwardLayer(c, entry, ctx) {
  const back = c.backward_layer;
  if (!isObject(back)) return;
  if (!isObject(c.layer) || comparable(back) !== comparable(c.layer)) {
    block(ctx, entry, "a backward_layer configured differently from the forward layer, which TF.js cannot express");
  }
  delete c.backward_layer;
}
function unprefixForwardLayer(c) {
  const inner = editable(editable(c.layer)?.config);
  if (inner && typeof inner.name === "string" && inner.name.startsWith("forward_")) inner.name = inner.name.slice("forward_".length);
}

// src/engine/tfjs-config/dtype-policy.ts
function policyName(v) {
  if (typeof v === "string") return { name: v, quantized: isQuantizedPolicy(v) };
  if (!isObject(v)) return void 0;
  const name = isObject(v.config) ? v.config.name : void 0;
  if (isQuantizedPolicy(v)) return { name: asText(name ?? v.class_name, "?"), quantized: true };
  return typeof name === "string" ? { name, quantized: isQuantizedPolicy(name) } : void 0;
}
function normalizeDtype(c, entry, ctx) {
  if (!("dtype" in c)) return;
  const policy = policyName(c.dtype);
  if (policy === void 0) {
    delete c.dtype;
    return;
  }
  const { name } = policy;
  if (policy.quantized) {
    block(ctx, entry, `quantized dtype policy '${name}'`);
    c.dtype = "float32";
    return;
  }
  if (/float16|bfloat16/.test(name)) {
    ctx.halfPrecision = true;
    ctx.notes.add(`layers with dtype policy '${name}' compute in float16/bfloat16 in Keras but in float32 in TF.js`);
    c.dtype = "float32";
    return;
  }
  if (name === "float64") {
    ctx.notes.add("float64 layers run in float32 in TF.js");
    c.dtype = "float32";
    return;
  }
  if (/^u?int(8|16|64)$/.test(name)) {
    c.dtype = "int32";
    return;
  }
  c.dtype = name;
}

// src/engine/tfjs-config/functional-nodes.ts
function flattenArgs(v, tensors, others) {
  if (isKerasTensor(v)) tensors.push(v);
  else if (Array.isArray(v)) v.forEach((x) => flattenArgs(x, tensors, others));
  else if (isObject(v)) Object.values(v).forEach((x) => flattenArgs(x, tensors, others));
  else if (v !== null && v !== void 0) others.push(v);
}
function isKeras3Node(node) {
  return isObject(node) && ("args" in node || "kwargs" in node);
}
function nodeTensors(node) {
  const tensors = [];
  if (isKeras3Node(node)) flattenArgs(node.args ?? [], tensors, []);
  return tensors;
}
function firstInputLayer(node) {
  if (isKeras3Node(node)) {
    const layer2 = nodeTensors(node)[0]?.config.keras_history[0];
    return typeof layer2 === "string" ? layer2 : void 0;
  }
  const layer = valueAt(node, 0, 0);
  return typeof layer === "string" ? layer : void 0;
}
function historyIndex(v) {
  return typeof v === "object" && v !== null ? Number.NaN : Number(v);
}
function nodeRef(t, kwargs, shiftOf) {
  const [name, nodeIndex, tensorIndex] = t.config.keras_history;
  if (typeof name !== "string") return [name, historyIndex(nodeIndex), historyIndex(tensorIndex), kwargs];
  return [name, historyIndex(nodeIndex) + shiftOf(name), historyIndex(tensorIndex), kwargs];
}
function convertInboundNodes(entry, nestedModels, ctx) {
  const nodes = entry.inbound_nodes;
  if (!Array.isArray(nodes)) return;
  const attention = entry.class_name === "MultiHeadAttention";
  const shiftOf = (layer) => ctx.generation === 3 && nestedModels.get(layer) === "Sequential" ? 1 : 0;
  entry.inbound_nodes = nodes.map((node) => {
    if (!isKeras3Node(node)) return node;
    const tensors = [];
    const others = [];
    flattenArgs(node.args ?? [], tensors, others);
    if (others.length) block(ctx, entry, `called with non-tensor positional arguments (${JSON.stringify(others).slice(0, 60)}), which a TF.js node cannot express`);
    const kwargs = {};
    const byKeyword = {};
    for (const [k, v] of Object.entries(isObject(node.kwargs) ? node.kwargs : {})) {
      if (k === "mask" && (v === null || v === void 0)) continue;
      const inner = [];
      flattenArgs(v, inner, []);
      if (attention && ATTENTION_INPUTS.includes(k) && inner.length === 1 && isKerasTensor(v)) byKeyword[k] = v;
      else if (inner.length) block(ctx, entry, `receives tensor keyword argument '${k}', which a TF.js node cannot express`);
      else kwargs[k] = v;
    }
    if (attention) {
      tensors.splice(0, tensors.length, ...attentionInputs(tensors, byKeyword, entry, ctx));
      moveAttentionArguments(kwargs, entry, ctx);
    }
    return tensors.map((t) => nodeRef(t, kwargs, shiftOf));
  });
}
var ATTENTION_INPUTS = ["query", "value", "key"];
function attentionInputs(positional, byKeyword, entry, ctx) {
  const out = [];
  for (const [i, name] of ATTENTION_INPUTS.entries()) {
    const t = positional[i] ?? byKeyword[name];
    if (positional[i] && byKeyword[name]) block(ctx, entry, `receives '${name}' both by position and by keyword`);
    if (!t) break;
    out.push(t);
  }
  if (out.length < 2) block(ctx, entry, "called without a value tensor");
  else if (out.length !== positional.length + Object.keys(byKeyword).length) {
    block(ctx, entry, "called with tensors TF.js cannot place (a key without a value, or extra positional tensors)");
  }
  return out;
}
function moveAttentionArguments(kwargs, entry, ctx) {
  if ("use_causal_mask" in kwargs) {
    const causal = kwargs.use_causal_mask === true;
    const c = asLayer(entry).config;
    if (c.use_causal_mask !== void 0 && c.use_causal_mask !== causal) block(ctx, entry, "called both with and without use_causal_mask, which one TF.js layer cannot express");
    c.use_causal_mask = causal;
    delete kwargs.use_causal_mask;
  }
  if (kwargs.return_attention_scores === true) block(ctx, entry, "called with return_attention_scores=True (two outputs), which weightgate's MultiHeadAttention does not produce");
  delete kwargs.return_attention_scores;
}
function wrapLayerRefs(refs) {
  if (Array.isArray(refs) && typeof refs[0] === "string") return [refs];
  if (isObject(refs)) return Object.values(refs).map((r) => Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r);
  return refs;
}

// src/engine/tfjs-config/keras1-config-names.ts
var KERAS1_CLASS_NAMES = {
  Convolution1D: "Conv1D",
  AtrousConvolution1D: "Conv1D",
  Convolution2D: "Conv2D",
  AtrousConvolution2D: "Conv2D",
  Convolution3D: "Conv3D",
  SeparableConvolution2D: "SeparableConv2D"
};
var KERAS1_UNSUPPORTED = {
  Merge: "the Keras 1 Merge layer has no TF.js class (Keras 2 split it into Add, Concatenate, \u2026)",
  TimeDistributedDense: "removed after Keras 1; no TF.js class",
  MaxoutDense: "removed after Keras 1; no TF.js class",
  Highway: "removed after Keras 1; no TF.js class",
  SReLU: "removed after Keras 1; no TF.js class",
  ParametricSoftplus: "removed after Keras 1; no TF.js class",
  Deconvolution2D: "Keras 1 takes its output size from the config; not translated"
};
var KERAS1_INITIALIZERS = { one: "ones", zero: "zeros" };
function own(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}
function rename(c, from, to, map = (v) => v) {
  if (from in c) {
    if (!(to in c)) c[to] = map(c[from]);
    delete c[from];
  }
}
function initializer(v) {
  return (typeof v === "string" ? own(KERAS1_INITIALIZERS, v) : void 0) ?? v;
}
function dataFormat(dimOrdering) {
  return isChannelsFirst({ dim_ordering: dimOrdering }) ? "channels_first" : "channels_last";
}
function translateKeras1Layer(entry, ctx) {
  const cls = asText(entry.class_name, "undefined");
  const unsupported = own(KERAS1_UNSUPPORTED, cls);
  if (unsupported) {
    block(ctx, entry, unsupported);
    return;
  }
  const layer = asLayer(entry);
  const c = layer.config;
  const renamed = own(KERAS1_CLASS_NAMES, cls);
  if (renamed) layer.class_name = renamed;
  const to = renamed ?? cls;
  if (typeof c.name !== "string" && typeof entry.name === "string") c.name = entry.name;
  if (to !== "Embedding") rename(c, "output_dim", "units");
  rename(c, "init", to === "Embedding" ? "embeddings_initializer" : "kernel_initializer", initializer);
  rename(c, "inner_init", "recurrent_initializer");
  rename(c, "inner_activation", "recurrent_activation");
  rename(c, "bias", "use_bias");
  rename(c, "dropout_W", "dropout");
  rename(c, "dropout_U", "recurrent_dropout");
  if ("forget_bias_init" in c) {
    c.unit_forget_bias = c.forget_bias_init === "one";
    delete c.forget_bias_init;
  }
  delete c.consume_less;
  rename(c, "nb_filter", "filters");
  if ("nb_row" in c || "nb_col" in c) {
    c.kernel_size = [c.nb_row, c.nb_col];
    delete c.nb_row;
    delete c.nb_col;
  }
  if ("kernel_dim1" in c) {
    c.kernel_size = [c.kernel_dim1, c.kernel_dim2, c.kernel_dim3];
    delete c.kernel_dim1;
    delete c.kernel_dim2;
    delete c.kernel_dim3;
  }
  rename(c, "filter_length", "kernel_size");
  rename(c, "border_mode", "padding");
  rename(c, "subsample_length", "strides");
  rename(c, "subsample", "strides");
  rename(c, "atrous_rate", "dilation_rate");
  rename(c, "pool_length", "pool_size");
  if (/Pooling1D$/.test(to)) rename(c, "stride", "strides");
  rename(c, "dim_ordering", "data_format", dataFormat);
  if (to === "Dropout" || /Dropout/.test(to)) rename(c, "p", "rate");
  if (to === "GRU") c.reset_after = false;
  if (to === "BatchNormalization" && (c.mode ?? 0) !== 0) block(ctx, entry, `Keras 1 BatchNormalization mode=${asText(c.mode, "")} (only mode 0 exists later)`);
  for (const k of ["mode", "gamma_init", "beta_init", "input_dtype", "W_learning_rate_multiplier", "b_learning_rate_multiplier"]) delete c[k];
  if (to !== "Embedding") {
    delete c.input_dim;
    delete c.input_length;
  }
  ctx.notes.add("Keras 1 layer configs were translated to Keras 2 names (as tf-keras loads them)");
}

// src/engine/tfjs-config/tfjs-support-tables.ts
var TFJS_LAYER_CLASSES = /* @__PURE__ */ new Set([
  ...`Activation Add AlphaDropout Average AveragePooling1D
  AveragePooling2D AveragePooling3D BatchNormalization Bidirectional CategoryEncoding CenterCrop Concatenate Conv1D Conv2D
  Conv2DTranspose Conv3D Conv3DTranspose ConvLSTM2D ConvLSTM2DCell Cropping2D Dense DepthwiseConv2D Dot Dropout ELU
  Embedding Flatten GRU GRUCell GaussianDropout GaussianNoise GlobalAveragePooling1D GlobalAveragePooling2D
  GlobalMaxPooling1D GlobalMaxPooling2D InputLayer LSTM LSTMCell LayerNormalization LeakyReLU Masking MaxPooling1D
  MaxPooling2D MaxPooling3D Maximum Minimum Multiply PReLU Permute RNN RandomWidth ReLU RepeatVector Rescaling Reshape
  Resizing SeparableConv2D SimpleRNN SimpleRNNCell Softmax SpatialDropout1D StackedRNNCells ThresholdedReLU
  TimeDistributed UpSampling2D ZeroPadding2D`.split(/\s+/).filter(Boolean),
  ...MODEL_CLASSES
]);
var CODE_CLASSES = /* @__PURE__ */ new Set([
  "Lambda",
  "TFOpLambda",
  "SlicingOpLambda",
  "TorchModuleWrapper",
  "JaxLayer",
  "FlaxLayer",
  "TFSMLayer"
]);
var WEIGHTGATE_CLASSES = new Set(WEIGHTGATE_LAYER_CLASSES);
function knownToTfjs(className) {
  return TFJS_LAYER_CLASSES.has(className) || WEIGHTGATE_CLASSES.has(className) || CODE_CLASSES.has(className);
}
var TFJS_ACTIVATIONS = /* @__PURE__ */ new Set([
  "elu",
  "gelu",
  "gelu_new",
  "hard_sigmoid",
  "hardSigmoid",
  "linear",
  "log_softmax",
  "logSoftmax",
  "mish",
  "relu",
  "relu6",
  "selu",
  "sigmoid",
  "softmax",
  "softplus",
  "softsign",
  "swish",
  "tanh"
]);
var INFERENCE_IDENTITY = new Set([...INFERENCE_IDENTITY_CLASSES].filter((c) => !TFJS_LAYER_CLASSES.has(c)));

// src/engine/tfjs-config/layer-arguments.ts
function normalizeInputLayer(c, entry, ctx) {
  if (Array.isArray(c.batch_shape) && !Array.isArray(c.batch_input_shape)) c.batch_input_shape = c.batch_shape;
  delete c.batch_shape;
  if (!Array.isArray(c.batch_input_shape) && Array.isArray(c.input_shape)) c.batch_input_shape = [null, ...c.input_shape];
  delete c.input_shape;
  if (c.sparse === true) block(ctx, entry, "sparse inputs");
  if (c.ragged === true) block(ctx, entry, "ragged inputs");
  delete c.sparse;
  delete c.ragged;
  delete c.optional;
}
var ACTIVATION_KEYS = ["activation", "recurrent_activation"];
function activationName(v) {
  if (v === null || v === void 0) return null;
  if (typeof v === "string") return v;
  if (isObject(v) && typeof v.config === "string" && typeof v.module === "string" && v.module.startsWith("keras")) return v.config;
  return void 0;
}
function renameActivations(c, entry, ctx) {
  for (const key of ACTIVATION_KEYS) {
    if (!(key in c)) continue;
    const name = activationName(c[key]);
    if (name === null) continue;
    if (name === void 0) {
      block(ctx, entry, `${key} is a custom function, whose code is not in the file`, true);
      continue;
    }
    if (name === "silu") {
      c[key] = "swish";
      continue;
    }
    if (ctx.generation === 3 && name === "hard_sigmoid") {
      block(ctx, entry, `${key} 'hard_sigmoid' means relu6(x+3)/6 in Keras 3 but clip(0.2x+0.5, 0, 1) in TF.js`);
      continue;
    }
    if (!TFJS_ACTIVATIONS.has(name)) {
      block(ctx, entry, `${key} '${name}' is not a TF.js activation`);
      continue;
    }
    c[key] = name;
  }
}
function replaceInferenceIdentity(entry, ctx) {
  const cls = asText(entry.class_name, "undefined");
  if (!INFERENCE_IDENTITY.has(cls)) return;
  const old = editable(entry.config);
  const name = old?.name ?? entry.name;
  entry.class_name = "Activation";
  entry.config = { name, trainable: old?.trainable ?? true, activation: "linear" };
  ctx.notes.add(`${cls} layers run as identity (what they compute at inference; TF.js has no such class)`);
}
function translateCudnnLayer(entry, ctx) {
  const cls = asText(entry.class_name, "");
  const cpu = Object.hasOwn(CUDNN_CPU_CLASS, cls) ? CUDNN_CPU_CLASS[cls] : void 0;
  if (!cpu) return;
  const layer = asLayer(entry);
  layer.class_name = cpu.className;
  Object.assign(layer.config, cpu.config);
  ctx.notes.add(`${cls} layers are built as ${cpu.className} (the same maths on CPU), with the CuDNN weights converted as tf-keras converts them`);
}
function translateKeras3Arguments(entry, ctx) {
  const c = asLayer(entry).config;
  const cls = asText(entry.class_name, "undefined");
  if (cls === "LeakyReLU" && "negative_slope" in c) {
    c.alpha = c.negative_slope;
    delete c.negative_slope;
  }
  if (cls === "ReLU") {
    if ((c.negative_slope ?? 0) !== 0 || (c.threshold ?? 0) !== 0) block(ctx, entry, "negative_slope/threshold, which TF.js ReLU does not support");
    delete c.negative_slope;
    delete c.threshold;
  }
  if (cls === "MultiHeadAttention") checkAttentionOptions(c, entry, ctx);
  if ((cls === "GRU" || cls === "GRUCell") && c.reset_after === void 0) c.reset_after = gruResetAfter(c, ctx);
  if (typeof c.groups === "number" && c.groups !== 1) block(ctx, entry, `groups=${c.groups}, which TF.js ignores (the kernel shape would differ)`);
  if (cls === "LayerNormalization" && c.rms_scaling === true) block(ctx, entry, "rms_scaling=True, which TF.js ignores (different maths)");
  if (cls === "BatchNormalization" && c.renorm === true) block(ctx, entry, "renorm=True");
  if (c.lora_rank !== void 0 && c.lora_rank !== null) block(ctx, entry, `LoRA (lora_rank=${asText(c.lora_rank, "")}), which adds variables TF.js does not have`);
  if (/Transpose/.test(cls) && c.output_padding !== void 0 && c.output_padding !== null) block(ctx, entry, "output_padding, which TF.js does not support");
  if (c.implementation === 0) delete c.implementation;
  for (const k of ["lora_rank", "lora_alpha", "quantization_config", "synchronized", "renorm", "renorm_clipping", "renorm_momentum"]) delete c[k];
}
function checkAttentionOptions(c, entry, ctx) {
  if (c.use_gate === true) block(ctx, entry, "use_gate=True (gated attention), which weightgate's MultiHeadAttention does not compute");
  if (c.sliding_window !== void 0 && c.sliding_window !== null) block(ctx, entry, `sliding_window=${JSON.stringify(c.sliding_window)}, which weightgate's MultiHeadAttention does not compute`);
  if (Array.isArray(c.output_shape) && c.output_shape.length !== 1) block(ctx, entry, `a multi-dimensional output_shape ${JSON.stringify(c.output_shape)}`);
  const axes = typeof c.attention_axes === "number" ? [c.attention_axes] : c.attention_axes;
  if (Array.isArray(axes) && !axes.every((a, i) => a === i + 1)) block(ctx, entry, `attention_axes ${JSON.stringify(c.attention_axes)} (attention over some inner axes only)`);
}
function dropTrainingOnlyKeys(c, ctx) {
  for (const k of Object.keys(c)) {
    if (k.endsWith("_regularizer")) delete c[k];
    if (k.endsWith("_constraint")) {
      if (c[k] !== null && c[k] !== void 0) ctx.notes.add("weight constraints were dropped: TF.js applies them when weights are written, Keras does not");
      delete c[k];
    }
  }
}
var KERAS3_WRAPPER_KEYS = ["module", "registered_name", "build_config", "compile_config", "shared_object_id"];
function stripKeras3Keys(v) {
  if (Array.isArray(v)) v.forEach(stripKeras3Keys);
  else {
    const o = editable(v);
    if (!o) return;
    for (const k of KERAS3_WRAPPER_KEYS) delete o[k];
    Object.values(o).forEach(stripKeras3Keys);
  }
}

// src/engine/tfjs-config/layer-support-check.ts
var KERAS_MODULE = /^keras(\.|$)|^tf_keras|^tensorflow/;
function flagCustomClass(entry, ctx) {
  const cls = asText(entry.class_name, "undefined");
  if (CODE_CLASSES.has(cls)) {
    block(ctx, entry, "its config holds Python code, which is never executed", true);
    return;
  }
  const { module, registered_name: registered } = entry;
  const custom = typeof registered === "string" && registered !== cls && registered.includes(">") || typeof module === "string" && !KERAS_MODULE.test(module);
  if (custom && !isOpNode(entry)) {
    block(ctx, entry, `a custom class${registered ? ` registered as '${asText(registered, "")}'` : ""}: its code is not in the file`, true);
  }
}
function checkTfjsSupport(entry, ctx) {
  const cls = asText(entry.class_name, "undefined");
  if (knownToTfjs(cls)) return;
  const name = entryName(entry);
  if (ctx.blockers.some((b) => b.layer === name && b.code)) return;
  const why = cls === "Identity" ? "tfjs resolves the name to the Identity initializer, not a layer" : "no TF.js 4.22 layer of this class";
  block(ctx, entry, why);
}

// src/engine/tfjs-config/mask-ops.ts
function removeMaskOps(cfg, ctx) {
  const layers = arrayAt(cfg, "layers") ?? [];
  const ops = layers.filter(isOpNode);
  if (!ops.length) return;
  const removable = /* @__PURE__ */ new Set();
  const carriers = maskCarriers(layers);
  for (const op of ops) {
    const why = maskOpProblem(op, layers);
    if (why) block(ctx, op, why);
    else removable.add(entryName(op));
  }
  if (!removable.size) return;
  ctx.removedOps.push(...removable);
  const kept = layers.filter((l) => !removable.has(entryName(l)));
  cfg.layers = kept;
  for (const l of kept) {
    for (const node of arrayAt(l, "inbound_nodes") ?? []) {
      if (!isKeras3Node(node)) continue;
      const kwargs = editable(node.kwargs);
      const mask = kwargs?.mask;
      if (kwargs && isKerasTensor(mask) && removable.has(asText(mask.config.keras_history[0], ""))) {
        const why = maskConsumerProblem(l, node, carriers);
        if (why) block(ctx, l, why);
        delete kwargs.mask;
      }
      if (nodeTensors(node).some((t) => removable.has(asText(t.config.keras_history[0], "")))) {
        block(ctx, l, "consumes the output of a Keras op node as a tensor, which TF.js cannot compute");
      }
    }
  }
  ctx.notes.add(`Keras 3 mask op node${removable.size > 1 ? "s" : ""} ${[...removable].map((n) => `'${n}'`).join(", ")} dropped: TF.js' Embedding(mask_zero) computes the same mask`);
}
var MASK_CONSUMERS = /* @__PURE__ */ new Set(["LSTM", "GRU", "SimpleRNN", "RNN", "Bidirectional"]);
var MASK_PRESERVERS = /* @__PURE__ */ new Set([
  "Dropout",
  "SpatialDropout1D",
  "Dense",
  "Activation",
  "BatchNormalization",
  "LayerNormalization",
  "ReLU",
  "PReLU",
  "GaussianNoise",
  "GaussianDropout",
  "AlphaDropout",
  "TimeDistributed"
]);
function recurrentConfig(l) {
  return valueAt(l, "class_name") === "Bidirectional" ? valueAt(l, "config", "layer", "config") : valueAt(l, "config");
}
function returnsSequences(l) {
  return valueAt(recurrentConfig(l), "return_sequences") === true;
}
function maskCarriers(layers) {
  const out = /* @__PURE__ */ new Map();
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of layers) {
      if (!isObject(l) || out.has(entryName(l))) continue;
      const nodes = arrayAt(l, "inbound_nodes");
      if (nodes?.length !== 1) continue;
      const from = firstInputLayer(nodes[0]);
      const cls = asText(l.class_name, "");
      let source;
      if (cls === "Embedding" && valueAt(l, "config", "mask_zero") === true) source = entryName(l);
      else if (from && out.has(from) && (MASK_PRESERVERS.has(cls) || MASK_CONSUMERS.has(cls) && returnsSequences(l))) source = out.get(from);
      if (source) {
        out.set(entryName(l), source);
        grew = true;
      }
    }
  }
  return out;
}
function maskConsumerProblem(l, node, carriers) {
  const cls = asText(valueAt(l, "class_name"), "undefined");
  if (!MASK_CONSUMERS.has(cls)) return `receives the padding mask as an argument; TF.js ${cls} would not apply it as Keras does`;
  const from = firstInputLayer(node);
  if (!from || !carriers.has(from)) {
    return "receives the padding mask as an argument, but its input does not carry that mask in TF.js (TF.js hands masks along the tensors, not as arguments)";
  }
  const rnn = recurrentConfig(l);
  if (valueAt(rnn, "zero_output_for_mask") === true && valueAt(rnn, "return_sequences") === true) {
    return "zero_output_for_mask=True: Keras writes zeros at masked steps, TF.js repeats the previous output";
  }
  return void 0;
}
function nodeInputLayers(node) {
  if (isKeras3Node(node)) return nodeTensors(node).map((t) => t.config.keras_history[0]);
  return Array.isArray(node) ? node.map((r) => valueAt(r, 0)) : [];
}
function checkAttentionMasks(layers, ctx) {
  const carriers = maskCarriers(layers);
  if (!carriers.size) return;
  for (const l of layers) {
    const nodes = arrayAt(l, "inbound_nodes");
    if (valueAt(l, "class_name") !== "MultiHeadAttention" || !nodes) continue;
    const masked = nodes.some((node) => nodeInputLayers(node).some((r) => typeof r === "string" && carriers.has(r)));
    if (masked) block(ctx, l, `attends over inputs that carry the padding mask of Embedding '${[...new Set(carriers.values())].join("', '")}', which weightgate's MultiHeadAttention does not apply`);
  }
}
function maskOpProblem(op, layers) {
  const module = valueAt(op, "module");
  const what = `Keras op node${module ? ` from ${asText(module, "")}` : ""}`;
  if (valueAt(op, "class_name") !== "NotEqual") return `${what}; TF.js has no such layer`;
  const node = arrayAt(op, "inbound_nodes")?.[0];
  const args = isKeras3Node(node) ? arrayAt(node, "args") ?? [] : [];
  const [source, value] = args;
  if (!isKerasTensor(source) || value !== 0) return `${what} that is not a padding mask (NotEqual(ids, 0))`;
  const src = JSON.stringify(source.config.keras_history);
  const fedEmbedding = layers.some((l) => valueAt(l, "class_name") === "Embedding" && valueAt(l, "config", "mask_zero") === true && nodeTensors(valueAt(l, "inbound_nodes", 0)).some((t) => JSON.stringify(t.config.keras_history) === src));
  return fedEmbedding ? void 0 : `${what}: a mask over ids that feed no Embedding(mask_zero=True), which TF.js cannot rebuild`;
}

// src/engine/tfjs-config/sequential-input-shape.ts
function keras1InputShape(entry) {
  if (!isObject(entry) || !isObject(entry.config)) return void 0;
  const c = entry.config;
  if (entry.class_name === "Embedding") return "input_length" in c ? [null, c.input_length ?? null] : void 0;
  if (typeof c.input_dim !== "number") return void 0;
  return "input_length" in c ? [null, c.input_length ?? null, c.input_dim] : [null, c.input_dim];
}
function builtInputShape(entry) {
  if (!isObject(entry) || !isObject(entry.build_config)) return void 0;
  const s = entry.build_config.input_shape;
  return Array.isArray(s) && s.every((d) => d === null || typeof d === "number") ? s : void 0;
}
function injectSequentialInputShape(cfg, firstBuilt, ctx) {
  const first = editable(cfg.layers[0]);
  const buildShape = cfg.build_input_shape;
  delete cfg.build_input_shape;
  if (!first || first.class_name === "InputLayer") return;
  const fc = asLayer(first).config;
  if (Array.isArray(fc.batch_input_shape)) return;
  const shape = Array.isArray(buildShape) ? buildShape : firstBuilt;
  if (shape) {
    fc.batch_input_shape = shape;
    ctx.notes.add("the Sequential input shape was taken from the shape Keras recorded for building it (build_input_shape, build_config or the first layer's input_dim)");
  } else if (!Array.isArray(fc.input_shape)) {
    block(ctx, first, "the Sequential model declares no input shape, so TF.js cannot build it");
  }
}
function dropStaleInputShapes(layers, functional) {
  layers.forEach((l, i) => {
    const c = editable(editable(l)?.config);
    if (!c || valueOfClass(l) === "InputLayer" || !functional && i === 0) return;
    delete c.batch_input_shape;
    delete c.input_shape;
    delete c.batch_size;
  });
}
function valueOfClass(l) {
  return isObject(l) ? l.class_name : void 0;
}

// src/engine/tfjs-config/model-translation.ts
function isModelEntry(entry) {
  return isNestedModel(typeof entry.class_name === "string" ? entry.class_name : "", entry.config);
}
function asModel(entry) {
  if (Array.isArray(entry.config)) entry.config = { name: entry.name ?? "sequential", layers: entry.config };
  const given = editable(entry.config) ?? {};
  const config = Object.assign(given, { layers: editableList(given.layers) ?? [] });
  return Object.assign(entry, { config });
}
function nestedModelClasses(layers) {
  const out = /* @__PURE__ */ new Map();
  for (const l of layers) if (isObject(l) && isModelEntry(l)) out.set(entryName(l), asText(l.class_name, "undefined"));
  return out;
}
function translateModel(entry, ctx) {
  const model = asModel(entry);
  const cfg = model.config;
  const functional = model.class_name !== "Sequential";
  if (functional) {
    checkAttentionMasks(cfg.layers, ctx);
    removeMaskOps(cfg, ctx);
  }
  const layers = editableList(cfg.layers) ?? [];
  cfg.layers = layers;
  const firstBuilt = builtInputShape(layers[0]) ?? keras1InputShape(layers[0]);
  const nested = nestedModelClasses(layers);
  for (const layer of layers) {
    const l = editable(layer);
    if (!l) continue;
    translateLayer(l, ctx);
    if (functional) convertInboundNodes(l, nested, ctx);
  }
  dropStaleInputShapes(layers, functional);
  if (functional) {
    cfg.input_layers = wrapLayerRefs(cfg.input_layers);
    cfg.output_layers = wrapLayerRefs(cfg.output_layers);
  } else {
    injectSequentialInputShape(cfg, firstBuilt, ctx);
  }
  delete cfg.dtype;
  stripKeras3Keys(model);
  return model;
}
function nestedLayerEntries(c) {
  const out = [];
  const isEntry = (x) => isObject(x) && typeof x.class_name === "string";
  for (const key of ["layer", "backward_layer", "cell"]) {
    const v = c[key];
    if (isEntry(v)) out.push(v);
    if (Array.isArray(v)) out.push(...v.filter(isEntry));
  }
  const cells = editable(editable(c.cell)?.config)?.cells;
  if (Array.isArray(cells)) out.push(...cells.filter(isEntry));
  return out;
}
function translateLayer(entry, ctx) {
  if (isModelEntry(entry)) {
    translateModel(entry, ctx);
    return;
  }
  flagCustomClass(asLayer(entry), ctx);
  if (ctx.generation === 1) translateKeras1Layer(entry, ctx);
  translateCudnnLayer(entry, ctx);
  replaceInferenceIdentity(entry, ctx);
  const c = asLayer(entry).config;
  normalizeDtype(c, entry, ctx);
  if (entry.class_name === "InputLayer") normalizeInputLayer(c, entry, ctx);
  renameActivations(c, entry, ctx);
  translateKeras3Arguments(entry, ctx);
  dropTrainingOnlyKeys(c, ctx);
  for (const inner of nestedLayerEntries(c)) translateLayer(inner, ctx);
  if (entry.class_name === "Bidirectional") {
    reconcileBackwardLayer(c, entry, ctx);
    if (ctx.generation === 3) unprefixForwardLayer(c);
  }
  checkTfjsSupport(entry, ctx);
  stripKeras3Keys(entry);
}

// src/engine/normalize-config.ts
function normalizeConfig(model, generation, tfjs = false) {
  const ctx = newContext(generation, tfjs);
  const root = structuredClone(unwrapModelConfig(model));
  if (!isModelEntry(root)) {
    block(ctx, root, `'${asText(root.class_name, String(root.class_name))}' is not a Sequential or functional model config (a subclassed model's layers live in Python code)`, true);
    return finish(asModel(root), ctx);
  }
  return finish(translateModel(root, ctx), ctx);
}
function finish(config, ctx) {
  return { config, notes: [...ctx.notes], blockers: dedupeBlockers(ctx.blockers), halfPrecision: ctx.halfPrecision, removedOps: ctx.removedOps };
}

// src/engine/row-stream.ts
var ROW_STREAM_MAX_ROWS = 16;
var CHUNK = 64;
var I32 = 127;
var F32 = 125;
var V128 = 123;
function uleb(n) {
  const out = [];
  do {
    let byte = n & 127;
    n >>>= 7;
    if (n) byte |= 128;
    out.push(byte);
  } while (n);
  return out;
}
function sleb(n) {
  const out = [];
  for (; ; ) {
    const byte = n & 127;
    n >>= 7;
    if (n === 0 && !(byte & 64) || n === -1 && byte & 64) return [...out, byte];
    out.push(byte | 128);
  }
}
var str = (s) => [...uleb(s.length), ...Buffer.from(s, "latin1")];
var vec = (items) => [...uleb(items.length), ...items.flat()];
var section = (id, body) => [id, ...uleb(body.length), ...body];
var get = (i) => [32, ...uleb(i)];
var set = (i) => [33, ...uleb(i)];
var i32 = (n) => [65, ...sleb(n)];
var add = [106];
var and = [113];
var shl = [116];
var geU = [79];
var f32load = [42, 2, 0];
var f32store = [56, 2, 0];
var f32mul = [148];
var f32add = [146];
var simd = (op) => [253, ...uleb(op)];
var v128load = [...simd(0), 2, 0];
var v128store = [...simd(11), 2, 0];
var splat = simd(19);
var f4add = simd(228);
var f4mul = simd(230);
var loopUntil = (exitIf, body) => [2, 64, 3, 64, ...exitIf, 13, 1, ...body, 12, 0, 11, 11];
function axpy4() {
  const [y, w, stride, n, j, end4, end, w1, w2, w3] = [0, 1, 2, 3, 8, 9, 10, 11, 12, 13];
  const x = [4, 5, 6, 7], s = [14, 15, 16, 17];
  const rows = [w, w1, w2, w3];
  const at = (base) => [...get(base), ...get(j), ...add];
  const simdTerm = (k) => [...get(s[k]), ...at(rows[k]), ...v128load, ...f4mul];
  const scalarTerm = (k) => [...get(x[k]), ...at(rows[k]), ...f32load, ...f32mul];
  const body = [
    ...get(w),
    ...get(stride),
    ...add,
    ...set(w1),
    ...get(w1),
    ...get(stride),
    ...add,
    ...set(w2),
    ...get(w2),
    ...get(stride),
    ...add,
    ...set(w3),
    ...x.flatMap((xi, k) => [...get(xi), ...splat, ...set(s[k])]),
    ...get(n),
    ...i32(2),
    ...shl,
    ...set(end),
    ...get(end),
    ...i32(-16),
    ...and,
    ...set(end4),
    // four lanes at a time: y += (s0·w0 + s1·w1) + (s2·w2 + s3·w3)
    ...loopUntil([...get(j), ...get(end4), ...geU], [
      ...at(y),
      ...at(y),
      ...v128load,
      ...simdTerm(0),
      ...simdTerm(1),
      ...f4add,
      ...simdTerm(2),
      ...simdTerm(3),
      ...f4add,
      ...f4add,
      ...f4add,
      ...v128store,
      ...get(j),
      ...i32(16),
      ...add,
      ...set(j)
    ]),
    // the last n mod 4 columns, in the same order
    ...loopUntil([...get(j), ...get(end), ...geU], [
      ...at(y),
      ...at(y),
      ...f32load,
      ...scalarTerm(0),
      ...scalarTerm(1),
      ...f32add,
      ...scalarTerm(2),
      ...scalarTerm(3),
      ...f32add,
      ...f32add,
      ...f32add,
      ...f32store,
      ...get(j),
      ...i32(4),
      ...add,
      ...set(j)
    ])
  ];
  const locals = vec([[6, I32], [4, V128]]);
  return [...locals, ...body, 11];
}
function axpy1() {
  const [y, w, n, x0, j, end4, end, s0] = [0, 1, 2, 3, 4, 5, 6, 7];
  const at = (base) => [...get(base), ...get(j), ...add];
  const body = [
    ...get(x0),
    ...splat,
    ...set(s0),
    ...get(n),
    ...i32(2),
    ...shl,
    ...set(end),
    ...get(end),
    ...i32(-16),
    ...and,
    ...set(end4),
    ...loopUntil([...get(j), ...get(end4), ...geU], [
      ...at(y),
      ...at(y),
      ...v128load,
      ...get(s0),
      ...at(w),
      ...v128load,
      ...f4mul,
      ...f4add,
      ...v128store,
      ...get(j),
      ...i32(16),
      ...add,
      ...set(j)
    ]),
    ...loopUntil([...get(j), ...get(end), ...geU], [
      ...at(y),
      ...at(y),
      ...f32load,
      ...get(x0),
      ...at(w),
      ...f32load,
      ...f32mul,
      ...f32add,
      ...f32store,
      ...get(j),
      ...i32(4),
      ...add,
      ...set(j)
    ])
  ];
  const locals = vec([[3, I32], [1, V128]]);
  return [...locals, ...body, 11];
}
function rowStreamModuleBytes() {
  const functype = (params) => [96, ...vec(params.map((p) => [p])), 0];
  const bodies = [axpy4(), axpy1()];
  return Uint8Array.from([
    0,
    97,
    115,
    109,
    1,
    0,
    0,
    0,
    ...section(1, vec([functype([I32, I32, I32, I32, F32, F32, F32, F32]), functype([I32, I32, I32, F32])])),
    ...section(2, vec([[...str("env"), ...str("memory"), 2, 0, 0]])),
    ...section(3, vec([[0], [1]])),
    ...section(7, vec([[...str("axpy4"), 0, 0], [...str("axpy1"), 0, 1]])),
    ...section(10, vec(bodies.map((b) => [...uleb(b.length), ...b])))
  ]);
}
var wasmApi = globalThis.WebAssembly;
var compiled;
var instances = /* @__PURE__ */ new WeakMap();
var enabled = true;
var maxRows = ROW_STREAM_MAX_ROWS;
var used = { products: 0 };
function rowStreamFor(backend) {
  if (!enabled || !wasmApi) return void 0;
  const memory = backend.wasm?.asm?.memory;
  if (!(memory instanceof wasmApi.Memory)) return void 0;
  if (typeof SharedArrayBuffer !== "undefined" && memory.buffer instanceof SharedArrayBuffer) return void 0;
  let exports = instances.get(memory);
  if (!exports) {
    if (compiled === void 0) {
      const bytes = rowStreamModuleBytes();
      compiled = wasmApi.validate(bytes) ? new wasmApi.Module(bytes) : null;
    }
    if (!compiled) return void 0;
    exports = new wasmApi.Instance(compiled, { env: { memory } }).exports;
    instances.set(memory, exports);
  }
  return { memory, exports };
}
var batchOf = (s) => s.slice(0, -2).reduce((x, y) => x * y, 1);
function rowStreamProduct(backend, a, b, bias) {
  if (a.dtype !== "float32" || b.dtype !== "float32" || a.shape.length < 2 || b.shape.length < 2) return void 0;
  if (batchOf(a.shape) !== 1 || batchOf(b.shape) !== 1) return void 0;
  const rows = a.shape[a.shape.length - 2], k = a.shape[a.shape.length - 1], n = b.shape[b.shape.length - 1];
  if (b.shape[b.shape.length - 2] !== k || rows < 1 || rows > maxRows || k < 1 || n < 1) return void 0;
  if (bias && (bias.dtype !== "float32" || bias.shape.length !== 1 || bias.shape[0] !== n)) return void 0;
  const be = backend;
  const offset = (t) => be.dataIdMap?.get(t.dataId)?.memoryOffset;
  const [aAt, bAt, biasAt] = [offset(a), offset(b), bias ? offset(bias) : 0];
  if (typeof aAt !== "number" || typeof bAt !== "number" || typeof biasAt !== "number" || !aAt || !bAt || bias && !biasAt) return void 0;
  const stream = rowStreamFor(backend);
  if (!stream) return void 0;
  const rank = Math.max(a.shape.length, b.shape.length);
  const out = be.makeOutput([...Array(rank - 2).fill(1), rows, n], "float32");
  const yAt = offset(out);
  if (typeof yAt !== "number" || !yAt) {
    be.disposeData(out.dataId);
    return void 0;
  }
  const scratch = k > CHUNK ? be.makeOutput([rows, n], "float32") : void 0;
  const tAt = scratch ? offset(scratch) : yAt;
  try {
    if (typeof tAt !== "number" || !tAt) {
      be.disposeData(out.dataId);
      return void 0;
    }
    const heap = new Float32Array(stream.memory.buffer);
    for (let r = 0; r < rows; r++) {
      const y = yAt / 4 + r * n;
      if (bias) heap.copyWithin(y, biasAt / 4, biasAt / 4 + n);
      else heap.fill(0, y, y + n);
    }
    const { axpy4: axpy42, axpy1: axpy12 } = stream.exports;
    const rowBytes = n * 4;
    const x = aAt / 4;
    for (let c = 0; c < k; c += CHUNK) {
      const end = Math.min(k, c + CHUNK);
      if (scratch) heap.fill(0, tAt / 4, tAt / 4 + rows * n);
      let i = c;
      for (; i + 4 <= end; i += 4) {
        const w = bAt + i * rowBytes;
        for (let r = 0; r < rows; r++) {
          const xr = x + r * k + i;
          axpy42(tAt + r * rowBytes, w, rowBytes, n, heap[xr], heap[xr + 1], heap[xr + 2], heap[xr + 3]);
        }
      }
      for (; i < end; i++) {
        for (let r = 0; r < rows; r++) axpy12(tAt + r * rowBytes, bAt + i * rowBytes, n, heap[x + r * k + i]);
      }
      if (scratch) for (let r = 0; r < rows; r++) axpy12(yAt + r * rowBytes, tAt + r * rowBytes, n, 1);
    }
  } finally {
    if (scratch) be.disposeData(scratch.dataId);
  }
  used.products++;
  return out;
}

// src/engine/packing-free.ts
var MARK2 = /* @__PURE__ */ Symbol.for("weightgate.packing-free-matmul");
var PACKING_FREE_MAX_ROWS = 16;
var PACKING_FREE_MAX_CONV_ROWS = 4;
var BAND_VALUES = 4 * 2 ** 20;
var forced = false;
function setPackingFree(always) {
  forced = always;
}
var taken = { matMul: 0, conv2d: 0, depthwise: 0 };
var ACTIVATIONS = /* @__PURE__ */ new Set(["linear", "relu", "relu6", "sigmoid", "elu", "leakyrelu", "prelu"]);
var batchOf2 = (s) => s.slice(0, -2).reduce((x, y) => x * y, 1);
function takesProduct(a, b, attrs) {
  if (attrs.transposeA || attrs.transposeB) return false;
  if (a.dtype !== "float32" || b.dtype !== "float32" || batchOf2(a.shape) !== 1 || batchOf2(b.shape) !== 1) return false;
  return forced || (a.shape[a.shape.length - 2] ?? 1) <= PACKING_FREE_MAX_ROWS;
}
function takesConv(x, filter, info, inputs, attrs, isDepthwise, backend) {
  if (x.dtype !== "float32" || filter.dtype !== "float32" || x.shape.length !== 4 || filter.shape.length !== 4) return false;
  if (info.dataFormat !== "channelsLast" || !ACTIVATIONS.has(attrs.activation ?? "linear")) return false;
  if (inputs.bias && inputs.bias.shape.length !== 1) return false;
  if (!(info.batchSize > 0 && info.outHeight > 0 && info.outWidth > 0 && info.inChannels > 0 && info.outChannels > 0)) return false;
  const rows = info.batchSize * info.outHeight * info.outWidth;
  if (forced || rows <= PACKING_FREE_MAX_CONV_ROWS) return true;
  return !isDepthwise && rows <= ROW_STREAM_MAX_ROWS && rowStreamFor(backend) !== void 0;
}
function swapLastTwo(rank) {
  const perm = Array.from({ length: rank }, (_, i) => i);
  return [...perm.slice(0, -2), rank - 1, rank - 2];
}
function installPackingFree(tf) {
  const core = tf.getKernel;
  if (core[MARK2]) return false;
  const names = ["BatchMatMul", "_FusedMatMul", "Conv2D", "FusedConv2D", "DepthwiseConv2dNative", "FusedDepthwiseConv2D"];
  const original = /* @__PURE__ */ new Map();
  for (const name of names) {
    const k = tf.getKernel(name, "wasm");
    if (!k) return false;
    original.set(name, k);
  }
  const used2 = ["Transpose", "Add", "Multiply", "PadV2", "StridedSlice", "Slice", "Concat", "Reshape"];
  if (used2.some((name) => !tf.getKernel(name, "wasm"))) return false;
  const { computeConv2DInfo, convertConv2DDataFormat } = tf.backend_util;
  const kernels = (backend) => {
    const run = (name, inputs, attrs = {}) => {
      const k = original.get(name) ?? tf.getKernel(name, "wasm");
      if (!k) throw new Error(`the WebAssembly backend has no ${name} kernel`);
      return k.kernelFunc({ inputs, backend, attrs });
    };
    const dispose = (...ts) => {
      for (const t of ts) backend.disposeData(t.dataId);
    };
    const then = (t, f) => {
      try {
        return f(t);
      } finally {
        dispose(t);
      }
    };
    const reshape = (x, shape) => run("Reshape", { x }, { shape });
    return {
      run,
      dispose,
      then,
      reshape,
      /** A·B: streamed over B for a few rows (row-stream.ts), else through the blocked loop, Aᵀ materialised, then transposeA. */
      product: (a, b) => rowStreamProduct(backend, a, b) ?? then(run("Transpose", { x: a }, { perm: swapLastTwo(a.shape.length) }), (at) => run("BatchMatMul", { a: at, b }, { transposeA: true, transposeB: false })),
      /** `rows` × `cols` × … strided window of `x` from `begin`. */
      window: (x, begin, size, strides) => run("StridedSlice", { x }, { begin, end: begin.map((b, i) => b + (size[i] - 1) * strides[i] + 1), strides, beginMask: 0, endMask: 0, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask: 0 }),
      /** `x` padded by a convolution's padding (itself when there is none). */
      padded: (x, info) => {
        const p = info.padInfo;
        if (!p.top && !p.bottom && !p.left && !p.right) return reshape(x, x.shape);
        return run("PadV2", { x }, { paddings: [[0, 0], [p.top, p.bottom], [p.left, p.right], [0, 0]], constantValue: 0 });
      },
      /** The fused kernels' bias and activation, as separate kernels; `out` is consumed. */
      epilogue: (out, inputs, attrs) => {
        if (inputs.bias) {
          const bias = inputs.bias;
          out = then(out, (o) => run("Add", { a: o, b: bias }));
        }
        const alpha = inputs.preluActivationWeights;
        switch (attrs.activation ?? "linear") {
          case "linear":
            return out;
          case "relu":
            return then(out, (x) => run("Relu", { x }));
          case "relu6":
            return then(out, (x) => run("Relu6", { x }));
          case "sigmoid":
            return then(out, (x) => run("Sigmoid", { x }));
          case "elu":
            return then(out, (x) => run("Elu", { x }));
          case "leakyrelu":
            return then(out, (x) => run("LeakyRelu", { x }, { alpha: attrs.leakyreluAlpha ?? 0.2 }));
          case "prelu":
            return then(out, (x) => run("Prelu", { x, alpha }));
          default:
            throw new Error(`unexpected fused activation ${attrs.activation}`);
        }
      }
    };
  };
  const conv2d = (k, x, filter, info) => {
    const { batchSize: n, outHeight: oh, outWidth: ow, filterHeight: fh, filterWidth: fw, inChannels: cin, outChannels: cout } = info;
    const depth = fh * fw * cin;
    const w = k.reshape(filter, [depth, cout]);
    const xp = k.padded(x, info);
    const bands = [];
    try {
      const step = Math.max(1, Math.floor(BAND_VALUES / Math.max(1, n * ow * depth)));
      for (let r0 = 0; r0 < oh; r0 += step) {
        const rows = Math.min(step, oh - r0);
        const taps = [];
        let cols;
        try {
          for (let i = 0; i < fh; i++) {
            for (let j = 0; j < fw; j++) {
              taps.push(k.window(xp, [0, r0 * info.strideHeight + i * info.dilationHeight, j * info.dilationWidth, 0], [n, rows, ow, cin], [1, info.strideHeight, info.strideWidth, 1]));
            }
          }
          cols = taps.length === 1 ? k.reshape(taps[0], taps[0].shape) : k.run("Concat", taps, { axis: 3 });
        } finally {
          k.dispose(...taps);
        }
        const y = k.then(k.then(cols, (c) => k.reshape(c, [n * rows * ow, depth])), (a) => k.product(a, w));
        bands.push(k.then(y, (t) => k.reshape(t, [n, rows, ow, cout])));
      }
      return bands.length === 1 ? k.reshape(bands[0], bands[0].shape) : k.run("Concat", bands, { axis: 1 });
    } finally {
      k.dispose(w, xp, ...bands);
    }
  };
  const depthwise = (k, x, filter, info) => {
    const { batchSize: n, outHeight: oh, outWidth: ow, filterHeight: fh, filterWidth: fw, inChannels: c, outChannels: cout } = info;
    const m = cout / c;
    const xp = k.padded(x, info);
    let sum;
    try {
      for (let i = 0; i < fh; i++) {
        for (let j = 0; j < fw; j++) {
          const win = k.window(xp, [0, i * info.dilationHeight, j * info.dilationWidth, 0], [n, oh, ow, c], [1, info.strideHeight, info.strideWidth, 1]);
          const tap = k.run("Slice", { x: filter }, { begin: [i, j, 0, 0], size: [1, 1, c, m] });
          const term = k.then(
            k.then(win, (t) => k.reshape(t, m === 1 ? [n, oh, ow, c] : [n, oh, ow, c, 1])),
            (a) => k.then(k.then(tap, (t) => k.reshape(t, m === 1 ? [c] : [c, m])), (b) => k.run("Multiply", { a, b }))
          );
          const before = sum;
          sum = before ? k.then(term, (b) => k.then(before, (a) => k.run("Add", { a, b }))) : term;
        }
      }
    } catch (err) {
      if (sum) k.dispose(sum);
      throw err;
    } finally {
      k.dispose(xp);
    }
    return k.then(sum, (t) => k.reshape(t, [n, oh, ow, cout]));
  };
  const kernelFuncs = {
    BatchMatMul: (args) => {
      const { a, b } = args.inputs;
      if (!takesProduct(a, b, args.attrs)) return original.get("BatchMatMul").kernelFunc(args);
      taken.matMul++;
      return kernels(args.backend).product(a, b);
    },
    _FusedMatMul: (args) => {
      const inputs = args.inputs;
      const attrs = args.attrs;
      if (!takesProduct(inputs.a, inputs.b, attrs) || !ACTIVATIONS.has(attrs.activation ?? "linear")) return original.get("_FusedMatMul").kernelFunc(args);
      taken.matMul++;
      const k = kernels(args.backend);
      const biased = inputs.bias && rowStreamProduct(args.backend, inputs.a, inputs.b, inputs.bias);
      if (biased) return k.epilogue(biased, { ...inputs, bias: void 0 }, attrs);
      return k.epilogue(k.product(inputs.a, inputs.b), inputs, attrs);
    },
    Conv2D: (args) => convKernel("Conv2D", args, false),
    FusedConv2D: (args) => convKernel("FusedConv2D", args, false),
    DepthwiseConv2dNative: (args) => convKernel("DepthwiseConv2dNative", args, true),
    FusedDepthwiseConv2D: (args) => convKernel("FusedDepthwiseConv2D", args, true)
  };
  function convKernel(name, args, isDepthwise) {
    const inputs = args.inputs;
    const attrs = args.attrs;
    const { x, filter } = inputs;
    if (x.shape.length !== 4 || filter.shape.length !== 4) return original.get(name).kernelFunc(args);
    const info = computeConv2DInfo(
      x.shape,
      filter.shape,
      attrs.strides,
      attrs.dilations ?? [1, 1],
      attrs.pad,
      attrs.dimRoundingMode,
      isDepthwise,
      convertConv2DDataFormat(attrs.dataFormat ?? "NHWC")
    );
    if (!takesConv(x, filter, info, inputs, attrs, isDepthwise, args.backend)) return original.get(name).kernelFunc(args);
    const k = kernels(args.backend);
    if (isDepthwise) taken.depthwise++;
    else taken.conv2d++;
    return k.epilogue((isDepthwise ? depthwise : conv2d)(k, x, filter, info), inputs, attrs);
  }
  for (const name of names) {
    const config = original.get(name);
    tf.unregisterKernel(name, "wasm");
    tf.registerKernel({ ...config, kernelFunc: kernelFuncs[name] });
  }
  core[MARK2] = true;
  return true;
}

// src/engine/run-smoke.ts
function message(err) {
  return (err instanceof Error ? err.message : String(err)).split("\n", 1).join("");
}
function codeBlockers(definition, known, removedOps) {
  return definition.layers.filter((l) => l.carriesCode && !l.isOperation && !removedOps.includes(l.name) && !known.some((b) => b.layer === l.name)).map((l) => ({ layer: l.name, className: l.className, why: l.note ?? "carries code from the file, which is never executed", code: true }));
}
function runSmoke(definition, artifact, assignments, options = {}) {
  return exclusive(async () => {
    const notes = [];
    return uncomputedGuard(await withConsoleTo(noteCollector(notes), () => runUnlocked(definition, artifact, assignments, options, notes)));
  });
}
function uncomputedGuard(result) {
  if (result.status === "skipped") return result;
  const xnn = result.notes.find((n) => /XNN status for \S+ is not successful/.test(n));
  if (!xnn) return result;
  return {
    ...result,
    status: "skipped",
    outputs: [],
    engineFailure: "out-of-memory",
    reason: engineFailureReason("out-of-memory", "running the model", `${xnn.replace(/^TF\.js console: /, "").replace(/ Use -c dbg.*$/, "")}: an operator's output was left unwritten`)
  };
}
function engineFailureOf(err) {
  const text = message(err);
  if (err instanceof Error && err.name === "RuntimeError" || /^(RuntimeError: )?Aborted\(|memory access out of bounds|^unreachable/.test(text)) return "abort";
  if (err instanceof RangeError && /allocation failed|Invalid (typed )?array length|out of memory|offset is out of bounds/i.test(text)) return "out-of-memory";
  return void 0;
}
var FAILURE_WORDS = {
  abort: "the engine aborted",
  "out-of-memory": "the engine ran out of memory",
  crash: "the engine crashed",
  timeout: "the run took too long"
};
function engineFailureReason(kind, doing, detail) {
  return `${FAILURE_WORDS[kind]} while ${doing} (${detail}); no outputs were computed, so nothing is said about the model`;
}
async function runUnlocked(definition, artifact, assignments, options, notes) {
  const started = performance.now();
  const done = (status, engine2, outputs, reason, extra = {}) => ({
    status,
    engine: engine2.name,
    engineReason: engine2.reason,
    ...reason ? { reason } : {},
    outputs,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    notes,
    ...extra
  });
  let engine;
  try {
    engine = typeof options.engine === "object" ? options.engine : await selectEngineUnlocked(options.engine ?? "auto", options.select);
  } catch (err) {
    return done("skipped", { name: "none", reason: message(err) }, [], message(err));
  }
  const normalized = normalizeConfig(definition.config, definition.generation, writtenByTfjs(definition.producer));
  notes.push(...normalized.notes);
  const blockers = [...normalized.blockers, ...codeBlockers(definition, normalized.blockers, normalized.removedOps)];
  if (blockers.length) return done("skipped", engine, [], describeBlockers(blockers));
  let inputs;
  let expected;
  const outputNames = definition.outputs.map((o) => o.name);
  try {
    if (options.input !== void 0) {
      inputs = await resolveArrays(options.input, definition.inputs.map((i) => i.name), "input", { shapes: definition.inputs.map((i) => i.shape), limits: resolveLimits(options.limits) });
      checkInputs(definition, inputs);
    }
    if (options.expected !== void 0) expected = await resolveArrays(options.expected, outputNames, "output", { shapes: definition.outputs.map((o) => o.shape), limits: resolveLimits(options.limits) });
  } catch (err) {
    if (err instanceof ArraysMismatch) return done("failed", engine, [], err.message);
    throw err;
  }
  const limits = resolveLimits(options.limits);
  const estimate = estimateSmoke(definition, assignments, inputs ? inputs.map((a) => a.shape) : generatedShapes(definition, options));
  const over = overBudget(estimate, limits);
  if (over) return done("skipped", engine, [], over, { limit: "maxSmokeBytes" });
  const plan = planEngine(estimate, engine, options.wasmHeapBytes ?? WASM_HEAP_BYTES);
  if (plan.kind === "skip") return done("skipped", engine, [], plan.why);
  if (plan.kind === "cpu") {
    try {
      const cpu = await cpuEngineUnlocked();
      engine = { ...cpu, reason: `${engine.reason}, but ${plan.why}: ${cpu.reason}` };
      options.onEngineChange?.({ name: engine.name, reason: engine.reason });
    } catch (err) {
      return done("skipped", engine, [], `${plan.why}, and the CPU backend cannot hold it instead: ${message(err)}`);
    }
  } else if (plan.why) {
    engine = { ...engine, reason: `${engine.reason}; ${plan.why}` };
  }
  const packingFree = plan.kind === "run" && plan.packingFree;
  if (!inputs) {
    const generated = generateInputs(definition, options);
    inputs = generated.arrays;
    notes.push(generated.note);
  }
  const chosen = engine;
  const finish2 = (status, outputs, reason, extra) => done(status, chosen, outputs, reason, extra);
  return execute(chosen, definition, artifact, assignments, { inputs, expected, halfPrecision: normalized.halfPrecision, config: normalized.config, notes, packingFree }, options, finish2);
}
function failure(finish2, err, doing, modelReason) {
  const kind = engineFailureOf(err);
  if (kind) return finish2("skipped", [], engineFailureReason(kind, doing, message(err)), { engineFailure: kind });
  return finish2("failed", [], `${modelReason}: ${message(err)}`);
}
async function execute(engine, definition, artifact, assignments, run, options, finish2) {
  const tf = engine.tf;
  await tf.setBackend(engine.backend);
  registerWeightgateLayers(tf);
  if (engine.name === "wasm") {
    installPackingFree(tf);
    setPackingFree(run.packingFree);
  }
  let model;
  try {
    prepareInitializers(run.config, fullyAssignedLayers(definition, assignments), options.initSeed ?? 1);
    model = await buildModel(tf, run.config);
  } catch (err) {
    return failure(finish2, err, "building the model", "TF.js could not build the model");
  }
  const tensors = [];
  try {
    try {
      run.notes.push(...(await loadAssignments(tf, model, definition, artifact, assignments)).notes);
    } catch (err) {
      return failure(finish2, err, "loading the weights", "the weights could not be loaded");
    }
    let ys;
    try {
      const xs = run.inputs.map((a, i) => inputTensor(tf, a, model.inputs[i]?.dtype));
      tensors.push(...xs);
      const batchSize = fixedBatch(definition);
      if (batchSize !== void 0 && xs[0] && xs[0].shape[0] !== batchSize) run.notes.push(`the model has a fixed batch of ${batchSize}: run in slices of ${batchSize}`);
      const y = model.predict(xs.length === 1 && xs[0] ? xs[0] : xs, batchSize ? { batchSize } : {});
      ys = Array.isArray(y) ? y : [y];
      tensors.push(...ys);
    } catch (err) {
      return failure(finish2, err, "running the model", "TF.js could not run the model");
    }
    try {
      const kept = options.keepValues ? [] : void 0;
      const result = await checkOutputs(ys, definition, run.expected, run.halfPrecision, options, finish2, kept);
      return kept ? { ...result, values: { inputs: run.inputs, outputs: kept }, tfjs: tf.version_core } : result;
    } catch (err) {
      const kind = engineFailureOf(err);
      if (!kind) throw err;
      return finish2("skipped", [], engineFailureReason(kind, "reading the outputs", message(err)), { engineFailure: kind });
    }
  } finally {
    release(tf, tensors, model);
  }
}
function release(tf, tensors, model) {
  try {
    tf.dispose([...tensors]);
    model.dispose();
  } catch (err) {
    if (!engineFailureOf(err)) throw err;
  }
}
function inputTensor(tf, a, dtype) {
  const values = a.data instanceof BigInt64Array ? Array.from(a.data, Number) : a.data;
  return dtype === "int32" ? tf.tensor(Int32Array.from(values), a.shape, "int32") : tf.tensor(Float32Array.from(values), a.shape, "float32");
}
function batchOf3(declared, shape) {
  const b = declared[0];
  const got = shape[0];
  return typeof b === "number" && got !== void 0 && got % b === 0 ? [got, ...declared.slice(1)] : declared;
}
async function checkOutputs(ys, definition, expected, halfPrecision, options, done, kept) {
  const problems = [];
  if (ys.length !== definition.outputs.length) problems.push(`the model produced ${plural(ys.length, "output")}, the definition declares ${definition.outputs.length}`);
  const tol = toleranceFor(halfPrecision, options);
  const outputs = [];
  for (const [i, y] of ys.entries()) {
    const name = definition.outputs[i]?.name ?? `output_${i}`;
    const shape = y.shape;
    const data = await y.data();
    kept?.push({ dtype: data instanceof Int32Array ? "int32" : "float32", shape, data });
    const out = { name, shape, finite: allFinite(data) };
    const declared = definition.outputs[i]?.shape;
    const issues = [];
    if (declared && !isUnresolved(declared) && !shapeMatches(shape, declared) && !shapeMatches(shape, batchOf3(declared, shape))) issues.push(`shape ${JSON.stringify(shape)} differs from the declared ${JSON.stringify(declared)}`);
    if (shape.some((d) => d <= 0)) issues.push(`has no values (shape ${JSON.stringify(shape)}): the input is too small for the model's convolutions or pooling; give a larger input`);
    if (!out.finite) issues.push("holds NaN or infinite values");
    if (expected?.[i]) {
      const c = compareToExpected(data, shape, expected[i], tol);
      out.tolerance = tol;
      out.withinTolerance = c.withinTolerance;
      if (!c.problem) out.maxAbsDiff = c.maxAbsDiff;
      if (c.problem) issues.push(c.problem);
      else if (!c.withinTolerance && c.worst) {
        issues.push(`differs from the expected output by up to ${c.maxAbsDiff.toPrecision(3)} (allowed ${tol.atol} + ${tol.rtol}\xB7|expected|); worst at [${c.worst.index.join(", ")}]: ${c.worst.actual.toPrecision(4)} vs ${c.worst.expected.toPrecision(4)}`);
      }
    }
    if (issues.length) {
      out.problem = issues.join("; ");
      problems.push(`output '${name}' ${out.problem}`);
    }
    outputs.push(out);
  }
  return problems.length ? done("failed", outputs, problems.join("; ")) : done("passed", outputs);
}

export {
  noteOf,
  noteCollector,
  routeConsoleForever,
  exclusive,
  defaultWasmDirs,
  selectEngine,
  tryTfjsNode,
  selectEngineUnlocked,
  prepareInitializers,
  buildModel,
  absDiff,
  numbersOf,
  sameBytes,
  readArrays,
  generatedShapes,
  DEFAULT_INPUT_SEED,
  generateInputs,
  fixedBatch,
  fullyAssignedLayers,
  loadAssignments,
  describeBlockers,
  WEIGHTGATE_CLASSES,
  normalizeConfig,
  estimateSmoke,
  wasmBytes,
  codeBlockers,
  runSmoke,
  uncomputedGuard,
  engineFailureReason
};
