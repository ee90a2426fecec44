import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  routeConsoleForever,
  runSmoke,
  selectEngine
} from "./chunks/chunk-UJMYRBJC.js";
import "./chunks/chunk-3CHKLJFW.js";
import {
  DTYPE_BYTES
} from "./chunks/chunk-5PTVY25K.js";
import "./chunks/chunk-5PD53CW2.js";
import "./chunks/chunk-3BJMFA6A.js";
import "./chunks/chunk-73VS7PYX.js";
import {
  InputError
} from "./chunks/chunk-FWZ4W6A4.js";
import "./chunks/chunk-HM6IDY5O.js";
import "./chunks/chunk-7UZKIK2J.js";

// src/engine/smoke-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("smoke-worker.ts runs as a worker thread (src/engine/smoke-host.ts starts it)");
var post = (m) => port.postMessage(m);
routeConsoleForever((line) => post({ op: "console", line }));
for (const stream of [process.stdout, process.stderr]) {
  stream.write = ((chunk, ...rest) => {
    post({ op: "console", line: typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8") });
    rest.find((r) => typeof r === "function")?.();
    return true;
  });
}
var engines = /* @__PURE__ */ new Map();
function engineFor(o) {
  let e = engines.get(o.engine);
  if (!e) {
    e = selectEngine(o.engine, { wasmDirs: o.wasmDirs });
    e.catch(() => void 0);
    engines.set(o.engine, e);
  }
  return e;
}
var CONSTRUCTORS = {
  Float32Array,
  Float64Array,
  Int32Array,
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  BigInt64Array,
  Uint32Array
};
var waiting = /* @__PURE__ */ new Map();
var nextRid = 1;
function likelyBytes(v) {
  const n = v.shape.reduce((a, b) => a * b, 1);
  return Math.max(1, n * (DTYPE_BYTES[v.storedDtype ?? v.dtype] || 4));
}
async function readFromHost(id, v, staging) {
  const ref = v.locator.ref;
  const into = staging?.acquire(likelyBytes(v));
  const progress = into && staging?.progress?.(into);
  const rid = nextRid++;
  const reply = await new Promise((resolve) => {
    waiting.set(rid, resolve);
    post({ op: "read", id, rid, ref, ...into ? { into } : {}, ...progress ? { progress } : {} });
  });
  const InPlace = reply.ok && reply.inPlace && Object.hasOwn(CONSTRUCTORS, reply.inPlace.type) ? CONSTRUCTORS[reply.inPlace.type] : void 0;
  if (reply.ok && reply.inPlace && into && InPlace) return new InPlace(into, 0, reply.inPlace.length);
  if (into) staging?.release(into);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
function hostArtifact(id) {
  return {
    source: "the smoke host",
    format: "keras3-weights-h5",
    formatLabel: "values served by the smoke host",
    generation: 3,
    producer: {},
    layers: [],
    optimizer: [],
    notes: [],
    read: (v, o) => readFromHost(id, v, o?.staging),
    close: () => Promise.resolve()
  };
}
async function run(m) {
  const { engine: preference, wasmDirs, ...options } = m.options;
  let engine = preference;
  try {
    engine = await engineFor(m.options);
    post({ op: "engine", id: m.id, name: engine.name, reason: engine.reason });
  } catch {
  }
  try {
    const onEngineChange = (e) => post({ op: "engine", id: m.id, name: e.name, reason: e.reason });
    const result = await runSmoke(m.definition, hostArtifact(m.id), m.assignments, { ...options, engine, select: { wasmDirs }, onEngineChange });
    post({ op: "result", id: m.id, result, tainted: result.engineFailure !== void 0 });
  } catch (err) {
    if (err instanceof InputError) {
      post({ op: "error", id: m.id, inputError: { file: err.file, kind: err.kind, detail: err.detail, ...err.hint ? { hint: err.hint } : {} }, message: err.message, tainted: false });
    } else {
      post({ op: "error", id: m.id, message: err instanceof Error ? err.message : String(err), tainted: true });
    }
  }
}
port.on("message", (m) => {
  if (m.op === "value") {
    const resolve = waiting.get(m.rid);
    waiting.delete(m.rid);
    resolve?.(m);
  } else if (m.op === "warm") {
    void engineFor(m.options).then(() => post({ op: "warmed" }), () => post({ op: "warmed" }));
  } else {
    void run(m);
  }
});
