// Issue 19, item 10: a live status line for a model that takes a while (terminal only), the colour
// conventions (FORCE_COLOR, NO_COLOR, TERM=dumb), and exit codes that are what `--help` says. The
// bytes are what is asserted: ANSI sequences present or absent, on an injected stream and on a real
// pseudo-terminal (util-linux `script`).
/* eslint-disable no-control-regex -- the escape sequences a terminal receives are what these tests assert on */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, type Io } from '../src/cli/main.js';
import { progressSink } from '../src/cli/progress-sink.js';
import { colorEnabled, liveStatusEnabled } from '../src/cli/terminal.js';
import { commandUsage } from '../src/cli/usage.js';
import { fx, run } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const ESC = '\u001b';
const ERASE = '\r\u001b[K';

/** A stand-in for process.stderr: what was written, byte for byte. */
function fakeStream(isTTY: boolean): { isTTY: boolean; columns: number; written: string; write(t: string): boolean } {
  return { isTTY, columns: 100, written: '', write(t: string) { this.written += t; return true; } };
}

test('colour: FORCE_COLOR forces it (0/false off), NO_COLOR and TERM=dumb turn it off, else a terminal has it', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  assert.equal(colorEnabled(tty, {}), true);
  assert.equal(colorEnabled(pipe, {}), false);
  assert.equal(colorEnabled(pipe, { FORCE_COLOR: '1' }), true);
  assert.equal(colorEnabled(pipe, { FORCE_COLOR: '' }), true);
  assert.equal(colorEnabled(tty, { FORCE_COLOR: '0' }), false);
  assert.equal(colorEnabled(tty, { FORCE_COLOR: 'false' }), false);
  assert.equal(colorEnabled(tty, { NO_COLOR: '1' }), false);
  assert.equal(colorEnabled(tty, { NO_COLOR: '' }), true, 'an empty NO_COLOR is not set');
  assert.equal(colorEnabled(tty, { TERM: 'dumb' }), false);
  assert.equal(colorEnabled(pipe, { NO_COLOR: '1', FORCE_COLOR: '1' }), true, 'FORCE_COLOR wins, as in Node');
  assert.equal(colorEnabled(tty, {}, false), false, '--no-color wins');
  assert.equal(colorEnabled(pipe, { NO_COLOR: '1' }, true), true, '--color wins');
  // The status line moves the cursor: a terminal only, never TERM=dumb or CI, whatever FORCE_COLOR says.
  assert.equal(liveStatusEnabled(tty, {}), true);
  assert.equal(liveStatusEnabled(pipe, { FORCE_COLOR: '1' }), false);
  assert.equal(liveStatusEnabled(tty, { TERM: 'dumb' }), false);
  assert.equal(liveStatusEnabled(tty, { CI: 'true' }), false);
  assert.equal(liveStatusEnabled(tty, { NO_COLOR: '1' }), true);
});

test('the status line on a terminal: model, phase and time, redrawn in place, erased before lines that stay', () => {
  let now = 0;
  const s = fakeStream(true);
  const sink = progressSink(s, {}, { now: () => now, timer: false });
  sink.phase('big-tfjs-model', 'reading');
  assert.equal(s.written, `${ERASE}⠿ big-tfjs-model  reading  0.0s`);
  now = 3_500;
  sink.tick();
  assert.ok(s.written.endsWith(`${ERASE}⠿ big-tfjs-model  reading  3.5s`));
  sink.phase('small', 'diffing');
  sink.phase('big-tfjs-model', 'smoke');
  assert.ok(s.written.endsWith(`${ERASE}⠿ big-tfjs-model  smoke  3.5s  (+1 more)`));
  const before = s.written.length;
  sink.finished('small');
  sink.line('[1/2] ✔ small  compatible');
  // Erased, the line, then the status of what is still running.
  assert.equal(s.written.slice(before).split(ERASE).filter(Boolean).at(-2), '[1/2] ✔ small  compatible\n');
  sink.finished('big-tfjs-model');
  sink.stop();
  assert.ok(s.written.endsWith(ERASE), 'nothing of the status line is left');
  // A name from a config cannot move the cursor.
  const h = fakeStream(true);
  progressSink(h, {}, { now: () => 0, timer: false }).phase('evil\u001b[2Jname', 'reading');
  assert.doesNotMatch(h.written.replaceAll(ERASE, ''), /\u001b/);
});

test('not a terminal (a CI log, a pipe, TERM=dumb): no cursor movement; one line for a model still running after the threshold', () => {
  const cases: [ReturnType<typeof fakeStream>, Record<string, string>][] = [[fakeStream(false), {}], [fakeStream(true), { TERM: 'dumb' }], [fakeStream(true), { CI: 'true' }]];
  for (const [stream, env] of cases) {
    let now = 0;
    const sink = progressSink(stream, env, { now: () => now, timer: false, slowNoticeMs: 10_000 });
    sink.phase('big', 'reading');
    sink.status('downloading big.h5 1.0/400.0 MiB');
    now = 9_000;
    sink.tick();
    // (A function: assert.equal narrows its argument's type, and `written` changes.)
    const written = () => stream.written;
    assert.equal(written(), '', 'nothing before the threshold');
    now = 12_000;
    sink.tick();
    now = 40_000;
    sink.tick();
    sink.line('[1/1] ✔ big  compatible');
    sink.stop();
    assert.equal(written(), '… big: still reading after 12s\n[1/1] ✔ big  compatible\n');
    assert.ok(!written().includes(ESC) && !written().includes('\r'));
  }
});

/** `check` in-process with terminals of our choosing. */
async function checkWith(env: Record<string, string>, tty: { stdout: boolean; stderr: boolean }, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  const stderr = fakeStream(tty.stderr);
  const io: Io = {
    out: (t) => { out += `${t}\n`; },
    err: (t) => stderr.write(`${t}\n`),
    stdout: { isTTY: tty.stdout },
    stderr,
    env,
  };
  const code = await runCli(['check', '--config', fx('weightgate.yml'), ...args], io);
  return { code, out, err: stderr.written };
}

test('check on terminals: the status line and colour; FORCE_COLOR in a pipe; NO_COLOR; TERM=dumb has no escape at all', async () => {
  const tty = await checkWith({}, { stdout: true, stderr: true });
  assert.equal(tty.code, 1);
  assert.match(tty.err, /\r\u001b\[K⠿ classifier\S* {2}(reading|diffing|smoke)/, 'a status line naming a model and its phase');
  assert.match(tty.err, /\[5\/5\] /);
  assert.ok(tty.err.endsWith(`${ERASE}`) || !tty.err.slice(tty.err.lastIndexOf('\n')).includes('⠿'), 'the status line is gone at the end');
  assert.match(tty.out, /\u001b\[31m✖ incompatible/, 'the failing verdict in red');

  const forced = await checkWith({ FORCE_COLOR: '1' }, { stdout: false, stderr: false });
  assert.match(forced.out, /\u001b\[31m/);
  assert.doesNotMatch(forced.err, /\r/, 'FORCE_COLOR does not make a pipe a terminal');

  const noColor = await checkWith({ NO_COLOR: '1' }, { stdout: true, stderr: true });
  assert.doesNotMatch(noColor.out, /\u001b/);
  assert.match(noColor.err, /\r\u001b\[K⠿/, 'NO_COLOR is about colour only');

  const dumb = await checkWith({ TERM: 'dumb' }, { stdout: true, stderr: true });
  assert.doesNotMatch(dumb.out + dumb.err, /\u001b|\r/);
  assert.match(dumb.err, /\[5\/5\] /);
  assert.match(dumb.out, /✖ 5 models/);
});

/** The installed CLI (bin/weightgate.js, the committed bundle) on a real pseudo-terminal (util-linux `script`), stdout and stderr both on it. */
function onPty(env: Record<string, string>, ...args: string[]): string {
  const cmd = [process.execPath, path.join(ROOT, 'bin', 'weightgate.js'), ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['CI', 'FORCE_COLOR', 'NO_COLOR', 'TERM']) delete clean[k];
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...clean, ...env } });
  assert.ok(r.status === 0 || r.status === 1, `${r.status}: ${r.stderr}`);
  return r.stdout;
}

test('a real pseudo-terminal: status line and colour with TERM=xterm, neither with TERM=dumb or NO_COLOR', () => {
  const args = ['diff', fx('models', 'classifier_wide.json'), fx('weights', 'classifier.weights.h5')];
  const xterm = onPty({ TERM: 'xterm-256color' }, ...args);
  assert.match(xterm, /\r\u001b\[K⠿ classifier_wide\.json \+ classifier\.weights\.h5 {2}reading/);
  assert.match(xterm, /\u001b\[31m✖ incompatible/);
  const dumb = onPty({ TERM: 'dumb' }, ...args);
  assert.match(dumb, /✖ incompatible \(3 errors\)/);
  assert.doesNotMatch(dumb, /\u001b/);
  const noColor = onPty({ TERM: 'xterm-256color', NO_COLOR: '1' }, ...args);
  assert.doesNotMatch(noColor, /\u001b\[3\dm/);
});

test('exit codes are what each command\'s --help says', async () => {
  const dir = tempDir('exit');
  const bad = path.join(dir, 'bad.h5');
  await writeFile(bad, 'not an HDF5 file');
  const badConfig = path.join(dir, 'w.yml');
  await writeFile(badConfig, 'version: 1\nmodelz: []\n');
  const cases: [string, string[], number][] = [
    ['inspect', ['inspect', fx('models', 'classifier.json')], 0],
    ['inspect', ['inspect', bad], 2],
    ['diff', ['diff', fx('models', 'classifier.json'), fx('weights', 'classifier.weights.h5')], 0],
    ['diff', ['diff', fx('models', 'classifier_wide.json'), fx('weights', 'classifier.weights.h5')], 1],
    ['diff', ['diff', fx('models', 'classifier.json'), bad], 2],
    ['diff', ['diff', fx('weights', 'classifier_legacy.h5'), fx('weights', 'classifier.weights.h5')], 0],
    ['check', ['check', '--config', fx('weightgate.yml'), '--fail-on', 'never'], 0],
    ['check', ['check', '--config', fx('weightgate.yml')], 1],
    ['check', ['check', '--config', badConfig], 2],
    ['check', ['check', '--fail-on', 'sometimes'], 2],
    ['merge', ['merge', bad], 2],
    ['convert', ['convert', bad, path.join(dir, 'out')], 2],
  ];
  for (const [command, argv, expected] of cases) {
    const r = await run(...argv);
    assert.equal(r.code, expected, `${argv.join(' ')}: ${r.err}`);
    assert.match(commandUsage(command), new RegExp(`Exit codes: .*\\b${expected} `), `${command} --help names exit ${expected}`);
  }
});
