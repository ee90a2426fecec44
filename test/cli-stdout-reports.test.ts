// Issue 19, items 7 and 14: a report on stdout (`--json -`, `--markdown -`, `--comment -`) is the only
// thing there, for check as for diff and inspect, also when the input or the config cannot be used; and
// `check --comment F` writes exactly the comment the Action posts for the same report.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { reviveReport } from '../src/check/revive-report.js';
import { commentMarker } from '../src/report/comment-marker.js';
import { COMMENT_BYTES, renderComment } from '../src/report/pr-comment.js';
import { fx, run } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXAMPLE = fx('weightgate.yml');

/** A git repository in a temp folder: a good pair, a missing weights file and a file that is not HDF5. */
async function brokenRepo(): Promise<{ dir: string; config: string }> {
  const dir = tempDir('stdout');
  execFileSync('git', ['init', '-q', dir]);
  await mkdir(path.join(dir, 'models'));
  await mkdir(path.join(dir, 'weights'));
  await cp(fx('models', 'classifier.json'), path.join(dir, 'models', 'classifier.json'));
  await cp(fx('weights', 'classifier.weights.h5'), path.join(dir, 'weights', 'classifier.weights.h5'));
  await writeFile(path.join(dir, 'weights', 'bad.h5'), 'not an HDF5 file at all');
  const config = path.join(dir, 'weightgate.yml');
  await writeFile(config, [
    'version: 1', 'models:',
    '  - { name: good, definition: models/classifier.json, weights: weights/classifier.weights.h5 }',
    '  - { name: missing, definition: models/classifier.json, weights: weights/nope.weights.h5 }',
    '  - { name: not-hdf5, definition: models/classifier.json, weights: weights/bad.h5 }',
  ].join('\n'));
  return { dir, config };
}

test('check --json -: the JSON report alone on stdout, the text report on stderr, exit by --fail-on', async () => {
  const r = await run('check', '--config', EXAMPLE, '--json', '-');
  assert.equal(r.code, 1);
  const j = JSON.parse(r.out) as { verdict: string; models: unknown[] };
  assert.equal(j.verdict, 'incompatible');
  assert.equal(j.models.length, 5);
  assert.match(r.err, /✖ 5 models: 4 compatible, 0 with warnings, 1 incompatible/);
  assert.ok(!existsSync(path.join(process.cwd(), '-')), 'no file named "-" is written');
});

test('check --markdown - and --comment -: Markdown alone on stdout; two reports on stdout are refused', async () => {
  const md = await run('check', '--config', EXAMPLE, '--markdown', '-', '--fail-on', 'never');
  assert.equal(md.code, 0);
  assert.match(md.out, /^❌ \*\*weightgate: 1 incompatible, 4 compatible\*\*/);
  assert.doesNotMatch(md.out, /✖ 5 models/);
  assert.match(md.err, /✖ 5 models/);
  const both = await run('check', '--config', EXAMPLE, '--json', '-', '--comment', '-');
  assert.equal(both.code, 2);
  assert.equal(both.out, '');
  assert.match(both.err, /only one of --json, --comment can write to stdout/);
});

test('the real process: stdout of check --json - parses as JSON (progress and warnings on stderr)', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'weightgate.js'), 'check', '--config', EXAMPLE, '--json', '-'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '1' } });
  assert.equal(r.status, 1, r.stderr);
  const j = JSON.parse(r.stdout) as { verdict: string };
  assert.equal(j.verdict, 'incompatible');
  assert.match(r.stderr, /\[5\/5\] /);
  assert.match(r.stderr, /✖ 5 models/);
});

test('an unusable config still answers on stdout: JSON with the error, the broken-config comment; exit 2', async () => {
  const dir = tempDir('stdout');
  execFileSync('git', ['init', '-q', dir]);
  const config = path.join(dir, 'weightgate.yml');
  await writeFile(config, 'version: 1\nmodels:\n  - definiton: model.json\n');
  const j = await run('check', '--config', config, '--json', '-');
  assert.equal(j.code, 2);
  // The report the Action writes for a broken config: one unreadable entry, the config, with its error.
  const doc = JSON.parse(j.out) as { verdict: string; models: { origin: string; error: string }[] };
  assert.equal(doc.verdict, 'error');
  assert.equal(doc.models.length, 1);
  assert.match(doc.models[0]?.origin ?? '', /weightgate\.yml:3:5$/);
  assert.match(doc.models[0]?.error ?? '', /unknown key 'definiton' in 'models\.0': did you mean 'definition'\?/);
  assert.equal(reviveReport(doc, 'stdout').verdict, 'error', 'a valid check report (merge reads it back)');
  assert.match(j.err, /^error: .*weightgate\.yml:3:5: unknown key 'definiton'/);

  const missing = await run('check', '--config', path.join(dir, 'nope.yml'), '--json', '-');
  assert.equal(missing.code, 2);
  assert.match((JSON.parse(missing.out) as { models: { error: string }[] }).models[0]?.error ?? '', /nope\.yml: no such configuration file/);

  // The comment a later good run of this config replaces: the same marker.
  const c = await run('check', '--config', config, '--comment', '-');
  assert.equal(c.code, 2);
  assert.match(c.out, /weightgate: the config cannot be read/);
  assert.match(c.out, /line 3, column 5/);
  await cp(fx('models', 'classifier.json'), path.join(dir, 'model.json'));
  await cp(fx('weights', 'classifier.weights.h5'), path.join(dir, 'model.weights.h5'));
  await writeFile(config, 'version: 1\nmodels:\n  - { definition: model.json, weights: model.weights.h5 }\n');
  const good = await run('check', '--config', config, '--comment', '-');
  assert.equal(good.code, 0);
  const marker = /^<!-- weightgate:[0-9a-f]{16} -->/;
  assert.equal(good.out.match(marker)?.[0], c.out.match(marker)?.[0]);
});

test('diff and inspect: --json - (and --json=-) is --json; an unreadable input is JSON with the error, exit 2', async () => {
  const dir = tempDir('stdout');
  const bad = path.join(dir, 'bad.h5');
  await writeFile(bad, 'not an HDF5 file at all');
  for (const flag of [['--json', '-'], ['--json=-'], ['--json']]) {
    const ok = await run('diff', fx('models', 'classifier_wide.json'), fx('weights', 'classifier.weights.h5'), ...flag);
    assert.equal(ok.code, 1, flag.join(' '));
    assert.equal((JSON.parse(ok.out) as { verdict: string }).verdict, 'incompatible');
    const broken = await run('diff', fx('models', 'classifier.json'), bad, ...flag);
    assert.equal(broken.code, 2);
    const doc = JSON.parse(broken.out) as { verdict: string; file: string; error: string };
    assert.deepEqual([doc.verdict, doc.file], ['error', bad]);
    assert.match(doc.error, /does not start with the HDF5 signature[\s\S]*→ /);
    assert.match(broken.err, /^error: .*bad\.h5: not a Keras or TF\.js file/);
  }
  const md = await run('diff', fx('models', 'classifier.json'), bad, '--markdown', '-');
  assert.equal(md.code, 2);
  assert.match(md.out, /^❌ \*\*weightgate: unreadable input\*\*\n\n> .*bad\.h5: not a Keras or TF\.js file.*<br>\s*→ Check/);
  const inspect = await run('inspect', bad, '--json', '-');
  assert.equal(inspect.code, 2);
  assert.equal((JSON.parse(inspect.out) as { file: string }).file, bad);
});

test('check --comment F is the Action\'s comment for the same report: renderComment, COMMENT_BYTES, marker, repository paths', async () => {
  const { dir, config } = await brokenRepo();
  const out = tempDir('stdout');
  // Run from another folder: paths in the comment are still relative to the repository.
  const r = await run('check', '--config', config, '--json', path.join(out, 'r.json'), '--comment', path.join(out, 'comment.md'));
  assert.equal(r.code, 1);
  const comment = await readFile(path.join(out, 'comment.md'), 'utf8');
  const report = reviveReport(JSON.parse(await readFile(path.join(out, 'r.json'), 'utf8')), 'r.json');
  // As src/github/action.ts posts it (its run links aside: a local run has none).
  // The Action's root is the checkout (GITHUB_WORKSPACE); here the repository's real path.
  const posted = renderComment(report, { maxBytes: COMMENT_BYTES, root: realpathSync(dir), marker: commentMarker(report), links: [] });
  assert.equal(comment, posted);
  assert.ok(comment.startsWith(`${commentMarker(report)}\n`));
  assert.ok(!comment.includes(dir) && !comment.includes(out), 'no absolute path of this machine');
  assert.match(comment, /weights\/nope\.weights\.h5/);
  // `-` writes the same text to stdout.
  const dash = await run('check', '--config', config, '--comment', '-');
  assert.equal(dash.out.replace(/\d+\.\d s/g, 'T'), `${comment}\n`.replace(/\d+\.\d s/g, 'T'));
});
