// A weightgate.yml that cannot be read (issue 19, item 3). The comment text on its own (the pure
// renderer, real config errors from loadConfig, rendered by GitHub's cmark-gfm), then the Action end to
// end (the committed dist/ against a stand-in GitHub): the old comment is replaced, the job summary and
// the report files are written, the config line is annotated, verdict=error, and the step fails with one line.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/load.js';
import { expandConfig } from '../src/config/expand.js';
import { InputError } from '../src/sources/errors.js';
import { configErrorLine, configProblem, inlineCode, renderConfigErrorComment } from '../src/report/config-error-comment.js';
import { commentMarker, reportKeyOf } from '../src/report/comment-marker.js';
import { tempDir } from './helpers/temp.js';

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
    assert.equal(inlineCode('run `a <b>` then `c`'), 'run <code>a &lt;b&gt;</code> then <code>c</code>');
    assert.equal(inlineCode('a lone ` tick'), 'a lone &#96; tick');
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
