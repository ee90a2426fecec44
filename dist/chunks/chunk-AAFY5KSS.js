import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  WEIGHTGATE_VERSION
} from "./chunk-CKVDGUU5.js";
import {
  outputMetrics,
  smokePair
} from "./chunk-P4VMMLUU.js";
import {
  setSmokeParallelism
} from "./chunk-5BOP2CPJ.js";
import {
  addFindings,
  diff
} from "./chunk-LDJXLBUA.js";
import {
  openPair
} from "./chunk-SY6ZCN3L.js";
import {
  makeReport,
  reportKeyOf
} from "./chunk-ORHEMUVU.js";
import {
  isRemote
} from "./chunk-BCHBOVEI.js";
import {
  sniff
} from "./chunk-PX5G2PE2.js";
import {
  REMOTE_DEFAULTS
} from "./chunk-B2FHQD3S.js";
import {
  prewarmSmokeEngine
} from "./chunk-PXRVQUOD.js";
import {
  DEFAULT_INPUT_SEED,
  numbersOf,
  readArrays
} from "./chunk-UJMYRBJC.js";
import {
  crc32
} from "./chunk-5PTVY25K.js";
import {
  arrayAt,
  isObject,
  numberAt,
  objectAt,
  objectsIn,
  stringAt
} from "./chunk-5PD53CW2.js";
import {
  DEFAULT_LIMITS,
  formatLimit,
  parseLimitOption
} from "./chunk-3BJMFA6A.js";
import {
  plural
} from "./chunk-73VS7PYX.js";
import {
  InputError,
  quoteName
} from "./chunk-FWZ4W6A4.js";
import {
  setHdf5Parallelism
} from "./chunk-NTY2QNYD.js";

// src/sources/file-hash.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
async function sha256File(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk);
  return hash.digest("hex");
}

// src/check/snapshot-store.ts
import { createHash as createHash2 } from "node:crypto";
import { readdir, readFile, rm, writeFile as writeFile2, mkdir, rename as rename2 } from "node:fs/promises";
import path from "node:path";

// src/formats/npz-write.ts
import { rename, writeFile } from "node:fs/promises";
var DESCR = {
  float32: "<f4",
  float64: "<f8",
  int32: "<i4",
  int64: "<i8",
  uint8: "|u1",
  bool: "|b1"
};
function npyBytes(a) {
  const shape = a.shape.length === 1 ? `(${a.shape[0]},)` : `(${a.shape.join(", ")})`;
  let header = `{'descr': '${DESCR[a.dtype]}', 'fortran_order': False, 'shape': ${shape}, }`;
  const unpadded = 10 + header.length + 1;
  header += " ".repeat((64 - unpadded % 64) % 64) + "\n";
  const head = Buffer.alloc(10);
  head.set([147, 78, 85, 77, 80, 89, 1, 0]);
  head.writeUInt16LE(header.length, 8);
  const data = new Uint8Array(a.data.buffer, a.data.byteOffset, a.data.byteLength);
  return Buffer.concat([head, Buffer.from(header, "latin1"), data]);
}
function zipStored(members) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name, "utf8");
    const crc = crc32(m.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(67324752, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(2048, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(m.data.length, 18);
    local.writeUInt32LE(m.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(33639248, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(2048, 8);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(m.data.length, 20);
    cd.writeUInt32LE(m.data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength));
    central.push(cd, name);
    offset += 30 + name.length + m.data.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(101010256, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}
async function writeNpz(file, arrays) {
  const bytes = zipStored(arrays.map((a) => ({ name: `${a.name}.npy`, data: npyBytes(a) })));
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, file);
}

// src/check/snapshot-store.ts
function snapshotStem(id) {
  const safe = id.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_").slice(0, 120);
  return safe === id ? id : `${safe}-${createHash2("sha256").update(id).digest("hex").slice(0, 8)}`;
}
function snapshotFiles(dir, id) {
  const stem = snapshotStem(id);
  return { npz: path.join(dir, `${stem}.npz`), json: path.join(dir, `${stem}.json`) };
}
var FIX = "Record it again with `npx weightgate check -u` (or write it from Keras as the README shows: np.savez(f, input_0=x, output_0=model.predict(x))).";
function indexed(file, arrays, prefix) {
  const out = [];
  for (let i = 0; ; i++) {
    const a = arrays.get(`${prefix}_${i}`);
    if (!a) break;
    out.push(a);
  }
  const extra = [...arrays.keys()].filter((k) => k.startsWith(`${prefix}_`) && !/^(input|output)_\d+$/.test(k));
  const beyond = [...arrays.keys()].filter((k) => new RegExp(`^${prefix}_(\\d+)$`).test(k) && Number(k.slice(prefix.length + 1)) >= out.length);
  if (!out.length || beyond.length || extra.length) {
    throw new InputError(file, "corrupt", `the snapshot's ${prefix} arrays must be ${prefix}_0, ${prefix}_1, \u2026 without gaps; it holds ${[...arrays.keys()].slice(0, 8).join(", ")}`, FIX);
  }
  return out;
}
function facts(list) {
  return objectsIn(list).map((o) => ({
    name: stringAt(o, "name") ?? "",
    shape: Array.isArray(o.shape) ? o.shape.filter((d) => typeof d === "number") : [],
    dtype: stringAt(o, "dtype") ?? ""
  }));
}
async function readProvenance(file, inputs, outputs) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    const described = (a, i, p) => ({ name: `${p}_${i}`, shape: a.shape, dtype: a.dtype });
    return { recordedBy: "unknown", inputs: inputs.map((a, i) => described(a, i, "input")), outputs: outputs.map((a, i) => described(a, i, "output")) };
  }
  let raw;
  try {
    raw = JSON.parse(text.slice(0, 1 << 20));
  } catch (err) {
    throw new InputError(file, "corrupt", `the snapshot's provenance is not valid JSON (${err.message.slice(0, 120)})`, FIX);
  }
  if (!isObject(raw)) throw new InputError(file, "corrupt", "the snapshot's provenance is not a JSON object", FIX);
  const by = stringAt(raw, "recordedBy");
  const str = (k) => {
    const v = stringAt(raw, k);
    return v === void 0 ? {} : { [k]: v };
  };
  const num = (k) => {
    const v = numberAt(raw, k);
    return v === void 0 ? {} : { [k]: v };
  };
  return {
    recordedBy: by === "weightgate" || by === "keras" ? by : "unknown",
    ...str("engine"),
    ...str("weightgate"),
    ...str("tfjs"),
    ...num("seed"),
    ...num("samples"),
    ...str("definitionSha256"),
    ...str("weightsSha256"),
    ...str("recorded"),
    inputs: facts(raw.inputs),
    outputs: facts(raw.outputs)
  };
}
async function readSnapshot(dir, id, o = {}) {
  const files = snapshotFiles(dir, id);
  let arrays;
  try {
    arrays = await readArrays(files.npz, { ...o.limits ? { limits: o.limits } : {}, ...o.maxBytes ? { maxBytes: o.maxBytes } : {} });
  } catch (err) {
    if (err instanceof InputError && err.kind === "not-found") return void 0;
    throw err;
  }
  const inputs = indexed(files.npz, arrays, "input");
  const outputs = indexed(files.npz, arrays, "output");
  return { file: files.npz, inputs, outputs, provenance: await readProvenance(files.json, inputs, outputs) };
}
async function writeSnapshot(dir, id, inputs, outputs, provenance) {
  await mkdir(dir, { recursive: true });
  const files = snapshotFiles(dir, id);
  const named = (list, p) => list.map((a, i) => ({ ...a, name: `${p}_${i}` }));
  await writeNpz(files.npz, [...named(inputs, "input"), ...named(outputs, "output")]);
  const described = (list) => list.map((a) => ({ name: a.name, shape: [...a.shape], dtype: a.dtype }));
  const json = { ...provenance, inputs: described(inputs), outputs: described(outputs) };
  const temp = `${files.json}.${process.pid}.tmp`;
  await writeFile2(temp, `${JSON.stringify(json, null, 2)}
`);
  await rename2(temp, files.json);
  return files.npz;
}
async function obsoleteSnapshots(dir, ids) {
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const current = /* @__PURE__ */ new Set();
  for (const id of ids) current.add(snapshotStem(id));
  return names.filter((n) => n.endsWith(".npz") && !current.has(n.slice(0, -4))).map((n) => path.join(dir, n));
}
async function removeSnapshot(npz) {
  await rm(npz, { force: true });
  await rm(npz.replace(/\.npz$/, ".json"), { force: true });
}

// src/check/snapshots.ts
import path2 from "node:path";
var SAME_ENGINE_TOLERANCE = { atol: 1e-6, rtol: 1e-5 };
var OTHER_ENGINE_TOLERANCE = { atol: 1e-5, rtol: 1e-4 };
var RECORDED_SAMPLES = 4;
function skipped(reason, smoke, file) {
  return { ...smoke ? { smoke } : {}, snapshot: { status: "skipped", reason, ...file ? { file } : {} }, issues: [] };
}
function reported(run) {
  const { values: _values, tfjs: _tfjs, ...result } = run;
  return result;
}
function toWrite(a, name) {
  if (a.data instanceof Float32Array) return { name, dtype: "float32", shape: a.shape, data: a.data };
  if (a.data instanceof Int32Array) return { name, dtype: "int32", shape: a.shape, data: a.data };
  if (a.data instanceof BigInt64Array) return { name, dtype: "int64", shape: a.shape, data: a.data };
  if (a.data instanceof Float64Array) return { name, dtype: "float64", shape: a.shape, data: a.data };
  return { name, dtype: "float32", shape: a.shape, data: Float32Array.from(a.data) };
}
async function smokeWithSnapshot(job, definition, artifact, report, ctx) {
  const { smoke, ...rest } = await snapshotRun(job, definition, artifact, report, ctx);
  if (!smoke) return rest;
  const values = smoke.values;
  return { ...rest, smoke: reported(smoke), ...values ? { values } : {} };
}
async function snapshotRun(job, definition, artifact, report, ctx) {
  const plain = { ...ctx.smoke, keepValues: true };
  const s = job.options.snapshots;
  const files = snapshotFiles(s.dir, job.id);
  if (s.skip) return skipped("snapshots.skip is set in the config", await smokePair(definition, artifact, report, plain));
  if (ctx.update) return record(job, definition, artifact, report, ctx, files.npz);
  let stored;
  try {
    stored = await readSnapshot(s.dir, job.id);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return skipped(`the snapshot cannot be read: ${err.detail}; record it again with npx weightgate check -u`, await smokePair(definition, artifact, report, plain), files.npz);
  }
  if (!stored) {
    const smoke = await smokePair(definition, artifact, report, plain);
    return { smoke, snapshot: { status: "missing", file: files.npz, reason: "no snapshot recorded yet: run npx weightgate check -u and commit it" }, issues: [] };
  }
  return replay(job, definition, artifact, report, ctx, stored);
}
async function record(job, definition, artifact, report, ctx, file) {
  const run = await smokePair(definition, artifact, report, { ...ctx.smoke, keepValues: true, batch: RECORDED_SAMPLES });
  const smoke = run;
  if (run.status !== "passed" || !run.values) {
    return skipped(`the smoke run ${run.status === "skipped" ? "was skipped" : "failed"} (${run.reason ?? "no outputs"}), so nothing was recorded`, smoke, file);
  }
  const written = await writeSnapshot(
    job.options.snapshots.dir,
    job.id,
    run.values.inputs.map((a, i) => toWrite(a, definition.inputs[i]?.name ?? `input_${i}`)),
    run.values.outputs.map((a, i) => toWrite(a, definition.outputs[i]?.name ?? `output_${i}`)),
    {
      recordedBy: "weightgate",
      engine: run.engine,
      weightgate: ctx.version,
      ...run.tfjs ? { tfjs: run.tfjs } : {},
      // Inputs from the config's file carry no seed; generated ones record theirs.
      ...ctx.smoke.input === void 0 ? { seed: ctx.smoke.seed ?? DEFAULT_INPUT_SEED } : {},
      definitionSha256: await sha256File(job.definition),
      ...job.weights && !isRemote(job.weights) ? { weightsSha256: await sha256File(job.weights) } : {},
      samples: run.values.inputs[0]?.shape[0] ?? 0,
      recorded: (ctx.now?.() ?? /* @__PURE__ */ new Date()).toISOString()
    }
  );
  return { smoke, snapshot: { status: "written", file: written, recordedBy: `weightgate on ${run.engine}` }, issues: [] };
}
async function replay(job, definition, artifact, report, ctx, stored) {
  const s = job.options.snapshots;
  const p = stored.provenance;
  const recordedOn = p.recordedBy === "weightgate" ? p.engine : void 0;
  const changed = (reason, smoke2) => ({
    ...smoke2 ? { smoke: smoke2 } : {},
    snapshot: { status: "changed", file: stored.file, reason },
    issues: [{ code: "outputs-changed", severity: s.onChange, raises: false, layer: "", output: "", reason, atol: 0, rtol: 0, snapshot: path2.basename(stored.file) }]
  });
  let run;
  try {
    run = await smokePair(definition, artifact, report, { ...ctx.smoke, inputArrays: stored.inputs, keepValues: true });
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return changed(`the model no longer takes the snapshot's inputs (${err.detail})`, await smokePair(definition, artifact, report, { ...ctx.smoke, keepValues: true }));
  }
  const smoke = run;
  if (!run.values) return skipped(`the smoke run ${run.status === "skipped" ? "was skipped" : "failed"} (${run.reason ?? "no outputs"}), so the snapshot was not compared`, smoke, stored.file);
  if (run.values.outputs.length !== stored.outputs.length) {
    return changed(`the model has ${run.values.outputs.length} outputs, the snapshot ${stored.outputs.length}`, smoke);
  }
  const sameEngine = recordedOn !== void 0 && recordedOn === run.engine;
  const base = sameEngine ? SAME_ENGINE_TOLERANCE : OTHER_ENGINE_TOLERANCE;
  const given = s.atol !== void 0 || s.rtol !== void 0;
  const tolerance = {
    atol: s.atol ?? base.atol,
    rtol: s.rtol ?? base.rtol,
    basis: given ? "set in the config" : sameEngine ? `replayed on ${run.engine}, the engine that recorded it` : `recorded ${p.recordedBy === "weightgate" ? `on ${p.engine ?? "another engine"}` : "by Keras or another tool"}, replayed on ${run.engine}`
  };
  const outputs = [];
  const issues = [];
  for (const [i, actual] of run.values.outputs.entries()) {
    const want = stored.outputs[i];
    const name = definition.outputs[i]?.name ?? p.outputs[i]?.name ?? `output_${i}`;
    if (!want || want.shape.join() !== actual.shape.join()) {
      return changed(`output '${name}' has shape (${actual.shape.join(", ")}), the snapshot (${want?.shape.join(", ") ?? ""})`, smoke);
    }
    const m = outputMetrics(numbersOf(actual.data), numbersOf(want.data), actual.shape, tolerance);
    outputs.push({ name, shape: actual.shape, maxAbsDiff: m.maxAbsDiff, meanAbsDiff: m.meanAbsDiff, relativeError: m.relativeError, ...m.top1Agreement !== void 0 ? { top1Agreement: m.top1Agreement } : {}, withinTolerance: m.withinTolerance });
    if (!m.withinTolerance) {
      issues.push({
        code: "outputs-changed",
        severity: s.onChange,
        raises: false,
        layer: name,
        output: name,
        maxAbsDiff: m.maxAbsDiff,
        meanAbsDiff: m.meanAbsDiff,
        relativeError: m.relativeError,
        ...m.top1Agreement !== void 0 ? { top1Agreement: m.top1Agreement } : {},
        atol: tolerance.atol,
        rtol: tolerance.rtol,
        snapshot: path2.basename(stored.file)
      });
    }
  }
  const recordedBy = p.recordedBy === "weightgate" ? `weightgate on ${p.engine ?? "an unknown engine"}` : "Keras or another tool";
  return { smoke, snapshot: { status: issues.length ? "changed" : "matched", file: stored.file, recordedBy, tolerance, outputs }, issues };
}

// src/check/run.ts
import { stat } from "node:fs/promises";
import path4 from "node:path";

// src/sources/remote.ts
import { createHash as createHash4 } from "node:crypto";
import { lstat, mkdir as mkdir2, readFile as readFile2, realpath, rm as rm3 } from "node:fs/promises";
import path3 from "node:path";

// src/sources/download.ts
import { createHash as createHash3, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename as rename3, rm as rm2 } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import net2 from "node:net";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/sources/address-guard.ts
import dns from "node:dns";
import net from "node:net";
var V4 = [
  [0, 8, 'a "this network" address (0.0.0.0/8)'],
  [167772160, 8, "a private address (10.0.0.0/8)"],
  [1681915904, 10, "a shared (carrier-grade NAT) address (100.64.0.0/10)"],
  [2130706432, 8, "a loopback address (127.0.0.0/8)"],
  [2851995648, 16, "a link-local address (169.254.0.0/16, where cloud metadata services answer)"],
  [2886729728, 12, "a private address (172.16.0.0/12)"],
  [3232235520, 16, "a private address (192.168.0.0/16)"],
  [3758096384, 4, "a multicast address (224.0.0.0/4)"],
  [4026531840, 4, "a reserved or broadcast address (240.0.0.0/4)"]
];
function v4Number(ip) {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}
function v4Range(ip) {
  const n = v4Number(ip);
  for (const [base, bits, what] of V4) {
    const mask = bits === 0 ? 0 : 4294967295 << 32 - bits >>> 0;
    if ((n & mask) >>> 0 === base) return what;
  }
  return void 0;
}
function v6Groups(ip) {
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip)?.[1];
  const n = dotted ? v4Number(dotted) : 0;
  const text = dotted ? `${ip.slice(0, -dotted.length)}${(n >>> 16).toString(16)}:${(n & 65535).toString(16)}` : ip;
  const parse = (s) => s ? s.split(":").map((h) => parseInt(h, 16)) : [];
  if (!text.includes("::")) return parse(text);
  const [head, tail] = text.split("::");
  const a = parse(head);
  const b = parse(tail);
  return [...a, ...new Array(8 - a.length - b.length).fill(0), ...b];
}
function v6Range(ip) {
  const g = v6Groups(ip);
  const [g0 = 0, g1 = 0, g2 = 0, , , g5 = 0, g6 = 0, g7 = 0] = g;
  const embedded = (hi, lo) => `${hi >>> 8}.${hi & 255}.${lo >>> 8}.${lo & 255}`;
  const zeroes = (from, to) => g.slice(from, to).every((x) => x === 0);
  if (zeroes(0, 8)) return "the unspecified address (::)";
  if (zeroes(0, 7) && g7 === 1) return "a loopback address (::1)";
  if (zeroes(0, 5) && g5 === 65535) return wrapped("an IPv4-mapped address", embedded(g6, g7));
  if (zeroes(0, 6)) return wrapped("an IPv4-compatible address", embedded(g6, g7));
  if (g0 === 100 && g1 === 65435 && zeroes(2, 6)) return wrapped("a NAT64 address", embedded(g6, g7));
  if (g0 === 8194) return wrapped("a 6to4 address", embedded(g1, g2));
  if ((g0 & 65024) === 64512) return "a unique local (private) address (fc00::/7)";
  if ((g0 & 65472) === 65152) return "a link-local address (fe80::/10)";
  if ((g0 & 65472) === 65216) return "a site-local (private) address (fec0::/10)";
  if ((g0 & 65280) === 65280) return "a multicast address (ff00::/8)";
  return void 0;
}
function wrapped(form, v4) {
  const inner = v4Range(v4);
  return inner ? `${form} for ${v4}, ${inner}` : void 0;
}
function forbiddenRange(address) {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = net.isIP(ip);
  if (family === 4) return v4Range(ip);
  if (family === 6) return v6Range(ip.toLowerCase());
  return "not an IP address";
}
var AddressRefused = class extends Error {
  constructor(host, address, range) {
    super(net.isIP(host.replace(/^\[|\]$/g, "")) ? `${address} is ${range}` : `${host} resolves to ${address}, ${range}`);
    this.host = host;
    this.address = address;
    this.range = range;
  }
  host;
  address;
  range;
};
function guardedLookup() {
  const lookup = (hostname, options, callback) => {
    dns.lookup(hostname, { family: options.family, hints: options.hints, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const [first] = addresses;
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
      for (const a of addresses) {
        const why = forbiddenRange(a.address);
        if (why) return callback(new AddressRefused(hostname, a.address, why), []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, first.address, first.family);
    });
  };
  return lookup;
}

// src/sources/download.ts
var Transient = class extends Error {
  constructor(message, kind = "not-found") {
    super(message);
    this.kind = kind;
  }
  kind;
};
var MAX_REDIRECTS = 5;
var MAX_API_JSON_BYTES = 8 * 2 ** 20;
var seconds = (ms) => `${Number((ms / 1e3).toFixed(3))} s`;
function idleLimitMs(o) {
  return Math.min(o.idleTimeoutMs ?? REMOTE_DEFAULTS.idleTimeoutMs, o.timeoutMs);
}
function githubHosts(o) {
  const hosts = new Set(REMOTE_DEFAULTS.githubHosts);
  for (const u of configuredHosts(o)) hosts.add(u);
  return hosts;
}
function configuredHosts(o) {
  const out = [];
  for (const u of [o.apiUrl, o.serverUrl]) {
    try {
      out.push(new URL(u).host);
    } catch {
    }
  }
  return out;
}
function label(u) {
  return u.host || quoteName(u.href, 100);
}
var GUARD_HINT = "Downloads may not reach loopback, private or link-local addresses (the runner's own services, cloud metadata). If this host is yours, allow it by name in remote.allow_hosts.";
function allowedByName(u, o) {
  const name = u.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return (o.allowHosts ?? []).some((h) => h.toLowerCase() === name) || configuredHosts(o).includes(u.host);
}
function refusal(ref, u, from, why, hint) {
  const what = from ? `refusing a redirect from ${label(from)} to ${label(u)}` : `refusing to download from ${label(u)}`;
  return new InputError(ref, "unsafe-path", `${what}: ${why}`, hint);
}
function checkTarget(ref, u, from, o) {
  const scheme = u.protocol.replace(/:$/, "");
  if (!u.host || u.protocol !== "https:" && u.protocol !== "http:") {
    throw refusal(ref, u, from, `only https:// is fetched${u.host ? "" : " (and this URL has no host)"}`, "Use an https:// URL (plain http is allowed only for hosts listed in remote.allow_http).");
  }
  if (u.protocol === "http:" && !o.allowHttp.includes(u.hostname)) {
    throw new InputError(
      ref,
      "unsafe-path",
      `refusing to download over ${scheme} from ${label(u)}${from ? ` (a redirect from ${label(from)})` : ""}`,
      "Use an https:// URL (plain http is allowed only for hosts listed in remote.allow_http)."
    );
  }
  if (allowedByName(u, o)) return;
  const literal = u.hostname.replace(/^\[|\]$/g, "");
  if (net2.isIP(literal)) {
    const why = forbiddenRange(literal);
    if (why) throw refusal(ref, u, from, new AddressRefused(literal, literal, why).message, GUARD_HINT);
  }
}
function headers(u, o, accept) {
  const h = { "user-agent": "weightgate", "accept-encoding": "identity" };
  if (accept) h.accept = accept;
  if (o.token && githubHosts(o).has(u.host)) h.authorization = `Bearer ${o.token}`;
  return h;
}
var Deadline = class {
  constructor(o) {
    this.o = o;
    this.idleMs = idleLimitMs(o);
    this.total = setTimeout(() => this.fire(`timed out after ${seconds(o.timeoutMs)} (remote.timeout_seconds bounds each attempt's whole transfer, headers and body; idle limit ${seconds(this.idleMs)})`), o.timeoutMs);
    this.touch();
  }
  o;
  reason;
  total;
  idle;
  current;
  idleMs;
  bind(req) {
    this.current = req;
  }
  /** Data arrived: the idle clock starts over. */
  touch() {
    if (this.idleMs >= this.o.timeoutMs) return;
    if (this.idle) return void this.idle.refresh();
    this.idle = setTimeout(() => this.fire(`no data for ${seconds(this.idleMs)} (idle limit ${seconds(this.idleMs)} between chunks; each attempt's whole transfer is also limited to remote.timeout_seconds = ${seconds(this.o.timeoutMs)})`), this.idleMs);
  }
  fire(reason) {
    this.reason ??= reason;
    this.current?.destroy(new Transient(reason));
  }
  done() {
    clearTimeout(this.total);
    if (this.idle) clearTimeout(this.idle);
  }
};
function requestOnce(u, o, accept, deadline) {
  return new Promise((resolve, reject) => {
    const mod = u.protocol === "https:" ? https : http;
    const req = mod.request(u, {
      method: "GET",
      headers: headers(u, o, accept),
      agent: false,
      ...allowedByName(u, o) ? {} : { lookup: guardedLookup() }
    }, resolve);
    deadline.bind(req);
    req.on("error", reject);
    req.end();
  });
}
function statusError(res, u, ref, o) {
  const status = res.statusCode ?? 0;
  if (status === 404) return new InputError(ref, "not-found", "the server says 404 Not Found", "Check the URL (a private repository also answers 404 without a token).");
  if (status === 401 || status === 403) {
    return new InputError(
      ref,
      "not-found",
      `the server refused access (${status})`,
      o.token ? "The token lacks access to this repository or asset." : `Set GITHUB_TOKEN (or the action's github-token) for private GitHub files; the token is only ever sent to ${[...githubHosts(o)].join(", ")}.`
    );
  }
  if (status >= 500 || status === 429) return new Transient(`${label(u)} answered ${status}`);
  return new InputError(ref, "not-found", `the server answered ${status}`);
}
async function open(ref, url, o, accept, deadline) {
  let current;
  try {
    current = new URL(url);
  } catch {
    throw new InputError(ref, "bad-config", `${quoteName(url, 100)} is not a valid URL`, "Write an https:// URL, gh://owner/repo@ref/path or gh-release://owner/repo@tag/asset.");
  }
  let from;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    checkTarget(ref, current, from, o);
    let res;
    try {
      res = await requestOnce(current, o, accept, deadline);
    } catch (err) {
      if (err instanceof AddressRefused) throw refusal(ref, current, from, err.message, GUARD_HINT);
      throw err;
    }
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.destroy();
      let next;
      try {
        next = new URL(location, current);
      } catch {
        throw new InputError(ref, "unsafe-path", `refusing a redirect from ${label(current)} to ${quoteName(location, 100)}: not a valid URL`, "The server sent a broken redirect; check the URL.");
      }
      from = current;
      current = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw statusError(res, current, ref, o);
    }
    const encoding = res.headers["content-encoding"];
    if (encoding && encoding.trim().toLowerCase() !== "identity") {
      res.destroy();
      throw new InputError(
        ref,
        "unsupported-format",
        `${label(current)} sent the file with Content-Encoding: ${quoteName(encoding, 40).slice(1, -1)}, though weightgate asked for none (Accept-Encoding: identity); it is refused, not decoded`,
        "Serve the file as stored, without Content-Encoding (a small compressed body can expand to gigabytes)."
      );
    }
    return { res, url: current };
  }
  throw new InputError(ref, "not-found", `more than ${MAX_REDIRECTS} redirects`, "Point at the file's final URL.");
}
async function withRetries(ref, o, attempt) {
  let last = "";
  let kind = "not-found";
  for (let i = 0; i <= o.retries; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (err instanceof InputError) throw err;
      last = err instanceof Error ? err.message : String(err);
      kind = err instanceof Transient ? err.kind : "not-found";
      if (i < o.retries) await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** i, 4e3)));
    }
  }
  throw new InputError(
    ref,
    kind,
    `download failed after ${plural(o.retries + 1, "attempt")}: ${last}`,
    kind === "truncated" ? "The server closed the connection before the end of the file; check the server, or raise remote.retries." : "Check the network and the URL, or raise remote.timeout_seconds / remote.retries."
  );
}
function bodyFailure(err, deadline, bytes, declared) {
  if (err instanceof InputError) return err;
  if (deadline.reason) return new Transient(deadline.reason);
  const code = err?.code;
  if (code === "ECONNRESET" || code === "ERR_STREAM_PREMATURE_CLOSE" || err instanceof Error && err.message === "aborted") {
    return new Transient(`the server closed the connection after ${bytes}${Number.isFinite(declared) ? ` of ${declared}` : ""} bytes`, "truncated");
  }
  return err;
}
function overBudget(ref, budget, found) {
  const shared = budget.used > 0 ? ` (remote.max_bytes counts all files of a model together: ${budget.used} bytes came before this one)` : "";
  return new InputError(ref, "limit", `${found}, over the ${budget.max}-byte download limit${shared}`, "Raise remote.max_bytes if this model really is that large.");
}
async function downloadFile(ref, url, accept, dest, o, budget, expectSha256, name = ref) {
  const got = await withRetries(ref, o, async () => {
    const deadline = new Deadline(o);
    const tmp = `${dest}.${process.pid}-${randomBytes(6).toString("hex")}.part`;
    let bytes = 0;
    let declared = NaN;
    let out;
    try {
      const { res } = await open(ref, url, o, accept, deadline);
      declared = Number(res.headers["content-length"] ?? NaN);
      if (declared > budget.max - budget.used) {
        res.destroy();
        throw overBudget(ref, budget, `the file is ${declared} bytes`);
      }
      const hash = createHash3("sha256");
      const meter = new Transform({
        transform(chunk, _enc, done) {
          deadline.touch();
          bytes += chunk.length;
          if (budget.used + bytes > budget.max) {
            return done(budget.used > 0 ? overBudget(ref, budget, `the download passed ${budget.max - budget.used} bytes`) : new InputError(ref, "limit", `the download passed the ${budget.max}-byte limit`, "Raise remote.max_bytes if this model really is that large."));
          }
          hash.update(chunk);
          o.progress?.(`downloading ${name} ${(bytes / 2 ** 20).toFixed(1)}${Number.isFinite(declared) ? `/${(declared / 2 ** 20).toFixed(1)}` : ""} MiB`);
          done(null, chunk);
        }
      });
      out = createWriteStream(tmp, { flags: "wx" });
      await pipeline(res, meter, out);
      if (Number.isFinite(declared) && bytes !== declared) {
        throw new Transient(`the server closed the connection after ${bytes} of ${declared} bytes`, "truncated");
      }
      const sha256 = hash.digest("hex");
      if (expectSha256 && sha256 !== expectSha256.toLowerCase()) {
        throw new InputError(
          ref,
          "corrupt",
          `SHA-256 mismatch: expected ${expectSha256.toLowerCase()}, downloaded ${sha256}`,
          "The file changed upstream or the download was tampered with; update sha256 only if the new file is the one you want."
        );
      }
      await rename3(tmp, dest);
      return { bytes, sha256 };
    } catch (err) {
      const stream = out;
      if (stream && !stream.closed) await new Promise((resolve) => stream.once("close", () => resolve()));
      await rm2(tmp, { force: true });
      throw bodyFailure(err, deadline, bytes, declared);
    } finally {
      deadline.done();
    }
  });
  budget.used += got.bytes;
  return got;
}
async function fetchJson(ref, url, o) {
  return withRetries(ref, o, async () => {
    const deadline = new Deadline(o);
    let bytes = 0;
    try {
      const { res } = await open(ref, url, o, "application/vnd.github+json", deadline);
      const parts = [];
      for await (const chunk of res) {
        deadline.touch();
        bytes += chunk.length;
        if (bytes > MAX_API_JSON_BYTES) {
          res.destroy();
          throw new InputError(ref, "limit", `the API answer passed ${MAX_API_JSON_BYTES} bytes`, "Check the API URL (GITHUB_API_URL).");
        }
        parts.push(chunk);
      }
      try {
        return JSON.parse(Buffer.concat(parts).toString("utf8"));
      } catch {
        throw new InputError(ref, "corrupt", "the API answer is not JSON", "Check the API URL (GITHUB_API_URL).");
      }
    } catch (err) {
      throw bodyFailure(err, deadline, bytes, NaN);
    } finally {
      deadline.done();
    }
  });
}

// src/sources/remote.ts
function remoteDefaults(cacheDir, env = process.env) {
  return {
    cacheDir,
    maxBytes: REMOTE_DEFAULTS.maxBytes,
    timeoutMs: REMOTE_DEFAULTS.timeoutMs,
    retries: REMOTE_DEFAULTS.retries,
    allowHttp: [],
    allowHosts: [],
    token: env.WEIGHTGATE_TOKEN || env.GITHUB_TOKEN || void 0,
    apiUrl: env.GITHUB_API_URL || REMOTE_DEFAULTS.apiUrl,
    serverUrl: env.GITHUB_SERVER_URL || REMOTE_DEFAULTS.serverUrl
  };
}
var GH = /^gh:\/\/([^/]+)\/([^/@]+)@([^/]+)\/(.+)$/i;
var GH_RELEASE = /^gh-release:\/\/([^/]+)\/([^/@]+)@([^/]+)\/(.+)$/i;
var SEGMENT_HINT = "Name the file by its plain path (no '.' or '..' segments, no encoded '/' or '\\', no empty segments).";
function decoded(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function segmentProblem(segment) {
  const d = decoded(segment);
  if (d === "") return "it is empty";
  if (d === "." || d === "..") return `'${d}' segments are refused`;
  if (/[/\\]/.test(d)) return "it holds an encoded '/' or '\\'";
  if (/[\u0000-\u001f\u007f]/.test(d)) return "it holds control characters";
  return void 0;
}
function checkSegments(ref, what, value, split) {
  for (const seg of split ? value.split("/") : [value]) {
    const why = segmentProblem(seg);
    if (why) throw new InputError(ref, "unsafe-path", `refusing the ${what} segment ${quoteName(seg)}: ${why}`, SEGMENT_HINT);
  }
}
function checkRepo(ref, owner, repo) {
  checkSegments(ref, "owner", owner, false);
  checkSegments(ref, "repository", repo, false);
  if (!/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo)) {
    throw new InputError(ref, "unsafe-path", `refusing the owner/repository segment ${quoteName(`${owner}/${repo}`)}: GitHub names hold only letters, digits, '-', '_' and '.'`, SEGMENT_HINT);
  }
}
function api(o, p) {
  return `${o.apiUrl.replace(/\/$/, "")}${p}`;
}
function assetsOf(meta) {
  return objectsIn(arrayAt(meta, "assets")).flatMap((a) => {
    const id = numberAt(a, "id");
    const name = stringAt(a, "name");
    return name !== void 0 && id !== void 0 && Number.isSafeInteger(id) ? [{ id, name }] : [];
  });
}
async function resolveRequest(ref, o) {
  const gh = GH.exec(ref);
  if (gh) {
    const [, owner = "", repo = "", refName = "", file = ""] = gh;
    checkRepo(ref, owner, repo);
    checkSegments(ref, "ref", refName, false);
    if (decoded(refName).includes("..")) checkSegments(ref, "ref", "..", false);
    checkSegments(ref, "path", file, true);
    return { url: api(o, `/repos/${owner}/${repo}/contents/${file.split("/").map(encodeURIComponent).join("/")}?ref=${encodeURIComponent(refName)}`), accept: "application/vnd.github.raw", name: path3.posix.basename(file) };
  }
  const rel = GH_RELEASE.exec(ref);
  if (rel) {
    const [, owner = "", repo = "", tag = "", asset = ""] = rel;
    checkRepo(ref, owner, repo);
    checkSegments(ref, "tag", tag, false);
    checkSegments(ref, "asset", asset, false);
    const meta = await fetchJson(ref, api(o, `/repos/${owner}/${repo}/releases/tags/${encodeURIComponent(tag)}`), o);
    const assets = assetsOf(meta);
    const found = assets.find((a) => a.name === asset);
    if (!found) {
      const names = assets.map((a) => a.name).slice(0, 10).join(", ");
      throw new InputError(ref, "not-found", `release ${tag} of ${owner}/${repo} has no asset named '${asset}' (it has: ${names || "none"})`, "Check the asset name in the release.");
    }
    return { url: api(o, `/repos/${owner}/${repo}/releases/assets/${found.id}`), accept: "application/octet-stream", name: asset };
  }
  if (/^gh(-release)?:/i.test(ref)) {
    throw new InputError(ref, "bad-config", "not a complete GitHub reference", "Write gh://owner/repo@ref/path/to/file or gh-release://owner/repo@tag/asset.");
  }
  let u;
  try {
    u = new URL(ref);
  } catch {
    throw new InputError(ref, "bad-config", "not a valid URL", "Write an https:// URL, gh://owner/repo@ref/path or gh-release://owner/repo@tag/asset.");
  }
  return { url: ref, name: path3.posix.basename(u.pathname) };
}
function strictlyInside(parent, child) {
  const rel = path3.relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !path3.isAbsolute(rel);
}
function cacheName(name) {
  const clean = name.replace(/[^\w.-]/g, "_").slice(-120);
  return /^\.*$/.test(clean) ? "download" : clean;
}
async function cachePathFor(ref, name, sha256, o) {
  const root = path3.resolve(o.cacheDir);
  const key = createHash4("sha256").update(`${ref}
${sha256?.toLowerCase() ?? ""}`).digest("hex").slice(0, 16);
  const dest = path3.join(root, key, cacheName(name));
  if (!strictlyInside(path3.join(root, key), dest)) throw new InputError(ref, "unsafe-path", `the cache name ${quoteName(name)} is not a file name`, SEGMENT_HINT);
  await mkdir2(path3.dirname(dest), { recursive: true });
  if (!strictlyInside(await realpath(root), await realpath(path3.dirname(dest)))) {
    throw new InputError(ref, "unsafe-path", `the cache folder ${path3.dirname(dest)} is a link out of ${root}`, "Delete it (a cache folder is never committed).");
  }
  return dest;
}
async function cachedSize(p) {
  try {
    const st = await lstat(p);
    return st.isFile() ? st.size : void 0;
  } catch {
    return void 0;
  }
}
var inFlight = /* @__PURE__ */ new Map();
function fetchArtifact(ref, o, sha256) {
  const key = JSON.stringify([path3.resolve(o.cacheDir), ref, sha256?.toLowerCase() ?? ""]);
  let pending = inFlight.get(key);
  if (!pending) {
    pending = fetchOnce(ref, o, sha256).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}
async function fetchOnce(ref, o, sha256) {
  const req = await resolveRequest(ref, o);
  const dest = await cachePathFor(ref, req.name, sha256, o);
  const budget = { used: 0, max: o.maxBytes };
  const size = await cachedSize(dest);
  if (size !== void 0 && (!sha256 || await sha256File(dest) === sha256.toLowerCase())) {
    budget.used = size;
    await fetchSiblings(ref, dest, o, budget);
    return dest;
  }
  if (size === void 0) await rm3(dest, { force: true, recursive: true });
  await downloadFile(ref, req.url, req.accept, dest, o, budget, sha256, req.name);
  try {
    await sniff(dest);
  } catch (err) {
    await rm3(dest, { force: true });
    if (err instanceof InputError) throw new InputError(ref, err.kind, err.detail, err.hint);
    throw err;
  }
  await fetchSiblings(ref, dest, o, budget);
  return dest;
}
var MAX_SIBLINGS = 1e4;
function siblingNames(json) {
  const names = /* @__PURE__ */ new Set();
  const add = (p) => {
    if (typeof p === "string") names.add(p);
  };
  for (const g of objectsIn(arrayAt(json, "weightsManifest"))) for (const p of arrayAt(g, "paths") ?? []) add(p);
  for (const v of Object.values(objectAt(json, "weight_map") ?? {})) for (const p of Array.isArray(v) ? v : [v]) add(p);
  return [...names];
}
async function fetchSiblings(ref, local, o, budget) {
  if (!local.endsWith(".json")) return;
  const size = await cachedSize(local);
  if (size === void 0 || size > DEFAULT_LIMITS.maxJsonBytes) return;
  let json;
  try {
    json = JSON.parse(await readFile2(local, "utf8"));
  } catch {
    return;
  }
  const names = siblingNames(json);
  if (names.length > MAX_SIBLINGS) {
    throw new InputError(ref, "limit", `the index names ${names.length} shards, over the ${MAX_SIBLINGS} fetched for one model`, "Re-save the model with larger shards.");
  }
  const folder = path3.dirname(local);
  for (const name of names) {
    const clean = name.replace(/^\.\//, "");
    const unsafe = !clean || clean.startsWith("/") || /^[a-z][\w+.-]*:/i.test(clean) || clean.includes("\\") || clean.split("/").some((s) => segmentProblem(s) !== void 0) || /[?#]/.test(clean);
    const dest = path3.join(folder, clean);
    if (unsafe || !strictlyInside(folder, dest)) {
      throw new InputError(ref, "unsafe-path", `the index names a shard outside its folder: ${quoteName(name)}`, "Shards must sit next to the index file.");
    }
    const siblingRef = siblingOf(ref, clean);
    const have = await cachedSize(dest);
    if (have !== void 0) {
      if (budget.used + have > budget.max) {
        throw new InputError(siblingRef, "limit", `the file is ${have} bytes, over the ${budget.max}-byte download limit (remote.max_bytes counts all files of a model together: ${budget.used} bytes came before this one)`, "Raise remote.max_bytes if this model really is that large.");
      }
      budget.used += have;
      continue;
    }
    const req = await resolveRequest(siblingRef, o);
    await mkdir2(path3.dirname(dest), { recursive: true });
    await downloadFile(siblingRef, req.url, req.accept, dest, o, budget, void 0, clean);
  }
}
function siblingOf(ref, name) {
  const gh = GH.exec(ref) ?? GH_RELEASE.exec(ref);
  if (gh) return ref.replace(/[^/]+$/, name);
  return new URL(name, ref).toString();
}

// src/check/graph.ts
function layerGraph(definition) {
  const nodes = definition.layers.map((l) => ({ name: l.name, className: l.className }));
  const edges = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (from, to) => {
    const key = JSON.stringify([from, to]);
    if (seen.has(key)) return;
    seen.add(key);
    edges.push([from, to]);
  };
  const functional = definition.layers.some((l) => l.inbound.length > 0);
  if (functional) {
    for (const l of definition.layers) {
      for (const call of l.inbound) {
        for (const t of [...call.inputs, ...Object.values(call.tensorKwargs)]) add(t.layer, l.name);
      }
    }
    return { nodes, edges };
  }
  const input = definition.inputs[0]?.name;
  if (input && !nodes.some((n) => n.name === input)) nodes.unshift({ name: input, className: "InputLayer" });
  for (const [i, node] of nodes.entries()) {
    const previous = nodes[i - 1];
    if (previous) add(previous.name, node.name);
  }
  return { nodes, edges };
}

// src/check/run.ts
async function pool(items, limit, task) {
  const out = new Array(items.length);
  const queue = items.entries();
  const worker = async () => {
    for (const [i, item] of queue) out[i] = await task(item, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
function diffOptionsOf(job) {
  const o = job.options;
  return {
    ...o.loader !== "auto" ? { loader: o.loader } : {},
    ...o.runtime ? { runtime: o.runtime } : {},
    skipMismatch: o.skipMismatch,
    allowMissing: o.allow.missing,
    allowUnexpected: o.allow.unexpected,
    allowMismatch: o.allow.mismatch
  };
}
function remoteOptions(config, opts) {
  const base = remoteDefaults(path4.resolve(config.dir, config.cache), opts.env ?? process.env);
  return {
    ...base,
    maxBytes: config.remote.max_bytes,
    timeoutMs: config.remote.timeout_seconds * 1e3,
    retries: config.remote.retries,
    allowHttp: config.remote.allow_http,
    allowHosts: config.remote.allow_hosts,
    token: opts.token ?? base.token,
    progress: opts.onProgress
  };
}
async function smokeFor(job, definition, artifact, report, opts) {
  if (opts.smoke === false) return { snapshot: { status: "skipped", reason: "the smoke run is off for this check" } };
  const s = job.options.smoke;
  if (s.skip) {
    return {
      smoke: { status: "skipped", engine: "none", engineReason: "not started", reason: "smoke.skip is set in the config", outputs: [], seconds: 0, notes: [] },
      snapshot: { status: "skipped", reason: "smoke.skip is set in the config" }
    };
  }
  const run = await smokeWithSnapshot(job, definition, artifact, report, {
    update: opts.updateSnapshots === true,
    version: opts.version ?? WEIGHTGATE_VERSION,
    ...opts.now ? { now: opts.now } : {},
    smoke: {
      engine: job.options.engine,
      input: s.input,
      expected: s.expected,
      atol: s.atol,
      rtol: s.rtol,
      seed: s.seed,
      dimDefault: s.dim_default,
      limits: opts.limits,
      baseDir: path4.dirname(job.origin.replace(/:\d+:\d+$/, ""))
    }
  });
  if (run.issues.length) addFindings(report, run.issues);
  if (run.values) opts.onValues?.(job.id, run.values);
  return { ...run.smoke ? { smoke: run.smoke } : {}, snapshot: run.snapshot };
}
async function verifyLocalSha256(job) {
  if (!job.sha256) return;
  const file = job.weights ?? job.definition;
  let st;
  try {
    st = await stat(file);
  } catch {
    return;
  }
  if (!st.isFile()) {
    throw new InputError(file, "bad-config", `sha256 is set in ${job.origin}, but this is a folder, not one file to hash`, "Remove sha256 for a folder (an unzipped .keras), or point at the file itself.");
  }
  const actual = await sha256File(file);
  const expected = job.sha256.toLowerCase();
  if (actual !== expected) {
    throw new InputError(
      file,
      "corrupt",
      `SHA-256 mismatch: ${job.origin} expects ${expected}, the file has ${actual}`,
      "The file is not the one the config pins: restore it, or update sha256 if the new file is the one you want."
    );
  }
}
function pairHintsOf(job, entry) {
  const m = /^(.*):(\d+):\d+$/.exec(job.origin);
  const where = m ? ` (${path4.basename(m[1] ?? "")}, line ${m[2] ?? ""})` : "";
  return {
    swapped: `Swap \`definition\` and \`weights\` in ${entry}${where}.`,
    noDefinition: `Point ${entry}.definition${where} at the model's definition: \`model.to_json()\` in a .json, a .keras, a full .h5 or a TF.js model.json (see the README, 'Definitions from model code').`
  };
}
async function checkOne(job, remote, opts) {
  const started = performance.now();
  const base = { id: job.id, definition: job.definition, ...job.weights ? { weights: job.weights } : {}, origin: job.origin };
  if (job.problem) return { ...base, status: "error", error: job.problem, seconds: 0 };
  const phase = (p) => opts.onPhase?.(job.id, p);
  try {
    phase(job.weights && isRemote(job.weights) ? "downloading" : "reading");
    if (!(job.weights && isRemote(job.weights))) await verifyLocalSha256(job);
    const weights = job.weights && isRemote(job.weights) ? await fetchArtifact(job.weights, remote, job.sha256) : job.weights;
    phase("reading");
    const pair = await openPair(job.definition, weights, { limits: opts.limits, ...job.entry ? { pairHints: pairHintsOf(job, job.entry) } : {} });
    try {
      const definition = pair.def.definition;
      const artifact = pair.weights.artifact;
      phase("diffing");
      const report = diff(definition, artifact, { ...diffOptionsOf(job), ...pair.weights.definition ? { savedConfig: pair.weights.definition } : {} });
      phase("smoke");
      const { smoke, snapshot } = await smokeFor(job, definition, artifact, report, opts);
      return { ...base, status: report.verdict, diff: report, ...smoke ? { smoke } : {}, ...snapshot ? { snapshot } : {}, graph: layerGraph(definition), seconds: (performance.now() - started) / 1e3 };
    } finally {
      await pair.close();
    }
  } catch (err) {
    const error = err instanceof InputError ? err.message : `weightgate failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`;
    return { ...base, status: "error", error, seconds: (performance.now() - started) / 1e3 };
  }
}
function configLimits(config) {
  return Object.entries(config.limits).reduce((limits, [k, v]) => {
    const where = `${config.file}:${config.at(["limits", k])}`;
    if (k.length > 64 || typeof v !== "number" && (typeof v !== "string" || v.length > 64)) {
      throw new InputError(
        where,
        "bad-config",
        `limits.${quoteName(k, 64).slice(1, -1)}: expected a number or a value like 2GiB, 90s or off (got ${quoteName(typeof v === "string" ? v : JSON.stringify(v) ?? String(v), 64)})`,
        "See the README for the limit names and value syntax."
      );
    }
    try {
      return { ...limits, ...parseLimitOption(`${k}=${String(v)}`) };
    } catch (err) {
      throw new InputError(where, "bad-config", `limits.${k}: ${err.message}`, "See the README for the limit names and value syntax.");
    }
  }, {});
}
function applicableConfigLimits(config, allowRaise) {
  const all = configLimits(config);
  if (allowRaise) return { limits: all, notes: [] };
  const limits = {};
  const notes = [];
  const name = path4.relative(process.cwd(), config.file) || config.file;
  for (const [k, v] of Object.entries(all)) {
    if (v <= DEFAULT_LIMITS[k]) {
      limits[k] = v;
      continue;
    }
    const raw = String(config.limits[k]).slice(0, 40);
    notes.push(`${name} limits.${k}=${raw} ignored: the workflow does not set allow-config-limits (the limit stays at its default, ${formatLimit(k, DEFAULT_LIMITS[k])}; a config may only lower limits)`);
  }
  return { limits, notes };
}
async function runCheck(config, jobs, opts = {}) {
  const started = performance.now();
  const fromConfig = applicableConfigLimits(config, opts.allowConfigLimits === true);
  opts = { ...opts, limits: { ...fromConfig.limits, ...opts.limits } };
  const remote = remoteOptions(config, opts);
  let done = 0;
  const concurrency = opts.concurrency ?? config.concurrency;
  const hdf5Before = setHdf5Parallelism(concurrency);
  const smokeBefore = setSmokeParallelism(concurrency);
  const smoking = opts.smoke === false ? void 0 : jobs.find((j) => !j.options.smoke.skip);
  if (smoking) prewarmSmokeEngine(smoking.options.engine);
  let models;
  try {
    models = await pool(jobs, concurrency, async (job) => {
      const r = await checkOne(job, remote, opts);
      opts.onResult?.(r, ++done, jobs.length);
      return r;
    });
  } finally {
    setHdf5Parallelism(hdf5Before);
    setSmokeParallelism(smokeBefore);
  }
  const obsolete = opts.shard && opts.shard.total > 1 ? { files: [], notes: [] } : await obsoleteOf(jobs, opts.updateSnapshots === true);
  return makeReport({
    schemaVersion: 1,
    tool: { name: "weightgate", version: opts.version ?? WEIGHTGATE_VERSION },
    ...reportKeyOf(config.file, opts.shard),
    models,
    ...obsolete.files.length ? { obsoleteSnapshots: obsolete.files } : {},
    ...fromConfig.notes.length || obsolete.notes.length || opts.expansionNotes?.length ? { notes: [...opts.expansionNotes ?? [], ...fromConfig.notes, ...obsolete.notes] } : {},
    seconds: (performance.now() - started) / 1e3
  });
}
async function obsoleteOf(jobs, remove) {
  const byDir = /* @__PURE__ */ new Map();
  for (const j of jobs) if (!j.options.snapshots.skip) byDir.set(j.options.snapshots.dir, [...byDir.get(j.options.snapshots.dir) ?? [], j.id]);
  const files = [];
  const notes = [];
  for (const [dir, ids] of byDir) {
    for (const file of await obsoleteSnapshots(dir, ids)) {
      const shown = path4.relative(process.cwd(), file) || file;
      files.push(shown);
      if (remove) {
        await removeSnapshot(file);
        notes.push(`${shown} removed: no model in the config has this snapshot's id any more`);
      } else {
        notes.push(`${shown} is obsolete: no model in the config has its id (npx weightgate check -u removes it)`);
      }
    }
  }
  return { files, notes };
}

export {
  sha256File,
  runCheck
};
