// Hints that explain a difference: the head's width counted as the layer outputs it (not the fused
// gate width), no retrain-the-head advice for a backbone, and linear cost in the number of layers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diff } from '../src/diff/index.js';
import { openPair } from '../src/formats/open.js';
import { definitionOf, floats, memoryArtifact, type MemoryWeight } from './helpers/memory-artifact.js';
import { SKIP_SHARED, shared } from './helpers/shared.js';

const w = (name: string, shape: number[]): MemoryWeight => ({ name, shape, data: floats(shape.reduce((a, b) => a * b, 1), () => 0) });
const seq = (layers: unknown[]) => ({ class_name: 'Sequential', config: { name: 's', layers } });
const headHint = (r: ReturnType<typeof diff>) => r.hints.find((h) => h.kind === 'head-changed');

test('a resized LSTM head: outputs counted as units, not as the 4·units gate width', () => {
  const def = definitionOf(seq([
    { class_name: 'Dense', config: { name: 'embed', units: 4, batch_input_shape: [null, 6, 3] } },
    { class_name: 'LSTM', config: { name: 'head', units: 5 } },
  ]));
  const file = memoryArtifact({
    embed: [w('embed/kernel:0', [3, 4]), w('embed/bias:0', [4])],
    head: [w('head/kernel:0', [4, 32]), w('head/recurrent_kernel:0', [8, 32]), w('head/bias:0', [32])],
  });
  const hint = headHint(diff(def, file, { runtime: 'keras3' }));
  assert.ok(hint, 'head-changed hint');
  assert.match(hint.message, /8 outputs in the file, 5 in the model/);
});

test('a concatenating Bidirectional GRU head: both directions counted', () => {
  const def = definitionOf(seq([
    { class_name: 'Dense', config: { name: 'embed', units: 4, batch_input_shape: [null, 6, 3] } },
    { class_name: 'Bidirectional', config: { name: 'head', merge_mode: 'concat', layer: { class_name: 'GRU', config: { name: 'g', units: 5, reset_after: true } } } },
  ]));
  const gru = (u: number, p: string) => [w(`${p}/kernel:0`, [4, 3 * u]), w(`${p}/recurrent_kernel:0`, [u, 3 * u]), w(`${p}/bias:0`, [2, 3 * u])];
  const file = memoryArtifact({ embed: [w('embed/kernel:0', [3, 4]), w('embed/bias:0', [4])], head: [...gru(7, 'f'), ...gru(7, 'b')] });
  const hint = headHint(diff(def, file, { runtime: 'keras3' }));
  assert.ok(hint);
  assert.match(hint.message, /14 outputs in the file, 10 in the model/);
});

test('by-name pairing of 20,000 renamed layers completes with every rename found (linear, not quadratic)', () => {
  const n = 20_000;
  const layers = Array.from({ length: n }, (_, i) => ({ class_name: 'Dense', config: { name: `dense_${i + 1}`, units: 1, ...(i === 0 ? { batch_input_shape: [null, 1] } : {}) } }));
  const def = definitionOf(seq(layers));
  const file = memoryArtifact(Object.fromEntries(Array.from({ length: n }, (_, i) => [`dense_${i + n + 1}`, [w('kernel:0', [1, 1]), w('bias:0', [1])]])));
  const r = diff(def, file, { byName: true });
  const map = r.hints.find((h) => h.kind === 'rename-map');
  assert.ok(map && map.kind === 'rename-map');
  assert.equal(Object.keys(map.map).length, n);
});

test('a TF.js manifest whose names carry the model name (TF.js converter on Keras 3): the hint says what to drop', { skip: SKIP_SHARED }, async () => {
  const pair = await openPair(shared('real-models', 'wehack-fraud-tfjs', 'model.json'));
  try {
    const r = diff(pair.def.definition!, pair.weights.artifact!);
    const hint = r.hints.find((h) => h.kind === 'model-name-prefix');
    assert.ok(hint && hint.kind === 'model-name-prefix', JSON.stringify(r.hints));
    assert.equal(hint.prefix, 'sequential');
    assert.equal(hint.count, 26);
    assert.match(hint.message, /start with 'sequential\/', the model's own name, and pair once it is dropped/);
  } finally {
    await pair.close();
  }
});
