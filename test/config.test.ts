// weightgate.yml: validation messages with line and column, did-you-mean, globs and templates, shards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { ConfigError, MAX_CONFIG_BYTES, loadConfig, parseConfig } from '../src/config/load.js';
import { InputError } from '../src/sources/errors.js';
import { run } from './helpers/cli.js';
import { expandConfig, expandModels, parseShard, shardJobs, stemOf } from '../src/config/expand.js';
import { tempDir } from './helpers/temp.js';

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
  await assert.rejects(loadConfig('weightgate.yml'), /no such configuration file[\s\S]*Run `weightgate init`/);
});

test('globs expand to one pair per match, with {stem}, {name} and {dir}, excludes, sorted', async () => {
  const dir = tempDir('cfg');
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
  const { jobs, notes } = await expandConfig(cfg);
  // a_net is named explicitly by the second entry: the glob leaves it to that entry (issue 19).
  assert.deepEqual(jobs.map((j) => j.id), ['b_net', 'legacy-a_net.model (a_net.h5)', 'legacy-a_net.model (a_net.weights.h5)']);
  assert.deepEqual(notes, ['models.0 ("models/*.model.json") also matches models/a_net.model.json, which models.1 names explicitly: models.1\'s settings apply and models.0 skips it']);
  assert.equal(jobs[0]!.weights, path.join(dir, 'artifacts', 'b_net.weights.h5'));
  assert.deepEqual(jobs[0]!.options.allow.missing, ['x', 'y']);
  assert.equal(jobs[0]!.options.smoke.seed, 3);
  assert.equal(jobs[1]!.weights, 'https://example.org/a_net.h5');
  assert.match(jobs[0]!.origin, /w\.yml:4:5$/);
});

test('two pairs with one name are a config error; a glob that matches nothing is one unreadable model naming its entry', async () => {
  const dir = tempDir('cfg');
  await writeFile(path.join(dir, 'a.json'), '{}');
  await writeFile(path.join(dir, 'dup.yml'), 'version: 1\nmodels:\n  - { name: m, definition: a.json }\n  - { name: m, definition: a.json }\n');
  await assert.rejects(async () => expandModels(await loadConfig(path.join(dir, 'dup.yml'))), /dup\.yml:4:5: two models are named 'm' \(the other comes from .*dup\.yml:3:5\)/);
  await writeFile(path.join(dir, 'none.yml'), 'version: 1\nmodels:\n  - definition: "nothing/*.json"\n');
  const [job] = await expandModels(await loadConfig(path.join(dir, 'none.yml')));
  assert.match(job?.problem ?? '', /none\.yml:3:5: models\.0: definition 'nothing\/\*\.json' matches no file/);
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

test('a config over 1 MiB is refused by its size, and no more than that is read (a device that never ends too)', async () => {
  const dir = tempDir('cfg');
  try {
    const big = path.join(dir, 'big.yml');
    await writeFile(big, `version: 1\nmodels:\n${'  - { definition: models/a_model_with_a_long_name.json }\n'.repeat(25_000)}`);
    for (const file of [big, '/dev/zero']) {
      await assert.rejects(loadConfig(file), (err: unknown) => {
        assert.ok(err instanceof InputError && !(err instanceof ConfigError), String(err));
        assert.equal(err.kind, 'limit');
        assert.equal(err.message.split('\n')[0], `${file}: is over 1 MiB, the most a weightgate.yml may hold; weightgate read no further`);
        assert.match(err.message, /→ .*use globs/);
        return true;
      });
    }
    assert.equal(MAX_CONFIG_BYTES, 2 ** 20);
    // Just under the bound still loads.
    const entry = '  - { definition: a.json }\n';
    await writeFile(big, `version: 1\nmodels:\n${entry.repeat(Math.floor((MAX_CONFIG_BYTES - 30) / entry.length))}`);
    assert.ok((await loadConfig(big)).models.length > 35_000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('billion laughs (aliases of aliases) is a config error naming the file and the cause, also through the CLI', async () => {
  const lol = ['version: 1', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'models: [{ definition: *d }]', ''].join('\n');
  assert.match(problem(lol), /^weightgate\.yml:3:8: its aliases \(\*name\) expand too far \(over 100 alias copies\), the shape of a "billion laughs" attack; weightgate refuses it\n {2}→ /);
  const dir = tempDir('cfg');
  try {
    await writeFile(path.join(dir, 'lol.yml'), lol);
    const r = await run('check', '--config', path.join(dir, 'lol.yml'));
    assert.equal(r.code, 2);
    assert.match(r.err, /lol\.yml:3:8: its aliases/);
    assert.doesNotMatch(r.err, /failed unexpectedly|\n\s+at /);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('YAML nested thousands deep is refused before parsing, and no parse path leaks "failed unexpectedly"', () => {
  assert.match(problem(`version: 1\nmodels: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`), /^weightgate\.yml:2:73: the YAML nests \[ \] \/ \{ \} more than 64 levels deep/);
  assert.match(problem(`version: 1\nmodels:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`), /^weightgate\.yml:\d+:1: the YAML is indented or nested more than 128 levels deep/);
  assert.match(problem(`version: 1\nmodels:\n${'- '.repeat(3000)}x\n`), /more than 128 levels deep/);
  // Legal but odd YAML: tags, anchors, merge keys, documents; each either loads or is a ConfigError.
  for (const text of ['version: !!int 1\nmodels: [{definition: a}]\n', '--- \nversion: 1\n---\nversion: 1\n', 'version: 1\nmodels: [{<<: {definition: a}}]\n',
    'version: 1\nmodels: [{definition: !custom a}]\n', '%YAML 9.9\n---\nversion: 1\n', 'version: 1\nmodels: [{definition: *nope}]\n', '\ufeff\u0000\u0007', '[[[[', '? [a, b]\n: c\n']) {
    try {
      parseConfig('weightgate.yml', text);
    } catch (err) {
      assert.ok(err instanceof ConfigError, `${JSON.stringify(text)}: ${String(err)}`);
      assert.doesNotMatch(err.message, /failed unexpectedly|\n\s+at /);
    }
  }
});

test('a huge value in a wrong place is quoted cut short in the message', () => {
  const m = problem(`version: "${'v'.repeat(500_000)}"\nmodels: [{definition: a}]\n`);
  assert.ok(m.length < 600, `${m.length} characters`);
  assert.match(m, /'version' is "vvvv+…; expected 1/);
});
