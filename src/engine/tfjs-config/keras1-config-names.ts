// Keras 1 layer configs → Keras 2 class and key names (what tf-keras' own legacy loader does), so
// TF.js can read them. Weights are converted separately (load-weights.ts), as tf-keras'
// `preprocess_weights_for_loading` does.
import { isChannelsFirst } from '../../model/keras-vocabulary.js';
import { asText } from '../../text/config-text.js';
import { block, type Ctx } from './translation-context.js';
import { asLayer, type EditableJson } from './tfjs-topology.js';

const KERAS1_CLASS_NAMES: Readonly<Record<string, string>> = {
  Convolution1D: 'Conv1D', AtrousConvolution1D: 'Conv1D',
  Convolution2D: 'Conv2D', AtrousConvolution2D: 'Conv2D',
  Convolution3D: 'Conv3D', SeparableConvolution2D: 'SeparableConv2D',
};

/** Keras 1 classes with no Keras 2 / TF.js counterpart. */
const KERAS1_UNSUPPORTED: Readonly<Record<string, string>> = {
  Merge: 'the Keras 1 Merge layer has no TF.js class (Keras 2 split it into Add, Concatenate, …)',
  TimeDistributedDense: 'removed after Keras 1; no TF.js class',
  MaxoutDense: 'removed after Keras 1; no TF.js class',
  Highway: 'removed after Keras 1; no TF.js class',
  SReLU: 'removed after Keras 1; no TF.js class',
  ParametricSoftplus: 'removed after Keras 1; no TF.js class',
  Deconvolution2D: 'Keras 1 takes its output size from the config; not translated',
};

const KERAS1_INITIALIZERS: Readonly<Record<string, string>> = { one: 'ones', zero: 'zeros' };

/** `table[key]` when the table itself has it (never what `Object.prototype` has: a class may be named `constructor`). */
function own(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function rename(c: EditableJson, from: string, to: string, map: (v: unknown) => unknown = (v) => v): void {
  if (from in c) {
    if (!(to in c)) c[to] = map(c[from]);
    delete c[from];
  }
}

/** A Keras 1 initializer name as Keras 2 spells it. */
function initializer(v: unknown): unknown {
  return (typeof v === 'string' ? own(KERAS1_INITIALIZERS, v) : undefined) ?? v;
}

/** Keras 1 `dim_ordering` → Keras 2 `data_format` (the vocabulary's one channels_first rule). */
function dataFormat(dimOrdering: unknown): string {
  return isChannelsFirst({ dim_ordering: dimOrdering }) ? 'channels_first' : 'channels_last';
}

/** Keras 1 class and key names → Keras 2, in place. */
export function translateKeras1Layer(entry: EditableJson, ctx: Ctx): void {
  const cls = asText(entry.class_name, 'undefined');
  const unsupported = own(KERAS1_UNSUPPORTED, cls);
  if (unsupported) {
    block(ctx, entry, unsupported);
    return;
  }
  const layer = asLayer(entry);
  const c = layer.config;
  const renamed = own(KERAS1_CLASS_NAMES, cls);
  if (renamed) layer.class_name = renamed;
  const to = renamed ?? cls;
  if (typeof c.name !== 'string' && typeof entry.name === 'string') c.name = entry.name;
  if (to !== 'Embedding') rename(c, 'output_dim', 'units');
  rename(c, 'init', to === 'Embedding' ? 'embeddings_initializer' : 'kernel_initializer', initializer);
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
  if (to === 'BatchNormalization' && (c.mode ?? 0) !== 0) block(ctx, entry, `Keras 1 BatchNormalization mode=${asText(c.mode, '')} (only mode 0 exists later)`);
  for (const k of ['mode', 'gamma_init', 'beta_init', 'input_dtype', 'W_learning_rate_multiplier', 'b_learning_rate_multiplier']) delete c[k];
  if (to !== 'Embedding') {
    delete c.input_dim;
    delete c.input_length;
  }
  ctx.notes.add('Keras 1 layer configs were translated to Keras 2 names (as tf-keras loads them)');
}
