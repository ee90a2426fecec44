import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { deflatedZeros, writeZip } from '../scripts/fuzz/zip-write.js';
import { arraysByteBound, ARRAY_BYTES_FLOOR, DEFAULT_ARRAY_BYTES, parseNpy, readArrays, readNpy, readNpz } from '../src/formats/npy.js';
import { isInputError } from './helpers/hostile.js';
import { InputError } from '../src/sources/errors.js';
import { DEFAULT_LIMITS } from '../src/sources/limits.js';
import { SKIP_SHARED, shared } from './helpers/shared.js';

/** An .npy file as numpy writes it: magic, version, padded header dict, raw data. */
function npy(descr: string, shape: number[], data: Uint8Array, opts: { version?: 1 | 2 | 3; fortran?: boolean } = {}): Uint8Array {
  const version = opts.version ?? 1;
  const dict = `{'descr': '${descr}', 'fortran_order': ${opts.fortran ? 'True' : 'False'}, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const pre = version === 1 ? 10 : 12;
  const total = Math.ceil((pre + dict.length + 1) / 64) * 64;
  const header = dict.padEnd(total - pre - 1, ' ') + '\n';
  const out = new Uint8Array(total + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, header.length, true);
  else view.setUint32(8, header.length, true);
  out.set(new TextEncoder().encode(header), pre);
  out.set(data, total);
  return out;
}

const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** An np.savez-style archive (stored or deflated members). */
function zip(members: Record<string, Uint8Array>, deflate = false): Uint8Array {
  return writeZip(Object.entries(members).map(([name, data]) => ({ name, data, method: deflate ? 8 : 0 })));
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-npy-'));
after(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('npy reader', () => {
  test('reads every supported dtype with its values', () => {
    const cases: [string, ArrayBufferView, string][] = [
      ['<f4', new Float32Array([1.5, -2, 3.25]), 'float32'],
      ['<f8', new Float64Array([1e-300, 2, -3]), 'float64'],
      ['<i4', new Int32Array([-7, 0, 2147483647]), 'int32'],
      ['<i8', new BigInt64Array([-1n, 2n, 3n]), 'int64'],
      ['|u1', new Uint8Array([0, 128, 255]), 'uint8'],
      ['|b1', new Uint8Array([1, 0, 1]), 'bool'],
    ];
    for (const [descr, data, dtype] of cases) {
      const a = parseNpy(npy(descr, [3], bytes(data)), descr);
      assert.equal(a.dtype, dtype, descr);
      assert.deepEqual(a.shape, [3]);
      assert.deepEqual(Array.from(a.data as ArrayLike<unknown>), Array.from(data as unknown as ArrayLike<unknown>), descr);
    }
  });

  test('decodes float16 to float32 values and keeps the stored dtype', () => {
    const half = new Uint16Array([0x3c00, 0xc000, 0x7bff, 0x0001]);
    const a = parseNpy(npy('<f2', [2, 2], bytes(half)), 'half');
    assert.equal(a.dtype, 'float16');
    assert.ok(a.data instanceof Float32Array);
    assert.deepEqual(Array.from(a.data), [1, -2, 65504, 2 ** -24]);
  });

  test('reads format 2.0 and 3.0 headers, scalars and multi-dimensional shapes', () => {
    const v2 = parseNpy(npy('<f4', [2, 3], bytes(new Float32Array([1, 2, 3, 4, 5, 6])), { version: 2 }), 'v2');
    assert.deepEqual(v2.shape, [2, 3]);
    assert.equal((v2.data as Float32Array)[5], 6);
    const v3 = parseNpy(npy('<i4', [], bytes(new Int32Array([42])), { version: 3 }), 'v3');
    assert.deepEqual(v3.shape, []);
    assert.deepEqual(Array.from(v3.data as Int32Array), [42]);
  });

  test('data at an unaligned offset is copied, never a view of a pooled buffer', async () => {
    const p = file('pooled.npy', npy('<f4', [2, 2], bytes(new Float32Array([1, 2, 3, 4]))));
    const a = await readNpy(p);
    assert.equal(a.data.length, 4);
    assert.equal(a.data.buffer.byteLength, 16);
  });

  test('refuses Fortran order, big-endian, structured dtypes, short and long data, bad magic', () => {
    const f4 = bytes(new Float32Array([1, 2, 3, 4]));
    assert.throws(() => parseNpy(npy('<f4', [2, 2], f4, { fortran: true }), 'f'), /Fortran \(column-major\) order.*ascontiguousarray/s);
    assert.throws(() => parseNpy(npy('>f4', [4], f4), 'be'), /big-endian/);
    assert.throws(() => parseNpy(npy('<c8', [2], f4), 'c8'), /dtype '<c8' is not supported/);
    assert.throws(() => parseNpy(npy("[('a', '<f4')]", [2], f4), 's'), InputError);
    assert.throws(() => parseNpy(npy('<f4', [5], f4), 'short'), /needs 20 bytes of data but the file holds 16/);
    assert.throws(() => parseNpy(npy('<f4', [3], f4), 'long'), /4 bytes after the array data/);
    assert.throws(() => parseNpy(new Uint8Array(20), 'zeros'), /magic is missing/);
  });

  test('npz members are keyed by name, stored or deflated', async () => {
    const a = npy('<f4', [2], bytes(new Float32Array([1, 2])));
    const b = npy('<i4', [1, 3], bytes(new Int32Array([7, 8, 9])));
    for (const deflate of [false, true]) {
      const p = file(`pair-${deflate}.npz`, zip({ 'left.npy': a, 'right.npy': b }, deflate));
      const arrays = await readNpz(p);
      assert.deepEqual([...arrays.keys()], ['left', 'right']);
      assert.deepEqual(Array.from(arrays.get('right')!.data as Int32Array), [7, 8, 9]);
      assert.deepEqual((await readArrays(p)).get('left')!.shape, [2]);
    }
    await assert.rejects(readNpz(file('bad.npz', zip({ 'x.txt': a }))), /not an \.npy array/);
  });

  test('an .npz bomb (members declaring more than the bound) is refused before anything is inflated', async () => {
    // 5 members of 60 MiB of zeros each (under the ratio check's floor) in ~300 KB: before the bound,
    // each was inflated in full (and 2 MB of them made 8.5 GB).
    const big = 60 * 2 ** 20;
    const p = file('bomb.npz', writeZip(['a', 'b', 'c', 'd', 'e'].map((k) => ({ name: `${k}.npy`, compressed: deflatedZeros(big), method: 8 as const, size: big }))));
    await assert.rejects(readArrays(p), (err) => isInputError(err, { kind: 'limit', file: p, detail: new RegExp(`declare ${5 * big} bytes by "e\\.npy", more than the ${DEFAULT_ARRAY_BYTES} bytes`), hint: /numpy\.save/ }));
    // The caller's bound (from the model's shapes) is what counts.
    const x = npy('<f4', [4], bytes(new Float32Array([1, 2, 3, 4])));
    const small = file('small.npz', zip({ 'x.npy': x, 'y.npy': x }, true));
    await assert.rejects(readArrays(small, { maxBytes: x.length + 10 }), (err) => isInputError(err, { kind: 'limit', file: small, detail: /declare \d+ bytes by "y\.npy"/ }));
    assert.equal((await readArrays(small, { maxBytes: 2 * x.length })).size, 2);
    // A plain .npy larger than the bound is not read at all.
    const one = file('one.npy', x);
    await assert.rejects(readArrays(one, { maxBytes: 16 }), (err) => isInputError(err, { kind: 'limit', file: one, detail: /the array file is \d+ bytes/ }));
  });

  test('an .npz applies the zip limits: ratio, decompressed size, and the declared size while inflating', async () => {
    const big = 80 * 2 ** 20;
    const ratio = file('ratio.npz', writeZip([{ name: 'x.npy', compressed: deflatedZeros(big), method: 8, size: big }]));
    await assert.rejects(readArrays(ratio, { maxBytes: 2 ** 30 }), (err) => isInputError(err, { kind: 'limit', file: ratio, detail: /over the maxZipRatio limit/ }));
    const liar = file('liar.npz', writeZip([{ name: 'x.npy', compressed: deflatedZeros(big), method: 8, size: 4096 }]));
    await assert.rejects(readArrays(liar), (err) => isInputError(err, { kind: 'corrupt', file: liar, detail: /inflates past the 4096 bytes/, hint: /numpy\.savez/ }));
  });

  test('.npz member names: only <name>.npy, no folders, no traversal, no duplicates; checked before inflating', async () => {
    const a = npy('<f4', [1], bytes(new Float32Array([1])));
    for (const [label, name] of [['folder', 'sub/x.npy'], ['backslash', 'sub\\x.npy'], ['dir', 'sub/'], ['txt', 'x.txt']] as const) {
      const p = file(`names-${label}.npz`, zip({ 'ok.npy': a, [name]: a }));
      await assert.rejects(readArrays(p), (err) => isInputError(err, { kind: 'corrupt', file: p, detail: /not an \.npy array \(np\.savez writes only <name>\.npy members, no folders\)/ }));
    }
    const trav = file('names-trav.npz', zip({ '../x.npy': a }));
    await assert.rejects(readArrays(trav), (err) => isInputError(err, { kind: 'unsafe-path', file: trav }));
    const dup = file('names-dup.npz', writeZip([{ name: 'x.npy', data: a }, { name: 'x.npy', data: a }]));
    await assert.rejects(readArrays(dup), (err) => isInputError(err, { kind: 'corrupt', file: dup, detail: /holds "x\.npy" twice/ }));
    // A bad name after a bomb member: refused for the name, without inflating the bomb first.
    const big = 60 * 2 ** 20;
    const late = file('names-late.npz', writeZip([{ name: 'a.npy', compressed: deflatedZeros(big), method: 8, size: big }, { name: 'b/c.npy', data: a }]));
    await assert.rejects(readArrays(late, { maxBytes: 2 ** 30 }), (err) => isInputError(err, { kind: 'corrupt', file: late, detail: /"b\/c\.npy" is not an \.npy array/ }));
  });

  test('arraysByteBound: 8 bytes per element and a header per array, open dims bounded, with a floor and a ceiling', () => {
    assert.equal(arraysByteBound([[2, 3]]), ARRAY_BYTES_FLOOR);
    assert.equal(arraysByteBound([[null, 1000, 1000]], { openDim: 8 }), 8 * 1000 * 1000 * 8 + 64 * 1024);
    assert.equal(arraysByteBound([[null, 1000, 1000], [null, 10]], { openDim: 8, floorBytes: 0 }), 8 * 1000 * 1000 * 8 + 8 * 10 * 8 + 2 * 64 * 1024);
    assert.equal(arraysByteBound([[null, null, null, 3]]), 2 * 2 ** 30);
    assert.equal(arraysByteBound([[null, null, null, 3]], { limits: { ...DEFAULT_LIMITS, maxDecompressedBytes: 2 ** 30 } }), 2 ** 30);
  });

  test('a single .npy is keyed by its file stem', async () => {
    const p = file('probe.output.npy', npy('<f4', [1], bytes(new Float32Array([3]))));
    assert.deepEqual([...(await readArrays(p)).keys()], ['probe.output']);
    await assert.rejects(readArrays(path.join(dir, 'missing.npy')), /cannot be read/);
  });

  test('reads the corpus inputs and outputs numpy wrote', { skip: SKIP_SHARED }, async () => {
    const x = await readNpy(shared('keras3-corpus', 'mnist_cnn.input.npy'));
    assert.deepEqual(x.shape, [2, 28, 28, 1]);
    assert.equal(x.dtype, 'float32');
    const ids = await readNpy(shared('keras3-corpus', 'embedding_lstm.input.npy'));
    assert.equal(ids.dtype, 'int32');
    const half = await readNpy(shared('keras3-corpus', 'float16_dense.output.npy'));
    assert.equal(half.dtype, 'float16');
    assert.ok(Array.from(half.data as Float32Array).every(Number.isFinite));
    const two = await readArrays(shared('keras3-corpus', 'two_input_bn.output.npz'));
    assert.deepEqual([...two.keys()], ['class_head', 'reg_head']);
    assert.deepEqual(two.get('class_head')!.shape, [two.get('reg_head')!.shape[0], 3]);
  });
});
