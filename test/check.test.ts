// `weightgate check`: the bundled example, the fail-on rule, isolation of a bad model, shards + merge,
// and a config over the shared corpora that must reproduce what real Keras did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from './helpers/cli.js';
import { loadConfig } from '../src/config/load.js';
import { expandModels } from '../src/config/expand.js';
import { runCheck } from '../src/check/run.js';
import { SKIP_SHARED, manifest, shared } from './helpers/shared.js';
import { tempDir } from './helpers/temp.js';

const root = path.resolve(import.meta.dirname, '..');
const example = path.join(root, 'fixtures', 'weightgate.yml');


/** The fields of the JSON report these tests read. */
interface FindingJson { code: string; layer: string }
interface ModelJson { id: string; status: string; diff: { findings: FindingJson[] } }

/** Reports compared without wall-clock fields. */
function stable(json: unknown): unknown {
  return JSON.parse(JSON.stringify(json, (k, v: unknown) => (k === 'seconds' ? undefined : v)));
}

test('the bundled example: four compatible pairs, the broken one found, exit by --fail-on', async () => {
  const dir = tempDir('check');
  const r = await run('check', '--config', example, '--json', path.join(dir, 'r.json'), '--markdown', path.join(dir, 'r.md'));
  assert.equal(r.code, 1);
  assert.match(r.out, /✖ 5 models: 4 compatible, 0 with warnings, 1 incompatible, 0 unreadable/);
  const j = JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8'));
  assert.equal(j.verdict, 'incompatible');
  assert.deepEqual(j.models.map((m: ModelJson) => [m.id, m.status]), [
    ['classifier', 'compatible'], ['classifier-finetune', 'compatible'], ['classifier-legacy', 'compatible'],
    ['classifier-tfjs', 'compatible'], ['classifier-wide', 'incompatible'],
  ]);
  const wide = j.models.find((m: ModelJson) => m.id === 'classifier-wide');
  assert.deepEqual(wide.diff.findings.map((f: FindingJson) => [f.code, f.layer]), [['shape-mismatch', 'conv1'], ['shape-mismatch', 'conv1'], ['shape-mismatch', 'dense']]);
  assert.match(await readFile(path.join(dir, 'r.md'), 'utf8'), /weightgate: 1 incompatible, 4 compatible/);
  assert.equal((await run('check', '--config', example, '--fail-on', 'never')).code, 0);
  assert.equal((await run('check', '--config', example, '--fail-on', 'sometimes')).code, 2);
});

test('--fail-on warning also fails on warnings; error does not', async () => {
  const dir = tempDir('check');
  const fx = path.join(root, 'fixtures');
  // The renamed-layer case: loads by order (names ignored) but the file recorded another name.
  const renamed = JSON.parse(await readFile(path.join(fx, 'models', 'classifier.json'), 'utf8'));
  renamed.config.layers[1].config.name = 'conv_first';
  await writeFile(path.join(dir, 'renamed.json'), JSON.stringify(renamed));
  // The config lives in a temp folder and names the repository's fixtures: outside its root, so --allow-outside.
  await writeFile(path.join(dir, 'w.yml'), `version: 1\nmodels:\n  - { name: renamed, definition: renamed.json, weights: ${path.join(fx, 'weights', 'classifier.weights.h5')} }\n`);
  const r = await run('check', '--config', path.join(dir, 'w.yml'), '--allow-outside', '--json', path.join(dir, 'r.json'));
  const j = JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8'));
  assert.equal(j.verdict, 'warnings', JSON.stringify(j.models[0].diff?.findings));
  assert.equal(r.code, 0);
  assert.equal((await run('check', '--config', path.join(dir, 'w.yml'), '--allow-outside', '--fail-on', 'warning')).code, 1);
});

test('an unreadable model (LFS pointer) is reported and the others are still checked', async () => {
  const dir = tempDir('check');
  const fx = path.join(root, 'fixtures');
  await writeFile(path.join(dir, 'lfs.weights.h5'), 'version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 10\n');
  await writeFile(path.join(dir, 'w.yml'), [
    'version: 1', 'models:',
    `  - { name: a-good, definition: ${path.join(fx, 'models', 'classifier.json')}, weights: ${path.join(fx, 'weights', 'classifier.weights.h5')} }`,
    `  - { name: b-lfs, definition: ${path.join(fx, 'models', 'classifier.json')}, weights: lfs.weights.h5 }`,
    `  - { name: c-good, definition: ${path.join(fx, 'tfjs', 'model.json')} }`,
  ].join('\n'));
  const r = await run('check', '--config', path.join(dir, 'w.yml'), '--allow-outside', '--json', path.join(dir, 'r.json'));
  assert.equal(r.code, 1);
  const j = JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8'));
  assert.deepEqual(j.models.map((m: ModelJson) => m.status), ['compatible', 'error', 'compatible']);
  assert.match(j.models[1].error, /lfs\.weights\.h5: this is a Git LFS pointer[\s\S]*lfs: true/);
  assert.match(r.out, /0 incompatible, 1 unreadable/);
});

test('shards 1/3, 2/3, 3/3 merged give the unsharded report', async () => {
  const dir = tempDir('shard');
  await run('check', '--config', example, '--json', path.join(dir, 'all.json'));
  for (const i of [1, 2, 3]) await run('check', '--config', example, '--shard', `${i}/3`, '--json', path.join(dir, `s${i}.json`));
  const parts = await Promise.all([1, 2, 3].map(async (i) => JSON.parse(await readFile(path.join(dir, `s${i}.json`), 'utf8'))));
  assert.deepEqual(parts.map((p) => p.models.length), [2, 2, 1]);
  const m = await run('merge', path.join(dir, 's3.json'), path.join(dir, 's1.json'), path.join(dir, 's2.json'), '--json', path.join(dir, 'merged.json'), '--markdown', path.join(dir, 'merged.md'));
  assert.equal(m.code, 1);
  const merged = JSON.parse(await readFile(path.join(dir, 'merged.json'), 'utf8'));
  const all = JSON.parse(await readFile(path.join(dir, 'all.json'), 'utf8'));
  assert.deepEqual(stable(merged), stable(all));
  const partial = await run('merge', path.join(dir, 's1.json'), path.join(dir, 's2.json'));
  assert.match(partial.err, /shards 1, 2 of 3 merged; the others are missing/);
  assert.equal((await run('merge', path.join(dir, 's1.json'), path.join(dir, 's1.json'))).code, 2);
});

// ---- the shared corpora, in one run -------------------------------------------------------------

const LEGACY_CALL = /^model\.load_weights\('([^']+)'(, by_name=True)?(, skip_mismatch=True)?\)$/;

test('a config over the shared corpora: compatible pairs compatible, broken pairs as Keras behaved', { skip: SKIP_SHARED }, async () => {
  const dir = tempDir('corpus');
  const c = (f: string) => shared('keras3-corpus', f);
  const lines = ['version: 1', 'concurrency: 2', 'models:'];
  for (const corpus of ['keras3-corpus', 'keras3-modern']) {
    lines.push(
      `  - name: "${corpus}/{stem}"`,
      `    definition: "${shared(corpus)}/*.model.json"`,
      '    exclude: ["*__*"]',
      `    weights: ["${shared(corpus)}/{stem}.weights.h5", "${shared(corpus)}/{stem}.legacyweights.h5", "${shared(corpus)}/{stem}.h5", "${shared(corpus)}/{stem}.keras"]`,
    );
  }
  lines.push(`  - { name: "sharded/{stem}", definition: "${shared('keras3-corpus')}/{mnist_cnn,two_input_bn,conv_variety}.model.json", weights: "${shared('keras3-corpus')}/{stem}.sharded.weights.json" }`);
  lines.push(`  - { name: "self/{stem}", definition: "${shared('keras3-corpus')}/*.keras" }`);
  const expectations = new Map<string, { raised: boolean; differ: boolean; layer: string }>();
  for (const bp of manifest('keras3-corpus').broken_pairs) {
    bp.attempts.forEach((a, k) => {
      const m = LEGACY_CALL.exec(a.call);
      assert.ok(m, a.call);
      const name = `broken/${bp.variant}/${k}`;
      const loader = m[2] ? 'name' : 'auto';
      lines.push(`  - { name: "${name}", definition: "${c(bp.definition_file)}", weights: "${c(m[1]!)}", loader: ${loader}${m[3] ? ', skip_mismatch: true' : ''} }`);
      expectations.set(name, { raised: a.outcome !== 'ok', differ: a.outputs_match_base === false, layer: bp.what_differs });
    });
  }
  await writeFile(path.join(dir, 'corpus.yml'), lines.join('\n'));
  // The shared corpora are outside any repository the temp config is in: the documented escape hatch.
  const cfg = await loadConfig(path.join(dir, 'corpus.yml'), { allowOutside: true });
  const report = await runCheck(cfg, await expandModels(cfg));
  const byId = new Map(report.models.map((m) => [m.id, m]));
  let compatible = 0;
  for (const m of report.models) {
    if (m.id.startsWith('broken/')) continue;
    assert.notEqual(m.status, 'error', `${m.id}: ${m.error}`);
    assert.notEqual(m.status, 'incompatible', `${m.id}: ${JSON.stringify(m.diff?.findings.filter((f) => f.severity === 'error'))}`);
    compatible++;
  }
  assert.ok(compatible >= 14 * 4 + 3 + 8, `checked ${compatible} compatible pairs`);
  for (const [name, e] of expectations) {
    const m = byId.get(name)!;
    assert.ok(m, name);
    if (e.raised) assert.equal(m.status, 'incompatible', `${name}: Keras raised`);
    else if (e.differ) {
      assert.ok(m.status === 'incompatible' || m.status === 'warnings', `${name}: outputs differ in Keras`);
      assert.ok(m.diff!.findings.some((f) => f.severity !== 'info' && f.layer), `${name}: a finding on the affected layer`);
    } else assert.notEqual(m.status, 'incompatible', `${name}: Keras loaded and outputs match`);
  }
});
