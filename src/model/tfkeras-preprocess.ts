// tf-keras' `preprocess_weights_for_loading` (hdf5_format.py), as one table of transforms: what a
// layer's saved arrays become before tf-keras assigns them. Keras 1 files get their per-gate arrays
// fused and their kernels transposed; CuDNNLSTM/CuDNNGRU arrays are converted to LSTM/GRU layout
// (and back) by `_convert_rnn_weights`, which also refuses some pairs with its own message. Keras 3
// converts nothing. The diff applies the transforms to shapes and the engine to values
// (weight-expr.ts), so both read the same rule.
import { objectAt, stringAt } from '../sources/json-value.js';
import { isChannelsFirst } from './keras-vocabulary.js';
import { pyShape } from '../text/python.js';
import { CUDNN_CPU_CLASS, RECURRENT_GATES, gruResetAfter } from './layers/recurrent.js';
import { ExprError, exprShape, saved, type WeightExpr } from './weight-expr.js';

export interface LoadTarget {
  className: string;
  config: Record<string, unknown>;
}

export type Preprocessed =
  | { kind: 'as-saved' }
  | { kind: 'converted'; outputs: WeightExpr[]; description: string }
  /** tf-keras raises before assigning anything; `message` is its own. */
  | { kind: 'refused'; message: string };

export interface PreprocessOptions {
  /** The file was written by Keras 1 (`keras_version` absent or 1.x). */
  keras1: boolean;
}

type Shapes = readonly (readonly number[])[];

const KERAS1_CLASSES: Record<string, string> = {
  Convolution1D: 'Conv1D', AtrousConvolution1D: 'Conv1D', Convolution2D: 'Conv2D', AtrousConvolution2D: 'Conv2D',
  Deconvolution2D: 'Conv2DTranspose', Convolution3D: 'Conv3D',
};

function numberAt(v: unknown, i = 0): number | undefined {
  if (typeof v === 'number') return v;
  const x: unknown = Array.isArray(v) ? v[i] : undefined;
  return typeof x === 'number' ? x : undefined;
}

function innerTarget(v: unknown): LoadTarget | undefined {
  const className = stringAt(v, 'class_name');
  return className === undefined ? undefined : { className, config: objectAt(v, 'config') ?? {} };
}

/** Shift every `saved` reference by `by` (the backward half of a Bidirectional). */
function shift(e: WeightExpr, by: number): WeightExpr {
  switch (e.op) {
    case 'saved': return saved(e.index + by);
    case 'concat': return { ...e, parts: e.parts.map((p) => shift(p, by)) };
    case 'add': return { ...e, a: shift(e.a, by), b: shift(e.b, by) };
    default: return { ...e, of: shift(e.of, by) };
  }
}

/** Replace `saved` references by the given expressions (a conversion applied after another). */
function compose(e: WeightExpr, inputs: readonly WeightExpr[]): WeightExpr {
  switch (e.op) {
    case 'saved': {
      const input = inputs[e.index];
      if (!input) throw new ExprError(`saved weight #${e.index} does not exist`);
      return input;
    }
    case 'concat': return { ...e, parts: e.parts.map((p) => compose(p, inputs)) };
    case 'add': return { ...e, a: compose(e.a, inputs), b: compose(e.b, inputs) };
    default: return { ...e, of: compose(e.of, inputs) };
  }
}

const identity = (n: number): WeightExpr[] => Array.from({ length: n }, (_, i) => saved(i));
const concatLast = (indices: number[]): WeightExpr => ({ op: 'concat', parts: indices.map(saved) });
const transposed = (perm: number[], rest: number): WeightExpr[] => [{ op: 'transpose', of: saved(0), perm }, ...identity(rest).slice(1)];

// ---- Keras 1 --------------------------------------------------------------------------------

function keras1(t: LoadTarget, shapes: Shapes): { outputs: WeightExpr[]; description: string } | undefined {
  const cls = KERAS1_CLASSES[t.className] ?? t.className;
  const c = t.config;
  const first = isChannelsFirst(c);
  const n = shapes.length;
  switch (cls) {
    case 'LSTM':
      if (n !== 12) return undefined;
      // Keras 1 gate order i, c, f, o; Keras 2 i, f, c, o.
      return {
        outputs: [0, 1, 2].map((o) => concatLast([o, o + 6, o + 3, o + 9])),
        description: '12 per-gate arrays (W, U, b for gates i, c, f, o) concatenated into kernel, recurrent_kernel and bias in gate order i, f, c, o',
      };
    case 'GRU':
      if (n !== 9) return undefined;
      return {
        outputs: [0, 1, 2].map((o) => concatLast([o, o + 3, o + 6])),
        description: '9 per-gate arrays (W, U, b for gates z, r, h) concatenated into kernel, recurrent_kernel and bias',
      };
    case 'Conv1D': {
      const [k] = shapes;
      const [k0, k1, k2, k3, ...more] = k ?? [];
      if (k0 === undefined || k1 === undefined || k2 === undefined || k3 === undefined || more.length) return undefined;
      const size = numberAt(c.kernel_size) ?? numberAt(c.filter_length);
      const filters = numberAt(c.filters) ?? numberAt(c.nb_filter);
      // Keras 1.1 saved (filters, input_dim, length, 1); later Keras 1 (length, 1, input_dim, filters).
      const legacy = !(k0 === size && k1 === 1 && k3 === filters);
      const kk: WeightExpr = legacy ? { op: 'transpose', of: saved(0), perm: [2, 3, 1, 0] } : saved(0);
      // (length, 1, input_dim, filters) once transposed.
      const [length, , inputDim, out] = legacy ? [k2, k3, k1, k0] : [k0, k1, k2, k3];
      return {
        outputs: [{ op: 'reshape', of: kk, shape: [length, inputDim, out] }, ...identity(n).slice(1)],
        description: 'the 4-D Keras 1 kernel reshaped to (length, input_dim, filters)',
      };
    }
    case 'Conv2D':
      return first ? { outputs: transposed([2, 3, 1, 0], n), description: 'the channels_first kernel transposed from (filters, in, rows, cols) to (rows, cols, in, filters)' } : undefined;
    case 'Conv2DTranspose':
      return first
        ? { outputs: transposed([2, 3, 0, 1], n), description: 'the channels_first kernel transposed from (filters, in, rows, cols) to (rows, cols, filters, in)' }
        : { outputs: transposed([0, 1, 3, 2], n), description: 'the kernel transposed from (rows, cols, in, filters) to (rows, cols, filters, in)' };
    case 'Conv3D':
      return first ? { outputs: transposed([2, 3, 4, 1, 0], n), description: 'the channels_first kernel transposed to (d1, d2, d3, in, filters)' } : undefined;
    default:
      return undefined;
  }
}

// ---- CuDNN (_convert_rnn_weights) -------------------------------------------------------------

/** `np.hstack([func(k) for k in np.hsplit(kernels, gates)])`. */
function perGate(of: WeightExpr, rows: number, width: number, gates: number, func: (block: WeightExpr, rows: number, cols: number) => WeightExpr): WeightExpr {
  const w = width / gates;
  return { op: 'concat', parts: Array.from({ length: gates }, (_, g) => func({ op: 'slice', of, start: g * w, end: (g + 1) * w }, rows, w)) };
}

/**
 * `kernel.T.reshape(kernel.shape, order='F')` (from cuDNN) is the block read as (cols, rows) in C
 * order, then transposed; `order='C'` (to cuDNN) is the block transposed, then read as (rows, cols).
 */
const fromCudnnInput = (b: WeightExpr, r: number, c: number): WeightExpr => ({ op: 'transpose', of: { op: 'reshape', of: b, shape: [c, r] }, perm: [1, 0] });
const toCudnnInput = (b: WeightExpr, r: number, c: number): WeightExpr => ({ op: 'reshape', of: { op: 'transpose', of: b, perm: [1, 0] }, shape: [r, c] });
const transposeBlock = (b: WeightExpr): WeightExpr => ({ op: 'transpose', of: b, perm: [1, 0] });


function cudnn(t: LoadTarget, shapes: Shapes): Preprocessed {
  const isLstm = t.className === 'LSTM' || t.className === 'CuDNNLSTM';
  const isGru = t.className === 'GRU' || t.className === 'CuDNNGRU';
  if ((!isLstm && !isGru) || shapes.length !== 3) return { kind: 'as-saved' };
  const [kernel, recurrent, bias] = shapes;
  const gates = RECURRENT_GATES[t.className];
  if (!kernel || !recurrent || !bias || gates === undefined) return { kind: 'as-saved' };
  const [inputDim, kernelWidth, ...kernelMore] = kernel;
  const [units, recurrentWidth, ...recurrentMore] = recurrent;
  if (inputDim === undefined || kernelWidth === undefined || units === undefined || recurrentWidth === undefined || kernelMore.length || recurrentMore.length) {
    return { kind: 'as-saved' };
  }
  const kernels = (from: boolean): WeightExpr[] => [
    perGate(saved(0), inputDim, kernelWidth, gates, from ? fromCudnnInput : toCudnnInput),
    perGate(saved(1), units, recurrentWidth, gates, transposeBlock),
  ];
  const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);
  if (isLstm) {
    let source: string;
    if (same(bias, [2 * units * gates])) source = 'CuDNNLSTM';
    else if (same(bias, [units * gates])) source = 'LSTM';
    else return { kind: 'refused', message: `Invalid bias shape: ${pyShape(bias)}` };
    if (source === t.className) return { kind: 'as-saved' };
    const fromCudnn = source === 'CuDNNLSTM';
    const half = units * gates;
    const biasExpr: WeightExpr = fromCudnn
      ? { op: 'add', a: { op: 'slice', of: saved(2), start: 0, end: half }, b: { op: 'slice', of: saved(2), start: half, end: 2 * half } }
      : { op: 'concat', parts: [{ op: 'scale', of: saved(2), by: 0.5 }, { op: 'scale', of: saved(2), by: 0.5 }] };
    return {
      kind: 'converted',
      outputs: [...kernels(fromCudnn), biasExpr],
      description: fromCudnn
        ? 'CuDNNLSTM weights converted to LSTM layout (per-gate kernels transposed, input and recurrent biases summed)'
        : 'LSTM weights converted to CuDNNLSTM layout (per-gate kernels transposed, the bias split into input and recurrent halves)',
    };
  }
  let source: string;
  if (same(bias, [2 * units * gates])) source = 'CuDNNGRU';
  else if (same(bias, [2, units * gates])) source = 'GRU(reset_after=True)';
  else if (same(bias, [units * gates])) source = 'GRU(reset_after=False)';
  else return { kind: 'refused', message: `Invalid bias shape: ${pyShape(bias)}` };
  const target = t.className === 'CuDNNGRU' ? 'CuDNNGRU' : gruResetAfter(t.config, { generation: 2 }) ? 'GRU(reset_after=True)' : 'GRU(reset_after=False)';
  if (source === target) return { kind: 'as-saved' };
  if (source === 'GRU(reset_after=False)' || target === 'GRU(reset_after=False)') {
    return { kind: 'refused', message: `${source} is not compatible with ${target}` };
  }
  const fromCudnn = source === 'CuDNNGRU';
  return {
    kind: 'converted',
    outputs: [...kernels(fromCudnn), { op: 'reshape', of: saved(2), shape: fromCudnn ? [2, units * gates] : [2 * units * gates] }],
    description: fromCudnn
      ? 'CuDNNGRU weights converted to GRU(reset_after=True) layout (per-gate kernels transposed, the bias reshaped to (2, 3·units))'
      : 'GRU(reset_after=True) weights converted to CuDNNGRU layout (per-gate kernels transposed, the bias flattened)',
  };
}

// ---- the whole function ------------------------------------------------------------------------

function single(t: LoadTarget, shapes: Shapes, o: PreprocessOptions): Preprocessed {
  let outputs = identity(shapes.length);
  const descriptions: string[] = [];
  let current: number[][] = shapes.map((s) => [...s]);
  if (o.keras1) {
    const k = keras1(t, shapes);
    if (k) {
      outputs = k.outputs;
      descriptions.push(k.description);
      try {
        current = outputs.map((e) => exprShape(e, shapes));
      } catch (err) {
        if (err instanceof ExprError) return { kind: 'refused', message: err.message };
        throw err;
      }
    }
  }
  const c = cudnn({ className: KERAS1_CLASSES[t.className] ?? t.className, config: t.config }, current);
  if (c.kind === 'refused') return c;
  if (c.kind === 'converted') {
    outputs = c.outputs.map((e) => compose(e, outputs));
    descriptions.push(c.description);
  }
  return descriptions.length ? { kind: 'converted', outputs, description: descriptions.join('; then ') } : { kind: 'as-saved' };
}

/**
 * What tf-keras does to `shapes` (a layer's saved arrays, in file order) before assigning them to
 * `target`. Bidirectional converts its halves as its forward and backward layers, TimeDistributed as
 * its inner layer (nested models are left as saved).
 */
export function preprocessForLoading(t: LoadTarget, shapes: Shapes, o: PreprocessOptions): Preprocessed {
  if (t.className === 'Bidirectional') {
    const forward = innerTarget(t.config.layer);
    if (!forward || shapes.length % 2) return { kind: 'as-saved' };
    const backward = innerTarget(t.config.backward_layer) ?? forward;
    const half = shapes.length / 2;
    const f = single(forward, shapes.slice(0, half), o);
    const b = single(backward, shapes.slice(half), o);
    if (f.kind === 'refused') return f;
    if (b.kind === 'refused') return b;
    if (f.kind === 'as-saved' && b.kind === 'as-saved') return f;
    const outs = (p: Preprocessed, by: number) => (p.kind === 'converted' ? p.outputs.map((e) => shift(e, by)) : identity(half).map((e) => shift(e, by)));
    // Not both as saved (returned above): one of them was converted.
    const description = f.kind === 'converted' ? f.description : b.kind === 'converted' ? b.description : '';
    return { kind: 'converted', outputs: [...outs(f, 0), ...outs(b, half)], description: `forward and backward layers: ${description}` };
  }
  if (t.className === 'TimeDistributed') {
    const inner = innerTarget(t.config.layer);
    return inner ? single(inner, shapes, o) : { kind: 'as-saved' };
  }
  return single(t, shapes, o);
}

/** The class TF.js builds for a definition layer, for converting the definition's own layout to it. */
export function tfjsLoadTarget(t: LoadTarget): LoadTarget {
  const map = (v: LoadTarget): LoadTarget => {
    const cpu = CUDNN_CPU_CLASS[v.className];
    return cpu ? { className: cpu.className, config: { ...v.config, ...cpu.config } } : v;
  };
  if (t.className === 'Bidirectional' || t.className === 'TimeDistributed') {
    const wrap = (key: string) => {
      const inner = innerTarget(t.config[key]);
      if (!inner) return t.config[key];
      const m = map(inner);
      return { class_name: m.className, config: m.config };
    };
    return { className: t.className, config: { ...t.config, layer: wrap('layer'), ...(t.config.backward_layer ? { backward_layer: wrap('backward_layer') } : {}) } };
  }
  return map(t);
}
