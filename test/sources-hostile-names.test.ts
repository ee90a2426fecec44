// Names from hostile inputs that used to slip past a check: a shard name that is an object with its
// own `toString` in a remote index (String() of it threw a TypeError), a limit named after an
// inherited property (`toString` passed the `in` test), and convert --quantize uint8 of Inf/NaN
// weights (a bare Error rather than an InputError naming the weights file).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fetchArtifact, remoteDefaults } from '../src/sources/remote.js';
import { InputError } from '../src/sources/errors.js';
import { parseLimitOption, resolveLimits } from '../src/sources/limits.js';
import { convertModel } from '../src/convert/index.js';
import { selectEngine } from '../src/engine/index.js';

const fx = (...p: string[]) => path.resolve(import.meta.dirname, '..', 'fixtures', ...p);
const tmp = await mkdtemp(path.join(os.tmpdir(), 'wg-hostile-names-'));
after(() => rm(tmp, { recursive: true, force: true }));

test('a remote index whose shard name is {"toString": 1} is fetched without a crash, and the name is not fetched', async () => {
  const requested: string[] = [];
  const index = JSON.stringify({ weight_map: { 'layers/dense/vars/0': { toString: 1 }, 'layers/dense/vars/1': [{ toString: 1 }] } });
  const server = createServer((req, res) => {
    requested.push(req.url ?? '');
    if (req.url === '/model.weights.json') return void res.end(index);
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  after(() => new Promise<void>((r) => server.close(() => r())));
  const { port } = server.address() as AddressInfo;
  const o = { ...remoteDefaults(path.join(tmp, 'cache'), {}), allowHttp: ['127.0.0.1'], allowHosts: ['127.0.0.1'], timeoutMs: 5000, retries: 0 };
  const local = await fetchArtifact(`http://127.0.0.1:${port}/model.weights.json`, o);
  assert.equal(await readFile(local, 'utf8'), index);
  assert.deepEqual(requested, ['/model.weights.json']);
});

test('a limit named after an inherited property is no limit', () => {
  assert.throws(() => parseLimitOption('toString=5'), (err: unknown) => err instanceof RangeError && /unknown limit 'toString'/.test(err.message));
  assert.throws(() => resolveLimits(JSON.parse('{"constructor": 5}') as never), (err: unknown) => err instanceof RangeError && /unknown limit 'constructor'/.test(err.message));
  assert.throws(() => parseLimitOption('timeoutMs=5constructor'), /cannot read '5constructor'/);
  assert.equal(parseLimitOption('timeoutMs=90s').timeoutMs, 90_000);
});

test('convert --quantize uint8 of a weight holding NaN is an InputError naming the weights file', async () => {
  const dir = path.join(tmp, 'nan-weights');
  await mkdir(dir);
  const modelJson = path.join(dir, 'model.json');
  await copyFile(fx('tfjs', 'model.json'), modelJson);
  const shard = await readFile(fx('tfjs', 'group1-shard1of1.bin'));
  const values = new Float32Array(shard.buffer.slice(shard.byteOffset, shard.byteOffset + shard.byteLength));
  values[0] = Number.NaN;
  await writeFile(path.join(dir, 'group1-shard1of1.bin'), new Uint8Array(values.buffer));
  const engine = await selectEngine('wasm');
  const err = await convertModel(modelJson, undefined, path.join(dir, 'out'), { engine, quantize: 'uint8', verify: false }).then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof InputError, String(err));
  assert.equal(err.file, modelJson);
  assert.match(err.message, /holds infinite or NaN values, which uint8 quantisation cannot store/);
  assert.match(err.message, /--quantize float16/);
});
