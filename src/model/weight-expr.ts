import type { ArtifactModel, ReadOptions, SavedVariable, WeightData } from './types.js';

// A saved weight after a loader's conversion, as data: an expression over the saved arrays that one
// interpreter evaluates on shapes (the diff) and another on values (the engine). Only the few
// operations tf-keras' `preprocess_weights_for_loading` uses, each along the axes numpy uses there.

export type WeightExpr =
  | { op: 'saved'; index: number }
  /** numpy concatenate(axis=-1) / hstack of 2-D blocks. */
  | { op: 'concat'; parts: WeightExpr[] }
  /** `a[..., start:end]`. */
  | { op: 'slice'; of: WeightExpr; start: number; end: number }
  | { op: 'transpose'; of: WeightExpr; perm: number[] }
  /** C-order reshape (numpy's default). */
  | { op: 'reshape'; of: WeightExpr; shape: number[] }
  | { op: 'add'; a: WeightExpr; b: WeightExpr }
  | { op: 'scale'; of: WeightExpr; by: number };

export const saved = (index: number): WeightExpr => ({ op: 'saved', index });

export class ExprError extends Error {}

function size(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** The shape an expression evaluates to, or an ExprError saying why it cannot be formed. */
export function exprShape(e: WeightExpr, inputs: readonly (readonly number[])[]): number[] {
  switch (e.op) {
    case 'saved': {
      const s = inputs[e.index];
      if (!s) throw new ExprError(`saved weight #${e.index} does not exist`);
      return [...s];
    }
    case 'concat': {
      const shapes = e.parts.map((p) => exprShape(p, inputs));
      const [first] = shapes;
      if (!first) throw new ExprError('nothing to concatenate');
      const head = first.slice(0, -1);
      if (shapes.some((s) => s.length !== head.length + 1 || s.slice(0, -1).some((d, i) => d !== head[i]))) {
        throw new ExprError(`cannot concatenate shapes ${shapes.map((s) => `(${s.join(', ')})`).join(', ')} on the last axis`);
      }
      return [...head, shapes.reduce((n, s) => n + (s.at(-1) ?? 0), 0)];
    }
    case 'slice': {
      const s = exprShape(e.of, inputs);
      const last = s[s.length - 1] ?? 0;
      if (e.start < 0 || e.end > last || e.start > e.end) throw new ExprError(`cannot take [${e.start}:${e.end}] of a last axis of ${last}`);
      return [...s.slice(0, -1), e.end - e.start];
    }
    case 'transpose': {
      const s = exprShape(e.of, inputs);
      if (s.length !== e.perm.length) throw new ExprError(`axes don't match array: (${s.join(', ')}) transposed by (${e.perm.join(', ')})`);
      return e.perm.map((a) => {
        const d = s[a];
        if (d === undefined) throw new ExprError(`axis ${a} does not exist in (${s.join(', ')})`);
        return d;
      });
    }
    case 'reshape': {
      const s = exprShape(e.of, inputs);
      if (size(s) !== size(e.shape)) throw new ExprError(`cannot reshape array of size ${size(s)} into shape (${e.shape.join(', ')})`);
      return [...e.shape];
    }
    case 'add': {
      const a = exprShape(e.a, inputs);
      const b = exprShape(e.b, inputs);
      if (a.length !== b.length || a.some((d, i) => d !== b[i])) throw new ExprError(`cannot add shapes (${a.join(', ')}) and (${b.join(', ')})`);
      return a;
    }
    case 'scale':
      return exprShape(e.of, inputs);
  }
}

export interface Array32 {
  data: Float32Array;
  shape: number[];
}

// The array code below indexes within bounds by construction: loops run over the arrays' own
// lengths, and evaluateExpr checks the whole expression with exprShape before computing anything.

function strides(shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) out[i] = out[i + 1]! * shape[i + 1]!;
  return out;
}

function transpose(a: Array32, perm: readonly number[]): Array32 {
  const shape = perm.map((p) => a.shape[p]!);
  const src = strides(a.shape);
  const step = perm.map((p) => src[p]!);
  const out = new Float32Array(a.data.length);
  const idx = new Array<number>(shape.length).fill(0);
  let from = 0;
  for (let k = 0; k < out.length; k++) {
    out[k] = a.data[from]!;
    for (let d = shape.length - 1; d >= 0; d--) {
      idx[d]!++;
      from += step[d]!;
      if (idx[d]! < shape[d]!) break;
      from -= step[d]! * shape[d]!;
      idx[d] = 0;
    }
  }
  return { data: out, shape };
}

/** Values of the expression on float32 inputs (C order), the way numpy computes it. */
export function evaluateExpr(e: WeightExpr, inputs: readonly Array32[]): Array32 {
  exprShape(e, inputs.map((i) => i.shape));
  const go = (x: WeightExpr): Array32 => {
    switch (x.op) {
      case 'saved': return inputs[x.index]!;
      case 'concat': {
        const parts = x.parts.map(go);
        const outer = size(parts[0]!.shape.slice(0, -1));
        const widths = parts.map((p) => p.shape[p.shape.length - 1]!);
        const width = widths.reduce((a, b) => a + b, 0);
        const out = new Float32Array(outer * width);
        for (let r = 0; r < outer; r++) {
          let at = r * width;
          parts.forEach((p, i) => {
            const w = widths[i]!;
            out.set(p.data.subarray(r * w, r * w + w), at);
            at += w;
          });
        }
        return { data: out, shape: [...parts[0]!.shape.slice(0, -1), width] };
      }
      case 'slice': {
        const a = go(x.of);
        const last = a.shape[a.shape.length - 1]!;
        const outer = a.data.length / last;
        const w = x.end - x.start;
        const out = new Float32Array(outer * w);
        for (let r = 0; r < outer; r++) out.set(a.data.subarray(r * last + x.start, r * last + x.end), r * w);
        return { data: out, shape: [...a.shape.slice(0, -1), w] };
      }
      case 'transpose': return transpose(go(x.of), x.perm);
      case 'reshape': return { data: go(x.of).data, shape: [...x.shape] };
      case 'add': {
        const a = go(x.a);
        const b = go(x.b);
        return { data: a.data.map((v, i) => v + b.data[i]!), shape: a.shape };
      }
      case 'scale': {
        const a = go(x.of);
        return { data: a.data.map((v) => v * x.by), shape: a.shape };
      }
    }
  };
  return go(e);
}

/** Values as float32 (int64 through Number, others converted; float32 returned as is). */
export function asFloat32(data: WeightData): Float32Array {
  if (data instanceof Float32Array) return data;
  if (data instanceof BigInt64Array) return Float32Array.from(data, (v) => Number(v));
  return Float32Array.from(data as ArrayLike<number>);
}

/**
 * The values of a saved variable as the loader assigns them: read as stored, or, for a converted one
 * (`derived`), its sources read and the expression the diff sized evaluated on them.
 */
export async function readSaved(artifact: ArtifactModel, v: SavedVariable, options?: ReadOptions): Promise<WeightData> {
  if (!v.derived) return artifact.read(v, options);
  const inputs: Array32[] = [];
  for (const s of v.derived.sources) inputs.push({ data: asFloat32(await artifact.read(s)), shape: s.shape });
  return evaluateExpr(v.derived.expr, inputs).data;
}
