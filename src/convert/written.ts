// A converted model as tf.loadLayersModel receives it: an IOHandler over the written model.json and
// its shard files (plain TF.js in Node has no file:// loader; `fetch` cannot read local files).
import { readFile } from 'node:fs/promises';
import type { io } from '@tensorflow/tfjs-core';
import { parseManifest, type ManifestWeight } from '../formats/tfjs-manifest.js';
import { resolveShardPath } from '../formats/tfjs-shards.js';
import { InputError } from '../sources/errors.js';
import { isObject, objectAt, stringAt, type JsonObject } from '../sources/json-value.js';

/** The model.json weightgate writes. */
export interface ModelJson {
  format: string;
  generatedBy: string;
  convertedBy: string;
  modelTopology: Record<string, unknown>;
  weightsManifest: { paths: string[]; weights: io.WeightsManifestEntry[] }[];
  userDefinedMetadata?: Record<string, object>;
}

const TFJS_DTYPES: readonly io.WeightsManifestEntry['dtype'][] = ['float32', 'int32', 'bool', 'string', 'complex64'];

/** A checked manifest entry back in TF.js' own form. */
function manifestEntry(file: string, w: ManifestWeight): io.WeightsManifestEntry {
  const dtype = TFJS_DTYPES.find((d) => d === w.dtype);
  if (!dtype) throw new InputError(file, 'corrupt', `weight ${JSON.stringify(w.name)} has dtype ${w.dtype}, which TF.js cannot load`, 'Convert the model again with weightgate.');
  return { name: w.name, shape: w.shape, dtype, ...(w.quantization ? { quantization: { ...w.quantization } } : {}) };
}

export async function readWrittenModel(modelJsonPath: string): Promise<io.ModelArtifacts> {
  const json: unknown = JSON.parse(await readFile(modelJsonPath, 'utf8'));
  const modelTopology = objectAt(json, 'modelTopology');
  if (!modelTopology) {
    throw new InputError(modelJsonPath, 'not-keras', 'not a TF.js layers model (no modelTopology)', 'Point at the model.json `weightgate convert` wrote.');
  }
  const groups = parseManifest(modelJsonPath, isObject(json) ? json.weightsManifest : undefined);
  const buffers: Uint8Array[] = [];
  // Every path is checked (relative, inside the model's folder) before any file is read.
  const files = groups.flatMap((g, gi) => g.paths.map((p) => resolveShardPath(modelJsonPath, gi + 1, p)));
  for (const f of files) buffers.push(await readFile(f));
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const weightData = new Uint8Array(total);
  let at = 0;
  for (const b of buffers) {
    weightData.set(b, at);
    at += b.byteLength;
  }
  const metadata = objectAt(json, 'userDefinedMetadata');
  const userDefinedMetadata: Record<string, JsonObject> = {};
  for (const [k, v] of Object.entries(metadata ?? {})) if (isObject(v)) userDefinedMetadata[k] = v;
  return {
    modelTopology,
    weightSpecs: groups.flatMap((g) => g.weights.map((w) => manifestEntry(modelJsonPath, w))),
    weightData: weightData.buffer,
    format: stringAt(json, 'format'),
    generatedBy: stringAt(json, 'generatedBy'),
    convertedBy: stringAt(json, 'convertedBy'),
    ...(metadata ? { userDefinedMetadata } : {}),
  };
}

/** `tf.loadLayersModel(fileHandler('out/model.json'))`. */
export function fileHandler(modelJsonPath: string): io.IOHandler {
  return { load: () => readWrittenModel(modelJsonPath) };
}
