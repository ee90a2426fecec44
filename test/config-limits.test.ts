// The config's `limits:` in the Action: a pull request may lower a limit, but raising one (or `off`)
// needs the workflow's `allow-config-limits: true`; otherwise it is ignored and the report says so.
// The CLI honours the config (a local config is the user's own). And `sha256:` on a local file is verified.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/load.js';
import { expandModels } from '../src/config/expand.js';
import { applicableConfigLimits, runCheck } from '../src/check/run.js';
import { toJson } from '../src/check/report.js';
import { readInputs } from '../src/github/action-inputs.js';
import { produceReport } from '../src/github/produce-report.js';
import { readContext } from '../src/github/context.js';
import { fx, run } from './helpers/cli.js';

const dir = await mkdtemp(path.join(os.tmpdir(), 'wg-cfglimits-'));
after(() => rm(dir, { recursive: true, force: true }));
await mkdir(path.join(dir, 'models'));
await copyFile(fx('models', 'classifier.json'), path.join(dir, 'models', 'classifier.json'));
await copyFile(fx('weights', 'classifier.weights.h5'), path.join(dir, 'models', 'classifier.weights.h5'));
// A model JSON nested 300 deep: over the default maxJsonDepth (256), read when the limit is raised.
const deep = `${'['.repeat(300)}1${']'.repeat(300)}`;
await writeFile(path.join(dir, 'models', 'deep.json'), `{"class_name":"Sequential","config":{"layers":[{"class_name":"Dense","config":{"name":"d","units":4,"x":${deep}}}]}}`);

const NOTE = 'weightgate.yml limits.maxJsonDepth=1000 ignored: the workflow does not set allow-config-limits';

async function writeConfig(limits: string): Promise<string> {
  const file = path.join(dir, 'weightgate.yml');
  await writeFile(file, [
    'version: 1',
    `limits: ${limits}`,
    'models:',
    '  - { name: deep, definition: models/deep.json, weights: models/classifier.weights.h5, smoke: { skip: true } }',
    '  - { name: classifier, definition: models/classifier.json, weights: models/classifier.weights.h5, smoke: { skip: true } }',
  ].join('\n'));
  return file;
}

test('without allow-config-limits, raised and `off` limits are dropped with a note each; lowered ones apply', async () => {
  const cfg = await loadConfig(await writeConfig('{ maxJsonDepth: 1000, maxFileBytes: off, maxLayers: 2, timeoutMs: 60s }'));
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const strict = applicableConfigLimits(cfg, false);
    assert.deepEqual(strict.limits, { maxLayers: 2, timeoutMs: 60_000 });
    assert.equal(strict.notes.length, 2);
    assert.ok(strict.notes[0]!.startsWith(NOTE), strict.notes[0]);
    assert.match(strict.notes[0]!, /stays at its default, 256/);
    assert.ok(strict.notes[1]!.startsWith('weightgate.yml limits.maxFileBytes=off ignored: the workflow does not set allow-config-limits'), strict.notes[1]);
    const all = applicableConfigLimits(cfg, true);
    assert.deepEqual(all, { limits: { maxJsonDepth: 1000, maxFileBytes: Infinity, maxLayers: 2, timeoutMs: 60_000 }, notes: [] });
  } finally {
    process.chdir(cwd);
  }
});

test('runCheck: the raise is ignored (and noted in the report) unless allowed', async () => {
  const cfg = await loadConfig(await writeConfig('{ maxJsonDepth: 1000 }'));
  const jobs = await expandModels(cfg);
  const strict = await runCheck(cfg, jobs, { smoke: false });
  const deepResult = strict.models.find((m) => m.id === 'deep')!;
  assert.equal(deepResult.status, 'error');
  assert.match(deepResult.error!, /over the maxJsonDepth limit of 256/);
  assert.equal(strict.notes?.length, 1);
  assert.match(strict.notes[0]!, /limits\.maxJsonDepth=1000 ignored: the workflow does not set allow-config-limits/);
  assert.deepEqual((toJson(strict) as { notes: string[] }).notes, strict.notes, 'the JSON report carries the note');
  const allowed = await runCheck(cfg, jobs, { smoke: false, allowConfigLimits: true });
  assert.doesNotMatch(allowed.models.find((m) => m.id === 'deep')!.error ?? '', /maxJsonDepth/);
  assert.equal(allowed.notes, undefined);
  // Lowering needs no permission.
  const lowered = await loadConfig(await writeConfig('{ maxLayers: 1 }'));
  const low = await runCheck(lowered, await expandModels(lowered), { smoke: false });
  assert.match(low.models.find((m) => m.id === 'classifier')!.error!, /over the maxLayers limit of 1/);
  assert.equal(low.notes, undefined);
});

test('the action input allow-config-limits: false by default, true/false only', () => {
  const get = (v: Record<string, string>) => (name: string) => v[name] ?? '';
  assert.equal(readInputs(get({})).allowConfigLimits, undefined);
  assert.equal(readInputs(get({ 'allow-config-limits': 'false' })).allowConfigLimits, undefined);
  assert.equal(readInputs(get({ 'allow-config-limits': 'true' })).allowConfigLimits, true);
  assert.equal(readInputs(get({ 'allow-config-limits': 'TRUE' })).allowConfigLimits, true);
  assert.throws(() => readInputs(get({ 'allow-config-limits': 'yes' })), /input 'allow-config-limits' must be true or false \(got 'yes'\)/);
});

/** `produceReport` with the action's inputs, its log captured (@actions/core writes workflow commands to stdout). */
async function actionRun(values: Record<string, string>): Promise<{ log: string; notes?: string[]; deepError?: string }> {
  const inputs = readInputs((name) => values[name] ?? '');
  const write = process.stdout.write.bind(process.stdout);
  let log = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    log += String(chunk);
    return true;
  });
  try {
    const { report } = await produceReport(inputs, dir, readContext({}));
    return { log, notes: report.notes, deepError: report.models.find((m) => m.id === 'deep')!.error };
  } finally {
    process.stdout.write = write;
  }
}

test('the Action (src/ modules): the note is a warning in the log; allow-config-limits: true applies the raise', async () => {
  await writeConfig('{ maxJsonDepth: 1000 }');
  const strict = await actionRun({ config: 'weightgate.yml' });
  assert.match(strict.deepError!, /maxJsonDepth/);
  assert.match(strict.log, /::warning::weightgate: .*weightgate\.yml limits\.maxJsonDepth=1000 ignored: the workflow does not set allow-config-limits/);
  const allowed = await actionRun({ config: 'weightgate.yml', 'allow-config-limits': 'true' });
  assert.doesNotMatch(allowed.deepError ?? '', /maxJsonDepth/);
  assert.doesNotMatch(allowed.log, /::warning::/);
});

test('the CLI honours the config limits as written', async () => {
  const file = await writeConfig('{ maxJsonDepth: 1000 }');
  const r = await run('check', '--config', file, '--json', path.join(dir, 'r.json'));
  const j = JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8'));
  assert.doesNotMatch(j.models.find((m: { id: string }) => m.id === 'deep').error ?? '', /maxJsonDepth/);
  assert.doesNotMatch(r.err, /ignored/);
});

test('sha256 on a local weights file is verified: a mismatch names the file, the expected and the actual digest', async () => {
  const weights = path.join(dir, 'models', 'classifier.weights.h5');
  const actual = createHash('sha256').update(await readFile(weights)).digest('hex');
  const wrong = 'ab'.repeat(32);
  const file = path.join(dir, 'sha.yml');
  await writeFile(file, [
    'version: 1',
    'models:',
    `  - { name: pinned-wrong, definition: models/classifier.json, weights: models/classifier.weights.h5, sha256: ${wrong} }`,
    `  - { name: pinned-right, definition: models/classifier.json, weights: models/classifier.weights.h5, sha256: ${actual.toUpperCase()} }`,
  ].join('\n'));
  const cfg = await loadConfig(file);
  const r = await runCheck(cfg, await expandModels(cfg), { smoke: false });
  const byId = new Map(r.models.map((m) => [m.id, m]));
  assert.equal(byId.get('pinned-right')!.status, 'compatible');
  const bad = byId.get('pinned-wrong')!;
  assert.equal(bad.status, 'error');
  assert.equal(bad.error, `${weights}: SHA-256 mismatch: ${file}:3:5 expects ${wrong}, the file has ${actual}\n  → The file is not the one the config pins: restore it, or update sha256 if the new file is the one you want.`);
});

test('a long limit name or value is refused before the value parser sees it, quoted short, at its line', async () => {
  const file = path.join(dir, 'long.yml');
  await writeFile(file, `version: 1\nlimits:\n  maxFileBytes: "1${' '.repeat(3000)}x"\nmodels: [{ definition: models/classifier.json }]\n`);
  const cfg = await loadConfig(file);
  await assert.rejects(runCheck(cfg, await expandModels(cfg), { smoke: false }), (err: Error) => {
    assert.ok(err.message.startsWith(`${file}:3:17: limits.maxFileBytes: expected a number or a value like 2GiB, 90s or off (got "1   `), err.message.slice(0, 200));
    assert.ok(err.message.length < 400, `${err.message.length} characters`);
    return true;
  });
});
