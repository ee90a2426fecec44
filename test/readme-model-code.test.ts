// The README's "Definitions from model code" (issue 19, item 4), run as printed. Every snippet is read
// from README.md at test time, never retyped here.
//
// What this can check, and what it cannot: Keras is not installable where the tests run (no network but
// npm and Debian), so the README's Python script runs with a stand-in `ml/model.py` whose to_json() and
// save() give what real Keras 3 wrote for the corpus' mnist_cnn (../shared/keras3-corpus). That checks
// the script's own lines (the path it is given, the .json / .keras choice) and that the weightgate
// commands shown pass on real Keras output, and fail when the code no longer fits the weights; not that
// Keras' to_json() of *your* model is what the corpus holds. The workflow and the pre-commit hook are
// checked for the shape GitHub and pre-commit read, and their commands run as printed (pip, which needs
// the network, excepted).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import YAML from 'yaml';
import { MODEL_CODE_HINT } from '../src/sources/errors.js';
import { run } from './helpers/cli.js';
import { SHARED, SKIP_SHARED } from './helpers/shared.js';
import { tempDir } from './helpers/temp.js';

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const corpus = path.join(SHARED, 'keras3-corpus');
const TITLE = 'Definitions from model code';

/** The section's text, from its heading to the next `## ` heading. */
function section(): string {
  const start = readme.indexOf(`\n## ${TITLE}\n`);
  assert.ok(start >= 0, `README.md has no "## ${TITLE}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

interface Block { lang: string; text: string }

function blocks(text: string): Block[] {
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1] ?? '', text: m[2] ?? '' }));
}

const all = blocks(section());
const one = (pick: (b: Block) => boolean, what: string): string => {
  const found = all.filter(pick);
  assert.equal(found.length, 1, `the section has one ${what}`);
  return found[0]!.text;
};
const python = one((b) => b.lang === 'python', 'Python snippet');
const shell = one((b) => b.lang === 'sh', 'shell block');
const config = one((b) => b.lang === 'yaml' && b.text.startsWith('# weightgate.yml\n'), 'weightgate.yml');
const workflow = one((b) => b.lang === 'yaml' && b.text.startsWith('# .github/workflows/'), 'workflow');
const hooks = one((b) => b.lang === 'yaml' && b.text.startsWith('# .pre-commit-config.yaml\n'), 'pre-commit config');

/** Shell lines, each with its trailing comment apart (`# ✔` means exit 0, `# ✖` exit 1). */
function commands(text: string): { command: string; comment: string }[] {
  return text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).map((l) => {
    const hash = l.search(/\s#\s/);
    return hash < 0 ? { command: l.trim(), comment: '' } : { command: l.slice(0, hash).trim(), comment: l.slice(hash + 2).trim() };
  });
}

/** The stand-in for the user's ml/model.py: what real Keras wrote, from files named by the environment. */
const STAND_IN = `# Test stand-in (test/readme-model-code.test.ts): Keras is not installed here. build_model() returns an
# object whose to_json() and save() give files real Keras 3 wrote.
import os
import shutil


class _Model:
    def to_json(self):
        with open(os.environ["WG_TO_JSON"]) as f:
            return f.read()

    def save(self, path):
        shutil.copyfile(os.environ["WG_KERAS"], path)


def build_model():
    return _Model()
`;

/**
 * A user's repository as the section describes it: the README's script in ml/, the stand-in beside it,
 * the weights the model must load, the README's weightgate.yml; and a PATH whose `npx weightgate` is
 * this checkout's committed bundle (never the registry).
 */
function repository(definition = 'mnist_cnn.model.json'): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir('readme-model-code');
  mkdirSync(path.join(dir, 'ml'));
  writeFileSync(path.join(dir, 'ml', 'write_definition.py'), python);
  writeFileSync(path.join(dir, 'ml', 'model.py'), STAND_IN);
  copyFileSync(path.join(corpus, 'mnist_cnn.weights.h5'), path.join(dir, 'model.weights.h5'));
  writeFileSync(path.join(dir, 'weightgate.yml'), config);
  const bin = path.join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'npx'), `#!/bin/sh\nif [ "$1" = weightgate ]; then shift; exec node ${JSON.stringify(path.join(root, 'bin', 'weightgate.js'))} "$@"; fi\necho "npx $1: not in this test" >&2; exit 127\n`);
  chmodSync(path.join(bin, 'npx'), 0o755);
  const env = {
    ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1',
    WG_TO_JSON: path.join(corpus, definition), WG_KERAS: path.join(corpus, 'mnist_cnn.keras'),
  };
  return { dir, env };
}

function sh(command: string, dir: string, env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const r = spawnSync('bash', ['-c', command], { cwd: dir, env, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

test('the section is where the messages for model code point, after the config section', async () => {
  assert.ok(MODEL_CODE_HINT.includes(`'${TITLE}'`), 'the hint names this section');
  const at = (h: string) => readme.indexOf(`\n## ${h}\n`);
  assert.ok(at('`weightgate check` and `weightgate.yml`') < at(TITLE) && at(TITLE) < at('The GitHub Action'));
  // What a user who points weightgate at the code sees.
  const dir = tempDir('readme-model-code-py');
  writeFileSync(path.join(dir, 'model.py'), python);
  copyFileSync(path.join(corpus, 'mnist_cnn.weights.h5'), path.join(dir, 'model.weights.h5'));
  const r = await run('diff', path.join(dir, 'model.py'), path.join(dir, 'model.weights.h5'));
  assert.equal(r.code, 2);
  assert.match(r.err, /model\.py: Python source \(model code\)/);
  assert.ok(r.err.includes(MODEL_CODE_HINT));
});

test('the Python snippet is valid Python', () => {
  const r = spawnSync('/usr/bin/python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: python, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('locally: every line runs as printed, the script writes what Keras gives, weightgate passes on it', { skip: SKIP_SHARED }, () => {
  const manifest = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { environment: { keras_version: string } };
  assert.match(manifest.environment.keras_version, /^3\./, 'the corpus was written by Keras 3');
  const { dir, env } = repository();
  const lines = commands(shell);
  assert.ok(lines.some((l) => /^python3 ml\/write_definition\.py model\.json$/.test(l.command)));
  assert.ok(lines.some((l) => /^python3 ml\/write_definition\.py model\.keras$/.test(l.command)));
  assert.ok(lines.filter((l) => l.command.startsWith('npx weightgate ')).length >= 3);
  for (const { command, comment } of lines) {
    const r = sh(command, dir, env);
    const expected = comment.startsWith('✖') ? 1 : 0;
    assert.equal(r.status, expected, `\`${command}\`\n${r.output}`);
    const written = /write_definition\.py (\S+)$/.exec(command)?.[1];
    if (written) {
      const source = written.endsWith('.keras') ? env.WG_KERAS! : env.WG_TO_JSON!;
      assert.deepEqual(readFileSync(path.join(dir, written)), readFileSync(source), `${written} is what Keras wrote`);
    }
  }
  // The config as printed names the file the script writes.
  const doc = YAML.parse(config) as { models: { definition: string; weights: string }[] };
  assert.deepEqual(doc.models, [{ definition: 'model.json', weights: 'model.weights.h5' }]);
});

test('the gate bites: the same lines fail when the code no longer fits the weights', { skip: SKIP_SHARED }, () => {
  // The code changed conv1 to 16 filters; the weights were saved with 32 (the corpus' broken pair).
  const { dir, env } = repository('mnist_cnn__conv1_filters16.model.json');
  const lines = commands(shell);
  const json = lines.find((l) => /model\.json$/.test(l.command) && l.command.startsWith('python3'))!;
  assert.equal(sh(json.command, dir, env).status, 0);
  for (const l of lines.filter((x) => x.command.startsWith('npx weightgate') && !x.command.includes('model.keras'))) {
    const r = sh(l.command, dir, env);
    assert.equal(r.status, 1, `\`${l.command}\`\n${r.output}`);
    assert.match(r.output, /conv1/);
  }
});

test('in a pull request: the workflow writes the definition, then the action checks the config that names it', { skip: SKIP_SHARED }, () => {
  const doc = YAML.parse(workflow) as { on: unknown; permissions?: Record<string, string>; jobs: Record<string, { 'runs-on'?: string; steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[] }> };
  assert.ok(doc.on === 'pull_request' || (typeof doc.on === 'object' && doc.on !== null && 'pull_request' in doc.on), 'runs on pull requests');
  const jobs = Object.values(doc.jobs);
  assert.equal(jobs.length, 1);
  const job = jobs[0]!;
  assert.equal(typeof job['runs-on'], 'string');
  const steps = job.steps ?? [];
  for (const s of steps) assert.ok((s.uses === undefined) !== (s.run === undefined), `a step has either uses or run: ${JSON.stringify(s)}`);
  const checkout = steps.findIndex((s) => s.uses?.startsWith('actions/checkout@'));
  const writes = steps.findIndex((s) => /write_definition\.py model\.json/.test(s.run ?? ''));
  const gate = steps.findIndex((s) => s.uses?.startsWith('weightgate/weightgate@'));
  assert.ok(checkout === 0 && checkout < writes && writes < gate, 'checkout, then the definition is written, then weightgate');
  const action = YAML.parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  const inputs = steps[gate]!.with ?? {};
  for (const k of Object.keys(inputs)) assert.ok(k in action.inputs, `input ${k} is in action.yml`);
  assert.equal(inputs.base, 'none', 'the base commit has no generated definition to compare with');
  assert.equal(doc.permissions?.['pull-requests'], 'write');

  // The run steps as printed (pip needs the network: its requirements are the user's), then the check
  // the action runs on its config.
  const { dir, env } = repository();
  for (const s of steps.filter((x) => x.run && !x.run.startsWith('pip '))) {
    const r = sh(s.run!, dir, env);
    assert.equal(r.status, 0, `\`${s.run}\`\n${r.output}`);
  }
  const r = sh(`npx weightgate check --config ${String(inputs.config)}`, dir, env);
  assert.equal(r.status, 0, r.output);
  assert.match(r.output, /1 model: 1 compatible/);
});

test('before each commit: a local pre-commit hook whose entry runs as printed and stops a commit that no longer fits', { skip: SKIP_SHARED }, () => {
  const doc = YAML.parse(hooks) as { repos: { repo: string; hooks: Record<string, unknown>[] }[] };
  assert.equal(doc.repos.length, 1);
  const repo = doc.repos[0]!;
  assert.equal(repo.repo, 'local');
  const hook = repo.hooks[0]!;
  for (const k of ['id', 'name', 'entry', 'language']) assert.equal(typeof hook[k], 'string', `a local hook needs ${k}`);
  assert.ok(['system', 'script'].includes(String(hook.language)), 'runs with what is installed');
  assert.equal(hook.pass_filenames, false, 'the hook checks the config, not the staged file names');
  // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
  const files = new RegExp(String(hook.files));
  for (const f of ['ml/model.py', 'ml/write_definition.py', 'model.weights.h5', 'weightgate.yml']) assert.ok(files.test(f), `${f} runs the hook`);
  for (const f of ['README.md', 'model.json', 'docs/ml/x.py']) assert.ok(!files.test(f), `${f} does not`);
  // pre-commit splits `entry` as a shell does (shlex) and runs it from the repository's root.
  const entry = String(hook.entry);
  const good = repository();
  const ok = sh(entry, good.dir, good.env);
  assert.equal(ok.status, 0, ok.output);
  const bad = repository('mnist_cnn__conv1_filters16.model.json');
  const stopped = sh(entry, bad.dir, bad.env);
  assert.equal(stopped.status, 1, stopped.output);
  assert.match(stopped.output, /conv1/);
});
