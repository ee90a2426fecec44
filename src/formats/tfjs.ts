// TF.js layers-model model.json (+ binary shards), and bare weights manifests.
// Layout: tfjs-core `io/types.ts::ModelJSON`; the converter's and tfjs-layers' `save()` writers
// (docs/keras-formats.md §5). Shards are stat'ed and sniffed up front, weight data read on demand.
import type { JsonObject } from '../sources/json-value.js';
import { isAre, plural } from '../text/grammar.js';
import path from 'node:path';
import {
  DTYPE_BYTES, type ArtifactModel, type DType, type KerasGeneration, type Producer, type SavedLayer, type SavedVariable,
  type WeightData,
} from '../model/types.js';
import { InputError } from '../sources/errors.js';
import { DEFAULT_LIMITS, ReadBudget, type Limits } from '../sources/limits.js';
import { decodeWeight, storedBytesPerElement, type Quantization } from './tfjs-decode.js';
import { openShardGroup, resolveShardPaths, type ShardGroup } from './tfjs-shards.js';

export type TfjsKind = 'layers-model' | 'graph-model' | 'weights-manifest';

type Json = JsonObject;

function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' && x !== '' ? x : undefined;
}

function isManifestGroup(x: unknown): boolean {
  return isObject(x) && Array.isArray(x.paths) && Array.isArray(x.weights);
}

function isManifest(x: unknown): x is unknown[] {
  return Array.isArray(x) && x.length > 0 && x.every(isManifestGroup);
}

/** Converter layout `{keras_version, backend, model_config}` or tfjs-layers' `{class_name, config, ...}`. */
function isLayersTopology(t: unknown): t is Json {
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

export function tfjsGraphModelError(file: string): InputError {
  return new InputError(file, 'unsupported-format',
    'this is a TF.js graph model (tf.loadGraphModel: a converted SavedModel or frozen graph), which has no Keras layers to diff against a Keras definition',
    'Convert the Keras model to a layers model instead (`tensorflowjs_converter --input_format keras --output_format tfjs_layers_model`) and check that model.json.');
}

function kerasVersionFromGeneratedBy(generatedBy: unknown): string | undefined {
  return /^keras v(\S+)/i.exec(str(generatedBy) ?? '')?.[1];
}

/** The Keras model config inside a model.json (or inside a bare modelTopology), for the definition parser. */
export function tfjsTopologyConfig(json: any): { modelConfig: Record<string, unknown>; kerasVersion?: string; backend?: string } | null {
  if (!isObject(json)) return null;
  const topo = 'modelTopology' in json ? json.modelTopology : json;
  if (!isLayersTopology(topo) || isGraphTopology(topo)) return null;
  if ('model_config' in topo) {
    let mc: unknown = topo.model_config;
    // Some hand-rolled exports copy the HDF5 attribute verbatim, i.e. as a JSON string.
    if (typeof mc === 'string') {
      try {
        mc = JSON.parse(mc);
      } catch {
        return null;
      }
    }
    if (!isObject(mc)) return null;
    return {
      modelConfig: mc,
      kerasVersion: str(topo.keras_version) ?? str(mc.keras_version) ?? kerasVersionFromGeneratedBy(json.generatedBy),
      backend: str(topo.backend) ?? str(mc.backend),
    };
  }
  return { modelConfig: topo, kerasVersion: str(topo.keras_version), backend: str(topo.backend) };
}

// ---------------------------------------------------------------------------------------------
// Layer names from the topology
// ---------------------------------------------------------------------------------------------

interface TopologyNames {
  /** `model.layers` names, in config order. */
  order: string[];
  topLevel: Set<string>;
  /** Names of layers inside nested models and wrappers → the top-level layer that owns their weights. */
  owner: Map<string, string>;
  modelName?: string;
}

function layerList(modelConfig: Json): unknown[] | null {
  const c = modelConfig.config;
  if (Array.isArray(c)) return c; // Keras ≤ 2.2 / tfjs-layers 1.x Sequential: a bare list
  if (isObject(c) && Array.isArray(c.layers)) return c.layers;
  return null;
}

function entryName(e: unknown): string | undefined {
  if (!isObject(e)) return undefined;
  return str(isObject(e.config) ? e.config.name : undefined) ?? str(e.name);
}

const WRAPPED_KEYS = ['layer', 'forward_layer', 'backward_layer', 'cell'];

function innerNames(e: unknown, out: string[], depth = 0): void {
  if (!isObject(e) || depth > 50) return;
  for (const sub of layerList(e) ?? []) {
    const n = entryName(sub);
    if (n) out.push(n);
    innerNames(sub, out, depth + 1);
  }
  const c = e.config;
  if (!isObject(c)) return;
  const wrapped = [...WRAPPED_KEYS.map((k) => c[k]), ...(Array.isArray(c.cells) ? c.cells : [])];
  for (const w of wrapped) {
    if (!isObject(w) || !('class_name' in w)) continue;
    const n = entryName(w);
    if (n) out.push(n);
    innerNames(w, out, depth + 1);
  }
}

function topologyNames(modelConfig: Json): TopologyNames {
  const names: TopologyNames = {
    order: [], topLevel: new Set(), owner: new Map(),
    modelName: isObject(modelConfig.config) ? str(modelConfig.config.name) : str(modelConfig.name),
  };
  const list = layerList(modelConfig) ?? [];
  for (const e of list) {
    const n = entryName(e);
    if (n && !names.topLevel.has(n)) {
      names.order.push(n);
      names.topLevel.add(n);
    }
  }
  for (const e of list) {
    const top = entryName(e);
    if (!top) continue;
    const inner: string[] = [];
    innerNames(e, inner);
    for (const n of inner) if (!names.topLevel.has(n) && !names.owner.has(n)) names.owner.set(n, top);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Weight name → layer
// ---------------------------------------------------------------------------------------------

interface Resolved {
  layer: string;
  recorded: boolean;
  /** Scope prefix up to the layer segment (`sequential/dense`). */
  path: string;
  objectPath: string;
  /** Keras 3 `vars` index when the name carries one. */
  index?: number;
  /** Segments before the layer (a model-name prefix). */
  prefixed: boolean;
  matched: boolean;
  keras3Vars: boolean;
}

// tfjs-converter on a `.keras` file emits raw Keras 3 HDF5 paths (§5.4): `layers/dense/vars/0`.
const KERAS3_VARS = /^(layers\/([^/]+)(?:\/[^/]+)*?)\/vars\/(\d+)$/;
const KERAS3_OPTIMIZER = /^optimizer\/vars\/\d+$/;
const MODEL_NAME_GUESS = /^(sequential|functional|model)(_\d+)?$/;

class LayerResolver {
  private readonly guessedPrefix?: string;

  constructor(private readonly topo: TopologyNames | null, names: string[]) {
    // Without a topology, a shared `sequential/` style first segment on every scoped name is the
    // Keras 3 model-name prefix, not one giant layer.
    if (!topo && names.length) {
      const first = names[0].split('/')[0];
      if (MODEL_NAME_GUESS.test(first) && names.every((n) => n.split('/').length >= 3 && n.split('/')[0] === first)) {
        this.guessedPrefix = first;
      }
    }
  }

  resolve(name: string): Resolved {
    const k3 = KERAS3_VARS.exec(name);
    if (k3) {
      // The object path is built from the snake-cased class name, not the layer's name (§9 trap 1).
      return {
        layer: k3[2], recorded: false, path: `layers/${k3[2]}`, objectPath: k3[1], index: Number(k3[3]),
        prefixed: false, matched: false, keras3Vars: true,
      };
    }
    const segs = name.split('/');
    const scope = segs.slice(0, -1);
    const base = { index: undefined, keras3Vars: false };
    if (scope.length === 0) {
      const recorded = !!this.topo?.topLevel.has(name);
      return { ...base, layer: name, recorded, path: name, objectPath: name, prefixed: false, matched: recorded };
    }
    const topo = this.topo;
    if (topo) {
      // Leftmost match: `lstm_1/lstm_cell/kernel` → lstm_1, `bidirectional/forward_lstm/kernel` → bidirectional,
      // while a model-name prefix (`sequential/dense/kernel`) is skipped because no layer has that name.
      for (let i = 0; i < scope.length; i++) {
        if (topo.topLevel.has(scope[i])) {
          return { ...base, layer: scope[i], recorded: true, path: scope.slice(0, i + 1).join('/'), objectPath: scope[i], prefixed: i > 0, matched: true };
        }
      }
      for (let i = 0; i < scope.length; i++) {
        const owner = topo.owner.get(scope[i]);
        if (owner) return { ...base, layer: owner, recorded: true, path: owner, objectPath: owner, prefixed: i > 0, matched: true };
      }
    }
    const prefix = topo?.modelName ?? this.guessedPrefix;
    const at = prefix !== undefined && scope.length >= 2 && scope[0] === prefix ? 1 : 0;
    return { ...base, layer: scope[at], recorded: false, path: scope.slice(0, at + 1).join('/'), objectPath: scope[at], prefixed: at > 0, matched: false };
  }
}

// ---------------------------------------------------------------------------------------------
// Manifest entries
// ---------------------------------------------------------------------------------------------

interface ManifestWeight {
  name: string;
  shape: number[];
  dtype: DType;
  count: number;
  quantization?: Quantization;
  optimizer: boolean;
}

/** dtypes TF.js itself loads (`DataType`); others get a note, since the app would fail on them. */
const TFJS_DTYPES = new Set<DType>(['float32', 'int32', 'bool', 'string', 'complex64']);

function parseWeight(file: string, group: number, i: number, w: unknown): ManifestWeight {
  const where = `weightsManifest group ${group}, weight #${i + 1}`;
  const fix = 'Re-export the model; model.json was edited by hand or written by a broken tool.';
  if (!isObject(w)) throw new InputError(file, 'corrupt', `${where} is not an object`, fix);
  const name = w.name;
  if (typeof name !== 'string' || name === '') throw new InputError(file, 'corrupt', `${where} has no name`, fix);
  const at = `${where} (${JSON.stringify(name)})`;
  if (!Array.isArray(w.shape) || !w.shape.every((d: unknown) => Number.isSafeInteger(d) && (d as number) >= 0)) {
    throw new InputError(file, 'corrupt', `${at} has shape ${JSON.stringify(w.shape)}, not a list of non-negative integers`, fix);
  }
  const shape = w.shape as number[];
  const count = shape.reduce((a, b) => a * b, 1);
  if (!Number.isSafeInteger(count)) throw new InputError(file, 'corrupt', `${at} has shape ${JSON.stringify(shape)}, too large to exist`, fix);
  const dtype = w.dtype as DType;
  if (typeof dtype !== 'string' || !(dtype in DTYPE_BYTES) || dtype === 'unknown') {
    throw new InputError(file, 'corrupt', `${at} has dtype ${JSON.stringify(w.dtype)}, which TF.js does not know (float32, int32, bool, string, complex64)`, fix);
  }
  let quantization: Quantization | undefined;
  const q = w.quantization;
  if (q != null) {
    // The same refusals, in the same words, as tfjs-core `decodeWeight`.
    if (!isObject(q) || !['uint8', 'uint16', 'float16'].includes(q.dtype)) {
      throw new InputError(file, 'corrupt',
        `Weight ${name} has unknown quantization dtype ${isObject(q) ? q.dtype : q}. Supported quantization dtypes are: 'uint8', 'uint16', and 'float16'.`, fix);
    }
    if (q.dtype === 'float16') {
      if (dtype !== 'float32') {
        throw new InputError(file, 'corrupt', `Weight ${name} is quantized with float16 which only supports weights of type float32 not ${dtype}.`, fix);
      }
      quantization = { dtype: 'float16' };
    } else {
      if (typeof q.min !== 'number' || typeof q.scale !== 'number' || !Number.isFinite(q.min) || !Number.isFinite(q.scale)) {
        throw new InputError(file, 'corrupt', `Weight ${name} with quantization ${q.dtype} doesn't have corresponding metadata min and scale.`, fix);
      }
      if (dtype !== 'float32' && dtype !== 'int32') {
        throw new InputError(file, 'corrupt', `Unsupported dtype in weight '${name}': ${dtype} (only float32 and int32 weights can be quantized)`, fix);
      }
      quantization = { dtype: q.dtype, min: q.min, scale: q.scale };
    }
  }
  return { name, shape, dtype, count, quantization, optimizer: w.group === 'optimizer' || KERAS3_OPTIMIZER.test(name) };
}

interface ManifestGroup {
  paths: unknown[];
  weights: ManifestWeight[];
}

function parseManifest(file: string, manifest: unknown): ManifestGroup[] {
  const fix = 'Re-export the model; model.json was edited by hand or written by a broken tool.';
  if (!Array.isArray(manifest)) {
    throw new InputError(file, 'corrupt', 'weightsManifest is not a list of {paths, weights} groups', fix);
  }
  return manifest.map((g, gi) => {
    if (!isManifestGroup(g)) {
      throw new InputError(file, 'corrupt', `weightsManifest group ${gi + 1} is not a {paths, weights} object`, fix);
    }
    return { paths: g.paths, weights: (g.weights as unknown[]).map((w, i) => parseWeight(file, gi + 1, i, w)) };
  });
}

/**
 * Bytes of a `string` weight: per element a uint32 LE length then the bytes, so the size is only
 * known by walking the data. Returns null when the lengths run past the group's end.
 */
async function stringByteLength(data: ShardGroup, offset: number, count: number): Promise<number | null> {
  const WINDOW = 1 << 16;
  let winStart = 0;
  let win: Uint8Array = new Uint8Array(0);
  let pos = offset;
  for (let i = 0; i < count; i++) {
    if (pos + 4 > data.total) return null;
    if (pos < winStart || pos + 4 > winStart + win.length) {
      winStart = pos;
      win = await data.read(pos, Math.min(WINDOW, data.total - pos));
    }
    const at = pos - winStart;
    const len = (win[at] | (win[at + 1] << 8) | (win[at + 2] << 16)) + win[at + 3] * 2 ** 24;
    pos += 4 + len;
    if (pos > data.total) return null;
  }
  return pos - offset;
}

// ---------------------------------------------------------------------------------------------
// The reader
// ---------------------------------------------------------------------------------------------

function generationOf(kerasVersion: string | undefined, names: string[]): KerasGeneration {
  if (kerasVersion) {
    if (/^tfjs/i.test(kerasVersion)) return 2;
    const major = Number.parseInt(kerasVersion, 10);
    if (major === 1) return 1;
    if (major >= 3) return 3;
    return 2;
  }
  return names.some((n) => KERAS3_VARS.test(n)) ? 3 : 2;
}


interface TfjsLocator {
  readonly kind: 'tfjs';
  /** 1-based, as in the shard file names (`group1-shard1of1.bin`). */
  readonly group: number;
  readonly offset: number;
  readonly byteLength: number;
  readonly count: number;
  readonly paths: readonly string[];
  readonly [key: string]: unknown;
}

export async function readTfjsArtifact(file: string, json: any, limits: Limits = DEFAULT_LIMITS): Promise<ArtifactModel> {
  const kind = isTfjsModelJson(json);
  if (kind === 'graph-model') throw tfjsGraphModelError(file);
  if (kind === null) {
    throw new InputError(file, 'not-keras',
      'not a TF.js layers model: expected modelTopology (a Keras model config) and weightsManifest, or a bare weights manifest',
      'Point weightgate at the model.json written by `tensorflowjs_converter` or by `model.save()` in TF.js.');
  }
  const manifest: unknown = Array.isArray(json) ? json : json.weightsManifest;
  const groups = parseManifest(file, manifest);
  // Every path is checked before any file is opened.
  resolveShardPaths(file, groups.map((g) => g.paths));

  const topo = kind === 'layers-model' ? tfjsTopologyConfig(json) : null;
  const oldLayout = kind === 'layers-model' && isObject(json.modelTopology) && 'model_config' in json.modelTopology;
  const kerasVersion = topo?.kerasVersion ?? (isObject(json) ? kerasVersionFromGeneratedBy(json.generatedBy) : undefined);
  const producer: Producer = {};
  if (kerasVersion) producer.kerasVersion = kerasVersion;
  if (topo?.backend) producer.backend = topo.backend;
  if (isObject(json) && str(json.generatedBy)) producer.generatedBy = json.generatedBy;
  if (isObject(json) && str(json.convertedBy)) producer.convertedBy = json.convertedBy;

  const formatLabel = kind === 'weights-manifest' ? 'TF.js weights manifest (no model topology)'
    : oldLayout ? `TF.js layers-model (converted from Keras${kerasVersion ? ` ${kerasVersion}` : ''})`
    : `TF.js layers-model${kerasVersion ? ` (${kerasVersion})` : ''}`;

  const notes: string[] = [];
  const dataByGroup: ShardGroup[] = [];
  const all: { w: ManifestWeight; locator: TfjsLocator }[] = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    const number = gi + 1;
    const data = await openShardGroup(file, number, g.paths);
    dataByGroup.push(data);
    let offset = 0;
    let overrun: string | undefined;
    for (const w of g.weights) {
      let byteLength: number;
      if (w.dtype === 'string' && !w.quantization) {
        const n = await stringByteLength(data, offset, w.count);
        if (n === null) {
          overrun = w.name;
          break;
        }
        byteLength = n;
      } else {
        byteLength = w.count * storedBytesPerElement(w.dtype, w.quantization);
      }
      all.push({ w, locator: { kind: 'tfjs', group: number, offset, byteLength, count: w.count, paths: data.shards.map((s) => s.entry) } });
      offset += byteLength;
    }
    if (overrun !== undefined || offset !== data.total) {
      if (data.shards.length === 0) {
        throw new InputError(file, 'truncated', `group ${number} needs ${offset} bytes, but its "paths" list no shard file`,
          'Add the shard file names to weightsManifest (and commit the shards next to model.json).');
      }
      const shardList = data.shards.length === 1
        ? shownName(data.shards[0].entry)
        : `one of ${data.shards.map((s) => `${shownName(s.entry)} (${s.size} bytes)`).join(', ')}`;
      const needs = overrun !== undefined
        ? `needs more than ${data.total} bytes (string weight ${JSON.stringify(overrun)} runs past the end)`
        : `needs ${offset} bytes`;
      const why = overrun !== undefined || offset > data.total
        ? `${shardList} is truncated or not the right file`
        : `${shardList} ${isAre(data.shards.length)} longer than the manifest describes: not the right file, or model.json lists too few weights`;
      throw new InputError(file, overrun !== undefined || offset > data.total ? 'truncated' : 'corrupt',
        `group ${number} ${needs}, shards hold ${data.total} (${why})`,
        'Re-export the model or download the shards again: model.json and its shards must come from the same export.');
    }
  }

  const modelWeights = all.filter((x) => !x.w.optimizer);
  const names = topo ? topologyNames(topo.modelConfig) : null;
  const resolver = new LayerResolver(names, modelWeights.map((x) => x.w.name));
  const layers: SavedLayer[] = [];
  const byName = new Map<string, SavedLayer>();
  const known = new Set<SavedVariable>();
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const duplicates: string[] = [];
  let prefixedExample: string | undefined;
  let keras3Vars = 0;

  const toVariable = (w: ManifestWeight, locator: TfjsLocator, objectPath: string, index: number): SavedVariable => {
    const v: SavedVariable = {
      name: w.name, path: w.name, objectPath, index, shape: w.shape, dtype: w.dtype,
      byteLength: locator.byteLength, locator,
    };
    if (w.quantization) {
      v.storedDtype = w.quantization.dtype;
      v.quantization = { ...w.quantization };
    }
    known.add(v);
    return v;
  };

  for (const { w, locator } of modelWeights) {
    if (seen.has(w.name)) duplicates.push(w.name);
    seen.add(w.name);
    const r = resolver.resolve(w.name);
    if (r.keras3Vars) keras3Vars++;
    else if (topo && !r.matched) unmatched.push(w.name);
    if (r.prefixed && r.matched && !prefixedExample) prefixedExample = w.name;
    let layer = byName.get(r.layer);
    if (!layer) {
      layer = { name: r.layer, nameRecorded: r.recorded, path: r.path, position: layers.length, weights: [] };
      byName.set(r.layer, layer);
      layers.push(layer);
    }
    layer.weights.push(toVariable(w, locator, r.objectPath, r.index ?? layer.weights.length));
  }
  const optimizer = all.filter((x) => x.w.optimizer).map(({ w, locator }, i) => toVariable(w, locator, 'optimizer', i));

  // Facts a reviewer needs to read the diff right.
  const quantised = all.filter((x) => x.w.quantization);
  if (quantised.length) {
    const by = new Map<string, number>();
    for (const { w } of quantised) by.set(w.quantization!.dtype, (by.get(w.quantization!.dtype) ?? 0) + 1);
    const kinds = [...by].map(([d, n]) => `${n} as ${d}`).join(', ');
    notes.push(`${quantised.length} of ${plural(all.length, 'weight')} ${isAre(quantised.length)} stored quantised (${kinds}); their values are decoded the way TF.js does (q·scale + min), so compare them within half a scale step.`);
  }
  if (prefixedExample) {
    notes.push(`Weight names carry a prefix before the layer name (${JSON.stringify(prefixedExample)}), as Keras 3 writes them; stock TF.js matches weights by name and refuses these ("Provided weight data has no target variable: ${prefixedExample}").`);
  }
  if (keras3Vars) {
    notes.push(`${plural(keras3Vars, 'weight')} ${isAre(keras3Vars)} named by Keras 3 object path (\`layers/<x>/vars/<i>\`, from converting a .keras file): the layer names are derived from class names, not recorded, and stock TF.js cannot load them by name.`);
  }
  if (unmatched.length) {
    const list = unmatched.slice(0, 3).map((n) => JSON.stringify(n)).join(', ');
    notes.push(`${plural(unmatched.length, 'weight')} ${unmatched.length === 1 ? 'matches' : 'match'} no layer in modelTopology (${list}${unmatched.length > 3 ? ', …' : ''}); their layer is guessed from the name.`);
  }
  if (duplicates.length) {
    notes.push(`The manifest lists ${[...new Set(duplicates)].map((n) => JSON.stringify(n)).slice(0, 3).join(', ')} more than once; TF.js keeps only the last copy.`);
  }
  if (names) {
    const rank = new Map(names.order.map((n, i) => [n, i]));
    const positions = layers.filter((l) => l.nameRecorded).map((l) => rank.get(l.name) ?? -1);
    if (positions.some((p, i) => i > 0 && p < positions[i - 1])) {
      notes.push('The manifest lists layers in a different order than the model (the TF.js converter sorts weights by name); match its layers by name, not by position.');
    }
  }
  const foreign = [...new Set(all.map((x) => x.w.dtype).filter((d) => !TFJS_DTYPES.has(d)))];
  if (foreign.length) {
    notes.push(`The manifest uses dtype ${foreign.join(', ')}, which TF.js cannot load ("Unsupported dtype in weight"); the values are still read here.`);
  }
  if (optimizer.length) notes.push(`${plural(optimizer.length, 'optimizer weight')} kept apart from the model weights.`);

  const budget = new ReadBudget(file, limits);
  return {
    source: file,
    format: 'tfjs-layers',
    formatLabel,
    generation: generationOf(kerasVersion, modelWeights.map((x) => x.w.name)),
    producer,
    layers,
    optimizer,
    notes,
    async read(v: SavedVariable): Promise<WeightData> {
      const loc = v.locator as TfjsLocator;
      if (!known.has(v) || loc.kind !== 'tfjs') {
        throw new Error(`${file}: read() was given a variable (${v.name}) that this TF.js artifact did not produce`);
      }
      budget.take(loc.count, `weight ${JSON.stringify(v.name)}`);
      const bytes = await dataByGroup[loc.group - 1].read(loc.offset, loc.byteLength);
      return decodeWeight(bytes, { name: v.name, dtype: v.dtype, count: loc.count, quantization: v.quantization as Quantization | undefined });
    },
    // Shards are opened per read and closed straight after, so nothing stays open.
    async close(): Promise<void> {},
  };
}

function shownName(entry: string): string {
  return path.posix.basename(entry.replace(/\\/g, '/'));
}
