// A 60-second fuzz run (scripts/fuzz.ts) over the shared corpus, or the fixtures without it: every
// reader on every mutated input, and not one broken invariant. The seed is fixed so that a failure
// here reproduces with `npm run fuzz -- --seconds 60 --seed 20260101`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatReport, runFuzz } from '../scripts/fuzz/harness.js';

test('60 s of fuzzing breaks no invariant', { timeout: 300_000 }, async (t) => {
  const report = await runFuzz({ seconds: 60, seed: 20260101 });
  for (const line of formatReport(report, 10).split('\n')) t.diagnostic(line);
  assert.ok(report.inputs > 0, 'the fuzzer ran inputs');
  assert.deepEqual(report.broken.map((b) => `${b.invariant} (${b.stage}): ${b.detail.split('\n')[0].slice(0, 300)}${b.saved ? ` [kept in ${b.saved}]` : ''}`), []);
});
