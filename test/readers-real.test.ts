// Real-world Keras 1/2/3 and TF.js files nobody here wrote (../shared/real-models): every one is read,
// and each definition's expected weights equal what the matching weights file holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { openFile } from '../src/formats/open.js';
import { InputError } from '../src/sources/errors.js';
import type { ArtifactModel, DefinitionModel } from '../src/model/types.js';
import { HAVE_SHARED, SKIP_SHARED, shared } from './helpers/shared.js';

const R = (p: string) => shared('real-models', p);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Files in real-models that are not models, and the cause weightgate must name for each. */
function expectedRefusal(rel: string): RegExp | null {
  if (/inputs_and_outputs\.h5$/.test(rel)) return /HDF5 file, but not a Keras one/;
  if (/(^|\/)group\d+-shard\d+of\d+(\.bin)?$|weights\.bin$/.test(rel)) return /TF\.js weight shard/;
  if (/\.md$/.test(rel)) return /not a Keras or TF\.js file/;
  if (/sources\.json$|model_meta\.json$/.test(rel)) return /JSON, but neither a Keras model/;
  return null;
}

test('every file in real-models is read, or refused with the right cause', { skip: SKIP_SHARED }, async () => {
  const files = walk(shared('real-models'));
  assert.ok(files.length > 40);
  let models = 0;
  for (const f of files) {
    const rel = path.relative(shared('real-models'), f);
    const refusal = expectedRefusal(rel);
    if (refusal) {
      await assert.rejects(openFile(f), (err: unknown) => err instanceof InputError && refusal.test(err.message) && err.message.startsWith(f), rel);
      continue;
    }
    const o = await openFile(f);
    models++;
    assert.ok(o.definition || o.artifact, rel);
    await o.artifact?.close();
  }
  assert.ok(models >= 25, `read ${models} model files`);
});

const PAIRS: [string, string?][] = HAVE_SHARED ? [
  ['apple-disease-classification/model.json', 'apple-disease-classification/model.h5'],
  ['apple-disease-classification/model_1.h5'], ['bitcoin-gru/gru_model.h5'], ['change-detection-siamese/siamese_model.h5'],
  ['cnn-project-mnist/Digit_Recognition_MLP.keras'], ['cnn-project-mnist/Subhadip_Hensh_MNIST_CNN.keras'],
  ['dl4j-test-resources/examples/12net.h5'], ['dl4j-test-resources/examples/custom_loss.h5'],
  ['dl4j-test-resources/examples/functional_lstm/lstm_functional_tf_keras_2.h5'], ['dl4j-test-resources/examples/masking/masking_zero_lstm.h5'],
  ['dl4j-test-resources/examples/simple_lstm/simple_lstm_tf_keras_2_config.json', 'dl4j-test-resources/examples/simple_lstm/simple_lstm_tf_keras_2_weights.h5'],
  ['dl4j-test-resources/examples/simple_lstm/simple_lstm_tf_keras_2_model.h5'],
  ['dl4j-test-resources/examples/simple_lstm/simple_lstm_th_keras_1_config.json', 'dl4j-test-resources/examples/simple_lstm/simple_lstm_th_keras_1_weights.h5'],
  ['dl4j-test-resources/examples/simple_lstm/simple_lstm_th_keras_1_model.h5'],
  ['dl4j-test-resources/examples/simple_sparse_xent/simple_sparse_xent_mlp_keras_2_config.json', 'dl4j-test-resources/examples/simple_sparse_xent/simple_sparse_xent_mlp_keras_2_weights.h5'],
  ['dl4j-test-resources/examples/simple_sparse_xent/simple_sparse_xent_mlp_keras_2_model.h5'],
  ['dl4j-test-resources/tfkeras/batchNormError.h5'], ['dl4j-test-resources/tfkeras/cnn2d_100.h5'], ['dl4j-test-resources/weights/conv2d_theano_1.h5'],
  ['face_classification/fer2013_mini_XCEPTION.102-0.66.hdf5'], ['face_classification/tiny_XCEPTION_KDEF.hdf5'],
  ['kotlindl-lstm/model.json', 'kotlindl-lstm/weights.h5'], ['mlcommons-tiny/pretrainedResnet.h5'], ['mlcommons-tiny/str_ww_ref_model.h5'],
  ['ml5-crepe-pitch/model.json'], ['ml5-cvae-quickdraw/model.json'], ['ml5-neuralnetwork/model.json'], ['nsfwjs-mobilenet_v2/model.json'],
  ['tfjs-e2e-layers-model/model.json'], ['wehack-fraud-tfjs/model.json'],
] : [];

const shapes = (ws: { shape: (number | null)[] }[]) => ws.map((w) => JSON.stringify(w.shape));

/** Pair the way the file's own loader would, and return every disagreement. */
function disagreements(def: DefinitionModel, art: ArtifactModel): string[] {
  const exp = def.layers.filter((l) => !l.isOperation && l.weights.length);
  const sav = art.layers.filter((l) => l.weights.length);
  const out: string[] = [];
  if (art.format === 'keras-h5-full' || art.format === 'keras-h5-weights') {
    if (exp.length !== sav.length) out.push(`layer count ${exp.length} vs ${sav.length}`);
    exp.forEach((l, i) => {
      if (sav[i] && shapes(l.weights).join() !== shapes(sav[i].weights).join()) out.push(`${l.name}: ${shapes(l.weights).join()} vs ${shapes(sav[i].weights).join()}`);
    });
  } else if (art.format === 'tfjs-layers') {
    for (const l of exp) {
      const s = sav.find((x) => x.name === l.name);
      if (!s) out.push(`no saved layer ${l.name}`);
      else if (shapes(l.weights).join() !== shapes(s.weights).join()) out.push(`${l.name}: ${shapes(l.weights).join()} vs ${shapes(s.weights).join()}`);
    }
    if (sav.length !== exp.length) out.push(`layer count ${exp.length} vs ${sav.length}`);
  } else {
    const m = new Map(sav.flatMap((l) => l.weights).map((w) => [`${w.objectPath}#${w.index}`, w]));
    for (const w of exp.flatMap((l) => l.weights)) {
      const s = m.get(`${w.objectPath}#${w.index}`);
      if (!s) out.push(`nothing at ${w.objectPath}/vars/${w.index}`);
      else if (JSON.stringify(s.shape) !== JSON.stringify(w.shape)) out.push(`${w.path}: ${JSON.stringify(w.shape)} vs ${JSON.stringify(s.shape)}`);
    }
  }
  return out;
}

for (const [d, w] of PAIRS) {
  test(`real-models: ${d}${w ? ` + ${path.basename(w)}` : ''}: expected weights equal the saved ones`, async () => {
    const od = await openFile(R(d));
    const ow = w ? await openFile(R(w)) : od;
    try {
      const def = od.definition!;
      assert.ok(def, 'a definition');
      for (const l of def.layers) assert.notEqual(l.status, 'unknown-class', `${l.name}: ${l.note}`);
      assert.deepEqual(disagreements(def, ow.artifact!), []);
      assert.ok(def.layers.some((l) => l.weights.length), 'has weights');
    } finally {
      await ow.artifact?.close();
      if (w) await od.artifact?.close();
    }
  });
}

test('Keras 1 definitions expect Keras 1 weight names and shapes', { skip: SKIP_SHARED }, async () => {
  const def = (await openFile(R('dl4j-test-resources/examples/simple_lstm/simple_lstm_th_keras_1_config.json'))).definition!;
  assert.equal(def.generation, 1);
  assert.deepEqual(def.layers[0]!.weights.map((w) => w.path).slice(0, 3), ['lstm_1_W_i', 'lstm_1_U_i', 'lstm_1_b_i']);
  const art = (await openFile(R('dl4j-test-resources/examples/simple_lstm/simple_lstm_th_keras_1_weights.h5'))).artifact!;
  assert.deepEqual(art.layers.flatMap((l) => l.weights.map((w) => w.name)), def.layers.flatMap((l) => l.weights.map((w) => w.path)));
  await art.close();
});

test('a nested functional model called twice: one group, trainable weights first', { skip: SKIP_SHARED }, async () => {
  const o = await openFile(R('change-detection-siamese/siamese_model.h5'));
  const nested = o.definition!.layers.find((l) => l.name === 'model_117')!;
  assert.ok(nested.nested, 'nested definition');
  const names = nested.weights.map((w) => w.path);
  assert.deepEqual(names, o.artifact!.layers.find((l) => l.name === 'model_117')!.weights.map((w) => w.name.replace(/:0$/, '')));
  const firstMoving = nested.weights.findIndex((w) => !w.trainable);
  assert.ok(firstMoving > 0 && nested.weights.slice(firstMoving).every((w) => !w.trainable));
  await o.artifact!.close();
});

test('a full-model file checked against itself is opened once, and both sides come from that one read', { skip: SKIP_SHARED }, async () => {
  const { openPair } = await import('../src/formats/open.js');
  const { diff } = await import('../src/diff/index.js');
  const file = R('face_classification/fer2013_mini_XCEPTION.102-0.66.hdf5');
  // The same path spelled two ways is still the same file.
  const pair = await openPair(file, path.join(path.dirname(file), '.', path.basename(file)));
  try {
    assert.equal(pair.def, pair.weights);
    assert.equal(diff(pair.def.definition!, pair.weights.artifact!).verdict, 'compatible');
  } finally {
    await pair.close();
  }
});
