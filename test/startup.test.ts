// Start-up (issue 15): the bundle ships h5wasm's WebAssembly as a file instead of a 4 MB string in
// the worker's code, and only `check` loads the config modules (yaml, ajv, tinyglobby). Checked on a
// fresh build in a temp folder, which must still read HDF5 and run check.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { tempDir } from './helpers/temp.js';

const root = path.resolve(import.meta.dirname, '..');
const dir = tempDir('startup');
after(() => rmSync(dir, { recursive: true, force: true }));
const out = path.join(dir, 'dist');
execFileSync(process.execPath, ['scripts/build.mjs', out], { cwd: root, stdio: 'pipe' });

/** The bundle files `entry` loads before any dynamic import() runs. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(/^(?:import|export)\s[^;]*?from\s*"(\.{1,2}\/[^"]+)"|^import\s*"(\.{1,2}\/[^"]+)"/gm)) {
    staticGraph(path.resolve(path.dirname(entry), m[1] ?? m[2]!), seen);
  }
  return seen;
}

test('h5wasm\'s WebAssembly ships as h5wasm.wasm next to the bundle, not as a string in its code', () => {
  const wasm = readFileSync(path.join(out, 'h5wasm.wasm'));
  assert.deepEqual([...wasm.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d]);
  const glue = readdirSync(path.join(out, 'chunks')).map((f) => path.join(out, 'chunks', f)).filter((f) => readFileSync(f, 'utf8').includes('function findWasmBinary'));
  assert.equal(glue.length, 1);
  assert.doesNotMatch(readFileSync(glue[0]!, 'utf8'), /binaryDecode\(['"]/);
});

test('the built CLI reads HDF5 through the shipped binary, from any folder', () => {
  const r = spawnSync(process.execPath, [path.join(out, 'cli.js'), 'diff', path.join(root, 'fixtures/models/classifier.json'), path.join(root, 'fixtures/weights/classifier.weights.h5')], { cwd: os.tmpdir(), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /compatible \(no findings\)/);
});

test('only check loads yaml, ajv and tinyglobby; check still runs', () => {
  // cli.js awaits main.ts's chunk at its top level: every command loads that chunk and its static imports.
  const cli = path.join(out, 'cli.js');
  const mainChunk = /await import\("(\.\/chunks\/main-[^"]+)"\)/.exec(readFileSync(cli, 'utf8'))?.[1];
  assert.ok(mainChunk, 'cli.js imports main.ts\'s chunk');
  const graph = [...staticGraph(path.join(out, mainChunk), staticGraph(cli))];
  const main = graph.map((f) => readFileSync(f, 'utf8')).join('\n');
  assert.match(main, /function runCli|runCli/);
  for (const lib of ['yaml', 'ajv', 'tinyglobby']) assert.doesNotMatch(main, new RegExp(`^// \\S*node_modules/${lib}/`, 'm'), `${lib} loads with every command`);
  const r = spawnSync(process.execPath, [path.join(out, 'cli.js'), 'check', '--config', path.join(root, 'fixtures/weightgate.yml')], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /5 models: 4 compatible, 0 with warnings, 1 incompatible, 0 unreadable/);
});
