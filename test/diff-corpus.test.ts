// diff() against files real Keras 3.15.1 wrote (../shared/keras3-corpus): for every broken pair and every
// load_weights call the manifest records, weightgate's verdict must agree with what Keras did, and for
// every compatible pair it must say compatible.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, test, type TestContext } from 'node:test';
import { diff, type DiffReport } from '../src/diff/index.js';
import { openFile } from '../src/formats/open.js';
import type { OpenedFile } from '../src/model/types.js';
import { renderMarkdown, textLines } from '../src/report/index.js';
import { present, type Manifest } from './helpers/shared.js';

const SHARED = path.resolve(import.meta.dirname, '../../shared');
const CORPUS = path.join(SHARED, 'keras3-corpus');
const PRESENT = existsSync(path.join(CORPUS, 'manifest.json'));
const manifest = PRESENT ? JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) : null;

const opened = new Map<string, Promise<OpenedFile>>();
function open(name: string): Promise<OpenedFile> {
  if (!opened.has(name)) opened.set(name, openFile(path.join(CORPUS, name)));
  return opened.get(name)!;
}
after(async () => {
  for (const p of opened.values()) await (await p.catch(() => null))?.artifact?.close();
});

async function pair(definitionFile: string, weightsFile: string, call = ''): Promise<DiffReport> {
  const d = (await open(definitionFile)).definition;
  const a = (await open(weightsFile)).artifact;
  assert.ok(d, `${definitionFile} has no definition`);
  assert.ok(a, `${weightsFile} has no artifact`);
  return diff(d, a, { byName: /by_name=True/.test(call), skipMismatch: /skip_mismatch=True/.test(call) });
}

/** Keras prints the variable's values in its shape error; weightgate never reads them. */
function withoutValues(message: string): string {
  return message.replace(/value=\[[\s\S]*?\]>/g, 'value=…>');
}

/** The layers each broken variant changes: a finding must name one of them when outputs differ. */
const AFFECTED: Record<string, string[]> = {
  mnist_cnn__renamed_layer: ['conv1_renamed', 'conv1'],
  mnist_cnn__conv1_filters16: ['conv1', 'dense'],
  mnist_cnn__extra_layer: ['conv2'],
  mlp__missing_layer: ['hidden_b', 'logits'],
  mnist_cnn__float16: ['conv1', 'dense'],
  float16_dense__as_float32: ['dense1', 'dense2', 'logits'],
  mnist_cnn__transfer_new_dense: ['new_dense', 'dense'],
};

function summary(r: DiffReport): string {
  return `${r.verdict}: ${r.findings.map((f) => `${f.severity}:${f.code}@${f.layer}`).join(', ')}`;
}

function checkShape(r: DiffReport): void {
  for (const f of r.findings) {
    assert.equal(typeof f.message, 'string');
    assert.equal(typeof f.expected, 'string');
    assert.equal(typeof f.actual, 'string');
  }
  assert.doesNotThrow(() => renderMarkdown(r));
}

test('keras3-corpus broken pairs: every recorded load_weights call', async (t: TestContext) => {
  if (!PRESENT) {
    t.skip('../shared not present');
    return;
  }
  for (const bp of manifest.broken_pairs) {
    for (const attempt of bp.attempts) {
      await t.test(`${bp.variant}: ${attempt.call}`, async () => {
        const r = await pair(bp.definition_file, attempt.weights_file, attempt.call);
        checkShape(r);
        if (attempt.outcome === 'exception') {
          assert.equal(r.verdict, 'incompatible', summary(r));
          assert.equal(r.loaderError, withoutValues(attempt.exception_message));
        } else if (attempt.outputs_match_base) {
          assert.notEqual(r.verdict, 'incompatible', summary(r));
          assert.equal(r.loaderError, null);
        } else {
          assert.ok(r.verdict === 'incompatible' || r.verdict === 'warnings', summary(r));
          const affected = AFFECTED[bp.variant] ?? [];
          assert.ok(r.findings.some((f) => f.severity !== 'info' && (affected.includes(f.layer) || ('savedLayer' in f && affected.includes(String(f.savedLayer))))), summary(r));
          assert.equal(r.loaderError, null, 'Keras loaded without raising');
        }
      });
    }
  }
});

test('keras3-corpus broken pairs: the findings the manifest expects', async (t: TestContext) => {
  if (!PRESENT) {
    t.skip('../shared not present');
    return;
  }
  await t.test('renamed layer, by order: a name-mismatch naming conv1 and conv1_renamed', async () => {
    const r = await pair('mnist_cnn__renamed_layer.model.json', 'mnist_cnn.legacyweights.h5');
    assert.equal(r.verdict, 'warnings');
    const n = r.findings.find((f) => f.code === 'name-mismatch');
    assert.ok(n && n.layer === 'conv1_renamed' && n.actual === 'conv1');
  });
  await t.test('renamed layer, by path: the name Keras 3.6+ records at layers/conv2d', async () => {
    const r = await pair('mnist_cnn__renamed_layer.model.json', 'mnist_cnn.weights.h5');
    const n = r.findings.find((f) => f.code === 'name-mismatch');
    assert.ok(n && n.code === 'name-mismatch' && n.objectPath === 'layers/conv2d' && n.savedLayer === 'conv1', summary(r));
  });
  await t.test('renamed layer, by name: conv1_renamed stays uninitialised', async () => {
    const r = await pair('mnist_cnn__renamed_layer.model.json', 'mnist_cnn.legacyweights.h5', 'by_name=True');
    assert.equal(r.verdict, 'incompatible');
    assert.ok(r.findings.some((f) => f.code === 'missing-weights' && f.layer === 'conv1_renamed' && f.severity === 'error'));
    assert.equal(r.coverage.matched, 2);
    const map = r.hints.find((h) => h.kind === 'rename-map');
    assert.ok(map && map.kind === 'rename-map' && map.map.conv1 === 'conv1_renamed');
  });
  await t.test('conv1 with 16 filters: all three shapes, and the Flatten hint', async () => {
    const r = await pair('mnist_cnn__conv1_filters16.model.json', 'mnist_cnn.legacyweights.h5');
    assert.deepEqual(r.findings.filter((f) => f.code === 'shape-mismatch').map((f) => f.weight), ['conv1/kernel', 'conv1/bias', 'dense/kernel']);
    assert.match(r.findings.find((f) => f.weight === 'dense/kernel')?.hint ?? '', /first Dense after Flatten/);
  });
  await t.test('extra layer: conv2 has no weights in the file, shapes listed', async () => {
    const r = await pair('mnist_cnn__extra_layer.model.json', 'mnist_cnn.legacyweights.h5');
    const m = r.findings.find((f) => f.code === 'missing-weights');
    assert.equal(m?.layer, 'conv2');
    assert.match(m?.expected ?? '', /\(3, 3, 32, 32\).*\(32,\)/);
  });
  await t.test('missing layer: hidden_b is unused', async () => {
    for (const w of ['mlp.legacyweights.h5', 'mlp.h5']) {
      const r = await pair('mlp__missing_layer.model.json', w);
      assert.ok(r.findings.some((f) => f.code === 'unexpected-weights' && f.layer === 'hidden_b'), summary(r));
    }
  });
  await t.test('dtype variants: dtype-mismatch warnings, the narrowing one lossy', async () => {
    const narrow = await pair('mnist_cnn__float16.model.json', 'mnist_cnn.weights.h5');
    assert.ok(narrow.findings.filter((f) => f.code === 'dtype-mismatch').every((f) => f.code === 'dtype-mismatch' && f.lossy && f.expected === 'float16' && f.actual === 'float32'));
    const widen = await pair('float16_dense__as_float32.model.json', 'float16_dense.legacyweights.h5');
    assert.equal(widen.verdict, 'warnings');
    assert.ok(widen.findings.filter((f) => f.code === 'dtype-mismatch').every((f) => f.code === 'dtype-mismatch' && !f.lossy));
  });
  await t.test('transfer head: head-changed hint; allowed, it passes', async () => {
    const r = await pair('mnist_cnn__transfer_new_dense.model.json', 'mnist_cnn.keras');
    assert.ok(r.hints.some((h) => h.kind === 'head-changed' && h.layers.includes('new_dense')));
    const d = (await open('mnist_cnn__transfer_new_dense.model.json')).definition!;
    const a = (await open('mnist_cnn.keras')).artifact!;
    assert.equal(diff(d, a, { allowMismatch: ['new_dense'] }).verdict, 'compatible');
  });
  await t.test('founding scenarios fit one screen in the terminal', async () => {
    for (const bp of manifest.broken_pairs) {
      for (const attempt of bp.attempts) {
        const lines = textLines(await pair(bp.definition_file, attempt.weights_file, attempt.call));
        assert.ok(lines.length <= 40, `${bp.variant} ${attempt.call}: ${lines.length} lines`);
      }
    }
  });
});

/** Every weights file the manifest lists for a model, with the calls Keras made on it. */
function weightFiles(files: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const key of ['weights_h5', 'keras', 'unzipped_dir']) if (typeof files[key] === 'string') out.push([files[key], '']);
  if (Array.isArray(files.sharded_weights)) out.push([files.sharded_weights[0] as string, '']);
  for (const key of ['legacy_h5', 'legacy_weights_h5']) {
    if (typeof files[key] === 'string') out.push([files[key], ''], [files[key], 'by_name=True']);
  }
  return out;
}

const HARMLESS = new Set(['optimizer-state', 'names-unrecorded']);

test('keras3-corpus compatible pairs: each model.json with each weights file of its model', async (t: TestContext) => {
  if (!PRESENT) {
    t.skip('../shared not present');
    return;
  }
  for (const [name, model] of Object.entries(manifest.models as Manifest['models'])) {
    for (const [file, call] of weightFiles(model.files)) {
      await t.test(`${name}: ${model.files.model_json} + ${file}${call ? ` (${call})` : ''}`, async () => {
        const r = await pair(model.files.model_json, file, call);
        checkShape(r);
        assert.equal(r.verdict, 'compatible', summary(r));
        assert.ok(r.findings.every((f) => HARMLESS.has(f.code)), summary(r));
        assert.equal(r.coverage.matched, r.coverage.expected);
        assert.equal(r.coverage.matched, r.coverage.saved);
      });
    }
    for (const self of [model.files.keras, model.files.legacy_h5].filter(present)) {
      await t.test(`${name}: ${self} against itself`, async () => {
        const r = await pair(self, self);
        assert.equal(r.verdict, 'compatible', summary(r));
      });
    }
  }
});
