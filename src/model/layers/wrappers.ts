// Bidirectional and TimeDistributed delegate to the wrapped layer's own spec. The catalogue
// injects its lookup so this module does not import it back.
import type { KerasGeneration, Shape } from '../types.js';
import type { LayerCall, LayerSpec } from './spec.js';
import { type NestedLayer, bool, innerCall, nest, nestedLayer } from './config-read.js';
import { LayerConfigError, addDims, dimAt, inputShape, lastDim } from './shape-math.js';
import { stringAt } from '../../sources/json-value.js';
import { UnresolvedShape } from './spec.js';
import { jsonSnippet } from '../../text/config-text.js';

export type Lookup = (className: string, generation: KerasGeneration) => LayerSpec | undefined;

function specFor(lookup: Lookup, inner: NestedLayer, call: LayerCall): LayerSpec {
  const spec = lookup(inner.className, call.generation);
  if (!spec) {
    throw new UnresolvedShape(`${call.className} '${call.name}' wraps '${inner.className}', which the catalogue does not know`);
  }
  return spec;
}

function removePrefix(s: string, prefix: string): string {
  return s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

/**
 * The two directions as Keras builds them: the forward copy is renamed `forward_<name>`, the
 * backward one is the given `backward_layer` as is, or a go_backwards copy named `backward_<name>`.
 */
function directions(call: LayerCall): { forward: NestedLayer; backward: NestedLayer } {
  const layer = nestedLayer(call.config.layer, 'Bidirectional.layer');
  const name = stringAt(layer.config, 'name') ?? '';
  const forward = { className: layer.className, config: { ...layer.config, name: `forward_${removePrefix(name, 'forward_')}` } };
  const raw = call.config.backward_layer;
  const backward = raw
    ? nestedLayer(raw, 'Bidirectional.backward_layer')
    : {
      className: layer.className,
      config: {
        ...layer.config,
        go_backwards: !bool(layer.config, 'go_backwards', false),
        name: `backward_${removePrefix(name, 'backward_')}`,
      },
    };
  return { forward, backward };
}

export function bidirectional(lookup: Lookup): LayerSpec {
  return {
    variables(call) {
      const { forward, backward } = directions(call);
      const seq = inputShape(call);
      const fw = specFor(lookup, forward, call).variables(innerCall(call, forward, [seq]));
      const bw = specFor(lookup, backward, call).variables(innerCall(call, backward, [seq]));
      // The direction's name is the scope (Keras 2/3) or the prefix of Keras 1's flat weight names.
      return [
        ...nest(fw, 'forward_layer', stringAt(forward.config, 'name') ?? ''),
        ...nest(bw, 'backward_layer', stringAt(backward.config, 'name') ?? ''),
      ];
    },
    outputShapes(call) {
      const { forward, backward } = directions(call);
      const seq = inputShape(call);
      const [fOut, ...fStates] = specFor(lookup, forward, call).outputShapes(innerCall(call, forward, [seq]));
      const [bOut, ...bStates] = specFor(lookup, backward, call).outputShapes(innerCall(call, backward, [seq]));
      if (!fOut || !bOut) throw new UnresolvedShape(`${call.className} '${call.name}': the wrapped layer gives no output shape`);
      const mode = call.config.merge_mode === undefined ? 'concat' : call.config.merge_mode;
      let merged: Shape[];
      switch (mode) {
        case 'concat':
          merged = [[...fOut.slice(0, -1), addDims(lastDim(fOut), lastDim(bOut))]];
          break;
        case 'sum': case 'mul': case 'ave':
          merged = [fOut];
          break;
        case null:
          merged = [fOut, bOut];
          break;
        default:
          throw new LayerConfigError(`unknown Bidirectional merge_mode ${jsonSnippet(mode)}`);
      }
      return [...merged, ...fStates, ...bStates];
    },
  };
}

/**
 * TimeDistributed: the inner layer sees (batch, *step) and its outputs get the time axis back.
 * Keras 3 builds the inner layer inside its own name scope (`per_token_logits/tag_proj/kernel`);
 * tf-keras builds it directly in the wrapper's scope.
 */
export function timeDistributed(lookup: Lookup): LayerSpec {
  const stepCall = (call: LayerCall) => {
    const inner = nestedLayer(call.config.layer, 'TimeDistributed.layer');
    const input = inputShape(call);
    if (input.length < 3) throw new LayerConfigError(`TimeDistributed needs rank >= 3 input, got ${JSON.stringify(input)}`);
    return { inner, input, sub: innerCall(call, inner, [[dimAt(input, 0), ...input.slice(2)]]) };
  };
  return {
    variables(call) {
      const { inner, sub } = stepCall(call);
      const scope = call.generation === 3 ? sub.name : '';
      return nest(specFor(lookup, inner, call).variables(sub), 'layer', scope);
    },
    outputShapes(call) {
      const { inner, input, sub } = stepCall(call);
      return specFor(lookup, inner, call).outputShapes(sub).map((s) => [dimAt(s, 0), dimAt(input, 1), ...s.slice(1)]);
    },
  };
}

/**
 * Keras 3 SpectralNormalization: the wrapped layer's variables (under `layer`), then its own
 * non-trainable `vector_u` of shape (1, last kernel dim).
 */
export function spectralNormalization(lookup: Lookup): LayerSpec {
  return {
    variables(call) {
      const inner = nestedLayer(call.config.layer, 'SpectralNormalization.layer');
      const sub = innerCall(call, inner, call.inputShapes);
      const innerVars = specFor(lookup, inner, call).variables(sub);
      const kernel = innerVars.find((v) => v.name === 'kernel') ?? innerVars.find((v) => v.name === 'embeddings');
      if (!kernel) throw new LayerConfigError(`SpectralNormalization wraps '${inner.className}', which has no kernel`);
      return [
        ...nest(innerVars, 'layer', sub.name),
        { name: 'vector_u', shape: [1, lastDim(kernel.shape)], trainable: false, owner: '', scope: '' },
      ];
    },
    outputShapes(call) {
      const inner = nestedLayer(call.config.layer, 'SpectralNormalization.layer');
      return specFor(lookup, inner, call).outputShapes(innerCall(call, inner, call.inputShapes));
    },
  };
}
