// The action's small parts on their own: inputs, the report shape guard, annotations and their limits,
// the comment key, badge words and colours.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readInputs } from '../src/github/action-inputs.js';
import { checkReportShape } from '../src/check/report-schema.js';
import { annotationsFor, layerLine, LIMITS } from '../src/github/annotations.js';
import { commentMarker, reportKey, reportKeyOf } from '../src/report/comment-marker.js';
import { trackingMarker } from '../src/github/tracking-issue.js';
import { pullRequestOf, readContext } from '../src/github/context.js';
import { readOnlyReason } from '../src/github/fork.js';
import { badgeEndpoint, badgeFields } from '../src/report/badge.js';
import { makeReport } from '../src/check/report.js';
import { reviveReport } from '../src/check/revive-report.js';
import { BROKEN, makeWorkspace, pullRequestEvent } from './helpers/fake-github.js';
import { loadConfig } from '../src/config/load.js';
import { expandModels } from '../src/config/expand.js';
import { runCheck } from '../src/check/run.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers/temp.js';
import { valueAt } from '../src/sources/json-value.js';

const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  test('defaults', () => {
    assert.deepEqual(readInputs(get({})), { config: 'weightgate.yml', failOn: 'error', base: 'auto', comment: 'auto', token: '', badge: [], workingDirectory: '.' });
  });

  test('everything set', () => {
    const i = readInputs(get({
      config: 'ml/weightgate.yml', 'fail-on': 'warning', comment: 'always', 'github-token': 't', engine: 'wasm', shard: '2/3',
      badge: 'a.svg\nb.json', 'tracking-issue': 'Nightly', 'working-directory': 'sub',
    }));
    assert.deepEqual(i, {
      config: 'ml/weightgate.yml', failOn: 'warning', base: 'auto', comment: 'always', token: 't', engine: 'wasm', shard: { index: 2, total: 3 },
      badge: ['a.svg', 'b.json'], trackingIssue: 'Nightly', workingDirectory: 'sub',
    });
  });

  for (const [values, message] of [
    [{ 'fail-on': 'sometimes' }, /input 'fail-on' must be one of error, warning, never, new-errors \(got 'sometimes'\)/],
    [{ comment: 'yes' }, /input 'comment' must be one of auto, always, never/],
    [{ engine: 'gpu' }, /input 'engine' must be one of auto, tfjs-node, wasm, cpu/],
    [{ shard: '3/2' }, /input 'shard' must be i\/n with 1 ≤ i ≤ n/],
    [{ badge: 'badge.png' }, /input 'badge': 'badge\.png' must end in \.svg/],
    [{ merge: 'r/*.json', 'comment-from': 'r.json' }, /'merge' and 'comment-from' exclude each other/],
    [{ merge: 'r/*.json', shard: '1/2' }, /input 'shard' runs one slice/],
  ] as const) {
    test(`refuses ${JSON.stringify(values)}`, () => assert.throws(() => readInputs(get(values)), message));
  }
});

describe('the report shape guard', () => {
  const good = {
    schemaVersion: 1, tool: { name: 'weightgate', version: '0.1.0' }, config: 'weightgate.yml', seconds: 1,
    models: [{ id: 'a', definition: '/r/a.json', weights: '/r/a.h5', origin: 'w.yml:3:5', status: 'error', error: 'x: unreadable', seconds: 0.1 }],
  };

  test('accepts a report the CLI writes', () => assert.doesNotThrow(() => checkReportShape(good, 'r.json')));

  /** Sets the value at `at` in the test's own copy of the report, failing when a step is missing. */
  const setAt = (root: unknown, at: readonly (string | number)[], value: unknown): void => {
    const parent = valueAt(root, ...at.slice(0, -1));
    assert.ok(parent !== null && typeof parent === 'object', `no object at ${at.join('.')}`);
    Reflect.set(parent, at.at(-1)!, value);
  };
  for (const [at, value, message] of [
    [['models', 0, 'id'], { toString: 1 }, /report\.models\[0\]\.id is not a string/],
    [['shards'], { indices: ['<b>'], total: 2 }, /report\.shards\.indices\[0\] is not an integer/],
    [['models', 0, 'status'], 'fine', /report\.models\[0\]\.status is not one of/],
    [['tool', 'version'], 3, /report\.tool\.version is not a string/],
    [['models', 0, 'graph'], { nodes: [], edges: [['a']] }, /edges\[0\] is not a \[from, to\] pair/],
    [['schemaVersion'], 2, /report\.schemaVersion is not one of 1/],
  ] as const) {
    test(`refuses ${message.source}`, () => {
      const j = structuredClone(good);
      setAt(j, at, value);
      assert.throws(() => checkReportShape(j, 'r.json'), (e: Error) => e.message.startsWith('r.json: not a weightgate check report') && message.test(e.message));
    });
  }
});

/** A report with one incompatible model whose definition file names `layer`. */
function oneLayerReport(layer: string, message: string) {
  const root = tempDir('ann');
  const file = path.join(root, 'm.json');
  writeFileSync(file, `{\n "layers": [\n  {"config": {"name": ${JSON.stringify(layer)}}}\n ]\n}`);
  const report = reviveReport({
    schemaVersion: 1, tool: { name: 'weightgate', version: '0' }, config: 'c', seconds: 0,
    models: [{
      id: 'm', definition: file, origin: 'c:1:1', status: 'incompatible', seconds: 0,
      diff: {
        definition: { source: file }, artifact: { source: file }, loader: { rule: 'order', runtime: 'keras2', call: '', reason: '' },
        findings: [{ code: 'shape-mismatch', severity: 'error', layer, weight: null, message, expected: '', actual: '', raises: true }],
        hints: [], coverage: { matched: 0, expected: 0, saved: 0, layersMatched: 0, layersExpected: 0, layersUnchecked: 0 }, loaderError: null,
      },
    }],
  }, 'r');
  return { report, root };
}

describe('annotations', () => {
  test('the line of a layer’s "name" in JSON, escapes included', () => {
    const text = '{\n  "layers": [\n    {"config": {"name": "a.b"}},\n    {"config": {\n      "name" : "we\\"ird"}}\n  ]\n}';
    assert.equal(layerLine(text, 'a.b'), 3);
    assert.equal(layerLine(text, 'we"ird'), 5);
    assert.equal(layerLine(text, 'ab'), undefined);
  });

  test('a 100,000-character layer name: found by a plain search (no RegExp from file data), capped in the annotation', () => {
    const huge = `conv_${'x'.repeat(100_000)}`;
    const text = `{\n "layers": [\n  {"config": {"name": "${huge}"}}\n ]\n}`;
    assert.equal(layerLine(text, huge), 3);
    // Keras writes JSON with json.dumps' ensure_ascii: non-ASCII names are \u-escaped in the file.
    assert.equal(layerLine('{\n"name": "caf\\u00e9"}', 'café'), 2);
    assert.equal(layerLine('{"name" :\n "x"}', 'x'), 2);
    assert.equal(layerLine('{"names": "x", "other": "x"}', 'x'), undefined);
    const { report, root } = oneLayerReport(huge, `Layer ${huge} differs`);
    const [a] = annotationsFor(report, root);
    assert.equal(a!.line, 3);
    assert.ok(a!.title.length < 300, `title of ${a!.title.length} characters`);
    assert.match(a!.title, /in conv_x+… \(100,005 characters\)$/);
    // The difference first, its name cut; then the loader's sentence, cut.
    assert.ok(a!.message.length < 1500, `message of ${a!.message.length} characters`);
    const [difference, blank, sentence] = a!.message.split('\n');
    assert.match(difference!, /^conv_x+… \(100,\d{3} characters\)$/);
    assert.equal(blank, '');
    assert.match(sentence!, /^Layer conv_x+… \(100,019 characters\)$/);
  });

  test('control characters from layer names never reach the job log raw (the text report\'s sanitiser)', () => {
    const name = 'evil\u001b]8;;https://x\u0007link\u001b[2J\u009b\u202e';
    const { report, root } = oneLayerReport(name, `Layer ${name} differs\nsecond line \u0007`);
    const list = annotationsFor(report, root);
    for (const a of list) {
      // A control character other than a line feed (U+0000–001F, U+007F–009F but U+000A), or a bidi override.
      assert.doesNotMatch(a.title + a.message, /[^\P{Cc}\n]|\u202e/u, JSON.stringify(a));
      assert.match(a.title, /evil\\u001b\]8;;https:\/\/x\\u0007link\\u001b\[2J\\u009b\\u202e/);
    }
    assert.deepEqual(list[0]!.message.split('\n').map((l) => l.slice(0, 12)), ['evil\\u001b]8', '', 'Layer evil\\u', 'second line '], 'the difference, then the sentence with its line breaks kept');
  });

  test('the difference first, Keras\' sentence after, once (the founding article\'s conv1 widened from 4 to 8 filters)', async () => {
    const ws = makeWorkspace(BROKEN);
    const config = await loadConfig(path.join(ws, 'weightgate.yml'));
    const report = await runCheck(config, await expandModels(config), { smoke: false });
    const conv1 = annotationsFor(report, ws).find((a) => a.title === 'weightgate: classifier-wide: shape mismatch in conv1');
    assert.ok(conv1);
    const lines = conv1.message.split('\n');
    assert.deepEqual(lines.slice(0, 3), ['conv1/kernel: model (3, 3, 1, 8), file (3, 3, 1, 4)', 'conv1/bias: model (8,), file (4,)', '']);
    assert.equal(lines.length, 4, conv1.message);
    assert.match(lines[3]!, /^The shape of the target variable and the shape of the target value in `variable\.assign\(value\)` must match\. variable\.shape=\(3, 3, 1, 8\), Received: value\.shape=\(3, 3, 1, 4\)/);
  });

  test('one per layer, errors and warnings within their own limits, the last slot counting the rest', () => {
    const root = tempDir('ann');
    const file = path.join(root, 'm.json');
    const layers = Array.from({ length: 30 }, (_, i) => `l${i}`);
    const text = JSON.stringify({ layers: layers.map((name) => ({ config: { name } })) }, null, 1);
    writeFileSync(file, text);
    const l15 = text.split('\n').findIndex((l) => l.includes('"name": "l15"')) + 1;
    const finding = (layer: string, severity: string, weight: string | null = null) => ({ code: severity === 'error' ? 'shape-mismatch' : 'name-mismatch', severity, layer, weight, message: `${layer} differs`, expected: '(3,)', actual: '(4,)', raises: severity === 'error' });
    const report = reviveReport({
      schemaVersion: 1, tool: { name: 'weightgate', version: '0' }, config: 'c', seconds: 0,
      models: [{
        id: 'm', definition: file, origin: 'c:1:1', status: 'incompatible', seconds: 0,
        diff: {
          definition: { source: file }, artifact: { source: file }, loader: { rule: 'order', runtime: 'keras2', call: '', reason: '' },
          findings: [...layers.slice(0, 15).map((l) => finding(l, 'warning')), ...layers.slice(15).flatMap((l) => [finding(l, 'error', `${l}/kernel`), finding(l, 'error', `${l}/bias`)])],
          hints: [], coverage: { matched: 0, expected: 0, saved: 0, layersMatched: 0, layersExpected: 0, layersUnchecked: 0 }, loaderError: null,
        },
      }],
    }, 'r');
    const list = annotationsFor(report, root);
    const errors = list.filter((a) => a.level === 'error');
    const warnings = list.filter((a) => a.level === 'warning');
    assert.equal(errors.length, LIMITS.error);
    assert.equal(warnings.length, LIMITS.warning);
    // Each weight's difference, then the loader's sentence once per kind of finding.
    assert.deepEqual(errors[0], { level: 'error', title: 'weightgate: m: shape mismatch in l15', message: 'l15/kernel: model (3,), file (4,)\nl15/bias: model (3,), file (4,)\n\nl15 differs', file: 'm.json', line: l15 });
    assert.match(errors.at(-1)!.message, /^6 more problems are not annotated here/);
    assert.equal(errors.at(-1)!.file, undefined);
    assert.match(warnings.at(-1)!.message, /^8 more warnings/);
  });
});

describe('keys and markers', () => {
  test('one comment per config and shard set; a complete merge is keyed like an unsharded run', () => {
    const a = reportKey({ config: 'weightgate.yml' });
    assert.match(a, /^[0-9a-f]{16}$/);
    assert.notEqual(reportKey({ config: 'other.yml' }), a);
    assert.notEqual(reportKey({ config: 'weightgate.yml', shards: { indices: [1], total: 2 } }), a);
    assert.equal(commentMarker({ config: 'weightgate.yml' }), `<!-- weightgate:${a} -->`);
    assert.notEqual(trackingMarker('Nightly'), trackingMarker('Nightly 2'));
  });

  test('the key of a config is derived without a report, as a check of it would write it', () => {
    const cwd = path.resolve('/repo');
    assert.deepEqual(reportKeyOf('weightgate.yml', undefined, cwd), { config: 'weightgate.yml' });
    assert.deepEqual(reportKeyOf('./ml/../ml/wg.yml', { index: 2, total: 3 }, cwd), { config: path.join('ml', 'wg.yml'), shards: { indices: [2], total: 3 } });
    // One shard of one is the whole check: no shards in the report, so the same comment.
    assert.deepEqual(reportKeyOf('/repo/weightgate.yml', { index: 1, total: 1 }, cwd), { config: 'weightgate.yml' });
  });
});

describe('context', () => {
  test('a fork’s pull request is read-only; a branch’s is not', () => {
    const dir = tempDir('ctx');
    const at = (payload: unknown, event = 'pull_request') => {
      const file = path.join(dir, `${Math.random()}.json`);
      writeFileSync(file, JSON.stringify(payload));
      return readContext({ GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/models' });
    };
    const fork = at(pullRequestEvent({ action: 'opened', number: 3, headSha: 'f', fork: true }));
    assert.deepEqual(pullRequestOf(fork), { number: 3, headSha: 'f', headRepo: 'fork-contributor/models', baseRepo: 'acme/models' });
    assert.match(readOnlyReason(fork)!, /fork fork-contributor\/models/);
    assert.equal(readOnlyReason(at(pullRequestEvent({ action: 'opened', number: 3, headSha: 'f' }))), undefined);
    // pull_request_target runs with a write token: the base repository's workflow, not the fork's code.
    assert.equal(readOnlyReason(at(pullRequestEvent({ action: 'opened', number: 3, headSha: 'f', fork: true }), 'pull_request_target')), undefined);
  });
});

describe('badge', () => {
  const report = (statuses: string[]) => makeReport({
    schemaVersion: 1, tool: { name: 'weightgate', version: '0' }, config: 'c', seconds: 0,
    models: statuses.map((status, i) => ({ id: `m${i}`, definition: 'd', origin: 'o', status: status as 'compatible', seconds: 0 })),
  });

  test('words and colours', () => {
    assert.deepEqual(badgeFields(report(['compatible', 'compatible'])), { label: 'weights', message: '2/2 compatible', color: 'brightgreen' });
    assert.deepEqual(badgeFields(report(['compatible', 'warnings'])), { label: 'weights', message: '2/2 compatible, 1 with warnings', color: 'orange' });
    assert.deepEqual(badgeFields(report(['compatible', 'incompatible', 'error'])), { label: 'weights', message: '1/3 compatible', color: 'red' });
    assert.deepEqual(JSON.parse(badgeEndpoint(report([]))), { schemaVersion: 1, label: 'weights', message: 'no models', color: 'lightgrey' });
  });
});
