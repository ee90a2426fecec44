// Keras 3 `.weights.h5` / sharded / `.keras`: `saving_lib._load_state`. Keras walks the model, and each
// saveable reads `<object path>/vars/<i>` by index. A missing object reads as zero variables; objects
// only the file has are never visited. Layer names play no part, which is why a swap loads silently.
import { stringAt } from '../sources/json-value.js';
import { pushTo } from './multimap.js';
import type { DefinitionLayer, ExpectedVariable, SavedLayer, SavedVariable } from '../model/types.js';
import { dtypeIssue } from './dtype-issue.js';
import type { Issue } from './findings.js';
import { nameMismatches, type NamedPair } from './names.js';
import {
  expectedRefs, isUnknown, modelLayers, savedRefs, type PairContext, type Pairing, type VariablePair,
} from './pairing.js';
import { shapesCompatible } from './shapes.js';

interface SavedObject {
  layer: SavedLayer;
  vars: SavedVariable[];
}

function savedObjects(layers: readonly SavedLayer[]): Map<string, SavedObject> {
  const out = new Map<string, SavedObject>();
  for (const layer of layers) {
    for (const v of layer.weights) {
      const o = out.get(v.objectPath) ?? { layer, vars: [] };
      o.vars.push(v);
      out.set(v.objectPath, o);
    }
  }
  for (const o of out.values()) o.vars.sort((a, b) => a.index - b.index);
  return out;
}

/** A layer's variables grouped by the saveable that stores them, in first-seen order. */
function objectsOf(layer: DefinitionLayer): Map<string, ExpectedVariable[]> {
  const out = new Map<string, ExpectedVariable[]>();
  for (const v of layer.weights) pushTo(out, v.objectPath, v);
  for (const vars of out.values()) vars.sort((a, b) => a.index - b.index);
  return out;
}

const CELL_CLASS: Record<string, string> = { LSTM: 'LSTMCell', GRU: 'GRUCell', SimpleRNN: 'SimpleRNNCell' };

/** The class Keras prints in `<Class name=…, built=True>` for a sub-object; best effort. */
function objectClass(layer: DefinitionLayer, objectPath: string): string {
  if (objectPath === layer.objectPath) return layer.className;
  const last = objectPath.split('/').pop() ?? '';
  const cell = CELL_CLASS[layer.className];
  if (last === 'cell' && cell) return cell;
  if (/_dense$/.test(last) && layer.className === 'MultiHeadAttention') return 'EinsumDense';
  const inner = stringAt(layer.config.layer, 'class_name');
  if (inner !== undefined) return (last === 'cell' ? CELL_CLASS[inner] : undefined) ?? inner;
  return layer.className;
}

/** The name Keras prints for a sub-object: recorded in the file (3.6+) or the scope in the variable path. */
function objectName(layer: DefinitionLayer, objectPath: string, vars: readonly ExpectedVariable[], saved?: SavedLayer): string {
  if (objectPath === layer.objectPath) return layer.name;
  const recorded = saved?.subNames?.[objectPath];
  if (recorded) return recorded;
  const scope = vars[0]?.path.split('/') ?? [];
  return (scope.length >= 3 ? scope.at(-2) : undefined) ?? objectPath.split('/').pop() ?? layer.name;
}

export function pairByPath(ctx: PairContext): Pairing {
  const issues: Issue[] = [];
  const pairs: VariablePair[] = [];
  const objects = savedObjects(ctx.artifact.layers);
  const byPath = new Map(ctx.artifact.layers.map((l) => [l.path, l]));
  const visited = new Set<string>();
  const skip = ctx.loader.skipMismatch;
  const failure = skip
    ? { severity: 'warning' as const, raises: false, skipped: true as const }
    : { severity: 'error' as const, raises: true };

  const layers = modelLayers(ctx.definition);
  const named: NamedPair[] = layers
    .filter((l) => l.objectPath && (l.weights.length > 0 || isUnknown(l) || (byPath.get(l.objectPath)?.weights.length ?? 0) > 0))
    .flatMap((l, position) => {
      const s = byPath.get(l.objectPath);
      return s?.nameRecorded ? [{ layer: l.name, savedLayer: s.name, position, objectPath: l.objectPath }] : [];
    });
  const nameIssues = new Map(nameMismatches(named, 'path').map((i) => [i.layer, i]));

  for (const layer of layers) {
    const n = nameIssues.get(layer.name);
    if (n) issues.push(n);
    const savedLayer = byPath.get(layer.objectPath);
    if (layer.weights.length && layer.weights.every((v) => !v.objectPath)) {
      issues.push({ code: 'unknown-layer-class', severity: 'warning', raises: false, layer: layer.name, className: layer.className, savedVars: [], why: 'a layer whose Keras 3 object path could not be derived from the definition' });
      continue;
    }
    if (isUnknown(layer)) {
      const held = [...objects.entries()].filter(([p]) => layer.objectPath && (p === layer.objectPath || p.startsWith(`${layer.objectPath}/`)));
      held.forEach(([p]) => visited.add(p));
      issues.push({ code: 'unknown-layer-class', severity: 'warning', raises: false, layer: layer.name, className: layer.className, savedVars: held.flatMap(([, o]) => savedRefs(o.vars)), ...(savedLayer ? { savedLayer: savedLayer.name } : {}) });
      continue;
    }
    for (const [objectPath, expected] of objectsOf(layer)) {
      visited.add(objectPath);
      const held = objects.get(objectPath);
      const got = held?.vars ?? [];
      const obj = { objectPath, objectName: objectName(layer, objectPath, expected, savedLayer), objectClass: objectClass(layer, objectPath) };
      if (!held || got.length === 0) {
        issues.push({ code: 'missing-weights', rule: 'path', layer: layer.name, expectedVars: expectedRefs(expected), ...obj, ...failure });
        continue;
      }
      if (got.length !== expected.length) {
        issues.push({
          code: 'weight-count-mismatch', rule: 'path', layer: layer.name, position: 0, savedLayer: held.layer.name,
          expectedVars: expectedRefs(expected), savedVars: savedRefs(got), ...obj, ...failure,
        });
        continue;
      }
      const owner = held.layer;
      expected.forEach((v, i) => {
        const s = got.find((g) => g.index === v.index) ?? got[i];
        if (!s) return; // counts were compared above: every expected variable has a saved one
        const shapeOk = shapesCompatible(v.shape, s.shape);
        pairs.push({ layer: layer.name, expected: v, saved: s, shapeOk });
        if (!shapeOk) {
          issues.push({
            code: 'shape-mismatch', rule: 'path', layer: layer.name, weight: v.path, position: v.index, savedLayer: owner.name, savedName: s.name,
            expectedShape: v.shape, savedShape: s.shape, dtype: v.dtype, ...obj, ...failure,
          });
        }
        const dtype = dtypeIssue(layer.name, v, owner.name, s);
        if (dtype) issues.push(dtype);
      });
    }
  }

  const extra = new Map<SavedLayer, SavedVariable[]>();
  for (const [p, o] of objects) {
    if (!visited.has(p)) pushTo(extra, o.layer, ...o.vars);
  }
  for (const [layer, vars] of extra) {
    issues.push({ code: 'unexpected-weights', rule: 'path', severity: 'warning', raises: false, layer: layer.name, savedLayer: layer.name, savedPath: layer.path || '/vars', savedVars: savedRefs(vars) });
  }

  const weighted = ctx.artifact.layers.filter((l) => l.weights.length > 0);
  if (weighted.length > 1 && weighted.every((l) => !l.nameRecorded)) {
    issues.push({ code: 'names-unrecorded', severity: 'info', raises: false, layer: '' });
  }
  return { issues, pairs };
}
