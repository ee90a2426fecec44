// Patterns worth a next step: a resized head, a transposed kernel, an input size change seen through
// Flatten, auto-numbered names, swapped layers. Each is a guess stated as one, attached to the findings.
import { isObject } from '../sources/json-value.js';
import { RECURRENT_GATES } from '../model/layers/recurrent.js';
import { preprocessForLoading } from '../model/tfkeras-preprocess.js';
import type { ArtifactModel, DType, DefinitionLayer, DefinitionModel, SavedLayer } from '../model/types.js';
import type { Hint, Issue, IssueHint, MissingWeights, NameMismatch, UnexpectedWeights } from './findings.js';
import { modelLayers, savedWeightedLayers, weightedLayers, type PairContext, type Pairing } from './pairing.js';
import { autoNumberBase, differOnlyByAutoNumber, shapesCompatible, transposeAxes } from './shapes.js';

const savedIndexes = new WeakMap<ArtifactModel, Map<string, SavedLayer>>();

function savedLayerByName(artifact: ArtifactModel): Map<string, SavedLayer> {
  let m = savedIndexes.get(artifact);
  if (!m) {
    m = new Map();
    for (const l of artifact.layers) if (!m.has(l.name)) m.set(l.name, l);
    savedIndexes.set(artifact, m);
  }
  return m;
}

interface LayerIndex {
  layers: DefinitionLayer[];
  byName: Map<string, DefinitionLayer>;
  position: Map<DefinitionLayer, number>;
}

const indexes = new WeakMap<DefinitionModel, LayerIndex>();

/** Built once per definition: hints look layers up per finding, and a model may have thousands. */
function layerIndex(definition: DefinitionModel): LayerIndex {
  let ix = indexes.get(definition);
  if (!ix) {
    const layers = modelLayers(definition);
    const byName = new Map<string, DefinitionLayer>();
    for (const l of layers) if (!byName.has(l.name)) byName.set(l.name, l);
    ix = { layers, byName, position: new Map(layers.map((l, i) => [l, i])) };
    indexes.set(definition, ix);
  }
  return ix;
}

function layerByName(definition: DefinitionModel): Map<string, DefinitionLayer> {
  return layerIndex(definition).byName;
}

const PASS_THROUGH = new Set(['Dropout', 'Activation', 'ActivityRegularization', 'GaussianNoise', 'GaussianDropout', 'AlphaDropout', 'SpatialDropout1D', 'SpatialDropout2D']);

/** The Flatten that feeds this Dense, looking through weightless pass-through layers; null if none. */
function flattenBefore(definition: DefinitionModel, layer: DefinitionLayer): DefinitionLayer | null {
  const { layers, byName, position } = layerIndex(definition);
  let cur: DefinitionLayer | undefined = layer;
  for (let steps = 0; cur && steps < layers.length; steps++) {
    const src: DefinitionLayer | undefined = cur.inbound.length
      ? byName.get(cur.inbound[0]?.inputs[0]?.layer ?? '')
      : layers[(position.get(cur) ?? 0) - 1];
    if (!src) return null;
    if (src.className === 'Flatten') return src;
    if (!PASS_THROUGH.has(src.className) || src.weights.length) return null;
    cur = src;
  }
  return null;
}

function issueHint(i: Issue, ctx: PairContext): IssueHint | undefined {
  const layer = layerByName(ctx.definition).get(i.layer);
  if (i.code === 'shape-mismatch') {
    const axes = transposeAxes(i.expectedShape, i.savedShape);
    if (axes) return { kind: 'transposed', axes };
    const [expectedIn, expectedOut, ...expectedRest] = i.expectedShape;
    const [savedIn, savedOut, ...savedRest] = i.savedShape;
    if (layer?.className === 'Dense' && expectedIn !== undefined && savedIn !== undefined && savedOut !== undefined && !expectedRest.length && !savedRest.length
      && expectedOut === savedOut && expectedIn !== savedIn && /kernel$/.test(i.weight)) {
      const flatten = flattenBefore(ctx.definition, layer);
      if (flatten) return { kind: 'flatten-input', expectedIn, savedIn, flatten: flatten.name };
    }
  }
  if ((i.code === 'weight-count-mismatch' || i.code === 'shape-mismatch') && ctx.loader.runtime === 'keras3' && layer) {
    // What tf-keras would have converted (Keras 1 and CuDNN layouts) and Keras 3 assigns as saved.
    const saved = savedLayerByName(ctx.artifact).get(i.savedLayer);
    const p = saved
      ? preprocessForLoading({ className: layer.className, config: layer.config }, saved.weights.map((w) => w.shape), { keras1: ctx.artifact.generation === 1 })
      : undefined;
    if (p?.kind === 'converted') return { kind: 'needs-tf-keras', className: layer.className, conversion: p.description };
  }
  return undefined;
}

/** Output layers, and the last layer that owns weights (the usual classifier head). */
function headLayers(definition: DefinitionModel): Set<string> {
  const names = new Set(definition.outputs.map((o) => o.name));
  const heads = new Set(modelLayers(definition).filter((l) => names.has(l.name)).map((l) => l.name));
  const weighted = weightedLayers(definition);
  const last = weighted.at(-1);
  if (last) heads.add(last.name);
  return heads;
}


function innerClass(layer: DefinitionLayer | undefined): { className: string; merge: number } {
  const inner = layer?.config.layer;
  if ((layer?.className === 'Bidirectional' || layer?.className === 'TimeDistributed') && isObject(inner)) {
    const cls = inner.class_name;
    const concat = layer.className === 'Bidirectional' && (layer.config.merge_mode ?? 'concat') === 'concat';
    return { className: typeof cls === 'string' ? cls : '', merge: concat ? 2 : 1 };
  }
  return { className: layer?.className ?? '', merge: 1 };
}

/**
 * The layer's output width from its kernel's last dimension: a recurrent kernel fuses its gates
 * (4·units for LSTM, 3·units for GRU), and a concatenating Bidirectional outputs both directions.
 */
function units(shape: readonly (number | null)[] | undefined, layer?: DefinitionLayer): number | undefined {
  const d = shape?.[shape.length - 1];
  if (typeof d !== 'number') return undefined;
  const { className, merge } = innerClass(layer);
  const gates = RECURRENT_GATES[className] ?? 1;
  return d % gates === 0 ? (d / gates) * merge : undefined;
}

function parameters(layer: DefinitionLayer): number {
  return layer.weights.reduce((n, w) => n + w.shape.reduce<number>((a, b) => a * (b ?? 0), 1), 0);
}

/** A nested model that holds most of the weights is the model, not a head to retrain. */
function isBackbone(layer: DefinitionLayer, definition: DefinitionModel): boolean {
  if (!layer.nested) return false;
  const total = modelLayers(definition).reduce((n, l) => n + parameters(l), 0);
  return total > 0 && parameters(layer) * 2 > total;
}

function headChanged(issues: readonly Issue[], ctx: PairContext): Hint | undefined {
  const open = issues.filter((i) => i.severity !== 'info');
  const differing = open.filter((i) => i.code === 'shape-mismatch' || i.code === 'weight-count-mismatch' || i.code === 'missing-weights');
  if (!differing.length) return undefined;
  if (open.some((i) => i.code === 'layer-count-mismatch')) return undefined;
  // A file layer left over means layers were added or removed, not a new head; except under by_name,
  // where the old head itself is what is left over.
  const saved = savedWeightedLayers(ctx.artifact);
  const oldHead = saved[saved.length - 1]?.name;
  const leftovers = open.filter((i): i is UnexpectedWeights => i.code === 'unexpected-weights');
  if (leftovers.some((u) => ctx.loader.rule !== 'name' || u.savedLayer !== oldHead)) return undefined;
  const heads = headLayers(ctx.definition);
  const layers = [...new Set(differing.map((i) => i.layer))];
  if (!layers.every((l) => heads.has(l))) return undefined;
  const byName = layerByName(ctx.definition);
  if (layers.some((l) => { const d = byName.get(l); return d !== undefined && isBackbone(d, ctx.definition); })) return undefined;
  const kernel = differing.find((i) => i.code === 'shape-mismatch' && i.expectedShape.length >= 2);
  let expectedUnits: number | undefined;
  let savedUnits: number | undefined;
  if (kernel?.code === 'shape-mismatch') {
    const layer = byName.get(kernel.layer);
    expectedUnits = units(kernel.expectedShape, layer);
    savedUnits = units(kernel.savedShape, layer);
  } else {
    const missing = differing.find((i): i is MissingWeights => i.code === 'missing-weights');
    const old = open.find((i): i is UnexpectedWeights => i.code === 'unexpected-weights');
    const layer = missing ? byName.get(missing.layer) : undefined;
    expectedUnits = units(missing?.expectedVars.find((v) => v.shape.length >= 2)?.shape, layer);
    savedUnits = units(old?.savedVars.find((v) => v.shape.length >= 2)?.shape, layer);
  }
  return { kind: 'head-changed', layers, rule: ctx.loader.rule, skipMismatch: ctx.loader.skipMismatch, ...(expectedUnits !== undefined && savedUnits !== undefined && expectedUnits !== savedUnits ? { expectedUnits, savedUnits } : {}) };
}

function sameShapes(m: MissingWeights, u: UnexpectedWeights): boolean {
  return u.savedVars.length === m.expectedVars.length
    && m.expectedVars.every((v, k) => {
      const saved = u.savedVars[k];
      return saved !== undefined && shapesCompatible(v.shape, saved.shape.filter((d): d is number => d !== null));
    });
}

/** Candidates for "the same layer, renamed": unused file layers bucketed by their exact shapes, then by auto-number base. */
class UnusedIndex {
  private readonly buckets = new Map<string, { left: Set<UnexpectedWeights>; byBase: Map<string, { list: UnexpectedWeights[]; next: number }> }>();

  constructor(unused: readonly UnexpectedWeights[]) {
    for (const u of unused) {
      const key = JSON.stringify(u.savedVars.map((v) => v.shape));
      let b = this.buckets.get(key);
      if (!b) this.buckets.set(key, (b = { left: new Set(), byBase: new Map() }));
      b.left.add(u);
      const base = autoNumberBase(u.savedLayer);
      const twins = b.byBase.get(base);
      if (twins) twins.list.push(u);
      else b.byBase.set(base, { list: [u], next: 0 });
    }
  }

  /** An auto-numbered twin of `m`'s layer with its shapes, else the only unused layer with them. */
  take(m: MissingWeights): UnexpectedWeights | undefined {
    const exact = m.expectedVars.every((v) => v.shape.every((d) => d !== null));
    const candidates = exact ? [this.buckets.get(JSON.stringify(m.expectedVars.map((v) => v.shape)))].filter((b) => b !== undefined) : [...this.buckets.values()];
    const fits = (u: UnexpectedWeights) => sameShapes(m, u);
    let found: UnexpectedWeights | undefined;
    for (const b of candidates) {
      const twins = b.byBase.get(autoNumberBase(m.layer));
      if (!twins) continue;
      // Taken twins are skipped once for all (the scan never restarts), so the whole pass stays linear.
      for (let t = twins.list[twins.next]; t !== undefined && !b.left.has(t); t = twins.list[twins.next]) twins.next++;
      found = twins.list.slice(twins.next).find((x) => b.left.has(x) && fits(x) && differOnlyByAutoNumber(m.layer, x.savedLayer));
      if (found) break;
    }
    if (!found) {
      const all: UnexpectedWeights[] = [];
      for (const b of candidates) {
        for (const u of b.left) {
          if (fits(u)) all.push(u);
          if (all.length > 1 && exact) break;
        }
      }
      if (all.length === 1) found = all[0];
    }
    if (found) for (const b of candidates) b.left.delete(found);
    return found;
  }
}

function renameMap(issues: readonly Issue[]): Hint | undefined {
  const map: Record<string, string> = {};
  let autoNumbered = true;
  for (const i of issues) if (i.code === 'name-mismatch' && i.autoNumbered && !i.swappedWith && !i.cycle) map[i.savedLayer] = i.layer;
  // by_name: a model layer missing and a file layer unused with the same shapes: the same layer, renamed.
  const missing = issues.filter((i): i is MissingWeights => i.code === 'missing-weights' && i.rule === 'name' && i.severity !== 'info');
  const unused = new UnusedIndex(issues.filter((i): i is UnexpectedWeights => i.code === 'unexpected-weights' && i.rule === 'name' && !i.topLevel && i.severity !== 'info'));
  for (const m of missing) {
    const u = unused.take(m);
    if (!u) continue;
    map[u.savedLayer] = m.layer;
    if (!differOnlyByAutoNumber(m.layer, u.savedLayer)) autoNumbered = false;
  }
  return Object.keys(map).length ? { kind: 'rename-map', layers: Object.values(map), map, autoNumbered } : undefined;
}

function swaps(issues: readonly Issue[]): Hint[] {
  const seen = new Set<string>();
  const out: Hint[] = [];
  for (const i of issues) {
    if (i.code !== 'name-mismatch') continue;
    const group = i.swappedWith ? [i.layer, i.swappedWith] : i.cycle;
    if (!group) continue;
    const key = [...group].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: 'layers-swapped', layers: group });
  }
  return out;
}

function byNameMatchedNothing(pairing: Pairing, ctx: PairContext): Hint | undefined {
  if (ctx.loader.rule !== 'name' || pairing.pairs.length) return undefined;
  const weighted = weightedLayers(ctx.definition);
  if (!weighted.length || !ctx.artifact.layers.some((l) => l.weights.length)) return undefined;
  return { kind: 'by-name-matched-nothing', layers: weighted.map((l) => l.name) };
}

/**
 * Keras 3 numbers object paths per class in model order, so adding or removing a layer moves every
 * later layer of its class onto its neighbour's weights.
 */
function shiftedPaths(issues: readonly Issue[], ctx: PairContext): Hint | undefined {
  if (ctx.loader.rule !== 'path') return undefined;
  const unused = new Set(issues.filter((i): i is UnexpectedWeights => i.code === 'unexpected-weights').map((u) => u.savedLayer));
  const missing = new Set(issues.filter((i) => i.code === 'missing-weights').map((m) => m.layer));
  const moves = issues
    .filter((i): i is NameMismatch => i.code === 'name-mismatch' && !i.swappedWith && !i.cycle && (unused.has(i.layer) || missing.has(i.savedLayer)))
    .map((n) => ({ layer: n.layer, savedLayer: n.savedLayer, ...(n.objectPath ? { objectPath: n.objectPath } : {}) }));
  return moves.length ? { kind: 'shifted-paths', layers: moves.map((m) => m.layer), moves } : undefined;
}

function lossyCasts(issues: readonly Issue[]): Hint | undefined {
  const casts = new Map<string, { from: DType; to: DType; count: number; quantized: boolean }>();
  const layers = new Set<string>();
  for (const i of issues) {
    if (i.code !== 'dtype-mismatch' || !i.lossy || i.raises || i.severity === 'info') continue;
    const quantized = i.quantization !== undefined;
    const from = quantized ? (i.storedDtype ?? i.savedDtype) : i.savedDtype;
    const to = quantized ? i.savedDtype : i.expectedDtype;
    const key = `${from}>${to}>${quantized}`;
    const c = casts.get(key) ?? { from, to, count: 0, quantized };
    c.count++;
    casts.set(key, c);
    layers.add(i.layer);
  }
  return casts.size ? { kind: 'lossy-cast', layers: [...layers], casts: [...casts.values()] } : undefined;
}

/**
 * TF.js weight names that would pair once a leading model-name segment is dropped: the TensorFlow.js
 * converter writes Keras 3 models as `sequential/dense/kernel`, which tf.loadLayersModel (4.22) does
 * not strip, so nothing loads.
 */
function modelNamePrefix(issues: readonly Issue[], ctx: PairContext): Hint | undefined {
  if (ctx.loader.rule !== 'tfjs') return undefined;
  const unused = issues.filter((i): i is UnexpectedWeights => i.code === 'unexpected-weights');
  const expected = new Set(modelLayers(ctx.definition).flatMap((l) => l.weights.map((w) => w.path)));
  const prefixes = new Map<string, number>();
  for (const u of unused) {
    for (const v of u.savedVars) {
      const cut = v.name.indexOf('/');
      if (cut > 0 && expected.has(v.name.slice(cut + 1))) prefixes.set(v.name.slice(0, cut), (prefixes.get(v.name.slice(0, cut)) ?? 0) + 1);
    }
  }
  const [prefix, count] = [...prefixes].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!prefix || !count) return undefined;
  return { kind: 'model-name-prefix', layers: unused.map((u) => u.savedLayer), prefix, count, isModelName: prefix === ctx.definition.name };
}

export function findHints(pairing: Pairing, issues: readonly Issue[], ctx: PairContext): { perIssue: Map<Issue, IssueHint>; hints: Hint[] } {
  const perIssue = new Map<Issue, IssueHint>();
  for (const i of issues) {
    const h = issueHint(i, ctx);
    if (h) perIssue.set(i, h);
  }
  const hints = [headChanged(issues, ctx), renameMap(issues), ...swaps(issues), byNameMatchedNothing(pairing, ctx), modelNamePrefix(issues, ctx), shiftedPaths(issues, ctx), lossyCasts(issues)].filter((h): h is Hint => h !== undefined);
  return { perIssue, hints };
}
