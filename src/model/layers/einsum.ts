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
  let m = /^([a-zA-Z]+),([a-zA-Z]+)->([a-zA-Z]+)$/.exec(dotted);
  if (m) return analyzeSplit(m[1], m[2], m[3], biasAxes, input, partialOutput, false);
  m = /^0([a-zA-Z]+),([a-zA-Z]+)->0([a-zA-Z]+)$/.exec(dotted);
  if (m) return analyzeSplit(m[1], m[2], m[3], biasAxes, input, partialOutput, true);
  m = /^([a-zA-Z]{2,})0,([a-zA-Z]+)->([a-zA-Z]+)0$/.exec(dotted);
  if (m) return analyzeSplit(m[1], m[2], m[3], biasAxes, input, partialOutput, false);
  throw new LayerConfigError(`invalid einsum equation '${equation}'`);
}

function analyzeSplit(
  inputSpec: string, weightSpec: string, outputSpec: string, biasAxes: string | null,
  input: Shape, partialOutput: Dim[] | number, leftElided: boolean,
): EinsumShapes {
  const elided = input.length - inputSpec.length;
  const output: Dim[] = typeof partialOutput === 'number' ? [partialOutput] : [...partialOutput];
  output.unshift(input[0]);
  if (elided > 0 && leftElided) {
    // Keras inserts each elided dim at position 1, which reverses them in its declared shape
    // (not in the tensor einsum produces); keep the tensor's order. Kernel shapes are unaffected.
    for (let i = 1; i < elided; i++) output.splice(i, 0, input[i]);
  } else if (elided > 0) {
    for (let i = input.length - elided; i < input.length; i++) output.push(input[i]);
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
    const inDim = input[ii];
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
    bias = [...outputSpec.slice(first)].map((c) => (biasAxes.includes(c) ? output[outputIndex.get(c)!] ?? null : 1));
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
  for (let i = 0; i < freeDims; i++, k++) { inp += LETTERS[k]; out += LETTERS[k]; }
  for (let i = 0; i < boundDims; i++, k++) { inp += LETTERS[k]; ker += LETTERS[k]; }
  for (let i = 0; i < outputDims; i++, k++) { ker += LETTERS[k]; out += LETTERS[k]; bias += LETTERS[k]; }
  return { equation: `${inp},${ker}->${out}`, biasAxes: bias, outputRank: out.length };
}

/** MultiHeadAttention's `_get_output_shape`: leading open dims, then the known ones. */
export function projOutputShape(outputRank: number, known: Dim[]): Dim[] {
  return [...Array<Dim>(outputRank - known.length).fill(null), ...known];
}
