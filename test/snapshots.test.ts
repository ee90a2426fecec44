// Output snapshots end to end, through the CLI on a repository made here from real Keras files:
// `check -u` records, `check` replays exactly, and held-out changes that load silently (an epsilon, an
// activation, a retrained weight) are caught; Keras' own outputs are accepted as a snapshot; obsolete
// snapshots are listed and removed; models without a smoke run say so.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { run } from './helpers/cli.js';
import { shared } from './helpers/shared.js';
import { tempDir } from './helpers/temp.js';

interface Report {
  verdict: string;
  obsoleteSnapshots?: string[];
  notes?: string[];
  models: { id: string; status: string; snapshot?: { status: string; reason?: string; recordedBy?: string; tolerance?: { atol: number; rtol: number; basis: string }; outputs?: { maxAbsDiff: number; top1Agreement?: number }[] }; diff?: { findings: { code: string; severity: string; message: string }[] } }[];
}

/** A folder with the mha_encoder and mlp models Keras wrote, and a config naming both. */
function repository(config = ''): string {
  const dir = tempDir('snapshots');
  for (const [corpus, f] of [['keras3-modern', 'mha_encoder.model.json'], ['keras3-modern', 'mha_encoder.weights.h5'], ['keras3-corpus', 'mlp.model.json'], ['keras3-corpus', 'mlp.weights.h5']] as const) {
    copyFileSync(shared(corpus, f), path.join(dir, f));
  }
  writeFileSync(path.join(dir, 'weightgate.yml'), `version: 1
${config}models:
  - name: encoder
    definition: mha_encoder.model.json
    weights: mha_encoder.weights.h5
  - name: mlp
    definition: mlp.model.json
    weights: mlp.weights.h5
`);
  return dir;
}

async function check(dir: string, ...args: string[]): Promise<{ code: number; report: Report; out: string; err: string }> {
  const json = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const r = await run('check', '--config', path.join(dir, 'weightgate.yml'), '--json', json, ...args);
  return { code: r.code, report: JSON.parse(readFileSync(json, 'utf8')) as Report, out: r.out, err: r.err };
}

function model(r: Report, id: string): Report['models'][number] {
  const m = r.models.find((x) => x.id === id);
  assert.ok(m, id);
  return m;
}

function editLayer(file: string, name: string, edit: (config: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { config: { layers: { config: Record<string, unknown> }[] } };
  const layer = json.config.layers.find((l) => l.config.name === name);
  assert.ok(layer, name);
  edit(layer.config);
  writeFileSync(file, JSON.stringify(json));
}

test('-u records every model; the next check replays them exactly on the recording engine', async () => {
  const dir = repository();
  const recorded = await check(dir, '-u');
  assert.equal(recorded.code, 0);
  assert.deepEqual(recorded.report.models.map((m) => m.snapshot?.status), ['written', 'written']);
  for (const f of ['encoder.npz', 'encoder.json', 'mlp.npz', 'mlp.json']) assert.ok(existsSync(path.join(dir, 'weightgate-snapshots', f)), f);
  const provenance = JSON.parse(readFileSync(path.join(dir, 'weightgate-snapshots', 'mlp.json'), 'utf8')) as { recordedBy: string; engine: string; tfjs: string; samples: number; inputs: { shape: number[] }[] };
  assert.equal(provenance.recordedBy, 'weightgate');
  assert.equal(provenance.samples, 4, 'several samples');
  const hashes = provenance as unknown as { seed: number; definitionSha256: string; weightsSha256: string; recorded: string };
  assert.equal(hashes.seed, 1, 'the default seed, recorded');
  assert.equal(hashes.definitionSha256, execFileSync('sha256sum', [path.join(dir, 'mlp.model.json')], { encoding: 'utf8' }).split(' ')[0]);
  assert.equal(hashes.weightsSha256, execFileSync('sha256sum', [path.join(dir, 'mlp.weights.h5')], { encoding: 'utf8' }).split(' ')[0]);
  assert.match(hashes.recorded, /^\d{4}-\d\d-\d\dT/);
  assert.deepEqual(provenance.inputs[0]?.shape, [4, 8]);
  const again = await check(dir);
  assert.equal(again.code, 0);
  for (const m of again.report.models) {
    assert.equal(m.snapshot?.status, 'matched');
    assert.deepEqual(m.snapshot?.outputs?.map((o) => o.maxAbsDiff), [0], 'a replay on the engine that recorded is exact');
    assert.match(m.snapshot?.tolerance?.basis ?? '', /the engine that recorded it/);
  }
  assert.match(again.out, /snapshot matched/);
});

test('held-out changes that load silently are caught: a LayerNormalization epsilon, an activation, a retrained weight', async () => {
  const dir = repository();
  await check(dir, '-u');
  editLayer(path.join(dir, 'mha_encoder.model.json'), 'norm_mlp', (c) => { c.epsilon = 0.001; });
  editLayer(path.join(dir, 'mlp.model.json'), 'hidden_b', (c) => { c.activation = 'relu'; });
  const r = await check(dir);
  assert.equal(r.code, 1, 'a changed snapshot fails the check');
  for (const id of ['encoder', 'mlp']) {
    const m = model(r.report, id);
    assert.equal(m.snapshot?.status, 'changed', id);
    assert.equal(m.status, 'incompatible', id);
    const f = m.diff?.findings.find((x) => x.code === 'outputs-changed');
    assert.equal(f?.severity, 'error');
    assert.match(f?.message ?? '', /moved from the snapshot: max \|Δ\| .*npx weightgate check -u/);
  }
  // The epsilon moves the encoder's outputs by a few 1e-4: far above the same-engine bound, far below 1e-2.
  const moved = model(r.report, 'encoder').snapshot?.outputs?.[0]?.maxAbsDiff ?? 0;
  assert.ok(moved > 1e-5 && moved < 1e-2, String(moved));

  // A retrained weight (one value of the mlp's output bias: no activation can hide it), with the definition restored.
  copyFileSync(shared('keras3-corpus', 'mlp.model.json'), path.join(dir, 'mlp.model.json'));
  execFileSync('/usr/bin/python3', ['-c', `import h5py\nf = h5py.File(${JSON.stringify(path.join(dir, 'mlp.weights.h5'))}, 'r+')\nd = f['layers/dense_2/vars/1']\na = d[...]\na[0] += 0.5\nd[...] = a\nf.close()`]);
  assert.equal(model((await check(dir)).report, 'mlp').snapshot?.status, 'changed');
});

test('snapshots: { on_change: warning } softens a change to a warning', async () => {
  const dir = repository('snapshots: { on_change: warning }\n');
  await check(dir, '-u');
  editLayer(path.join(dir, 'mlp.model.json'), 'hidden_b', (c) => { c.activation = 'relu'; });
  const r = await check(dir);
  assert.equal(r.code, 0);
  assert.equal(model(r.report, 'mlp').status, 'warnings');
  assert.equal(model(r.report, 'mlp').diff?.findings.find((f) => f.code === 'outputs-changed')?.severity, 'warning');
});

test('outputs Keras computed, written with np.savez as the README shows, are accepted with the cross-engine tolerance', async () => {
  const dir = repository();
  const snaps = path.join(dir, 'weightgate-snapshots');
  // The corpus holds Keras 3.15.1's own outputs for its seeded input.
  execFileSync('/usr/bin/python3', ['-c', `import numpy as np, os
os.makedirs(${JSON.stringify(snaps)})
np.savez(${JSON.stringify(path.join(snaps, 'mlp.npz'))}, input_0=np.load(${JSON.stringify(shared('keras3-corpus', 'mlp.input.npy'))}), output_0=np.load(${JSON.stringify(shared('keras3-corpus', 'mlp.output.npy'))}))`]);
  const r = await check(dir);
  const m = model(r.report, 'mlp');
  assert.equal(m.snapshot?.status, 'matched');
  assert.equal(m.snapshot?.recordedBy, 'Keras or another tool');
  assert.deepEqual([m.snapshot?.tolerance?.atol, m.snapshot?.tolerance?.rtol], [1e-5, 1e-4]);
  assert.ok((m.snapshot?.outputs?.[0]?.maxAbsDiff ?? 1) < 1e-6);
  assert.equal(model(r.report, 'encoder').snapshot?.status, 'missing', 'a model without a snapshot says so');
});

test('a snapshot no model owns is listed as obsolete, and -u removes it', async () => {
  const dir = repository();
  await check(dir, '-u');
  writeFileSync(path.join(dir, 'weightgate.yml'), readFileSync(path.join(dir, 'weightgate.yml'), 'utf8').replace('name: mlp', 'name: mlp-v2'));
  const r = await check(dir);
  assert.deepEqual(r.report.obsoleteSnapshots, [path.relative(process.cwd(), path.join(dir, 'weightgate-snapshots', 'mlp.npz'))]);
  assert.match(r.err, /mlp\.npz is obsolete/);
  assert.equal(model(r.report, 'mlp-v2').snapshot?.status, 'missing');
  const u = await check(dir, '-u');
  assert.match(u.err, /mlp\.npz removed/);
  assert.equal(existsSync(path.join(dir, 'weightgate-snapshots', 'mlp.npz')), false);
  assert.equal(existsSync(path.join(dir, 'weightgate-snapshots', 'mlp.json')), false);
  assert.equal(existsSync(path.join(dir, 'weightgate-snapshots', 'mlp-v2.npz')), true);
});

test('a model whose smoke run is skipped records nothing and says why', async () => {
  const dir = repository();
  writeFileSync(path.join(dir, 'weightgate.yml'), readFileSync(path.join(dir, 'weightgate.yml'), 'utf8').replace('    weights: mlp.weights.h5\n', '    weights: mlp.weights.h5\n    smoke: { skip: true }\n'));
  const r = await check(dir, '-u');
  assert.deepEqual(model(r.report, 'mlp').snapshot, { status: 'skipped', reason: 'smoke.skip is set in the config' });
  assert.equal(existsSync(path.join(dir, 'weightgate-snapshots', 'mlp.npz')), false);
  assert.equal(model(r.report, 'encoder').snapshot?.status, 'written');
});

test('two same-shaped layers swapped by name under load_weights(by_name=True) load silently and are caught by the snapshot', async () => {
  const dir = tempDir('snapshots-byname');
  for (const f of ['mlp.model.json', 'mlp.legacyweights.h5']) copyFileSync(shared('keras3-corpus', f), path.join(dir, f));
  writeFileSync(path.join(dir, 'weightgate.yml'), 'version: 1\nmodels:\n  - name: mlp\n    definition: mlp.model.json\n    weights: mlp.legacyweights.h5\n    loader: name\n');
  assert.equal(model((await check(dir, '-u')).report, 'mlp').snapshot?.status, 'written');
  // hidden_a and hidden_b are both 8 → 8: with their names traded, by_name loads each one's weights into the other.
  const file = path.join(dir, 'mlp.model.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { config: { layers: { config: Record<string, unknown> }[] } };
  for (const l of json.config.layers) l.config.name = l.config.name === 'hidden_a' ? 'hidden_b' : l.config.name === 'hidden_b' ? 'hidden_a' : l.config.name;
  writeFileSync(file, JSON.stringify(json));
  const r = await check(dir);
  const m = model(r.report, 'mlp');
  assert.equal(m.diff?.findings.filter((f) => f.severity === 'error' && f.code !== 'outputs-changed').length, 0, 'the structure still fits');
  assert.equal(m.snapshot?.status, 'changed');
  assert.equal(r.code, 1);
});
