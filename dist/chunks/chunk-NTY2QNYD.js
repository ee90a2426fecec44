import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  freeMemoryBytes
} from "./chunk-UPWAXGUD.js";

// src/formats/hdf5-host.ts
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var HostFailure = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
};
var slots = [];
var slotOfHandle = /* @__PURE__ */ new Map();
var spare;
var nextId = 1;
var wanted = 1;
var WORKER_BYTES = 128 * 2 ** 20;
function hdf5PoolCap() {
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor(freeMemoryBytes() / 2 / WORKER_BYTES)));
}
function setHdf5Parallelism(n) {
  const previous = wanted;
  wanted = Math.max(1, Math.floor(n));
  return previous;
}
function busy(s) {
  return s.current !== void 0 || s.queue.length > 0;
}
function place() {
  const rank = (s) => [busy(s) ? 1 : 0, s.queue.length, s.handles.size];
  const before = (a, b) => {
    const [x, y] = [rank(a), rank(b)];
    const i = x.findIndex((v, k) => v !== y[k]);
    return i >= 0 && x[i] < y[i];
  };
  let best;
  for (const s of slots) if (!best || before(s, best)) best = s;
  if (!best) {
    best = { queue: [], handles: /* @__PURE__ */ new Set() };
    slots.push(best);
  }
  return best;
}
var growAfterMs = 100;
var growTimer;
function rebalance() {
  clearTimeout(growTimer);
  growTimer = void 0;
  for (; ; ) {
    let oldest;
    for (const from2 of slots) {
      const serving = from2.current?.job.request.handle;
      if (serving === void 0) continue;
      for (const job of from2.queue) {
        if (job.request.op === "close" || job.request.handle === serving) continue;
        if (!oldest || job.queued < oldest.job.queued) oldest = { from: from2, job };
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
      to = { queue: [], handles: /* @__PURE__ */ new Set() };
      slots.push(to);
    }
    const { from } = oldest;
    const handle = oldest.job.request.handle;
    const moving = from.queue.filter((j) => !j.moved && j.request.handle === handle);
    from.queue = from.queue.filter((j) => !moving.includes(j));
    if (!moving.some((j) => j.request.op === "open")) {
      from.queue.push({ request: { op: "close", handle }, timeoutMs: 1e4, queued: performance.now(), moved: true, resolve: () => void 0, reject: () => void 0 });
    }
    from.handles.delete(handle);
    to.handles.add(handle);
    slotOfHandle.set(handle, to);
    to.queue.push(...moving);
    pump(to);
  }
}
function slotFor(request) {
  const known = slotOfHandle.get(request.handle);
  if (known) return known;
  const s = place();
  slotOfHandle.set(request.handle, s);
  s.handles.add(request.handle);
  return s;
}
var devSource;
var devBinary;
function devWorkerUrl(here) {
  if (!devSource) {
    const esbuild = createRequire(here)("esbuild");
    const { shareableH5wasmGlue } = createRequire(here)("./h5wasm-glue.ts");
    const dataUrl = (js2) => `data:text/javascript,${encodeURIComponent(js2)}`;
    const hl = fileURLToPath(import.meta.resolve("h5wasm/node"));
    const utilFile = path.join(path.dirname(hl), "hdf5_util.js");
    const { glue, wasm } = shareableH5wasmGlue(readFileSync(utilFile, "utf8"), utilFile, `throw new Error("h5wasm's binary was not given to this worker")`);
    devBinary = wasm;
    const util = dataUrl(glue.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(utilFile).href)));
    const hlSource = readFileSync(hl, "utf8");
    const hlImport = /from\s*(['"])\.\/hdf5_util\.js\1/g;
    if (hlSource.match(hlImport)?.length !== 1) throw new Error(`${hl}: the import of ./hdf5_util.js not found once; update src/formats/hdf5-host.ts for this h5wasm`);
    const h5wasm = JSON.stringify(dataUrl(hlSource.replace(hlImport, `from ${JSON.stringify(util)}`)));
    const built = esbuild.buildSync({ entryPoints: [fileURLToPath(new URL("./hdf5-worker.ts", here))], bundle: true, write: false, format: "esm", platform: "node", target: "node20", external: ["h5wasm/node"] });
    const js = built.outputFiles[0].text.replace(/(['"])h5wasm\/node\1/g, h5wasm);
    devSource = new URL(dataUrl(js));
  }
  return devSource;
}
function workerUrl() {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return devWorkerUrl(here);
  const url = [new URL("./hdf5-worker.js", here), new URL("../hdf5-worker.js", here)].find((u) => existsSync(fileURLToPath(u)));
  if (!url) throw new Error("hdf5-worker.js is missing next to the weightgate bundle (rebuild it with `npm run build`)");
  return url;
}
var h5wasmModule;
function spawn() {
  const url = workerUrl();
  const workerData = h5wasmModule ? { h5wasmModule } : devBinary ? { h5wasmBinary: devBinary } : void 0;
  const w = new Worker(url, { execArgv: [], ...workerData ? { workerData } : {} });
  w.on("message", (reply) => {
    if ("h5wasmModule" in reply) {
      if (Object.prototype.toString.call(reply.h5wasmModule) === "[object WebAssembly.Module]") h5wasmModule ??= reply.h5wasmModule;
      return;
    }
    onReply(w, reply);
  });
  w.on("error", (err) => onDeath(w, err.message));
  w.on("exit", (code) => onDeath(w, `the worker exited with code ${code}`));
  w.unref();
  return w;
}
function slotOfWorker(w) {
  return slots.find((s) => s.worker === w);
}
function retire(s) {
  const w = s.worker;
  s.worker = void 0;
  w?.terminate().catch(() => void 0);
  if (!spare) {
    try {
      spare = spawn();
    } catch {
    }
  }
}
function takeWorker() {
  const w = spare ?? spawn();
  spare = void 0;
  return w;
}
function finish(s) {
  const f = s.current;
  s.current = void 0;
  if (f?.timer) clearTimeout(f.timer);
  if (!s.queue.length) s.worker?.unref();
  return f;
}
function onReply(w, reply) {
  const s = slotOfWorker(w);
  if (!s?.current || reply.id !== s.current.id) return;
  const f = finish(s);
  if (reply.tainted || !reply.ok && reply.code === "fatal") retire(s);
  f.job.resolve(reply);
  pump(s);
}
function onDeath(w, why) {
  if (w === spare) spare = void 0;
  const s = slotOfWorker(w);
  if (!s) return;
  s.worker = void 0;
  const f = finish(s);
  f?.job.reject(new HostFailure("crash", why.slice(0, 200)));
  pump(s);
}
function onTimeout(s, id) {
  if (!s.current || s.current.id !== id) return;
  const f = finish(s);
  retire(s);
  f.job.reject(new HostFailure("timeout", `no answer within ${f.job.timeoutMs} ms`));
  pump(s);
}
function pump(s) {
  if (s.current) return;
  if (!s.queue.length) {
    if (growTimer || slots.some((x) => x.current && x.queue.length)) rebalance();
    return;
  }
  const job = s.queue.shift();
  if (job.request.op === "close" && !job.moved) release(job.request.handle);
  let worker;
  try {
    worker = s.worker ??= takeWorker();
  } catch (err) {
    job.reject(err);
    pump(s);
    return;
  }
  const id = nextId++;
  const timer = Number.isFinite(job.timeoutMs) ? setTimeout(onTimeout, Math.min(job.timeoutMs, 2 ** 31 - 1), s, id) : void 0;
  s.current = { job, id, timer };
  worker.ref();
  worker.postMessage({ ...job.request, id });
}
function release(handle) {
  slotOfHandle.get(handle)?.handles.delete(handle);
  slotOfHandle.delete(handle);
}
function prewarmHdf5Worker() {
  if (spare || slots.some((s) => s.worker)) return;
  try {
    spare = spawn();
  } catch {
  }
}
function hdf5Call(request, timeoutMs) {
  if (request.op === "close" && !slotOfHandle.has(request.handle)) return Promise.resolve({ id: 0, ok: true });
  return new Promise((resolve, reject) => {
    const s = slotFor(request);
    const failed = () => request.op === "open" && release(request.handle);
    s.queue.push({
      request,
      timeoutMs,
      queued: performance.now(),
      resolve: (reply) => {
        if (!reply.ok) failed();
        resolve(reply);
      },
      reject: (err) => {
        failed();
        reject(err);
      }
    });
    pump(s);
    if (s.queue.length) rebalance();
  });
}

export {
  HostFailure,
  setHdf5Parallelism,
  prewarmHdf5Worker,
  hdf5Call
};
