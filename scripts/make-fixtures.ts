// Writes the bundled example (fixtures/): small Keras-layout definitions and weight files for the
// founding article's scenarios, with h5wasm, in the layouts real Keras writes (test/fixtures.test.ts
// checks them against files real Keras wrote in ../shared). Run: npm run fixtures
import h5wasm from 'h5wasm/node';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prng } from '../src/engine/seeded-inputs.js';

const OUT = path.resolve(import.meta.dirname, '..', 'fixtures');

function values(shape: number[], seed: number, scale = 0.5): Float32Array {
  const r = prng(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  return Float32Array.from({ length: n }, () => (r() * 2 - 1) * scale);
}

// ---- Keras 3 configs, as `model.to_json()` writes them ----------------------------------------

const policy = (name = 'float32') => ({ module: 'keras', class_name: 'DTypePolicy', config: { name }, registered_name: null });
const init = (cls: string, config: Record<string, unknown> = {}) => ({ module: 'keras.initializers', class_name: cls, config, registered_name: null });
const layer = (cls: string, config: Record<string, unknown>, inputShape?: (number | null)[]) => ({
  module: 'keras.layers', class_name: cls, config: { trainable: true, dtype: policy(), ...config }, registered_name: null,
  ...(inputShape ? { build_config: { input_shape: inputShape } } : {}),
});

interface ClassifierSpec { filters: number; head: string; units: number }

function classifierConfig(name: string, s: ClassifierSpec) {
  const flat = 4 * 4 * s.filters;
  return {
    module: 'keras', class_name: 'Sequential',
    config: {
      name, trainable: true, dtype: policy(),
      layers: [
        { module: 'keras.layers', class_name: 'InputLayer', config: { batch_shape: [null, 10, 10, 1], dtype: 'float32', sparse: false, ragged: false, name: 'input_layer', optional: false }, registered_name: null },
        layer('Conv2D', {
          name: 'conv1', filters: s.filters, kernel_size: [3, 3], strides: [1, 1], padding: 'valid', data_format: 'channels_last',
          dilation_rate: [1, 1], groups: 1, activation: 'relu', use_bias: true,
          kernel_initializer: init('GlorotUniform', { seed: null }), bias_initializer: init('Zeros'),
          kernel_regularizer: null, bias_regularizer: null, activity_regularizer: null, kernel_constraint: null, bias_constraint: null,
        }, [null, 10, 10, 1]),
        layer('MaxPooling2D', { name: 'pool1', pool_size: [2, 2], padding: 'valid', strides: [2, 2], data_format: 'channels_last' }),
        layer('Flatten', { name: 'flatten', data_format: 'channels_last' }, [null, 4, 4, s.filters]),
        layer('Dense', {
          name: s.head, units: s.units, activation: 'softmax', use_bias: true, quantization_config: null,
          kernel_initializer: init('GlorotUniform', { seed: null }), bias_initializer: init('Zeros'),
          kernel_regularizer: null, bias_regularizer: null, kernel_constraint: null, bias_constraint: null,
        }, [null, flat]),
      ],
      build_input_shape: [null, 10, 10, 1],
    },
    registered_name: null,
    build_config: { input_shape: [null, 10, 10, 1] },
  };
}

// ---- weights ------------------------------------------------------------------------------------

const BASE: ClassifierSpec = { filters: 4, head: 'dense', units: 5 };
interface Variable { name: string; shape: number[]; data: Float32Array }
/** The classifier's weights: conv1's and the head's (named s.head). */
const weightsOf = (s: ClassifierSpec): { conv1: Variable[]; head: Variable[] } => ({
  conv1: [{ name: 'kernel', shape: [3, 3, 1, s.filters], data: values([3, 3, 1, s.filters], 11) }, { name: 'bias', shape: [s.filters], data: values([s.filters], 12, 0.1) }],
  head: [{ name: 'kernel', shape: [16 * s.filters, s.units], data: values([16 * s.filters, s.units], 13) }, { name: 'bias', shape: [s.units], data: values([s.units], 14, 0.1) }],
});

async function h5(file: string, write: (f: InstanceType<typeof h5wasm.File>) => void): Promise<void> {
  await h5wasm.ready;
  await rm(file, { force: true });
  const f = new h5wasm.File(file, 'w');
  try {
    write(f);
  } finally {
    f.close();
  }
}

/** Keras 3 `save_weights("x.weights.h5")`: layers/<snake_class>[_N]/vars/<i>, real names on `vars@name` (3.6+). */
async function writeKeras3Weights(file: string, s: ClassifierSpec) {
  const w = weightsOf(s);
  await h5(file, (f) => {
    f.create_group('layers');
    const obj = (p: string, name: string, vars: { shape: number[]; data: Float32Array }[]) => {
      f.create_group(`layers/${p}`);
      const g = f.create_group(`layers/${p}/vars`);
      g.create_attribute('name', name);
      vars.forEach((v, i) => g.create_dataset({ name: String(i), data: v.data, shape: v.shape, dtype: '<f' }));
    };
    obj('conv2d', 'conv1', w.conv1);
    obj('max_pooling2d', 'pool1', []);
    obj('flatten', 'flatten', []);
    obj('dense', s.head, w.head);
    f.create_group('vars').create_attribute('name', 'classifier');
  });
}

/** tf.keras 2.x `save_weights("x.h5")`: root layer_names, one group per layer, weight_names `layer/name:0`. */
async function writeLegacyWeights(file: string, s: ClassifierSpec) {
  const w = weightsOf(s);
  await h5(file, (f) => {
    const names = ['conv1', 'pool1', 'flatten', s.head];
    f.create_attribute('layer_names', names);
    f.create_attribute('backend', 'tensorflow');
    f.create_attribute('keras_version', '2.15.0');
    for (const n of names) {
      const g = f.create_group(n);
      const vars = n === 'conv1' ? w.conv1 : n === s.head ? w.head : [];
      if (!vars.length) {
        // Keras stores an empty weight_names list as a float64 array of shape (0,).
        g.create_attribute('weight_names', new Float64Array(0), [0], '<d');
        continue;
      }
      g.create_attribute('weight_names', vars.map((v) => `${n}/${v.name}:0`));
      const inner = f.create_group(`${n}/${n}`);
      for (const v of vars) inner.create_dataset({ name: `${v.name}:0`, data: v.data, shape: v.shape, dtype: '<f' });
    }
  });
}

/** A TF.js layers model as tfjs-layers' `model.save()` writes it: model.json + one shard. */
async function writeTfjs(dir: string, s: ClassifierSpec) {
  const w = weightsOf(s);
  await mkdir(dir, { recursive: true });
  const topology = {
    class_name: 'Sequential', keras_version: 'tfjs-layers 4.22.0', backend: 'tensor_flow.js',
    config: {
      name: 'classifier',
      layers: [
        { class_name: 'Conv2D', config: { name: 'conv1', trainable: true, batch_input_shape: [null, 10, 10, 1], dtype: 'float32', filters: s.filters, kernel_size: [3, 3], strides: [1, 1], padding: 'valid', data_format: 'channels_last', dilation_rate: [1, 1], activation: 'relu', use_bias: true, kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } }, bias_initializer: { class_name: 'Zeros', config: {} }, kernel_regularizer: null, bias_regularizer: null, activity_regularizer: null, kernel_constraint: null, bias_constraint: null } },
        { class_name: 'MaxPooling2D', config: { name: 'pool1', trainable: true, pool_size: [2, 2], padding: 'valid', strides: [2, 2], data_format: 'channels_last' } },
        { class_name: 'Flatten', config: { name: 'flatten', trainable: true } },
        { class_name: 'Dense', config: { name: s.head, trainable: true, units: s.units, activation: 'softmax', use_bias: true, kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } }, bias_initializer: { class_name: 'Zeros', config: {} }, kernel_regularizer: null, bias_regularizer: null, activity_regularizer: null, kernel_constraint: null, bias_constraint: null } },
      ],
    },
  };
  const entries = ([['conv1', w.conv1], [s.head, w.head]] as const).flatMap(([l, vars]) => vars.map((v) => ({ name: `${l}/${v.name}`, shape: v.shape, dtype: 'float32', data: v.data })));
  const bin = Buffer.concat(entries.map((e) => Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength)));
  await writeFile(path.join(dir, 'group1-shard1of1.bin'), bin);
  const modelJson = {
    modelTopology: topology, format: 'layers-model', generatedBy: 'TensorFlow.js tfjs-layers v4.22.0', convertedBy: null,
    weightsManifest: [{ paths: ['group1-shard1of1.bin'], weights: entries.map(({ name, shape, dtype }) => ({ name, shape, dtype })) }],
  };
  await writeFile(path.join(dir, 'model.json'), `${JSON.stringify(modelJson, null, 2)}\n`);
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

export async function makeFixtures(out = OUT): Promise<void> {
  await mkdir(path.join(out, 'models'), { recursive: true });
  await mkdir(path.join(out, 'weights'), { recursive: true });
  await writeFile(path.join(out, 'models', 'classifier.json'), json(classifierConfig('classifier', BASE)));
  // Scenario 2: the model code changed conv1's filter count; the saved weights did not.
  await writeFile(path.join(out, 'models', 'classifier_wide.json'), json(classifierConfig('classifier', { ...BASE, filters: 8 })));
  // Scenario 3: transfer learning: a new 3-class head replaces `dense`.
  await writeFile(path.join(out, 'models', 'classifier_finetune.json'), json(classifierConfig('classifier', { ...BASE, head: 'new_dense', units: 3 })));
  await writeKeras3Weights(path.join(out, 'weights', 'classifier.weights.h5'), BASE);
  await writeLegacyWeights(path.join(out, 'weights', 'classifier_legacy.h5'), BASE);
  await writeTfjs(path.join(out, 'tfjs'), BASE);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await makeFixtures(process.argv[2] ? path.resolve(process.argv[2]) : OUT);
  console.log(`fixtures written to ${process.argv[2] ?? OUT}`);
}
