// Keras 3 `.keras` archive (zip of config.json, metadata.json, model.weights.h5) and the same as a folder
// (`save(zipped=False)`). The weights member is streamed to a private temp file: h5wasm reads files.
import { lstat, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildDefinition } from '../model/definition.js';
import type { ArtifactModel, DefinitionModel, OpenedFile, Producer } from '../model/types.js';
import { InputError, quoteName } from '../sources/errors.js';
import { isObject, stringAt, type JsonObject } from '../sources/json-value.js';
import { parseJsonText } from '../sources/json.js';
import { DEFAULT_LIMITS, limitError, type Limits } from '../sources/limits.js';
import { assertInside } from '../sources/paths.js';
import { sniff } from '../sources/sniff.js';
import { makeTempDir, removeTempDir } from '../sources/temp-dirs.js';
import { checkEntries, extractEntry, listZip, readEntryText, type ZipEntry } from '../sources/zip.js';
import { openHdf5 } from './hdf5.js';
import { readKeras3Artifact } from './keras3-weights.js';
import { ARCHIVE } from './layout.js';

function parseJson(file: string, member: string, text: string, limits: Limits): JsonObject {
  const v = parseJsonText(file, text, limits, member);
  if (!isObject(v)) {
    throw new InputError(file, 'corrupt', `${member} is JSON but not an object`, 'Re-save the model with Keras.');
  }
  return v;
}

function openParts(file: string, config: JsonObject, metadata: JsonObject | undefined, label: string, limits: Limits) {
  const producer: Producer = {
    kerasVersion: stringAt(metadata, 'keras_version'),
    metadata,
  };
  const definition = buildDefinition({ source: file, format: `${label} config.json`, raw: config, producer, limits });
  return { producer, definition };
}

export async function openKerasArchive(file: string, limits: Limits = DEFAULT_LIMITS): Promise<OpenedFile> {
  const entries = await listZip(file);
  checkEntries(file, entries, limits);
  const find = (name: string): ZipEntry | undefined => entries.find((e) => e.name === name);
  const cfg = find(ARCHIVE.config);
  if (!cfg) {
    const names = entries.slice(0, 8).map((e) => quoteName(e.name, 60)).join(', ');
    throw new InputError(file, 'not-keras', `a zip archive without config.json, so not a .keras model (it holds: ${names || 'nothing'})`,
      'Save the model with `model.save("name.keras")`.');
  }
  const config = parseJson(file, ARCHIVE.config, await readEntryText(file, cfg, limits), limits);
  const metaEntry = find(ARCHIVE.metadata);
  const metadata = metaEntry ? parseJson(file, ARCHIVE.metadata, await readEntryText(file, metaEntry, limits), limits) : undefined;
  const { producer, definition } = openParts(file, config, metadata, '.keras', limits);
  const weights = find(ARCHIVE.weightsH5);
  if (!weights) {
    const npz = find(ARCHIVE.weightsNpz);
    throw new InputError(file, 'unsupported-format',
      npz ? 'the archive stores its weights as model.weights.npz, which weightgate does not read yet' : 'the archive has no model.weights.h5',
      npz ? 'Re-save with the default weights format (H5).' : 'Re-save the model with Keras.');
  }
  // h5wasm reads files, so the member is streamed to a private folder (named by us, never by the
  // archive), which close() removes; so does any failure here, and so do exit and SIGINT/SIGTERM.
  const dir = await makeTempDir('weightgate-');
  const tmp = path.join(dir, ARCHIVE.weightsH5);
  let h5: Awaited<ReturnType<typeof openHdf5>> | undefined;
  // The extracted copy is ours and gone after close(): what the library says of it (opening it, or
  // reading a weight later) names the archive.
  const relabel = (err: unknown): unknown => {
    if (!(err instanceof InputError && err.file === tmp)) return err;
    const relabelled = new InputError(file, err.kind, `model.weights.h5 inside the archive: ${err.detail}`, err.hint);
    relabelled.unexpected = err.unexpected;
    return relabelled;
  };
  try {
    await extractEntry(file, weights, tmp, limits);
    h5 = await openHdf5(tmp, limits);
    const artifact = readKeras3Artifact(file, h5, {
      format: 'keras3-archive',
      formatLabel: `Keras ${producer.kerasVersion ?? '3'} archive (.keras)`,
      producer,
      onClose: () => removeTempDir(dir),
    });
    const read = artifact.read.bind(artifact);
    artifact.read = async (v, options) => {
      try {
        return await read(v, options);
      } catch (err) {
        throw relabel(err);
      }
    };
    orderLikeDefinition(artifact, definition);
    return { source: file, format: artifact.formatLabel, definition, artifact };
  } catch (err) {
    h5?.close();
    await removeTempDir(dir);
    throw relabel(err);
  }
}

export async function isKerasFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(path.join(dir, ARCHIVE.config))).isFile();
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(() => true, () => false);
}

export async function openKerasFolder(dir: string, limits: Limits = DEFAULT_LIMITS): Promise<OpenedFile> {
  const read = async (name: string): Promise<string> => {
    const p = path.join(dir, name);
    await assertInside(dir, dir, p, name);
    const { size } = await stat(p);
    if (size > limits.maxJsonBytes) throw limitError(dir, 'maxJsonBytes', limits, `${name} is ${size} bytes of JSON`);
    return readFile(p, 'utf8');
  };
  const config = parseJson(dir, ARCHIVE.config, await read(ARCHIVE.config), limits);
  const metadata = (await exists(path.join(dir, ARCHIVE.metadata)))
    ? parseJson(dir, ARCHIVE.metadata, await read(ARCHIVE.metadata), limits)
    : undefined;
  const { producer, definition } = openParts(dir, config, metadata, 'unzipped .keras', limits);
  const weightsPath = path.join(dir, ARCHIVE.weightsH5);
  if (!(await exists(weightsPath))) return { source: dir, format: 'unzipped .keras folder (no weights)', definition };
  await assertInside(dir, dir, weightsPath, ARCHIVE.weightsH5);
  await sniff(weightsPath, limits);
  const h5 = await openHdf5(weightsPath, limits);
  try {
    const artifact = readKeras3Artifact(dir, h5, {
      format: 'keras3-archive', formatLabel: `Keras ${producer.kerasVersion ?? '3'} unzipped .keras folder`, producer,
    });
    orderLikeDefinition(artifact, definition);
    return { source: dir, format: artifact.formatLabel, definition, artifact };
  } catch (err) {
    h5.close();
    throw err;
  }
}

/** HDF5 lists groups by name; the archive's own config knows model.layers order, so list them that way. */
function orderLikeDefinition(artifact: ArtifactModel, definition: DefinitionModel): void {
  const rank = new Map(definition.layers.filter((l) => l.objectPath).map((l, i) => [l.objectPath, i]));
  artifact.layers.sort((a, b) => (rank.get(a.path) ?? 1e9) - (rank.get(b.path) ?? 1e9));
  artifact.layers.forEach((l, i) => { l.position = i; });
}
