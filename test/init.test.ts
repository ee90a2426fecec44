// `weightgate init`: a repository built from fixtures/ and real Keras files from ../shared is scanned,
// paired and written as a weightgate.yml that `weightgate check` runs as it is; what could not be paired
// is listed in the output and as comments. Also: no overwrite without --force (nor through a link),
// --stdout, hostile file names, the walk's bounds and skipped folders, and reading no more than it takes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SCHEMA_MODELINE } from '../src/config/config-schema.js';
import { expandConfig } from '../src/config/expand.js';
import { pairFound, scanForInit, type Found } from '../src/config/init-scan.js';
import { loadConfig, parseConfig } from '../src/config/load.js';
import { fx, run } from './helpers/cli.js';
import { SKIP_SHARED, shared } from './helpers/shared.js';
import { tempDir } from './helpers/temp.js';

const corpus = (f: string): string => shared('keras3-corpus', f);

function put(dir: string, rel: string, from: string): void {
  const to = path.join(dir, rel);
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });
}

function write(dir: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
}

/** A git repository with the layouts init must tell apart, from the bundled fixtures and ../shared. */
function repository(): string {
  const dir = tempDir('init-repo');
  execFileSync('git', ['init', '-q', dir]);
  // The bundled example's classifier, definition and weights side by side; the wide variant is the broken pair.
  put(dir, 'models/classifier.json', fx('models', 'classifier.json'));
  put(dir, 'models/classifier.weights.h5', fx('weights', 'classifier.weights.h5'));
  put(dir, 'models/classifier_wide.json', fx('models', 'classifier_wide.json'));
  put(dir, 'models/classifier_wide.weights.h5', fx('weights', 'classifier.weights.h5'));
  put(dir, 'web/tfjs/model.json', fx('tfjs', 'model.json'));
  put(dir, 'web/tfjs/group1-shard1of1.bin', fx('tfjs', 'group1-shard1of1.bin'));
  // Real Keras 3.15.1 files: one definition with two weight files, the self-contained forms, sharded weights.
  for (const f of ['mlp.model.json', 'mlp.weights.h5', 'mlp.legacyweights.h5', 'mlp.keras', 'mlp.h5', 'mnist_cnn.model.json',
    'mnist_cnn.sharded.weights.json', 'mnist_cnn.sharded_00000.weights.h5', 'mnist_cnn.sharded_00001.weights.h5', 'mnist_cnn.sharded_00002.weights.h5']) {
    put(dir, `keras3/${f}`, corpus(f));
  }
  put(dir, 'keras3/mnist_cnn_unzipped', corpus('mnist_cnn_unzipped'));
  // What cannot be paired: weights alone, two definitions for one weights file, a real repository's
  // definition and weights under different names (offered as a commented-out entry).
  put(dir, 'orphans/lonely.weights.h5', corpus('embedding_lstm.weights.h5'));
  put(dir, 'amb/net.json', corpus('mlp.model.json'));
  put(dir, 'amb/net.model.json', corpus('mlp.model.json'));
  put(dir, 'amb/net.weights.h5', corpus('mlp.weights.h5'));
  put(dir, 'kotlin/model.json', shared('real-models', 'kotlindl-lstm', 'model.json'));
  put(dir, 'kotlin/weights.h5', shared('real-models', 'kotlindl-lstm', 'weights.h5'));
  // Not models: an HDF5 file of test data, a package.json; a Git LFS pointer that was never pulled.
  put(dir, 'data/train.h5', shared('real-models', 'dl4j-test-resources', 'examples', 'simple_lstm', 'simple_lstm_tf_keras_2_inputs_and_outputs.h5'));
  write(dir, 'package.json', '{ "name": "app", "version": "1.0.0" }\n');
  write(dir, 'lfs/big.weights.h5', 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 123456789\n');
  // Folders never walked.
  for (const skipped of ['node_modules/pkg', '.cache', 'weightgate-snapshots']) put(dir, `${skipped}/hidden.keras`, corpus('mlp.keras'));
  return dir;
}

const ids = (models: { id: string }[]): string[] => models.map((m) => m.id).sort();

test('init then check on a repository of fixtures and real Keras files: the written config runs as it is', { skip: SKIP_SHARED }, async () => {
  const dir = repository();
  const r = await run('init', dir);
  assert.equal(r.code, 0, r.err);
  const file = path.join(dir, 'weightgate.yml');
  const text = readFileSync(file, 'utf8');
  assert.equal(text.split('\n')[0], SCHEMA_MODELINE);

  // Valid by construction, and the pairs are the ones expected: same stem in the same folder, the
  // self-contained files alone, shards and skipped folders nowhere.
  const config = await loadConfig(file);
  const expansion = await expandConfig(config);
  assert.deepEqual(ids(expansion.jobs), [
    'classifier', 'classifier_wide', 'mlp (mlp.legacyweights.h5)', 'mlp (mlp.weights.h5)', 'mlp.h5', 'mlp.keras',
    'mnist_cnn', 'mnist_cnn_unzipped', 'tfjs',
  ]);
  const byId = new Map(expansion.jobs.map((j) => [j.id, j]));
  assert.equal(byId.get('classifier')?.weights, path.join(dir, 'models', 'classifier.weights.h5'));
  assert.equal(byId.get('mnist_cnn')?.weights, path.join(dir, 'keras3', 'mnist_cnn.sharded.weights.json'));
  assert.equal(byId.get('tfjs')?.definition, path.join(dir, 'web', 'tfjs', 'model.json'));
  assert.equal(byId.get('tfjs')?.weights, undefined);
  assert.equal(byId.get('mnist_cnn_unzipped')?.definition, path.join(dir, 'keras3', 'mnist_cnn_unzipped'));
  // Each entry says what the readers found.
  assert.match(text, /\n {2}# Keras 3\.15\.1 archive \(\.keras\): definition and weights in one file\n {2}- name: mlp\.keras\n/);
  assert.match(text, /\n {2}# Keras 3 model JSON \+ weights of the same name: Keras 3 sharded weights \(3 shards\)\n {2}- name: mnist_cnn\n/);
  assert.doesNotMatch(text, /sharded_0000|node_modules|\.cache|weightgate-snapshots|hidden\.keras|package\.json|group1-shard/);

  // What could not be paired, in the file and in the output.
  for (const out of [text, r.out]) {
    assert.match(out, /orphans\/lonely\.weights\.h5: weights with no definition of the same name \(lonely\) in its folder/);
    assert.match(out, /amb\/net\.weights\.h5: 2 definitions of the same name in its folder could load it \(amb\/net\.json, amb\/net\.model\.json\)/);

    assert.match(out, /kotlin\/model\.json: a definition with no weights of the same name \(model\) in its folder/);
    assert.match(out, /kotlin\/weights\.h5: weights with no definition of the same name \(weights\) in its folder/);
    assert.match(out, /lfs\/big\.weights\.h5: this is a Git LFS pointer to a 123456789-byte file[^\n]*git lfs pull/);
  }
  assert.match(text, /^# - orphans\/lonely\.weights\.h5: /m, 'listed as comments');
  assert.match(r.out, /Not model files, left out \(1\):\n {2}data\/train\.h5: an HDF5 file, but not a Keras one/);
  assert.match(r.out, /^Next: weightgate check --config /m);

  // check runs the file as written: every model is read, the broken pair is the only failure, exit 1.
  const json = path.join(tempDir('init-report'), 'report.json');
  const c = await run('check', '--config', file, '--json', json);
  assert.equal(c.code, 1, c.err);
  const report = JSON.parse(readFileSync(json, 'utf8')) as { models: { id: string; status: string }[] };
  assert.deepEqual(ids(report.models), ids(expansion.jobs));
  assert.deepEqual(report.models.filter((m) => m.status !== 'compatible').map((m) => `${m.id}: ${m.status}`), ['classifier_wide: incompatible']);

  // The commented-out suggestion (the only definition and the only weights of kotlin/) is an entry of
  // the models list once uncommented, and checks.
  // Each of two candidate definitions is offered too, never chosen.
  assert.match(text, /^# {5}definition: amb\/net\.json\n# {5}weights: amb\/net\.weights\.h5\n/m);
  assert.match(text, /^# {5}definition: amb\/net\.model\.json\n# {5}weights: amb\/net\.weights\.h5\n/m);
  const suggestion = /^# {3}- name: [^\n]*\n# {5}definition: kotlin\/model\.json\n# {5}weights: kotlin\/weights\.h5\n/m.exec(text)?.[0];
  assert.ok(suggestion, text);
  const uncommented = text.replace(suggestion, suggestion.replace(/^# /gm, ''));
  writeFileSync(file, uncommented);
  const withSuggestion = await expandConfig(await loadConfig(file));
  const kotlin = withSuggestion.jobs.find((j) => j.definition === path.join(dir, 'kotlin', 'model.json'));
  assert.equal(kotlin?.weights, path.join(dir, 'kotlin', 'weights.h5'));
});

test('init does not overwrite weightgate.yml without --force, nor write through a link; --stdout and - print instead', { skip: SKIP_SHARED }, async () => {
  const dir = tempDir('init-force');
  put(dir, 'mlp.keras', corpus('mlp.keras'));
  const file = path.join(dir, 'weightgate.yml');
  writeFileSync(file, '# mine\n');
  const refused = await run('init', dir);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /weightgate\.yml: is already there; weightgate init does not overwrite it\n {2}→ Pass --force to replace it, or --stdout/);
  assert.equal(readFileSync(file, 'utf8'), '# mine\n');

  for (const args of [['--stdout'], ['-']]) {
    const printed = await run('init', dir, ...args);
    assert.equal(printed.code, 0, printed.err);
    assert.ok(printed.out.startsWith(`${SCHEMA_MODELINE}\n`));
    assert.doesNotThrow(() => parseConfig('weightgate.yml', printed.out));
    assert.match(printed.err, /^1 model to check:\n {2}mlp {2}mlp\.keras$/m, 'the summary goes to stderr');
    assert.equal(readFileSync(file, 'utf8'), '# mine\n');
  }

  const forced = await run('init', dir, '--force');
  assert.equal(forced.code, 0, forced.err);
  assert.match(readFileSync(file, 'utf8'), /definition: mlp\.keras/);
  // A healthy repository: check passes on the written file as it is.
  const checked = await run('check', '--config', file);
  assert.equal(checked.code, 0, `${checked.out}\n${checked.err}`);

  // A weightgate.yml that is a link (to a file outside the folder) is replaced, never written through.
  const outside = path.join(tempDir('init-outside'), 'victim.txt');
  writeFileSync(outside, 'untouched\n');
  const linked = tempDir('init-link');
  put(linked, 'mlp.keras', corpus('mlp.keras'));
  symlinkSync(outside, path.join(linked, 'weightgate.yml'));
  assert.equal((await run('init', linked)).code, 2);
  assert.equal((await run('init', linked, '--force')).code, 0);
  assert.equal(readFileSync(outside, 'utf8'), 'untouched\n');
  assert.match(readFileSync(path.join(linked, 'weightgate.yml'), 'utf8'), /definition: mlp\.keras/);
});

test('init with nothing to check exits 1 and writes nothing; a missing folder or one inside .git is unusable (2)', { skip: SKIP_SHARED }, async () => {
  const dir = tempDir('init-empty');
  put(dir, 'only/lonely.weights.h5', corpus('mlp.weights.h5'));
  write(dir, 'README.md', '# app\n');
  const r = await run('init', dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /no model to check under .*nothing was written/);
  assert.match(r.err, /only\/lonely\.weights\.h5: weights with no definition/);
  assert.equal(existsSync(path.join(dir, 'weightgate.yml')), false);

  const missing = await run('init', path.join(dir, 'nope'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /nope: no such folder/);

  const repo = tempDir('init-git');
  execFileSync('git', ['init', '-q', repo]);
  // A subfolder of a repository: its paths are relative to the subfolder, confined to the work tree as check confines them.
  put(repo, 'app/mlp.keras', corpus('mlp.keras'));
  const sub = await scanForInit(path.join(repo, 'app'));
  assert.equal(sub.root, realpathSync(repo));
  assert.equal(sub.dir, realpathSync(path.join(repo, 'app')));
  assert.deepEqual(sub.models.map((m) => m.definition.rel), ['mlp.keras']);
  const inGit = await run('init', path.join(repo, '.git'));
  assert.equal(inGit.code, 2);
  assert.match(inGit.err, /inside a \.git folder/);
  assert.equal(existsSync(path.join(repo, '.git', 'weightgate.yml')), false);
});

test('file names from the repository cannot break out of the YAML or a comment, and a glob-like name is listed, not written', { skip: SKIP_SHARED }, async () => {
  const dir = tempDir('init-names');
  const evil = 'evil\n  - definition: /etc/hostname #\r.keras';
  put(dir, evil, corpus('mlp.keras'));
  put(dir, 'm[1].keras', corpus('mlp.keras'));
  put(dir, 'x\u001b[31m.weights.h5', corpus('mlp.weights.h5'));
  const r = await run('init', dir);
  assert.equal(r.code, 0, r.err);
  const file = path.join(dir, 'weightgate.yml');
  const config = await loadConfig(file);
  assert.deepEqual(config.models.map((m) => m.definition), [evil]);
  assert.doesNotMatch(readFileSync(file, 'utf8'), /^\s*- definition: \/etc\/hostname/m);
  assert.match(r.out, /m\[1\]\.keras: its path reads as a glob or a \{stem\} template/);
  assert.match(r.out, /x\\u001b\[31m\.weights\.h5: weights with no definition/, 'control characters are shown escaped');
  assert.ok(!`${r.out}${readFileSync(file, 'utf8')}`.includes('\u001b'), 'no raw escape character');
  const jobs = (await expandConfig(config)).jobs;
  assert.deepEqual(jobs.map((j) => j.definition), [path.join(dir, evil)]);
});

test('the walk is bounded, follows no link, and reads no more of a file than it takes to tell what it is', { skip: SKIP_SHARED }, async () => {
  const dir = tempDir('init-walk');
  put(dir, 'a/b/c/deep.keras', corpus('mlp.keras'));
  put(dir, 'top.keras', corpus('mlp.keras'));
  const outside = tempDir('init-walk-outside');
  put(outside, 'elsewhere.keras', corpus('mlp.keras'));
  symlinkSync(outside, path.join(dir, 'linked'));
  symlinkSync(path.join(outside, 'elsewhere.keras'), path.join(dir, 'file-link.keras'));
  // JSON far over maxJsonBytes (sparse) that names no model key: only its head is read, so it is no error.
  write(dir, 'data/huge.json', '[[0.1, 0.2, 0.3], [0.4');
  truncateSync(path.join(dir, 'data', 'huge.json'), 80 * 2 ** 20);
  // A .keras whose weights member is not even deflate data: recognised from the archive's directory alone.
  execFileSync('/usr/bin/python3', ['-c', [
    'import sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED)',
    'z.write(sys.argv[2], "config.json")',
    'z.writestr(zipfile.ZipInfo("model.weights.h5"), b"not deflate data at all", zipfile.ZIP_STORED)',
    'z.close()',
  ].join('\n'), path.join(dir, 'odd.keras'), corpus('mlp.model.json')]);

  const plan = await scanForInit(dir, { bounds: { maxDepth: 2 } });
  assert.deepEqual(plan.models.map((m) => m.definition.rel).sort(), ['odd.keras', 'top.keras']);
  assert.ok(plan.notes.some((n) => /1 folder deeper than 2 levels not looked at/.test(n)), plan.notes.join('\n'));
  assert.ok(plan.notes.some((n) => /2 symbolic links not followed/.test(n)), plan.notes.join('\n'));
  assert.deepEqual(plan.unreadable, []);
  assert.deepEqual(plan.notModels, [], 'a JSON file that is no model is not even mentioned');

  const wide = await scanForInit(dir);
  assert.ok(wide.models.some((m) => m.definition.rel === 'a/b/c/deep.keras'));
  const short = await scanForInit(dir, { bounds: { maxEntries: 2 } });
  assert.ok(short.notes.some((n) => /stopped after 2 files and folders/.test(n)), short.notes.join('\n'));
  const few = await scanForInit(dir, { bounds: { maxCandidates: 1 } });
  assert.equal(few.models.length, 1);
  assert.ok(few.notes.some((n) => /stopped after 1 model-like files/.test(n)));
});

test('pairing: names stay distinct, a folder\'s generic model.json is named by its folder, a name unique to two folders pairs, other guesses never pair silently', () => {
  const f = (rel: string, role: Found['role']): Found => {
    const folder = path.posix.dirname(rel);
    const base = path.posix.basename(rel);
    return { abs: `/r/${rel}`, rel, role, format: role, folder, stem: base.slice(0, base.indexOf('.')) };
  };
  const plan = pairFound([
    f('a/tfjs/model.json', 'model'), f('b/tfjs/model.json', 'model'), f('model.json', 'definition'), f('model.weights.h5', 'weights'),
    f('models/net.json', 'definition'), f('weights/net.weights.h5', 'weights'), f('weights/extra.weights.h5', 'weights'),
    // Two weights files named cnn in two folders: which one the definition must load is a guess.
    f('models/cnn.json', 'definition'), f('weights/cnn.weights.h5', 'weights'), f('archive/cnn.weights.h5', 'weights'),
  ]);
  const names = plan.models.map((m) => m.name);
  assert.deepEqual(names, ['model', 'net', 'tfjs', 'b/tfjs']);
  assert.deepEqual(plan.models[0]?.weights.map((w) => w.rel), ['model.weights.h5']);
  assert.deepEqual(plan.models[1]?.weights.map((w) => w.rel), ['weights/net.weights.h5'], 'models/ + weights/: the one pair the name allows');
  assert.equal(plan.models[1]?.acrossFolders, true);
  assert.deepEqual(plan.suggestions.map((x) => [x.definition, x.weights]), [['models/cnn.json', 'archive/cnn.weights.h5'], ['models/cnn.json', 'weights/cnn.weights.h5']]);
  assert.deepEqual(plan.unpaired.map((u) => u.rel), ['archive/cnn.weights.h5', 'models/cnn.json', 'weights/cnn.weights.h5', 'weights/extra.weights.h5']);
});

test('init --help names its options and exit codes', async () => {
  const r = await run('init', '--help');
  assert.equal(r.code, 0);
  for (const flag of ['--force', '--stdout', '--limit']) assert.ok(r.out.includes(flag), flag);
  assert.match(r.out, /Exit codes: 0 written .* 1 no model found .* 2 unusable input/);
  const bad = await run('init', '--forse');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /did you mean '--force'/);
});
