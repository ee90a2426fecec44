// `weightgate convert`: TF.js' own quantisation and shard layout, then every corpus model (both
// corpora) converted, loaded back with tf.loadLayersModel from the written files and compared with
// Keras' own outputs, re-read by weightgate's TF.js reader and diffed against the original
// definition; a fresh process shows which models plain TF.js loads and which need weightgate's
// registrations; and what is refused, with the reason.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { runCli, type Io } from '../src/cli/main.js';
import {
  ConvertRefused, SHARD_BYTES, WEIGHTGATE_VERSION, affineRange, convertModel, fileHandler, packShards, quantize, requiredLayers, toHalfBits,
  type ConvertResult, type ModelJson, type QuantizeDtype,
} from '../src/convert/index.js';
import { diff } from '../src/diff/index.js';
import { compareToExpected, FLOAT32_TOLERANCE, HALF_TOLERANCE } from '../src/engine/compare.js';
import { readArrays, selectEngine, type Engine, type Tolerance } from '../src/engine/index.js';
import { openFile } from '../src/formats/open.js';
import { SKIP_SHARED, manifest, shared, manifestModel, present } from './helpers/shared.js';

let wasm: Engine;
let tmp: string;

before(async () => {
  wasm = await selectEngine('wasm');
  tmp = await mkdtemp(path.join(os.tmpdir(), 'weightgate-convert-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Quantised weights only approximate Keras' values, so the outputs move. float16 keeps 11 significant
 * bits (each weight within 2^-11 ≈ 4.9e-4 of itself, relatively): through the corpus' few layers the
 * outputs moved at most 1.4e-3 (preprocess_cnn, whose Normalization divides by a small std).
 * uint8 spreads 256 levels over each weight's range (each weight within range/510): outputs moved
 * up to 1.0e-2 (mlp). A wrong or swapped weight moves them by 1e-1 and more.
 */
const QUANTIZED_TOLERANCE: Record<QuantizeDtype, Tolerance> = {
  float16: { atol: 5e-3, rtol: 1e-2, basis: 'float16-quantised weights (11 significant bits)' },
  uint16: { atol: 5e-3, rtol: 1e-2, basis: 'uint16-quantised weights (65536 levels per weight)' },
  uint8: { atol: 3e-2, rtol: 3e-2, basis: 'uint8-quantised weights (256 levels per weight)' },
};

/** Models whose Keras layers compute in float16 (see src/engine/compare.ts). */
const HALF = new Set(['mixed_float16', 'float16_dense']);

const REQUIRES: Record<string, string[]> = {
  shared_layer: ['Subtract'], gru_classifier: ['GRU'], stacked_gru_seq: ['GRU'], masked_gru: ['GRU'],
  mha_encoder: ['MultiHeadAttention'], preprocess_cnn: ['Normalization'],
};

/** Pairs the TF.js pairing used to get wrong; empty now that it knows TF.js' variable names. */
const KNOWN_PAIRING_GAPS: Record<string, RegExp[]> = {};

describe('quantisation, as tfjs-core decodes it', () => {
  const decode = (bytes: Uint8Array, shape: number[], quantization: object) => {
    const t = wasm.tf.io.decodeWeights(bytes.slice().buffer, [{ name: 'w', shape, dtype: 'float32', quantization } as never]).w;
    const out = Array.from(t!.dataSync());
    t!.dispose();
    return out;
  };

  test('float16: IEEE halves, rounded to nearest even', () => {
    assert.deepEqual([1, -2, 65504, 0, -0, 1 / 3, 65520, 1e-8, 2 ** -24, 5.960464477539063e-8 * 1.5].map(toHalfBits),
      [0x3c00, 0xc000, 0x7bff, 0, 0x8000, 0x3555, 0x7c00, 0, 1, 2]);
    assert.equal(toHalfBits(1 + 2 ** -11), 0x3c00, 'a tie rounds to the even mantissa');
    assert.equal(toHalfBits(1 + 3 * 2 ** -11), 0x3c02);
    assert.equal(toHalfBits(Number.NaN) & 0x7e00, 0x7e00);
    const v = Float32Array.from({ length: 500 }, (_, i) => Math.sin(i * 1.7) * 10 ** ((i % 9) - 4));
    const q = quantize(v, 'float16');
    assert.deepEqual(q.quantization, { dtype: 'float16' });
    decode(q.bytes, [500], q.quantization).forEach((d, i) => assert.ok(Math.abs(d - v[i]!) <= Math.abs(v[i]!) * 2 ** -11 + 2 ** -25, `${v[i]} → ${d}`));
  });

  test('uint8/uint16: affine, the range nudged so that 0.0 is exact; within half a step everywhere', () => {
    const v = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i * 0.37) * 0.8 + 0.1);
    v[10] = 0;
    for (const dtype of ['uint8', 'uint16'] as const) {
      const q = quantize(v, dtype);
      const { min, scale } = q.quantization as { min: number; scale: number };
      assert.ok(Number.isInteger(Math.round(-min / scale)) && Math.abs(-min / scale - Math.round(-min / scale)) < 1e-6, 'zero lies on a step');
      const d = decode(q.bytes, [1000], q.quantization);
      assert.equal(d[10], 0, `${dtype}: zero stays exactly zero`);
      d.forEach((x, i) => assert.ok(Math.abs(x - v[i]!) <= scale / 2 + 1e-6, `${dtype} ${v[i]} → ${x}`));
    }
    // All positive: no nudging, the smallest value is min itself; one value: every q is 0, min holds it.
    assert.deepEqual(affineRange(0.5, 2, 255), { scale: 1.5 / 255, min: 0.5, max: 2 });
    assert.deepEqual(decode(quantize(Float32Array.of(0.25, 0.25), 'uint8').bytes, [2], { dtype: 'uint8', min: 0.25, scale: 1 }), [0.25, 0.25]);
    assert.deepEqual(quantize(Float32Array.of(0.25, 0.25), 'uint8').quantization, { dtype: 'uint8', min: 0.25, scale: 1 });
  });
});

describe('shards and registrations', () => {
  test('weights back to back, cut every N bytes, a weight may span two files', () => {
    assert.equal(SHARD_BYTES, 4 * 1024 * 1024);
    const parts = [Uint8Array.from({ length: 10 }, (_, i) => i), Uint8Array.from({ length: 7 }, (_, i) => 100 + i)];
    const shards = packShards(parts, 6);
    assert.deepEqual(shards.map((s) => s.name), ['group1-shard1of3.bin', 'group1-shard2of3.bin', 'group1-shard3of3.bin']);
    assert.deepEqual(shards.map((s) => s.bytes.byteLength), [6, 6, 5]);
    assert.deepEqual(Buffer.concat(shards.map((s) => s.bytes)), Buffer.concat(parts));
    assert.deepEqual(packShards([]).map((s) => [s.name, s.bytes.byteLength]), [['group1-shard1of1.bin', 0]]);
  });

  test('requiredLayers names the classes TF.js lacks, and GRU only with reset_after', () => {
    const gru = (resetAfter: boolean) => ({ class_name: 'GRU', config: { name: 'g', reset_after: resetAfter } });
    assert.deepEqual(requiredLayers({ class_name: 'Sequential', config: { layers: [gru(false)] } }), []);
    assert.deepEqual(requiredLayers({ class_name: 'Functional', config: { layers: [
      { class_name: 'Bidirectional', config: { layer: gru(true) } }, { class_name: 'Subtract', config: {} }, { class_name: 'MultiHeadAttention', config: {} },
    ] } }), ['GRU', 'MultiHeadAttention', 'Subtract']);
  });

  test('convertedBy carries package.json\'s version', () => {
    assert.equal(WEIGHTGATE_VERSION, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});

/** Every weights layout the corpus wrote for a model. */
function weightFiles(corpus: 'keras3-corpus' | 'keras3-modern', model: string): string[] {
  const f = manifestModel(corpus, model).files;
  return [f.weights_h5, f.legacy_weights_h5, f.legacy_h5, f.keras, f.sharded_weights?.[0]].filter(present).map((n) => shared(corpus, n));
}

function ioFiles(corpus: string, model: string): { input: string; expected: string } {
  const pick = (kind: string) => [`${model}.${kind}.npz`, `${model}.${kind}.npy`].map((n) => shared(corpus, n)).find(existsSync)!;
  return { input: pick('input'), expected: pick('output') };
}

/** Loads the written files with tf.loadLayersModel and compares its predictions with Keras' outputs. */
async function againstKeras(modelJson: string, corpus: string, model: string, tol: Tolerance): Promise<number> {
  const tf = wasm.tf;
  await tf.setBackend('wasm');
  const m = await tf.loadLayersModel(fileHandler(modelJson));
  const io = ioFiles(corpus, model);
  const inputs = [...(await readArrays(io.input)).values()];
  const outputs = [...(await readArrays(io.expected)).values()];
  const xs = inputs.map((a, i) => tf.tensor(Array.from(a.data as ArrayLike<number | bigint>, Number), a.shape, m.inputs[i]!.dtype as 'float32'));
  const y = m.predict(xs.length === 1 ? xs[0]! : xs);
  const ys = Array.isArray(y) ? y : [y];
  let worst = 0;
  try {
    for (const [i, t] of ys.entries()) {
      const c = compareToExpected(await t.data(), t.shape, outputs[i]!, tol);
      assert.ok(!c.problem, c.problem);
      assert.ok(c.withinTolerance, `${model}: output ${i} differs by up to ${c.maxAbsDiff} (${tol.basis})`);
      worst = Math.max(worst, c.maxAbsDiff);
    }
  } finally {
    tf.dispose([...xs, ...ys]);
    m.dispose();
  }
  return worst;
}

/** weightgate reads the written model.json back; the weights must fit the original definition as TF.js pairs them. */
async function rereads(result: ConvertResult, corpus: string, model: string): Promise<void> {
  const original = (await openFile(shared(corpus, `${model}.model.json`))).definition!;
  const written = await openFile(result.modelJson);
  try {
    assert.equal(written.format, written.artifact!.formatLabel);
    assert.equal(written.artifact!.format, 'tfjs-layers');
    const self = diff(written.definition!, written.artifact!);
    const against = diff(original, written.artifact!);
    assert.equal(self.loader.rule, 'tfjs');
    assert.equal(against.loader.rule, 'tfjs');
    const expected = result.quantization ? 'warnings' : 'compatible';
    assert.equal(self.verdict, expected, `${model}: ${self.findings.map((f) => f.message).join('; ')}`);
    const gaps = KNOWN_PAIRING_GAPS[model];
    if (gaps) {
      assert.deepEqual(against.findings.filter((f) => f.severity === 'error').map((f) => gaps.some((g) => g.test(f.message))), gaps.map(() => true), against.findings.map((f) => f.message).join('; '));
    } else {
      assert.equal(against.verdict, expected, `${model}: ${against.findings.map((f) => f.message).join('; ')}`);
    }
    // Quantised files differ only by being quantised: every finding says so, none is an error.
    for (const f of [...self.findings, ...against.findings].filter((x) => !gaps?.some((g) => g.test(x.message)))) {
      assert.equal(f.code, 'dtype-mismatch', f.message);
      assert.match(f.message, new RegExp(`stored quantised \\(${result.quantization}\\)`));
    }
  } finally {
    await written.artifact?.close();
  }
}

async function checkFiles(result: ConvertResult, model: string): Promise<ModelJson> {
  const json = JSON.parse(await readFile(result.modelJson, 'utf8')) as ModelJson;
  assert.equal(json.format, 'layers-model');
  assert.equal(json.convertedBy, `weightgate ${WEIGHTGATE_VERSION}`);
  assert.match(json.generatedBy, /^(keras v3\.15\.1|weightgate \S+)$/);
  assert.match(String(json.modelTopology.keras_version), /^tfjs-layers 4\.22\.0$/);
  assert.equal((json.modelTopology.model_config as { class_name: string }).class_name.length > 0, true);
  const meta = (json.userDefinedMetadata as { weightgate: { requiresLayers: string[]; quantization: string | null } }).weightgate;
  assert.deepEqual(meta.requiresLayers, REQUIRES[model] ?? []);
  assert.deepEqual(result.requiresLayers, meta.requiresLayers);
  assert.equal(meta.quantization, result.quantization);
  const [group] = json.weightsManifest;
  assert.equal(json.weightsManifest.length, 1);
  assert.deepEqual([...group!.paths, 'model.json'], result.files);
  for (const p of group!.paths) {
    assert.match(p, /^group1-shard\d+of\d+\.bin$/);
    assert.ok((await stat(path.join(result.outDir, p))).size <= SHARD_BYTES);
  }
  assert.equal(new Set(group!.weights.map((w) => w.name)).size, group!.weights.length, 'unique names');
  for (const w of group!.weights) assert.ok(!/\/\d+$/.test(w.name), `${w.name}: TF.js would switch to Keras 3 index keys`);
  return json;
}

for (const corpus of ['keras3-corpus', 'keras3-modern'] as const) {
  describe(`${corpus}: every model converts, loads with tf.loadLayersModel and reproduces Keras`, { skip: SKIP_SHARED }, () => {
    const models = SKIP_SHARED ? [] : Object.keys(manifest(corpus).models);
    for (const model of models) {
      test(model, async (t) => {
        const base = (await openFile(shared(corpus, `${model}.model.json`))).definition!;
        assert.ok(base);
        // Every weights layout Keras wrote: the converter takes its weights from the loader's pairing.
        for (const file of weightFiles(corpus, model)) {
          const label = path.basename(file);
          const out = path.join(tmp, corpus, model, label.replace(/\W+/g, '_'));
          const r = await convertModel(shared(corpus, `${model}.model.json`), file, out, { engine: wasm });
          assert.equal(r.verification?.maxAbsDiff, 0, `${label}: reloaded outputs identical to the weights converted`);
          await checkFiles(r, model);
          const worst = await againstKeras(r.modelJson, corpus, model, HALF.has(model) ? HALF_TOLERANCE : FLOAT32_TOLERANCE);
          if (!HALF.has(model)) assert.ok(worst <= 1e-4, `${label}: ${worst}`);
          await rereads(r, corpus, model);
          t.diagnostic(`${label}: max |tfjs - keras| = ${worst.toExponential(2)}`);
        }
        // Quantised with TF.js' float16 scheme, from the Keras 3 weights file.
        const q = await convertModel(shared(corpus, `${model}.model.json`), shared(corpus, `${model}.weights.h5`), path.join(tmp, corpus, model, 'float16'), { engine: wasm, quantize: 'float16' });
        const json = await checkFiles(q, model);
        assert.ok(json.weightsManifest[0]!.weights.filter((w) => w.dtype === 'float32').every((w) => w.quantization?.dtype === 'float16'));
        const worst16 = await againstKeras(q.modelJson, corpus, model, HALF.has(model) ? HALF_TOLERANCE : QUANTIZED_TOLERANCE.float16);
        await rereads(q, corpus, model);
        t.diagnostic(`float16: max |tfjs - keras| = ${worst16.toExponential(2)}`);
      });
    }
  });
}

describe('uint8 / uint16 quantisation and multi-shard files', { skip: SKIP_SHARED }, () => {
  const cases: [string, string, QuantizeDtype][] = [
    ['keras3-corpus', 'mnist_cnn', 'uint8'], ['keras3-corpus', 'mlp', 'uint8'], ['keras3-modern', 'gru_classifier', 'uint8'],
    ['keras3-modern', 'mha_encoder', 'uint8'], ['keras3-modern', 'masked_gru', 'uint16'], ['keras3-modern', 'preprocess_cnn', 'uint16'],
  ];
  for (const [corpus, model, dtype] of cases) {
    test(`${model} as ${dtype}`, async (t) => {
      const out = path.join(tmp, 'q', `${model}-${dtype}`);
      const r = await convertModel(shared(corpus, `${model}.model.json`), shared(corpus, `${model}.keras`), out, { engine: wasm, quantize: dtype });
      const json = await checkFiles(r, model);
      const stored = json.weightsManifest[0]!.weights;
      assert.ok(stored.filter((w) => w.dtype === 'float32').every((w) => w.quantization?.dtype === dtype && typeof w.quantization.scale === 'number'));
      // Integer variables (a Normalization's count) are stored as they are.
      assert.ok(stored.filter((w) => w.dtype === 'int32').every((w) => !w.quantization));
      const worst = await againstKeras(r.modelJson, corpus, model, QUANTIZED_TOLERANCE[dtype]);
      await rereads(r, corpus, model);
      t.diagnostic(`${dtype}: max |tfjs - keras| = ${worst.toExponential(2)}, ${r.weightBytes} weight bytes`);
    });
  }

  test('a model written in 64 KiB shards (weights spanning files) loads and reproduces Keras', async () => {
    const r = await convertModel(shared('keras3-corpus', 'mnist_cnn.model.json'), shared('keras3-corpus', 'mnist_cnn.weights.h5'), path.join(tmp, 'shards'), { engine: wasm, shardBytes: 64 * 1024 });
    assert.deepEqual(r.files, ['group1-shard1of4.bin', 'group1-shard2of4.bin', 'group1-shard3of4.bin', 'group1-shard4of4.bin', 'model.json']);
    assert.ok(await againstKeras(r.modelJson, 'keras3-corpus', 'mnist_cnn', FLOAT32_TOLERANCE) <= 1e-4);
    // Converting again into the same directory leaves no stale shard behind.
    const again = await convertModel(shared('keras3-corpus', 'mnist_cnn.model.json'), shared('keras3-corpus', 'mnist_cnn.weights.h5'), path.join(tmp, 'shards'), { engine: wasm });
    assert.deepEqual((await readdir(again.outDir)).sort(), ['group1-shard1of1.bin', 'model.json']);
  });
});

describe('a fresh TF.js loads the written files: plainly, or after registerWeightgateLayers', { skip: SKIP_SHARED }, () => {
  test('each model loads exactly when its requiresLayers says it can', async () => {
    const jobs: { corpus: string; model: string; modelJson: string; requires: string[] }[] = [];
    for (const corpus of ['keras3-corpus', 'keras3-modern'] as const) {
      for (const model of Object.keys(manifest(corpus).models)) {
        const r = await convertModel(shared(corpus, `${model}.model.json`), shared(corpus, `${model}.weights.h5`), path.join(tmp, 'fresh', model), { engine: wasm, verify: false });
        jobs.push({ corpus, model, modelJson: r.modelJson, requires: r.requiresLayers });
      }
    }
    // A new process: no weightgate registration has happened in its TF.js.
    const script = path.join(tmp, 'fresh-load.mts');
    const pkg = (name: string) => JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve(name)).href);
    // The packages are CommonJS: Node exposes their exports as named ones or under default.
    await writeFile(script, `
      const pick = (m, key) => (key in m ? m : m.default);
      const core = pick(await import(${pkg('@tensorflow/tfjs-core')}), 'tensor');
      const layers = pick(await import(${pkg('@tensorflow/tfjs-layers')}), 'loadLayersModel');
      await import(${pkg('@tensorflow/tfjs-backend-cpu')});
      import { readWrittenModel } from ${JSON.stringify(path.join(ROOT, 'src/convert/written.ts'))};
      import { registerWeightgateLayers } from ${JSON.stringify(path.join(ROOT, 'src/engine/layers/index.ts'))};
      const tf = { ...core, ...layers };
      core.env().set('PROD', true);
      await core.setBackend('cpu');
      const out = [];
      const load = async (file) => {
        try { const m = await layers.loadLayersModel({ load: () => readWrittenModel(file) }); m.dispose(); return 'loaded'; }
        catch (e) { return String(e.message).split('\\n')[0]; }
      };
      const jobs = JSON.parse(process.argv[2]);
      for (const j of jobs.filter((j) => !j.requires.length)) out.push({ model: j.model, plain: await load(j.modelJson) });
      for (const j of jobs.filter((j) => j.requires.length)) out.push({ model: j.model, plain: await load(j.modelJson) });
      registerWeightgateLayers(tf);
      for (const j of jobs.filter((j) => j.requires.length)) out.find((o) => o.model === j.model).registered = await load(j.modelJson);
      console.log(JSON.stringify(out));
    `);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, JSON.stringify(jobs)], { cwd: ROOT, timeout: 120_000 });
    const results = JSON.parse(stdout.trim().split('\n').pop()!) as { model: string; plain: string; registered?: string }[];
    for (const j of jobs) {
      const r = results.find((x) => x.model === j.model)!;
      if (!j.requires.length) {
        assert.equal(r.plain, 'loaded', `${j.model} loads with plain tf.loadLayersModel`);
        continue;
      }
      assert.notEqual(r.plain, 'loaded', `${j.model} needs ${j.requires.join(', ')}`);
      assert.match(r.plain, /Unknown layer: (MultiHeadAttention|Normalization|Subtract)|GRUCell does not support reset_after/);
      assert.equal(r.registered, 'loaded', `${j.model} loads once registerWeightgateLayers(tf) ran`);
    }
  });
});

describe('what is refused, and why', { skip: SKIP_SHARED }, () => {
  const refused = async (def: string, weights: string | undefined, options = {}): Promise<ConvertRefused> => {
    const out = path.join(tmp, 'refused', String(Math.random()).slice(2));
    const err = await convertModel(def, weights, out, { engine: wasm, ...options }).then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof ConvertRefused, String(err));
    assert.equal(existsSync(out), false, 'nothing is written');
    return err;
  };

  /** mlp.model.json with one more (weightless) layer after hidden_a. */
  async function mlpWith(extra: Record<string, unknown>): Promise<string> {
    const json = JSON.parse(await readFile(shared('keras3-corpus', 'mlp.model.json'), 'utf8'));
    json.config.layers.splice(2, 0, extra);
    const file = path.join(tmp, `mlp-with-${String(extra.class_name)}.json`);
    await writeFile(file, JSON.stringify(json));
    return file;
  }

  test('an incompatible pair, naming every finding', async () => {
    const err = await refused(shared('keras3-corpus', 'mnist_cnn__conv1_filters16.model.json'), shared('keras3-corpus', 'mnist_cnn.weights.h5'));
    assert.match(err.message, /^the weights do not fit the definition \(3 error findings, model\.load_weights\('mnist_cnn\.weights\.h5'\)\)/);
    assert.deepEqual(err.reasons.map((r) => r.split(':')[0]), ['conv1 conv1/kernel', 'conv1 conv1/bias', 'dense dense/kernel']);
  });

  test('a Lambda: Python code, never executed, never converted', async () => {
    const lambda = await mlpWith({ module: 'keras.layers', class_name: 'Lambda', config: { name: 'halve', function: { class_name: '__lambda__', config: { code: '4wEAAAAAAAAA', defaults: null, closure: null } } }, registered_name: null });
    const err = await refused(lambda, shared('keras3-corpus', 'mlp.weights.h5'));
    assert.match(err.message, /not executed: the model depends on Python code/);
    assert.deepEqual(err.reasons, ["Lambda 'halve': its config holds Python code, which is never executed"]);
  });

  test('an unknown custom class: its code is not in the file', async () => {
    const custom = await mlpWith({ module: 'my_project.layers', class_name: 'Scale', config: { name: 'custom_scale', factor: 2 }, registered_name: 'my_project>Scale' });
    const err = await refused(custom, shared('keras3-corpus', 'mlp.weights.h5'));
    assert.match(err.reasons.join('\n'), /Scale 'custom_scale': a custom class registered as 'my_project>Scale': its code is not in the file/);
  });

  test('weights the loader would not fill: refused, unless the layer is allowed to differ', async () => {
    // skip_mismatch=True: Keras loads with a warning and the resized head keeps its initial values.
    const def = shared('keras3-corpus', 'mnist_cnn__transfer_new_dense.model.json');
    const weights = shared('keras3-corpus', 'mnist_cnn.weights.h5');
    const err = await refused(def, weights, { diff: { skipMismatch: true } });
    assert.match(err.message, /^2 variables would get no value from the file, so the converted model would hold made-up numbers$/);
    assert.deepEqual(err.reasons, [
      'new_dense/kernel: not loaded by the loader; allow it with --allow-missing new_dense to write seeded initial values',
      'new_dense/bias: not loaded by the loader; allow it with --allow-missing new_dense to write seeded initial values',
    ]);
    const r = await convertModel(def, weights, path.join(tmp, 'allowed'), { engine: wasm, diff: { skipMismatch: true, allowMismatch: ['new_dense'] } });
    assert.ok(r.notes.includes('2 variables of allowed layers hold seeded initial values, not trained ones: new_dense/kernel, new_dense/bias'), r.notes.join('\n'));
    // by_name=True leaves the renamed layer unloaded: the diff itself calls that an error.
    const byName = await refused(shared('keras3-corpus', 'mnist_cnn__renamed_layer.model.json'), shared('keras3-corpus', 'mnist_cnn.legacyweights.h5'), { diff: { byName: true } });
    assert.match(byName.message, /^the weights do not fit the definition \(1 error finding, model\.load_weights\('mnist_cnn\.legacyweights\.h5', by_name=True\)\)/);
    assert.match(byName.reasons[0]!, /^conv1_renamed: /);
  });

  test('an output path that is a file', async () => {
    const file = path.join(tmp, 'not-a-dir');
    await writeFile(file, 'x');
    await assert.rejects(convertModel(shared('keras3-corpus', 'mlp.model.json'), shared('keras3-corpus', 'mlp.weights.h5'), file, { engine: wasm }), /is an existing file/);
  });
});

describe('weightgate convert (CLI)', { skip: SKIP_SHARED }, () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
    return { io, out, err };
  };

  test('writes the model, says how to load it, and exits 0', async () => {
    const c = capture();
    const out = path.join(tmp, 'cli', 'mha');
    const code = await runCli(['convert', shared('keras3-modern', 'mha_encoder.keras'), out, '--quantize', 'float16', '--engine', 'wasm'], c.io);
    assert.equal(code, 0, c.err.join('\n'));
    const text = c.out.join('\n');
    assert.match(text, /^✔ wrote .*mha\/model\.json \(TF\.js layers model\) from .*mha_encoder\.keras\n/);
    assert.match(text, /weights: 18 variables, [\d.]+ (B|KiB) in 1 shard, quantised float16; paired as model\.load_weights\('mha_encoder\.keras'\) \(compatible\)/);
    assert.match(text, /load with weightgate's layers \(MultiHeadAttention\): import \{ registerWeightgateLayers \} from 'weightgate\/tfjs-layers'/);
    assert.match(text, /reloaded with tf\.loadLayersModel: outputs within [\d.e-]+ of the unquantised weights \(seed 1: token_vectors \[2,6,8\]\)/);
    const json = JSON.parse(await readFile(path.join(out, 'model.json'), 'utf8')) as ModelJson;
    assert.ok(json.weightsManifest[0]!.weights.every((w) => w.quantization?.dtype === 'float16'));
  });

  test('--json, refusals (exit 1) and bad arguments (exit 2)', async () => {
    const ok = capture();
    assert.equal(await runCli(['convert', shared('keras3-corpus', 'mlp.model.json'), shared('keras3-corpus', 'mlp.h5'), path.join(tmp, 'cli', 'mlp'), '--json', '--engine', 'wasm'], ok.io), 0);
    const j = JSON.parse(ok.out.join(''));
    assert.deepEqual([j.converted, j.verdict, j.requiresLayers, j.quantization, j.verification.maxAbsDiff], [true, 'compatible', [], null, 0]);

    const bad = capture();
    assert.equal(await runCli(['convert', shared('keras3-corpus', 'mnist_cnn__conv1_filters16.model.json'), shared('keras3-corpus', 'mnist_cnn.weights.h5'), path.join(tmp, 'cli', 'bad')], bad.io), 1);
    assert.match(bad.err.join('\n'), /^✖ cannot convert .*: the weights do not fit the definition[^\n]*\n {2}- conv1 conv1\/kernel: /);

    for (const args of [
      ['convert', shared('keras3-corpus', 'mlp.model.json')],
      ['convert', shared('keras3-corpus', 'mlp.model.json'), shared('keras3-corpus', 'mlp.weights.h5')],
      ['convert', shared('keras3-corpus', 'mlp.keras'), path.join(tmp, 'cli', 'x'), '--quantize', 'int8'],
    ]) {
      const u = capture();
      assert.equal(await runCli(args, u.io), 2, args.join(' '));
      assert.match(u.err.join('\n'), /^error: (convert takes a definition|the last argument is the output directory, but '.*mlp\.weights\.h5' looks like a model file|--quantize must be one of float16, uint8, uint16 \(got 'int8'\))/);
    }
    await mkdir(path.join(tmp, 'cli'), { recursive: true });
  });
});
