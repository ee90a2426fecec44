// diff(): the four pairing rules against hand-built definitions and artifacts, with Keras' own wording pinned.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseLoader, diff, type DiffOptions, type DiffReport, type Finding } from '../src/diff/index.js';
import type {
  ArtifactFormat, ArtifactModel, DType, DefinitionLayer, DefinitionModel, ExpectedVariable, KerasGeneration, SavedLayer,
  SavedVariable, Shape,
} from '../src/model/types.js';

// ---- builders -----------------------------------------------------------------------------------

type W = [name: string, shape: Shape, dtype?: DType];

interface LayerSpec {
  name: string;
  className: string;
  weights?: W[];
  status?: DefinitionLayer['status'];
  config?: Record<string, unknown>;
  nested?: DefinitionModel;
  /** Object path override (default: Keras 3's layers/<snake>[_N]). */
  objectPath?: string;
  /** Sub-object per weight name (`cell` for RNNs) and the scope between layer and variable name. */
  sub?: Record<string, { owner: string; scope: string }>;
  inbound?: string;
  trainable?: boolean[];
}

function snake(className: string): string {
  return className.replace(/(.)([A-Z][a-z]+)/g, '$1_$2').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

function defLayer(spec: LayerSpec, objectPath: string): DefinitionLayer {
  const byOwner = new Map<string, number>();
  const weights: ExpectedVariable[] = (spec.weights ?? []).map(([name, shape, dtype], i) => {
    const sub = spec.sub?.[name];
    const owner = sub ? `${objectPath}/${sub.owner}` : objectPath;
    const index = byOwner.get(owner) ?? 0;
    byOwner.set(owner, index + 1);
    return {
      name, shape, dtype: dtype ?? 'float32', trainable: spec.trainable?.[i] ?? true,
      path: sub ? `${spec.name}/${sub.scope}/${name}` : `${spec.name}/${name}`, objectPath: owner, index,
    };
  });
  return {
    name: spec.name, className: spec.className, config: spec.config ?? {},
    inbound: spec.inbound ? [{ inputs: [{ layer: spec.inbound, node: 0, tensor: 0 }], kwargs: {}, tensorKwargs: {} }] : [],
    weights, status: spec.status ?? 'known', objectPath, isOperation: false,
    variableDtype: weights[0]?.dtype ?? 'float32', dtypePolicy: weights[0]?.dtype ?? 'float32', outputShapes: [],
    ...(spec.nested ? { nested: spec.nested } : {}),
  };
}

function model(specs: LayerSpec[], opts: { generation?: KerasGeneration; outputs?: string[]; name?: string } = {}): DefinitionModel {
  const counters = new Map<string, number>();
  const layers = specs.map((s) => {
    const base = snake(s.className);
    const n = counters.get(base) ?? 0;
    counters.set(base, n + 1);
    return defLayer(s, s.objectPath ?? `layers/${n ? `${base}_${n}` : base}`);
  });
  return {
    source: 'model.json', format: 'Keras 3 model JSON', generation: opts.generation ?? 3, producer: {}, className: 'Sequential',
    name: opts.name ?? 'sequential', layers, inputs: [], outputs: (opts.outputs ?? []).map((name) => ({ name, shape: [], dtype: 'float32' })),
    config: {}, notes: [],
  };
}

function sv(name: string, shape: number[], objectPath: string, index: number, dtype: DType = 'float32', extra: Partial<SavedVariable> = {}): SavedVariable {
  return { name, path: `${objectPath}/${name}`, objectPath, index, shape, dtype, byteLength: 4, locator: { kind: 'test' }, ...extra };
}

/** Legacy layer group: weight names as Keras 3 writes them (`conv1/kernel`). */
function legacyLayer(name: string, weights: [string, number[], DType?][] = []): Omit<SavedLayer, 'position'> {
  return {
    name, nameRecorded: true, path: `/model_weights/${name}`,
    weights: weights.map(([w, shape, dtype], i) => sv(`${name}/${w}`, shape, name, i, dtype)),
  };
}

/** Keras 3 object: `layers/<path>/vars/<i>`, with the recorded name when given. */
function k3Layer(objectPath: string, name: string | null, weights: [number[], DType?][] = [], sub: Record<string, [number[], DType?][]> = {}): Omit<SavedLayer, 'position'> {
  const vars = weights.map(([shape, dtype], i) => sv(`vars/${i}`, shape, objectPath, i, dtype));
  for (const [s, ws] of Object.entries(sub)) ws.forEach(([shape, dtype], i) => vars.push(sv(`${s}/vars/${i}`, shape, `${objectPath}/${s}`, i, dtype)));
  return { name: name ?? objectPath.split('/').pop()!, nameRecorded: name !== null, path: objectPath, weights: vars };
}

function tfjsLayer(prefix: string, weights: [string, number[], DType?, Partial<SavedVariable>?][]): Omit<SavedLayer, 'position'> {
  return {
    name: prefix, nameRecorded: false, path: prefix,
    weights: weights.map(([n, shape, dtype, extra], i) => ({ ...sv(n, shape, prefix, i, dtype, extra), path: n })),
  };
}

function artifact(format: ArtifactFormat, layers: Omit<SavedLayer, 'position'>[], opts: { generation?: KerasGeneration; optimizer?: number; source?: string } = {}): ArtifactModel {
  const source = opts.source ?? ({
    'keras-h5-full': 'm.h5', 'keras-h5-weights': 'm.legacyweights.h5', 'keras3-weights-h5': 'm.weights.h5',
    'keras3-weights-sharded': 'm.weights.json', 'keras3-archive': 'm.keras', 'tfjs-layers': 'model.json',
  } as const)[format];
  return {
    source, format, formatLabel: `test ${format}`, generation: opts.generation ?? (format.startsWith('keras3') ? 3 : 3), producer: {},
    layers: layers.map((l, position) => ({ ...l, position })),
    optimizer: Array.from({ length: opts.optimizer ?? 0 }, (_, i) => sv(`opt/${i}`, [1], 'optimizer', i)),
    notes: [],
    read() {
      return Promise.reject(new Error('the diff must not read weight data'));
    },
    async close() {},
  };
}

// mnist_cnn from the corpus: conv1 -> pool1 -> flatten -> dense.
const conv = (name: string, filters = 32, inC = 1): LayerSpec => ({ name, className: 'Conv2D', weights: [['kernel', [3, 3, inC, filters]], ['bias', [filters]]] });
const pool: LayerSpec = { name: 'pool1', className: 'MaxPooling2D' };
const flatten: LayerSpec = { name: 'flatten', className: 'Flatten' };
const dense = (name: string, units = 10, input = 5408, dtype?: DType): LayerSpec => ({ name, className: 'Dense', weights: [['kernel', [input, units], dtype], ['bias', [units], dtype]] });

function mnistLegacy(format: ArtifactFormat = 'keras-h5-weights', dtype?: DType): ArtifactModel {
  return artifact(format, [
    legacyLayer('conv1', [['kernel', [3, 3, 1, 32], dtype], ['bias', [32], dtype]]),
    legacyLayer('pool1'),
    legacyLayer('flatten'),
    legacyLayer('dense', [['kernel', [5408, 10], dtype], ['bias', [10], dtype]]),
  ]);
}

function mnistK3(format: ArtifactFormat = 'keras3-weights-h5', recorded = true, dtype?: DType): ArtifactModel {
  return artifact(format, [
    k3Layer('layers/conv2d', recorded ? 'conv1' : null, [[[3, 3, 1, 32], dtype], [[32], dtype]]),
    k3Layer('layers/dense', recorded ? 'dense' : null, [[[5408, 10], dtype], [[10], dtype]]),
    k3Layer('layers/flatten', recorded ? 'flatten' : null),
    k3Layer('layers/max_pooling2d', recorded ? 'pool1' : null),
  ]);
}

const codes = (r: DiffReport) => r.findings.map((f) => f.code);
const byCode = (r: DiffReport, code: Finding['code']) => r.findings.filter((f) => f.code === code);
const one = (r: DiffReport, code: Finding['code']) => {
  const found = byCode(r, code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(codes(r))}`);
  return found[0];
};

function run(def: DefinitionModel, art: ArtifactModel, options?: DiffOptions): DiffReport {
  return diff(def, art, options);
}

// ---- the loader rule --------------------------------------------------------------------------

describe('chooseLoader', () => {
  test('follows the artifact format and says why', () => {
    const cases: [ArtifactFormat, string, string][] = [
      ['keras-h5-full', 'order', 'keras2'],
      ['keras-h5-weights', 'order', 'keras2'],
      ['keras3-weights-h5', 'path', 'keras3'],
      ['keras3-weights-sharded', 'path', 'keras3'],
      ['keras3-archive', 'path', 'keras3'],
      ['tfjs-layers', 'tfjs', 'tfjs'],
    ];
    for (const [format, rule, runtime] of cases) {
      const c = chooseLoader(artifact(format, [], { generation: format.startsWith('keras3') ? 3 : 2 }));
      assert.equal(c.rule, rule, format);
      assert.equal(c.runtime, runtime, format);
      assert.equal(c.auto, true);
      assert.match(c.reason, new RegExp(format));
    }
  });

  test('by_name is an override, reflected in the simulated call', () => {
    const c = chooseLoader(mnistLegacy(), { byName: true, skipMismatch: true });
    assert.equal(c.rule, 'name');
    assert.equal(c.auto, false);
    assert.equal(c.call, "model.load_weights('m.legacyweights.h5', by_name=True, skip_mismatch=True)");
    assert.match(c.reason, /by name/);
  });

  test('Keras 3 loads a legacy file written by Keras 3; tf-keras a Keras 2 one', () => {
    assert.equal(chooseLoader(mnistLegacy()).runtime, 'keras3');
    const k2 = artifact('keras-h5-weights', [], { generation: 2 });
    assert.equal(chooseLoader(k2, {}, model([], { generation: 2 })).runtime, 'keras2');
    assert.equal(chooseLoader(k2, { runtime: 'keras3' }, model([], { generation: 2 })).runtime, 'keras3');
  });
});

// ---- order: load_weights(path) on legacy .h5 ---------------------------------------------------------

describe('order rule', () => {
  test('identical model and file: compatible, full coverage', () => {
    const r = run(model([conv('conv1'), pool, flatten, dense('dense')]), mnistLegacy());
    assert.equal(r.verdict, 'compatible');
    assert.deepEqual(r.findings, []);
    assert.equal(r.loader.rule, 'order');
    assert.equal(r.loaderError, null);
    assert.deepEqual(r.coverage, { matched: 4, expected: 4, saved: 4, layersMatched: 2, layersExpected: 2, layersUnchecked: 0 });
  });

  test('renamed layer loads by position: a name-mismatch warning naming both', () => {
    const r = run(model([conv('conv1_renamed'), pool, flatten, dense('dense')]), mnistLegacy());
    assert.equal(r.verdict, 'warnings');
    const f = one(r, 'name-mismatch');
    assert.equal(f!.layer, 'conv1_renamed');
    assert.equal(f!.severity, 'warning');
    assert.equal(f!.expected, 'conv1_renamed');
    assert.equal(f!.actual, 'conv1');
    assert.match(f!.message, /'conv1_renamed' receives the weights the file saved as 'conv1'/);
  });

  test('extra weighted layer: Keras\' layer count message, and the rest still checked', () => {
    const r = run(model([conv('conv1'), conv('conv2', 32, 32), pool, flatten, dense('dense')]), mnistLegacy());
    assert.equal(r.verdict, 'incompatible');
    const count = r.findings[0];
    assert.equal(count!.code, 'layer-count-mismatch');
    assert.equal(count!.message, 'Layer count mismatch when loading weights from file. Model expected 3 layers, found 2 saved layers.');
    assert.equal(r.loaderError, count!.message);
    const missing = one(r, 'missing-weights');
    assert.equal(missing!.layer, 'conv2');
    assert.equal(missing!.expected, 'conv2/kernel (3, 3, 32, 32), conv2/bias (32,)');
    assert.ok(!codes(r).includes('shape-mismatch'), 'conv1 and dense line up by name');
    assert.match(r.loader.alignment ?? '', /2 by name/);
    assert.equal(r.coverage.matched, 4);
    assert.equal(r.coverage.expected, 6);
  });

  test('removed layer: the file has one layer too many', () => {
    const mlp = model([dense('hidden_a', 8, 8), dense('logits', 4, 8)]);
    const file = artifact('keras-h5-weights', [
      legacyLayer('hidden_a', [['kernel', [8, 8]], ['bias', [8]]]),
      legacyLayer('hidden_b', [['kernel', [8, 8]], ['bias', [8]]]),
      legacyLayer('logits', [['kernel', [8, 4]], ['bias', [4]]]),
    ]);
    const r = run(mlp, file);
    assert.equal(r.verdict, 'incompatible');
    assert.equal(r.loaderError, 'Layer count mismatch when loading weights from file. Model expected 2 layers, found 3 saved layers.');
    const extra = one(r, 'unexpected-weights');
    assert.equal(extra!.layer, 'hidden_b');
    assert.ok(!codes(r).includes('shape-mismatch'));
  });

  test('shape mismatches: every one reported, Keras 3 text verbatim (no space before "for")', () => {
    const r = run(model([conv('conv1', 16), pool, flatten, dense('dense', 10, 2704)]), mnistLegacy());
    assert.equal(r.verdict, 'incompatible');
    const shapes = byCode(r, 'shape-mismatch');
    assert.deepEqual(shapes.map((f) => f.weight), ['conv1/kernel', 'conv1/bias', 'dense/kernel']);
    assert.equal(shapes[0]!.message, 'Shape mismatch in layer #0 (named conv1)for weight conv1/kernel. Weight expects shape (3, 3, 1, 16). Received saved weight with shape (3, 3, 1, 32)');
    assert.equal(shapes[1]!.message, 'Shape mismatch in layer #0 (named conv1)for weight conv1/bias. Weight expects shape (16,). Received saved weight with shape (32,)');
    assert.equal(r.loaderError, shapes[0]!.message);
    assert.match(shapes[2]!.hint ?? '', /first Dense after Flatten \('flatten'\).*2704 vs 5408/);
    assert.equal(r.coverage.matched, 1);
  });

  test('a resized head: Keras\' message, and the head-changed hint', () => {
    const r = run(model([conv('conv1'), pool, flatten, dense('new_dense', 5)]), mnistLegacy());
    assert.equal(r.verdict, 'incompatible');
    assert.equal(byCode(r, 'shape-mismatch')[0]!.message,
      'Shape mismatch in layer #1 (named new_dense)for weight new_dense/kernel. Weight expects shape (5408, 5). Received saved weight with shape (5408, 10)');
    const head = r.hints.find((h) => h.kind === 'head-changed');
    assert.ok(head, JSON.stringify(r.hints));
    assert.deepEqual(head.layers, ['new_dense']);
    assert.match(head.message, /10 outputs in the file, 5 in the model/);
  });

  test('allowMismatch keeps the head visible as info and passes the verdict', () => {
    const r = run(model([conv('conv1'), pool, flatten, dense('new_dense', 5)]), mnistLegacy(), { allowMismatch: ['new_dense'] });
    assert.equal(r.verdict, 'compatible');
    const shapes = byCode(r, 'shape-mismatch');
    assert.equal(shapes.length, 2);
    for (const f of shapes) {
      assert.equal(f.severity, 'info');
      assert.equal(f.allowedBy, 'allowMismatch');
      assert.match(f.note ?? '', /expected: will be trained from scratch/);
      assert.match(f.note ?? '', /still raises/);
    }
    assert.equal(one(r, 'name-mismatch')!.severity, 'info');
  });

  test('weight count mismatch: Keras\' message', () => {
    const def = model([{ name: 'dense', className: 'Dense', weights: [['kernel', [4, 3]]] }]);
    const r = run(def, artifact('keras-h5-weights', [legacyLayer('dense', [['kernel', [4, 3]], ['bias', [3]]])]));
    assert.equal(one(r, 'weight-count-mismatch')!.message,
      'Weight count mismatch for layer #0 (named dense in the current model, dense in the save file). Layer expects 1 weight(s). Received 2 saved weight(s)');
    assert.equal(r.verdict, 'incompatible');
  });

  test('dtype differences are cast silently: warnings, lossy casts called out', () => {
    const half = run(model([conv('conv1'), pool, flatten, dense('dense')].map((l) => ({ ...l, weights: l.weights?.map(([n, s]) => [n, s, 'float16'] as W) }))), mnistLegacy());
    assert.equal(half.verdict, 'warnings');
    const d = byCode(half, 'dtype-mismatch');
    assert.equal(d.length, 4);
    assert.ok(d.every((f) => f.severity === 'warning' && f.code === 'dtype-mismatch' && f.lossy));
    assert.match(d[0]!.message, /loses precision/);
    const lossy = half.hints.find((h) => h.kind === 'lossy-cast');
    assert.ok(lossy && lossy.kind === 'lossy-cast');
    assert.deepEqual(lossy.casts, [{ from: 'float32', to: 'float16', count: 4, quantized: false }]);

    const widen = run(model([conv('conv1'), pool, flatten, dense('dense')]), mnistLegacy('keras-h5-weights', 'float16'));
    assert.equal(widen.verdict, 'warnings');
    assert.ok(byCode(widen, 'dtype-mismatch').every((f) => f.code === 'dtype-mismatch' && !f.lossy && !/loses/.test(f.message)));
    assert.deepEqual(widen.hints, []);
  });

  test('two layers trading places with equal shapes: the silent swap', () => {
    const def = model([dense('b', 4, 4), dense('a', 4, 4)]);
    const file = artifact('keras-h5-weights', [legacyLayer('a', [['kernel', [4, 4]], ['bias', [4]]]), legacyLayer('b', [['kernel', [4, 4]], ['bias', [4]]])]);
    const r = run(def, file);
    assert.equal(r.verdict, 'warnings');
    const names = byCode(r, 'name-mismatch');
    assert.equal(names.length, 2);
    assert.ok(names.every((f) => f.code === 'name-mismatch' && f.swappedWith));
    assert.match(names[0]!.message, /swapped/);
    assert.deepEqual(r.hints.map((h) => h.kind), ['layers-swapped']);
  });

  test('auto-numbering drift is info, with a rename map', () => {
    const def = model([dense('dense_3', 4, 4), dense('dense_4', 2, 4)]);
    const file = artifact('keras-h5-weights', [legacyLayer('dense_1', [['kernel', [4, 4]], ['bias', [4]]]), legacyLayer('dense_2', [['kernel', [4, 2]], ['bias', [2]]])]);
    const r = run(def, file);
    assert.equal(r.verdict, 'compatible');
    assert.ok(byCode(r, 'name-mismatch').every((f) => f.severity === 'info'));
    const map = r.hints.find((h) => h.kind === 'rename-map');
    assert.ok(map && map.kind === 'rename-map');
    assert.deepEqual(map.map, { dense_1: 'dense_3', dense_2: 'dense_4' });
  });

  test('tf-keras wording for shape errors, and its refusal of skip_mismatch without by_name', () => {
    const def = model([dense('dense', 3, 4)], { generation: 2 });
    const file = artifact('keras-h5-weights', [legacyLayer('dense', [['kernel', [5, 3]], ['bias', [3]]])], { generation: 2 });
    const r = run(def, file);
    assert.equal(r.loader.runtime, 'keras2');
    assert.equal(one(r, 'shape-mismatch')!.message,
      "Cannot assign value to variable ' dense/kernel:0': Shape mismatch.The variable shape (4, 3), and the assigned value shape (5, 3) are incompatible.");
    const skip = run(def, file, { skipMismatch: true });
    assert.equal(skip.findings[0]!.message, 'When calling model.load_weights, skip_mismatch can only be set to True when by_name is True.');
    assert.equal(skip.loaderError, skip.findings[0]!.message);
    assert.equal(skip.verdict, 'incompatible');
  });

  test('Keras 3 skip_mismatch skips per weight with its warning text', () => {
    const r = run(model([conv('conv1'), pool, flatten, dense('new_dense', 5)]), mnistLegacy(), { skipMismatch: true });
    const s = byCode(r, 'shape-mismatch');
    assert.ok(s.every((f) => f.severity === 'warning' && f.skipped));
    assert.equal(s[0]!.message, 'Skipping loading weights for layer #1 (named new_dense)due to mismatch in shape for weight new_dense/kernel. Weight expects shape (5408, 5). Received saved weight with shape (5408, 10)');
    assert.equal(r.verdict, 'warnings');
    assert.equal(r.loaderError, null);
  });

  test('nested model: one group, trainable weights of every sub-layer first', () => {
    const inner = model([{ name: 'd1', className: 'Dense', weights: [['kernel', [4, 4]], ['bias', [4]]] }, { name: 'bn', className: 'BatchNormalization', weights: [['gamma', [4]], ['beta', [4]], ['moving_mean', [4]], ['moving_variance', [4]]], trainable: [true, true, false, false] }]);
    const outer = model([{ name: 'backbone', className: 'Sequential', nested: inner, weights: [['d1/kernel', [4, 4]], ['d1/bias', [4]], ['bn/gamma', [4]], ['bn/beta', [4]], ['bn/moving_mean', [4]], ['bn/moving_variance', [4]]] }, dense('head', 2, 4)]);
    const file = artifact('keras-h5-weights', [
      legacyLayer('backbone', [['d1/kernel', [4, 4]], ['d1/bias', [4]], ['bn/gamma', [4]], ['bn/beta', [4]], ['bn/moving_mean', [4]], ['bn/moving_variance', [3]]]),
      legacyLayer('head', [['kernel', [4, 2]], ['bias', [2]]]),
    ]);
    const r = run(outer, file);
    const s = one(r, 'shape-mismatch');
    assert.equal(s!.layer, 'backbone');
    assert.equal(s!.weight, 'backbone/bn/moving_variance');
  });

  test('a layer of unknown class: reported, pairing of the rest unaffected', () => {
    const def = model([conv('conv1'), { name: 'mystery', className: 'MyCustomLayer', status: 'unknown-class' }, pool, flatten, dense('dense')]);
    const r = run(def, mnistLegacy());
    const u = one(r, 'unknown-layer-class');
    assert.equal(u!.layer, 'mystery');
    assert.equal(u!.severity, 'warning');
    assert.equal(r.verdict, 'warnings');
    assert.equal(r.coverage.layersUnchecked, 1);
    assert.ok(!codes(r).includes('layer-count-mismatch'));

    // When the file has one more weighted layer, the unknown layer is what takes it.
    const file = artifact('keras-h5-weights', [legacyLayer('conv1', [['kernel', [3, 3, 1, 32]], ['bias', [32]]]), legacyLayer('mystery', [['w', [7]]]), legacyLayer('dense', [['kernel', [5408, 10]], ['bias', [10]]])]);
    const r2 = run(def, file);
    assert.equal(one(r2, 'unknown-layer-class')!.actual, 'mystery/w (7,)');
    assert.ok(!codes(r2).includes('layer-count-mismatch'));
  });

  test('open (None) dims match any size; transposed kernels get a hint', () => {
    const partial = run(model([{ name: 'dense', className: 'Dense', weights: [['kernel', [null, 3]], ['bias', [3]]] }]), artifact('keras-h5-weights', [legacyLayer('dense', [['kernel', [7, 3]], ['bias', [3]]])]));
    assert.equal(partial.verdict, 'compatible');
    const t = run(model([conv('conv1', 64, 16)]), artifact('keras-h5-weights', [legacyLayer('conv1', [['kernel', [64, 16, 3, 3]], ['bias', [64]]])]));
    assert.match(one(t, 'shape-mismatch')!.hint ?? '', /transposed.*\(2, 3, 1, 0\)/);
  });

  test('optimizer state and top-level weights', () => {
    const withOpt = artifact('keras-h5-full', [legacyLayer('dense', [['kernel', [4, 3]], ['bias', [3]]])], { optimizer: 5 });
    const r = run(model([dense('dense', 3, 4)]), withOpt);
    assert.equal(r.verdict, 'compatible');
    assert.equal(one(r, 'optimizer-state')!.severity, 'info');

    const top = artifact('keras-h5-weights', [legacyLayer('dense', [['kernel', [4, 3]], ['bias', [3]]]), legacyLayer('top_level_model_weights', [['scale', [1]]])]);
    const t = run(model([dense('dense', 3, 4)]), top);
    assert.equal(t.loaderError, 'Weight count mismatch for top-level weights when loading weights from file. Model expects 0 top-level weight(s). Received 1 saved top-level weight(s)');
  });
});

// ---- Keras 1 files ------------------------------------------------------------------------------

describe('Keras 1 files', () => {
  const k1Lstm = () => artifact('keras-h5-weights', [
    legacyLayer('lstm_1', ['i', 'c', 'f', 'o'].flatMap((g) => [[`W_${g}`, [1, 50]], [`U_${g}`, [50, 50]], [`b_${g}`, [50]]] as [string, number[]][])),
    legacyLayer('dense_1', [['W', [50, 1]], ['b', [1]]]),
  ], { generation: 1 });
  const k2Def = (units = 50) => model([
    { name: 'lstm_1', className: 'LSTM', weights: [['kernel', [1, 4 * units]], ['recurrent_kernel', [units, 4 * units]], ['bias', [4 * units]]], sub: { kernel: { owner: 'cell', scope: 'lstm_cell' }, recurrent_kernel: { owner: 'cell', scope: 'lstm_cell' }, bias: { owner: 'cell', scope: 'lstm_cell' } } },
    dense('dense_1', 1, units),
  ], { generation: 2 });

  test('tf-keras converts a 12-array LSTM to 3 and compares the converted shapes', () => {
    const r = run(k2Def(), k1Lstm());
    assert.equal(r.loader.runtime, 'keras2');
    assert.equal(r.verdict, 'compatible');
    const c = one(r, 'weights-converted');
    assert.equal(c!.severity, 'info');
    assert.match(c!.message, /i, f, c, o/);
    assert.equal(r.coverage.matched, 5);
  });

  test('a converted shape that does not fit is a shape mismatch', () => {
    const r = run(k2Def(40), k1Lstm());
    assert.deepEqual(byCode(r, 'shape-mismatch').map((f) => [f.expected, f.actual]).slice(0, 1), [['(1, 160)', '(1, 200)']]);
  });

  test('Keras 3 does not convert: weight count mismatch, with a hint', () => {
    const r = run(k2Def(), k1Lstm(), { runtime: 'keras3' });
    const w = one(r, 'weight-count-mismatch');
    assert.match(w!.message, /Layer expects 3 weight\(s\). Received 12 saved weight\(s\)/);
    assert.match(w!.hint ?? '', /Keras 3 does not/);
  });

  test('a Keras 1 definition against a Keras 1 file compares directly', () => {
    const def = model([{ name: 'dense_1', className: 'Dense', weights: [['W', [50, 1]], ['b', [1]]] }], { generation: 1 });
    const r = run(def, artifact('keras-h5-weights', [legacyLayer('dense_1', [['W', [50, 1]], ['b', [1]]])], { generation: 1 }));
    assert.equal(r.verdict, 'compatible');
    assert.deepEqual(r.findings, []);
  });
});

// ---- name: load_weights(path, by_name=True) ------------------------------------------------------------

describe('name rule', () => {
  test('a renamed layer stays uninitialised: incompatible, the unused file layer a warning', () => {
    const r = run(model([conv('conv1_renamed'), pool, flatten, dense('dense')]), mnistLegacy(), { byName: true });
    assert.equal(r.verdict, 'incompatible');
    const m = one(r, 'missing-weights');
    assert.equal(m!.layer, 'conv1_renamed');
    assert.match(m!.message, /keep their random initial values/);
    assert.equal(one(r, 'unexpected-weights')!.severity, 'warning');
    assert.equal(r.loaderError, null, 'Keras raises nothing');
    assert.equal(r.coverage.matched, 2);
    assert.equal(r.coverage.layersMatched, 1);
  });

  test('the removed layer: file layer silently ignored', () => {
    const mlp = model([dense('hidden_a', 8, 8), dense('logits', 4, 8)]);
    const file = artifact('keras-h5-weights', [
      legacyLayer('hidden_a', [['kernel', [8, 8]], ['bias', [8]]]),
      legacyLayer('hidden_b', [['kernel', [8, 8]], ['bias', [8]]]),
      legacyLayer('logits', [['kernel', [8, 4]], ['bias', [4]]]),
    ]);
    const r = run(mlp, file, { byName: true });
    assert.equal(r.verdict, 'warnings');
    assert.equal(one(r, 'unexpected-weights')!.layer, 'hidden_b');
  });

  test('shape message uses the file\'s layer index; skip_mismatch turns count errors into Keras\' warning', () => {
    const r = run(model([conv('conv1', 16), pool, flatten, dense('dense', 10, 2704)]), mnistLegacy(), { byName: true });
    assert.equal(r.loaderError, 'Shape mismatch in layer #0 (named conv1)for weight conv1/kernel. Weight expects shape (3, 3, 1, 16). Received saved weight with shape (3, 3, 1, 32)');
    assert.equal(byCode(r, 'shape-mismatch')[2]!.message, 'Shape mismatch in layer #3 (named dense)for weight dense/kernel. Weight expects shape (2704, 10). Received saved weight with shape (5408, 10)');

    const def = model([{ name: 'dense', className: 'Dense', weights: [['kernel', [4, 3]]] }]);
    const file = artifact('keras-h5-weights', [legacyLayer('dense', [['kernel', [4, 3]], ['bias', [3]]])]);
    const s = run(def, file, { byName: true, skipMismatch: true });
    assert.equal(one(s, 'weight-count-mismatch')!.message, 'Skipping loading of weights for layer #0 (named dense) due to mismatch in number of weights. Layer expects 1 weight(s). Received 2 saved weight(s)');
    assert.equal(s.verdict, 'warnings');
  });

  test('a weightless file group under a weighted layer\'s name is a count mismatch Keras raises on', () => {
    const r = run(model([dense('pool1', 3, 4)]), artifact('keras-h5-weights', [legacyLayer('pool1')]), { byName: true });
    assert.equal(r.loaderError, 'Weight count mismatch for layer #0 (named pool1). Layer expects 2 weight(s). Received 0 saved weight(s)');
  });

  test('transfer learning: allowMissing / allowUnexpected make the new head info', () => {
    const r = run(model([conv('conv1'), pool, flatten, dense('new_dense', 5)]), mnistLegacy(), { byName: true, allowMissing: ['new_dense'], allowUnexpected: ['dense'] });
    assert.equal(r.verdict, 'compatible');
    assert.deepEqual(r.findings.map((f) => [f.code, f.severity, f.allowedBy]), [['unexpected-weights', 'info', 'allowUnexpected'], ['missing-weights', 'info', 'allowMissing']]);
    assert.match(one(r, 'missing-weights')!.note ?? '', /expected: will be trained from scratch/);
  });

  test('a new head under by_name: missing plus the old head unused reads as a head change', () => {
    const r = run(model([conv('conv1'), pool, flatten, dense('new_dense', 5)]), mnistLegacy(), { byName: true });
    const head = r.hints.find((h) => h.kind === 'head-changed');
    assert.ok(head && head.kind === 'head-changed', JSON.stringify(r.hints));
    assert.equal(head.expectedUnits, 5);
    assert.equal(head.savedUnits, 10);
    assert.match(head.message, /--allow-missing new_dense` \(config: `allow: { missing: \[new_dense\] }`\)/);
  });

  test('drifted auto-numbered names: nothing matches, and the rename map says how to fix it', () => {
    const def = model([dense('dense_3', 4, 4), dense('dense_4', 2, 4)]);
    const file = artifact('keras-h5-weights', [legacyLayer('dense_1', [['kernel', [4, 4]], ['bias', [4]]]), legacyLayer('dense_2', [['kernel', [4, 2]], ['bias', [2]]])]);
    const r = run(def, file, { byName: true });
    assert.equal(r.verdict, 'incompatible');
    assert.equal(r.coverage.matched, 0);
    const kinds = r.hints.map((h) => h.kind);
    assert.ok(kinds.includes('by-name-matched-nothing'));
    const map = r.hints.find((h) => h.kind === 'rename-map');
    assert.ok(map && map.kind === 'rename-map');
    assert.deepEqual(map.map, { dense_1: 'dense_3', dense_2: 'dense_4' });
  });

  test('by_name on a Keras 3 file: Keras refuses', () => {
    const r = run(model([conv('conv1'), pool, flatten, dense('dense')]), mnistK3(), { byName: true });
    assert.equal(r.findings[0]!.code, 'loader-unsupported');
    assert.equal(r.loaderError, "`by_name` only supports loading legacy '.h5' or '.hdf5' files. Received: m.weights.h5");
    assert.equal(r.verdict, 'incompatible');
  });
});

// ---- path: Keras 3 .weights.h5 / .keras -------------------------------------------------------------

describe('path rule', () => {
  test('identical: compatible, weightless empty groups ignored', () => {
    const r = run(model([conv('conv1'), pool, flatten, dense('dense')]), mnistK3());
    assert.equal(r.loader.rule, 'path');
    assert.equal(r.verdict, 'compatible');
    assert.deepEqual(r.findings, []);
  });

  test('renamed layer: loads by path, the recorded name tells', () => {
    const r = run(model([conv('conv1_renamed'), pool, flatten, dense('dense')]), mnistK3('keras3-archive'));
    assert.equal(r.verdict, 'warnings');
    const n = one(r, 'name-mismatch');
    assert.equal(n!.layer, 'conv1_renamed');
    assert.equal(n!.actual, 'conv1');
    assert.match(n!.message, /both at layers\/conv2d/);
  });

  test('extra layer: Keras\' per-object message and its aggregated error, verbatim', () => {
    const r = run(model([conv('conv1'), conv('conv2', 32, 32), pool, flatten, dense('dense')]), mnistK3());
    assert.equal(r.verdict, 'incompatible');
    assert.equal(one(r, 'missing-weights')!.message, "Layer 'conv2' expected 2 variables, but received 0 variables during loading. Expected: ['kernel', 'bias']");
    assert.equal(r.loaderError,
      "A total of 1 objects could not be loaded. Example error message for object <Conv2D name=conv2, built=True>:\n\nLayer 'conv2' expected 2 variables, but received 0 variables during loading. Expected: ['kernel', 'bias']\n\nList of objects that could not be loaded:\n[<Conv2D name=conv2, built=True>]");
  });

  test('removed layer: the next one reads the removed one\'s weights', () => {
    const mlp = model([dense('hidden_a', 8, 8), dense('logits', 4, 8)]);
    const file = artifact('keras3-weights-h5', [
      k3Layer('layers/dense', 'hidden_a', [[[8, 8]], [[8]]]),
      k3Layer('layers/dense_1', 'hidden_b', [[[8, 8]], [[8]]]),
      k3Layer('layers/dense_2', 'logits', [[[8, 4]], [[4]]]),
    ]);
    const r = run(mlp, file);
    assert.equal(r.verdict, 'incompatible');
    const s = byCode(r, 'shape-mismatch');
    assert.equal(s[0]!.message, 'The shape of the target variable and the shape of the target value in `variable.assign(value)` must match. variable.shape=(8, 4), Received: value.shape=(8, 8). Target variable: <Variable path=logits/kernel, shape=(8, 4), dtype=float32, value=…>');
    assert.ok(r.loaderError?.startsWith('A total of 1 objects could not be loaded. Example error message for object <Dense name=logits, built=True>:\n\nThe shape of the target variable'));
    assert.equal(one(r, 'name-mismatch')!.actual, 'hidden_b');
    assert.equal(one(r, 'unexpected-weights')!.layer, 'logits');
    // Not a new head: the paths moved because a Dense before it was removed.
    assert.deepEqual(r.hints.map((h) => h.kind), ['shifted-paths']);
    assert.match(r.hints[0]!.message, /'logits' reads what the file saved for 'hidden_b' \(layers\/dense_1\)/);
  });

  test('swapped layers with equal shapes load silently: warned, with both named', () => {
    const def = model([dense('b', 4, 4), dense('a', 4, 4)]);
    const file = artifact('keras3-weights-h5', [k3Layer('layers/dense', 'a', [[[4, 4]], [[4]]]), k3Layer('layers/dense_1', 'b', [[[4, 4]], [[4]]])]);
    const r = run(def, file);
    assert.equal(r.verdict, 'warnings');
    const n = byCode(r, 'name-mismatch');
    assert.deepEqual(n.map((f) => f.code === 'name-mismatch' && [f.layer, f.swappedWith]), [['b', 'a'], ['a', 'b']]);
    assert.equal(r.hints[0]!.kind, 'layers-swapped');
  });

  test('files without recorded names: an info that a swap cannot be seen', () => {
    const r = run(model([conv('conv1'), pool, flatten, dense('dense')]), mnistK3('keras3-weights-h5', false));
    assert.equal(r.verdict, 'compatible');
    assert.deepEqual(codes(r), ['names-unrecorded']);
  });

  test('sub-objects: an LSTM cell is its own object', () => {
    const lstm: LayerSpec = { name: 'enc', className: 'LSTM', weights: [['kernel', [8, 64]], ['recurrent_kernel', [16, 64]], ['bias', [64]]], sub: { kernel: { owner: 'cell', scope: 'lstm_cell' }, recurrent_kernel: { owner: 'cell', scope: 'lstm_cell' }, bias: { owner: 'cell', scope: 'lstm_cell' } } };
    const ok = artifact('keras3-weights-h5', [k3Layer('layers/lstm', 'enc', [], { cell: [[[8, 64]], [[16, 64]], [[64]]] })]);
    assert.equal(run(model([lstm]), ok).verdict, 'compatible');
    const missing = artifact('keras3-weights-h5', [k3Layer('layers/lstm', 'enc')]);
    const r = run(model([lstm]), missing);
    assert.equal(r.loaderError, "A total of 1 objects could not be loaded. Example error message for object <LSTMCell name=lstm_cell, built=True>:\n\nLayer 'lstm_cell' expected 3 variables, but received 0 variables during loading. Expected: ['kernel', 'recurrent_kernel', 'bias']\n\nList of objects that could not be loaded:\n[<LSTMCell name=lstm_cell, built=True>]");
  });

  test('skip_mismatch: failing objects become warnings, nothing raises', () => {
    const r = run(model([conv('conv1'), pool, flatten, dense('new_dense', 5)]), mnistK3(), { skipMismatch: true });
    assert.equal(r.verdict, 'warnings');
    assert.equal(r.loaderError, null);
    assert.ok(byCode(r, 'shape-mismatch').every((f) => f.severity === 'warning' && f.layer === 'new_dense'));
  });

  test('float16 file into float32 variables: warnings only', () => {
    const r = run(model([conv('conv1'), pool, flatten, dense('dense')]), mnistK3('keras3-weights-h5', true, 'float16'));
    assert.equal(r.verdict, 'warnings');
    assert.deepEqual([...new Set(codes(r))], ['dtype-mismatch']);
  });

  test('unknown class: what the file holds under its path is shown, not called unexpected', () => {
    const def = model([conv('conv1'), { name: 'mystery', className: 'Mystery', status: 'unknown-class' }]);
    const file = artifact('keras3-weights-h5', [k3Layer('layers/conv2d', 'conv1', [[[3, 3, 1, 32]], [[32]]]), k3Layer('layers/mystery', 'mystery', [[[5]]])]);
    const r = run(def, file);
    assert.deepEqual(codes(r), ['unknown-layer-class']);
    assert.equal(r.findings[0]!.actual, 'vars/0 (5,)');
  });

  test('optimizer state is info, never part of the verdict', () => {
    const r = run(model([dense('dense', 3, 4)]), artifact('keras3-weights-h5', [k3Layer('layers/dense', 'dense', [[[4, 3]], [[3]]])], { optimizer: 6 }));
    assert.equal(r.verdict, 'compatible');
    assert.deepEqual(codes(r), ['optimizer-state']);
  });
});

// ---- tfjs: tf.loadLayersModel ------------------------------------------------------------------

describe('tfjs rule', () => {
  const def = () => model([dense('dense', 3, 4), dense('dense_1', 2, 3)]);

  test('originalName keys: compatible', () => {
    const r = run(def(), artifact('tfjs-layers', [tfjsLayer('dense', [['dense/kernel', [4, 3]], ['dense/bias', [3]]]), tfjsLayer('dense_1', [['dense_1/kernel', [3, 2]], ['dense_1/bias', [2]]])]));
    assert.equal(r.loader.rule, 'tfjs');
    assert.equal(r.verdict, 'compatible');
  });

  test('Keras 3 `layer/index` keys are recognised from the first key', () => {
    const r = run(def(), artifact('tfjs-layers', [tfjsLayer('dense', [['dense/0', [4, 3]], ['dense/1', [3]]]), tfjsLayer('dense_1', [['dense_1/0', [3, 2]], ['dense_1/1', [2]]])]));
    assert.equal(r.verdict, 'compatible');
  });

  test('an RNN cell scope is dropped by the fallback', () => {
    const lstm = model([{ name: 'lstm', className: 'LSTM', weights: [['kernel', [8, 64]], ['recurrent_kernel', [16, 64]], ['bias', [64]]], sub: { kernel: { owner: 'cell', scope: 'lstm_cell' }, recurrent_kernel: { owner: 'cell', scope: 'lstm_cell' }, bias: { owner: 'cell', scope: 'lstm_cell' } } }]);
    const r = run(lstm, artifact('tfjs-layers', [tfjsLayer('lstm', [['lstm/lstm_cell/kernel', [8, 64]], ['lstm/lstm_cell/recurrent_kernel', [16, 64]], ['lstm/lstm_cell/bias', [64]]])]));
    assert.equal(r.verdict, 'compatible');
  });

  test('tfjs\' own messages for missing, extra and mis-shaped weights', () => {
    const r = run(def(), artifact('tfjs-layers', [
      tfjsLayer('dense', [['dense/kernel', [5, 3]], ['dense/extra', [1]]]),
      tfjsLayer('dense_1', [['dense_1/kernel', [3, 2]], ['dense_1/bias', [2]]]),
    ]));
    assert.equal(r.verdict, 'incompatible');
    assert.equal(one(r, 'unexpected-weights')!.message, 'Provided weight data has no target variable: dense/extra');
    assert.equal(one(r, 'missing-weights')!.message, '1 of 4 weights are not set: dense/bias');
    assert.equal(one(r, 'shape-mismatch')!.message, 'Shape mismatch: [4,3] vs. [5,3]');
    assert.equal(r.loaderError, 'Provided weight data has no target variable: dense/extra');
  });

  test('quantised weights: a lossy-storage warning', () => {
    const r = run(model([dense('dense', 3, 4)]), artifact('tfjs-layers', [tfjsLayer('dense', [['dense/kernel', [4, 3], 'float32', { quantization: { dtype: 'uint8', min: -1, scale: 0.01 } }], ['dense/bias', [3]]])]));
    assert.equal(r.verdict, 'warnings');
    const d = one(r, 'dtype-mismatch');
    assert.match(d!.message, /quantised \(uint8\)/);
  });
});

// ---- report object -------------------------------------------------------------------------------

describe('report', () => {
  test('verdict and counts derive from the findings, and serialise', () => {
    const r = run(model([conv('conv1_renamed'), pool, flatten, dense('dense')]), mnistLegacy());
    assert.equal(r.verdict, 'warnings');
    assert.deepEqual(r.counts, { error: 0, warning: 1, info: 0 });
    const json = JSON.parse(JSON.stringify(r));
    assert.equal(json.verdict, 'warnings');
    assert.equal(json.schemaVersion, 1);
    assert.deepEqual(Object.keys(json.findings[0]).slice(0, 7), ['severity', 'code', 'layer', 'weight', 'message', 'expected', 'actual']);
    r.findings.push({ ...r.findings[0]!, severity: 'error' });
    assert.equal(r.verdict, 'incompatible');
  });

  test('every finding in one pass across layers', () => {
    const r = run(model([conv('conv1', 16), pool, flatten, dense('dense', 10, 2704, 'float16')]), mnistLegacy());
    assert.deepEqual(codes(r), ['shape-mismatch', 'shape-mismatch', 'shape-mismatch', 'dtype-mismatch', 'dtype-mismatch']);
  });

  test('never reads weight data', () => {
    // artifact.read throws; diff is synchronous and completes.
    assert.doesNotThrow(() => run(model([conv('conv1'), pool, flatten, dense('dense')]), mnistLegacy()));
  });
});
