// A weightgate.yml that cannot be read (issue 19, item 3). The comment text on its own (the pure
// renderer, real config errors from loadConfig, rendered by GitHub's cmark-gfm), then the Action end to
// end (the committed dist/ against a stand-in GitHub): the old comment is replaced, the job summary and
// the report files are written, the config line is annotated, verdict=error, and the step fails with one line.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/load.js';
import { expandConfig } from '../src/config/expand.js';
import { InputError } from '../src/sources/errors.js';
import { configErrorLine, configProblem, renderConfigErrorComment } from '../src/report/config-error-comment.js';
import { commentMarker, reportKeyOf } from '../src/report/comment-marker.js';
import { reviveReport } from '../src/check/revive-report.js';
import { mergeReports, toJson } from '../src/check/report.js';
import { brokenConfigReport } from '../src/report/broken-config-report.js';
import { tempDir } from './helpers/temp.js';
import { ACTIONS_BOT, BROKEN, FakeGitHub, FULL, GREEN, makeWorkspace, pullRequestEvent, runAction, scheduleEvent, type ActionRun, type RunOptions } from './helpers/fake-github.js';

const hasCmark = spawnSync('cmark-gfm', ['--version']).status === 0;
const CMARK_SKIP = hasCmark ? false : 'cmark-gfm is not on PATH (Debian: apt-get install -y cmark-gfm)';
const LINKS = [{ label: 'workflow run', url: 'https://github.com/acme/models/actions/runs/4242' }];

function toHtml(markdown: string): string {
  const r = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], { input: markdown, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** A repository (a `.git` folder is enough for the confinement rule) with a config and one definition. */
function repoWith(config: string): { root: string; file: string } {
  const root = tempDir('cfgerr');
  mkdirSync(path.join(root, '.git'));
  mkdirSync(path.join(root, 'ml', 'models'), { recursive: true });
  writeFileSync(path.join(root, 'ml', 'models', 'a.json'), '{}');
  const file = path.join(root, 'ml', 'weightgate.yml');
  writeFileSync(file, config);
  return { root, file };
}

async function errorOf(file: string): Promise<InputError> {
  const err = await loadConfig(file).then(expandConfig).then(() => undefined, (e: unknown) => e);
  assert.ok(err instanceof InputError, `the config ${file} is refused`);
  return err;
}

describe('the config error comment', () => {
  test('a schema error: the place relative to the repository, the problem and the fix', async () => {
    const { root, file } = repoWith('version: 1\nmodels:\n  - definition: models/a.json\n    weigths: models/a.h5\n');
    const err = await errorOf(file);
    const p = configProblem(err, root);
    assert.deepEqual({ file: p.file, line: p.line, column: p.column }, { file: 'ml/weightgate.yml', line: 4, column: 5 });
    assert.match(p.detail, /unknown key 'weigths'.*did you mean 'weights'/);
    assert.equal(configErrorLine(p), `ml/weightgate.yml:4:5: ${p.detail}`);
    const md = renderConfigErrorComment(err, { marker: '<!-- weightgate:k -->', links: LINKS, root, version: '9.9.9' });
    assert.ok(md.startsWith('<!-- weightgate:k -->\n'), 'the marker is the first line');
    assert.match(md, /the config cannot be read/);
    assert.match(md, /<code>ml\/weightgate\.yml<\/code>, line 4, column 5/);
    assert.ok(!md.includes(root), 'no runner path');
    assert.match(md, /weightgate 9\.9\.9 · \[workflow run\]\(https:\/\/github\.com\/acme\/models\/actions\/runs\/4242\)/);
  });

  test('a path outside the repository: the repository\'s own absolute path is left out', async () => {
    const { root, file } = repoWith('version: 1\nmodels:\n  - definition: models/a.json\n    weights: /etc/hostname\n');
    const err = await errorOf(file);
    assert.ok(err.detail.includes(root), 'the CLI message names the folder');
    const p = configProblem(err, root);
    assert.equal(configErrorLine(p), 'ml/weightgate.yml:4:14: models.0.weights: the weights "/etc/hostname" is outside the repository; weightgate reads nothing outside it');
    assert.ok(!renderConfigErrorComment(err, { links: [], root }).includes(root));
  });

  test('an error with no place in the file (no such config) names the file alone', () => {
    const root = tempDir('cfgerr');
    const err = new InputError(path.join(root, 'weightgate.yml'), 'not-found', 'no such configuration file', "Set the action's `config` input.");
    const p = configProblem(err, root);
    assert.deepEqual(p, { file: 'weightgate.yml', detail: 'no such configuration file', fix: "Set the action's `config` input." });
    assert.equal(configErrorLine(p), 'weightgate.yml: no such configuration file');
    // A colon-number tail is only a place when a config error wrote it.
    assert.equal(configProblem(new InputError('a:1:2', 'not-found', 'x'), root).line, undefined);
  });

  test('further schema problems are counted in the one-line form and quoted in the comment', () => {
    const err = new InputError('/r/weightgate.yml:1:1', 'bad-config', "the top level is missing 'version'\n  also: line 3:5: unknown key 'weigths'");
    const p = configProblem(err, '/r');
    assert.equal(configErrorLine(p), "weightgate.yml:1:1: the top level is missing 'version' (and 1 more problem in the config)");
    assert.match(renderConfigErrorComment(err, { links: [], root: '/r' }), /^> the top level is missing 'version'<br> {2}also: line 3:5: unknown key 'weigths'$/m);
  });

  test('names from the config cannot open HTML, links or mentions; only the fix\'s own backtick spans are code', () => {
    const err = new InputError('/r/weightgate.yml:2:3', 'bad-config', "unknown key '<img src=x onerror=alert(1)>' [x](https://evil.example) @octocat", 'Rename it to `definition` (see *the README*).');
    const md = renderConfigErrorComment(err, { links: [], root: '/r' });
    assert.ok(!md.includes('<img'), md);
    assert.ok(!md.includes('@octocat'), md);
    assert.match(md, /^\*\*Fix:\*\* Rename it to <code>definition<\/code> \(see &#42;the README&#42;\)\.$/m);
  });

  test('the place links to the line at the checked commit when the blob URL is given', () => {
    const err = new InputError('/r/ml/weight gate.yml:7:14', 'bad-config', 'x');
    const md = renderConfigErrorComment(err, { links: [], root: '/r', blob: 'https://github.com/acme/models/blob/abc123' });
    assert.match(md, /^\[<code>ml\/weight gate\.yml<\/code>, line 7, column 14\]\(https:\/\/github\.com\/acme\/models\/blob\/abc123\/ml\/weight%20gate\.yml#L7\):$/m);
    assert.ok(!renderConfigErrorComment(err, { links: [], root: '/r', blob: 'javascript:alert(1)' }).includes('javascript'), 'only http(s) links');
  });

  test('the marker is the one a good run of the same config uses', () => {
    const cwd = path.resolve('/w');
    assert.equal(commentMarker(reportKeyOf('ml/weightgate.yml', undefined, cwd)), commentMarker({ config: path.join('ml', 'weightgate.yml') }));
  });
});

describe('the report of a config that cannot be read', () => {
  test('a valid report (its schema) whose one entry is the config, unreadable: verdict error when read back and merged', async () => {
    const { root, file } = repoWith('version: 1\nmodels: [\n');
    const err = await errorOf(file);
    const [a, b] = [1, 2].map((index) => brokenConfigReport(reportKeyOf(file, { index, total: 2 }, root), file, err));
    const back = reviveReport(JSON.parse(JSON.stringify(toJson(a!))), 'a.json');
    assert.equal(back.verdict, 'error');
    assert.deepEqual(back.shards, { indices: [1], total: 2 });
    assert.equal(back.models[0]!.id, 'ml/weightgate.yml (shard 1 of 2)');
    assert.equal(back.models[0]!.error, err.message);
    const merged = mergeReports([back, reviveReport(JSON.parse(JSON.stringify(toJson(b!))), 'b.json')]);
    assert.equal(merged.verdict, 'error');
    assert.equal(merged.shards, undefined, 'both shards: complete');
    assert.deepEqual(merged.notes, ['the config cannot be read, so no model was checked']);
  });
});

describe('the config error comment rendered by cmark-gfm', { skip: CMARK_SKIP }, () => {
  test('the fix renders as code, the problem as a quote, the marker hidden', async () => {
    const { root, file } = repoWith('version: 1\nmodels:\n  - definition: models/a.json\n    weights: ../../outside.h5\n');
    const err = await errorOf(file);
    const md = renderConfigErrorComment(new InputError(err.file, err.kind, err.detail, 'Move the file into the repository, or pass `--allow-outside` for a config you trust.'),
      { marker: commentMarker(reportKeyOf(file, undefined, root)), links: LINKS, root });
    const html = toHtml(md);
    assert.match(html, /<!-- weightgate:[0-9a-f]{16} -->/);
    assert.match(html, /<p><strong>Fix:<\/strong> Move the file into the repository, or pass <code>--allow-outside<\/code> for a config you trust\.<\/p>/);
    assert.ok(!/`/.test(html.replace(/<!--[^]*?-->/g, '')), `no literal backticks: ${html}`);
    assert.match(html, /<blockquote>\n<p>models\.0\.weights: the weights &quot;\.\.\/\.\.\/outside\.h5&quot;/);
    assert.match(html, /<code>ml\/weightgate\.yml<\/code>, line 4, column 14:/);
  });
});

// ---- the Action, end to end ---------------------------------------------------------------------

const PR = 19;
const SHA = '3'.repeat(40);
const run = (o: RunOptions): Promise<ActionRun> => runAction(o);

/** weightgate.yml of `ws` with a second entry whose `weights:` is misspelt: line 6, column 5 (after makeWorkspace's first flow entry). */
function breakConfig(ws: string, file = 'weightgate.yml'): void {
  const target = path.join(ws, file);
  const lines = readFileSync(target, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith('  - {'));
  lines.splice(at + 1, 0, '  - definition: models/classifier.json', '    weigths: weights/classifier.weights.h5');
  writeFileSync(target, lines.join('\n'));
}

function prRun(gh: FakeGitHub, workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return run({ inputs: { 'github-token': 'ghs_workflow', ...inputs }, event: 'pull_request', payload: pullRequestEvent({ action: 'synchronize', number: PR, headSha: SHA }), workspace, github: gh });
}

function ours(gh: FakeGitHub) {
  return gh.commentsOn(PR).filter((c) => c.user.login === ACTIONS_BOT.login && c.body.includes('<!-- weightgate:'));
}

describe('the Action with a config it cannot read', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
    gh.addPull({ number: PR, headSha: SHA, headRepo: FULL, headRef: 'typo' });
  });
  after(() => gh.close());

  const ws = makeWorkspace(BROKEN);
  let firstUrl = '';

  test('an earlier comment is replaced: the config is broken, where and the fix; summary, outputs, report files and one annotation', async () => {
    const first = await prRun(gh, ws);
    assert.equal(first.code, 1, first.stdout + first.stderr);
    firstUrl = first.outputs['comment-url']!;
    assert.match(ours(gh)[0]!.body, /1 incompatible/);

    breakConfig(ws);
    const r = await prRun(gh, ws);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const mine = ours(gh);
    assert.equal(mine.length, 1, 'updated in place, not a second comment');
    assert.equal(r.outputs['comment-url'], firstUrl);
    const body = mine[0]!.body;
    assert.match(body, /^<!-- weightgate:[0-9a-f]{16} -->\n❌ \*\*weightgate: the config cannot be read\*\*/);
    assert.match(body, new RegExp(`\\[<code>weightgate\\.yml</code>, line 6, column 5\\]\\(https://github\\.com/${FULL}/blob/${SHA}/weightgate\\.yml#L6\\):`));
    assert.match(body, /> unknown key 'weigths' in 'models\.1': did you mean 'weights'\?/);
    assert.match(body, /\*\*Fix:\*\* Allowed here: /);
    assert.ok(!body.includes(ws), 'no runner path in the comment');
    assert.doesNotMatch(body, /1 incompatible/);

    // The job summary and the Markdown file say the same, without the marker.
    assert.equal(r.summary, body.slice(body.indexOf('\n') + 1));
    assert.equal(readFileSync(r.outputs['report-markdown']!, 'utf8'), r.summary);
    assert.deepEqual({ verdict: r.outputs.verdict, errors: r.outputs.errors, warnings: r.outputs.warnings, models: r.outputs.models, introduced: r.outputs.introduced },
      { verdict: 'error', errors: '1', warnings: '0', models: '0', introduced: '' });
    // The JSON report is a valid report (its schema), with verdict error when read back.
    const json: unknown = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8'));
    const back = reviveReport(json, 'report-json');
    assert.equal(back.verdict, 'error');
    assert.equal(back.config, 'weightgate.yml');
    assert.match(back.models[0]!.error!, /weightgate\.yml:6:5: unknown key 'weigths'/);
    // Named like the good run's report: the same key.
    assert.equal(path.basename(r.outputs['report-json']!), path.basename(first.outputs['report-json']!));

    // One error annotation, on the config's line, that is also the failed step's line.
    assert.deepEqual(r.annotations.filter((a) => a.level === 'error').map((a) => ({ ...a.props, message: a.message.split('\n')[0] })), [{
      title: 'weightgate: the config cannot be read', file: 'weightgate.yml', line: '6', col: '5',
      message: "weightgate: weightgate.yml:6:5: unknown key 'weigths' in 'models.1': did you mean 'weights'?",
    }]);
  });

  test('the next run that reads the config replaces the error comment', async () => {
    const fixed = makeWorkspace(GREEN, { dir: ws });
    const r = await prRun(gh, fixed);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const mine = ours(gh);
    assert.equal(mine.length, 1);
    assert.equal(r.outputs['comment-url'], firstUrl);
    assert.match(mine[0]!.body, /✅ \*\*weightgate: all 2 models compatible\*\*/);
  });

  test('comment: auto says it with no earlier comment; fail-on: never does not pass a broken config', async () => {
    const other = 20;
    gh.addPull({ number: other, headSha: SHA, headRepo: FULL, headRef: 'typo-2' });
    const w = makeWorkspace(GREEN);
    breakConfig(w);
    const r = await run({ inputs: { 'github-token': 'ghs_workflow', 'fail-on': 'never' }, event: 'pull_request', payload: pullRequestEvent({ action: 'opened', number: other, headSha: SHA }), workspace: w, github: gh });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.equal(gh.commentsOn(other).length, 1);
    assert.match(gh.commentsOn(other)[0]!.body, /the config cannot be read/);
  });
});

describe('the Action with a config it cannot read, off a pull request', () => {
  test('a path outside the repository, from working-directory: the annotation names the config from the repository root', async () => {
    const repo = tempDir('cfgerr-sub');
    mkdirSync(path.join(repo, '.git'));
    makeWorkspace(GREEN, { dir: path.join(repo, 'ml') });
    writeFileSync(path.join(repo, 'ml', 'weightgate.yml'), 'version: 1\nmodels:\n  - definition: models/classifier.json\n    weights: /etc/hostname\n');
    const r = await run({ inputs: { 'working-directory': 'ml' }, event: 'push', payload: {}, workspace: repo });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const [a, ...others] = r.annotations.filter((x) => x.level === 'error');
    assert.equal(others.length, 0);
    assert.deepEqual(a!.props, { title: 'weightgate: the config cannot be read', file: 'ml/weightgate.yml', line: '4', col: '14' });
    assert.equal(a!.message.split('\n')[0], 'weightgate: ml/weightgate.yml:4:14: models.0.weights: the weights "/etc/hostname" is outside the repository; weightgate reads nothing outside it');
    assert.match(r.summary, /<code>ml\/weightgate\.yml<\/code>, line 4, column 14/);
    assert.ok(!r.summary.includes(repo));
    assert.equal(r.outputs.verdict, 'error');
  });

  test('no such config: the summary and the outputs, an annotation without a place (there is no file)', async () => {
    const ws = makeWorkspace(GREEN);
    const r = await run({ inputs: { config: 'nope.yml' }, event: 'push', payload: {}, workspace: ws });
    assert.equal(r.code, 1);
    assert.deepEqual(r.annotations.map((a) => [a.props.file, a.message]), [[undefined, "weightgate: nope.yml: no such configuration file\n→ Set the action's `config` input (relative to `working-directory`), or add weightgate.yml to the repository root; with actions/checkout before this step."]]);
    assert.match(r.summary, /<code>nope\.yml<\/code>:\n\n> no such configuration file\n\n\*\*Fix:\*\* Set the action's <code>config<\/code> input/);
    assert.equal(r.outputs.verdict, 'error');
    assert.ok(readFileSync(r.outputs['report-json']!, 'utf8').includes('"verdict": "error"'));
  });

  test('a nightly run with a broken config is a failing nightly run: the tracking issue opens', async () => {
    const gh = await FakeGitHub.start();
    try {
      const ws = makeWorkspace(GREEN);
      breakConfig(ws);
      const r = await run({ inputs: { 'github-token': 'ghs_workflow', 'tracking-issue': 'nightly is failing' }, event: 'schedule', payload: scheduleEvent(), workspace: ws, github: gh });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const opened = gh.issues.filter((i) => i.user.login === ACTIONS_BOT.login);
      assert.equal(opened.length, 1);
      assert.match(opened[0]!.body, /weightgate\.yml:6:5: unknown key 'weigths'/);
    } finally {
      await gh.close();
    }
  });

  test('shards of a broken config: each writes its own report, and they merge into one with verdict error', async () => {
    const ws = makeWorkspace(GREEN);
    breakConfig(ws);
    const reports = tempDir('cfgerr-shards');
    for (const shard of ['1/2', '2/2']) {
      const r = await run({ inputs: { shard }, event: 'push', payload: {}, workspace: ws });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      cpSync(r.outputs['report-json']!, path.join(reports, path.basename(r.outputs['report-json']!)), { errorOnExist: true });
    }
    const merged = await run({ inputs: { merge: path.join(reports, '*.json') }, event: 'push', payload: {}, workspace: ws });
    assert.equal(merged.outputs.verdict, 'error', merged.stdout + merged.stderr);
    assert.equal(merged.code, 1);
    assert.match(merged.summary, /the config cannot be read, so no model was checked/);
    assert.match(merged.summary, /weightgate\.yml:6:5: unknown key/);
  });
});
