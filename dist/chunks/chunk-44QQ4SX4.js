import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  InputError,
  quoteName
} from "./chunk-W2JV3UC6.js";
import {
  WEIGHTGATE_LAYER_CLASSES,
  registerWeightgateLayers
} from "./chunk-DYBIQGO4.js";

// src/model/weight-expr.ts
var saved = (index) => ({ op: "saved", index });
var ExprError = class extends Error {
};
function size(shape) {
  return shape.reduce((a, b) => a * b, 1);
}
function exprShape(e, inputs) {
  switch (e.op) {
    case "saved": {
      const s = inputs[e.index];
      if (!s) throw new ExprError(`saved weight #${e.index} does not exist`);
      return [...s];
    }
    case "concat": {
      const shapes = e.parts.map((p) => exprShape(p, inputs));
      const head = shapes[0].slice(0, -1);
      if (shapes.some((s) => s.length !== head.length + 1 || s.slice(0, -1).some((d, i) => d !== head[i]))) {
        throw new ExprError(`cannot concatenate shapes ${shapes.map((s) => `(${s.join(", ")})`).join(", ")} on the last axis`);
      }
      return [...head, shapes.reduce((n, s) => n + s[s.length - 1], 0)];
    }
    case "slice": {
      const s = exprShape(e.of, inputs);
      const last = s[s.length - 1] ?? 0;
      if (e.start < 0 || e.end > last || e.start > e.end) throw new ExprError(`cannot take [${e.start}:${e.end}] of a last axis of ${last}`);
      return [...s.slice(0, -1), e.end - e.start];
    }
    case "transpose": {
      const s = exprShape(e.of, inputs);
      if (s.length !== e.perm.length) throw new ExprError(`axes don't match array: (${s.join(", ")}) transposed by (${e.perm.join(", ")})`);
      return e.perm.map((a) => s[a]);
    }
    case "reshape": {
      const s = exprShape(e.of, inputs);
      if (size(s) !== size(e.shape)) throw new ExprError(`cannot reshape array of size ${size(s)} into shape (${e.shape.join(", ")})`);
      return [...e.shape];
    }
    case "add": {
      const a = exprShape(e.a, inputs);
      const b = exprShape(e.b, inputs);
      if (a.length !== b.length || a.some((d, i) => d !== b[i])) throw new ExprError(`cannot add shapes (${a.join(", ")}) and (${b.join(", ")})`);
      return a;
    }
    case "scale":
      return exprShape(e.of, inputs);
  }
}
function strides(shape) {
  const out = new Array(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) out[i] = out[i + 1] * shape[i + 1];
  return out;
}
function transpose(a, perm) {
  const shape = perm.map((p) => a.shape[p]);
  const src = strides(a.shape);
  const step = perm.map((p) => src[p]);
  const out = new Float32Array(a.data.length);
  const idx = new Array(shape.length).fill(0);
  let from = 0;
  for (let k = 0; k < out.length; k++) {
    out[k] = a.data[from];
    for (let d = shape.length - 1; d >= 0; d--) {
      idx[d]++;
      from += step[d];
      if (idx[d] < shape[d]) break;
      from -= step[d] * shape[d];
      idx[d] = 0;
    }
  }
  return { data: out, shape };
}
function evaluateExpr(e, inputs) {
  exprShape(e, inputs.map((i) => i.shape));
  const go = (x) => {
    switch (x.op) {
      case "saved":
        return inputs[x.index];
      case "concat": {
        const parts = x.parts.map(go);
        const outer = size(parts[0].shape.slice(0, -1));
        const widths = parts.map((p) => p.shape[p.shape.length - 1]);
        const width = widths.reduce((a, b) => a + b, 0);
        const out = new Float32Array(outer * width);
        for (let r = 0; r < outer; r++) {
          let at = r * width;
          parts.forEach((p, i) => {
            const w = widths[i];
            out.set(p.data.subarray(r * w, r * w + w), at);
            at += w;
          });
        }
        return { data: out, shape: [...parts[0].shape.slice(0, -1), width] };
      }
      case "slice": {
        const a = go(x.of);
        const last = a.shape[a.shape.length - 1];
        const outer = a.data.length / last;
        const w = x.end - x.start;
        const out = new Float32Array(outer * w);
        for (let r = 0; r < outer; r++) out.set(a.data.subarray(r * last + x.start, r * last + x.end), r * w);
        return { data: out, shape: [...a.shape.slice(0, -1), w] };
      }
      case "transpose":
        return transpose(go(x.of), x.perm);
      case "reshape":
        return { data: go(x.of).data, shape: [...x.shape] };
      case "add": {
        const a = go(x.a);
        const b = go(x.b);
        return { data: a.data.map((v, i) => v + b.data[i]), shape: a.shape };
      }
      case "scale": {
        const a = go(x.of);
        return { data: a.data.map((v) => v * x.by), shape: a.shape };
      }
    }
  };
  return go(e);
}
function asFloat32(data) {
  if (data instanceof Float32Array) return data;
  if (data instanceof BigInt64Array) return Float32Array.from(data, (v) => Number(v));
  return Float32Array.from(data);
}
async function readSaved(artifact, v, options) {
  if (!v.derived) return artifact.read(v, options);
  const inputs = [];
  for (const s of v.derived.sources) inputs.push({ data: asFloat32(await artifact.read(s)), shape: s.shape });
  return evaluateExpr(v.derived.expr, inputs).data;
}

// src/sources/limits.ts
var DEFAULT_LIMITS = Object.freeze({
  // The largest public Keras checkpoints are tens of GB (a 7B-parameter LLM in bfloat16 is ~17 GB);
  // HDF5 is read lazily, so this bounds what we agree to look at, not memory.
  maxFileBytes: 32 * 2 ** 30,
  // Real configs are a few MB at most (a 1000-layer model's config.json is ~2 MB); JSON.parse holds
  // several times the text in memory.
  maxJsonBytes: 64 * 2 ** 20,
  // Keras configs nest ~10 levels per nested model; 256 allows 20+ levels of nested models and stays
  // far below the ~10k frames where a recursive walk would exhaust the JS stack.
  maxJsonDepth: 256,
  // Keras stores .keras members uncompressed, so this is the model's size: 8 GiB covers multi-billion
  // parameter models and still fits the free disk of a GitHub-hosted runner (~14 GB).
  maxDecompressedBytes: 8 * 2 ** 30,
  // Keras' own _ZIP_MEMBER_MAX_EXPANSION; real weights (stored, or deflated float data) stay under 2x.
  maxZipRatio: 100,
  // Inflating less than this costs nothing worth refusing (Keras' floor is 4 GiB; ours is lower
  // because we extract to the runner's disk).
  zipRatioFloorBytes: 64 * 2 ** 20,
  // The largest Keras applications have ~1000 layers; 20000 leaves room for generated models and
  // keeps the graph walk well under a second.
  maxLayers: 2e4,
  // A Keras .h5 holds 2-6 objects per variable (groups, vars, optimizer slots): 200k covers models
  // with ~30k variables and bounds the structure kept in memory to ~100 MB.
  maxHdf5Objects: 2e5,
  // Keras writes every weight out, uncompressed: its files declare no more bytes than they hold.
  // Compression, fill values never written and shared heap strings are how a small file claims
  // gigabytes; 100 is the zip limit's (gzip'd real weights stay under 2x).
  maxHdf5Ratio: 100,
  // Declaring or reading less than this costs nothing worth refusing (as zipRatioFloorBytes).
  hdf5RatioFloorBytes: 64 * 2 ** 20,
  // h5wasm's heap is capped at 2 GiB and a read holds the bytes twice (wasm heap + JS copy), so
  // 2^28 float32 elements (1 GiB) is the largest variable one read can hold.
  maxVariableElements: 2 ** 28,
  // 2^31 float32 elements (8 GiB) is about what a smoke run on a 16 GB CI runner can hold at once.
  maxModelElements: 2 ** 31,
  // Opening even multi-GB Keras files takes seconds (metadata only); a minute means HDF5 is looping
  // on a damaged file.
  timeoutMs: 6e4,
  // TF.js' WebAssembly heap tops out at a few GiB and aborts beyond it; a 16 GB CI runner also holds
  // the reader and the diff. Real models on a generated batch of 2 need far less.
  maxSmokeBytes: 2 * 2 ** 30,
  // One inference of a 1 GB model on the WASM engine takes seconds; two minutes means a runaway
  // (an RNN over millions of steps), not a model worth waiting for.
  smokeTimeoutMs: 12e4
});
var BYTE_LIMITS = /* @__PURE__ */ new Set(["maxFileBytes", "maxJsonBytes", "maxDecompressedBytes", "zipRatioFloorBytes", "maxSmokeBytes", "hdf5RatioFloorBytes"]);
var TIME_LIMITS = /* @__PURE__ */ new Set(["timeoutMs", "smokeTimeoutMs"]);
function resolveLimits(overrides = {}) {
  const out = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === void 0) continue;
    if (!(k in DEFAULT_LIMITS)) throw new RangeError(`unknown limit '${k}' (known: ${Object.keys(DEFAULT_LIMITS).join(", ")})`);
    if (typeof v !== "number" || Number.isNaN(v) || v <= 0) throw new RangeError(`limit ${k} must be a positive number (got ${String(v)})`);
    out[k] = v;
  }
  return out;
}
function formatLimit(name, value) {
  if (value === Infinity) return "unlimited";
  if (TIME_LIMITS.has(name)) return value % 1e3 === 0 ? `${value / 1e3} s` : `${value} ms`;
  if (BYTE_LIMITS.has(name)) {
    const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
    let v = value;
    let u = 0;
    while (v >= 1024 && u < units.length - 1 && Number.isInteger(v / 1024)) {
      v /= 1024;
      u++;
    }
    return `${v} ${units[u]}`;
  }
  return String(value);
}
function raiseHint(name) {
  const example = name === "smokeTimeoutMs" ? "600s" : TIME_LIMITS.has(name) ? "180s" : name === "maxSmokeBytes" ? "8GiB" : BYTE_LIMITS.has(name) ? "64GiB" : "100000";
  return `If the file is genuine, raise the limit: \`--limit ${name}=${example}\` (or \`limits: { ${name}: \u2026 }\` in weightgate.yml).`;
}
function limitError(file, name, limits, found) {
  return new InputError(file, "limit", `${found}, over the ${name} limit of ${formatLimit(name, limits[name])}`, raiseHint(name));
}
var UNITS = {
  "": 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  kib: 2 ** 10,
  m: 1e6,
  mb: 1e6,
  mib: 2 ** 20,
  g: 1e9,
  gb: 1e9,
  gib: 2 ** 30,
  t: 1e12,
  tb: 1e12,
  tib: 2 ** 40,
  ms: 1,
  s: 1e3,
  min: 6e4
};
function parseLimitOption(spec) {
  const m = /^\s*([A-Za-z0-9]+)\s*=\s*(.+?)\s*$/.exec(spec);
  if (!m) throw new RangeError(`--limit takes NAME=VALUE (got '${spec}')`);
  const name = m[1];
  if (!(name in DEFAULT_LIMITS)) throw new RangeError(`unknown limit '${m[1]}' (known: ${Object.keys(DEFAULT_LIMITS).join(", ")})`);
  const raw = m[2].toLowerCase();
  if (raw === "off" || raw === "none" || raw === "infinity") return { [name]: Infinity };
  const v = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/.exec(raw);
  const unit = v ? UNITS[v[2]] : void 0;
  if (!v || unit === void 0) throw new RangeError(`limit ${name}: cannot read '${m[2]}' (write e.g. 2GiB, 500MB, 90s, 20000 or off)`);
  const value = Number(v[1]) * unit;
  resolveLimits({ [name]: value });
  return { [name]: value };
}
var ReadBudget = class {
  constructor(file, limits) {
    this.file = file;
    this.limits = limits;
  }
  file;
  limits;
  used = 0;
  take(elements2, what) {
    if (elements2 > this.limits.maxVariableElements) {
      throw limitError(this.file, "maxVariableElements", this.limits, `${what} has ${elements2} elements`);
    }
    if (this.used + elements2 > this.limits.maxModelElements) {
      throw limitError(this.file, "maxModelElements", this.limits, `reading ${what} would bring the values read from this file to ${this.used + elements2} elements`);
    }
    this.used += elements2;
  }
};

// src/engine/console-notes.ts
import { format } from "node:util";
var METHODS = ["log", "info", "warn", "error", "debug", "trace"];
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
    const text = `TF.js console: ${dropped} more line(s) not shown`;
    if (tail2) notes[notes.indexOf(tail2)] = text;
    else notes.push(text);
    tail2 = text;
  };
}
async function withConsoleTo(to, fn) {
  const previous = sink;
  const installed = METHODS.map((m) => [m, console[m]]);
  for (const m of METHODS) {
    if (console[m] !== router(m)) originals.set(m, console[m]);
    console[m] = router(m);
  }
  sink = to;
  try {
    return await fn();
  } finally {
    sink = previous;
    for (const [m, f] of installed) console[m] = f;
  }
}
function routeConsoleForever(to) {
  for (const m of METHODS) {
    if (console[m] !== router(m)) originals.set(m, console[m]);
    console[m] = router(m);
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
  return (err instanceof Error ? err.message : String(err)).split("\n")[0].slice(0, 200);
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
    warnings.push(String(args[0] ?? "").split("\n")[0]);
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

// src/model/types.ts
var DTYPE_BYTES = {
  float16: 2,
  bfloat16: 2,
  float32: 4,
  float64: 8,
  int8: 1,
  int16: 2,
  int32: 4,
  int64: 8,
  uint8: 1,
  uint16: 2,
  uint32: 4,
  uint64: 8,
  bool: 1,
  string: 0,
  complex64: 8,
  unknown: 0
};

// src/model/keras-config.ts
var MODEL_CLASSES = /* @__PURE__ */ new Set(["Sequential", "Functional", "Model"]);
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function asText(v, fallback) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v === null || v === void 0) return fallback;
  try {
    return JSON.stringify(v)?.slice(0, 200) ?? fallback;
  } catch {
    return fallback;
  }
}
function asNumber(v, fallback) {
  return typeof v === "number" ? v : fallback;
}
function unwrapModelConfig(raw) {
  if (isObject(raw.model_config)) return raw.model_config;
  return raw;
}
function writtenByTfjs(p) {
  return p.backend === "tensor_flow.js" || (p.kerasVersion?.startsWith("tfjs") ?? false);
}
function detectGeneration(model, statedVersion) {
  const v = statedVersion ?? (typeof model.keras_version === "string" ? model.keras_version : void 0);
  if (v && /^\d/.test(v)) {
    const major = Number.parseInt(v, 10);
    return major <= 1 ? 1 : major >= 3 ? 3 : 2;
  }
  if (v && v.startsWith("tfjs")) return 2;
  const { keras3, keras1: keras12 } = generationMarks(model);
  return keras3 ? 3 : keras12 ? 1 : 2;
}
var KERAS3_MARKS = /* @__PURE__ */ new Set(["DTypePolicy", "__keras_tensor__"]);
var KERAS1_KEYS = /* @__PURE__ */ new Set(["output_dim", "nb_filter", "border_mode", "dim_ordering"]);
function generationMarks(model) {
  let keras12 = false;
  const stack = [model];
  while (stack.length) {
    const v = stack.pop();
    const entries = Array.isArray(v) ? v.map((x) => [void 0, x]) : isObject(v) ? Object.entries(v) : [];
    for (const [key, x] of entries) {
      if (key === "module" || key === "batch_shape" || key !== void 0 && KERAS3_MARKS.has(key) || typeof x === "string" && KERAS3_MARKS.has(x)) return { keras3: true, keras1: keras12 };
      if (key !== void 0 && (KERAS1_KEYS.has(key) || key === "init" && typeof x === "string")) keras12 = true;
      if (typeof x === "object" && x !== null) stack.push(x);
    }
  }
  return { keras3: false, keras1: keras12 };
}
var FLOAT_NAMES = /* @__PURE__ */ new Set(["float16", "bfloat16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool"]);
function dtypeFacts(dtype, fallback = { policy: "float32", variableDtype: "float32", quantized: false }) {
  if (dtype === void 0 || dtype === null) return fallback;
  if (typeof dtype === "string") return fromName(dtype);
  if (isObject(dtype)) {
    const cls = asText(dtype.class_name, "");
    const cfg = isObject(dtype.config) ? dtype.config : {};
    if (/Quantized|Int4|Float8|GPTQ|AWQ|Ternary/i.test(cls)) {
      const source = typeof cfg.source_name === "string" ? fromName(cfg.source_name) : fallback;
      return { policy: asText(cfg.mode, cls), variableDtype: source.variableDtype, quantized: true };
    }
    if (typeof cfg.name === "string") return fromName(cfg.name);
  }
  return fallback;
}
function fromName(name) {
  if (name.startsWith("mixed_")) return { policy: name, variableDtype: "float32", quantized: false };
  const d = name;
  return { policy: name, variableDtype: FLOAT_NAMES.has(d) ? d : "float32", quantized: false };
}
function isKerasTensor(v) {
  return isObject(v) && v.class_name === "__keras_tensor__" && isObject(v.config) && Array.isArray(v.config.keras_history);
}
function refOf(history) {
  return { layer: asText(history[0], ""), node: asNumber(history[1], 0), tensor: asNumber(history[2], 0) };
}
var MAX_ARG_DEPTH = 64;
function collectTensors(v, out, depth = 0) {
  if (depth > MAX_ARG_DEPTH) return;
  if (isKerasTensor(v)) out.push(refOf(v.config.keras_history));
  else if (Array.isArray(v)) v.forEach((x) => collectTensors(x, out, depth + 1));
  else if (isObject(v)) Object.values(v).forEach((x) => collectTensors(x, out, depth + 1));
}
function stripTensors(v, depth = 0) {
  if (depth > MAX_ARG_DEPTH) return void 0;
  if (isKerasTensor(v)) return void 0;
  if (Array.isArray(v)) return v.map((x) => stripTensors(x, depth + 1));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).filter(([, x]) => !isKerasTensor(x)).map(([k, x]) => [k, stripTensors(x, depth + 1)]));
  return v;
}
function parseInboundNodes(nodes) {
  if (!Array.isArray(nodes)) return [];
  return nodes.map((node) => {
    if (isObject(node) && ("args" in node || "kwargs" in node)) {
      const inputs2 = [];
      collectTensors(node.args ?? [], inputs2);
      const tensorKwargs = {};
      const kwargs2 = {};
      for (const [k, v] of Object.entries(isObject(node.kwargs) ? node.kwargs : {})) {
        if (isKerasTensor(v)) tensorKwargs[k] = refOf(v.config.keras_history);
        else kwargs2[k] = stripTensors(v);
      }
      return { inputs: inputs2, kwargs: kwargs2, tensorKwargs };
    }
    const entries = Array.isArray(node) ? node : [];
    const inputs = [];
    let kwargs = {};
    for (const e of entries) {
      if (Array.isArray(e) && typeof e[0] === "string") {
        inputs.push(refOf(e));
        if (isObject(e[3])) kwargs = { ...kwargs, ...e[3] };
      }
    }
    return { inputs, kwargs, tensorKwargs: {} };
  });
}
function parseLayerRefs(v) {
  if (!v) return [];
  if (Array.isArray(v) && typeof v[0] === "string") return [refOf(v)];
  if (Array.isArray(v)) return v.flatMap(parseLayerRefs);
  if (isObject(v)) return Object.values(v).flatMap(parseLayerRefs);
  return [];
}
var MAX_RANK = 64;
function asShape(v) {
  if (!Array.isArray(v) || v.length > MAX_RANK) return void 0;
  if (!v.every((d) => d === null || typeof d === "number")) return void 0;
  return v.map((d) => d === null || d < 0 ? null : d);
}
function declaredInputShape(cfg) {
  const batch = asShape(cfg.batch_shape) ?? asShape(cfg.batch_input_shape);
  if (batch) return batch;
  const input = asShape(cfg.input_shape);
  if (input) return [null, ...input];
  if (typeof cfg.input_dim === "number" && cfg.input_dim > 0) {
    if ("input_length" in cfg) return [null, cfg.input_length ?? null, cfg.input_dim];
    return [null, cfg.input_dim];
  }
  return void 0;
}
function builtInputShapes(entry) {
  const bc = entry.build_config;
  if (!isObject(bc)) return void 0;
  if (Array.isArray(bc.input_shape)) {
    const single2 = asShape(bc.input_shape);
    if (single2) return [single2];
    const many = bc.input_shape.map(asShape);
    return many.every(Boolean) ? many : void 0;
  }
  if (isObject(bc.shapes_dict)) {
    const shapes = Object.values(bc.shapes_dict).map(asShape);
    return shapes.every(Boolean) ? shapes : void 0;
  }
  return void 0;
}
function toSnakeCase(name) {
  let s = name.replace(/\W+/g, "");
  s = s.replace(/(.)([A-Z][a-z]+)/g, "$1_$2");
  s = s.replace(/([a-z])([A-Z])/g, "$1_$2");
  return s.toLowerCase();
}
var PYTHON_CLASS_NAMES = {
  GroupQueryAttention: "GroupedQueryAttention",
  Model: "Functional"
};
function objectPathName(className) {
  return toSnakeCase(PYTHON_CLASS_NAMES[className] ?? className);
}

// src/engine/unset-initializer.ts
var UNSET_INITIALIZER = "WeightgateUnset";
var MARK = /* @__PURE__ */ Symbol.for("weightgate.unset-initializer.registered");
function registerUnsetInitializer(tf) {
  const map = tf.serialization.SerializationMap.getMap().classNameMap;
  if (map[MARK]) return;
  const Base = Object.getPrototypeOf(map.Zeros[0]);
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
var MODEL_CLASSES2 = /* @__PURE__ */ new Set(["Sequential", "Functional", "Model"]);
function isModel(entry) {
  return MODEL_CLASSES2.has(entry.class_name) && isObject(entry.config) && Array.isArray(entry.config.layers);
}
function nameOf(entry) {
  return String(entry.name ?? entry.config?.name ?? "");
}
function nodeCount(entry) {
  if (entry.class_name === "InputLayer") return 1;
  const calls = Array.isArray(entry.inbound_nodes) ? entry.inbound_nodes.length : 0;
  return isModel(entry) ? calls + 1 : calls;
}
function isRef(v) {
  return Array.isArray(v) && typeof v[0] === "string" && Number.isInteger(v[1]) && v[1] >= 0 && Number.isInteger(v[2]) && v[2] >= 0 && (v.length === 3 || v.length === 4 && (v[3] === null || isObject(v[3])));
}
function validateGraph(model, where = "model") {
  const problems = [];
  const cfg = model.config;
  if (!isObject(cfg) || !Array.isArray(cfg.layers)) return [`${where}: the config has no layer list`];
  const layers = cfg.layers;
  for (const [i, l] of layers.entries()) {
    if (!isObject(l) || typeof l.class_name !== "string" || !isObject(l.config)) problems.push(`${where}: layer #${i} has no class_name/config`);
    else if (isModel(l)) problems.push(...validateGraph(l, `${where}/${nameOf(l)}`));
  }
  if (problems.length || model.class_name === "Sequential") return problems;
  const byName = /* @__PURE__ */ new Map();
  for (const l of layers) {
    if (byName.has(nameOf(l))) problems.push(`${where}: two layers are named '${nameOf(l)}'`);
    byName.set(nameOf(l), l);
    if (l.class_name === "InputLayer" && !Array.isArray(l.config.batch_input_shape)) problems.push(`${where}: input '${nameOf(l)}' has no batch_input_shape`);
  }
  const checkRef = (ref, what) => {
    if (!isRef(ref)) {
      problems.push(`${where}: ${what} is not a [layer, node, tensor] reference: ${JSON.stringify(ref).slice(0, 80)}`);
      return false;
    }
    const target = byName.get(ref[0]);
    if (!target) problems.push(`${where}: ${what} refers to layer '${ref[0]}', which the model does not have`);
    else if (ref[1] >= nodeCount(target)) problems.push(`${where}: ${what} refers to call #${ref[1]} of '${ref[0]}', which is called only ${nodeCount(target)} time(s)`);
    else return true;
    return false;
  };
  const deps = /* @__PURE__ */ new Map();
  for (const l of layers) {
    const nodes = Array.isArray(l.inbound_nodes) ? l.inbound_nodes : [];
    const offset = isModel(l) ? 1 : 0;
    nodes.forEach((node, n) => {
      const key = `${nameOf(l)}#${n + offset}`;
      if (!Array.isArray(node) || node.length === 0) {
        problems.push(`${where}: call #${n} of '${nameOf(l)}' is not a list of input references`);
        return;
      }
      deps.set(key, node.filter((ref, k) => checkRef(ref, `input ${k} of call #${n} of '${nameOf(l)}'`)).map((r) => `${r[0]}#${r[1]}`));
    });
  }
  for (const key of ["input_layers", "output_layers"]) {
    const refs = cfg[key];
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
  else if (isObject(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (k.endsWith("_initializer") && x !== null && x !== void 0) v[k] = fn(x, `${path3}/${k}`);
      else mapInitializers(x, `${path3}/${k}`, fn);
    }
  }
}
function seeded(init, seed) {
  const obj = typeof init === "string" ? NAMED_INITIALIZERS[init] : init;
  if (!isObject(obj)) return init;
  const copy = structuredClone(obj);
  if (copy.class_name === "Orthogonal") return { class_name: "GlorotUniform", config: { seed } };
  if (isObject(copy.config) && copy.class_name !== "Zeros" && copy.class_name !== "Ones" && copy.class_name !== "Constant") copy.config.seed = seed;
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
  if (!isObject(entry) || !isObject(entry.config)) return;
  const c = entry.config;
  for (const [key, init] of Object.entries(RANDOM_DEFAULTS[String(entry.class_name)] ?? {})) {
    if (c[key] === void 0 || c[key] === null) c[key] = structuredClone(init);
  }
  for (const inner of [c.layer, c.cell, ...Array.isArray(c.cell?.config?.cells) ? c.cell.config.cells : [], ...Array.isArray(c.layers) ? c.layers : []]) {
    fillDefaultInitializers(inner);
  }
}
function prepareInitializers(model, covered, seed) {
  for (const entry of model.config?.layers ?? []) {
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
      if (typeof v.class_name === "string" && isObject(v.config) && !(v.class_name in known)) missing.add(v.class_name);
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
  return tf.models.modelFromJSON({ modelTopology: model });
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
function asNumbers(data) {
  return data instanceof BigInt64Array ? Float64Array.from(data, (v) => Number(v)) : data;
}
function unravel(flat, shape) {
  const out = new Array(shape.length);
  for (let i = shape.length - 1; i >= 0; i--) {
    out[i] = flat % shape[i];
    flat = Math.floor(flat / shape[i]);
  }
  return out;
}
function compareToExpected(actual, shape, expected, tol) {
  if (expected.shape.length !== shape.length || expected.shape.some((d, i) => d !== shape[i])) {
    return { maxAbsDiff: Number.NaN, withinTolerance: false, problem: `the expected output has shape ${JSON.stringify(expected.shape)}, the model produced ${JSON.stringify(shape)}` };
  }
  const want = asNumbers(expected.data);
  let maxAbsDiff = 0;
  let worstExcess = Number.NEGATIVE_INFINITY;
  let worstAt = 0;
  let within = true;
  for (let i = 0; i < want.length; i++) {
    const a = actual[i];
    const b = want[i];
    const diff = Number.isNaN(a) && Number.isNaN(b) ? 0 : a === b ? 0 : Math.abs(a - b);
    const d = Number.isNaN(diff) ? Number.POSITIVE_INFINITY : diff;
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

// src/sources/npy.ts
import { open as open2, readFile, stat } from "node:fs/promises";
import path2 from "node:path";

// src/formats/tfjs-decode.ts
import os from "node:os";
function storedBytesPerElement(dtype, quantization) {
  if (quantization) return quantization.dtype === "uint8" ? 1 : 2;
  return DTYPE_BYTES[dtype];
}
var LITTLE_ENDIAN = os.endianness() === "LE";
function toHostOrder(bytes, size2) {
  if (LITTLE_ENDIAN || size2 === 1) return bytes;
  for (let i = 0; i + size2 <= bytes.length; i += size2) {
    for (let a = i, b = i + size2 - 1; a < b; a++, b--) {
      const t = bytes[a];
      bytes[a] = bytes[b];
      bytes[b] = t;
    }
  }
  return bytes;
}
var HALF_EXP = new Float64Array(32).map((_, e) => 2 ** (e - 15));
function halfToFloat(h) {
  const sign = h & 32768 ? -1 : 1;
  const exp = h >> 10 & 31;
  const frac = h & 1023;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + frac / 1024) * HALF_EXP[exp];
}
function decodeWeight(bytes, spec) {
  const { count, quantization: q } = spec;
  if (bytes.byteOffset !== 0) bytes = bytes.slice();
  if (q) {
    if (q.dtype === "float16") {
      const half = new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
      const out2 = new Float32Array(count);
      for (let i = 0; i < count; i++) out2[i] = halfToFloat(half[i]);
      return out2;
    }
    const codes = q.dtype === "uint8" ? bytes.subarray(0, count) : new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
    const scale = q.scale ?? 1;
    const min = q.min ?? 0;
    if (spec.dtype === "int32") {
      const out2 = new Int32Array(count);
      for (let i = 0; i < count; i++) out2[i] = Math.round(codes[i] * scale + min);
      return out2;
    }
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = codes[i] * scale + min;
    return out;
  }
  switch (spec.dtype) {
    case "float32":
      return new Float32Array(toHostOrder(bytes, 4).buffer, 0, count);
    case "int32":
      return new Int32Array(toHostOrder(bytes, 4).buffer, 0, count);
    // complex64 is interleaved (re, im) float32 pairs; callers see 2 × count floats.
    case "complex64":
      return new Float32Array(toHostOrder(bytes, 4).buffer, 0, count * 2);
    case "bool":
    case "uint8":
      return bytes.subarray(0, count);
    case "int8":
      return new Int8Array(bytes.buffer, 0, count);
    case "int16":
      return new Int16Array(toHostOrder(bytes, 2).buffer, 0, count);
    case "uint16":
      return new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
    case "uint32":
      return new Uint32Array(toHostOrder(bytes, 4).buffer, 0, count);
    case "float64":
      return new Float64Array(toHostOrder(bytes, 8).buffer, 0, count);
    case "int64":
      return new BigInt64Array(toHostOrder(bytes, 8).buffer, 0, count);
    // WeightData has no unsigned 64-bit view; values below 2^63 read the same.
    case "uint64":
      return new BigInt64Array(toHostOrder(bytes, 8).buffer, 0, count);
    case "float16": {
      const half = new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
      const out = new Float32Array(count);
      for (let i = 0; i < count; i++) out[i] = halfToFloat(half[i]);
      return out;
    }
    case "bfloat16": {
      const half = new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
      const bits = new Uint32Array(count);
      for (let i = 0; i < count; i++) bits[i] = half[i] << 16;
      return new Float32Array(bits.buffer);
    }
    // `string` tensors have no numeric form: hand back the raw length-prefixed bytes.
    default:
      return bytes;
  }
}

// src/sources/zip.ts
import { createReadStream, createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { Readable, Transform, Writable } from "node:stream";
import zlib from "node:zlib";
var EOCD_SIG = 101010256;
var ZIP64_EOCD_SIG = 101075792;
var ZIP64_EOCD_LOCATOR_SIG = 117853008;
var CDH_SIG = 33639248;
var LFH_SIG = 67324752;
var RESAVE = 'Re-save the model with Keras (`model.save("name.keras")`).';
var REWRITE_NPZ = "Write the arrays again with numpy.savez() (or numpy.savez_compressed()).";
function fixFor(file) {
  return /\.npz$/i.test(file) ? REWRITE_NPZ : RESAVE;
}
function damaged(file, what) {
  return new InputError(file, "corrupt", `the zip archive is damaged: ${what}`, fixFor(file));
}
async function listZip(file) {
  const fh = await open(file, "r");
  try {
    const { size: size2 } = await fh.stat();
    const tailLen = Math.min(size2, 65557 + 20);
    const tail2 = Buffer.alloc(tailLen);
    await fh.read(tail2, 0, tailLen, size2 - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) if (tail2.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
    if (eocd < 0) throw new InputError(file, "truncated", "the zip archive has no central directory (the file is cut short or not a zip)", "Re-download or re-save the .keras file.");
    let count = tail2.readUInt16LE(eocd + 10);
    let cdSize = tail2.readUInt32LE(eocd + 12);
    let cdOffset = tail2.readUInt32LE(eocd + 16);
    if (cdOffset === 4294967295 || count === 65535 || cdSize === 4294967295) {
      const loc = eocd - 20;
      if (loc >= 0 && tail2.readUInt32LE(loc) === ZIP64_EOCD_LOCATOR_SIG) {
        const recOff = Number(tail2.readBigUInt64LE(loc + 8));
        const rec = Buffer.alloc(56);
        const { bytesRead } = await fh.read(rec, 0, 56, Math.min(recOff, size2));
        if (bytesRead < 56 || rec.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw damaged(file, "its ZIP64 end record is missing");
        count = Number(rec.readBigUInt64LE(32));
        cdSize = Number(rec.readBigUInt64LE(40));
        cdOffset = Number(rec.readBigUInt64LE(48));
      }
    }
    if (cdOffset + cdSize > size2) throw new InputError(file, "truncated", "the zip central directory points past the end of the file", "Re-download or re-save the .keras file.");
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CDH_SIG) throw damaged(file, "its central directory is cut short");
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      const crc = cd.readUInt32LE(p + 16);
      let compressedSize = cd.readUInt32LE(p + 20);
      let usize = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      let localHeaderOffset = cd.readUInt32LE(p + 42);
      if (p + 46 + nameLen + extraLen > cd.length) throw damaged(file, "its central directory is cut short");
      const rawName = Buffer.from(cd.subarray(p + 46, p + 46 + nameLen));
      const name = rawName.toString("utf8");
      const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      for (let q = 0; q + 4 <= extra.length; ) {
        const id = extra.readUInt16LE(q);
        const len = extra.readUInt16LE(q + 2);
        const end = Math.min(q + 4 + len, extra.length);
        if (id === 1) {
          let r = q + 4;
          const next = () => {
            if (r + 8 > end) throw damaged(file, `member ${quoteName(name)} has a short ZIP64 field`);
            const v = Number(extra.readBigUInt64LE(r));
            r += 8;
            return v;
          };
          if (usize === 4294967295) usize = next();
          if (compressedSize === 4294967295) compressedSize = next();
          if (localHeaderOffset === 4294967295) localHeaderOffset = next();
        }
        q += 4 + len;
      }
      entries.push({ name, rawName, flags, method, crc32: crc, compressedSize, size: usize, localHeaderOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fh.close();
  }
}
function unsafeName(name) {
  return name.includes("\0") || name.startsWith("/") || name.startsWith("\\") || /^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes("..");
}
function checkEntries(file, entries, limits = DEFAULT_LIMITS) {
  const seen = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (unsafeName(e.name)) {
      throw new InputError(
        file,
        "unsafe-path",
        `the archive holds a member named ${quoteName(e.name)}, a path that leads outside any folder it is unpacked into (path traversal): refused`,
        `Keras and numpy never write such names; ${fixFor(file)}`
      );
    }
    if (seen.has(e.name)) throw new InputError(file, "corrupt", `the archive holds ${quoteName(e.name)} twice; which one Keras would read is ambiguous`, fixFor(file));
    seen.add(e.name);
    if (e.size > limits.maxDecompressedBytes) {
      throw limitError(file, "maxDecompressedBytes", limits, `member ${quoteName(e.name)} inflates to ${e.size} bytes`);
    }
    if (e.size > limits.zipRatioFloorBytes && e.size / Math.max(e.compressedSize, 1) > limits.maxZipRatio) {
      throw limitError(
        file,
        "maxZipRatio",
        limits,
        `member ${quoteName(e.name)} expands ${Math.round(e.size / Math.max(e.compressedSize, 1))}x (${e.compressedSize} \u2192 ${e.size} bytes; a zip bomb? Keras stores members uncompressed)`
      );
    }
  }
}
var DATA_DESCRIPTOR = 8;
var ENCRYPTED = 1;
async function dataRange(file, e) {
  const fh = await open(file, "r");
  try {
    const { size: size2 } = await fh.stat();
    const h = Buffer.alloc(30);
    const { bytesRead } = await fh.read(h, 0, 30, Math.min(e.localHeaderOffset, size2));
    if (bytesRead < 30 || h.readUInt32LE(0) !== LFH_SIG) throw damaged(file, `member ${quoteName(e.name)} has no local header where the directory says`);
    const nameLen = h.readUInt16LE(26);
    const start = e.localHeaderOffset + 30 + nameLen + h.readUInt16LE(28);
    const localName = Buffer.alloc(nameLen);
    await fh.read(localName, 0, nameLen, e.localHeaderOffset + 30);
    const disagree = (what) => new InputError(
      file,
      "corrupt",
      `member ${quoteName(e.name)}: ${what} (the archive's local header and central directory disagree; Python's zipfile, and so Keras, refuses it)`,
      `${fixFor(file)} An archive whose two directories disagree is damaged, or made to show different files to different readers.`
    );
    const raw = e.rawName ?? Buffer.from(e.name, "utf8");
    if (!localName.equals(raw)) throw disagree(`its local header names it ${quoteName(localName.toString("utf8"))}`);
    const flags = h.readUInt16LE(6);
    if ((flags | (e.flags ?? 0)) & ENCRYPTED) {
      throw new InputError(file, "unsupported-format", `member ${quoteName(e.name)} is encrypted, which Keras never writes`, fixFor(file));
    }
    const method = h.readUInt16LE(8);
    if (method !== e.method) throw disagree(`its local header says compression method ${method}, the central directory ${e.method}`);
    if (!(flags & DATA_DESCRIPTOR)) {
      const crc = h.readUInt32LE(14);
      const csize = h.readUInt32LE(18);
      const usize = h.readUInt32LE(22);
      if (e.crc32 !== void 0 && crc !== e.crc32) throw disagree(`its local header gives CRC-32 ${hex(crc)}, the central directory ${hex(e.crc32)}`);
      if (csize !== 4294967295 && csize !== e.compressedSize) throw disagree(`its local header gives ${csize} compressed bytes, the central directory ${e.compressedSize}`);
      if (usize !== 4294967295 && usize !== e.size) throw disagree(`its local header gives ${usize} bytes, the central directory ${e.size}`);
    }
    if (start + e.compressedSize > size2) {
      throw new InputError(file, "truncated", `member ${quoteName(e.name)} runs past the end of the file (the archive is cut short)`, "Re-download or re-save the .keras file.");
    }
    return { start, end: start + e.compressedSize };
  } finally {
    await fh.close();
  }
}
function hex(n) {
  return `0x${n.toString(16).padStart(8, "0")}`;
}
var CRC_TABLE;
function tableCrc32(data, value) {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c2 = n;
      for (let k = 0; k < 8; k++) c2 = c2 & 1 ? 3988292384 ^ c2 >>> 1 : c2 >>> 1;
      CRC_TABLE[n] = c2 >>> 0;
    }
  }
  let c = (value ^ 4294967295) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
var nativeCrc32 = zlib.crc32;
function crc32(data, value = 0) {
  return nativeCrc32 ? nativeCrc32(data, value) >>> 0 : tableCrc32(data, value);
}
function budget(file, e, limits, counted) {
  const limit = Math.min(e.size, limits.maxDecompressedBytes);
  return new Transform({
    transform(chunk, _enc, cb) {
      counted.n += chunk.length;
      if (counted.n <= limit) {
        counted.crc = crc32(chunk, counted.crc);
        cb(null, chunk);
      } else if (counted.n > limits.maxDecompressedBytes) cb(limitError(file, "maxDecompressedBytes", limits, `member ${quoteName(e.name)} inflates past ${counted.n} bytes`));
      else cb(new InputError(file, "corrupt", `member ${quoteName(e.name)} inflates past the ${e.size} bytes its central directory declares: refused as a zip bomb`, fixFor(file)));
    }
  });
}
async function streamEntry(file, e, sink2, limits) {
  if (e.method !== 0 && e.method !== 8) {
    throw new InputError(file, "unsupported-format", `member ${quoteName(e.name)} uses zip compression method ${e.method}, which Keras never writes`, fixFor(file));
  }
  const counted = { n: 0, crc: 0 };
  const { start, end } = await dataRange(file, e);
  if (e.compressedSize > 0) {
    const src = createReadStream(file, { start, end: end - 1, highWaterMark: 1 << 20 });
    const stages = [src];
    if (e.method === 8) stages.push(zlib.createInflateRaw());
    const signal = Number.isFinite(limits.timeoutMs) ? AbortSignal.timeout(Math.min(limits.timeoutMs, 2 ** 31 - 1)) : void 0;
    try {
      await pipeline([...stages, budget(file, e, limits, counted), sink2], { signal });
    } catch (err) {
      if (err instanceof InputError) throw err;
      if (signal?.aborted) throw limitError(file, "timeoutMs", limits, `extracting member ${quoteName(e.name)} did not finish within ${formatLimit("timeoutMs", limits.timeoutMs)}`);
      const code = err.code ?? "";
      if (/^Z_/.test(code) || /zlib|deflate|inflat|unexpected end/i.test(err.message)) {
        throw new InputError(file, "corrupt", `member ${quoteName(e.name)} is not valid deflate data (${err.message})`, fixFor(file));
      }
      throw err;
    }
  } else {
    await pipeline(Readable.from([]), sink2);
  }
  if (counted.n !== e.size) {
    throw new InputError(file, "corrupt", `member ${quoteName(e.name)} holds ${counted.n} bytes, but the central directory says ${e.size}`, fixFor(file));
  }
  if (e.crc32 !== void 0 && counted.crc !== e.crc32) {
    throw new InputError(
      file,
      "corrupt",
      `member ${quoteName(e.name)} fails its CRC-32 check (the data gives ${hex(counted.crc)}, the archive records ${hex(e.crc32)}): the archive is damaged or was altered`,
      `Re-download it; if it is the original, ${fixFor(file).charAt(0).toLowerCase()}${fixFor(file).slice(1)}`
    );
  }
}
function collector(chunks) {
  return new Writable({ write(c, _e, cb) {
    chunks.push(c);
    cb();
  } });
}
async function extractEntry(file, e, dest, limits = DEFAULT_LIMITS) {
  await streamEntry(file, e, createWriteStream(dest), limits);
}
async function readEntryText(file, e, limits = DEFAULT_LIMITS) {
  if (e.size > limits.maxJsonBytes) throw limitError(file, "maxJsonBytes", limits, `member ${quoteName(e.name)} is ${e.size} bytes of JSON`);
  const chunks = [];
  await streamEntry(file, e, collector(chunks), limits);
  return Buffer.concat(chunks).toString("utf8");
}
async function readEntryBytes(file, e, maxBytes = 2 * 2 ** 30, limits = DEFAULT_LIMITS) {
  const bounded = { ...limits, maxDecompressedBytes: Math.min(maxBytes, limits.maxDecompressedBytes) };
  if (e.size > bounded.maxDecompressedBytes) throw limitError(file, "maxDecompressedBytes", bounded, `member ${quoteName(e.name)} is ${e.size} bytes`);
  const chunks = [];
  await streamEntry(file, e, collector(chunks), bounded);
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

// src/sources/npy.ts
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
    decode: (b, n) => {
      const u16 = new Uint16Array(aligned(b));
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = halfToFloat(u16[i]);
      return out;
    }
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
  const [, order, kind, size2] = m;
  if (order === ">" && size2 !== "1") {
    throw new InputError(source, "unsupported-format", `the array is big-endian ('${descr}')`, 'Save it little-endian: numpy.save(f, a.astype(a.dtype.newbyteorder("<"))).');
  }
  const d = DESCRS[`${kind}${size2}`];
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
  return { dtype: d.dtype, shape: h.shape, data: d.decode(bytes.subarray(h.dataOffset, h.dataOffset + need), count) };
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
    const { size: size2 } = await stat(file);
    if (size2 > maxBytes) throw tooLarge(file, `the array file is ${size2} bytes`, maxBytes);
    bytes = await readFile(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, "not-found", `cannot be read (${err.code ?? String(err)})`);
  }
  return parseNpy(bytes, file);
}
var NPZ_MEMBER = /^[^/\\\u0000]+\.npy$/;
async function readNpz(file, o = {}) {
  const maxBytes = o.maxBytes ?? DEFAULT_ARRAY_BYTES;
  const limits = o.limits ?? DEFAULT_LIMITS;
  const entries = await listZip(file);
  checkEntries(file, entries, limits);
  const fix = "Write it with numpy.savez(f, name=array, ...): one <name>.npy member per array.";
  for (const e of entries) {
    if (!NPZ_MEMBER.test(e.name)) {
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
  const fh = await open2(file, "r").catch((err) => {
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

// src/engine/inputs.ts
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
  const batch = opts.batch ?? 2;
  const dimDefault = opts.dimDefault ?? 8;
  return definition.inputs.map((spec) => spec.shape.map((d, i) => d ?? (i === 0 ? batch : dimDefault)));
}
function generateInputs(definition, opts = {}) {
  const seed = opts.seed ?? 1;
  const next = prng(seed);
  const shapes = generatedShapes(definition, opts);
  const arrays = definition.inputs.map((spec, k) => {
    const shape = shapes[k];
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
  const described = arrays.map((a, i) => `${definition.inputs[i].name} ${JSON.stringify(a.shape)}`).join(", ");
  return { arrays, note: `inputs generated from seed ${seed}: ${described}` };
}
function pick(named, names, what, source) {
  if (names.every((n) => named.has(n))) return names.map((n) => named.get(n));
  const keys = [...named.keys()];
  if (names.length === 1 && named.size === 1) return [named.get(keys[0])];
  if (keys.length === names.length && keys.every((k, i) => k === `arr_${i}`)) return keys.map((k) => named.get(k));
  const missing = names.filter((n) => !named.has(n));
  throw new ArraysMismatch(`${source} has no ${what} named ${missing.map((n) => `'${n}'`).join(", ")} (it holds ${keys.map((k) => `'${k}'`).join(", ")})`);
}
async function resolveArrays(source, names, what, bound) {
  if (Array.isArray(source)) {
    if (source.length !== names.length) throw new ArraysMismatch(`${source.length} ${what} array(s) given for ${names.length} ${what}(s)`);
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
  if (typeof b !== "number" || shape.length === 0 || shape[0] % b !== 0) return false;
  return fitsSpec([b, ...shape.slice(1)], spec);
}
function checkInputs(definition, arrays) {
  const batches = new Set(arrays.map((a) => a.shape[0]));
  if (batches.size > 1) throw new ArraysMismatch(`the inputs disagree on the batch size (${[...batches].join(" vs ")})`);
  arrays.forEach((a, i) => {
    const spec = definition.inputs[i];
    if (!fitsSpec(a.shape, spec.shape) && !fitsBatched(a.shape, spec.shape)) {
      throw new ArraysMismatch(`input '${spec.name}' has shape ${JSON.stringify(a.shape)} but the model declares ${JSON.stringify(spec.shape)}`);
    }
  });
}

// src/model/layers/spec.ts
var UnresolvedShape = class extends Error {
  name = "UnresolvedShape";
};

// src/model/layers/shape-math.ts
var LayerConfigError = class extends Error {
  name = "LayerConfigError";
};
function requireDim(d, what) {
  if (d === null || d === void 0) throw new UnresolvedShape(`${what} is unknown`);
  return d;
}
function requireDims(shape, what) {
  return shape.map((d, i) => requireDim(d, `${what}[${i}]`));
}
function inputShape(call, i = 0) {
  const s = call.inputShapes[i];
  if (!s) throw new UnresolvedShape(`input ${i} of ${call.className} '${call.name}' has no known shape`);
  return s;
}
function requireRank(shape, rank, call) {
  if (shape.length !== rank) {
    throw new LayerConfigError(
      `${call.className} '${call.name}' expects rank ${rank} input, got ${JSON.stringify(shape)}`
    );
  }
}
function normalizeAxis(axis, rank) {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) throw new LayerConfigError(`axis ${axis} out of range for rank ${rank}`);
  return a;
}
function product(dims) {
  let p = 1;
  for (const d of dims) {
    if (d === null) return null;
    p *= d;
  }
  return p;
}
function addDims(a, b) {
  return a === null || b === null ? null : a + b;
}
function mulDim(a, k) {
  return a === null ? null : a * k;
}
function toTuple(value, n, what) {
  if (typeof value === "number") return Array(n).fill(value);
  if (Array.isArray(value) && value.length === n && value.every((v) => typeof v === "number")) {
    return value;
  }
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === "number") {
    return Array(n).fill(value[0]);
  }
  throw new LayerConfigError(`${what} must be an int or ${n} ints, got ${JSON.stringify(value)}`);
}
function convOutputLength(input, kernel, padding, stride, dilation = 1) {
  if (input === null) return null;
  const dk = kernel + (kernel - 1) * (dilation - 1);
  let len;
  switch (padding) {
    case "same":
    case "causal":
      len = input;
      break;
    case "valid":
      len = input - dk + 1;
      break;
    case "full":
      len = input + dk - 1;
      break;
    default:
      throw new LayerConfigError(`unknown padding '${padding}'`);
  }
  return Math.floor((len + stride - 1) / stride);
}
function deconvOutputLength(input, kernel, padding, outputPadding, stride, dilation = 1) {
  if (input === null) return null;
  const dk = kernel + (kernel - 1) * (dilation - 1);
  if (outputPadding === null) {
    switch (padding) {
      case "valid":
        return input * stride + Math.max(dk - stride, 0);
      case "full":
        return input * stride - (stride + dk - 2);
      case "same":
        return input * stride;
      default:
        throw new LayerConfigError(`unknown padding '${padding}'`);
    }
  }
  let pad;
  switch (padding) {
    case "same":
      pad = Math.floor(dk / 2);
      break;
    case "valid":
      pad = 0;
      break;
    case "full":
      pad = dk - 1;
      break;
    default:
      throw new LayerConfigError(`unknown padding '${padding}'`);
  }
  return (input - 1) * stride + dk - 2 * pad + outputPadding;
}
function broadcastShapes(a, b) {
  if (a.length < b.length) return broadcastShapes(b, a);
  const out = a.slice(0, a.length - b.length);
  const tail2 = a.slice(a.length - b.length);
  tail2.forEach((x, i) => {
    const y = b[i];
    if (x === null || y === null) out.push(null);
    else if (x === 1) out.push(y);
    else if (y === 1) out.push(x);
    else if (x !== y) throw new LayerConfigError(`shapes ${JSON.stringify(a)} and ${JSON.stringify(b)} do not broadcast`);
    else out.push(x);
  });
  return out;
}
function commonBatch(shapes) {
  const known = new Set(shapes.map((s) => s[0]).filter((d) => d !== null));
  return known.size === 1 ? [...known][0] : null;
}

// src/model/layers/config-read.ts
function bool(config, key, dflt) {
  const v = config[key];
  return v === null || v === void 0 ? dflt : Boolean(v);
}
function num(config, key, dflt) {
  const v = config[key];
  if (typeof v === "number") return v;
  if (v === null || v === void 0) {
    if (dflt !== void 0) return dflt;
    throw new LayerConfigError(`config key '${key}' is missing`);
  }
  throw new LayerConfigError(`config key '${key}' should be a number, got ${JSON.stringify(v)}`);
}
function pick2(config, ...keys) {
  for (const k of keys) {
    if (config[k] !== void 0 && config[k] !== null) return config[k];
  }
  return void 0;
}
function isChannelsFirst(config) {
  const df = config.data_format ?? config.dim_ordering;
  return df === "channels_first" || df === "th";
}
function paddingMode(config) {
  const p = pick2(config, "padding", "border_mode");
  return typeof p === "string" ? p.toLowerCase() : "valid";
}
function nestedLayer(raw, what) {
  if (raw && typeof raw === "object" && !Array.isArray(raw)) {
    const r = raw;
    if (typeof r.class_name === "string") {
      const cfg = r.config && typeof r.config === "object" ? r.config : {};
      return { className: r.class_name, config: cfg };
    }
  }
  throw new LayerConfigError(`${what} is not a layer config: ${JSON.stringify(raw)?.slice(0, 120)}`);
}
function innerCall(outer, inner, inputShapes) {
  return {
    className: inner.className,
    name: typeof inner.config.name === "string" ? inner.config.name : "",
    config: inner.config,
    generation: outer.generation,
    variableDtype: outer.variableDtype,
    inputShapes,
    kwargShapes: {}
  };
}
function variable(name, shape, trainable = true, extra = {}) {
  const v = { name, shape, trainable, owner: extra.owner ?? "", scope: extra.scope ?? "" };
  if (extra.dtype) v.dtype = extra.dtype;
  return v;
}
function joinPath(...parts) {
  return parts.filter((p) => p !== "").join("/");
}
function nest(vars, owner, scope) {
  return vars.map((v) => ({ ...v, owner: joinPath(owner, v.owner), scope: joinPath(scope, v.scope) }));
}

// src/text/python.ts
function pyShape(shape) {
  const dims = shape.map((d) => d === null ? "None" : String(d));
  if (dims.length === 1) return `(${dims[0]},)`;
  return `(${dims.join(", ")})`;
}

// src/model/layers/recurrent.ts
function snakeCase(name) {
  return name.replace(/\W+/g, "").replace(/(.)([A-Z][a-z]+)/g, "$1_$2").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}
function gruResetAfter(config, d) {
  return bool(config, "reset_after", d.generation >= 2 && !d.tfjs);
}
function resetAfterAssumption(name, config, d) {
  if (d.generation < 2 || d.tfjs || "reset_after" in config) return void 0;
  const units = typeof config.units === "number" ? config.units : void 0;
  return `GRU '${name}' has no reset_after in its config (Keras 2.0-2.2 wrote none, and built it as False): tf-keras 2.x and Keras 3 default it to True${units ? `, so they expect a (2, ${3 * units}) bias` : ""}.`;
}
function lstmCell(c, inputDim) {
  const units = num(c, "units");
  const vars = [variable("kernel", [inputDim, 4 * units]), variable("recurrent_kernel", [units, 4 * units])];
  if (bool(c, "use_bias", true)) vars.push(variable("bias", [4 * units]));
  return { vars, output: [units], states: [[units], [units]] };
}
function gruCell(c, inputDim, d) {
  const units = num(c, "units");
  const vars = [variable("kernel", [inputDim, 3 * units]), variable("recurrent_kernel", [units, 3 * units])];
  if (bool(c, "use_bias", true)) vars.push(variable("bias", gruResetAfter(c, d) ? [2, 3 * units] : [3 * units]));
  return { vars, output: [units], states: [[units]] };
}
function simpleCell(c, inputDim) {
  const units = num(c, "units");
  const vars = [variable("kernel", [inputDim, units]), variable("recurrent_kernel", [units, units])];
  if (bool(c, "use_bias", true)) vars.push(variable("bias", [units]));
  return { vars, output: [units], states: [[units]] };
}
var CELL_DEFAULT_NAMES = {
  LSTM: "lstm_cell",
  LSTMCell: "lstm_cell",
  GRU: "gru_cell",
  GRUCell: "gru_cell",
  SimpleRNN: "simple_rnn_cell",
  SimpleRNNCell: "simple_rnn_cell"
};
function basicCell(className, c, inputDim, d) {
  switch (className) {
    case "LSTM":
    case "LSTMCell":
    case "LSTMCellV2":
      return lstmCell(c, inputDim);
    case "GRU":
    case "GRUCell":
    case "GRUCellV2":
      return gruCell(c, inputDim, d);
    case "SimpleRNN":
    case "SimpleRNNCell":
      return simpleCell(c, inputDim);
    default:
      return void 0;
  }
}
function rnnCell(raw, inputDim, d) {
  const cellConfigs = Array.isArray(raw) ? raw : null;
  const nested = cellConfigs ? null : nestedLayer(raw, "RNN cell");
  if (nested && nested.className !== "StackedRNNCells") {
    const cell = basicCell(nested.className, nested.config, inputDim, d);
    if (!cell) throw new LayerConfigError(`RNN cell class '${nested.className}' is not in the catalogue`);
    const scope = typeof nested.config.name === "string" ? nested.config.name : CELL_DEFAULT_NAMES[nested.className];
    return { ...cell, vars: nest(cell.vars, "cell", scope) };
  }
  const list = cellConfigs ?? nested.config.cells;
  if (!Array.isArray(list) || list.length === 0) throw new LayerConfigError("StackedRNNCells has no cells");
  const stackName = nested && typeof nested.config.name === "string" ? nested.config.name : "stacked_rnn_cells";
  const used = /* @__PURE__ */ new Map();
  const vars = [];
  const states = [];
  let dim = inputDim;
  let output = [];
  for (const item of list) {
    const n = nestedLayer(item, "stacked cell");
    const cell = basicCell(n.className, n.config, dim, d);
    if (!cell) throw new LayerConfigError(`RNN cell class '${n.className}' is not in the catalogue`);
    const snake = snakeCase(n.className);
    const k = used.get(snake) ?? 0;
    used.set(snake, k + 1);
    const slot = k === 0 ? snake : `${snake}_${k}`;
    const cellName = typeof n.config.name === "string" ? n.config.name : CELL_DEFAULT_NAMES[n.className];
    vars.push(...nest(cell.vars, `cell/cells/${slot}`, joinPath(stackName, cellName)));
    states.push(...cell.states);
    output = cell.output;
    dim = output[0];
  }
  return { vars, output, states };
}
function recurrentOutputs(config, input, step, states) {
  const batch = input[0];
  const out = bool(config, "return_sequences", false) ? [batch, input[1], ...step] : [batch, ...step];
  if (!bool(config, "return_state", false)) return [out];
  return [out, ...states.map((s) => [batch, ...s])];
}
function sequenceInput(call) {
  const input = inputShape(call);
  requireRank(input, 3, call);
  return { input, inputDim: requireDim(input[2], `${call.className} input features`) };
}
function recurrent(className) {
  return {
    variables(call) {
      const { inputDim } = sequenceInput(call);
      const cell = basicCell(className, call.config, inputDim, call);
      return nest(cell.vars, "cell", CELL_DEFAULT_NAMES[className]);
    },
    outputShapes(call) {
      const input = inputShape(call);
      requireRank(input, 3, call);
      const units = num(call.config, "units");
      const states = className === "LSTM" ? [[units], [units]] : [[units]];
      return recurrentOutputs(call.config, input, [units], states);
    }
  };
}
var rnn = {
  variables(call) {
    const { inputDim } = sequenceInput(call);
    return rnnCell(call.config.cell, inputDim, call).vars;
  },
  outputShapes(call) {
    const input = inputShape(call);
    requireRank(input, 3, call);
    const cell = rnnCell(call.config.cell, input[2] ?? 1, call);
    return recurrentOutputs(call.config, input, cell.output, cell.states);
  }
};
var RECURRENT_GATES = {
  LSTM: 4,
  LSTMCell: 4,
  CuDNNLSTM: 4,
  ConvLSTM1D: 4,
  ConvLSTM2D: 4,
  ConvLSTM3D: 4,
  GRU: 3,
  GRUCell: 3,
  CuDNNGRU: 3,
  SimpleRNN: 1,
  SimpleRNNCell: 1
};
var CUDNN_CPU_CLASS = {
  CuDNNLSTM: { className: "LSTM", config: { activation: "tanh", recurrent_activation: "sigmoid", use_bias: true } },
  CuDNNGRU: { className: "GRU", config: { activation: "tanh", recurrent_activation: "sigmoid", use_bias: true, reset_after: true } }
};
function cudnn(kind) {
  const gates = RECURRENT_GATES[kind];
  return {
    variables(call) {
      const { inputDim } = sequenceInput(call);
      const units = num(call.config, "units");
      return [
        variable("kernel", [inputDim, gates * units]),
        variable("recurrent_kernel", [units, gates * units]),
        variable("bias", [2 * gates * units])
      ];
    },
    outputShapes(call) {
      const input = inputShape(call);
      const units = num(call.config, "units");
      return recurrentOutputs(call.config, input, [units], kind === "LSTM" ? [[units], [units]] : [[units]]);
    }
  };
}
function convLstm(rank) {
  const geometry = (call) => {
    const c = call.config;
    const input = inputShape(call);
    requireRank(input, rank + 3, call);
    const cf = isChannelsFirst(c);
    const step = input.slice(2);
    const channels = cf ? step[0] : step[step.length - 1];
    const spatial = cf ? step.slice(1) : step.slice(0, -1);
    const kernel = toTuple(c.kernel_size, rank, "kernel_size");
    const strides2 = toTuple(c.strides ?? 1, rank, "strides");
    const dilation = toTuple(c.dilation_rate ?? 1, rank, "dilation_rate");
    const padding = paddingMode(c);
    const filters = num(c, "filters");
    const outSpatial = spatial.map((d, i) => convOutputLength(d, kernel[i], padding, strides2[i], dilation[i]));
    const stepOut = cf ? [filters, ...outSpatial] : [...outSpatial, filters];
    return { input, channels, kernel, filters, stepOut };
  };
  return {
    variables(call) {
      const g = geometry(call);
      const inCh = requireDim(g.channels, "ConvLSTM input channels");
      const vars = [
        variable("kernel", [...g.kernel, inCh, 4 * g.filters]),
        variable("recurrent_kernel", [...g.kernel, g.filters, 4 * g.filters])
      ];
      if (bool(call.config, "use_bias", true)) vars.push(variable("bias", [4 * g.filters]));
      return nest(vars, "cell", "conv_lstm_cell");
    },
    outputShapes(call) {
      const g = geometry(call);
      return recurrentOutputs(call.config, g.input, g.stepOut, [g.stepOut, g.stepOut]);
    }
  };
}

// src/model/tfkeras-preprocess.ts
var KERAS1_CLASSES = {
  Convolution1D: "Conv1D",
  AtrousConvolution1D: "Conv1D",
  Convolution2D: "Conv2D",
  AtrousConvolution2D: "Conv2D",
  Deconvolution2D: "Conv2DTranspose",
  Convolution3D: "Conv3D"
};
function numberAt(v, i = 0) {
  if (typeof v === "number") return v;
  if (Array.isArray(v) && typeof v[i] === "number") return v[i];
  return void 0;
}
function innerTarget(v) {
  if (typeof v !== "object" || v === null) return void 0;
  const o = v;
  if (typeof o.class_name !== "string") return void 0;
  const config = typeof o.config === "object" && o.config !== null ? o.config : {};
  return { className: o.class_name, config };
}
function shift(e, by) {
  switch (e.op) {
    case "saved":
      return saved(e.index + by);
    case "concat":
      return { ...e, parts: e.parts.map((p) => shift(p, by)) };
    case "add":
      return { ...e, a: shift(e.a, by), b: shift(e.b, by) };
    default:
      return { ...e, of: shift(e.of, by) };
  }
}
function compose(e, inputs) {
  switch (e.op) {
    case "saved":
      return inputs[e.index];
    case "concat":
      return { ...e, parts: e.parts.map((p) => compose(p, inputs)) };
    case "add":
      return { ...e, a: compose(e.a, inputs), b: compose(e.b, inputs) };
    default:
      return { ...e, of: compose(e.of, inputs) };
  }
}
var identity = (n) => Array.from({ length: n }, (_, i) => saved(i));
var concatLast = (indices) => ({ op: "concat", parts: indices.map(saved) });
var transposed = (perm, rest) => [{ op: "transpose", of: saved(0), perm }, ...identity(rest).slice(1)];
function keras1(t, shapes) {
  const cls = KERAS1_CLASSES[t.className] ?? t.className;
  const c = t.config;
  const first = isChannelsFirst(c);
  const n = shapes.length;
  switch (cls) {
    case "LSTM":
      if (n !== 12) return void 0;
      return {
        outputs: [0, 1, 2].map((o) => concatLast([o, o + 6, o + 3, o + 9])),
        description: "12 per-gate arrays (W, U, b for gates i, c, f, o) concatenated into kernel, recurrent_kernel and bias in gate order i, f, c, o"
      };
    case "GRU":
      if (n !== 9) return void 0;
      return {
        outputs: [0, 1, 2].map((o) => concatLast([o, o + 3, o + 6])),
        description: "9 per-gate arrays (W, U, b for gates z, r, h) concatenated into kernel, recurrent_kernel and bias"
      };
    case "Conv1D": {
      const k = shapes[0];
      if (!k || k.length !== 4) return void 0;
      const size2 = numberAt(c.kernel_size) ?? numberAt(c.filter_length);
      const filters = numberAt(c.filters) ?? numberAt(c.nb_filter);
      const legacy = !(k[0] === size2 && k[1] === 1 && k[3] === filters);
      const kk = legacy ? { op: "transpose", of: saved(0), perm: [2, 3, 1, 0] } : saved(0);
      const s = legacy ? [k[2], k[3], k[1], k[0]] : [...k];
      return {
        outputs: [{ op: "reshape", of: kk, shape: [s[0], s[2], s[3]] }, ...identity(n).slice(1)],
        description: "the 4-D Keras 1 kernel reshaped to (length, input_dim, filters)"
      };
    }
    case "Conv2D":
      return first ? { outputs: transposed([2, 3, 1, 0], n), description: "the channels_first kernel transposed from (filters, in, rows, cols) to (rows, cols, in, filters)" } : void 0;
    case "Conv2DTranspose":
      return first ? { outputs: transposed([2, 3, 0, 1], n), description: "the channels_first kernel transposed from (filters, in, rows, cols) to (rows, cols, filters, in)" } : { outputs: transposed([0, 1, 3, 2], n), description: "the kernel transposed from (rows, cols, in, filters) to (rows, cols, filters, in)" };
    case "Conv3D":
      return first ? { outputs: transposed([2, 3, 4, 1, 0], n), description: "the channels_first kernel transposed to (d1, d2, d3, in, filters)" } : void 0;
    default:
      return void 0;
  }
}
function perGate(of, rows, width, gates, func) {
  const w = width / gates;
  return { op: "concat", parts: Array.from({ length: gates }, (_, g) => func({ op: "slice", of, start: g * w, end: (g + 1) * w }, rows, w)) };
}
var fromCudnnInput = (b, r, c) => ({ op: "transpose", of: { op: "reshape", of: b, shape: [c, r] }, perm: [1, 0] });
var toCudnnInput = (b, r, c) => ({ op: "reshape", of: { op: "transpose", of: b, perm: [1, 0] }, shape: [r, c] });
var transposeBlock = (b) => ({ op: "transpose", of: b, perm: [1, 0] });
function cudnn2(t, shapes) {
  const isLstm = t.className === "LSTM" || t.className === "CuDNNLSTM";
  const isGru = t.className === "GRU" || t.className === "CuDNNGRU";
  if (!isLstm && !isGru || shapes.length !== 3) return { kind: "as-saved" };
  const [kernel, recurrent2, bias] = shapes;
  if (kernel.length !== 2 || recurrent2.length !== 2) return { kind: "as-saved" };
  const units = recurrent2[0];
  const gates = RECURRENT_GATES[t.className];
  const kernels = (from) => [
    perGate(saved(0), kernel[0], kernel[1], gates, from ? fromCudnnInput : toCudnnInput),
    perGate(saved(1), recurrent2[0], recurrent2[1], gates, transposeBlock)
  ];
  const same = (a, b) => a.length === b.length && a.every((d, i) => d === b[i]);
  if (isLstm) {
    let source2;
    if (same(bias, [2 * units * gates])) source2 = "CuDNNLSTM";
    else if (same(bias, [units * gates])) source2 = "LSTM";
    else return { kind: "refused", message: `Invalid bias shape: ${pyShape(bias)}` };
    if (source2 === t.className) return { kind: "as-saved" };
    const fromCudnn2 = source2 === "CuDNNLSTM";
    const half = units * gates;
    const biasExpr = fromCudnn2 ? { op: "add", a: { op: "slice", of: saved(2), start: 0, end: half }, b: { op: "slice", of: saved(2), start: half, end: 2 * half } } : { op: "concat", parts: [{ op: "scale", of: saved(2), by: 0.5 }, { op: "scale", of: saved(2), by: 0.5 }] };
    return {
      kind: "converted",
      outputs: [...kernels(fromCudnn2), biasExpr],
      description: fromCudnn2 ? "CuDNNLSTM weights converted to LSTM layout (per-gate kernels transposed, input and recurrent biases summed)" : "LSTM weights converted to CuDNNLSTM layout (per-gate kernels transposed, the bias split into input and recurrent halves)"
    };
  }
  let source;
  if (same(bias, [2 * units * gates])) source = "CuDNNGRU";
  else if (same(bias, [2, units * gates])) source = "GRU(reset_after=True)";
  else if (same(bias, [units * gates])) source = "GRU(reset_after=False)";
  else return { kind: "refused", message: `Invalid bias shape: ${pyShape(bias)}` };
  const target = t.className === "CuDNNGRU" ? "CuDNNGRU" : gruResetAfter(t.config, { generation: 2 }) ? "GRU(reset_after=True)" : "GRU(reset_after=False)";
  if (source === target) return { kind: "as-saved" };
  if (source === "GRU(reset_after=False)" || target === "GRU(reset_after=False)") {
    return { kind: "refused", message: `${source} is not compatible with ${target}` };
  }
  const fromCudnn = source === "CuDNNGRU";
  return {
    kind: "converted",
    outputs: [...kernels(fromCudnn), { op: "reshape", of: saved(2), shape: fromCudnn ? [2, units * gates] : [2 * units * gates] }],
    description: fromCudnn ? "CuDNNGRU weights converted to GRU(reset_after=True) layout (per-gate kernels transposed, the bias reshaped to (2, 3\xB7units))" : "GRU(reset_after=True) weights converted to CuDNNGRU layout (per-gate kernels transposed, the bias flattened)"
  };
}
function single(t, shapes, o) {
  let outputs = identity(shapes.length);
  const descriptions = [];
  let current = shapes.map((s) => [...s]);
  if (o.keras1) {
    const k = keras1(t, shapes);
    if (k) {
      outputs = k.outputs;
      descriptions.push(k.description);
      try {
        current = outputs.map((e) => exprShape(e, shapes));
      } catch (err) {
        if (err instanceof ExprError) return { kind: "refused", message: err.message };
        throw err;
      }
    }
  }
  const c = cudnn2({ className: KERAS1_CLASSES[t.className] ?? t.className, config: t.config }, current);
  if (c.kind === "refused") return c;
  if (c.kind === "converted") {
    outputs = c.outputs.map((e) => compose(e, outputs));
    descriptions.push(c.description);
  }
  return descriptions.length ? { kind: "converted", outputs, description: descriptions.join("; then ") } : { kind: "as-saved" };
}
function preprocessForLoading(t, shapes, o) {
  if (t.className === "Bidirectional") {
    const forward = innerTarget(t.config.layer);
    if (!forward || shapes.length % 2) return { kind: "as-saved" };
    const backward = innerTarget(t.config.backward_layer) ?? forward;
    const half = shapes.length / 2;
    const f = single(forward, shapes.slice(0, half), o);
    const b = single(backward, shapes.slice(half), o);
    if (f.kind === "refused") return f;
    if (b.kind === "refused") return b;
    if (f.kind === "as-saved" && b.kind === "as-saved") return f;
    const outs = (p, by) => p.kind === "converted" ? p.outputs.map((e) => shift(e, by)) : identity(half).map((e) => shift(e, by));
    const description = [f, b].find((p) => p.kind === "converted").description;
    return { kind: "converted", outputs: [...outs(f, 0), ...outs(b, half)], description: `forward and backward layers: ${description}` };
  }
  if (t.className === "TimeDistributed") {
    const inner = innerTarget(t.config.layer);
    return inner ? single(inner, shapes, o) : { kind: "as-saved" };
  }
  return single(t, shapes, o);
}
function tfjsLoadTarget(t) {
  const map = (v) => {
    const cpu = CUDNN_CPU_CLASS[v.className];
    return cpu ? { className: cpu.className, config: { ...v.config, ...cpu.config } } : v;
  };
  if (t.className === "Bidirectional" || t.className === "TimeDistributed") {
    const wrap = (key) => {
      const inner = innerTarget(t.config[key]);
      if (!inner) return t.config[key];
      const m = map(inner);
      return { class_name: m.className, config: m.config };
    };
    return { className: t.className, config: { ...t.config, layer: wrap("layer"), ...t.config.backward_layer ? { backward_layer: wrap("backward_layer") } : {} } };
  }
  return map(t);
}

// src/sources/staging.ts
var Staging = class {
  free = [];
  lent = /* @__PURE__ */ new Set();
  /** A buffer of at least `bytes` bytes, not lent to anyone else until released. */
  acquire(bytes) {
    let best = -1;
    this.free.forEach((b, i) => {
      if (b.byteLength >= bytes && (best < 0 || b.byteLength < this.free[best].byteLength)) best = i;
    });
    if (best < 0 && this.free.length) {
      const largest = this.free.reduce((m, b, i) => b.byteLength > this.free[m].byteLength ? i : m, 0);
      this.free.splice(largest, 1);
    }
    const buffer = best >= 0 ? this.free.splice(best, 1)[0] : new SharedArrayBuffer(Math.max(bytes, 1));
    this.lent.add(buffer);
    return buffer;
  }
  /**
   * Give back the buffer under `data` once its bytes are copied elsewhere. Anything not lent from
   * here (a decoded copy, a TF.js shard's bytes) is ignored, so callers need not tell them apart.
   */
  release(data) {
    const buffer = data instanceof SharedArrayBuffer ? data : data.buffer;
    if (!(buffer instanceof SharedArrayBuffer) || !this.lent.delete(buffer)) return;
    this.free.push(buffer);
  }
  /** Bytes held, lent or free (the bench and tests watch it stay near one layer's worth). */
  get bytes() {
    let n = 0;
    for (const b of [...this.free, ...this.lent]) n += b.byteLength;
    return n;
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
    if (slot.has(a.weightIndex)) throw new LoadError(`variable ${layer.weights[a.weightIndex].path} of layer '${a.layer}' is assigned twice`);
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
function product2(shape) {
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
function keyOf(saved2) {
  return `${saved2.path}\0${saved2.objectPath}\0${saved2.index}`;
}
var ValueReader = class {
  constructor(artifact, assignments, staging) {
    this.artifact = artifact;
    this.staging = staging;
    for (const a of assignments) this.uses.set(keyOf(a.saved), (this.uses.get(keyOf(a.saved)) ?? 0) + 1);
  }
  artifact;
  staging;
  cache = /* @__PURE__ */ new Map();
  /** Reads still to come of each saved variable. */
  uses = /* @__PURE__ */ new Map();
  /** Layers holding each value now (read, not yet done with). */
  held = /* @__PURE__ */ new Map();
  /** Not async on purpose: the counting happens when called, in call order, not when the read ends. */
  read(saved2) {
    const key = keyOf(saved2);
    let p = this.cache.get(key);
    if (!p) {
      p = readSaved(this.artifact, saved2, { staging: this.staging });
      this.cache.set(key, p);
    }
    const left = (this.uses.get(key) ?? 1) - 1;
    this.uses.set(key, left);
    if (left <= 0) this.cache.delete(key);
    this.held.set(key, (this.held.get(key) ?? 0) + 1);
    return p.then((data) => {
      const value = { data, shape: saved2.shape, saved: saved2 };
      if (data.length !== product2(saved2.shape)) {
        this.done([value]);
        throw new LoadError(`${saved2.path}: the file holds ${data.length} values for shape ${shapeText(saved2.shape)}`);
      }
      return value;
    });
  }
  /** The engine has copied these values: give back the buffers no layer holds or will read again. */
  done(values) {
    for (const v of values) {
      const key = keyOf(v.saved);
      const held = (this.held.get(key) ?? 1) - 1;
      this.held.set(key, held);
      if (held <= 0 && (this.uses.get(key) ?? 0) <= 0) this.staging?.release(v.data);
    }
  }
};
function tensorOf(tf, v, dtype) {
  return tf.tensor(toTfValues(v.data, dtype), v.shape, dtype);
}
var positional = (tf, layer, values, target) => {
  if (layer.weights.length !== target.length) {
    throw new LoadError(`layer '${layer.name}' (${layer.className}): the definition expects ${layer.weights.length} variables (${layer.weights.map((w) => w.name).join(", ")}) but the TF.js layer has ${target.length}`);
  }
  return { values: target.map((t, i) => values.has(i) ? tensorOf(tf, values.get(i), t.dtype) : void 0) };
};
function converted(tf, definition, layer, values, target) {
  const shapes = layer.weights.map((w, i) => values.get(i)?.shape ?? w.shape.map((d) => d ?? 0));
  const p = preprocessForLoading(tfjsLoadTarget({ className: layer.className, config: layer.config }), shapes, { keras1: definition.generation === 1 });
  if (p.kind === "as-saved") return void 0;
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
function planLayer(tf, definition, layer, values, target) {
  return converted(tf, definition, layer, values, target) ?? positional(tf, layer, values, target);
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
  const reader = new ValueReader(artifact, assignments, copiesOnWrite(tf) ? new Staging() : void 0);
  const notes = [];
  const untouched = [];
  let assigned = 0;
  const loading = new Set([...groups.keys()].map((d) => d.name));
  for (const l of model.layers) {
    if (!loading.has(l.name)) untouched.push(...l.weights.map((w) => w.originalName));
  }
  const layers = [...groups];
  const readSlot = (slot) => [...slot].map(([i, saved2]) => {
    const p = reader.read(saved2);
    p.catch(() => void 0);
    return [i, p];
  });
  let next = layers.length ? readSlot(layers[0][1]) : [];
  for (let k = 0; k < layers.length; k++) {
    const [layer, slot] = layers[k];
    const pending = next;
    next = k + 1 < layers.length ? readSlot(layers[k + 1][1]) : [];
    const target = tfLayer(model, layer.name);
    const vars = target.weights;
    const values = /* @__PURE__ */ new Map();
    let plan;
    try {
      for (const [i, p] of pending) values.set(i, await p);
      plan = planLayer(tf, definition, layer, values, vars.map((v) => ({ shape: v.shape, dtype: v.dtype })));
    } finally {
      reader.done(values.values());
    }
    try {
      plan.values.forEach((t, i) => {
        if (t && !sameShape(t.shape, vars[i].shape)) {
          const from = plan.description ? void 0 : slot.get(i);
          throw new LoadError(`layer '${layer.name}' variable ${vars[i].originalName}: TF.js expects ${shapeText(vars[i].shape)}, the assigned value has ${shapeText(t.shape)}${from ? ` (from ${from.path})` : ""}`);
        }
      });
      const current = plan.values.some((t) => !t) ? target.getWeights() : [];
      plan.values.forEach((t, i) => t || untouched.push(vars[i].originalName));
      target.setWeights(plan.values.map((t, i) => t ?? current[i]));
    } finally {
      for (const t of plan.values) t?.dispose();
    }
    assigned += slot.size;
    if (plan.description) notes.push(plan.description);
  }
  if (untouched.length) {
    notes.push(`${untouched.length} variable(s) received no value from the file and keep seeded initial values: ${untouched.slice(0, 8).join(", ")}${untouched.length > 8 ? ", \u2026" : ""}`);
  }
  return { assigned, notes };
}
function copiesOnWrite(tf) {
  return tf.getBackend() === "wasm";
}
function sameShape(a, b) {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

// src/engine/normalize-config.ts
function newContext(generation, tfjs = false) {
  return { generation, tfjs, notes: /* @__PURE__ */ new Set(), blockers: [], halfPrecision: false, removedOps: [] };
}
var TFJS_LAYER_CLASSES = new Set(`Activation Add AlphaDropout Average AveragePooling1D
  AveragePooling2D AveragePooling3D BatchNormalization Bidirectional CategoryEncoding CenterCrop Concatenate Conv1D Conv2D
  Conv2DTranspose Conv3D Conv3DTranspose ConvLSTM2D ConvLSTM2DCell Cropping2D Dense DepthwiseConv2D Dot Dropout ELU
  Embedding Flatten GRU GRUCell GaussianDropout GaussianNoise GlobalAveragePooling1D GlobalAveragePooling2D
  GlobalMaxPooling1D GlobalMaxPooling2D InputLayer LSTM LSTMCell LayerNormalization LeakyReLU Masking MaxPooling1D
  MaxPooling2D MaxPooling3D Maximum Minimum Multiply PReLU Permute RNN RandomWidth ReLU RepeatVector Rescaling Reshape
  Resizing SeparableConv2D SimpleRNN SimpleRNNCell Softmax SpatialDropout1D StackedRNNCells ThresholdedReLU
  TimeDistributed UpSampling2D ZeroPadding2D Sequential Functional Model`.split(/\s+/).filter(Boolean));
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
var MODEL_CLASSES3 = /* @__PURE__ */ new Set(["Sequential", "Functional", "Model"]);
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
var ACTIVATION_KEYS = ["activation", "recurrent_activation"];
function normalizeConfig(model, generation, tfjs = false) {
  const ctx = newContext(generation, tfjs);
  const root = structuredClone(unwrapModelConfig(model));
  if (!isModelEntry(root)) {
    block(ctx, root, `'${String(root.class_name)}' is not a Sequential or functional model config (a subclassed model's layers live in Python code)`, true);
    return finish(root, ctx);
  }
  translateModel(root, ctx);
  return finish(root, ctx);
}
function finish(config, ctx) {
  return { config, notes: [...ctx.notes], blockers: dedupe(ctx.blockers), halfPrecision: ctx.halfPrecision, removedOps: ctx.removedOps };
}
function dedupe(blockers) {
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
function block(ctx, entry, why, code = false) {
  ctx.blockers.push({ layer: layerName(entry), className: String(entry.class_name ?? "?"), why, ...code ? { code } : {} });
}
function layerName(entry) {
  return String(entry.name ?? entry.config?.name ?? entry.class_name ?? "?");
}
function isModelEntry(entry) {
  const c = entry.config;
  return MODEL_CLASSES3.has(entry.class_name) || isObject(c) && Array.isArray(c.layers) && ("input_layers" in c || "output_layers" in c) || entry.class_name === "Sequential" && Array.isArray(c);
}
function translateModel(entry, ctx) {
  if (Array.isArray(entry.config)) {
    entry.config = { name: entry.name ?? "sequential", layers: entry.config };
  }
  const cfg = entry.config ?? {};
  entry.config = cfg;
  if (!Array.isArray(cfg.layers)) cfg.layers = [];
  const functional = entry.class_name !== "Sequential";
  if (functional) {
    checkAttentionMasks(cfg.layers, ctx);
    removeMaskOps(cfg, ctx);
  }
  const firstBuilt = builtInputShape(cfg.layers[0]) ?? keras1InputShape(cfg.layers[0]);
  const nested = nestedModelClasses(cfg.layers);
  for (const layer of cfg.layers) {
    if (!isObject(layer)) continue;
    translateLayer(layer, ctx);
    if (functional) convertInboundNodes(layer, nested, ctx);
  }
  dropStaleInputShapes(cfg.layers, functional);
  if (functional) {
    cfg.input_layers = wrapLayerRefs(cfg.input_layers);
    cfg.output_layers = wrapLayerRefs(cfg.output_layers);
  } else {
    injectSequentialInputShape(entry, firstBuilt, ctx);
  }
  delete cfg.dtype;
  stripKeras3Keys(entry);
}
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
function injectSequentialInputShape(entry, firstBuilt, ctx) {
  const cfg = entry.config;
  const first = cfg.layers[0];
  const buildShape = cfg.build_input_shape;
  delete cfg.build_input_shape;
  if (!isObject(first) || first.class_name === "InputLayer") return;
  const fc = first.config ?? (first.config = {});
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
    if (!isObject(l) || !isObject(l.config) || l.class_name === "InputLayer" || !functional && i === 0) return;
    delete l.config.batch_input_shape;
    delete l.config.input_shape;
    delete l.config.batch_size;
  });
}
function wrapLayerRefs(refs) {
  if (Array.isArray(refs) && typeof refs[0] === "string") return [refs];
  if (isObject(refs)) return Object.values(refs).map((r) => Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r);
  return refs;
}
function nestedModelClasses(layers) {
  const out = /* @__PURE__ */ new Map();
  for (const l of layers) if (isObject(l) && isModelEntry(l)) out.set(layerName(l), String(l.class_name));
  return out;
}
function isKerasTensor2(v) {
  return isObject(v) && v.class_name === "__keras_tensor__" && isObject(v.config) && Array.isArray(v.config.keras_history);
}
function flattenArgs(v, tensors, others) {
  if (isKerasTensor2(v)) tensors.push(v);
  else if (Array.isArray(v)) v.forEach((x) => flattenArgs(x, tensors, others));
  else if (isObject(v)) Object.values(v).forEach((x) => flattenArgs(x, tensors, others));
  else if (v !== null && v !== void 0) others.push(v);
}
function isKeras3Node(node) {
  return isObject(node) && ("args" in node || "kwargs" in node);
}
function convertInboundNodes(entry, nestedModels, ctx) {
  const nodes = entry.inbound_nodes;
  if (!Array.isArray(nodes)) return;
  const attention = entry.class_name === "MultiHeadAttention";
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
      if (attention && ATTENTION_INPUTS.includes(k) && inner.length === 1 && isKerasTensor2(v)) byKeyword[k] = v;
      else if (inner.length) block(ctx, entry, `receives tensor keyword argument '${k}', which a TF.js node cannot express`);
      else kwargs[k] = v;
    }
    if (attention) {
      tensors.splice(0, tensors.length, ...attentionInputs(tensors, byKeyword, entry, ctx));
      moveAttentionArguments(kwargs, entry, ctx);
    }
    return tensors.map((t) => {
      const [name, nodeIndex, tensorIndex] = t.config.keras_history;
      const shift2 = ctx.generation === 3 && nestedModels.get(name) === "Sequential" ? 1 : 0;
      return [name, Number(nodeIndex) + shift2, Number(tensorIndex), kwargs];
    });
  });
}
var ATTENTION_INPUTS = ["query", "value", "key"];
function attentionInputs(positional2, byKeyword, entry, ctx) {
  const out = [];
  for (const [i, name] of ATTENTION_INPUTS.entries()) {
    const t = positional2[i] ?? byKeyword[name];
    if (positional2[i] && byKeyword[name]) block(ctx, entry, `receives '${name}' both by position and by keyword`);
    if (!t) break;
    out.push(t);
  }
  if (out.length < 2) block(ctx, entry, "called without a value tensor");
  else if (out.length !== positional2.length + Object.keys(byKeyword).length) {
    block(ctx, entry, "called with tensors TF.js cannot place (a key without a value, or extra positional tensors)");
  }
  return out;
}
function moveAttentionArguments(kwargs, entry, ctx) {
  if ("use_causal_mask" in kwargs) {
    const causal = kwargs.use_causal_mask === true;
    const c = entry.config ?? (entry.config = {});
    if (c.use_causal_mask !== void 0 && c.use_causal_mask !== causal) block(ctx, entry, "called both with and without use_causal_mask, which one TF.js layer cannot express");
    c.use_causal_mask = causal;
    delete kwargs.use_causal_mask;
  }
  if (kwargs.return_attention_scores === true) block(ctx, entry, "called with return_attention_scores=True (two outputs), which weightgate's MultiHeadAttention does not produce");
  delete kwargs.return_attention_scores;
}
var KERAS3_OP_ONLY_CLASSES = /* @__PURE__ */ new Set([
  "NotEqual",
  "Equal",
  "Greater",
  "GreaterEqual",
  "Less",
  "LessEqual",
  "LogicalAnd",
  "LogicalOr",
  "LogicalNot",
  "Cast",
  "GetItem",
  "ExpandDims",
  "Squeeze",
  "Matmul",
  "Transpose",
  "Absolute",
  "Sqrt",
  "Square"
]);
function isOpEntry(entry) {
  if (typeof entry.module === "string") return /^keras(\.src)?\.ops\b/.test(entry.module);
  return KERAS3_OP_ONLY_CLASSES.has(String(entry.class_name)) && Array.isArray(entry.inbound_nodes) && entry.inbound_nodes.some(isKeras3Node);
}
function nodeTensors(node) {
  const tensors = [];
  if (isKeras3Node(node)) flattenArgs(node.args ?? [], tensors, []);
  return tensors;
}
function removeMaskOps(cfg, ctx) {
  const layers = cfg.layers;
  const ops = layers.filter((l) => isObject(l) && isOpEntry(l));
  if (!ops.length) return;
  const removable = /* @__PURE__ */ new Set();
  const carriers = maskCarriers(layers);
  for (const op of ops) {
    const why = maskOpProblem(op, layers);
    if (why) block(ctx, op, why);
    else removable.add(layerName(op));
  }
  if (!removable.size) return;
  ctx.removedOps.push(...removable);
  cfg.layers = layers.filter((l) => !removable.has(layerName(l)));
  for (const l of cfg.layers) {
    for (const node of Array.isArray(l.inbound_nodes) ? l.inbound_nodes : []) {
      if (!isKeras3Node(node)) continue;
      const mask = isObject(node.kwargs) ? node.kwargs.mask : void 0;
      if (isKerasTensor2(mask) && removable.has(String(mask.config.keras_history[0]))) {
        const why = maskConsumerProblem(l, node, carriers);
        if (why) block(ctx, l, why);
        delete node.kwargs.mask;
      }
      if (nodeTensors(node).some((t) => removable.has(String(t.config.keras_history[0])))) {
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
function returnsSequences(l) {
  const c = l.class_name === "Bidirectional" ? l.config?.layer?.config : l.config;
  return c?.return_sequences === true;
}
function firstInputLayer(node) {
  if (isKeras3Node(node)) return nodeTensors(node)[0]?.config.keras_history[0];
  const first = Array.isArray(node) ? node[0] : void 0;
  return Array.isArray(first) && typeof first[0] === "string" ? first[0] : void 0;
}
function maskCarriers(layers) {
  const out = /* @__PURE__ */ new Map();
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of layers) {
      if (!isObject(l) || out.has(layerName(l)) || !Array.isArray(l.inbound_nodes) || l.inbound_nodes.length !== 1) continue;
      const from = firstInputLayer(l.inbound_nodes[0]);
      const cls = String(l.class_name);
      let source;
      if (cls === "Embedding" && l.config?.mask_zero === true) source = layerName(l);
      else if (from && out.has(from) && (MASK_PRESERVERS.has(cls) || MASK_CONSUMERS.has(cls) && returnsSequences(l))) source = out.get(from);
      if (source) {
        out.set(layerName(l), source);
        grew = true;
      }
    }
  }
  return out;
}
function maskConsumerProblem(l, node, carriers) {
  const cls = String(l.class_name);
  if (!MASK_CONSUMERS.has(cls)) return `receives the padding mask as an argument; TF.js ${cls} would not apply it as Keras does`;
  const from = firstInputLayer(node);
  if (!from || !carriers.has(from)) {
    return "receives the padding mask as an argument, but its input does not carry that mask in TF.js (TF.js hands masks along the tensors, not as arguments)";
  }
  const rnn2 = cls === "Bidirectional" ? l.config?.layer?.config : l.config;
  if (rnn2?.zero_output_for_mask === true && rnn2?.return_sequences === true) {
    return "zero_output_for_mask=True: Keras writes zeros at masked steps, TF.js repeats the previous output";
  }
  return void 0;
}
function checkAttentionMasks(layers, ctx) {
  const carriers = maskCarriers(layers);
  if (!carriers.size) return;
  for (const l of layers) {
    if (!isObject(l) || l.class_name !== "MultiHeadAttention" || !Array.isArray(l.inbound_nodes)) continue;
    const masked = l.inbound_nodes.some((node) => {
      const refs = isKeras3Node(node) ? nodeTensors(node).map((t) => t.config.keras_history[0]) : Array.isArray(node) ? node.map((r) => Array.isArray(r) ? r[0] : void 0) : [];
      return refs.some((r) => typeof r === "string" && carriers.has(r));
    });
    if (masked) block(ctx, l, `attends over inputs that carry the padding mask of Embedding '${[...new Set(carriers.values())].join("', '")}', which weightgate's MultiHeadAttention does not apply`);
  }
}
function maskOpProblem(op, layers) {
  const what = `Keras op node${op.module ? ` from ${op.module}` : ""}`;
  if (op.class_name !== "NotEqual") return `${what}; TF.js has no such layer`;
  const node = Array.isArray(op.inbound_nodes) ? op.inbound_nodes[0] : void 0;
  const args = isKeras3Node(node) && Array.isArray(node.args) ? node.args : [];
  const [source, value] = args;
  if (!isKerasTensor2(source) || value !== 0) return `${what} that is not a padding mask (NotEqual(ids, 0))`;
  const src = JSON.stringify(source.config.keras_history);
  const fedEmbedding = layers.some((l) => l.class_name === "Embedding" && l.config?.mask_zero === true && nodeTensors(l.inbound_nodes?.[0]).some((t) => JSON.stringify(t.config.keras_history) === src));
  return fedEmbedding ? void 0 : `${what}: a mask over ids that feed no Embedding(mask_zero=True), which TF.js cannot rebuild`;
}
function translateLayer(entry, ctx) {
  if (isModelEntry(entry)) {
    translateModel(entry, ctx);
    return;
  }
  if (!isObject(entry.config)) entry.config = {};
  flagCustomClass(entry, ctx);
  if (ctx.generation === 1) translateKeras1Layer(entry, ctx);
  translateCudnnLayer(entry, ctx);
  replaceInferenceIdentity(entry, ctx);
  const c = entry.config;
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
function nestedLayerEntries(c) {
  const out = [];
  for (const key of ["layer", "backward_layer", "cell"]) {
    const v = c[key];
    if (isObject(v) && typeof v.class_name === "string") out.push(v);
    if (Array.isArray(v)) out.push(...v.filter((x) => isObject(x) && typeof x.class_name === "string"));
  }
  const cells = isObject(c.cell) && isObject(c.cell.config) ? c.cell.config.cells : void 0;
  if (Array.isArray(cells)) out.push(...cells.filter((x) => isObject(x) && typeof x.class_name === "string"));
  return out;
}
function flagCustomClass(entry, ctx) {
  const cls = String(entry.class_name);
  if (CODE_CLASSES.has(cls)) {
    block(ctx, entry, "its config holds Python code, which is never executed", true);
    return;
  }
  const module = entry.module;
  const custom = typeof entry.registered_name === "string" && entry.registered_name !== cls && entry.registered_name.includes(">") || typeof module === "string" && !/^keras(\.|$)|^tf_keras|^tensorflow/.test(module);
  if (custom && !isOpEntry(entry)) {
    block(ctx, entry, `a custom class${entry.registered_name ? ` registered as '${entry.registered_name}'` : ""}: its code is not in the file`, true);
  }
}
function checkTfjsSupport(entry, ctx) {
  const cls = String(entry.class_name);
  if (TFJS_LAYER_CLASSES.has(cls) || WEIGHTGATE_CLASSES.has(cls) || CODE_CLASSES.has(cls)) return;
  if (ctx.blockers.some((b) => b.layer === layerName(entry) && b.code)) return;
  const why = cls === "Identity" ? "tfjs resolves the name to the Identity initializer, not a layer" : "no TF.js 4.22 layer of this class";
  block(ctx, entry, why);
}
var QUANTIZED = /Quantized|Int4|Int8|Float8|GPTQ|AWQ|^int[48]_from|^float8_from/i;
function dtypeName(v) {
  if (typeof v === "string") return v;
  if (isObject(v)) {
    if (QUANTIZED.test(String(v.class_name ?? ""))) return `quantized:${String(v.config?.name ?? v.class_name)}`;
    if (isObject(v.config) && typeof v.config.name === "string") return v.config.name;
  }
  return void 0;
}
function normalizeDtype(c, entry, ctx) {
  if (!("dtype" in c)) return;
  const name = dtypeName(c.dtype);
  if (name === void 0) {
    delete c.dtype;
    return;
  }
  if (name.startsWith("quantized:") || QUANTIZED.test(name)) {
    block(ctx, entry, `quantized dtype policy '${name.replace(/^quantized:/, "")}'`);
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
var INFERENCE_IDENTITY = /* @__PURE__ */ new Set(["SpatialDropout2D", "SpatialDropout3D", "ActivityRegularization"]);
function replaceInferenceIdentity(entry, ctx) {
  const cls = String(entry.class_name);
  if (!INFERENCE_IDENTITY.has(cls)) return;
  const name = entry.config?.name ?? entry.name;
  entry.class_name = "Activation";
  entry.config = { name, trainable: entry.config?.trainable ?? true, activation: "linear" };
  ctx.notes.add(`${cls} layers run as identity (what they compute at inference; TF.js has no such class)`);
}
function translateCudnnLayer(entry, ctx) {
  const cls = String(entry.class_name);
  const cpu = CUDNN_CPU_CLASS[cls];
  if (!cpu) return;
  entry.class_name = cpu.className;
  Object.assign(entry.config, cpu.config);
  ctx.notes.add(`${cls} layers are built as ${entry.class_name} (the same maths on CPU), with the CuDNN weights converted as tf-keras converts them`);
}
function translateKeras3Arguments(entry, ctx) {
  const c = entry.config;
  const cls = String(entry.class_name);
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
  if (c.lora_rank !== void 0 && c.lora_rank !== null) block(ctx, entry, `LoRA (lora_rank=${c.lora_rank}), which adds variables TF.js does not have`);
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
function reconcileBackwardLayer(c, entry, ctx) {
  const back = c.backward_layer;
  if (!isObject(back)) return;
  const comparable = (l) => {
    const { name: _n, go_backwards: _g, ...rest } = l.config ?? {};
    return JSON.stringify({ class_name: l.class_name, ...rest });
  };
  if (!isObject(c.layer) || comparable(back) !== comparable(c.layer)) {
    block(ctx, entry, "a backward_layer configured differently from the forward layer, which TF.js cannot express");
  }
  delete c.backward_layer;
}
function unprefixForwardLayer(c) {
  const inner = isObject(c.layer) && isObject(c.layer.config) ? c.layer.config : void 0;
  if (inner && typeof inner.name === "string" && inner.name.startsWith("forward_")) inner.name = inner.name.slice("forward_".length);
}
var KERAS3_WRAPPER_KEYS = ["module", "registered_name", "build_config", "compile_config", "shared_object_id"];
function stripKeras3Keys(v) {
  if (Array.isArray(v)) v.forEach(stripKeras3Keys);
  else if (isObject(v)) {
    for (const k of KERAS3_WRAPPER_KEYS) delete v[k];
    Object.values(v).forEach(stripKeras3Keys);
  }
}
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
function rename(c, from, to, map = (v) => v) {
  if (from in c) {
    if (!(to in c)) c[to] = map(c[from]);
    delete c[from];
  }
}
function dataFormat(v) {
  return v === "th" ? "channels_first" : "channels_last";
}
function translateKeras1Layer(entry, ctx) {
  const cls = String(entry.class_name);
  if (KERAS1_UNSUPPORTED[cls]) {
    block(ctx, entry, KERAS1_UNSUPPORTED[cls]);
    return;
  }
  const c = entry.config;
  if (KERAS1_CLASS_NAMES[cls]) entry.class_name = KERAS1_CLASS_NAMES[cls];
  const to = String(entry.class_name);
  if (typeof c.name !== "string" && typeof entry.name === "string") c.name = entry.name;
  if (to !== "Embedding") rename(c, "output_dim", "units");
  rename(c, "init", to === "Embedding" ? "embeddings_initializer" : "kernel_initializer", (v) => KERAS1_INITIALIZERS[v] ?? v);
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
  if (to === "BatchNormalization" && (c.mode ?? 0) !== 0) block(ctx, entry, `Keras 1 BatchNormalization mode=${c.mode} (only mode 0 exists later)`);
  for (const k of ["mode", "gamma_init", "beta_init", "input_dtype", "W_learning_rate_multiplier", "b_learning_rate_multiplier"]) delete c[k];
  if (to !== "Embedding") {
    delete c.input_dim;
    delete c.input_length;
  }
  ctx.notes.add("Keras 1 layer configs were translated to Keras 2 names (as tf-keras loads them)");
}

// src/engine/budget.ts
import os2 from "node:os";
var VALUE_BYTES = 4;
var PREDICT_BATCH = 32;
function elements(shape) {
  return shape.reduce((a, b) => a * b, 1);
}
function concrete(shape, batch, open3) {
  return shape.map((d, i) => typeof d === "number" && d >= 0 ? d : i === 0 ? batch : open3);
}
function weightBytes(definition, assignments) {
  const assigned = new Map(assignments.map((a) => [`${a.layer}\0${a.weightIndex}`, a.saved.shape]));
  const n = { total: 0, matrices: 0, filters: 0 };
  const walk = (layers) => {
    for (const layer of layers) {
      layer.weights.forEach((w, i) => {
        const saved2 = assigned.get(`${layer.name}\0${i}`);
        const shape = saved2 ?? (w.shape.every((d) => typeof d === "number") ? w.shape : void 0);
        if (!shape) return;
        const bytes = elements(shape) * VALUE_BYTES;
        n.total += bytes;
        if (shape.length >= 3) n.filters += bytes;
        else if (shape.length === 2 && layer.className !== "Embedding") n.matrices += bytes;
      });
    }
  };
  walk(definition.layers);
  return n;
}
function peakActivation(definition, batch, open3, inputBytes) {
  const outBytes = /* @__PURE__ */ new Map();
  const bytesOf = (l) => l.outputShapes.map((s) => elements(concrete(s, batch, open3)) * VALUE_BYTES);
  let best = { bytes: 0, layer: void 0 };
  let previous = inputBytes;
  for (const l of definition.layers) {
    const own = bytesOf(l);
    outBytes.set(l.name, own);
    const ownTotal = own.reduce((a, b) => a + b, 0);
    let read = 0;
    if (l.inbound.length) {
      for (const ref of l.inbound[0].inputs) read += outBytes.get(ref.layer)?.[ref.tensor] ?? outBytes.get(ref.layer)?.[0] ?? 0;
    } else {
      read = previous;
    }
    let total = ownTotal + read;
    if (l.nested) total = Math.max(total, peakActivation(l.nested, batch, open3, read).bytes);
    if (total > best.bytes) best = { bytes: total, layer: l.name };
    if (l.className !== "InputLayer") previous = ownTotal;
  }
  return best;
}
function estimateSmoke(definition, assignments, inputShapes) {
  const batch = inputShapes[0]?.[0] ?? 1;
  const slice = fixedBatch(definition) ?? Math.min(batch, PREDICT_BATCH);
  let open3 = 1;
  definition.inputs.forEach((spec, k) => spec.shape.forEach((d, i) => {
    if (i > 0 && d === null && inputShapes[k]?.[i] !== void 0) open3 = Math.max(open3, inputShapes[k][i]);
  }));
  const inputs = inputShapes.reduce((n, s) => n + elements(s) * VALUE_BYTES, 0);
  const sliceInputs = inputShapes.reduce((n, s) => n + elements(s) / Math.max(s[0] ?? 1, 1) * slice * VALUE_BYTES, 0);
  const outputs = definition.outputs.reduce((n, o) => n + elements(concrete(o.shape, batch, open3)) * VALUE_BYTES, 0);
  const w = weightBytes(definition, assignments);
  const peak = peakActivation(definition, slice, open3, sliceInputs);
  return {
    bytes: w.total + inputs + outputs + peak.bytes,
    weights: w.total,
    matrices: w.matrices,
    filters: w.filters,
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
function wasmBytes(e, packingFree) {
  return e.bytes + e.filters + (packingFree ? 0 : e.matrices);
}
function planEngine(e, engine, heapBytes = WASM_HEAP_BYTES, hostBytes = os2.totalmem()) {
  const host = () => e.bytes > hostBytes ? `the run needs ~${bytesText(e.bytes)}, more than this machine's ${bytesText(hostBytes)} of memory` : void 0;
  if (engine.name !== "wasm") {
    const over2 = host();
    return over2 ? { kind: "skip", why: over2 } : { kind: "run", packingFree: false };
  }
  if (wasmBytes(e, false) <= heapBytes) return { kind: "run", packingFree: false };
  const heap = `the WebAssembly heap (${bytesText(heapBytes)} usable of 4 GiB)`;
  if (wasmBytes(e, true) <= heapBytes) {
    return { kind: "run", packingFree: true, why: `weight matrices multiplied where they are: their packed copies (~${bytesText(e.matrices)}) would not fit ${heap} with the run's ~${bytesText(wasmBytes(e, true))}` };
  }
  const need = `the run needs ~${bytesText(wasmBytes(e, true))} (weights ${bytesText(e.weights)}${e.filters ? `, packed filters ${bytesText(e.filters)}` : ""}), over ${heap}`;
  if (engine.requested) return { kind: "skip", why: `${need}; run it with --engine cpu (or auto), which holds it in host memory` };
  const over = host();
  return over ? { kind: "skip", why: `${need}, and ${over}` } : { kind: "cpu", why: need };
}

// src/engine/packing-free.ts
var MARK2 = /* @__PURE__ */ Symbol.for("weightgate.packing-free-matmul");
var PACKING_FREE_MAX_ROWS = 16;
var forced = false;
function setPackingFree(always) {
  forced = always;
}
function packedPath(a, b, attrs) {
  if (attrs.transposeA || attrs.transposeB) return false;
  const batch = (s) => s.slice(0, -2).reduce((x, y) => x * y, 1);
  if (a.dtype !== "float32" || b.dtype !== "float32" || batch(a.shape) !== 1 || batch(b.shape) !== 1) return false;
  return forced || (a.shape[a.shape.length - 2] ?? 1) <= PACKING_FREE_MAX_ROWS;
}
function swapLastTwo(rank) {
  const perm = Array.from({ length: rank }, (_, i) => i);
  [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1], perm[rank - 2]];
  return perm;
}
function installPackingFreeMatMul(tf) {
  const core = tf.getKernel;
  if (core[MARK2]) return false;
  const original = {
    batchMatMul: tf.getKernel("BatchMatMul", "wasm"),
    fused: tf.getKernel("_FusedMatMul", "wasm"),
    transpose: tf.getKernel("Transpose", "wasm"),
    add: tf.getKernel("Add", "wasm")
  };
  if (!original.batchMatMul || !original.fused || !original.transpose || !original.add) return false;
  const call = (name, args) => {
    const k = tf.getKernel(name, "wasm");
    if (!k) throw new Error(`the WebAssembly backend has no ${name} kernel`);
    return k.kernelFunc(args);
  };
  const product3 = (args, a, b) => {
    const backend = args.backend;
    const at = original.transpose.kernelFunc({ inputs: { x: a }, backend: args.backend, attrs: { perm: swapLastTwo(a.shape.length) } });
    try {
      return original.batchMatMul.kernelFunc({ inputs: { a: at, b }, backend: args.backend, attrs: { transposeA: true, transposeB: false } });
    } finally {
      backend.disposeData(at.dataId);
    }
  };
  const batchMatMul = (args) => {
    const { a, b } = args.inputs;
    if (!packedPath(a, b, args.attrs)) return original.batchMatMul.kernelFunc(args);
    return product3(args, a, b);
  };
  const fused = (args) => {
    const inputs = args.inputs;
    const attrs = args.attrs;
    if (!packedPath(inputs.a, inputs.b, attrs)) return original.fused.kernelFunc(args);
    const backend = args.backend;
    let out = product3(args, inputs.a, inputs.b);
    const then = (next) => {
      backend.disposeData(out.dataId);
      out = next;
    };
    if (inputs.bias) then(call("Add", { inputs: { a: out, b: inputs.bias }, backend: args.backend, attrs: {} }));
    switch (attrs.activation ?? "linear") {
      case "linear":
        break;
      case "relu":
        then(call("Relu", { inputs: { x: out }, backend: args.backend, attrs: {} }));
        break;
      case "relu6":
        then(call("Relu6", { inputs: { x: out }, backend: args.backend, attrs: {} }));
        break;
      case "sigmoid":
        then(call("Sigmoid", { inputs: { x: out }, backend: args.backend, attrs: {} }));
        break;
      case "elu":
        then(call("Elu", { inputs: { x: out }, backend: args.backend, attrs: {} }));
        break;
      case "leakyrelu":
        then(call("LeakyRelu", { inputs: { x: out }, backend: args.backend, attrs: { alpha: attrs.leakyreluAlpha ?? 0.2 } }));
        break;
      case "prelu":
        then(call("Prelu", { inputs: { x: out, alpha: inputs.preluActivationWeights }, backend: args.backend, attrs: {} }));
        break;
      default:
        backend.disposeData(out.dataId);
        return original.fused.kernelFunc(args);
    }
    return out;
  };
  for (const [config, kernelFunc] of [[original.batchMatMul, batchMatMul], [original.fused, fused]]) {
    tf.unregisterKernel(config.kernelName, "wasm");
    tf.registerKernel({ ...config, kernelFunc });
  }
  core[MARK2] = true;
  return true;
}

// src/engine/smoke.ts
function message(err) {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0];
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
    installPackingFreeMatMul(tf);
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
      const y = model.predict(xs.length === 1 ? xs[0] : xs, batchSize ? { batchSize } : {});
      ys = Array.isArray(y) ? y : [y];
      tensors.push(...ys);
    } catch (err) {
      return failure(finish2, err, "running the model", "TF.js could not run the model");
    }
    try {
      return await checkOutputs(ys, definition, run.expected, run.halfPrecision, options, finish2);
    } catch (err) {
      const kind = engineFailureOf(err);
      if (!kind) throw err;
      return finish2("skipped", [], engineFailureReason(kind, "reading the outputs", message(err)), { engineFailure: kind });
    }
  } finally {
    try {
      tf.dispose(tensors);
      model.dispose();
    } catch (err) {
      if (!engineFailureOf(err)) throw err;
    }
  }
}
function inputTensor(tf, a, dtype) {
  const values = a.data instanceof BigInt64Array ? Array.from(a.data, Number) : a.data;
  return dtype === "int32" ? tf.tensor(Int32Array.from(values), a.shape, "int32") : tf.tensor(Float32Array.from(values), a.shape, "float32");
}
function batchOf(declared, shape) {
  const b = declared[0];
  return typeof b === "number" && shape.length && shape[0] % b === 0 ? [shape[0], ...declared.slice(1)] : declared;
}
async function checkOutputs(ys, definition, expected, halfPrecision, options, done) {
  const problems = [];
  if (ys.length !== definition.outputs.length) problems.push(`the model produced ${ys.length} output(s), the definition declares ${definition.outputs.length}`);
  const tol = toleranceFor(halfPrecision, options);
  const outputs = [];
  for (const [i, y] of ys.entries()) {
    const name = definition.outputs[i]?.name ?? `output_${i}`;
    const shape = y.shape;
    const data = await y.data();
    const out = { name, shape, finite: allFinite(data) };
    const declared = definition.outputs[i]?.shape;
    const issues = [];
    if (declared && !isUnresolved(declared) && !shapeMatches(shape, declared) && !shapeMatches(shape, batchOf(declared, shape))) issues.push(`shape ${JSON.stringify(shape)} differs from the declared ${JSON.stringify(declared)}`);
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
  exprShape,
  readSaved,
  DEFAULT_LIMITS,
  resolveLimits,
  formatLimit,
  raiseHint,
  limitError,
  parseLimitOption,
  ReadBudget,
  noteOf,
  noteCollector,
  routeConsoleForever,
  exclusive,
  defaultWasmDirs,
  selectEngine,
  tryTfjsNode,
  selectEngineUnlocked,
  MODEL_CLASSES,
  isObject,
  asText,
  unwrapModelConfig,
  writtenByTfjs,
  detectGeneration,
  dtypeFacts,
  parseInboundNodes,
  parseLayerRefs,
  asShape,
  declaredInputShape,
  builtInputShapes,
  objectPathName,
  prepareInitializers,
  buildModel,
  DTYPE_BYTES,
  storedBytesPerElement,
  decodeWeight,
  listZip,
  checkEntries,
  extractEntry,
  readEntryText,
  generateInputs,
  fixedBatch,
  UnresolvedShape,
  LayerConfigError,
  requireDim,
  requireDims,
  inputShape,
  requireRank,
  normalizeAxis,
  product,
  addDims,
  mulDim,
  toTuple,
  convOutputLength,
  deconvOutputLength,
  broadcastShapes,
  commonBatch,
  bool,
  num,
  pick2 as pick,
  isChannelsFirst,
  paddingMode,
  nestedLayer,
  innerCall,
  variable,
  nest,
  pyShape,
  resetAfterAssumption,
  recurrentOutputs,
  recurrent,
  rnn,
  RECURRENT_GATES,
  cudnn,
  convLstm,
  preprocessForLoading,
  fullyAssignedLayers,
  loadAssignments,
  WEIGHTGATE_CLASSES,
  normalizeConfig,
  describeBlockers,
  codeBlockers,
  runSmoke,
  uncomputedGuard,
  engineFailureReason
};
