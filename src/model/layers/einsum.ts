// EinsumDense's equation analysis, ported from Keras' `_analyze_einsum_string` /
// `_analyze_split_string` (identical in tf-keras and Keras 3), plus MultiHeadAttention's
// `_build_proj_equation`, so both layers derive kernel and bias shapes the way Keras does.
import type { Dim, Shape } from '../types.js';
import { LayerConfigError } from './shape-math.js';

export interface EinsumShapes {
  kernel: Shape;
  /** null when the layer has no bias (`bias_axes` unset). */
  bias: Shape | null;
  /** Full output shape, batch first. */
  output: Shape;
}

/**
 * @param partialOutput the config's `output_shape` without the batch dim; null entries are
 *   filled from the input where the same letter appears on both sides.
 */
export function analyzeEinsum(
  equation: string, biasAxes: string | null, input: Shape, partialOutput: Dim[] | number,
): EinsumShapes {
  const dotted = equation.replace(/\.\.\./g, '0');
  // Keras' three forms: no ellipsis, `...ab,bc->...ac` (left-elided), `ab...,bc->ac...`.
  const forms: [RegExp, boolean][] = [
    [/^([a-zA-Z]+),([a-zA-Z]+)->([a-zA-Z]+)$/, false],
    [/^0([a-zA-Z]+),([a-zA-Z]+)->0([a-zA-Z]+)$/, true],
    [/^([a-zA-Z]{2,})0,([a-zA-Z]+)->([a-zA-Z]+)0$/, false],
  ];
  for (const [form, leftElided] of forms) {
    const [, inputSpec, weightSpec, outputSpec] = form.exec(dotted) ?? [];
    if (inputSpec !== undefined && weightSpec !== undefined && outputSpec !== undefined) {
      return analyzeSplit(inputSpec, weightSpec, outputSpec, biasAxes, input, partialOutput, leftElided);
    }
  }
  throw new LayerConfigError(`invalid einsum equation '${equation}'`);
}

function analyzeSplit(
  inputSpec: string, weightSpec: string, outputSpec: string, biasAxes: string | null,
  input: Shape, partialOutput: Dim[] | number, leftElided: boolean,
): EinsumShapes {
  const elided = input.length - inputSpec.length;
  const output: Dim[] = typeof partialOutput === 'number' ? [partialOutput] : [...partialOutput];
  output.unshift(input[0] ?? null);
  if (elided > 0 && leftElided) {
    // Keras inserts each elided dim at position 1, which reverses them in its declared shape
    // (not in the tensor einsum produces); keep the tensor's order. Kernel shapes are unaffected.
    for (let i = 1; i < elided; i++) output.splice(i, 0, input[i] ?? null);
  } else if (elided > 0) {
    output.push(...input.slice(input.length - elided));
  }

  const inputIndex = new Map<string, number>();
  const outputIndex = new Map<string, number>();
  [...inputSpec].forEach((c, i) => inputIndex.set(c, leftElided ? i + elided : i));
  [...outputSpec].forEach((c, i) => outputIndex.set(c, leftElided ? i + elided : i));
  if (output.length < outputSpec.length + (leftElided ? elided : 0)) {
    throw new LayerConfigError(`output_shape ${JSON.stringify(partialOutput)} does not fit '${outputSpec}'`);
  }

  for (const [c, ii] of inputIndex) {
    const oi = outputIndex.get(c);
    if (oi === undefined) continue;
    const inDim = input[ii] ?? null;
    if (output[oi] === null || output[oi] === undefined) output[oi] = inDim;
    else if (inDim !== null && output[oi] !== inDim) {
      throw new LayerConfigError(
        `einsum dim '${c}' is ${inDim} in the input but ${output[oi]} in output_shape`,
      );
    }
  }
  for (const c of outputSpec) {
    if (!inputIndex.has(c) && !weightSpec.includes(c)) {
      throw new LayerConfigError(`einsum output dim '${c}' appears in neither input nor weight`);
    }
  }

  const kernel: Shape = [...weightSpec].map((c) => {
    const ii = inputIndex.get(c);
    if (ii !== undefined) return input[ii] ?? null;
    const oi = outputIndex.get(c);
    if (oi !== undefined) return output[oi] ?? null;
    throw new LayerConfigError(`einsum weight dim '${c}' appears in neither input nor output`);
  });

  let bias: Shape | null = null;
  if (biasAxes) {
    for (const c of biasAxes) {
      if (!outputSpec.includes(c)) throw new LayerConfigError(`bias axis '${c}' is not an output dim`);
    }
    const first = Math.min(...[...biasAxes].map((c) => outputSpec.indexOf(c)));
    bias = [...outputSpec.slice(first)].map((c) => {
      const oi = outputIndex.get(c);
      return biasAxes.includes(c) && oi !== undefined ? output[oi] ?? null : 1;
    });
    if (!leftElided) for (let i = 0; i < elided; i++) bias.push(1);
  }
  return { kernel, bias, output };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** MultiHeadAttention's `_build_proj_equation(free_dims, bound_dims, output_dims)`. */
export function buildProjEquation(
  freeDims: number, boundDims: number, outputDims: number,
): { equation: string; biasAxes: string; outputRank: number } {
  let inp = '';
  let ker = '';
  let out = '';
  let bias = '';
  let k = 0;
  for (let i = 0; i < freeDims; i++, k++) { inp += LETTERS.charAt(k); out += LETTERS.charAt(k); }
  for (let i = 0; i < boundDims; i++, k++) { inp += LETTERS.charAt(k); ker += LETTERS.charAt(k); }
  for (let i = 0; i < outputDims; i++, k++) { ker += LETTERS.charAt(k); out += LETTERS.charAt(k); bias += LETTERS.charAt(k); }
  return { equation: `${inp},${ker}->${out}`, biasAxes: bias, outputRank: out.length };
}

/** MultiHeadAttention's `_get_output_shape`: leading open dims, then the known ones. */
export function projOutputShape(outputRank: number, known: Dim[]): Dim[] {
  return [...Array<Dim>(Math.max(0, outputRank - known.length)).fill(null), ...known];
}
