// Building the TF.js model from a normalised config. `modelFromJSON` is synchronous inside and loops
// forever on a node that can never be satisfied (keras-formats.md §6.2), so the graph is validated
// first; initial values are zeros for layers about to be overwritten and seeded for the rest.
import { isObject } from '../model/keras-config.js';
import type { Json } from './normalize-config.js';
import type { LayersModel, Tf } from './engine-types.js';
import { registerUnsetInitializer, UNSET_INITIALIZER } from './unset-initializer.js';

const MODEL_CLASSES = new Set(['Sequential', 'Functional', 'Model']);

function isModel(entry: Json): boolean {
  return MODEL_CLASSES.has(entry.class_name) && isObject(entry.config) && Array.isArray(entry.config.layers);
}

function nameOf(entry: Json): string {
  return String(entry.name ?? entry.config?.name ?? '');
}

/** Nodes TF.js creates for a layer: its calls, plus the node of its own that every nested model starts with. */
function nodeCount(entry: Json): number {
  if (entry.class_name === 'InputLayer') return 1;
  const calls = Array.isArray(entry.inbound_nodes) ? entry.inbound_nodes.length : 0;
  return isModel(entry) ? calls + 1 : calls;
}

type Ref = [string, number, number];

function isRef(v: unknown): v is Ref | [string, number, number, unknown] {
  return Array.isArray(v) && typeof v[0] === 'string' && Number.isInteger(v[1]) && v[1] >= 0 && Number.isInteger(v[2]) && v[2] >= 0
    && (v.length === 3 || (v.length === 4 && (v[3] === null || isObject(v[3]))));
}

/**
 * Everything that would make tfjs' functional deserialisation throw an opaque error or never return:
 * malformed node entries, references to layers or nodes that never exist, and cycles.
 */
export function validateGraph(model: Json, where = 'model'): string[] {
  const problems: string[] = [];
  const cfg = model.config;
  if (!isObject(cfg) || !Array.isArray(cfg.layers)) return [`${where}: the config has no layer list`];
  const layers = cfg.layers as Json[];
  for (const [i, l] of layers.entries()) {
    if (!isObject(l) || typeof l.class_name !== 'string' || !isObject(l.config)) problems.push(`${where}: layer #${i} has no class_name/config`);
    else if (isModel(l)) problems.push(...validateGraph(l, `${where}/${nameOf(l)}`));
  }
  if (problems.length || model.class_name === 'Sequential') return problems;

  const byName = new Map<string, Json>();
  for (const l of layers) {
    if (byName.has(nameOf(l))) problems.push(`${where}: two layers are named '${nameOf(l)}'`);
    byName.set(nameOf(l), l);
    if (l.class_name === 'InputLayer' && !Array.isArray(l.config.batch_input_shape)) problems.push(`${where}: input '${nameOf(l)}' has no batch_input_shape`);
  }
  const checkRef = (ref: unknown, what: string): ref is Ref => {
    if (!isRef(ref)) {
      problems.push(`${where}: ${what} is not a [layer, node, tensor] reference: ${JSON.stringify(ref).slice(0, 80)}`);
      return false;
    }
    const target = byName.get(ref[0]);
    if (!target) problems.push(`${where}: ${what} refers to layer '${ref[0]}', which the model does not have`);
    else if (ref[1] >= nodeCount(target)) problems.push(`${where}: ${what} refers to call #${ref[1]} of '${ref[0]}', which is called only ${nodeCount(target)} time(s)`);
    else return true;
    return false;
  };
  // Dependencies between calls, to find cycles: `layer#node` → the calls it consumes.
  const deps = new Map<string, string[]>();
  for (const l of layers) {
    const nodes = Array.isArray(l.inbound_nodes) ? l.inbound_nodes : [];
    const offset = isModel(l) ? 1 : 0;
    nodes.forEach((node: unknown, n: number) => {
      const key = `${nameOf(l)}#${n + offset}`;
      if (!Array.isArray(node) || node.length === 0) {
        problems.push(`${where}: call #${n} of '${nameOf(l)}' is not a list of input references`);
        return;
      }
      deps.set(key, node.filter((ref, k) => checkRef(ref, `input ${k} of call #${n} of '${nameOf(l)}'`)).map((r: Ref) => `${r[0]}#${r[1]}`));
    });
  }
  for (const key of ['input_layers', 'output_layers']) {
    const refs = cfg[key];
    if (!Array.isArray(refs) || refs.length === 0) problems.push(`${where}: ${key} is missing or empty`);
    else refs.forEach((r, i) => checkRef(r, `${key}[${i}]`));
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

const ZEROS = { class_name: 'Zeros', config: {} };

/** Keras string initializers (Keras 1/2 shorthand) as objects that can carry a seed. */
const NAMED_INITIALIZERS: Record<string, Json> = {
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
  if (Array.isArray(v)) v.forEach((x, i) => mapInitializers(x, `${path}/${i}`, fn));
  else if (isObject(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (k.endsWith('_initializer') && x !== null && x !== undefined) v[k] = fn(x, `${path}/${k}`);
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
  const obj = typeof init === 'string' ? NAMED_INITIALIZERS[init] : init;
  if (!isObject(obj)) return init;
  const copy = structuredClone(obj) as Json;
  if (copy.class_name === 'Orthogonal') return { class_name: 'GlorotUniform', config: { seed } };
  if (isObject(copy.config) && copy.class_name !== 'Zeros' && copy.class_name !== 'Ones' && copy.class_name !== 'Constant') copy.config.seed = seed;
  return copy;
}

const GLOROT = { class_name: 'GlorotUniform', config: {} };
const RECURRENT = { kernel_initializer: GLOROT, recurrent_initializer: { class_name: 'Orthogonal', config: {} } };
const CONV = { kernel_initializer: GLOROT };

/** tfjs' random defaults for initializers a config may leave out (Keras' defaults are the same). */
const RANDOM_DEFAULTS: Record<string, Json> = {
  Dense: CONV, Conv1D: CONV, Conv2D: CONV, Conv3D: CONV, Conv2DTranspose: CONV, Conv3DTranspose: CONV,
  SeparableConv2D: { depthwise_initializer: GLOROT, pointwise_initializer: GLOROT },
  DepthwiseConv2D: { depthwise_initializer: GLOROT },
  LSTM: RECURRENT, GRU: RECURRENT, SimpleRNN: RECURRENT, LSTMCell: RECURRENT, GRUCell: RECURRENT, SimpleRNNCell: RECURRENT,
  ConvLSTM2D: RECURRENT, ConvLSTM2DCell: RECURRENT,
  Embedding: { embeddings_initializer: { class_name: 'RandomUniform', config: { minval: -0.05, maxval: 0.05 } } },
};

/** Spell out omitted random initializers (also inside wrappers and RNN cells) so they can be zeroed or seeded. */
function fillDefaultInitializers(entry: unknown): void {
  if (!isObject(entry) || !isObject(entry.config)) return;
  const c = entry.config;
  for (const [key, init] of Object.entries(RANDOM_DEFAULTS[String(entry.class_name)] ?? {})) {
    if (c[key] === undefined || c[key] === null) c[key] = structuredClone(init);
  }
  for (const inner of [c.layer, c.cell, ...(Array.isArray(c.cell?.config?.cells) ? c.cell.config.cells : []), ...(Array.isArray(c.layers) ? c.layers : [])]) {
    fillDefaultInitializers(inner);
  }
}

/**
 * Layers whose every variable is about to be overwritten get storage without values (no random,
 * orthogonal or even zero-filling work: see unset-initializer.ts); the others get seeded initializers.
 */
export function prepareInitializers(model: Json, covered: ReadonlySet<string>, seed: number): void {
  for (const entry of (model.config?.layers ?? []) as Json[]) {
    if (!isObject(entry)) continue;
    fillDefaultInitializers(entry);
    const name = nameOf(entry);
    if (covered.has(name)) mapInitializers(entry.config, name, () => ({ class_name: UNSET_INITIALIZER, config: {} }));
    else mapInitializers(entry.config, name, (init, path) => seeded(init, (seed + hash(path)) >>> 0));
  }
}

/** Classes the config names that this tf instance cannot deserialise (tfjs-node may differ from 4.22). */
export function unknownClasses(tf: Tf, model: Json): string[] {
  const known = tf.serialization.SerializationMap.getMap().classNameMap;
  const missing = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) {
      if (typeof v.class_name === 'string' && isObject(v.config) && !(v.class_name in known)) missing.add(v.class_name);
      Object.values(v).forEach(walk);
    }
  };
  walk(model);
  return [...missing];
}

export class BuildError extends Error {
  override name = 'BuildError';
}

/** Validate, then deserialise. The config must already be normalised and have its initializers prepared. */
export async function buildModel(tf: Tf, model: Json): Promise<LayersModel> {
  const problems = validateGraph(model);
  if (problems.length) throw new BuildError(`the model graph is malformed: ${problems.join('; ')}`);
  registerUnsetInitializer(tf);
  const missing = unknownClasses(tf, model);
  if (missing.length) throw new BuildError(`this TF.js cannot deserialise ${missing.join(', ')}`);
  return tf.models.modelFromJSON({ modelTopology: model } as never);
}
