// Sniffing before parsing: each non-model input gets a message naming the file, the cause and the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, readFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { openFile } from '../src/formats/open.js';
import { InputError } from '../src/sources/errors.js';
import { makeFixtures } from '../scripts/make-fixtures.js';
import { tempDir } from './helpers/temp.js';

const dir = tempDir('sniff');
const fixtures = path.join(dir, 'fx');
await makeFixtures(fixtures);

async function refused(file: string, kind: InputError['kind'], text: RegExp, hint?: RegExp) {
  await assert.rejects(openFile(file), (err: unknown) => {
    assert.ok(err instanceof InputError, `InputError, got ${String(err)}`);
    assert.equal(err.kind, kind);
    assert.equal(err.file, file);
    assert.match(err.message, text);
    if (hint) assert.match(err.hint ?? '', hint);
    return true;
  });
}

test('a Git LFS pointer under a weights name says so and names the checkout fix', async () => {
  const f = path.join(dir, 'model.weights.h5');
  await writeFile(f, 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 132735\n');
  await refused(f, 'lfs-pointer', /Git LFS pointer to a 132735-byte file/, /lfs: true/);
});

test('an HTML error page saved as .h5 is named as such', async () => {
  const f = path.join(dir, 'page.h5');
  await writeFile(f, '<!DOCTYPE html>\n<html><body>404 Not Found</body></html>');
  await refused(f, 'html-page', /HTML\/XML page/, /Download the real file/);
});

test('random bytes named .keras are not a Keras file', async () => {
  const f = path.join(dir, 'random.keras');
  await writeFile(f, Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff)));
  await refused(f, 'not-keras', /not a zip archive, which every \.keras file is/);
});

test('an empty file and a missing file', async () => {
  const f = path.join(dir, 'empty.h5');
  await writeFile(f, '');
  await refused(f, 'truncated', /empty/);
  await refused(path.join(dir, 'nope.h5'), 'not-found', /no such file/);
});

test('a truncated HDF5 file is reported as truncated, at several cut points', async () => {
  const full = await readFile(path.join(fixtures, 'weights', 'classifier_legacy.h5'));
  for (const cut of [96, 800, Math.floor(full.length / 2), full.length - 10]) {
    const f = path.join(dir, `cut${cut}.h5`);
    await writeFile(f, full.subarray(0, cut));
    await assert.rejects(openFile(f), (err: unknown) => {
      assert.ok(err instanceof InputError);
      assert.equal(err.file, f);
      assert.ok(['truncated', 'corrupt'].includes(err.kind), err.kind);
      assert.doesNotMatch(err.message, /at .*\.js:\d+/);
      return true;
    });
  }
});

test('an HDF5 file that is not a Keras file says what it holds', async () => {
  const h5wasm = (await import('h5wasm/node')).default;
  await h5wasm.ready;
  const f = path.join(dir, 'other.h5');
  const h = new h5wasm.File(f, 'w');
  h.create_group('measurements');
  h.close();
  await refused(f, 'not-keras', /HDF5 file, but not a Keras one.*measurements/);
});

test('JSON that is not a model, and a zip that is not a .keras archive', async () => {
  const j = path.join(dir, 'package.json');
  await writeFile(j, '{"name": "x"}');
  await refused(j, 'not-keras', /JSON, but neither a Keras model/);
  const z = path.join(dir, 'empty.keras');
  await writeFile(z, Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
  await refused(z, 'not-keras', /without config\.json/);
});

test('a TF.js shard on its own points at its model.json', async () => {
  const f = path.join(dir, 'group1-shard1of1.bin');
  await copyFile(path.join(fixtures, 'tfjs', 'group1-shard1of1.bin'), f);
  await refused(f, 'not-keras', /TF\.js weight shard/, /model\.json/);
});
