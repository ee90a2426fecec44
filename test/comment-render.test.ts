// The PR comment as a person sees it: rendered to HTML by GitHub's own cmark-gfm (table,
// strikethrough, autolink, tagfilter; raw HTML passed through, as GitHub does before its sanitiser),
// with hostile names from the files; the size limit met by summarising, never by a cut table; the
// Mermaid picture escaped and cut to the problems' neighbourhood.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/load.js';
import { expandModels } from '../src/config/expand.js';
import { runCheck } from '../src/check/run.js';
import { makeReport, toJson, type CheckReport, type ModelResult } from '../src/check/report.js';
import { reviveReport } from '../src/check/revive-report.js';
import { renderComment } from '../src/report/pr-comment.js';
import { layerDiagram, mermaidText } from '../src/report/mermaid.js';
import { displayPath, displayText } from '../src/report/comment-paths.js';
import { renderMarkdown } from '../src/report/render-markdown.js';
import { renderCheckMarkdown } from '../src/report/check-markdown.js';
import { prose, table } from '../src/report/markdown.js';
import { BROKEN, GREEN, makeWorkspace } from './helpers/fake-github.js';

const HOSTILE = '<img src=x onerror=alert(1)> <script>alert(2)</script> **bold** _it_ ~~del~~ @octocat #12 `tick` ``` [click](https://evil.example) www.evil.example | pipe $x$ <!-- c -->';
const LINKS = [{ label: 'workflow run', url: 'https://github.com/acme/models/actions/runs/4242' }];

const hasCmark = spawnSync('cmark-gfm', ['--version']).status === 0;
const CMARK_SKIP = hasCmark ? false : 'cmark-gfm is not on PATH (Debian: apt-get install -y cmark-gfm); the rendered-HTML checks need GitHub’s renderer';

function toHtml(markdown: string): string {
  const r = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], { input: markdown, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

async function check(dir: string): Promise<CheckReport> {
  const config = await loadConfig(path.join(dir, 'weightgate.yml'));
  return runCheck(config, await expandModels(config), { smoke: false });
}

/** Every row of every GFM table has as many cells as its header: no table was cut in half. */
function assertTablesWhole(markdown: string): number {
  const lines = markdown.split('\n');
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!/^\|---/.test(lines[i] ?? '')) continue;
    tables++;
    const cells = (l: string) => l.split('|').length;
    const width = cells(lines[i - 1]!);
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) assert.equal(cells(lines[j]!), width, `row ${j}: ${lines[j]}`);
  }
  return tables;
}

function assertBalanced(markdown: string): void {
  assert.equal(markdown.match(/<details/g)?.length ?? 0, markdown.match(/<\/details>/g)?.length ?? 0, 'details balanced');
  assert.equal((markdown.match(/^```/gm)?.length ?? 0) % 2, 0, 'fences closed');
}

/** A report of `n` models cloned from real results, every `every`-th one broken (none for 0). */
function many(base: CheckReport, n: number, every: number): CheckReport {
  const good = base.models.find((m) => m.status === 'compatible')!;
  const bad = base.models.find((m) => m.status !== 'compatible')!;
  const models: ModelResult[] = Array.from({ length: n }, (_, i) => ({ ...(every && i % every === 0 ? bad : good), id: `model-${String(i).padStart(4, '0')}` }));
  return reviveReport(JSON.parse(JSON.stringify(toJson(makeReport({ ...base, models })))), 'many');
}

describe('the comment rendered by cmark-gfm', { skip: CMARK_SKIP }, () => {
  let report: CheckReport;
  before(async () => {
    report = await check(makeWorkspace([
      GREEN[0]!,
      { name: `evil ${HOSTILE}`, definition: 'classifier_wide', weights: 'classifier.weights.h5', rename: { conv1: HOSTILE, dense: `${HOSTILE} dense` } },
    ]));
  });

  test('hostile names inject no element, link, mention or formatting', () => {
    const md = renderComment(report, { root: '/', links: LINKS, marker: '<!-- weightgate:test -->' });
    const html = toHtml(md);
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((m) => m[1]!.toLowerCase()));
    // wbr: a break opportunity in a long path (GitHub's sanitiser keeps it).
    const allowed = ['table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'p', 'b', 'strong', 'code', 'blockquote', 'br', 'ul', 'li', 'pre', 'sub', 'a', 'em', 'wbr'];
    assert.deepEqual([...tags].filter((t) => !allowed.includes(t)), [], 'only the renderer’s own elements');
    assert.deepEqual([...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]), [LINKS[0]!.url], 'the run link is the only link');
    assert.ok(!/<(strong|em|del)>[^<]*(bold|it|del)/.test(html), 'no emphasis from names');
    assert.ok(!html.includes('<code>tick'), 'no code span from backticks');
    const text = decode(html.replace(/<[^>]+>/g, ''));
    assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'the name is shown as text');
    assert.ok(!/@octocat/.test(text), 'a zero-width joiner breaks the mention');
    assert.ok(!/#12\b/.test(text), 'and the issue reference');
    assert.ok(!/https:\/\/evil/.test(text), 'and the URL');
    assert.equal(html.match(/<!--/g)?.length, 1, 'our marker is the only comment');
  });

  test('tables come out whole, with the columns of the header', () => {
    const md = renderComment(report, { root: '/', links: LINKS });
    assert.ok(assertTablesWhole(md) >= 2);
    const html = toHtml(md);
    for (const t of html.split('<table>').slice(1)) {
      const head = (t.split('</thead>')[0]!.match(/<th[\s>]/g) ?? []).length;
      for (const row of t.split('<tbody>')[1]?.split('</tbody>')[0]!.split('</tr>').filter((r) => r.includes('<td')) ?? []) {
        assert.equal((row.match(/<td[\s>]/g) ?? []).length, head);
      }
    }
  });

  test('the layer graph is a mermaid block with entity-coded labels', () => {
    const html = toHtml(renderComment(report, { root: '/', links: LINKS }));
    const block = /<pre lang="mermaid"><code>([\s\S]*?)<\/code><\/pre>|<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/.exec(html);
    assert.ok(block, 'a mermaid code block');
    const source = decode(block[1] ?? block[2]!);
    for (const label of source.matchAll(/\["([^"]*)"\]/g)) assert.ok(!/[<>`[\]]/.test(label[1]!.replace(/<br\/>/g, '')), label[1]);
    assert.match(source, /class n\d+(,n\d+)* error/);
  });
});

describe('size: summarised, never cut', () => {
  let base: CheckReport;
  before(async () => {
    base = await check(makeWorkspace(BROKEN));
  });

  test('one broken model: everything shown', () => {
    const md = renderComment(base, { root: '/', links: LINKS });
    assert.ok(!md.includes('left out'));
    assert.match(md, /```mermaid/);
    assertBalanced(md);
  });

  for (const [n, every] of [[50, 5], [400, 2], [5_000, 3]] as const) {
    test(`${n} models fit a comment (65,536 characters) with whole tables`, () => {
      const r = many(base, n, every);
      const md = renderComment(r, { root: '/', links: LINKS, marker: '<!-- weightgate:x -->' });
      assert.ok(md.length <= 65_536, `${md.length} characters`);
      assert.ok(Buffer.byteLength(md) <= 60_000);
      assert.match(md, new RegExp(`weightgate: ${Math.ceil(n / every)} incompatible, ${n - Math.ceil(n / every)} compatible\\*\\* \\(of ${n}\\)`));
      assertTablesWhole(md);
      assertBalanced(md);
      if (n > 50) assert.match(md, /Some details are left out to fit a GitHub comment; the job summary of \[workflow run\]/);
    });
  }

  test('5,000 compatible models: as many rows as fit, the rest counted', () => {
    const md = renderComment(many(base, 5_000, 0), { root: '/', links: LINKS });
    assert.ok(Buffer.byteLength(md) <= 60_000);
    assert.match(md, /^✅ \*\*weightgate: all 5000 models compatible\*\*/);
    assert.match(md, /… and [\d,]+ more models \(\d+ compatible\)\./);
    assert.ok(assertTablesWhole(md) === 1 && md.split('\n').filter((l) => l.startsWith('| ✅')).length > 100);
  });

  test('the job summary budget keeps more detail than the comment', () => {
    const r = many(base, 400, 2);
    const comment = renderComment(r, { root: '/', links: LINKS });
    const summary = renderComment(r, { root: '/', links: LINKS, maxBytes: 1_000_000 });
    assert.ok(summary.length > comment.length);
    assert.ok(Buffer.byteLength(summary) <= 1_000_000);
    assertTablesWhole(summary);
  });

  test('an all-green report is brief and says so', async () => {
    const md = renderComment(await check(makeWorkspace(GREEN)), { root: '/', links: LINKS });
    assert.match(md, /^✅ \*\*weightgate: all 2 models compatible\*\*\n\n<details><summary>2 models checked<\/summary>/);
    assert.ok(md.split('\n').length < 15);
  });
});

describe('mermaid', () => {
  function chain(n: number, problems: number[]): ModelResult {
    const names = Array.from({ length: n }, (_, i) => `layer_${i}`);
    const findings = problems.map((i) => ({
      code: 'shape-mismatch', severity: 'error', layer: names[i], weight: `${names[i]}/kernel`, message: 'm', expected: '(3, 4)', actual: '(3, 5)', raises: true,
    }));
    const json = {
      schemaVersion: 1, tool: { name: 'weightgate', version: '0' }, config: 'c.yml', seconds: 0,
      models: [{
        id: 'big', definition: '/r/big.json', weights: '/r/big.h5', origin: 'c.yml:1:1', status: 'incompatible', seconds: 0,
        graph: { nodes: names.map((name) => ({ name, className: 'Dense' })), edges: names.slice(1).map((b, i) => [names[i], b]) },
        diff: {
          definition: { source: '/r/big.json' }, artifact: { source: '/r/big.h5' }, loader: { rule: 'order', runtime: 'keras2', call: 'load_weights()', reason: 'r' },
          findings, hints: [], coverage: { matched: 0, expected: 1, saved: 1, layersMatched: 0, layersExpected: 1, layersUnchecked: 0 }, loaderError: null,
        },
      }],
    };
    return reviveReport(json, 'synthetic').models[0]!;
  }

  test('a large model is cut to the problems and their neighbours within two steps', () => {
    const d = layerDiagram(chain(300, [150]))!;
    const labels = d.lines.filter((l) => /^\s+n\d+\["/.test(l)).map((l) => /\["([^<"]*)/.exec(l)![1]);
    assert.deepEqual(labels, ['layer_148', 'layer_149', 'layer_150', 'layer_151', 'layer_152']);
    assert.equal(d.total, 300);
    assert.match(d.lines.find((l) => l.includes('layer_150'))!, /kernel: expected \(3, 4\), saved \(3, 5\)/);
  });

  test('never more than 40 boxes, problems first', () => {
    const d = layerDiagram(chain(500, Array.from({ length: 30 }, (_, i) => i * 15)))!;
    const boxes = d.lines.filter((l) => /^\s+n\d+\["/.test(l));
    assert.equal(boxes.length, 40);
    for (let i = 0; i < 30; i++) assert.ok(boxes.some((b) => b.includes(`"layer_${i * 15}<br/>`)), `problem layer_${i * 15} kept`);
  });

  test('a small model is drawn whole', () => {
    assert.equal(layerDiagram(chain(12, [3]))!.shown, 12);
  });

  test('labels are entity-coded: quotes, brackets, angle brackets, ampersands, hashes', () => {
    assert.equal(mermaidText('a"b]c[d<e>&f#g`h'), 'a#34;b#93;c#91;d#60;e#62;#38;f#35;g#96;h');
    assert.equal(mermaidText('x'.repeat(100), 10), `${'x'.repeat(9)}#8230;`);
  });
});

test('paths from another runner are shown from its workspace', () => {
  assert.equal(displayPath('/home/runner/work/models/models/ml/a.json', '/tmp/elsewhere'), 'ml/a.json');
  assert.equal(displayPath('D:\\a\\models\\models\\ml\\a.json', '/tmp/elsewhere'), 'ml/a.json');
  assert.equal(displayPath('/tmp/ws/ml/a.json', '/tmp/ws'), 'ml/a.json');
  assert.equal(displayPath('https://example.org/w.h5', '/tmp/ws'), 'https://example.org/w.h5');
  assert.equal(displayPath('/opt/data/w.h5', '/tmp/ws'), 'w.h5');
});

// ---- many models with deep paths (issue 19, items 11-12) -----------------------------------------

/** `n` models in a repository at `root`, each in its own deep folder as real repositories keep them; every `every`-th broken. */
function deep(base: CheckReport, root: string, n: number, every: number): CheckReport {
  const families = ['vision/detection/resnet-lite', 'vision/classification/mobilenet-head', 'nlp/intent/text-cnn', 'audio/keyword-spotting/speech-kws'];
  const good = base.models.find((m) => m.status === 'compatible')!;
  const bad = base.models.find((m) => m.status !== 'compatible')!;
  const models: ModelResult[] = Array.from({ length: n }, (_, i) => {
    const folder = path.join(root, 'models', families[i % families.length]!, `v${i}`);
    return { ...(every && i % every === 0 ? bad : good), id: `model-${i}`, definition: path.join(folder, 'model.json'), weights: path.join(folder, 'model.weights.h5') };
  });
  return reviveReport(JSON.parse(JSON.stringify(toJson(makeReport({ ...base, models })))), 'deep');
}

/** The longest stretch of a table cell's text a browser cannot wrap (no space, hyphen or <wbr> in it). */
function longestUnbreakable(html: string): number {
  let longest = 0;
  for (const cell of html.matchAll(/<td>([\s\S]*?)<\/td>/g)) {
    const text = decode(cell[1]!.replace(/<wbr>/g, ' ').replace(/<br \/>|<br>/g, ' ').replace(/<[^>]+>/g, ''));
    for (const word of text.split(/[\s-]+/)) longest = Math.max(longest, [...word].length);
  }
  return longest;
}

describe('many models with deep paths stay within GitHub’s column', { skip: CMARK_SKIP }, () => {
  let base: CheckReport;
  const root = '/home/runner/work/acme-models/acme-models';
  before(async () => {
    base = await check(makeWorkspace(BROKEN));
  });

  test('no table cell holds a long unbreakable path; the shared folder is said once, in the header', () => {
    const md = renderComment(deep(base, root, 50, 7), { root, links: LINKS });
    const html = toHtml(md);
    // 48 monospace characters are about 340 px of the ~850 px column: the reason and smoke columns keep their room.
    assert.ok(longestUnbreakable(html) <= 48, `an unbreakable stretch of ${longestUnbreakable(html)} characters`);
    assert.match(md, /\| {3}\| model \| files in <code>models\/<\/code> \| findings \| smoke \|/);
    assert.match(md, /<code>vision\/detection\/resnet-lite\/v0\/<\/code><br><code>model.json<\/code> \+ <code>model.weights.h5<\/code>/);
    assertTablesWhole(md);
  });

  test('a long model name may wrap after its underscores and slashes; a short one stays whole', () => {
    const r = deep(base, root, 3, 1);
    r.models[0]!.id = 'resnet_lite_detection_v3_final_quantized';
    r.models[1]!.id = 'models/vision/detection/resnet-lite/v3/model.json';
    const html = toHtml(renderComment(r, { root, links: LINKS }));
    assert.ok(longestUnbreakable(html) <= 48);
    assert.match(html, /<td>resnet_<wbr>lite_<wbr>detection_<wbr>v3_<wbr>final_<wbr>quantized<\/td>/);
    assert.match(html, /<td>models\/<wbr>vision\/<wbr>detection\//);
    assert.match(html, /<td>model-2<\/td>/);
  });

  test('every failing row says why in one line, the difference first', () => {
    const md = renderComment(deep(base, root, 50, 7), { root, links: LINKS });
    const failing = md.split('\n').filter((l) => l.startsWith('| ❌ | model-'));
    assert.equal(failing.length, 8);
    for (const row of failing) assert.match(row, /\| \*\*3 errors\*\*: conv1\/kernel: model \(3, 3, 1, 8\), file \(3, 3, 1, 4\) \|/);
  });

  test('Keras’ message, optimizer state and a repeated hint are written once per comment, not per model', () => {
    const r = deep(base, root, 20, 2);
    const md = renderComment(r, { root, links: LINKS, maxBytes: 1_000_000 });
    const count = (s: string) => md.split(s).length - 1;
    assert.equal(count('&lt;Variable path=conv1/kernel'), 2, 'the section quote and What Keras raises, once each');
    assert.equal(count('<summary>What Keras raises</summary>'), 1);
    assert.equal(count("Keras raises the message shown for <b>model-0</b>, with this model's names and shapes."), 9);
    assert.equal(count('This is the first Dense after Flatten'), 1);
    assert.equal(count('the same hint as for <b>model-0</b>'), 9);
    // Each model's own values stay in its table.
    assert.equal(count('| ❌ | conv1 | conv1/kernel | (3, 3, 1, 8) | (3, 3, 1, 4) | raises |'), 10);
  });

  test('a sentence about the whole file: the first model explains it, the others give their figure', () => {
    const r = deep(base, root, 3, 1);
    r.models.forEach((m, i) => m.diff!.findings.push({
      code: 'optimizer-state', severity: 'info', raises: false, layer: '', weight: null, count: 10 + i, expected: '—', actual: `${10 + i} variables`,
      message: `The file also holds optimizer state (${10 + i} variables); it is never part of compatibility and inference does not need it.`,
    }));
    const md = renderComment(r, { root, links: LINKS });
    assert.equal(md.split('it is never part of compatibility').length - 1, 1);
    assert.match(md, /- ℹ️ Optimizer state: 11 variables, as explained for <b>model-0<\/b>/);
    assert.match(md, /- ℹ️ Optimizer state: 12 variables, as explained for <b>model-0<\/b>/);
  });
});

describe('paths in the comment are the repository’s, never the runner’s', () => {
  test('notes, errors, hints and the base comparison: the workspace cut away', async () => {
    const dir = makeWorkspace(GREEN);
    appendFileSync(path.join(dir, 'weightgate.yml'), '  - { name: gone, definition: models/classifier.json, weights: weights/missing.weights.h5 }\n');
    const r = await check(dir);
    r.notes = [`models.1 also matches ${path.join(dir, 'models', 'classifier.json')}: checked once`];
    r.base = { ref: 'main', unavailable: `git could not read ${dir}/.git: not a repository` };
    const gone = r.models.find((m) => m.id === 'gone')!;
    assert.equal(gone.status, 'error');
    assert.ok(gone.error!.includes(dir), 'the error names the absolute path');
    for (const md of [renderComment(r, { root: dir, links: LINKS }), renderComment(r, { root: dir, links: LINKS, maxBytes: 1_000_000 })]) {
      assert.ok(!md.includes(dir), md.split('\n').find((l) => l.includes(dir)));
      assert.match(md, /models\/classifier.json: checked once/);
      assert.match(md, /git could not read \.git: not a repository/);
      assert.match(md, /\*\*unreadable\*\*: [^|]*missing.weights.h5/);
    }
  });

  test('displayText: the repository and a runner’s workspace anywhere in a sentence; HDF5 paths untouched', () => {
    assert.equal(displayText('/repo/a/b.json: no such file (resolved from /repo/a)', '/repo'), 'a/b.json: no such file (resolved from a)');
    assert.equal(displayText('outside the repository (/repo)', '/repo'), 'outside the repository (./)');
    assert.equal(displayText('see /repo-old/x and /other/repo/x', '/repo'), 'see /repo-old/x and /other/repo/x');
    assert.equal(displayText('read /home/runner/work/app/app/models/a.json twice', '/tmp/x'), 'read models/a.json twice');
    assert.equal(displayText('dataset /layers/dense/vars/0 is empty', '/repo'), 'dataset /layers/dense/vars/0 is empty');
    assert.equal(displayText('x', '/'), 'x');
  });
});

describe('quoted fixes render as code', { skip: CMARK_SKIP }, () => {
  test('in a hint inside the model’s <details>, in a table cell, in a note and in diff --markdown', async () => {
    const dir = makeWorkspace([{ name: 'head', definition: 'classifier_finetune', weights: 'classifier_legacy.h5' }]);
    const r = await check(dir);
    const html = toHtml(renderComment(r, { root: dir, links: LINKS }));
    assert.match(html, /allow it with <code>--allow-mismatch new_dense<\/code> \(config: <code>allow: \{ mismatch: \[new_dense\] \}<\/code>\)/);
    assert.ok(!html.includes('&#96;') && !html.includes('`--allow'), 'no literal backtick');
    const diffHtml = toHtml(renderMarkdown(r.models[0]!.diff!));
    assert.match(diffHtml, /<code>--allow-mismatch new_dense<\/code>/);
    const cell = toHtml(table(['a', 'b'], [['x', prose('raise it: `--limit maxLayers=off` | or not')]]).join('\n'));
    assert.match(cell, /<td>raise it: <code>--limit maxLayers=off<\/code> \| or not<\/td>/);
    r.notes = ['a limit was ignored: set `allow-config-limits: true` in the workflow'];
    assert.match(toHtml(renderComment(r, { root: dir })), /<blockquote>\n<p>⚠️ a limit was ignored: set <code>allow-config-limits: true<\/code> in the workflow<\/p>/);
  });

  test('a name from a file never opens a code span, and unpaired backticks stay text', () => {
    assert.equal(prose('allow `--allow-mismatch a`b`'), 'allow &#96;--allow-mismatch a&#96;b&#96;');
    assert.equal(prose('allow `--allow-mismatch x`y`` ok', ['x`y']), 'allow &#96;--allow-mismatch x&#96;y&#96;&#96; ok');
    assert.equal(prose('use `a<b>`'), 'use <code>a&lt;b&gt;</code>');
  });
});

test('check --markdown is the job summary’s rendering, paths from the working directory (../ kept)', async () => {
  const dir = makeWorkspace(BROKEN);
  const r = await check(dir);
  const md = renderCheckMarkdown(r, { root: path.join(dir, 'models') });
  assert.match(md, /\| ❌ \| classifier-wide \| <code>classifier&#95;wide.json<\/code><br><code>..\/weights\/classifier.weights.h5<\/code> \| \*\*3 errors\*\*: conv1\/kernel: model/);
  assert.ok(!md.includes(dir));
  assert.equal(md, renderComment(r, { root: path.join(dir, 'models'), paths: 'local', maxBytes: 1_000_000, maxRows: 1_000, links: [] }).trimEnd());
});
