// Sniffing before parsing: each non-model input gets a message naming the file, the cause and the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile, readFile, copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openFile } from '../src/formats/open.js';
import { InputError } from '../src/sources/errors.js';
import { fixtures as copyFixtures } from './helpers/hostile.js';
import { tempDir } from './helpers/temp.js';

const dir = tempDir('sniff');
// The committed fixtures (test/fixtures-current.test.ts checks they are what the generator writes).
const fixtures = await copyFixtures(dir);

async function refused(file: string, kind: InputError['kind'], text: RegExp, hint?: RegExp) {
  await assert.rejects(openFile(file), (err: unknown) => {
    assert.ok(err instanceof InputError, `InputError, got ${String(err)}`);
    assert.equal(err.kind, kind);
    assert.equal(err.file, file);
    assert.match(err.message, text);
    if (hint) assert.match(err.hint ?? '', hint);
    return true;
  });
}

test('a Git LFS pointer under a weights name says so and names the checkout fix', async () => {
  const f = path.join(dir, 'model.weights.h5');
  await writeFile(f, 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 132735\n');
  await refused(f, 'lfs-pointer', /Git LFS pointer to a 132735-byte file/, /lfs: true/);
});

test('an HTML error page saved as .h5 is named as such', async () => {
  const f = path.join(dir, 'page.h5');
  await writeFile(f, '<!DOCTYPE html>\n<html><body>404 Not Found</body></html>');
  await refused(f, 'html-page', /HTML\/XML page/, /Download the real file/);
});

test('random bytes named .keras are not a Keras file', async () => {
  const f = path.join(dir, 'random.keras');
  await writeFile(f, Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff)));
  await refused(f, 'not-keras', /not a zip archive, which every \.keras file is/);
});

test('an empty file and a missing file', async () => {
  const f = path.join(dir, 'empty.h5');
  await writeFile(f, '');
  await refused(f, 'truncated', /empty/);
  await refused(path.join(dir, 'nope.h5'), 'not-found', /no such file/);
});

test('a truncated HDF5 file is reported as truncated, at several cut points', async () => {
  const full = await readFile(path.join(fixtures, 'weights', 'classifier_legacy.h5'));
  for (const cut of [96, 800, Math.floor(full.length / 2), full.length - 10]) {
    const f = path.join(dir, `cut${cut}.h5`);
    await writeFile(f, full.subarray(0, cut));
    await assert.rejects(openFile(f), (err: unknown) => {
      assert.ok(err instanceof InputError);
      assert.equal(err.file, f);
      assert.ok(['truncated', 'corrupt'].includes(err.kind), err.kind);
      assert.doesNotMatch(err.message, /at .*\.js:\d+/);
      return true;
    });
  }
});

test('an HDF5 file that is not a Keras file says what it holds', async () => {
  const h5wasm = (await import('h5wasm/node')).default;
  await h5wasm.ready;
  const f = path.join(dir, 'other.h5');
  const h = new h5wasm.File(f, 'w');
  h.create_group('measurements');
  h.close();
  await refused(f, 'not-keras', /HDF5 file, but not a Keras one.*measurements/);
});

test('JSON that is not a model, and a zip that is not a .keras archive', async () => {
  const j = path.join(dir, 'package.json');
  await writeFile(j, '{"name": "x"}');
  await refused(j, 'not-keras', /JSON, but neither a Keras model/);
  const z = path.join(dir, 'empty.keras');
  await writeFile(z, Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
  await refused(z, 'not-keras', /without config\.json/);
});

test('a TF.js shard on its own points at its model.json', async () => {
  const f = path.join(dir, 'group1-shard1of1.bin');
  await copyFile(path.join(fixtures, 'tfjs', 'group1-shard1of1.bin'), f);
  await refused(f, 'not-keras', /TF\.js weight shard/, /model\.json/);
});

// ---- what users pass instead of a Keras file (issue 19, item 4) --------------------------------
// Model code, a SavedModel, a TensorFlow checkpoint, TF Lite, ONNX, PyTorch: each is named by its
// content (the name only where the content leaves it open), with what to pass instead. Nothing is run.
// No TensorFlow, ONNX or PyTorch is installable here, so the binary ones are built byte by byte from
// their formats' published layouts (protocol buffer fields, FlatBuffer identifier, table footer).

const bytes = (...parts: (number[] | string | Buffer)[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.isBuffer(p) ? p : Buffer.from(p))));
/** A length-delimited protocol buffer field (lengths under 128). */
const field = (tag: number, body: Buffer | string): Buffer => bytes([tag, Buffer.byteLength(body)], typeof body === 'string' ? body : body.toString('latin1'));
const TF_TABLE_FOOTER = [0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb];

test('Python model code is named as such, by content even under a model name, and the fix says what to write', async () => {
  const code = 'import keras\nfrom keras import layers\n\ndef build():\n    return keras.Sequential([layers.Dense(4)])\n';
  for (const name of ['net.py', 'renamed.h5', 'model']) {
    const f = path.join(dir, name);
    await writeFile(f, code);
    await refused(f, 'not-keras', /Python source \(model code\)/, /model\.to_json\(\)`.*model\.save\('m\.keras'\)`.*Definitions from model code/);
  }
  // A .py that starts with a docstring longer than the sniffed head is still Python, by its name.
  const doc = path.join(dir, 'doc.py');
  await writeFile(doc, `"""${'x'.repeat(600)}"""\nimport keras\n`);
  await refused(doc, 'not-keras', /Python source/);
});

test('YAML: a Keras to_yaml() definition, a weightgate config, any other YAML', async () => {
  const keras = path.join(dir, 'model.yaml');
  await writeFile(keras, 'backend: tensorflow\nclass_name: Sequential\nconfig:\n  layers: []\n  name: sequential\nkeras_version: 2.4.0\n');
  await refused(keras, 'not-keras', /Keras model definition in YAML \(`model\.to_yaml\(\)`/, /to_json\(\)/);
  const config = path.join(dir, 'weightgate.yml');
  await writeFile(config, 'version: 1\nmodels:\n  - { definition: a.json, weights: a.weights.h5 }\n');
  await refused(config, 'not-keras', /a weightgate config, not a model/, /weightgate check --config/);
  const other = path.join(dir, 'params.yml');
  await writeFile(other, 'learning_rate: 0.001\nepochs: 3\n');
  await refused(other, 'not-keras', /YAML, not a model file/, /to_json/);
});

test('a TensorFlow SavedModel: its saved_model.pb (by content, also renamed), its folder, its variables/', async () => {
  // SavedModel: saved_model_schema_version = 1 (field 1), then meta_graphs (field 2) whose MetaGraphDef starts with meta_info_def (field 1).
  const pb = bytes([0x08, 0x01], field(0x12, field(0x0a, field(0x12, 'serve'))));
  const folder = path.join(dir, 'exported');
  await mkdir(path.join(folder, 'variables'), { recursive: true });
  await writeFile(path.join(folder, 'saved_model.pb'), pb);
  await writeFile(path.join(folder, 'variables', 'variables.index'), bytes([0, 1, 2, 3], TF_TABLE_FOOTER));
  await writeFile(path.join(folder, 'variables', 'variables.data-00000-of-00001'), bytes([1, 2, 3, 4, 5, 6, 7, 8]));
  for (const f of [folder, path.join(folder, 'saved_model.pb'), path.join(dir, 'graph-renamed')]) {
    if (f.endsWith('renamed')) await writeFile(f, pb);
    await refused(f, 'not-keras', /TensorFlow SavedModel/, /model\.to_json\(\)`.*load_model\('dir'\)/);
  }
  await refused(path.join(folder, 'variables'), 'not-keras', /variables.*TensorFlow checkpoint/, /save_weights\('m\.weights\.h5'\)/);
});

test('a TensorFlow checkpoint (save_weights without .h5): its index by its footer, a data shard, the prefix, the state file', async () => {
  const index = path.join(dir, 'ckpt.index');
  await writeFile(index, bytes([0x00, 0x0a, 0x11, 0x22, 0x33], TF_TABLE_FOOTER));
  await refused(index, 'not-keras', /TensorFlow checkpoint/, /load_weights\(prefix\).*save_weights\('m\.weights\.h5'\)/);
  const renamed = path.join(dir, 'ckpt-renamed.h5');
  await copyFile(index, renamed);
  await refused(renamed, 'not-keras', /index \(a TensorFlow table.*TensorFlow checkpoint/);
  const data = path.join(dir, 'ckpt.data-00000-of-00001');
  await writeFile(data, bytes([1, 2, 3, 4, 5, 6, 7, 8, 9]));
  await refused(data, 'not-keras', /data shard.*TensorFlow checkpoint/);
  await refused(path.join(dir, 'ckpt'), 'not-found', /no such file: the prefix of ckpt\.index.*TensorFlow checkpoint/, /save_weights/);
  const state = path.join(dir, 'checkpoint');
  await writeFile(state, 'model_checkpoint_path: "ckpt"\nall_model_checkpoint_paths: "ckpt"\n');
  await refused(state, 'not-keras', /`checkpoint` state file of a TensorFlow checkpoint/);
});

test('TF Lite, ONNX, a frozen graph, PyTorch and pickles are named, with the Keras files to point at instead', async () => {
  const tflite = path.join(dir, 'model-renamed.keras');
  await writeFile(tflite, bytes([0x1c, 0, 0, 0], 'TFL3', [0, 0, 0x12, 0, 0x1c, 0, 0x04, 0]));
  await refused(tflite, 'not-keras', /TensorFlow Lite model/, /model\.to_json\(\)/);
  const onnx = path.join(dir, 'model.bin.onnx');
  await writeFile(onnx, bytes([0x08, 0x08], field(0x12, 'tf2onnx'), field(0x1a, '1.16.1'), [0x3a, 0x02, 0x0a, 0x00]));
  await refused(onnx, 'not-keras', /ONNX model \(from "tf2onnx"\)/);
  const frozen = path.join(dir, 'frozen.pb');
  await writeFile(frozen, field(0x0a, bytes(field(0x0a, 'input'), field(0x12, 'Placeholder'))));
  await refused(frozen, 'not-keras', /frozen GraphDef/, /to_json/);
  const pickle = path.join(dir, 'weights.pkl.h5');
  await writeFile(pickle, bytes([0x80, 0x04, 0x95, 0x05, 0, 0, 0, 0, 0, 0, 0, 0x7d, 0x94, 0x2e]));
  await refused(pickle, 'not-keras', /Python pickle.*never unpickles/);
  // torch.save since PyTorch 1.6: a zip archive whose first member is <name>/data.pkl.
  const torch = path.join(dir, 'model.pt');
  const made = spawnSync('/usr/bin/python3', ['-c', 'import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], "w") as z:\n    z.writestr("archive/data.pkl", b"\\x80\\x02}q\\x00.")\n    z.writestr("archive/version", b"3\\n")', torch]);
  assert.equal(made.status, 0, made.stderr?.toString());
  await refused(torch, 'not-keras', /PyTorch file \(torch\.save/);
});

test('a missing path suggests the nearest existing one (a typo away), in the form it was given', async () => {
  const sub = path.join(dir, 'weights');
  await mkdir(sub, { recursive: true });
  await writeFile(path.join(sub, 'classifier.weights.h5'), 'x');
  await refused(path.join(sub, 'classifer.weights.h5'), 'not-found', new RegExp(`did you mean ${path.join(sub, 'classifier.weights.h5').replace(/\./g, '\\.')}\\?`), /^Check the path\.$/);
  await refused(path.join(dir, 'weigths', 'classifier.weights.h5'), 'not-found', /did you mean .*\/weights\/classifier\.weights\.h5\?/);
  await refused(path.join(sub, 'completely-different.keras'), 'not-found', /no such file or folder$/m);
  // Relative paths are resolved from the working directory, and the suggestion is relative too.
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    await refused('weights/clasifier.weights.h5', 'not-found', /; did you mean weights\/classifier\.weights\.h5\?/, /resolved from the working directory/);
  } finally {
    process.chdir(cwd);
  }
});
