// Preprocessing layers. Only Normalization owns variables (its adapted statistics); lookup
// vocabularies are config or assets, never float weights.
import type { Dim, Shape } from '../types.js';
import type { LayerCall, LayerSpec } from './spec.js';
import { variable } from './config-read.js';
import { LayerConfigError, dimAt, inputShape, normalizeAxis, requireDim } from './shape-math.js';
import { stringAt } from '../../sources/json-value.js';
import { jsonSnippet } from '../../text/config-text.js';

/**
 * Normalization keeps per-feature mean and variance over the kept axes (default the last) plus a
 * scalar sample count: int64 in tf-keras, `dtype="int"` in Keras 3 (int32 in the corpus files).
 * Mean and variance given in the config replace all three variables.
 */
export const normalization: LayerSpec = {
  variables(call) {
    const c = call.config;
    if (c.mean !== null && c.mean !== undefined && c.variance !== null && c.variance !== undefined) return [];
    const input = inputShape(call);
    const raw = c.axis === undefined ? -1 : c.axis;
    const list: readonly unknown[] = raw === null ? [] : Array.isArray(raw) ? raw : [raw];
    if (!list.every((a): a is number => typeof a === 'number')) throw new LayerConfigError(`bad Normalization axis ${jsonSnippet(raw)}`);
    const keep = [...new Set(list.map((a) => normalizeAxis(a, input.length)))].sort((a, b) => a - b);
    const shape = keep.map((a) => requireDim(input[a], `Normalization axis ${a} dim`));
    return [
      variable('mean', shape, false),
      variable('variance', shape, false),
      variable('count', [], false, { dtype: call.generation === 3 ? 'int32' : 'int64' }),
    ];
  },
  outputShapes: (call) => [[...inputShape(call)]],
};

/** Output of an encoding `output_mode`, following Keras 3's CategoryEncoding.compute_output_shape. */
export function encodedShape(input: Shape, depth: Dim, mode: string): Shape {
  if (mode === 'int') return [...input];
  if (input.length === 0) return [depth];
  if (mode === 'one_hot') {
    if (input[input.length - 1] !== 1 || input.length === 1) return [...input, depth];
    return [...input.slice(0, -1), depth];
  }
  return [...input.slice(0, -1), depth];
}

function weightless(outputShapes: (call: LayerCall) => Shape[]): LayerSpec {
  return { variables: () => [], outputShapes };
}

function numOr(v: unknown): Dim {
  return typeof v === 'number' ? v : null;
}

export const categoryEncoding = weightless((call) => [
  encodedShape(inputShape(call), numOr(call.config.num_tokens), (stringAt(call.config, 'output_mode') ?? 'multi_hot')),
]);

export const hashing = weightless((call) => [
  encodedShape(inputShape(call), numOr(call.config.num_bins), (stringAt(call.config, 'output_mode') ?? 'int')),
]);

export const hashedCrossing = weightless((call) => [
  encodedShape(inputShape(call), numOr(call.config.num_bins), (stringAt(call.config, 'output_mode') ?? 'int')),
]);

export const discretization = weightless((call) => {
  const c = call.config;
  const depth = typeof c.num_bins === 'number' ? c.num_bins : Array.isArray(c.bin_boundaries) ? c.bin_boundaries.length + 1 : null;
  return [encodedShape(inputShape(call), depth, (stringAt(c, 'output_mode') ?? 'int'))];
});

/**
 * StringLookup / IntegerLookup: the vocabulary usually lives in assets, so the encoded width is
 * only known when the config records `vocabulary_size` (or caps it with `max_tokens`).
 */
export const lookup = weightless((call) => {
  const c = call.config;
  const depth = numOr(c.vocabulary_size) ?? numOr(c.max_tokens);
  return [encodedShape(inputShape(call), depth, (stringAt(c, 'output_mode') ?? 'int'))];
});

export const textVectorization = weightless((call) => {
  const c = call.config;
  const input = inputShape(call);
  const mode = (stringAt(c, 'output_mode') ?? 'int');
  if (mode === 'int') return [[dimAt(input, 0), numOr(c.output_sequence_length)]];
  return [[dimAt(input, 0), numOr(c.vocabulary_size) ?? numOr(c.max_tokens)]];
});
