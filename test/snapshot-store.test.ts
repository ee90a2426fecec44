// Snapshot files: what weightgate writes numpy reads, what numpy writes (a Keras user's np.savez)
// weightgate reads, obsolete ones are found, and the change metrics equal numpy's own arithmetic.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { obsoleteSnapshots, readSnapshot, removeSnapshot, snapshotFiles, snapshotStem, writeSnapshot } from '../src/check/snapshot-store.js';
import { outputMetrics } from '../src/model/output-metrics.js';
import { InputError } from '../src/sources/errors.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'wg-snapshots-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function python(code: string): unknown {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', `import json, numpy as np\n${code}`], { encoding: 'utf8' })) as unknown;
}

test('a snapshot weightgate writes is what numpy reads, and reads back the same', async () => {
  const dir = path.join(temp, 'w');
  const x = new Float32Array([0.5, -1, 2, 3.25, 4, 5]);
  const y = new Float32Array([0.1, 0.9, 0.7, 0.3]);
  const file = await writeSnapshot(dir, 'classifier', [{ name: 'x', dtype: 'float32', shape: [2, 3], data: x }], [{ name: 'y', dtype: 'float32', shape: [2, 2], data: y }],
    { recordedBy: 'weightgate', engine: 'wasm', seed: 0, samples: 2, recorded: '2026-12-03T00:00:00.000Z' });
  assert.equal(file, snapshotFiles(dir, 'classifier').npz);
  const seen = python(`z = np.load(${JSON.stringify(file)}); print(json.dumps({k: [str(z[k].dtype), list(z[k].shape), z[k].ravel().tolist()] for k in z.files}))`);
  assert.deepEqual(seen, { input_0: ['float32', [2, 3], [...x]], output_0: ['float32', [2, 2], [...y].map((v) => Math.fround(v))] });
  const back = await readSnapshot(dir, 'classifier');
  assert.ok(back);
  assert.deepEqual([...back.inputs[0]!.data as Float32Array], [...x]);
  assert.deepEqual(back.outputs[0]!.shape, [2, 2]);
  assert.equal(back.provenance.recordedBy, 'weightgate');
  assert.equal(back.provenance.engine, 'wasm');
  assert.deepEqual(back.provenance.inputs, [{ name: 'x', shape: [2, 3], dtype: 'float32' }], 'the model\'s own input name');
});

test('a snapshot written from Keras with np.savez (no provenance file) is accepted as recorded by someone else', async () => {
  const dir = path.join(temp, 'k');
  python(`import os\nos.makedirs(${JSON.stringify(dir)})\nnp.savez(${JSON.stringify(path.join(dir, 'mlp.npz'))}, input_0=np.ones((3, 8), np.float32), output_0=np.zeros((3, 4), np.float32))\nprint(1)`);
  const s = await readSnapshot(dir, 'mlp');
  assert.equal(s?.provenance.recordedBy, 'unknown');
  assert.deepEqual(s?.outputs[0]?.shape, [3, 4]);
  assert.equal(await readSnapshot(dir, 'absent'), undefined);
});

test('arrays not named input_0…, output_0… are one error naming the file and how to write it', async () => {
  const dir = path.join(temp, 'bad');
  python(`import os\nos.makedirs(${JSON.stringify(dir)})\nnp.savez(${JSON.stringify(path.join(dir, 'm.npz'))}, input_0=np.ones(2), output_2=np.ones(2))\nprint(1)`);
  await assert.rejects(readSnapshot(dir, 'm'), (e: unknown) => e instanceof InputError && /output_0, output_1, … without gaps/.test(e.message) && /np\.savez/.test(e.message));
});

test('model ids become distinct, safe file names; obsolete snapshots are listed and removed with their provenance', async () => {
  assert.equal(snapshotStem('classifier'), 'classifier');
  assert.match(snapshotStem('models/a.json'), /^models_a\.json-[0-9a-f]{8}$/);
  assert.notEqual(snapshotStem('a/b'), snapshotStem('a_b'));
  assert.match(snapshotStem('../../etc/passwd'), /^[A-Za-z0-9._-]+$/);
  const dir = path.join(temp, 'o');
  const one = [{ name: 'x', dtype: 'float32' as const, shape: [1], data: new Float32Array([1]) }];
  await writeSnapshot(dir, 'kept', one, one, { recordedBy: 'weightgate' });
  await writeSnapshot(dir, 'gone', one, one, { recordedBy: 'weightgate' });
  writeFileSync(path.join(dir, 'notes.txt'), 'not a snapshot');
  const obsolete = await obsoleteSnapshots(dir, ['kept']);
  assert.deepEqual(obsolete, [path.join(dir, 'gone.npz')]);
  await removeSnapshot(obsolete[0]!);
  assert.deepEqual(await obsoleteSnapshots(dir, ['kept']), []);
  assert.equal(await readSnapshot(dir, 'gone'), undefined);
});

test('change metrics equal numpy\'s: max and mean |a − b|, relative error, top-1 agreement, allclose', () => {
  const a = [0.1, 0.7, 0.2, 0.5, 0.3, 0.2, 0.05, 0.05, 0.9];
  const b = [0.1, 0.6, 0.3, 0.2, 0.5, 0.3, 0.0, 0.1, 0.9];
  const want = python(`a = np.array(${JSON.stringify(a)}); b = np.array(${JSON.stringify(b)})
print(json.dumps({'max': float(np.max(np.abs(a - b))), 'mean': float(np.mean(np.abs(a - b))), 'rel': float(np.linalg.norm(a - b) / np.linalg.norm(b)),
  'top1': float(np.mean(a.reshape(3, 3).argmax(-1) == b.reshape(3, 3).argmax(-1))), 'close': bool(np.allclose(a, b, atol=0.05, rtol=0))}))`) as Record<string, number | boolean>;
  const m = outputMetrics(a, b, [3, 3], { atol: 0.05, rtol: 0 });
  assert.ok(Math.abs(m.maxAbsDiff - (want.max as number)) < 1e-15);
  assert.ok(Math.abs(m.meanAbsDiff - (want.mean as number)) < 1e-15);
  assert.ok(Math.abs(m.relativeError - (want.rel as number)) < 1e-15);
  assert.equal(m.top1Agreement, want.top1);
  assert.equal(m.withinTolerance, want.close);
  assert.equal(outputMetrics([1, 2], [1, 2], [2], { atol: 0, rtol: 0 }).top1Agreement, undefined, 'no class axis: no top-1');
  assert.equal(outputMetrics([Number.NaN], [1], [1], { atol: 1, rtol: 1 }).withinTolerance, false, 'NaN never passes');
});
