// Layers whose output has the input's shape: activations, dropout and noise, masking. Only PReLU
// owns a variable.
import type { LayerSpec } from './spec.js';
import { variable } from './config-read.js';
import { LayerConfigError, inputShape, requireDims } from './shape-math.js';
import { UnresolvedShape } from './spec.js';
import { jsonSnippet } from '../../text/config-text.js';

/** Weightless, output shape = input shape (every positional input passes through). */
export const passThrough: LayerSpec = {
  variables: () => [],
  outputShapes(call) {
    if (call.inputShapes.length === 0) {
      throw new UnresolvedShape(`${call.className} '${call.name}' has no known input shape`);
    }
    return call.inputShapes.map((s) => [...s]);
  },
};

function sharedAxes(raw: unknown): number[] {
  if (raw === null || raw === undefined) return [];
  if (typeof raw === 'number') return [raw];
  if (Array.isArray(raw) && raw.every((a): a is number => typeof a === 'number')) return raw;
  throw new LayerConfigError(`shared_axes must be an int or a list of ints, got ${jsonSnippet(raw)}`);
}

/**
 * PReLU: one alpha per input element (batch excluded), collapsed to 1 along `shared_axes`
 * (1-based, as Keras counts them). Keras 1 names it `alphas`.
 */
export const prelu: LayerSpec = {
  variables(call) {
    const input = inputShape(call);
    const shape = input.slice(1);
    for (const a of sharedAxes(call.config.shared_axes)) {
      if (a < 1 || a > shape.length) throw new LayerConfigError(`PReLU shared axis ${a} out of range`);
      shape[a - 1] = 1;
    }
    return [variable(call.generation === 1 ? 'alphas' : 'alpha', requireDims(shape, 'PReLU alpha'))];
  },
  outputShapes: passThrough.outputShapes,
};
