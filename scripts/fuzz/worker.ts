// A fuzz worker thread: makes inputs from the seeds, runs each through every reader (run-one.ts),
// and reports to the harness. Each input is announced before it runs, so that if this thread
// hangs or dies, the harness knows which input did it and keeps it.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { openFile } from '../../src/formats/open.js';
import type { Limits } from '../../src/sources/limits.js';
import type { Seed } from './corpus.js';
import { mutateHdf5Structure } from './hdf5-structure.js';
import { mutateBytes, mutateJson, mutateZipMembers, rng, type Rng } from './mutate.js';
import { runOne, type Baseline } from './run-one.js';
import { readZipMembers, writeZip } from './zip-write.js';

export interface WorkerInit {
  seeds: Seed[];
  seed: number;
  /** Each input is written under here, in a folder of its own. */
  scratch: string;
  limits: Partial<Limits>;
}

export type WorkerMessage =
  | { type: 'start'; n: number; dir: string; main: string; seed: string; ops: string[] }
  | { type: 'result'; n: number; outcome: import('./run-one.js').Outcome }
  | { type: 'stray'; detail: string };

const init = workerData as WorkerInit;
const r: Rng = rng(init.seed);
const bytesCache = new Map<string, Uint8Array>();
const baselines = new Map<string, Promise<Baseline>>();

async function bytesOf(file: string): Promise<Uint8Array> {
  let b = bytesCache.get(file);
  if (!b) {
    b = await readFile(file);
    bytesCache.set(file, b);
  }
  return b;
}

/** The unmutated definition and artifact of a seed (from the seed itself, else from its pair). */
function baselineOf(seed: Seed): Promise<Baseline> {
  let p = baselines.get(seed.main);
  if (!p) {
    p = (async () => {
      const out: Baseline = {};
      for (const f of [seed.main, seed.pair]) {
        if (!f) continue;
        try {
          const o = await openFile(f);
          out.definition ??= o.definition;
          out.artifact ??= o.artifact;
        } catch {
          // A seed the readers refuse (a non-Keras HDF5) still makes a fine input.
        }
      }
      return out;
    })();
    baselines.set(seed.main, p);
  }
  return p;
}

async function makeInput(seed: Seed, dir: string): Promise<{ main: string; files: string[]; ops: string[] }> {
  await mkdir(dir, { recursive: true });
  const main = path.join(dir, path.basename(seed.main));
  const files = [main];
  // Now and then the mutation lands on a shard instead of the file that lists it.
  const target = seed.siblings.length && r.chance(0.2) ? r.pick(seed.siblings) : seed.main;
  if (target !== seed.main) await copyFile(seed.main, main);
  for (const s of seed.siblings) {
    const dest = path.join(dir, path.basename(s));
    files.push(dest);
    if (s !== target) await copyFile(s, dest);
  }
  const dest = path.join(dir, path.basename(target));
  const original = await bytesOf(target);
  let ops: string[];
  let bytes: Uint8Array;
  // Now and then a sound HDF5 file is given a hostile structure instead of damaged bytes.
  if (seed.kind === 'h5' && target === seed.main && r.chance(0.15)) {
    await writeFile(dest, original);
    const op = mutateHdf5Structure(r, dest);
    if (op) return { main, files, ops: [op] };
  }
  if (seed.kind === 'zip' && target === seed.main && r.chance(0.1)) {
    const members = await readZipMembers(target);
    const weights = members.find((m) => m.name === 'model.weights.h5');
    if (weights?.data) {
      const scratch = path.join(dir, 'structure.h5');
      await writeFile(scratch, weights.data);
      const op = mutateHdf5Structure(r, scratch);
      if (op) {
        weights.data = await readFile(scratch);
        await rm(scratch, { force: true });
        await writeFile(dest, writeZip(members));
        return { main, files, ops: [`model.weights.h5: ${op}`] };
      }
      await rm(scratch, { force: true });
    }
  }
  if (target.endsWith('.json') && target === seed.main) {
    ({ bytes, ops } = mutateJson(r, Buffer.from(original).toString('utf8')));
  } else if (seed.kind === 'zip' && r.chance(0.7)) {
    const members = await readZipMembers(target);
    ops = mutateZipMembers(r, members);
    bytes = writeZip(members);
  } else {
    const donor = await bytesOf(r.pick(init.seeds).main);
    ({ bytes, ops } = mutateBytes(r, original, [donor]));
  }
  await writeFile(dest, bytes);
  return { main, files, ops: target === seed.main ? ops : ops.map((o) => `${path.basename(target)}: ${o}`) };
}

let current = -1;
process.on('unhandledRejection', (reason) => {
  parentPort!.postMessage({ type: 'stray', detail: `unhandled rejection during input ${current}: ${reason instanceof Error ? reason.stack : String(reason)}` } satisfies WorkerMessage);
});

let n = 0;
let previousDir: string | undefined;
async function onMessage(msg: { type: 'next' | 'stop' }): Promise<void> {
  if (previousDir) await rm(previousDir, { recursive: true, force: true });
  if (msg.type === 'stop') {
    process.exit(0);
  }
  const seed = r.pick(init.seeds);
  const dir = path.join(init.scratch, `input-${init.seed}-${n}`);
  previousDir = dir;
  current = n;
  let input: Awaited<ReturnType<typeof makeInput>>;
  try {
    input = await makeInput(seed, dir);
  } catch (err) {
    // The fuzzer's own mistake, not the readers': say so and move on.
    parentPort!.postMessage({ type: 'stray', detail: `making an input from ${seed.main} failed: ${err instanceof Error ? err.stack : String(err)}` } satisfies WorkerMessage);
    parentPort!.postMessage({ type: 'result', n, outcome: { status: 'ok', reads: 0 } } satisfies WorkerMessage);
    n++;
    return;
  }
  parentPort!.postMessage({ type: 'start', n, dir, main: input.main, seed: seed.main, ops: input.ops } satisfies WorkerMessage);
  const baseline = await baselineOf(seed);
  const outcome = await runOne(input.main, input.files, baseline, init.limits, n);
  parentPort!.postMessage({ type: 'result', n, outcome } satisfies WorkerMessage);
  n++;
}

parentPort!.on('message', (msg: { type: 'next' | 'stop' }) => void onMessage(msg));
