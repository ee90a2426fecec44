import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/formats/hdf5-host.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var HostFailure = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
  reason;
};
var worker;
var spare;
var current;
var queue = [];
var nextId = 1;
var devSource;
function devWorkerUrl(here) {
  if (!devSource) {
    const esbuild = createRequire(here)("esbuild");
    const ts = readFileSync(new URL("./hdf5-worker.ts", here), "utf8");
    const h5wasm = JSON.stringify(import.meta.resolve("h5wasm/node"));
    const js = esbuild.transformSync(ts, { loader: "ts", format: "esm", target: "node20" }).code.replace(/(['"])h5wasm\/node\1/g, h5wasm);
    devSource = new URL(`data:text/javascript,${encodeURIComponent(js)}`);
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
function spawn() {
  const w = new Worker(workerUrl(), { execArgv: [] });
  w.on("message", (reply) => onReply(w, reply));
  w.on("error", (err) => onDeath(w, err.message));
  w.on("exit", (code) => onDeath(w, `the worker exited with code ${code}`));
  w.unref();
  return w;
}
function retire(w) {
  if (worker === w) worker = void 0;
  w.terminate().catch(() => void 0);
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
function finish() {
  const f = current;
  current = void 0;
  if (f?.timer) clearTimeout(f.timer);
  if (!queue.length) worker?.unref();
  return f;
}
function onReply(w, reply) {
  if (w !== worker || !current || reply.id !== current.id) return;
  const f = finish();
  if (reply.tainted || !reply.ok && reply.code === "fatal") retire(w);
  f.job.resolve(reply);
  pump();
}
function onDeath(w, why) {
  if (w === spare) spare = void 0;
  if (w !== worker) return;
  worker = void 0;
  const f = finish();
  f?.job.reject(new HostFailure("crash", why.slice(0, 200)));
  pump();
}
function onTimeout(id) {
  if (!current || current.id !== id) return;
  const w = worker;
  const f = finish();
  if (w) retire(w);
  f.job.reject(new HostFailure("timeout", `no answer within ${f.job.timeoutMs} ms`));
  pump();
}
function pump() {
  if (current || !queue.length) return;
  const job = queue.shift();
  try {
    worker ??= takeWorker();
  } catch (err) {
    job.reject(err);
    pump();
    return;
  }
  const id = nextId++;
  const timer = Number.isFinite(job.timeoutMs) ? setTimeout(onTimeout, Math.min(job.timeoutMs, 2 ** 31 - 1), id) : void 0;
  current = { job, id, timer };
  worker.ref();
  worker.postMessage({ ...job.request, id });
}
function prewarmHdf5Worker() {
  if (worker || spare) return;
  try {
    spare = spawn();
  } catch {
  }
}
function hdf5Call(request, timeoutMs) {
  return new Promise((resolve, reject) => {
    queue.push({ request, timeoutMs, resolve, reject });
    pump();
  });
}

export {
  HostFailure,
  prewarmHdf5Worker,
  hdf5Call
};
