// Keras model configs of every generation → what tfjs-layers 4.22 `modelFromJSON` accepts, as small
// named translations applied to a deep copy (keras-formats.md §6.3), plus every reason TF.js cannot
// build the model, gathered in one pass so a skipped smoke run names them all at once.
import type { JsonObject } from '../sources/json-value.js';
import { CUDNN_CPU_CLASS, gruResetAfter } from '../model/layers/recurrent.js';
import { isObject, unwrapModelConfig } from '../model/keras-config.js';
import type { KerasGeneration } from '../model/types.js';
import { WEIGHTGATE_LAYER_CLASSES } from './layers/index.js';

export type Json = JsonObject;

/** One reason the model cannot be built by TF.js. */
export interface Blocker {
  layer: string;
  className: string;
  why: string;
  /** True when building it would run code from the file (Lambda, custom classes and functions). */
  code?: boolean;
}

export interface Normalized {
  /** The model config (`{class_name, config}`, snake_case, Keras 2 layout). */
  config: Json;
  /** Translations worth telling, one sentence each. */
  notes: string[];
  blockers: Blocker[];
  /** Some layer computes in float16/bfloat16 in Keras, while TF.js computes in float32. */
  halfPrecision: boolean;
  /** Keras 3 op nodes taken out of the graph (their work is done by TF.js itself). */
  removedOps: string[];
}

/** What the translation steps share; exported so each step can be tested on its own. */
export interface Ctx {
  generation: KerasGeneration;
  /** tfjs-layers wrote the config (TF.js' own defaults already apply). */
  tfjs: boolean;
  notes: Set<string>;
  blockers: Blocker[];
  halfPrecision: boolean;
  removedOps: string[];
}

export function newContext(generation: KerasGeneration, tfjs = false): Ctx {
  return { generation, tfjs, notes: new Set(), blockers: [], halfPrecision: false, removedOps: [] };
}

/** Layer classes tfjs-layers 4.22.0 registers (keras-formats.md §6.1), plus the model classes. */
export const TFJS_LAYER_CLASSES: ReadonlySet<string> = new Set(`Activation Add AlphaDropout Average AveragePooling1D
  AveragePooling2D AveragePooling3D BatchNormalization Bidirectional CategoryEncoding CenterCrop Concatenate Conv1D Conv2D
  Conv2DTranspose Conv3D Conv3DTranspose ConvLSTM2D ConvLSTM2DCell Cropping2D Dense DepthwiseConv2D Dot Dropout ELU
  Embedding Flatten GRU GRUCell GaussianDropout GaussianNoise GlobalAveragePooling1D GlobalAveragePooling2D
  GlobalMaxPooling1D GlobalMaxPooling2D InputLayer LSTM LSTMCell LayerNormalization LeakyReLU Masking MaxPooling1D
  MaxPooling2D MaxPooling3D Maximum Minimum Multiply PReLU Permute RNN RandomWidth ReLU RepeatVector Rescaling Reshape
  Resizing SeparableConv2D SimpleRNN SimpleRNNCell Softmax SpatialDropout1D StackedRNNCells ThresholdedReLU
  TimeDistributed UpSampling2D ZeroPadding2D Sequential Functional Model`.split(/\s+/).filter(Boolean));

/** Classes whose config carries Python code (or wraps foreign code): never constructed. */
export const CODE_CLASSES: ReadonlySet<string> = new Set([
  'Lambda', 'TFOpLambda', 'SlicingOpLambda', 'TorchModuleWrapper', 'JaxLayer', 'FlaxLayer', 'TFSMLayer',
]);

/** Classes weightgate registers with TF.js itself (src/engine/layers): runnable although TF.js lacks them. */
export const WEIGHTGATE_CLASSES: ReadonlySet<string> = new Set(WEIGHTGATE_LAYER_CLASSES);

const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);

/** Activation names tfjs knows, snake_case as Keras writes them (and camelCase as tfjs saves them). */
const TFJS_ACTIVATIONS = new Set([
  'elu', 'gelu', 'gelu_new', 'hard_sigmoid', 'hardSigmoid', 'linear', 'log_softmax', 'logSoftmax', 'mish', 'relu',
  'relu6', 'selu', 'sigmoid', 'softmax', 'softplus', 'softsign', 'swish', 'tanh',
]);

const ACTIVATION_KEYS = ['activation', 'recurrent_activation'];

export function normalizeConfig(model: Json, generation: KerasGeneration, tfjs = false): Normalized {
  const ctx = newContext(generation, tfjs);
  const root = structuredClone(unwrapModelConfig(model)) as Json;
  if (!isModelEntry(root)) {
    block(ctx, root, `'${String(root.class_name)}' is not a Sequential or functional model config (a subclassed model's layers live in Python code)`, true);
    return finish(root, ctx);
  }
  translateModel(root, ctx);
  return finish(root, ctx);
}

function finish(config: Json, ctx: Ctx): Normalized {
  return { config, notes: [...ctx.notes], blockers: dedupe(ctx.blockers), halfPrecision: ctx.halfPrecision, removedOps: ctx.removedOps };
}

function dedupe(blockers: Blocker[]): Blocker[] {
  const seen = new Set<string>();
  return blockers.filter((b) => {
    const key = `${b.layer}\0${b.why}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Why TF.js cannot build the model, naming every layer at once. */
export function describeBlockers(blockers: readonly Blocker[]): string {
  const code = blockers.filter((b) => b.code);
  const parts = blockers.map((b) => `${b.className} '${b.layer}' (${b.why})`);
  const lead = code.length
    ? 'not executed: the model depends on Python code (a Lambda, a custom class or function), which weightgate never runs'
    : "TF.js 4.22 cannot build this model, even with weightgate's own layers";
  return `${lead}: ${parts.join('; ')}`;
}

function block(ctx: Ctx, entry: Json, why: string, code = false): void {
  ctx.blockers.push({ layer: layerName(entry), className: String(entry.class_name ?? '?'), why, ...(code ? { code } : {}) });
}

function layerName(entry: Json): string {
  return String(entry.name ?? entry.config?.name ?? entry.class_name ?? '?');
}

function isModelEntry(entry: Json): boolean {
  const c = entry.config;
  return MODEL_CLASSES.has(entry.class_name) || (isObject(c) && Array.isArray(c.layers) && ('input_layers' in c || 'output_layers' in c))
    || (entry.class_name === 'Sequential' && Array.isArray(c));
}

// ---- models ---------------------------------------------------------------------------------

function translateModel(entry: Json, ctx: Ctx): void {
  if (Array.isArray(entry.config)) {
    // Keras <= 2.2 and tfjs 1.x wrote a Sequential's config as the bare layer list.
    entry.config = { name: entry.name ?? 'sequential', layers: entry.config };
  }
  const cfg: Json = entry.config ?? {};
  entry.config = cfg;
  if (!Array.isArray(cfg.layers)) cfg.layers = [];
  const functional = entry.class_name !== 'Sequential';
  if (functional) {
    checkAttentionMasks(cfg.layers, ctx);
    removeMaskOps(cfg, ctx);
  }
  const firstBuilt = builtInputShape(cfg.layers[0]) ?? keras1InputShape(cfg.layers[0]);
  const nested = nestedModelClasses(cfg.layers);
  for (const layer of cfg.layers as Json[]) {
    if (!isObject(layer)) continue;
    translateLayer(layer, ctx);
    if (functional) convertInboundNodes(layer, nested, ctx);
  }
  dropStaleInputShapes(cfg.layers, functional);
  if (functional) {
    cfg.input_layers = wrapLayerRefs(cfg.input_layers);
    cfg.output_layers = wrapLayerRefs(cfg.output_layers);
  } else {
    injectSequentialInputShape(entry, firstBuilt, ctx);
  }
  // A model-level policy only sets defaults for layers Keras then writes out one by one.
  delete cfg.dtype;
  stripKeras3Keys(entry);
}

/** Keras 1 first layers state `input_dim` (+ `input_length` for sequences) instead of a batch shape. */
function keras1InputShape(entry: unknown): unknown[] | undefined {
  if (!isObject(entry) || !isObject(entry.config)) return undefined;
  const c = entry.config;
  if (entry.class_name === 'Embedding') return 'input_length' in c ? [null, c.input_length ?? null] : undefined;
  if (typeof c.input_dim !== 'number') return undefined;
  return 'input_length' in c ? [null, c.input_length ?? null, c.input_dim] : [null, c.input_dim];
}

/** Keras 3 keeps the build shape in `build_config`; read it before the wrapper keys go. */
function builtInputShape(entry: unknown): unknown[] | undefined {
  if (!isObject(entry) || !isObject(entry.build_config)) return undefined;
  const s = entry.build_config.input_shape;
  return Array.isArray(s) && s.every((d) => d === null || typeof d === 'number') ? s : undefined;
}

function injectSequentialInputShape(entry: Json, firstBuilt: unknown[] | undefined, ctx: Ctx): void {
  const cfg = entry.config;
  const first = cfg.layers[0];
  const buildShape = cfg.build_input_shape;
  delete cfg.build_input_shape;
  if (!isObject(first) || first.class_name === 'InputLayer') return;
  const fc: Json = first.config ?? (first.config = {});
  if (Array.isArray(fc.batch_input_shape)) return;
  const shape = Array.isArray(buildShape) ? buildShape : firstBuilt;
  if (shape) {
    fc.batch_input_shape = shape;
    ctx.notes.add("the Sequential input shape was taken from the shape Keras recorded for building it (build_input_shape, build_config or the first layer's input_dim)");
  } else if (!Array.isArray(fc.input_shape)) {
    block(ctx, first, 'the Sequential model declares no input shape, so TF.js cannot build it');
  }
}

/**
 * Keras 2 writes `batch_input_shape` on every layer of some Sequentials; Keras reads it on the first
 * layer only, while tfjs checks it on every call and warns when the real input differs.
 */
function dropStaleInputShapes(layers: Json[], functional: boolean): void {
  layers.forEach((l, i) => {
    if (!isObject(l) || !isObject(l.config) || l.class_name === 'InputLayer' || (!functional && i === 0)) return;
    delete l.config.batch_input_shape;
    delete l.config.input_shape;
    delete l.config.batch_size;
  });
}

/** Keras 3 `input_layers: ["x", 0, 0]` (one input) or a dict → a list of triples. */
export function wrapLayerRefs(refs: unknown): unknown {
  if (Array.isArray(refs) && typeof refs[0] === 'string') return [refs];
  if (isObject(refs)) return Object.values(refs).map((r) => (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r));
  return refs;
}

/** Nested model layers, whose node numbering in TF.js starts with a node of their own. */
function nestedModelClasses(layers: unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of layers) if (isObject(l) && isModelEntry(l)) out.set(layerName(l), String(l.class_name));
  return out;
}

// ---- functional nodes -----------------------------------------------------------------------

function isKerasTensor(v: unknown): v is Json {
  return isObject(v) && v.class_name === '__keras_tensor__' && isObject(v.config) && Array.isArray(v.config.keras_history);
}

function flattenArgs(v: unknown, tensors: Json[], others: unknown[]): void {
  if (isKerasTensor(v)) tensors.push(v);
  else if (Array.isArray(v)) v.forEach((x) => flattenArgs(x, tensors, others));
  else if (isObject(v)) Object.values(v).forEach((x) => flattenArgs(x, tensors, others));
  else if (v !== null && v !== undefined) others.push(v);
}

function isKeras3Node(node: unknown): node is Json {
  return isObject(node) && ('args' in node || 'kwargs' in node);
}

/**
 * Keras 3 `{args, kwargs}` nodes → Keras 2 `[[name, node, tensor, kwargs], …]`, every tensor in the
 * (flattened) args in order. Keras 3 counts a nested Sequential's calls from 0; TF.js gives every
 * nested model a node of its own first (as Keras 2 and Keras 3 Functional do), so those shift by one.
 */
export function convertInboundNodes(entry: Json, nestedModels: ReadonlyMap<string, string>, ctx: Ctx): void {
  const nodes = entry.inbound_nodes;
  if (!Array.isArray(nodes)) return;
  const attention = entry.class_name === 'MultiHeadAttention';
  entry.inbound_nodes = nodes.map((node) => {
    if (!isKeras3Node(node)) return node;
    const tensors: Json[] = [];
    const others: unknown[] = [];
    flattenArgs(node.args ?? [], tensors, others);
    if (others.length) block(ctx, entry, `called with non-tensor positional arguments (${JSON.stringify(others).slice(0, 60)}), which a TF.js node cannot express`);
    const kwargs: Json = {};
    const byKeyword: Record<string, Json> = {};
    for (const [k, v] of Object.entries(isObject(node.kwargs) ? node.kwargs : {})) {
      if (k === 'mask' && (v === null || v === undefined)) continue;
      const inner: Json[] = [];
      flattenArgs(v, inner, []);
      if (attention && ATTENTION_INPUTS.includes(k) && inner.length === 1 && isKerasTensor(v)) byKeyword[k] = v;
      else if (inner.length) block(ctx, entry, `receives tensor keyword argument '${k}', which a TF.js node cannot express`);
      else kwargs[k] = v;
    }
    if (attention) {
      tensors.splice(0, tensors.length, ...attentionInputs(tensors, byKeyword, entry, ctx));
      moveAttentionArguments(kwargs, entry, ctx);
    }
    return tensors.map((t) => {
      const [name, nodeIndex, tensorIndex] = t.config.keras_history as [string, number, number];
      const shift = ctx.generation === 3 && nestedModels.get(name) === 'Sequential' ? 1 : 0;
      return [name, Number(nodeIndex) + shift, Number(tensorIndex), kwargs];
    });
  });
}

/** MultiHeadAttention's `call(query, value, key=None, …)` tensors, in that order. */
const ATTENTION_INPUTS = ['query', 'value', 'key'];

/** Tensors given by keyword (`mha(query=x, value=y)`) take their positional place, as Keras binds them. */
function attentionInputs(positional: Json[], byKeyword: Record<string, Json>, entry: Json, ctx: Ctx): Json[] {
  const out: Json[] = [];
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
function moveAttentionArguments(kwargs: Json, entry: Json, ctx: Ctx): void {
  if ('use_causal_mask' in kwargs) {
    const causal = kwargs.use_causal_mask === true;
    const c: Json = entry.config ?? (entry.config = {});
    if (c.use_causal_mask !== undefined && c.use_causal_mask !== causal) block(ctx, entry, 'called both with and without use_causal_mask, which one TF.js layer cannot express');
    c.use_causal_mask = causal;
    delete kwargs.use_causal_mask;
  }
  if (kwargs.return_attention_scores === true) block(ctx, entry, 'called with return_attention_scores=True (two outputs), which weightgate\'s MultiHeadAttention does not produce');
  delete kwargs.return_attention_scores;
}

/**
 * Keras 3 op classes that no layer shares a name with. The legacy `.h5` model_config drops `module`,
 * so there the class name is all that tells an op node from a layer.
 */
const KERAS3_OP_ONLY_CLASSES = new Set([
  'NotEqual', 'Equal', 'Greater', 'GreaterEqual', 'Less', 'LessEqual', 'LogicalAnd', 'LogicalOr', 'LogicalNot',
  'Cast', 'GetItem', 'ExpandDims', 'Squeeze', 'Matmul', 'Transpose', 'Absolute', 'Sqrt', 'Square',
]);

function isOpEntry(entry: Json): boolean {
  if (typeof entry.module === 'string') return /^keras(\.src)?\.ops\b/.test(entry.module);
  return KERAS3_OP_ONLY_CLASSES.has(String(entry.class_name)) && Array.isArray(entry.inbound_nodes) && entry.inbound_nodes.some(isKeras3Node);
}

function nodeTensors(node: unknown): Json[] {
  const tensors: Json[] = [];
  if (isKeras3Node(node)) flattenArgs(node.args ?? [], tensors, []);
  return tensors;
}

/**
 * Keras 3 records the padding mask of `Embedding(mask_zero=True)` as a raw `NotEqual(ids, 0)` op node
 * passed to later layers as `mask=`. TF.js' Embedding computes that same mask and hands it along the
 * tensors to the layers that read it, so the op node and the `mask` arguments can go, provided each
 * layer given the mask receives it in TF.js too, and uses it as Keras does (checked per consumer).
 * Any other op node has no TF.js equivalent.
 */
export function removeMaskOps(cfg: Json, ctx: Ctx): void {
  const layers = cfg.layers as Json[];
  const ops = layers.filter((l) => isObject(l) && isOpEntry(l));
  if (!ops.length) return;
  const removable = new Set<string>();
  const carriers = maskCarriers(layers);
  for (const op of ops) {
    const why = maskOpProblem(op, layers);
    if (why) block(ctx, op, why);
    else removable.add(layerName(op));
  }
  if (!removable.size) return;
  ctx.removedOps.push(...removable);
  cfg.layers = layers.filter((l) => !removable.has(layerName(l)));
  for (const l of cfg.layers as Json[]) {
    for (const node of Array.isArray(l.inbound_nodes) ? l.inbound_nodes : []) {
      if (!isKeras3Node(node)) continue;
      const mask = isObject(node.kwargs) ? node.kwargs.mask : undefined;
      if (isKerasTensor(mask) && removable.has(String(mask.config.keras_history[0]))) {
        const why = maskConsumerProblem(l, node, carriers);
        if (why) block(ctx, l, why);
        delete node.kwargs.mask;
      }
      if (nodeTensors(node).some((t) => removable.has(String(t.config.keras_history[0])))) {
        block(ctx, l, 'consumes the output of a Keras op node as a tensor, which TF.js cannot compute');
      }
    }
  }
  ctx.notes.add(`Keras 3 mask op node${removable.size > 1 ? 's' : ''} ${[...removable].map((n) => `'${n}'`).join(', ')} dropped: TF.js' Embedding(mask_zero) computes the same mask`);
}

/** Layers whose TF.js class applies a padding mask the way Keras does: a masked step keeps the state. */
const MASK_CONSUMERS = new Set(['LSTM', 'GRU', 'SimpleRNN', 'RNN', 'Bidirectional']);

/** TF.js classes that pass their input's mask on unchanged (supportsMasking, no computeMask of their own). */
const MASK_PRESERVERS = new Set([
  'Dropout', 'SpatialDropout1D', 'Dense', 'Activation', 'BatchNormalization', 'LayerNormalization', 'ReLU', 'PReLU',
  'GaussianNoise', 'GaussianDropout', 'AlphaDropout', 'TimeDistributed',
]);

function returnsSequences(l: Json): boolean {
  const c = l.class_name === 'Bidirectional' ? l.config?.layer?.config : l.config;
  return c?.return_sequences === true;
}

/** The layer whose output a call reads first, in either node layout (Keras 3 `{args}` or Keras 2 lists). */
function firstInputLayer(node: unknown): string | undefined {
  if (isKeras3Node(node)) return nodeTensors(node)[0]?.config.keras_history[0];
  const first = Array.isArray(node) ? node[0] : undefined;
  return Array.isArray(first) && typeof first[0] === 'string' ? first[0] : undefined;
}

/** Layers whose output carries an Embedding(mask_zero) padding mask in TF.js, with the Embedding it came from. */
function maskCarriers(layers: readonly Json[]): Map<string, string> {
  const out = new Map<string, string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const l of layers) {
      if (!isObject(l) || out.has(layerName(l)) || !Array.isArray(l.inbound_nodes) || l.inbound_nodes.length !== 1) continue;
      const from = firstInputLayer(l.inbound_nodes[0]);
      const cls = String(l.class_name);
      let source: string | undefined;
      if (cls === 'Embedding' && l.config?.mask_zero === true) source = layerName(l);
      else if (from && out.has(from) && (MASK_PRESERVERS.has(cls) || (MASK_CONSUMERS.has(cls) && returnsSequences(l)))) source = out.get(from);
      if (source) {
        out.set(layerName(l), source);
        grew = true;
      }
    }
  }
  return out;
}

/** Why dropping the mask argument of this call would change what the layer computes, if it would. */
function maskConsumerProblem(l: Json, node: Json, carriers: ReadonlyMap<string, string>): string | undefined {
  const cls = String(l.class_name);
  if (!MASK_CONSUMERS.has(cls)) return `receives the padding mask as an argument; TF.js ${cls} would not apply it as Keras does`;
  const from = firstInputLayer(node);
  if (!from || !carriers.has(from)) {
    return 'receives the padding mask as an argument, but its input does not carry that mask in TF.js (TF.js hands masks along the tensors, not as arguments)';
  }
  const rnn = cls === 'Bidirectional' ? l.config?.layer?.config : l.config;
  if (rnn?.zero_output_for_mask === true && rnn?.return_sequences === true) {
    return 'zero_output_for_mask=True: Keras writes zeros at masked steps, TF.js repeats the previous output';
  }
  return undefined;
}

/**
 * Keras' MultiHeadAttention reads padding masks from its inputs without any argument recording it;
 * TF.js hands a layer only its first input's mask, so such a model cannot be run as Keras runs it.
 */
function checkAttentionMasks(layers: readonly Json[], ctx: Ctx): void {
  const carriers = maskCarriers(layers);
  if (!carriers.size) return;
  for (const l of layers) {
    if (!isObject(l) || l.class_name !== 'MultiHeadAttention' || !Array.isArray(l.inbound_nodes)) continue;
    const masked = l.inbound_nodes.some((node: unknown) => {
      const refs = isKeras3Node(node) ? nodeTensors(node).map((t) => t.config.keras_history[0]) : Array.isArray(node) ? node.map((r) => (Array.isArray(r) ? r[0] : undefined)) : [];
      return refs.some((r: unknown) => typeof r === 'string' && carriers.has(r));
    });
    if (masked) block(ctx, l, `attends over inputs that carry the padding mask of Embedding '${[...new Set(carriers.values())].join("', '")}', which weightgate's MultiHeadAttention does not apply`);
  }
}

function maskOpProblem(op: Json, layers: Json[]): string | undefined {
  const what = `Keras op node${op.module ? ` from ${op.module}` : ''}`;
  if (op.class_name !== 'NotEqual') return `${what}; TF.js has no such layer`;
  const node = Array.isArray(op.inbound_nodes) ? op.inbound_nodes[0] : undefined;
  const args = isKeras3Node(node) && Array.isArray(node.args) ? node.args : [];
  const [source, value] = args;
  if (!isKerasTensor(source) || value !== 0) return `${what} that is not a padding mask (NotEqual(ids, 0))`;
  const src = JSON.stringify(source.config.keras_history);
  const fedEmbedding = layers.some((l) => l.class_name === 'Embedding' && l.config?.mask_zero === true
    && nodeTensors(l.inbound_nodes?.[0]).some((t) => JSON.stringify(t.config.keras_history) === src));
  return fedEmbedding ? undefined : `${what}: a mask over ids that feed no Embedding(mask_zero=True), which TF.js cannot rebuild`;
}

// ---- layers ---------------------------------------------------------------------------------

function translateLayer(entry: Json, ctx: Ctx): void {
  if (isModelEntry(entry)) {
    translateModel(entry, ctx);
    return;
  }
  if (!isObject(entry.config)) entry.config = {};
  flagCustomClass(entry, ctx);
  if (ctx.generation === 1) translateKeras1Layer(entry, ctx);
  translateCudnnLayer(entry, ctx);
  replaceInferenceIdentity(entry, ctx);
  const c: Json = entry.config;
  normalizeDtype(c, entry, ctx);
  if (entry.class_name === 'InputLayer') normalizeInputLayer(c, entry, ctx);
  renameActivations(c, entry, ctx);
  translateKeras3Arguments(entry, ctx);
  dropTrainingOnlyKeys(c, ctx);
  for (const inner of nestedLayerEntries(c)) translateLayer(inner, ctx);
  if (entry.class_name === 'Bidirectional') {
    reconcileBackwardLayer(c, entry, ctx);
    if (ctx.generation === 3) unprefixForwardLayer(c);
  }
  checkTfjsSupport(entry, ctx);
  stripKeras3Keys(entry);
}

/** Layer configs inside a layer: wrapper `layer`, Bidirectional `backward_layer`, RNN `cell`(s). */
function nestedLayerEntries(c: Json): Json[] {
  const out: Json[] = [];
  for (const key of ['layer', 'backward_layer', 'cell']) {
    const v = c[key];
    if (isObject(v) && typeof v.class_name === 'string') out.push(v);
    if (Array.isArray(v)) out.push(...v.filter((x): x is Json => isObject(x) && typeof x.class_name === 'string'));
  }
  const cells = isObject(c.cell) && isObject(c.cell.config) ? c.cell.config.cells : undefined;
  if (Array.isArray(cells)) out.push(...cells.filter((x): x is Json => isObject(x) && typeof x.class_name === 'string'));
  return out;
}

function flagCustomClass(entry: Json, ctx: Ctx): void {
  const cls = String(entry.class_name);
  if (CODE_CLASSES.has(cls)) {
    block(ctx, entry, 'its config holds Python code, which is never executed', true);
    return;
  }
  const module = entry.module;
  const custom = (typeof entry.registered_name === 'string' && entry.registered_name !== cls && entry.registered_name.includes('>'))
    || (typeof module === 'string' && !/^keras(\.|$)|^tf_keras|^tensorflow/.test(module));
  if (custom && !isOpEntry(entry)) {
    block(ctx, entry, `a custom class${entry.registered_name ? ` registered as '${entry.registered_name}'` : ''}: its code is not in the file`, true);
  }
}

function checkTfjsSupport(entry: Json, ctx: Ctx): void {
  const cls = String(entry.class_name);
  if (TFJS_LAYER_CLASSES.has(cls) || WEIGHTGATE_CLASSES.has(cls) || CODE_CLASSES.has(cls)) return;
  if (ctx.blockers.some((b) => b.layer === layerName(entry) && b.code)) return;
  const why = cls === 'Identity' ? 'tfjs resolves the name to the Identity initializer, not a layer' : 'no TF.js 4.22 layer of this class';
  block(ctx, entry, why);
}

const QUANTIZED = /Quantized|Int4|Int8|Float8|GPTQ|AWQ|^int[48]_from|^float8_from/i;

function dtypeName(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isObject(v)) {
    if (QUANTIZED.test(String(v.class_name ?? ''))) return `quantized:${String(v.config?.name ?? v.class_name)}`;
    if (isObject(v.config) && typeof v.config.name === 'string') return v.config.name;
  }
  return undefined;
}

/**
 * DTypePolicy objects → dtype strings. TF.js variables and compute are float32 whatever the policy:
 * mixed and half policies run in full precision here (noted, and compared more loosely).
 */
export function normalizeDtype(c: Json, entry: Json, ctx: Ctx): void {
  if (!('dtype' in c)) return;
  const name = dtypeName(c.dtype);
  if (name === undefined) {
    delete c.dtype;
    return;
  }
  if (name.startsWith('quantized:') || QUANTIZED.test(name)) {
    block(ctx, entry, `quantized dtype policy '${name.replace(/^quantized:/, '')}'`);
    c.dtype = 'float32';
    return;
  }
  if (/float16|bfloat16/.test(name)) {
    ctx.halfPrecision = true;
    ctx.notes.add(`layers with dtype policy '${name}' compute in float16/bfloat16 in Keras but in float32 in TF.js`);
    c.dtype = 'float32';
    return;
  }
  if (name === 'float64') {
    ctx.notes.add('float64 layers run in float32 in TF.js');
    c.dtype = 'float32';
    return;
  }
  if (/^u?int(8|16|64)$/.test(name)) {
    c.dtype = 'int32';
    return;
  }
  c.dtype = name;
}

function normalizeInputLayer(c: Json, entry: Json, ctx: Ctx): void {
  if (Array.isArray(c.batch_shape) && !Array.isArray(c.batch_input_shape)) c.batch_input_shape = c.batch_shape;
  delete c.batch_shape;
  if (!Array.isArray(c.batch_input_shape) && Array.isArray(c.input_shape)) c.batch_input_shape = [null, ...c.input_shape];
  delete c.input_shape;
  if (c.sparse === true) block(ctx, entry, 'sparse inputs');
  if (c.ragged === true) block(ctx, entry, 'ragged inputs');
  delete c.sparse;
  delete c.ragged;
  delete c.optional;
}

function activationName(v: unknown): string | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  // Keras 3 may serialise a built-in activation as {class_name: "function", config: "relu", module: "keras.activations"}.
  if (isObject(v) && typeof v.config === 'string' && typeof v.module === 'string' && v.module.startsWith('keras')) return v.config;
  return undefined;
}

export function renameActivations(c: Json, entry: Json, ctx: Ctx): void {
  for (const key of ACTIVATION_KEYS) {
    if (!(key in c)) continue;
    const name = activationName(c[key]);
    if (name === null) continue;
    if (name === undefined) {
      block(ctx, entry, `${key} is a custom function, whose code is not in the file`, true);
      continue;
    }
    if (name === 'silu') {
      c[key] = 'swish';
      continue;
    }
    if (ctx.generation === 3 && name === 'hard_sigmoid') {
      // Keras 3 redefined it as relu6(x + 3) / 6; tfjs keeps Keras 2's clip(0.2x + 0.5).
      block(ctx, entry, `${key} 'hard_sigmoid' means relu6(x+3)/6 in Keras 3 but clip(0.2x+0.5, 0, 1) in TF.js`);
      continue;
    }
    if (!TFJS_ACTIVATIONS.has(name)) {
      block(ctx, entry, `${key} '${name}' is not a TF.js activation`);
      continue;
    }
    c[key] = name;
  }
}

/** Layers that only act in training: at inference Keras passes the input through unchanged. */
const INFERENCE_IDENTITY = new Set(['SpatialDropout2D', 'SpatialDropout3D', 'ActivityRegularization']);

/** tfjs lacks these classes; an identity Activation computes exactly what Keras' predict does. */
export function replaceInferenceIdentity(entry: Json, ctx: Ctx): void {
  const cls = String(entry.class_name);
  if (!INFERENCE_IDENTITY.has(cls)) return;
  const name = entry.config?.name ?? entry.name;
  entry.class_name = 'Activation';
  entry.config = { name, trainable: entry.config?.trainable ?? true, activation: 'linear' };
  ctx.notes.add(`${cls} layers run as identity (what they compute at inference; TF.js has no such class)`);
}

/**
 * CuDNNLSTM / CuDNNGRU: TF.js builds the CPU class with the same maths (CUDNN_CPU_CLASS), and
 * load-weights.ts converts the CuDNN arrays by tf-keras' own table.
 */
function translateCudnnLayer(entry: Json, ctx: Ctx): void {
  const cls = String(entry.class_name);
  const cpu = CUDNN_CPU_CLASS[cls];
  if (!cpu) return;
  entry.class_name = cpu.className;
  Object.assign(entry.config as Json, cpu.config);
  ctx.notes.add(`${cls} layers are built as ${entry.class_name} (the same maths on CPU), with the CuDNN weights converted as tf-keras converts them`);
}

/** Keras 3 argument names and features tfjs-layers reads differently or silently ignores. */
export function translateKeras3Arguments(entry: Json, ctx: Ctx): void {
  const c: Json = entry.config;
  const cls = String(entry.class_name);
  if (cls === 'LeakyReLU' && 'negative_slope' in c) {
    c.alpha = c.negative_slope;
    delete c.negative_slope;
  }
  if (cls === 'ReLU') {
    if ((c.negative_slope ?? 0) !== 0 || (c.threshold ?? 0) !== 0) block(ctx, entry, 'negative_slope/threshold, which TF.js ReLU does not support');
    delete c.negative_slope;
    delete c.threshold;
  }
  if (cls === 'MultiHeadAttention') checkAttentionOptions(c, entry, ctx);
  // TF.js would read a missing key as False; tf-keras 2.x and Keras 3 default it to True.
  if ((cls === 'GRU' || cls === 'GRUCell') && c.reset_after === undefined) c.reset_after = gruResetAfter(c, ctx);
  if (typeof c.groups === 'number' && c.groups !== 1) block(ctx, entry, `groups=${c.groups}, which TF.js ignores (the kernel shape would differ)`);
  if (cls === 'LayerNormalization' && c.rms_scaling === true) block(ctx, entry, 'rms_scaling=True, which TF.js ignores (different maths)');
  if (cls === 'BatchNormalization' && c.renorm === true) block(ctx, entry, 'renorm=True');
  if (c.lora_rank !== undefined && c.lora_rank !== null) block(ctx, entry, `LoRA (lora_rank=${c.lora_rank}), which adds variables TF.js does not have`);
  if (/Transpose/.test(cls) && c.output_padding !== undefined && c.output_padding !== null) block(ctx, entry, 'output_padding, which TF.js does not support');
  // Keras 2.0's implementation=0 is the same maths as 1; tfjs prints a deprecation warning for it.
  if (c.implementation === 0) delete c.implementation;
  for (const k of ['lora_rank', 'lora_alpha', 'quantization_config', 'synchronized', 'renorm', 'renorm_clipping', 'renorm_momentum']) delete c[k];
}

/** MultiHeadAttention options weightgate's layer does not compute (src/engine/layers/multi-head-attention.ts). */
function checkAttentionOptions(c: Json, entry: Json, ctx: Ctx): void {
  if (c.use_gate === true) block(ctx, entry, 'use_gate=True (gated attention), which weightgate\'s MultiHeadAttention does not compute');
  if (c.sliding_window !== undefined && c.sliding_window !== null) block(ctx, entry, `sliding_window=${JSON.stringify(c.sliding_window)}, which weightgate's MultiHeadAttention does not compute`);
  if (Array.isArray(c.output_shape) && c.output_shape.length !== 1) block(ctx, entry, `a multi-dimensional output_shape ${JSON.stringify(c.output_shape)}`);
  const axes = typeof c.attention_axes === 'number' ? [c.attention_axes] : c.attention_axes;
  // Attention over every inner axis is what the layer computes; whether that is all of them depends
  // on the input rank, which the layer checks when it is built.
  if (Array.isArray(axes) && !axes.every((a, i) => a === i + 1)) block(ctx, entry, `attention_axes ${JSON.stringify(c.attention_axes)} (attention over some inner axes only)`);
}

/** Regularizers matter only in training; constraints would be applied by TF.js on load (Keras does not), changing the values. */
export function dropTrainingOnlyKeys(c: Json, ctx: Ctx): void {
  for (const k of Object.keys(c)) {
    if (k.endsWith('_regularizer')) delete c[k];
    if (k.endsWith('_constraint')) {
      if (c[k] !== null && c[k] !== undefined) ctx.notes.add('weight constraints were dropped: TF.js applies them when weights are written, Keras does not');
      delete c[k];
    }
  }
}

/**
 * TF.js builds the backward RNN of a Bidirectional from the forward config with go_backwards flipped;
 * a Keras 3 `backward_layer` that differs in more than that cannot be expressed.
 */
function reconcileBackwardLayer(c: Json, entry: Json, ctx: Ctx): void {
  const back = c.backward_layer;
  if (!isObject(back)) return;
  const comparable = (l: Json) => {
    const { name: _n, go_backwards: _g, ...rest } = (l.config ?? {}) as Json;
    return JSON.stringify({ class_name: l.class_name, ...rest });
  };
  if (!isObject(c.layer) || comparable(back) !== comparable(c.layer)) {
    block(ctx, entry, 'a backward_layer configured differently from the forward layer, which TF.js cannot express');
  }
  delete c.backward_layer;
}

/**
 * Keras 3 saves the wrapped layer already renamed `forward_<name>` and strips that prefix again when
 * it rebuilds the wrapper; TF.js always adds `forward_`/`backward_`, so it must get the bare name, or
 * its variables become `forward_forward_<name>/…` and no longer match the names Keras gives them.
 */
function unprefixForwardLayer(c: Json): void {
  const inner = isObject(c.layer) && isObject(c.layer.config) ? c.layer.config : undefined;
  if (inner && typeof inner.name === 'string' && inner.name.startsWith('forward_')) inner.name = inner.name.slice('forward_'.length);
}

const KERAS3_WRAPPER_KEYS = ['module', 'registered_name', 'build_config', 'compile_config', 'shared_object_id'];

/** `module`, `registered_name`, `build_config`, … anywhere in the subtree (nested initializers too). */
export function stripKeras3Keys(v: unknown): void {
  if (Array.isArray(v)) v.forEach(stripKeras3Keys);
  else if (isObject(v)) {
    for (const k of KERAS3_WRAPPER_KEYS) delete v[k];
    Object.values(v).forEach(stripKeras3Keys);
  }
}

// ---- Keras 1 --------------------------------------------------------------------------------

const KERAS1_CLASS_NAMES: Record<string, string> = {
  Convolution1D: 'Conv1D', AtrousConvolution1D: 'Conv1D',
  Convolution2D: 'Conv2D', AtrousConvolution2D: 'Conv2D',
  Convolution3D: 'Conv3D', SeparableConvolution2D: 'SeparableConv2D',
};

/** Keras 1 classes with no Keras 2 / TF.js counterpart. */
const KERAS1_UNSUPPORTED: Record<string, string> = {
  Merge: 'the Keras 1 Merge layer has no TF.js class (Keras 2 split it into Add, Concatenate, …)',
  TimeDistributedDense: 'removed after Keras 1; no TF.js class',
  MaxoutDense: 'removed after Keras 1; no TF.js class',
  Highway: 'removed after Keras 1; no TF.js class',
  SReLU: 'removed after Keras 1; no TF.js class',
  ParametricSoftplus: 'removed after Keras 1; no TF.js class',
  Deconvolution2D: 'Keras 1 takes its output size from the config; not translated',
};

const KERAS1_INITIALIZERS: Record<string, string> = { one: 'ones', zero: 'zeros' };

function rename(c: Json, from: string, to: string, map: (v: any) => unknown = (v) => v): void {
  if (from in c) {
    if (!(to in c)) c[to] = map(c[from]);
    delete c[from];
  }
}

function dataFormat(v: unknown): string {
  return v === 'th' ? 'channels_first' : 'channels_last';
}

/**
 * Keras 1 class and key names → Keras 2 (what tf-keras' own legacy loader does), so TF.js can read them.
 * Weights are converted separately (load-weights.ts), as tf-keras' `preprocess_weights_for_loading` does.
 */
export function translateKeras1Layer(entry: Json, ctx: Ctx): void {
  const cls = String(entry.class_name);
  if (KERAS1_UNSUPPORTED[cls]) {
    block(ctx, entry, KERAS1_UNSUPPORTED[cls]);
    return;
  }
  const c: Json = entry.config;
  if (KERAS1_CLASS_NAMES[cls]) entry.class_name = KERAS1_CLASS_NAMES[cls];
  const to = String(entry.class_name);
  if (typeof c.name !== 'string' && typeof entry.name === 'string') c.name = entry.name;
  if (to !== 'Embedding') rename(c, 'output_dim', 'units');
  rename(c, 'init', to === 'Embedding' ? 'embeddings_initializer' : 'kernel_initializer', (v) => KERAS1_INITIALIZERS[v] ?? v);
  rename(c, 'inner_init', 'recurrent_initializer');
  rename(c, 'inner_activation', 'recurrent_activation');
  rename(c, 'bias', 'use_bias');
  rename(c, 'dropout_W', 'dropout');
  rename(c, 'dropout_U', 'recurrent_dropout');
  if ('forget_bias_init' in c) {
    c.unit_forget_bias = c.forget_bias_init === 'one';
    delete c.forget_bias_init;
  }
  delete c.consume_less;
  rename(c, 'nb_filter', 'filters');
  if ('nb_row' in c || 'nb_col' in c) {
    c.kernel_size = [c.nb_row, c.nb_col];
    delete c.nb_row;
    delete c.nb_col;
  }
  if ('kernel_dim1' in c) {
    c.kernel_size = [c.kernel_dim1, c.kernel_dim2, c.kernel_dim3];
    delete c.kernel_dim1;
    delete c.kernel_dim2;
    delete c.kernel_dim3;
  }
  rename(c, 'filter_length', 'kernel_size');
  rename(c, 'border_mode', 'padding');
  rename(c, 'subsample_length', 'strides');
  rename(c, 'subsample', 'strides');
  rename(c, 'atrous_rate', 'dilation_rate');
  rename(c, 'pool_length', 'pool_size');
  if (/Pooling1D$/.test(to)) rename(c, 'stride', 'strides');
  rename(c, 'dim_ordering', 'data_format', dataFormat);
  if (to === 'Dropout' || /Dropout/.test(to)) rename(c, 'p', 'rate');
  if (to === 'GRU') c.reset_after = false;
  if (to === 'BatchNormalization' && (c.mode ?? 0) !== 0) block(ctx, entry, `Keras 1 BatchNormalization mode=${c.mode} (only mode 0 exists later)`);
  for (const k of ['mode', 'gamma_init', 'beta_init', 'input_dtype', 'W_learning_rate_multiplier', 'b_learning_rate_multiplier']) delete c[k];
  if (to !== 'Embedding') {
    delete c.input_dim;
    delete c.input_length;
  }
  ctx.notes.add('Keras 1 layer configs were translated to Keras 2 names (as tf-keras loads them)');
}
