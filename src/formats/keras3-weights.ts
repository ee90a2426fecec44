// Keras 3 `H5IOStore` layout: `.weights.h5`, `model.weights.h5` inside `.keras`, and the sharded
// `.weights.json` index with its `_0000N.weights.h5` shards (`saving_lib.py`).
import { FORMAT_NAMES } from '../text/format-names.js';
import { plural } from '../text/grammar.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactModel, SavedLayer, SavedVariable } from '../model/types.js';
import { InputError, quoteName } from '../sources/errors.js';
import { objectAt, type JsonObject } from '../sources/json-value.js';
import { DEFAULT_LIMITS, ReadBudget, type Limits } from '../sources/limits.js';
import { assertInside } from '../sources/paths.js';
import { sniff } from '../sources/sniff.js';
import {
  attrString, child, datasetInfo, isDataset, isGroup, openHdf5, readDataset, type H5File, type H5Group,
} from './hdf5.js';
import { KERAS3, SUB_OBJECT_ORDER, naturalCompare } from './layout.js';

/** A Keras 3 store has a `layers` or `vars` group at the root (or the tf.keras 2.13 alias). */
export function isKeras3Store(f: H5File): boolean {
  return [KERAS3.layers, KERAS3.vars, KERAS3.layersAlias2_13, KERAS3.optimizer].some((k) => {
    const g = child(f, k);
    return g !== null && isGroup(g);
  });
}

function subObjectRank(name: string): number {
  const i = SUB_OBJECT_ORDER.indexOf(name);
  if (i >= 0) return i;
  return name.startsWith('_') ? 2000 : 1000;
}

function sortedChildren(g: H5Group): string[] {
  return g.keys().filter((k) => k !== KERAS3.vars).sort((a, b) => subObjectRank(a) - subObjectRank(b) || naturalCompare(a, b));
}

interface ObjectEntry {
  /** Object path relative to the store root: `layers/gru/cell`. */
  objectPath: string;
  name?: string;
  variables: SavedVariable[];
}

/** Walk one object and its sub-objects; every `vars` group is one saveable's own variables. */
function walkObject(g: H5Group, objectPath: string, shard: number, out: ObjectEntry[]): void {
  const vars = child(g, KERAS3.vars);
  const entry: ObjectEntry = { objectPath, variables: [] };
  if (vars && isGroup(vars)) {
    entry.name = attrString(vars, KERAS3.nameAttr);
    const keys = vars.keys().filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
    for (const k of keys) {
      const ds = child(vars, k);
      if (!ds || !isDataset(ds)) continue;
      const info = datasetInfo(ds);
      entry.variables.push({
        name: `${KERAS3.vars}/${k}`, path: ds.path, objectPath, index: Number(k),
        shape: info.shape, dtype: info.dtype, byteLength: info.byteLength,
        locator: { kind: 'h5', shard, path: ds.path, ...(info.unsupported ? { unsupportedType: info.unsupported } : {}) },
      });
    }
  }
  out.push(entry);
  for (const k of sortedChildren(g)) {
    const c = child(g, k);
    if (c && isGroup(c)) walkObject(c, `${objectPath}/${k}`, shard, out);
  }
}

interface StoreContents {
  layers: Map<string, ObjectEntry[]>;
  modelVars: ObjectEntry[];
  optimizer: SavedVariable[];
}

function readStore(f: H5File, shard: number, into: StoreContents): void {
  const layersGroup = child(f, KERAS3.layers) ?? child(f, KERAS3.layersAlias2_13);
  if (layersGroup && isGroup(layersGroup)) {
    for (const k of layersGroup.keys().sort(naturalCompare)) {
      const g = child(layersGroup, k);
      if (!g || !isGroup(g)) continue;
      const entries: ObjectEntry[] = [];
      walkObject(g, `${KERAS3.layers}/${k}`, shard, entries);
      const prev = into.layers.get(k);
      into.layers.set(k, prev ? mergeEntries(prev, entries) : entries);
    }
  }
  const own = child(f, KERAS3.vars);
  if (own && isGroup(own)) {
    const entries: ObjectEntry[] = [];
    walkObject(f, '', shard, entries);
    // walkObject always pushes the object it was given first.
    into.modelVars.push(entries[0]!);
  }
  const opt = child(f, KERAS3.optimizer);
  if (opt && isGroup(opt)) {
    const entries: ObjectEntry[] = [];
    walkObject(opt, KERAS3.optimizer, shard, entries);
    for (const e of entries) into.optimizer.push(...e.variables);
  }
}

/** Shards split one object's name attribute and its data across files; join them back. */
function mergeEntries(a: ObjectEntry[], b: ObjectEntry[]): ObjectEntry[] {
  const byPath = new Map(a.map((e) => [e.objectPath, e]));
  for (const e of b) {
    const prev = byPath.get(e.objectPath);
    if (!prev) byPath.set(e.objectPath, e);
    else {
      prev.name ??= e.name;
      const have = new Set(prev.variables.map((v) => v.index));
      prev.variables.push(...e.variables.filter((v) => !have.has(v.index)));
      prev.variables.sort((x, y) => x.index - y.index);
    }
  }
  return [...byPath.values()];
}

function toLayers(contents: StoreContents, order?: string[]): SavedLayer[] {
  let keys = [...contents.layers.keys()];
  if (order) {
    const rank = new Map(order.map((k, i) => [k, i]));
    keys = keys.sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || naturalCompare(a, b));
  }
  const layers: SavedLayer[] = keys.flatMap((k): Omit<SavedLayer, 'position'>[] => {
    // keys come from contents.layers, and walkObject puts the layer's own object first.
    const [top, ...subObjects] = contents.layers.get(k) ?? [];
    if (!top) return [];
    const entries = [top, ...subObjects];
    const subNames: Record<string, string> = {};
    for (const e of subObjects) if (e.name) subNames[e.objectPath] = e.name;
    const weights = entries.flatMap((e) => e.variables).map((v) => ({ ...v, name: relName(top.objectPath, v) }));
    return [{
      name: top.name ?? k,
      nameRecorded: top.name !== undefined,
      path: top.objectPath,
      weights,
      subNames,
    }];
  }).map((l, position) => ({ ...l, position }));
  const own = contents.modelVars[0];
  if (own && own.variables.length) {
    layers.push({ name: own.name ?? '(model)', nameRecorded: own.name !== undefined, path: '', position: layers.length, weights: own.variables });
  }
  return layers;
}

function relName(top: string, v: SavedVariable): string {
  const rel = v.objectPath.slice(top.length).replace(/^\//, '');
  return rel ? `${rel}/${v.name}` : v.name;
}

function modelName(contents: StoreContents): string | undefined {
  return contents.modelVars[0]?.name;
}

function build(
  source: string, format: ArtifactModel['format'], formatLabel: string, files: H5File[], contents: StoreContents,
  order: string[] | undefined, extraNotes: string[], producer: ArtifactModel['producer'] = {},
): ArtifactModel {
  const layers = toLayers(contents, order);
  const notes = [...extraNotes];
  const recorded = layers.filter((l) => l.nameRecorded).length;
  if (layers.length && recorded === 0) {
    notes.push('the file records no layer names (written by Keras before 3.6): layer names are inferred from object paths, so a swap of two same-class layers cannot be detected by name');
  }
  const name = modelName(contents);
  if (name) notes.push(`saved from the model named ${quoteName(name)}`);
  const budget = new ReadBudget(source, files[0]?.limits ?? DEFAULT_LIMITS);
  return {
    source, format, formatLabel, generation: 3, producer, layers, optimizer: contents.optimizer, notes,
    async read(v, options) {
      const f = files[Number(v.locator.shard ?? 0)];
      const ds = f?.get(String(v.locator.path));
      if (!isDataset(ds)) throw new InputError(source, 'corrupt', `dataset ${v.path} is not in this file`, 'Read variables of the artifact that listed them.');
      budget.take(v.shape.reduce((a, b) => a * b, 1), `weight ${v.path}`);
      return readDataset(ds, options?.staging);
    },
    close() {
      for (const f of files) f.close();
      return Promise.resolve();
    },
  };
}

export function readKeras3Artifact(source: string, f: H5File, opts: { format?: ArtifactModel['format']; formatLabel?: string; producer?: ArtifactModel['producer']; notes?: string[]; onClose?: () => Promise<void> } = {}): ArtifactModel {
  const contents: StoreContents = { layers: new Map(), modelVars: [], optimizer: [] };
  readStore(f, 0, contents);
  const a = build(source, opts.format ?? 'keras3-weights-h5', opts.formatLabel ?? FORMAT_NAMES['keras3-weights-h5'], [f], contents, undefined, opts.notes ?? [], opts.producer);
  if (opts.onClose) {
    const { onClose } = opts;
    const close = a.close.bind(a);
    a.close = async () => { await close(); await onClose(); };
  }
  return a;
}

/** A Keras 3 sharded weights index (`.weights.json`): an object with a `weight_map` object. */
export interface ShardedIndex extends JsonObject {
  readonly weight_map: JsonObject;
}

export function isShardedIndex(json: unknown): json is ShardedIndex {
  return objectAt(json, 'weight_map') !== undefined;
}

/** Where a weight_map entry points, or an InputError if it is not a plain file name next to the index. */
function shardPath(indexFile: string, s: unknown): string {
  const fix = 'Shards must sit next to the .weights.json index and be listed by file name, as Keras writes them.';
  if (typeof s !== 'string' || s.trim() === '') {
    throw new InputError(indexFile, 'corrupt', `the weight_map lists a shard that is not a file name (${quoteName(JSON.stringify(s) ?? String(s))})`, fix);
  }
  if (s.includes('\0') || path.isAbsolute(s) || /^[\\/]/.test(s) || s.split(/[\\/]/).includes('..') || /^[a-z][a-z0-9+.-]*:/i.test(s)) {
    throw new InputError(indexFile, 'unsafe-path', `the weight_map names a shard outside the index's folder: ${quoteName(s)}; weightgate reads nothing outside it and never downloads`, fix);
  }
  return path.join(path.dirname(indexFile), s);
}

/** `ShardedH5IOStore`: a JSON index whose `weight_map` sends each `vars` path to one or more shard files. */
export async function readShardedArtifact(indexFile: string, json: ShardedIndex, limits: Limits = DEFAULT_LIMITS): Promise<ArtifactModel> {
  const shardNames = new Set<unknown>();
  for (const v of Object.values(json.weight_map)) for (const s of Array.isArray(v) ? v : [v]) shardNames.add(s);
  const paths = [...shardNames].map((s) => shardPath(indexFile, s));
  const files: H5File[] = [];
  try {
    for (const p of paths) {
      if (!(await stat(p).then(() => true, () => false))) {
        throw new InputError(indexFile, 'not-found', `the weight_map lists shard ${quoteName(path.basename(p))}, but there is no such file next to the index`,
          'Commit every shard next to the .weights.json index (Keras names them <name>_0000N.weights.h5), or fix the name in weight_map.');
      }
      await sniff(p, limits);
      await assertInside(indexFile, path.dirname(indexFile), p, 'shard');
      files.push(await openHdf5(p, limits));
    }
  } catch (err) {
    for (const f of files) f.close();
    throw err;
  }
  const contents: StoreContents = { layers: new Map(), modelVars: [], optimizer: [] };
  try {
    files.forEach((f, i) => readStore(f, i, contents));
  } catch (err) {
    for (const f of files) f.close();
    throw err;
  }
  // The index lists objects in Keras' walk order, which is model.layers order: use it.
  const order = new Set<string>();
  for (const key of Object.keys(json.weight_map)) {
    const layer = /^\/?layers\/([^/]+)/.exec(key)?.[1];
    if (layer !== undefined) order.add(layer);
  }
  return build(indexFile, 'keras3-weights-sharded', `Keras 3 sharded weights (${plural(files.length, 'shard')})`, files, contents, [...order], []);
}
