// Artifact against artifact: the same weights Keras wrote in five formats compare as identical, and
// a file h5py perturbed, cut or reshaped is found variable by variable, with the exact size of the
// change as numpy computes it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { compareArtifacts, type ArtifactDiffReport, type VariableChange } from '../src/diff/artifact-compare.js';
import { describeChange } from '../src/report/artifact-diff-render.js';
import { openFile } from '../src/formats/open.js';
import { run } from './helpers/cli.js';
import { shared } from './helpers/shared.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'wg-artifacts-'));
after(() => rmSync(temp, { recursive: true, force: true }));

async function compare(a: string, b: string): Promise<ArtifactDiffReport> {
  const x = await openFile(a);
  const y = await openFile(b);
  try {
    assert.ok(x.artifact && y.artifact);
    return await compareArtifacts(x.artifact, y.artifact);
  } finally {
    await x.artifact?.close();
    await y.artifact?.close();
  }
}

/** Runs Python with h5py on a copy of `source`; the script sees `f` (the copy, open r+) and prints JSON. */
function h5py(source: string, name: string, script: string): { file: string; out: unknown } {
  const file = path.join(temp, name);
  const code = `import h5py, json, shutil, numpy as np\nshutil.copy(${JSON.stringify(source)}, ${JSON.stringify(file)})\nf = h5py.File(${JSON.stringify(file)}, 'r+')\nout = None\n${script}\nf.close()\nprint(json.dumps(out))`;
  const stdout = execFileSync('/usr/bin/python3', ['-c', code], { encoding: 'utf8' });
  return { file, out: JSON.parse(stdout) as unknown };
}

test('the same weights in every format Keras 3 writes compare as identical, paired by each format\'s rule', async () => {
  let pairs = 0;
  for (const corpus of ['keras3-corpus', 'keras3-modern']) {
    for (const f of readdirSync(shared(corpus)).filter((n) => n.endsWith('.weights.h5') && !n.includes('sharded'))) {
      const base = shared(corpus, f.slice(0, -'.weights.h5'.length));
      for (const other of [`${base}.h5`, `${base}.keras`, `${base}.legacyweights.h5`, `${base}.sharded.weights.json`].filter((p) => existsSync(p))) {
        const r = await compare(shared(corpus, f), other);
        assert.equal(r.summary.sameStructure, true, `${f} vs ${path.basename(other)}`);
        assert.equal(r.summary.same, r.variables.length, `${f} vs ${path.basename(other)}: every variable the same`);
        assert.ok(r.variables.length > 0);
        pairs++;
      }
    }
  }
  assert.ok(pairs >= 40, `compared ${pairs} pairs`);
});

test('one perturbed value is found, with its exact size, and nothing else moves', async () => {
  const { file, out } = h5py(shared('keras3-corpus', 'mlp.weights.h5'), 'perturbed.weights.h5', `
d = f['layers/dense_1/vars/0']
a = d[...]
before = float(a[2, 3])
a[2, 3] = np.float32(a[2, 3] + np.float32(0.25))
d[...] = a
out = {'diff': abs(float(a[2, 3]) - before), 'norm': float(np.linalg.norm(f['layers/dense_1/vars/0'][...].astype(np.float64)))}`);
  const { diff } = out as { diff: number };
  // Against the legacy .h5 of the same model: another format, paired by layer name and position.
  const r = await compare(shared('keras3-corpus', 'mlp.legacyweights.h5'), file);
  const changed = r.variables.filter((v) => v.status === 'changed');
  assert.equal(changed.length, 1);
  assert.equal(changed[0]?.layer, 'hidden_b');
  assert.equal(changed[0]?.maxAbsDiff, diff);
  assert.equal(r.variables[0], changed[0], 'the biggest change comes first');
  assert.equal(r.summary.same, r.variables.length - 1);
  assert.equal(r.summary.sameStructure, true);
  assert.match(describeChange(changed[0]), /^hidden_b\/kernel \(8, 8\) float32: changed, max \|a − b\| /);
});

test('a removed layer, a reshaped variable and a retyped variable are each named', async () => {
  const { file } = h5py(shared('keras3-corpus', 'mlp.legacyweights.h5'), 'broken.h5', `
names = [n.decode() if isinstance(n, bytes) else n for n in f.attrs['layer_names']]
g = f['logits']
wn = [n.decode() if isinstance(n, bytes) else n for n in g.attrs['weight_names']]
k = g[wn[0]][...]
del g[wn[0]]
g.create_dataset(wn[0], data=np.zeros((k.shape[0], k.shape[1] + 1), dtype=np.float32))
b = g[wn[1]][...]
del g[wn[1]]
g.create_dataset(wn[1], data=b.astype(np.float16))
del f['hidden_a']
f.attrs['layer_names'] = np.array([n.encode() for n in names if n != 'hidden_a'])`);
  const r = await compare(shared('keras3-corpus', 'mlp.legacyweights.h5'), file);
  const by = (s: string): string[] => r.variables.filter((v) => v.status === s).map((v) => `${v.layer}/${v.name}`);
  assert.deepEqual(by('removed'), ['hidden_a/kernel', 'hidden_a/bias']);
  assert.deepEqual(by('reshaped'), ['logits/kernel']);
  assert.deepEqual(by('retyped'), ['logits/bias']);
  assert.deepEqual(by('same'), ['hidden_b/kernel', 'hidden_b/bias']);
  assert.equal(r.summary.sameStructure, false);
  assert.deepEqual(r.variables.map((v) => v.status), ['reshaped', 'retyped', 'removed', 'removed', 'same', 'same'], 'structural changes first');
});

test('a retrained model (tf-keras 2.12 weights vs Keras 3.4 full model of the same architecture) changes every variable, structure kept', async () => {
  const r = await compare(shared('real-models', 'apple-disease-classification', 'model.h5'), shared('real-models', 'apple-disease-classification', 'model_1.h5'));
  assert.equal(r.pairedBy, 'layer-name-and-position');
  assert.equal(r.summary.sameStructure, true);
  assert.equal(r.summary.changed, r.variables.length);
  const rel = r.variables.map((v) => v.relativeChange ?? 0);
  assert.deepEqual(rel, [...rel].sort((a, b) => b - a), 'sorted by relative change');
});

test('weightgate diff A B on two weight files: text, JSON and exit codes (0 same structure, 1 not, 2 unreadable)', async () => {
  const same = await run('diff', shared('keras3-corpus', 'mlp.weights.h5'), shared('keras3-corpus', 'mlp.h5'));
  assert.equal(same.code, 0);
  assert.match(same.out, /^weightgate: identical · mlp\.weights\.h5 vs mlp\.h5/);
  const other = await run('diff', shared('keras3-corpus', 'mlp.weights.h5'), shared('keras3-corpus', 'mnist_cnn.weights.h5'), '--json');
  assert.equal(other.code, 1);
  const r = JSON.parse(other.out) as ArtifactDiffReport;
  assert.equal(r.kind, 'artifacts');
  assert.equal(r.summary.sameStructure, false);
  assert.equal(r.variables[0]?.status, 'reshaped', 'structural changes first');
  // Two full models compare as definition and weights unless --artifacts says otherwise.
  const forced = await run('diff', '--artifacts', shared('keras3-corpus', 'mlp.keras'), shared('keras3-corpus', 'mlp.h5'));
  assert.equal(forced.code, 0);
  assert.match(forced.out, /6 variables: 6 the same/);
  const missing = await run('diff', shared('keras3-corpus', 'mlp.weights.h5'), path.join(temp, 'absent.h5'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /absent\.h5/);
  const smoke = await run('diff', shared('keras3-corpus', 'mlp.weights.h5'), shared('keras3-corpus', 'mlp.h5'), '--smoke');
  assert.equal(smoke.code, 2);
  assert.match(smoke.err, /need a definition/);
});

test('the --json output follows schema/artifact-diff.schema.json, which lists exactly the report types\' keys', async () => {
  const { Ajv } = await import('ajv');
  const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'schema', 'artifact-diff.schema.json'), 'utf8')) as {
    properties: Record<string, unknown>; definitions: { variable: { properties: Record<string, unknown> } };
  };
  const validate = new Ajv({ strict: false }).compile(schema);
  for (const [a, b] of [['mlp.weights.h5', 'mnist_cnn.weights.h5'], ['mlp.weights.h5', 'mlp.h5']] as const) {
    const r = await run('diff', shared('keras3-corpus', a), shared('keras3-corpus', b), '--json');
    assert.ok(validate(JSON.parse(r.out)), JSON.stringify(validate.errors));
  }
  const reportKeys: (keyof ArtifactDiffReport)[] = ['schemaVersion', 'kind', 'a', 'b', 'pairedBy', 'pairingReason', 'variables', 'summary'];
  assert.deepEqual(Object.keys(schema.properties).sort(), [...reportKeys].sort());
  const variableKeys: (keyof VariableChange)[] = ['layer', 'name', 'path', 'status', 'shape', 'dtype', 'bShape', 'bDtype', 'maxAbsDiff', 'relativeChange'];
  assert.deepEqual(Object.keys(schema.definitions.variable.properties).sort(), [...variableKeys].sort());
  const sample: Required<VariableChange> = { layer: '', name: '', path: '', status: 'same', shape: [], dtype: 'float32', bShape: [], bDtype: 'float32', maxAbsDiff: 0, relativeChange: 0 };
  assert.deepEqual(Object.keys(sample).sort(), [...variableKeys].sort(), 'the list above names every key of the type');
});
