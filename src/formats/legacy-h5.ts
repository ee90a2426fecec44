// Legacy Keras HDF5: full model (`model_config` + `model_weights`) and weights-only (root `layer_names`),
// as written by Keras 1, Keras 2 / tf.keras and Keras 3's legacy writer (`legacy_h5_format.py`).
import { detectGeneration } from '../model/keras-config.js';
import type { ArtifactModel, KerasGeneration, SavedLayer, SavedVariable } from '../model/types.js';
import { InputError } from '../sources/errors.js';
import { isObject, type JsonObject } from '../sources/json-value.js';
import { parseJsonText } from '../sources/json.js';
import { ReadBudget } from '../sources/limits.js';
import {
  attrString, child, datasetInfo, hasListAttribute, isDataset, isGroup, loadAttributesFromHdf5Group,
  readDataset, type H5File, type H5Group,
} from './hdf5.js';
import { LEGACY } from './layout.js';
import { plural } from '../text/grammar.js';

export type LegacyKind = 'keras-h5-full' | 'keras-h5-weights';

/** The same two-line test Keras' `load_weights` makes. */
export function legacyKind(f: H5File): LegacyKind | null {
  if (hasListAttribute(f, LEGACY.layerNames)) return 'keras-h5-weights';
  const mw = child(f, LEGACY.modelWeights);
  if (mw && isGroup(mw) && hasListAttribute(mw, LEGACY.layerNames)) return 'keras-h5-full';
  return null;
}

/** The stated Keras version's generation (the one rule); without one, the weight names tell Keras 1. */
function generationOf(version: string | undefined, weightNames: string[]): KerasGeneration {
  if (version) return detectGeneration({}, version);
  // Keras 1 wrote no keras_version, and named weights `dense_1_W` (no scope, no `:0`).
  if (weightNames.length && weightNames.every((n) => !n.includes('/') && !n.includes(':'))) return 1;
  return 2;
}

/** The JSON model config of a full-model file, or undefined for weights-only files. */
export function legacyModelConfig(f: H5File): { config: JsonObject; kerasVersion?: string; backend?: string } | undefined {
  const text = attrString(f, LEGACY.modelConfig);
  if (!text) return undefined;
  const config = parseJsonText(f.filename, text, f.limits, 'the model_config attribute');
  if (!isObject(config)) {
    throw new InputError(f.filename, 'corrupt', 'the model_config attribute is JSON but not a model config (an object with class_name and config)',
      'Re-save the model with Keras; the attribute was damaged or written by another tool.');
  }
  return { config, kerasVersion: attrString(f, LEGACY.kerasVersion) ?? kerasVersionOf(f), backend: attrString(f, LEGACY.backend) };
}

function kerasVersionOf(f: H5File): string | undefined {
  const mw = child(f, LEGACY.modelWeights);
  return (mw && isGroup(mw) ? attrString(mw, LEGACY.kerasVersion) : undefined) ?? attrString(f, LEGACY.kerasVersion);
}

/** Keras' `load_subset_weights_from_hdf5_group`: one layer's datasets in `weight_names` order. */
function readSubsetWeights(file: string, group: H5Group, layerName: string, variables: SavedVariable[]): string[] {
  const problems: string[] = [];
  const names = loadAttributesFromHdf5Group(group, LEGACY.weightNames);
  names.forEach((wn, index) => {
    const ds = child(group, wn);
    if (!ds || !isDataset(ds)) {
      problems.push(`layer '${layerName}' lists weight '${wn}' but the file has no such dataset`);
      return;
    }
    const info = datasetInfo(ds);
    variables.push({
      name: wn, path: ds.path, objectPath: layerName, index,
      shape: info.shape, dtype: info.dtype, byteLength: info.byteLength,
      locator: { kind: 'h5', path: ds.path, ...(info.unsupported ? { unsupportedType: info.unsupported } : {}), ...(info.untaggedBfloat16 ? { untaggedBfloat16: true } : {}) },
    });
  });
  return problems;
}

export function readLegacyArtifact(file: string, f: H5File, kind: LegacyKind): ArtifactModel {
  const mw = kind === 'keras-h5-weights' ? f : child(f, LEGACY.modelWeights);
  // legacyKind said 'keras-h5-full' only after finding this group.
  if (!mw || !isGroup(mw)) throw new Error(`${file}: readLegacyArtifact was given kind ${kind} for a file without ${LEGACY.modelWeights}`);
  const root: H5Group = mw;
  const layerNames = loadAttributesFromHdf5Group(root, LEGACY.layerNames);
  const notes: string[] = [];
  const layers: SavedLayer[] = layerNames.map((name, position) => {
    const g = child(root, name);
    const weights: SavedVariable[] = [];
    if (!g || !isGroup(g)) {
      notes.push(`layer_names lists '${name}' but the file has no group for it`);
    } else {
      notes.push(...readSubsetWeights(file, g, name, weights));
    }
    return { name, nameRecorded: true, path: g?.path ?? `${root.path}/${name}`, position, weights };
  });

  const top = child(root, LEGACY.topLevelModelWeights);
  if (top && isGroup(top)) {
    const weights: SavedVariable[] = [];
    notes.push(...readSubsetWeights(file, top, LEGACY.topLevelModelWeights, weights));
    if (weights.length) {
      layers.push({ name: LEGACY.topLevelModelWeights, nameRecorded: true, path: top.path, position: layers.length, weights });
      notes.push(`the file holds ${plural(weights.length, 'weight')} owned by the model itself (top_level_model_weights)`);
    }
  }

  const optimizer: SavedVariable[] = [];
  const og = child(f, LEGACY.optimizerWeights);
  if (og && isGroup(og)) readSubsetWeights(file, og, LEGACY.optimizerWeights, optimizer);

  const budget = new ReadBudget(file, f.limits);
  const kerasVersion = attrString(root, LEGACY.kerasVersion) ?? attrString(f, LEGACY.kerasVersion);
  const backend = attrString(root, LEGACY.backend) ?? attrString(f, LEGACY.backend);
  const allNames = layers.flatMap((l) => l.weights.map((w) => w.name));
  const generation = generationOf(kerasVersion, allNames);
  const who = kerasVersion ? `Keras ${kerasVersion}` : generation === 1 ? 'Keras 1' : 'Keras';
  return {
    source: file,
    format: kind,
    formatLabel: `${who} legacy HDF5 (${kind === 'keras-h5-full' ? 'full model' : 'weights only'})`,
    generation,
    producer: { kerasVersion, backend },
    layers,
    optimizer,
    notes,
    async read(v, options) {
      const ds = f.get(String(v.locator.path));
      if (!isDataset(ds)) throw new InputError(file, 'corrupt', `dataset ${v.path} is not in this file`, 'Read variables of the artifact that listed them.');
      budget.take(v.shape.reduce((a, b) => a * b, 1), `weight ${v.path}`);
      return readDataset(ds, options?.staging);
    },
    close() {
      f.close();
      return Promise.resolve();
    },
  };
}
