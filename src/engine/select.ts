// Which TF.js runs the smoke inference: native tfjs-node when it can be loaded, else the WebAssembly
// backend, else the pure-JS CPU backend. tfjs-node is an optional peer dependency that needs a native
// libtensorflow, so nothing here may assume it is installed.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';
import { exclusive } from './exclusive.js';
import type { Engine, EngineName, EnginePreference, Tf } from './engine-types.js';

export interface SelectOptions {
  /** Loads tfjs-node; injectable so tests can stand in a fake module or a failing import. */
  importNode?: () => Promise<unknown>;
  /** Directories to look for the `.wasm` binaries in, first match wins (default: `defaultWasmDirs()`). */
  wasmDirs?: string[];
}

export class EngineUnavailable extends Error {
  override name = 'EngineUnavailable';
}

const TFJS_NODE = '@tensorflow/tfjs-node';

/** The three binaries tfjs-backend-wasm may ask for, depending on SIMD / thread support. */
export const WASM_BINARIES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'];

/** First directory holding every WASM binary, or undefined. */
export function findWasmDir(candidates: readonly string[]): string | undefined {
  return candidates.find((dir) => WASM_BINARIES.every((f) => existsSync(path.join(dir, f))));
}

/**
 * Where the binaries live: next to the running module or one level up (the bundle copies them to
 * dist/, and with code splitting this module runs from dist/chunks/), then the installed package's dist/.
 */
export function defaultWasmDirs(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dirs = [here, path.dirname(here)];
  try {
    const require = createRequire(import.meta.url);
    dirs.push(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')));
  } catch {
    // not installed next to us: only the bundle directory can have them
  }
  return dirs;
}

/** tfjs-node 4.22 calls `util.isNullOrUndefined`, which Node 23 removed; it must exist before the import. */
export function polyfillNodeUtil(): void {
  const u = util as unknown as Record<string, unknown>;
  if (typeof u.isNullOrUndefined !== 'function') u.isNullOrUndefined = (v: unknown) => v === null || v === undefined;
}

function looksLikeTf(v: unknown): v is Tf {
  const t = v as Partial<Tf> | null;
  return !!t && typeof t.tensor === 'function' && typeof t.setBackend === 'function' && typeof t.models?.modelFromJSON === 'function';
}

/** tfjs-node's module is itself the tf API; accept a `tf` property or a CommonJS default too. */
function tfOf(mod: unknown): Tf | undefined {
  const m = mod as Record<string, unknown> | null;
  for (const candidate of [m?.tf, m, m?.default, (m?.default as Record<string, unknown> | undefined)?.tf]) {
    if (looksLikeTf(candidate)) return candidate;
  }
  return undefined;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n', 1).join('').slice(0, 200);
}

function isNotInstalled(err: unknown): boolean {
  const e = err as NodeJS.ErrnoException;
  return (e?.code === 'ERR_MODULE_NOT_FOUND' || e?.code === 'MODULE_NOT_FOUND') && String(e.message).includes(TFJS_NODE);
}

// The specifier is a variable so neither tsc (no types installed) nor the bundler resolves it.
const defaultImportNode = () => import(TFJS_NODE);

async function tryNode(opts: SelectOptions): Promise<Engine | string> {
  polyfillNodeUtil();
  let mod: unknown;
  try {
    mod = await (opts.importNode ?? defaultImportNode)();
  } catch (err) {
    return isNotInstalled(err) ? 'tfjs-node not installed' : `tfjs-node failed to load (${firstLine(err)})`;
  }
  const tf = tfOf(mod);
  if (!tf) return 'tfjs-node loaded but exports no usable tf API';
  try {
    if (!(await tf.setBackend('tensorflow'))) return 'tfjs-node loaded but its tensorflow backend did not initialise';
  } catch (err) {
    return `tfjs-node loaded but its tensorflow backend failed (${firstLine(err)})`;
  }
  return { name: 'tfjs-node', backend: 'tensorflow', tf, reason: 'tfjs-node (native TensorFlow)' };
}

/**
 * The tfjs packages are CommonJS: Node's ESM loader exposes their named exports, a bundler's dynamic
 * import only `default`. Take whichever carries the export we need.
 */
function interop<T>(mod: unknown, key: string): T {
  const m = mod as Record<string, unknown>;
  return (key in m ? m : (m.default as T | undefined) ?? m) as T;
}

async function pureJsTf(): Promise<Tf> {
  const [core, layers] = await Promise.all([
    import('@tensorflow/tfjs-core').then((m) => interop<typeof import('@tensorflow/tfjs-core')>(m, 'tensor')),
    import('@tensorflow/tfjs-layers').then((m) => interop<typeof import('@tensorflow/tfjs-layers')>(m, 'models')),
  ]);
  // PROD only silences tfjs' console advice ("install the node backend"), which would land in reports.
  core.env().set('PROD', true);
  return { ...core, ...layers } as unknown as Tf;
}

async function tryWasm(opts: SelectOptions): Promise<Engine | string> {
  let wasm: typeof import('@tensorflow/tfjs-backend-wasm');
  try {
    wasm = interop(await import('@tensorflow/tfjs-backend-wasm'), 'setWasmPaths');
  } catch (err) {
    return `the WebAssembly backend failed to load (${firstLine(err)})`;
  }
  const candidates = opts.wasmDirs ?? defaultWasmDirs();
  const dir = findWasmDir(candidates);
  if (!dir) return `no tfjs-backend-wasm .wasm files in ${candidates.join(', ')}`;
  const tf = await pureJsTf();
  try {
    // Only honoured before the backend's first initialisation; later calls would throw.
    if (!tf.findBackend('wasm')) wasm.setWasmPaths(dir + path.sep);
    const { result, warnings } = await withWarnings(tf, () => tf.setBackend('wasm'));
    if (!result) return `the WebAssembly backend did not initialise${warnings.length ? ` (${warnings.slice(1).join(' ') || warnings[0]})` : ''}`;
  } catch (err) {
    return `the WebAssembly backend failed (${firstLine(err)})`;
  }
  return { name: 'wasm', backend: 'wasm', tf, reason: 'WebAssembly backend' };
}

/**
 * tfjs reports a failed backend initialisation only through console warnings (and none in PROD
 * mode); collect them, first lines only, so the engine reason can say what went wrong.
 */
async function withWarnings<T>(tf: Tf, fn: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  const prod = tf.env().getBool('PROD');
  console.warn = (...args: unknown[]) => { warnings.push(util.format(args[0] ?? '').split('\n', 1).join('')); };
  tf.env().set('PROD', false);
  try {
    return { result: await fn(), warnings };
  } finally {
    tf.env().set('PROD', prod);
    console.warn = original;
  }
}

async function tryCpu(): Promise<Engine | string> {
  try {
    await import('@tensorflow/tfjs-backend-cpu');
    const tf = await pureJsTf();
    if (!(await tf.setBackend('cpu'))) return 'the CPU backend did not initialise';
    return { name: 'cpu', backend: 'cpu', tf, reason: 'CPU backend (pure JavaScript)' };
  } catch (err) {
    return `the CPU backend failed (${firstLine(err)})`;
  }
}

const TRIES: Record<EngineName, (opts: SelectOptions) => Promise<Engine | string>> = {
  'tfjs-node': tryNode,
  wasm: tryWasm,
  cpu: tryCpu,
};

/**
 * An explicit preference gets that engine or an EngineUnavailable naming why; `auto` walks
 * tfjs-node → wasm → cpu and records why each earlier one was passed over.
 */
export function selectEngine(preference: EnginePreference = 'auto', opts: SelectOptions = {}): Promise<Engine> {
  return exclusive(() => selectEngineUnlocked(preference, opts));
}

/**
 * tfjs-node alone, as `auto` would try it first: the engine, or why it cannot load. The smoke host
 * asks here before starting its worker (tfjs-node runs in the main thread, see smoke-host.ts).
 */
export function tryTfjsNode(opts: SelectOptions = {}): Promise<Engine | string> {
  return exclusive(() => tryNode(opts));
}

/**
 * The CPU backend as the fallback of a run the WebAssembly heap cannot hold (run-smoke.ts): its plain
 * reason, since the user did not ask for it. For callers holding the backend lock.
 */
export async function cpuEngineUnlocked(): Promise<Engine> {
  const got = await tryCpu();
  if (typeof got === 'string') throw new EngineUnavailable(got);
  return got;
}

/** For callers already holding the backend lock (the smoke run). */
export async function selectEngineUnlocked(preference: EnginePreference, opts: SelectOptions = {}): Promise<Engine> {
  if (preference !== 'auto') {
    const got = await TRIES[preference](opts);
    if (typeof got === 'string') throw new EngineUnavailable(`engine '${preference}' is not available: ${got}`);
    return { ...got, reason: `${got.reason}, as requested`, requested: true };
  }
  const passed: string[] = [];
  for (const name of ['tfjs-node', 'wasm', 'cpu'] as const) {
    const got = await TRIES[name](opts);
    if (typeof got !== 'string') return { ...got, reason: [...passed, got.reason].join('; ') };
    passed.push(got);
  }
  throw new EngineUnavailable(`no TF.js engine could be loaded: ${passed.join('; ')}`);
}
