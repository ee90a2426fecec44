// Legacy HDF5, topological: `load_weights_from_hdf5_group`. The k-th model layer that owns weights takes
// the k-th file layer that holds weights; names are never consulted, counts must agree.
import type { DefinitionLayer, SavedLayer } from '../model/types.js';
import { alignLayers, type AlignedRow } from './align.js';
import { compareLayer } from './compare-layer.js';
import type { Issue, LayerCountMismatch } from './findings.js';
import { alignmentText } from './messages.js';
import { nameMismatches, type NamedPair } from './names.js';
import {
  expectedRefs, isTopLevelGroup, isUnknown, modelLayers, savedRefs, savedWeightedLayers, type PairContext, type Pairing,
  type VariablePair,
} from './pairing.js';

function positional(model: DefinitionLayer[], saved: SavedLayer[]): AlignedRow[] {
  return model.map((layer, i) => ({ layer, saved: saved[i], by: 'order' as const }));
}

/**
 * How many variables each unknown-class layer owns, as the file records it: legacy files list every
 * layer of `model.layers` in `layer_names` (weightless ones too) with its `weight_names`, so the
 * layer of the same name, or failing names the layer at the same place, says whether Keras' count
 * of weighted layers includes it. Layers the file cannot place are left out of the map.
 */
function unknownOwnership(ctx: PairContext, all: readonly DefinitionLayer[]): { owned: Map<DefinitionLayer, number>; byClass: DefinitionLayer[] } {
  const owned = new Map<DefinitionLayer, number>();
  const fileLayers = ctx.artifact.layers.filter((l) => !isTopLevelGroup(ctx.artifact, l));
  const byName = new Map<string, SavedLayer>();
  for (const l of fileLayers) if (l.nameRecorded && !byName.has(l.name)) byName.set(l.name, l);
  const samePlaces = fileLayers.length === all.length;
  all.forEach((layer, i) => {
    if (!isUnknown(layer)) return;
    const saved = byName.get(layer.name) ?? (samePlaces ? fileLayers[i] : undefined);
    if (saved) owned.set(layer, saved.weights.length);
  });
  // A layer the file cannot place (added in the code) behaves as the placed layers of its class do,
  // when they all agree on whether they own weights.
  const classOwns = new Map<string, boolean | null>();
  for (const [layer, n] of owned) {
    const prev = classOwns.get(layer.className);
    classOwns.set(layer.className, prev === undefined || prev === n > 0 ? n > 0 : null);
  }
  const byClass: DefinitionLayer[] = [];
  for (const layer of all) {
    if (!isUnknown(layer) || owned.has(layer)) continue;
    const owns = classOwns.get(layer.className);
    if (owns === true || owns === false) {
      owned.set(layer, owns ? 1 : 0);
      byClass.push(layer);
    }
  }
  return { owned, byClass };
}

export function pairByOrder(ctx: PairContext): Pairing {
  const all = modelLayers(ctx.definition);
  const { owned, byClass } = unknownOwnership(ctx, all);
  // What Keras' `filtered_layers` would hold: known layers that own weights, unknown ones the file says own some.
  const counted0 = all.filter((l) => (isUnknown(l) ? (owned.get(l) ?? 0) > 0 : l.weights.length > 0));
  // Unknown layers the file cannot place may or may not own weights.
  const unplaced = all.filter((l) => isUnknown(l) && !owned.has(l));
  const saved = savedWeightedLayers(ctx.artifact);
  const uncounted = (list: DefinitionLayer[]) => {
    const inList = new Set(list);
    return all.filter((l) => isUnknown(l) && !inList.has(l)).map((layer) => ({ layer }));
  };

  const issues: Issue[] = [];
  const pairs: VariablePair[] = [];
  let rows: AlignedRow[];
  let counted: DefinitionLayer[];
  let countIssue: LayerCountMismatch | undefined;

  if (saved.length === counted0.length) {
    counted = counted0;
    rows = [...positional(counted0, saved), ...uncounted(counted0)];
  } else if (unplaced.length && saved.length === counted0.length + unplaced.length) {
    counted = all.filter((l) => !isUnknown(l) ? l.weights.length > 0 : (owned.get(l) ?? 0) > 0 || !owned.has(l));
    rows = [...positional(counted, saved), ...uncounted(counted)];
  } else if (unplaced.length && saved.length > counted0.length && saved.length < counted0.length + unplaced.length) {
    // Some of the unplaced unknown layers own weights and the count may well agree: line up, claim nothing.
    counted = all.filter((l) => !isUnknown(l) ? l.weights.length > 0 : (owned.get(l) ?? 0) > 0 || !owned.has(l));
    rows = alignLayers(counted, saved);
  } else {
    counted = counted0;
    rows = alignLayers(counted0, saved);
    const by = (b: string) => rows.filter((r) => r.layer && r.saved && r.by === b).length;
    countIssue = {
      code: 'layer-count-mismatch', severity: 'error', raises: true, layer: '',
      expectedLayers: counted0.length, savedLayers: saved.length,
      alignedByName: by('name'), alignedByShape: by('shape'), alignedByOrder: by('order'),
      ...(unplaced.length ? { unknownLayers: unplaced.length } : {}),
      ...(byClass.length ? { assumedByClass: byClass.map((l) => ({ layer: l.name, className: l.className, ownsWeights: (owned.get(l) ?? 0) > 0 })) } : {}),
    };
    issues.push(countIssue);
    for (const r of uncounted(counted0)) rows.push(r);
  }

  const position = new Map(counted.map((l, i) => [l, i]));
  const named: NamedPair[] = rows.flatMap(({ layer, saved }) => (layer && saved?.nameRecorded
    ? [{ layer: layer.name, savedLayer: saved.name, position: position.get(layer) ?? -1 }]
    : []));
  const nameIssues = new Map(nameMismatches(named, 'order').map((i) => [i.layer, i]));

  for (const r of rows) {
    if (r.layer && r.saved) {
      const n = nameIssues.get(r.layer.name);
      if (n) issues.push(n);
      const c = compareLayer(ctx, { layer: r.layer, saved: r.saved, position: position.get(r.layer) ?? -1, rule: 'order' });
      issues.push(...c.issues);
      pairs.push(...c.pairs);
    } else if (r.layer) {
      issues.push(isUnknown(r.layer)
        ? { code: 'unknown-layer-class', severity: 'warning', raises: false, layer: r.layer.name, className: r.layer.className, savedVars: [] }
        : { code: 'missing-weights', rule: 'order', severity: 'error', raises: false, layer: r.layer.name, expectedVars: expectedRefs(r.layer.weights) });
    } else if (r.saved) {
      issues.push({ code: 'unexpected-weights', rule: 'order', severity: 'error', raises: false, layer: r.saved.name, savedLayer: r.saved.name, savedPath: r.saved.path, savedVars: savedRefs(r.saved.weights) });
    }
  }

  const top = ctx.artifact.layers.find((l) => isTopLevelGroup(ctx.artifact, l) && l.weights.length > 0);
  if (top) {
    issues.push({ code: 'unexpected-weights', rule: 'order', severity: 'error', raises: true, layer: top.name, savedLayer: top.name, savedPath: top.path, savedVars: savedRefs(top.weights), topLevel: true });
  }
  return { issues, pairs, ...(countIssue ? { alignment: alignmentText(countIssue) } : {}) };
}
