// weightgate.yml: validation messages with line and column, did-you-mean, globs and templates, shards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { ConfigError, loadConfig, parseConfig } from '../src/config/load.js';
import { expandModels, parseShard, shardJobs, stemOf } from '../src/config/expand.js';

function problem(text: string): string {
  try {
    parseConfig('weightgate.yml', text);
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err.message;
  }
  assert.fail('expected a ConfigError');
}

test('the published schema is a valid JSON Schema and accepts the bundled example', async () => {
  const schema = JSON.parse(await readFile(path.resolve(import.meta.dirname, '..', 'schema', 'weightgate.schema.json'), 'utf8'));
  const ajv = new Ajv({ strict: false });
  assert.ok(ajv.validateSchema(schema));
  const cfg = await loadConfig(path.resolve(import.meta.dirname, '..', 'fixtures', 'weightgate.yml'));
  assert.equal(cfg.models.length, 5);
});

test('an unknown key names file, line and column, and suggests the right one', () => {
  const m = problem('version: 1\nmodels:\n  - name: a\n    definiton: x.json\n');
  assert.match(m, /^weightgate\.yml:4:5: unknown key 'definiton' in 'models\.0': did you mean 'definition'\?/);
  assert.match(m, /Allowed here: name, definition/);
  assert.match(problem('version: 1\nmodels:\n  - definition: x.json\n    smoke: { atoll: 1 }\n'), /:4:14: unknown key 'atoll' in 'models\.0\.smoke': did you mean 'atol'\?/);
  assert.doesNotMatch(problem('version: 1\nmodels:\n  - definition: x.json\n    zzzzzz: 1\n'), /did you mean/);
});

test('wrong values say what was expected, all at once', () => {
  const m = problem('version: 1\ndefaults: { loader: sideways }\nmodels:\n  - definition: x.json\n    weights: [a.h5, 3]\n    sha256: abc\n');
  assert.match(m, /:2:21: 'defaults\.loader' is "sideways"; expected one of "auto", "order", "name", "path", "tfjs"/);
  assert.match(m, /line 5:21: 'models\.0\.weights\.1' is 3; expected a string/);
  assert.match(m, /line 6:13: 'models\.0\.sha256' is "abc"; expected 64 hexadecimal characters/);
  assert.match(problem('version: 2\nmodels: [{definition: a}]\n'), /:1:10: 'version' is 2; expected 1/);
  assert.match(problem('models: [{definition: a}]\n'), /the top level is missing 'version'/);
});

test('broken YAML is reported at its position', () => {
  assert.match(problem('version: 1\nmodels\n  - definition: [x\n'), /^weightgate\.yml:2:1: not valid YAML/);
  assert.match(problem('version: 1\nversion: 1\nmodels: []\n'), /not valid YAML: Map keys must be unique/);
});

test('a missing config file says how to create one', async () => {
  await assert.rejects(loadConfig('weightgate.yml'), /no such configuration file[\s\S]*Create weightgate\.yml/);
});

test('globs expand to one pair per match, with {stem}, {name} and {dir}, excludes, sorted', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wg-cfg-'));
  await mkdir(path.join(dir, 'models'));
  await mkdir(path.join(dir, 'artifacts'));
  for (const n of ['b_net', 'a_net', 'c_test']) {
    await writeFile(path.join(dir, 'models', `${n}.model.json`), '{}');
    await writeFile(path.join(dir, 'artifacts', `${n}.weights.h5`), '');
  }
  await writeFile(path.join(dir, 'w.yml'), [
    'version: 1',
    'defaults: { allow: { missing: [x] }, smoke: { seed: 3 } }',
    'models:',
    '  - definition: "models/*.model.json"',
    '    exclude: ["*_test.*"]',
    '    weights: "artifacts/{stem}.weights.h5"',
    '    allow: { missing: [y] }',
    '  - name: "legacy-{name}"',
    '    definition: models/a_net.model.json',
    '    weights: ["{dir}/../artifacts/{stem}.weights.h5", "https://example.org/{stem}.h5"]',
  ].join('\n'));
  const cfg = await loadConfig(path.join(dir, 'w.yml'));
  const jobs = await expandModels(cfg);
  assert.deepEqual(jobs.map((j) => j.id), ['a_net', 'b_net', 'legacy-a_net.model (a_net.h5)', 'legacy-a_net.model (a_net.weights.h5)']);
  assert.equal(jobs[0].weights, path.join(dir, 'artifacts', 'a_net.weights.h5'));
  assert.deepEqual(jobs[0].options.allow.missing, ['x', 'y']);
  assert.equal(jobs[0].options.smoke.seed, 3);
  assert.equal(jobs[2].weights, 'https://example.org/a_net.h5');
  assert.match(jobs[0].origin, /w\.yml:4:5$/);
});

test('two pairs with one name, and a glob that matches nothing, are config errors', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wg-cfg-'));
  await writeFile(path.join(dir, 'a.json'), '{}');
  await writeFile(path.join(dir, 'dup.yml'), 'version: 1\nmodels:\n  - { name: m, definition: a.json }\n  - { name: m, definition: a.json }\n');
  await assert.rejects(async () => expandModels(await loadConfig(path.join(dir, 'dup.yml'))), /dup\.yml:4:5: two models are named 'm' \(the other comes from .*dup\.yml:3:5\)/);
  await writeFile(path.join(dir, 'none.yml'), 'version: 1\nmodels:\n  - definition: "nothing/*.json"\n');
  await assert.rejects(async () => expandModels(await loadConfig(path.join(dir, 'none.yml'))), /none\.yml:3:5: definition 'nothing\/\*\.json' matches no file/);
});

test('shards split the sorted list round-robin and cover it exactly once', () => {
  const all = Array.from({ length: 10 }, (_, i) => i);
  const parts = [1, 2, 3].map((index) => shardJobs(all, { index, total: 3 }));
  assert.deepEqual(parts, [[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]]);
  assert.deepEqual(parts.flat().sort((a, b) => a - b), all);
  assert.deepEqual(parseShard('2/3'), { index: 2, total: 3 });
  assert.throws(() => parseShard('4/3'), /1 ≤ i ≤ n/);
  assert.throws(() => parseShard('x'), /i\/n/);
});

test('stems follow corpus naming', () => {
  assert.equal(stemOf('/a/mnist_cnn.model.json'), 'mnist_cnn');
  assert.equal(stemOf('classifier.json'), 'classifier');
});
