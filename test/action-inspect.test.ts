// The committed dist/index.js, run as GitHub runs it: inputs in INPUT_*, summary and outputs in files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function runAction(inputs: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-action-'));
  const summary = path.join(dir, 'summary.md');
  const output = path.join(dir, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, RUNNER_TEMP: dir };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [path.join(root, 'dist', 'index.js')], { env, cwd: dir, encoding: 'utf8' });
  return { ...r, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') };
}

test('the bundled action inspects every listed file into the job summary', () => {
  const r = runAction({ files: 'fixtures/models/classifier.json\nfixtures/weights/classifier.weights.h5', 'working-directory': root });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.summary, /## weightgate inspect/);
  assert.match(r.summary, /\| conv1 \| Conv2D \| <code>kernel<\/code> \| \(3, 3, 1, 4\) \| float32 \| 144 B \|/);
  assert.match(r.output, /files<<.*\n2\n/);
});

test('an unreadable file fails the step with its cause, and the others are still inspected', () => {
  const r = runAction({ files: 'missing.h5\nfixtures/tfjs/model.json', 'working-directory': root });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /::error file=missing\.h5::.*missing\.h5: no such file/);
  assert.match(r.summary, /TF\.js layers-model/);
  assert.match(r.output, /unreadable<<.*\n1\n/);
});
