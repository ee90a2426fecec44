// The Limits object: one place, a reason per number, each limit configurable through
// openFile(file, { limits }) and named with its value and how to raise it when hit. (Hitting each
// limit with a hostile input is in the other hostile-*.test.ts files; the rest is here.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { openFile } from '../src/formats/open.js';
import { DEFAULT_LIMITS, formatLimit, parseLimitOption, resolveLimits, type Limits } from '../src/sources/limits.js';
import { fixtures, isInputError, kerasOf, privateTmp, rejects } from './helpers/hostile.js';

const { dir } = privateTmp('limits');
const fx = await fixtures(dir);
const at = (name: string) => path.join(dir, name);

test('every default carries a one-line reason in limits.ts, Keras saving_lib style', () => {
  const source = readFileSync(path.resolve(import.meta.dirname, '..', 'src', 'sources', 'limits.ts'), 'utf8');
  const block = source.slice(source.indexOf('export const DEFAULT_LIMITS'), source.indexOf('});', source.indexOf('export const DEFAULT_LIMITS')));
  const lines = block.split('\n');
  for (const key of Object.keys(DEFAULT_LIMITS)) {
    const i = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
    assert.ok(i > 0, `${key} is in DEFAULT_LIMITS`);
    assert.match(lines[i - 1]!, /^\s*\/\/ \S/, `${key} has a comment saying why`);
  }
  assert.ok(Object.isFrozen(DEFAULT_LIMITS));
});

test('the one-argument call keeps the defaults; overrides are validated', async () => {
  const opened = await openFile(path.join(fx, 'weights', 'classifier.weights.h5'));
  await opened.artifact?.close();
  assert.deepEqual(resolveLimits(), { ...DEFAULT_LIMITS });
  assert.equal(resolveLimits({ maxLayers: 5 }).maxLayers, 5);
  assert.equal(resolveLimits({ timeoutMs: Infinity }).timeoutMs, Infinity);
  assert.throws(() => resolveLimits({ maxLayers: -1 }), /positive/);
  assert.throws(() => resolveLimits({ maxLayers: Number.NaN }), /positive/);
  assert.throws(() => resolveLimits({ bogus: 1 } as Partial<Limits>), /unknown limit 'bogus'/);
});

test('--limit NAME=VALUE parses units, and refuses what it cannot read', () => {
  assert.deepEqual(parseLimitOption('maxFileBytes=2GiB'), { maxFileBytes: 2 * 2 ** 30 });
  assert.deepEqual(parseLimitOption('maxJsonBytes=500MB'), { maxJsonBytes: 500e6 });
  assert.deepEqual(parseLimitOption('timeoutMs=90s'), { timeoutMs: 90_000 });
  assert.deepEqual(parseLimitOption('timeoutMs=2min'), { timeoutMs: 120_000 });
  assert.deepEqual(parseLimitOption(' maxLayers = 50000 '), { maxLayers: 50_000 });
  assert.deepEqual(parseLimitOption('maxDecompressedBytes=off'), { maxDecompressedBytes: Infinity });
  assert.throws(() => parseLimitOption('maxLayers'), /NAME=VALUE/);
  assert.throws(() => parseLimitOption('maxLayer=5'), /unknown limit 'maxLayer'/);
  assert.throws(() => parseLimitOption('maxLayers=lots'), /cannot read 'lots'/);
  assert.throws(() => parseLimitOption('maxLayers=0'), /positive/);
});

test('values are shown the way people read them', () => {
  assert.equal(formatLimit('maxFileBytes', DEFAULT_LIMITS.maxFileBytes), '32 GiB');
  assert.equal(formatLimit('maxJsonBytes', 1000), '1000 bytes');
  assert.equal(formatLimit('timeoutMs', 60_000), '60 s');
  assert.equal(formatLimit('timeoutMs', 1500), '1500 ms');
  assert.equal(formatLimit('maxLayers', 20_000), '20000');
  assert.equal(formatLimit('maxLayers', Infinity), 'unlimited');
});

test('maxFileBytes refuses a file by its size before reading it, whatever its kind', async () => {
  for (const f of [path.join(fx, 'weights', 'classifier_legacy.h5'), path.join(fx, 'models', 'classifier.json'), await kerasOf(fx, at('m.keras'))]) {
    await rejects(openFile(f, { limits: { maxFileBytes: 100 } }), { kind: 'limit', file: f, detail: /^the file is \d+ bytes, over the maxFileBytes limit of 100 bytes$/, hint: /--limit maxFileBytes=/ });
  }
});

test('TF.js weights obey the variable and model element limits on read', async () => {
  const file = path.join(fx, 'tfjs', 'model.json');
  const opened = await openFile(file, { limits: { maxVariableElements: 100 } });
  const [kernel] = opened.artifact!.layers.find((l) => l.name === 'dense')!.weights;
  await assert.rejects(opened.artifact!.read(kernel!), (err) => isInputError(err, { kind: 'limit', file, detail: /has 320 elements, over the maxVariableElements limit of 100/ }));
  const small = opened.artifact!.layers[0]!.weights[1];
  assert.equal((await opened.artifact!.read(small!)).length, 4);
});

test('a zip member extraction that takes too long is stopped by timeoutMs', async () => {
  const big = at('slow.keras');
  await kerasOf(fx, big, (m) => m.map((x) => (x.name === 'model.weights.h5' ? { ...x, method: 8, data: Buffer.concat([x.data!, Buffer.alloc(48 * 2 ** 20)]) } : x)));
  await rejects(openFile(big, { limits: { timeoutMs: 1 } }), { kind: 'limit', file: big, detail: /timeoutMs limit of 1 ms/ });
});

test('an input error for a limit says which, its value, and how to raise it', async () => {
  const file = at('limit-message.json');
  await writeFile(file, JSON.stringify({ class_name: 'Sequential', config: { layers: [{ class_name: 'Dense', config: { name: 'a', units: 1 } }, { class_name: 'Dense', config: { name: 'b', units: 1 } }] } }));
  await assert.rejects(openFile(file, { limits: { maxLayers: 1 } }), (err: Error) => {
    assert.equal(err.message, `${file}: the model config has at least 2 layers, over the maxLayers limit of 1\n  → If the file is genuine, raise the limit: \`--limit maxLayers=100000\` (or \`limits: { maxLayers: … }\` in weightgate.yml).`);
    return true;
  });
});
