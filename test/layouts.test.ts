// Verdicts on the layouts real repositories hold (fixtures/layouts/, written by
// scripts/make-layout-fixtures.py in the layouts tf-keras and Keras 3 write; the layout itself is
// checked against real Keras files in layout-fixtures.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diff, type DiffReport } from '../src/diff/index.js';
import { openPair } from '../src/formats/open.js';
import { fx, run } from './helpers/cli.js';

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
