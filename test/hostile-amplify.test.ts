// Small files that cost far more than their size, and weights of types Keras cannot load. The HDF5
// files are built at test time by scripts/make-hostile-hdf5.py (Debian's python3 + h5py; the test
// fails, not skips, without them): a gzip chunk of zeros, datasets created with a fill value and
// never written, a vlen `layer_names` whose entries all name one heap string, hard links that fan
// out 16 wide and 40 deep, compound/vlen/reference/enum/float128 kernels, LZF and unknown filters.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { diff } from '../src/diff/index.js';
import { abortReason } from '../src/formats/hdf5.js';
import { openFile } from '../src/formats/open.js';
import { fixtures, isInputError, privateTmp, rejects } from './helpers/hostile.js';

const { dir } = privateTmp('amplify');
const fx = await fixtures(dir);
const h = path.join(dir, 'hostile');
const BOMB = 8 * 2 ** 20;
const VLEN = 64 * 2 ** 10;
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
execFileSync(python, [path.resolve(import.meta.dirname, '..', 'scripts', 'make-hostile-hdf5.py'), h, String(BOMB), String(VLEN)], { stdio: ['ignore', 'ignore', 'inherit'] });
const at = (name: string) => path.join(h, name);

/** A Keras 3 definition of the one Dense(2) layer on 3 inputs the hostile files hold. */
async function denseDefinition() {
  const file = path.join(dir, 'dense.json');
  await writeFile(file, JSON.stringify({
    module: 'keras', class_name: 'Sequential', keras_version: '3.5.0', config: {
      name: 'seq', layers: [
        { module: 'keras.layers', class_name: 'InputLayer', config: { batch_shape: [null, 3], dtype: 'float32', name: 'input_layer' } },
        { module: 'keras.layers', class_name: 'Dense', config: { name: 'dense', units: 2, dtype: 'float32', use_bias: true } },
      ],
    },
  }));
  return (await openFile(file)).definition!;
}

test('a gzip chunk of zeros declaring far more than the file holds is refused by maxHdf5Ratio, above its floor only', async () => {
  const file = at('gzip-bomb.weights.h5');
  await rejects(openFile(file, { limits: { hdf5RatioFloorBytes: 2 ** 20 } }), {
    kind: 'limit', file, detail: new RegExp(`its datasets declare ${BOMB + 8} bytes \\(the largest, "/layers/dense/vars/0", 8192x256 of 4-byte values\\) but the file holds \\d+, \\d+ times more .*over the maxHdf5Ratio limit of 100$`),
    hint: /--limit maxHdf5Ratio=/,
  });
  // 8 MiB is under the default 64 MiB floor: small models are never refused for their ratio.
  const opened = await openFile(file);
  await opened.artifact!.close();
});

test('datasets created with a fill value and never written (3 GiB declared by a 200 KB file) are refused before any read', async () => {
  const file = at('fill-value.weights.h5');
  await rejects(openFile(file), { kind: 'limit', file, detail: /its datasets declare 3221422080 bytes \(the largest, "\/layers\/dense\/vars\/0", 16384x16384 of 4-byte values\) but the file holds \d+, \d+ times more \(compressed zeros, or datasets never written\?\), over the maxHdf5Ratio limit of 100/ });
  const opened = await openFile(file, { limits: { maxHdf5Ratio: Infinity } });
  assert.deepEqual(opened.artifact!.layers[0]!.weights[0]!.shape, [16384, 16384]);
  await opened.artifact!.close();
});

test('the bundled Keras files declare no more than they hold: inside a ratio of 2 with no floor', async () => {
  for (const name of ['weights/classifier.weights.h5', 'weights/classifier_legacy.h5']) {
    const opened = await openFile(path.join(fx, name), { limits: { hdf5RatioFloorBytes: 1, maxHdf5Ratio: 2 } });
    assert.ok(opened.artifact!.layers.length > 0);
    await opened.artifact!.close();
  }
});

test('a vlen layer_names whose 1500 entries all name one heap string is counted as read and refused, and the next file reads', async () => {
  const file = at('vlen-names.h5');
  await rejects(openFile(file), { kind: 'limit', file, detail: new RegExp(`attribute 'layer_names' of / is ${1500 * (VLEN + 1)} bytes, over the maxJsonBytes limit of 64 MiB`) });
  // Each entry under the attribute limit, the file's attribute bytes in all over ratio x size.
  await rejects(openFile(file, { limits: { maxJsonBytes: 2 ** 30, hdf5RatioFloorBytes: 2 ** 20 } }), {
    kind: 'limit', file, detail: /its attributes hold more than \d+ bytes \(shared variable-length strings\?\), a file of \d+ bytes yields, over the maxHdf5Ratio limit of 100/,
  });
  const ok = await openFile(path.join(fx, 'weights', 'classifier_legacy.h5'));
  const w = ok.artifact!.layers.find((l) => l.weights.length)!.weights[0];
  assert.equal((await ok.artifact!.read(w!)).length, w!.shape.reduce((a, b) => a * b, 1));
  await ok.artifact!.close();
});

test('hard links fanning out 16 wide and 40 deep are refused as a graph that repeats objects, not walked', async () => {
  const file = at('fan-out.weights.h5');
  // Before each group's address was checked this walked until the timeout (16^40 paths).
  await rejects(openFile(file, { limits: { timeoutMs: 30_000 } }), {
    kind: 'corrupt', file, detail: /its hard links reach one group by two paths \("\/fan\/level0\/l0\/.*" and "\/fan\/level0\/l0\/.*l1"\): the links form a graph that repeats objects/,
    hint: /Keras never links one group into two places/,
  });
});

test('the paths a walk holds are bounded in all (long names under hard links multiply), by maxJsonBytes', async () => {
  const file = path.join(fx, 'weights', 'classifier.weights.h5');
  await rejects(openFile(file, { limits: { maxJsonBytes: 200 } }), { kind: 'limit', file, detail: /^its group and dataset paths add up to more than 200 characters, over the maxJsonBytes limit of 200 bytes$/ });
});

test('weights stored as compound, vlen, reference, enum or float128 data are an error finding naming the type, layer and weight', async () => {
  const definition = await denseDefinition();
  for (const kind of ['compound', 'vlen', 'reference', 'enum', 'float128']) {
    const file = at(`dtype-${kind}.weights.h5`);
    const opened = await openFile(file);
    const report = diff(definition, opened.artifact!);
    assert.equal(report.verdict, 'incompatible', kind);
    const f = report.findings.find((x) => x.code === 'dtype-mismatch');
    assert.ok(f && f.code === 'dtype-mismatch', `${kind}: ${JSON.stringify(report.findings)}`);
    assert.equal(f.severity, 'error');
    assert.equal(f.raises, true);
    assert.equal(f.unsupported, kind);
    assert.equal(f.message, `dense/kernel (layer 'dense'): the file stores it as HDF5 ${kind} data, which Keras cannot load into a variable (it needs numbers, here float32).`);
    assert.equal(f.actual, `HDF5 ${kind}`);
    const kernel = opened.artifact!.layers[0]!.weights[0];
    await assert.rejects(opened.artifact!.read(kernel!), (err) => isInputError(err, { kind: 'unsupported-format', file, detail: new RegExp(`holds HDF5 ${kind} data, which Keras cannot load into a variable`) }));
    await opened.artifact!.close();
  }
  // The legacy loader's rule (by order) reports it the same way.
  const legacy = await openFile(at('dtype-compound.h5'));
  const report = diff(definition, legacy.artifact!);
  assert.deepEqual(report.findings.filter((x) => x.code === 'dtype-mismatch').map((x) => [x.severity, x.actual]), [['error', 'HDF5 compound']]);
  await legacy.artifact!.close();
});

test('a 2-byte opaque kernel without the bfloat16 attribute is not reported as an unsupported type', async () => {
  const opened = await openFile(at('dtype-opaque2.weights.h5'));
  const report = diff(await denseDefinition(), opened.artifact!);
  assert.deepEqual(report.findings.filter((x) => x.code === 'dtype-mismatch' && x.unsupported), []);
  await opened.artifact!.close();
});

test('a dataset compressed with a filter h5wasm lacks is refused naming the filter and how to rewrite the file', async () => {
  for (const [name, filter] of [['lzf.weights.h5', /HDF5 filter 32000 \(LZF\)/], ['unknown-filter.weights.h5', /HDF5 filter 32015 \(Zstandard\)/]] as const) {
    const file = at(name);
    const opened = await openFile(file);
    const kernel = opened.artifact!.layers[0]!.weights[0];
    await assert.rejects(opened.artifact!.read(kernel!), (err) => isInputError(err, {
      kind: 'unsupported-format', file, detail: new RegExp(`^dataset /layers/dense/vars/0 is compressed with ${filter.source}, which h5wasm, the HDF5 library weightgate runs, cannot decode$`),
      hint: /h5repack -f NONE in\.h5 out\.h5/,
    }));
    // The other weight still reads.
    assert.equal((await opened.artifact!.read(opened.artifact!.layers[0]!.weights[1]!)).length, 2);
    await opened.artifact!.close();
  }
});

test("an emscripten abort is worded as damage, never as emscripten's build advice", () => {
  assert.equal(abortReason('Aborted(). Build with -sASSERTIONS for more info.'), 'it aborted');
  assert.equal(abortReason('Aborted(native code called abort())'), 'native code called abort()');
  assert.equal(abortReason('Aborted(Assertion failed). Build with -sASSERTIONS for more info.'), 'Assertion failed');
  assert.equal(abortReason('memory access out of bounds'), 'memory access out of bounds');
});

test('a TF.js manifest listing one shard twice (or under a second name) is refused naming the shard', async (t) => {
  const folder = path.join(dir, 'tfjs-dup');
  await mkdir(folder);
  await copyFile(path.join(fx, 'tfjs', 'group1-shard1of1.bin'), path.join(folder, 'group1-shard1of1.bin'));
  const json = JSON.parse(await readFile(path.join(fx, 'tfjs', 'model.json'), 'utf8'));
  const file = path.join(folder, 'model.json');
  /** One group per list of paths; the weights stay with the first. */
  const write = (...groups: string[][]) => writeFile(file, JSON.stringify({
    ...json, weightsManifest: groups.map((paths, i) => ({ ...json.weightsManifest[0], paths, weights: i ? [] : json.weightsManifest[0].weights })),
  }));
  await write(Array.from({ length: 256 }, () => 'group1-shard1of1.bin'));
  await rejects(openFile(file), { kind: 'corrupt', file, detail: /^weightsManifest group 1 lists shard "group1-shard1of1\.bin", which the manifest lists already: TF\.js would fetch it again/, hint: /List each shard file once/ });
  await write(['group1-shard1of1.bin'], ['group1-shard1of1.bin']);
  await rejects(openFile(file), { kind: 'corrupt', file, detail: /^weightsManifest group 2 lists shard "group1-shard1of1\.bin", which the manifest lists already in weightsManifest group 1/ });
  await write(['group1-shard1of1.bin', './group1-shard1of1.bin']);
  await rejects(openFile(file), { kind: 'corrupt', file, detail: /lists shard "\.\/group1-shard1of1\.bin", which the manifest lists already \(as "group1-shard1of1\.bin"\)/ });
  try {
    await symlink('group1-shard1of1.bin', path.join(folder, 'alias.bin'));
  } catch {
    t.skip('symlinks not available here');
    return;
  }
  await write(['group1-shard1of1.bin', 'alias.bin']);
  await rejects(openFile(file), { kind: 'corrupt', file, detail: /lists shard "alias\.bin", which the manifest lists already \(as "group1-shard1of1\.bin"\)/ });
  await write(['group1-shard1of1.bin'], ['alias.bin']);
  await rejects(openFile(file), { kind: 'corrupt', file, detail: /^weightsManifest group 2 lists shard "alias\.bin", which the manifest lists already in weightsManifest group 1 \(as "group1-shard1of1\.bin"\)/ });
  await write(['group1-shard1of1.bin']);
  const ok = await openFile(file);
  assert.ok(ok.artifact!.layers.length > 0);
  await ok.artifact!.close();
});
