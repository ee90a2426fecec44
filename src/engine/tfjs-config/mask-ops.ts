// Padding masks in Keras 3 functional graphs: the `NotEqual(ids, 0)` op node an Embedding(mask_zero)
// records, the layers it is passed to as `mask=`, and MultiHeadAttention, which reads masks TF.js
// would not hand it.
import { isKerasTensor, isOpNode } from '../../model/keras-vocabulary.js';
import { arrayAt, isObject, valueAt } from '../../sources/json-value.js';
import { asText } from '../../text/config-text.js';
import { firstInputLayer, isKeras3Node, nodeTensors } from './functional-nodes.js';
import { block, entryName, type Ctx } from './translation-context.js';
import { editable, type EditableJson } from './tfjs-topology.js';

/**
 * Keras 3 records the padding mask of `Embedding(mask_zero=True)` as a raw `NotEqual(ids, 0)` op node
 * passed to later layers as `mask=`. TF.js' Embedding computes that same mask and hands it along the
 * tensors to the layers that read it, so the op node and the `mask` arguments can go, provided each
 * layer given the mask receives it in TF.js too, and uses it as Keras does (checked per consumer).
 * Any other op node has no TF.js equivalent.
 */
export function removeMaskOps(cfg: EditableJson, ctx: Ctx): void {
  const layers = arrayAt(cfg, 'layers') ?? [];
  const ops = layers.filter(isOpNode);
  if (!ops.length) return;
  const removable = new Set<string>();
  const carriers = maskCarriers(layers);
  for (const op of ops) {
    const why = maskOpProblem(op, layers);
    if (why) block(ctx, op, why);
    else removable.add(entryName(op));
  }
  if (!removable.size) return;
  ctx.removedOps.push(...removable);
  const kept = layers.filter((l) => !removable.has(entryName(l)));
  cfg.layers = kept;
  for (const l of kept) {
    for (const node of arrayAt(l, 'inbound_nodes') ?? []) {
      if (!isKeras3Node(node)) continue;
      const kwargs = editable(node.kwargs);
      const mask = kwargs?.mask;
      if (kwargs && isKerasTensor(mask) && removable.has(asText(mask.config.keras_history[0], ''))) {
        const why = maskConsumerProblem(l, node, carriers);
        if (why) block(ctx, l, why);
        delete kwargs.mask;
      }
      if (nodeTensors(node).some((t) => removable.has(asText(t.config.keras_history[0], '')))) {
        block(ctx, l, 'consumes the output of a Keras op node as a tensor, which TF.js cannot compute');
      }
    }
  }
  ctx.notes.add(`Keras 3 mask op node${removable.size > 1 ? 's' : ''} ${[...removable].map((n) => `'${n}'`).join(', ')} dropped: TF.js' Embedding(mask_zero) computes the same mask`);
}

/** Layers whose TF.js class applies a padding mask the way Keras does: a masked step keeps the state. */
const MASK_CONSUMERS: ReadonlySet<string> = new Set(['LSTM', 'GRU', 'SimpleRNN', 'RNN', 'Bidirectional']);

/** TF.js classes that pass their input's mask on unchanged (supportsMasking, no computeMask of their own). */
const MASK_PRESERVERS: ReadonlySet<string> = new Set([
  'Dropout', 'SpatialDropout1D', 'Dense', 'Activation', 'BatchNormalization', 'LayerNormalization', 'ReLU', 'PReLU',
  'GaussianNoise', 'GaussianDropout', 'AlphaDropout', 'TimeDistributed',
]);

/** The config of the recurrent layer itself (a Bidirectional's wrapped layer). */
function recurrentConfig(l: unknown): unknown {
  return valueAt(l, 'class_name') === 'Bidirectional' ? valueAt(l, 'config', 'layer', 'config') : valueAt(l, 'config');
}

function returnsSequences(l: unknown): boolean {
  return valueAt(recurrentConfig(l), 'return_sequences') === true;
}

/** Layers whose output carries an Embedding(mask_zero) padding mask in TF.js, with the Embedding it came from. */
function maskCarriers(layers: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of layers) {
      if (!isObject(l) || out.has(entryName(l))) continue;
      const nodes = arrayAt(l, 'inbound_nodes');
      if (nodes?.length !== 1) continue;
      const from = firstInputLayer(nodes[0]);
      const cls = asText(l.class_name, '');
      let source: string | undefined;
      if (cls === 'Embedding' && valueAt(l, 'config', 'mask_zero') === true) source = entryName(l);
      else if (from && out.has(from) && (MASK_PRESERVERS.has(cls) || (MASK_CONSUMERS.has(cls) && returnsSequences(l)))) source = out.get(from);
      if (source) {
        out.set(entryName(l), source);
        grew = true;
      }
    }
  }
  return out;
}

/** Why dropping the mask argument of this call would change what the layer computes, if it would. */
function maskConsumerProblem(l: unknown, node: unknown, carriers: ReadonlyMap<string, string>): string | undefined {
  const cls = asText(valueAt(l, 'class_name'), 'undefined');
  if (!MASK_CONSUMERS.has(cls)) return `receives the padding mask as an argument; TF.js ${cls} would not apply it as Keras does`;
  const from = firstInputLayer(node);
  if (!from || !carriers.has(from)) {
    return 'receives the padding mask as an argument, but its input does not carry that mask in TF.js (TF.js hands masks along the tensors, not as arguments)';
  }
  const rnn = recurrentConfig(l);
  if (valueAt(rnn, 'zero_output_for_mask') === true && valueAt(rnn, 'return_sequences') === true) {
    return 'zero_output_for_mask=True: Keras writes zeros at masked steps, TF.js repeats the previous output';
  }
  return undefined;
}

/** The layers a call reads, in either node layout. */
function nodeInputLayers(node: unknown): unknown[] {
  if (isKeras3Node(node)) return nodeTensors(node).map((t) => t.config.keras_history[0]);
  return Array.isArray(node) ? node.map((r: unknown) => valueAt(r, 0)) : [];
}

/**
 * Keras' MultiHeadAttention reads padding masks from its inputs without any argument recording it;
 * TF.js hands a layer only its first input's mask, so such a model cannot be run as Keras runs it.
 */
export function checkAttentionMasks(layers: readonly unknown[], ctx: Ctx): void {
  const carriers = maskCarriers(layers);
  if (!carriers.size) return;
  for (const l of layers) {
    const nodes = arrayAt(l, 'inbound_nodes');
    if (valueAt(l, 'class_name') !== 'MultiHeadAttention' || !nodes) continue;
    const masked = nodes.some((node) => nodeInputLayers(node).some((r) => typeof r === 'string' && carriers.has(r)));
    if (masked) block(ctx, l, `attends over inputs that carry the padding mask of Embedding '${[...new Set(carriers.values())].join("', '")}', which weightgate's MultiHeadAttention does not apply`);
  }
}

function maskOpProblem(op: unknown, layers: readonly unknown[]): string | undefined {
  const module = valueAt(op, 'module');
  const what = `Keras op node${module ? ` from ${asText(module, '')}` : ''}`;
  if (valueAt(op, 'class_name') !== 'NotEqual') return `${what}; TF.js has no such layer`;
  const node = arrayAt(op, 'inbound_nodes')?.[0];
  const args = isKeras3Node(node) ? arrayAt(node, 'args') ?? [] : [];
  const [source, value] = args;
  if (!isKerasTensor(source) || value !== 0) return `${what} that is not a padding mask (NotEqual(ids, 0))`;
  const src = JSON.stringify(source.config.keras_history);
  const fedEmbedding = layers.some((l) => valueAt(l, 'class_name') === 'Embedding' && valueAt(l, 'config', 'mask_zero') === true
    && nodeTensors(valueAt(l, 'inbound_nodes', 0)).some((t) => JSON.stringify(t.config.keras_history) === src));
  return fedEmbedding ? undefined : `${what}: a mask over ids that feed no Embedding(mask_zero=True), which TF.js cannot rebuild`;
}
