// Hostile downloads (issue 14, round two) against real HTTP servers on 127.0.0.1: a body cut short, a
// server that stalls or trickles, two models sharing one URL, gzip-encoded and oversized TF.js shards,
// a cached file over 2 GiB, redirects to loopback / link-local / private addresses, and `..` in gh://
// references. No timed assertions: small limits, stalling servers, and the error text.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { copyFile, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fetchArtifact, remoteDefaults, type RemoteOptions } from '../src/sources/remote.js';
import { InputError, type InputErrorCause } from '../src/sources/errors.js';
import { loadConfig } from '../src/config/load.js';
import { expandModels } from '../src/config/expand.js';
import { runCheck } from '../src/check/run.js';

const fx = (...p: string[]) => path.resolve(import.meta.dirname, '..', 'fixtures', ...p);
const weights = await readFile(fx('weights', 'classifier.weights.h5'));
const sha = createHash('sha256').update(weights).digest('hex');
const tfjsJson = await readFile(fx('tfjs', 'model.json'));
const tfjsShard = await readFile(fx('tfjs', 'group1-shard1of1.bin'));

interface Served { server: Server; base: string; host: string; hits: Map<string, number>; headers: IncomingMessage['headers'][]; connections: () => number; close: () => Promise<void> }

/** A server on `address` that counts TCP connections and requests per path, and can be torn down with its stalled responses. */
async function serve(address: string, handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Served> {
  const hits = new Map<string, number>();
  const headers: IncomingMessage['headers'][] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((req, res) => {
    const p = (req.url ?? '').split('?')[0];
    hits.set(p!, (hits.get(p!) ?? 0) + 1);
    headers.push(req.headers);
    handler(req, res);
  });
  server.on('connection', (s) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, address, () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    server, base: `http://${address}:${port}`, host: `${address}:${port}`, hits, headers, connections: () => connections,
    close: () => new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    }),
  };
}

const timers = new Set<NodeJS.Timeout>();
let redirectTarget = '';

const origin = await serve('127.0.0.1', (req, res) => {
  const u = req.url ?? '';
  if (u === '/classifier.weights.h5') return void res.end(weights);
  if (u === '/short.h5') {
    // Promise the whole file, send part of it, then close the connection.
    res.setHeader('content-length', String(weights.length));
    return void res.write(weights.subarray(0, 5000), () => res.socket?.destroy());
  }
  if (u === '/stall.h5') {
    // Headers and 100 bytes, then nothing (until the client gives up).
    res.setHeader('content-length', String(weights.length));
    return void res.write(weights.subarray(0, 100));
  }
  if (u === '/trickle.h5') {
    // One byte every 50 ms: never idle for long, never done.
    res.setHeader('content-length', String(weights.length));
    let i = 0;
    const t = setInterval(() => res.write(weights.subarray(i, ++i)), 50);
    timers.add(t);
    return void res.on('close', () => { clearInterval(t); timers.delete(t); });
  }
  if (u === '/slow.h5') {
    // Two chunks with a pause, so that concurrent downloads overlap.
    res.write(weights.subarray(0, 4000));
    const t = setTimeout(() => { timers.delete(t); res.end(weights.subarray(4000)); }, 100);
    return void timers.add(t);
  }
  if (u === '/gz/model.json' || u === '/sum/model.json' || u === '/big/model.json') return void res.end(tfjsJson);
  if (u === '/gz/group1-shard1of1.bin') {
    res.setHeader('content-encoding', 'gzip');
    return void res.end(gzipSync(tfjsShard));
  }
  if (u === '/sum/group1-shard1of1.bin') return void res.end(tfjsShard);
  if (u === '/big/group1-shard1of1.bin') {
    // Chunked (no length up front), far over the budget.
    for (let i = 0; i < 20; i++) res.write(Buffer.alloc(1000, i));
    return void res.end();
  }
  if (u === '/evil/model.json') {
    // A shard name that the URL parser treats as '..': it would fetch from the folder above.
    return void res.end(JSON.stringify({ modelTopology: {}, weightsManifest: [{ paths: ['%2e%2e/classifier.weights.h5'], weights: [] }] }));
  }
  if (u === '/redirect') {
    res.statusCode = 302;
    res.setHeader('location', redirectTarget);
    return void res.end();
  }
  // A stand-in for GitHub's contents API: the repository root answers too (what `x/..` normalises to).
  if (u.startsWith('/repos/acme/models/contents')) return void res.end(weights);
  if (u === '/repos/acme/models/releases/tags/v1') {
    res.setHeader('content-type', 'application/json');
    return void res.end(JSON.stringify({ assets: [{ id: 7, name: '..' }, { id: 8, name: '.' }] }));
  }
  if (u.startsWith('/repos/acme/models/releases/assets/')) return void res.end(weights);
  res.statusCode = 404;
  res.end('not found');
});

// A listener on another loopback address: it counts connections, so a refused redirect can be shown never to dial.
const elsewhere = await serve('127.0.0.2', (_req, res) => void res.end(weights));

const temps: string[] = [];

after(async () => {
  for (const t of timers) clearTimeout(t);
  await origin.close();
  await elsewhere.close();
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

async function tempDir(label: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `wg-dl-${label}-`));
  temps.push(dir);
  return dir;
}

async function opts(extra: Partial<RemoteOptions> = {}): Promise<RemoteOptions> {
  return {
    ...remoteDefaults(await tempDir('cache'), {}),
    allowHttp: ['127.0.0.1'], allowHosts: ['127.0.0.1'], timeoutMs: 5000, retries: 0,
    apiUrl: origin.base, serverUrl: origin.base,
    ...extra,
  };
}

async function rejectsWith(p: Promise<unknown>, kind: InputErrorCause, ...texts: RegExp[]): Promise<InputError> {
  let caught: unknown;
  await assert.rejects(p, (err: unknown) => {
    caught = err;
    return true;
  });
  assert.ok(caught instanceof InputError, `expected an InputError, got ${caught instanceof Error ? caught.stack : String(caught)}`);
  assert.equal(caught.kind, kind, caught.message);
  for (const t of texts) assert.match(caught.message, t);
  assert.match(caught.message, /\n {2}→ \S/, 'a hint says what to do');
  assert.doesNotMatch(caught.message, /\n\s+at /, 'no stack frames');
  return caught;
}

/** Files under `dir`, recursively (relative paths). */
async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

test('item 3: a body cut short is a clean, retried error for that model only', async () => {
  const before = origin.hits.get('/short.h5') ?? 0;
  const o = await opts({ retries: 2 });
  for (let run = 0; run < 10; run++) {
    await rejectsWith(fetchArtifact(`${origin.base}/short.h5`, { ...o, retries: run === 0 ? 2 : 0 }), 'truncated',
      /^http:\/\/127\.0\.0\.1:\d+\/short\.h5: /, /closed the connection after \d+ of 9146 bytes/);
  }
  assert.equal(origin.hits.get('/short.h5')! - before, 3 + 9, 'the first run tried 1 + 2 retries, the others once');
  assert.deepEqual(await filesUnder(o.cacheDir), [], 'no partial file is left in the cache');

  const dir = await tempDir('check');
  await copyFile(fx('models', 'classifier.json'), path.join(dir, 'classifier.json'));
  await writeFile(path.join(dir, 'w.yml'), [
    'version: 1',
    'remote: { allow_http: [127.0.0.1], allow_hosts: [127.0.0.1], timeout_seconds: 5, retries: 1 }',
    'models:',
    `  - { name: cut, definition: classifier.json, weights: "${origin.base}/short.h5" }`,
    `  - { name: whole, definition: classifier.json, weights: "${origin.base}/classifier.weights.h5", sha256: ${sha} }`,
  ].join('\n'));
  const cfg = await loadConfig(path.join(dir, 'w.yml'));
  const r = await runCheck(cfg, await expandModels(cfg), { env: {}, smoke: false });
  assert.deepEqual(r.models.map((m) => [m.id, m.status]), [['cut', 'error'], ['whole', 'compatible']]);
  assert.match(r.models[0]!.error!, /short\.h5: download failed after 2 attempts: the server closed the connection after \d+ of 9146 bytes/);
});

test('item 4: a stalled body hits the idle limit, a trickle hits the whole-transfer deadline', { timeout: 20_000 }, async () => {
  await rejectsWith(fetchArtifact(`${origin.base}/stall.h5`, await opts({ timeoutMs: 5000, idleTimeoutMs: 300 })), 'not-found',
    /stall\.h5: download failed after 1 attempt: no data for 0\.3 s/, /idle/, /remote\.timeout_seconds/);
  await rejectsWith(fetchArtifact(`${origin.base}/trickle.h5`, await opts({ timeoutMs: 1000, idleTimeoutMs: 900 })), 'not-found',
    /trickle\.h5: download failed after 1 attempt: timed out after 1 s/, /remote\.timeout_seconds/, /idle limit 0\.9 s/);
});

test('item 5: models sharing one URL share one download', async () => {
  const o = await opts();
  const ref = `${origin.base}/slow.h5`;
  const before = origin.hits.get('/slow.h5') ?? 0;
  const paths = await Promise.all([fetchArtifact(ref, o, sha), fetchArtifact(ref, o, sha), fetchArtifact(ref, o, sha)]);
  assert.equal(new Set(paths).size, 1);
  assert.deepEqual(await readFile(paths[0]), weights);
  assert.equal(origin.hits.get('/slow.h5')! - before, 1, 'one request for three models');
  // Pinned and unpinned at once: both succeed, each complete.
  const [a, b] = await Promise.all([fetchArtifact(ref, o, sha), fetchArtifact(ref, o)]);
  assert.deepEqual(await readFile(a), weights);
  assert.deepEqual(await readFile(b), weights);
  assert.ok((await filesUnder(o.cacheDir)).every((f) => !f.endsWith('.part')), 'no temporary file is left');
});

test('item 6: TF.js shards stream under one budget, in identity encoding', async () => {
  const seenBefore = origin.headers.length;
  await rejectsWith(fetchArtifact(`${origin.base}/gz/model.json`, await opts()), 'unsupported-format',
    /gz\/group1-shard1of1\.bin: /, /Content-Encoding: gzip/);
  const sent = origin.headers.slice(seenBefore);
  assert.ok(sent.length >= 2 && sent.every((h) => h['accept-encoding'] === 'identity'), JSON.stringify(sent.map((h) => h['accept-encoding'])));

  // model.json (3441 bytes) and its shard (1460 bytes) each fit 4000 bytes; together they do not.
  const o = await opts({ maxBytes: 4000 });
  await rejectsWith(fetchArtifact(`${origin.base}/sum/model.json`, o), 'limit', /sum\/group1-shard1of1\.bin: /, /4000-byte download limit/, /all files/);
  // A chunked shard far over the budget is stopped while streaming and leaves no partial file.
  const o2 = await opts({ maxBytes: 8000 });
  await rejectsWith(fetchArtifact(`${origin.base}/big/model.json`, o2), 'limit', /big\/group1-shard1of1\.bin: /, /8000-byte download limit/);
  assert.ok((await filesUnder(o2.cacheDir)).every((f) => !f.endsWith('.part') && !f.endsWith('.bin')));
  // Within budget, the shard arrives byte for byte.
  const ok = await fetchArtifact(`${origin.base}/sum/model.json`, await opts({ maxBytes: 5000 }));
  assert.deepEqual(await readFile(path.join(path.dirname(ok), 'group1-shard1of1.bin')), tfjsShard);
});

test('item 7: a cached file over 2 GiB is hashed as a stream', { timeout: 60_000 }, async () => {
  const o = await opts();
  const ref = `${origin.base}/classifier.weights.h5`;
  const p = await fetchArtifact(ref, o, sha);
  await truncate(p, 2 ** 31 + 10); // sparse: 2 GiB of holes, no disk used
  const before = origin.hits.get('/classifier.weights.h5') ?? 0;
  const again = await fetchArtifact(ref, o, sha);
  assert.equal(again, p);
  assert.deepEqual(await readFile(again), weights, 'the changed cache entry was replaced');
  assert.equal(origin.hits.get('/classifier.weights.h5')! - before, 1);
});

test('item 8: the address classifier', async () => {
  const { forbiddenRange } = await import('../src/sources/address-guard.js');
  const refused = ['127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '100.127.255.255',
    '0.0.0.0', '0.1.2.3', '224.0.0.1', '255.255.255.255', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'febf::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:169.254.169.254', '::ffff:0a00:0001', '64:ff9b::a9fe:a9fe', '::127.0.0.1', 'ff02::1'];
  const allowed = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '100.128.0.1', '100.63.255.255', '192.169.0.1', '169.255.0.1', '11.0.0.1',
    '2606:4700:4700::1111', '::ffff:8.8.8.8', '2001:db8::1', '2a00::1'];
  for (const a of refused) assert.ok(forbiddenRange(a), `${a} is refused`);
  for (const a of allowed) assert.equal(forbiddenRange(a), undefined, `${a} is allowed`);
  assert.match(forbiddenRange('169.254.169.254')!, /link-local/);
  assert.match(forbiddenRange('::ffff:10.0.0.1')!, /private/);
});

test('item 8: loopback, link-local and private targets are refused before dialling, unless allowed by name', async () => {
  // A redirect to another loopback address, reachable over http here: refused, and nobody connects.
  redirectTarget = `${elsewhere.base}/x.h5`;
  const o = await opts({ allowHttp: ['127.0.0.1', '127.0.0.2', '169.254.169.254', 'localhost'] });
  await rejectsWith(fetchArtifact(`${origin.base}/redirect`, o), 'unsafe-path',
    new RegExp(`redirect from ${origin.host} to 127\\.0\\.0\\.2:\\d+`), /127\.0\.0\.2 is a loopback address/, /remote\.allow_hosts/);
  assert.equal(elsewhere.connections(), 0, 'the refused target was never dialled');

  // Cloud metadata: refused from the literal, never dialled.
  redirectTarget = 'http://169.254.169.254/latest/meta-data/';
  await rejectsWith(fetchArtifact(`${origin.base}/redirect`, o), 'unsafe-path', /to 169\.254\.169\.254/, /link-local/);

  // A name that resolves to loopback (the resolved address is checked, not the name).
  const before = origin.connections();
  const port = new URL(origin.base).port;
  await rejectsWith(fetchArtifact(`http://localhost:${port}/classifier.weights.h5`, o), 'unsafe-path', /localhost resolves to (127\.0\.0\.1|::1)/, /loopback/, /remote\.allow_hosts/);
  assert.equal(origin.connections(), before, 'localhost was never dialled');

  // Over https the same: refused before the TLS handshake, so no local listener is ever reached.
  const elsewherePort = new URL(elsewhere.base).port;
  await rejectsWith(fetchArtifact(`https://127.0.0.2:${elsewherePort}/x.h5`, o), 'unsafe-path', /refusing to download from 127\.0\.0\.2:\d+: 127\.0\.0\.2 is a loopback address/);
  await rejectsWith(fetchArtifact(`https://localhost:${port}/x.h5`, o), 'unsafe-path', /localhost resolves to/);
  assert.equal(elsewhere.connections(), 0);
  assert.equal(origin.connections(), before);

  // Not http(s), or no host at all: named, not followed.
  redirectTarget = 'file:///etc/passwd';
  await rejectsWith(fetchArtifact(`${origin.base}/redirect`, o), 'unsafe-path', /redirect from 127\.0\.0\.1:\d+ to "file:\/\/\/etc\/passwd"/);
  redirectTarget = 'http://';
  await rejectsWith(fetchArtifact(`${origin.base}/redirect`, o), 'unsafe-path', /redirect from 127\.0\.0\.1:\d+ to "http:\/\/"/, /not a valid URL/);

  // The escape hatch: the host allowed by name.
  redirectTarget = `${elsewhere.base}/x.h5`;
  const ok = await fetchArtifact(`${origin.base}/redirect`, { ...o, allowHosts: ['127.0.0.1', '127.0.0.2'] });
  assert.deepEqual(await readFile(ok), weights);
  assert.equal(elsewhere.connections(), 1);
});

test('item 9: . and .. segments in gh:// references and cache names are refused', async () => {
  const o = await opts();
  const before = origin.headers.length;
  for (const ref of ['gh://acme/models@main/x/..', 'gh://acme/models@main/x/%2e%2E', 'gh://acme/models@main/./w.h5', 'gh://acme/..@main/w.h5',
    'gh://acme/models@../w.h5', 'gh://acme/models@main/a%2f..%2fb.h5', 'gh-release://acme/models@v1/..', 'gh-release://acme/models@%2e%2e/w.h5']) {
    await rejectsWith(fetchArtifact(ref, o), 'unsafe-path', new RegExp(`^${ref.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')}: `), /'\.'|'\.\.'|segment/);
  }
  assert.equal(origin.headers.length, before, 'nothing was requested');
  await rejectsWith(fetchArtifact('gh://acme/models', o), 'bad-config', /not a complete GitHub reference/);
  // A shard named with an encoded '..' is refused, not fetched from the folder above.
  const fetchedBefore = origin.hits.get('/classifier.weights.h5') ?? 0;
  await rejectsWith(fetchArtifact(`${origin.base}/evil/model.json`, o), 'unsafe-path', /evil\/model\.json: the index names a shard outside its folder: "%2e%2e\/classifier\.weights\.h5"/);
  assert.equal(origin.hits.get('/classifier.weights.h5') ?? 0, fetchedBefore);
  // A release asset the API names '..' never becomes a cache path.
  await rejectsWith(fetchArtifact('gh-release://acme/models@v1/.', o), 'unsafe-path');
  assert.ok((await filesUnder(o.cacheDir)).every((f) => f.split(path.sep).length === 2), 'every cache file is one folder deep');
});
