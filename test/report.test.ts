// Renderers: renderText (terminal) and renderMarkdown (PR comment), and the Markdown escaping under them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diff, type DiffOptions, type DiffReport } from '../src/diff/index.js';
import type { ArtifactModel, DefinitionLayer, DefinitionModel, SavedLayer, Shape } from '../src/model/types.js';
import { escapeMarkdown, renderMarkdown, renderText, sanitizeTerminal, textLines } from '../src/report/index.js';
import { capName, maxOf, moreText, nameList } from '../src/report/cap.js';
import { article, plural, withArticle } from '../src/text/grammar.js';

// ---- a minimal legacy-.h5 scenario builder ------------------------------------------------------------

type L = { name: string; cls?: string; weights?: [string, Shape][] };

function definition(layers: L[]): DefinitionModel {
  return {
    source: '/repo/models/model.json', format: 'Keras 3 model JSON', generation: 3, producer: {}, className: 'Sequential', name: 'sequential',
    inputs: [], outputs: [], config: {}, notes: [],
    layers: layers.map((l, i): DefinitionLayer => ({
      name: l.name, className: l.cls ?? 'Dense', config: {}, inbound: [], status: 'known', objectPath: `layers/x_${i}`, isOperation: false,
      variableDtype: 'float32', dtypePolicy: 'float32', outputShapes: [],
      weights: (l.weights ?? []).map(([n, shape], index) => ({ name: n, shape, dtype: 'float32', trainable: true, path: `${l.name}/${n}`, objectPath: `layers/x_${i}`, index })),
    })),
  };
}

function legacyFile(layers: L[], source = '/repo/weights/w.h5'): ArtifactModel {
  return {
    source, format: 'keras-h5-weights', formatLabel: 'Keras 3.15.1 legacy HDF5 (weights only)', generation: 3, producer: {}, optimizer: [], notes: [],
    layers: layers.map((l, position): SavedLayer => ({
      name: l.name, nameRecorded: true, path: `/${l.name}`, position,
      weights: (l.weights ?? []).map(([n, shape], index) => ({ name: `${l.name}/${n}`, path: `/${l.name}/${n}`, objectPath: l.name, index, shape: shape as number[], dtype: 'float32', byteLength: 0, locator: { kind: 'test' } })),
    })),
    read() {
      return Promise.reject(new Error('not used'));
    },
    async close() {},
  };
}

const conv1: L = { name: 'conv1', cls: 'Conv2D', weights: [['kernel', [3, 3, 1, 32]], ['bias', [32]]] };
const flat: L = { name: 'flatten', cls: 'Flatten' };
const dense = (name: string, units = 10): L => ({ name, weights: [['kernel', [5408, units]], ['bias', [units]]] });
const file = legacyFile([conv1, { name: 'pool1' }, flat, dense('dense')]);

function report(layers: L[], options?: DiffOptions, art = file): DiffReport {
  return diff(definition(layers), art, options);
}

// ---- escaping ---------------------------------------------------------------------------------

describe('escapeMarkdown', () => {
  const hostile = 'x|y `code` <img src=x onerror=alert(1)> **b** _i_ ~~s~~ [l](http://evil.example) ![i](x) @octocat #12 $\\alpha$ a\\b &amp; www.evil.example\nline2\u202egnp.exe';
  const out = escapeMarkdown(hostile);

  test('no character that Markdown, HTML or a table would act on survives', () => {
    for (const c of ['|', '`', '<', '>', '*', '_', '[', ']', '~', '$', '\n', '\r', '\\', '!']) assert.ok(!out.includes(c), `${JSON.stringify(c)} in ${out}`);
    // Every & left starts an entity we wrote.
    assert.ok(/^(?:[^&]|&(?:#\d+|amp|lt|gt|quot);)*$/.test(out), out);
  });

  test('mentions, issue references and autolinks are broken, not just encoded', () => {
    assert.ok(!/@[a-z]/i.test(out));
    assert.ok(out.includes('&#64;&#8205;octocat'));
    assert.ok(out.includes('&#35;&#8205;12'));
    assert.ok(!out.includes('://'));
    assert.ok(!/www\./.test(out));
  });

  test('newlines and bidi overrides become visible escapes', () => {
    assert.ok(out.includes('&#92;nline2'));
    assert.ok(out.includes('&#92;u202e'));
    assert.ok(!out.includes('\u202e'));
  });

  test('ordinary names read unchanged apart from underscores', () => {
    assert.equal(escapeMarkdown('dense/kernel (5408, 10)'), 'dense/kernel (5408, 10)');
    assert.equal(escapeMarkdown('conv1_renamed'), 'conv1&#95;renamed');
  });
});

// ---- Markdown ---------------------------------------------------------------------------------

describe('renderMarkdown', () => {
  test('one-line verdict, then a table per kind, then hints', () => {
    const md = renderMarkdown(report([{ ...conv1, weights: [['kernel', [3, 3, 1, 16]], ['bias', [16]]] }, { name: 'pool1' }, flat, { name: 'dense', weights: [['kernel', [2704, 10]], ['bias', [10]]] }]));
    const lines = md.split('\n');
    assert.equal(lines[0], '### ❌ weightgate: incompatible (3 errors) · <code>model.json</code> vs <code>w.h5</code>');
    assert.ok(lines.includes('#### Shape mismatch (3)'));
    const header = lines.indexOf('#### Shape mismatch (3)');
    assert.equal(lines[header + 2], '|   | Layer | Weight | Model | File | Note |');
    assert.equal(lines[header + 4], '| ❌ | conv1 | conv1/kernel | (3, 3, 1, 16) | (3, 3, 1, 32) | raises |');
    assert.ok(md.includes('#### Hints'));
    assert.ok(md.includes('**Keras raises:**'));
    assert.ok(lines.includes('> Shape mismatch in layer &#35;&#8205;0 (named conv1)for weight conv1/kernel. Weight expects shape (3, 3, 1, 16). Received saved weight with shape (3, 3, 1, 32)'));
  });

  test('a hostile layer name cannot inject Markdown, HTML, mentions or break the table', () => {
    const evil = 'evil|col\n@admin <script>x</script> `tick` [a](https://e.example) **b** #7';
    const md = renderMarkdown(report([conv1, { name: 'pool1' }, flat, dense(evil)], {}, legacyFile([conv1, { name: 'pool1' }, flat, dense('dense')])));
    assert.ok(!md.includes('<script>'));
    assert.ok(!/@admin/.test(md));
    assert.ok(!md.includes('[a]('));
    assert.ok(!md.includes('**b**'));
    assert.ok(!md.includes('`tick`'));
    assert.ok(!/#7/.test(md));
    // Every table row keeps its column count.
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    assert.ok(rows.length > 0);
    const tables = new Map<number, number>();
    for (const r of rows) {
      const cols = r.split('|').length;
      tables.set(cols, (tables.get(cols) ?? 0) + 1);
    }
    for (const r of rows.filter((x) => !x.startsWith('|---'))) assert.ok([...tables.keys()].includes(r.split('|').length));
    assert.ok(rows.every((r) => r.endsWith('|')));
    // No raw newline from the name: the name line is one line.
    assert.ok(md.includes('evil&#124;col&#92;n&#64;&#8205;admin'));
  });

  test('file names in the verdict line are escaped too', () => {
    const md = renderMarkdown(report([conv1, { name: 'pool1' }, flat, dense('dense')], {}, legacyFile([conv1, { name: 'pool1' }, flat, dense('dense')], '/x/<b>@me|x.h5')));
    assert.ok(md.split('\n')[0]!.includes('<code>&lt;b&gt;&#64;&#8205;me&#124;x.h5</code>'));
  });

  test('stays under the byte limit, degrading in stages', () => {
    const many: L[] = Array.from({ length: 300 }, (_, i) => ({ name: `layer_with_a_long_name_${i}`, weights: [['kernel', [4, 4]]] }));
    const r = report(many, {}, legacyFile([]));
    const full = renderMarkdown(r, { maxBytes: 1_000_000 });
    assert.ok(full.includes('… and 250 more.'));
    const fewer = renderMarkdown(r, { maxBytes: 3000 });
    assert.ok(Buffer.byteLength(fewer) <= 3000);
    assert.ok(fewer.includes('… and 290 more.'));
    const cut = renderMarkdown(r, { maxBytes: 1200 });
    assert.ok(Buffer.byteLength(cut) <= 1200);
    assert.ok(cut.includes('Report truncated'));
  });
});

// ---- text -------------------------------------------------------------------------------------------

describe('renderText', () => {
  test('founding scenario: verdict line, facts, one table, hint; fits one screen', () => {
    const r = report([conv1, { name: 'pool1' }, flat, dense('new_dense', 5)]);
    const lines = textLines(r);
    assert.equal(lines[0], '✖ incompatible (2 errors, 1 warning): model.json vs w.h5');
    assert.match(lines[1]!, /^ {2}loader {4}order: model\.load_weights\('w\.h5'\)$/);
    assert.ok(lines.some((l) => l.startsWith('  raises    Shape mismatch in layer #1 (named new_dense)for weight new_dense/kernel.')));
    assert.ok(lines.includes('Shape mismatch (2)'));
    assert.ok(lines.includes('Name mismatch (1)'));
    assert.ok(lines.includes('Hints'));
    assert.ok(lines.length <= 30, `${lines.length} lines`);
    assert.ok(lines.every((l) => [...l].length <= 200 || l.includes('receives the weights') || l.startsWith('  →') || l.startsWith('            ')));
    const shapeTable = lines.slice(lines.indexOf('Shape mismatch (2)') + 1, lines.indexOf('Shape mismatch (2)') + 4);
    assert.deepEqual(shapeTable, [
      '     layer      weight            model      file        note',
      '  ✖  new_dense  new_dense/kernel  (5408, 5)  (5408, 10)  raises',
      '  ✖  new_dense  new_dense/bias    (5,)       (10,)       raises',
    ]);
  });

  test('compatible: one line of verdict and the facts, nothing else', () => {
    const out = renderText(report([conv1, { name: 'pool1' }, flat, dense('dense')]));
    assert.equal(out.split('\n')[0], '✔ compatible (no findings): model.json vs w.h5');
    assert.equal(out.trimEnd().split('\n').length, 4);
  });

  test('escape sequences in names are shown, not obeyed', () => {
    const r = report([conv1, { name: 'pool1' }, flat, dense('\u001b[2J\u001b[31mred')]);
    const out = renderText(r);
    assert.ok(!out.includes('\u001b'));
    assert.ok(out.includes('\\u001b[2J'));
    assert.equal(sanitizeTerminal('a\nb\u202ec'), 'a\\nb\\u202ec');
  });

  test('ascii markers and colour are options', () => {
    const r = report([conv1, { name: 'pool1' }, flat, dense('dense', 5)]);
    assert.ok(renderText(r, { ascii: true }).startsWith('FAIL incompatible'));
    assert.ok(renderText(r, { color: true }).startsWith('\u001b[31m'));
  });

  test('allowed differences show as info with their reason', () => {
    const r = report([conv1, { name: 'pool1' }, flat, dense('new_dense', 5)], { allowMismatch: ['new_dense'] });
    const out = renderText(r);
    assert.ok(out.startsWith('✔ compatible (3 info)'));
    assert.match(out, /allowed \(allowMismatch\)/);
    assert.match(out, /expected: will be trained from scratch/);
  });
});

// ---- caps: no file can make a report unbounded ------------------------------------------------------

describe('caps on names, lines and lists (report/cap.ts)', () => {
  const huge = `dense_${'x'.repeat(40_000)}`;

  test('a 40,000-character layer name is cut with its length in every renderer', () => {
    const r = report([conv1, { name: 'pool1' }, flat, dense(huge, 12)], undefined, legacyFile([conv1, { name: 'pool1' }, flat, dense(huge)]));
    assert.ok(r.findings.length > 0);
    for (const [label, text] of [['text', renderText(r)], ['markdown', renderMarkdown(r)]] as const) {
      assert.ok(text.length < 20_000, `${label}: ${text.length} characters`);
      assert.match(text, /dense(_|&#95;)x+… \(40,006 characters\)/, label);
      for (const line of text.split('\n')) assert.ok(line.length < 3_000, `${label}: a line of ${line.length}`);
    }
  });

  test('a hint about a million layers lists ten and counts the rest', () => {
    const r = report([conv1, { name: 'pool1' }, flat, dense('dense')]);
    const layers = Array.from({ length: 1_000_000 }, (_, i) => `l${i}`);
    r.hints.push({ kind: 'transposed', layers, message: 'look here' } as unknown as DiffReport['hints'][number]);
    for (const text of [renderText(r), renderMarkdown(r)]) {
      assert.ok(text.length < 10_000, `${text.length}`);
      assert.match(text, /l0, l1, l2, l3, l4, l5, l6, l7, l8, l9, … and 999,990 more/);
    }
  });

  test('300,000 findings of one kind: every renderer groups them in linear time and shows a bounded report', { timeout: 120_000 }, () => {
    const r = report([conv1, { name: 'pool1' }, flat, dense('dense', 12)]);
    const f = r.findings.find((x) => x.code === 'shape-mismatch')!;
    for (let i = 0; i < 300_000; i++) r.findings.push({ ...f, layer: `layer_${i}` });
    for (const text of [renderText(r), renderMarkdown(r)]) {
      assert.ok(text.length < 60_000, `${text.length}`);
      assert.match(text, /… and 299,9\d\d more/);
    }
  });

  test('sanitizeTerminal caps a line; with keepNewlines it keeps line breaks and caps their number', () => {
    assert.match(sanitizeTerminal('y'.repeat(5000)), /^y{1000}… \(5,000 characters\)$/);
    const many = Array.from({ length: 100 }, (_, i) => `line ${i}\u0007`).join('\n');
    const kept = sanitizeTerminal(many, { keepNewlines: true }).split('\n');
    assert.equal(kept.length, 41);
    assert.equal(kept[0], 'line 0\\u0007');
    assert.equal(kept[40], '… and 60 more lines');
  });

  test('the cap helpers: capName, moreText, nameList, maxOf on a million values', () => {
    assert.equal(capName('abc'), 'abc');
    assert.equal(capName('a'.repeat(121)), `${'a'.repeat(120)}… (121 characters)`);
    // Never half a surrogate pair.
    assert.equal(capName(`${'a'.repeat(119)}😀😀`), `${'a'.repeat(119)}… (123 characters)`);
    assert.equal(moreText(999_990), '… and 999,990 more');
    assert.equal(moreText(1, 'layer'), '… and 1 more layer');
    assert.equal(moreText(2, 'layer'), '… and 2 more layers');
    assert.equal(nameList(['a', 'b', 'c'], 2), 'a, b, … and 1 more');
    assert.equal(maxOf(Array.from({ length: 1_000_000 }, (_, i) => i), 0), 999_999);
  });
});

// ---- grammar ----------------------------------------------------------------------------------------

describe('grammar (diff/grammar.ts)', () => {
  test('counted nouns', () => {
    assert.equal(plural(1, 'error'), '1 error');
    assert.equal(plural(2, 'error'), '2 errors');
    assert.equal(plural(0, 'model'), '0 models');
    assert.equal(plural(1, 'warning'), '1 warning');
    assert.equal(plural(3, 'hint'), '3 hints');
    assert.equal(plural(2, 'match'), '2 matches');
    assert.equal(plural(2, 'dependency'), '2 dependencies');
    assert.equal(plural(2, 'day'), '2 days');
  });

  test('articles by sound, acronyms spelt out', () => {
    const cases: [string, 'a' | 'an'][] = [
      ['ELMModel', 'an'], ['LSTM', 'an'], ['LSTMCell', 'an'], ['GRU', 'a'], ['RNN', 'an'], ['MLP', 'an'], ['HDF5', 'an'], ['h5', 'an'],
      ['Embedding', 'an'], ['Dense', 'a'], ['Conv2D', 'a'], ['UpSampling2D', 'an'], ['UnitNormalization', 'a'], ['Unknown', 'an'],
      ['user', 'a'], ['hour', 'an'], ['tfjs', 'a'], ['keras3-archive', 'a'], ['8-bit', 'an'], ['18', 'an'], ['1', 'a'], ['Identity', 'an'],
      ['OneHot', 'a'], ['X', 'an'], ['Attention', 'an'],
    ];
    for (const [word, a] of cases) assert.equal(article(word), a, word);
    assert.equal(withArticle('ELMModel'), 'an ELMModel');
  });

  test('renderers count with it: "1 error", "1 warning", "1 model"', () => {
    const one = report([conv1, { name: 'pool1' }, flat, { name: 'dense', weights: [['kernel', [5408, 12]], ['bias', [10]]] }]);
    assert.equal(one.counts.error, 1);
    assert.match(renderText(one), /\(1 error\)/);
    assert.doesNotMatch(renderText(one) + renderMarkdown(one), /\b1 errors\b|\(s\)/);
  });
});

describe('articles in diff messages', () => {
  test('"an ELMModel", "a GRUCell": the article follows the class name', () => {
    for (const [cls, a] of [['ELMModel', 'an'], ['GRUCell', 'a']] as const) {
      const def = definition([conv1, { name: 'pool1' }, flat, { name: 'custom', cls, weights: [['kernel', [5408, 10]]] }]);
      def.layers[3]!.status = 'unknown-class';
      def.layers[3]!.weights = [];
      const r = diff(def, legacyFile([conv1, { name: 'pool1' }, flat, { name: 'custom', weights: [['kernel', [5408, 10]]] }]));
      const f = r.findings.find((x) => x.code === 'unknown-layer-class');
      assert.ok(f, JSON.stringify(r.findings.map((x) => x.code)));
      assert.match(f.message, new RegExp(`^'custom' is ${a} ${cls},`));
    }
  });
});
