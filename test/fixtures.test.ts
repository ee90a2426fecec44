// The bundled example (fixtures/, written by scripts/make-fixtures.ts with h5wasm) must look to a
// reader exactly like files real Keras wrote: same layout, attribute types and config keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import h5wasm from 'h5wasm/node';
import { openFile } from '../src/formats/open.js';
import { SKIP_SHARED, shared } from './helpers/shared.js';

const fx = (...p: string[]) => path.resolve(import.meta.dirname, '..', 'fixtures', ...p);

/** Layout of an HDF5 file with names abstracted: which groups/datasets exist, and each attribute's type. */
async function signature(file: string, rename: (p: string) => string): Promise<Set<string>> {
  await h5wasm.ready;
  const f = new h5wasm.File(file, 'r');
  const out = new Set<string>();
  type Group = InstanceType<typeof h5wasm.Group>;
  const attrs = (o: Group | InstanceType<typeof h5wasm.Dataset>, p: string) => {
    for (const [k, a] of Object.entries(o.attrs)) {
      const md = a.metadata;
      // h5wasm writes vlen UTF-8 where h5py writes vlen ASCII; readers decode both (tested on real files),
      // so the signature keeps the type class and rank, not the charset.
      const kind = `${md.type === 3 ? 'string' : md.type === 1 ? `float${md.size * 8}` : `type${md.type}`}[${a.shape!.length}]`;
      out.add(`${rename(p)}@${k.replace(/\d+$/, '')}:${kind}`);
    }
  };
  const walk = (g: Group, p: string) => {
    attrs(g, p);
    for (const k of g.keys()) {
      const c = g.get(k);
      const cp = `${p}/${k}`;
      if (c instanceof h5wasm.Dataset) out.add(`${rename(cp)}:dataset:${JSON.stringify(c.dtype)}`);
      else {
        assert.ok(c instanceof h5wasm.Group, `${cp} is a group or a dataset`);
        walk(c, cp);
      }
    }
  };
  walk(f, '');
  f.close();
  return out;
}

test('the Keras 3 .weights.h5 fixture has the layout Keras 3.15 writes', { skip: SKIP_SHARED }, async () => {
  const gen = (p: string) => p.replace(/\/layers\/[a-z_0-9]+/, '/layers/X').replace(/\/vars\/\d+$/, '/vars/N');
  const real = await signature(shared('keras3-corpus', 'mnist_cnn.weights.h5'), gen);
  const ours = await signature(fx('weights', 'classifier.weights.h5'), gen);
  real.delete('/optimizer/vars@name:string');
  for (const s of [...real].filter((x) => x.startsWith('/optimizer'))) real.delete(s);
  assert.deepEqual([...ours].sort(), [...real].sort());
});

test('the legacy weights-only fixture has the layout tf.keras 2.x writes', { skip: SKIP_SHARED }, async () => {
  const gen = (p: string) => p.split('/').map((s, i) => (i === 0 ? s : i === 3 ? s.replace(/^[a-z_]+(:0)$/, 'W$1') : 'L')).join('/');
  const real = await signature(shared('real-models', 'apple-disease-classification', 'model.h5'), gen);
  const ours = await signature(fx('weights', 'classifier_legacy.h5'), gen);
  assert.deepEqual([...ours].sort(), [...real].sort());
});

test('the definition fixtures use the keys Keras 3 to_json() writes', { skip: SKIP_SHARED }, () => {
  type Entry = { config: Record<string, unknown> };
  type ModelJson = { config: { layers: (Entry & { class_name: string })[] } };
  const keys = (o: object): string[] => Object.keys(o).sort();
  const real = JSON.parse(readFileSync(shared('keras3-corpus', 'mnist_cnn.model.json'), 'utf8'));
  const ours = JSON.parse(readFileSync(fx('models', 'classifier.json'), 'utf8'));
  // The corpus model was compiled (compile_config); the fixtures are not, as in most to_json() output.
  assert.deepEqual(keys(ours), keys(real).filter((k) => k !== 'compile_config'));
  assert.deepEqual(keys(ours.config), keys(real.config));
  const byClass = (m: ModelJson) => Object.fromEntries(m.config.layers.map((l) => [l.class_name, { top: keys(l), cfg: keys(l.config) }]));
  const r = byClass(real);
  for (const [cls, k] of Object.entries(byClass(ours))) assert.deepEqual(k, r[cls], cls);
});

test('the TF.js fixture has the layout tfjs-layers save() writes', { skip: SKIP_SHARED }, () => {
  const real = JSON.parse(readFileSync(shared('real-models', 'tfjs-e2e-layers-model', 'model.json'), 'utf8'));
  const ours = JSON.parse(readFileSync(fx('tfjs', 'model.json'), 'utf8'));
  assert.deepEqual(Object.keys(ours).sort(), Object.keys(real).sort());
  assert.deepEqual(Object.keys(ours.modelTopology).sort(), Object.keys(real.modelTopology).sort());
  assert.deepEqual(Object.keys(ours.weightsManifest[0]).sort(), Object.keys(real.weightsManifest[0]).sort());
});

test('every fixture definition matches its weights the way the loader pairs them', async () => {
  const def = (await openFile(fx('models', 'classifier.json'))).definition!;
  for (const w of ['classifier.weights.h5', 'classifier_legacy.h5']) {
    const a = (await openFile(fx('weights', w))).artifact!;
    const saved = a.layers.filter((l) => l.weights.length).flatMap((l) => l.weights.map((x) => x.shape));
    assert.deepEqual(saved, def.layers.flatMap((l) => l.weights.map((x) => x.shape)), w);
    await a.close();
  }
  const t = await openFile(fx('tfjs', 'model.json'));
  assert.deepEqual(t.artifact!.layers.flatMap((l) => l.weights.map((x) => x.shape)), def.layers.flatMap((l) => l.weights.map((x) => x.shape)));
});
