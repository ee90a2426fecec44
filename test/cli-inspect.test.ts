// `weightgate inspect`: the JSON contract, the table, and exit codes (0 read, 2 unreadable).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fx, run } from './helpers/cli.js';
import { SKIP_SHARED, shared } from './helpers/shared.js';
import { inspectJson, inspectText, INSPECT_LIMITS } from '../src/report/inspect.js';
import type { ArtifactModel, SavedLayer } from '../src/model/types.js';

/** The fields of `inspect --json` these tests read. */
interface WeightJson { name: string; shape: number[]; dtype: string; path: string }
interface LayerJson { name: string; className: string; weights: WeightJson[] }



test('inspect --json on a definition lists the expected weights', async () => {
  const r = await run('inspect', fx('models', 'classifier.json'), '--json');
  assert.equal(r.code, 0);
  const j = JSON.parse(r.out);
  assert.equal(j.format, 'Keras 3 model JSON');
  assert.deepEqual(j.layers.map((l: LayerJson) => [l.name, l.className]), [['conv1', 'Conv2D'], ['pool1', 'MaxPooling2D'], ['flatten', 'Flatten'], ['dense', 'Dense']]);
  assert.deepEqual(j.layers[3].weights.map((w: WeightJson) => [w.name, w.shape, w.dtype]), [['kernel', [64, 5], 'float32'], ['bias', [5], 'float32']]);
});

test('inspect --json on an artifact lists the saved weights, optimizer apart', { skip: SKIP_SHARED }, async () => {
  const r = await run('inspect', shared('real-models', 'snake-cnn', 'model.weights.h5'), '--json');
  assert.equal(r.code, 0);
  const j = JSON.parse(r.out);
  assert.equal(j.optimizer.length, 18);
  assert.ok(j.layers.every((l: LayerJson) => l.weights.every((w: WeightJson) => !w.path.startsWith('/optimizer'))));
  assert.deepEqual(j.layers[0].weights[0], { name: 'vars/0', path: '/layers/conv2d/vars/0', shape: [3, 3, 3, 32], dtype: 'float32', bytes: 3456 });
});

test('inspect --json on a file with both sides shows definition and weights', { skip: SKIP_SHARED }, async () => {
  const r = await run('inspect', shared('keras3-corpus', 'float16_dense.keras'), '--json');
  assert.equal(r.code, 0);
  const j = JSON.parse(r.out);
  assert.ok(j.definition && j.weights && !j.layers);
  assert.equal(j.definition.layers[0].weights[0].dtype, 'float16');
  assert.equal(j.weights.layers[0].weights[0].dtype, 'float16');
  assert.equal(j.weights.kerasVersion, '3.15.1');
});

test('bfloat16 and int types come out with numpy names', { skip: SKIP_SHARED }, async () => {
  const r = await run('inspect', shared('keras3-modern', 'preprocess_cnn.weights.h5'), '--json');
  const j = JSON.parse(r.out);
  const norm = j.layers.find((l: LayerJson) => l.name === 'standardize');
  assert.deepEqual(norm.weights.map((w: WeightJson) => [w.shape, w.dtype]), [[[3], 'float32'], [[3], 'float32'], [[], 'int32']]);
});

test('inspect prints a table with layer, class, weight, shape, dtype, size', async () => {
  const r = await run('inspect', fx('tfjs', 'model.json'));
  assert.equal(r.code, 0);
  assert.match(r.out, /layer\s+class\s+weight\s+shape\s+dtype\s+size/);
  assert.match(r.out, /conv1\s+Conv2D\s+kernel\s+\(3, 3, 1, 4\)\s+float32\s+144 B/);
});

test('unreadable input exits 2 with one clean line and no stack trace', async () => {
  const r = await run('inspect', fx('does-not-exist.h5'));
  assert.equal(r.code, 2);
  assert.match(r.err, /^error: .*does-not-exist\.h5: no such file/);
  assert.doesNotMatch(r.err, /\n\s+at /);
});

test('usage errors exit 2', async () => {
  assert.equal((await run('inspect')).code, 2);
  assert.equal((await run('frobnicate')).code, 2);
  assert.equal((await run('help')).code, 0);
});

test('inspect over several files reports each; one bad file does not stop the others', async () => {
  const r = await run('inspect', fx('models', 'classifier.json'), fx('nope.h5'), fx('tfjs', 'model.json'), '--json');
  assert.equal(r.code, 2);
  const j = JSON.parse(r.out);
  assert.equal(j.length, 3);
  assert.equal(j[0].format, 'Keras 3 model JSON');
  assert.match(j[1].error, /nope\.h5: no such file/);
  assert.match(j[2].format, /TF\.js layers-model/);
});

test('--limit raises or lowers a reading limit; a bad one is a usage error', async () => {
  const low = await run('inspect', fx('weights', 'classifier.weights.h5'), '--limit', 'maxFileBytes=100B');
  assert.equal(low.code, 2);
  assert.match(low.err, /over the maxFileBytes limit of 100 bytes[\s\S]*--limit maxFileBytes=64GiB/);
  assert.equal((await run('inspect', fx('weights', 'classifier.weights.h5'), '--limit', 'maxFileBytes=1GiB')).code, 0);
  const bad = await run('inspect', fx('weights', 'classifier.weights.h5'), '--limit', 'bogus=1');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /unknown limit 'bogus'/);
});

test('inspect of a file with a million layer names: text and JSON list the first 1,000 and count the rest', () => {
  const n = 1_000_000;
  const layers = Array.from({ length: n }, (_, i): SavedLayer => ({
    name: i === 1 ? `evil\u001b[2J${'x'.repeat(40_000)}` : `layer_${i}`, nameRecorded: true, path: `/layer_${i}`, position: i,
    weights: i < 3 ? [{ name: 'kernel:0', path: `/layer_${i}/kernel:0`, objectPath: `layer_${i}`, index: 0, shape: [4, 4], dtype: 'float32', byteLength: 64, locator: { kind: 'test' } }] : [],
  }));
  const artifact: ArtifactModel = {
    source: '/x/huge.h5', format: 'keras-h5-weights', formatLabel: 'Keras 2 legacy HDF5 (weights only)', generation: 2, producer: {}, optimizer: [],
    notes: Array.from({ length: 5000 }, (_, i) => `note ${i}`), layers,
    read() { return Promise.reject(new Error('not used')); },
    async close() {},
  };
  const j = inspectJson({ source: artifact.source, format: artifact.formatLabel, artifact });
  assert.equal(j.layers!.length, INSPECT_LIMITS.layers);
  assert.deepEqual(j.truncated, { layers: n - INSPECT_LIMITS.layers, notes: 4000 });
  assert.deepEqual(j.totals, { layers: n, weights: 3, parameters: 48, bytes: 192 });
  const json = JSON.stringify(j, null, 2);
  assert.ok(json.length < 1_000_000, `JSON of ${json.length} characters`);
  const text = inspectText(j);
  assert.ok(text.length < 200_000, `text of ${text.length} characters`);
  assert.match(text, /^saved weights — 1000000 layers, 3 weights, 48 parameters, 192 B$/m);
  assert.match(text, /^… and 999,000 more layers \(the first 1,000 are listed/m);
  assert.match(text, /evil\\u001b\[2Jx+… \(40,008 characters\)/);
  assert.ok(!text.includes('\u001b'), 'no escape character');
  assert.match(text, /… and 4,950 more notes/);
});
