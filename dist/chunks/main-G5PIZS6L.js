import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  assignmentsFromDiff,
  capList,
  capName,
  count,
  diff,
  failed,
  maxOf,
  mergeReports,
  modelLine,
  moreText,
  openFile,
  openPair,
  renderCheckMarkdown,
  renderCheckText,
  renderMarkdown,
  renderText,
  reviveReport,
  runCheck,
  sanitizeTerminal,
  smokeMarkdown,
  smokePair,
  smokeText,
  toJson
} from "./chunk-XH53JEGL.js";
import "./chunk-OQBCMCWV.js";
import "./chunk-4FE4NXSA.js";
import {
  plural
} from "./chunk-RZE5GDZC.js";
import "./chunk-RCVQXQDM.js";
import {
  DTYPE_BYTES,
  WEIGHTGATE_CLASSES,
  buildModel,
  codeBlockers,
  describeBlockers,
  exclusive,
  fixedBatch,
  fullyAssignedLayers,
  generateInputs,
  isObject,
  loadAssignments,
  normalizeConfig,
  parseLimitOption,
  prepareInitializers,
  selectEngineUnlocked,
  writtenByTfjs
} from "./chunk-44QQ4SX4.js";
import {
  InputError
} from "./chunk-W2JV3UC6.js";
import "./chunk-3RKB2P6L.js";
import {
  registerWeightgateLayers
} from "./chunk-DYBIQGO4.js";
import "./chunk-7UZKIK2J.js";

// src/cli/main.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/cli/options.ts
var PAIRING_OPTIONS = {
  loader: { type: "string" },
  "by-name": { type: "boolean" },
  "skip-mismatch": { type: "boolean" },
  runtime: { type: "string" },
  "allow-missing": { type: "string", multiple: true },
  "allow-unexpected": { type: "string", multiple: true },
  "allow-mismatch": { type: "string", multiple: true }
};
var CHECK_OPTIONS = {
  "allow-outside": { type: "boolean" }
};
var ENGINES = ["auto", "tfjs-node", "wasm", "cpu"];

// src/report/inspect.ts
var INSPECT_LIMITS = { layers: 1e3, weights: 100, optimizer: 1e3 };
var DEFAULT_INSPECT = { maxLayers: INSPECT_LIMITS.layers, maxWeights: INSPECT_LIMITS.weights, maxOptimizer: INSPECT_LIMITS.optimizer };
function definitionLayers(def, o) {
  return def.layers.slice(0, o.maxLayers).map((l) => ({
    name: l.name,
    className: l.className,
    status: l.isOperation ? "operation" : l.status,
    ...l.note ? { note: l.note } : {},
    path: l.objectPath || void 0,
    weights: l.weights.slice(0, o.maxWeights).map((w) => ({
      name: w.name,
      path: w.path,
      shape: w.shape,
      dtype: w.dtype,
      trainable: w.trainable,
      ...w.shape.every((d) => d !== null) ? { bytes: elements(w.shape) * DTYPE_BYTES[w.dtype] } : {}
    }))
  }));
}
function savedWeight(w) {
  return { name: w.name, path: w.path, shape: w.shape, dtype: w.dtype, ...w.storedDtype ? { storedDtype: w.storedDtype } : {}, bytes: w.byteLength };
}
function artifactLayers(a, o, def) {
  const classOf = new Map(def?.layers.map((l) => [l.name, l.className]) ?? []);
  return a.layers.slice(0, o.maxLayers).map((l) => ({
    name: l.name,
    ...classOf.has(l.name) ? { className: classOf.get(l.name) } : {},
    path: l.path,
    weights: l.weights.slice(0, o.maxWeights).map(savedWeight)
  }));
}
function sideSummary(layers, o, optimizer) {
  const totals = { layers: layers.length, weights: 0, parameters: 0, bytes: 0 };
  let weightsLeft = 0;
  layers.forEach((l, i) => {
    totals.weights += l.weights.length;
    if (i < o.maxLayers) weightsLeft += Math.max(0, l.weights.length - o.maxWeights);
    for (const w of l.weights) {
      const known = w.shape.every((d) => d !== null);
      if (known) totals.parameters += elements(w.shape);
      totals.bytes += w.byteLength ?? (known ? elements(w.shape) * DTYPE_BYTES[w.dtype] : 0);
    }
  });
  const t = {};
  if (layers.length > o.maxLayers) t.layers = layers.length - o.maxLayers;
  if (weightsLeft) t.weights = weightsLeft;
  if (optimizer && optimizer.length > o.maxOptimizer) t.optimizer = optimizer.length - o.maxOptimizer;
  return Object.keys(t).length ? { totals, truncated: t } : { totals };
}
function inspectJson(opened, options = {}) {
  const o = { ...DEFAULT_INSPECT, ...options };
  const { definition: d, artifact: a } = opened;
  const allNotes = [...d?.notes ?? [], ...a?.notes ?? []];
  const notes = allNotes.slice(0, o.maxLayers);
  const base = { schemaVersion: 1, file: opened.source, format: opened.format, notes };
  const notesLeft = allNotes.length > notes.length ? { notes: allNotes.length - notes.length } : {};
  const top = (t) => t || notesLeft.notes ? { truncated: { ...t, ...notesLeft } } : {};
  const defSummary = () => sideSummary(d.layers, o);
  const artSummary = () => sideSummary(a.layers, o, a.optimizer);
  if (d && a) {
    return {
      ...base,
      ...top(),
      definition: { format: d.format, kerasVersion: d.producer.kerasVersion, backend: d.producer.backend, layers: definitionLayers(d, o), ...defSummary() },
      weights: {
        format: a.formatLabel,
        kerasVersion: a.producer.kerasVersion,
        backend: a.producer.backend,
        layers: artifactLayers(a, o, d),
        optimizer: a.optimizer.slice(0, o.maxOptimizer).map(savedWeight),
        ...artSummary()
      }
    };
  }
  if (d) {
    const { totals: totals2, truncated: truncated2 } = defSummary();
    return { ...base, layers: definitionLayers(d, o), totals: totals2, ...top(truncated2) };
  }
  const { totals, truncated } = artSummary();
  return { ...base, layers: artifactLayers(a, o), optimizer: a.optimizer.slice(0, o.maxOptimizer).map(savedWeight), totals, ...top(truncated) };
}
function elements(shape) {
  return shape.reduce((n, d) => n * (d ?? 0), 1);
}
function formatShape(shape) {
  return `(${shape.map((d) => d === null ? "?" : String(d)).join(", ")}${shape.length === 1 ? "," : ""})`;
}
function formatBytes(n) {
  if (n === void 0) return "?";
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}
function table(header, rows) {
  const widths = header.map((h, i) => maxOf(rows.map((r) => (r[i] ?? "").length), h.length));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}
function sideRows(layers) {
  const rows = [];
  const name = (n) => sanitizeTerminal(capName(n));
  for (const l of layers) {
    const cls = name(l.className ?? "");
    if (!l.weights.length) {
      const what = l.status === "unknown-class" ? "(variables unknown)" : l.status === "operation" ? "(op, not a layer)" : "";
      rows.push([name(l.name), cls, what, "", "", ""]);
      continue;
    }
    l.weights.forEach((w, i) => {
      const label = l.status !== void 0 && w.path.startsWith(`${l.name}/`) ? w.path.slice(l.name.length + 1) : w.name;
      rows.push([i === 0 ? name(l.name) : "", i === 0 ? cls : "", name(label), formatShape(w.shape), sanitizeTerminal(w.storedDtype ? `${w.dtype} (stored ${w.storedDtype})` : w.dtype), formatBytes(w.bytes)]);
    });
  }
  return rows;
}
function totalsText(s) {
  const t = s.totals ?? sideSummary(s.layers.map((l) => ({ weights: l.weights.map((w) => ({ shape: w.shape, dtype: w.dtype, byteLength: w.bytes ?? 0 })) })), DEFAULT_INSPECT).totals;
  return `${plural(t.layers, "layer")}, ${plural(t.weights, "weight")}, ${plural(t.parameters, "parameter")}, ${formatBytes(t.bytes)}`;
}
var HEADER = ["layer", "class", "weight", "shape", "dtype", "size"];
function inspectText(j) {
  const out = [sanitizeTerminal(j.file), `format: ${sanitizeTerminal(j.format)}`];
  const side = (title, s) => {
    out.push("", `${sanitizeTerminal(title)} \u2014 ${totalsText(s)}`, ...table(HEADER, sideRows(s.layers)));
    if (s.truncated?.layers) out.push(`${moreText(s.truncated.layers, "layer")} (the first ${count(s.layers.length)} are listed; \`--json\` gives the same list)`);
    if (s.truncated?.weights) out.push(`${moreText(s.truncated.weights, "weight")} of the listed layers not shown (${INSPECT_LIMITS.weights} per layer)`);
  };
  if (j.definition) side(`definition (${j.definition.format})`, j.definition);
  if (j.weights) side(`weights (${j.weights.format})`, j.weights);
  if (j.layers) side(j.optimizer ? "saved weights" : "expected weights", { layers: j.layers, totals: j.totals, truncated: j.truncated });
  const opt = j.weights?.optimizer ?? j.optimizer ?? [];
  const optTotal = opt.length + (j.weights?.truncated?.optimizer ?? j.truncated?.optimizer ?? 0);
  if (optTotal) out.push("", `optimizer state: ${plural(optTotal, "variable")} (not part of compatibility)`);
  const unknown = (j.definition?.layers ?? (j.optimizer ? [] : j.layers ?? [])).filter((l) => l.status === "unknown-class" || l.status === "partial");
  const shownUnknown = capList(unknown, 50);
  for (const l of shownUnknown.shown) out.push(`! ${sanitizeTerminal(capName(l.name))} (${sanitizeTerminal(capName(l.className ?? ""))}): ${sanitizeTerminal(l.note ?? l.status ?? "")}`);
  if (shownUnknown.more) out.push(moreText(shownUnknown.more, "layer"));
  const notes = capList(j.notes, 50);
  if (notes.shown.length) out.push("", ...notes.shown.map((n) => `note: ${sanitizeTerminal(n)}`));
  const notesLeft = notes.more + (j.truncated?.notes ?? 0);
  if (notesLeft) out.push(moreText(notesLeft, "note"));
  return out.join("\n");
}

// src/cli/main.ts
import { readFile as readFile2, writeFile as writeFile2, mkdir as mkdir2 } from "node:fs/promises";
import path4 from "node:path";

// src/cli/convert.ts
import path3 from "node:path";
import { parseArgs } from "node:util";

// src/convert/convert.ts
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/convert/half.ts
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
function toHalfBits(value) {
  f32[0] = value;
  const x = u32[0];
  const sign = x >>> 16 & 32768;
  const exp = x >>> 23 & 255;
  let mant = x & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 : 0);
  let e = exp - 127 + 15;
  if (e >= 31) return sign | 31744;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 8388608;
    const shift = 14 - e;
    const half = mant >>> shift;
    const rest2 = mant & (1 << shift) - 1;
    const mid = 1 << shift - 1;
    return sign | half + (rest2 > mid || rest2 === mid && half & 1 ? 1 : 0);
  }
  const rest = mant & 8191;
  mant >>>= 13;
  if (rest > 4096 || rest === 4096 && mant & 1) {
    mant++;
    if (mant === 1024) {
      mant = 0;
      e++;
      if (e >= 31) return sign | 31744;
    }
  }
  return sign | e << 10 | mant;
}
function toHalf(values) {
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = toHalfBits(values[i]);
  return out;
}

// src/convert/quantize.ts
var QUANTIZE_DTYPES = ["float16", "uint8", "uint16"];
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function affineRange(min, max, qmax) {
  const scale = (max - min) / qmax;
  if (!(min <= 0 && 0 <= max)) return { scale, min, max };
  const zeroPoint = roundHalfEven((0 - min) / scale);
  const nudgedMin = -zeroPoint * scale;
  return { scale, min: nudgedMin, max: qmax * scale + nudgedMin };
}
function bytesOf(a) {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}
function quantize(values, dtype) {
  if (dtype === "float16") return { bytes: bytesOf(toHalf(values)), quantization: { dtype } };
  const qmax = dtype === "uint8" ? 255 : 65535;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const out = dtype === "uint8" ? new Uint8Array(values.length) : new Uint16Array(values.length);
  if (!values.length || lo === hi) {
    return { bytes: bytesOf(out), quantization: { dtype, min: values.length ? lo : 0, scale: 1 } };
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new Error(`cannot quantise to ${dtype}: the weight holds infinite or NaN values`);
  const r = affineRange(lo, hi, qmax);
  for (let i = 0; i < values.length; i++) {
    const clipped = Math.min(Math.max(values[i], r.min), r.max);
    out[i] = Math.min(qmax, Math.max(0, roundHalfEven((clipped - r.min) / r.scale)));
  }
  return { bytes: bytesOf(out), quantization: { dtype, min: r.min, scale: r.scale } };
}

// src/convert/requires.ts
function requiredLayers(config) {
  const found = /* @__PURE__ */ new Set();
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) {
      const cls = v.class_name;
      if (typeof cls === "string" && isObject(v.config) && WEIGHTGATE_CLASSES.has(cls)) {
        const recurrent = cls === "GRU" || cls === "GRUCell";
        if (!recurrent || v.config.reset_after === true) found.add(cls);
      }
      Object.values(v).forEach(walk);
    }
  };
  walk(config);
  return [...found].sort();
}

// src/convert/shards.ts
var SHARD_BYTES = 4 * 1024 * 1024;
var SHARD_NAME = /^group\d+-shard\d+of\d+\.bin$/;
function shardName(group, index, count2) {
  return `group${group}-shard${index}of${count2}.bin`;
}
function packShards(parts, shardBytes = SHARD_BYTES, group = 1) {
  if (!(shardBytes > 0)) throw new RangeError("shard size must be positive");
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  const count2 = Math.max(1, Math.ceil(total / shardBytes));
  const shards = Array.from({ length: count2 }, (_, i) => ({
    name: shardName(group, i + 1, count2),
    bytes: new Uint8Array(Math.min(shardBytes, total - i * shardBytes))
  }));
  let at = 0;
  for (const p of parts) {
    let done = 0;
    while (done < p.byteLength) {
      const shard = Math.floor(at / shardBytes);
      const offset = at % shardBytes;
      const n = Math.min(p.byteLength - done, shardBytes - offset);
      shards[shard].bytes.set(p.subarray(done, done + n), offset);
      done += n;
      at += n;
    }
  }
  return shards;
}

// src/convert/version.ts
var WEIGHTGATE_VERSION = "0.1.0";

// src/convert/written.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
async function readWrittenModel(modelJsonPath) {
  const json = JSON.parse(await readFile(modelJsonPath, "utf8"));
  const dir = path.dirname(modelJsonPath);
  const buffers = [];
  for (const group of json.weightsManifest) {
    for (const p of group.paths) buffers.push(await readFile(path.join(dir, p)));
  }
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const weightData = new Uint8Array(total);
  let at = 0;
  for (const b of buffers) {
    weightData.set(b, at);
    at += b.byteLength;
  }
  return {
    modelTopology: json.modelTopology,
    weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
    weightData: weightData.buffer,
    format: json.format,
    generatedBy: json.generatedBy,
    convertedBy: json.convertedBy,
    ...json.userDefinedMetadata ? { userDefinedMetadata: json.userDefinedMetadata } : {}
  };
}
function fileHandler(modelJsonPath) {
  return { load: () => readWrittenModel(modelJsonPath) };
}

// src/convert/convert.ts
var ConvertRefused = class extends Error {
  constructor(message, reasons = []) {
    super(message);
    this.reasons = reasons;
  }
  reasons;
  name = "ConvertRefused";
};
async function convertModel(definitionFile, weightsFile, outDir, options = {}) {
  await checkOutDir(outDir);
  const pair = await openPair(definitionFile, weightsFile);
  try {
    const definition = pair.def.definition;
    const artifact = pair.weights.artifact;
    const report = diff(definition, artifact, options.diff ?? {});
    refuseIncompatible(report);
    const normalized = normalizeConfig(definition.config, definition.generation, writtenByTfjs(definition.producer));
    const blockers = [...normalized.blockers, ...codeBlockers(definition, normalized.blockers, normalized.removedOps)];
    if (blockers.length) {
      throw new ConvertRefused(
        describeBlockers(blockers),
        blockers.map((b) => `${b.className} '${b.layer}': ${b.why}`)
      );
    }
    const assignments = assignmentsFromDiff(definition, report);
    const notes = [...normalized.notes, ...unassignedNotes(definition, assignments, options.diff ?? {})];
    const topology = structuredClone(normalized.config);
    const requiresLayers = requiredLayers(topology);
    return await exclusive(async () => {
      const engine = typeof options.engine === "object" ? options.engine : await selectEngineUnlocked(options.engine ?? "auto");
      const tf = engine.tf;
      await tf.setBackend(engine.backend);
      registerWeightgateLayers(tf);
      prepareInitializers(normalized.config, fullyAssignedLayers(definition, assignments), 1);
      const model = await buildModel(tf, normalized.config);
      try {
        notes.push(...(await loadAssignments(tf, model, definition, artifact, assignments)).notes);
        const weights = await readVariables(model, options.quantize);
        const tfjsVersion = String(tf.version_layers ?? "4.22.0");
        const modelJson = composeModelJson(definition, topology, requiresLayers, report, options.quantize, notes, tfjsVersion);
        const written = await writeModel(outDir, modelJson, weights, options.shardBytes ?? SHARD_BYTES);
        const result = {
          outDir,
          modelJson: path2.join(outDir, "model.json"),
          files: written.files,
          weights: weights.length,
          weightBytes: written.bytes,
          requiresLayers,
          quantization: options.quantize ?? null,
          report,
          engine: engine.name,
          notes
        };
        if (options.verify !== false) result.verification = await verify(tf, model, definition, result.modelJson, options);
        return result;
      } finally {
        model.dispose();
      }
    });
  } finally {
    await pair.close();
  }
}
async function checkOutDir(outDir) {
  const s = await stat(outDir).catch(() => void 0);
  if (s && !s.isDirectory()) throw new ConvertRefused(`the output directory ${outDir} is an existing file (the last argument is the directory to write model.json into)`);
}
function refuseIncompatible(report) {
  if (report.verdict !== "incompatible" && !report.loaderError) return;
  const errors = report.findings.filter((f) => f.severity === "error");
  const reasons = errors.map((f) => `${f.layer}${f.weight ? ` ${f.weight}` : ""}: ${f.message}`);
  if (report.loaderError && !reasons.length) reasons.push(report.loaderError);
  throw new ConvertRefused(`the weights do not fit the definition (${errors.length} error finding${errors.length === 1 ? "" : "s"}, ${report.loader.call}); fix the pair first (weightgate diff shows every difference)`, reasons);
}
function unassignedNotes(definition, assignments, o) {
  const got = new Set(assignments.map((a) => `${a.layer}\0${a.weightIndex}`));
  const allowed = /* @__PURE__ */ new Set([...o.allowMissing ?? [], ...o.allowMismatch ?? []]);
  const missing = definition.layers.filter((l) => !l.isOperation).flatMap((l) => l.weights.map((w, i) => ({ layer: l.name, path: w.path || `${l.name}/${w.name}`, i }))).filter((x) => !got.has(`${x.layer}\0${x.i}`));
  const refused = missing.filter((m) => !allowed.has(m.layer));
  if (refused.length) {
    throw new ConvertRefused(
      `${plural(refused.length, "variable")} would get no value from the file, so the converted model would hold made-up numbers`,
      refused.map((m) => `${m.path}: not loaded by ${o.byName ? "load_weights(by_name=True)" : "the loader"}; allow it with --allow-missing ${m.layer} to write seeded initial values`)
    );
  }
  return missing.length ? [`${plural(missing.length, "variable")} of allowed layers hold seeded initial values, not trained ones: ${missing.map((m) => m.path).join(", ")}`] : [];
}
function bytesOf2(a) {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength).slice();
}
async function readVariables(model, dtype) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const layer of model.layers) {
    for (const v of layer.weights) {
      const name = v.originalName;
      if (seen.has(name)) throw new ConvertRefused(`two variables are named '${name}' (a nested model and a layer sharing a name), which tf.loadLayersModel refuses ("Duplicate weight name")`);
      seen.add(name);
      if (v.dtype !== "float32" && v.dtype !== "int32") throw new ConvertRefused(`variable '${name}' has dtype ${v.dtype}, which weightgate does not write`);
      const data = await v.read().data();
      const shape = [...v.shape];
      if (dtype && v.dtype === "float32") {
        const q = quantize(data, dtype);
        out.push({ name, shape, dtype: "float32", bytes: q.bytes, quantization: q.quantization });
      } else {
        out.push({ name, shape, dtype: v.dtype, bytes: bytesOf2(data) });
      }
    }
  }
  return out;
}
function composeModelJson(definition, topology, requiresLayers, report, q, notes, tfjsVersion) {
  const kv = definition.producer.kerasVersion;
  return {
    format: "layers-model",
    generatedBy: kv ? `keras v${kv}` : `weightgate ${WEIGHTGATE_VERSION}`,
    convertedBy: `weightgate ${WEIGHTGATE_VERSION}`,
    modelTopology: {
      // What tfjs-layers writes when it saves a model: the topology follows its (Keras 2) conventions
      // whatever Keras wrote the source (generatedBy keeps that version), and readers take their
      // naming rules from here rather than guessing them from config keys.
      keras_version: `tfjs-layers ${tfjsVersion}`,
      backend: definition.producer.backend ?? "tensorflow",
      model_config: topology
    },
    userDefinedMetadata: {
      weightgate: {
        requiresLayers,
        loadWith: requiresLayers.length ? "import { registerWeightgateLayers } from 'weightgate/tfjs-layers'; registerWeightgateLayers(tf) before tf.loadLayersModel" : "plain tf.loadLayersModel",
        source: { definition: path2.basename(definition.source), weights: path2.basename(report.artifact.source), format: report.artifact.label },
        loader: report.loader.call,
        quantization: q ?? null,
        ...notes.length ? { notes } : {}
      }
    }
  };
}
async function writeModel(outDir, head, weights, shardBytes) {
  await mkdir(outDir, { recursive: true });
  for (const f of await readdir(outDir)) if (SHARD_NAME.test(f) || f === "model.json") await rm(path2.join(outDir, f));
  const shards = packShards(weights.map((w) => w.bytes), shardBytes);
  const json = {
    ...head,
    weightsManifest: [{
      paths: shards.map((s) => s.name),
      weights: weights.map((w) => ({ name: w.name, shape: w.shape, dtype: w.dtype, ...w.quantization ? { quantization: w.quantization } : {} }))
    }]
  };
  for (const s of shards) await writeFile(path2.join(outDir, s.name), s.bytes);
  await writeFile(path2.join(outDir, "model.json"), `${JSON.stringify(json, null, 1)}
`);
  return { files: [...shards.map((s) => s.name), "model.json"], bytes: weights.reduce((n, w) => n + w.bytes.byteLength, 0) };
}
function inputTensor(tf, a, dtype) {
  const values = a.data instanceof BigInt64Array ? Array.from(a.data, Number) : a.data;
  return dtype === "int32" ? tf.tensor(Int32Array.from(values), a.shape, "int32") : tf.tensor(Float32Array.from(values), a.shape, "float32");
}
async function verify(tf, source, definition, modelJson, o) {
  const reloaded = await tf.loadLayersModel(fileHandler(modelJson));
  const tensors = [];
  try {
    const generated = generateInputs(definition, { seed: o.seed ?? 1 });
    const xs = generated.arrays.map((a, i) => inputTensor(tf, a, source.inputs[i]?.dtype));
    tensors.push(...xs);
    const batchSize = fixedBatch(definition);
    const run = (m) => {
      const y = m.predict(xs.length === 1 ? xs[0] : xs, batchSize ? { batchSize } : {});
      const ys = Array.isArray(y) ? y : [y];
      tensors.push(...ys);
      return ys;
    };
    const want = run(source);
    const got = run(reloaded);
    let maxAbsDiff = 0;
    for (const [i, y] of got.entries()) {
      const a = await y.data();
      const b = await want[i].data();
      for (let k = 0; k < a.length; k++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(a[k] - b[k]));
    }
    if (!o.quantize && maxAbsDiff !== 0) {
      throw new Error(`the written model reloads with different outputs (max |diff| ${maxAbsDiff}); this is a weightgate bug`);
    }
    return { maxAbsDiff, inputs: generated.note.replace(/^inputs generated from /, "") };
  } finally {
    tf.dispose(tensors);
    reloaded.dispose();
  }
}

// src/cli/convert.ts
var OPTIONS = {
  ...PAIRING_OPTIONS,
  quantize: { type: "string" },
  engine: { type: "string" },
  "no-verify": { type: "boolean" },
  json: { type: "boolean" }
};
var MODEL_FILE = /\.(h5|hdf5|keras|json|npz|npy|bin)$/i;
async function convertCommand(args, io) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err.message);
  }
  const { values, positionals } = parsed;
  if (positionals.length < 2 || positionals.length > 3) {
    throw new UsageError("convert takes a definition, optionally a weights file, and the output directory");
  }
  const outDir = positionals[positionals.length - 1];
  if (MODEL_FILE.test(outDir)) throw new UsageError(`the last argument is the output directory, but '${outDir}' looks like a model file`);
  const quantize2 = values.quantize;
  if (quantize2 !== void 0 && !QUANTIZE_DTYPES.includes(quantize2)) {
    throw new UsageError(`--quantize must be one of ${QUANTIZE_DTYPES.join(", ")} (got '${quantize2}')`);
  }
  const engine = values.engine ?? "auto";
  if (!ENGINES.includes(engine)) throw new UsageError(`--engine must be one of ${ENGINES.join(", ")} (got '${engine}')`);
  const [definition, weights] = positionals.length === 3 ? positionals : [positionals[0], void 0];
  try {
    const result = await convertModel(definition, weights, outDir, {
      diff: diffOptionsFrom(values),
      engine,
      verify: values["no-verify"] !== true,
      ...quantize2 ? { quantize: quantize2 } : {}
    });
    io.out(values.json ? JSON.stringify(resultJson(result), null, 2) : convertText(result).join("\n"));
    return 0;
  } catch (err) {
    if (!(err instanceof ConvertRefused)) throw err;
    if (values.json) io.out(JSON.stringify({ converted: false, reason: err.message, reasons: err.reasons }, null, 2));
    else io.err([`\u2716 cannot convert ${definition}: ${sanitizeTerminal(err.message)}`, ...err.reasons.map((r) => `  - ${sanitizeTerminal(r)}`)].join("\n"));
    return 1;
  }
}
function resultJson(r) {
  return {
    converted: true,
    outDir: r.outDir,
    modelJson: r.modelJson,
    files: r.files,
    weights: r.weights,
    weightBytes: r.weightBytes,
    requiresLayers: r.requiresLayers,
    quantization: r.quantization,
    verdict: r.report.verdict,
    loader: r.report.loader.call,
    engine: r.engine,
    notes: r.notes,
    ...r.verification ? { verification: r.verification } : {}
  };
}
function convertText(r) {
  const shards = r.files.filter((f) => f !== "model.json");
  const warnings = r.report.findings.filter((f) => f.severity === "warning").length;
  const lines = [
    `\u2714 wrote ${path3.join(r.outDir, "model.json")} (TF.js layers model) from ${sanitizeTerminal(r.report.definition.source)}${r.report.artifact.source !== r.report.definition.source ? ` + ${sanitizeTerminal(r.report.artifact.source)}` : ""}`,
    `  weights: ${r.weights} variables, ${formatBytes(r.weightBytes)} in ${plural(shards.length, "shard")}${r.quantization ? `, quantised ${r.quantization}` : ""}; paired as ${r.report.loader.call} (${r.report.verdict}${warnings ? `, ${plural(warnings, "warning")}` : ""})`,
    r.requiresLayers.length ? `  load with weightgate's layers (${r.requiresLayers.join(", ")}): import { registerWeightgateLayers } from 'weightgate/tfjs-layers'; registerWeightgateLayers(tf); then tf.loadLayersModel` : "  loads with plain tf.loadLayersModel"
  ];
  if (r.verification) {
    const v = r.verification;
    lines.push(v.maxAbsDiff === 0 ? `  reloaded with tf.loadLayersModel: outputs identical to the source weights (${v.inputs})` : `  reloaded with tf.loadLayersModel: outputs within ${v.maxAbsDiff.toExponential(2)} of the unquantised weights (${v.inputs})`);
  }
  for (const n of r.notes) lines.push(`  note: ${sanitizeTerminal(n)}`);
  return lines;
}

// src/cli/main.ts
var processIo = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}
`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}
`)
};
var USAGE = `usage: weightgate <command> [options]

commands:
  inspect <file...> [--json]        what a definition expects or a weights file holds
  diff <definition> [<weights>]     every difference, paired the way the real loader pairs them
      --loader auto|order|name|path|tfjs   pairing rule (default: from the weights' format)
      --by-name                     load_weights(..., by_name=True) (legacy .h5)
      --skip-mismatch               load_weights(..., skip_mismatch=True)
      --runtime keras2|keras3       which Keras loads (default: Keras 3 if either side is Keras 3)
      --allow-missing L[,L]         model layers that may be absent from the file (new layers)
      --allow-unexpected L[,L]      file layers the model may drop (an old head)
      --allow-mismatch L[,L]        layers whose shapes may differ (a resized head)
      --json | --markdown           machine-readable report / the PR comment's Markdown
      --smoke                       also load the weights into TF.js and run one inference
      --expected F [--input F]      golden outputs (.npy/.npz) to compare against (implies --smoke)
      --engine auto|tfjs-node|wasm|cpu  --atol N --rtol N --seed N --dim-default N
  check [--config weightgate.yml]   every pair in the config; one bad model never stops the others
      --fail-on error|warning|never exit 1 when a model is incompatible/unreadable (error, default),
                                    also on warnings (warning), or never
      --json F | --markdown F       also write the report as JSON / Markdown to F
      --shard i/n                   check the i-th of n slices of the sorted model list
      --concurrency N               models checked at once (default: the config's, 4)
      --allow-outside               read paths outside the config's repository too (a local config you trust)
  merge <report.json...> [--json F] [--markdown F] [--fail-on \u2026]
                                    join shard reports into one (same as an unsharded run)
  convert <definition> [<weights>] <out-dir>
                                    write a TF.js layers model (model.json + shards) that tf.loadLayersModel
                                    loads, from the weights the real Keras loader would use
      --quantize float16|uint8|uint16  store the weights quantised (TF.js dequantises them on load)
      --loader, --by-name, --skip-mismatch, --runtime, --allow-missing/-unexpected/-mismatch  as for diff
      --engine auto|tfjs-node|wasm|cpu  --no-verify (skip reloading the written files)  --json
  help                              this text

inspect, diff and check take --limit NAME=VALUE (repeatable) to raise a reading limit, e.g. --limit timeoutMs=180s,
--limit maxFileBytes=64GiB, --limit maxLayers=off (see the README for the list).

Exit codes: 0 ok, 1 incompatible, 2 unusable input.`;
var UsageError = class extends Error {
  name = "UsageError";
};
async function runCli(argv, io = processIo) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "inspect":
        return await inspect(rest, io);
      case "diff":
        return await diffCommand(rest, io);
      case "check":
        return await checkCommand(rest, io);
      case "merge":
        return await mergeCommand(rest, io);
      case "convert":
        return await convertCommand(rest, io);
      case void 0:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (err) {
    return reportError(err, io);
  }
}
function reportError(err, io) {
  if (err instanceof InputError) {
    io.err(`error: ${err.message}`);
    return 2;
  }
  if (err instanceof UsageError) {
    io.err(`error: ${err.message}

${USAGE}`);
    return 2;
  }
  io.err(`error: weightgate failed unexpectedly: ${err instanceof Error ? err.message : JSON.stringify(err)}
  \u2192 please report this with the file that caused it`);
  return 2;
}
function limitsFrom(values) {
  const specs = values.limit ?? [];
  try {
    return Object.assign({}, ...specs.map(parseLimitOption));
  } catch (err) {
    throw new UsageError(err.message);
  }
}
var LIMIT_OPTION = { limit: { type: "string", multiple: true } };
function parse(args, options) {
  try {
    return parseArgs2({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err.message);
  }
}
async function inspect(args, io) {
  const { values, positionals } = parse(args, { json: { type: "boolean" }, ...LIMIT_OPTION });
  if (positionals.length === 0) throw new UsageError("inspect takes one or more files");
  const limits = limitsFrom(values);
  const results = [];
  let code2 = 0;
  for (const [i, file] of positionals.entries()) {
    try {
      const opened = await openFile(file, { limits });
      try {
        const j = inspectJson(opened);
        if (values.json) results.push(j);
        else io.out(`${i > 0 ? "\n" : ""}${inspectText(j)}`);
      } finally {
        await opened.artifact?.close();
      }
    } catch (err) {
      code2 = reportError(err, io);
      if (values.json) results.push({ file, error: err instanceof Error ? err.message : String(err) });
    }
  }
  if (values.json) io.out(JSON.stringify(positionals.length === 1 ? results[0] : results, null, 2));
  return code2;
}
var RULES = ["auto", "order", "name", "path", "tfjs"];
function list(v) {
  const items = Array.isArray(v) ? v : v === void 0 ? [] : [v];
  return items.flatMap((x) => String(x).split(",")).map((x) => x.trim()).filter(Boolean);
}
function diffOptionsFrom(values) {
  const loader = values.loader;
  if (loader !== void 0 && !RULES.includes(loader)) throw new UsageError(`--loader must be one of ${RULES.join(", ")} (got '${loader}')`);
  const runtime = values.runtime;
  if (runtime !== void 0 && runtime !== "keras2" && runtime !== "keras3") throw new UsageError(`--runtime must be keras2 or keras3 (got '${runtime}')`);
  return {
    ...loader && loader !== "auto" ? { loader } : {},
    ...values["by-name"] ? { byName: true } : {},
    ...values["skip-mismatch"] ? { skipMismatch: true } : {},
    ...runtime ? { runtime } : {},
    allowMissing: list(values["allow-missing"]),
    allowUnexpected: list(values["allow-unexpected"]),
    allowMismatch: list(values["allow-mismatch"])
  };
}
var DIFF_OPTIONS = {
  ...PAIRING_OPTIONS,
  json: { type: "boolean" },
  markdown: { type: "boolean" },
  color: { type: "boolean" },
  smoke: { type: "boolean" },
  engine: { type: "string" },
  input: { type: "string" },
  expected: { type: "string" },
  atol: { type: "string" },
  rtol: { type: "string" },
  seed: { type: "string" },
  "dim-default": { type: "string" },
  ...LIMIT_OPTION
};
function numberOption(values, name, integer = false) {
  const v = values[name];
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isFinite(n) || integer && !Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a ${integer ? "non-negative integer" : "non-negative number"} (got '${String(v)}')`);
  return n;
}
function smokeOptionsFrom(values) {
  const engine = values.engine ?? "auto";
  if (!ENGINES.includes(engine)) throw new UsageError(`--engine must be one of ${ENGINES.join(", ")} (got '${engine}')`);
  return {
    engine,
    input: values.input,
    expected: values.expected,
    atol: numberOption(values, "atol"),
    rtol: numberOption(values, "rtol"),
    seed: numberOption(values, "seed", true),
    dimDefault: numberOption(values, "dim-default", true)
  };
}
async function diffCommand(args, io) {
  const { values, positionals } = parse(args, DIFF_OPTIONS);
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError("diff takes a definition and a weights file (or one .keras / full .h5 file)");
  const options = diffOptionsFrom(values);
  const wantSmoke = values.smoke === true || values.expected !== void 0;
  const smokeOptions = smokeOptionsFrom(values);
  const limits = limitsFrom(values);
  const pair = await openPair(positionals[0], positionals[1], { limits });
  let report;
  let smoke;
  try {
    report = diff(pair.def.definition, pair.weights.artifact, options);
    if (wantSmoke) smoke = await smokePair(pair.def.definition, pair.weights.artifact, report, { ...smokeOptions, limits });
  } finally {
    await pair.close();
  }
  if (values.json) io.out(JSON.stringify({ ...report, verdict: report.verdict, counts: report.counts, ...smoke ? { smoke } : {} }, null, 2));
  else if (values.markdown) io.out([renderMarkdown(report), ...smoke ? ["", smokeMarkdown(smoke)] : []].join("\n"));
  else io.out([renderText(report, { color: values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR) }).trimEnd(), ...smoke ? ["", ...smokeText(smoke)] : []].join("\n"));
  return report.verdict === "incompatible" || smoke?.status === "failed" ? 1 : 0;
}
var FAIL_ON = ["error", "warning", "never"];
function failOnOf(v) {
  const f = v ?? "error";
  if (!FAIL_ON.includes(f)) throw new UsageError(`--fail-on must be error, warning or never (got '${f}')`);
  return f;
}
async function writeOutputs(report, values) {
  const write = async (file, text) => {
    await mkdir2(path4.dirname(path4.resolve(file)), { recursive: true });
    await writeFile2(file, text);
  };
  if (values.json) await write(values.json, `${JSON.stringify(toJson(report), null, 2)}
`);
  if (values.markdown) await write(values.markdown, `${renderCheckMarkdown(report)}
`);
}
function progressSink() {
  const tty = process.stderr.isTTY === true && !process.env.CI;
  let shown = false;
  return {
    line: (t) => {
      if (tty && shown) process.stderr.write("\r\x1B[K");
      shown = false;
      process.stderr.write(`${t}
`);
    },
    status: (t) => {
      if (!tty) return;
      process.stderr.write(`\r\x1B[K${t.slice(0, (process.stderr.columns ?? 80) - 1)}`);
      shown = true;
    },
    clear: () => {
      if (tty && shown) process.stderr.write("\r\x1B[K");
      shown = false;
    }
  };
}
async function checkCommand(args, io) {
  const { values, positionals } = parse(args, {
    config: { type: "string" },
    "fail-on": { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" },
    shard: { type: "string" },
    concurrency: { type: "string" },
    color: { type: "boolean" },
    ...CHECK_OPTIONS,
    ...LIMIT_OPTION
  });
  if (positionals.length) throw new UsageError(`check takes no positional arguments (got '${positionals[0]}'); use --config`);
  const failOn = failOnOf(values["fail-on"]);
  const [{ DEFAULT_CONFIG_FILE, loadConfig }, { expandModels, parseShard, shardJobs }] = await Promise.all([import("./load-C52QOQGZ.js"), import("./expand-744OEHWC.js")]);
  let shard;
  try {
    shard = values.shard ? parseShard(values.shard) : void 0;
  } catch (err) {
    throw new UsageError(err.message);
  }
  const concurrency = values.concurrency ? Number(values.concurrency) : void 0;
  if (concurrency !== void 0 && !(Number.isInteger(concurrency) && concurrency >= 1)) throw new UsageError("--concurrency must be a positive integer");
  const config = await loadConfig(values.config ?? DEFAULT_CONFIG_FILE, { allowOutside: values["allow-outside"] === true });
  const jobs = shardJobs(await expandModels(config), shard);
  const sink = io === processIo ? progressSink() : void 0;
  const report = await runCheck(config, jobs, {
    // A local config is the user's own: its limits apply as written (the Action decides by allow-config-limits).
    shard,
    concurrency,
    limits: limitsFrom(values),
    allowConfigLimits: true,
    onResult: (r, done, total) => {
      if (sink) sink.line(`[${done}/${total}] ${modelLine(r)}`);
    },
    onProgress: (t) => sink?.status(t)
  });
  sink?.clear();
  for (const note of report.notes ?? []) io.err(`warning: ${note}`);
  await writeOutputs(report, values);
  io.out(renderCheckText(report, { color: values.color ?? (io === processIo && process.stdout.isTTY === true && !process.env.NO_COLOR), lines: !sink }));
  return failed(report, failOn) ? 1 : 0;
}
async function mergeCommand(args, io) {
  const { values, positionals } = parse(args, { json: { type: "string" }, markdown: { type: "string" }, "fail-on": { type: "string" } });
  if (!positionals.length) throw new UsageError("merge takes one or more report.json files");
  const failOn = failOnOf(values["fail-on"]);
  const reports = [];
  for (const f of positionals) {
    let json;
    try {
      json = JSON.parse(await readFile2(f, "utf8"));
    } catch (err) {
      throw new InputError(f, "corrupt", `not a readable JSON report (${err.message.split("\n")[0]})`, "Pass the files written by `weightgate check --json`.");
    }
    try {
      reports.push(reviveReport(json, f));
    } catch (err) {
      throw new InputError(f, "corrupt", err.message, "Pass the files written by `weightgate check --json`.");
    }
  }
  let merged;
  try {
    merged = mergeReports(reports);
  } catch (err) {
    throw new UsageError(err.message);
  }
  await writeOutputs(merged, values);
  io.out(renderCheckText(merged));
  if (merged.shards) io.err(`warning: shards ${merged.shards.indices.join(", ")} of ${merged.shards.total} merged; the others are missing`);
  return failed(merged, failOn) ? 1 : 0;
}
export {
  DIFF_OPTIONS,
  UsageError,
  diffOptionsFrom,
  processIo,
  reportError,
  runCli
};
