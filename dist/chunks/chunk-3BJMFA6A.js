import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  InputError
} from "./chunk-FWZ4W6A4.js";

// src/text/config-text.ts
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
function jsonSnippet(v, max = 120) {
  if (v === void 0) return "undefined";
  try {
    const text = JSON.stringify(v);
    return text.length > max ? `${text.slice(0, max)}\u2026` : text;
  } catch {
    return "(a value that cannot be shown)";
  }
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
function isLimitName(name) {
  return Object.hasOwn(DEFAULT_LIMITS, name);
}
function resolveLimits(overrides = {}) {
  const out = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === void 0) continue;
    if (!isLimitName(k)) throw new RangeError(`unknown limit '${k}' (known: ${Object.keys(DEFAULT_LIMITS).join(", ")})`);
    if (typeof v !== "number" || Number.isNaN(v) || v <= 0) throw new RangeError(`limit ${k} must be a positive number (got ${asText(v, "null")})`);
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
  const [, name = "", text = ""] = m ?? [];
  if (!m) throw new RangeError(`--limit takes NAME=VALUE (got '${spec}')`);
  if (!isLimitName(name)) throw new RangeError(`unknown limit '${name}' (known: ${Object.keys(DEFAULT_LIMITS).join(", ")})`);
  const raw = text.toLowerCase();
  if (raw === "off" || raw === "none" || raw === "infinity") return { [name]: Infinity };
  const [, number, unitName = ""] = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/.exec(raw) ?? [];
  const unit = Object.hasOwn(UNITS, unitName) ? UNITS[unitName] : void 0;
  if (number === void 0 || unit === void 0) throw new RangeError(`limit ${name}: cannot read '${text}' (write e.g. 2GiB, 500MB, 90s, 20000 or off)`);
  const value = Number(number) * unit;
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
  take(elements, what) {
    if (elements > this.limits.maxVariableElements) {
      throw limitError(this.file, "maxVariableElements", this.limits, `${what} has ${elements} elements`);
    }
    if (this.used + elements > this.limits.maxModelElements) {
      throw limitError(this.file, "maxModelElements", this.limits, `reading ${what} would bring the values read from this file to ${this.used + elements} elements`);
    }
    this.used += elements;
  }
};

export {
  asText,
  jsonSnippet,
  DEFAULT_LIMITS,
  resolveLimits,
  formatLimit,
  raiseHint,
  limitError,
  parseLimitOption,
  ReadBudget
};
