// Loading on the WASM engine, where values travel through reused staging buffers, the next layer is
// read while this one uploads, and overwritten variables start as unwritten heap storage: every
// variable must still end up holding exactly its own saved values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import h5wasm from 'h5wasm/node';
import { selectEngine, type WeightAssignment } from '../src/engine/index.js';
import { buildModel, prepareInitializers } from '../src/engine/build-model.js';
import { fullyAssignedLayers, loadAssignments } from '../src/engine/load-weights.js';
import { normalizeConfig } from '../src/engine/normalize-config.js';
import { UNSET_INITIALIZER } from '../src/engine/unset-initializer.js';
import { openFile } from '../src/formats/open.js';
import { definitionOf } from './helpers/memory-artifact.js';
import { valueAt } from '../src/sources/json-value.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-wasm-load-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const N = 64;
const value = (layer: number, v: number, i: number) => layer * 1000 + v * 100 + (i % 97) / 8;

/** Keras 3 weights for `layers` Dense N→N layers, kernel and bias of layer k filled from value(k, …). */
async function weightsFile(layers: number): Promise<string> {
  await h5wasm.ready;
  const file = path.join(dir, `dense${layers}.weights.h5`);
  const f = new h5wasm.File(file, 'w');
  f.create_group('layers');
  for (let k = 0; k < layers; k++) {
    const name = k ? `dense_${k}` : 'dense';
    f.create_group(`layers/${name}`);
    const vars = f.create_group(`layers/${name}/vars`);
    vars.create_attribute('name', name);
    vars.create_dataset({ name: '0', data: Float32Array.from({ length: N * N }, (_, i) => value(k, 0, i)), shape: [N, N], dtype: '<f' });
    vars.create_dataset({ name: '1', data: Float32Array.from({ length: N }, (_, i) => value(k, 1, i)), shape: [N], dtype: '<f' });
  }
  f.create_group('vars');
  f.close();
  return file;
}

/** The WASM engine made current, and a weights file of `layers` Dense layers opened. */
async function onWasm(layers: number) {
  const engine = await selectEngine('wasm');
  await engine.tf.setBackend(engine.backend);
  const artifact = (await openFile(await weightsFile(layers))).artifact!;
  return { tf: engine.tf, artifact };
}

function definition(layers: string[]) {
  return definitionOf({
    class_name: 'Sequential',
    config: {
      name: 'seq',
      layers: [
        { class_name: 'InputLayer', config: { name: 'in', batch_input_shape: [null, N], dtype: 'float32' } },
        ...layers.map((name) => ({ class_name: 'Dense', config: { name, units: N, activation: 'linear' } })),
      ],
    },
  });
}

test('every variable holds its own saved values, including saved variables loaded into two layers, next to each other or apart', async () => {
  const { tf, artifact } = await onWasm(4);
  try {
    // a and b from the same saved layer (b's values are still needed when a is done), then c, d, e
    // from the other three, then f from the first again, after three other layers have been through
    // the staging buffers (same sizes: any early reuse of a buffer leaves a layer holding another's
    // values).
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const def = definition(names);
    const source = ['dense', 'dense', 'dense_1', 'dense_2', 'dense_3', 'dense'];
    const saved = (name: string) => artifact.layers.find((l) => l.name === name)!.weights;
    const assignments: WeightAssignment[] = def.layers.filter((l) => l.weights.length).flatMap((l, k) => saved(source[k]!).map((s, weightIndex) => ({ layer: l.name, weightIndex, saved: s })));
    const n = normalizeConfig(def.config, def.generation);
    prepareInitializers(n.config, fullyAssignedLayers(def, assignments), 1);
    assert.equal(valueAt(n.config, 'config', 'layers', 1, 'config', 'kernel_initializer', 'class_name'), UNSET_INITIALIZER);
    const model = await buildModel(tf, n.config);
    try {
      await loadAssignments(tf, model, def, artifact, assignments);
      names.forEach((name, k) => {
        const from = ['dense', 'dense_1', 'dense_2', 'dense_3', 'dense'].indexOf(source[k]!);
        const [kernel, bias] = model.getLayer(name).getWeights().map((t) => t.dataSync());
        assert.deepEqual(kernel, Float32Array.from({ length: N * N }, (_, i) => value(from, 0, i)), `${name} kernel`);
        assert.deepEqual(bias, Float32Array.from({ length: N }, (_, i) => value(from, 1, i)), `${name} bias`);
      });
    } finally {
      model.dispose();
    }
  } finally {
    await artifact.close();
  }
});

test('a layer that fails to load stops the load cleanly while the next layer is being read', async () => {
  const { tf, artifact } = await onWasm(3);
  try {
    const def = definition(['a', 'b', 'c']);
    const saved = artifact.layers.map((l) => l.weights);
    // b gets a's bias as its kernel: the shape check refuses it while c's values are in flight.
    const assignments: WeightAssignment[] = [
      { layer: 'a', weightIndex: 0, saved: saved[0]![0]! }, { layer: 'a', weightIndex: 1, saved: saved[0]![1]! },
      { layer: 'b', weightIndex: 0, saved: saved[1]![1]! }, { layer: 'b', weightIndex: 1, saved: saved[1]![1]! },
      { layer: 'c', weightIndex: 0, saved: saved[2]![0]! }, { layer: 'c', weightIndex: 1, saved: saved[2]![1]! },
    ];
    const n = normalizeConfig(def.config, def.generation);
    prepareInitializers(n.config, fullyAssignedLayers(def, assignments), 1);
    const model = await buildModel(tf, n.config);
    const before = tf.memory().numTensors;
    try {
      await assert.rejects(loadAssignments(tf, model, def, artifact, assignments), /layer 'b' variable .*kernel.*expects \[64, 64\].*\[64\]/);
      assert.equal(tf.memory().numTensors, before, 'no tensor of the failed load is left behind');
    } finally {
      model.dispose();
    }
  } finally {
    await artifact.close();
  }
});
