// The arrays the smoke run feeds the model: given ones matched to the model's inputs by name, or
// deterministic ones generated from a seed and the input specs (ids for Embedding inputs).
import type { DefinitionLayer, DefinitionModel, DType, Shape, TensorSpec } from '../model/types.js';
import type { Limits } from '../sources/limits.js';
import { arraysByteBound, readArrays, type NamedArrays, type NdArray } from '../formats/npy.js';
import type { ArraysSource } from './engine-types.js';
import { plural } from '../text/grammar.js';

export interface GenerateOptions {
  seed?: number;
  /** Batch size when the model leaves it open. */
  batch?: number;
  /** Size of other open dimensions. */
  dimDefault?: number;
}

/** A mismatch between given arrays and the model: the smoke run fails with this message. */
export class ArraysMismatch extends Error {
  override name = 'ArraysMismatch';
}

/** mulberry32: small, fast, and the same numbers on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isIntegerDtype(d: DType): boolean {
  return /^u?int|^bool$/.test(d);
}

/** The layers that read an input directly: its functional consumers, or a Sequential's first layer. */
function consumersOf(definition: DefinitionModel, input: string): DefinitionLayer[] {
  const functional = definition.layers.some((l) => l.inbound.length > 0);
  if (!functional) return definition.layers.filter((l) => l.className !== 'InputLayer').slice(0, 1);
  return definition.layers.filter((l) => l.inbound.some((call) => call.inputs.some((r) => r.layer === input)));
}

/** An Embedding's vocabulary size when the input feeds one: its values must be valid ids. */
function embeddingVocabulary(definition: DefinitionModel, input: string): number | undefined {
  for (const l of consumersOf(definition, input)) {
    if (l.className === 'Embedding' && typeof l.config.input_dim === 'number' && l.config.input_dim > 0) return l.config.input_dim;
  }
  return undefined;
}

/**
 * The shapes `generateInputs` gives each input, without allocating anything: the batch when the model
 * leaves it open, `dimDefault` for other open dimensions (the smoke budget is checked on these first).
 */
export function generatedShapes(definition: DefinitionModel, opts: GenerateOptions = {}): number[][] {
  return definition.inputs.map((spec) => generatedShape(spec.shape, opts));
}

function generatedShape(shape: TensorSpec['shape'], opts: GenerateOptions): number[] {
  const batch = opts.batch ?? 2;
  const dimDefault = opts.dimDefault ?? 8;
  return shape.map((d, i) => (d ?? (i === 0 ? batch : dimDefault)));
}

/** The seed of generated inputs when none is given (a snapshot's provenance records it). */
export const DEFAULT_INPUT_SEED = 1;

/** Ids in [0, input_dim) for Embedding inputs; integers in [0, 10) for other integer inputs; floats in [-1, 1). */
export function generateInputs(definition: DefinitionModel, opts: GenerateOptions = {}): { arrays: NdArray[]; note: string } {
  const seed = opts.seed ?? DEFAULT_INPUT_SEED;
  const next = prng(seed);
  const arrays = definition.inputs.map((spec): NdArray => {
    const shape = generatedShape(spec.shape, opts);
    const count = shape.reduce((a, b) => a * b, 1);
    const vocab = embeddingVocabulary(definition, spec.name);
    if (vocab !== undefined || isIntegerDtype(spec.dtype)) {
      const high = vocab ?? 10;
      const data = new Int32Array(count);
      for (let i = 0; i < count; i++) data[i] = Math.floor(next() * high);
      return { dtype: 'int32', shape, data };
    }
    const data = new Float32Array(count);
    for (let i = 0; i < count; i++) data[i] = next() * 2 - 1;
    return { dtype: 'float32', shape, data };
  });
  const described = arrays.map((a, i) => `${definition.inputs[i]?.name ?? i} ${JSON.stringify(a.shape)}`).join(', ');
  return { arrays, note: `inputs generated from seed ${seed}: ${described}` };
}

function pick(named: NamedArrays, names: readonly string[], what: string, source: string): NdArray[] {
  if (names.every((n) => named.has(n))) return names.map((n) => named.get(n)!);
  const keys = [...named.keys()];
  // One array for one tensor: an .npy is keyed by its file stem, which need not be the tensor name.
  const only = keys[0];
  if (names.length === 1 && named.size === 1 && only !== undefined) return [named.get(only)!];
  // np.savez(f, a, b) names positional arrays arr_0, arr_1, …: take them in order.
  if (keys.length === names.length && keys.every((k, i) => k === `arr_${i}`)) return keys.map((k) => named.get(k)!);
  const missing = names.filter((n) => !named.has(n));
  throw new ArraysMismatch(`${source} has no ${what} named ${missing.map((n) => `'${n}'`).join(', ')} (it holds ${keys.map((k) => `'${k}'`).join(', ')})`);
}

/** Arrays for `names` (the model's inputs or outputs, in order) from a file, a map, or a list. */
export async function resolveArrays(source: ArraysSource, names: readonly string[], what: string, bound?: { shapes: readonly Shape[]; limits?: Limits }): Promise<NdArray[]> {
  if (Array.isArray(source)) {
    if (source.length !== names.length) throw new ArraysMismatch(`${plural(source.length, `${what} array`)} given for ${plural(names.length, what)}`);
    return source;
  }
  // A file is read no larger than the model's own arrays could be (an .npz can inflate to anything).
  if (typeof source === 'string') {
    const limits = bound?.limits;
    return pick(await readArrays(source, bound ? { maxBytes: arraysByteBound(bound.shapes, { ...(limits ? { limits } : {}) }), ...(limits ? { limits } : {}) } : {}), names, what, source);
  }
  return pick(source, names, what, `the given ${what} arrays`);
}

/** Rank and every fixed dimension agree. */
function fitsSpec(shape: readonly number[], spec: TensorSpec['shape']): boolean {
  return shape.length === spec.length && spec.every((d, i) => d === null || d === shape[i]);
}

/**
 * A model built for a fixed batch (Keras `batch_input_shape: [25, …]`) runs larger inputs in slices of
 * that batch, as `predict(x, batch_size=25)` does: the batch must then be a multiple of it.
 */
export function fixedBatch(definition: DefinitionModel): number | undefined {
  const fixed = definition.inputs.map((i) => i.shape[0]).filter((d): d is number => typeof d === 'number');
  return fixed.length ? fixed[0] : undefined;
}

function fitsBatched(shape: readonly number[], spec: TensorSpec['shape']): boolean {
  const b = spec[0];
  const got = shape[0];
  if (typeof b !== 'number' || got === undefined || got % b !== 0) return false;
  return fitsSpec([b, ...shape.slice(1)], spec);
}

export function checkInputs(definition: DefinitionModel, arrays: readonly NdArray[]): void {
  const batches = new Set(arrays.map((a) => a.shape[0]));
  if (batches.size > 1) throw new ArraysMismatch(`the inputs disagree on the batch size (${[...batches].join(' vs ')})`);
  arrays.forEach((a, i) => {
    const spec = definition.inputs[i];
    if (!spec) throw new ArraysMismatch(`${plural(arrays.length, 'input array')} given for ${plural(definition.inputs.length, 'input')}`);
    if (!fitsSpec(a.shape, spec.shape) && !fitsBatched(a.shape, spec.shape)) {
      throw new ArraysMismatch(`input '${spec.name}' has shape ${JSON.stringify(a.shape)} but the model declares ${JSON.stringify(spec.shape)}`);
    }
  });
}
