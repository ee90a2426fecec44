// The committed dist/ must be what `npm run build` makes from the current src/ (the action runs dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tempDir } from './helpers/temp.js';

const root = path.resolve(import.meta.dirname, '..');

test('dist/ is rebuilt from the current sources', () => {
  const out = tempDir('dist');
  execFileSync(process.execPath, ['scripts/build.mjs', out], { cwd: root, stdio: 'pipe' });
  const list = (d: string) => (readdirSync(d, { recursive: true }) as string[]).sort();
  const built = list(out).filter((f) => f.endsWith('.js') || f.endsWith('.wasm'));
  assert.deepEqual(list(path.join(root, 'dist')).filter((f) => f.endsWith('.js') || f.endsWith('.wasm')), built, 'same files');
  for (const f of built) {
    const same = readFileSync(path.join(out, f)).equals(readFileSync(path.join(root, 'dist', f)));
    assert.ok(same, `dist/${f} is stale: run \`npm run build\` and commit dist/`);
  }
});

test('the bundled CLI runs without node_modules resolution tricks', () => {
  const text = execFileSync(process.execPath, [path.join(root, 'bin', 'weightgate.js'), 'inspect', path.join(root, 'fixtures', 'weights', 'classifier.weights.h5'), '--json'], { cwd: os.tmpdir() }).toString();
  const j = JSON.parse(text);
  assert.equal(j.format, 'Keras 3 weights (.weights.h5)');
  assert.deepEqual(j.layers.filter((l: { weights: unknown[] }) => l.weights.length).map((l: { name: string }) => l.name), ['conv1', 'dense']);
});
