// dtypes and attribute encodings h5wasm cannot write, from files h5py wrote (scripts/make-dtype-fixtures.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openFile } from '../src/formats/open.js';

const fx = (...p: string[]) => path.resolve(import.meta.dirname, '..', 'fixtures', ...p);

test('bfloat16 (2-byte opaque + dtype attr), float16, float64, int8, int64, bool are typed and decoded', async () => {
  const a = (await openFile(fx('dtypes', 'dtypes.weights.h5'))).artifact!;
  try {
    const byName = Object.fromEntries(a.layers.map((l) => [l.name, l]));
    const bf = byName.bf16_dense!.weights;
    assert.deepEqual(bf.map((w) => [w.dtype, w.shape]), [['bfloat16', [2, 3]], ['bfloat16', [3]]]);
    assert.deepEqual(Array.from(await a.read(bf[0]!) as Float32Array), [1, -2, 0.5, 3.140625, 0, -0.25]);
    const f16 = byName.f16_dense!.weights;
    assert.equal(f16[0]!.dtype, 'float16');
    assert.deepEqual(Array.from(await a.read(f16[0]!) as Float32Array).map((x) => Object.is(x, -0) ? 0 : Math.round(x * 1e4) / 1e4), [0.5, -1.5, 2, 65504, 0.001, 0]);
    assert.equal(byName.f64_dense!.weights[0]!.dtype, 'float64');
    assert.equal(byName['dénse_é']!.weights[0]!.dtype, 'int8', 'UTF-8 layer name recorded on vars@name reads back intact');
    assert.deepEqual(byName.stats!.weights.map((w) => w.dtype), ['float32', 'float32', 'int64']);
    assert.deepEqual(Array.from(await a.read(byName.stats!.weights[2]!) as BigInt64Array), [12n]);
    assert.equal(byName.flags!.weights[0]!.dtype, 'bool');
    assert.deepEqual(Array.from(await a.read(byName.flags!.weights[0]!) as Uint8Array), [1, 0, 1]);
    assert.equal(a.optimizer.length, 1);
  } finally {
    await a.close();
  }
});

test('layer_names split into fixed-length chunks (layer_names0, layer_names1) are joined in order', async () => {
  const a = (await openFile(fx('dtypes', 'legacy_chunked.h5'))).artifact!;
  try {
    assert.equal(a.layers.length, 700);
    assert.equal(a.layers[0]!.name, `dense_0000_${'x'.repeat(88)}`);
    assert.equal(a.layers[1]!.name, 'dénse_é', 'UTF-8 bytes in ASCII-marked fixed strings are repaired');
    assert.equal(a.layers[699]!.name, `dense_0699_${'x'.repeat(88)}`);
    assert.deepEqual(a.layers.filter((l) => l.weights.length).map((l) => l.position), [0, 300, 600]);
    assert.equal(a.generation, 2);
  } finally {
    await a.close();
  }
});
