// Config drift: the definition under review against the config saved with the weights (full-model
// .h5, .keras, TF.js model.json). Keras loads weights by shape, so a changed `epsilon`, activation,
// stride or wiring loads silently and computes something else; only the two configs side by side
// show it. Weight shapes are the structural diff's business, so the keys that decide them are left
// to it, and what cannot matter at inference is ignored (see IGNORED_AT_INFERENCE).
import { INFERENCE_IDENTITY_CLASSES } from '../model/keras-vocabulary.js';
import type { DefinitionLayer, DefinitionModel } from '../model/types.js';
import { isObject } from '../sources/json-value.js';
import { pyValue } from '../text/python.js';

export interface ConfigDrift {
  /** The layer's name in the definition (the saved one's when it exists only there). */
  layer: string;
  /** The config key (`epsilon`, `layer.activation` inside a wrapper), or `class`, `inputs`, `position`, `dtype_policy`, `layer`. */
  field: string;
  /** The definition's value, as Python prints it (`None` when it has no such layer). */
  expected: string;
  /** The saved model's value, as Python prints it. */
  saved: string;
}

/**
 * Keys that change nothing once weights are loaded and `predict` runs: initialisers, regularisers
 * and constraints act in training; dropout rates and noise are off at inference; `trainable` and
 * `implementation` (the LSTM kernel layout choice) compute the same function.
 */
const IGNORED_AT_INFERENCE: readonly RegExp[] = [
  /_initializer$/, /_regularizer$/, /_constraint$/,
  /^(name|trainable|dropout|recurrent_dropout|rate|seed|noise_shape|stddev|implementation|synchronized|fused|unroll|use_cudnn)$/,
  /^renorm/, /^virtual_batch_size$/, /^autocast$/,
];

/**
 * Keys that decide weight shapes or input shapes: a change there is already a shape finding of the
 * structural diff (reporting it twice would be noise), or a different input the smoke run sees.
 */
const SHAPE_KEYS = new Set([
  'units', 'filters', 'kernel_size', 'use_bias', 'input_dim', 'output_dim', 'num_heads', 'key_dim', 'value_dim',
  'depth_multiplier', 'groups', 'equation', 'bias_axes', 'output_shape', 'lora_rank', 'lora_alpha',
  'batch_input_shape', 'batch_shape', 'input_shape', 'input_length', 'sparse', 'ragged', 'dtype', 'nb_filter', 'nb_row', 'nb_col',
]);

/** Envelope keys the Keras generations add around nested configs without changing their meaning. */
const ENVELOPE_KEYS = new Set(['module', 'registered_name', 'build_config', 'shared_object_id', 'compile_config']);

/** A layer on one side only that changes nothing computed: the identity at inference, or an input placeholder. */
function inert(className: string): boolean {
  return INFERENCE_IDENTITY_CLASSES.has(className) || className === 'InputLayer';
}

function ignored(key: string): boolean {
  return SHAPE_KEYS.has(key) || IGNORED_AT_INFERENCE.some((re) => re.test(key));
}

/** A config value with generation-specific envelopes removed, so equal meanings compare equal. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return (v as readonly unknown[]).map(canonical);
  if (!isObject(v)) return v;
  // Keras 3 may write a built-in activation as {class_name: 'function', config: 'relu'}; Keras 2 as 'relu'.
  if (v.class_name === 'function' && typeof v.config === 'string') return v.config;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!ENVELOPE_KEYS.has(k)) out[k] = canonical(x);
  return out;
}

/**
 * An `axis` as the set of dimensions it names: tf-keras writes BatchNormalization's as `[3]`, Keras 3
 * as `-1`, the same axis of a rank-4 input. Layers that take `axis` keep their input's rank, so the
 * layer's own output rank resolves negative axes; without it only `[x]` and `x` are equated.
 */
function canonicalAxis(v: unknown, rank: number | undefined): unknown {
  const list = Array.isArray(v) ? (v as readonly unknown[]) : [v];
  if (!list.every((x): x is number => typeof x === 'number' && Number.isInteger(x))) return canonical(v);
  const dims = list.map((x) => (x < 0 && rank !== undefined ? rank + x : x));
  return [...new Set(dims)].sort((x, y) => x - y);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, (b as readonly unknown[])[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!same(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/**
 * Config fields that differ between two configs of the same layer. Only keys both sides write are
 * compared: a key one generation adds (Keras 3's `synchronized`, tf-keras' `time_major`) says
 * nothing about the model, and guessing its default would cry wolf.
 */
function fieldDrift(expected: Readonly<Record<string, unknown>>, saved: Readonly<Record<string, unknown>>, prefix: string, rank: number | undefined, out: [string, unknown, unknown][]): void {
  for (const [key, a] of Object.entries(expected)) {
    if (ignored(key) || ENVELOPE_KEYS.has(key) || !(key in saved)) continue;
    const b = saved[key];
    const ca = key === 'axis' ? canonicalAxis(a, rank) : canonical(a);
    const cb = key === 'axis' ? canonicalAxis(b, rank) : canonical(b);
    // A wrapped layer (Bidirectional.layer, TimeDistributed.layer, RNN.cell): compare its config too.
    if (isObject(ca) && isObject(cb) && typeof ca.class_name === 'string' && isObject(ca.config) && isObject(cb.config)) {
      if (ca.class_name !== cb.class_name) out.push([`${prefix}${key}.class`, ca.class_name, cb.class_name]);
      else fieldDrift(ca.config, cb.config, `${prefix}${key}.`, rank, out);
      continue;
    }
    if (!same(ca, cb)) out.push([`${prefix}${key}`, ca, cb]);
  }
}

/** Pairs the two layer lists: by name, then the leftovers of each class in order (a renamed layer). */
export function pairLayers(expected: readonly DefinitionLayer[], saved: readonly DefinitionLayer[]): { pairs: [DefinitionLayer, DefinitionLayer][]; onlyExpected: DefinitionLayer[]; onlySaved: DefinitionLayer[] } {
  const savedByName = new Map(saved.map((l) => [l.name, l]));
  const pairs: [DefinitionLayer, DefinitionLayer][] = [];
  const used = new Set<DefinitionLayer>();
  const leftExpected: DefinitionLayer[] = [];
  for (const l of expected) {
    const s = savedByName.get(l.name);
    if (s && !used.has(s)) {
      pairs.push([l, s]);
      used.add(s);
    } else leftExpected.push(l);
  }
  const leftSaved = saved.filter((l) => !used.has(l));
  const onlyExpected: DefinitionLayer[] = [];
  const byClass = new Map<string, DefinitionLayer[]>();
  for (const s of leftSaved) byClass.set(s.className, [...(byClass.get(s.className) ?? []), s]);
  for (const l of leftExpected) {
    const s = byClass.get(l.className)?.shift();
    if (s) {
      pairs.push([l, s]);
      used.add(s);
    } else onlyExpected.push(l);
  }
  return { pairs, onlyExpected, onlySaved: saved.filter((l) => !used.has(l)) };
}

function inputsOf(l: DefinitionLayer, rename: ReadonlyMap<string, string>): string[] {
  return l.inbound.flatMap((call) => call.inputs.map((t) => rename.get(t.layer) ?? t.layer));
}

/**
 * Every difference that changes what the model computes while every weight shape still fits,
 * in the definition's layer order. `saved` is the config stored with the weights.
 */
export function configDrift(expected: DefinitionModel, saved: DefinitionModel): ConfigDrift[] {
  const out: ConfigDrift[] = [];
  const { pairs, onlyExpected, onlySaved } = pairLayers(expected.layers, saved.layers);
  // Saved names mapped to the definition's, so a renamed layer's consumers are not all reported as rewired.
  const rename = new Map(pairs.map(([e, s]) => [s.name, e.name]));
  const savedPosition = new Map(saved.layers.map((l, i) => [l, i]));
  const order = pairs
    .map(([e, s]) => ({ e, s, at: expected.layers.indexOf(e) }))
    .sort((a, b) => a.at - b.at);
  for (const { e, s } of order) {
    if (e.className !== s.className) {
      out.push({ layer: e.name, field: 'class', expected: e.className, saved: s.className });
      continue;
    }
    // A changed variable dtype is the structural diff's dtype finding; a changed compute dtype alone is drift.
    if (e.dtypePolicy !== s.dtypePolicy && (e.variableDtype === s.variableDtype || !e.weights.length)) out.push({ layer: e.name, field: 'dtype_policy', expected: pyValue(e.dtypePolicy), saved: pyValue(s.dtypePolicy) });
    const fields: [string, unknown, unknown][] = [];
    fieldDrift(e.config, s.config, '', e.outputShapes[0]?.length ?? s.outputShapes[0]?.length, fields);
    for (const [field, a, b] of fields) out.push({ layer: e.name, field, expected: pyValue(a), saved: pyValue(b) });
    // Wiring: only functional graphs record inbound calls; compare the tensors each layer consumes.
    if (e.inbound.length && s.inbound.length) {
      const a = inputsOf(e, new Map());
      const b = inputsOf(s, rename);
      if (!same(a, b)) out.push({ layer: e.name, field: 'inputs', expected: pyValue(a), saved: pyValue(b) });
    }
  }
  // Order: a Sequential model (no inbound calls) computes its layers in list order, so two
  // same-shaped layers swapped load fine and compute something else.
  const sequential = order.every(({ e, s }) => !e.inbound.length && !s.inbound.length);
  if (sequential) {
    const savedOrder = [...order].sort((a, b) => (savedPosition.get(a.s) ?? 0) - (savedPosition.get(b.s) ?? 0));
    order.forEach(({ e }, i) => {
      const at = savedOrder[i];
      if (at && at.e !== e) out.push({ layer: e.name, field: 'position', expected: pyValue(i), saved: pyValue(savedOrder.findIndex((x) => x.e === e)) });
    });
  }
  // Layers on one side only: weighted ones are the structural diff's missing/unexpected weights;
  // weightless ones (an Activation, a Rescaling) are drift unless they are the identity at inference.
  for (const l of onlyExpected) {
    if (!l.weights.length && !l.isOperation && !inert(l.className)) out.push({ layer: l.name, field: 'layer', expected: l.className, saved: 'None' });
  }
  for (const l of onlySaved) {
    if (!l.weights.length && !l.isOperation && !inert(l.className)) out.push({ layer: l.name, field: 'layer', expected: 'None', saved: l.className });
  }
  return out;
}
