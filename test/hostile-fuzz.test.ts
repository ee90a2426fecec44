// A fixed fuzz run (scripts/fuzz.ts) over the shared corpus, or the fixtures without it: every
// reader on each of the same FUZZ_INPUTS mutated inputs from a fixed seed, whatever the machine's
// speed, and not one broken invariant. A failure here reproduces with
// `npm run fuzz -- --inputs 150 --seed 20260101`; the open-ended, time-boxed run is `npm run fuzz`.
import assert from 'node:assert/strict';
import { copyFile, cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { hostileSeeds, type Seed } from '../scripts/fuzz/corpus.js';
import { formatReport, runFuzz } from '../scripts/fuzz/harness.js';
import { mutateHdf5Structure } from '../scripts/fuzz/hdf5-structure.js';
import { duplicateShard, rng } from '../scripts/fuzz/mutate.js';
import { openFile } from '../src/formats/open.js';
import { fixtures, privateTmp, rejects } from './helpers/hostile.js';

const { dir } = privateTmp('fuzz');
const fx = await fixtures(dir);

test('the structural mutations make what they say: fill values never written, hard-link fan-outs, aliases, shards listed twice', async () => {
  const r = rng(11);
  const fill = path.join(dir, 'fill.weights.h5');
  await copyFile(path.join(fx, 'weights', 'classifier.weights.h5'), fill);
  assert.match(mutateHdf5Structure(r, fill, 'fill-value') ?? '', /^fill-value dataset \/.* \d+x\d+$/);
  await rejects(openFile(fill), { kind: 'limit', file: fill, detail: /its datasets declare \d+ bytes .*over the maxHdf5Ratio limit/ });
  const fan = path.join(dir, 'fan.h5');
  await copyFile(path.join(fx, 'weights', 'classifier_legacy.h5'), fan);
  assert.match(mutateHdf5Structure(r, fan, 'fan-out') ?? '', /^hard-link fan-out \d+ wide, \d+ deep at \//);
  await rejects(openFile(fan), { kind: 'corrupt', file: fan, detail: /hard links reach one group by two paths/ });
  const alias = path.join(dir, 'alias.weights.h5');
  await copyFile(path.join(fx, 'weights', 'classifier.weights.h5'), alias);
  assert.match(mutateHdf5Structure(r, alias, 'alias') ?? '', /^hard link \/.* → \//);
  const folder = path.join(dir, 'tfjs');
  await cp(path.join(fx, 'tfjs'), folder, { recursive: true });
  const modelJson = path.join(folder, 'model.json');
  const json = JSON.parse(await readFile(modelJson, 'utf8'));
  assert.match(duplicateShard(r, json) ?? '', /^shard "group1-shard1of1\.bin" listed (1|256) more time\(s\) in group 1$/);
  await writeFile(modelJson, JSON.stringify(json));
  await rejects(openFile(modelJson), { kind: 'corrupt', file: modelJson, detail: /lists shard "group1-shard1of1\.bin", which the manifest lists already/ });
});

let seeds: Seed[] = [];

test('the hostile seeds are built (python3 with h5py is required) and each is read or refused cleanly', async () => {
  seeds = hostileSeeds(path.join(dir, 'hostile'));
  assert.ok(seeds.length >= 10, seeds.map((s) => s.main).join(', '));
  for (const s of seeds) {
    try {
      const o = await openFile(s.main);
      await o.artifact?.close();
    } catch (err) {
      assert.equal((err as { unexpected?: boolean }).unexpected, false, String(err));
    }
  }
});

const FUZZ_INPUTS = 150;

test(`${FUZZ_INPUTS} fuzzed inputs from a fixed seed break no invariant`, { timeout: 300_000 }, async (t) => {
  const report = await runFuzz({ inputs: FUZZ_INPUTS, seed: 20260101, hostileSeeds: seeds.length ? seeds : undefined });
  for (const line of formatReport(report, 10).split('\n')) t.diagnostic(line);
  assert.equal(report.inputs, FUZZ_INPUTS, 'the fuzzer ran every input');
  assert.ok(report.corpus.includes('scripts/make-hostile-hdf5.py'), 'the hostile HDF5 seeds are in the corpus');
  assert.deepEqual(report.broken.map((b) => `${b.invariant} (${b.stage}): ${b.detail.split('\n')[0]!.slice(0, 300)}${b.saved ? ` [kept in ${b.saved}]` : ''}`), []);
});
