// `check --base <ref>` on real git repositories made here from real Keras files: a base commit; a change
// that breaks one model, retrains another and adds a third; a fix; the same with the weights in Git LFS;
// a shallow clone without the base; and --fail-on new-errors judging only what the change introduced.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { run } from './helpers/cli.js';
import { shared } from './helpers/shared.js';
import { tempDir } from './helpers/temp.js';

const ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim();
const corpus = (f: string): string => shared('keras3-corpus', f);

interface Model {
  id: string; status: string; trend?: string; base?: { status: string; verdict: string } | null;
  changes?: { definition: unknown; weights: { changed: number; maxAbsDiff: number } | { reason: string } | null; outputs: { outputs: { name: string; maxAbsDiff: number; top1Agreement?: number }[] } | { reason: string } | null };
}
interface Report { base?: { ref: string; sha?: string; unavailable?: string }; models: Model[]; removedModels?: { id: string; trend: string }[] }

const CONFIG = (extra = ''): string => `version: 1
models:
  - name: mlp
    definition: mlp.model.json
    weights: mlp.weights.h5
  - name: cnn
    definition: mnist_cnn.model.json
    weights: mnist_cnn.weights.h5
${extra}`;

/** base: mlp and cnn fine. change: cnn's conv1 resized (breaks), mlp's output bias retrained, f16 added. */
function repository(lfs = false): { dir: string; base: string } {
  const dir = tempDir('base-repo');
  git(dir, 'init', '-q', '-b', 'main');
  if (lfs) {
    git(dir, 'lfs', 'install', '--local');
    git(dir, 'lfs', 'track', '*.h5');
  }
  for (const f of ['mlp.model.json', 'mlp.weights.h5', 'mnist_cnn.model.json', 'mnist_cnn.weights.h5']) copyFileSync(corpus(f), path.join(dir, f));
  writeFileSync(path.join(dir, 'weightgate.yml'), CONFIG());
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  copyFileSync(corpus('mnist_cnn__conv1_filters16.model.json'), path.join(dir, 'mnist_cnn.model.json'));
  execFileSync('/usr/bin/python3', ['-c', `import h5py\nf = h5py.File(${JSON.stringify(path.join(dir, 'mlp.weights.h5'))}, 'r+')\nd = f['layers/dense_2/vars/1']\na = d[...]\na[0] += 0.5\nd[...] = a\nf.close()`]);
  for (const f of ['float16_dense.model.json', 'float16_dense.weights.h5']) copyFileSync(corpus(f), path.join(dir, f));
  writeFileSync(path.join(dir, 'weightgate.yml'), CONFIG('  - name: f16\n    definition: float16_dense.model.json\n    weights: float16_dense.weights.h5\n'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'change');
  return { dir, base };
}

async function check(dir: string, ...args: string[]): Promise<{ code: number; report: Report; out: string; err: string }> {
  const json = path.join(tempDir('base-report'), 'r.json');
  const r = await run('check', '--config', path.join(dir, 'weightgate.yml'), '--json', json, ...args);
  return { ...r, report: JSON.parse(readFileSync(json, 'utf8')) as Report };
}

function model(r: Report, id: string): Model {
  const m = r.models.find((x) => x.id === id);
  assert.ok(m, id);
  return m;
}

async function assertChangeCommit(dir: string, base: string): Promise<void> {
  const r = await check(dir, '--base', base);
  assert.equal(r.report.base?.sha, base);
  const cnn = model(r.report, 'cnn');
  assert.equal(cnn.trend, 'introduced');
  assert.deepEqual(cnn.base, { status: 'compatible', verdict: 'compatible' });
  assert.ok(cnn.changes?.definition, 'the definition changed');
  assert.equal(cnn.changes?.weights, null, 'the same weight bytes');
  const mlp = model(r.report, 'mlp');
  assert.equal(mlp.trend, 'unchanged');
  assert.equal(mlp.status, 'compatible');
  assert.equal(mlp.changes?.definition, null);
  assert.deepEqual(mlp.changes?.weights && 'changed' in mlp.changes.weights ? [mlp.changes.weights.changed, mlp.changes.weights.maxAbsDiff] : mlp.changes?.weights, [1, 0.5]);
  const outputs = mlp.changes?.outputs && 'outputs' in mlp.changes.outputs ? mlp.changes.outputs.outputs : [];
  assert.equal(outputs[0]?.name, 'logits');
  assert.ok(Math.abs((outputs[0]?.maxAbsDiff ?? 0) - 0.5) < 1e-6, 'the bias moved every sample\'s first logit by 0.5');
  assert.equal(model(r.report, 'f16').trend, 'new-model');
  assert.equal(model(r.report, 'f16').base, null);
  assert.equal(r.code, 1);
  assert.match(r.out, /against [0-9a-f]{40} \([0-9a-f]{7}\): 1 model broken by this change, 1 new/);
  assert.match(r.out, /cnn .*· broken by this change/);
  assert.match(r.out, /weights: 1 of 6 variables changed \(max \|Δ\| 0\.5\)/);
}

test('a change commit: one model broken (introduced), one retrained (weights and outputs changed), one new', async () => {
  const { dir, base } = repository();
  await assertChangeCommit(dir, base);
  assert.equal(git(dir, 'status', '--porcelain'), '', 'the working tree is untouched');
});

test('the same with the weights in Git LFS: the base commit\'s pointers are resolved with git-lfs', async () => {
  const { dir, base } = repository(true);
  assert.match(git(dir, 'show', `${base}:mlp.weights.h5`), /^version https:\/\/git-lfs/);
  await assertChangeCommit(dir, base);
});

test('a fix commit: the broken model is fixed; a removed model is listed apart; --fail-on new-errors passes', async () => {
  const { dir } = repository();
  copyFileSync(corpus('mnist_cnn.model.json'), path.join(dir, 'mnist_cnn.model.json'));
  writeFileSync(path.join(dir, 'weightgate.yml'), CONFIG().replace(/ {2}- name: mlp\n.*\n.*\n/, ''));
  git(dir, 'commit', '-q', '-am', 'fix');
  const r = await check(dir, '--base', 'HEAD~1', '--fail-on', 'new-errors');
  assert.equal(model(r.report, 'cnn').trend, 'fixed');
  assert.deepEqual(r.report.removedModels?.map((m) => [m.id, m.trend]), [['mlp', 'removed-model'], ['f16', 'removed-model']].sort());
  assert.equal(r.code, 0);
});

test('--fail-on new-errors does not fail on a model that was already failing at the base', async () => {
  const { dir } = repository();
  writeFileSync(path.join(dir, 'README.md'), 'unrelated change');
  git(dir, 'add', 'README.md');
  git(dir, 'commit', '-q', '-m', 'unrelated');
  const r = await check(dir, '--base', 'HEAD~1', '--fail-on', 'new-errors');
  assert.equal(model(r.report, 'cnn').trend, 'pre-existing');
  assert.equal(r.code, 0, 'nothing new is broken');
  assert.equal((await check(dir, '--base', 'HEAD~1')).code, 1, 'the default gate still fails on it');
});

test('a base the clone does not hold: the current state is still reported, with the reason and the fetch command', async () => {
  const { dir, base } = repository();
  const clone = path.join(tempDir('base-shallow'), 'c');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone], { env: ENV });
  const r = await check(clone, '--base', base, '--fail-on', 'new-errors');
  assert.match(r.report.base?.unavailable ?? '', /shallow clone/);
  assert.match(r.err, new RegExp(`git fetch --depth=1 origin ${base}`));
  assert.equal(model(r.report, 'cnn').status, 'incompatible');
  assert.equal(model(r.report, 'cnn').trend, undefined);
  assert.equal(r.code, 1, 'what is new cannot be told, so every failing model fails the gate');
});

test('the base comparison travels with the report: weightgate merge (and the Action\'s comment-from) keep it', async () => {
  const { dir, base } = repository();
  const json = path.join(tempDir('base-merge'), 'r.json');
  await run('check', '--config', path.join(dir, 'weightgate.yml'), '--base', base, '--json', json);
  const merged = path.join(path.dirname(json), 'merged.json');
  const m = await run('merge', json, '--json', merged);
  assert.equal(m.code, 1);
  const r = JSON.parse(readFileSync(merged, 'utf8')) as Report;
  assert.equal(r.base?.sha, base);
  assert.equal(model(r, 'cnn').trend, 'introduced');
  assert.match(m.out, /against [0-9a-f]{40} \([0-9a-f]{7}\): 1 model broken by this change, 1 new/);
});

test('without git-lfs the base\'s LFS pointers are named, and those models get no trend rather than a wrong "fixed"', async () => {
  const { dir, base } = repository(true);
  // A PATH holding git but not git-lfs, for this test only.
  const bin = tempDir('git-only');
  symlinkSync(execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(), path.join(bin, 'git'));
  const saved = process.env.PATH;
  process.env.PATH = bin;
  let r: Awaited<ReturnType<typeof check>>;
  try {
    r = await check(dir, '--base', base, '--fail-on', 'new-errors');
  } finally {
    process.env.PATH = saved;
  }
  // mlp's weights changed, so the base's version is read from git: a pointer. cnn's are the same
  // blob as the working tree's, which holds the real file: linked, and compared as usual.
  assert.match(r.err, /mlp\.weights\.h5 is a Git LFS pointer and git-lfs is not installed, so the models reading them were not compared with the base \(install git-lfs/);
  const mlp = model(r.report, 'mlp');
  assert.equal(mlp.trend, undefined);
  assert.match(JSON.stringify(mlp.changes?.weights), /Git LFS pointers and git-lfs is not installed/);
  assert.equal(model(r.report, 'cnn').trend, 'introduced');
  assert.equal(r.code, 1);
});
