// Building the TF.js model from a normalised config. `modelFromJSON` is synchronous inside and loops
// forever on a node that can never be satisfied (tfjs-layers' functional deserialisation waits for
// every input of a node), so the graph is validated first; initial values are zeros for layers about
// to be overwritten and seeded for the rest.
import type { ModelAndWeightsConfig } from '@tensorflow/tfjs-layers/dist/models.js';
import { layerEntryName, MODEL_CLASSES } from '../model/keras-vocabulary.js';
import { arrayAt, isObject, valueAt } from '../sources/json-value.js';
import type { LayersModel, Tf } from './engine-types.js';
import { editable, type EditableJson, type TfjsInitializer, type TfjsModel } from './tfjs-config/tfjs-topology.js';
import { registerUnsetInitializer, UNSET_INITIALIZER } from './unset-initializer.js';
import { plural } from '../text/grammar.js';

function isModel(entry: unknown): boolean {
  const cls = valueAt(entry, 'class_name');
  return typeof cls === 'string' && MODEL_CLASSES.has(cls) && Array.isArray(valueAt(entry, 'config', 'layers'));
}

function nameOf(entry: unknown): string {
  return layerEntryName(entry, '');
}

/** Nodes TF.js creates for a layer: its calls, plus the node of its own that every nested model starts with. */
function nodeCount(entry: unknown): number {
  if (valueAt(entry, 'class_name') === 'InputLayer') return 1;
  const calls = arrayAt(entry, 'inbound_nodes')?.length ?? 0;
  return isModel(entry) ? calls + 1 : calls;
}

type Ref = readonly [string, number, number, ...unknown[]];

function isRef(v: unknown): v is Ref {
  if (!Array.isArray(v)) return false;
  const [layer, node, tensor, kwargs] = v as readonly unknown[];
  return typeof layer === 'string' && Number.isInteger(node) && (node as number) >= 0 && Number.isInteger(tensor) && (tensor as number) >= 0
    && (v.length === 3 || (v.length === 4 && (kwargs === null || isObject(kwargs))));
}

/**
 * Everything that would make tfjs' functional deserialisation throw an opaque error or never return:
 * malformed node entries, references to layers or nodes that never exist, and cycles.
 */
export function validateGraph(model: unknown, where = 'model'): string[] {
  const problems: string[] = [];
  const layers = arrayAt(valueAt(model, 'config'), 'layers');
  if (!layers) return [`${where}: the config has no layer list`];
  for (const [i, l] of layers.entries()) {
    if (!isObject(l) || typeof l.class_name !== 'string' || !isObject(l.config)) problems.push(`${where}: layer #${i} has no class_name/config`);
    else if (isModel(l)) problems.push(...validateGraph(l, `${where}/${nameOf(l)}`));
  }
  if (problems.length || valueAt(model, 'class_name') === 'Sequential') return problems;

  const byName = new Map<string, unknown>();
  for (const l of layers) {
    if (byName.has(nameOf(l))) problems.push(`${where}: two layers are named '${nameOf(l)}'`);
    byName.set(nameOf(l), l);
    if (valueAt(l, 'class_name') === 'InputLayer' && !Array.isArray(valueAt(l, 'config', 'batch_input_shape'))) problems.push(`${where}: input '${nameOf(l)}' has no batch_input_shape`);
  }
  const checkRef = (ref: unknown, what: string): ref is Ref => {
    if (!isRef(ref)) {
      problems.push(`${where}: ${what} is not a [layer, node, tensor] reference: ${JSON.stringify(ref)?.slice(0, 80)}`);
      return false;
    }
    const target = byName.get(ref[0]);
    if (!target) problems.push(`${where}: ${what} refers to layer '${ref[0]}', which the model does not have`);
    else if (ref[1] >= nodeCount(target)) problems.push(`${where}: ${what} refers to call #${ref[1]} of '${ref[0]}', which is called only ${plural(nodeCount(target), 'time')}`);
    else return true;
    return false;
  };
  // Dependencies between calls, to find cycles: `layer#node` → the calls it consumes.
  const deps = new Map<string, string[]>();
  for (const l of layers) {
    const nodes = arrayAt(l, 'inbound_nodes') ?? [];
    const offset = isModel(l) ? 1 : 0;
    nodes.forEach((node, n) => {
      const key = `${nameOf(l)}#${n + offset}`;
      if (!Array.isArray(node) || node.length === 0) {
        problems.push(`${where}: call #${n} of '${nameOf(l)}' is not a list of input references`);
        return;
      }
      const refs = (node as readonly unknown[]).filter((ref, k): ref is Ref => checkRef(ref, `input ${k} of call #${n} of '${nameOf(l)}'`));
      deps.set(key, refs.map((r) => `${r[0]}#${r[1]}`));
    });
  }
  for (const key of ['input_layers', 'output_layers']) {
    const refs = valueAt(model, 'config', key);
    if (!Array.isArray(refs) || refs.length === 0) problems.push(`${where}: ${key} is missing or empty`);
    else (refs as readonly unknown[]).forEach((r, i) => checkRef(r, `${key}[${i}]`));
  }
  const cycle = findCycle(deps);
  if (cycle) problems.push(`${where}: the layer calls form a cycle (${cycle.join(' → ')})`);
  return problems;
}

function findCycle(deps: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (k: string): string[] | undefined => {
    if (state.get(k) === 'done') return undefined;
    if (state.get(k) === 'open') return [...stack.slice(stack.indexOf(k)), k];
    state.set(k, 'open');
    stack.push(k);
    for (const d of deps.get(k) ?? []) {
      const c = visit(d);
      if (c) return c;
    }
    stack.pop();
    state.set(k, 'done');
    return undefined;
  };
  for (const k of deps.keys()) {
    const c = visit(k);
    if (c) return c;
  }
  return undefined;
}

// ---- initial values -------------------------------------------------------------------------

const ZEROS: TfjsInitializer = { class_name: 'Zeros', config: {} };

/** Keras string initializers (Keras 1/2 shorthand) as objects that can carry a seed. */
const NAMED_INITIALIZERS: Readonly<Record<string, TfjsInitializer>> = {
  glorot_uniform: { class_name: 'GlorotUniform', config: {} },
  glorot_normal: { class_name: 'GlorotNormal', config: {} },
  he_uniform: { class_name: 'HeUniform', config: {} },
  he_normal: { class_name: 'HeNormal', config: {} },
  lecun_uniform: { class_name: 'LeCunUniform', config: {} },
  lecun_normal: { class_name: 'LeCunNormal', config: {} },
  orthogonal: { class_name: 'Orthogonal', config: {} },
  uniform: { class_name: 'RandomUniform', config: { minval: -0.05, maxval: 0.05 } },
  normal: { class_name: 'RandomNormal', config: { mean: 0, stddev: 0.05 } },
  zero: ZEROS, zeros: ZEROS,
  one: { class_name: 'Ones', config: {} }, ones: { class_name: 'Ones', config: {} },
};

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function mapInitializers(v: unknown, path: string, fn: (init: unknown, path: string) => unknown): void {
  if (Array.isArray(v)) v.forEach((x: unknown, i) => mapInitializers(x, `${path}/${i}`, fn));
  else {
    const o = editable(v);
    if (!o) return;
    for (const [k, x] of Object.entries(o)) {
      if (k.endsWith('_initializer') && x !== null && x !== undefined) o[k] = fn(x, `${path}/${k}`);
      else mapInitializers(x, `${path}/${k}`, fn);
    }
  }
}

/**
 * A seeded copy of an initializer, so variables no assignment covers start from the same values on
 * every run. tfjs' Orthogonal needs chained tensor methods that stand-alone tfjs-core does not
 * register, so it becomes a seeded GlorotUniform (any start value serves: these are not Keras' values).
 */
function seeded(init: unknown, seed: number): unknown {
  const obj = typeof init === 'string' ? (Object.hasOwn(NAMED_INITIALIZERS, init) ? NAMED_INITIALIZERS[init] : undefined) : init;
  if (!isObject(obj)) return init;
  const copy: EditableJson = structuredClone(obj);
  if (copy.class_name === 'Orthogonal') return { class_name: 'GlorotUniform', config: { seed } } satisfies TfjsInitializer;
  const config = editable(copy.config);
  if (config && copy.class_name !== 'Zeros' && copy.class_name !== 'Ones' && copy.class_name !== 'Constant') config.seed = seed;
  return copy;
}

const GLOROT: TfjsInitializer = { class_name: 'GlorotUniform', config: {} };
const RECURRENT = { kernel_initializer: GLOROT, recurrent_initializer: { class_name: 'Orthogonal', config: {} } };
const CONV = { kernel_initializer: GLOROT };

/** tfjs' random defaults for initializers a config may leave out (Keras' defaults are the same). */
const RANDOM_DEFAULTS: Readonly<Record<string, Readonly<Record<string, TfjsInitializer>>>> = {
  Dense: CONV, Conv1D: CONV, Conv2D: CONV, Conv3D: CONV, Conv2DTranspose: CONV, Conv3DTranspose: CONV,
  SeparableConv2D: { depthwise_initializer: GLOROT, pointwise_initializer: GLOROT },
  DepthwiseConv2D: { depthwise_initializer: GLOROT },
  LSTM: RECURRENT, GRU: RECURRENT, SimpleRNN: RECURRENT, LSTMCell: RECURRENT, GRUCell: RECURRENT, SimpleRNNCell: RECURRENT,
  ConvLSTM2D: RECURRENT, ConvLSTM2DCell: RECURRENT,
  Embedding: { embeddings_initializer: { class_name: 'RandomUniform', config: { minval: -0.05, maxval: 0.05 } } },
};

/** Spell out omitted random initializers (also inside wrappers and RNN cells) so they can be zeroed or seeded. */
function fillDefaultInitializers(entry: unknown): void {
  const c = editable(valueAt(entry, 'config'));
  if (!c) return;
  const cls = valueAt(entry, 'class_name');
  const defaults = typeof cls === 'string' && Object.hasOwn(RANDOM_DEFAULTS, cls) ? RANDOM_DEFAULTS[cls] : undefined;
  for (const [key, init] of Object.entries(defaults ?? {})) {
    if (c[key] === undefined || c[key] === null) c[key] = structuredClone(init);
  }
  const cells = arrayAt(valueAt(c, 'cell', 'config'), 'cells') ?? [];
  for (const inner of [c.layer, c.cell, ...cells, ...(arrayAt(c, 'layers') ?? [])]) fillDefaultInitializers(inner);
}

/**
 * Layers whose every variable is about to be overwritten get storage without values (no random,
 * orthogonal or even zero-filling work: see unset-initializer.ts); the others get seeded initializers.
 */
export function prepareInitializers(model: EditableJson, covered: ReadonlySet<string>, seed: number): void {
  for (const entry of arrayAt(valueAt(model, 'config'), 'layers') ?? []) {
    if (!isObject(entry)) continue;
    fillDefaultInitializers(entry);
    const name = nameOf(entry);
    if (covered.has(name)) mapInitializers(entry.config, name, () => ({ class_name: UNSET_INITIALIZER, config: {} }) satisfies TfjsInitializer);
    else mapInitializers(entry.config, name, (init, path) => seeded(init, (seed + hash(path)) >>> 0));
  }
}

/** Classes the config names that this tf instance cannot deserialise (tfjs-node may differ from 4.22). */
function unknownClasses(tf: Tf, model: unknown): string[] {
  const known = tf.serialization.SerializationMap.getMap().classNameMap;
  const missing = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) {
      if (typeof v.class_name === 'string' && isObject(v.config) && !Object.hasOwn(known, v.class_name)) missing.add(v.class_name);
      Object.values(v).forEach(walk);
    }
  };
  walk(model);
  return [...missing];
}

class BuildError extends Error {
  override name = 'BuildError';
}

/** Validate, then deserialise. The config must already be normalised and have its initializers prepared. */
export async function buildModel(tf: Tf, model: TfjsModel): Promise<LayersModel> {
  const problems = validateGraph(model);
  if (problems.length) throw new BuildError(`the model graph is malformed: ${problems.join('; ')}`);
  registerUnsetInitializer(tf);
  const missing = unknownClasses(tf, model);
  if (missing.length) throw new BuildError(`this TF.js cannot deserialise ${missing.join(', ')}`);
  // TF.js types a topology as JSON of its own value types; validateGraph checked what it will read.
  const topology: ModelAndWeightsConfig = { modelTopology: model as ModelAndWeightsConfig['modelTopology'] };
  return tf.models.modelFromJSON(topology);
}
