// Keras 3 functional call nodes (`{args, kwargs}` with symbolic tensors) → the Keras 2 lists of
// `[layer, node, tensor, kwargs]` tfjs-layers reads, and the model's input/output references.
import { isKerasTensor, type KerasTensorJson } from '../../model/keras-vocabulary.js';
import { isObject, valueAt } from '../../sources/json-value.js';
import { block, type Ctx } from './translation-context.js';
import { asLayer, type EditableJson, type TfjsNodeRef } from './tfjs-topology.js';

function flattenArgs(v: unknown, tensors: KerasTensorJson[], others: unknown[]): void {
  if (isKerasTensor(v)) tensors.push(v);
  else if (Array.isArray(v)) v.forEach((x) => flattenArgs(x, tensors, others));
  else if (isObject(v)) Object.values(v).forEach((x) => flattenArgs(x, tensors, others));
  else if (v !== null && v !== undefined) others.push(v);
}

/** A Keras 3 call node, `{args, kwargs}` (Keras 1/2 and TF.js write lists of references). */
export function isKeras3Node(node: unknown): node is EditableJson {
  return isObject(node) && ('args' in node || 'kwargs' in node);
}

/** Every tensor a Keras 3 call passes positionally, in order; none for any other node. */
export function nodeTensors(node: unknown): KerasTensorJson[] {
  const tensors: KerasTensorJson[] = [];
  if (isKeras3Node(node)) flattenArgs(node.args ?? [], tensors, []);
  return tensors;
}

/** The layer whose output a call reads first, in either node layout (Keras 3 `{args}` or Keras 2 lists). */
export function firstInputLayer(node: unknown): string | undefined {
  if (isKeras3Node(node)) {
    const layer = nodeTensors(node)[0]?.config.keras_history[0];
    return typeof layer === 'string' ? layer : undefined;
  }
  const layer = valueAt(node, 0, 0);
  return typeof layer === 'string' ? layer : undefined;
}

/** An index from `keras_history` as a number (NaN for an object, which `Number` could not convert safely). */
function historyIndex(v: unknown): number {
  return typeof v === 'object' && v !== null ? Number.NaN : Number(v);
}

/**
 * One tensor as a TF.js node reference. A `keras_history` whose layer is not a name is copied as it
 * is, and an index that is not a number becomes NaN, for build-model.ts' graph check to name.
 */
function nodeRef(t: KerasTensorJson, kwargs: EditableJson, shiftOf: (layer: string) => number): TfjsNodeRef | unknown[] {
  const [name, nodeIndex, tensorIndex] = t.config.keras_history;
  if (typeof name !== 'string') return [name, historyIndex(nodeIndex), historyIndex(tensorIndex), kwargs];
  return [name, historyIndex(nodeIndex) + shiftOf(name), historyIndex(tensorIndex), kwargs];
}

/**
 * Keras 3 `{args, kwargs}` nodes → Keras 2 `[[name, node, tensor, kwargs], …]`, every tensor in the
 * (flattened) args in order. Keras 3 counts a nested Sequential's calls from 0; TF.js gives every
 * nested model a node of its own first (as Keras 2 and Keras 3 Functional do), so those shift by one.
 */
export function convertInboundNodes(entry: EditableJson, nestedModels: ReadonlyMap<string, string>, ctx: Ctx): void {
  const nodes = entry.inbound_nodes;
  if (!Array.isArray(nodes)) return;
  const attention = entry.class_name === 'MultiHeadAttention';
  const shiftOf = (layer: string) => (ctx.generation === 3 && nestedModels.get(layer) === 'Sequential' ? 1 : 0);
  entry.inbound_nodes = nodes.map((node: unknown) => {
    if (!isKeras3Node(node)) return node;
    const tensors: KerasTensorJson[] = [];
    const others: unknown[] = [];
    flattenArgs(node.args ?? [], tensors, others);
    if (others.length) block(ctx, entry, `called with non-tensor positional arguments (${JSON.stringify(others).slice(0, 60)}), which a TF.js node cannot express`);
    const kwargs: EditableJson = {};
    const byKeyword: Record<string, KerasTensorJson> = {};
    for (const [k, v] of Object.entries(isObject(node.kwargs) ? node.kwargs : {})) {
      if (k === 'mask' && (v === null || v === undefined)) continue;
      const inner: KerasTensorJson[] = [];
      flattenArgs(v, inner, []);
      if (attention && ATTENTION_INPUTS.includes(k) && inner.length === 1 && isKerasTensor(v)) byKeyword[k] = v;
      else if (inner.length) block(ctx, entry, `receives tensor keyword argument '${k}', which a TF.js node cannot express`);
      else kwargs[k] = v;
    }
    if (attention) {
      tensors.splice(0, tensors.length, ...attentionInputs(tensors, byKeyword, entry, ctx));
      moveAttentionArguments(kwargs, entry, ctx);
    }
    return tensors.map((t) => nodeRef(t, kwargs, shiftOf));
  });
}

/** MultiHeadAttention's `call(query, value, key=None, …)` tensors, in that order. */
const ATTENTION_INPUTS = ['query', 'value', 'key'];

/** Tensors given by keyword (`mha(query=x, value=y)`) take their positional place, as Keras binds them. */
function attentionInputs(
  positional: readonly KerasTensorJson[], byKeyword: Readonly<Record<string, KerasTensorJson>>, entry: EditableJson, ctx: Ctx,
): KerasTensorJson[] {
  const out: KerasTensorJson[] = [];
  for (const [i, name] of ATTENTION_INPUTS.entries()) {
    const t = positional[i] ?? byKeyword[name];
    if (positional[i] && byKeyword[name]) block(ctx, entry, `receives '${name}' both by position and by keyword`);
    if (!t) break;
    out.push(t);
  }
  if (out.length < 2) block(ctx, entry, 'called without a value tensor');
  else if (out.length !== positional.length + Object.keys(byKeyword).length) {
    block(ctx, entry, 'called with tensors TF.js cannot place (a key without a value, or extra positional tensors)');
  }
  return out;
}

/**
 * TF.js hands node arguments to a layer when the graph is built but not at predict time, so the
 * causal mask flag moves into the layer config (weightgate's MultiHeadAttention reads it there).
 */
function moveAttentionArguments(kwargs: EditableJson, entry: EditableJson, ctx: Ctx): void {
  if ('use_causal_mask' in kwargs) {
    const causal = kwargs.use_causal_mask === true;
    const c = asLayer(entry).config;
    if (c.use_causal_mask !== undefined && c.use_causal_mask !== causal) block(ctx, entry, 'called both with and without use_causal_mask, which one TF.js layer cannot express');
    c.use_causal_mask = causal;
    delete kwargs.use_causal_mask;
  }
  if (kwargs.return_attention_scores === true) block(ctx, entry, 'called with return_attention_scores=True (two outputs), which weightgate\'s MultiHeadAttention does not produce');
  delete kwargs.return_attention_scores;
}

/** Keras 3 `input_layers: ["x", 0, 0]` (one input) or a dict → a list of triples. */
export function wrapLayerRefs(refs: unknown): unknown {
  if (Array.isArray(refs) && typeof refs[0] === 'string') return [refs];
  if (isObject(refs)) return Object.values(refs).map((r: unknown) => (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r));
  return refs;
}
