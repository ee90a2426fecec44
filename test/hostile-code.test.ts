// Model code is data, never run: a Keras Lambda carrying marshalled Python bytecode that would write
// a file, TFSMLayer / TorchModuleWrapper / unknown custom classes, and a TF.js custom layer whose
// config holds JavaScript. inspect, diff and the smoke run must leave no file behind (smoke: skipped).
// Also: nothing in src/sources or src/formats fetches a URL named inside a file.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { diff } from '../src/diff/index.js';
import { openFile } from '../src/formats/open.js';
import { inspectJson, inspectText } from '../src/report/inspect.js';
import { run } from './helpers/cli.js';
import { privateTmp } from './helpers/hostile.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { dir, tmp } = privateTmp('code');
const at = (name: string) => path.join(dir, name);
const token = randomBytes(6).toString('hex');
/** Where each payload would write, if anything ever ran it. */
const targets = [`/tmp/pwned-${token}`, path.join(tmp, `pwned-${token}`), at(`pwned-${token}`)];
const noneWritten = (when: string) => {
  for (const t of targets) assert.equal(existsSync(t), false, `${t} exists after ${when}`);
};

// `lambda x, p='/tmp/pwned': (open(p, 'w').write('pwned'), x)[1]`, marshalled by CPython 3.11 and
// base64'd the way Keras' func_dump does; the path comes from `defaults`, set per run below.
const BYTECODE = '4wIAAAAAAAAAAAAAAAQAAAADAAAA81gAAACXAHQBAAAAAAAAAAAAAHwBZAGmAgAAqwIAAAAAAAAAAKABAAAAAAAAAAAAAAAAAAAAAAAAAABkAqYBAACrAQAAAAAAAAAAfABmAmQDGQAAAAAAAAAAAFMAKQRO2gF32gVwd25lZOkBAAAAKQLaBG9wZW7aBXdyaXRlKQLaAXjaAXBzAgAAACAg+gg8c3RyaW5nPvoIPGxhbWJkYT5yCgAAAAMAAABzJgAAAIAAnXSgQaBzmXycfNcfMdIfMbAn0R861B86uEHQHj64cdQeQYAA8wAAAAA=';

const kerasLayer = (cls: string, config: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  module: 'keras.layers', class_name: cls, config: { trainable: true, dtype: 'float32', ...config }, registered_name: null, ...extra,
});

function keras3Config(): Record<string, unknown> {
  return {
    module: 'keras', class_name: 'Sequential', registered_name: null,
    config: {
      name: 'payload', layers: [
        kerasLayer('InputLayer', { name: 'in', batch_shape: [null, 8] }),
        kerasLayer('Dense', { name: 'd1', units: 2 }, { build_config: { input_shape: [null, 8] } }),
        kerasLayer('Lambda', {
          name: 'evil', function: { module: 'builtins', class_name: '__lambda__', config: { code: BYTECODE, defaults: [targets[0]], closure: null }, registered_name: 'function' },
          output_shape: null, arguments: {},
        }),
        kerasLayer('Lambda', { name: 'evil_k2', function: [BYTECODE, [targets[1]], null], function_type: 'lambda', module: '__main__' }),
        kerasLayer('TFSMLayer', { name: 'saved', filepath: targets[2], call_endpoint: 'serve' }),
        kerasLayer('TorchModuleWrapper', { name: 'torch', module: `gASVKAAAAAAAAACMAm9zlIwGc3lzdGVtlJOUjAp0b3VjaCAke3RhcmdldH2UhZRSlC4=` }),
        { module: 'evil_package.layers', class_name: 'Backdoor', config: { name: 'custom', cmd: `touch ${targets[0]}` }, registered_name: 'Custom>Backdoor' },
        kerasLayer('Dense', { name: 'd2', units: 2 }),
      ],
    },
  };
}

/** A TF.js layers model with a custom class whose config carries JavaScript, and real Dense weights. */
async function tfjsModel(): Promise<string> {
  const layers = [
    { class_name: 'Dense', config: { name: 'd1', units: 2, batch_input_shape: [null, 8], use_bias: true } },
    { class_name: 'EvalLayer', config: { name: 'js', code: `require('fs').writeFileSync(${JSON.stringify(targets[1])}, 'pwned')`, fn: `(() => { process.exit(3) })()` } },
    { class_name: 'Dense', config: { name: 'd2', units: 2, use_bias: true } },
  ];
  const weights = [
    { name: 'd1/kernel', shape: [8, 2], dtype: 'float32' }, { name: 'd1/bias', shape: [2], dtype: 'float32' },
    { name: 'd2/kernel', shape: [2, 2], dtype: 'float32' }, { name: 'd2/bias', shape: [2], dtype: 'float32' },
  ];
  await writeFile(at('w.bin'), Buffer.alloc((16 + 2 + 4 + 2) * 4));
  const file = at('model.json');
  await writeFile(file, JSON.stringify({
    format: 'layers-model', generatedBy: 'TensorFlow.js tfjs-layers v4.22.0',
    modelTopology: { class_name: 'Sequential', keras_version: 'tfjs-layers 4.22.0', config: { name: 'js_payload', layers } },
    weightsManifest: [{ paths: ['w.bin'], weights }],
  }));
  return file;
}

/** The engine, when it exists in this checkout (another issue builds it). */
async function engine(): Promise<typeof import('../src/engine/index.js') | undefined> {
  if (!existsSync(path.join(ROOT, 'src', 'engine', 'index.ts'))) return undefined;
  return import('../src/engine/index.js');
}

after(() => {
  for (const t of targets) assert.equal(existsSync(t), false, `${t} exists at the end`);
});

test('a Keras config full of code (Lambda bytecode, TFSMLayer, TorchModuleWrapper, a custom class) is only read', async (t) => {
  const file = at('payload.json');
  await writeFile(file, JSON.stringify(keras3Config()));
  const opened = await openFile(file);
  noneWritten('open');
  const def = opened.definition!;
  const byName = new Map(def.layers.map((l) => [l.name, l]));
  for (const name of ['evil', 'evil_k2', 'saved', 'torch', 'custom']) assert.equal(byName.get(name)?.carriesCode, true, `${name} is flagged as carrying code`);
  inspectText(inspectJson(opened));
  noneWritten('inspect');

  const tfjs = await openFile(await tfjsModel());
  const report = diff(def, tfjs.artifact!);
  JSON.stringify(report);
  noneWritten('diff');

  const e = await engine();
  if (!e) {
    t.diagnostic('src/engine is absent: smoke run not exercised');
    return;
  }
  const smoke = await e.runSmoke(def, tfjs.artifact!, e.assignmentsFromDiff(def, report), { engine: 'cpu' });
  assert.equal(smoke.status, 'skipped', smoke.reason);
  assert.match(smoke.reason ?? '', /never|not executed|code/i);
  noneWritten('smoke');
  await tfjs.artifact!.close();
});

test('a TF.js custom layer with JavaScript in its config is data: inspect, diff and smoke run none of it', async (t) => {
  const opened = await openFile(await tfjsModel());
  const js = opened.definition!.layers.find((l) => l.name === 'js')!;
  assert.equal(js.status, 'unknown-class');
  inspectText(inspectJson(opened));
  const report = diff(opened.definition!, opened.artifact!);
  noneWritten('diff');
  const e = await engine();
  if (e) {
    const smoke = await e.runSmoke(opened.definition!, opened.artifact!, e.assignmentsFromDiff(opened.definition!, report), { engine: 'cpu' });
    assert.equal(smoke.status, 'skipped', smoke.reason);
  } else t.diagnostic('src/engine is absent: smoke run not exercised');
  noneWritten('smoke');
  await opened.artifact!.close();
});

test('the CLI inspects and diffs the payloads without running them', async () => {
  const file = at('payload-cli.json');
  await writeFile(file, JSON.stringify(keras3Config()));
  const model = await tfjsModel();
  for (const args of [['inspect', file, model], ['diff', file, model], ['diff', model]]) {
    // In-process, as bin.ts runs it (TMPDIR is this file's private folder, see privateTmp).
    const r = await run(...args);
    assert.ok(r.code === 0 || r.code === 1, `${args.join(' ')}: exit ${r.code}\n${r.err}`);
    noneWritten(args.join(' '));
  }
});

test('a config with __proto__ keys pollutes nothing', async () => {
  const file = at('proto.json');
  await writeFile(file, '{"class_name":"Sequential","__proto__":{"polluted":1},"config":{"__proto__":{"polluted":2},"layers":[{"class_name":"Dense","__proto__":{"polluted":3},"config":{"name":"d","units":2,"__proto__":{"polluted":4}}}]}}');
  const opened = await openFile(file);
  diff(opened.definition!, (await openFile(await tfjsModel())).artifact!);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
});

test('no reader fetches a URL: src/sources and src/formats import no network module, only the download modules do, and only src/check uses them', () => {
  const net = /from ['"](node:)?(https?|net|tls|http2|dgram|undici|dns)['"]|\bfetch\(|XMLHttpRequest|WebSocket/;
  // URLs from the user's config, never from a model file: remote.ts resolves them, download.ts fetches, address-guard.ts vets.
  const downloads = ['remote.ts', 'download.ts', 'address-guard.ts'].map((f) => path.join('sources', f));
  const readers = ['sources', 'formats'].flatMap((d) => readdirSync(path.join(ROOT, 'src', d)).map((f) => path.join('src', d, f)));
  for (const f of readers) {
    if (downloads.some((d) => f.endsWith(d))) continue;
    assert.doesNotMatch(readFileSync(path.join(ROOT, f), 'utf8'), net, `${f} can reach the network`);
  }
  const users = readdirSync(path.join(ROOT, 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))
    .filter((f) => /from ['"][./]*(sources\/)?(remote|download|address-guard)\.js['"]/.test(readFileSync(path.join(ROOT, 'src', f), 'utf8')));
  for (const f of users) {
    const inDownloads = downloads.some((d) => f === d);
    assert.ok(inDownloads || (!f.startsWith('formats') && !f.startsWith('model') && !f.startsWith('sources')), `${f} imports the download modules`);
  }
});

test('URLs named inside model files are refused without a request', async () => {
  const realFetch = globalThis.fetch;
  let calls = 0;
  globalThis.fetch = () => {
    calls++;
    return Promise.reject(new Error('no network in this test'));
  };
  try {
    await writeFile(at('url-model.json'), JSON.stringify({ modelTopology: { class_name: 'Sequential', config: { layers: [] } }, weightsManifest: [{ paths: ['https://example.com/w.bin'], weights: [] }] }));
    await assert.rejects(openFile(at('url-model.json')), /a URL; weightgate checks the files in the repository and never downloads/);
    await writeFile(at('url.weights.json'), JSON.stringify({ weight_map: { 'layers/dense/vars/0': 'https://example.com/x_00000.weights.h5' } }));
    await assert.rejects(openFile(at('url.weights.json')), /never downloads/);
    assert.equal(calls, 0);
  } finally {
    globalThis.fetch = realFetch;
  }
  assert.ok(os.tmpdir());
});
