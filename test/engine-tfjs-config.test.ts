// The config translation (src/engine/tfjs-config/) on hostile configs: names and classes that are
// not strings, class names that are Object.prototype keys, and tensor references whose indices are
// objects. Each must give a blocker or a graph problem naming the layer, never a crash or a
// blocker built from something Object.prototype holds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeBlockers, normalizeConfig } from '../src/engine/normalize-config.js';
import { validateGraph } from '../src/engine/build-model.js';

const dense = (name: unknown, cls: unknown = 'Dense') => ({ class_name: cls, config: { name, units: 2 } });

test('class names that are Object.prototype keys are unknown classes, in every generation', () => {
  for (const generation of [1, 2, 3] as const) {
    for (const cls of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const n = normalizeConfig({ class_name: 'Sequential', config: { name: 's', layers: [{ ...dense('d'), config: { name: 'd', batch_input_shape: [null, 3] } }, dense('odd', cls)] } }, generation);
      assert.deepEqual(n.blockers.map((b) => [b.layer, b.className, b.why]), [['odd', cls, 'no TF.js 4.22 layer of this class']], `${cls} in Keras ${generation}`);
    }
  }
});

test('a layer name or class that is an object is shown as JSON, not converted (String() throws on {"toString": 1})', () => {
  const hostile = { toString: 1, valueOf: 1 };
  const n = normalizeConfig({ class_name: 'Sequential', config: { name: 's', layers: [dense(hostile, hostile)] } }, 2);
  assert.match(describeBlockers(n.blockers), /\{"toString":1,"valueOf":1\}/);
});

test('a Keras 3 tensor reference whose indices are objects becomes a graph problem, not a crash', () => {
  const hostile = { toString: 1, valueOf: 1 };
  const tensor = (layer: string) => ({ class_name: '__keras_tensor__', config: { keras_history: [layer, hostile, 0] } });
  const n = normalizeConfig({
    class_name: 'Functional',
    config: {
      name: 'f',
      layers: [
        { class_name: 'InputLayer', name: 'x', config: { name: 'x', batch_shape: [null, 3] }, inbound_nodes: [] },
        { class_name: 'Dense', name: 'd', config: { name: 'd', units: 2 }, inbound_nodes: [{ args: [tensor('x')], kwargs: {} }] },
      ],
      input_layers: [['x', 0, 0]],
      output_layers: [['d', 0, 0]],
    },
  }, 3);
  assert.deepEqual(n.blockers, []);
  assert.match(validateGraph(n.config).join('\n'), /input 0 of call #0 of 'd' is not a \[layer, node, tensor\] reference/);
});
