// A pull request controls weightgate.yml: every path it names (definitions, weights, globs, smoke
// files, the cache folder, the config itself) must stay inside the repository holding it, links
// resolved, and never inside .git/. `--allow-outside` (allowOutside) is the escape hatch for local runs.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config/load.js';
import { expandModels } from '../src/config/expand.js';
import { InputError } from '../src/sources/errors.js';
import { repositoryRoot } from '../src/sources/paths.js';
import { fx, run } from './helpers/cli.js';

const tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'wg-paths-')));
after(() => rm(tmp, { recursive: true, force: true }));

const SECRET = 'TOP-SECRET-RUNNER-FILE';
const outside = path.join(tmp, 'outside');
await mkdir(path.join(outside, 'deep'), { recursive: true });
await writeFile(path.join(outside, 'secret.json'), `${SECRET}\n`);
await writeFile(path.join(outside, 'deep', 'x.json'), `${SECRET}\n`);
await writeFile(path.join(outside, 'secret.h5'), `${SECRET}\n`);

/** A real git repository: models/ with the classifier pair, the config in ml/. */
const repo = path.join(tmp, 'repo');
await mkdir(path.join(repo, 'models'), { recursive: true });
await mkdir(path.join(repo, 'ml'), { recursive: true });
assert.equal(spawnSync('git', ['init', '-q', repo]).status, 0);
await copyFile(fx('models', 'classifier.json'), path.join(repo, 'models', 'classifier.json'));
await copyFile(fx('weights', 'classifier.weights.h5'), path.join(repo, 'models', 'classifier.weights.h5'));

let n = 0;
/** Writes `ml/c<N>.yml` with `body` (after `version: 1`) and returns its path. */
async function config(body: string, dir = path.join(repo, 'ml')): Promise<string> {
  const file = path.join(dir, `c${n++}.yml`);
  await writeFile(file, `version: 1\n${body}`);
  return file;
}

/** The ConfigError (or InputError) that loading and expanding `file` ends in. */
async function refusal(file: string, allowOutside = false): Promise<InputError> {
  try {
    await expandModels(await loadConfig(file, { allowOutside }));
  } catch (err) {
    assert.ok(err instanceof InputError, String(err));
    assert.doesNotMatch(err.message, new RegExp(SECRET), 'nothing of the file is shown');
    assert.doesNotMatch(err.message, /\n\s+at /, 'no stack');
    return err;
  }
  assert.fail(`${file} was accepted`);
}

const base = (p: string) => path.basename(p);

test('the root is the git work tree above the config (found without git), else the config folder', async () => {
  assert.equal(await repositoryRoot(path.join(repo, 'ml', 'x.yml')), repo);
  const plain = path.join(tmp, 'plain');
  await mkdir(path.join(plain, 'sub'), { recursive: true });
  assert.equal(await repositoryRoot(path.join(plain, 'sub', 'x.yml')), path.join(plain, 'sub'));
  // A worktree or submodule has a .git *file*.
  const wt = path.join(tmp, 'worktree');
  await mkdir(path.join(wt, 'a'), { recursive: true });
  await writeFile(path.join(wt, '.git'), 'gitdir: /elsewhere/.git/worktrees/wt\n');
  assert.equal(await repositoryRoot(path.join(wt, 'a', 'x.yml')), wt);
});

test('a definition, weights or smoke file outside the repository is refused with file:line:col, the path and the fix', async () => {
  const cases: [string, RegExp][] = [
    ['models:\n  - definition: ../../../../../../../../etc/passwd\n', /:3:17: models\.0\.definition: the definition "\.\.\/\.\.\/.*etc\/passwd" is outside the repository/],
    [`models:\n  - definition: ../models/classifier.json\n    weights: ${path.join(outside, 'secret.h5')}\n`, /:4:14: models\.0\.weights: the weights ".*outside\/secret\.h5" is outside the repository/],
    ['models:\n  - definition: ../models/classifier.json\n    weights: /etc/hostname\n', /:4:14: models\.0\.weights: the weights "\/etc\/hostname" is outside the repository/],
    ['models:\n  - definition: ../models/classifier.json\n    weights: [../models/classifier.weights.h5, ../../outside/secret.h5]\n', /:4:48: models\.0\.weights\.1: the weights "\.\.\/\.\.\/outside\/secret\.h5"/],
    ['models:\n  - definition: ../models/classifier.json\n    smoke: { input: ../../outside/secret.json }\n', /:4:21: models\.0\.smoke\.input: the smoke input file "\.\.\/\.\.\/outside\/secret\.json" is outside/],
    ['defaults: { smoke: { expected: /etc/passwd } }\nmodels:\n  - definition: ../models/classifier.json\n', /:2:32: defaults\.smoke\.expected: the smoke expected file "\/etc\/passwd" is outside/],
  ];
  for (const [body, message] of cases) {
    const file = await config(body);
    const err = await refusal(file);
    assert.ok(err instanceof ConfigError, err.message);
    assert.match(err.message, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`), 'names the config file first');
    assert.match(err.message, message);
    assert.match(err.message, new RegExp(`outside the repository \\(${repo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));
    assert.match(err.message, /→ Move the file into the repository; for a local run of a config you trust, pass --allow-outside\./);
  }
});

test('files inside .git/ are refused even when named from inside the repository', async () => {
  for (const body of ['models:\n  - definition: ../.git/config\n', 'models:\n  - definition: ../models/classifier.json\n    weights: ../.git/HEAD\n', 'models:\n  - definition: "../.git/*"\n']) {
    const err = await refusal(await config(body));
    assert.match(err.message, /inside a \.git folder; weightgate reads no git internals/);
    assert.match(err.message, /→ Point it at a file in the work tree\./);
  }
  // --allow-outside is about the outside, not about git internals.
  assert.match((await refusal(await config('models:\n  - definition: ../.git/config\n'), true)).message, /\.git folder/);
});

test('a link inside the repository that points outside is refused, naming its target', async () => {
  await symlink(path.join(outside, 'secret.json'), path.join(repo, 'models', 'link.json'));
  const err = await refusal(await config('models:\n  - definition: ../models/link.json\n'));
  assert.match(err.message, new RegExp(`the definition "\\.\\./models/link\\.json" is a link to ".*outside/secret\\.json", outside the repository`));
});

test('globs never walk outside the repository: absolute, .. and links out are refused or not followed', async () => {
  for (const [glob, message] of [
    ['/**/*', /glob "\/\*\*\/\*" searches "\/", outside the repository/],
    ['../../outside/*.json', /glob "\.\.\/\.\.\/outside\/\*\.json" searches ".*outside", outside the repository/],
    ['../models/*/../../../../*', /has a '\.\.' after a wildcard/],
    ['{..,x}/*', /has a '\.\.' after a wildcard/],
  ] as const) {
    const err = await refusal(await config(`models:\n  - definition: "${glob}"\n`));
    assert.match(err.message, /:3:17: models\.0\.definition: /);
    assert.match(err.message, message);
    assert.match(err.message, /--allow-outside/);
  }
  // A committed link to a folder outside is not walked into.
  const linked = path.join(repo, 'linked');
  await mkdir(path.join(linked, 'own'), { recursive: true });
  await writeFile(path.join(linked, 'own', 'a.json'), '{}');
  await symlink(outside, path.join(linked, 'evil'));
  const jobs = await expandModels(await loadConfig(await config('models:\n  - definition: "../linked/**/*.json"\n')));
  assert.deepEqual(jobs.map((j) => path.relative(repo, j.definition)), ['linked/own/a.json']);
  // A glob whose fixed folder is itself a link out is refused before the walk.
  await symlink(outside, path.join(repo, 'out-dir'));
  assert.match((await refusal(await config('models:\n  - definition: "../out-dir/*.json"\n'))).message, /glob "\.\.\/out-dir\/\*\.json" searches ".*outside", outside the repository/);
});

test('a cache folder outside the repository is refused', async () => {
  for (const cache of ['/tmp/wg-anywhere', '../../elsewhere']) {
    const err = await refusal(await config(`cache: ${cache}\nmodels:\n  - definition: ../models/classifier.json\n`));
    assert.match(err.message, /:2:8: cache: the cache folder ".*" is outside the repository/);
  }
  const ok = await loadConfig(await config('cache: ../.weightgate-cache\nmodels:\n  - definition: ../models/classifier.json\n'));
  assert.equal(ok.cache, '../.weightgate-cache');
});

test('a config that is itself a link out of the repository is refused', async () => {
  const target = path.join(outside, 'w.yml');
  await writeFile(target, 'version: 1\nmodels: [{ definition: secret.json }]\n');
  const link = path.join(repo, 'linked.yml');
  await symlink(target, link);
  await assert.rejects(loadConfig(link), (err: unknown) => {
    assert.ok(err instanceof InputError);
    assert.equal(err.kind, 'unsafe-path');
    assert.match(err.message, /linked\.yml: this configuration file is a link to ".*outside\/w\.yml", outside the repository/);
    return true;
  });
});

test('outside a git repository, the config folder is the root', async () => {
  const plain = path.join(tmp, 'plain2');
  await mkdir(plain);
  const err = await refusal(await config('models:\n  - definition: ../outside/secret.json\n', plain));
  assert.match(err.message, new RegExp(`outside the repository \\(${plain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));
});

test('allowOutside (--allow-outside) reads them', async () => {
  const file = await config(`cache: /tmp/wg-anywhere-cache\nmodels:\n  - { name: a, definition: ${path.join(outside, 'secret.json')}, weights: ../../outside/secret.h5, smoke: { input: /etc/passwd } }\n  - { definition: "${outside}/**/*.json" }\n`);
  const jobs = await expandModels(await loadConfig(file, { allowOutside: true }));
  // secret.json is named by models.0, so the glob leaves it to that entry.
  assert.deepEqual(jobs.map((j) => [j.id, j.definition, j.weights]), [
    ['a', path.join(outside, 'secret.json'), path.join(outside, 'secret.h5')],
    ['x', path.join(outside, 'deep', 'x.json'), undefined],
  ]);
  assert.equal(jobs[0]!.options.smoke.input, '/etc/passwd');
});

test('the CLI: a hostile config exits 2 with the refusal and shows nothing of the file; --allow-outside reads it', async () => {
  const file = await config(`models:\n  - { name: m, definition: ../models/classifier.json, weights: ${path.join(outside, 'secret.h5')} }\n`);
  const r = await run('check', '--config', file);
  assert.equal(r.code, 2);
  assert.match(r.err, /models\.0\.weights: the weights ".*secret\.h5" is outside the repository/);
  assert.doesNotMatch(r.err + r.out, new RegExp(SECRET));
  const allowed = await run('check', '--config', file, '--allow-outside', '--fail-on', 'never');
  assert.equal(allowed.code, 0, allowed.err + allowed.out);
  assert.match(allowed.out, /1 unreadable/, 'read, and found not to be HDF5');
  // Inside the repository, the same pair checks as usual.
  const good = await run('check', '--config', await config('models:\n  - { name: m, definition: ../models/classifier.json, weights: ../models/classifier.weights.h5 }\n'));
  assert.equal(good.code, 0, good.err + good.out);
});

test('a path holding a NUL character is a config error, not a crash when it is opened', async () => {
  const err = await refusal(await config('models:\n  - definition: "../models/a\\0.json"\n'));
  assert.match(err.message, /:3:17: models\.0\.definition: the definition "\.\.\/models\/a\\u0000\.json" holds a NUL character/);
});

test('an exclude leading out of the repository is refused (the glob library would start its walk there)', async () => {
  const err = await refusal(await config('models:\n  - definition: "../models/*.json"\n    exclude: ["*_test.json", "../../../../*"]\n'));
  assert.match(err.message, /:4:30: models\.0\.exclude\.1: the exclude glob "\.\.\/\.\.\/\.\.\/\.\.\/\*" searches "\/", outside the repository/);
  // One that stays inside is fine (excludes with a '/' are relative to the config's folder).
  const jobs = await expandModels(await loadConfig(await config('models:\n  - definition: "../models/*.json"\n    exclude: ["../models/link.json"]\n')));
  assert.deepEqual(jobs.map((j) => base(j.definition)), ['classifier.json']);
});

test('a glob whose fixed folder is reached through a linked folder (a checkout under a linked /home, a linked models folder) finds its files and honours excludes', async () => {
  const real = path.join(tmp, 'linked-repo');
  await mkdir(path.join(real, 'store', 'models'), { recursive: true });
  await mkdir(path.join(real, 'ml'), { recursive: true });
  assert.equal(spawnSync('git', ['init', '-q', real]).status, 0);
  for (const n of ['a.json', 'b.json', 'b_test.json']) await copyFile(fx('models', 'classifier.json'), path.join(real, 'store', 'models', n));
  // The link sits between the config's folder and the files: the walk must start at the real folder.
  await symlink(path.join(real, 'store'), path.join(real, 'linked'));
  await writeFile(path.join(real, 'ml', 'weightgate.yml'), [
    'version: 1',
    'models:',
    '  - definition: "../linked/models/*.json"',
    '    exclude: ["*_test.json"]',
    '    smoke: { skip: true }',
  ].join('\n'));
  const jobs = await expandModels(await loadConfig(path.join(real, 'ml', 'weightgate.yml')));
  assert.deepEqual(jobs.map((j) => path.basename(j.definition)).sort(), ['a.json', 'b.json']);
});

// ---- a path that is not there, a pair the wrong way round (issue 19, item 9) --------------------

test('a missing path is explained from the config: its file:line:col, the key, the config folder and the nearest file', async () => {
  // The config lives in ml/, the files in models/: "../models/…" is resolved from ml/, not the working directory.
  const file = await config([
    'models:',
    '  - { name: typo, definition: ../models/classifier.json, weights: ../models/classifer.weights.h5 }',
    '  - { name: gone, definition: ../models/clasifier.json, weights: ../models/classifier.weights.h5 }',
    '  - { name: far, definition: ../models/classifier.json, weights: ../models/something-else-entirely.h5 }',
    '',
  ].join('\n'));
  const jobs = await expandModels(await loadConfig(file));
  const problem = (id: string) => jobs.find((j) => j.id === id)?.problem ?? '';
  assert.equal(problem('typo').split('\n')[0],
    `${file}:3:67: models.0.weights: ../models/classifer.weights.h5: no such file or folder (resolved from the config's folder, ${path.join(repo, 'ml')}); did you mean ../models/classifier.weights.h5?`);
  assert.match(problem('typo'), /→ Fix models\.0\.weights in c\d+\.yml \(its paths are relative to its own folder\)/);
  assert.doesNotMatch(problem('typo'), /working directory/);
  assert.match(problem('gone'), /:4:\d+: models\.1\.definition: \.\.\/models\/clasifier\.json: no such file or folder .*; did you mean \.\.\/models\/classifier\.json\?/);
  assert.match(problem('far'), /models\.2\.weights: .*no such file or folder \(resolved from the config's folder, [^)]+\)\n/, 'no suggestion when nothing is a typo away');
  // Run from the repository's root (as the Action and most local runs are), the folder is shown from there.
  const cwd = process.cwd();
  process.chdir(repo);
  try {
    const fromRoot = await expandModels(await loadConfig(file));
    assert.match(fromRoot.find((j) => j.id === 'typo')?.problem ?? '', /\(resolved from the config's folder, ml\); did you mean \.\.\/models\/classifier\.weights\.h5\?/);
  } finally {
    process.chdir(cwd);
  }
  // check reports each as one unreadable model, and still checks the good ones.
  const r = await run('check', '--config', file);
  assert.equal(r.code, 1);
  assert.match(r.out + r.err, /did you mean \.\.\/models\/classifier\.weights\.h5\?/);
  assert.doesNotMatch(r.out + r.err, /resolved from the working directory/);
});

test('a pair the wrong way round in the config says to swap the keys of that entry; the CLI keeps its argument advice', async () => {
  const file = await config([
    'models:',
    '  - { name: right, definition: ../models/classifier.json, weights: ../models/classifier.weights.h5 }',
    '  - { name: swapped, definition: ../models/classifier.weights.h5, weights: ../models/classifier.json }',
    '  - { name: both-weights, definition: ../models/classifier.weights.h5, weights: ../models/classifier.weights.h5 }',
    '',
  ].join('\n'));
  const r = await run('check', '--config', file, '--json', path.join(tmp, 'swap.json'));
  assert.equal(r.code, 1);
  const report = JSON.parse(await readFile(path.join(tmp, 'swap.json'), 'utf8')) as { models: { id: string; status: string; error?: string }[] };
  const byId = new Map(report.models.map((m) => [m.id, m]));
  assert.equal(byId.get('right')?.status, 'compatible');
  assert.match(byId.get('swapped')?.error ?? '', /holds weights but no model definition, and classifier\.json is a definition: the two are the wrong way round\n {2}→ Swap `definition` and `weights` in models\.1 \(c\d+\.yml, line 4\)\.$/);
  assert.doesNotMatch(byId.get('swapped')?.error ?? '', /weightgate diff/, 'no CLI advice in a config');
  assert.match(byId.get('both-weights')?.error ?? '', /→ Point models\.2\.definition \(c\d+\.yml, line 5\) at the model's definition/);
  // The CLI, either way round: the argument order is the fix there.
  for (const args of [[fx('weights', 'classifier.weights.h5'), fx('models', 'classifier.json')]]) {
    const d = await run('diff', ...args);
    assert.equal(d.code, 2);
    assert.match(d.err, /the two are the wrong way round\n {2}→ Pass the definition first: `weightgate diff model\.json weights\.h5`\./);
    assert.doesNotMatch(d.err, /usage:/);
  }
});
