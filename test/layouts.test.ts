// Verdicts on the layouts real repositories hold (fixtures/layouts/, written by
// scripts/make-layout-fixtures.py in the layouts tf-keras and Keras 3 write; the layout itself is
// checked against real Keras files in layout-fixtures.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diff, type DiffReport } from '../src/diff/index.js';
import { openPair } from '../src/formats/open.js';
import { fx, run } from './helpers/cli.js';
import { SKIP_SHARED, shared } from './helpers/shared.js';

const lf = (name: string) => fx('layouts', name);

async function diffOf(def: string, weights?: string, options: Parameters<typeof diff>[2] = {}): Promise<DiffReport> {
  const pair = await openPair(lf(def), weights ? lf(weights) : undefined);
  try {
    return diff(pair.def.definition!, pair.weights.artifact!, options);
  } finally {
    await pair.close();
  }
}

const codes = (r: DiffReport) => r.findings.map((f) => f.code);

test('a tf.keras full model with custom (QKeras) classes diffed against itself: unknown-class warnings only', async () => {
  const r = await diffOf('qkeras_tf2.h5');
  assert.equal(r.verdict, 'warnings');
  assert.ok(!codes(r).includes('layer-count-mismatch'), codes(r).join(', '));
  // Every custom layer is named, weightless ones included, and none is dropped.
  assert.deepEqual(r.findings.filter((f) => f.code === 'unknown-layer-class').map((f) => f.layer).sort(),
    ['q_activation', 'q_activation_1', 'q_batch_normalization', 'q_conv2d', 'q_dense']);
  const cli = await run('diff', lf('qkeras_tf2.h5'));
  assert.equal(cli.code, 0, cli.out);
});

test('a custom layer added in the code counts as its class does in the file: a real count mismatch, said consistently', async () => {
  const r = await diffOf('qkeras_extra_dense.json', 'qkeras_tf2.h5');
  assert.equal(r.verdict, 'incompatible');
  const count = r.findings.find((f) => f.code === 'layer-count-mismatch');
  assert.ok(count && count.code === 'layer-count-mismatch');
  assert.equal(count.expectedLayers, 4);
  assert.equal(count.savedLayers, 3);
  assert.deepEqual(count.assumedByClass, [{ layer: 'q_dense_1', className: 'QDense', ownsWeights: true }]);
  const cli = await run('diff', lf('qkeras_extra_dense.json'), lf('qkeras_tf2.h5'));
  assert.equal(cli.code, 1);
  assert.match(cli.out, /Model expected 4 layers, found 3 saved layers/);
  assert.match(cli.out, /'q_dense_1' \(QDense, not in the file\) is counted as owning weights/);
});

test('no message says a count differs while printing equal counts', async () => {
  for (const [d, w] of [['qkeras_tf2.h5', undefined], ['qkeras_extra_dense.json', 'qkeras_tf2.h5']] as const) {
    const cli = await run('diff', lf(d), ...(w ? [lf(w)] : []));
    for (const m of cli.out.matchAll(/expected (\d+) layers, found (\d+) saved/g)) assert.notEqual(m[1], m[2], cli.out);
  }
});

// ---- CuDNN-saved recurrent weights (tf-keras' _convert_rnn_weights) ---------------------------------

const converted = (r: DiffReport) => r.findings.filter((f) => f.code === 'weights-converted').map((f) => f.layer);

for (const [def, weights, expected] of [
  ['cpu_lstm.json', 'cudnn_lstm_keras2.h5', 'cudnn_lstm'],
  ['cpu_gru_reset_after_true.json', 'cudnn_gru_tf2.h5', 'cudnn_gru'],
  ['cpu_bidirectional.json', 'cudnn_bidirectional_keras2.h5', 'cudnn_bidirectional'],
] as const) {
  test(`${weights} into its CPU model: converted as tf-keras converts it, and the smoke run computes what numpy computes (${def})`, async () => {
    const r = await diffOf(def, weights);
    assert.equal(r.verdict, 'compatible', JSON.stringify(r.findings));
    assert.equal(converted(r).length, 1);
    assert.ok(r.pairs.every((p) => p.shapeOk));
    // Keras 3 converts nothing: the CuDNN bias does not fit.
    const k3 = await diffOf(def, weights, { runtime: 'keras3' });
    assert.equal(k3.verdict, 'incompatible');
    const mismatch = k3.findings.find((f) => f.code === 'shape-mismatch');
    assert.ok(mismatch);
    // The version rule is named: tf-keras would have converted, Keras 3 does not.
    assert.match(mismatch.hint ?? '', /tf-keras would convert these .* Keras 3 does not \(it assigns them as saved/);
    const cli = await run('diff', lf(def), lf(weights), '--input', lf('rnn.input.npy'), '--expected', lf(`${expected}.expected.npy`), '--atol', '1e-5', '--rtol', '1e-5');
    assert.equal(cli.code, 0, cli.out);
    assert.match(cli.out, /smoke passed/);
  });

  test(`${weights} against itself: the CuDNN classes are built as LSTM/GRU with the same values (${expected})`, async () => {
    const r = await diffOf(weights);
    assert.equal(r.verdict, 'compatible');
    const cli = await run('diff', lf(weights), '--input', lf('rnn.input.npy'), '--expected', lf(`${expected}.expected.npy`), '--atol', '1e-5', '--rtol', '1e-5');
    assert.equal(cli.code, 0, cli.out);
    assert.match(cli.out, /smoke passed/);
  });
}

test('CuDNNGRU weights into GRU(reset_after=False): refused with tf-keras\' own message', async () => {
  const r = await diffOf('cpu_gru_reset_after_false.json', 'cudnn_gru_tf2.h5');
  assert.equal(r.verdict, 'incompatible');
  assert.equal(r.loaderError, 'CuDNNGRU is not compatible with GRU(reset_after=False)');
  assert.deepEqual(codes(r).filter((c) => c !== 'config-default'), ['weights-refused']);
});

// ---- GRU configs without reset_after (Keras 2.0-2.2) -----------------------------------------------

test('a Keras 2.1 GRU without reset_after: tf-keras and Keras 3 default it to True, and the report says so', async () => {
  const r = await diffOf('gru_keras21.h5');
  const assumed = r.findings.find((f) => f.code === 'config-default');
  assert.ok(assumed, JSON.stringify(r.findings));
  assert.match(assumed.message, /no reset_after in its config .* tf-keras 2\.x and Keras 3 default it to True, so they expect a \(2, 12\) bias/);
  // tf-keras: _convert_rnn_weights refuses the old (3·units,) bias.
  assert.equal(r.loaderError, 'GRU(reset_after=False) is not compatible with GRU(reset_after=True)');
  // Keras 3: the bias shapes differ.
  const k3 = await diffOf('gru_keras21.h5', undefined, { runtime: 'keras3' });
  const shape = k3.findings.find((f) => f.code === 'shape-mismatch');
  assert.ok(shape && shape.code === 'shape-mismatch');
  assert.deepEqual([shape.expectedShape, shape.savedShape], [[2, 12], [12]]);
});

test('a GRU config TF.js wrote keeps TF.js\' default (no reset_after), with nothing assumed', { skip: SKIP_SHARED }, async () => {
  const pair = await openPair(shared('real-models', 'tfjs-e2e-layers-model', 'model.json'));
  try {
    const r = diff(pair.def.definition!, pair.weights.artifact!);
    assert.equal(r.verdict, 'compatible');
    assert.ok(!codes(r).includes('config-default'));
  } finally {
    await pair.close();
  }
});

// ---- bfloat16 in a Keras 3 legacy .h5 (2-byte opaque, no dtype attribute) ---------------------------

test('untagged bfloat16 in a Keras 3 legacy .h5: inferred from the file\'s own config, said so, loaded and computed', async () => {
  const r = await diffOf('bf16_keras3.h5');
  assert.equal(r.verdict, 'compatible');
  const inferred = r.findings.filter((f) => f.code === 'dtype-inferred');
  assert.equal(inferred.length, 4);
  assert.match(inferred[0]!.message, /read as bfloat16 because the file's model_config says so \(inferred\)/);
  const inspect = await run('inspect', lf('bf16_keras3.h5'), '--json');
  assert.ok(!inspect.out.includes('"unknown"'), inspect.out);
  const cli = await run('diff', lf('bf16_keras3.h5'), '--input', lf('bf16_mlp.input.npy'), '--expected', lf('bf16_mlp.expected.npy'), '--atol', '1e-6', '--rtol', '1e-6');
  assert.equal(cli.code, 0, cli.out);
  assert.match(cli.out, /smoke passed/);
});

test('a float32 definition against untagged bfloat16 data: an error (Keras cannot cast opaque bytes), with or without the file\'s config', async () => {
  for (const weights of ['bf16_keras3.h5', 'bf16_keras3_weights.h5']) {
    const r = await diffOf('bf16_mlp_float32.json', weights);
    assert.equal(r.verdict, 'incompatible', weights);
    assert.equal(r.findings.filter((f) => f.code === 'dtype-mismatch' && f.severity === 'error').length, 4);
  }
});

// ---- shapes after a layer whose output needs code ---------------------------------------------------

test('after a custom class or a Lambda, build_config and output_shape give the shapes that follow: a real mismatch is found', async () => {
  for (const [def, weights] of [['custom_block.json', 'custom_block_w24.weights.h5'], ['lambda_output_shape.json', 'lambda_w24.weights.h5']] as const) {
    const r = await diffOf(def, weights);
    const shape = r.findings.find((f) => f.code === 'shape-mismatch');
    assert.ok(shape && shape.code === 'shape-mismatch', `${def}: ${JSON.stringify(codes(r))}`);
    assert.deepEqual([shape.layer, shape.expectedShape, shape.savedShape], ['head', [32, 10], [24, 10]]);
  }
});

// ---- a subclassed Keras 3 model: the smoke reason names the class whose code is missing --------------

test('a subclassed Keras 3 model: the smoke run is skipped naming the class whose code is not in the file', { skip: SKIP_SHARED }, async () => {
  const cli = await run('diff', shared('real-models', 'keras-test-data', 'pre_pr22362_nested_container.keras'), '--smoke');
  assert.equal(cli.code, 0, cli.out);
  assert.match(cli.out, /smoke skipped .*'nested_dense_model' \(NestedDenseModel\), whose code is not in the file/);
  assert.doesNotMatch(cli.out, /no saved variable pairs/);
});

// ---- every full-model file in ../shared, against itself ---------------------------------------------

test('every full-model file in ../shared diffed against itself: compatible or warnings (one true TF.js failure, explained)', { skip: SKIP_SHARED }, async () => {
  const { readdirSync, statSync } = await import('node:fs');
  const path = await import('node:path');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const n of readdirSync(dir)) {
      const p = path.join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(h5|hdf5|keras)$|^model\.json$/.test(n)) files.push(p);
    }
  };
  walk(shared());
  let checked = 0;
  for (const file of files) {
    let pair: Awaited<ReturnType<typeof openPair>>;
    try {
      pair = await openPair(file);
    } catch {
      continue; // weights-only files: no definition to pair with
    }
    try {
      const r = diff(pair.def.definition!, pair.weights.artifact!);
      checked++;
      if (file.endsWith(path.join('wehack-fraud-tfjs', 'model.json'))) {
        // TF.js 4.22 cannot load this converter output (weight names prefixed 'sequential/'): a true failure.
        assert.equal(r.verdict, 'incompatible');
        assert.ok(r.hints.some((h) => h.kind === 'model-name-prefix'));
        continue;
      }
      assert.notEqual(r.verdict, 'incompatible', `${file}: ${r.loaderError}`);
    } finally {
      await pair.close();
    }
  }
  assert.ok(checked >= 40, `only ${checked} full-model files found`);
});

test('--input is read no larger than the model\'s inputs can be: an .npz declaring 32 MiB for a (None, 3) input is refused before inflating', async () => {
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { execFileSync } = await import('node:child_process');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wg-npzbound-'));
  try {
    const bomb = path.join(dir, 'x.npz');
    execFileSync('/usr/bin/python3', ['-c', [
      'import numpy as np, zipfile, io, sys',
      'b = io.BytesIO(); np.save(b, np.zeros((2, 4 * 1024 * 1024), dtype="<f4"))',
      'z = zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED); z.writestr("x.npy", b.getvalue()); z.close()',
    ].join('\n'), bomb]);
    const cli = await run('diff', lf('bf16_keras3.h5'), '--smoke', '--input', bomb);
    assert.equal(cli.code, 2, cli.out + cli.err);
    assert.match(cli.err, /declare 33554560 bytes by "x\.npy", more than the 16777216 bytes the model's inputs or outputs can take/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
