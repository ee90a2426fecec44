// Reading Keras model configs of every generation into plain facts: which generation wrote it,
// the dtype policy of a layer, the tensors a functional node consumed, and the model's input shape.
import type { DType, InboundCall, KerasGeneration, Shape, TensorRef } from './types.js';

import { isObject, numberAt, objectAt, stringAt, type JsonObject } from '../sources/json-value.js';
import { asText } from '../text/config-text.js';
import { isKerasTensor, isQuantizedPolicy, quantizedPolicyName } from './keras-vocabulary.js';

export { isObject };
/** A config object read from a file: its values are checked where they are read. */
export type Json = JsonObject;

/** A number from a config, or `fallback` when it is anything else (never a conversion that can throw). */
function asNumber(v: unknown, fallback: number): number {
  return typeof v === 'number' ? v : fallback;
}

/** `model_config` inside a full `.h5` / converter topology; the model config itself otherwise. */
export function unwrapModelConfig(raw: Json): Json {
  if (isObject(raw.model_config)) return raw.model_config;
  return raw;
}

/** Which Keras conventions the config follows, from the version it states or, failing that, its shape. */
/** tfjs-layers wrote the config (its `keras_version` is `tfjs-layers x.y`, its backend `tensor_flow.js`): TF.js' defaults apply. */
export function writtenByTfjs(p: { kerasVersion?: string; backend?: string }): boolean {
  return p.backend === 'tensor_flow.js' || (p.kerasVersion?.startsWith('tfjs') ?? false);
}

export function detectGeneration(model: Json, statedVersion?: string): KerasGeneration {
  const v = statedVersion ?? (typeof model.keras_version === 'string' ? model.keras_version : undefined);
  if (v && /^\d/.test(v)) {
    const major = Number.parseInt(v, 10);
    return major <= 1 ? 1 : major >= 3 ? 3 : 2;
  }
  if (v && v.startsWith('tfjs')) return 2;
  const { keras3, keras1 } = generationMarks(model);
  return keras3 ? 3 : keras1 ? 1 : 2;
}

const KERAS3_MARKS = new Set(['DTypePolicy', '__keras_tensor__']);
const KERAS1_KEYS = new Set(['output_dim', 'nb_filter', 'border_mode', 'dim_ordering']);

/**
 * Keys and values only one generation writes, anywhere in the config. Walked with an explicit
 * stack: a hostile config can nest deeper than any recursion (JSON.stringify included) survives.
 */
function generationMarks(model: Json): { keras3: boolean; keras1: boolean } {
  let keras1 = false;
  const stack: unknown[] = [model];
  while (stack.length) {
    const v = stack.pop();
    const entries: [string | undefined, unknown][] = Array.isArray(v) ? v.map((x) => [undefined, x]) : isObject(v) ? Object.entries(v) : [];
    for (const [key, x] of entries) {
      if (key === 'module' || key === 'batch_shape' || (key !== undefined && KERAS3_MARKS.has(key)) || (typeof x === 'string' && KERAS3_MARKS.has(x))) return { keras3: true, keras1 };
      if (key !== undefined && (KERAS1_KEYS.has(key) || (key === 'init' && typeof x === 'string'))) keras1 = true;
      if (typeof x === 'object' && x !== null) stack.push(x);
    }
  }
  return { keras3: false, keras1 };
}

export interface DTypeFacts {
  policy: string;
  variableDtype: DType;
  quantized: boolean;
}

const VARIABLE_DTYPES: ReadonlySet<string> = new Set<DType>(['float16', 'bfloat16', 'float32', 'float64', 'int8', 'int16', 'int32', 'int64', 'uint8', 'bool']);

function isVariableDtype(name: string): name is DType {
  return VARIABLE_DTYPES.has(name);
}

/** A layer's dtype policy: a string, a Keras 2 `Policy`, or a Keras 3 `DTypePolicy` (maybe quantized). */
export function dtypeFacts(dtype: unknown, fallback: DTypeFacts = { policy: 'float32', variableDtype: 'float32', quantized: false }): DTypeFacts {
  if (typeof dtype === 'string') return fromName(dtype);
  if (!isObject(dtype)) return fallback;
  const cfg = objectAt(dtype, 'config') ?? {};
  const name = stringAt(cfg, 'name');
  if (isQuantizedPolicy(dtype)) {
    // Keras >= 3.4 writes {mode, source_name}; Keras 3.3 wrote the policy name `int8_from_float32`.
    const named = name !== undefined ? quantizedPolicyName(name) : undefined;
    const sourceName = stringAt(cfg, 'source_name') ?? named?.source;
    const source = sourceName !== undefined ? fromName(sourceName) : fallback;
    return { policy: asText(cfg.mode ?? named?.mode, asText(dtype.class_name, '')), variableDtype: source.variableDtype, quantized: true };
  }
  return name !== undefined ? fromName(name) : fallback;
}

function fromName(name: string): DTypeFacts {
  const quantized = quantizedPolicyName(name);
  if (quantized) return { policy: quantized.mode, variableDtype: fromName(quantized.source).variableDtype, quantized: true };
  // Mixed policies compute in half precision but keep float32 variables (`_parse_name`).
  if (name.startsWith('mixed_')) return { policy: name, variableDtype: 'float32', quantized: false };
  return { policy: name, variableDtype: isVariableDtype(name) ? name : 'float32', quantized: false };
}

// ---- functional nodes -------------------------------------------------------------------------

function refOf(history: readonly unknown[]): TensorRef {
  return { layer: asText(history[0], ''), node: asNumber(history[1], 0), tensor: asNumber(history[2], 0) };
}

/** Every tensor inside a Keras 3 argument structure, in order (lists and dicts flattened). */
/** Call arguments nest a few levels (a list of tensors in a dict); deeper structure is not walked. */
const MAX_ARG_DEPTH = 64;

function collectTensors(v: unknown, out: TensorRef[], depth = 0): void {
  if (depth > MAX_ARG_DEPTH) return;
  if (isKerasTensor(v)) out.push(refOf(v.config.keras_history));
  else if (Array.isArray(v)) v.forEach((x) => collectTensors(x, out, depth + 1));
  else if (isObject(v)) Object.values(v).forEach((x) => collectTensors(x, out, depth + 1));
}

function stripTensors(v: unknown, depth = 0): unknown {
  if (depth > MAX_ARG_DEPTH) return undefined;
  if (isKerasTensor(v)) return undefined;
  if (Array.isArray(v)) return v.map((x) => stripTensors(x, depth + 1));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).filter(([, x]) => !isKerasTensor(x)).map(([k, x]) => [k, stripTensors(x, depth + 1)]));
  return v;
}

/**
 * Inbound nodes in any of the three layouts:
 * Keras 1/2 `[[["dense", 0, 0, {}], …], …]`, Keras 3 `[{"args": […], "kwargs": {…}}]`,
 * and TF.js-saved topologies (same as Keras 2).
 */
export function parseInboundNodes(nodes: unknown): InboundCall[] {
  if (!Array.isArray(nodes)) return [];
  return nodes.map((node): InboundCall => {
    if (isObject(node) && ('args' in node || 'kwargs' in node)) {
      const inputs: TensorRef[] = [];
      collectTensors(node.args ?? [], inputs);
      const tensorKwargs: Record<string, TensorRef> = {};
      const kwargs: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(isObject(node.kwargs) ? node.kwargs : {})) {
        if (isKerasTensor(v)) tensorKwargs[k] = refOf(v.config.keras_history);
        else kwargs[k] = stripTensors(v);
      }
      return { inputs, kwargs, tensorKwargs };
    }
    const entries = Array.isArray(node) ? node : [];
    const inputs: TensorRef[] = [];
    let kwargs: Record<string, unknown> = {};
    for (const e of entries) {
      if (Array.isArray(e) && typeof e[0] === 'string') {
        inputs.push(refOf(e));
        if (isObject(e[3])) kwargs = { ...kwargs, ...e[3] };
      }
    }
    return { inputs, kwargs, tensorKwargs: {} };
  });
}

/** `input_layers` / `output_layers`: a list of triples, a bare triple (Keras 3, one input), or a dict. */
export function parseLayerRefs(v: unknown): TensorRef[] {
  if (!v) return [];
  if (Array.isArray(v) && typeof v[0] === 'string') return [refOf(v)];
  if (Array.isArray(v)) return v.flatMap(parseLayerRefs);
  if (isObject(v)) return Object.values(v).flatMap(parseLayerRefs);
  return [];
}

// ---- shapes -----------------------------------------------------------------------------------

/**
 * Tensor ranks beyond this are not shapes Keras can build (TF caps rank at 254, real models use < 8);
 * refusing them keeps a hostile million-entry "shape" from being copied through every layer.
 */
const MAX_RANK = 64;

export function asShape(v: unknown): Shape | undefined {
  if (!Array.isArray(v) || v.length > MAX_RANK) return undefined;
  if (!v.every((d): d is number | null => d === null || typeof d === 'number')) return undefined;
  return v.map((d) => (d === null || d < 0 ? null : d));
}

/** The batch input shape a layer config declares, in any generation's words. */
export function declaredInputShape(cfg: Json): Shape | undefined {
  const batch = asShape(cfg.batch_shape) ?? asShape(cfg.batch_input_shape);
  if (batch) return batch;
  const input = asShape(cfg.input_shape);
  if (input) return [null, ...input];
  // Keras 1: `input_dim` (+ `input_length` for sequence layers).
  if (typeof cfg.input_dim === 'number' && cfg.input_dim > 0) {
    if ('input_length' in cfg) return [null, numberAt(cfg, 'input_length') ?? null, cfg.input_dim];
    return [null, cfg.input_dim];
  }
  return undefined;
}

/** Keras 3 records the shape each layer was built with; a fallback when propagation cannot say. */
export function builtInputShapes(entry: Json): Shape[] | undefined {
  const bc = entry.build_config;
  if (!isObject(bc)) return undefined;
  if (Array.isArray(bc.input_shape)) {
    const single = asShape(bc.input_shape);
    if (single) return [single];
    const many = bc.input_shape.map(asShape);
    return many.every((s): s is Shape => s !== undefined) ? many : undefined;
  }
  if (isObject(bc.shapes_dict)) {
    const shapes = Object.values(bc.shapes_dict).map(asShape);
    return shapes.every((s): s is Shape => s !== undefined) ? shapes : undefined;
  }
  return undefined;
}

/** Keras' `to_snake_case`, used for Keras 3 object paths (`ReLU` → `re_lu`). */
export function toSnakeCase(name: string): string {
  let s = name.replace(/\W+/g, '');
  s = s.replace(/(.)([A-Z][a-z]+)/g, '$1_$2');
  s = s.replace(/([a-z])([A-Z])/g, '$1_$2');
  return s.toLowerCase();
}

/** Python class `__name__` where it differs from the exported config class_name. */
const PYTHON_CLASS_NAMES: Record<string, string> = {
  GroupQueryAttention: 'GroupedQueryAttention',
  Model: 'Functional',
};

export function objectPathName(className: string): string {
  return toSnakeCase(PYTHON_CLASS_NAMES[className] ?? className);
}
