// Config drift against configs real Keras wrote: every corpus definition against the config saved in
// its own .h5 and .keras gives nothing, and held-out edits that load silently (an epsilon, an
// activation, two same-shaped layers swapped) are each named with both values.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { configDrift } from '../src/diff/config-drift.js';
import { openFile } from '../src/formats/open.js';
import type { DefinitionModel } from '../src/model/types.js';
import { run } from './helpers/cli.js';
import { shared } from './helpers/shared.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'wg-drift-'));
after(() => rmSync(temp, { recursive: true, force: true }));

async function definitionOf(file: string): Promise<DefinitionModel> {
  const opened = await openFile(file);
  await opened.artifact?.close();
  assert.ok(opened.definition, `${file} has a definition`);
  return opened.definition;
}

/** A corpus model.json with `edit` applied to its parsed config, written to the temp folder. */
function edited(corpus: string, model: string, name: string, edit: (layers: { class_name: string; config: Record<string, unknown> }[]) => void): string {
  const json = JSON.parse(readFileSync(shared(corpus, `${model}.model.json`), 'utf8')) as { config: { layers: { class_name: string; config: Record<string, unknown> }[] } };
  edit(json.config.layers);
  const file = path.join(temp, `${model}__${name}.model.json`);
  writeFileSync(file, JSON.stringify(json));
  return file;
}

function layer(layers: { config: Record<string, unknown> }[], name: string): Record<string, unknown> {
  const l = layers.find((x) => x.config.name === name);
  assert.ok(l, `layer ${name}`);
  return l.config;
}

test('every corpus definition matches the config saved in its own .h5 and .keras: no drift', async () => {
  let pairs = 0;
  for (const corpus of ['keras3-corpus', 'keras3-modern']) {
    for (const f of readdirSync(shared(corpus)).filter((n) => n.endsWith('.model.json') && !n.includes('__'))) {
      const base = f.slice(0, -'.model.json'.length);
      const def = await definitionOf(shared(corpus, f));
      for (const saved of [`${base}.h5`, `${base}.keras`].map((n) => shared(corpus, n)).filter((p) => existsSync(p))) {
        assert.deepEqual(configDrift(def, await definitionOf(saved)), [], `${f} vs ${path.basename(saved)}`);
        pairs++;
      }
    }
  }
  assert.ok(pairs >= 20, `compared ${pairs} pairs`);
});

test('tf-keras 2.12 to_json() against a Keras 3.4 full model of the same architecture: no drift (BatchNormalization axis [3] is -1)', async () => {
  const def = await definitionOf(shared('real-models', 'apple-disease-classification', 'model.json'));
  const saved = await definitionOf(shared('real-models', 'apple-disease-classification', 'model_1.h5'));
  assert.deepEqual(configDrift(def, saved), []);
});

test('a LayerNormalization epsilon changed from 1e-05 to 0.001 is reported with both values', async () => {
  const file = edited('keras3-modern', 'mha_encoder', 'epsilon', (ls) => { layer(ls, 'norm_mlp').epsilon = 0.001; });
  const drift = configDrift(await definitionOf(file), await definitionOf(shared('keras3-modern', 'mha_encoder.keras')));
  assert.deepEqual(drift, [{ layer: 'norm_mlp', field: 'epsilon', expected: '0.001', saved: '1e-05' }]);
});

test('an activation changed from tanh to relu is reported', async () => {
  const file = edited('keras3-corpus', 'mlp', 'activation', (ls) => { layer(ls, 'hidden_b').activation = 'relu'; });
  const drift = configDrift(await definitionOf(file), await definitionOf(shared('keras3-corpus', 'mlp.h5')));
  assert.deepEqual(drift, [{ layer: 'hidden_b', field: 'activation', expected: "'relu'", saved: "'tanh'" }]);
});

test('two same-shaped layers swapped in a Sequential model are reported by position', async () => {
  const file = edited('keras3-corpus', 'mlp', 'swapped', (ls) => {
    const a = ls.findIndex((l) => l.config.name === 'hidden_a');
    const b = ls.findIndex((l) => l.config.name === 'hidden_b');
    const [la, lb] = [ls[a]!, ls[b]!];
    ls[a] = lb;
    ls[b] = la;
  });
  const drift = configDrift(await definitionOf(file), await definitionOf(shared('keras3-corpus', 'mlp.h5')));
  assert.deepEqual(drift.map((d) => [d.layer, d.field]), [['hidden_b', 'position'], ['hidden_a', 'position']]);
});

test('what cannot matter at inference is ignored: initializers, dropout rates, trainable', async () => {
  const file = edited('keras3-corpus', 'mlp', 'training-only', (ls) => {
    const c = layer(ls, 'hidden_a');
    c.kernel_initializer = { module: 'keras.initializers', class_name: 'Zeros', config: {} };
    c.trainable = false;
  });
  assert.deepEqual(configDrift(await definitionOf(file), await definitionOf(shared('keras3-corpus', 'mlp.h5'))), []);
});

test('a weightless layer added to the definition is drift; a Dropout is not', async () => {
  const file = edited('keras3-corpus', 'mlp', 'extra-activation', (ls) => {
    const at = ls.findIndex((l) => l.config.name === 'logits');
    ls.splice(at, 0,
      { class_name: 'Activation', config: { name: 'squash', activation: 'sigmoid', trainable: true } },
      { class_name: 'Dropout', config: { name: 'drop', rate: 0.5, trainable: true } });
  });
  const drift = configDrift(await definitionOf(file), await definitionOf(shared('keras3-corpus', 'mlp.h5')));
  assert.deepEqual(drift, [{ layer: 'squash', field: 'layer', expected: 'Activation', saved: 'None' }]);
});

test('weightgate diff reports drift as a warning beside the structural findings, and the matching definition gets none', async () => {
  const file = edited('keras3-modern', 'mha_encoder', 'epsilon-cli', (ls) => { layer(ls, 'norm_attn').epsilon = 0.001; });
  const drifted = await run('diff', file, shared('keras3-modern', 'mha_encoder.keras'), '--json');
  assert.equal(drifted.code, 0, 'a warning does not fail diff');
  const report = JSON.parse(drifted.out) as { verdict: string; findings: { code: string; layer: string; severity: string; message: string; expected: string; actual: string }[] };
  assert.equal(report.verdict, 'warnings');
  const drift = report.findings.filter((f) => f.code === 'config-drift');
  assert.deepEqual(drift.map((f) => [f.layer, f.severity, f.expected, f.actual]), [['norm_attn', 'warning', 'epsilon 0.001', 'epsilon 1e-05']]);
  assert.match(drift[0]!.message, /^norm_attn: epsilon 0\.001 in the definition, 1e-05 in the saved model; the weights load without a word/);
  const text = await run('diff', file, shared('keras3-modern', 'mha_encoder.keras'));
  assert.match(text.out, /Config drift/);
  const clean = await run('diff', shared('keras3-modern', 'mha_encoder.model.json'), shared('keras3-modern', 'mha_encoder.keras'), '--json');
  assert.deepEqual((JSON.parse(clean.out) as { findings: { code: string }[] }).findings.filter((f) => f.code === 'config-drift'), []);
});
