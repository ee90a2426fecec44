// The definition walker marks a layer 'partial' only for the errors that mean "this config does not
// say enough" (an open shape, a config Keras would reject); a defect in weightgate itself propagates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefinition } from '../src/model/definition.js';
import { lookupLayer } from '../src/model/layers/catalogue.js';
import { LayerConfigError } from '../src/model/layers/shape-math.js';
import type { LayerSpec } from '../src/model/layers/spec.js';

const sequential = (dense: Record<string, unknown>) => ({
  class_name: 'Sequential',
  config: { name: 'm', layers: [{ class_name: 'Dense', config: { name: 'd', batch_input_shape: [null, 4], ...dense } }] },
});

/** Runs `body` with the catalogue's Dense spec computing its variables by `variables` instead. */
function withDenseVariables(variables: LayerSpec['variables'], body: () => void): void {
  const spec = lookupLayer('Dense', 2);
  assert.ok(spec);
  const original = spec.variables;
  spec.variables = variables;
  try {
    body();
  } finally {
    spec.variables = original;
  }
}

test('a programming error inside a layer spec propagates instead of becoming a partial layer', () => {
  withDenseVariables(() => {
    throw new TypeError("Cannot read properties of undefined (reading 'length')");
  }, () => {
    assert.throws(() => buildDefinition({ source: 'm.json', format: 'keras-json', raw: sequential({ units: 3 }) }), TypeError);
  });
});

test('a config the layer would reject still makes a partial layer with the reason', () => {
  withDenseVariables(() => {
    throw new LayerConfigError('units must be positive');
  }, () => {
    const def = buildDefinition({ source: 'm.json', format: 'keras-json', raw: sequential({ units: 3 }) });
    const [dense] = def.layers;
    assert.equal(dense?.status, 'partial');
    assert.match(dense?.note ?? '', /units must be positive/);
  });
});

test('hostile config values are config errors, not crashes: objects for numbers, values nested too deep to print', () => {
  let deep: unknown = 1;
  for (let i = 0; i < 20_000; i++) deep = [deep];
  for (const units of [{ toString: 1 }, deep]) {
    const def = buildDefinition({ source: 'm.json', format: 'keras-json', raw: sequential({ units }) });
    const [dense] = def.layers;
    assert.equal(dense?.status, 'partial');
    assert.match(dense?.note ?? '', /config key 'units' should be a number/);
  }
});
