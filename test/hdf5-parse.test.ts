// The parsed walk's reader of HDF5 structure (src/formats/hdf5-parse.ts): it declines whatever is
// outside h5py's default layout, stays within its bounds on damaged input, and never answers where
// the library would answer otherwise. The last is checked by mutation: bytes the parser read of
// real Keras files are changed (seeded, so every run checks the same files), and each mutant the
// parser still accepts must get, through the worker, exactly the snapshot the library's own
// reference walk gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsedWalkAgrees } from '../scripts/fuzz/run-one.js';
import { Declined, fileSource, parseStructure, type ByteSource, type StructureBounds } from '../src/formats/hdf5-parse.js';
import { prng } from '../src/engine/seeded-inputs.js';
import { KERAS_H5_PY } from './helpers/keras-h5.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-structure-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const BOUNDS: StructureBounds = { maxObjects: 100_000, maxDepth: 64, maxPathChars: 2 ** 26 };

/** The bytes as a ByteSource, recording every range read. */
function memory(bytes: Uint8Array, reads?: [number, number][]): ByteSource {
  return {
    size: bytes.length,
    view(pos, len) {
      if (pos < 0 || len < 0 || pos + len > bytes.length) throw new Declined('outside');
      reads?.push([pos, len]);
      return new DataView(bytes.buffer, bytes.byteOffset + pos, len);
    },
  };
}

function parse(bytes: Uint8Array, reads?: [number, number][]) {
  return parseStructure(memory(bytes, reads), BOUNDS);
}

function declined(bytes: Uint8Array): string | undefined {
  try {
    parse(bytes);
    return undefined;
  } catch (err) {
    if (err instanceof Declined) return err.message;
    throw err;
  }
}

const BUILD = String.raw`${KERAS_H5_PY}
with keras("default.weights.h5") as f: pass
with keras("latest.weights.h5", libver="latest") as f: pass
with keras("soft.weights.h5") as f: f["layers/dense/vars/2"] = h5py.SoftLink("/layers/dense/vars/0")
with keras("second-link.weights.h5") as f: f["layers/dense/vars/2"] = f["layers/dense/vars/0"]
with keras("enum.weights.h5") as f: f["layers/dense/vars/2"] = np.zeros(2, dtype=bool)
with keras("named-type.weights.h5") as f: f["t"] = np.dtype("<f4")
with keras("compound.weights.h5") as f: f["c"] = np.zeros(2, dtype=[("a", "<f4"), ("b", "<i2")])
with keras("vlen.weights.h5") as f: f.create_dataset("s", data=["a", "bc"], dtype=h5py.string_dtype())
with keras("unicode.weights.h5") as f: f.create_group("layers/d\u00e9nse")
with keras("many.weights.h5") as f:
    for i in range(300): f.create_group("layers/g%03d/vars" % i).create_dataset("0", data=np.zeros(2, dtype="<f4"))
with keras("chunked.weights.h5") as f: f.create_dataset("z", data=np.zeros((10, 4), "<f4"), chunks=(5, 4), compression="gzip")
`;
execFileSync(python, ['-c', BUILD, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
const built = (name: string) => new Uint8Array(readFileSync(path.join(dir, name)));

test('files in h5py\'s default layout are parsed: groups, datasets, chunks and attribute names, in the library\'s order', () => {
  const nodes = parse(built('chunked.weights.h5'));
  assert.deepEqual(nodes.map((n) => n.path), ['/', '/layers', '/layers/dense', '/layers/dense/vars', '/layers/dense/vars/0', '/layers/dense/vars/1', '/vars', '/z']);
  assert.deepEqual(nodes.find((n) => n.path === '/layers/dense/vars'), { path: '/layers/dense/vars', kind: 'group', attrNames: ['name'], children: ['0', '1'] });
  assert.deepEqual(nodes.find((n) => n.path === '/layers/dense/vars/0')?.meta, { type: 1, size: 4, signed: false, littleEndian: true, vlen: false, shape: [2, 3] });
  assert.deepEqual(nodes.find((n) => n.path === '/z')?.meta?.chunks, [5, 4]);
  // 300 groups: a B-tree of more than one level, and names in strcmp order.
  const many = parse(built('many.weights.h5'));
  const layers = many.find((n) => n.path === '/layers')?.children ?? [];
  assert.equal(layers.length, 301);
  assert.deepEqual(layers, [...layers].sort());
});

test('anything outside that layout is declined, with its reason', () => {
  const cases: [string, RegExp][] = [
    ['latest.weights.h5', /superblock version/],
    ['soft.weights.h5', /other than a hard link/],
    ['second-link.weights.h5', /several hard links/],
    ['enum.weights.h5', /datatype class 8/],
    ['named-type.weights.h5', /neither a group nor a dataset|shared/],
    ['compound.weights.h5', /datatype class 6/],
    ['vlen.weights.h5', /datatype class 9/],
    // A UTF-8 link name makes HDF5 turn the group into link messages (type 2, link info).
    ['unicode.weights.h5', /message type 2|not printable ASCII/],
  ];
  for (const [name, why] of cases) assert.match(declined(built(name)) ?? 'accepted', why, name);
  const ok = built('default.weights.h5');
  assert.equal(declined(ok), undefined);
  // Shorter than the end-of-file address the superblock records: the library calls it truncated.
  assert.match(declined(ok.subarray(0, ok.length - 1)) ?? 'accepted', /truncated/);
  assert.match(declined(new Uint8Array(256)) ?? 'accepted', /no superblock/);
});

test('a damaged length or count is declined before it is allocated or followed', () => {
  const bytes = built('default.weights.h5');
  const reads: [number, number][] = [];
  parse(bytes, reads);
  // The root's object header: its first block's size, made 3 GB.
  const root = reads.find(([, len]) => len === 16 && reads.some(([p]) => p === 0))!;
  const big = bytes.slice();
  new DataView(big.buffer).setUint32(root[0] + 8, 3 * 2 ** 30, true);
  assert.match(declined(big) ?? 'accepted', /oversized object header|past the end/);
  // A message count far beyond what the blocks hold.
  const count = bytes.slice();
  new DataView(count.buffer).setUint16(root[0] + 2, 4000, true);
  assert.match(declined(count) ?? 'accepted', /fewer messages/);
});

test('corpus files go through the file reader as through memory', () => {
  const file = path.join(SHARED, 'keras3-corpus', 'mnist_cnn.weights.h5');
  const src = fileSource(file);
  try {
    assert.deepEqual(parseStructure(src, BOUNDS), parse(new Uint8Array(readFileSync(file))));
  } finally {
    src.close();
  }
});

test('a mutant the parser accepts gets the same snapshot from the library\'s reference walk', async () => {
  const sources = [
    path.join(SHARED, 'keras3-corpus', 'mlp.weights.h5'),
    path.join(SHARED, 'keras3-corpus', 'two_input_bn.h5'),
    path.join(SHARED, 'real-models', 'dl4j-test-resources', 'examples', 'simple_lstm', 'simple_lstm_tf_keras_2_model.h5'),
    path.join(dir, 'many.weights.h5'),
  ];
  const random = prng(15);
  let accepted = 0;
  let tried = 0;
  const mismatches: string[] = [];
  for (const source of sources) {
    const original = new Uint8Array(readFileSync(source));
    const reads: [number, number][] = [];
    parse(original, reads);
    for (let i = 0; i < 40; i++) {
      const mutant = original.slice();
      // One to three bytes the parser reads, each set to a random value or one bit flipped.
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
        const [pos, len] = reads[Math.floor(random() * reads.length)]!;
        const at = pos + Math.floor(random() * len);
        mutant[at] = random() < 0.5 ? Math.floor(random() * 256) : mutant[at]! ^ (1 << Math.floor(random() * 8));
      }
      tried++;
      if (declined(mutant) !== undefined) continue;
      const file = path.join(dir, `mutant-${tried}.h5`);
      writeFileSync(file, mutant);
      const { parsed, disagreement } = await parsedWalkAgrees(file);
      if (parsed) accepted++;
      if (disagreement) mismatches.push(`${path.basename(source)} mutant ${i}: ${disagreement}`);
      rmSync(file);
    }
  }
  assert.deepEqual(mismatches, []);
  // Most mutants are declined; those left are real tests of agreement (a changed dimension, name, type...).
  assert.ok(accepted >= 10, `only ${accepted} of ${tried} mutants accepted`);
});
