// What a TF.js model.json is: a layers model, a graph model or a bare weights manifest, told apart
// by its keys (tfjs-core `io/types.ts::ModelJSON`), and the Keras model config inside a layers
// model's `modelTopology`. model.json comes from a pull request: every value is checked as read.
import { arrayAt, isObject, stringAt, type JsonObject } from '../sources/json-value.js';
import { InputError } from '../sources/errors.js';
import { jsonDepth } from '../sources/json.js';
import { DEFAULT_LIMITS, limitError, type Limits } from '../sources/limits.js';

export type TfjsKind = 'layers-model' | 'graph-model' | 'weights-manifest';

/** `o[key]` when it is a non-empty string. */
export function textAt(o: unknown, key: string): string | undefined {
  const s = stringAt(o, key);
  return s === '' ? undefined : s;
}

/** A `{paths, weights}` group of a weights manifest (its items still unchecked). */
export function isManifestGroup(x: unknown): x is JsonObject & { readonly paths: readonly unknown[]; readonly weights: readonly unknown[] } {
  return arrayAt(x, 'paths') !== undefined && arrayAt(x, 'weights') !== undefined;
}

function isManifest(x: unknown): boolean {
  return Array.isArray(x) && x.length > 0 && x.every(isManifestGroup);
}

/** Converter layout `{keras_version, backend, model_config}` or tfjs-layers' `{class_name, config, ...}`. */
function isLayersTopology(t: unknown): t is JsonObject {
  if (!isObject(t)) return false;
  if ('model_config' in t) return isObject(t.model_config) || typeof t.model_config === 'string';
  return typeof t.class_name === 'string' && 'config' in t;
}

/** GraphDef JSON: `node` + `versions` (+ `library`); no Keras layers in it. */
function isGraphTopology(t: unknown): boolean {
  return isObject(t) && ('node' in t || 'versions' in t || 'library' in t);
}

export function isTfjsModelJson(json: unknown): TfjsKind | null {
  if (Array.isArray(json)) return isManifest(json) ? 'weights-manifest' : null;
  if (!isObject(json)) return null;
  const topo = json.modelTopology;
  if (json.format === 'graph-model' || isGraphTopology(topo)) return 'graph-model';
  if (isLayersTopology(topo) && Array.isArray(json.weightsManifest)) return 'layers-model';
  if (topo == null && isManifest(json.weightsManifest)) return 'weights-manifest';
  return null;
}

/** The one refusal of a TF.js graph model, whoever meets it first. */
export function tfjsGraphModelError(file: string): InputError {
  return new InputError(file, 'unsupported-format',
    'this is a TF.js graph model (tf.loadGraphModel: a converted SavedModel or frozen graph), which has no Keras layers to diff against a Keras definition',
    'Convert the Keras model to a layers model instead (`tensorflowjs_converter --input_format keras --output_format tfjs_layers_model`) and check that model.json.');
}

/** `generatedBy: "keras v2.4.0"`, as the converter writes it. */
export function kerasVersionFromGeneratedBy(generatedBy: string | undefined): string | undefined {
  return /^keras v(\S+)/i.exec(generatedBy ?? '')?.[1];
}

export interface TfjsTopology {
  modelConfig: JsonObject;
  kerasVersion?: string;
  backend?: string;
}

/**
 * The Keras model config inside a model.json (or inside a bare modelTopology), for the definition
 * parser. A config written as a JSON string is held to `limits` as the file itself was.
 */
export function tfjsTopologyConfig(json: unknown, file = 'model.json', limits: Limits = DEFAULT_LIMITS): TfjsTopology | null {
  if (!isObject(json)) return null;
  const topo = 'modelTopology' in json ? json.modelTopology : json;
  if (!isLayersTopology(topo) || isGraphTopology(topo)) return null;
  if (!('model_config' in topo)) return { modelConfig: topo, kerasVersion: textAt(topo, 'keras_version'), backend: textAt(topo, 'backend') };
  let mc: unknown = topo.model_config;
  // Some hand-rolled exports copy the HDF5 attribute verbatim, i.e. as a JSON string.
  if (typeof mc === 'string') {
    try {
      mc = JSON.parse(mc);
    } catch {
      return null;
    }
    const depth = jsonDepth(mc, limits.maxJsonDepth);
    if (depth > limits.maxJsonDepth) throw limitError(file, 'maxJsonDepth', limits, `modelTopology.model_config nests JSON ${depth}+ levels deep`);
  }
  if (!isObject(mc)) return null;
  return {
    modelConfig: mc,
    kerasVersion: textAt(topo, 'keras_version') ?? textAt(mc, 'keras_version') ?? kerasVersionFromGeneratedBy(textAt(json, 'generatedBy')),
    backend: textAt(topo, 'backend') ?? textAt(mc, 'backend'),
  };
}

/** The converter's layout: the Keras model config under `modelTopology.model_config`. */
export function isConverterLayout(json: unknown): boolean {
  const topo = isObject(json) ? json.modelTopology : undefined;
  return isObject(topo) && 'model_config' in topo;
}
