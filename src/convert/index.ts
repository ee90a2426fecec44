// Keras → TF.js layers model conversion (`weightgate convert`).
export { ConvertRefused, convertModel, type ConvertOptions, type ConvertResult, type Verification } from './convert.js';
export { QUANTIZE_DTYPES, affineRange, quantize, type QuantizeDtype } from './quantize.js';
export { toHalf, toHalfBits } from '../formats/half.js';
export { SHARD_BYTES, packShards, shardName } from './shards.js';
export { requiredLayers } from './requires.js';
export { fileHandler, readWrittenModel, type ModelJson } from './written.js';
export { WEIGHTGATE_VERSION } from '../text/weightgate-version.js';
