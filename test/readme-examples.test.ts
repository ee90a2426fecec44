// The README's examples, run as printed. Every fenced block is read from README.md at test time, so a
// new example is covered the moment it is written:
// - sh: a `npx weightgate …` line is either a synopsis (it holds `[`, `<`, `|` or `…`), whose every
//   option must be one its command's --help lists, or an example, run through bash exactly as printed
//   (npx resolved to this checkout's bin/, the committed dist/) in the repository when its files are
//   there, else in a folder holding the generic names the README uses (model.json, x.npy, …) as real
//   Keras 3 files from ../shared. A trailing `# ✔` means exit 0, `# ✖` exit 1, `exit N` exit N.
//   Other commands must name a script or file that exists.
// - yaml: a GitHub workflow (`# .github/workflows/…`) may use only the action's declared inputs and
//   outputs; a weightgate config (`models:`) must pass the schema and, run in a folder holding the
//   files it names, check every model once with none unreadable.
// - python and js: parsed (they need Keras or a browser bundle to run).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import YAML from 'yaml';
import { tempDir } from './helpers/temp.js';
import { SHARED } from './helpers/shared.js';
import { runCheck } from '../src/check/run.js';
import { expandModels } from '../src/config/expand.js';
import { loadConfig } from '../src/config/load.js';

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const corpus = path.join(SHARED, 'keras3-corpus');

interface Block { lang: string; line: number; text: string }

function blocks(): Block[] {
  const out: Block[] = [];
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++) body.push(lines[i] ?? '');
    out.push({ lang: open[1] ?? '', line: start + 1, text: body.join('\n') });
  }
  return out;
}

/** Shell lines with `\` continuations joined; the trailing comment kept apart. */
function commands(text: string): { command: string; comment: string }[] {
  const joined = text.replace(/\\\n\s*/g, '');
  return joined.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).map((l) => {
    const hash = l.search(/\s#\s/);
    return hash < 0 ? { command: l.trim(), comment: '' } : { command: l.slice(0, hash).trim(), comment: l.slice(hash + 2).trim() };
  });
}

const isSynopsis = (command: string): boolean => /[[<|…]/.test(command);

function expectedExit(comment: string): number {
  const n = /exit (\d)/.exec(comment);
  if (n) return Number(n[1]);
  return comment.startsWith('✖') ? 1 : 0;
}

/** The generic names the README's examples use, as real Keras 3.15 files of one model. */
function genericFolder(): string {
  const dir = tempDir('readme-generic');
  const copies: Record<string, string> = {
    'model.json': 'mnist_cnn.model.json',
    'model.weights.h5': 'mnist_cnn.weights.h5',
    'last-release.weights.h5': 'mnist_cnn.weights.h5',
    'model.keras': 'mnist_cnn.keras',
    'v1.keras': 'mnist_cnn.keras',
    'v2.keras': 'mnist_cnn.keras',
    'x.npy': 'mnist_cnn.input.npy',
    'y.npy': 'mnist_cnn.output.npy',
  };
  for (const [name, file] of Object.entries(copies)) copyFileSync(path.join(corpus, file), path.join(dir, name));
  writeFileSync(path.join(dir, 'weightgate.yml'), 'version: 1\nmodels:\n  - { definition: model.json, weights: model.weights.h5 }\n');
  return dir;
}

/** A PATH whose `npx weightgate` is this checkout's committed bundle (never the registry). */
function shimPath(): string {
  const dir = tempDir('readme-npx');
  const npx = path.join(dir, 'npx');
  writeFileSync(npx, `#!/bin/sh\nif [ "$1" = weightgate ]; then shift; exec node ${JSON.stringify(path.join(root, 'bin', 'weightgate.js'))} "$@"; fi\necho "npx $1: not in the README test" >&2; exit 127\n`);
  chmodSync(npx, 0o755);
  return `${dir}:${process.env.PATH ?? ''}`;
}

const helpCache = new Map<string, string>();
function helpOf(command: string): string {
  let text = helpCache.get(command);
  if (text === undefined) {
    text = execFileSync('node', [path.join(root, 'bin', 'weightgate.js'), command, '--help'], { encoding: 'utf8' });
    helpCache.set(command, text);
  }
  return text;
}

const all = blocks();
const shellLines = all.filter((b) => b.lang === 'sh').flatMap((b) => commands(b.text).map((c) => ({ ...c, line: b.line })));

test('the README has examples of every kind this test runs', () => {
  assert.ok(shellLines.filter((c) => c.command.includes('npx weightgate') && !isSynopsis(c.command)).length >= 8, 'runnable weightgate lines');
  assert.ok(all.some((b) => b.lang === 'yaml' && b.text.startsWith('# .github/workflows/')), 'workflows');
  assert.ok(all.some((b) => b.lang === 'yaml' && /^models:/m.test(b.text)), 'configs');
});

test('every synopsis names only options its command accepts', () => {
  for (const c of shellLines.filter((s) => s.command.includes('npx weightgate') && isSynopsis(s.command))) {
    const words = c.command.split(/\s+/);
    const command = words[words.indexOf('weightgate') + 1] ?? '';
    assert.match(command, /^[a-z]+$/, `README line ${c.line}: ${c.command}`);
    // `--allow-missing/-unexpected/-mismatch` in a help text names three options.
    const help = helpOf(command).replace(/--([a-z]+)-([a-z]+)((?:\/-[a-z]+)+)/g, (all, head: string, first: string, rest: string) =>
      [`--${head}-${first}`, ...rest.split('/-').filter(Boolean).map((r) => `--${head}-${r}`)].join(' '));
    for (const flag of c.command.match(/--[a-z][a-z-]*/g) ?? []) {
      assert.ok(help.includes(flag), `README line ${c.line}: \`weightgate ${command} --help\` does not list ${flag}`);
    }
  }
});

test('every weightgate example runs as printed and exits as its comment says', () => {
  const generic = genericFolder();
  const env = { ...process.env, PATH: shimPath(), NO_COLOR: '1' };
  let ran = 0;
  for (const c of shellLines) {
    const at = c.command.indexOf('npx weightgate');
    if (at < 0 || isSynopsis(c.command)) continue;
    // `npm ci && npx weightgate …`: the install is what .ci/run already did.
    const command = c.command.slice(at);
    const files = command.split(/\s+/).filter((w) => /\.(json|h5|keras|npy|npz|yml)$/.test(w));
    const cwd = files.length && files.every((f) => existsSync(path.join(root, f))) ? root : generic;
    const r = spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8' });
    assert.equal(r.status, expectedExit(c.comment), `README line ${c.line}: \`${command}\` in ${cwd === root ? 'the repository' : 'the generic folder'}\n${r.stdout}\n${r.stderr}`);
    assert.doesNotMatch(`${r.stdout}${r.stderr}`, /\n\s+at .+:\d+:\d+\)?\n/, `README line ${c.line}: a stack trace`);
    ran++;
  }
  assert.ok(ran >= 8);
});

test('every other command in the README names something that exists', () => {
  const scripts = Object.keys((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
  for (const c of shellLines.filter((s) => !s.command.includes('npx weightgate'))) {
    for (const m of c.command.matchAll(/npm run (-s )?([\w:-]+)/g)) assert.ok(scripts.includes(m[2] ?? ''), `README line ${c.line}: no npm script ${m[2]}`);
    for (const f of c.command.match(/\b(scripts|test|fixtures|src)\/[\w./-]+/g) ?? []) assert.ok(existsSync(path.join(root, f)), `README line ${c.line}: no ${f}`);
  }
});

test('every workflow uses only the action\'s declared inputs and outputs', () => {
  const action = YAML.parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  const workflows = all.filter((b) => b.lang === 'yaml' && b.text.startsWith('# .github/workflows/'));
  for (const b of workflows) {
    const doc = YAML.parse(b.text) as { jobs?: Record<string, { steps?: { id?: string; uses?: string; with?: Record<string, unknown> }[] }> };
    assert.ok(doc.jobs && Object.keys(doc.jobs).length, `README line ${b.line}: a workflow with jobs`);
    const ours = new Set<string>();
    for (const job of Object.values(doc.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith('weightgate/weightgate')) continue;
        if (step.id) ours.add(step.id);
        for (const key of Object.keys(step.with ?? {})) assert.ok(key in action.inputs, `README line ${b.line}: input ${key} is not in action.yml`);
      }
    }
    for (const m of b.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (ours.has(m[1] ?? '')) assert.ok((m[2] ?? '') in action.outputs, `README line ${b.line}: output ${m[2]} is not in action.yml`);
    }
  }
});

/** A file of the right kind for a path a README config names. */
function standIn(p: string): string {
  if (p.endsWith('.weights.h5')) return path.join(corpus, 'mnist_cnn.weights.h5');
  if (p.endsWith('.h5')) return path.join(corpus, 'mnist_cnn.legacyweights.h5');
  if (p.endsWith('.keras')) return path.join(corpus, 'mnist_cnn.keras');
  if (/finetune|transfer/.test(p)) return path.join(corpus, 'mnist_cnn__transfer_new_dense.model.json');
  return path.join(corpus, 'mnist_cnn.model.json');
}

test('every weightgate config in the README is valid and checks each of its models once', async () => {
  const configs = all.filter((b) => b.lang === 'yaml' && /^models:/m.test(b.text));
  for (const b of configs) {
    const dir = tempDir('readme-config');
    const text = /^version:/m.test(b.text) ? b.text : `version: 1\n${b.text}`;
    const doc = YAML.parse(text) as { models: { definition: string; weights?: string }[] };
    for (const m of doc.models) {
      for (const p of [m.definition, m.weights]) {
        if (!p || /^[a-z-]+:\/\//.test(p)) continue;
        // A glob names the files it is shown with: give it two matches.
        const names = p.includes('*') ? [p.replace('*', 'alpha'), p.replace('*', 'beta')] : [p];
        for (const n of names) {
          mkdirSync(path.dirname(path.join(dir, n)), { recursive: true });
          copyFileSync(standIn(n), path.join(dir, n));
        }
        if (p.includes('{stem}')) {
          for (const stem of ['alpha', 'beta', 'finetune', 'mnist_cnn']) {
            const n = p.replace('{stem}', stem);
            mkdirSync(path.dirname(path.join(dir, n)), { recursive: true });
            copyFileSync(standIn(n), path.join(dir, n));
          }
        }
      }
    }
    writeFileSync(path.join(dir, 'weightgate.yml'), text);
    const config = await loadConfig(path.join(dir, 'weightgate.yml'));
    // A remote example is checked for shape only: the tests never leave 127.0.0.1.
    if (doc.models.some((m) => /^[a-z-]+:\/\//.test(m.weights ?? ''))) continue;
    const report = await runCheck(config, await expandModels(config), { concurrency: 2 });
    const ids = report.models.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length, `README line ${b.line}: a model checked twice (${ids.join(', ')})`);
    // The README's configs show healthy setups (a transfer-learning head allowed, a glob's pairs).
    const failing = report.models.filter((m) => m.status === 'error' || m.status === 'incompatible');
    assert.deepEqual(failing.map((m) => m.id), [], `README line ${b.line}: ${JSON.stringify(failing.map((m) => m.error ?? m.diff?.findings.map((f) => f.code)))}`);
    assert.ok(ids.length >= doc.models.length, `README line ${b.line}: ${ids.join(', ')}`);
  }
});

test('the README\'s Python and JavaScript snippets parse', () => {
  for (const b of all.filter((x) => x.lang === 'python')) {
    const r = spawnSync('/usr/bin/python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: b.text, encoding: 'utf8' });
    assert.equal(r.status, 0, `README line ${b.line}: ${r.stderr}`);
  }
  for (const b of all.filter((x) => x.lang === 'js')) {
    const r = spawnSync('node', ['--input-type=module', '--check'], { input: b.text, encoding: 'utf8' });
    assert.equal(r.status, 0, `README line ${b.line}: ${r.stderr}`);
  }
});
