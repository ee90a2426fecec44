import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { after, describe, test } from 'node:test';
import * as tfc from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { EngineUnavailable, defaultWasmDirs, findWasmDir, polyfillNodeUtil, runSmoke, selectEngine } from '../src/engine/index.js';
import { WASM_BINARIES } from '../src/engine/select.js';
import { smokeIsolated, smokeWorkersStarted } from '../src/engine/smoke-host.js';
import { definitionOf, floats, memoryArtifact } from './helpers/memory-artifact.js';

const notInstalled = () => Promise.reject(Object.assign(new Error("Cannot find package '@tensorflow/tfjs-node' imported from /x/select.ts"), { code: 'ERR_MODULE_NOT_FOUND' }));

/** Stands in for tfjs-node: a real tf API whose 'tensorflow' backend is the CPU backend underneath. */
function fakeTfjsNode(calls: string[]) {
  const tf = {
    ...tfc, ...tfl,
    setBackend: async (name: string) => {
      calls.push(name);
      return tfc.setBackend(name === 'tensorflow' ? 'cpu' : name);
    },
  };
  return { tf };
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'wg-wasm-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('engine selection', () => {
  test('auto prefers tfjs-node and uses the tf object it exports', async () => {
    const calls: string[] = [];
    const fake = fakeTfjsNode(calls);
    const engine = await selectEngine('auto', { importNode: () => Promise.resolve(fake) });
    assert.equal(engine.name, 'tfjs-node');
    assert.equal(engine.backend, 'tensorflow');
    assert.equal(engine.tf, fake.tf);
    assert.deepEqual(calls, ['tensorflow']);
    assert.match(engine.reason, /tfjs-node/);
  });

  test('a smoke run on the tfjs-node path runs through the exported tf', async () => {
    const calls: string[] = [];
    const fake = fakeTfjsNode(calls);
    const definition = definitionOf({
      class_name: 'Sequential',
      config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'd', units: 2, batch_input_shape: [null, 3], activation: 'linear' } }] },
    });
    const artifact = memoryArtifact({ d: [{ name: 'kernel', shape: [3, 2], data: floats(6, (i) => i) }, { name: 'bias', shape: [2], data: floats(2, () => 1) }] });
    const assignments = artifact.layers[0]!.weights.map((saved, weightIndex) => ({ layer: 'd', weightIndex, saved }));
    const r = await runSmoke(definition, artifact, assignments, {
      engine: 'auto', select: { importNode: () => Promise.resolve(fake) }, input: [{ dtype: 'float32', shape: [1, 3], data: floats(3, () => 1) }],
      expected: [{ dtype: 'float32', shape: [1, 2], data: new Float32Array([0 + 2 + 4 + 1, 1 + 3 + 5 + 1]) }],
    });
    assert.equal(r.status, 'passed', r.reason);
    assert.equal(r.engine, 'tfjs-node');
    assert.ok(calls.length >= 2, 'the run activated the tfjs-node backend again');
  });

  test('the isolated smoke run (check, diff --smoke) runs a loadable tfjs-node in this thread, never in a worker', async () => {
    const calls: string[] = [];
    const fake = fakeTfjsNode(calls);
    const definition = definitionOf({
      class_name: 'Sequential',
      config: { name: 's', layers: [{ class_name: 'Dense', config: { name: 'd', units: 2, batch_input_shape: [null, 3], activation: 'linear' } }] },
    });
    const artifact = memoryArtifact({ d: [{ name: 'kernel', shape: [3, 2], data: floats(6, (i) => i) }, { name: 'bias', shape: [2], data: floats(2, () => 1) }] });
    const assignments = artifact.layers[0]!.weights.map((saved, weightIndex) => ({ layer: 'd', weightIndex, saved }));
    const workers = smokeWorkersStarted();
    const r = await smokeIsolated(definition, artifact, assignments, { select: { importNode: () => Promise.resolve(fake) } });
    assert.equal(r.status, 'passed', r.reason);
    assert.equal(r.engine, 'tfjs-node');
    assert.equal(r.engineReason, 'tfjs-node (native TensorFlow)');
    assert.ok(calls.includes('tensorflow'));
    const explicit = await smokeIsolated(definition, artifact, assignments, { engine: 'tfjs-node', select: { importNode: notInstalled } });
    assert.equal(explicit.status, 'skipped');
    assert.match(explicit.reason!, /engine 'tfjs-node' is not available: tfjs-node not installed/);
    assert.equal(smokeWorkersStarted(), workers, 'no worker was started');
  });

  test('auto falls back to WASM and says why when tfjs-node is not installed', async () => {
    const engine = await selectEngine('auto', { importNode: notInstalled });
    assert.equal(engine.name, 'wasm');
    assert.equal(engine.reason, 'tfjs-node not installed; WebAssembly backend');
    assert.equal(tfc.getBackend(), 'wasm');
  });

  test('a tfjs-node that throws while loading is reported with its message', async () => {
    const engine = await selectEngine('auto', { importNode: () => Promise.reject(new Error('libtensorflow.so.2: cannot open shared object file\nmore')) });
    assert.equal(engine.name, 'wasm');
    assert.match(engine.reason, /^tfjs-node failed to load \(libtensorflow\.so\.2: cannot open shared object file\); WebAssembly backend$/);
    const odd = await selectEngine('auto', { importNode: () => Promise.resolve({ version: '0' }) });
    assert.match(odd.reason, /^tfjs-node loaded but exports no usable tf API; /);
  });

  test('auto falls back to the CPU backend when no WASM binaries are found', async () => {
    const engine = await selectEngine('auto', { importNode: notInstalled, wasmDirs: [path.join(tmp, 'nowhere')] });
    assert.equal(engine.name, 'cpu');
    assert.match(engine.reason, /^tfjs-node not installed; no tfjs-backend-wasm \.wasm files in .*nowhere; CPU backend/);
  });

  test('an explicit engine that cannot load is an error naming why', async () => {
    await assert.rejects(selectEngine('tfjs-node', { importNode: notInstalled }), (err: Error) => err instanceof EngineUnavailable && /engine 'tfjs-node' is not available: tfjs-node not installed/.test(err.message));
    const cpu = await selectEngine('cpu');
    assert.equal(cpu.name, 'cpu');
    assert.equal(tfc.getBackend(), 'cpu');
    assert.match(cpu.reason, /as requested/);
  });

  test('the real default importer does not find tfjs-node on this machine', async () => {
    const engine = await selectEngine('auto');
    assert.notEqual(engine.name, 'tfjs-node');
    assert.match(engine.reason, /^tfjs-node (not installed|failed to load)/);
  });

  test('the WASM binaries are looked up in candidate directories, first complete one wins', () => {
    const partial = path.join(tmp, 'partial');
    const full = path.join(tmp, 'dist');
    mkdirSync(partial, { recursive: true });
    mkdirSync(full, { recursive: true });
    writeFileSync(path.join(partial, WASM_BINARIES[0]!), '');
    for (const f of WASM_BINARIES) writeFileSync(path.join(full, f), '');
    assert.equal(findWasmDir([path.join(tmp, 'none'), partial, full]), full);
    assert.equal(findWasmDir([partial]), undefined);
    const defaults = defaultWasmDirs();
    assert.ok(defaults.length >= 3, 'the module directory, its parent and the installed package');
    assert.ok(findWasmDir(defaults)?.includes('tfjs-backend-wasm'));
  });

  test('util.isNullOrUndefined is provided for tfjs-node on Nodes that removed it', () => {
    const u = util as unknown as Record<string, unknown>;
    const original = u.isNullOrUndefined;
    try {
      delete u.isNullOrUndefined;
      polyfillNodeUtil();
      const f = u.isNullOrUndefined as (v: unknown) => boolean;
      assert.deepEqual([f(null), f(undefined), f(0), f('')], [true, true, false, false]);
    } finally {
      u.isNullOrUndefined = original;
    }
  });
});
