// Layers that carry Python code or TF op names in their config. We never run it, so their output
// shape is known only when the config states it. When it does not, even the output rank is
// unknown, which a Shape cannot express: outputShapes() then throws UnresolvedShape and the
// walker treats everything downstream as unresolved (definition.ts: safeOutputs).
import type { Dim, Shape } from '../types.js';
import type { LayerCall, LayerSpec } from './spec.js';
import { UnresolvedShape } from './spec.js';

function isDimList(v: unknown): v is Dim[] {
  return Array.isArray(v) && v.every((d) => d === null || typeof d === 'number');
}

/**
 * Lambda's `output_shape` excludes the batch dim (Keras prepends the input's). Keras 2 marks a
 * literal shape with output_shape_type 'raw'; a serialized function is code we do not run.
 */
function lambdaOutputShapes(call: LayerCall): Shape[] {
  const c = call.config;
  const declared = c.output_shape;
  const type = c.output_shape_type;
  if (type !== undefined && type !== 'raw') {
    throw new UnresolvedShape(`Lambda '${call.name}' computes its output shape with code`);
  }
  const batch = call.inputShapes[0]?.[0] ?? null;
  if (isDimList(declared)) return [[batch, ...declared]];
  if (Array.isArray(declared) && declared.length > 0 && declared.every(isDimList)) {
    return declared.map((s) => [batch, ...s]);
  }
  throw new UnresolvedShape(`Lambda '${call.name}' declares no output shape; its code is not run`);
}

export const lambdaLayer: LayerSpec = {
  carriesCode: true,
  variables: () => [],
  outputShapes: lambdaOutputShapes,
};

/** tf-keras TF-op layers (TFOpLambda, SlicingOpLambda, TensorFlowOpLayer): weightless, shape unknown. */
export const tfOpLayer: LayerSpec = {
  carriesCode: true,
  variables: () => [],
  outputShapes(call) {
    throw new UnresolvedShape(`${call.className} '${call.name}' runs a TensorFlow op whose output shape is not modelled`);
  },
};
