import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  defaultWasmDirs,
  engineFailureReason,
  noteCollector,
  noteOf,
  runSmoke,
  tryTfjsNode,
  uncomputedGuard
} from "./chunk-XIMAOG7Y.js";
import {
  readSaved
} from "./chunk-5PD53CW2.js";
import {
  formatLimit,
  raiseHint,
  resolveLimits
} from "./chunk-3BJMFA6A.js";
import {
  InputError
} from "./chunk-FWZ4W6A4.js";

// src/engine/smoke-host.ts
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { threadId, Worker } from "node:worker_threads";

// src/engine/bundle-banner.ts
var BUNDLE_BANNER = [
  "import { createRequire as __wgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __wgFileURLToPath } from 'node:url';",
  "import { dirname as __wgDirname } from 'node:path';",
  "const require = __wgCreateRequire(import.meta.url);",
  "const __filename = __wgFileURLToPath(import.meta.url);",
  "const __dirname = __wgDirname(__filename);"
].join(" ");

// src/engine/smoke-host.ts
var worker;
var spare;
var active;
var queue = [];
var nextId = 1;
var lastWarm;
var started = 0;
function smokeWorkersStarted() {
  return started;
}
var devBundle;
var DAY_MS = 24 * 3600 * 1e3;
function reusable(note, cache) {
  try {
    const parsed = JSON.parse(readFileSync(note, "utf8"));
    if (!parsed || typeof parsed !== "object") return void 0;
    const { bundle, inputs } = parsed;
    if (typeof bundle !== "string" || !/^smoke-worker-[0-9a-f]{16}\.mjs$/.test(bundle) || !inputs || typeof inputs !== "object") return void 0;
    for (const [file2, stamp] of Object.entries(inputs)) {
      const st = statSync(file2);
      if (!Array.isArray(stamp) || stamp[0] !== st.size || stamp[1] !== st.mtimeMs) return void 0;
    }
    const file = path.join(cache, bundle);
    return existsSync(file) ? file : void 0;
  } catch {
    return void 0;
  }
}
function writeWhole(file, text) {
  const partial = `${file}.${process.pid}.${threadId}`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}
function devWorkerBundle(here) {
  if (devBundle !== void 0 && (devBundle === null || existsSync(devBundle))) return devBundle;
  devBundle = null;
  try {
    const resolver = createRequire(here);
    const entry = fileURLToPath(new URL("./smoke-worker.ts", here));
    const cache = path.join(path.dirname(resolver.resolve("esbuild/package.json")), "..", ".cache", "weightgate");
    const note = path.join(cache, `smoke-worker-${createHash("sha256").update(entry).digest("hex").slice(0, 16)}.json`);
    const ready = reusable(note, cache);
    if (ready) return devBundle = pathToFileURL(ready);
    const esbuild = resolver("esbuild");
    const workDir = path.dirname(entry);
    const result = esbuild.buildSync({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: "node",
      target: "node20",
      format: "esm",
      legalComments: "none",
      logLevel: "silent",
      banner: { js: BUNDLE_BANNER },
      metafile: true,
      absWorkingDir: workDir
    });
    const text = result.outputFiles?.[0]?.text;
    if (text === void 0 || !result.metafile) return null;
    const name = `smoke-worker-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.mjs`;
    const file = path.join(cache, name);
    mkdirSync(cache, { recursive: true });
    if (!existsSync(file)) {
      writeWhole(file, text);
      for (const old of readdirSync(cache)) {
        if (/^smoke-worker-.*\.mjs$/.test(old) && old !== name && Date.now() - statSync(path.join(cache, old)).mtimeMs > DAY_MS) rmSync(path.join(cache, old), { force: true });
      }
    }
    const inputs = {};
    for (const input of Object.keys(result.metafile.inputs)) {
      const abs = path.resolve(workDir, input);
      const st = statSync(abs);
      inputs[abs] = [st.size, st.mtimeMs];
    }
    writeWhole(note, JSON.stringify({ bundle: name, inputs }));
    devBundle = pathToFileURL(file);
  } catch {
  }
  return devBundle;
}
function spawn() {
  const here = import.meta.url;
  let w;
  const bundle = here.endsWith(".ts") ? devWorkerBundle(here) : null;
  if (bundle) {
    w = new Worker(bundle, { execArgv: [] });
  } else if (here.endsWith(".ts")) {
    const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
    const entry = JSON.stringify(new URL("./smoke-worker.ts", here).href);
    w = new Worker(`import(${tsx}).then((m) => { m.register(); return import(${entry}); })`, { eval: true, execArgv: [] });
  } else {
    const url = [new URL("./smoke-worker.js", here), new URL("../smoke-worker.js", here)].find((u) => existsSync(fileURLToPath(u)));
    if (!url) throw new Error("smoke-worker.js is missing next to the weightgate bundle (rebuild it with `npm run build`)");
    w = new Worker(url, { execArgv: [] });
  }
  started++;
  w.on("message", (m) => onMessage(w, m));
  w.on("error", (err) => onDeath(w, err.code === "ERR_WORKER_OUT_OF_MEMORY" ? "out-of-memory" : "crash", err.message));
  w.on("exit", (code) => onDeath(w, "crash", `the worker exited with code ${code}`));
  w.unref();
  return w;
}
function retire(w) {
  if (worker === w) worker = void 0;
  w.terminate().catch(() => void 0);
  if (!spare) {
    try {
      spare = spawn();
      if (lastWarm) spare.postMessage(lastWarm);
    } catch {
    }
  }
}
function message(err) {
  return (err instanceof Error ? err.message : String(err)).split("\n", 1).join("");
}
function withLines(result, lines) {
  const extra = [];
  const add = noteCollector(extra);
  for (const l of lines) if (!result.notes.includes(noteOf(l))) add(l);
  return extra.length ? { ...result, notes: [...result.notes, ...extra] } : result;
}
function finish() {
  const a = active;
  active = void 0;
  if (a?.timer) clearTimeout(a.timer);
  if (!queue.length) worker?.unref();
  return a;
}
function stopped(a, kind, reason) {
  const notes = [];
  const add = noteCollector(notes);
  for (const l of a.lines) add(l);
  return {
    status: "skipped",
    engine: a.engine?.name ?? "none",
    engineReason: a.engine?.reason ?? "the worker stopped before an engine was selected",
    reason,
    outputs: [],
    seconds: Math.round((performance.now() - a.started) / 10) / 100,
    notes,
    engineFailure: kind,
    ...kind === "timeout" ? { limit: "smokeTimeoutMs" } : {}
  };
}
function onMessage(w, m) {
  const a = active;
  if (!a || a.worker !== w) return;
  switch (m.op) {
    case "console":
      if (a.lines.length < 1e3) a.lines.push(m.line);
      return;
    case "engine":
      if (m.id !== a.id) return;
      a.engine = { name: m.name, reason: m.reason };
      arm(a);
      return;
    case "read":
      if (m.id === a.id) void serve(a, m.rid, m.ref, m.into);
      return;
    case "result": {
      if (m.id !== a.id) return;
      finish();
      const result = uncomputedGuard(withLines(m.result, a.lines));
      if (m.tainted || result.engineFailure) retire(w);
      a.job.resolve(result);
      break;
    }
    case "error": {
      if (m.id !== a.id) return;
      finish();
      if (m.tainted) retire(w);
      const e = m.inputError;
      a.job.reject(e ? new InputError(e.file, e.kind, e.detail, e.hint) : new Error(m.message));
      break;
    }
  }
  pump();
}
function onDeath(w, kind, why) {
  if (w === spare) spare = void 0;
  if (w !== worker) return;
  worker = void 0;
  const a = active?.worker === w ? finish() : void 0;
  a?.job.resolve(stopped(a, kind, engineFailureReason(kind, "running the smoke inference", why.split("\n", 1).join("").slice(0, 200))));
  pump();
}
function onTimeout(id) {
  if (!active || active.id !== id) return;
  const w = active.worker;
  const a = finish();
  retire(w);
  const limit = resolveLimits(a.job.options.limits).smokeTimeoutMs;
  a.job.resolve(stopped(a, "timeout", `took longer than ${formatLimit("smokeTimeoutMs", limit)} (limit smokeTimeoutMs): the run was stopped and no outputs were computed, so nothing is said about the model. ${raiseHint("smokeTimeoutMs")}`));
  pump();
}
var Loan = class {
  constructor(buffer) {
    this.buffer = buffer;
  }
  buffer;
  lent = false;
  acquire(bytes) {
    if (this.lent || bytes > this.buffer.byteLength) return new SharedArrayBuffer(Math.max(bytes, 1));
    this.lent = true;
    return this.buffer;
  }
  release(data) {
    if ((data instanceof SharedArrayBuffer ? data : data.buffer) === this.buffer) this.lent = false;
  }
};
async function serve(a, rid, ref, into) {
  let reply;
  const transfer = [];
  try {
    const saved = a.saved[ref];
    if (!saved) throw new Error(`the worker asked for saved variable #${ref}, which this run does not have`);
    const data = await readSaved(a.job.artifact, saved, into ? { staging: new Loan(into) } : {});
    if (into && data.buffer === into) {
      reply = { op: "value", id: a.id, rid, ok: true, inPlace: { type: data.constructor.name, length: data.length } };
    } else if (data.buffer instanceof SharedArrayBuffer) {
      reply = { op: "value", id: a.id, rid, ok: true, data };
    } else {
      const copy = data.slice();
      transfer.push(copy.buffer);
      reply = { op: "value", id: a.id, rid, ok: true, data: copy };
    }
  } catch (err) {
    reply = { op: "value", id: a.id, rid, ok: false, error: message(err) };
  }
  if (active === a && worker === a.worker) a.worker.postMessage(reply, transfer);
}
function wire(assignments) {
  const saved = [];
  const index = /* @__PURE__ */ new Map();
  const wired = assignments.map((x) => {
    let ref = index.get(x.saved);
    if (ref === void 0) {
      ref = saved.push(x.saved) - 1;
      index.set(x.saved, ref);
    }
    const { locator: _, derived: __, ...rest } = x.saved;
    return { layer: x.layer, weightIndex: x.weightIndex, saved: { ...rest, locator: { kind: "smoke-host", ref } } };
  });
  return { saved, wired };
}
function pump() {
  if (active || !queue.length) return;
  const job = queue.shift();
  try {
    worker ??= spare ?? spawn();
    if (worker === spare) spare = void 0;
  } catch (err) {
    job.resolve({
      status: "skipped",
      engine: "none",
      engineReason: "not started",
      reason: `the smoke worker could not start: ${message(err)}`,
      outputs: [],
      seconds: 0,
      notes: []
    });
    pump();
    return;
  }
  const { engine = "auto", select, onEngineChange: _, ...rest } = job.options;
  const wasmDirs = select?.wasmDirs ?? defaultWasmDirs();
  const options = { ...rest, engine, wasmDirs };
  lastWarm = { op: "warm", options: { engine, wasmDirs } };
  const { saved, wired } = wire(job.assignments);
  const id = nextId++;
  const a = { job, id, worker, saved, started: performance.now(), lines: [] };
  const request = { op: "run", id, definition: job.definition, assignments: wired, options };
  try {
    worker.postMessage(request);
  } catch (err) {
    job.reject(err);
    pump();
    return;
  }
  active = a;
  arm(a);
  worker.ref();
}
var ENGINE_START_MS = 6e4;
function arm(a) {
  if (a.timer) clearTimeout(a.timer);
  const limit = resolveLimits(a.job.options.limits).smokeTimeoutMs;
  const timeoutMs = a.engine ? limit : Math.max(limit, ENGINE_START_MS);
  if (Number.isFinite(timeoutMs)) a.timer = setTimeout(onTimeout, Math.min(timeoutMs, 2 ** 31 - 1), a.id);
}
async function smokeIsolated(definition, artifact, assignments, options = {}) {
  const preference = options.engine ?? "auto";
  if (preference === "auto" || preference === "tfjs-node") {
    const node = await nativeEngine(options.select);
    if (typeof node !== "string") {
      const engine = { ...node, reason: preference === "auto" ? node.reason : `${node.reason}, as requested` };
      return runSmoke(definition, artifact, assignments, { ...options, engine });
    }
    if (preference === "tfjs-node") return runSmoke(definition, artifact, assignments, { ...options, engine: preference });
  }
  return new Promise((resolve, reject) => {
    queue.push({ definition, artifact, assignments, options, resolve, reject });
    pump();
  });
}
var native;
function nativeEngine(select) {
  if (select?.importNode) return tryTfjsNode(select);
  native ??= tryTfjsNode();
  return native;
}
function prewarmSmokeWorker(engine = "auto") {
  if (worker || spare) return;
  try {
    spare = spawn();
    spare.postMessage({ op: "warm", options: { engine, wasmDirs: defaultWasmDirs() } });
  } catch {
  }
}
async function stopSmokeWorker() {
  const ws = [worker, spare];
  worker = void 0;
  spare = void 0;
  const a = finish();
  a?.job.resolve(stopped(a, "crash", "the smoke worker was stopped"));
  for (const w of ws) if (w) await w.terminate();
}

export {
  smokeWorkersStarted,
  smokeIsolated,
  prewarmSmokeWorker,
  stopSmokeWorker
};
