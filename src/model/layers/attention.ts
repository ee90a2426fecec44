// Attention layers. MultiHeadAttention builds four EinsumDense sub-layers whose equations come
// from the input ranks, so their shapes are derived with the same einsum analysis Keras runs.
import type { Dim, Shape } from '../types.js';
import type { LayerCall, LayerSpec, VariableSpec } from './spec.js';
import { bool, nest, num, numberList, variable } from './config-read.js';
import { analyzeEinsum, buildProjEquation, projOutputShape } from './einsum.js';
import { dimAt, inputShape, lastDim, requireDim, requireDims } from './shape-math.js';
import { UnresolvedShape } from './spec.js';

/** query, value, key: positionally in that order, or value/key passed by keyword. */
function qkv(call: LayerCall): { query: Shape; value: Shape; key: Shape } {
  const query = inputShape(call, 0);
  const value = call.inputShapes[1] ?? call.kwargShapes.value;
  if (!value) throw new UnresolvedShape(`${call.className} '${call.name}' has no known value input`);
  const key = call.inputShapes[2] ?? call.kwargShapes.key ?? value;
  return { query, value, key };
}

interface SubDense {
  owner: string;
  scope: string;
  kernel: Shape;
  bias: Shape | null;
  output: Shape;
}

function subDense(
  owner: string, scope: string, equation: string, biasAxes: string | null, input: Shape, partial: (number | null)[],
): SubDense {
  const s = analyzeEinsum(equation, biasAxes, input, partial);
  return { owner, scope, ...s };
}

function subDenseVars(d: SubDense): VariableSpec[] {
  const vars = [variable('kernel', requireDims(d.kernel, `${d.scope} kernel`))];
  if (d.bias) vars.push(variable('bias', requireDims(d.bias, `${d.scope} bias`)));
  return nest(vars, d.owner, d.scope);
}

/** A head projection: (…, dim) → (…, heads, size), MHA's `_build_proj_equation(rank-1, 1, 2)`. */
function headProjection(owner: string, scope: string, input: Shape, heads: number, size: number, useBias: boolean): SubDense {
  const p = buildProjEquation(input.length - 1, 1, 2);
  return subDense(owner, scope, p.equation, useBias ? p.biasAxes : null, input, projOutputShape(p.outputRank - 1, [heads, size]));
}

/**
 * Keras 3.15 reaches the sub-layers through public properties (`query_dense`), so that is the
 * object path; older Keras 3 releases saved them under `_query_dense`.
 */
function mhaParts(call: LayerCall): SubDense[] {
  const c = call.config;
  const { query, value, key } = qkv(call);
  const heads = num(c, 'num_heads');
  const keyDim = num(c, 'key_dim');
  const valueDim = typeof c.value_dim === 'number' ? c.value_dim : keyDim;
  const useBias = bool(c, 'use_bias', true);
  const parts = [
    headProjection('query_dense', 'query', query, heads, keyDim, useBias),
    headProjection('key_dense', 'key', key, heads, keyDim, useBias),
  ];
  // Gated attention (newer Keras 3) projects the query like the value heads; its placement
  // mirrors GroupedQueryAttention, which builds it between key and value.
  if (bool(c, 'use_gate', false)) parts.push(headProjection('gate_dense', 'gate', query, heads, valueDim, useBias));
  parts.push(headProjection('value_dense', 'value', value, heads, valueDim, useBias));

  const rawOut = c.output_shape;
  const outDims: Dim[] = rawOut === null || rawOut === undefined
    ? [lastDim(query)]
    : typeof rawOut === 'number' ? [rawOut] : numberList(rawOut, 'output_shape');
  const p = buildProjEquation(query.length - 1, 2, outDims.length);
  const combined: Shape = [...query.slice(0, -1), heads, valueDim];
  parts.push(subDense('output_dense', 'attention_output', p.equation, useBias ? p.biasAxes : null, combined,
    projOutputShape(p.outputRank - 1, outDims)));
  return parts;
}

export const multiHeadAttention: LayerSpec = {
  variables(call) {
    return mhaParts(call).flatMap(subDenseVars);
  },
  outputShapes(call) {
    const out = mhaParts(call).at(-1);
    return out ? [out.output] : [];
  },
};

/** Keras 3 GroupedQueryAttention (config class `GroupQueryAttention`): private sub-layer attributes. */
function gqaParts(call: LayerCall): SubDense[] {
  const c = call.config;
  const { query, value, key } = qkv(call);
  const headDim = num(c, 'head_dim');
  const qHeads = num(c, 'num_query_heads');
  const kvHeads = num(c, 'num_key_value_heads');
  const useBias = bool(c, 'use_bias', true);
  const feature = lastDim(query);
  const parts = [
    subDense('_query_dense', 'query', 'bqm,muh->bquh', useBias ? 'uh' : null, query, [null, qHeads, headDim]),
    subDense('_key_dense', 'key', 'bkm,mvh->bkvh', useBias ? 'vh' : null, key, [null, kvHeads, headDim]),
  ];
  if (bool(c, 'use_gate', false)) {
    parts.push(subDense('_gate_dense', 'gate', 'bqm,muh->bquh', useBias ? 'uh' : null, query, [null, qHeads, headDim]));
  }
  parts.push(subDense('_value_dense', 'value', 'bkm,mvh->bkvh', useBias ? 'vh' : null, value, [null, kvHeads, headDim]));
  parts.push(subDense('_output_dense', 'attention_output', 'bquh,uhm->bqm', useBias ? 'm' : null,
    [dimAt(query, 0), dimAt(query, 1), qHeads, headDim], [null, feature]));
  return parts;
}

export const groupedQueryAttention: LayerSpec = {
  variables: (call) => gqaParts(call).flatMap(subDenseVars),
  outputShapes(call) {
    return [[...inputShape(call, 0)]];
  },
};

function attentionOutput(call: LayerCall): Shape[] {
  const { query, value } = qkv(call);
  return [[...query.slice(0, -1), lastDim(value)]];
}

/** Dot-product Attention: scalar `scale` (use_scale) and `concat_score_weight` (score_mode concat). */
export const attention: LayerSpec = {
  variables(call) {
    const vars: VariableSpec[] = [];
    if (bool(call.config, 'use_scale', false)) vars.push(variable('scale', []));
    if (call.config.score_mode === 'concat') vars.push(variable('concat_score_weight', []));
    return vars;
  },
  outputShapes: attentionOutput,
};

/** AdditiveAttention: one scale per feature; Keras 3 sizes it from the query, tf-keras from the value. */
export const additiveAttention: LayerSpec = {
  variables(call) {
    if (!bool(call.config, 'use_scale', true)) return [];
    const { query, value } = qkv(call);
    const source = call.generation === 3 ? query : value;
    return [variable('scale', [requireDim(source[source.length - 1], 'AdditiveAttention feature dim')])];
  },
  outputShapes: attentionOutput,
};
