// Every bound on what one input may cost, in one place, each with the reason for its number (the way
// Keras' saving_lib declares `_ZIP_MEMBER_BOMB_FLOOR_BYTES`). Files come from pull requests, so
// memory, disk and time must be bounded by numbers, not by trust. An input over a limit is refused
// with an InputError of kind 'limit' that names the limit, its value and how to raise it.
import { asText } from '../text/config-text.js';
import { InputError } from './errors.js';

export interface Limits {
  /** Largest input file on disk (.h5, .keras, model.json, a shard), in bytes. */
  maxFileBytes: number;
  /** Largest JSON text parsed (model JSON, config.json, a model_config attribute, a TF.js manifest), in bytes. */
  maxJsonBytes: number;
  /** Deepest nesting of JSON arrays and objects. */
  maxJsonDepth: number;
  /** Largest zip member inflated (model.weights.h5 inside a .keras), in bytes. */
  maxDecompressedBytes: number;
  /** Largest inflate ratio accepted for a zip member above `zipRatioFloorBytes`. */
  maxZipRatio: number;
  /** Below this inflated size a member's ratio is not checked, in bytes. */
  zipRatioFloorBytes: number;
  /** Most layers in one model config, nested models included. */
  maxLayers: number;
  /** Most groups and datasets walked in one HDF5 file. */
  maxHdf5Objects: number;
  /**
   * Largest ratio of what an HDF5 file declares or yields (its datasets' declared bytes, the
   * attribute bytes read from it) to its size on disk, above `hdf5RatioFloorBytes`.
   */
  maxHdf5Ratio: number;
  /** Below this many declared (or read) bytes an HDF5 file's ratio is not checked. */
  hdf5RatioFloorBytes: number;
  /** Most elements in one variable whose values are read. */
  maxVariableElements: number;
  /** Most elements read from one weights artifact in total. */
  maxModelElements: number;
  /** Longest wait, in ms, for one step of reading a model: the HDF5 library reading a file's structure, one weight's values, or one zip member's extraction. */
  timeoutMs: number;
  /** Most memory, in bytes, one smoke inference may need by estimate (weights, inputs, the largest layer's activations) before it is started. */
  maxSmokeBytes: number;
  /** Longest one smoke inference may run (building, loading the weights, predicting), in ms; its worker is stopped then. Starting a fresh engine before it has a deadline of its own (as long, and at least a minute). */
  smokeTimeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
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
  maxLayers: 20_000,
  // A Keras .h5 holds 2-6 objects per variable (groups, vars, optimizer slots): 200k covers models
  // with ~30k variables and bounds the structure kept in memory to ~100 MB.
  maxHdf5Objects: 200_000,
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
  timeoutMs: 60_000,
  // TF.js' WebAssembly heap tops out at a few GiB and aborts beyond it; a 16 GB CI runner also holds
  // the reader and the diff. Real models on a generated batch of 2 need far less.
  maxSmokeBytes: 2 * 2 ** 30,
  // One inference of a 1 GB model on the WASM engine takes seconds; two minutes means a runaway
  // (an RNN over millions of steps), not a model worth waiting for.
  smokeTimeoutMs: 120_000,
});

const BYTE_LIMITS = new Set<keyof Limits>(['maxFileBytes', 'maxJsonBytes', 'maxDecompressedBytes', 'zipRatioFloorBytes', 'maxSmokeBytes', 'hdf5RatioFloorBytes']);
const TIME_LIMITS = new Set<keyof Limits>(['timeoutMs', 'smokeTimeoutMs']);

/** A limit's own name (not one an object inherits, such as `toString`). */
function isLimitName(name: string): name is keyof Limits {
  return Object.hasOwn(DEFAULT_LIMITS, name);
}

/** The defaults with `overrides` applied; every value must be a positive number (Infinity turns a limit off). */
export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) continue;
    if (!isLimitName(k)) throw new RangeError(`unknown limit '${k}' (known: ${Object.keys(DEFAULT_LIMITS).join(', ')})`);
    if (typeof v !== 'number' || Number.isNaN(v) || v <= 0) throw new RangeError(`limit ${k} must be a positive number (got ${asText(v, 'null')})`);
    out[k] = v;
  }
  return out;
}

/** A limit's value the way people read it: `8 GiB`, `60 s`, `20000`. */
export function formatLimit(name: keyof Limits, value: number): string {
  if (value === Infinity) return 'unlimited';
  if (TIME_LIMITS.has(name)) return value % 1000 === 0 ? `${value / 1000} s` : `${value} ms`;
  if (BYTE_LIMITS.has(name)) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = value;
    let u = 0;
    while (v >= 1024 && u < units.length - 1 && Number.isInteger(v / 1024)) { v /= 1024; u++; }
    return `${v} ${units[u]}`;
  }
  return String(value);
}

/** How to raise a limit, in the words of the command line (`--limit NAME=VALUE`) and of code (`openFile(f, { limits })`). */
export function raiseHint(name: keyof Limits): string {
  const example = name === 'smokeTimeoutMs' ? '600s' : TIME_LIMITS.has(name) ? '180s' : name === 'maxSmokeBytes' ? '8GiB' : BYTE_LIMITS.has(name) ? '64GiB' : '100000';
  return `If the file is genuine, raise the limit: \`--limit ${name}=${example}\` (or \`limits: { ${name}: … }\` in weightgate.yml).`;
}

/** The error for an input over a limit: what was found, which limit, its value, how to raise it. */
export function limitError(file: string, name: keyof Limits, limits: Limits, found: string): InputError {
  return new InputError(file, 'limit', `${found}, over the ${name} limit of ${formatLimit(name, limits[name])}`, raiseHint(name));
}

const UNITS: Record<string, number> = {
  '': 1, b: 1, k: 1e3, kb: 1e3, kib: 2 ** 10, m: 1e6, mb: 1e6, mib: 2 ** 20, g: 1e9, gb: 1e9, gib: 2 ** 30, t: 1e12, tb: 1e12, tib: 2 ** 40,
  ms: 1, s: 1000, min: 60_000,
};

/**
 * One `NAME=VALUE` override, as the CLI's `--limit` takes it: `maxFileBytes=2GiB`, `timeoutMs=90s`,
 * `maxLayers=50000`, `maxDecompressedBytes=off`. Throws a RangeError naming what is wrong.
 */
export function parseLimitOption(spec: string): Partial<Limits> {
  const m = /^\s*([A-Za-z0-9]+)\s*=\s*(.+?)\s*$/.exec(spec);
  // Both groups take part in every match.
  const [, name = '', text = ''] = m ?? [];
  if (!m) throw new RangeError(`--limit takes NAME=VALUE (got '${spec}')`);
  if (!isLimitName(name)) throw new RangeError(`unknown limit '${name}' (known: ${Object.keys(DEFAULT_LIMITS).join(', ')})`);
  const raw = text.toLowerCase();
  if (raw === 'off' || raw === 'none' || raw === 'infinity') return { [name]: Infinity };
  const [, number, unitName = ''] = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/.exec(raw) ?? [];
  const unit = Object.hasOwn(UNITS, unitName) ? UNITS[unitName] : undefined;
  if (number === undefined || unit === undefined) throw new RangeError(`limit ${name}: cannot read '${text}' (write e.g. 2GiB, 500MB, 90s, 20000 or off)`);
  const value = Number(number) * unit;
  resolveLimits({ [name]: value });
  return { [name]: value };
}

/**
 * Counts the elements read from one artifact so that reading every weight (a smoke run) cannot
 * exceed `maxModelElements`, and refuses single variables over `maxVariableElements`.
 */
export class ReadBudget {
  private used = 0;

  constructor(private readonly file: string, private readonly limits: Limits) {}

  take(elements: number, what: string): void {
    if (elements > this.limits.maxVariableElements) {
      throw limitError(this.file, 'maxVariableElements', this.limits, `${what} has ${elements} elements`);
    }
    if (this.used + elements > this.limits.maxModelElements) {
      throw limitError(this.file, 'maxModelElements', this.limits, `reading ${what} would bring the values read from this file to ${this.used + elements} elements`);
    }
    this.used += elements;
  }
}
