import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  formatBytes
} from "./chunk-HZCSSBYE.js";
import {
  PAIRING_OPTIONS,
  choiceOption,
  diffOptionsFrom,
  engineOption,
  parseCommandLine
} from "./chunk-XUZ5DZNU.js";
import {
  UsageError
} from "./chunk-HBLGIX4X.js";
import {
  sanitizeTerminal
} from "./chunk-O5O6OTDQ.js";
import {
  WEIGHTGATE_VERSION
} from "./chunk-CKVDGUU5.js";
import {
  assignmentsFromDiff
} from "./chunk-U3R6WRKJ.js";
import {
  diff
} from "./chunk-LDJXLBUA.js";
import {
  openPair,
  parseManifest,
  resolveShardPath
} from "./chunk-SY6ZCN3L.js";
import "./chunk-ORHEMUVU.js";
import "./chunk-PX5G2PE2.js";
import "./chunk-JLVCLJA4.js";
import "./chunk-B2FHQD3S.js";
import "./chunk-FDKBLACR.js";
import {
  WEIGHTGATE_CLASSES,
  buildModel,
  codeBlockers,
  describeBlockers,
  exclusive,
  fixedBatch,
  fullyAssignedLayers,
  generateInputs,
  loadAssignments,
  normalizeConfig,
  prepareInitializers,
  selectEngineUnlocked
} from "./chunk-UJMYRBJC.js";
import "./chunk-3CHKLJFW.js";
import {
  toHalf
} from "./chunk-5PTVY25K.js";
import {
  isObject,
  objectAt,
  stringAt,
  writtenByTfjs
} from "./chunk-5PD53CW2.js";
import "./chunk-3BJMFA6A.js";
import {
  plural
} from "./chunk-73VS7PYX.js";
import {
  InputError
} from "./chunk-FWZ4W6A4.js";
import "./chunk-NTY2QNYD.js";
import "./chunk-UPWAXGUD.js";
import {
  registerWeightgateLayers
} from "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";

// src/cli/convert-command.ts
import path2 from "node:path";

// src/convert/convert.ts
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

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
  values.forEach((v, i) => {
    const clipped = Math.min(Math.max(v, r.min), r.max);
    out[i] = Math.min(qmax, Math.max(0, roundHalfEven((clipped - r.min) / r.scale)));
  });
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
function shardName(group, index, count) {
  return `group${group}-shard${index}of${count}.bin`;
}
function packShards(parts, shardBytes = SHARD_BYTES, group = 1) {
  if (!(shardBytes > 0)) throw new RangeError("shard size must be positive");
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  const count = Math.max(1, Math.ceil(total / shardBytes));
  const shards = Array.from({ length: count }, (_, i) => ({
    name: shardName(group, i + 1, count),
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

// src/convert/written.ts
import { readFile } from "node:fs/promises";
var TFJS_DTYPES = ["float32", "int32", "bool", "string", "complex64"];
function manifestEntry(file, w) {
  const dtype = TFJS_DTYPES.find((d) => d === w.dtype);
  if (!dtype) throw new InputError(file, "corrupt", `weight ${JSON.stringify(w.name)} has dtype ${w.dtype}, which TF.js cannot load`, "Convert the model again with weightgate.");
  return { name: w.name, shape: w.shape, dtype, ...w.quantization ? { quantization: { ...w.quantization } } : {} };
}
async function readWrittenModel(modelJsonPath) {
  const json = JSON.parse(await readFile(modelJsonPath, "utf8"));
  const modelTopology = objectAt(json, "modelTopology");
  if (!modelTopology) {
    throw new InputError(modelJsonPath, "not-keras", "not a TF.js layers model (no modelTopology)", "Point at the model.json `weightgate convert` wrote.");
  }
  const groups = parseManifest(modelJsonPath, isObject(json) ? json.weightsManifest : void 0);
  const buffers = [];
  const files = groups.flatMap((g, gi) => g.paths.map((p) => resolveShardPath(modelJsonPath, gi + 1, p)));
  for (const f of files) buffers.push(await readFile(f));
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const weightData = new Uint8Array(total);
  let at = 0;
  for (const b of buffers) {
    weightData.set(b, at);
    at += b.byteLength;
  }
  const metadata = objectAt(json, "userDefinedMetadata");
  const userDefinedMetadata = {};
  for (const [k, v] of Object.entries(metadata ?? {})) if (isObject(v)) userDefinedMetadata[k] = v;
  return {
    modelTopology,
    weightSpecs: groups.flatMap((g) => g.weights.map((w) => manifestEntry(modelJsonPath, w))),
    weightData: weightData.buffer,
    format: stringAt(json, "format"),
    generatedBy: stringAt(json, "generatedBy"),
    convertedBy: stringAt(json, "convertedBy"),
    ...metadata ? { userDefinedMetadata } : {}
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
        const weights = await readVariables(model, options.quantize, artifact.source);
        const tfjsVersion = String(tf.version_layers ?? "4.22.0");
        const modelJson = composeModelJson(definition, topology, requiresLayers, report, options.quantize, notes, tfjsVersion);
        const written = await writeModel(outDir, modelJson, weights, options.shardBytes ?? SHARD_BYTES);
        const result = {
          outDir,
          modelJson: path.join(outDir, "model.json"),
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
async function readVariables(model, dtype, weightsFile) {
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
        const values = data;
        if (dtype !== "float16" && !values.every(Number.isFinite)) {
          throw new InputError(
            weightsFile,
            "unsupported-format",
            `variable '${name}' holds infinite or NaN values, which ${dtype} quantisation cannot store`,
            "Convert without --quantize (or with --quantize float16), or fix the weights: Inf and NaN usually mean training diverged."
          );
        }
        const q = quantize(values, dtype);
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
        source: { definition: path.basename(definition.source), weights: path.basename(report.artifact.source), format: report.artifact.label },
        loader: report.loader.call,
        quantization: q ?? null,
        ...notes.length ? { notes } : {}
      }
    }
  };
}
async function writeModel(outDir, head, weights, shardBytes) {
  await mkdir(outDir, { recursive: true });
  for (const f of await readdir(outDir)) if (SHARD_NAME.test(f) || f === "model.json") await rm(path.join(outDir, f));
  const shards = packShards(weights.map((w) => w.bytes), shardBytes);
  const json = {
    ...head,
    weightsManifest: [{
      paths: shards.map((s) => s.name),
      weights: weights.map((w) => ({ name: w.name, shape: w.shape, dtype: w.dtype, ...w.quantization ? { quantization: w.quantization } : {} }))
    }]
  };
  for (const s of shards) await writeFile(path.join(outDir, s.name), s.bytes);
  await writeFile(path.join(outDir, "model.json"), `${JSON.stringify(json, null, 1)}
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
      const [only] = xs;
      const y = m.predict(only && xs.length === 1 ? only : xs, batchSize ? { batchSize } : {});
      const ys = Array.isArray(y) ? y : [y];
      tensors.push(...ys);
      return ys;
    };
    const want = run(source);
    const got = run(reloaded);
    let maxAbsDiff = 0;
    for (const [i, y] of got.entries()) {
      const a = await y.data();
      const b = await want[i]?.data();
      for (let k = 0; k < a.length; k++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs((a[k] ?? NaN) - (b?.[k] ?? NaN)));
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

// src/cli/convert-command.ts
var OPTIONS = {
  ...PAIRING_OPTIONS,
  quantize: { type: "string" },
  engine: { type: "string" },
  "no-verify": { type: "boolean" },
  json: { type: "boolean" }
};
var MODEL_FILE = /\.(h5|hdf5|keras|json|npz|npy|bin)$/i;
async function convertCommand(args, io) {
  const { values, positionals } = await parseCommandLine(args, OPTIONS);
  const outDir = positionals.at(-1);
  const [definition, weights] = positionals.length === 3 ? positionals : [positionals[0], void 0];
  if (positionals.length < 2 || positionals.length > 3 || outDir === void 0 || definition === void 0) {
    throw new UsageError("convert takes a definition, optionally a weights file, and the output directory");
  }
  if (MODEL_FILE.test(outDir)) throw new UsageError(`the last argument is the output directory, but '${outDir}' looks like a model file`);
  const quantize2 = choiceOption("quantize", values.quantize, QUANTIZE_DTYPES);
  const engine = engineOption(values.engine);
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
    `\u2714 wrote ${path2.join(r.outDir, "model.json")} (TF.js layers model) from ${sanitizeTerminal(r.report.definition.source)}${r.report.artifact.source !== r.report.definition.source ? ` + ${sanitizeTerminal(r.report.artifact.source)}` : ""}`,
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
export {
  convertCommand
};
