// The pool of smoke engines (src/engine/smoke-host.ts, issue 15 item 4): with a concurrency of 2,
// two smoke runs are in flight at once, each in a worker of its own, with the results one at a time
// gives; a worker that dies mid-run costs only its own run while the other passes; and memory decides
// what may run together: runs whose estimates do not fit the free memory together go one at a time.
// Nothing here is timed: two engines are loaded first (warmSmokeEngines), so runs given at once
// start at once, and the pool's state is read as each run starts (smokeRunsPeak).
import assert from 'node:assert/strict';
import os from 'node:os';
import { after, beforeEach, test } from 'node:test';
import { smokeIsolated, stopSmokeWorker, type IsolatedSmokeOptions } from '../src/engine/index.js';
import { setSmokeParallelism, setSmokePoolForTests, smokeRunBytes, smokeRunsPeak, smokeWorkersStarted, warmSmokeEngines } from '../src/engine/smoke-host.js';
import { definitionOf, floats, memoryArtifact } from './helpers/memory-artifact.js';

const NO_POOL = os.availableParallelism() < 2 ? 'one core here: the pool keeps one engine' : false;

/** A Dense model of `units` units on 3 inputs, with known weights (kernel i/100, bias 1). */
function model(units: number) {
  const definition = definitionOf({ class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'd', units, batch_input_shape: [null, 3], activation: 'linear' } }] } });
  const artifact = memoryArtifact({ d: [{ name: 'kernel', shape: [3, units], data: floats(3 * units, (i) => i / 100) }, { name: 'bias', shape: [units], data: floats(units, () => 1) }] });
  const assignments = artifact.layers[0]!.weights.map((saved, weightIndex) => ({ layer: 'd', weightIndex, saved }));
  return { definition, artifact, assignments };
}

const small = model(2);
const big = model(4096);
const run = (m: ReturnType<typeof model>, o: IsolatedSmokeOptions = {}) => smokeIsolated(m.definition, m.artifact, m.assignments, { engine: 'wasm', ...o });

beforeEach(async () => {
  await stopSmokeWorker();
  smokeRunsPeak();
});

after(async () => {
  setSmokeParallelism(1);
  setSmokePoolForTests();
  await stopSmokeWorker();
});

test('with concurrency 2, two smoke runs are in flight at once, each in its own worker, with the results of one at a time', { skip: NO_POOL }, async () => {
  setSmokeParallelism(1);
  setSmokePoolForTests({ growAfterMs: 0 });
  const one = [await run(small), await run(small)];
  assert.equal(smokeRunsPeak(), 1);
  await stopSmokeWorker();

  setSmokeParallelism(2);
  await warmSmokeEngines(2, 'wasm');
  const started = smokeWorkersStarted();
  const two = await Promise.all([run(small), run(small)]);
  assert.equal(smokeRunsPeak(), 2, 'the second run waited for the first');
  assert.equal(smokeWorkersStarted(), started, 'the loaded engines were not used');
  for (const r of two) assert.equal(r.status, 'passed', r.reason);
  assert.deepEqual(two.map((r) => ({ ...r, seconds: 0 })), one.map((r) => ({ ...r, seconds: 0 })));

  // Back to one: the idle second worker is stopped, and runs go one at a time again.
  setSmokeParallelism(1);
  await Promise.all([run(small), run(small)]);
  assert.equal(smokeRunsPeak(), 1);
});

test('a worker that dies mid-run costs only its own run; the run beside it passes, and the next one too', { skip: NO_POOL }, async () => {
  setSmokeParallelism(2);
  // The run with seed 99 has its worker stopped as it starts (the other run is in flight then).
  setSmokePoolForTests({ growAfterMs: 0, onStart: (worker, options) => { if (options.seed === 99) void worker.terminate(); } });
  await warmSmokeEngines(2, 'wasm');
  const [sound, killed] = await Promise.all([run(small), run(small, { seed: 99 })]);
  assert.equal(smokeRunsPeak(), 2);
  assert.equal(sound.status, 'passed', sound.reason);
  assert.equal(killed.status, 'skipped');
  assert.equal(killed.engineFailure, 'crash');
  assert.match(killed.reason!, /^the engine crashed while running the smoke inference \(the worker exited with code \d+\); no outputs were computed/);
  setSmokePoolForTests({ growAfterMs: 0 });
  await warmSmokeEngines(2, 'wasm');
  const next = await Promise.all([run(small), run(small)]);
  assert.equal(smokeRunsPeak(), 2);
  assert.deepEqual(next.map((r) => r.status), ['passed', 'passed']);
});

test('runs whose estimates do not fit the free memory together go one at a time: a big run goes alone', { skip: NO_POOL }, async () => {
  const s = smokeRunBytes(small.definition, small.assignments);
  const b = smokeRunBytes(big.definition, big.assignments);
  assert.ok(b > s, `the big run's estimate (${b}) is over the small one's (${s})`);
  setSmokeParallelism(2);
  // Room for two small runs, not for the big one beside a small one.
  setSmokePoolForTests({ growAfterMs: 0, memory: () => s + b - 1 });
  await warmSmokeEngines(2, 'wasm');
  const smalls = await Promise.all([run(small), run(small)]);
  assert.equal(smokeRunsPeak(), 2);
  const mixed = await Promise.all([run(big), run(small)]);
  assert.equal(smokeRunsPeak(), 1, 'a small run started beside the big one');
  for (const r of [...smalls, ...mixed]) assert.equal(r.status, 'passed', r.reason);
  // No room even for two small runs: one at a time.
  setSmokePoolForTests({ growAfterMs: 0, memory: () => 1 });
  await Promise.all([run(small), run(small)]);
  assert.equal(smokeRunsPeak(), 1);
});

test('the pool grows for long runs, not for a stream of short ones that each wait a little', { skip: NO_POOL }, async () => {
  // The pool's clock is the test's: it moves only when a run reports its engine (the run is under
  // way), by `step`, as if each run took that long. Nothing here depends on real time.
  let now = 0;
  let step = 200;
  const clocked = new WeakSet<object>();
  setSmokeParallelism(2);
  setSmokePoolForTests({
    growAfterMs: 300, now: () => now,
    onStart: (worker) => {
      if (clocked.has(worker)) return;
      clocked.add(worker);
      // Before the pool's own listener: the pool sees the run as having taken `step`.
      worker.prependListener('message', (m: { op?: unknown }) => { if (m.op === 'engine') now += step; });
    },
  });
  await warmSmokeEngines(1, 'wasm');
  const started = smokeWorkersStarted();
  // Two lanes of runs one after another, as `check --concurrency 2` gives them: each run waits while
  // the one in its way runs.
  const lanes = async () => {
    const lane = async () => { for (let i = 0; i < 3; i++) assert.equal((await run(small)).status, 'passed'); };
    await Promise.all([lane(), lane()]);
  };
  // Six runs of 200 ms, each waiting 200 ms (1200 ms of waiting in all): one engine does.
  await lanes();
  assert.equal(smokeWorkersStarted(), started, 'a second engine started for runs shorter than growAfterMs');
  assert.equal(smokeRunsPeak(), 1);
  // Runs of 400 ms: the pool grows by one engine while the first of them runs.
  step = 400;
  await lanes();
  assert.equal(smokeWorkersStarted(), started + 1, 'no second engine for runs longer than growAfterMs');
});
