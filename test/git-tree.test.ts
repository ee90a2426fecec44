// Files at another commit, read from real git repositories made here: plain blobs, blobs the working
// tree holds unchanged (linked, not read again), Git LFS objects, a shallow clone without the base,
// and refs that do not exist.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { InputError } from '../src/sources/errors.js';
import { isShallow, materializeTree, repositoryRoot, resolveCommit, unchangedWorkingFiles } from '../src/sources/git-tree.js';
import { shared } from './helpers/shared.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'wg-git-'));
after(() => rmSync(temp, { recursive: true, force: true }));

const ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim();
}

function repo(name: string, lfs = false): string {
  const dir = path.join(temp, name);
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env: ENV });
  if (lfs) {
    git(dir, 'lfs', 'install', '--local');
    git(dir, 'lfs', 'track', '*.h5');
  }
  copyFileSync(shared('keras3-corpus', 'mlp.weights.h5'), path.join(dir, 'mlp.weights.h5'));
  copyFileSync(shared('keras3-corpus', 'mlp.h5'), path.join(dir, 'big.h5'));
  writeFileSync(path.join(dir, 'model.json'), '{"v": 1}');
  writeFileSync(path.join(dir, 'README.md'), 'not needed');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

const sha256 = (file: string): string => execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0] ?? '';

test('a base commit is written from the object database; files unchanged in the working tree are linked; the working tree is untouched', async () => {
  const dir = repo('plain');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(path.join(dir, 'model.json'), '{"v": 2}');
  copyFileSync(shared('keras3-corpus', 'mnist_cnn.weights.h5'), path.join(dir, 'mlp.weights.h5'));
  git(dir, 'commit', '-q', '-am', 'change');
  assert.equal(await repositoryRoot(path.join(dir)), dir);
  assert.equal(await resolveCommit(dir, 'HEAD~1'), base);
  const out = path.join(temp, 'plain-base');
  const m = await materializeTree(dir, base, out, { include: (p) => !p.endsWith('.md'), unchanged: await unchangedWorkingFiles(dir) });
  assert.equal(m.files, 3);
  assert.equal(m.reused, 1, 'big.h5 did not change: linked from the working tree');
  assert.equal(readFileSync(path.join(out, 'model.json'), 'utf8'), '{"v": 1}');
  assert.equal(sha256(path.join(out, 'mlp.weights.h5')), sha256(shared('keras3-corpus', 'mlp.weights.h5')));
  assert.equal(statSync(path.join(out, 'big.h5')).ino, statSync(path.join(dir, 'big.h5')).ino);
  assert.throws(() => statSync(path.join(out, 'README.md')), 'excluded paths are not written');
  assert.equal(readFileSync(path.join(dir, 'model.json'), 'utf8'), '{"v": 2}', 'the working tree keeps the new version');
  assert.equal(git(dir, 'status', '--porcelain'), '');
});

test('a file modified but not committed is not linked: the base version is read from git', async () => {
  const dir = repo('dirty');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(path.join(dir, 'model.json'), 'edited, not committed');
  const m = await materializeTree(dir, base, path.join(temp, 'dirty-base'), { include: (p) => p === 'model.json', unchanged: await unchangedWorkingFiles(dir) });
  assert.equal(m.reused, 0);
  assert.equal(readFileSync(path.join(temp, 'dirty-base', 'model.json'), 'utf8'), '{"v": 1}');
});

test('Git LFS: the base commit\'s pointer is resolved to the weights with git-lfs', async () => {
  const dir = repo('lfs', true);
  const base = git(dir, 'rev-parse', 'HEAD');
  assert.match(git(dir, 'show', `${base}:mlp.weights.h5`), /^version https:\/\/git-lfs/, 'the commit holds a pointer');
  copyFileSync(shared('keras3-corpus', 'mnist_cnn.weights.h5'), path.join(dir, 'mlp.weights.h5'));
  git(dir, 'commit', '-q', '-am', 'retrain');
  const out = path.join(temp, 'lfs-base');
  const m = await materializeTree(dir, base, out, { include: (p) => p.endsWith('.h5'), unchanged: await unchangedWorkingFiles(dir) });
  assert.deepEqual(m.lfsPointers, []);
  assert.equal(sha256(path.join(out, 'mlp.weights.h5')), sha256(shared('keras3-corpus', 'mlp.weights.h5')));
  assert.equal(sha256(path.join(out, 'big.h5')), sha256(shared('keras3-corpus', 'mlp.h5')));
});

test('Git LFS: a pointer whose object is not in the clone is one error naming LFS and the fetch', async () => {
  const dir = repo('lfs-missing');
  const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 12345\n`;
  writeFileSync(path.join(dir, 'w.h5'), pointer);
  git(dir, 'add', 'w.h5');
  git(dir, 'commit', '-q', '-m', 'pointer only');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(path.join(dir, 'w.h5'), 'changed');
  git(dir, 'commit', '-q', '-am', 'next');
  await assert.rejects(
    materializeTree(dir, base, path.join(temp, 'lfs-missing-base'), { include: (p) => p === 'w.h5' }),
    (e: unknown) => e instanceof InputError && e.kind === 'lfs-pointer' && /git lfs fetch origin/.test(e.message) && e.file === 'w.h5',
  );
});

test('a shallow clone without the base says so and how to fetch it; an unknown branch names the fetch; an option-like ref is refused', async () => {
  const origin = repo('origin');
  const first = git(origin, 'rev-parse', 'HEAD');
  writeFileSync(path.join(origin, 'model.json'), '{"v": 2}');
  git(origin, 'commit', '-q', '-am', 'second');
  const clone = path.join(temp, 'shallow');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], { env: ENV });
  assert.equal(await isShallow(clone), true);
  await assert.rejects(resolveCommit(clone, first), (e: unknown) =>
    e instanceof InputError && e.kind === 'base-unavailable' && /shallow clone/.test(e.message) && e.message.includes(`git fetch --depth=1 origin ${first}`));
  await assert.rejects(resolveCommit(clone, 'origin/release'), (e: unknown) => e instanceof InputError && /git fetch origin release/.test(e.message));
  await assert.rejects(resolveCommit(clone, '--output=/tmp/x'), (e: unknown) => e instanceof InputError && /is not a git ref/.test(e.message));
  // Fetching the one commit, as the message says, makes it readable.
  git(clone, 'fetch', '-q', '--depth=1', 'origin', first);
  assert.equal(await resolveCommit(clone, first), first);
});
