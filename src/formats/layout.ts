// Layout names Keras writes, in one place. Each alias notes which Keras wrote it.

/** Legacy HDF5 (Keras 1/2, and Keras 3 `model.save("x.h5")`). */
export const LEGACY = {
  modelConfig: 'model_config',
  trainingConfig: 'training_config',
  modelWeights: 'model_weights',
  layerNames: 'layer_names',
  weightNames: 'weight_names',
  optimizerWeights: 'optimizer_weights',
  /** Weights owned by a subclassed model itself (tf.keras 2.x+); normally empty. */
  topLevelModelWeights: 'top_level_model_weights',
  kerasVersion: 'keras_version',
  backend: 'backend',
  /** `HDF5_OBJECT_HEADER_LIMIT`: attributes above it are split into name0, name1, … */
  objectHeaderLimit: 64512,
} as const;

/** Keras 3 `H5IOStore` (`.weights.h5`, `model.weights.h5` inside `.keras`). */
export const KERAS3 = {
  layers: 'layers',
  vars: 'vars',
  optimizer: 'optimizer',
  /** Keras ≥ 3.6 records the object's real name on every `vars` group. */
  nameAttr: 'name',
  /** tf.keras 2.13 `.keras` files used this instead of `layers` (Keras 3 retries it too). */
  layersAlias2_13: '_layer_checkpoint_dependencies',
  bfloat16Attr: 'dtype',
} as const;

/** Keras 3 `.keras` archive members (`saving_lib.py`). */
export const ARCHIVE = {
  config: 'config.json',
  metadata: 'metadata.json',
  weightsH5: 'model.weights.h5',
  weightsNpz: 'model.weights.npz',
  assets: 'assets',
} as const;

/** Order in which Keras 3 visits a layer's sub-objects is `dir()`-sorted, public before private; this
 * list restores `model.weights` order for the well-known ones so listings read like Keras' own. */
export const SUB_OBJECT_ORDER = [
  'cell', 'forward_layer', 'backward_layer', 'layer', 'layers',
  'query_dense', 'key_dense', 'value_dense', 'output_dense',
];

// One collator for every comparison: `localeCompare` with options builds a new one per call.
const COLLATOR = new Intl.Collator('en', { numeric: true });

/** Compare `dense_2` < `dense_10` the way a person reads them. */
export function naturalCompare(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}
