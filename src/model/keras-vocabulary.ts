// The Keras vocabulary: facts about what Keras writes in a model config, each stated once and
// used by the definition walker, the diff, the engine and the readers alike. Every rule takes
// `unknown`: configs come from pull requests. (The generation rule is `detectGeneration` in
// keras-config.ts.)
import { isObject, type JsonObject } from '../sources/json-value.js';
import { asText } from '../text/config-text.js';

// ---- models -----------------------------------------------------------------------------------

/** Class names of Keras' own model classes (a subclassed model writes its own class name). */
export const MODEL_CLASSES: ReadonlySet<string> = new Set(['Sequential', 'Functional', 'Model']);

/**
 * A layer entry that is itself a model: one of Keras' model classes, or any class whose config
 * has the functional graph (`layers` plus `input_layers`/`output_layers`), as a subclass of
 * Functional writes it.
 */
export function isNestedModel(className: string, config: unknown): boolean {
  if (MODEL_CLASSES.has(className)) return true;
  return isObject(config) && Array.isArray(config.layers) && ('input_layers' in config || 'output_layers' in config);
}

/**
 * The name of a layer entry: the entry's own `name` (what functional nodes refer to, Keras'
 * `layer_data["name"]`), else its config's `name` (Sequential entries have only that), else `fallback`.
 */
export function layerEntryName(entry: unknown, fallback: string): string {
  if (!isObject(entry)) return fallback;
  const own = entry.name;
  const inConfig = isObject(entry.config) ? entry.config.name : undefined;
  return asText(own ?? inConfig, fallback);
}

// ---- functional nodes -------------------------------------------------------------------------

/** A Keras 3 symbolic tensor in a node's arguments: `{class_name: '__keras_tensor__', config: {keras_history: [layer, node, tensor]}}`. */
export interface KerasTensorJson extends JsonObject {
  readonly class_name: '__keras_tensor__';
  readonly config: JsonObject & { readonly keras_history: readonly unknown[] };
}

export function isKerasTensor(v: unknown): v is KerasTensorJson {
  return isObject(v) && v.class_name === '__keras_tensor__' && isObject(v.config) && Array.isArray(v.config.keras_history);
}

/** A Keras 3 call node, `{args: […], kwargs: {…}}` (Keras 1/2 and TF.js write lists of triples). */
function isKeras3Node(node: unknown): boolean {
  return isObject(node) && ('args' in node || 'kwargs' in node);
}

/**
 * Keras 3 `Operation` classes (keras/src/ops: numpy.py, math.py, nn.py, core.py) that functional
 * configs record as graph entries of their own when a model calls `keras.ops` directly (a padding
 * mask's `NotEqual`, a `Cast`, a `GetItem`). Only classes that no Keras layer shares a name with:
 * `Add`, `Concatenate` or `Softmax` are op classes too, but their class name alone says "layer".
 */
export const KERAS_OP_CLASSES: ReadonlySet<string> = new Set([
  // comparisons and logic
  'NotEqual', 'Equal', 'Greater', 'GreaterEqual', 'Less', 'LessEqual', 'LogicalAnd', 'LogicalOr', 'LogicalNot', 'Where',
  // dtype and shape
  'Cast', 'ExpandDims', 'Squeeze', 'Transpose', 'BroadcastTo', 'GetItem', 'Slice', 'Take', 'Stack', 'Split',
  // arithmetic (`Abs` is the class of the `abs` alias of `Absolute`)
  'Matmul', 'Absolute', 'Abs', 'Square', 'Sqrt', 'Exp', 'Log', 'Tanh', 'Sigmoid',
  // reductions
  'Sum', 'Mean', 'Max', 'Min', 'Any', 'All', 'Argmax',
]);

const OPS_MODULE = /^keras(\.src)?\.ops\b/;

/**
 * A graph entry that records a raw `keras.ops` call, not a layer: its `module` is `keras.src.ops.*`
 * (`.keras` configs), or, where the legacy `.h5` writer dropped `module`, its class is an op class
 * and it was called through Keras 3 nodes (only Keras 3 records op calls).
 */
export function isOpNode(entry: unknown): boolean {
  if (!isObject(entry)) return false;
  if (typeof entry.module === 'string') return OPS_MODULE.test(entry.module);
  return typeof entry.class_name === 'string' && KERAS_OP_CLASSES.has(entry.class_name)
    && Array.isArray(entry.inbound_nodes) && entry.inbound_nodes.some(isKeras3Node);
}

// ---- dtype policies ---------------------------------------------------------------------------

/** Keras 3's `QUANTIZATION_MODES` (keras/src/dtype_policies/dtype_policy.py). */
const QUANTIZATION_MODES: ReadonlySet<string> = new Set(['int8', 'float8', 'int4', 'ternary', 'gptq', 'awq']);

/** Keras 3's quantized `DTypePolicy` subclasses, as their configs name them. */
const QUANTIZED_POLICY_CLASSES: ReadonlySet<string> = new Set([
  'QuantizedDTypePolicy', 'QuantizedFloat8DTypePolicy', 'Int4DTypePolicy', 'GPTQDTypePolicy', 'AWQDTypePolicy', 'TernaryDTypePolicy',
]);

/**
 * The quantization mode a policy name states, as Keras parses it (`_get_quantized_dtype_policy_by_str`):
 * `<mode>_from_<source>`, the mode maybe with its parameters (`int4/128`, `gptq/4/128`). Undefined
 * for any other name (`float32`, `mixed_float16`, and a bare `int8`, which Keras 2 reads as a dtype).
 */
export function quantizedPolicyName(name: string): { mode: string; source: string } | undefined {
  const parts = name.split('_from_');
  const [mode, source] = parts;
  if (parts.length !== 2 || mode === undefined || source === undefined) return undefined;
  return QUANTIZATION_MODES.has(mode.split('/')[0] ?? '') ? { mode, source } : undefined;
}

/**
 * Is this dtype policy quantized: a Keras 3 quantized policy object (`QuantizedDTypePolicy`,
 * `Int4DTypePolicy`, …) or a quantized policy name (`int8_from_float32`). Float policies
 * (`DTypePolicy`, `FloatDTypePolicy`, Keras 2 `Policy`), `DTypePolicyMap` and plain dtypes are not.
 */
export function isQuantizedPolicy(policy: unknown): boolean {
  if (typeof policy === 'string') return quantizedPolicyName(policy) !== undefined;
  return isObject(policy) && typeof policy.class_name === 'string' && QUANTIZED_POLICY_CLASSES.has(policy.class_name);
}

// ---- layouts ----------------------------------------------------------------------------------

/** channels_first: Keras 2/3 `data_format: 'channels_first'`, Keras 1 `dim_ordering: 'th'`. */
export function isChannelsFirst(config: unknown): boolean {
  if (!isObject(config)) return false;
  const df = config.data_format ?? config.dim_ordering;
  return df === 'channels_first' || df === 'th';
}

/**
 * Layers that act only in training: at inference (`predict`) Keras passes their input through
 * unchanged, so one added or removed changes nothing the model computes.
 */
export const INFERENCE_IDENTITY_CLASSES: ReadonlySet<string> = new Set([
  'Dropout', 'SpatialDropout1D', 'SpatialDropout2D', 'SpatialDropout3D', 'GaussianDropout', 'GaussianNoise',
  'AlphaDropout', 'ActivityRegularization',
]);
