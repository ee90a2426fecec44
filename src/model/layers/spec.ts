// The contract between the graph walker (src/model/definition.ts) and the layer catalogue:
// for one call of one layer, which variables it creates and what shapes it outputs.
import type { JsonObject } from '../../sources/json-value.js';
import type { DType, KerasGeneration, Shape } from '../types.js';

/** A layer config read from a file: its values are checked where they are read. */
export type Config = JsonObject;

export interface LayerCall {
  className: string;
  name: string;
  /** The layer's config, snake_case keys as written by Keras (1, 2 or 3). */
  config: Config;
  generation: KerasGeneration;
  /** The config was written by TF.js (tfjs-layers), which also loads it: TF.js' defaults apply. */
  tfjs?: boolean;
  /** Variable dtype from the layer's dtype policy (`mixed_float16` → `float32`). */
  variableDtype: DType;
  /** Shapes of the tensors passed positionally, flattened in order, batch dim first (null when open). */
  inputShapes: Shape[];
  /** Shapes of tensors passed by keyword (Keras 3 `value=`, `key=`, `mask=`). */
  kwargShapes: Record<string, Shape>;
}

/** A variable as the layer creates it. The walker turns these into ExpectedVariables. */
export interface VariableSpec {
  name: string;
  shape: Shape;
  trainable: boolean;
  /** Defaults to the call's variableDtype (Normalization's `count` is int). */
  dtype?: DType;
  /**
   * Keras 3 object path of the owning saveable relative to the layer ('' = the layer's own `vars`):
   * `cell`, `forward_layer/cell`, `layer`, `query_dense`.
   */
  owner: string;
  /**
   * Scope between the layer name and the variable name in the legacy scoped path ('' = none):
   * `gru_cell` → `gru_encoder/gru_cell/kernel`; `forward_lstm/lstm_cell`; `tag_proj` (TimeDistributed(Dense)).
   */
  scope: string;
}

export interface LayerSpec {
  /** Variables in creation order (the walker derives legacy and Keras 3 orders from `trainable`). */
  variables: (call: LayerCall) => VariableSpec[];
  /** Output shapes of the call, one per output tensor. */
  outputShapes: (call: LayerCall) => Shape[];
  /** True when building the layer would run code from the file (Lambda): the walker flags it, never runs it. */
  carriesCode?: boolean;
}

/** Raised by a spec when a shape it needs is open (e.g. Dense on an input whose last dim is null). */
export class UnresolvedShape extends Error {
  override name = 'UnresolvedShape';
}
