import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ArtifactModel, SavedVariable, WeightData } from '../src/model/types.js';
import { InputError } from '../src/sources/errors.js';
import { readTfjsArtifact } from '../src/formats/tfjs.js';
import { isTfjsModelJson, tfjsTopologyConfig } from '../src/formats/tfjs-model-json.js';

const SHARED = path.resolve(import.meta.dirname, '../../shared');
const REAL = path.join(SHARED, 'real-models');
const SKIP_SHARED = existsSync(REAL) ? false : `shared corpus not found at ${REAL}; real-model tests skipped`;

const TFJS_MODELS = [
  'tfjs-e2e-layers-model', 'nsfwjs-mobilenet_v2', 'ml5-cvae-quickdraw', 'ml5-crepe-pitch', 'ml5-neuralnetwork', 'wehack-fraud-tfjs',
];

const SIZES: Record<string, number> = { float32: 4, int32: 4, bool: 1, float16: 2, uint16: 2, uint8: 1, complex64: 8 };

/** The fields of a TF.js model.json these tests read (the reader's checks are what is tested). */
interface ManifestGroup { paths: string[]; weights: { name: string; shape: number[]; dtype: string; quantization?: { dtype: string } }[] }
interface ModelJsonFile { weightsManifest: ManifestGroup[] }

async function load(file: string): Promise<{ json: ModelJsonFile; artifact: ArtifactModel }> {
  const json = JSON.parse(await readFile(file, 'utf8')) as ModelJsonFile;
  return { json, artifact: await readTfjsArtifact(file, json) };
}

function allVariables(a: ArtifactModel): SavedVariable[] {
  return [...a.layers.flatMap((l) => l.weights), ...a.optimizer];
}

function find(a: ArtifactModel, name: string): SavedVariable {
  const v = allVariables(a).find((x) => x.name === name);
  assert.ok(v, `no variable ${name}`);
  return v;
}

/** Independent of the reader: the group's shards concatenated, and each weight's offset from the manifest. */
async function manualGroup(dir: string, group: ManifestGroup): Promise<{ bytes: Buffer; offsets: Map<string, number> }> {
  const bytes = Buffer.concat(await Promise.all(group.paths.map((p) => readFile(path.join(dir, p)))));
  const offsets = new Map<string, number>();
  let off = 0;
  for (const w of group.weights) {
    offsets.set(w.name, off);
    off += w.shape.reduce((a, b) => a * b, 1) * SIZES[w.quantization?.dtype ?? w.dtype]!;
  }
  return { bytes, offsets };
}

describe('TF.js models from real repositories', { skip: SKIP_SHARED }, () => {
  for (const name of TFJS_MODELS) {
    test(`${name}: reads, and every manifest weight is there with its shape`, async () => {
      const file = path.join(REAL, name, 'model.json');
      const { json, artifact } = await load(file);
      assert.equal(isTfjsModelJson(json), 'layers-model');
      assert.equal(artifact.format, 'tfjs-layers');
      assert.equal(artifact.source, file);
      const manifest = json.weightsManifest.flatMap((g) => g.weights);
      const vars = allVariables(artifact);
      assert.equal(vars.length, manifest.length);
      const byName = new Map(vars.map((v) => [v.name, v]));
      for (const w of manifest) {
        const v = byName.get(w.name);
        assert.ok(v, `missing ${w.name}`);
        assert.deepEqual(v.shape, w.shape);
        assert.equal(v.dtype, w.dtype);
        assert.equal(v.path, w.name);
      }
      artifact.layers.forEach((l, i) => {
        assert.equal(l.position, i);
        l.weights.forEach((v, j) => assert.equal(v.index, j));
      });
      for (const v of vars) {
        const data = await artifact.read(v);
        assert.equal(data.length, v.shape.reduce((a, b) => a * b, 1), v.name);
      }
      await artifact.close();
    });
  }

  test('labels, producers and generations', async () => {
    const label = async (d: string) => (await load(path.join(REAL, d, 'model.json'))).artifact;
    const nsfw = await label('nsfwjs-mobilenet_v2');
    assert.equal(nsfw.formatLabel, 'TF.js layers-model (converted from Keras 2.2.4)');
    assert.equal(nsfw.generation, 2);
    assert.deepEqual(nsfw.producer, { kerasVersion: '2.2.4', backend: 'tensorflow' });
    const ml5 = await label('ml5-neuralnetwork');
    assert.equal(ml5.formatLabel, 'TF.js layers-model (tfjs-layers 1.2.2)');
    assert.equal(ml5.generation, 2);
    const wehack = await label('wehack-fraud-tfjs');
    assert.equal(wehack.generation, 3);
    assert.equal(wehack.formatLabel, 'TF.js layers-model (converted from Keras 3.9.0)');
    assert.deepEqual(wehack.producer, {
      kerasVersion: '3.9.0', backend: 'tensorflow', generatedBy: 'keras v3.9.0', convertedBy: 'TensorFlow.js Converter v4.22.0',
    });
  });

  test('tfjsTopologyConfig unwraps both topology layouts', async () => {
    const j = async (d: string) => JSON.parse(await readFile(path.join(REAL, d, 'model.json'), 'utf8'));
    const crepe = tfjsTopologyConfig(await j('ml5-crepe-pitch'));
    assert.equal(crepe?.modelConfig.class_name, 'Model');
    assert.equal(crepe?.kerasVersion, '2.1.5');
    assert.equal(crepe?.backend, 'tensorflow');
    const ml5 = tfjsTopologyConfig(await j('ml5-neuralnetwork'));
    assert.equal(ml5?.modelConfig.class_name, 'Sequential');
    assert.ok(Array.isArray(ml5?.modelConfig.config), 'bare-list Sequential config kept as written');
    assert.equal(ml5?.kerasVersion, 'tfjs-layers 1.2.2');
    assert.equal(ml5?.backend, 'tensor_flow.js');
  });

  test('nsfwjs: uint8-quantised weights decode inside [min, min + 255·scale], byte-exact', async () => {
    const dir = path.join(REAL, 'nsfwjs-mobilenet_v2');
    const { json, artifact } = await load(path.join(dir, 'model.json'));
    const { bytes, offsets } = await manualGroup(dir, json.weightsManifest[0]!);
    const vars = allVariables(artifact);
    assert.equal(vars.length, 266);
    for (const v of vars) {
      assert.equal(v.storedDtype, 'uint8');
      assert.equal(v.quantization?.dtype, 'uint8');
      assert.equal(v.byteLength, v.shape.reduce((a, b) => a * b, 1));
      const { min, scale } = v.quantization as { min: number; scale: number };
      const data = (await artifact.read(v)) as Float32Array;
      assert.ok(data instanceof Float32Array);
      const lo = Math.fround(min) - 1e-6 * Math.abs(min) - 1e-9;
      const hi = Math.fround(min + 255 * scale) + 1e-6 * Math.abs(min + 255 * scale) + 1e-9;
      for (const x of data) assert.ok(x >= lo && x <= hi, `${v.name}: ${x} outside [${min}, ${min + 255 * scale}]`);
      const off = offsets.get(v.name)!;
      for (let i = 0; i < data.length; i++) assert.equal(data[i], Math.fround(bytes[off + i]! * scale + min), `${v.name}[${i}]`);
    }
  });

  test('crepe: all 13 weight groups are read, byte-exact', async () => {
    const dir = path.join(REAL, 'ml5-crepe-pitch');
    const { json, artifact } = await load(path.join(dir, 'model.json'));
    assert.equal(json.weightsManifest.length, 13);
    const groups = new Set(allVariables(artifact).map((v) => v.locator.group));
    assert.equal(groups.size, 13);
    for (const [gi, g] of json.weightsManifest.entries()) {
      const { bytes, offsets } = await manualGroup(dir, g);
      const last = g.weights.at(-1)!;
      const v = find(artifact, last.name);
      assert.equal(v.locator.group, gi + 1);
      const data = (await artifact.read(v)) as Float32Array;
      const off = offsets.get(last.name)!;
      for (let i = 0; i < data.length; i++) assert.equal(data[i], bytes.readFloatLE(off + 4 * i));
    }
  });

  test('wehack: `sequential/<layer>/…` names group under the topology layer', async () => {
    const dir = path.join(REAL, 'wehack-fraud-tfjs');
    const { json, artifact } = await load(path.join(dir, 'model.json'));
    const dense = artifact.layers.find((l) => l.name === 'dense');
    assert.ok(dense);
    assert.equal(dense.nameRecorded, true);
    assert.equal(dense.path, 'sequential/dense');
    assert.deepEqual(dense.weights.map((w) => w.name), ['sequential/dense/kernel', 'sequential/dense/bias']);
    assert.deepEqual(dense.weights.map((w) => w.objectPath), ['dense', 'dense']);
    assert.ok(!artifact.layers.some((l) => l.name === 'sequential'));
    assert.ok(artifact.layers.every((l) => l.nameRecorded));
    assert.equal(artifact.layers.length, 9);
    const bn = artifact.layers.find((l) => l.name === 'batch_normalization_2')!;
    assert.deepEqual(bn.weights.map((w) => w.name.split('/').pop()), ['gamma', 'beta', 'moving_mean', 'moving_variance']);
    assert.ok(artifact.notes.some((n) => n.includes('Provided weight data has no target variable')));
    const { bytes, offsets } = await manualGroup(dir, json.weightsManifest[0]!);
    for (const name of ['sequential/dense_4/bias', 'sequential/dense/kernel']) {
      const data = (await artifact.read(find(artifact, name))) as Float32Array;
      const off = offsets.get(name)!;
      for (const i of new Set([0, Math.min(1, data.length - 1), data.length - 1])) assert.equal(data[i], bytes.readFloatLE(off + 4 * i), `${name}[${i}]`);
    }
  });

  test('ml5 neuralNetwork: `./`-prefixed shard path, byte-exact', async () => {
    const dir = path.join(REAL, 'ml5-neuralnetwork');
    const { json, artifact } = await load(path.join(dir, 'model.json'));
    assert.equal(json.weightsManifest[0]!.paths[0], './model.weights.bin');
    const { bytes, offsets } = await manualGroup(dir, json.weightsManifest[0]!);
    const v = find(artifact, 'dense_Dense2/kernel');
    const data = (await artifact.read(v)) as Float32Array;
    const off = offsets.get(v.name)!;
    assert.deepEqual(Array.from(data), Array.from({ length: 16 * 9 }, (_, i) => bytes.readFloatLE(off + 4 * i)));
  });
});

// ---------------------------------------------------------------------------------------------
// Generated models, hostile and otherwise
// ---------------------------------------------------------------------------------------------

let tmp: string;
before(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'wg-tfjs-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function nums(data: WeightData): number[] {
  return Array.from(data as ArrayLike<number>);
}

function floats(...xs: number[]): Buffer {
  const b = Buffer.alloc(4 * xs.length);
  xs.forEach((x, i) => b.writeFloatLE(x, 4 * i));
  return b;
}

const DENSE_TOPOLOGY = {
  keras_version: '2.15.0', backend: 'tensorflow',
  model_config: {
    class_name: 'Sequential',
    config: { name: 'sequential', layers: [{ class_name: 'Dense', config: { name: 'dense', units: 2 } }] },
  },
};
const DENSE_WEIGHTS = [
  { name: 'dense/kernel', shape: [3, 2], dtype: 'float32' },
  { name: 'dense/bias', shape: [2], dtype: 'float32' },
];
const DENSE_VALUES = [1.5, -2, 3.25, 0.5, 7, -0.125, 0.1, 0.2];

let counter = 0;
/** A model folder with model.json and the given files; returns model.json's path. */
async function makeModel(json: unknown, files: Record<string, Buffer | string> = {}): Promise<string> {
  const dir = path.join(tmp, `m${++counter}`, 'model');
  await mkdir(dir, { recursive: true });
  for (const [name, data] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), data);
  }
  const file = path.join(dir, 'model.json');
  await writeFile(file, JSON.stringify(json));
  return file;
}

function denseModel(paths: string[], weights: unknown[] = DENSE_WEIGHTS): object {
  return { format: 'layers-model', generatedBy: 'keras v2.15.0', convertedBy: 'TensorFlow.js Converter v4.22.0', modelTopology: DENSE_TOPOLOGY, weightsManifest: [{ paths, weights }] };
}

async function open(file: string): Promise<ArtifactModel> {
  return readTfjsArtifact(file, JSON.parse(await readFile(file, 'utf8')));
}

/** The reader must refuse with an InputError naming model.json, never crash with something else. */
async function refuses(file: string, kind: string, ...patterns: RegExp[]): Promise<string> {
  let caught: unknown;
  try {
    await open(file);
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof InputError, `expected an InputError, got ${caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught)}`);
  assert.equal(caught.kind, kind, caught.message);
  assert.ok(caught.message.includes(file), `message does not name ${file}: ${caught.message}`);
  for (const p of patterns) assert.match(caught.message, p);
  return caught.message;
}

describe('generated TF.js models', () => {
  test('a clean model reads back the values written', async () => {
    const file = await makeModel(denseModel(['group1-shard1of1.bin']), { 'group1-shard1of1.bin': floats(...DENSE_VALUES) });
    const a = await open(file);
    assert.equal(a.formatLabel, 'TF.js layers-model (converted from Keras 2.15.0)');
    assert.equal(a.layers.length, 1);
    assert.equal(a.layers[0]!.name, 'dense');
    assert.equal(a.layers[0]!.nameRecorded, true);
    assert.deepEqual(nums(await a.read(a.layers[0]!.weights[0]!)), DENSE_VALUES.slice(0, 6).map(Math.fround));
    assert.deepEqual(nums(await a.read(a.layers[0]!.weights[1]!)), DENSE_VALUES.slice(6).map(Math.fround));
    assert.deepEqual(a.layers[0]!.weights[1]!.locator, {
      kind: 'tfjs', group: 1, offset: 24, byteLength: 8, count: 2, paths: ['group1-shard1of1.bin'],
    });
  });

  test('a weight spanning two shard files', async () => {
    const all = floats(...DENSE_VALUES);
    const file = await makeModel(denseModel(['group1-shard1of2.bin', 'group1-shard2of2.bin']), {
      'group1-shard1of2.bin': all.subarray(0, 10), 'group1-shard2of2.bin': all.subarray(10),
    });
    const a = await open(file);
    assert.deepEqual(nums(await a.read(a.layers[0]!.weights[0]!)), DENSE_VALUES.slice(0, 6).map(Math.fround));
    assert.deepEqual(nums(await a.read(a.layers[0]!.weights[1]!)), DENSE_VALUES.slice(6).map(Math.fround));
  });

  test('truncated shard', async () => {
    const file = await makeModel(denseModel(['group1-shard1of1.bin']), { 'group1-shard1of1.bin': floats(...DENSE_VALUES).subarray(0, 28) });
    await refuses(file, 'truncated', /group 1 needs 32 bytes, shards hold 28 \(group1-shard1of1\.bin is truncated or not the right file\)/, /same export/);
  });

  test('shard longer than the manifest says', async () => {
    const file = await makeModel(denseModel(['group1-shard1of1.bin']), { 'group1-shard1of1.bin': floats(...DENSE_VALUES, 9) });
    await refuses(file, 'corrupt', /group 1 needs 32 bytes, shards hold 36/);
  });

  test('truncated group of two shards names both', async () => {
    const file = await makeModel(denseModel(['a.bin', 'b.bin']), { 'a.bin': floats(1, 2, 3), 'b.bin': floats(4) });
    await refuses(file, 'truncated', /group 1 needs 32 bytes, shards hold 16 \(one of a\.bin \(12 bytes\), b\.bin \(4 bytes\)/);
  });

  test('missing shard, with the `.bin` near-miss pointed out', async () => {
    const file = await makeModel(denseModel(['group1-shard1of1']), { 'group1-shard1of1.bin': floats(...DENSE_VALUES) });
    await refuses(file, 'not-found', /"group1-shard1of1"/, /does not exist/, /group1-shard1of1\.bin/, /Commit the shard/);
  });

  test('`../../etc/passwd` is refused before anything is opened', async () => {
    const file = await makeModel(denseModel(['../../etc/passwd']));
    await refuses(file, 'unsafe-path', /"\.\.\/\.\.\/etc\/passwd"/, /outside the model folder/, /List the shard by its file name/);
  });

  test('a path that escapes through a sub-folder and back-slashes', async () => {
    await refuses(await makeModel(denseModel(['sub/../../x.bin'])), 'unsafe-path', /outside the model folder/);
    await refuses(await makeModel(denseModel(['..\\..\\x.bin'])), 'unsafe-path', /outside the model folder/);
  });

  test('absolute path', async () => {
    await refuses(await makeModel(denseModel(['/etc/passwd'])), 'unsafe-path', /"\/etc\/passwd"/, /absolute path/);
    await refuses(await makeModel(denseModel(['C:\\Windows\\win.ini'])), 'unsafe-path', /absolute path/);
  });

  test('URL path', async () => {
    await refuses(await makeModel(denseModel(['https://example.com/group1-shard1of1.bin'])), 'unsafe-path', /a URL/, /never downloads/);
    await refuses(await makeModel(denseModel(['file:///etc/passwd'])), 'unsafe-path', /a URL/);
  });

  test('a shard that is a symlink out of the folder', async (t) => {
    const outside = path.join(tmp, 'outside.bin');
    await writeFile(outside, floats(...DENSE_VALUES));
    const file = await makeModel(denseModel(['group1-shard1of1.bin']));
    try {
      await symlink(outside, path.join(path.dirname(file), 'group1-shard1of1.bin'));
    } catch {
      t.skip('symlinks not available here');
      return;
    }
    await refuses(file, 'unsafe-path', /is a link to/, /outside the model folder/);
  });

  test('Git LFS pointer shard', async () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 32\n';
    const file = await makeModel(denseModel(['group1-shard1of1.bin']), { 'group1-shard1of1.bin': pointer });
    await refuses(file, 'lfs-pointer', /Git LFS pointer/, /32-byte file/, /lfs: true/, /download the real shard/);
  });

  test('HTML page saved as a shard', async () => {
    const html = '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Sign in to continue</body></html>\n';
    const file = await makeModel(denseModel(['group1-shard1of1.bin']), { 'group1-shard1of1.bin': html });
    await refuses(file, 'html-page', /HTML page/, /Download the real shard/);
  });

  test('malformed manifests are refused, not crashed on', async () => {
    await refuses(await makeModel(denseModel([42 as unknown as string])), 'corrupt', /not a file name/);
    await refuses(await makeModel(denseModel(['w.bin'], [{ name: 'dense/kernel', shape: [3, -1], dtype: 'float32' }])), 'corrupt', /non-negative integers/);
    await refuses(await makeModel(denseModel(['w.bin'], [{ name: 'dense/kernel', shape: [3], dtype: 'float31' }])), 'corrupt', /dtype "float31"/);
    await refuses(await makeModel(denseModel(['w.bin'], [{ name: 'd/k', shape: [3], dtype: 'float32', quantization: { dtype: 'uint8' } }])),
      'corrupt', /Weight d\/k with quantization uint8 doesn't have corresponding metadata min and scale\./);
    await refuses(await makeModel(denseModel(['w.bin'], [{ name: 'd/k', shape: [3], dtype: 'float32', quantization: { dtype: 'int4' } }])),
      'corrupt', /unknown quantization dtype int4/);
    await refuses(await makeModel({ modelTopology: DENSE_TOPOLOGY, weightsManifest: [{ paths: 'w.bin', weights: [] }] }), 'corrupt', /group 1 is not a \{paths, weights\} object/);
  });

  test('uint8, uint16 and float16 quantisation decode like tfjs-core', async () => {
    const u8 = Buffer.from([0, 128, 255]);
    const u16 = Buffer.alloc(4);
    u16.writeUInt16LE(0, 0);
    u16.writeUInt16LE(65535, 2);
    const f16 = Buffer.alloc(6);
    [0x3c00, 0xc000, 0x7bff].forEach((h, i) => f16.writeUInt16LE(h, 2 * i));
    const i8 = Buffer.from([0, 3]);
    const file = await makeModel(denseModel(['q.bin'], [
      { name: 'dense/kernel', shape: [3], dtype: 'float32', quantization: { dtype: 'uint8', scale: 0.01, min: -1 } },
      { name: 'dense/bias', shape: [2], dtype: 'float32', quantization: { dtype: 'uint16', scale: 0.5, min: -2 } },
      { name: 'dense/half', shape: [3], dtype: 'float32', quantization: { dtype: 'float16' } },
      { name: 'dense/count', shape: [2], dtype: 'int32', quantization: { dtype: 'uint8', scale: 0.4, min: 0 } },
    ]), { 'q.bin': Buffer.concat([u8, u16, f16, i8]) });
    const a = await open(file);
    const [k, b, h, c] = a.layers[0]!.weights;
    assert.deepEqual(nums(await a.read(k!)), [-1, 0.28, 1.55].map(Math.fround));
    assert.deepEqual(nums(await a.read(b!)), [-2, 65535 * 0.5 - 2]);
    assert.deepEqual(nums(await a.read(h!)), [1, -2, 65504]);
    const counts = await a.read(c!);
    assert.ok(counts instanceof Int32Array);
    assert.deepEqual(nums(counts), [0, 1]);
    assert.equal(k!.storedDtype, 'uint8');
    assert.equal(b!.byteLength, 4);
    assert.equal(h!.storedDtype, 'float16');
    assert.equal(h!.dtype, 'float32');
    assert.ok(a.notes.some((n) => n.includes('quantised')));
  });

  test('int32, bool and string weights; a string weight sizes itself from its data', async () => {
    const ints = Buffer.alloc(8);
    ints.writeInt32LE(-7, 0);
    ints.writeInt32LE(123456, 4);
    const strings = Buffer.concat(['ab', 'xyz'].map((s) => {
      const len = Buffer.alloc(4);
      len.writeUInt32LE(s.length);
      return Buffer.concat([len, Buffer.from(s)]);
    }));
    const file = await makeModel(denseModel(['w.bin'], [
      { name: 'lookup/ids', shape: [2], dtype: 'int32' },
      { name: 'lookup/vocab', shape: [2], dtype: 'string' },
      { name: 'lookup/mask', shape: [3], dtype: 'bool' },
      { name: 'lookup/scale', shape: [], dtype: 'float32' },
    ]), { 'w.bin': Buffer.concat([ints, strings, Buffer.from([1, 0, 1]), floats(2.5)]) });
    const a = await open(file);
    const [ids, vocab, mask, scale] = a.layers[0]!.weights;
    assert.deepEqual(nums(await a.read(ids!)), [-7, 123456]);
    assert.equal(vocab!.byteLength, 13);
    assert.deepEqual(nums(await a.read(mask!)), [1, 0, 1]);
    assert.deepEqual(nums(await a.read(scale!)), [2.5]);
    assert.equal(a.layers[0]!.nameRecorded, false);
    assert.ok(a.notes.some((n) => n.includes('match no layer')));
  });

  test('a string weight whose lengths run past the end is a size error', async () => {
    const bad = Buffer.alloc(8);
    bad.writeUInt32LE(1000, 0);
    const file = await makeModel(denseModel(['w.bin'], [{ name: 'v/vocab', shape: [1], dtype: 'string' }]), { 'w.bin': bad });
    await refuses(file, 'truncated', /needs more than 8 bytes/, /"v\/vocab"/);
  });

  test('layer names from the topology: RNN cells, Bidirectional, nested models', async () => {
    const topology = {
      class_name: 'Model', keras_version: 'tfjs-layers 4.22.0', backend: 'tensor_flow.js',
      config: {
        name: 'model',
        layers: [
          { class_name: 'InputLayer', name: 'in', config: { name: 'in' } },
          { class_name: 'LSTM', name: 'lstm_1', config: { name: 'lstm_1' } },
          { class_name: 'Bidirectional', name: 'bidirectional', config: { name: 'bidirectional', layer: { class_name: 'LSTM', config: { name: 'lstm' } } } },
          { class_name: 'Functional', name: 'encoder', config: { name: 'encoder', layers: [{ class_name: 'Dense', config: { name: 'inner_dense' } }] } },
        ],
      },
    };
    const weights = [
      { name: 'lstm_1/lstm_cell/kernel', shape: [1], dtype: 'float32' },
      { name: 'bidirectional/forward_lstm/kernel', shape: [1], dtype: 'float32' },
      { name: 'bidirectional/backward_lstm/kernel', shape: [1], dtype: 'float32' },
      { name: 'inner_dense/kernel', shape: [1], dtype: 'float32' },
      { name: 'lstm_1/lstm_cell/bias', shape: [1], dtype: 'float32' },
    ];
    const file = await makeModel({ modelTopology: topology, weightsManifest: [{ paths: ['w.bin'], weights }] }, { 'w.bin': floats(1, 2, 3, 4, 5) });
    const a = await open(file);
    assert.equal(a.formatLabel, 'TF.js layers-model (tfjs-layers 4.22.0)');
    assert.deepEqual(a.layers.map((l) => [l.name, l.nameRecorded, l.weights.map((w) => `${w.index}:${w.name}`)]), [
      ['lstm_1', true, ['0:lstm_1/lstm_cell/kernel', '1:lstm_1/lstm_cell/bias']],
      ['bidirectional', true, ['0:bidirectional/forward_lstm/kernel', '1:bidirectional/backward_lstm/kernel']],
      ['encoder', true, ['0:inner_dense/kernel']],
    ]);
    assert.deepEqual(nums(await a.read(a.layers[0]!.weights[1]!)), [5]);
  });

  test('optimizer weights are kept apart', async () => {
    const file = await makeModel(denseModel(['w.bin'], [
      ...DENSE_WEIGHTS,
      { name: 'iter', shape: [], dtype: 'int32', group: 'optimizer' },
      { name: 'dense/kernel/m', shape: [3, 2], dtype: 'float32', group: 'optimizer' },
    ]), { 'w.bin': Buffer.concat([floats(...DENSE_VALUES), Buffer.from([5, 0, 0, 0]), floats(...DENSE_VALUES.slice(0, 6))]) });
    const a = await open(file);
    assert.equal(a.layers.length, 1);
    assert.deepEqual(a.optimizer.map((v) => v.name), ['iter', 'dense/kernel/m']);
    assert.deepEqual(nums(await a.read(a.optimizer[0]!)), [5]);
    assert.deepEqual(nums(await a.read(a.optimizer[1]!)), DENSE_VALUES.slice(0, 6).map(Math.fround));
  });

  test('a bare weights manifest, with a Keras 3 model-name prefix guessed away', async () => {
    const manifest = [{ paths: ['w.bin'], weights: [
      { name: 'sequential/dense/kernel', shape: [3, 2], dtype: 'float32' },
      { name: 'sequential/dense/bias', shape: [2], dtype: 'float32' },
    ] }];
    assert.equal(isTfjsModelJson(manifest), 'weights-manifest');
    const file = await makeModel(manifest, { 'w.bin': floats(...DENSE_VALUES) });
    const a = await open(file);
    assert.equal(a.formatLabel, 'TF.js weights manifest (no model topology)');
    assert.deepEqual(a.layers.map((l) => [l.name, l.nameRecorded, l.path]), [['dense', false, 'sequential/dense']]);
    assert.deepEqual(a.producer, {});
  });

  test('Keras 3 object-path names from a converted .keras file', async () => {
    const file = await makeModel(denseModel(['w.bin'], [
      { name: 'layers/dense/vars/0', shape: [3, 2], dtype: 'float32' },
      { name: 'layers/dense/vars/1', shape: [2], dtype: 'float32' },
      { name: 'optimizer/vars/0', shape: [], dtype: 'int32' },
    ]), { 'w.bin': Buffer.concat([floats(...DENSE_VALUES), Buffer.alloc(4)]) });
    const a = await open(file);
    assert.deepEqual(a.layers.map((l) => [l.name, l.nameRecorded, l.path]), [['dense', false, 'layers/dense']]);
    assert.deepEqual(a.layers[0]!.weights.map((w) => [w.objectPath, w.index]), [['layers/dense', 0], ['layers/dense', 1]]);
    assert.equal(a.optimizer.length, 1);
  });

  test('format detection', () => {
    assert.equal(isTfjsModelJson({ format: 'graph-model', modelTopology: { node: [] }, weightsManifest: [] }), 'graph-model');
    assert.equal(isTfjsModelJson({ modelTopology: { node: [], versions: { producer: 1 } }, weightsManifest: [] }), 'graph-model');
    assert.equal(isTfjsModelJson({ modelTopology: DENSE_TOPOLOGY, weightsManifest: [] }), 'layers-model');
    assert.equal(isTfjsModelJson({ modelTopology: { class_name: 'Sequential', config: [], keras_version: 'tfjs-layers 1.2.2' }, weightsManifest: [] }), 'layers-model');
    assert.equal(isTfjsModelJson({ weightsManifest: [{ paths: [], weights: [] }] }), 'weights-manifest');
    assert.equal(isTfjsModelJson({ class_name: 'Sequential', config: {} }), null, 'a plain Keras to_json() is not TF.js');
    assert.equal(isTfjsModelJson({ weight_map: {} }), null);
    assert.equal(isTfjsModelJson([]), null);
    assert.equal(isTfjsModelJson([{ name: 'x' }]), null);
    assert.equal(isTfjsModelJson(null), null);
    assert.equal(isTfjsModelJson('model.json'), null);
    assert.equal(tfjsTopologyConfig({ modelTopology: { node: [] } }), null);
    assert.equal(tfjsTopologyConfig({ modelTopology: { model_config: JSON.stringify(DENSE_TOPOLOGY.model_config), keras_version: '2.4.0' } })?.modelConfig.class_name, 'Sequential');
    assert.equal(tfjsTopologyConfig(DENSE_TOPOLOGY)?.kerasVersion, '2.15.0');
  });

  test('a graph model is refused by name', async () => {
    const file = await makeModel({ format: 'graph-model', modelTopology: { node: [], versions: {} }, weightsManifest: [] });
    await refuses(file, 'unsupported-format', /TF\.js graph model/, /tfjs_layers_model/);
  });
});
