// Remote artifacts against real HTTP servers on 127.0.0.1: download + cache, sha256, 404, timeout,
// oversize, an LFS pointer served as the file, GitHub refs, and the token never leaving GitHub's hosts.
// 127.0.0.1 is loopback, which downloads refuse unless the host is allowed by name: every option set
// and config here allows it explicitly (remote.allow_hosts), the documented escape hatch.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fetchArtifact, remoteDefaults, type RemoteOptions } from '../src/sources/remote.js';
import { InputError } from '../src/sources/errors.js';
import { loadConfig } from '../src/config/load.js';
import { expandModels } from '../src/config/expand.js';
import { runCheck } from '../src/check/run.js';

const fx = (...p: string[]) => path.resolve(import.meta.dirname, '..', 'fixtures', ...p);
const weights = await readFile(fx('weights', 'classifier.weights.h5'));
const sha = createHash('sha256').update(weights).digest('hex');

interface Seen { url: string; auth?: string; accept?: string }

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; base: string; host: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', auth: req.headers.authorization, accept: req.headers.accept });
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}`, seen };
}

const storage = await serve((req, res) => {
  if (req.url === '/storage/classifier.weights.h5') return void res.end(weights);
  res.statusCode = 404;
  res.end();
});

const tfjsJson = await readFile(fx('tfjs', 'model.json'));
const tfjsShard = await readFile(fx('tfjs', 'group1-shard1of1.bin'));
let flaky = 0;
const origin = await serve((req, res) => {
  const u = req.url ?? '';
  if (u === '/classifier.weights.h5') return void res.end(weights);
  if (u === '/big.h5') { res.setHeader('content-length', String(weights.length)); return void res.end(weights); }
  if (u === '/stream.h5') { res.write(weights.subarray(0, 5000)); return void res.end(weights.subarray(5000)); } // chunked: no length up front
  if (u === '/lfs.h5') return void res.end('version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123456\n');
  if (u === '/hang.h5') return; // never answers
  if (u === '/flaky.h5') { if (flaky++ < 1) { res.statusCode = 503; return void res.end(); } return void res.end(weights); }
  if (u === '/tfjs/model.json') return void res.end(tfjsJson);
  if (u === '/tfjs/group1-shard1of1.bin') return void res.end(tfjsShard);
  // A stand-in for GitHub's REST API.
  if (u === '/repos/acme/models/releases/tags/v1') {
    res.setHeader('content-type', 'application/json');
    return void res.end(JSON.stringify({ assets: [{ id: 7, name: 'classifier.weights.h5' }] }));
  }
  if (u === '/repos/acme/models/releases/assets/7') {
    res.statusCode = 302;
    res.setHeader('location', `${storage.base}/storage/classifier.weights.h5`);
    return void res.end();
  }
  if (u.startsWith('/repos/acme/private/contents/weights/classifier.weights.h5?ref=main')) {
    if (req.headers.authorization !== 'Bearer s3cret') { res.statusCode = 404; return void res.end(); }
    return void res.end(weights);
  }
  res.statusCode = 404;
  res.end('not found');
});

const temps: string[] = [];

after(async () => {
  origin.server.closeAllConnections();
  origin.server.close();
  storage.server.close();
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

async function opts(extra: Partial<RemoteOptions> = {}): Promise<RemoteOptions> {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'wg-cache-'));
  temps.push(cacheDir);
  return { ...remoteDefaults(cacheDir, {}), allowHttp: ['127.0.0.1'], allowHosts: ['127.0.0.1'], apiUrl: origin.base, serverUrl: origin.base, timeoutMs: 2000, retries: 1, ...extra };
}

test('a download lands in the cache once, verified by sha256', async () => {
  const o = await opts();
  const before = origin.seen.length;
  const p = await fetchArtifact(`${origin.base}/classifier.weights.h5`, o, sha);
  assert.deepEqual(await readFile(p), weights);
  const again = await fetchArtifact(`${origin.base}/classifier.weights.h5`, o, sha);
  assert.equal(again, p);
  assert.equal(origin.seen.length, before + 1, 'second fetch served from the cache');
});

async function rejectsWith(p: Promise<unknown>, kind: InputError['kind'], text: RegExp) {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof InputError, String(err));
    assert.equal(err.kind, kind);
    assert.match(err.message, text);
    return true;
  });
}

test('sha256 mismatch, 404, oversize, LFS pointer and plain http are refused with the cause', async () => {
  const o = await opts();
  await rejectsWith(fetchArtifact(`${origin.base}/classifier.weights.h5`, o, 'ab'.repeat(32)), 'corrupt', /SHA-256 mismatch: expected abab.*downloaded [0-9a-f]{64}/);
  await rejectsWith(fetchArtifact(`${origin.base}/missing.h5`, o), 'not-found', /404 Not Found/);
  await rejectsWith(fetchArtifact(`${origin.base}/big.h5`, { ...o, maxBytes: 100 }), 'limit', /over the 100-byte download limit/);
  await rejectsWith(fetchArtifact(`${origin.base}/stream.h5`, { ...o, maxBytes: 1000 }), 'limit', /passed the 1000-byte limit/);
  await rejectsWith(fetchArtifact(`${origin.base}/lfs.h5`, o), 'lfs-pointer', /^http:\/\/127\.0\.0\.1:\d+\/lfs\.h5: this is a Git LFS pointer[\s\S]*lfs: true/);
  await rejectsWith(fetchArtifact(`${origin.base}/classifier.weights.h5`, { ...o, allowHttp: [] }), 'unsafe-path', /refusing to download over http/);
});

test('a server that never answers times out after the retries; a 503 is retried', async () => {
  const o = await opts({ timeoutMs: 300, retries: 1 });
  await rejectsWith(fetchArtifact(`${origin.base}/hang.h5`, o), 'not-found', /failed after 2 attempts: timed out after 0\.3 s/);
  flaky = 0;
  const p = await fetchArtifact(`${origin.base}/flaky.h5`, o);
  assert.deepEqual(await readFile(p), weights);
});

test('release assets go through the API with the token; the storage redirect never sees it', async () => {
  const o = await opts({ token: 's3cret' });
  const p = await fetchArtifact('gh-release://acme/models@v1/classifier.weights.h5', o);
  assert.deepEqual(await readFile(p), weights);
  const api = origin.seen.filter((s) => s.url.startsWith('/repos/acme/models'));
  assert.ok(api.length >= 2 && api.every((s) => s.auth === 'Bearer s3cret'), 'API calls carry the token');
  assert.equal(api.at(-1)!.accept, 'application/octet-stream');
  assert.ok(storage.seen.length >= 1);
  assert.ok(storage.seen.every((s) => s.auth === undefined), 'the storage host got no token');
});

test('private repository files use the contents API with the token; without it, a clear hint', async () => {
  const ok = await fetchArtifact('gh://acme/private@main/weights/classifier.weights.h5', await opts({ token: 's3cret' }));
  assert.deepEqual(await readFile(ok), weights);
  assert.equal(origin.seen.at(-1)!.accept, 'application/vnd.github.raw');
  await rejectsWith(fetchArtifact('gh://acme/private@main/weights/classifier.weights.h5', await opts()), 'not-found', /404[\s\S]*private repository/);
});

test('the token is not sent to a non-GitHub host', async () => {
  const o = await opts({ token: 's3cret', apiUrl: 'https://api.github.com', serverUrl: 'https://github.com' });
  await fetchArtifact(`${storage.base}/storage/classifier.weights.h5`, o);
  assert.equal(storage.seen.at(-1)!.auth, undefined);
});

test('a remote TF.js model.json brings its shards along', async () => {
  const p = await fetchArtifact(`${origin.base}/tfjs/model.json`, await opts());
  assert.deepEqual(await readFile(path.join(path.dirname(p), 'group1-shard1of1.bin')), tfjsShard);
});

test('check with remote weights: downloaded, checked, and a bad URL does not stop the rest', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wg-remote-'));
  temps.push(dir);
  await writeFile(path.join(dir, 'w.yml'), [
    'version: 1',
    'remote: { allow_http: [127.0.0.1], allow_hosts: [127.0.0.1], timeout_seconds: 2, retries: 0 }',
    'models:',
    `  - { name: remote-ok, definition: ${fx('models', 'classifier.json')}, weights: "${origin.base}/classifier.weights.h5", sha256: ${sha} }`,
    `  - { name: remote-404, definition: ${fx('models', 'classifier.json')}, weights: "${origin.base}/nope.h5" }`,
  ].join('\n'));
  // The definition is the repository's fixture, outside the temp config's folder.
  const cfg = await loadConfig(path.join(dir, 'w.yml'), { allowOutside: true });
  const r = await runCheck(cfg, await expandModels(cfg), { env: {} });
  assert.deepEqual(r.models.map((m) => [m.id, m.status]), [['remote-404', 'error'], ['remote-ok', 'compatible']]);
  assert.match(r.models[0]!.error!, /nope\.h5: the server says 404 Not Found/);
});
