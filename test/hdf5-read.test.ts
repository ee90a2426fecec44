// Weight reads from the HDF5 worker: datasets larger than one slice come back exactly, with and
// without staging buffers, and staging buffers are reused rather than multiplied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import h5wasm from 'h5wasm/node';
import { openFile } from '../src/formats/open.js';
import { Staging } from '../src/sources/staging.js';
import type { ArtifactModel, SavedVariable } from '../src/model/types.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-read-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
await h5wasm.ready;

/** Distinct, exactly representable values: position i holds i / 4 (mod 2^22) with alternating sign. */
function pattern(n: number, seed: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = (((i + seed) % 4194304) / 4) * (i % 2 ? -1 : 1);
  return a;
}

const SHAPES: Record<string, number[]> = {
  // 9.2 MB: more than one 8 MB slice, and 70001 rows is no multiple of the rows per slice.
  tall: [70001, 33],
  // One row of 8.8 MB: a slice cannot hold a whole row, so the buffer grows to one row.
  wide: [2, 1_100_001],
  // 12 MB in one dimension.
  long: [3_000_001],
  scalar: [],
  // 9.2 MB, gzip-compressed in chunks of 1536 rows (no multiple of the rows per slice).
  gzipped: [70001, 33],
};

const CHUNKED: Record<string, { chunks: number[]; compression: 'gzip' }> = { gzipped: { chunks: [1536, 33], compression: 'gzip' } };

function writeFile(): string {
  const file = path.join(dir, 'big.weights.h5');
  const f = new h5wasm.File(file, 'w');
  f.create_group('layers');
  Object.entries(SHAPES).forEach(([name, shape], i) => {
    f.create_group(`layers/${name}`);
    const vars = f.create_group(`layers/${name}/vars`);
    vars.create_attribute('name', name);
    const n = shape.reduce((a, b) => a * b, 1);
    vars.create_dataset({ name: '0', data: pattern(n, i), shape, dtype: '<f', ...CHUNKED[name] });
  });
  f.create_group('vars');
  f.close();
  return file;
}

const file = writeFile();

async function withArtifact(fn: (a: ArtifactModel, byName: Record<string, SavedVariable>) => Promise<void>): Promise<void> {
  const a = (await openFile(file)).artifact!;
  try {
    await fn(a, Object.fromEntries(a.layers.map((l) => [l.name, l.weights[0]!])));
  } finally {
    await a.close();
  }
}

test('datasets larger than a read slice, rows wider than a slice, 1-D, scalar and compressed ones read back exactly', async () => {
  await withArtifact(async (a, byName) => {
    for (const [name, shape] of Object.entries(SHAPES)) {
      const expected = pattern(shape.reduce((x, y) => x * y, 1), Object.keys(SHAPES).indexOf(name));
      const plain = await a.read(byName[name]!);
      assert.ok(plain instanceof Float32Array);
      assert.deepEqual(plain, expected, `${name} read whole`);
      const staging = new Staging();
      const staged = await a.read(byName[name]!, { staging });
      assert.ok(staged.buffer instanceof SharedArrayBuffer, `${name}: staged values sit in a lent shared buffer`);
      assert.deepEqual(staged, expected, `${name} read into staging`);
    }
  });
});

test('a staging buffer given back is lent again for the next value that fits, not reallocated', async () => {
  await withArtifact(async (a, byName) => {
    const staging = new Staging();
    const first = await a.read(byName.tall!, { staging });
    const held = staging.bytes;
    staging.release(first);
    const second = await a.read(byName.long!, { staging });
    assert.equal(staging.bytes, Math.max(held, 12_000_004), 'one buffer, grown only when a value needs more');
    staging.release(second);
    const third = await a.read(byName.tall!, { staging });
    assert.equal(third.buffer, second.buffer, 'the released buffer is reused');
    // Something the pool never lent (a decoded copy) is ignored, and so is a second release.
    staging.release(new Float32Array(4));
    staging.release(third);
    staging.release(third);
    assert.equal(staging.acquire(1), third.buffer);
    assert.notEqual(staging.acquire(1), third.buffer, 'a buffer is lent to one holder at a time');
  });
});

test('half-precision values are decoded out of the staging buffer, which goes straight back', async () => {
  const a = (await openFile(path.resolve(import.meta.dirname, '..', 'fixtures', 'dtypes', 'dtypes.weights.h5'))).artifact!;
  try {
    for (const w of a.layers.flatMap((l) => l.weights)) {
      const staging = new Staging();
      const staged = await a.read(w, { staging });
      assert.deepEqual(staged, await a.read(w), `${w.path} (${w.dtype}) reads the same either way`);
      if (w.dtype === 'float16' || w.dtype === 'bfloat16') {
        assert.ok(!(staged.buffer instanceof SharedArrayBuffer));
        const again = staging.acquire(1);
        assert.equal(staging.bytes, again.byteLength, 'the raw half-precision buffer was released and is lent again');
      }
    }
  } finally {
    await a.close();
  }
});
