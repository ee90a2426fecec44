// The smoke worker: runs one smoke inference at a time for the smoke host (smoke-host.ts), in a
// thread of its own, so that a WebAssembly abort, an out-of-memory or a runaway model costs only
// that run: the host replaces the worker, and every other model is run by a fresh engine.
// Weight values come from the host on request (the artifact's readers stay in the main thread).
import { parentPort } from 'node:worker_threads';
import { DTYPE_BYTES, type ArtifactModel, type SavedVariable, type WeightData, type WeightStaging } from '../model/types.js';
import { InputError } from '../sources/errors.js';
import { routeConsoleForever } from './console-notes.js';
import { selectEngine } from './select.js';
import { runSmoke } from './run-smoke.js';
import type { FromWorker, RunRequest, ToWorker, ValueReply, WireLocator, WireOptions } from './smoke-protocol.js';
import type { Engine, EnginePreference, WeightAssignment } from './engine-types.js';

const port = parentPort;
if (!port) throw new Error('smoke-worker.ts runs as a worker thread (src/engine/smoke-host.ts starts it)');
const post = (m: FromWorker) => port.postMessage(m);

// Before TF.js loads (emscripten binds console.error then): nothing this thread prints reaches the
// user's terminal; every line goes to the host, which puts it in the run's notes.
routeConsoleForever((line) => post({ op: 'console', line }));
for (const stream of [process.stdout, process.stderr]) {
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    post({ op: 'console', line: typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8') });
    (rest.find((r) => typeof r === 'function') as (() => void) | undefined)?.();
    return true;
  });
}

const engines = new Map<EnginePreference, Promise<Engine>>();

/** One engine per preference for the worker's life: TF.js loads and WASM compiles once. */
function engineFor(o: Pick<WireOptions, 'engine' | 'wasmDirs'>): Promise<Engine> {
  let e = engines.get(o.engine);
  if (!e) {
    e = selectEngine(o.engine, { wasmDirs: o.wasmDirs });
    e.catch(() => undefined);
    engines.set(o.engine, e);
  }
  return e;
}

const CONSTRUCTORS: Record<string, new (buffer: SharedArrayBuffer, byteOffset: number, length: number) => WeightData> = {
  Float32Array, Float64Array, Int32Array, Int8Array, Uint8Array, Int16Array, Uint16Array, BigInt64Array, Uint32Array,
};

const waiting = new Map<number, (reply: ValueReply) => void>();
let nextRid = 1;

/** The bytes a read will most likely need: its stored size, so the reader can write into our buffer. */
function likelyBytes(v: SavedVariable): number {
  const n = v.shape.reduce((a, b) => a * b, 1);
  return Math.max(1, n * (DTYPE_BYTES[v.storedDtype ?? v.dtype] || 4));
}

async function readFromHost(id: number, v: SavedVariable, staging?: WeightStaging): Promise<WeightData> {
  const ref = (v.locator as unknown as WireLocator).ref;
  const into = staging?.acquire(likelyBytes(v));
  const progress = into && staging?.progress?.(into);
  const rid = nextRid++;
  const reply = await new Promise<ValueReply>((resolve) => {
    waiting.set(rid, resolve);
    post({ op: 'read', id, rid, ref, ...(into ? { into } : {}), ...(progress ? { progress } : {}) });
  });
  const InPlace = reply.ok && reply.inPlace && Object.hasOwn(CONSTRUCTORS, reply.inPlace.type) ? CONSTRUCTORS[reply.inPlace.type] : undefined;
  if (reply.ok && reply.inPlace && into && InPlace) return new InPlace(into, 0, reply.inPlace.length);
  if (into) staging?.release(into);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as WeightData;
}

/** The artifact as the engine uses it: only `read`, answered by the host. */
function hostArtifact(id: number): ArtifactModel {
  return {
    source: 'the smoke host', format: 'keras3-weights-h5', formatLabel: 'values served by the smoke host', generation: 3, producer: {},
    layers: [], optimizer: [], notes: [],
    read: (v, o) => readFromHost(id, v, o?.staging),
    close: () => Promise.resolve(),
  };
}

async function run(m: RunRequest): Promise<void> {
  const { engine: preference, wasmDirs, ...options } = m.options;
  let engine: Engine | EnginePreference = preference;
  try {
    engine = await engineFor(m.options);
    post({ op: 'engine', id: m.id, name: engine.name, reason: engine.reason });
  } catch {
    // runSmoke reports an engine that cannot load as skipped, with the reason.
  }
  try {
    const onEngineChange = (e: { name: string; reason: string }) => post({ op: 'engine', id: m.id, name: e.name, reason: e.reason });
    const result = await runSmoke(m.definition, hostArtifact(m.id), m.assignments as unknown as WeightAssignment[], { ...options, engine, select: { wasmDirs }, onEngineChange });
    post({ op: 'result', id: m.id, result, tainted: result.engineFailure !== undefined });
  } catch (err) {
    if (err instanceof InputError) {
      post({ op: 'error', id: m.id, inputError: { file: err.file, kind: err.kind, detail: err.detail, ...(err.hint ? { hint: err.hint } : {}) }, message: err.message, tainted: false });
    } else {
      post({ op: 'error', id: m.id, message: err instanceof Error ? err.message : String(err), tainted: true });
    }
  }
}

port.on('message', (m: ToWorker) => {
  if (m.op === 'value') {
    const resolve = waiting.get(m.rid);
    waiting.delete(m.rid);
    resolve?.(m);
  } else if (m.op === 'warm') {
    // Loaded or not, the host may send runs now (a failed engine is reported by the run).
    void engineFor(m.options).then(() => post({ op: 'warmed' }), () => post({ op: 'warmed' }));
  } else {
    void run(m);
  }
});
