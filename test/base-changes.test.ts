// The pieces of `check --base` that need no git: what changed between two definitions Keras wrote
// (the corpus' broken variants against their base model), and the trend of a model across commits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { failsAsNew, trendOf } from '../src/check/trend.js';
import { definitionChanges } from '../src/diff/definition-changes.js';
import { openFile } from '../src/formats/open.js';
import type { DefinitionModel } from '../src/model/types.js';
import { shared } from './helpers/shared.js';

async function def(name: string): Promise<DefinitionModel> {
  const o = await openFile(shared('keras3-corpus', `${name}.model.json`));
  assert.ok(o.definition);
  return o.definition;
}

test('the same definition has no changes', async () => {
  assert.equal(definitionChanges(await def('mnist_cnn'), await def('mnist_cnn')), null);
});

test('a resized conv layer is reshaped, with both shapes (and the dense layer it feeds)', async () => {
  const c = definitionChanges(await def('mnist_cnn'), await def('mnist_cnn__conv1_filters16'));
  assert.deepEqual(c?.layers, [
    { layer: 'conv1', change: 'reshaped', before: 'kernel (3, 3, 1, 32), bias (32,)', after: 'kernel (3, 3, 1, 16), bias (16,)' },
    { layer: 'dense', change: 'reshaped', before: 'kernel (5408, 10), bias (10,)', after: 'kernel (2704, 10), bias (10,)' },
  ]);
});

test('a renamed layer is one rename, not an added and a removed layer', async () => {
  const c = definitionChanges(await def('mnist_cnn'), await def('mnist_cnn__renamed_layer'));
  assert.deepEqual(c?.layers, [{ layer: 'conv1_renamed', change: 'renamed', before: 'conv1' }]);
});

test('an extra layer is added; a removed one is removed', async () => {
  assert.deepEqual(definitionChanges(await def('mnist_cnn'), await def('mnist_cnn__extra_layer'))?.layers, [{ layer: 'conv2', change: 'added', after: 'Conv2D' }]);
  assert.deepEqual(definitionChanges(await def('mlp'), await def('mlp__missing_layer'))?.layers, [{ layer: 'hidden_b', change: 'removed', before: 'Dense' }]);
});

test('trend: each pair of states has its word, and new-errors fails only on what the change introduced', () => {
  assert.equal(trendOf(false, true), 'introduced');
  assert.equal(trendOf(true, false), 'fixed');
  assert.equal(trendOf(true, true), 'pre-existing');
  assert.equal(trendOf(false, false), 'unchanged');
  assert.equal(trendOf(undefined, true), 'new-model');
  assert.equal(trendOf(true, undefined), 'removed-model');
  assert.deepEqual(
    (['introduced', 'fixed', 'pre-existing', 'unchanged', 'new-model', 'removed-model'] as const).flatMap((t) => [failsAsNew(t, true), failsAsNew(t, false)]),
    [true, true, false, false, false, false, false, false, true, false, false, false],
  );
});
