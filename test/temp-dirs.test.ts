// Temp folders (a `.keras` archive's extracted weights) are removed however the process ends: a real
// CLI process gets SIGTERM while it extracts a large archive, and its private TMPDIR must be empty
// afterwards, with the process dead of SIGTERM as it would be without weightgate's handler.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { deflatedZeros } from '../scripts/fuzz/zip-write.js';
import { liveTempDirs, makeTempDir, removeTempDir } from '../src/sources/temp-dirs.js';
import { fixtures, kerasOf, privateTmp } from './helpers/hostile.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { dir, tmp } = privateTmp('tempdirs');
const fx = await fixtures(dir);
after(() => rmSync(dir, { recursive: true, force: true }));

/** The weights member's extraction folder(s) in `tmp`, with the bytes written so far. */
function extracted(folder: string): { name: string; bytes: number }[] {
  return readdirSync(folder).filter((n) => n.startsWith('weightgate-')).map((name) => {
    const f = path.join(folder, name, 'model.weights.h5');
    return { name, bytes: existsSync(f) ? statSync(f).size : 0 };
  });
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`${signal} while a .keras is being extracted: the temp folder is removed and the process dies of ${signal}`, async () => {
    // 6 GiB of zeros in ~6 MB (the ratio and size limits raised so it is accepted): extracting it
    // takes many seconds, so the signal lands mid-read.
    const size = 6 * 2 ** 30;
    const file = await kerasOf(fx, path.join(dir, `big-${signal}.keras`), (m) => [
      ...m.filter((x) => x.name !== 'model.weights.h5'),
      { name: 'model.weights.h5', compressed: deflatedZeros(size), method: 8, size },
    ]);
    const childTmp = path.join(dir, `tmp-${signal}`);
    await mkdir(childTmp);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'bin.ts'), 'inspect', file,
      '--limit', 'maxZipRatio=off', '--limit', 'maxDecompressedBytes=off', '--limit', 'timeoutMs=off'], {
      cwd: ROOT, env: { ...process.env, TMPDIR: childTmp, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
    let done: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    void exited.then((r) => { done = r; });
    // Wait (a generous guard, not a timing assertion) until the extraction has written some bytes.
    for (let i = 0; i < 1200 && !done && !extracted(childTmp).some((e) => e.bytes > 0); i++) await sleep(50);
    assert.equal(done, undefined, `the CLI ended before it was signalled: ${JSON.stringify(done)} ${stderr}`);
    assert.equal(extracted(childTmp).length, 1, 'the extraction folder exists while the archive is read');
    child.kill(signal);
    const r = await exited;
    assert.deepEqual(extracted(childTmp), [], `the extraction folder is left in TMPDIR (${stderr})`);
    assert.ok(r.signal === signal || r.code === 128 + (signal === 'SIGTERM' ? 15 : 2), `ended by ${signal}, not ${JSON.stringify(r)}`);
  });
}

test('a process that throws or exits with folders still registered removes them', async () => {
  for (const [label, end] of [['throws', "throw new Error('boom')"], ['exits', 'process.exit(3)']] as const) {
    const childTmp = path.join(dir, `tmp-${label}`);
    await mkdir(childTmp);
    const code = `const { makeTempDir } = await import(${JSON.stringify(path.join(ROOT, 'src', 'sources', 'temp-dirs.ts'))});
      const d = await makeTempDir('weightgate-'); (await import('node:fs')).writeFileSync(d + '/x', 'x'); ${end};`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, env: { ...process.env, TMPDIR: childTmp }, encoding: 'utf8' });
    assert.notEqual(r.status, 0, r.stderr);
    assert.deepEqual(extracted(childTmp), [], `${label}: ${r.stderr}`);
  }
});

test('the registry listens for signals only while it holds folders', async () => {
  const before = process.listenerCount('SIGTERM');
  const a = await makeTempDir('weightgate-unit-');
  const b = await makeTempDir('weightgate-unit-');
  assert.ok(a.startsWith(tmp) && existsSync(a) && existsSync(b));
  assert.deepEqual(liveTempDirs().sort(), [a, b].sort());
  assert.equal(process.listenerCount('SIGTERM'), before + 1, 'one handler, however many folders');
  await writeFile(path.join(a, 'x'), 'x');
  await removeTempDir(a);
  assert.equal(existsSync(a), false);
  assert.equal(process.listenerCount('SIGTERM'), before + 1);
  await removeTempDir(b);
  await removeTempDir(b);
  assert.deepEqual(liveTempDirs(), []);
  assert.equal(process.listenerCount('SIGTERM'), before, 'nothing is left listening');
});
