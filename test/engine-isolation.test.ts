// Hostile inputs against the smoke inference (issue 14, isolation; issue 13 item 8): an engine that
// aborts, a model that would need more memory than allowed or runs too long, and TF.js talking on the
// console. Each costs only its own model's smoke run, never another model's result, and nothing
// reaches the user's terminal. The hostile files are made here with h5py (never committed).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { smokePair } from '../src/check/check-smoke.js';
import { diff } from '../src/diff/index.js';
import { assignmentsFromDiff, engineFailureOf, estimateSmoke, runSmoke, selectEngine, smokeIsolated, type SmokeResult } from '../src/engine/index.js';
import { smokeWorkersStarted } from '../src/engine/smoke-host.js';
import { openPair } from '../src/formats/open.js';
import { DEFAULT_LIMITS } from '../src/sources/limits.js';
import { run } from './helpers/cli.js';
import { definitionOf, floats, memoryArtifact } from './helpers/memory-artifact.js';

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-isolation-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (f: string) => path.join(dir, f);

/** Keras 3 Sequential configs and .weights.h5 files, written by h5py as Keras lays them out. */
const PYTHON = String.raw`
import h5py, json, sys
import numpy as np
out = sys.argv[1]
def layer(cls, **c):
    c.setdefault("dtype", "float32")
    return {"module": "keras.layers", "class_name": cls, "config": c, "registered_name": None}
def model(name, layers, shape):
    first = {"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": shape, "dtype": "float32", "name": "input_layer"}, "registered_name": None}
    json.dump({"module": "keras", "class_name": "Sequential", "config": {"name": name, "layers": [first] + layers}, "registered_name": None}, open(f"{out}/{name}.json", "w"))
def weights(name, variables):
    with h5py.File(f"{out}/{name}.weights.h5", "w") as f:
        for path, value in variables.items():
            if isinstance(value, tuple):
                # declared, given a fill value, never written: 12 KB on disk for 3 GiB of float32
                f.create_dataset(path, shape=value, dtype="f4", fillvalue=0.5)
            else:
                f.create_dataset(path, data=value)

N = 16384
model("unwritten", [layer("Dense", name=n, units=N, activation="linear", use_bias=False) for n in ["dense", "dense_1", "dense_2"]], [None, N])
weights("unwritten", {f"layers/{n}/vars/0": (N, N) for n in ["dense", "dense_1", "dense_2"]})
# 5 GiB: more than a WebAssembly heap can hold however it is planned
big = ["dense"] + [f"dense_{i}" for i in range(1, 5)]
model("overheap", [layer("Dense", name=n, units=N, activation="linear", use_bias=False) for n in big], [None, N])
weights("overheap", {f"layers/{n}/vars/0": (N, N) for n in big})

dense8 = {"layers/dense/vars/0": np.full((8, 8), 0.1, "f4"), "layers/dense/vars/1": np.zeros(8, "f4")}
model("repeat", [layer("Dense", name="dense", units=8, activation="linear"), layer("RepeatVector", name="repeat_vector", n=50000000)], [None, 8])
weights("repeat", dense8)
model("hugebatch", [layer("Dense", name="dense", units=8, activation="linear")], [100000000, 8])
weights("hugebatch", dense8)

lstm = {"layers/lstm/cell/vars/0": np.full((8, 32), 0.01, "f4"), "layers/lstm/cell/vars/1": np.full((8, 32), 0.01, "f4"), "layers/lstm/cell/vars/2": np.zeros(32, "f4")}
def lstm_layer(unroll):
    return layer("LSTM", name="lstm", units=8, activation="tanh", recurrent_activation="sigmoid", use_bias=True, return_sequences=False, unroll=unroll)
model("longlstm", [lstm_layer(False)], [None, 2000000, 8])
weights("longlstm", lstm)
model("unrolled", [lstm_layer(True)], [None, 4, 8])
weights("unrolled", lstm)
`;

/** `limits:` that let the 3 GiB of never-written kernels through the readers (when a reader bounds them). */
const READ_ANYTHING = 'maxHdf5Ratio' in DEFAULT_LIMITS ? 'maxHdf5Ratio: off' : '';

before(() => {
  // Fail, do not skip, without h5py: these files are the point of the test.
  execFileSync('/usr/bin/python3', ['-c', PYTHON, dir], { stdio: 'pipe' });
  for (const f of ['models/classifier.json', 'weights/classifier.weights.h5']) copyFileSync(path.join(root, 'fixtures', f), at(path.basename(f)));
});

/** A config checking `models` one at a time in the order given (check sorts by name: `1-…`, `2-…`). */
function config(name: string, limits: string, models: string[]): string {
  const lines = ['version: 1', 'concurrency: 1', ...(limits ? [`limits: { ${limits} }`] : []), 'models:'];
  models.forEach((m, i) => lines.push(`  - { name: ${i + 1}-${m}, definition: ${m}.json, weights: ${m}.weights.h5 }`));
  writeFileSync(at(name), `${lines.join('\n')}\n`);
  return at(name);
}

interface CheckedModel { id: string; status: string; smoke?: SmokeResult }

async function check(file: string): Promise<{ code: number; models: Map<string, CheckedModel>; out: string }> {
  const json = `${file}.json`;
  const r = await run('check', '--config', file, '--json', json);
  const report = JSON.parse(readFileSync(json, 'utf8')) as { models: CheckedModel[] };
  return { code: r.code, models: new Map(report.models.map((m) => [m.id.replace(/^\d+-/, ''), m])), out: r.out };
}

describe('one model breaking the engine costs only its own smoke run', () => {
  test('a WebAssembly abort (5 GiB of never-written kernels) leaves the next model to a fresh engine', async () => {
    // The engine plans every run to fit its heap (budget.ts), so no real model aborts it any more:
    // told the heap is 1 TiB, the plan lets 5 GiB of kernels through, and the heap gives out
    // while they load. Before isolation, the aborted engine failed every later model too.
    const bad = await openPair(at('overheap.json'), at('overheap.weights.h5'), { limits: { maxHdf5Ratio: Infinity } });
    const good = await openPair(at('classifier.json'), at('classifier.weights.h5'));
    try {
      const report = diff(bad.def.definition!, bad.weights.artifact!);
      assert.equal(report.verdict, 'compatible', 'the diff verdict is the diff\'s');
      const before = smokeWorkersStarted();
      const aborted = await smokeIsolated(bad.def.definition!, bad.weights.artifact!, assignmentsFromDiff(bad.def.definition!, report),
        { engine: 'wasm', wasmHeapBytes: 2 ** 40, limits: { maxSmokeBytes: Infinity } });
      assert.equal(aborted.status, 'skipped', aborted.reason);
      assert.ok(aborted.engineFailure === 'abort' || aborted.engineFailure === 'out-of-memory', JSON.stringify(aborted));
      assert.match(aborted.reason!, /^the engine (aborted|ran out of memory) while .*no outputs were computed, so nothing is said about the model$/);
      assert.deepEqual(aborted.outputs, []);
      const next = await smokePair(good.def.definition!, good.weights.artifact!, diff(good.def.definition!, good.weights.artifact!));
      assert.equal(next.status, 'passed', next.reason);
      assert.ok(smokeWorkersStarted() > before, 'the aborted engine was replaced');
    } finally {
      await bad.close();
      await good.close();
    }
  });

  test('a run over smokeTimeoutMs is stopped, reported with the limit, and the next model still runs', async () => {
    const before = smokeWorkersStarted();
    const r = await check(config('timeout.yml', 'smokeTimeoutMs: 2s', ['longlstm', 'classifier']));
    const slow = r.models.get('longlstm')!;
    assert.equal(slow.status, 'compatible');
    assert.equal(slow.smoke?.status, 'skipped');
    assert.equal(slow.smoke?.engineFailure, 'timeout');
    assert.equal(slow.smoke?.limit, 'smokeTimeoutMs');
    assert.match(slow.smoke.reason!, /^took longer than 2 s \(limit smokeTimeoutMs\): the run was stopped .* `--limit smokeTimeoutMs=600s`/);
    assert.equal(r.models.get('classifier')!.smoke?.status, 'passed', r.models.get('classifier')!.smoke?.reason);
    assert.ok(smokeWorkersStarted() > before, 'the overrun worker was replaced');
  });

  test('a run that ended cleanly leaves its worker, warm, to the next one', async () => {
    const pair = await openPair(at('classifier.json'), at('classifier.weights.h5'));
    try {
      const report = diff(pair.def.definition!, pair.weights.artifact!);
      const first = await smokePair(pair.def.definition!, pair.weights.artifact!, report);
      const started = smokeWorkersStarted();
      const second = await smokePair(pair.def.definition!, pair.weights.artifact!, report);
      assert.deepEqual([first.status, second.status], ['passed', 'passed']);
      assert.equal(smokeWorkersStarted(), started);
      assert.deepEqual(second.outputs, first.outputs);
    } finally {
      await pair.close();
    }
  });
});

describe('smoke budget', () => {
  test('models over maxSmokeBytes are skipped before anything is allocated, naming the limit and how to raise it', async () => {
    const r = await check(config('budget.yml', READ_ANYTHING, ['hugebatch', 'repeat', 'unwritten', 'classifier']));
    for (const [id, needs] of [['hugebatch', /inputs 3\.0 GiB/], ['repeat', /largest layer 'repeat_vector' 3\.0 GiB/], ['unwritten', /weights 3\.0 GiB/]] as const) {
      const m = r.models.get(id)!;
      assert.equal(m.status, 'compatible', id);
      assert.equal(m.smoke?.status, 'skipped', `${id}: ${m.smoke?.reason}`);
      assert.equal(m.smoke?.limit, 'maxSmokeBytes', id);
      assert.equal(m.smoke?.engineFailure, undefined);
      assert.match(m.smoke.reason!, /^would need ~\d[\d.]* GiB \(.*\), over the limit maxSmokeBytes 2 GiB; .*--limit maxSmokeBytes=\d+GiB/, id);
      assert.match(m.smoke.reason!, needs, id);
    }
    assert.equal(r.models.get('classifier')!.smoke?.status, 'passed');
  });

  test('the estimate follows the propagated shapes with the run\'s batch and open dimensions', () => {
    const def = definitionOf({
      class_name: 'Sequential',
      config: { name: 's', layers: [
        { class_name: 'Dense', config: { name: 'd', units: 4, batch_input_shape: [null, null, 3] } },
        { class_name: 'Dense', config: { name: 'wide', units: 1000 } },
      ] },
    });
    const artifact = memoryArtifact({ d: [{ name: 'kernel', shape: [3, 4], data: floats(12, () => 1) }, { name: 'bias', shape: [4], data: floats(4, () => 0) }] });
    const assignments = artifact.layers[0]!.weights.map((saved, weightIndex) => ({ layer: 'd', weightIndex, saved }));
    const e = estimateSmoke(def, assignments, [[2, 50, 3]]);
    assert.equal(e.inputs, 2 * 50 * 3 * 4);
    assert.equal(e.weights, (3 * 4 + 4 + 4 * 1000 + 1000) * 4);
    assert.equal(e.layer, 'wide');
    assert.equal(e.activations, (2 * 50 * 4 + 2 * 50 * 1000) * 4, 'the open sequence length takes the input\'s 50');
    assert.equal(e.outputs, 2 * 50 * 1000 * 4);
    assert.equal(e.bytes, e.inputs + e.weights + e.activations + e.outputs);
  });

  test('diff --smoke takes --limit maxSmokeBytes too', async () => {
    const r = await run('diff', at('hugebatch.json'), at('hugebatch.weights.h5'), '--smoke', '--json', '--limit', 'maxSmokeBytes=1KiB');
    const smoke = (JSON.parse(r.out) as { smoke: SmokeResult }).smoke;
    assert.equal(smoke.status, 'skipped');
    assert.match(smoke.reason!, /over the limit maxSmokeBytes 1 KiB/);
  });
});

describe('TF.js console output goes into the notes', () => {
  const UNROLL = /^TF\.js console: Ignoring unroll = true for RNN layer, due to imperative backend\.$/;

  test('in this thread (runSmoke): noted, and nothing printed', async () => {
    const pair = await openPair(at('unrolled.json'), at('unrolled.weights.h5'));
    const printed: unknown[] = [];
    const original = { log: console.log, info: console.info, warn: console.warn, error: console.error };
    console.log = console.info = console.warn = console.error = (...args: unknown[]) => { printed.push(args); };
    let r: SmokeResult;
    try {
      const report = diff(pair.def.definition!, pair.weights.artifact!);
      const { assignmentsFromDiff } = await import('../src/engine/index.js');
      r = await runSmoke(pair.def.definition!, pair.weights.artifact!, assignmentsFromDiff(pair.def.definition!, report), { engine: await selectEngine('cpu') });
    } finally {
      Object.assign(console, original);
      await pair.close();
    }
    assert.equal(r.status, 'passed', r.reason);
    assert.ok(r.notes.some((n) => UNROLL.test(n)), r.notes.join('\n'));
    assert.deepEqual(printed, []);
  });

  test('in the worker (weightgate diff --smoke): in the report\'s notes, never on stderr', () => {
    const p = spawnSync(process.execPath, [path.join(root, 'bin', 'weightgate.js'), 'diff', at('unrolled.json'), at('unrolled.weights.h5'), '--smoke'], { cwd: root, encoding: 'utf8' });
    assert.equal(p.status, 0, p.stderr);
    assert.equal(p.stderr, '');
    assert.match(p.stdout, /✔ smoke passed/);
    assert.match(p.stdout, /^ {2}note: TF\.js console: Ignoring unroll = true for RNN layer, due to imperative backend\.$/m);
    assert.equal(p.stdout.match(/Ignoring unroll/g)?.length, 1, 'once, as a note');
  });
});

describe('what counts as the engine breaking', () => {
  test('WebAssembly aborts and failed allocations, not a model TF.js refuses', () => {
    const runtime = Object.assign(new Error('Aborted(). Build with -sASSERTIONS for more info.'), { name: 'RuntimeError' });
    assert.equal(engineFailureOf(runtime), 'abort');
    assert.equal(engineFailureOf(new Error('memory access out of bounds')), 'abort');
    assert.equal(engineFailureOf(new RangeError('offset is out of bounds')), 'out-of-memory');
    assert.equal(engineFailureOf(new RangeError('Array buffer allocation failed')), 'out-of-memory');
    assert.equal(engineFailureOf(new Error('Unknown layer: Foo')), undefined);
    assert.equal(engineFailureOf(new Error('Based on the provided shape, [2,3], the tensor should have 6 values but has 5')), undefined);
  });

  test('smokeIsolated gives the in-thread run\'s result for a sound model', async () => {
    const def = definitionOf({ class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'd', units: 2, batch_input_shape: [null, 3], activation: 'linear' } }] } });
    const artifact = memoryArtifact({ d: [{ name: 'kernel', shape: [3, 2], data: floats(6, (i) => i) }, { name: 'bias', shape: [2], data: floats(2, () => 1) }] });
    const assignments = artifact.layers[0]!.weights.map((saved, weightIndex) => ({ layer: 'd', weightIndex, saved }));
    const io = { input: [{ dtype: 'float32' as const, shape: [1, 3], data: floats(3, () => 1) }], expected: [{ dtype: 'float32' as const, shape: [1, 2], data: new Float32Array([7, 10]) }] };
    const isolated = await smokeIsolated(def, artifact, assignments, { engine: 'wasm', ...io });
    const local = await runSmoke(def, artifact, assignments, { engine: 'wasm', ...io });
    assert.equal(isolated.status, 'passed', isolated.reason);
    assert.deepEqual({ ...isolated, seconds: 0 }, { ...local, seconds: 0 });
  });
});

test('the bundle carries the smoke worker: the built CLI runs diff --smoke', () => {
  const out = path.join(dir, 'dist');
  execFileSync(process.execPath, ['scripts/build.mjs', out], { cwd: root, stdio: 'pipe' });
  const text = execFileSync(process.execPath, [path.join(out, 'cli.js'), 'diff', at('classifier.json'), at('classifier.weights.h5'), '--smoke', '--json'], { cwd: os.tmpdir(), encoding: 'utf8' });
  const smoke = (JSON.parse(text) as { smoke: SmokeResult }).smoke;
  assert.equal(smoke.status, 'passed', smoke.reason);
  assert.equal(smoke.engine, 'wasm');
});
