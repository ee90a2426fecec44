// The one normalised model of both sides that everything downstream reads:
// what a definition expects (DefinitionModel) and what an artifact holds (ArtifactModel).
// Readers in src/formats produce these; the diff, engine and reporters consume them.
import type { WeightStaging } from '../sources/staging.js';
import type { WeightExpr } from './weight-expr.js';

/** A dimension; null where the definition leaves it open (batch, unknown sequence length, unresolved input). */
export type Dim = number | null;
export type Shape = Dim[];

/** numpy dtype names, as Keras and h5py print them. */
export type DType =
  | 'float16' | 'bfloat16' | 'float32' | 'float64'
  | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint8' | 'uint16' | 'uint32' | 'uint64'
  | 'bool' | 'string' | 'complex64' | 'unknown';

export const DTYPE_BYTES: Record<DType, number> = {
  float16: 2, bfloat16: 2, float32: 4, float64: 8,
  int8: 1, int16: 2, int32: 4, int64: 8,
  uint8: 1, uint16: 2, uint32: 4, uint64: 8,
  bool: 1, string: 0, complex64: 8, unknown: 0,
};

/** A dtype name a file may state (`unknown` is weightgate's own placeholder, never a file's). */
export function isDType(x: unknown): x is DType {
  return typeof x === 'string' && Object.hasOwn(DTYPE_BYTES, x) && x !== 'unknown';
}

/** The Keras generation whose conventions a file follows (weight names, config layout). */
export type KerasGeneration = 1 | 2 | 3;

// ---------------------------------------------------------------------------------------------
// Definition side
// ---------------------------------------------------------------------------------------------

/** One variable a layer will own once built, computed from the definition alone. */
export interface ExpectedVariable {
  /** Keras' own variable name: `kernel`, `recurrent_kernel`, `moving_mean`; Keras 1: `W`, `U_i`. */
  name: string;
  shape: Shape;
  dtype: DType;
  trainable: boolean;
  /**
   * The scoped path Keras prints for the variable, without the model-name prefix:
   * `conv1/kernel`, `gru_encoder/gru_cell/kernel`, `bilstm/forward_tag_lstm/lstm_cell/bias`.
   */
  path: string;
  /**
   * Keras 3 object path of the saveable that stores this variable in `.weights.h5`/`.keras`,
   * relative to the model root (`layers/gru/cell`, `layers/functional/layers/dense_1`),
   * and its index in that object's `vars` group.
   */
  objectPath: string;
  index: number;
}

/** How sure we are of a layer's variables. */
export type VariableStatus =
  | 'known'            // class known, every shape resolved
  | 'partial'          // class known, some dims could not be resolved (shown as null)
  | 'unknown-class';   // class not in the catalogue: variables unknown, listed as such

/** One call of a layer in a functional graph: the tensors it consumed, as [layer, nodeIndex, tensorIndex]. */
export interface InboundCall {
  inputs: TensorRef[];
  /** Non-tensor keyword arguments of the call (Keras 2 node kwargs / Keras 3 kwargs without tensors). */
  kwargs: Record<string, unknown>;
  /** Tensors passed by keyword (Keras 3: MHA `value=`, `mask=`), by keyword. */
  tensorKwargs: Record<string, TensorRef>;
}

export interface TensorRef {
  layer: string;
  node: number;
  tensor: number;
}

export interface DefinitionLayer {
  name: string;
  className: string;
  /** Keras 3 `module` (`keras.layers`), when the config says. */
  module?: string;
  /** `registered_name` of a custom class, when the config says. */
  registeredName?: string;
  /** The layer's config as written (snake_case keys). */
  config: Record<string, unknown>;
  /** Functional graph edges; empty for Sequential members (their input is the previous layer). */
  inbound: InboundCall[];
  /** Variables in Keras' legacy order (`trainable_weights + non_trainable_weights`), which is also h5 order. */
  weights: ExpectedVariable[];
  status: VariableStatus;
  /** Why the variables are unknown or partial, in a sentence. */
  note?: string;
  /** Keras 3 object path (`layers/dense_1`); '' for op nodes, which Keras does not save. */
  objectPath: string;
  /** Keras 3 raw-op node (`NotEqual` for masks): part of the graph, not of `model.layers`, owns no variables. */
  isOperation: boolean;
  /** The variable dtype from the layer's dtype policy (`mixed_float16` → `float32`). */
  variableDtype: DType;
  /** The policy name as written (`float32`, `mixed_float16`, `int8` for quantized ones). */
  dtypePolicy: string;
  /** Output shapes of the first call (one per output tensor), when resolved. */
  outputShapes: Shape[];
  /** For a nested model: its own normalised definition. */
  nested?: DefinitionModel;
  /** Python code in the config (Lambda, custom function): data only, never executed. */
  carriesCode?: boolean;
}

export interface TensorSpec {
  name: string;
  shape: Shape;
  dtype: DType;
}

export interface Producer {
  kerasVersion?: string;
  backend?: string;
  /** TF.js: `generatedBy` / `convertedBy`. */
  generatedBy?: string;
  convertedBy?: string;
  /** `.keras` metadata.json, verbatim. */
  metadata?: Record<string, unknown>;
}

export interface DefinitionModel {
  /** File the definition came from. */
  source: string;
  /** Display string: `Keras 3 model JSON`, `Keras legacy HDF5 (full model)`, `TF.js layers-model`. */
  format: string;
  generation: KerasGeneration;
  producer: Producer;
  /** `Sequential`, `Functional`, `Model`, or a custom class. */
  className: string;
  name: string;
  /** `model.layers` as Keras sees them: a Sequential's InputLayer excluded; Keras 3 op nodes included but flagged. */
  layers: DefinitionLayer[];
  inputs: TensorSpec[];
  outputs: TensorSpec[];
  /** The model config as read (after unwrapping `model_config`/`modelTopology`). */
  config: Record<string, unknown>;
  /** Facts worth telling (deprecated keys, assumed shapes, subclassed model), one sentence each. */
  notes: string[];
}

// ---------------------------------------------------------------------------------------------
// Artifact side
// ---------------------------------------------------------------------------------------------

export type ArtifactFormat =
  | 'keras-h5-full'        // legacy model.save("m.h5"): model_config + model_weights
  | 'keras-h5-weights'     // legacy save_weights("w.h5"): root layer_names
  | 'keras3-weights-h5'    // Keras 3 .weights.h5: layers/<snake>/vars/<i>
  | 'keras3-weights-sharded' // Keras 3 .weights.json + shards
  | 'keras3-archive'       // .keras zip or its unzipped folder
  | 'tfjs-layers';         // TF.js model.json (+ shards) or a bare weights manifest

/** Where a variable's bytes are, for the reader that made it. Opaque to everyone else. */
export interface DataLocator {
  /** Reader-specific handle; only `ArtifactModel.read` interprets it. */
  readonly kind: string;
  readonly [key: string]: unknown;
}

export interface SavedVariable {
  /** The name the file gives it: `dense/kernel:0`, `dense_1_W`, `0` (Keras 3 index), a TF.js manifest name. */
  name: string;
  /** Where it sits in the file: `/model_weights/dense/dense/kernel:0`, `layers/dense/vars/0`, TF.js manifest name. */
  path: string;
  /** Keras 3: the object path of its saveable (`layers/gru/cell`) and index; legacy and TF.js: position in its layer. */
  objectPath: string;
  index: number;
  shape: number[];
  /** dtype after decoding (TF.js quantised weights decode to their manifest dtype). */
  dtype: DType;
  /** Set when `dtype` was inferred rather than read (untagged bfloat16): what said so. */
  dtypeInferred?: string;
  /** dtype as stored when it differs: `uint8` for a quantised TF.js weight, `float16` stored for a float32 manifest entry. */
  storedDtype?: DType;
  /** TF.js quantisation parameters. */
  quantization?: { dtype: 'uint8' | 'uint16' | 'float16'; min?: number; scale?: number };
  byteLength: number;
  locator: DataLocator;
  /**
   * Set when a loader converts saved arrays before assigning them (tf-keras' Keras 1 and CuDNN
   * layouts): this variable is `expr` over `sources`, and `locator` is only the first source's.
   */
  derived?: { expr: WeightExpr; sources: SavedVariable[]; description: string };
}

export interface SavedLayer {
  /** The layer name the file records (legacy group name, Keras 3.6+ `vars@name`, TF.js weight prefix). */
  name: string;
  /** True when `name` was recorded by the producer; false when only inferred (Keras < 3.6 path, TF.js prefix guess). */
  nameRecorded: boolean;
  /** Legacy: the group path; Keras 3: the top-level object path (`layers/dense_1`). */
  path: string;
  /** Position in the file's own layer order (legacy `layer_names`). */
  position: number;
  weights: SavedVariable[];
  /** Keras 3: names recorded on nested `vars` groups (`cell` → `gru_cell`), by object path. */
  subNames?: Record<string, string>;
}

export interface ArtifactModel {
  source: string;
  format: ArtifactFormat;
  /** Display string with the producer: `Keras 2.4.0 weights-only HDF5`. */
  formatLabel: string;
  generation: KerasGeneration;
  producer: Producer;
  /** In file order. Legacy: `layer_names` order, including layers without weights. */
  layers: SavedLayer[];
  /** Optimizer state, kept apart: never part of compatibility. */
  optimizer: SavedVariable[];
  /** Facts worth telling about the file. */
  notes: string[];
  /**
   * Read one variable's values, decoded to a JS typed array (float16/bfloat16/quantised → float32).
   * With `staging`, the values may sit in a buffer lent from it: release them once copied.
   */
  read(v: SavedVariable, options?: ReadOptions): Promise<WeightData>;
  /** Release file handles and temporary files. */
  close(): Promise<void>;
}

export type { WeightStaging } from '../sources/staging.js';

export interface ReadOptions {
  staging?: WeightStaging;
}

export type WeightData = Float32Array | Float64Array | Int32Array | Int8Array | Uint8Array | Int16Array | Uint16Array | BigInt64Array | Uint32Array;

/** What reading one file gives: either side or both. */
export interface OpenedFile {
  source: string;
  /** Display string of the container format. */
  format: string;
  definition?: DefinitionModel;
  artifact?: ArtifactModel;
}
