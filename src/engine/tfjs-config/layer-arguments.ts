// One layer's config, key by key: Keras 3 argument names and features tfjs-layers reads differently
// or silently ignores, activations, input layers, training-only keys and Keras 3 wrapper keys.
import { CUDNN_CPU_CLASS, gruResetAfter } from '../../model/layers/recurrent.js';
import { isObject } from '../../sources/json-value.js';
import { asText } from '../../text/config-text.js';
import { INFERENCE_IDENTITY, TFJS_ACTIVATIONS } from './tfjs-support-tables.js';
import { block, type Ctx } from './translation-context.js';
import { asLayer, editable, type EditableJson } from './tfjs-topology.js';

export function normalizeInputLayer(c: EditableJson, entry: unknown, ctx: Ctx): void {
  if (Array.isArray(c.batch_shape) && !Array.isArray(c.batch_input_shape)) c.batch_input_shape = c.batch_shape;
  delete c.batch_shape;
  if (!Array.isArray(c.batch_input_shape) && Array.isArray(c.input_shape)) c.batch_input_shape = [null, ...(c.input_shape as readonly unknown[])];
  delete c.input_shape;
  if (c.sparse === true) block(ctx, entry, 'sparse inputs');
  if (c.ragged === true) block(ctx, entry, 'ragged inputs');
  delete c.sparse;
  delete c.ragged;
  delete c.optional;
}

const ACTIVATION_KEYS = ['activation', 'recurrent_activation'];

function activationName(v: unknown): string | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  // Keras 3 may serialise a built-in activation as {class_name: "function", config: "relu", module: "keras.activations"}.
  if (isObject(v) && typeof v.config === 'string' && typeof v.module === 'string' && v.module.startsWith('keras')) return v.config;
  return undefined;
}

export function renameActivations(c: EditableJson, entry: unknown, ctx: Ctx): void {
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

/** tfjs lacks these classes; an identity Activation computes exactly what Keras' predict does. */
export function replaceInferenceIdentity(entry: EditableJson, ctx: Ctx): void {
  const cls = asText(entry.class_name, 'undefined');
  if (!INFERENCE_IDENTITY.has(cls)) return;
  const old = editable(entry.config);
  const name = old?.name ?? entry.name;
  entry.class_name = 'Activation';
  entry.config = { name, trainable: old?.trainable ?? true, activation: 'linear' };
  ctx.notes.add(`${cls} layers run as identity (what they compute at inference; TF.js has no such class)`);
}

/**
 * CuDNNLSTM / CuDNNGRU: TF.js builds the CPU class with the same maths (CUDNN_CPU_CLASS), and
 * load-weights.ts converts the CuDNN arrays by tf-keras' own table.
 */
export function translateCudnnLayer(entry: EditableJson, ctx: Ctx): void {
  const cls = asText(entry.class_name, '');
  const cpu = Object.hasOwn(CUDNN_CPU_CLASS, cls) ? CUDNN_CPU_CLASS[cls] : undefined;
  if (!cpu) return;
  const layer = asLayer(entry);
  layer.class_name = cpu.className;
  Object.assign(layer.config, cpu.config);
  ctx.notes.add(`${cls} layers are built as ${cpu.className} (the same maths on CPU), with the CuDNN weights converted as tf-keras converts them`);
}

/** Keras 3 argument names and features tfjs-layers reads differently or silently ignores. */
export function translateKeras3Arguments(entry: EditableJson, ctx: Ctx): void {
  const c = asLayer(entry).config;
  const cls = asText(entry.class_name, 'undefined');
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
  if (c.lora_rank !== undefined && c.lora_rank !== null) block(ctx, entry, `LoRA (lora_rank=${asText(c.lora_rank, '')}), which adds variables TF.js does not have`);
  if (/Transpose/.test(cls) && c.output_padding !== undefined && c.output_padding !== null) block(ctx, entry, 'output_padding, which TF.js does not support');
  // Keras 2.0's implementation=0 is the same maths as 1; tfjs prints a deprecation warning for it.
  if (c.implementation === 0) delete c.implementation;
  for (const k of ['lora_rank', 'lora_alpha', 'quantization_config', 'synchronized', 'renorm', 'renorm_clipping', 'renorm_momentum']) delete c[k];
}

/** MultiHeadAttention options weightgate's layer does not compute (src/engine/layers/multi-head-attention.ts). */
function checkAttentionOptions(c: EditableJson, entry: unknown, ctx: Ctx): void {
  if (c.use_gate === true) block(ctx, entry, 'use_gate=True (gated attention), which weightgate\'s MultiHeadAttention does not compute');
  if (c.sliding_window !== undefined && c.sliding_window !== null) block(ctx, entry, `sliding_window=${JSON.stringify(c.sliding_window)}, which weightgate's MultiHeadAttention does not compute`);
  if (Array.isArray(c.output_shape) && c.output_shape.length !== 1) block(ctx, entry, `a multi-dimensional output_shape ${JSON.stringify(c.output_shape)}`);
  const axes = typeof c.attention_axes === 'number' ? [c.attention_axes] : c.attention_axes;
  // Attention over every inner axis is what the layer computes; whether that is all of them depends
  // on the input rank, which the layer checks when it is built.
  if (Array.isArray(axes) && !axes.every((a: unknown, i: number) => a === i + 1)) block(ctx, entry, `attention_axes ${JSON.stringify(c.attention_axes)} (attention over some inner axes only)`);
}

/** Regularizers matter only in training; constraints would be applied by TF.js on load (Keras does not), changing the values. */
export function dropTrainingOnlyKeys(c: EditableJson, ctx: Ctx): void {
  for (const k of Object.keys(c)) {
    if (k.endsWith('_regularizer')) delete c[k];
    if (k.endsWith('_constraint')) {
      if (c[k] !== null && c[k] !== undefined) ctx.notes.add('weight constraints were dropped: TF.js applies them when weights are written, Keras does not');
      delete c[k];
    }
  }
}

const KERAS3_WRAPPER_KEYS = ['module', 'registered_name', 'build_config', 'compile_config', 'shared_object_id'];

/** `module`, `registered_name`, `build_config`, … anywhere in the subtree (nested initializers too). */
export function stripKeras3Keys(v: unknown): void {
  if (Array.isArray(v)) v.forEach(stripKeras3Keys);
  else {
    const o = editable(v);
    if (!o) return;
    for (const k of KERAS3_WRAPPER_KEYS) delete o[k];
    Object.values(o).forEach(stripKeras3Keys);
  }
}
