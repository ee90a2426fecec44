// The committed fixtures under fixtures/ (models/, weights/, tfjs/) are what scripts/make-fixtures.ts
// writes today: the tests that copy them (test/helpers/hostile.ts fixtures()) then run on the
// generator's output without each loading h5wasm to write it again. JSON and TF.js shards are
// compared byte for byte; HDF5 files by h5dump (every group, dataset, attribute and value), since
// the library's bookkeeping bytes may differ between two writes of the same content.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { GENERATED_FIXTURES } from './helpers/hostile.js';
import { tempDir } from './helpers/temp.js';

const committed = path.resolve(import.meta.dirname, '..', 'fixtures');

function filesUnder(root: string): string[] {
  return GENERATED_FIXTURES.flatMap((d) => readdirSync(path.join(root, d), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name))))
    .sort();
}

/** h5dump's text of a file, its first line (which names the file) aside. */
function dump(file: string): string {
  return execFileSync('h5dump', [file], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }).split('\n').slice(1).join('\n');
}

/**
 * Run scripts/make-fixtures.ts into `out`, bundled by esbuild and run by plain node: imported here
 * under tsx, h5wasm's 4 MB glue would cost ~3 s of CPU on its way through the loader.
 */
function makeFixtures(dir: string, out: string): void {
  const esbuild = createRequire(import.meta.url)('esbuild') as { buildSync(o: object): { outputFiles?: { text: string }[] } };
  const script = path.join(dir, 'make-fixtures.mjs');
  const built = esbuild.buildSync({
    entryPoints: [path.join(import.meta.dirname, '..', 'scripts', 'make-fixtures.ts')], bundle: true, write: false,
    platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent',
  }).outputFiles?.[0]?.text;
  assert.ok(built, 'esbuild bundled scripts/make-fixtures.ts');
  writeFileSync(script, built);
  execFileSync(process.execPath, [script, out], { stdio: 'pipe' });
}

test('fixtures/ holds exactly what scripts/make-fixtures.ts writes', () => {
  const dir = tempDir('fixtures-current');
  const fresh = path.join(dir, 'fx');
  makeFixtures(dir, fresh);
  const names = filesUnder(fresh);
  assert.deepEqual(filesUnder(committed), names, 'the same files (run `npm run fixtures` after changing the generator)');
  assert.ok(names.some((n) => n.endsWith('.h5')) && names.some((n) => n.endsWith('.json')), names.join(', '));
  for (const n of names) {
    const [a, b] = [path.join(committed, n), path.join(fresh, n)];
    if (n.endsWith('.h5')) assert.equal(dump(a), dump(b), `${n}: run \`npm run fixtures\``);
    else assert.ok(readFileSync(a).equals(readFileSync(b)), `${n}: run \`npm run fixtures\``);
  }
});
