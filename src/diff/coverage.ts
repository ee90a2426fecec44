// How much of the model the file actually fills: the figure Keras never prints and `by_name` hides.
import type { ArtifactModel, DefinitionModel } from '../model/types.js';
import { isUnknown, modelLayers, savedWeightedLayers, weightedLayers, type VariablePair } from './pairing.js';
import type { Coverage } from './diff-report.js';

export function coverageOf(definition: DefinitionModel, artifact: ArtifactModel, pairs: readonly VariablePair[]): Coverage {
  const weighted = weightedLayers(definition);
  const good = pairs.filter((p) => p.shapeOk);
  const matchedVars = new Set(good.map((p) => p.expected));
  const layersMatched = weighted.filter((l) => l.weights.every((v) => matchedVars.has(v))).length;
  return {
    matched: matchedVars.size,
    expected: weighted.reduce((n, l) => n + l.weights.length, 0),
    saved: savedWeightedLayers(artifact).reduce((n, l) => n + l.weights.length, 0),
    layersMatched,
    layersExpected: weighted.length,
    layersUnchecked: modelLayers(definition).filter(isUnknown).length,
  };
}
