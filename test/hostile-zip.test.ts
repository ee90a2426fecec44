// Hostile `.keras` archives: zip bombs (an honest but huge member, a central directory that lies),
// path traversal names, duplicates, truncation; and the extraction folder is always removed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { crc32 as writerCrc32, deflatedZeros, writeZip } from '../scripts/fuzz/zip-write.js';
import { openFile } from '../src/formats/open.js';
import { DEFAULT_LIMITS } from '../src/sources/limits.js';
import { crc32, crc32Fallback } from '../src/sources/zip.js';
import { fixtures, kerasOf, leftovers, privateTmp, rejects } from './helpers/hostile.js';

const { dir } = privateTmp('zip');
const fx = await fixtures(dir);
const at = (name: string) => path.join(dir, name);

test('a well-formed .keras opens, and close() removes its extraction folder', async () => {
  const file = await kerasOf(fx, at('ok.keras'));
  const opened = await openFile(file);
  assert.ok(opened.definition && opened.artifact);
  assert.equal(leftovers().length, 1, 'model.weights.h5 is extracted while the artifact is open');
  await opened.artifact.close();
  assert.deepEqual(leftovers(), []);
});

test('an honest but huge member (9 GiB of zeros in 9 MB) is refused before anything is inflated', async () => {
  const nine = 9 * 2 ** 30;
  const file = await kerasOf(fx, at('honest-bomb.keras'), (m) => [
    ...m.filter((x) => x.name !== 'model.weights.h5'),
    { name: 'model.weights.h5', compressed: deflatedZeros(nine), method: 8, size: nine },
  ]);
  const started = Date.now();
  await rejects(openFile(file), { kind: 'limit', file, detail: /"model\.weights\.h5" inflates to 9663676416 bytes, over the maxDecompressedBytes limit of 8 GiB/, hint: /--limit maxDecompressedBytes=/ });
  assert.ok(Date.now() - started < 5000, 'refused from the central directory, not by inflating');
  assert.deepEqual(leftovers(), []);
});

test('a member that expands 1000x above the floor is refused as a bomb by ratio', async () => {
  const size = 80 * 2 ** 20;
  const file = await kerasOf(fx, at('ratio-bomb.keras'), (m) => [
    ...m.filter((x) => x.name !== 'model.weights.h5'),
    { name: 'model.weights.h5', compressed: deflatedZeros(size), method: 8, size },
  ]);
  await rejects(openFile(file), { kind: 'limit', file, detail: /expands \d+x .*over the maxZipRatio limit of 100/, hint: /--limit maxZipRatio=/ });
  assert.deepEqual(leftovers(), []);
});

test('a central directory that lies about the size is stopped by the streaming budget', async () => {
  // Declares 4 KiB; the data inflates to 256 MiB. Every check on the directory passes.
  const file = await kerasOf(fx, at('liar.keras'), (m) => [
    ...m.filter((x) => x.name !== 'model.weights.h5'),
    { name: 'model.weights.h5', compressed: deflatedZeros(256 * 2 ** 20), method: 8, size: 4096 },
  ]);
  const started = Date.now();
  await rejects(openFile(file), { kind: 'corrupt', file, detail: /inflates past the 4096 bytes its central directory declares: refused as a zip bomb/ });
  assert.ok(Date.now() - started < 5000, 'stopped at the budget, not after inflating everything');
  assert.deepEqual(leftovers(), [], 'the partial extraction is removed');
});

test('the decompressed-size limit is configurable and named when hit', async () => {
  const file = await kerasOf(fx, at('honest-small.keras'), (m) => m.map((x) => (x.name === 'model.weights.h5' ? { ...x, method: 8 } : x)));
  const size = (await readFile(path.join(fx, 'weights', 'classifier.weights.h5'))).length;
  const config = (await readFile(path.join(fx, 'models', 'classifier.json'))).length;
  assert.ok(config < size);
  await rejects(openFile(file, { limits: { maxDecompressedBytes: config } }), {
    kind: 'limit', file, detail: new RegExp(`"model\\.weights\\.h5" inflates to ${size} bytes, over the maxDecompressedBytes limit of ${config} bytes`),
  });
  const ok = await openFile(file, { limits: { maxDecompressedBytes: size } });
  await ok.artifact?.close();
});

test('member names with ../, absolute paths or NUL are refused, and nothing is written under them', async () => {
  for (const [label, name] of [['dotdot', '../../escaped.txt'], ['abs', path.join(dir, 'absolute-escape.txt')], ['nested', 'assets/../../../x.txt'], ['nul', 'a\u0000b']] as const) {
    const file = await kerasOf(fx, at(`traversal-${label}.keras`), (m) => [...m, { name, data: Buffer.from('pwned') }]);
    await rejects(openFile(file), { kind: 'unsafe-path', file, detail: /path traversal/ });
  }
  assert.equal(existsSync(path.resolve(dir, '..', '..', 'escaped.txt')), false);
  assert.equal(existsSync(path.join(dir, 'absolute-escape.txt')), false);
  assert.deepEqual(leftovers(), []);
});

test('a member listed twice is ambiguous and refused', async () => {
  const file = await kerasOf(fx, at('dup.keras'), (m) => [...m, { ...m[1]! }]);
  await rejects(openFile(file), { kind: 'corrupt', file, detail: /holds "config\.json" twice/ });
});

test('an archive cut at many offsets is refused each time, never crashing, never leaving files', async () => {
  const whole = await readFile(await kerasOf(fx, at('whole.keras')));
  for (let i = 1; i < 24; i++) {
    const cut = Math.floor((whole.length * i) / 24);
    const file = at(`cut-${cut}.keras`);
    await writeFile(file, whole.subarray(0, cut));
    await rejects(openFile(file), { kind: ['truncated', 'corrupt', 'not-keras'], file });
  }
  assert.deepEqual(leftovers(), []);
});

test('a damaged model.weights.h5 inside a sound archive is named inside the archive, and cleaned up', async () => {
  const file = await kerasOf(fx, at('bad-member.keras'), (m) => m.map((x) => (x.name === 'model.weights.h5' ? { ...x, data: x.data!.subarray(0, 900) } : x)));
  await rejects(openFile(file), { kind: ['truncated', 'corrupt'], file, detail: /^model\.weights\.h5 inside the archive: / });
  assert.deepEqual(leftovers(), []);
});

test('a weight of model.weights.h5 that cannot be read later is named inside the archive, not as the extracted copy', async () => {
  // The kernel compressed with LZF, a filter h5wasm lacks: the open succeeds, the read fails.
  const weights = at('lzf-member.weights.h5');
  const build = 'import sys, h5py, numpy as np\nwith h5py.File(sys.argv[1], "w") as f:\n    v = f.create_group("layers/dense/vars")\n    v.create_dataset("0", data=np.zeros((3, 2), "<f4"), chunks=(3, 2), compression="lzf")\n    v["1"] = np.zeros(2, "<f4")\n';
  execFileSync(existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', ['-c', build, weights]);
  const data = await readFile(weights);
  const file = await kerasOf(fx, at('lzf-member.keras'), (m) => m.map((x) => (x.name === 'model.weights.h5' ? { ...x, data } : x)));
  const opened = await openFile(file);
  const kernel = opened.artifact!.layers.flatMap((l) => l.weights).find((w) => w.path.endsWith('vars/0'));
  await rejects(opened.artifact!.read(kernel!), { kind: 'unsupported-format', file, detail: /^model\.weights\.h5 inside the archive: dataset \/layers\/dense\/vars\/0 is compressed with HDF5 filter 32000 \(LZF\)/ });
  await opened.artifact!.close();
  assert.deepEqual(leftovers(), []);
});

test('unknown compression methods and garbage deflate data are input errors', async () => {
  const members = [{ name: 'config.json', data: Buffer.from('{"class_name":"Sequential","config":{"layers":[]}}') }];
  const odd = writeZip(members);
  odd.writeUInt16LE(12, odd.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10); // bzip2, in the central directory
  await writeFile(at('bzip2.keras'), odd);
  await rejects(openFile(at('bzip2.keras')), { kind: 'unsupported-format', file: at('bzip2.keras'), detail: /compression method 12/ });
  await writeFile(at('garbage.keras'), writeZip([{ name: 'config.json', compressed: Buffer.from('not deflate at all, just text'), method: 8, size: 100 }]));
  await rejects(openFile(at('garbage.keras')), { kind: 'corrupt', file: at('garbage.keras'), detail: /not valid deflate data/ });
});

test('an unzipped .keras folder whose members are links out of it is refused; nothing outside is read', async (t) => {
  const outside = at('outside-config.json');
  await writeFile(outside, await readFile(path.join(fx, 'models', 'classifier.json')));
  const folder = at('unzipped');
  await mkdir(folder);
  try {
    await symlink(outside, path.join(folder, 'config.json'));
  } catch {
    t.skip('symlinks not available here');
    return;
  }
  await rejects(openFile(folder), { kind: 'unsafe-path', file: folder, detail: /config\.json" is a link to .*outside-config\.json", outside the model's folder/ });
  const tfjs = at('tfjs-folder');
  await mkdir(tfjs);
  await symlink(path.join(fx, 'tfjs', 'model.json'), path.join(tfjs, 'model.json'));
  await rejects(openFile(tfjs), { kind: 'unsafe-path', file: tfjs, detail: /model\.json" is a link to/ });
});

/** The offset of the n-th (0-based) local header or central directory record in a zip. */
function recordAt(zip: Buffer, sig: number, n: number): number {
  const tag = Buffer.alloc(4);
  tag.writeUInt32LE(sig);
  let at = -1;
  for (let i = 0; i <= n; i++) at = zip.indexOf(tag, at + 1);
  return at;
}

test('a local header naming another member than the central directory is refused (as Python\'s zipfile does)', async () => {
  const file = await kerasOf(fx, at('two-names.keras'));
  const zip = await readFile(file);
  // The weights member is third: its local header says "model.weights.h6", the directory "model.weights.h5".
  const lfh = recordAt(zip, 0x04034b50, 2);
  assert.equal(zip.toString('utf8', lfh + 30, lfh + 46), 'model.weights.h5');
  zip.write('6', lfh + 45);
  await writeFile(file, zip);
  await rejects(openFile(file), {
    kind: 'corrupt', file,
    detail: /^member "model\.weights\.h5": its local header names it "model\.weights\.h6" \(the archive's local header and central directory disagree; Python's zipfile, and so Keras, refuses it\)/,
    hint: /Re-save the model with Keras/,
  });
  assert.deepEqual(leftovers(), []);
});

test('a local header whose method, sizes or CRC differ from the central directory is refused', async () => {
  const whole = await readFile(await kerasOf(fx, at('lfh.keras')));
  const cases: [string, (z: Buffer, lfh: number) => void, RegExp][] = [
    ['method', (z, lfh) => z.writeUInt16LE(8, lfh + 8), /local header says compression method 8, the central directory 0/],
    ['crc', (z, lfh) => z.writeUInt32LE(z.readUInt32LE(lfh + 14) ^ 1, lfh + 14), /local header gives CRC-32 0x[0-9a-f]{8}, the central directory 0x[0-9a-f]{8}/],
    ['size', (z, lfh) => z.writeUInt32LE(z.readUInt32LE(lfh + 22) + 1, lfh + 22), /local header gives \d+ bytes, the central directory \d+/],
  ];
  for (const [label, change, detail] of cases) {
    const zip = Buffer.from(whole);
    change(zip, recordAt(zip, 0x04034b50, 1));
    const file = at(`lfh-${label}.keras`);
    await writeFile(file, zip);
    await rejects(openFile(file), { kind: 'corrupt', file, detail });
  }
});

test('a member whose bytes fail its CRC-32 is refused, and its extraction removed', async () => {
  for (const member of ['config.json', 'model.weights.h5']) {
    const file = await kerasOf(fx, at(`crc-${member}.keras`));
    const zip = await readFile(file);
    // One byte changed in the stored data, CRCs untouched: every size and name still agrees.
    const lfh = recordAt(zip, 0x04034b50, member === 'config.json' ? 1 : 2);
    const data = lfh + 30 + zip.readUInt16LE(lfh + 26) + zip.readUInt16LE(lfh + 28);
    const at0 = member === 'config.json' ? data + zip.subarray(data).indexOf('"name"') + 2 : data + 600;
    zip[at0]! ^= 0x01;
    await writeFile(file, zip);
    await rejects(openFile(file), {
      kind: 'corrupt', file,
      detail: new RegExp(`^member "${member.replaceAll('.', '\\.')}" fails its CRC-32 check \\(the data gives 0x[0-9a-f]{8}, the archive records 0x[0-9a-f]{8}\\)`),
      hint: /Re-download it; if it is the original, re-save the model with Keras/,
    });
  }
  assert.deepEqual(leftovers(), []);
});

test('the CRC-32 fallback (for Node without zlib.crc32) agrees with zlib, across chunks', () => {
  const data = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) & 0xff));
  assert.equal(crc32Fallback(data, 0), writerCrc32(data));
  assert.equal(crc32Fallback(data.subarray(1234), crc32Fallback(data.subarray(0, 1234), 0)), writerCrc32(data));
  assert.equal(crc32(data.subarray(1234), crc32(data.subarray(0, 1234))), writerCrc32(data));
  assert.equal(crc32Fallback(Buffer.from('123456789'), 0), 0xcbf43926);
});

test('the defaults are the documented ones', () => {
  assert.equal(DEFAULT_LIMITS.maxDecompressedBytes, 8 * 2 ** 30);
  assert.equal(DEFAULT_LIMITS.maxZipRatio, 100);
});
