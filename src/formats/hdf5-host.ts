// Supervises the HDF5 workers (hdf5-worker.ts): a pool of up to setHdf5Parallelism() of them,
// bounded by the cores and memory (hdf5PoolCap), grown only on a backlog (rebalance). Each open file
// is served by one worker at a time (handles are per worker; a file whose requests wait behind
// another file's moves to an idle or new worker, which reopens it by path). Each worker runs its
// requests one at a time so a failure is always its request in flight's: a worker that aborts, dies
// or overruns its deadline is terminated and replaced, that one request fails, and its queue
// carries on in a fresh worker (which reopens files by path on demand, so other open files are
// unaffected). Other workers never notice.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Reply, Request } from './hdf5-protocol.js';
import { freeMemoryBytes } from '../sources/machine.js';

export class HostFailure extends Error {
  constructor(readonly reason: 'timeout' | 'crash', message: string) {
    super(message);
  }
}

interface Job {
  request: Request;
  timeoutMs: number;
  /** When it was queued (performance.now()). */
  queued: number;
  /** A close sent to a worker a file moved away from (rebalance): the file stays open elsewhere. */
  moved?: true;
  resolve(reply: Reply): void;
  reject(err: Error): void;
}

interface InFlight {
  job: Job;
  id: number;
  timer?: NodeJS.Timeout;
}

/**
 * One worker and its requests. A file's requests go to the slot that holds it (handles are the
 * worker's) until it moves (rebalance), and a slot runs one request at a time, so a failure is
 * always its request in flight's.
 */
interface Slot {
  worker?: Worker;
  current?: InFlight;
  queue: Job[];
  /** Handles of the files this slot's worker has open (or reopens by path on demand). */
  handles: Set<number>;
}

const slots: Slot[] = [];
/** Which slot serves each open file. */
const slotOfHandle = new Map<number, Slot>();
/**
 * Once a worker has been replaced (damage seen), a spare is kept warming up so that the next
 * replacement costs nothing: runs over many broken files (the fuzzer) would otherwise wait for a
 * fresh h5wasm each time. A run over sound files never starts one (beyond the prewarmed first worker).
 */
let spare: Worker | undefined;
let nextId = 1;
/** How many workers the caller would use (`check --concurrency`); 1 unless set. */
let wanted = 1;

/** What one worker may take: h5wasm's heap (about 50 MB idle), its read slice and the data in flight. */
const WORKER_BYTES = 128 * 2 ** 20;

/**
 * The most HDF5 workers this machine runs at once: one a core, and no more than half the free memory
 * holds. More workers than cores only share them, and each one costs a fresh h5wasm.
 */
export function hdf5PoolCap(): number {
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor(freeMemoryBytes() / 2 / WORKER_BYTES)));
}

/**
 * Let up to `n` files be read at once, each in its own worker (bounded by hdf5PoolCap). `check`
 * sets its concurrency here; the default, 1, keeps one worker. A worker beyond the first starts only
 * when a file would otherwise wait for a busy one (see place). Returns the previous setting.
 */
export function setHdf5Parallelism(n: number): number {
  const previous = wanted;
  wanted = Math.max(1, Math.floor(n));
  return previous;
}

/** A request in flight or waiting. */
function busy(s: Slot): boolean {
  return s.current !== undefined || s.queue.length > 0;
}

/**
 * The slot for a file not yet placed: an idle one (the fewest files open), else the least busy. A
 * file whose requests wait behind another file's moves (rebalance): to a worker that is idle, or to
 * a new one once a request has waited growAfterMs. So the pool grows only on a backlog: files read
 * one after another share the first worker, and a short check never pays ~0.3 s of a core for a
 * second worker it would not use.
 */
function place(): Slot {
  // Idle before busy, then the shorter queue, then the fewer open files.
  const rank = (s: Slot) => [busy(s) ? 1 : 0, s.queue.length, s.handles.size];
  const before = (a: Slot, b: Slot) => {
    const [x, y] = [rank(a), rank(b)];
    const i = x.findIndex((v, k) => v !== y[k]);
    return i >= 0 && x[i]! < y[i]!;
  };
  let best: Slot | undefined;
  for (const s of slots) if (!best || before(s, best)) best = s;
  if (!best) {
    best = { queue: [], handles: new Set() };
    slots.push(best);
  }
  return best;
}

/**
 * How long a request waits behind another file's before its file moves to a new worker. A start
 * costs ~0.3 s of a core; a few small files read one after another take less.
 */
let growAfterMs = 100;
let growTimer: NodeJS.Timeout | undefined;

/** For tests: how long a request waits behind another file's before the pool grows (undefined: the default). */
export function setHdf5PoolForTests(o: { growAfterMs?: number } = {}): void {
  growAfterMs = o.growAfterMs ?? 100;
}

/**
 * Move files whose requests wait behind another file's request (one slow to read, or hanging until
 * its timeout): to an idle worker at once, or to a new one when the pool may grow and the request
 * has waited growAfterMs. The new worker opens the file by path on its first request, and the one
 * it left closes its copy.
 */
function rebalance(): void {
  clearTimeout(growTimer);
  growTimer = undefined;
  for (;;) {
    let oldest: { from: Slot; job: Job } | undefined;
    for (const from of slots) {
      const serving = from.current?.job.request.handle;
      if (serving === undefined) continue;
      for (const job of from.queue) {
        // A close waits (it needs no worker of its own), as does a request behind its own file's.
        if (job.request.op === 'close' || job.request.handle === serving) continue;
        if (!oldest || job.queued < oldest.job.queued) oldest = { from, job };
      }
    }
    if (!oldest) return;
    let to = slots.find((x) => !busy(x));
    if (!to) {
      if (slots.length >= Math.min(wanted, hdf5PoolCap())) return;
      const wait = oldest.job.queued + growAfterMs - performance.now();
      if (wait > 0) {
        growTimer = setTimeout(rebalance, wait);
        growTimer.unref();
        return;
      }
      to = { queue: [], handles: new Set() };
      slots.push(to);
    }
    const { from } = oldest;
    const handle = oldest.job.request.handle;
    const moving = from.queue.filter((j) => !j.moved && j.request.handle === handle);
    from.queue = from.queue.filter((j) => !moving.includes(j));
    // Opened there already (its open is not among the waiting): that worker closes its copy.
    if (!moving.some((j) => j.request.op === 'open')) {
      from.queue.push({ request: { op: 'close', handle }, timeoutMs: 10_000, queued: performance.now(), moved: true, resolve: () => undefined, reject: () => undefined });
    }
    from.handles.delete(handle);
    to.handles.add(handle);
    slotOfHandle.set(handle, to);
    to.queue.push(...moving);
    pump(to);
  }
}

function slotFor(request: Request): Slot {
  const known = slotOfHandle.get(request.handle);
  if (known) return known;
  const s = place();
  slotOfHandle.set(request.handle, s);
  s.handles.add(request.handle);
  return s;
}

let devSource: URL | undefined;
/** Under tsx, h5wasm's binary, for workers started before one has compiled it (see h5wasm-glue.ts). */
let devBinary: Uint8Array | undefined;

/**
 * Under tsx (tests, scripts) the worker is TypeScript. It is bundled once per process with
 * esbuild (which tsx itself runs on) and its one package import pointed at h5wasm rewritten as the
 * bundle has it (h5wasm-glue.ts: the binary and the compiled module come from the host), so the
 * thread starts as plain JS from a data: URL: a TypeScript loader in the thread would also transform
 * h5wasm's 4 MB of emscripten glue, ~3 s a start, and each worker would compile h5wasm again,
 * ~0.45 s. (The worker's own imports from this project are bundled into it, as in dist/.)
 */
function devWorkerUrl(here: string): URL {
  if (!devSource) {
    const esbuild = createRequire(here)('esbuild') as { buildSync(o: object): { outputFiles: { text: string }[] } };
    // Loaded here only (tsx runs it), so that the bundle, whose glue was rewritten at build time, does not carry it.
    const { shareableH5wasmGlue } = createRequire(here)('./h5wasm-glue.ts') as typeof import('./h5wasm-glue.js');
    const dataUrl = (js: string) => `data:text/javascript,${encodeURIComponent(js)}`;
    // h5wasm/node is hdf5_hl.js, importing the glue ./hdf5_util.js; data: modules have no folder, so
    // the glue's own import.meta.url (its createRequire) is given the real file's.
    const hl = fileURLToPath(import.meta.resolve('h5wasm/node'));
    const utilFile = path.join(path.dirname(hl), 'hdf5_util.js');
    const { glue, wasm } = shareableH5wasmGlue(readFileSync(utilFile, 'utf8'), utilFile, 'throw new Error("h5wasm\'s binary was not given to this worker")');
    devBinary = wasm;
    const util = dataUrl(glue.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(utilFile).href)));
    const hlSource = readFileSync(hl, 'utf8');
    const hlImport = /from\s*(['"])\.\/hdf5_util\.js\1/g;
    if (hlSource.match(hlImport)?.length !== 1) throw new Error(`${hl}: the import of ./hdf5_util.js not found once; update src/formats/hdf5-host.ts for this h5wasm`);
    const h5wasm = JSON.stringify(dataUrl(hlSource.replace(hlImport, `from ${JSON.stringify(util)}`)));
    // The worker and the modules it imports (hdf5-parse.ts), in one module as the bundle has them.
    const built = esbuild.buildSync({ entryPoints: [fileURLToPath(new URL('./hdf5-worker.ts', here))], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', external: ['h5wasm/node'] });
    const js = built.outputFiles[0]!.text.replace(/(['"])h5wasm\/node\1/g, h5wasm);
    devSource = new URL(dataUrl(js));
  }
  return devSource;
}

function workerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return devWorkerUrl(here);
  // The bundle: dist/hdf5-worker.js, next to cli.js; this code sits in dist/ or dist/chunks/.
  const url = [new URL('./hdf5-worker.js', here), new URL('../hdf5-worker.js', here)].find((u) => existsSync(fileURLToPath(u)));
  if (!url) throw new Error('hdf5-worker.js is missing next to the weightgate bundle (rebuild it with `npm run build`)');
  return url;
}

/**
 * h5wasm compiled by the first worker (its glue posts it, see h5wasm-glue.ts): later
 * workers instantiate it instead of compiling their own, and share the code V8 optimised for it.
 */
let h5wasmModule: WebAssembly.Module | undefined;

function spawn(): Worker {
  // No loader flags from the parent (`--import tsx`), and no `stdout: true`: a worker with its own
  // stdio streams keeps the process alive even when unref'd (the worker silences the library itself).
  const url = workerUrl();
  const workerData = h5wasmModule ? { h5wasmModule } : devBinary ? { h5wasmBinary: devBinary } : undefined;
  const w = new Worker(url, { execArgv: [], ...(workerData ? { workerData } : {}) });
  w.on('message', (reply: Reply | { h5wasmModule: unknown }) => {
    if ('h5wasmModule' in reply) {
      if (Object.prototype.toString.call(reply.h5wasmModule) === '[object WebAssembly.Module]') h5wasmModule ??= reply.h5wasmModule as WebAssembly.Module;
      return;
    }
    onReply(w, reply);
  });
  w.on('error', (err) => onDeath(w, err.message));
  w.on('exit', (code) => onDeath(w, `the worker exited with code ${code}`));
  // After the listeners: adding a 'message' listener refs the worker again.
  w.unref();
  return w;
}

function slotOfWorker(w: Worker): Slot | undefined {
  return slots.find((s) => s.worker === w);
}

function retire(s: Slot): void {
  const w = s.worker;
  s.worker = undefined;
  w?.terminate().catch(() => undefined);
  if (!spare) {
    try {
      spare = spawn();
    } catch {
      // The next request reports why no worker can start.
    }
  }
}

function takeWorker(): Worker {
  const w = spare ?? spawn();
  spare = undefined;
  return w;
}

function finish(s: Slot): InFlight | undefined {
  const f = s.current;
  s.current = undefined;
  if (f?.timer) clearTimeout(f.timer);
  if (!s.queue.length) s.worker?.unref();
  return f;
}

function onReply(w: Worker, reply: Reply): void {
  const s = slotOfWorker(w);
  if (!s?.current || reply.id !== s.current.id) return;
  const f = finish(s)!;
  // After an abort the module is unusable; after damage its heap is suspect (see Reply.tainted).
  if (reply.tainted || (!reply.ok && reply.code === 'fatal')) retire(s);
  f.job.resolve(reply);
  pump(s);
}

function onDeath(w: Worker, why: string): void {
  if (w === spare) spare = undefined;
  const s = slotOfWorker(w);
  if (!s) return;
  s.worker = undefined;
  const f = finish(s);
  f?.job.reject(new HostFailure('crash', why.slice(0, 200)));
  pump(s);
}

function onTimeout(s: Slot, id: number): void {
  if (!s.current || s.current.id !== id) return;
  const f = finish(s)!;
  retire(s);
  f.job.reject(new HostFailure('timeout', `no answer within ${f.job.timeoutMs} ms`));
  pump(s);
}

function pump(s: Slot): void {
  if (s.current) return;
  if (!s.queue.length) {
    // Idle: a file waiting behind another worker's request comes here.
    if (growTimer || slots.some((x) => x.current && x.queue.length)) rebalance();
    return;
  }
  const job = s.queue.shift()!;
  if (job.request.op === 'close' && !job.moved) release(job.request.handle);
  let worker: Worker;
  try {
    worker = s.worker ??= takeWorker();
  } catch (err) {
    job.reject(err as Error);
    pump(s);
    return;
  }
  const id = nextId++;
  // setTimeout treats anything over 2^31-1 ms as 1 ms; an unlimited timeout gets no timer at all.
  const timer = Number.isFinite(job.timeoutMs) ? setTimeout(onTimeout, Math.min(job.timeoutMs, 2 ** 31 - 1), s, id) : undefined;
  s.current = { job, id, timer };
  worker.ref();
  worker.postMessage({ ...job.request, id });
}

/** A closed file no longer counts towards its slot's load (its close is the last request routed there). */
function release(handle: number): void {
  slotOfHandle.get(handle)?.handles.delete(handle);
  slotOfHandle.delete(handle);
}

/**
 * Start a worker now, ahead of the first request: h5wasm takes about 0.35 s to compile and
 * initialise, which the process entries (CLI, action) overlap with loading the rest of weightgate.
 */
export function prewarmHdf5Worker(): void {
  if (spare || slots.some((s) => s.worker)) return;
  try {
    spare = spawn();
  } catch {
    // The first request reports why no worker can start.
  }
}

/**
 * Run one request in the worker that holds its file (a new file goes to the least busy worker),
 * failing with a HostFailure if that worker crashes or takes over `timeoutMs`.
 */
export function hdf5Call(request: Request, timeoutMs: number): Promise<Reply> {
  // A file that was never opened (or whose worker was stopped) has nothing to close.
  if (request.op === 'close' && !slotOfHandle.has(request.handle)) return Promise.resolve({ id: 0, ok: true });
  return new Promise<Reply>((resolve, reject) => {
    const s = slotFor(request);
    // A file that failed to open is not the slot's to serve.
    const failed = () => request.op === 'open' && release(request.handle);
    s.queue.push({
      request, timeoutMs, queued: performance.now(),
      resolve: (reply) => {
        if (!reply.ok) failed();
        resolve(reply);
      },
      reject: (err) => {
        failed();
        reject(err);
      },
    });
    pump(s);
    if (s.queue.length) rebalance();
  });
}

/** For tests: the thread id of the worker serving an open file's requests, if it has one now. */
export function hdf5WorkerOf(handle: number): number | undefined {
  return slotOfHandle.get(handle)?.worker?.threadId;
}

/** Stop the workers (tests and the fuzzer call this between runs; the next request starts a new one). */
export async function stopHdf5Worker(): Promise<void> {
  const ws = [...slots.map((s) => s.worker), spare];
  spare = undefined;
  for (const s of slots) {
    s.worker = undefined;
    finish(s)?.job.reject(new HostFailure('crash', 'the HDF5 worker was stopped'));
  }
  for (const w of ws) if (w) await w.terminate();
  for (const s of slots) pump(s);
}
