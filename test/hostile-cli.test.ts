// The CLI on hostile inputs, run in-process as bin.ts runs it, with whatever reaches the process's
// stderr meanwhile (the HDF5 worker's included) counted as its stderr: one `error: <file>: <cause>`
// line per bad file (exit 2), never a stack trace, a crash dump or a library banner; a good file
// among bad ones is still inspected; odd but valid files exit 0 or 1.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { deflatedZeros } from '../scripts/fuzz/zip-write.js';
import { rng } from '../scripts/fuzz/mutate.js';
import { runCli, type Io } from '../src/cli/main.js';
import { fixtures, kerasOf, leftovers, privateTmp } from './helpers/hostile.js';
import { HAVE_SHARED, shared } from './helpers/shared.js';

const { dir, tmp } = privateTmp('cli');
const fx = await fixtures(dir);
const at = (name: string) => path.join(dir, name);

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  assert.equal(os.tmpdir(), tmp, 'the CLI extracts into the private temp folder');
  let out = '';
  let err = '';
  const io: Io = { out: (t) => { out += `${t}\n`; }, err: (t) => { err += `${t}\n`; } };
  // Not stdout: the test runner reports through it.
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  try {
    const code = await runCli(args, io);
    // A worker's output reaches this thread's stderr a moment later.
    await new Promise((r) => setTimeout(r, 50));
    return { code, out, err };
  } finally {
    process.stderr.write = write;
  }
}

/** Nothing a user should never see: stack frames, crash dumps, library banners, our own bug line. */
function clean(stderr: string): void {
  assert.doesNotMatch(stderr, /\n\s+at .+:\d+:\d+/, 'a stack trace');
  assert.doesNotMatch(stderr, /Aborted\(|RuntimeError|HDF5-DIAG|#\d{3}: /, 'a library dump');
  assert.doesNotMatch(stderr, /failed unexpectedly/, 'an error that escaped a reader');
  assert.doesNotMatch(stderr, /Node\.js v\d+/, 'a crash');
}

async function hostileFiles(): Promise<string[]> {
  const files: string[] = [];
  const put = async (name: string, data: string | Uint8Array) => {
    await writeFile(at(name), data);
    files.push(at(name));
  };
  const r = rng(11);
  for (const ext of ['.h5', '.keras', '.json']) await put(`random${ext}`, Buffer.from(Array.from({ length: 2000 }, () => r.int(256))));
  await put('page.weights.h5', '<!DOCTYPE html><html><body>Sign in</body></html>');
  await put('lfs.weights.h5', 'version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123456\n');
  await put('empty.h5', '');
  const legacy = await readFile(path.join(fx, 'weights', 'classifier_legacy.h5'));
  for (const cut of [100, 1000, Math.floor(legacy.length / 2), legacy.length - 1]) await put(`cut-${cut}.h5`, legacy.subarray(0, cut));
  files.push(await kerasOf(fx, at('bomb.keras'), (m) => [...m.filter((x) => x.name !== 'model.weights.h5'), { name: 'model.weights.h5', compressed: deflatedZeros(9 * 2 ** 30), method: 8, size: 9 * 2 ** 30 }]));
  files.push(await kerasOf(fx, at('liar.keras'), (m) => [...m.filter((x) => x.name !== 'model.weights.h5'), { name: 'model.weights.h5', compressed: deflatedZeros(64 * 2 ** 20), method: 8, size: 1000 }]));
  files.push(await kerasOf(fx, at('traversal.keras'), (m) => [...m, { name: '../../pwned.txt', data: Buffer.from('x') }]));
  files.push(await kerasOf(fx, at('dup.keras'), (m) => [...m, m[0]!]));
  await put('deep.json', `{"class_name":"Sequential","config":{"layers":${'['.repeat(3000)}${']'.repeat(3000)}}}`);
  await put('manifest-escape.json', JSON.stringify({ modelTopology: { class_name: 'Sequential', config: { layers: [] } }, weightsManifest: [{ paths: ['../../etc/passwd'], weights: [] }] }));
  await put('manifest-url.json', JSON.stringify({ modelTopology: { class_name: 'Sequential', config: { layers: [] } }, weightsManifest: [{ paths: ['https://example.com/x.bin'], weights: [] }] }));
  await put('sharded.weights.json', JSON.stringify({ weight_map: { 'layers/dense/vars/0': '/etc/passwd' } }));
  if (HAVE_SHARED) {
    const abort = Buffer.from(await readFile(shared('keras3-corpus', 'mlp.weights.h5')));
    abort.writeUInt32LE(0x7fffffff, 2160);
    await put('abort.weights.h5', abort);
  }
  return files;
}

test('inspect over hostile files: one error line each, exit 2, and the good file in the middle is still inspected', async () => {
  const bad = await hostileFiles();
  const good = path.join(fx, 'models', 'classifier.json');
  const half = Math.floor(bad.length / 2);
  const r = await cli('inspect', ...bad.slice(0, half), good, ...bad.slice(half));
  assert.equal(r.code, 2, r.err);
  clean(r.err);
  const errorLines = r.err.split('\n').filter((l) => l.startsWith('error: '));
  assert.equal(errorLines.length, bad.length, r.err);
  for (const file of bad) {
    const lines = errorLines.filter((l) => l.startsWith(`error: ${file}: `));
    assert.equal(lines.length, 1, `one error line for ${file}:\n${r.err}`);
  }
  // Every error is followed by what to do.
  const hints = r.err.split('\n').filter((l) => l.startsWith('  → '));
  assert.equal(hints.length, bad.length, r.err);
  assert.match(r.out, /classifier\.json\nformat: Keras 3 model JSON/);
  assert.match(r.out, /conv1\s+Conv2D\s+kernel/);
  assert.deepEqual(leftovers(), [], 'no extraction folder left behind');
});

test('inspect --json keeps going too, with the error as data', async () => {
  const bad = await hostileFiles();
  const r = await cli('inspect', bad[0]!, path.join(fx, 'weights', 'classifier.weights.h5'), bad[bad.length - 1]!, '--json');
  assert.equal(r.code, 2);
  clean(r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.length, 3);
  assert.match(j[0].error, /random\.h5: /);
  assert.equal(j[1].format, 'Keras 3 weights (.weights.h5)');
});

test('diff with a hostile weights file exits 2 with one error line; odd but valid pairs exit 0 or 1', async () => {
  const good = path.join(fx, 'models', 'classifier.json');
  for (const name of ['liar.keras', 'cut-1000.h5', 'page.weights.h5']) {
    const r = await cli('diff', good, at(name));
    assert.equal(r.code, 2, r.err);
    clean(r.err);
    assert.equal(r.err.split('\n').filter((l) => l.startsWith('error: ')).length, 1, r.err);
    assert.ok(r.err.startsWith(`error: ${at(name)}: `), r.err);
  }
  // Duplicate layer names and a cycle: a definition Keras would refuse, but readable data for us.
  await writeFile(at('odd.json'), JSON.stringify({
    class_name: 'Functional', keras_version: '2.15.0', config: {
      name: 'f', input_layers: [['in', 0, 0]], output_layers: [['b', 0, 0]], layers: [
        { class_name: 'InputLayer', name: 'in', config: { name: 'in', batch_input_shape: [null, 8] }, inbound_nodes: [] },
        { class_name: 'Dense', name: 'b', config: { name: 'b', units: 4 }, inbound_nodes: [[['b', 0, 0, {}]]] },
        { class_name: 'Dense', name: 'b', config: { name: 'b', units: -4 }, inbound_nodes: [[['in', 0, 0, {}]]] },
      ],
    },
  }));
  const odd = await cli('diff', at('odd.json'), path.join(fx, 'weights', 'classifier_legacy.h5'));
  assert.ok(odd.code === 0 || odd.code === 1, `exit ${odd.code}: ${odd.err}`);
  clean(odd.err);
  assert.equal((await cli('inspect', at('odd.json'))).code, 0);
});
