// Weights straight into the engine's memory: on the WASM engine each value is copied from staging
// into its variable's own heap storage as the reader's slices land (no tensor made and assigned), and
// staging holds no more than one layer's values at a time. Values the reader decodes (float16) or
// the HDF5 library converts (big-endian), and the CPU engine, which keeps the reader's own array, end
// up exactly right too.
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { selectEngine, type WeightAssignment } from '../src/engine/index.js';
import { buildModel, prepareInitializers } from '../src/engine/build-model.js';
import { fullyAssignedLayers, loadAssignments, loadStats } from '../src/engine/load-weights.js';
import { normalizeConfig } from '../src/engine/normalize-config.js';
import { openFile } from '../src/formats/open.js';
import type { ArtifactModel } from '../src/model/types.js';
import { StagedRead, Staging } from '../src/sources/staging.js';
import { definitionOf } from './helpers/memory-artifact.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-load-direct-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

// 1100² float32 is 4.6 MiB: a kernel crosses from the HDF5 worker in one slice, four layers' in four.
const N = 1100;
const value = (layer: number, v: number, i: number) => layer * 1000 + v * 100 + (i % 97) / 8;

/**
 * Keras 3 weights of Dense N→N layers, written by h5py (h5wasm writes neither float16 nor big-endian);
 * `dtypes[k]` is how layer k's kernel is stored, as numpy spells it.
 */
function weightsFile(name: string, dtypes: string[]): string {
  const file = path.join(dir, `${name}.weights.h5`);
  execFileSync('/usr/bin/python3', ['-c', [
    'import sys, json, h5py, numpy as np',
    'n, dtypes = int(sys.argv[2]), json.loads(sys.argv[3])',
    'i = np.arange(n * n)',
    'with h5py.File(sys.argv[1], "w") as f:',
    '    f.create_group("vars")',
    '    for k, dt in enumerate(dtypes):',
    '        g = f.create_group(f"layers/{\'dense_%d\' % k if k else \'dense\'}/vars")',
    '        g.attrs["name"] = "dense_%d" % k if k else "dense"',
    '        g.create_dataset("0", data=(k * 1000 + (i % 97) / 8).reshape(n, n).astype(dt))',
    '        g.create_dataset("1", data=(k * 1000 + 100 + np.arange(n) % 97 / 8).astype("<f4"))',
  ].join('\n'), file, String(N), JSON.stringify(dtypes)]);
  return file;
}

function definition(layers: number) {
  return definitionOf({
    class_name: 'Sequential',
    config: {
      name: 'seq',
      layers: [
        { class_name: 'InputLayer', config: { name: 'in', batch_input_shape: [null, N], dtype: 'float32' } },
        ...Array.from({ length: layers }, (_, k) => ({ class_name: 'Dense', config: { name: `d${k}`, units: N, activation: 'linear' } })),
      ],
    },
  });
}

/** Loads `file` into a Dense model on `engine`; checks every value; returns the load's figures. */
async function loadAndCheck(engine: 'wasm' | 'cpu', file: string, layers: number) {
  const e = await selectEngine(engine);
  await e.tf.setBackend(e.backend);
  const artifact: ArtifactModel = (await openFile(file)).artifact!;
  try {
    const def = definition(layers);
    const assignments: WeightAssignment[] = def.layers.filter((l) => l.weights.length)
      .flatMap((l, k) => artifact.layers[k]!.weights.map((saved, weightIndex) => ({ layer: l.name, weightIndex, saved })));
    const n = normalizeConfig(def.config, def.generation);
    prepareInitializers(n.config, fullyAssignedLayers(def, assignments), 1);
    const model = await buildModel(e.tf, n.config);
    try {
      const summary = await loadAssignments(e.tf, model, def, artifact, assignments);
      assert.equal(summary.assigned, 2 * layers);
      for (let k = 0; k < layers; k++) {
        const [kernel, bias] = model.getLayer(`d${k}`).getWeights().map((t) => t.dataSync());
        assert.deepEqual(kernel, Float32Array.from({ length: N * N }, (_, i) => value(k, 0, i)), `d${k} kernel`);
        assert.deepEqual(bias, Float32Array.from({ length: N }, (_, i) => value(k, 1, i)), `d${k} bias`);
      }
      return { ...loadStats };
    } finally {
      model.dispose();
    }
  } finally {
    await artifact.close();
  }
}

const LAYER_BYTES = (N * N + N) * 4;

test('on WASM every value goes straight into its variable\'s heap storage, and staging holds one layer at most', async () => {
  const stats = await loadAndCheck('wasm', weightsFile('plain', ['<f4', '<f4', '<f4', '<f4']), 4);
  assert.equal(stats.direct, 8, 'every kernel and bias written into its own storage');
  assert.equal(stats.staged, 0, 'no tensor made and assigned');
  assert.ok(stats.peakStagedBytes > 0 && stats.peakStagedBytes <= LAYER_BYTES, `staging held ${stats.peakStagedBytes} bytes at most, one layer is ${LAYER_BYTES}`);
});

test('float16 values (decoded, then written whole) and big-endian ones (converted by the library) land right', async () => {
  const stats = await loadAndCheck('wasm', weightsFile('converted', ['<f2', '>f4', '<f4']), 3);
  assert.equal(stats.direct, 6);
  assert.ok(stats.peakStagedBytes <= LAYER_BYTES, `staging held ${stats.peakStagedBytes} bytes`);
});

test('on the CPU engine the values are the tensors\' own, nothing staged for reuse', async () => {
  const stats = await loadAndCheck('cpu', weightsFile('cpu', ['<f4', '>f4']), 2);
  assert.equal(stats.direct, 0);
  assert.equal(stats.staged, 4);
  assert.equal(stats.peakStagedBytes, 0);
});

test('the HDF5 reader counts the bytes it has written into a lent buffer, slice by slice, for the borrower to follow', async () => {
  const artifact = (await openFile(weightsFile('counted', ['<f4', '>f4']))).artifact!;
  try {
    const pool = new Staging();
    for (const saved of artifact.layers.flatMap((l) => l.weights)) {
      const read = new StagedRead(pool, true);
      const data = await artifact.read(saved, { staging: read });
      assert.equal(data.buffer, read.buffer, `${saved.path} sits in the buffer lent`);
      assert.equal(read.written(), data.byteLength, `${saved.path}: the counter says every byte is written`);
      pool.release(data);
    }
    const quiet = new StagedRead(pool, false);
    await artifact.read(artifact.layers[0]!.weights[0]!, { staging: quiet });
    assert.equal(quiet.written(), 0, 'a borrower that does not follow the read gets no counter');
  } finally {
    await artifact.close();
  }
});
