// Two weight artifacts compared variable by variable (`weightgate diff A B`): what h5diff does on raw
// HDF5, but with variables paired the way Keras pairs them and across formats. One variable of
// each side is in memory at a time, and identical bytes cost one read per side.
import { outputMetrics } from '../model/output-metrics.js';
import { numbersOf, sameBytes } from '../model/value-diff.js';
import type { ArtifactModel, DType, SavedLayer, SavedVariable } from '../model/types.js';

export type VariableStatus = 'same' | 'changed' | 'added' | 'removed' | 'reshaped' | 'retyped';

export interface VariableChange {
  /** The layer the variable belongs to (A's name; B's for an added one). */
  layer: string;
  /** The variable's name in its layer (`kernel`, or its index where the file records no name). */
  name: string;
  /** Where it sits in A (B for an added one). */
  path: string;
  status: VariableStatus;
  /** A's shape and dtype (B's for an added one); `b…` set when B differs. */
  shape: number[];
  dtype: DType;
  bShape?: number[];
  bDtype?: DType;
  /** For `changed`: the largest |a − b|. */
  maxAbsDiff?: number;
  /** For `changed`: ‖a − b‖₂ / ‖a‖₂ (Infinity when A is all zeros). */
  relativeChange?: number;
}

/** How the two sides' variables were paired, in the loader's terms. */
export type ArtifactPairing = 'object-path' | 'tfjs-name' | 'layer-name-and-position' | 'layer-order-and-position';

export interface ArtifactDiffSummary {
  same: number;
  changed: number;
  added: number;
  removed: number;
  reshaped: number;
  retyped: number;
  /** The largest |a − b| over every changed variable (0 when none changed). */
  maxAbsDiff: number;
  /** True when both hold the same variables with the same shapes and dtypes (values may differ). */
  sameStructure: boolean;
}

export interface ArtifactDiffReport {
  schemaVersion: 1;
  kind: 'artifacts';
  a: { source: string; format: string; label: string };
  b: { source: string; format: string; label: string };
  pairedBy: ArtifactPairing;
  /** One sentence: why this pairing. */
  pairingReason: string;
  /** Biggest changes first: structural changes, then changed values by relative change, then the same. */
  variables: VariableChange[];
  summary: ArtifactDiffSummary;
}

const KERAS3 = new Set(['keras3-weights-h5', 'keras3-weights-sharded', 'keras3-archive']);
const LEGACY = new Set(['keras-h5-full', 'keras-h5-weights']);

interface Keyed {
  key: string;
  layer: SavedLayer;
  v: SavedVariable;
  /** The variable's name in its layer. */
  name: string;
}

/** `dense/kernel:0` → `kernel`; Keras 3 vars are named by index. */
function shortName(v: SavedVariable): string {
  const last = v.name.split('/').pop() ?? v.name;
  return last.replace(/:\d+$/, '');
}

function family(a: ArtifactModel): 'keras3' | 'legacy' | 'tfjs' {
  return KERAS3.has(a.format) ? 'keras3' : LEGACY.has(a.format) ? 'legacy' : 'tfjs';
}

/**
 * The pairing rule: within one family, the key that family's loader uses; across families, the
 * layer name and the variable's position in its layer (every Keras writer keeps a layer's variables
 * in the same order), falling back to the order of weighted layers when no layer name is shared.
 */
function choosePairing(a: ArtifactModel, b: ArtifactModel): { by: ArtifactPairing; reason: string } {
  const fa = family(a);
  const fb = family(b);
  if (fa === fb && fa === 'keras3') return { by: 'object-path', reason: 'both are Keras 3 files: variables pair by object path and index, as Keras 3 loads them' };
  if (fa === fb && fa === 'tfjs') return { by: 'tfjs-name', reason: 'both are TF.js artifacts: variables pair by their manifest name, as tf.loadLayersModel does' };
  const names = new Set(weighted(a).map((l) => l.name));
  if (weighted(b).some((l) => names.has(l.name))) {
    return { by: 'layer-name-and-position', reason: fa === fb
      ? 'both are legacy HDF5 files: variables pair by layer name and position in the layer, as load_weights(by_name=True) assigns them'
      : 'the formats differ: variables pair by layer name and position in the layer, the order every Keras writer keeps' };
  }
  return { by: 'layer-order-and-position', reason: 'the formats differ and no layer name is shared (a Keras 3 file before 3.6 records none): variables pair by the order of weighted layers' };
}

function weighted(a: ArtifactModel): SavedLayer[] {
  return a.layers.filter((l) => l.weights.length > 0);
}

function keyed(a: ArtifactModel, by: ArtifactPairing): Keyed[] {
  const out: Keyed[] = [];
  // A file may repeat a key (two layers of one name in a hostile file): later ones get a suffix, so
  // nothing is dropped from the comparison.
  const seen = new Map<string, number>();
  const unique = (key: string): string => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n ? `${key}~${n}` : key;
  };
  weighted(a).forEach((layer, li) => {
    layer.weights.forEach((v, i) => {
      const key = unique(by === 'object-path' ? `${v.objectPath}#${v.index}`
        : by === 'tfjs-name' ? v.name
        : by === 'layer-name-and-position' ? `${layer.name}#${i}`
        : `${li}#${i}`);
      out.push({ key, layer, v, name: by === 'object-path' && /^\d+$/.test(shortName(v)) ? String(v.index) : shortName(v) });
    });
  });
  return out;
}




function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

const ORDER: Record<VariableStatus, number> = { reshaped: 0, retyped: 1, removed: 2, added: 3, changed: 4, same: 5 };

/** Compares every variable of `a` with its counterpart in `b`; reads one pair of variables at a time. */
export async function compareArtifacts(a: ArtifactModel, b: ArtifactModel): Promise<ArtifactDiffReport> {
  const { by, reason } = choosePairing(a, b);
  const left = keyed(a, by);
  const right = new Map(keyed(b, by).map((k) => [k.key, k]));
  const variables: VariableChange[] = [];
  for (const l of left) {
    const base = { layer: l.layer.name, name: l.name, path: l.v.path, shape: l.v.shape, dtype: l.v.dtype };
    const r = right.get(l.key);
    if (!r) {
      variables.push({ ...base, status: 'removed' });
      continue;
    }
    right.delete(l.key);
    if (!sameShape(l.v.shape, r.v.shape)) {
      variables.push({ ...base, status: 'reshaped', bShape: r.v.shape, ...(r.v.dtype !== l.v.dtype ? { bDtype: r.v.dtype } : {}) });
      continue;
    }
    if (l.v.dtype !== r.v.dtype) {
      variables.push({ ...base, status: 'retyped', bDtype: r.v.dtype });
      continue;
    }
    const x = await a.read(l.v);
    const y = await b.read(r.v);
    if (sameBytes(x, y)) variables.push({ ...base, status: 'same' });
    else {
      // Relative to A, the older side: ‖b − a‖ / ‖a‖.
      const m = outputMetrics(numbersOf(y), numbersOf(x), [x.length], { atol: 0, rtol: 0 });
      variables.push({ ...base, status: 'changed', maxAbsDiff: m.maxAbsDiff, relativeChange: m.relativeError });
    }
  }
  for (const r of right.values()) {
    variables.push({ layer: r.layer.name, name: r.name, path: r.v.path, shape: r.v.shape, dtype: r.v.dtype, status: 'added' });
  }
  variables.sort((p, q) => ORDER[p.status] - ORDER[q.status] || (q.relativeChange ?? 0) - (p.relativeChange ?? 0));
  const count = (s: VariableStatus): number => variables.filter((v) => v.status === s).length;
  const summary: ArtifactDiffSummary = {
    same: count('same'), changed: count('changed'), added: count('added'), removed: count('removed'),
    reshaped: count('reshaped'), retyped: count('retyped'),
    maxAbsDiff: variables.reduce((m, v) => Math.max(m, v.maxAbsDiff ?? 0), 0),
    sameStructure: variables.every((v) => v.status === 'same' || v.status === 'changed'),
  };
  const side = (m: ArtifactModel): ArtifactDiffReport['a'] => ({ source: m.source, format: m.format, label: m.formatLabel });
  return { schemaVersion: 1, kind: 'artifacts', a: side(a), b: side(b), pairedBy: by, pairingReason: reason, variables, summary };
}
