// Supervises the HDF5 worker (hdf5-worker.ts). Requests run one at a time so a failure is always
// the request in flight's: a worker that aborts, dies or overruns its deadline is terminated and
// replaced, that one request fails, and the queue carries on in a fresh worker (which reopens
// files by path on demand, so other open files are unaffected).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Reply, Request } from './hdf5-protocol.js';

export class HostFailure extends Error {
  constructor(readonly reason: 'timeout' | 'crash', message: string) {
    super(message);
  }
}

interface Job {
  request: Request;
  timeoutMs: number;
  resolve(reply: Reply): void;
  reject(err: Error): void;
}

interface InFlight {
  job: Job;
  id: number;
  timer?: NodeJS.Timeout;
}

let worker: Worker | undefined;
/**
 * Once a worker has been replaced (damage seen), a spare is kept warming up so that the next
 * replacement costs nothing: runs over many broken files (the fuzzer) would otherwise wait for a
 * fresh h5wasm each time. A run over sound files never starts one.
 */
let spare: Worker | undefined;
let current: InFlight | undefined;
const queue: Job[] = [];
let nextId = 1;

let devSource: URL | undefined;

/**
 * Under tsx (tests, scripts) the worker is TypeScript. Its types are stripped once per process with
 * esbuild (which tsx itself runs on) and its one package import pointed at the resolved file, so the
 * thread starts as plain JS from a data: URL in ~0.2 s: a TypeScript loader in the thread would also
 * transform h5wasm's 4 MB of emscripten glue, ~3 s a start. (So the worker may import nothing from
 * this project at run time.)
 */
function devWorkerUrl(here: string): URL {
  if (!devSource) {
    const esbuild = createRequire(here)('esbuild') as { transformSync(code: string, o: object): { code: string } };
    const ts = readFileSync(new URL('./hdf5-worker.ts', here), 'utf8');
    const h5wasm = JSON.stringify(import.meta.resolve('h5wasm/node'));
    const js = esbuild.transformSync(ts, { loader: 'ts', format: 'esm', target: 'node20' }).code.replace(/(['"])h5wasm\/node\1/g, h5wasm);
    devSource = new URL(`data:text/javascript,${encodeURIComponent(js)}`);
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

function spawn(): Worker {
  // No loader flags from the parent (`--import tsx`), and no `stdout: true`: a worker with its own
  // stdio streams keeps the process alive even when unref'd (the worker silences the library itself).
  const w = new Worker(workerUrl(), { execArgv: [] });
  w.on('message', (reply: Reply) => onReply(w, reply));
  w.on('error', (err) => onDeath(w, err.message));
  w.on('exit', (code) => onDeath(w, `the worker exited with code ${code}`));
  // After the listeners: adding a 'message' listener refs the worker again.
  w.unref();
  return w;
}

function retire(w: Worker): void {
  if (worker === w) worker = undefined;
  w.terminate().catch(() => undefined);
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

function finish(): InFlight | undefined {
  const f = current;
  current = undefined;
  if (f?.timer) clearTimeout(f.timer);
  if (!queue.length) worker?.unref();
  return f;
}

function onReply(w: Worker, reply: Reply): void {
  if (w !== worker || !current || reply.id !== current.id) return;
  const f = finish()!;
  // After an abort the module is unusable; after damage its heap is suspect (see Reply.tainted).
  if (reply.tainted || (!reply.ok && reply.code === 'fatal')) retire(w);
  f.job.resolve(reply);
  pump();
}

function onDeath(w: Worker, why: string): void {
  if (w === spare) spare = undefined;
  if (w !== worker) return;
  worker = undefined;
  const f = finish();
  f?.job.reject(new HostFailure('crash', why.slice(0, 200)));
  pump();
}

function onTimeout(id: number): void {
  if (!current || current.id !== id) return;
  const w = worker;
  const f = finish()!;
  if (w) retire(w);
  f.job.reject(new HostFailure('timeout', `no answer within ${f.job.timeoutMs} ms`));
  pump();
}

function pump(): void {
  if (current || !queue.length) return;
  const job = queue.shift()!;
  try {
    worker ??= takeWorker();
  } catch (err) {
    job.reject(err as Error);
    pump();
    return;
  }
  const id = nextId++;
  // setTimeout treats anything over 2^31-1 ms as 1 ms; an unlimited timeout gets no timer at all.
  const timer = Number.isFinite(job.timeoutMs) ? setTimeout(onTimeout, Math.min(job.timeoutMs, 2 ** 31 - 1), id) : undefined;
  current = { job, id, timer };
  worker.ref();
  worker.postMessage({ ...job.request, id });
}

/**
 * Start the worker now, ahead of the first request: h5wasm takes about 0.35 s to compile and
 * initialise, which the process entries (CLI, action) overlap with loading the rest of weightgate.
 */
export function prewarmHdf5Worker(): void {
  if (worker || spare) return;
  try {
    spare = spawn();
  } catch {
    // The first request reports why no worker can start.
  }
}

/** Run one request in the worker, failing with a HostFailure if it crashes or takes over `timeoutMs`. */
export function hdf5Call(request: Request, timeoutMs: number): Promise<Reply> {
  return new Promise<Reply>((resolve, reject) => {
    queue.push({ request, timeoutMs, resolve, reject });
    pump();
  });
}

/** Stop the worker (tests and the fuzzer call this between runs; the next request starts a new one). */
export async function stopHdf5Worker(): Promise<void> {
  const ws = [worker, spare];
  worker = undefined;
  spare = undefined;
  finish()?.job.reject(new HostFailure('crash', 'the HDF5 worker was stopped'));
  for (const w of ws) if (w) await w.terminate();
}
