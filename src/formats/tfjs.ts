// TF.js layers-model model.json (+ binary shards), and bare weights manifests, read into the
// normalised artifact. Layout: tfjs-core `io/types.ts::ModelJSON`; the converter's and
// tfjs-layers' `save()` writers. The steps: tell the kind of model.json (tfjs-model-json.ts), check
// the manifest and lay its weights over the shards, which are stat'ed and sniffed up front
// (tfjs-manifest.ts), give each weight its layer (tfjs-layer-names.ts), then say what a reviewer
// needs to know. Weight data is read on demand.
import { detectGeneration } from '../model/keras-config.js';
import type { ArtifactModel, DType, KerasGeneration, Producer, SavedLayer, SavedVariable, WeightData } from '../model/types.js';
import { InputError } from '../sources/errors.js';
import { isObject } from '../sources/json-value.js';
import { DEFAULT_LIMITS, ReadBudget, type Limits } from '../sources/limits.js';
import { isAre, plural } from '../text/grammar.js';
import { decodeWeight } from './tfjs-decode.js';
import { KERAS3_VARS, LayerResolver, topologyNames, type TopologyNames } from './tfjs-layer-names.js';
import { isTfjsLocator, locateWeights, parseManifest, type LocatedWeight, type ManifestWeight, type TfjsLocator } from './tfjs-manifest.js';
import {
  isConverterLayout, isTfjsModelJson, kerasVersionFromGeneratedBy, textAt, tfjsGraphModelError, tfjsTopologyConfig,
  type TfjsKind, type TfjsTopology,
} from './tfjs-model-json.js';
import { resolveShardPaths, type ShardGroup } from './tfjs-shards.js';

/** dtypes TF.js itself loads (`DataType`); others get a note, since the app would fail on them. */
const TFJS_DTYPES = new Set<DType>(['float32', 'int32', 'bool', 'string', 'complex64']);

/** The kind of model.json, refusing graph models and anything that is not TF.js. */
function layersKind(file: string, json: unknown): Exclude<TfjsKind, 'graph-model'> {
  const kind = isTfjsModelJson(json);
  if (kind === 'graph-model') throw tfjsGraphModelError(file);
  if (kind === null) {
    throw new InputError(file, 'not-keras',
      'not a TF.js layers model: expected modelTopology (a Keras model config) and weightsManifest, or a bare weights manifest',
      'Point weightgate at the model.json written by `tensorflowjs_converter` or by `model.save()` in TF.js.');
  }
  return kind;
}

/** Who wrote the file, and the label the report shows for it. */
function describeProducer(json: unknown, kind: TfjsKind, topo: TfjsTopology | null): { producer: Producer; formatLabel: string } {
  const generatedBy = textAt(json, 'generatedBy');
  const convertedBy = textAt(json, 'convertedBy');
  const kerasVersion = topo?.kerasVersion ?? kerasVersionFromGeneratedBy(generatedBy);
  const producer: Producer = {};
  if (kerasVersion) producer.kerasVersion = kerasVersion;
  if (topo?.backend) producer.backend = topo.backend;
  if (generatedBy) producer.generatedBy = generatedBy;
  if (convertedBy) producer.convertedBy = convertedBy;
  const formatLabel = kind === 'weights-manifest' ? 'TF.js weights manifest (no model topology)'
    : isConverterLayout(json) ? `TF.js layers-model (converted from Keras${kerasVersion ? ` ${kerasVersion}` : ''})`
    : `TF.js layers-model${kerasVersion ? ` (${kerasVersion})` : ''}`;
  return { producer, formatLabel };
}

/** The stated Keras version's generation (the one rule); without one, Keras 3 object-path names say 3. */
function generationOf(kerasVersion: string | undefined, names: readonly string[]): KerasGeneration {
  if (kerasVersion) return detectGeneration({}, kerasVersion);
  return names.some((n) => KERAS3_VARS.test(n)) ? 3 : 2;
}

function toVariable(w: ManifestWeight, locator: TfjsLocator, objectPath: string, index: number): SavedVariable {
  const v: SavedVariable = {
    name: w.name, path: w.name, objectPath, index, shape: w.shape, dtype: w.dtype,
    byteLength: locator.byteLength, locator,
  };
  if (w.quantization) {
    v.storedDtype = w.quantization.dtype;
    v.quantization = { ...w.quantization };
  }
  return v;
}

/** What assigning weights to layers found, for the notes. */
interface Assignment {
  layers: SavedLayer[];
  unmatched: string[];
  duplicates: string[];
  prefixedExample?: string;
  keras3Vars: number;
}

/** The model weights grouped into layers, in manifest order. */
function assignLayers(modelWeights: readonly LocatedWeight[], names: TopologyNames | null): Assignment {
  const resolver = new LayerResolver(names, modelWeights.map((x) => x.w.name));
  const out: Assignment = { layers: [], unmatched: [], duplicates: [], keras3Vars: 0 };
  const byName = new Map<string, SavedLayer>();
  const seen = new Set<string>();
  for (const { w, locator } of modelWeights) {
    if (seen.has(w.name)) out.duplicates.push(w.name);
    seen.add(w.name);
    const r = resolver.resolve(w.name);
    if (r.keras3Vars) out.keras3Vars++;
    else if (names && !r.matched) out.unmatched.push(w.name);
    if (r.prefixed && r.matched && !out.prefixedExample) out.prefixedExample = w.name;
    let layer = byName.get(r.layer);
    if (!layer) {
      layer = { name: r.layer, nameRecorded: r.recorded, path: r.path, position: out.layers.length, weights: [] };
      byName.set(r.layer, layer);
      out.layers.push(layer);
    }
    layer.weights.push(toVariable(w, locator, r.objectPath, r.index ?? layer.weights.length));
  }
  return out;
}

/** Facts a reviewer needs to read the diff right. */
function notesOn(all: readonly LocatedWeight[], a: Assignment, names: TopologyNames | null, optimizerCount: number): string[] {
  const notes: string[] = [];
  const by = new Map<string, number>();
  for (const { w } of all) if (w.quantization) by.set(w.quantization.dtype, (by.get(w.quantization.dtype) ?? 0) + 1);
  const quantised = [...by.values()].reduce((n, k) => n + k, 0);
  if (quantised) {
    const kinds = [...by].map(([d, n]) => `${n} as ${d}`).join(', ');
    notes.push(`${quantised} of ${plural(all.length, 'weight')} ${isAre(quantised)} stored quantised (${kinds}); their values are decoded the way TF.js does (q·scale + min), so compare them within half a scale step.`);
  }
  if (a.prefixedExample) {
    notes.push(`Weight names carry a prefix before the layer name (${JSON.stringify(a.prefixedExample)}), as Keras 3 writes them; stock TF.js matches weights by name and refuses these ("Provided weight data has no target variable: ${a.prefixedExample}").`);
  }
  if (a.keras3Vars) {
    notes.push(`${plural(a.keras3Vars, 'weight')} ${isAre(a.keras3Vars)} named by Keras 3 object path (\`layers/<x>/vars/<i>\`, from converting a .keras file): the layer names are derived from class names, not recorded, and stock TF.js cannot load them by name.`);
  }
  if (a.unmatched.length) {
    const list = a.unmatched.slice(0, 3).map((n) => JSON.stringify(n)).join(', ');
    notes.push(`${plural(a.unmatched.length, 'weight')} ${a.unmatched.length === 1 ? 'matches' : 'match'} no layer in modelTopology (${list}${a.unmatched.length > 3 ? ', …' : ''}); their layer is guessed from the name.`);
  }
  if (a.duplicates.length) {
    notes.push(`The manifest lists ${[...new Set(a.duplicates)].map((n) => JSON.stringify(n)).slice(0, 3).join(', ')} more than once; TF.js keeps only the last copy.`);
  }
  if (names) {
    const rank = new Map(names.order.map((n, i) => [n, i]));
    const positions = a.layers.filter((l) => l.nameRecorded).map((l) => rank.get(l.name) ?? -1);
    if (positions.some((p, i) => i > 0 && p < (positions[i - 1] ?? p))) {
      notes.push('The manifest lists layers in a different order than the model (the TF.js converter sorts weights by name); match its layers by name, not by position.');
    }
  }
  const foreign = [...new Set(all.map((x) => x.w.dtype).filter((d) => !TFJS_DTYPES.has(d)))];
  if (foreign.length) {
    notes.push(`The manifest uses dtype ${foreign.join(', ')}, which TF.js cannot load ("Unsupported dtype in weight"); the values are still read here.`);
  }
  if (optimizerCount) notes.push(`${plural(optimizerCount, 'optimizer weight')} kept apart from the model weights.`);
  return notes;
}

/** Reads a variable this artifact listed, within the read budget. */
function variableReader(file: string, shardGroups: readonly ShardGroup[], known: ReadonlySet<SavedVariable>, limits: Limits) {
  const budget = new ReadBudget(file, limits);
  return async (v: SavedVariable): Promise<WeightData> => {
    const loc = v.locator;
    const data = isTfjsLocator(loc) ? shardGroups[loc.group - 1] : undefined;
    if (!known.has(v) || !isTfjsLocator(loc) || !data) {
      throw new Error(`${file}: read() was given a variable (${v.name}) that this TF.js artifact did not produce`);
    }
    budget.take(loc.count, `weight ${JSON.stringify(v.name)}`);
    const bytes = await data.read(loc.offset, loc.byteLength);
    return decodeWeight(bytes, { name: v.name, dtype: v.dtype, count: loc.count, quantization: v.quantization });
  };
}

export async function readTfjsArtifact(file: string, json: unknown, limits: Limits = DEFAULT_LIMITS): Promise<ArtifactModel> {
  const kind = layersKind(file, json);
  const groups = parseManifest(file, isObject(json) ? json.weightsManifest : json);
  // Every path is checked before any file is opened.
  resolveShardPaths(file, groups.map((g) => g.paths));
  const topo = kind === 'layers-model' ? tfjsTopologyConfig(json, file, limits) : null;
  const { producer, formatLabel } = describeProducer(json, kind, topo);
  const { shardGroups, located } = await locateWeights(file, groups);

  const modelWeights = located.filter((x) => !x.w.optimizer);
  const names = topo ? topologyNames(topo.modelConfig) : null;
  const assigned = assignLayers(modelWeights, names);
  const optimizer = located.filter((x) => x.w.optimizer).map(({ w, locator }, i) => toVariable(w, locator, 'optimizer', i));
  const known = new Set([...assigned.layers.flatMap((l) => l.weights), ...optimizer]);
  return {
    source: file,
    format: 'tfjs-layers',
    formatLabel,
    generation: generationOf(producer.kerasVersion, modelWeights.map((x) => x.w.name)),
    producer,
    layers: assigned.layers,
    optimizer,
    notes: notesOn(located, assigned, names, optimizer.length),
    read: variableReader(file, shardGroups, known, limits),
    // Shards are opened per read and closed straight after, so nothing stays open.
    close: () => Promise.resolve(),
  };
}
