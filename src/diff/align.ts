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
  return l.weights.length === s.weights.length && l.weights.every((v, i) => {
    const w = s.weights[i];
    return w !== undefined && shapesCompatible(v.shape, w.shape);
  });
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
    const next = saved[j];
    if (named !== undefined && named >= j) {
      while (j < named) rows.push({ saved: saved[j++] });
      rows.push({ layer, saved: saved[j++], by: 'name' });
    } else if (next !== undefined && !at.has(layer.name) && score(layer, next) !== null) {
      rows.push({ layer, saved: next, by: alignedBy(layer, next) });
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
  // best(i, j): best total score aligning model[i:] with saved[j:] (0 past either end).
  const width = m + 1;
  const table = new Float64Array((n + 1) * width);
  const best = (i: number, j: number): number => table[i * width + j] ?? 0;
  const reversedSaved = [...saved.entries()].reverse();
  for (const [i, l] of [...model.entries()].reverse()) {
    for (const [j, s] of reversedSaved) {
      const sc = score(l, s);
      const pair = sc === null ? -Infinity : sc + best(i + 1, j + 1);
      table[i * width + j] = Math.max(pair, best(i + 1, j), best(i, j + 1));
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  for (let l = model[i], s = saved[j]; l !== undefined && s !== undefined; l = model[i], s = saved[j]) {
    const sc = score(l, s);
    if (sc !== null && best(i, j) === sc + best(i + 1, j + 1)) {
      rows.push({ layer: l, saved: s, by: alignedBy(l, s) });
      i++;
      j++;
    } else if (best(i, j) === best(i + 1, j)) {
      rows.push({ layer: l });
      i++;
    } else {
      rows.push({ saved: s });
      j++;
    }
  }
  while (i < n) rows.push({ layer: model[i++] });
  while (j < m) rows.push({ saved: saved[j++] });
  return rows;
}
