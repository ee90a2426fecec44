import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  defaultWasmDirs,
  engineFailureReason,
  estimateSmoke,
  generatedShapes,
  noteCollector,
  noteOf,
  runSmoke,
  tryTfjsNode,
  uncomputedGuard,
  wasmBytes
} from "./chunk-UJMYRBJC.js";
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
import {
  freeMemoryBytes
} from "./chunk-UPWAXGUD.js";

// src/engine/smoke-host.ts
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import os from "node:os";
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
var instances = [];
var queue = [];
var nextId = 1;
var lastWarm;
var started = 0;
var wanted = 1;
var freeMemory = freeMemoryBytes;
var budget = 0;
var peak = 0;
var growAfterMs = 300;
var growTimer;
var clock = () => performance.now();
var readySince = 0;
function backlogOf(job, now) {
  return Math.max(0, now - Math.max(job.queued, readySince));
}
function smokeWorkersStarted() {
  return started;
}
function smokeRunsPeak() {
  const p = peak;
  peak = instances.filter((i) => i.active).length;
  return p;
}
var ENGINE_BYTES = 256 * 2 ** 20;
function smokeRunBytes(definition, assignments, options = {}) {
  try {
    const given = options.input;
    const shapes = Array.isArray(given) ? given.map((a) => a.shape) : given instanceof Map ? [...given.values()].map((a) => a.shape) : generatedShapes(definition, options);
    const e = estimateSmoke(definition, assignments, shapes);
    return ENGINE_BYTES + (e.bytes > resolveLimits(options.limits).maxSmokeBytes ? 0 : wasmBytes(e, false));
  } catch {
    return ENGINE_BYTES;
  }
}
function cap() {
  return Math.max(1, Math.min(wanted, os.availableParallelism()));
}
function setSmokeParallelism(n) {
  const previous = wanted;
  wanted = Math.max(1, Math.floor(n));
  for (let i = instances.length - 1; i >= 0 && instances.length > cap(); i--) {
    const inst = instances[i];
    if (inst.active) continue;
    instances.splice(i, 1);
    inst.worker.terminate().catch(() => void 0);
  }
  pump();
  return previous;
}
var onStart;
function setSmokePoolForTests(o = {}) {
  freeMemory = o.memory ?? freeMemoryBytes;
  growAfterMs = o.growAfterMs ?? 300;
  onStart = o.onStart;
  clock = o.now ?? (() => performance.now());
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
function spawnInstance(warm) {
  const worker = spawn();
  let markReady = () => void 0;
  const whenReady = new Promise((resolve) => {
    markReady = resolve;
  });
  const inst = {
    worker,
    ready: false,
    whenReady,
    markReady: () => {
      if (!inst.ready) {
        readySince = clock();
        if (inst.active) inst.active.since = readySince;
      }
      inst.ready = true;
      markReady();
    }
  };
  instances.push(inst);
  if (warm) worker.postMessage(warm);
  return inst;
}
function retire(inst) {
  const i = instances.indexOf(inst);
  if (i >= 0) instances.splice(i, 1);
  inst.worker.terminate().catch(() => void 0);
  if (instances.some((x) => !x.active)) return;
  try {
    spawnInstance(lastWarm);
  } catch {
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
function finish(inst) {
  const a = inst.active;
  inst.active = void 0;
  if (a?.timer) clearTimeout(a.timer);
  inst.worker.unref();
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
  const inst = instances.find((i) => i.worker === w);
  if (inst && m.op === "warmed") {
    inst.markReady();
    pump();
    return;
  }
  const a = inst?.active;
  if (!inst || !a) return;
  switch (m.op) {
    case "console":
      if (a.lines.length < 1e3) a.lines.push(m.line);
      return;
    case "engine":
      if (m.id !== a.id) return;
      a.engine = { name: m.name, reason: m.reason };
      arm(a);
      inst.markReady();
      break;
    case "read":
      if (m.id === a.id) void serve(a, m.rid, m.ref, m.into, m.progress);
      return;
    case "result": {
      if (m.id !== a.id) return;
      finish(inst);
      const result = uncomputedGuard(withLines(m.result, a.lines));
      inst.markReady();
      if (m.tainted || result.engineFailure) retire(inst);
      a.job.resolve(result);
      break;
    }
    case "error": {
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
function onDeath(w, kind, why) {
  const inst = instances.find((i) => i.worker === w);
  if (!inst) return;
  instances.splice(instances.indexOf(inst), 1);
  const a = finish(inst);
  a?.job.resolve(stopped(a, kind, engineFailureReason(kind, "running the smoke inference", why.split("\n", 1).join("").slice(0, 200))));
  pump();
}
function onTimeout(a) {
  if (a.inst.active !== a) return;
  finish(a.inst);
  retire(a.inst);
  const limit = resolveLimits(a.job.options.limits).smokeTimeoutMs;
  a.job.resolve(stopped(a, "timeout", `took longer than ${formatLimit("smokeTimeoutMs", limit)} (limit smokeTimeoutMs): the run was stopped and no outputs were computed, so nothing is said about the model. ${raiseHint("smokeTimeoutMs")}`));
  pump();
}
var Loan = class {
  constructor(buffer, counter) {
    this.buffer = buffer;
    this.counter = counter;
  }
  buffer;
  counter;
  lent = false;
  acquire(bytes) {
    if (this.lent || bytes > this.buffer.byteLength) return new SharedArrayBuffer(Math.max(bytes, 1));
    this.lent = true;
    return this.buffer;
  }
  release(data) {
    if ((data instanceof SharedArrayBuffer ? data : data.buffer) === this.buffer) this.lent = false;
  }
  /** The worker follows the read of its own buffer as it lands (WeightStaging.progress). */
  progress(buffer) {
    return buffer === this.buffer ? this.counter : void 0;
  }
};
async function serve(a, rid, ref, into, progress) {
  let reply;
  const transfer = [];
  try {
    const saved = a.saved[ref];
    if (!saved) throw new Error(`the worker asked for saved variable #${ref}, which this run does not have`);
    const data = await readSaved(a.job.artifact, saved, into ? { staging: new Loan(into, progress) } : {});
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
  if (a.inst.active === a) a.inst.worker.postMessage(reply, transfer);
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
  clearTimeout(growTimer);
  growTimer = void 0;
  while (queue.length) {
    const busy = instances.filter((i) => i.active);
    if (busy.length >= cap()) return;
    const job = queue[0];
    if (!busy.length) budget = freeMemory();
    else if (busy.reduce((n, i) => n + i.active.job.bytes, 0) + job.bytes > budget) return;
    const idle = instances.filter((i) => !i.active);
    let inst = idle.find((i) => i.ready) ?? (busy.length ? void 0 : idle[0]);
    if (!inst) {
      if (idle.length) return;
      if (busy.length) {
        if (busy.some((i) => !i.ready)) return;
        const now = clock();
        const running = Math.min(...busy.map((i) => now - i.active.since));
        const wait = growAfterMs - Math.max(backlogOf(job, now), running);
        if (wait > 0) {
          growTimer = setTimeout(pump, wait);
          growTimer.unref();
          return;
        }
      }
      try {
        inst = spawnInstance(busy.length ? warmOf(job) : void 0);
      } catch (err) {
        queue.shift();
        job.resolve({
          status: "skipped",
          engine: "none",
          engineReason: "not started",
          reason: `the smoke worker could not start: ${message(err)}`,
          outputs: [],
          seconds: 0,
          notes: []
        });
        continue;
      }
      if (busy.length) return;
    }
    queue.shift();
    start(inst, job);
  }
}
function warmOf(job) {
  return { op: "warm", options: { engine: job.options.engine ?? "auto", wasmDirs: job.options.select?.wasmDirs ?? defaultWasmDirs() } };
}
function start(inst, job) {
  const { engine = "auto", select, onEngineChange: _, ...rest } = job.options;
  const wasmDirs = select?.wasmDirs ?? defaultWasmDirs();
  const options = { ...rest, engine, wasmDirs };
  lastWarm = warmOf(job);
  const { saved, wired } = wire(job.assignments);
  const id = nextId++;
  const a = { job, id, inst, saved, started: performance.now(), since: inst.ready ? clock() : Infinity, lines: [] };
  const request = { op: "run", id, definition: job.definition, assignments: wired, options };
  try {
    inst.worker.postMessage(request);
  } catch (err) {
    job.reject(err);
    return;
  }
  inst.active = a;
  arm(a);
  inst.worker.ref();
  peak = Math.max(peak, instances.filter((i) => i.active).length);
  onStart?.(inst.worker, job.options);
}
var ENGINE_START_MS = 6e4;
function arm(a) {
  if (a.timer) clearTimeout(a.timer);
  const limit = resolveLimits(a.job.options.limits).smokeTimeoutMs;
  const timeoutMs = a.engine ? limit : Math.max(limit, ENGINE_START_MS);
  if (Number.isFinite(timeoutMs)) a.timer = setTimeout(onTimeout, Math.min(timeoutMs, 2 ** 31 - 1), a);
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
  const bytes = smokeRunBytes(definition, assignments, options);
  return new Promise((resolve, reject) => {
    queue.push({ definition, artifact, assignments, options, bytes, queued: clock(), resolve, reject });
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
  if (instances.length) return;
  try {
    spawnInstance({ op: "warm", options: { engine, wasmDirs: defaultWasmDirs() } });
  } catch {
  }
}
async function warmSmokeEngines(n, engine = "auto") {
  while (instances.length < n) spawnInstance({ op: "warm", options: { engine, wasmDirs: defaultWasmDirs() } });
  for (const i of instances) i.worker.ref();
  await Promise.all(instances.map((i) => i.whenReady));
  for (const i of instances) if (!i.active) i.worker.unref();
}
async function stopSmokeWorker() {
  const ws = instances.map((i) => i.worker);
  for (const inst of instances.splice(0)) {
    const a = finish(inst);
    a?.job.resolve(stopped(a, "crash", "the smoke worker was stopped"));
  }
  for (const w of ws) await w.terminate();
}

export {
  smokeWorkersStarted,
  smokeRunsPeak,
  smokeRunBytes,
  setSmokeParallelism,
  setSmokePoolForTests,
  smokeIsolated,
  prewarmSmokeWorker,
  warmSmokeEngines,
  stopSmokeWorker
};
