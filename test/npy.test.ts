import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { parseNpy, readArrays, readNpy, readNpz } from '../src/sources/npy.js';
import { InputError } from '../src/sources/errors.js';
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

/** A minimal zip (stored or deflated members), enough for np.savez-style archives. */
function zip(members: Record<string, Uint8Array>, deflate = false): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(members)) {
    const data = deflate ? zlib.deflateRawSync(content) : Buffer.from(content);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(members).length, 8);
  eocd.writeUInt16LE(Object.keys(members).length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
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
