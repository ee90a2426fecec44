// What tfjs-layers 4.22.0 can build, what weightgate adds to it, and what is never built because its
// config carries code.
import { INFERENCE_IDENTITY_CLASSES, MODEL_CLASSES } from '../../model/keras-vocabulary.js';
import { WEIGHTGATE_LAYER_CLASSES } from '../layers/index.js';

/** Layer classes tfjs-layers 4.22.0 registers (its `serialization.registerClass` calls), plus the model classes. */
const TFJS_LAYER_CLASSES: ReadonlySet<string> = new Set([
  ...`Activation Add AlphaDropout Average AveragePooling1D
  AveragePooling2D AveragePooling3D BatchNormalization Bidirectional CategoryEncoding CenterCrop Concatenate Conv1D Conv2D
  Conv2DTranspose Conv3D Conv3DTranspose ConvLSTM2D ConvLSTM2DCell Cropping2D Dense DepthwiseConv2D Dot Dropout ELU
  Embedding Flatten GRU GRUCell GaussianDropout GaussianNoise GlobalAveragePooling1D GlobalAveragePooling2D
  GlobalMaxPooling1D GlobalMaxPooling2D InputLayer LSTM LSTMCell LayerNormalization LeakyReLU Masking MaxPooling1D
  MaxPooling2D MaxPooling3D Maximum Minimum Multiply PReLU Permute RNN RandomWidth ReLU RepeatVector Rescaling Reshape
  Resizing SeparableConv2D SimpleRNN SimpleRNNCell Softmax SpatialDropout1D StackedRNNCells ThresholdedReLU
  TimeDistributed UpSampling2D ZeroPadding2D`.split(/\s+/).filter(Boolean),
  ...MODEL_CLASSES,
]);

/** Classes whose config carries Python code (or wraps foreign code): never constructed. */
export const CODE_CLASSES: ReadonlySet<string> = new Set([
  'Lambda', 'TFOpLambda', 'SlicingOpLambda', 'TorchModuleWrapper', 'JaxLayer', 'FlaxLayer', 'TFSMLayer',
]);

/** Classes weightgate registers with TF.js itself (src/engine/layers): runnable although TF.js lacks them. */
export const WEIGHTGATE_CLASSES: ReadonlySet<string> = new Set(WEIGHTGATE_LAYER_CLASSES);

/** A class TF.js builds (its own, or weightgate's), or one that is never built at all. */
export function knownToTfjs(className: string): boolean {
  return TFJS_LAYER_CLASSES.has(className) || WEIGHTGATE_CLASSES.has(className) || CODE_CLASSES.has(className);
}

/** Activation names tfjs knows, snake_case as Keras writes them (and camelCase as tfjs saves them). */
export const TFJS_ACTIVATIONS: ReadonlySet<string> = new Set([
  'elu', 'gelu', 'gelu_new', 'hard_sigmoid', 'hardSigmoid', 'linear', 'log_softmax', 'logSoftmax', 'mish', 'relu',
  'relu6', 'selu', 'sigmoid', 'softmax', 'softplus', 'softsign', 'swish', 'tanh',
]);

/** The inference-identity layers (src/model/keras-vocabulary.ts) TF.js has no class for: built as identity Activations. */
export const INFERENCE_IDENTITY: ReadonlySet<string> = new Set([...INFERENCE_IDENTITY_CLASSES].filter((c) => !TFJS_LAYER_CLASSES.has(c)));
