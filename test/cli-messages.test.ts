// Issue 19, item 8: every message renders real line breaks (an unreadable model's cause and fix, in
// the text report and in Markdown), plain words instead of internal format ids, counted nouns, and
// Keras' own sentence once.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import type { ModelResult } from '../src/check/report.js';
import { modelLine } from '../src/report/check-text.js';
import { FORMAT_NAMES } from '../src/text/format-names.js';
import { fx, run } from './helpers/cli.js';
import { kerasOf } from './helpers/hostile.js';
import { tempDir } from './helpers/temp.js';

const FX = path.dirname(fx('weightgate.yml'));
/** The format ids of src/model/types.ts; `tfjs-layers` followed by a version is TF.js' own name for itself (a producer), not the id. */
const FORMAT_ID = /\b(keras-h5-full|keras-h5-weights|keras3-weights-h5|keras3-weights-sharded|keras3-archive|tfjs-layers(?! \d))\b/;

test('unreadable models of every kind: cause and fix on lines of their own, in the text report and in Markdown', async () => {
  const server = http.createServer((_req, res) => { res.writeHead(404).end('no such file'); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const dir = tempDir('messages');
    execFileSync('git', ['init', '-q', dir]);
    await mkdir(path.join(dir, 'models'));
    await mkdir(path.join(dir, 'weights'));
    await cp(fx('models', 'classifier.json'), path.join(dir, 'models', 'classifier.json'));
    await writeFile(path.join(dir, 'weights', 'bad.h5'), 'not an HDF5 file at all');
    await kerasOf(FX, path.join(dir, 'models', 'hostile.keras'), (m) => [...m, { name: '../../evil.txt', data: Buffer.from('x') }]);
    const config = path.join(dir, 'weightgate.yml');
    await writeFile(config, [
      'version: 1',
      `remote: { allow_http: ["127.0.0.1"], allow_hosts: ["127.0.0.1"], retries: 0 }`,
      'models:',
      '  - { name: bad-hdf5, definition: models/classifier.json, weights: weights/bad.h5 }',
      '  - { name: missing, definition: models/classifier.json, weights: weights/nope.weights.h5 }',
      '  - { name: hostile-zip, definition: models/hostile.keras }',
      `  - { name: remote-404, definition: models/classifier.json, weights: "http://127.0.0.1:${port}/w.weights.h5" }`,
    ].join('\n'));
    const r = await run('check', '--config', config, '--markdown', '-');
    assert.equal(r.code, 1);
    const text = r.err;
    const markdown = r.out;
    assert.match(text, /4 unreadable/);
    for (const shown of [text, markdown]) {
      assert.doesNotMatch(shown, /\\n|&#92;n/, 'no literal \\n');
    }
    // Each model's section: the cause, then the fix on its own line.
    for (const cause of [/bad\.h5: not a Keras or TF\.js file/, /nope\.weights\.h5: no such file/, /evil\.txt.*path traversal/, /w\.weights\.h5: the server says 404/]) {
      assert.match(text, new RegExp(`  .*${cause.source}.*\\n  → \\S`), `text: ${cause.source}`);
      assert.match(markdown, new RegExp(`${cause.source.replaceAll('\\.', '\\.')}.*<br>\\s*→ \\S`), `markdown: ${cause.source}`);
    }
  } finally {
    server.close();
  }
});

test('formats are named in words, never by their internal id, in text, Markdown and the JSON report\'s messages', async () => {
  assert.deepEqual(Object.keys(FORMAT_NAMES).sort(), ['keras-h5-full', 'keras-h5-weights', 'keras3-archive', 'keras3-weights-h5', 'keras3-weights-sharded', 'tfjs-layers']);
  const pairs = [
    [fx('models', 'classifier.json'), fx('weights', 'classifier_legacy.h5')],
    [fx('models', 'classifier_wide.json'), fx('weights', 'classifier.weights.h5')],
    [fx('tfjs', 'model.json')],
  ];
  for (const pair of pairs) {
    for (const form of [[], ['--markdown']]) {
      const r = await run('diff', ...pair, ...form);
      assert.doesNotMatch(r.out, FORMAT_ID, `${pair.join(' ')} ${form.join(' ')}`);
    }
    const j = JSON.parse((await run('diff', ...pair, '--json')).out) as { loader: { reason: string }; findings: { message: string; note?: string; actual: string }[] };
    assert.doesNotMatch(j.loader.reason, FORMAT_ID);
    for (const f of j.findings) assert.doesNotMatch(`${f.message} ${f.note ?? ''} ${f.actual}`, FORMAT_ID);
  }
  const legacy = await run('diff', fx('models', 'classifier.json'), fx('weights', 'classifier_legacy.h5'));
  assert.match(legacy.out, /legacy HDF5 \(weights only\): Keras 3 load_weights\(path\) pairs/);
  // A rule no loader applies to the file: the message names the format in words.
  const rule = JSON.parse((await run('diff', fx('models', 'classifier.json'), fx('weights', 'classifier.weights.h5'), '--loader', 'tfjs', '--json')).out) as { findings: { code: string; message: string; actual: string }[] };
  const unsupported = rule.findings.find((f) => f.code === 'loader-unsupported');
  assert.ok(unsupported, JSON.stringify(rule.findings.map((f) => f.code)));
  assert.match(unsupported.message, /^No loader pairs a Keras 3 weights \(\.weights\.h5\) by the tfjs rule/);
  assert.equal(unsupported.actual, 'Keras 3 weights (.weights.h5)');
});

test('counts: "1 error", "2 errors", and a zero count left out', () => {
  const line = (error: number, warning: number) => modelLine({
    id: 'm', definition: 'd.json', status: error ? 'incompatible' : warning ? 'warnings' : 'compatible', seconds: 0,
    diff: { counts: { error, warning, info: 0 } },
  } as unknown as ModelResult, '/');
  assert.match(line(1, 0), /incompatible \(1 error\) {2}\[/);
  assert.match(line(2, 1), /incompatible \(2 errors, 1 warning\)/);
  assert.match(line(0, 2), /warnings \(2 warnings\)/);
  assert.doesNotMatch(line(0, 0), /\(/);
});

test('Keras\' sentence is shown once: quoted in "raises", not repeated under the table', async () => {
  const r = await run('diff', fx('models', 'classifier_wide.json'), fx('weights', 'classifier.weights.h5'));
  assert.equal(r.code, 1);
  assert.equal(r.out.split('The shape of the target variable and the shape of the target value').length - 1, 1, r.out);
  // tf-keras' single-line error (the legacy file, paired by order) is the same sentence as the section's: once.
  const legacy = await run('diff', fx('models', 'classifier_wide.json'), fx('weights', 'classifier_legacy.h5'));
  const sentence = /raises {4}(.+)/.exec(legacy.out)?.[1];
  assert.ok(sentence, legacy.out);
  assert.equal(legacy.out.split(sentence).length - 1, 1, legacy.out);
  // A whole-file finding that is the loader's error (by_name on a Keras 3 file): quoted once, referred to after.
  const byName = await run('diff', fx('models', 'classifier.json'), fx('weights', 'classifier.weights.h5'), '--by-name');
  assert.equal(byName.out.split('`by_name` only supports loading legacy').length - 1, 1, byName.out);
  assert.match(byName.out, /Loader refuses\n {2}✖ the error quoted under "raises" above\n {4}weightgate paired the layers by the names/);
  // diff --markdown follows the same rule: quoted under "Keras raises", not again under the table.
  for (const weights of ['classifier.weights.h5', 'classifier_legacy.h5']) {
    const md = await run('diff', fx('models', 'classifier_wide.json'), fx('weights', weights), '--markdown');
    assert.match(md.out, /\*\*Keras raises:\*\*/);
    const quoted = md.out.split('\n').filter((l) => l.startsWith('> '));
    assert.equal(quoted.length, 1, md.out);
  }
});
