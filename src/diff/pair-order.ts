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

export function pairByOrder(ctx: PairContext): Pairing {
  // Layers of unknown class may or may not own weights: they join the count only when that makes it agree.
  const candidates = modelLayers(ctx.definition).filter((l) => isUnknown(l) || l.weights.length > 0);
  const known = candidates.filter((l) => !isUnknown(l));
  const unknown = candidates.filter(isUnknown);
  const saved = savedWeightedLayers(ctx.artifact);

  const issues: Issue[] = [];
  const pairs: VariablePair[] = [];
  let rows: AlignedRow[];
  let counted: DefinitionLayer[];
  let countIssue: LayerCountMismatch | undefined;

  if (saved.length === known.length) {
    counted = known;
    rows = [...positional(known, saved), ...unknown.map((layer) => ({ layer }))];
  } else if (unknown.length && saved.length === candidates.length) {
    counted = candidates;
    rows = positional(candidates, saved);
  } else {
    counted = candidates;
    rows = alignLayers(candidates, saved);
    const by = (b: string) => rows.filter((r) => r.layer && r.saved && r.by === b).length;
    const pairedUnknown = rows.filter((r) => r.layer && r.saved && isUnknown(r.layer)).length;
    countIssue = {
      code: 'layer-count-mismatch', severity: 'error', raises: true, layer: '',
      expectedLayers: known.length + pairedUnknown, savedLayers: saved.length,
      alignedByName: by('name'), alignedByShape: by('shape'), alignedByOrder: by('order'),
    };
    issues.push(countIssue);
  }

  const named: NamedPair[] = rows
    .filter((r) => r.layer && r.saved?.nameRecorded)
    .map((r) => ({ layer: r.layer!.name, savedLayer: r.saved!.name, position: counted.indexOf(r.layer!) }));
  const nameIssues = new Map(nameMismatches(named, 'order').map((i) => [i.layer, i]));

  for (const r of rows) {
    if (r.layer && r.saved) {
      const n = nameIssues.get(r.layer.name);
      if (n) issues.push(n);
      const c = compareLayer(ctx, { layer: r.layer, saved: r.saved, position: counted.indexOf(r.layer), rule: 'order' });
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
