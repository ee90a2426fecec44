// A Keras model in any format weightgate reads → a TF.js layers model (model.json + ≤4 MiB shards)
// that tf.loadLayersModel loads. The weights are the ones the real Keras loader would put into the
// model (the diff's pairing), placed by the same code the smoke run uses, then read back from the
// TF.js variables: so names, order, Keras 1 gate fusion and transposes are exactly what TF.js holds.
// Nothing from the file is ever executed; what TF.js cannot run, even with weightgate's own layers,
// is refused with the reason.
import { plural } from '../text/grammar.js';
import { writtenByTfjs } from '../model/keras-config.js';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diff, type DiffOptions, type DiffReport } from '../diff/index.js';
import { buildModel, prepareInitializers } from '../engine/build-model.js';
import { exclusive } from '../engine/exclusive.js';
import { fixedBatch, generateInputs } from '../engine/seeded-inputs.js';
import { registerWeightgateLayers } from '../engine/layers/index.js';
import { fullyAssignedLayers, loadAssignments } from '../engine/load-weights.js';
import { describeBlockers, normalizeConfig, type Json } from '../engine/normalize-config.js';
import { selectEngineUnlocked } from '../engine/select.js';
import { codeBlockers } from '../engine/run-smoke.js';
import { assignmentsFromDiff } from '../engine/assignments.js';
import type { Engine, EnginePreference, LayersModel, Tf, WeightAssignment } from '../engine/engine-types.js';
import { openPair } from '../formats/open.js';
import type { DefinitionModel } from '../model/types.js';
import { InputError } from '../sources/errors.js';
import type { NdArray } from '../formats/npy.js';
import { quantize, type QuantizeDtype } from './quantize.js';
import { requiredLayers } from './requires.js';
import { SHARD_BYTES, SHARD_NAME, packShards } from './shards.js';
import { WEIGHTGATE_VERSION } from '../text/weightgate-version.js';
import { fileHandler, type ModelJson } from './written.js';

type Tensor = ReturnType<Tf['tensor']>;

export interface ConvertOptions {
  /** TF.js weight quantisation (dequantised by TF.js on load). */
  quantize?: QuantizeDtype;
  /** How the real loader pairs the files (`--loader`, `--by-name`, …), as for `weightgate diff`. */
  diff?: DiffOptions;
  /** Engine that holds the weights while they are placed and read back (default 'auto'). */
  engine?: EnginePreference | Engine;
  /** Shard size (default 4 MiB, as the TF.js converter cuts them). */
  shardBytes?: number;
  /** Reload the written files with tf.loadLayersModel and compare outputs with the source (default true). */
  verify?: boolean;
  /** Seed of the generated verification inputs (default 1). */
  seed?: number;
}

export interface Verification {
  /** Largest |reloaded − source| over every output element, on generated inputs. */
  maxAbsDiff: number;
  /** The generated inputs, `name [shape]`. */
  inputs: string;
}

export interface ConvertResult {
  outDir: string;
  modelJson: string;
  /** Files written, relative to outDir (model.json last). */
  files: string[];
  weights: number;
  /** Bytes of weight data written. */
  weightBytes: number;
  /** weightgate registrations TF.js needs to load the model (`registerWeightgateLayers(tf)`). */
  requiresLayers: string[];
  quantization: QuantizeDtype | null;
  report: DiffReport;
  engine: string;
  notes: string[];
  verification?: Verification;
}

/** A pair weightgate will not convert, with every reason. */
export class ConvertRefused extends Error {
  override name = 'ConvertRefused';
  constructor(message: string, readonly reasons: readonly string[] = []) {
    super(message);
  }
}

interface WeightOut {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
  bytes: Uint8Array;
  quantization?: { dtype: QuantizeDtype; min?: number; scale?: number };
}

export async function convertModel(definitionFile: string, weightsFile: string | undefined, outDir: string, options: ConvertOptions = {}): Promise<ConvertResult> {
  await checkOutDir(outDir);
  const pair = await openPair(definitionFile, weightsFile);
  try {
    const definition = pair.def.definition!;
    const artifact = pair.weights.artifact!;
    const report = diff(definition, artifact, options.diff ?? {});
    refuseIncompatible(report);
    const normalized = normalizeConfig(definition.config, definition.generation, writtenByTfjs(definition.producer));
    const blockers = [...normalized.blockers, ...codeBlockers(definition, normalized.blockers, normalized.removedOps)];
    if (blockers.length) {
      throw new ConvertRefused(describeBlockers(blockers),
        blockers.map((b) => `${b.className} '${b.layer}': ${b.why}`));
    }
    const assignments = assignmentsFromDiff(definition, report);
    const notes = [...normalized.notes, ...unassignedNotes(definition, assignments, options.diff ?? {})];
    const topology = structuredClone(normalized.config);
    const requiresLayers = requiredLayers(topology);
    return await exclusive(async () => {
      const engine = typeof options.engine === 'object' ? options.engine : await selectEngineUnlocked(options.engine ?? 'auto');
      const tf = engine.tf;
      await tf.setBackend(engine.backend);
      registerWeightgateLayers(tf);
      prepareInitializers(normalized.config, fullyAssignedLayers(definition, assignments), 1);
      const model = await buildModel(tf, normalized.config);
      try {
        notes.push(...(await loadAssignments(tf, model, definition, artifact, assignments)).notes);
        const weights = await readVariables(model, options.quantize, artifact.source);
        const tfjsVersion = String((tf as unknown as { version_layers?: string }).version_layers ?? '4.22.0');
        const modelJson = composeModelJson(definition, topology, requiresLayers, report, options.quantize, notes, tfjsVersion);
        const written = await writeModel(outDir, modelJson, weights, options.shardBytes ?? SHARD_BYTES);
        const result: ConvertResult = {
          outDir, modelJson: path.join(outDir, 'model.json'), files: written.files, weights: weights.length, weightBytes: written.bytes,
          requiresLayers, quantization: options.quantize ?? null, report, engine: engine.name, notes,
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

async function checkOutDir(outDir: string): Promise<void> {
  const s = await stat(outDir).catch(() => undefined);
  if (s && !s.isDirectory()) throw new ConvertRefused(`the output directory ${outDir} is an existing file (the last argument is the directory to write model.json into)`);
}

function refuseIncompatible(report: DiffReport): void {
  if (report.verdict !== 'incompatible' && !report.loaderError) return;
  const errors = report.findings.filter((f) => f.severity === 'error');
  const reasons = errors.map((f) => `${f.layer}${f.weight ? ` ${f.weight}` : ''}: ${f.message}`);
  if (report.loaderError && !reasons.length) reasons.push(report.loaderError);
  throw new ConvertRefused(`the weights do not fit the definition (${errors.length} error finding${errors.length === 1 ? '' : 's'}, ${report.loader.call}); fix the pair first (weightgate diff shows every difference)`, reasons);
}

/**
 * Variables the file leaves without a value would be written with seeded initial values: only when
 * the user said those layers may be missing (new layers, trained from scratch), and said so aloud.
 */
function unassignedNotes(definition: DefinitionModel, assignments: readonly WeightAssignment[], o: DiffOptions): string[] {
  const got = new Set(assignments.map((a) => `${a.layer}\0${a.weightIndex}`));
  const allowed = new Set([...(o.allowMissing ?? []), ...(o.allowMismatch ?? [])]);
  const missing = definition.layers.filter((l) => !l.isOperation)
    .flatMap((l) => l.weights.map((w, i) => ({ layer: l.name, path: w.path || `${l.name}/${w.name}`, i })))
    .filter((x) => !got.has(`${x.layer}\0${x.i}`));
  const refused = missing.filter((m) => !allowed.has(m.layer));
  if (refused.length) {
    throw new ConvertRefused(`${plural(refused.length, 'variable')} would get no value from the file, so the converted model would hold made-up numbers`,
      refused.map((m) => `${m.path}: not loaded by ${o.byName ? 'load_weights(by_name=True)' : 'the loader'}; allow it with --allow-missing ${m.layer} to write seeded initial values`));
  }
  return missing.length ? [`${plural(missing.length, 'variable')} of allowed layers hold seeded initial values, not trained ones: ${missing.map((m) => m.path).join(', ')}`] : [];
}

function bytesOf(a: Float32Array | Int32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength).slice();
}

/**
 * Every TF.js variable, per layer in model order, under the name tf.loadLayersModel resolves.
 * `weightsFile` (the values' source) is named when a value cannot be stored quantised.
 */
async function readVariables(model: LayersModel, dtype: QuantizeDtype | undefined, weightsFile: string): Promise<WeightOut[]> {
  const out: WeightOut[] = [];
  const seen = new Set<string>();
  for (const layer of model.layers) {
    for (const v of layer.weights) {
      const name = v.originalName;
      if (seen.has(name)) throw new ConvertRefused(`two variables are named '${name}' (a nested model and a layer sharing a name), which tf.loadLayersModel refuses ("Duplicate weight name")`);
      seen.add(name);
      if (v.dtype !== 'float32' && v.dtype !== 'int32') throw new ConvertRefused(`variable '${name}' has dtype ${v.dtype}, which weightgate does not write`);
      const data = (await v.read().data()) as Float32Array | Int32Array;
      const shape = [...v.shape] as number[];
      if (dtype && v.dtype === 'float32') {
        // uint8/uint16 store steps between the weight's min and max: there are none for Inf or NaN.
        const values = data as Float32Array;
        if (dtype !== 'float16' && !values.every(Number.isFinite)) {
          throw new InputError(weightsFile, 'unsupported-format', `variable '${name}' holds infinite or NaN values, which ${dtype} quantisation cannot store`,
            'Convert without --quantize (or with --quantize float16), or fix the weights: Inf and NaN usually mean training diverged.');
        }
        const q = quantize(values, dtype);
        out.push({ name, shape, dtype: 'float32', bytes: q.bytes, quantization: q.quantization });
      } else {
        out.push({ name, shape, dtype: v.dtype, bytes: bytesOf(data) });
      }
    }
  }
  return out;
}

function composeModelJson(
  definition: DefinitionModel, topology: Json, requiresLayers: string[], report: DiffReport, q: QuantizeDtype | undefined, notes: string[],
  tfjsVersion: string,
): Omit<ModelJson, 'weightsManifest'> {
  const kv = definition.producer.kerasVersion;
  return {
    format: 'layers-model',
    generatedBy: kv ? `keras v${kv}` : `weightgate ${WEIGHTGATE_VERSION}`,
    convertedBy: `weightgate ${WEIGHTGATE_VERSION}`,
    modelTopology: {
      // What tfjs-layers writes when it saves a model: the topology follows its (Keras 2) conventions
      // whatever Keras wrote the source (generatedBy keeps that version), and readers take their
      // naming rules from here rather than guessing them from config keys.
      keras_version: `tfjs-layers ${tfjsVersion}`,
      backend: definition.producer.backend ?? 'tensorflow',
      model_config: topology,
    },
    userDefinedMetadata: {
      weightgate: {
        requiresLayers,
        loadWith: requiresLayers.length ? "import { registerWeightgateLayers } from 'weightgate/tfjs-layers'; registerWeightgateLayers(tf) before tf.loadLayersModel" : 'plain tf.loadLayersModel',
        source: { definition: path.basename(definition.source), weights: path.basename(report.artifact.source), format: report.artifact.label },
        loader: report.loader.call,
        quantization: q ?? null,
        ...(notes.length ? { notes } : {}),
      },
    },
  };
}

async function writeModel(outDir: string, head: Omit<ModelJson, 'weightsManifest'>, weights: WeightOut[], shardBytes: number): Promise<{ files: string[]; bytes: number }> {
  await mkdir(outDir, { recursive: true });
  // A previous conversion's shards would otherwise linger next to the new model.json.
  for (const f of await readdir(outDir)) if (SHARD_NAME.test(f) || f === 'model.json') await rm(path.join(outDir, f));
  const shards = packShards(weights.map((w) => w.bytes), shardBytes);
  const json: ModelJson = {
    ...head,
    weightsManifest: [{
      paths: shards.map((s) => s.name),
      weights: weights.map((w) => ({ name: w.name, shape: w.shape, dtype: w.dtype, ...(w.quantization ? { quantization: w.quantization } : {}) })),
    }],
  };
  for (const s of shards) await writeFile(path.join(outDir, s.name), s.bytes);
  // model.json last: a directory with it is complete.
  await writeFile(path.join(outDir, 'model.json'), `${JSON.stringify(json, null, 1)}\n`);
  return { files: [...shards.map((s) => s.name), 'model.json'], bytes: weights.reduce((n, w) => n + w.bytes.byteLength, 0) };
}

function inputTensor(tf: Tf, a: NdArray, dtype: string | undefined): Tensor {
  const values = a.data instanceof BigInt64Array ? Array.from(a.data, Number) : (a.data as ArrayLike<number>);
  return dtype === 'int32' ? tf.tensor(Int32Array.from(values), a.shape, 'int32') : tf.tensor(Float32Array.from(values), a.shape, 'float32');
}

/**
 * Load the written files the way an app does (tf.loadLayersModel, strict name resolution) and run the
 * same generated inputs through both models: unquantised, the outputs must be identical.
 */
async function verify(tf: Tf, source: LayersModel, definition: DefinitionModel, modelJson: string, o: ConvertOptions): Promise<Verification> {
  const reloaded = await tf.loadLayersModel(fileHandler(modelJson));
  const tensors: Tensor[] = [];
  try {
    const generated = generateInputs(definition, { seed: o.seed ?? 1 });
    const xs = generated.arrays.map((a, i) => inputTensor(tf, a, source.inputs[i]?.dtype));
    tensors.push(...xs);
    const batchSize = fixedBatch(definition);
    const run = (m: LayersModel) => {
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
      // Both models were built from one topology, so they have the same outputs; a missing one reads as NaN.
      const b = await want[i]?.data();
      for (let k = 0; k < a.length; k++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs((a[k] ?? NaN) - (b?.[k] ?? NaN)));
    }
    if (!o.quantize && maxAbsDiff !== 0) {
      throw new Error(`the written model reloads with different outputs (max |diff| ${maxAbsDiff}); this is a weightgate bug`);
    }
    return { maxAbsDiff, inputs: generated.note.replace(/^inputs generated from /, '') };
  } finally {
    tf.dispose(tensors);
    reloaded.dispose();
  }
}
