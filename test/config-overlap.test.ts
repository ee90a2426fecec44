// Entries that overlap and globs that match nothing, through the CLI on a real folder: every model is
// checked once, with the settings of the entry that names it explicitly, and one bad entry never stops
// the others.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fx, run } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

interface Report { models: { id: string; status: string; error?: string; diff?: { loader: { rule: string }; findings: { code: string; severity: string }[] } }[]; notes?: string[] }

function repo(config: string): string {
  const dir = tempDir('overlap');
  mkdirSync(path.join(dir, 'models'));
  mkdirSync(path.join(dir, 'artifacts'));
  for (const m of ['classifier', 'classifier_finetune']) copyFileSync(fx('models', `${m}.json`), path.join(dir, 'models', `${m}.json`));
  for (const w of ['classifier.weights.h5', 'classifier_finetune.weights.h5']) copyFileSync(fx('weights', 'classifier.weights.h5'), path.join(dir, 'artifacts', w));
  writeFileSync(path.join(dir, 'weightgate.yml'), config);
  return dir;
}

async function check(dir: string): Promise<{ code: number; report: Report; err: string }> {
  const json = path.join(dir, 'r.json');
  const r = await run('check', '--config', path.join(dir, 'weightgate.yml'), '--json', json);
  return { code: r.code, err: r.err, report: JSON.parse(readFileSync(json, 'utf8')) as Report };
}

test('an explicit entry wins over a glob that also matches its definition (the README example\'s shape), with a note naming both', async () => {
  const dir = repo(`version: 1
models:
  - name: classifier-finetune
    definition: models/classifier_finetune.json
    weights: artifacts/classifier.weights.h5
    skip_mismatch: true
    allow: { mismatch: [new_dense] }
  - definition: "models/*.json"
    weights: "artifacts/{stem}.weights.h5"
`);
  const r = await check(dir);
  assert.deepEqual(r.report.models.map((m) => m.id).sort(), ['classifier', 'classifier-finetune'], 'each definition checked once');
  const finetune = r.report.models.find((m) => m.id === 'classifier-finetune');
  assert.equal(finetune?.status, 'compatible', 'with its own allow and skip_mismatch');
  assert.equal(r.code, 0);
  assert.deepEqual(r.report.notes, ['models.1 ("models/*.json") also matches models/classifier_finetune.json, which models.0 names explicitly: models.0\'s settings apply and models.1 skips it']);
  assert.match(r.err, /models\.1 .* also matches models\/classifier_finetune\.json/);
});

test('a glob that matches nothing is one unreadable model naming the entry and the nearest files; the others are checked', async () => {
  const dir = repo(`version: 1
models:
  - name: classifier
    definition: models/classifier.json
    weights: artifacts/classifier.weights.h5
  - definition: "model/*.json"
    weights: "artifacts/{stem}.weights.h5"
  - definition: "models/classifer*.json"
`);
  const r = await check(dir);
  assert.equal(r.report.models.find((m) => m.id === 'classifier')?.status, 'compatible');
  const bad = r.report.models.filter((m) => m.status === 'error');
  assert.equal(bad.length, 2);
  assert.match(bad.find((m) => m.id === 'models/classifer*.json')?.error ?? '', /models\.2: definition 'models\/classifer\*\.json' matches no file .*nearest: models\/classifier\.json/);
  assert.match(bad.find((m) => m.id === 'model/*.json')?.error ?? '', /models\.1: definition 'model\/\*\.json' matches no file/);
  assert.equal(r.code, 1, 'an unreadable model fails the check, as any unreadable model does');
});
