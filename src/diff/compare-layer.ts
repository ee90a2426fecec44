// One model layer against the one file layer a legacy loader hands it: counts, then shapes and dtypes
// by position, as `_set_weights` does (order and name rules share this).
import type { DefinitionLayer, SavedLayer } from '../model/types.js';
import type { Issue } from './findings.js';
import { convertKeras1 } from './keras1.js';
import { expectedRefs, isUnknown, savedRefs, type PairContext, type VariablePair } from './pairing.js';
import { isLossyCast, shapesCompatible } from './shapes.js';

export interface LayerMatch {
  layer: DefinitionLayer;
  saved: SavedLayer;
  /** Keras' `#k` in its messages. */
  position: number;
  rule: 'order' | 'name';
}

/** Keras 3 skips per weight (both rules); tf-keras only under by_name. */
function skips(ctx: PairContext, rule: 'order' | 'name'): boolean {
  return ctx.loader.skipMismatch && (rule === 'name' || ctx.loader.runtime === 'keras3');
}

function convertsKeras1(ctx: PairContext): boolean {
  return ctx.artifact.generation === 1 && ctx.definition.generation >= 2 && ctx.loader.runtime === 'keras2';
}

export function compareLayer(ctx: PairContext, m: LayerMatch): { issues: Issue[]; pairs: VariablePair[] } {
  const { layer, saved, position, rule } = m;
  const issues: Issue[] = [];
  const pairs: VariablePair[] = [];
  if (isUnknown(layer)) {
    issues.push({ code: 'unknown-layer-class', severity: 'warning', raises: false, layer: layer.name, className: layer.className, savedVars: savedRefs(saved.weights), savedLayer: saved.name });
    return { issues, pairs };
  }

  let weights = saved.weights;
  if (convertsKeras1(ctx)) {
    const c = convertKeras1(layer, weights);
    if (c.description) {
      issues.push({ code: 'weights-converted', severity: 'info', raises: false, layer: layer.name, className: layer.className, savedLayer: saved.name, from: weights.length, to: c.weights.length, conversion: c.description });
    }
    weights = c.weights;
  }

  const skip = skips(ctx, rule);
  if (weights.length !== layer.weights.length) {
    // Only by_name can skip a count mismatch; topological loading always raises.
    const skipped = skip && rule === 'name';
    issues.push({
      code: 'weight-count-mismatch', rule, layer: layer.name, position, savedLayer: saved.name,
      severity: skipped ? 'warning' : 'error', raises: !skipped, ...(skipped ? { skipped: true as const } : {}),
      expectedVars: expectedRefs(layer.weights), savedVars: savedRefs(weights),
    });
    return { issues, pairs };
  }

  layer.weights.forEach((v, i) => {
    const s = weights[i];
    const shapeOk = shapesCompatible(v.shape, s.shape);
    pairs.push({ layer: layer.name, expected: v, saved: s, shapeOk });
    if (!shapeOk) {
      issues.push({
        code: 'shape-mismatch', rule, layer: layer.name, weight: v.path, position, savedLayer: saved.name, savedName: s.name,
        expectedShape: v.shape, savedShape: s.shape, dtype: v.dtype,
        severity: skip ? 'warning' : 'error', raises: !skip, ...(skip ? { skipped: true as const } : {}),
      });
    }
    if (v.dtype !== s.dtype && v.dtype !== 'unknown' && s.dtype !== 'unknown') {
      issues.push({
        code: 'dtype-mismatch', severity: 'warning', raises: false, layer: layer.name, weight: v.path, savedLayer: saved.name,
        expectedDtype: v.dtype, savedDtype: s.dtype, lossy: isLossyCast(s.dtype, v.dtype),
      });
    }
  });
  return { issues, pairs };
}
