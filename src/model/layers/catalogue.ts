// The layer catalogue: class name → LayerSpec, for the graph walker (src/model/definition.ts).
//
// Conventions the walker can rely on:
// - variables() lists every variable in creation order, or throws UnresolvedShape when a dim it
//   needs is open (or the layer's variables cannot be known, e.g. a quantized dtype policy).
// - outputShapes() may contain null dims. It throws UnresolvedShape when not even the rank is
//   known (a Lambda without output_shape, a TF-op layer).
// - LayerConfigError (shape-math.ts) means Keras itself would reject the config.
// - Those two are the only errors the walker turns into a 'partial' layer; anything else a spec
//   throws is a defect and propagates (definition.ts, isLayerInputError).
import type { KerasGeneration, Shape } from '../types.js';
import type { Config, LayerCall, LayerSpec } from './spec.js';
import { UnresolvedShape } from './spec.js';
import { isObject, valueAt } from '../../sources/json-value.js';
import { isQuantizedPolicy, quantizedPolicyName } from '../keras-vocabulary.js';
import { passThrough, prelu } from './activations.js';
import { additiveAttention, attention, groupedQueryAttention, multiHeadAttention } from './attention.js';
import { lambdaLayer, tfOpLayer } from './code-layers.js';
import { conv, convTranspose, depthwiseConv, separableConv } from './conv.js';
import { dense, einsumDense, embedding, inputLayer, reversibleEmbedding } from './core.js';
import { KERAS1_ONLY, KERAS1_SPECS } from './keras1.js';
import { concatenate, dot, elementwise } from './merging.js';
import {
  batchNormalization, groupNormalization, layerNormalization, rmsNormalization,
} from './normalization.js';
import { adaptivePooling, globalPooling, pooling } from './pooling.js';
import {
  categoryEncoding, discretization, hashedCrossing, hashing, lookup, normalization, textVectorization,
} from './preprocessing.js';
import { convLstm, cudnn, recurrent, rnn } from './recurrent.js';
import {
  cropping, fixedImageSize, flatten, permute, randomSide, repeatVector, reshape, upSampling, zeroPadding,
} from './reshaping.js';
import { bidirectional, spectralNormalization, timeDistributed } from './wrappers.js';

export { LayerConfigError } from './shape-math.js';
export { snakeCase } from './recurrent.js';

/** Image augmentations: random at training time, identity-shaped, no saved state. */
const AUGMENTATIONS = [
  'RandomFlip', 'RandomRotation', 'RandomZoom', 'RandomContrast', 'RandomTranslation', 'RandomBrightness',
  'AutoContrast', 'Equalization', 'Solarization', 'RandomGrayscale', 'RandomColorJitter', 'RandomSharpness',
  'RandomShear', 'RandomPosterization', 'RandomHue', 'RandomSaturation', 'RandomColorDegeneration',
  'RandomInvert', 'RandomPerspective', 'RandomGaussianBlur', 'RandomElasticTransform', 'RandomErasing',
  'AugMix', 'RandAugment', 'CutMix', 'MixUp',
];

const PASS_THROUGH = [
  'Activation', 'ReLU', 'LeakyReLU', 'ELU', 'Softmax', 'ThresholdedReLU',
  'Dropout', 'SpatialDropout1D', 'SpatialDropout2D', 'SpatialDropout3D', 'GaussianNoise', 'GaussianDropout',
  'AlphaDropout', 'ActivityRegularization', 'Masking', 'Identity', 'UnitNormalization', 'Rescaling',
  ...AUGMENTATIONS,
];

/** Specs that never create variables, whatever their config. */
const WEIGHTLESS: Record<string, LayerSpec> = {
  ...Object.fromEntries(PASS_THROUGH.map((c) => [c, passThrough])),
  InputLayer: inputLayer,
  Flatten: flatten,
  Reshape: reshape,
  Permute: permute,
  RepeatVector: repeatVector,
  ZeroPadding1D: zeroPadding(1), ZeroPadding2D: zeroPadding(2), ZeroPadding3D: zeroPadding(3),
  Cropping1D: cropping(1), Cropping2D: cropping(2), Cropping3D: cropping(3),
  UpSampling1D: upSampling(1), UpSampling2D: upSampling(2), UpSampling3D: upSampling(3),
  Resizing: fixedImageSize, CenterCrop: fixedImageSize, RandomCrop: fixedImageSize,
  RandomHeight: randomSide(3), RandomWidth: randomSide(2),
  Add: elementwise, Subtract: elementwise, Multiply: elementwise,
  Average: elementwise, Maximum: elementwise, Minimum: elementwise,
  Concatenate: concatenate, Dot: dot,
  MaxPooling1D: pooling(1), MaxPooling2D: pooling(2), MaxPooling3D: pooling(3),
  AveragePooling1D: pooling(1), AveragePooling2D: pooling(2), AveragePooling3D: pooling(3),
  MaxPool1D: pooling(1), MaxPool2D: pooling(2), MaxPool3D: pooling(3),
  AvgPool1D: pooling(1), AvgPool2D: pooling(2), AvgPool3D: pooling(3),
  GlobalAveragePooling1D: globalPooling(1), GlobalAveragePooling2D: globalPooling(2), GlobalAveragePooling3D: globalPooling(3),
  GlobalMaxPooling1D: globalPooling(1), GlobalMaxPooling2D: globalPooling(2), GlobalMaxPooling3D: globalPooling(3),
  GlobalAvgPool1D: globalPooling(1), GlobalAvgPool2D: globalPooling(2), GlobalAvgPool3D: globalPooling(3),
  GlobalMaxPool1D: globalPooling(1), GlobalMaxPool2D: globalPooling(2), GlobalMaxPool3D: globalPooling(3),
  AdaptiveAveragePooling1D: adaptivePooling(1), AdaptiveAveragePooling2D: adaptivePooling(2), AdaptiveAveragePooling3D: adaptivePooling(3),
  AdaptiveMaxPooling1D: adaptivePooling(1), AdaptiveMaxPooling2D: adaptivePooling(2), AdaptiveMaxPooling3D: adaptivePooling(3),
  CategoryEncoding: categoryEncoding,
  Hashing: hashing,
  HashedCrossing: hashedCrossing,
  StringLookup: lookup,
  IntegerLookup: lookup,
  Discretization: discretization,
  TextVectorization: textVectorization,
  Lambda: lambdaLayer,
  TFOpLambda: tfOpLayer,
  SlicingOpLambda: tfOpLayer,
  TensorFlowOpLayer: tfOpLayer,
};

/** Keras 2/3 specs that may own variables. */
const WEIGHTED: Record<string, LayerSpec> = {
  Dense: dense,
  EinsumDense: einsumDense,
  Embedding: embedding,
  ReversibleEmbedding: reversibleEmbedding,
  Conv1D: conv(1), Conv2D: conv(2), Conv3D: conv(3),
  Conv1DTranspose: convTranspose(1), Conv2DTranspose: convTranspose(2), Conv3DTranspose: convTranspose(3),
  SeparableConv1D: separableConv(1), SeparableConv2D: separableConv(2),
  DepthwiseConv1D: depthwiseConv(1), DepthwiseConv2D: depthwiseConv(2),
  BatchNormalization: batchNormalization,
  SyncBatchNormalization: batchNormalization,
  LayerNormalization: layerNormalization,
  GroupNormalization: groupNormalization,
  RMSNormalization: rmsNormalization,
  Normalization: normalization,
  PReLU: prelu,
  LSTM: recurrent('LSTM'),
  GRU: recurrent('GRU'),
  SimpleRNN: recurrent('SimpleRNN'),
  RNN: rnn,
  CuDNNLSTM: cudnn('LSTM'),
  CuDNNGRU: cudnn('GRU'),
  ConvLSTM1D: convLstm(1), ConvLSTM2D: convLstm(2), ConvLSTM3D: convLstm(3),
  Bidirectional: bidirectional(lookupLayer),
  TimeDistributed: timeDistributed(lookupLayer),
  SpectralNormalization: spectralNormalization(lookupLayer),
  MultiHeadAttention: multiHeadAttention,
  GroupQueryAttention: groupedQueryAttention,
  GroupedQueryAttention: groupedQueryAttention,
  Attention: attention,
  AdditiveAttention: additiveAttention,
};

export const WEIGHTLESS_CLASSES: ReadonlySet<string> = new Set(Object.keys(WEIGHTLESS));

/** The quantization mode of a Keras 3 quantized dtype policy (or `quantization_config`), or null for a float policy. */
export function quantizationMode(config: Config): string | null {
  const d = config.dtype;
  if (isQuantizedPolicy(d)) {
    const mode = typeof d === 'string' ? quantizedPolicyName(d)?.mode : valueAt(d, 'config', 'mode') ?? valueAt(d, 'class_name');
    return typeof mode === 'string' ? mode : 'quantized';
  }
  const q = config.quantization_config;
  if (isObject(q)) {
    const mode = valueAt(q, 'config', 'mode') ?? q.mode;
    return typeof mode === 'string' ? mode : 'quantized';
  }
  return null;
}

/**
 * Quantized layers store int kernels plus scales in `variable_serialization_spec` order, which
 * the float specs do not describe: refuse rather than list the wrong variables.
 */
function refuseQuantized(spec: LayerSpec): LayerSpec {
  return {
    ...spec,
    variables(call) {
      const vars = spec.variables(call);
      const mode = quantizationMode(call.config);
      if (mode !== null && vars.length > 0) {
        throw new UnresolvedShape(`${call.className} '${call.name}' is quantized (${mode}); its variable layout is not modelled`);
      }
      return vars;
    },
  };
}

const SHARED: Record<string, LayerSpec> = {
  ...WEIGHTLESS,
  ...Object.fromEntries(Object.entries(WEIGHTED).map(([k, s]) => [k, refuseQuantized(s)])),
};

export function lookupLayer(className: string, generation: KerasGeneration): LayerSpec | undefined {
  if (generation === 1) return KERAS1_SPECS[className] ?? SHARED[className];
  return SHARED[className] ?? (KERAS1_ONLY.has(className) ? KERAS1_SPECS[className] : undefined);
}

/** outputShapes(), with "even the rank is unknown" as null instead of a throw. */
export function tryOutputShapes(spec: LayerSpec, call: LayerCall): Shape[] | null {
  try {
    return spec.outputShapes(call);
  } catch (e) {
    if (e instanceof UnresolvedShape) return null;
    throw e;
  }
}
