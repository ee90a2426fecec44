// Runs smoke inferences in supervised worker threads (smoke-worker.ts), the way hdf5-host.ts runs
// HDF5: each worker one run at a time, each run with a deadline (`smokeTimeoutMs`). A worker whose
// engine aborted, ran out of memory, crashed or overran the deadline is terminated and replaced, and
// only that run is affected: it comes back `skipped` with the cause (engineFailure), never as a
// verdict on the model. A run that ended cleanly leaves the worker warm (TF.js loaded, WASM
// compiled) for the next. Up to setSmokeParallelism() runs go at once, each in its own worker,
// bounded by the cores and by memory (each run's estimate, budget.ts): `check --concurrency`.
// tfjs-node, when it loads, runs in the main thread instead, one run at a time (see smokeIsolated).
import { readSaved } from '../model/weight-expr.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import { threadId, Worker } from 'node:worker_threads';
import type { ArtifactModel, DefinitionModel, SavedVariable, WeightData, WeightStaging } from '../model/types.js';
import { InputError } from '../sources/errors.js';
import { freeMemoryBytes } from '../sources/machine.js';
import { formatLimit, raiseHint, resolveLimits } from '../sources/limits.js';
import { noteCollector, noteOf } from './console-notes.js';
import { defaultWasmDirs, tryTfjsNode, type SelectOptions } from './select.js';
import { engineFailureReason, runSmoke, uncomputedGuard } from './run-smoke.js';
import { estimateSmoke, wasmBytes } from './budget.js';
import { generatedShapes } from './seeded-inputs.js';
import type { FromWorker, RunRequest, ToWorker, ValueReply, WireAssignment, WireOptions } from './smoke-protocol.js';
import type { Engine, EngineFailure, EnginePreference, SmokeOptions, SmokeResult, SmokeRun, WeightAssignment } from './engine-types.js';
import { BUNDLE_BANNER } from './bundle-banner.js';


export interface IsolatedSmokeOptions extends Omit<SmokeOptions, 'engine'> {
  engine?: EnginePreference;
}

interface Job {
  definition: DefinitionModel;
  artifact: ArtifactModel;
  assignments: readonly WeightAssignment[];
  options: IsolatedSmokeOptions;
  /** What the run may hold at once, its engine included (smokeRunBytes). */
  bytes: number;
  queued: number;
  resolve(r: SmokeRun): void;
  reject(err: Error): void;
}

/** One worker of the pool, and the run it is on. */
interface Instance {
  worker: Worker;
  active?: Active;
  /** Its engine has loaded (warmed, or a run was told which): a run waiting for it waits for a run, not a start. */
  ready: boolean;
  whenReady: Promise<void>;
  markReady(): void;
}

interface Active {
  job: Job;
  id: number;
  inst: Instance;
  /** The saved variables the worker may ask for, by index. */
  saved: SavedVariable[];
  started: number;
  /** When it began to run on a loaded engine (the pool's clock). */
  since: number;
  timer?: NodeJS.Timeout;
  /** Console lines of the worker while this run was in flight. */
  lines: string[];
  engine?: { name: string; reason: string };
}

/**
 * The workers started: busy, idle and warm for the next run, or loading their engine (the
 * prewarmed first one, a replacement for one retired, one the pool grew by).
 */
const instances: Instance[] = [];
const queue: Job[] = [];
let nextId = 1;
/** The last run's engine preference, to warm a replacement with. */
let lastWarm: ToWorker | undefined;
let started = 0;
/** How many runs the caller would have in flight (`check --concurrency`); 1 unless set. */
let wanted = 1;
/** Memory the machine has free now (tests stand in a figure with setSmokePoolForTests). */
let freeMemory = freeMemoryBytes;
/** Memory free when the pool last went from idle to busy: the runs in flight are admitted against it. */
let budget = 0;
/** The most runs in flight at once since smokeRunsPeak was last asked (tests). */
let peak = 0;
/**
 * How long a run must wait behind loaded, busy engines, or the runs in its way must have run, before
 * another engine starts: the runs are then long. Starting one costs half a second to a second of a
 * core (TF.js, the WebAssembly compile), more than many short runs take one after another, and on a
 * loaded machine a core's worth of CPU is what they lack: the pool grows for runs that keep an
 * engine busy for long (slow models), not for a stream of short ones. Against adding up runs'
 * short waits (builds of the same tree, alternated): at `--concurrency 2`, 200 tiny models took
 * 0.83x the time and 7.1 s of CPU instead of 9.4, the bench's 20 Dense models 0.91x (1.8 s instead
 * of 2.3), its long-run models the same (`npm run bench -- --concurrency-only --workload …`).
 */
let growAfterMs = 300;
let growTimer: NodeJS.Timeout | undefined;
/** The pool's clock (performance.now; tests stand in their own with setSmokePoolForTests). */
let clock = () => performance.now();
/** When the last engine finished loading: waiting before it was for a start, not for runs. */
let readySince = 0;

/** How long `job` has waited behind loaded, busy engines. */
function backlogOf(job: Job, now: number): number {
  return Math.max(0, now - Math.max(job.queued, readySince));
}

/** Workers started so far in this process (tests check that a clean run leaves its worker to the next). */
export function smokeWorkersStarted(): number {
  return started;
}

/** The most smoke runs that were in flight at once since the last call (tests); resets the count. */
export function smokeRunsPeak(): number {
  const p = peak;
  peak = instances.filter((i) => i.active).length;
  return p;
}

/**
 * A warm engine's own memory (TF.js, the WebAssembly module and its heap, the thread): a second
 * engine and HDF5 worker added 90-120 MB to the peak RSS of a check in the bench
 * (scripts/bench/concurrency.ts); counted with room to spare.
 */
const ENGINE_BYTES = 256 * 2 ** 20;

/**
 * What a run may hold at once: its engine and budget.ts' estimate on the WebAssembly backend with
 * packed copies (the most any plan takes; a run over maxSmokeBytes allocates nothing). Inputs given
 * as a file are estimated as generated ones (their shapes are read in the worker).
 */
export function smokeRunBytes(definition: DefinitionModel, assignments: readonly WeightAssignment[], options: IsolatedSmokeOptions = {}): number {
  try {
    const given = options.input;
    const shapes = Array.isArray(given) ? given.map((a) => a.shape) : given instanceof Map ? [...given.values()].map((a) => a.shape) : generatedShapes(definition, options);
    const e = estimateSmoke(definition, assignments, shapes);
    return ENGINE_BYTES + (e.bytes > resolveLimits(options.limits).maxSmokeBytes ? 0 : wasmBytes(e, false));
  } catch {
    return ENGINE_BYTES; // the run itself reports a definition it cannot estimate
  }
}

/** The most runs in flight at once: what the caller asked for, no more than the cores. */
function cap(): number {
  return Math.max(1, Math.min(wanted, os.availableParallelism()));
}

/**
 * Let up to `n` smoke runs go at once, each in its own worker (`check` sets its concurrency; the
 * default, 1, keeps one worker). Bounded by the cores, and by memory: a run starts beside others
 * only while their estimates and its own fit the memory free when the first of them started, so a
 * run that needs most of it goes alone. Idle workers beyond the new bound are stopped. Returns the
 * previous setting.
 */
export function setSmokeParallelism(n: number): number {
  const previous = wanted;
  wanted = Math.max(1, Math.floor(n));
  for (let i = instances.length - 1; i >= 0 && instances.length > cap(); i--) {
    const inst = instances[i]!;
    if (inst.active) continue;
    instances.splice(i, 1);
    inst.worker.terminate().catch(() => undefined);
  }
  pump();
  return previous;
}

/** Told of each run as it goes to its worker (tests: to stop that worker mid-run). */
let onStart: ((worker: Worker, options: IsolatedSmokeOptions) => void) | undefined;

/**
 * For tests: the free memory runs are admitted against, how long a run waits before the pool
 * grows, a hook told of each run started, and the pool's clock (each undefined: the default).
 */
export function setSmokePoolForTests(o: { memory?: () => number; growAfterMs?: number; onStart?: typeof onStart; now?: () => number } = {}): void {
  freeMemory = o.memory ?? freeMemoryBytes;
  growAfterMs = o.growAfterMs ?? 300;
  onStart = o.onStart;
  clock = o.now ?? (() => performance.now());
}

/**
 * Under tsx (tests, scripts) the worker is TypeScript. It is bundled with esbuild (which tsx itself
 * runs on), as scripts/build.mjs bundles it, into a file named by its content under
 * node_modules/.cache/weightgate/, with a note of the files it was built from (size and mtime): a
 * process whose sources match the note reuses the file without building. A thread that registered
 * tsx would load TF.js's CommonJS through the ESM loader, its exports lexed and its source maps
 * read, ~0.8 s of CPU a worker more than the bundle. Without esbuild or a writable cache, the
 * thread registers tsx's hooks instead.
 */
let devBundle: URL | null | undefined;
const DAY_MS = 24 * 3600 * 1000;

/** The note of a dev bundle: its file name and, for each source, [size, mtimeMs]. */
function reusable(note: string, cache: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(note, 'utf8'));
    if (!parsed || typeof parsed !== 'object') return undefined;
    const { bundle, inputs } = parsed as { bundle?: unknown; inputs?: unknown };
    if (typeof bundle !== 'string' || !/^smoke-worker-[0-9a-f]{16}\.mjs$/.test(bundle) || !inputs || typeof inputs !== 'object') return undefined;
    for (const [file, stamp] of Object.entries(inputs)) {
      const st = statSync(file);
      if (!Array.isArray(stamp) || stamp[0] !== st.size || stamp[1] !== st.mtimeMs) return undefined;
    }
    const file = path.join(cache, bundle);
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Write `text` to `file` whole: under a name of its own, then renamed (another process may read it). */
function writeWhole(file: string, text: string): void {
  const partial = `${file}.${process.pid}.${threadId}`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

function devWorkerBundle(here: string): URL | null {
  // Built again if another process pruned it meanwhile (below).
  if (devBundle !== undefined && (devBundle === null || existsSync(devBundle))) return devBundle;
  devBundle = null;
  try {
    const resolver = createRequire(here);
    const entry = fileURLToPath(new URL('./smoke-worker.ts', here));
    const cache = path.join(path.dirname(resolver.resolve('esbuild/package.json')), '..', '.cache', 'weightgate');
    const note = path.join(cache, `smoke-worker-${createHash('sha256').update(entry).digest('hex').slice(0, 16)}.json`);
    const ready = reusable(note, cache);
    if (ready) return (devBundle = pathToFileURL(ready));
    const esbuild = resolver('esbuild') as { buildSync(o: object): { outputFiles?: { text: string }[]; metafile?: { inputs: Record<string, unknown> } } };
    const workDir = path.dirname(entry);
    const result = esbuild.buildSync({
      entryPoints: [entry], bundle: true, write: false, platform: 'node', target: 'node20', format: 'esm',
      legalComments: 'none', logLevel: 'silent', banner: { js: BUNDLE_BANNER }, metafile: true, absWorkingDir: workDir,
    });
    const text = result.outputFiles?.[0]?.text;
    if (text === undefined || !result.metafile) return null;
    const name = `smoke-worker-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`;
    const file = path.join(cache, name);
    mkdirSync(cache, { recursive: true });
    if (!existsSync(file)) {
      writeWhole(file, text);
      // Bundles of older sources go after a day (a process still using one builds it again, above).
      for (const old of readdirSync(cache)) {
        if (/^smoke-worker-.*\.mjs$/.test(old) && old !== name && Date.now() - statSync(path.join(cache, old)).mtimeMs > DAY_MS) rmSync(path.join(cache, old), { force: true });
      }
    }
    const inputs: Record<string, [number, number]> = {};
    for (const input of Object.keys(result.metafile.inputs)) {
      const abs = path.resolve(workDir, input);
      const st = statSync(abs);
      inputs[abs] = [st.size, st.mtimeMs];
    }
    writeWhole(note, JSON.stringify({ bundle: name, inputs }));
    devBundle = pathToFileURL(file);
  } catch {
    // The tsx fallback below.
  }
  return devBundle;
}

function spawn(): Worker {
  const here = import.meta.url;
  let w: Worker;
  const bundle = here.endsWith('.ts') ? devWorkerBundle(here) : null;
  if (bundle) {
    w = new Worker(bundle, { execArgv: [] });
  } else if (here.endsWith('.ts')) {
    const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const entry = JSON.stringify(new URL('./smoke-worker.ts', here).href);
    w = new Worker(`import(${tsx}).then((m) => { m.register(); return import(${entry}); })`, { eval: true, execArgv: [] });
  } else {
    const url = [new URL('./smoke-worker.js', here), new URL('../smoke-worker.js', here)].find((u) => existsSync(fileURLToPath(u)));
    if (!url) throw new Error('smoke-worker.js is missing next to the weightgate bundle (rebuild it with `npm run build`)');
    // No loader flags from the parent, no stdio streams of its own (they would keep the process alive).
    w = new Worker(url, { execArgv: [] });
  }
  started++;
  w.on('message', (m: FromWorker) => onMessage(w, m));
  w.on('error', (err: Error & { code?: string }) => onDeath(w, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crash', err.message));
  w.on('exit', (code) => onDeath(w, 'crash', `the worker exited with code ${code}`));
  // After the listeners: adding a 'message' listener refs the worker again.
  w.unref();
  return w;
}

/** A worker in the pool, loading the engine of `warm` (else with its first run). Throws if it cannot start. */
function spawnInstance(warm?: ToWorker): Instance {
  const worker = spawn();
  let markReady = () => undefined as void;
  const whenReady = new Promise<void>((resolve) => { markReady = resolve; });
  const inst: Instance = {
    worker, ready: false, whenReady,
    markReady: () => {
      if (!inst.ready) {
        readySince = clock();
        // A run that waited for this engine to load has run only from now on.
        if (inst.active) inst.active.since = readySince;
      }
      inst.ready = true;
      markReady();
    },
  };
  instances.push(inst);
  if (warm) worker.postMessage(warm);
  return inst;
}

/**
 * Take a worker out of the pool and stop it. Unless another is idle, a replacement starts loading
 * the engine now, as hdf5-host.ts keeps a spare: a check over many broken models would otherwise
 * wait for a fresh engine each time.
 */
function retire(inst: Instance): void {
  const i = instances.indexOf(inst);
  if (i >= 0) instances.splice(i, 1);
  inst.worker.terminate().catch(() => undefined);
  if (instances.some((x) => !x.active)) return;
  try {
    spawnInstance(lastWarm);
  } catch {
    // The next run reports why no worker can start.
  }
}

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n', 1).join('');
}

/** Console lines the result does not hold yet (printed outside the run's own capture), as notes. */
function withLines(result: SmokeRun, lines: readonly string[]): SmokeRun {
  const extra: string[] = [];
  const add = noteCollector(extra);
  for (const l of lines) if (!result.notes.includes(noteOf(l))) add(l);
  return extra.length ? { ...result, notes: [...result.notes, ...extra] } : result;
}

function finish(inst: Instance): Active | undefined {
  const a = inst.active;
  inst.active = undefined;
  if (a?.timer) clearTimeout(a.timer);
  // An idle worker does not keep the process alive; pump refs it again for its next run.
  inst.worker.unref();
  return a;
}

/** The result of a run the worker never finished. */
function stopped(a: Active, kind: EngineFailure, reason: string): SmokeResult {
  const notes: string[] = [];
  const add = noteCollector(notes);
  for (const l of a.lines) add(l);
  return {
    status: 'skipped', engine: a.engine?.name ?? 'none', engineReason: a.engine?.reason ?? 'the worker stopped before an engine was selected',
    reason, outputs: [], seconds: Math.round((performance.now() - a.started) / 10) / 100, notes, engineFailure: kind,
    ...(kind === 'timeout' ? { limit: 'smokeTimeoutMs' as const } : {}),
  };
}

function onMessage(w: Worker, m: FromWorker): void {
  const inst = instances.find((i) => i.worker === w);
  if (inst && m.op === 'warmed') {
    inst.markReady();
    pump();
    return;
  }
  const a = inst?.active;
  if (!inst || !a) return; // a retired worker's late word
  switch (m.op) {
    case 'console':
      if (a.lines.length < 1000) a.lines.push(m.line);
      return;
    case 'engine':
      if (m.id !== a.id) return;
      a.engine = { name: m.name, reason: m.reason };
      // Starting a fresh engine (loading TF.js, compiling WASM) had its own deadline; the run gets a whole one.
      arm(a);
      inst.markReady();
      break;
    case 'read':
      if (m.id === a.id) void serve(a, m.rid, m.ref, m.into, m.progress);
      return;
    case 'result': {
      if (m.id !== a.id) return;
      finish(inst);
      const result = uncomputedGuard(withLines(m.result, a.lines));
      inst.markReady();
      if (m.tainted || result.engineFailure) retire(inst);
      a.job.resolve(result);
      break;
    }
    case 'error': {
      if (m.id !== a.id) return;
      finish(inst);
      if (m.tainted) retire(inst);
      const e = m.inputError;
      a.job.reject(e ? new InputError(e.file, e.kind, e.detail, e.hint) : new Error(m.message));
      break;
    }
  }
  pump();
}

function onDeath(w: Worker, kind: EngineFailure, why: string): void {
  const inst = instances.find((i) => i.worker === w);
  if (!inst) return;
  instances.splice(instances.indexOf(inst), 1);
  const a = finish(inst);
  a?.job.resolve(stopped(a, kind, engineFailureReason(kind, 'running the smoke inference', why.split('\n', 1).join('').slice(0, 200))));
  pump();
}

function onTimeout(a: Active): void {
  if (a.inst.active !== a) return;
  finish(a.inst);
  retire(a.inst);
  const limit = resolveLimits(a.job.options.limits).smokeTimeoutMs;
  a.job.resolve(stopped(a, 'timeout', `took longer than ${formatLimit('smokeTimeoutMs', limit)} (limit smokeTimeoutMs): the run was stopped and no outputs were `
    + `computed, so nothing is said about the model. ${raiseHint('smokeTimeoutMs')}`));
  pump();
}

/** Lends the worker's buffer to the reader for one read: values that fit are written straight into it. */
class Loan implements WeightStaging {
  private lent = false;

  constructor(private readonly buffer: SharedArrayBuffer, private readonly counter?: BigInt64Array) {}

  acquire(bytes: number): SharedArrayBuffer {
    if (this.lent || bytes > this.buffer.byteLength) return new SharedArrayBuffer(Math.max(bytes, 1));
    this.lent = true;
    return this.buffer;
  }

  release(data: ArrayBufferView | SharedArrayBuffer): void {
    if ((data instanceof SharedArrayBuffer ? data : data.buffer) === this.buffer) this.lent = false;
  }

  /** The worker follows the read of its own buffer as it lands (WeightStaging.progress). */
  progress(buffer: SharedArrayBuffer): BigInt64Array | undefined {
    return buffer === this.buffer ? this.counter : undefined;
  }
}

async function serve(a: Active, rid: number, ref: number, into?: SharedArrayBuffer, progress?: BigInt64Array): Promise<void> {
  let reply: ValueReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const saved = a.saved[ref];
    if (!saved) throw new Error(`the worker asked for saved variable #${ref}, which this run does not have`);
    const data: WeightData = await readSaved(a.job.artifact, saved, into ? { staging: new Loan(into, progress) } : {});
    if (into && data.buffer === into) {
      reply = { op: 'value', id: a.id, rid, ok: true, inPlace: { type: data.constructor.name, length: data.length } };
    } else if (data.buffer instanceof SharedArrayBuffer) {
      reply = { op: 'value', id: a.id, rid, ok: true, data }; // shared with the worker, not copied
    } else {
      // The values may be a view on a buffer the reader keeps (a TF.js shard): send a copy of their own.
      const copy = (data as Float32Array).slice();
      transfer.push(copy.buffer);
      reply = { op: 'value', id: a.id, rid, ok: true, data: copy };
    }
  } catch (err) {
    reply = { op: 'value', id: a.id, rid, ok: false, error: message(err) };
  }
  if (a.inst.active === a) a.inst.worker.postMessage(reply, transfer);
}

function wire(assignments: readonly WeightAssignment[]): { saved: SavedVariable[]; wired: WireAssignment[] } {
  const saved: SavedVariable[] = [];
  const index = new Map<SavedVariable, number>();
  const wired = assignments.map((x): WireAssignment => {
    let ref = index.get(x.saved);
    if (ref === undefined) {
      ref = saved.push(x.saved) - 1;
      index.set(x.saved, ref);
    }
    // A converted variable is computed here (readSaved); the worker sees a plain one.
    const { locator: _, derived: __, ...rest } = x.saved;
    return { layer: x.layer, weightIndex: x.weightIndex, saved: { ...rest, locator: { kind: 'smoke-host', ref } } };
  });
  return { saved, wired };
}

/**
 * Start queued runs while the pool has room: each in a worker of its own, up to cap() at once, and
 * beside others only while the memory they were admitted against holds them all. A run goes to an
 * idle loaded engine; with none, it waits for the first engine to be free (a run ending, or one
 * loading); with nothing running, to one loading (the run waits there for its engine). The pool
 * grows by an engine only once the first run waiting has waited growAfterMs behind loaded, busy
 * engines, or every run in flight has run that long (long runs: a wait as long is likely), and the
 * run still goes to whichever is free first. Runs start in order: one waiting for memory is
 * not passed over by smaller ones.
 */
function pump(): void {
  clearTimeout(growTimer);
  growTimer = undefined;
  while (queue.length) {
    const busy = instances.filter((i) => i.active);
    if (busy.length >= cap()) return;
    const job = queue[0]!;
    if (!busy.length) budget = freeMemory();
    else if (busy.reduce((n, i) => n + i.active!.job.bytes, 0) + job.bytes > budget) return;
    const idle = instances.filter((i) => !i.active);
    let inst = idle.find((i) => i.ready) ?? (busy.length ? undefined : idle[0]);
    if (!inst) {
      if (idle.length) return; // loading: 'warmed' pumps again
      if (busy.length) {
        // Grow? Not while an engine is still loading, nor before this run has waited, or the runs in
        // its way have run, growAfterMs.
        if (busy.some((i) => !i.ready)) return;
        const now = clock();
        const running = Math.min(...busy.map((i) => now - i.active!.since));
        const wait = growAfterMs - Math.max(backlogOf(job, now), running);
        if (wait > 0) {
          growTimer = setTimeout(pump, wait);
          growTimer.unref();
          return;
        }
      }
      try {
        inst = spawnInstance(busy.length ? warmOf(job) : undefined);
      } catch (err) {
        queue.shift();
        job.resolve({
          status: 'skipped', engine: 'none', engineReason: 'not started', reason: `the smoke worker could not start: ${message(err)}`,
          outputs: [], seconds: 0, notes: [],
        });
        continue;
      }
      if (busy.length) return; // the new engine loads; the run goes to whichever is free first
    }
    queue.shift();
    start(inst, job);
  }
}

/** The engine a run asks for, as a worker loads it ahead of the run. */
function warmOf(job: Job): ToWorker {
  return { op: 'warm', options: { engine: job.options.engine ?? 'auto', wasmDirs: job.options.select?.wasmDirs ?? defaultWasmDirs() } };
}

function start(inst: Instance, job: Job): void {
  const { engine = 'auto', select, onEngineChange: _, ...rest } = job.options;
  const wasmDirs = select?.wasmDirs ?? defaultWasmDirs();
  const options: WireOptions = { ...rest, engine, wasmDirs };
  lastWarm = warmOf(job);
  const { saved, wired } = wire(job.assignments);
  const id = nextId++;
  const a: Active = { job, id, inst, saved, started: performance.now(), since: inst.ready ? clock() : Infinity, lines: [] };
  const request: RunRequest = { op: 'run', id, definition: job.definition, assignments: wired, options };
  try {
    inst.worker.postMessage(request);
  } catch (err) {
    job.reject(err as Error);
    return;
  }
  inst.active = a;
  arm(a);
  inst.worker.ref();
  peak = Math.max(peak, instances.filter((i) => i.active).length);
  onStart?.(inst.worker, job.options);
}

/**
 * Starting a fresh worker's engine (TF.js, the WASM compile: about a second) is weightgate's own
 * cost, not the model's: it gets at least this long, however low smokeTimeoutMs is set.
 */
const ENGINE_START_MS = 60_000;

/** (Re)start the run's deadline: until the engine is ready, then for the run itself. */
function arm(a: Active): void {
  if (a.timer) clearTimeout(a.timer);
  const limit = resolveLimits(a.job.options.limits).smokeTimeoutMs;
  const timeoutMs = a.engine ? limit : Math.max(limit, ENGINE_START_MS);
  // setTimeout treats anything over 2^31-1 ms as 1 ms; an unlimited deadline gets no timer at all.
  if (Number.isFinite(timeoutMs)) a.timer = setTimeout(onTimeout, Math.min(timeoutMs, 2 ** 31 - 1), a);
}

/**
 * `runSmoke` in a smoke worker: same result, but an engine that breaks (abort, out of memory,
 * crash) or a run over `smokeTimeoutMs` ends only this run, as `skipped` with `engineFailure` set.
 * Throws only what runSmoke throws (an InputError for an unreadable input/expected file).
 */
export async function smokeIsolated(
  definition: DefinitionModel, artifact: ArtifactModel, assignments: readonly WeightAssignment[], options: IsolatedSmokeOptions = {},
): Promise<SmokeRun> {
  const preference = options.engine ?? 'auto';
  if (preference === 'auto' || preference === 'tfjs-node') {
    const node = await nativeEngine(options.select);
    if (typeof node !== 'string') {
      // Native TensorFlow has no WASM heap to abort, and its library cannot be loaded again in a
      // replacement worker (tensorflow/tfjs#2079, #8388): it runs here, as before, without a deadline
      // and one run at a time (runSmoke takes the backend lock, exclusive.ts).
      const engine = { ...node, reason: preference === 'auto' ? node.reason : `${node.reason}, as requested` };
      return runSmoke(definition, artifact, assignments, { ...options, engine });
    }
    // An explicit tfjs-node that cannot load: runSmoke says why (skipped), without starting a worker.
    if (preference === 'tfjs-node') return runSmoke(definition, artifact, assignments, { ...options, engine: preference });
  }
  const bytes = smokeRunBytes(definition, assignments, options);
  return new Promise<SmokeRun>((resolve, reject) => {
    queue.push({ definition, artifact, assignments, options, bytes, queued: clock(), resolve, reject });
    pump();
  });
}

let native: Promise<Engine | string> | undefined;

/** tfjs-node, looked for once per process (a stand-in importer, in tests, each time). */
function nativeEngine(select?: SelectOptions): Promise<Engine | string> {
  if (select?.importNode) return tryTfjsNode(select);
  native ??= tryTfjsNode();
  return native;
}

/** Start a worker and load the engine ahead of the first run (it then overlaps reading and diffing). */
export function prewarmSmokeWorker(engine: EnginePreference = 'auto'): void {
  if (instances.length) return;
  try {
    spawnInstance({ op: 'warm', options: { engine, wasmDirs: defaultWasmDirs() } });
  } catch {
    // The first run reports why no worker can start.
  }
}

/** For tests: start workers until `n` are in the pool, and wait until every one has its engine loaded. */
export async function warmSmokeEngines(n: number, engine: EnginePreference = 'auto'): Promise<void> {
  while (instances.length < n) spawnInstance({ op: 'warm', options: { engine, wasmDirs: defaultWasmDirs() } });
  // Idle workers do not keep the process alive; these must, until they are loaded.
  for (const i of instances) i.worker.ref();
  await Promise.all(instances.map((i) => i.whenReady));
  for (const i of instances) if (!i.active) i.worker.unref();
}

/** Stop the workers (tests call this between runs; the next run starts a new one). */
export async function stopSmokeWorker(): Promise<void> {
  const ws = instances.map((i) => i.worker);
  for (const inst of instances.splice(0)) {
    const a = finish(inst);
    a?.job.resolve(stopped(a, 'crash', 'the smoke worker was stopped'));
  }
  for (const w of ws) await w.terminate();
}
