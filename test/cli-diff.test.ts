// `weightgate diff`: the founding article's three scenarios on the bundled example, the JSON contract,
// exit codes (0 compatible/warnings, 1 incompatible, 2 unusable), and cross-model pairs that must not crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fx, run } from './helpers/cli.js';
import { SKIP_SHARED, shared } from './helpers/shared.js';

/** The fields of `diff --json` findings these tests read. */
interface FindingJson { severity: string; code: string; layer: string; weight: string; message: string; expected: unknown; actual: unknown }



test('scenario 1, matching architecture: compatible, exit 0', async () => {
  for (const w of ['classifier.weights.h5', 'classifier_legacy.h5']) {
    const r = await run('diff', fx('models', 'classifier.json'), fx('weights', w), '--json');
    assert.equal(r.code, 0, w);
    const j = JSON.parse(r.out);
    assert.equal(j.verdict, 'compatible');
    assert.equal(j.schemaVersion, 1);
    assert.deepEqual(j.coverage.matched, 4);
    assert.equal(j.loader.rule, w.endsWith('.weights.h5') ? 'path' : 'order');
    assert.equal(typeof j.loader.reason, 'string');
  }
  const t = await run('diff', fx('tfjs', 'model.json'));
  assert.equal(t.code, 0);
  assert.match(t.out, /^✔ compatible/);
});

test('scenario 2, mismatched shapes: every difference at once, exit 1', async () => {
  const r = await run('diff', fx('models', 'classifier_wide.json'), fx('weights', 'classifier_legacy.h5'), '--json');
  assert.equal(r.code, 1);
  const j = JSON.parse(r.out);
  assert.equal(j.verdict, 'incompatible');
  const shapes = j.findings.filter((f: FindingJson) => f.code === 'shape-mismatch').map((f: FindingJson) => [f.layer, f.weight, f.expected, f.actual]);
  assert.equal(shapes.length, 3, JSON.stringify(j.findings, null, 1));
  for (const f of j.findings) for (const k of ['severity', 'code', 'layer', 'message']) assert.ok(k in f, k);
  // Keras 3's own sentence, missing space included.
  assert.ok(j.findings.some((f: FindingJson) => /^Shape mismatch in layer #0 \(named conv1\)for weight/.test(f.message)));
});

test('scenario 3, transfer learning: the new head is named and an allowance makes it pass', async () => {
  const plain = await run('diff', fx('models', 'classifier_finetune.json'), fx('weights', 'classifier.weights.h5'));
  assert.equal(plain.code, 1);
  assert.match(plain.out, /Only the head differs/);
  assert.match(plain.out, /--allow-mismatch new_dense/);
  const allowed = await run('diff', fx('models', 'classifier_finetune.json'), fx('weights', 'classifier.weights.h5'), '--allow-mismatch', 'new_dense', '--skip-mismatch', '--json');
  assert.equal(allowed.code, 0);
  const j = JSON.parse(allowed.out);
  assert.equal(j.verdict, 'compatible');
  assert.ok(j.findings.length > 0 && j.findings.every((f: FindingJson) => f.severity === 'info'), 'allowed differences stay visible as info');
});

test('--markdown renders the report the PR comment reuses', async () => {
  const r = await run('diff', fx('models', 'classifier_wide.json'), fx('weights', 'classifier.weights.h5'), '--markdown');
  assert.equal(r.code, 1);
  assert.match(r.out, /incompatible/);
  assert.match(r.out, /\| .* \| .* \|/);
});

test('a .keras file diffs against itself; a weights-only file as the definition is a usage problem', { skip: SKIP_SHARED }, async () => {
  const ok = await run('diff', shared('keras3-corpus', 'conv_variety.keras'));
  assert.equal(ok.code, 0, ok.out + ok.err);
  const bad = await run('diff', shared('keras3-corpus', 'mlp.weights.h5'));
  assert.equal(bad.code, 2);
  assert.match(bad.err, /holds weights but no model definition/);
});

test('bad options and unreadable files exit 2', async () => {
  assert.equal((await run('diff', fx('models', 'classifier.json'), fx('weights', 'classifier.weights.h5'), '--loader', 'sideways')).code, 2);
  const r = await run('diff', fx('models', 'classifier.json'), fx('weights', 'gone.h5'));
  assert.equal(r.code, 2);
  assert.match(r.err, /gone\.h5: no such file/);
});

test("one model's definition against another model's weights gives specific findings, not a crash", { skip: SKIP_SHARED }, async () => {
  const defs = ['real-models/mlcommons-tiny/pretrainedResnet.h5', 'real-models/kotlindl-lstm/model.json', 'keras3-modern/mha_encoder.model.json', 'real-models/nsfwjs-mobilenet_v2/model.json'];
  const weights = ['real-models/apple-disease-classification/model.h5', 'keras3-corpus/mnist_cnn.weights.h5', 'real-models/face_classification/tiny_XCEPTION_KDEF.hdf5', 'real-models/wehack-fraud-tfjs/model.json', 'keras3-modern/gru_classifier.keras'];
  for (const d of defs) {
    for (const w of weights) {
      const r = await run('diff', shared(...d.split('/')), shared(...w.split('/')), '--json');
      assert.equal(r.code, 1, `${d} vs ${w}: ${r.err}`);
      const j = JSON.parse(r.out);
      assert.equal(j.verdict, 'incompatible');
      assert.ok(j.findings.some((f: FindingJson) => f.severity === 'error' && f.layer), `${d} vs ${w}`);
    }
  }
});
