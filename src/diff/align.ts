// Lining up two layer sequences when the loader itself would stop (legacy layer count mismatch), so every
// per-layer difference can be reported in one pass. Order-preserving alignment (Needleman-Wunsch with
// free gaps): equal names weigh most, then equal weight shapes, then equal weight counts.
import type { DefinitionLayer, SavedLayer } from '../model/types.js';
import { isUnknown } from './pairing.js';
import { shapesCompatible } from './shapes.js';

export type AlignedBy = 'name' | 'shape' | 'order';

export interface AlignedRow {
  layer?: DefinitionLayer;
  saved?: SavedLayer;
  by?: AlignedBy;
}

function sameShapes(l: DefinitionLayer, s: SavedLayer): boolean {
  return l.weights.length === s.weights.length && l.weights.every((v, i) => shapesCompatible(v.shape, s.weights[i].shape));
}

/** Score of pairing two layers; null when they should not be paired at all. */
function score(l: DefinitionLayer, s: SavedLayer): number | null {
  const named = l.name === s.name;
  if (isUnknown(l)) return named ? 4 : 0.5;
  if (named) return 4 + (sameShapes(l, s) ? 2 : 0);
  if (sameShapes(l, s)) return 3;
  if (l.weights.length === s.weights.length) return 1;
  return null;
}

export function alignedBy(l: DefinitionLayer, s: SavedLayer): AlignedBy {
  if (l.name === s.name) return 'name';
  if (!isUnknown(l) && sameShapes(l, s)) return 'shape';
  return 'order';
}

/** Above this many (model × file) cells the quadratic alignment would cost too much; names then lead. */
const MAX_ALIGNMENT_CELLS = 4_000_000;

/**
 * Linear lining-up for huge models: a model layer takes the file layer of the same name when it lies
 * ahead (skipping the file layers before it), otherwise the next file layer when it scores at all.
 */
function alignByNames(model: readonly DefinitionLayer[], saved: readonly SavedLayer[]): AlignedRow[] {
  const at = new Map<string, number>();
  saved.forEach((s, j) => { if (!at.has(s.name)) at.set(s.name, j); });
  const rows: AlignedRow[] = [];
  let j = 0;
  for (const layer of model) {
    const named = at.get(layer.name);
    if (named !== undefined && named >= j) {
      while (j < named) rows.push({ saved: saved[j++] });
      rows.push({ layer, saved: saved[j++], by: 'name' });
    } else if (j < saved.length && !at.has(layer.name) && score(layer, saved[j]!) !== null) {
      rows.push({ layer, saved: saved[j], by: alignedBy(layer, saved[j]!) });
      j++;
    } else {
      rows.push({ layer });
    }
  }
  while (j < saved.length) rows.push({ saved: saved[j++] });
  return rows;
}

export function alignLayers(model: readonly DefinitionLayer[], saved: readonly SavedLayer[]): AlignedRow[] {
  const n = model.length;
  const m = saved.length;
  if (n * m > MAX_ALIGNMENT_CELLS) return alignByNames(model, saved);
  // best[i][j]: best total score aligning model[i:] with saved[j:].
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(model[i], saved[j]);
      const pair = s === null ? -Infinity : s + best[i + 1][j + 1];
      best[i][j] = Math.max(pair, best[i + 1][j], best[i][j + 1]);
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = score(model[i], saved[j]);
    if (s !== null && best[i][j] === s + best[i + 1][j + 1]) {
      rows.push({ layer: model[i], saved: saved[j], by: alignedBy(model[i], saved[j]) });
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) {
      rows.push({ layer: model[i++] });
    } else {
      rows.push({ saved: saved[j++] });
    }
  }
  while (i < n) rows.push({ layer: model[i++] });
  while (j < m) rows.push({ saved: saved[j++] });
  return rows;
}
