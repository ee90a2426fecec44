// The one entry point for reading: sniff the content, then hand the file to the reader of its layout.
// Every reader returns the same normalised OpenedFile; every failure becomes an InputError naming the file.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { inferUntaggedBfloat16 } from '../model/untagged-bfloat16.js';
import { buildDefinition } from '../model/definition.js';
import type { OpenedFile } from '../model/types.js';
import { InputError, asInputError, quoteName } from '../sources/errors.js';
import { isObject } from '../sources/json-value.js';
import { readJsonFile } from '../sources/json.js';
import { resolveLimits, type Limits } from '../sources/limits.js';
import { assertInside } from '../sources/paths.js';
import { sniff } from '../sources/sniff.js';
import { attrString, openHdf5, type H5File } from './hdf5.js';
import { isKerasFolder, openKerasArchive, openKerasFolder } from './keras-archive.js';
import { isKeras3Store, isShardedIndex, readKeras3Artifact, readShardedArtifact } from './keras3-weights.js';
import { legacyKind, legacyModelConfig, readLegacyArtifact } from './legacy-h5.js';
import { readTfjsArtifact } from './tfjs.js';
import { isTfjsModelJson, tfjsGraphModelError, tfjsTopologyConfig } from './tfjs-model-json.js';

export interface OpenOptions {
  /** Bounds on what reading this file may cost; unset ones keep DEFAULT_LIMITS. */
  limits?: Partial<Limits>;
  /**
   * openPair's fixes, in the caller's terms (a config names its keys), for weights where the definition
   * goes: `swapped` when the other file is the definition, `noDefinition` otherwise. Default: the CLI's
   * argument order.
   */
  pairHints?: { swapped?: string; noDefinition?: string };
}

/** A weights-only file where the definition goes, and a definition where the weights go. */
export function swappedPairError(defFile: string, format: string, weightsFile: string, hint = 'Pass the definition first: `weightgate diff model.json weights.h5`.'): InputError {
  return new InputError(defFile, 'not-keras', `${format} holds weights but no model definition, and ${path.basename(weightsFile)} is a definition: the two are the wrong way round`, hint);
}

/**
 * Read one model file (or folder) into the normalised model. Every failure is an InputError that
 * names the file, the cause and what to do; nothing a file names is ever fetched or run.
 */
export async function openFile(file: string, options: OpenOptions = {}): Promise<OpenedFile> {
  try {
    return await openUnchecked(file, resolveLimits(options.limits));
  } catch (err) {
    throw asInputError(file, err);
  }
}

async function openUnchecked(file: string, limits: Limits): Promise<OpenedFile> {
  const kind = await sniff(file, limits);
  switch (kind.kind) {
    case 'directory': return openDirectory(file, limits);
    case 'hdf5': return openH5(file, limits);
    case 'zip': return openKerasArchive(file, limits);
    case 'json': return openJson(file, limits);
    case 'npy':
      throw new InputError(file, 'not-keras', 'a NumPy array (.npy), not a model file', 'Pass it as a smoke input or expected output instead.');
  }
}

async function openDirectory(dir: string, limits: Limits): Promise<OpenedFile> {
  if (await isKerasFolder(dir)) return openKerasFolder(dir, limits);
  const names = await readdir(dir);
  if (names.includes('model.json')) {
    await assertInside(dir, dir, path.join(dir, 'model.json'), 'model.json');
    return openUnchecked(path.join(dir, 'model.json'), limits);
  }
  throw new InputError(dir, 'not-keras', 'a folder with neither config.json (unzipped .keras) nor model.json (TF.js)', 'Point at the model file itself.');
}

async function openH5(file: string, limits: Limits): Promise<OpenedFile> {
  const f = await openHdf5(file, limits);
  try {
    const kind = legacyKind(f);
    if (kind) {
      const artifact = readLegacyArtifact(file, f, kind);
      const cfg = kind === 'keras-h5-full' ? legacyModelConfig(f) : undefined;
      const definition = cfg
        ? buildDefinition({
          source: file, format: `${artifact.formatLabel} model_config`, raw: cfg.config, limits,
          producer: { kerasVersion: cfg.kerasVersion ?? artifact.producer.kerasVersion, backend: cfg.backend ?? artifact.producer.backend },
        })
        : undefined;
      inferUntaggedBfloat16(artifact, definition, "the file's model_config");
      if (kind === 'keras-h5-full' && !cfg) artifact.notes.push('the file has model weights but no model_config attribute (saved without its architecture)');
      return { source: file, format: artifact.formatLabel, definition, artifact };
    }
    if (isKeras3Store(f)) {
      const artifact = readKeras3Artifact(file, f);
      return { source: file, format: artifact.formatLabel, artifact };
    }
    throw notKerasH5(file, f);
  } catch (err) {
    f.close();
    throw err;
  }
}

function notKerasH5(file: string, f: H5File): InputError {
  const keys = f.keys().slice(0, 6).map((k) => quoteName(k, 40));
  const dl4j = attrString(f, 'inputs') !== undefined;
  return new InputError(file, 'not-keras',
    `an HDF5 file, but not a Keras one: no layer_names, model_weights or layers/vars groups (top level holds: ${keys.join(', ') || 'nothing'})`,
    dl4j ? 'This looks like a test-data file (inputs/outputs); use it as smoke input or expected output.' : 'Check that this is the weights file Keras wrote.');
}

async function openJson(file: string, limits: Limits): Promise<OpenedFile> {
  const json = await readJsonFile(file, limits);
  const tfjs = isTfjsModelJson(json);
  if (tfjs === 'graph-model') throw tfjsGraphModelError(file);
  if (tfjs === 'layers-model' || tfjs === 'weights-manifest') {
    const topo = tfjsTopologyConfig(json, file, limits);
    const artifact = await readTfjsArtifact(file, json, limits);
    const definition = topo
      ? buildDefinition({ source: file, format: 'TF.js layers-model topology', raw: topo.modelConfig, limits, producer: { kerasVersion: topo.kerasVersion, backend: topo.backend } })
      : undefined;
    return { source: file, format: artifact.formatLabel, definition, artifact };
  }
  if (isShardedIndex(json)) {
    const artifact = await readShardedArtifact(file, json, limits);
    return { source: file, format: artifact.formatLabel, artifact };
  }
  if (isObject(json) && typeof json.class_name === 'string' && ('config' in json)) {
    const version = typeof json.keras_version === 'string' ? json.keras_version : undefined;
    const definition = buildDefinition({
      source: file, format: `Keras ${version ?? (json.module ? '3' : '')} model JSON`.replace(/ {2}/, ' '), raw: json, limits,
      producer: { kerasVersion: version, backend: typeof json.backend === 'string' ? json.backend : undefined },
    });
    return { source: file, format: definition.format, definition };
  }
  if (isObject(json) && isObject(json.model_config)) {
    const definition = buildDefinition({ source: file, format: 'Keras model JSON', raw: json, limits });
    return { source: file, format: definition.format, definition };
  }
  throw new InputError(file, 'not-keras', 'JSON, but neither a Keras model (class_name + config), a TF.js model.json, nor a Keras sharded weights index',
    'Write the definition with `model.to_json()`, or point at model.json / .weights.json.');
}

/** Definition from the first file, weights from the second (or from the first, for `.keras`/full `.h5`). */
export async function openPair(defFile: string, weightsFile?: string, options: OpenOptions = {}): Promise<{ def: OpenedFile; weights: OpenedFile; close(): Promise<void> }> {
  // Both at once: the definition is parsed on this thread while the HDF5 worker walks the weights.
  // One file for both sides (a full-model .h5 or .keras checked against itself) is read once.
  const second = weightsFile && path.resolve(weightsFile) !== path.resolve(defFile);
  const [opened, other] = await Promise.allSettled([openFile(defFile, options), second ? openFile(weightsFile, options) : undefined]);
  // The definition's error comes first, as when the two were opened one after the other.
  if (opened.status === 'rejected' || other.status === 'rejected') {
    if (opened.status === 'fulfilled') await opened.value.artifact?.close();
    if (other.status === 'fulfilled') await other.value?.artifact?.close();
    throw opened.status === 'rejected' ? opened.reason : (other as PromiseRejectedResult).reason;
  }
  const def = opened.value;
  const weights = other.value ?? def;
  if (!def.definition) {
    await def.artifact?.close();
    if (weights !== def) await weights.artifact?.close();
    if (weightsFile && weights !== def && weights.definition) throw swappedPairError(defFile, def.format, weightsFile, options.pairHints?.swapped);
    throw new InputError(defFile, 'not-keras', `${def.format} holds weights but no model definition`, options.pairHints?.noDefinition ?? 'Pass the definition first: `weightgate diff model.json weights.h5`.');
  }
  if (!weights.artifact) {
    await def.artifact?.close();
    throw new InputError(weightsFile ?? defFile, 'not-keras', `${weights.format} holds a definition but no weights`, 'Pass a weights file as the second argument.');
  }
  return {
    def, weights,
    async close() {
      await def.artifact?.close();
      if (weights !== def) await weights.artifact?.close();
    },
  };
}

