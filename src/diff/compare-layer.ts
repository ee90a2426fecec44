// One model layer against the one file layer a legacy loader hands it: counts, then shapes and dtypes
// by position, as `_set_weights` does (order and name rules share this).
import { objectAt, stringAt, type JsonObject } from '../sources/json-value.js';
import { writtenByTfjs } from '../model/keras-config.js';
import { resetAfterAssumption } from '../model/layers/recurrent.js';
import { preprocessForLoading } from '../model/tfkeras-preprocess.js';
import type { DefinitionLayer, SavedLayer, SavedVariable } from '../model/types.js';
import { exprShape } from '../model/weight-expr.js';
import { dtypeIssue } from './dtype-issue.js';
import type { Issue } from './findings.js';
import { expectedRefs, isUnknown, savedRefs, type PairContext, type VariablePair } from './pairing.js';
import { shapesCompatible } from './shapes.js';

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

/**
 * tf-keras runs every layer's saved arrays through `preprocess_weights_for_loading` (Keras 1 layouts,
 * CuDNN layouts); Keras 3 assigns them as saved. A converted array keeps its sources, so the engine
 * can compute the values the diff paired.
 */
function preprocess(ctx: PairContext, layer: DefinitionLayer, saved: SavedLayer): { weights: SavedVariable[]; issue?: Issue } {
  const weights = saved.weights;
  if (ctx.loader.runtime !== 'keras2') return { weights };
  const keras1 = ctx.artifact.generation === 1 && ctx.definition.generation >= 2;
  const shapes = weights.map((w) => w.shape);
  const p = preprocessForLoading({ className: layer.className, config: layer.config }, shapes, { keras1 });
  const [first] = weights;
  if (p.kind === 'as-saved' || !first) return { weights };
  const base = { layer: layer.name, className: layer.className, savedLayer: saved.name };
  if (p.kind === 'refused') {
    return { weights, issue: { ...base, code: 'weights-refused', severity: 'error', raises: true, kerasMessage: p.message, savedVars: savedRefs(weights) } };
  }
  const converted = p.outputs.map((expr, i): SavedVariable => {
    const shape = exprShape(expr, shapes);
    return {
      ...first,
      name: layer.weights[i]?.name ?? `${first.name}#${i}`,
      // Its own identity: readers and caches key variables by path and index.
      path: `${saved.path} (converted #${i})`,
      index: i,
      shape,
      byteLength: shape.reduce((a, b) => a * b, 1) * 4,
      derived: { expr, sources: weights, description: p.description },
    };
  });
  return {
    weights: converted,
    issue: { ...base, code: 'weights-converted', severity: 'info', raises: false, from: weights.length, to: converted.length, conversion: p.description },
  };
}

/** The GRU config of a GRU layer or of the GRU a wrapper holds; {} for anything else. */
function gruConfig(layer: DefinitionLayer): JsonObject {
  if (layer.className === 'GRU') return layer.config;
  const inner = layer.config.layer;
  if ((layer.className === 'Bidirectional' || layer.className === 'TimeDistributed') && stringAt(inner, 'class_name') === 'GRU') {
    const config = objectAt(inner, 'config');
    if (config) return config;
  }
  return { reset_after: null };
}

export function compareLayer(ctx: PairContext, m: LayerMatch): { issues: Issue[]; pairs: VariablePair[] } {
  const { layer, saved, position, rule } = m;
  const issues: Issue[] = [];
  const pairs: VariablePair[] = [];
  if (isUnknown(layer)) {
    issues.push({ code: 'unknown-layer-class', severity: 'warning', raises: false, layer: layer.name, className: layer.className, savedVars: savedRefs(saved.weights), savedLayer: saved.name });
    return { issues, pairs };
  }

  const assumed = resetAfterAssumption(layer.name, gruConfig(layer), { generation: ctx.definition.generation, tfjs: writtenByTfjs(ctx.definition.producer) });
  if (assumed) issues.push({ code: 'config-default', severity: 'info', raises: false, layer: layer.name, key: 'reset_after', explanation: assumed });
  const pre = preprocess(ctx, layer, saved);
  if (pre.issue) issues.push(pre.issue);
  if (pre.issue?.code === 'weights-refused') return { issues, pairs };
  const weights = pre.weights;

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
    if (!s) return; // counts were compared above
    const shapeOk = shapesCompatible(v.shape, s.shape);
    pairs.push({ layer: layer.name, expected: v, saved: s, shapeOk });
    if (!shapeOk) {
      issues.push({
        code: 'shape-mismatch', rule, layer: layer.name, weight: v.path, position, savedLayer: saved.name, savedName: s.name,
        expectedShape: v.shape, savedShape: s.shape, dtype: v.dtype,
        severity: skip ? 'warning' : 'error', raises: !skip, ...(skip ? { skipped: true as const } : {}),
      });
    }
    const dtype = dtypeIssue(layer.name, v, saved.name, s);
    if (dtype) issues.push(dtype);
  });
  return { issues, pairs };
}
