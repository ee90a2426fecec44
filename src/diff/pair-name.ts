// Legacy HDF5, `by_name=True`: `load_weights_from_hdf5_group_by_name`. Every file layer (in layer_names
// order, weightless ones included) goes to the model layers of the same name; whatever matches nothing,
// on either side, is skipped without a word, which is how layers end up at their random initial values.
import { pushTo } from './multimap.js';
import type { DefinitionLayer } from '../model/types.js';
import { compareLayer } from './compare-layer.js';
import type { Issue } from './findings.js';
import {
  expectedRefs, isTopLevelGroup, isUnknown, modelLayers, savedRefs, type PairContext, type Pairing, type VariablePair,
} from './pairing.js';

export function pairByName(ctx: PairContext): Pairing {
  const issues: Issue[] = [];
  const pairs: VariablePair[] = [];
  const index = new Map<string, DefinitionLayer[]>();
  for (const l of modelLayers(ctx.definition)) {
    if (l.name) pushTo(index, l.name, l);
  }
  const matched = new Set<DefinitionLayer>();

  ctx.artifact.layers.forEach((saved, k) => {
    if (isTopLevelGroup(ctx.artifact, saved)) {
      if (saved.weights.length) {
        issues.push({ code: 'unexpected-weights', rule: 'name', severity: 'error', raises: true, layer: saved.name, savedLayer: saved.name, savedPath: saved.path, savedVars: savedRefs(saved.weights), topLevel: true });
      }
      return;
    }
    const targets = index.get(saved.name) ?? [];
    for (const layer of targets) {
      matched.add(layer);
      const c = compareLayer(ctx, { layer, saved, position: k, rule: 'name' });
      issues.push(...c.issues);
      pairs.push(...c.pairs);
    }
    if (!targets.length && saved.weights.length) {
      issues.push({ code: 'unexpected-weights', rule: 'name', severity: 'warning', raises: false, layer: saved.name, savedLayer: saved.name, savedPath: saved.path, savedVars: savedRefs(saved.weights) });
    }
  });

  for (const layer of modelLayers(ctx.definition)) {
    if (matched.has(layer)) continue;
    if (isUnknown(layer)) {
      issues.push({ code: 'unknown-layer-class', severity: 'warning', raises: false, layer: layer.name, className: layer.className, savedVars: [] });
    } else if (layer.weights.length) {
      issues.push({ code: 'missing-weights', rule: 'name', severity: 'error', raises: false, layer: layer.name, expectedVars: expectedRefs(layer.weights) });
    }
  }
  return { issues, pairs };
}
