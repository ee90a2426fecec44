#!/usr/bin/env node
// The static gate `npm test` runs before the tests: the type check, the lint and knip, side by side.
// Each is single-threaded for most of its run (about 17, 42 and 10 s here), so on two cores running
// them together takes about as long as the lint alone. Each one's output is printed whole, after it
// ends, under its command; the gate fails if any of them fails.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const CHECKS = [
  [bin('tsc'), '--noEmit', '-p', '.'],
  [bin('eslint'), '.'],
  [bin('knip'), '--no-progress'],
];

const results = await Promise.all(CHECKS.map(([cmd, ...args]) => new Promise((resolve) => {
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  child.on('error', (err) => resolve({ name: path.basename(cmd), args, code: 1, out: `${err.message}\n` }));
  child.on('close', (code, signal) => resolve({ name: path.basename(cmd), args, code: code ?? (signal ? 1 : 0), out }));
})));

for (const r of results) {
  if (r.code === 0 && !r.out.trim()) continue;
  process.stdout.write(`\n> ${r.name} ${r.args.join(' ')}${r.code ? ` (exit ${r.code})` : ''}\n${r.out}`);
}
const failed = results.filter((r) => r.code !== 0);
if (failed.length) {
  console.error(`\nstatic checks failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
