// TF.js `Container.loadWeights(weights, strict=true)` as `tf.loadLayersModel` calls it: each manifest
// name goes to the variable whose originalName (or Keras 3 `layer/index` key) equals it, with one
// fallback that drops the second-to-last segment (`lstm/lstm_cell/kernel` → `lstm/kernel`).
import { pushTo } from './multimap.js';
import type { DType, DefinitionLayer, ExpectedVariable, SavedLayer, SavedVariable } from '../model/types.js';
import type { Issue, VarRef } from './findings.js';
import { isUnknown, modelLayers, type PairContext, type Pairing, type VariablePair } from './pairing.js';
import { isLossyCast, shapesCompatible } from './shapes.js';

interface Target {
  layer: DefinitionLayer;
  variable: ExpectedVariable;
  name: string;
  set: boolean;
}

const RNN_CELL_SCOPE = /(^|_)cell(_\d+)?$/;

/** Variables tfjs-layers names differently from Keras 3 (Keras 3 renamed DepthwiseConv2D's `depthwise_kernel`). */
const TFJS_RENAMES: Record<string, Record<string, string>> = {
  DepthwiseConv2D: { kernel: 'depthwise_kernel' },
  DepthwiseConv1D: { kernel: 'depthwise_kernel' },
};

/** The scoped name tfjs-layers gives a variable: no RNN cell scope, no wrapped layer's scope in TimeDistributed. */
export function tfjsVariableName(layer: DefinitionLayer, v: ExpectedVariable): string {
  const segs = (v.path || `${layer.name}/${v.name}`).split('/');
  const renamed = TFJS_RENAMES[layer.className]?.[segs.at(-1) ?? ''];
  if (renamed) segs[segs.length - 1] = renamed;
  if (segs.length <= 2) return segs.join('/');
  if (layer.className === 'TimeDistributed') return `${segs.at(0) ?? ''}/${segs.at(-1) ?? ''}`;
  return segs.filter((s, i) => i === 0 || i === segs.length - 1 || !RNN_CELL_SCOPE.test(s)).join('/');
}

/** The inner layer that owns a variable of a nested model, so it is named the way tfjs names it. */
function owners(layer: DefinitionLayer): Map<ExpectedVariable, DefinitionLayer> {
  const out = new Map<ExpectedVariable, DefinitionLayer>();
  const walk = (l: DefinitionLayer) => {
    if (l.nested) l.nested.layers.forEach(walk);
    else l.weights.forEach((v) => out.set(v, l));
  };
  walk(layer);
  return out;
}

/** `isKerasSavedModelFormat`: only the first key is looked at. */
function keras3Keys(first: string | undefined): boolean {
  if (first === undefined) return false;
  const last = first.split('/').pop() ?? '';
  return !Number.isNaN(Number.parseInt(last, 10));
}

function dropSecondToLast(name: string): string {
  const t = name.split('/');
  return t.length < 2 ? name : [...t.slice(0, -2), t[t.length - 1]].join('/');
}

/** TF.js variables exist in float32, int32, bool, … only: Keras' half and double precision arrive as float32. */
function tfjsDtype(d: DType): DType {
  if (d === 'float16' || d === 'bfloat16' || d === 'float64') return 'float32';
  if (d === 'int64' || d === 'int8' || d === 'int16' || d === 'uint8' || d === 'uint16') return 'int32';
  return d;
}

export function pairByTfjs(ctx: PairContext): Pairing {
  const issues: Issue[] = [];
  const pairs: VariablePair[] = [];
  const provided: { v: SavedVariable; layer: SavedLayer }[] = ctx.artifact.layers.flatMap((layer) => layer.weights.map((v) => ({ v, layer })));
  const keras3 = keras3Keys(provided[0]?.v.name);

  const targets = new Map<string, Target>();
  const unknownPrefixes: DefinitionLayer[] = [];
  for (const layer of modelLayers(ctx.definition)) {
    if (isUnknown(layer)) {
      unknownPrefixes.push(layer);
      continue;
    }
    const owner = owners(layer);
    layer.weights.forEach((v, index) => {
      const name = tfjsVariableName(owner.get(v) ?? layer, v);
      const key = keras3 ? `${name.split('/').slice(0, -1).join('/')}/${index}` : name;
      if (targets.has(key)) {
        issues.push({ code: 'duplicate-weight-name', severity: 'error', raises: true, layer: layer.name, weight: v.path, key });
        return;
      }
      targets.set(key, { layer, variable: v, name, set: false });
    });
  }

  const noTarget = new Map<SavedLayer, SavedVariable[]>();
  const assigned: { t: Target; s: SavedVariable; layer: SavedLayer }[] = [];
  const heldByUnknown = new Map<DefinitionLayer, SavedVariable[]>();
  for (const { v, layer } of provided) {
    const t = targets.get(v.name) ?? targets.get(dropSecondToLast(v.name));
    if (t) {
      t.set = true;
      assigned.push({ t, s: v, layer });
      continue;
    }
    const unknown = unknownPrefixes.find((l) => v.name.startsWith(`${l.name}/`));
    if (unknown) pushTo(heldByUnknown, unknown, v);
    else pushTo(noTarget, layer, v);
  }

  // tfjs raises at the first name without a target, before it checks anything else.
  for (const [layer, vars] of noTarget) {
    issues.push({ code: 'unexpected-weights', rule: 'tfjs', severity: 'error', raises: true, layer: layer.name, savedLayer: layer.name, savedPath: layer.path, savedVars: vars.map((v) => ({ name: v.name, shape: v.shape })) });
  }

  const unset = [...targets.entries()].filter(([, t]) => !t.set);
  const byLayer = new Map<DefinitionLayer, VarRef[]>();
  for (const [, t] of unset) pushTo(byLayer, t.layer, { name: t.variable.path || t.name, shape: t.variable.shape });
  for (const [layer, expected] of byLayer) {
    issues.push({
      code: 'missing-weights', rule: 'tfjs', severity: 'error', raises: true, layer: layer.name, expectedVars: expected,
      unsetTotal: unset.length, totalWeights: targets.size, unsetNames: unset.map(([, t]) => t.name),
    });
  }

  for (const { t, s, layer } of assigned) {
    const v = t.variable;
    const shapeOk = shapesCompatible(v.shape, s.shape);
    pairs.push({ layer: t.layer.name, expected: v, saved: s, shapeOk });
    if (!shapeOk) {
      issues.push({
        code: 'shape-mismatch', rule: 'tfjs', severity: 'error', raises: true, layer: t.layer.name, weight: v.path || t.name, position: 0,
        savedLayer: layer.name, savedName: s.name, expectedShape: v.shape, savedShape: s.shape, dtype: v.dtype,
      });
    }
    const want = tfjsDtype(v.dtype);
    if (s.dtype !== 'unknown' && v.dtype !== 'unknown' && tfjsDtype(s.dtype) !== want) {
      issues.push({ code: 'dtype-mismatch', severity: 'error', raises: true, layer: t.layer.name, weight: v.path || t.name, savedLayer: layer.name, expectedDtype: want, savedDtype: s.dtype, lossy: isLossyCast(s.dtype, want) });
    } else {
      // Stored quantised, or in another dtype than the one it decodes to.
      const stored = s.quantization?.dtype ?? (s.storedDtype !== s.dtype ? s.storedDtype : undefined);
      if (stored) {
        issues.push({
          code: 'dtype-mismatch', severity: 'warning', raises: false, layer: t.layer.name, weight: v.path || t.name, savedLayer: layer.name,
          expectedDtype: v.dtype, savedDtype: s.dtype, storedDtype: stored, ...(s.quantization ? { quantization: s.quantization.dtype } : {}),
          lossy: isLossyCast(s.dtype, stored),
        });
      }
    }
  }

  for (const layer of unknownPrefixes) {
    const held = heldByUnknown.get(layer) ?? [];
    issues.push({ code: 'unknown-layer-class', severity: 'warning', raises: false, layer: layer.name, className: layer.className, savedVars: held.map((v) => ({ name: v.name, shape: v.shape })) });
  }
  return { issues, pairs };
}
