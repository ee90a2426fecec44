#!/usr/bin/env node
// The static gate `npm test` runs before the tests: package.json's `typecheck` (tsc) and `lint`
// (eslint, then knip) side by side. Each is single-threaded for most of its run (about 17 s, and
// 42 + 10 s here), so on two cores together they take about as long as the lint alone. Each one's
// output is printed whole, after it ends, under its name; the gate fails if either fails.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const npm = process.env.npm_execpath;
// Under `npm test`, the npm that runs it (npm_execpath); run alone, `npm` from PATH.
const CHECKS = ['typecheck', 'lint'].map((script) => (npm ? [process.execPath, npm, 'run', '-s', script] : ['npm', 'run', '-s', script]));

const results = await Promise.all(CHECKS.map(([cmd, ...args]) => new Promise((resolve) => {
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  child.on('error', (err) => resolve({ name: args.at(-1), code: 1, out: `${err.message}\n` }));
  child.on('close', (code, signal) => resolve({ name: args.at(-1), code: code ?? (signal ? 1 : 0), out }));
})));

for (const r of results) {
  if (r.code === 0 && !r.out.trim()) continue;
  process.stdout.write(`\n> npm run ${r.name}${r.code ? ` (exit ${r.code})` : ''}\n${r.out}`);
}
const failed = results.filter((r) => r.code !== 0);
if (failed.length) {
  console.error(`\nstatic checks failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
