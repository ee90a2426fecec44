#!/usr/bin/env node
// Runs test/*.test.ts with node's test runner, in a few processes instead of one per file.
//
// Each test file in its own process paid ~1–2 s of a core to start node, tsx and its module graph
// again (77 files: about a third of the suite's CPU). Files that share no process-wide state run
// together, in groups: one process imports several of them, so the graph, h5wasm and TF.js load
// once and warm workers serve the next file. A file that changes process-wide state (TMPDIR, the
// working folder, worker counts, temp-folder listings, signal handlers) is listed in ISOLATED with
// why, and keeps a process of its own; the hostile-input files, which point TMPDIR at a private
// folder, share one process of their own (PRIVATE_TMP). `node --import tsx --test test/NAME.test.ts`
// still runs any one file alone.
//
// Usage: node scripts/run-tests.mjs [--list] [node --test options…]
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const testDir = path.join(root, 'test');

/** Files that need a process of their own, and why; the longest first. */
const ISOLATED = {
  'hostile-fuzz.test.ts': 'points TMPDIR at a private folder for the whole file, and runs longest',
  'engine-isolation.test.ts': 'kills and counts the smoke workers of its process',
  'hdf5-pool.test.ts': 'sets the process-wide HDF5 worker pool, and counts its workers',
  'temp-dirs.test.ts': 'asserts on the process-wide list of live temp folders',
};

/**
 * Files that point TMPDIR at a private folder (test/helpers/hostile.ts privateTmp) and check what
 * is left in it: they share one process and that one folder, with no other file. Their tests run
 * one after another there, and each leaves the folder as it found it.
 */
const PRIVATE_TMP = [
  'hostile-amplify.test.ts', 'hostile-cli.test.ts', 'hostile-code.test.ts', 'hostile-config.test.ts',
  'hostile-hdf5.test.ts', 'hostile-limits.test.ts', 'hostile-zip.test.ts',
];

/** Processes for the grouped files: two per slot of `--test-concurrency=3`, so no slot ends on one long group alone. */
const GROUPS = 6;

const files = readdirSync(testDir).filter((f) => f.endsWith('.test.ts')).sort();
const stale = [...Object.keys(ISOLATED), ...PRIVATE_TMP].filter((f) => !files.includes(f));
if (stale.length) {
  console.error(`run-tests: ISOLATED or PRIVATE_TMP names ${stale.join(', ')}, not in test/; update scripts/run-tests.mjs`);
  process.exit(2);
}
const grouped = files.filter((f) => !(f in ISOLATED) && !PRIVATE_TMP.includes(f));

// Balanced by source size, largest first into the lightest group: deterministic, so a failure caused
// by two files sharing a process reproduces with the same grouping.
const groups = Array.from({ length: Math.min(GROUPS, grouped.length) }, () => ({ size: 0, files: [] }));
for (const f of [...grouped].sort((a, b) => statSync(path.join(testDir, b)).size - statSync(path.join(testDir, a)).size || a.localeCompare(b))) {
  const g = groups.reduce((x, y) => (y.size < x.size ? y : x));
  g.files.push(f);
  g.size += statSync(path.join(testDir, f)).size;
}

const args = process.argv.slice(2);
if (args[0] === '--list') {
  groups.forEach((g, i) => console.log(`group ${i + 1}: ${g.files.sort().join(' ')}`));
  console.log(`private TMPDIR: ${PRIVATE_TMP.join(' ')}`);
  for (const [f, why] of Object.entries(ISOLATED)) console.log(`alone: ${f} (${why})`);
  process.exit(0);
}

const cache = path.join(root, 'node_modules', '.cache', 'weightgate', 'test-groups');
rmSync(cache, { recursive: true, force: true });
mkdirSync(cache, { recursive: true });
const entry = (name, list) => {
  const file = path.join(cache, `${name}.test.mjs`);
  writeFileSync(file, [...list].sort().map((f) => `import ${JSON.stringify(pathToFileURL(path.join(testDir, f)).href)};\n`).join(''));
  return file;
};
const entries = [...groups.map((g, i) => entry(`group-${i + 1}`, g.files)), entry('private-tmp', PRIVATE_TMP)];
const alone = Object.keys(ISOLATED).map((f) => path.join('test', f));

// The groups first: they are the longest, and the single files fill the cores around them.
const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...args, ...entries, ...alone], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
