// What changed between two versions of a model definition (the base branch's and the pull
// request's): layers added, removed, renamed or reshaped, and the config fields that change what it
// computes (the config-drift rules, applied to two definitions instead of a definition and a save).
import type { DefinitionLayer, DefinitionModel } from '../model/types.js';
import { pyShape } from '../text/python.js';
import { configDrift, pairLayers, type ConfigDrift } from './config-drift.js';

export interface LayerChange {
  layer: string;
  change: 'added' | 'removed' | 'renamed' | 'reshaped' | 'class';
  /** For renamed: the base name; for reshaped: the base shapes; for class: the base class. */
  before?: string;
  /** For reshaped: the new shapes; for class: the new class. */
  after?: string;
}

export interface DefinitionChanges {
  layers: LayerChange[];
  /** Config fields changed on layers present in both (`expected` is the new value, `saved` the base's). */
  config: ConfigDrift[];
}

function shapes(l: DefinitionLayer): string {
  return l.weights.map((w) => `${w.name} ${pyShape(w.shape)}`).join(', ');
}

/** Null when nothing that matters changed. */
export function definitionChanges(base: DefinitionModel, head: DefinitionModel): DefinitionChanges | null {
  const { pairs, onlyExpected, onlySaved } = pairLayers(head.layers, base.layers);
  const layers: LayerChange[] = [];
  for (const [h, b] of pairs) {
    if (h.name !== b.name) layers.push({ layer: h.name, change: 'renamed', before: b.name });
    if (h.className !== b.className) layers.push({ layer: h.name, change: 'class', before: b.className, after: h.className });
    else if (shapes(h) !== shapes(b)) layers.push({ layer: h.name, change: 'reshaped', before: shapes(b), after: shapes(h) });
  }
  for (const l of onlyExpected) if (!l.isOperation) layers.push({ layer: l.name, change: 'added', after: l.className });
  for (const l of onlySaved) if (!l.isOperation) layers.push({ layer: l.name, change: 'removed', before: l.className });
  // Added and removed layers are listed above; the drift check's own one-side entries would repeat them.
  const config = configDrift(head, base).filter((d) => d.field !== 'layer' && d.field !== 'class');
  return layers.length || config.length ? { layers, config } : null;
}
