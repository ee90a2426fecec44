// What every pairing rule receives and returns, and the layer lists Keras' loaders work from.
import type {
  ArtifactModel, DefinitionLayer, DefinitionModel, ExpectedVariable, SavedLayer, SavedVariable,
} from '../model/types.js';
import type { Issue, VarRef } from './findings.js';
import type { LoaderChoice } from './diff-report.js';

export interface PairContext {
  definition: DefinitionModel;
  artifact: ArtifactModel;
  loader: LoaderChoice;
}

/** One expected variable and the saved variable the loader would put into it. */
export interface VariablePair {
  layer: string;
  expected: ExpectedVariable;
  saved: SavedVariable;
  shapeOk: boolean;
}

export interface Pairing {
  /** In the order the loader meets them. */
  issues: Issue[];
  pairs: VariablePair[];
  /** Present when the rule had to line layers up itself (legacy count mismatch). */
  alignment?: string;
}

/** The legacy group Keras checks apart from `layer_names`. */
export const TOP_LEVEL_WEIGHTS = 'top_level_model_weights';

/** `model.layers` minus Keras 3 op nodes, which Keras neither saves nor loads. */
export function modelLayers(definition: DefinitionModel): DefinitionLayer[] {
  return definition.layers.filter((l) => !l.isOperation);
}

export function isUnknown(layer: DefinitionLayer): boolean {
  return layer.status === 'unknown-class';
}

/** `filtered_layers` of `load_weights_from_hdf5_group`: layers that own weights, in model order. */
export function weightedLayers(definition: DefinitionModel): DefinitionLayer[] {
  return modelLayers(definition).filter((l) => !isUnknown(l) && l.weights.length > 0);
}

/** The file's layers that hold weights, without the separately checked top-level group. */
export function savedWeightedLayers(artifact: ArtifactModel): SavedLayer[] {
  return artifact.layers.filter((l) => l.weights.length > 0 && !isTopLevelGroup(artifact, l));
}

export function isTopLevelGroup(artifact: ArtifactModel, l: SavedLayer): boolean {
  const legacy = artifact.format === 'keras-h5-full' || artifact.format === 'keras-h5-weights';
  return legacy && l.name === TOP_LEVEL_WEIGHTS && l.position === artifact.layers.length - 1;
}

export function expectedRefs(vars: readonly ExpectedVariable[]): VarRef[] {
  return vars.map((v) => ({ name: v.path || v.name, shape: v.shape }));
}

export function savedRefs(vars: readonly SavedVariable[]): VarRef[] {
  return vars.map((v) => ({ name: v.name, shape: v.shape }));
}
