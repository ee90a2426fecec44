// Readers and the definition walker against files written by real Keras 3.15.1 (../shared).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openFile } from '../src/formats/open.js';
import type { ArtifactModel, DefinitionModel } from '../src/model/types.js';
import { HAVE_SHARED, SKIP_SHARED, manifest, present, shared, type ManifestModel, type ManifestWeight } from './helpers/shared.js';

const corpora = HAVE_SHARED ? (['keras3-corpus', 'keras3-modern'] as const) : [];

function expectedFlat(def: DefinitionModel) {
  return def.layers.filter((l) => !l.isOperation).flatMap((l) => l.weights);
}

/** The manifest prints `model.weights` paths; a Sequential prefixes them with the model name. */
function manifestPath(m: ManifestModel, w: ManifestWeight): string {
  return m.class === 'Sequential' ? w.path.slice(m.model_name.length + 1) : w.path;
}

for (const corpus of corpora) {
  const man = manifest(corpus);
  for (const [model, m] of Object.entries(man.models)) {
    test(`${corpus}/${model}: expected weights from .model.json equal the manifest`, async () => {
      const opened = await openFile(shared(corpus, `${model}.model.json`));
      const def = opened.definition!;
      assert.equal(def.generation, 3);
      assert.deepEqual(
        def.layers.filter((l) => !l.isOperation).map((l) => [l.name, l.className, l.weights.length]),
        m.layers.map((l) => [l.name, l.class, l.n_weights]),
      );
      const got = expectedFlat(def).map((w) => ({ path: w.path, shape: w.shape, dtype: w.dtype, trainable: w.trainable }));
      const want = m.weights.map((w: ManifestWeight) => ({ path: manifestPath(m, w), shape: w.shape, dtype: w.dtype, trainable: w.trainable }));
      assert.deepEqual(got, want);
      for (const l of def.layers) assert.equal(l.status, 'known', `${l.name}: ${l.note}`);
    });

    const files: string[] = [m.files.keras, m.files.weights_h5, m.files.legacy_h5, m.files.legacy_weights_h5, m.files.sharded_weights?.[0], m.files.unzipped_dir].filter(present);
    for (const f of files) {
      test(`${corpus}/${f}: saved weights equal the manifest`, async () => {
        const opened = await openFile(shared(corpus, f));
        const a = opened.artifact!;
        try {
          assert.ok(a, 'an artifact');
          checkSaved(a, m);
          if (opened.definition) {
            const got = expectedFlat(opened.definition).map((w) => [w.path, w.shape, w.dtype]);
            assert.deepEqual(got, m.weights.map((w: ManifestWeight) => [manifestPath(m, w), w.shape, w.dtype]));
          }
        } finally {
          await a.close();
        }
      });
    }
  }
}

function checkSaved(a: ArtifactModel, m: ManifestModel) {
  const withWeights = a.layers.filter((l) => l.weights.length);
  if (a.format === 'keras-h5-full' || a.format === 'keras-h5-weights') {
    // Legacy files record names and order: the flat list must be the manifest's, name for name.
    const got = withWeights.flatMap((l) => l.weights.map((w) => ({ path: w.name, shape: w.shape, dtype: w.dtype })));
    assert.deepEqual(got, m.weights.map((w: ManifestWeight) => ({ path: w.path, shape: w.shape, dtype: w.dtype })));
    assert.deepEqual(a.layers.map((l) => l.name), m.layers.filter((l) => m.class === 'Functional' || l.class !== 'InputLayer').map((l) => l.name));
    return;
  }
  // Keras 3 stores: no cross-layer order on disk, but each layer (recorded by name since 3.6) holds
  // its variables in model.weights order once sub-objects are visited as Keras lists them.
  assert.equal(a.generation, 3);
  const want = new Map<string, ManifestWeight[]>();
  for (const w of m.weights) {
    const layer = m.class === 'Sequential' ? w.path.split('/')[1] : w.path.split('/')[0];
    want.set(layer!, [...(want.get(layer!) ?? []), w]);
  }
  assert.deepEqual(withWeights.map((l) => l.name).sort(), [...want.keys()].sort());
  for (const l of withWeights) {
    assert.ok(l.nameRecorded, `${l.name} recorded`);
    assert.deepEqual(l.weights.map((w) => [w.shape, w.dtype]), want.get(l.name)!.map((w) => [w.shape, w.dtype]), l.name);
  }
}

test('corpus present', { skip: SKIP_SHARED }, () => {
  assert.ok(HAVE_SHARED);
});

// Keras 3 pairs by object path: every expected variable must sit at the path and index we derived.
for (const corpus of corpora) {
  const man = manifest(corpus);
  for (const [model, m] of Object.entries(man.models)) {
    const stores = [m.files.keras, m.files.weights_h5, m.files.sharded_weights?.[0]].filter(present);
    for (const f of stores) {
      test(`${corpus}/${model}.model.json object paths resolve in ${f}`, async () => {
        const def = (await openFile(shared(corpus, `${model}.model.json`))).definition!;
        const a = (await openFile(shared(corpus, f))).artifact!;
        try {
          const saved = new Map(a.layers.flatMap((l) => l.weights).map((w) => [`${w.objectPath}#${w.index}`, w]));
          const expected = expectedFlat(def);
          for (const w of expected) {
            const s = saved.get(`${w.objectPath}#${w.index}`);
            assert.ok(s, `${w.path} expected at ${w.objectPath}/vars/${w.index}`);
            assert.deepEqual(s.shape, w.shape, w.path);
          }
          assert.equal(saved.size, expected.length, 'nothing saved beyond what the model expects');
          // Keras >= 3.6 records each layer's name on its vars group: it must be the layer at that path.
          for (const l of def.layers.filter((x) => x.objectPath)) {
            const sl = a.layers.find((x) => x.path === l.objectPath);
            if (sl?.nameRecorded) assert.equal(sl.name, l.name, l.objectPath);
          }
        } finally {
          await a.close();
        }
      });
    }
  }
}
