// The pool of HDF5 workers (src/formats/hdf5-host.ts): files read one after another share the first
// worker (the pool grows only on a backlog), a file whose requests wait behind another file's moves
// to a worker of its own, and a crash or hang in one worker fails only its own request while the
// other file goes on reading. `check --concurrency 2` reports exactly what `--concurrency 1` does.
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { runCheck } from '../src/check/run.js';
import { expandModels } from '../src/config/expand.js';
import { loadConfig } from '../src/config/load.js';
import { hdf5PoolCap, hdf5WorkerOf, setHdf5Parallelism, setHdf5PoolForTests } from '../src/formats/hdf5-host.js';
import { isDataset, openHdf5, readRaw, type H5Dataset, type H5File, type H5Group } from '../src/formats/hdf5.js';
import { InputError } from '../src/sources/errors.js';
import { DEFAULT_LIMITS } from '../src/sources/limits.js';
import { SKIP_SHARED, shared } from './helpers/shared.js';

const root = path.resolve(import.meta.dirname, '..');
const weights = path.join(root, 'fixtures', 'weights', 'classifier.weights.h5');
const dir = await mkdtemp(path.join(os.tmpdir(), 'wg-pool-'));
after(() => rm(dir, { recursive: true, force: true }));
const NO_POOL = hdf5PoolCap() < 2 ? 'one core (or too little memory) here: the pool keeps one worker' : false;

function datasets(g: H5Group, out: H5Dataset[] = []): H5Dataset[] {
  for (const k of g.keys()) {
    const c = g.get(k);
    if (isDataset(c)) out.push(c);
    else if (c) datasets(c, out);
  }
  return out;
}

async function copyOf(name: string): Promise<string> {
  const file = path.join(dir, name);
  await copyFile(weights, file);
  return file;
}

/** Every dataset of `f` read `rounds` times, checking after each read that the file stayed on `worker`. */
async function readAll(f: H5File, worker: number | undefined, rounds = 3): Promise<string[]> {
  const out: string[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const ds of datasets(f)) {
      out.push(Buffer.from(await readRaw(ds)).toString('base64'));
      assert.equal(hdf5WorkerOf(f.handle), worker, `${ds.path} of ${f.filename} was read in another worker`);
    }
  }
  return out;
}

test('files read one after another share one worker: no backlog, no second worker', { skip: NO_POOL }, async () => {
  setHdf5Parallelism(2);
  setHdf5PoolForTests({ growAfterMs: 0 });
  try {
    const a = await openHdf5(await copyOf('seq-a.weights.h5'));
    const wa = hdf5WorkerOf(a.handle);
    const ra = await readAll(a, wa, 1);
    // `a` stays open (as a checked model's file does through its smoke run), and is idle.
    const b = await openHdf5(await copyOf('seq-b.weights.h5'));
    assert.equal(hdf5WorkerOf(b.handle), wa, 'a second worker started for a file nothing was waiting behind');
    assert.deepEqual(await readAll(b, wa, 1), ra);
    a.close();
    b.close();
  } finally {
    setHdf5Parallelism(1);
    setHdf5PoolForTests();
  }
});

test('files open at once are read in different workers, each file always in its own', { skip: NO_POOL }, async () => {
  setHdf5Parallelism(2);
  setHdf5PoolForTests({ growAfterMs: 0 });
  try {
    const fa = await copyOf('a.weights.h5');
    const fb = await copyOf('b.weights.h5');
    const [a, b] = await Promise.all([openHdf5(fa), openHdf5(fb)]);
    const wa = hdf5WorkerOf(a.handle);
    const wb = hdf5WorkerOf(b.handle);
    assert.ok(wa !== undefined && wb !== undefined);
    assert.notEqual(wa, wb, 'two files open at once share one worker');
    // Interleaved reads of both files: each stays with its worker, and the bytes are the file's.
    const [ra, rb] = await Promise.all([readAll(a, wa), readAll(b, wb)]);
    assert.ok(ra.length > 0);
    assert.deepEqual(ra, rb);
    a.close();
    b.close();
  } finally {
    setHdf5Parallelism(1);
    setHdf5PoolForTests();
  }
});

test('a worker that hangs or aborts fails only its own request; the other file reads on in a worker of its own', { skip: NO_POOL || SKIP_SHARED }, async () => {
  setHdf5Parallelism(2);
  setHdf5PoolForTests({ growAfterMs: 0 });
  try {
    // The two damaged files of test/hostile-hdf5.test.ts (found by the fuzzer): one aborts, one loops.
    const original = await readFile(shared('keras3-corpus', 'mlp.weights.h5'));
    const abort = Buffer.from(original);
    abort.writeUInt32LE(0x7fffffff, 2160);
    const abortFile = path.join(dir, 'abort.weights.h5');
    await writeFile(abortFile, abort);
    const loop = Buffer.from(original);
    loop[2121] = 0x01;
    const loopFile = path.join(dir, 'loop.weights.h5');
    await writeFile(loopFile, loop);

    const good = await openHdf5(await copyOf('good.weights.h5'));
    const expected = await readAll(good, hdf5WorkerOf(good.handle), 1);

    // Whichever is placed first (the loop's open or `good`'s read), the other does not wait behind
    // it: it moves to a worker of its own, and `good` reads to the end while the loop waits for its timeout.
    const order: string[] = [];
    const hung = openHdf5(loopFile, { ...DEFAULT_LIMITS, timeoutMs: 3000 })
      .then(() => order.push('loop opened'), (err: unknown) => {
        order.push('loop failed');
        assert.ok(err instanceof InputError && /timeoutMs/.test(err.message), String(err));
      });
    assert.deepEqual(await readRaw(datasets(good)[0]!).then((b) => Buffer.from(b).toString('base64')), expected[0]);
    const moved = hdf5WorkerOf(good.handle);
    assert.ok(moved !== undefined);
    await readAll(good, moved, 5).then(() => order.push('good read'));
    await hung;
    assert.deepEqual(order, ['good read', 'loop failed']);

    // The overrun worker was replaced; the abort goes to that slot (no file open there), while
    // `good` is being read in its own.
    const [crashed, reads] = await Promise.allSettled([openHdf5(abortFile), readAll(good, moved)]);
    assert.equal(crashed.status, 'rejected');
    assert.ok(crashed.reason instanceof InputError && crashed.reason.file === abortFile, String(crashed.reason));
    assert.match(crashed.reason.message, /crashed reading it|could not read/);
    assert.equal(reads.status, 'fulfilled', String((reads as PromiseRejectedResult).reason));
    assert.deepEqual(reads.value, [...expected, ...expected, ...expected]);
    assert.equal(hdf5WorkerOf(good.handle), moved, 'the sound file\'s worker was not replaced');
    good.close();
  } finally {
    setHdf5Parallelism(1);
    setHdf5PoolForTests();
  }
});

test('check --concurrency 2 reports exactly what --concurrency 1 does', async () => {
  const config = await loadConfig(path.join(root, 'fixtures', 'weightgate.yml'));
  const jobs = await expandModels(config);
  const stable = (r: unknown) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'seconds' ? undefined : v)));
  const one = stable(await runCheck(config, jobs, { concurrency: 1 }));
  const two = stable(await runCheck(config, jobs, { concurrency: 2 }));
  assert.deepEqual(two, one);
  assert.equal(one.models.length, 5);
  setHdf5Parallelism(1);
});
