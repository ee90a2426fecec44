// Fuzz the readers: `npm run fuzz -- --seconds 60 [--seed N] [--jobs N] [--hang-ms N] [--corpus DIR]...`,
// or `--inputs N --seed S` for exactly N inputs (what npm test runs, in test/hostile-fuzz.test.ts).
// Mutates the shared corpus (../shared, else fixtures/) plus the hostile HDF5 files of
// scripts/make-hostile-hdf5.py (bytes, JSON, zip members, and HDF5 structure: fill values never
// written, hard-link fan-outs, aliased groups, TF.js shards listed twice), runs every reader on each input in worker
// threads, and reports inputs tried, distinct errors and broken invariants (exit 1 if any broke;
// offending inputs are kept in fuzz-findings/). `--replay DIR` re-runs one kept finding in-process.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stopHdf5Worker } from '../src/formats/hdf5-host.js';
import { formatReport, runFuzz } from './fuzz/harness.js';
import { runOne } from './fuzz/run-one.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    inputs: { type: 'string' },
    seed: { type: 'string' },
    jobs: { type: 'string' },
    'hang-ms': { type: 'string' },
    corpus: { type: 'string', multiple: true },
    replay: { type: 'string' },
  },
  strict: true,
});

async function replay(dir: string): Promise<number> {
  const note = await readFile(path.join(dir, 'NOTE.md'), 'utf8').catch(() => '');
  const names = (await readdir(dir)).filter((n) => n !== 'NOTE.md');
  const main = /input: `([^`]+)`/.exec(note)?.[1] ?? names[0];
  if (main === undefined) throw new Error(`${dir} holds no input`);
  const outcome = await runOne(path.join(dir, main), names.map((n) => path.join(dir, n)), {}, { timeoutMs: 3000 }, 0);
  console.log(JSON.stringify(outcome, null, 2));
  await stopHdf5Worker();
  return outcome.status === 'broken' ? 1 : 0;
}

if (values.replay) {
  process.exitCode = await replay(path.resolve(values.replay));
} else {
  const report = await runFuzz({
    seconds: Number(values.seconds),
    inputs: values.inputs === undefined ? undefined : Number(values.inputs),
    seed: values.seed === undefined ? undefined : Number(values.seed),
    jobs: values.jobs === undefined ? undefined : Number(values.jobs),
    hangMs: values['hang-ms'] === undefined ? undefined : Number(values['hang-ms']),
    corpus: values.corpus?.map((c) => path.resolve(c)),
    log: (line) => console.error(line),
  });
  console.log(formatReport(report));
  process.exitCode = report.broken.length ? 1 : 0;
}
