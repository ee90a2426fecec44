// The bench's synthetic Keras 3 models: one home for their definitions (as Keras 3's to_json()
// writes them) and for how their weight files are written.
import { prng } from '../../src/engine/seeded-inputs.js';

// Weight files are written in the layout h5py gives Keras' own files (HDF5's earliest format versions
// wherever a feature allows: superblock 0, version-1 object headers, groups as symbol tables), not in
// h5wasm's default (the latest versions), so that reading them costs what reading a user's Keras file
// costs. Files written before carry no stamp and are written again.
export const KERAS_LAYOUT = { libver: ['earliest', 'latest'] as ['earliest', 'latest'] };
export const KERAS_LAYOUT_STAMP = 'keras-layout';

const POLICY = { module: 'keras', class_name: 'DTypePolicy', config: { name: 'float32' }, registered_name: null };
const GLOROT = { module: 'keras.initializers', class_name: 'GlorotUniform', config: { seed: null }, registered_name: null };
const ZEROS = { module: 'keras.initializers', class_name: 'Zeros', config: {}, registered_name: null };

/** A Keras 3 Sequential model's definition: an InputLayer of `batchShape`, then `layers`. */
export function kerasSequential(name: string, batchShape: (number | null)[], layers: object[]) {
  return {
    module: 'keras', class_name: 'Sequential',
    config: {
      name, trainable: true, dtype: POLICY,
      layers: [
        { module: 'keras.layers', class_name: 'InputLayer', registered_name: null, config: { batch_shape: batchShape, dtype: 'float32', sparse: false, ragged: false, name: 'input_layer', optional: false } },
        ...layers,
      ],
    },
  };
}

/** Dense(tanh) layers `dense_0`… of `units` each. */
export function denseLayers(count: number, units: number): object[] {
  return Array.from({ length: count }, (_, i) => ({
    module: 'keras.layers', class_name: 'Dense', registered_name: null,
    config: { name: `dense_${i}`, trainable: true, dtype: POLICY, units, activation: 'tanh', use_bias: true, kernel_initializer: GLOROT, bias_initializer: ZEROS },
  }));
}

/** Conv2D 3×3 'same' relu layers `conv_0`… of `channels` filters each. */
export function convLayers(count: number, channels: number): object[] {
  return Array.from({ length: count }, (_, i) => ({
    module: 'keras.layers', class_name: 'Conv2D', registered_name: null,
    config: {
      name: `conv_${i}`, trainable: true, dtype: POLICY, filters: channels, kernel_size: [3, 3], strides: [1, 1], padding: 'same',
      data_format: 'channels_last', dilation_rate: [1, 1], groups: 1, activation: 'relu', use_bias: true,
      kernel_initializer: GLOROT, bias_initializer: ZEROS,
    },
  }));
}

/** Deterministic values in [-limit, limit), from the smoke inputs' seeded generator. */
export function seededFill(n: number, seed: number, limit: number): Float32Array {
  const next = prng(seed);
  return Float32Array.from({ length: n }, () => (next() * 2 - 1) * limit);
}

/** The `.weights.h5` of convLayers(layers, channels) on inputs of `inChannels`, as Keras 3 saves it. */
export async function writeConvStack(weights: string, name: string, layers: number, inChannels: number, channels: number): Promise<void> {
  const h5wasm = (await import('h5wasm/node')).default;
  await h5wasm.ready;
  const f = new h5wasm.File(weights, 'w', KERAS_LAYOUT);
  f.create_group('layers');
  for (let i = 0; i < layers; i++) {
    const p = `layers/${i === 0 ? 'conv2d' : `conv2d_${i}`}`;
    const cin = i === 0 ? inChannels : channels;
    f.create_group(p);
    const g = f.create_group(`${p}/vars`);
    g.create_attribute('name', `conv_${i}`);
    // Glorot's limit for a 3×3 filter, so the seeded input still shapes the last layer's outputs.
    g.create_dataset({ name: '0', data: seededFill(9 * cin * channels, i + 1, Math.sqrt(6 / (9 * (cin + channels)))), shape: [3, 3, cin, channels], dtype: '<f' });
    g.create_dataset({ name: '1', data: seededFill(channels, i + 7, 0.01), shape: [channels], dtype: '<f' });
  }
  f.create_group('vars').create_attribute('name', name);
  f.close();
}
