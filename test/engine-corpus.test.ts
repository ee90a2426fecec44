// The smoke run against files real Keras wrote, compared with Keras' own outputs. Skipped with a
// message when the shared corpora (../../shared next to this checkout) are absent.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { openFile } from '../src/formats/open.js';
import { diff } from '../src/diff/index.js';
import {
  FLOAT32_TOLERANCE, HALF_TOLERANCE, assignmentsFromDiff, runSmoke, selectEngine, type Engine, type EngineName, type SmokeResult, type WeightAssignment,
} from '../src/engine/index.js';
import type { ArtifactModel, DefinitionModel } from '../src/model/types.js';
import { readDl4jArrays } from './helpers/dl4j.js';
import { pairByLayerName, pairByOrder, pairNaively } from './helpers/naive-pairing.js';
import { SKIP_SHARED, manifest, shared, manifestModel, present } from './helpers/shared.js';

const ENGINES: EngineName[] = ['wasm', 'cpu'];
const engines = new Map<EngineName, Engine>();
const opened: ArtifactModel[] = [];

before(async () => {
  if (SKIP_SHARED) return;
  for (const name of ENGINES) engines.set(name, await selectEngine(name));
});
after(async () => {
  for (const a of opened) await a.close();
});

async function definition(file: string): Promise<DefinitionModel> {
  const d = (await openFile(file)).definition;
  assert.ok(d, `${file} has a definition`);
  return d;
}

async function artifact(file: string): Promise<ArtifactModel> {
  const a = (await openFile(file)).artifact;
  assert.ok(a, `${file} has weights`);
  opened.push(a);
  return a;
}

/** Every weights file the corpus wrote for a model, in every layout Keras has. */
function weightFiles(corpus: 'keras3-corpus' | 'keras3-modern', model: string): string[] {
  const f = manifestModel(corpus, model).files;
  const files = [f.weights_h5, f.legacy_weights_h5, f.legacy_h5, f.keras, f.sharded_weights?.[0]].filter(present).map((n) => shared(corpus, n));
  if (existsSync(shared(corpus, `${model}_unzipped`))) files.push(shared(corpus, `${model}_unzipped`));
  return files;
}

function ioFiles(corpus: string, model: string): { input: string; expected: string } {
  const pick = (kind: string) => [`${model}.${kind}.npz`, `${model}.${kind}.npy`].map((n) => shared(corpus, n)).find(existsSync)!;
  return { input: pick('input'), expected: pick('output') };
}

function assignmentKeys(a: readonly WeightAssignment[]): string[] {
  return a.map((x) => `${x.layer}#${x.weightIndex} <- ${x.saved.path}`).sort();
}

function worst(r: SmokeResult): number {
  return Math.max(...r.outputs.map((o) => o.maxAbsDiff ?? Number.POSITIVE_INFINITY));
}

/** Models whose Keras layers compute in float16: compared with HALF_TOLERANCE (see compare.ts). */
const HALF = new Set(['mixed_float16', 'float16_dense']);

for (const corpus of ['keras3-corpus', 'keras3-modern'] as const) {
  describe(`${corpus}: every weights file reproduces Keras' own output`, { skip: SKIP_SHARED }, () => {
    const models = SKIP_SHARED ? [] : Object.keys(manifest(corpus).models);
    for (const model of models) {
      for (const engineName of ENGINES) {
        test(`${model} on ${engineName}`, async (t) => {
          const engine = engines.get(engineName)!;
          const def = await definition(shared(corpus, `${model}.model.json`));
          const { input, expected } = ioFiles(corpus, model);
          for (const file of weightFiles(corpus, model)) {
            const art = await artifact(file);
            const naive = pairNaively(def, art);
            const label = file.slice(file.lastIndexOf('/') + 1);
            // The loader simulation must pair exactly as the naive helper does on these compatible files.
            const report = diff(def, art);
            assert.equal(report.verdict, 'compatible', label);
            assert.deepEqual(assignmentKeys(assignmentsFromDiff(def, report)), assignmentKeys(naive), label);
            const r = await runSmoke(def, art, naive, { engine, input, expected });
            assert.equal(r.engine, engineName);
            // GRU reset_after, MultiHeadAttention, Normalization and Subtract run on weightgate's own layers.
            assert.equal(r.status, 'passed', `${label}: ${r.reason}`);
            const tol = HALF.has(model) ? HALF_TOLERANCE : FLOAT32_TOLERANCE;
            for (const o of r.outputs) {
              assert.deepEqual(o.tolerance, tol, `${label} ${o.name}`);
              assert.equal(o.withinTolerance, true);
              if (!HALF.has(model)) assert.ok(o.maxAbsDiff! <= 1e-4, `${label} ${o.name}: ${o.maxAbsDiff}`);
            }
            t.diagnostic(`${label}: max |tfjs - keras| = ${worst(r).toExponential(2)} (${r.seconds}s)`);
          }
        });
      }
    }
  });
}

describe('broken pairs where Keras loads silently but the outputs differ', { skip: SKIP_SHARED }, () => {
  const base = (n: string) => shared('keras3-corpus', n);

  test('renamed layer loaded by name: the renamed conv keeps its (seeded) initial values and the output says so', async () => {
    const def = await definition(base('mnist_cnn__renamed_layer.model.json'));
    const art = await artifact(base('mnist_cnn.legacyweights.h5'));
    const io = { engine: engines.get('wasm')!, input: base('mnist_cnn.input.npy'), expected: base('mnist_cnn.output.npy'), initSeed: 7 };
    const byName = pairByLayerName(def, art);
    assert.deepEqual([...new Set(byName.map((a) => a.layer))], ['dense'], 'only the layer whose name matches gets weights');
    const r = await runSmoke(def, art, byName, io);
    assert.equal(r.status, 'failed');
    assert.match(r.reason!, /^output 'dense' differs from the expected output by up to 0\.0\d+ \(allowed 0\.0001 \+ 0\.001·\|expected\|\); worst at \[\d, \d\]: [\d.]+ vs [\d.]+$/);
    assert.ok(r.outputs[0]!.maxAbsDiff! > 1e-2);
    assert.ok(r.notes.some((n) => /conv1_renamed\/kernel, conv1_renamed\/bias/.test(n)));
    const again = await runSmoke(def, art, byName, io);
    assert.equal(again.outputs[0]!.maxAbsDiff, r.outputs[0]!.maxAbsDiff, 'deterministic');
    // Keras' default (topological) loading ignores names and reproduces the base output.
    const byOrder = await runSmoke(def, art, pairByOrder(def, art), io);
    assert.equal(byOrder.status, 'passed', byOrder.reason);
  });

  test('missing layer loaded by name: every variable is assigned, yet logits differ', async () => {
    const def = await definition(base('mlp__missing_layer.model.json'));
    const art = await artifact(base('mlp.legacyweights.h5'));
    const r = await runSmoke(def, art, pairByLayerName(def, art), { engine: engines.get('cpu')!, input: base('mlp.input.npy'), expected: base('mlp.output.npy') });
    assert.equal(r.status, 'failed');
    assert.match(r.reason!, /^output 'logits' differs from the expected output by up to [\d.]+/);
    assert.ok(r.outputs[0]!.maxAbsDiff! > 0.5);
  });

  test('transfer head loaded by name: the output shape itself differs from the base output', async () => {
    const def = await definition(base('mnist_cnn__transfer_new_dense.model.json'));
    const art = await artifact(base('mnist_cnn.legacyweights.h5'));
    const r = await runSmoke(def, art, pairByLayerName(def, art), { engine: engines.get('wasm')!, input: base('mnist_cnn.input.npy'), expected: base('mnist_cnn.output.npy') });
    assert.equal(r.status, 'failed');
    assert.match(r.reason!, /output 'new_dense' the expected output has shape \[2,10\], the model produced \[2,5\]/);
  });
});

describe('real-world files with recorded Keras outputs (DL4J test data)', { skip: SKIP_SHARED }, () => {
  const dl4j = (n: string) => shared('real-models', 'dl4j-test-resources', 'examples', n);

  test('Keras 1.2.2 (theano) LSTM: per-gate weights converted, Keras 1 predictions reproduced', async (t) => {
    const io = await readDl4jArrays(dl4j('simple_lstm/simple_lstm_th_keras_1_inputs_and_outputs.h5'));
    assert.ok(io.predictions.has('dense_1'), 'the file records Keras predictions apart from the targets');
    for (const [d, w] of [['config.json', 'weights.h5'], ['model.h5', 'model.h5']]) {
      const def = await definition(dl4j(`simple_lstm/simple_lstm_th_keras_1_${d}`));
      assert.equal(def.generation, 1);
      const art = await artifact(dl4j(`simple_lstm/simple_lstm_th_keras_1_${w}`));
      for (const engine of engines.values()) {
        const r = await runSmoke(def, art, pairByOrder(def, art), { engine, input: io.inputs, expected: io.predictions });
        assert.equal(r.status, 'passed', r.reason);
        assert.ok(worst(r) <= 1e-4, `${worst(r)}`);
        assert.ok(r.notes.some((n) => /^'lstm_1': 12 per-gate arrays .* concatenated .* in gate order i, f, c, o$/.test(n)), r.notes.join('\n'));
        t.diagnostic(`${d} + ${w} on ${engine.name}: max |tfjs - keras| = ${worst(r).toExponential(2)}`);
      }
    }
  });

  test('Keras 2.3.1 MLP with softmax: predictions reproduced', async (t) => {
    const io = await readDl4jArrays(dl4j('simple_sparse_xent/simple_sparse_xent_mlp_keras_2_inputs_and_outputs.h5'));
    for (const [d, w] of [['config.json', 'weights.h5'], ['model.h5', 'model.h5']]) {
      const def = await definition(dl4j(`simple_sparse_xent/simple_sparse_xent_mlp_keras_2_${d}`));
      const art = await artifact(dl4j(`simple_sparse_xent/simple_sparse_xent_mlp_keras_2_${w}`));
      const r = await runSmoke(def, art, pairByOrder(def, art), { engine: engines.get('wasm')!, input: io.inputs, expected: io.predictions });
      assert.equal(r.status, 'passed', r.reason);
      t.diagnostic(`${d} + ${w}: max |tfjs - keras| = ${worst(r).toExponential(2)}`);
    }
  });

  test('Keras 2.0.6 LSTM: runs (fixed batch 25, sliced), but its outputs/ are training targets, not predictions', async () => {
    const io = await readDl4jArrays(dl4j('simple_lstm/simple_lstm_tf_keras_2_inputs_and_outputs.h5'));
    assert.equal(io.predictions.size, 0, 'this file records no predictions/ group');
    const def = await definition(dl4j('simple_lstm/simple_lstm_tf_keras_2_config.json'));
    const art = await artifact(dl4j('simple_lstm/simple_lstm_tf_keras_2_weights.h5'));
    const r = await runSmoke(def, art, pairByOrder(def, art), { engine: engines.get('wasm')!, input: io.inputs });
    assert.equal(r.status, 'passed', r.reason);
    assert.ok(r.notes.includes('the model has a fixed batch of 25: run in slices of 25'));
    // Why outputs/ cannot be Keras' predictions: the LSTM state is tanh-bounded (|h| <= 1), so the
    // Dense(1) head can never exceed sum|kernel| + |bias|; a fifth of the recorded values do.
    const dense = art.layers.find((l) => l.name === 'dense_1')!;
    const kernel = (await art.read(dense.weights[0]!)) as Float32Array;
    const bias = (await art.read(dense.weights[1]!)) as Float32Array;
    const bound = kernel.reduce((s, v) => s + Math.abs(v), 0) + Math.abs(bias[0]!);
    const targets = Array.from(io.outputs.get('dense_1')!.data as Float32Array);
    assert.equal(targets.filter((v) => Math.abs(v) > bound).length, 20);
    assert.ok(bound < 30 && Math.max(...targets.map(Math.abs)) > 90);
  });
});

describe('real-world models run with generated inputs', { skip: SKIP_SHARED }, () => {
  const real = (n: string) => shared('real-models', n);
  const cases: [string, string, 'passed' | 'skipped' | 'failed', RegExp?][] = [
    ['wehack-fraud-tfjs/model.json', 'wehack-fraud-tfjs/model.json', 'passed'],
    ['mlcommons-tiny/pretrainedResnet.h5', 'mlcommons-tiny/pretrainedResnet.h5', 'passed'],
    ['mlcommons-tiny/str_ww_ref_model.h5', 'mlcommons-tiny/str_ww_ref_model.h5', 'passed'],
    ['kotlindl-lstm/model.json', 'kotlindl-lstm/weights.h5', 'passed'],
    ['face_classification/tiny_XCEPTION_KDEF.hdf5', 'face_classification/tiny_XCEPTION_KDEF.hdf5', 'passed'],
    ['ml5-cvae-quickdraw/model.json', 'ml5-cvae-quickdraw/model.json', 'passed'],
    ['ml5-crepe-pitch/model.json', 'ml5-crepe-pitch/model.json', 'passed'],
    ['cnn-project-mnist/Subhadip_Hensh_MNIST_CNN.keras', 'cnn-project-mnist/Subhadip_Hensh_MNIST_CNN.keras', 'passed'],
    ['dl4j-test-resources/tfkeras/cnn2d_100.h5', 'dl4j-test-resources/tfkeras/cnn2d_100.h5', 'passed'],
    // GRU reset_after (Keras 2 default) and Subtract: weightgate's layers (src/engine/layers).
    ['bitcoin-gru/gru_model.h5', 'bitcoin-gru/gru_model.h5', 'passed'],
    ['change-detection-siamese/siamese_model.h5', 'change-detection-siamese/siamese_model.h5', 'passed'],
    ['dl4j-test-resources/examples/12net.h5', 'dl4j-test-resources/examples/12net.h5', 'failed', /output 'conv4-1' has no values \(shape \[2,-?\d+,-?\d+,2\]\): the input is too small/],
  ];
  for (const [d, w, status, reason] of cases) {
    test(`${d}: ${status}`, async () => {
      const od = await openFile(real(d));
      const def = od.definition!;
      const art = d === w ? od.artifact! : await artifact(real(w));
      if (d === w) opened.push(art);
      const r = await runSmoke(def, art, pairNaively(def, art), { engine: engines.get('wasm')! });
      assert.equal(r.status, status, r.reason);
      if (reason) assert.match(r.reason!, reason);
      if (status === 'passed') assert.ok(r.outputs.every((o) => o.finite && o.shape.every((n) => n > 0)));
    });
  }
});
