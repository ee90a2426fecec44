// Hostile model configs and manifests: nesting thousands deep, cycles through inbound nodes, wrong
// types everywhere, absurd and negative shapes, duplicate and hostile layer names, non-UTF-8 bytes;
// and the diff renderers keep names from files harmless. Whatever comes in, opening either works
// (the config is data) or fails with an InputError; inspect, diff and rendering never throw.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { diff } from '../src/diff/index.js';
import { openFile } from '../src/formats/open.js';
import type { OpenedFile } from '../src/model/types.js';
import { renderMarkdown, renderText } from '../src/report/index.js';
import { inspectJson, inspectText } from '../src/report/inspect.js';
import { InputError } from '../src/sources/errors.js';
import { fixtures, isInputError, privateTmp, rejects } from './helpers/hostile.js';

const { dir } = privateTmp('config');
const fx = await fixtures(dir);
const at = (name: string) => path.join(dir, name);
const weights = await openFile(path.join(fx, 'weights', 'classifier.weights.h5'));

const dense = (name: unknown, config: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  class_name: 'Dense', config: { name, units: 4, ...config }, ...extra,
});

function sequential(layers: unknown[], name = 'm'): Record<string, unknown> {
  return { class_name: 'Sequential', keras_version: '2.15.0', config: { name, layers: [{ class_name: 'InputLayer', config: { name: 'in', batch_input_shape: [null, 8] } }, ...layers] } };
}

function functional(layers: unknown[]): Record<string, unknown> {
  return { class_name: 'Functional', keras_version: '2.15.0', config: { name: 'f', layers, input_layers: [['in', 0, 0]], output_layers: [['b', 0, 0]] } };
}

/** Open `json` written to a file; whatever opens must inspect, diff both ways and render. */
async function survives(name: string, json: unknown): Promise<OpenedFile | InputError> {
  const file = at(name);
  await writeFile(file, typeof json === 'string' ? json : JSON.stringify(json));
  let opened: OpenedFile;
  try {
    opened = await openFile(file);
  } catch (err) {
    isInputError(err, { kind: ['corrupt', 'not-keras', 'limit', 'unsupported-format'], file });
    return err as InputError;
  }
  inspectText(inspectJson(opened));
  if (opened.definition) {
    const report = diff(opened.definition, weights.artifact!);
    renderText(report);
    renderMarkdown(report);
    JSON.stringify(report);
  }
  return opened;
}

test('JSON nested 5000 deep is refused by the depth limit, in a model JSON and in a TF.js model.json', async () => {
  // Written as text: JSON.stringify itself overflows the stack on this.
  const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
  const file = at('deep.json');
  await writeFile(file, `{"class_name":"Sequential","config":{"layers":[{"class_name":"Dense","config":{"name":"d","units":${deep}}}]}}`);
  await rejects(openFile(file), { kind: 'limit', file, detail: /nests JSON \d+\+? levels deep, over the maxJsonDepth limit of 256/, hint: /--limit maxJsonDepth=/ });
  const tfjs = at('deep-model.json');
  await writeFile(tfjs, `{"modelTopology":{"class_name":"Sequential","config":{"layers":[${deep}]}},"weightsManifest":[]}`);
  await rejects(openFile(tfjs), { kind: 'limit', file: tfjs, detail: /maxJsonDepth/ });
  // Raised, the same file is read (its walkers never recurse by the data's depth).
  const raised = await openFile(file, { limits: { maxJsonDepth: 10_000 } });
  assert.equal(raised.definition?.layers.length, 1);
});

test('inbound nodes that point at each other (a cycle) end quickly with the layers listed as unconnected', async () => {
  const started = Date.now();
  const opened = await survives('cycle.json', functional([
    { class_name: 'InputLayer', name: 'in', config: { name: 'in', batch_input_shape: [null, 8] }, inbound_nodes: [] },
    { ...dense('a'), name: 'a', inbound_nodes: [[['b', 0, 0, {}]]] },
    { ...dense('b'), name: 'b', inbound_nodes: [[['a', 0, 0, {}]]] },
    { ...dense('c'), name: 'c', inbound_nodes: [[['c', 0, 0, {}]], [['a', 1, 0, {}]]] },
  ]));
  assert.ok(!(opened instanceof InputError));
  assert.ok(opened.definition!.notes.some((n) => /could not be connected to the graph/.test(n)));
  assert.deepEqual(opened.definition!.layers.map((l) => l.name), ['in', 'a', 'b', 'c']);
  assert.ok(Date.now() - started < 5000);
});

test('a 20000-layer chain listed backwards is walked in linear time', async () => {
  const n = 19_999;
  const layers: unknown[] = [{ class_name: 'InputLayer', name: 'in', config: { name: 'in', batch_input_shape: [null, 4] }, inbound_nodes: [] }];
  for (let i = n - 1; i >= 0; i--) layers.push({ ...dense(`d${i}`), name: `d${i}`, inbound_nodes: [[[i === 0 ? 'in' : `d${i - 1}`, 0, 0, {}]]] });
  const started = Date.now();
  const opened = await openFile(await writeJson('backwards.json', { class_name: 'Functional', config: { name: 'f', layers, input_layers: [['in', 0, 0]], output_layers: [[`d${n - 1}`, 0, 0]] } }));
  assert.equal(opened.definition?.layers.length, n + 1);
  assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
  assert.deepEqual(opened.definition?.layers.at(-1)?.weights.map((w) => w.shape), [[4, 4], [4]]);
});

test('more layers than maxLayers (nested models included) are refused by that limit', async () => {
  const inner = { class_name: 'Sequential', config: { name: 'inner', layers: Array.from({ length: 30 }, (_, i) => dense(`i${i}`)) } };
  const file = await writeJson('many.json', sequential([inner, inner]));
  await rejects(openFile(file, { limits: { maxLayers: 50 } }), { kind: 'limit', file, detail: /at least \d+ layers, over the maxLayers limit of 50/ });
  assert.ok((await openFile(file)).definition);
});

async function writeJson(name: string, json: unknown): Promise<string> {
  await writeFile(at(name), JSON.stringify(json));
  return at(name);
}

test('wrong types everywhere are data, not crashes', async () => {
  const cases: [string, unknown][] = [
    ['layers-number', { class_name: 'Sequential', config: { layers: 5 } }],
    ['layers-string', { class_name: 'Sequential', config: { layers: 'dense' } }],
    ['layers-object', { class_name: 'Functional', config: { layers: { a: 1 }, input_layers: 3 } }],
    ['config-number', { class_name: 'Sequential', config: 42 }],
    ['config-null', { class_name: 'Model', config: null }],
    ['class-name-number', { class_name: 'Sequential', config: { layers: [{ class_name: 7, config: {} }, { class_name: 'Dense', config: 'x' }] } }],
    ['shapes-as-strings', sequential([dense('d', { batch_input_shape: '[None, 8]', units: '4' }), { class_name: 'Reshape', config: { name: 'r', target_shape: 'x' } }])],
    ['units-negative', sequential([dense('d', { units: -3 }), dense('e', { units: 0 }), dense('f', { units: 1.5 })])],
    ['kernel-size-huge', sequential([{ class_name: 'Conv1D', config: { name: 'c', filters: 2 ** 31, kernel_size: [1e12], strides: -1, padding: 7 } }])],
    ['absurd-shapes', sequential([dense('d', { batch_input_shape: [null, 2 ** 40], units: 2 ** 40 })])],
    ['negative-dims', sequential([{ class_name: 'InputLayer', config: { name: 'x', batch_input_shape: [null, -5, -1] } }, dense('d')])],
    ['rank-1e5', sequential([dense('d', { batch_input_shape: Array.from({ length: 100_000 }, () => 1) })])],
    ['names-objects', sequential([dense({ toString: 1 }), dense(['a']), dense(null), dense(123)])],
    ['inbound-garbage', functional([{ class_name: 'InputLayer', name: 'in', config: { name: 'in' }, inbound_nodes: 'x' }, { ...dense('b'), name: 'b', inbound_nodes: [[[null, 'x', {}, 5]], 7, [{ args: 'y' }]] }])],
    ['keras3-tensors', functional([{ class_name: 'Dense', name: 'b', config: { name: 'b', units: 2 }, inbound_nodes: [{ args: [{ class_name: '__keras_tensor__', config: { keras_history: [{}, -1, 'x'] } }], kwargs: 3 }] }])],
    ['dtype-objects', sequential([dense('d', { dtype: { class_name: 'DTypePolicy', config: { name: { x: 1 } } } }), dense('e', { dtype: 5 })])],
    ['nested-model-loop', sequential([{ class_name: 'Sequential', config: { name: 'm', layers: [{ class_name: 'Functional', config: { name: 'm', layers: 'm' } }] } }])],
    ['wrappers', sequential([{ class_name: 'Bidirectional', config: { name: 'b', layer: 5 } }, { class_name: 'TimeDistributed', config: { name: 't', layer: { class_name: 'TimeDistributed', config: { layer: null } } } }])],
    ['rnn-cells', sequential([{ class_name: 'RNN', config: { name: 'r', cell: [{ class_name: 'LSTMCell', config: { units: -1 } }, 'x'] } }])],
    ['top-level-array', [1, 2, 3]],
    ['top-level-string', '"model"'],
    ['keras1-list', { class_name: 'Sequential', config: [dense('a', { output_dim: -1, input_dim: 'x' }), 5, null] }],
  ];
  for (const [name, json] of cases) await survives(`${name}.json`, json);
});

test('duplicate layer names are reported as a note and diffed without crashing', async () => {
  const opened = await survives('dups.json', functional([
    { class_name: 'InputLayer', name: 'in', config: { name: 'in', batch_input_shape: [null, 8] }, inbound_nodes: [] },
    { ...dense('b'), name: 'b', inbound_nodes: [[['in', 0, 0, {}]]] },
    { ...dense('b'), name: 'b', inbound_nodes: [[['b', 0, 0, {}]]] },
  ]));
  assert.ok(!(opened instanceof InputError));
  assert.ok(opened.definition!.notes.some((n) => /two layers are named 'b'/.test(n)));
});

test('invalid UTF-8 bytes and 10k-character names are read as text', async () => {
  const file = at('bytes.json');
  const head = Buffer.from(JSON.stringify(sequential([dense('PLACEHOLDER'), dense('y'.repeat(10_000))])));
  const i = head.indexOf('PLACEHOLDER');
  await writeFile(file, Buffer.concat([head.subarray(0, i), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), head.subarray(i + 'PLACEHOLDER'.length)]));
  const opened = await openFile(file);
  assert.equal(opened.definition!.layers[0]!.name, '\ufffd\ufffd\ufffd(');
  assert.equal(opened.definition!.layers[1]!.name.length, 10_000);
  inspectText(inspectJson(opened));
});

test('NaN and ±Infinity in TF.js weights are read back as they are', async () => {
  const manifest = [{ paths: ['nan.bin'], weights: [{ name: 'd/kernel', shape: [4], dtype: 'float32' }, { name: 'd/half', shape: [2], dtype: 'float32', quantization: { dtype: 'float16' } }] }];
  const bin = Buffer.alloc(16 + 4);
  new Float32Array(bin.buffer, 0, 4).set([NaN, Infinity, -Infinity, 2]);
  bin.writeUInt16LE(0x7e00, 16); // float16 NaN
  bin.writeUInt16LE(0xfc00, 18); // float16 -Infinity
  await writeFile(at('nan.bin'), bin);
  const opened = await openFile(await writeJson('nan-model.json', manifest));
  const [kernel, half] = opened.artifact!.layers[0]!.weights;
  const k = await opened.artifact!.read(kernel!);
  assert.ok(Number.isNaN(k[0]));
  assert.deepEqual([...k].slice(1), [Infinity, -Infinity, 2]);
  const h = await opened.artifact!.read(half!);
  assert.ok(Number.isNaN(h[0]));
  assert.equal(h[1], -Infinity);
});

test('an oversized JSON file is refused by maxJsonBytes before it is read', async () => {
  const file = await writeJson('big.json', sequential([dense('d', { pad: 'x'.repeat(4096) })]));
  await rejects(openFile(file, { limits: { maxJsonBytes: 1024 } }), { kind: 'limit', file, detail: /bytes of JSON, over the maxJsonBytes limit of 1 KiB/ });
});

// A TF.js model whose layer names are hostile, with weights that disagree in shape, so every name
// shows up in findings: the Markdown and terminal renderers must keep them inert.
test('hostile layer names stay harmless in the Markdown and terminal diff reports', async () => {
  const names = [
    '<img src=x onerror=alert(1)>', '@octocat please merge', '`rm -rf /` ``x``', '**bold** _em_ ~~del~~', '[click](https://evil.example)',
    'pipe | in | name', 'new\nline', '\u001b[31mred\u001b[0m', '\u202eevil', '#123 closes', 'z'.repeat(10_000),
  ];
  const layers = names.map((n) => ({ class_name: 'Dense', config: { name: n, units: 3 } }));
  const topology = { class_name: 'Sequential', keras_version: 'tfjs-layers 4.22.0', config: { name: 'evil', layers: [{ class_name: 'InputLayer', config: { name: 'in', batch_input_shape: [null, 2] } }, ...layers] } };
  const manifest = [{ paths: ['w.bin'], weights: names.flatMap((n) => [{ name: `${n}/kernel`, shape: [5, 5], dtype: 'float32' }, { name: `${n}/bias`, shape: [5], dtype: 'float32' }]) }];
  await writeFile(at('w.bin'), Buffer.alloc(names.length * 30 * 4));
  const file = await writeJson('model.json', { format: 'layers-model', modelTopology: topology, weightsManifest: manifest });
  const opened = await openFile(file);
  const report = diff(opened.definition!, opened.artifact!);
  assert.equal(report.verdict, 'incompatible');
  const md = renderMarkdown(report);
  assert.doesNotMatch(md, /<img|<script|onerror=alert\(1\)>/, 'no HTML from names');
  assert.doesNotMatch(md, /(^|[^;])@octocat/m, 'no mention that pings');
  assert.doesNotMatch(md, /\[click\]\(https:\/\/evil/, 'no link');
  assert.doesNotMatch(md, /https:\/\/evil/, 'no autolink');
  for (const c of ['\u001b', '\u202e']) assert.ok(!md.includes(c), 'no control or bidi characters');
  assert.doesNotMatch(md, /`rm -rf/, 'no code span from a name');
  assert.doesNotMatch(md, /(^|[^;])#123/m, 'no issue reference');
  for (const row of md.split('\n').filter((l) => l.startsWith('|'))) {
    const header = md.split('\n').find((l) => l.startsWith('|') && md.indexOf(l) <= md.indexOf(row))!;
    assert.equal(row.split('|').length, header.split('|').length, `a name broke a table row: ${row.slice(0, 120)}`);
  }
  const text = renderText(report, { color: false });
  for (const c of ['\u001b', '\u202e']) assert.ok(!text.includes(c), 'no terminal escapes or bidi overrides');
  assert.doesNotMatch(text, /new\nline/, 'a newline in a name does not start a line');
  await opened.artifact!.close();
});
