// TEST HELPER ONLY: pairs a definition with an artifact the simple way, so engine tests can run
// before (and independently of) the real loader simulation in src/diff. It assumes the two files
// are compatible and does none of the checks the diff makes.
import type { ArtifactModel, DefinitionLayer, DefinitionModel, SavedLayer } from '../../src/model/types.js';
import type { WeightAssignment } from '../../src/engine/index.js';

const LEGACY = new Set(['keras-h5-full', 'keras-h5-weights']);
const KERAS3 = new Set(['keras3-weights-h5', 'keras3-weights-sharded', 'keras3-archive']);

function weightedDefinitionLayers(d: DefinitionModel): DefinitionLayer[] {
  return d.layers.filter((l) => !l.isOperation && l.weights.length > 0);
}

function weightedSavedLayers(a: ArtifactModel): SavedLayer[] {
  return a.layers.filter((l) => l.weights.length > 0 && l.name !== 'top_level_model_weights');
}

/** Legacy `load_weights(path)`: weighted layers by position, variables by position. */
export function pairByOrder(d: DefinitionModel, a: ArtifactModel): WeightAssignment[] {
  const defs = weightedDefinitionLayers(d);
  const saved = weightedSavedLayers(a);
  return defs.flatMap((l, i) => (saved[i]?.weights ?? []).slice(0, l.weights.length).map((s, k) => ({ layer: l.name, weightIndex: k, saved: s })));
}

/** Legacy `load_weights(path, by_name=True)`: only layers whose names match; the rest keep their initial values. */
export function pairByLayerName(d: DefinitionModel, a: ArtifactModel): WeightAssignment[] {
  const saved = new Map(weightedSavedLayers(a).map((l) => [l.name, l]));
  return weightedDefinitionLayers(d).flatMap((l) => (saved.get(l.name)?.weights ?? []).slice(0, l.weights.length)
    .map((s, k) => ({ layer: l.name, weightIndex: k, saved: s })));
}

/** Keras 3 `.weights.h5` / `.keras` / sharded: object path + index. */
export function pairByObjectPath(d: DefinitionModel, a: ArtifactModel): WeightAssignment[] {
  const saved = new Map(a.layers.flatMap((l) => l.weights).map((s) => [`${s.objectPath}#${s.index}`, s]));
  return weightedDefinitionLayers(d).flatMap((l) => l.weights.flatMap((w, k) => {
    const s = saved.get(`${w.objectPath}#${w.index}`);
    return s ? [{ layer: l.name, weightIndex: k, saved: s }] : [];
  }));
}

/** TF.js manifests: by weight name (`dense/kernel`, maybe with a model prefix or without the cell scope). */
export function pairByTfjsName(d: DefinitionModel, a: ArtifactModel): WeightAssignment[] {
  const saved = a.layers.flatMap((l) => l.weights);
  const withoutCell = (p: string) => p.replace(/\/[a-z_]*cell\//, '/');
  return weightedDefinitionLayers(d).flatMap((l) => l.weights.flatMap((w, k) => {
    const s = saved.find((v) => v.name === w.path || v.name.endsWith(`/${w.path}`))
      ?? saved.find((v) => withoutCell(v.name) === withoutCell(w.path) || withoutCell(v.name).endsWith(`/${withoutCell(w.path)}`));
    return s ? [{ layer: l.name, weightIndex: k, saved: s }] : [];
  }));
}

export function pairNaively(d: DefinitionModel, a: ArtifactModel): WeightAssignment[] {
  if (LEGACY.has(a.format)) return pairByOrder(d, a);
  if (KERAS3.has(a.format)) return pairByObjectPath(d, a);
  return pairByTfjsName(d, a);
}
