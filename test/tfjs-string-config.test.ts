// A TF.js model.json whose modelTopology.model_config is a JSON string (as some hand-rolled exports
// copy the HDF5 attribute) is held to the JSON limits the file itself is: nesting past maxJsonDepth
// is refused by name, as it is for the same JSON written inline.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openFile } from '../src/formats/open.js';
import { InputError } from '../src/sources/errors.js';

const tmp = await mkdtemp(path.join(os.tmpdir(), 'wg-tfjs-string-config-'));
after(() => rm(tmp, { recursive: true, force: true }));

const DENSE = '{"class_name":"Sequential","config":{"name":"s","layers":[{"class_name":"Dense","config":{"name":"d","units":1,"batch_input_shape":[null,2]}}]}}';

async function modelJson(name: string, modelConfig: string): Promise<string> {
  const file = path.join(tmp, name);
  await writeFile(file, JSON.stringify({ modelTopology: { keras_version: '2.4.0', backend: 'tensorflow', model_config: modelConfig }, weightsManifest: [] }));
  return file;
}

test('a model_config string nesting JSON past maxJsonDepth is refused as the limit', async () => {
  const deep = `${'['.repeat(300)}${']'.repeat(300)}`;
  const file = await modelJson('deep.json', DENSE.replace('"units":1', `"units":1,"x":${deep}`));
  const err = await openFile(file).then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof InputError, String(err));
  assert.equal(err.kind, 'limit');
  assert.equal(err.unexpected, false);
  assert.match(err.message, /modelTopology\.model_config nests JSON \d+\+ levels deep, over the maxJsonDepth limit of 256/);
});

test('a shallow model_config string still gives the definition', async () => {
  const opened = await openFile(await modelJson('ok.json', DENSE));
  assert.deepEqual(opened.definition?.layers.map((l) => l.name), ['d']);
  await opened.artifact?.close();
});
