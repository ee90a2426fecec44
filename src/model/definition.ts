// From a model config (Keras 1, 2, 3 or a TF.js topology) to what the model expects in a weights
// file: the layer graph, each layer's variables with shapes propagated through the graph, and the
// Keras 3 object paths. Nothing here builds or runs the model, so any layer class can be covered.
import { InputError } from '../sources/errors.js';
import { DEFAULT_LIMITS, limitError, type Limits } from '../sources/limits.js';
import { lookupLayer } from './layers/catalogue.js';
import { UnresolvedShape, type LayerCall, type VariableSpec } from './layers/spec.js';
import { LayerConfigError } from './layers/shape-math.js';
import { ExprError } from './weight-expr.js';
import {
  asShape, builtInputShapes, declaredInputShape, detectGeneration, dtypeFacts, isObject,
  objectPathName, parseInboundNodes, writtenByTfjs, parseLayerRefs, unwrapModelConfig, type DTypeFacts, type Json,
} from './keras-config.js';
import { MODEL_CLASSES, isNestedModel, isOpNode, layerEntryName } from './keras-vocabulary.js';
import { asText } from '../text/config-text.js';
import {
  isDType, type DType, type DefinitionLayer, type DefinitionModel, type ExpectedVariable, type InboundCall, type KerasGeneration,
  type Producer, type Shape, type TensorRef, type TensorSpec,
} from './types.js';

export interface DefinitionSource {
  source: string;
  format: string;
  /** The JSON as found: a `{class_name, config}` model, or a wrapper with `model_config`. */
  raw: Json;
  producer?: Producer;
  /** Shape to assume for the model input when the config does not state one. */
  inputShape?: Shape;
  /** Bounds on the walk (maxLayers); DEFAULT_LIMITS when absent. */
  limits?: Limits;
}

/** Stand-in for an unknown dim so arithmetic still runs; anything derived from it is reported as null. */
const SENTINEL = 2 ** 40;
const SENTINEL_MIN = 2 ** 30;
/** Keras models nest a few levels at most; deeper is a hostile or broken config. */
const MAX_MODEL_NESTING = 32;

type MaybeShape = Shape | undefined;

interface Entry {
  raw: Json;
  name: string;
  className: string;
  config: Json;
  module?: string;
  registeredName?: string;
  inbound: InboundCall[];
  isOperation: boolean;
}

interface WalkContext {
  generation: KerasGeneration;
  /** tfjs-layers wrote the config: its defaults apply (writtenByTfjs). */
  tfjs: boolean;
  notes: string[];
  defaultDtype: DTypeFacts;
  depth: number;
  source: string;
  limits: Limits;
  /** Layers seen so far, nested models included (shared by every level of the walk). */
  seen: { layers: number };
}

export function buildDefinition(src: DefinitionSource): DefinitionModel {
  const model = unwrapModelConfig(src.raw);
  const stated = src.producer?.kerasVersion ?? (typeof src.raw.keras_version === 'string' ? src.raw.keras_version : undefined);
  const generation = detectGeneration(model, stated);
  const backend = src.producer?.backend ?? (typeof src.raw.backend === 'string' ? src.raw.backend : undefined);
  const ctx: WalkContext = {
    generation, tfjs: writtenByTfjs({ kerasVersion: stated, backend }), notes: [], defaultDtype: dtypeFacts(undefined), depth: 0,
    source: src.source, limits: src.limits ?? DEFAULT_LIMITS, seen: { layers: 0 },
  };
  const walked = walkModel(model, ctx, src.inputShape);
  return {
    source: src.source,
    format: src.format,
    generation,
    producer: { ...src.producer, kerasVersion: stated },
    className: walked.className,
    name: walked.name,
    layers: walked.layers,
    inputs: walked.inputs,
    outputs: walked.outputs,
    config: model,
    notes: ctx.notes,
  };
}

interface Walked {
  className: string;
  name: string;
  layers: DefinitionLayer[];
  inputs: TensorSpec[];
  outputs: TensorSpec[];
  outputShapes: MaybeShape[];
}

function entryOf(raw: unknown): Entry | undefined {
  if (!isObject(raw) || typeof raw.class_name !== 'string') return undefined;
  const config = isObject(raw.config) ? raw.config : Array.isArray(raw.config) ? { layers: raw.config } : {};
  const name = layerEntryName(raw, raw.class_name);
  const module = typeof raw.module === 'string' ? raw.module : undefined;
  return {
    raw,
    name,
    className: raw.class_name,
    config,
    module,
    registeredName: typeof raw.registered_name === 'string' ? raw.registered_name : undefined,
    inbound: parseInboundNodes(raw.inbound_nodes),
    // Keras 3 records raw `keras.ops` calls (e.g. NotEqual for masks) as graph entries that are not layers.
    isOperation: isOpNode(raw),
  };
}

function walkModel(model: Json, ctx: WalkContext, inputOverride?: Shape): Walked {
  if (ctx.depth > MAX_MODEL_NESTING) {
    throw new InputError(ctx.source, 'unsupported-format', `its config nests models more than ${MAX_MODEL_NESTING} deep`,
      'Keras writes a nested model as one layer of its parent; a config this deep was not written by Keras. Re-save the model with Keras.');
  }
  const className = asText(model.class_name, 'Model');
  const cfg = model.config;
  const layersRaw: unknown[] = Array.isArray(cfg) ? cfg : isObject(cfg) && Array.isArray(cfg.layers) ? cfg.layers : [];
  ctx.seen.layers += layersRaw.length;
  if (ctx.seen.layers > ctx.limits.maxLayers) throw limitError(ctx.source, 'maxLayers', ctx.limits, `the model config has at least ${ctx.seen.layers} layers`);
  const name = isObject(cfg) && typeof cfg.name === 'string' ? cfg.name : asText(model.name, className.toLowerCase());
  const entries = layersRaw.map(entryOf).filter((e): e is Entry => e !== undefined);
  if (entries.length < layersRaw.length) ctx.notes.push(`${layersRaw.length - entries.length} layer entr${layersRaw.length - entries.length === 1 ? 'y has' : 'ies have'} no class_name and were ignored`);
  const functional = className !== 'Sequential' && (entries.some((e) => e.inbound.length > 0) || (isObject(cfg) && 'input_layers' in cfg));
  if (!functional && className !== 'Sequential' && !MODEL_CLASSES.has(className) && !entries.length) {
    ctx.notes.push(`'${className}' is a subclassed model: its layers are defined in Python code, not in the config, so the expected weights cannot be derived from the definition`);
    return { className, name, layers: [], inputs: [], outputs: [], outputShapes: [] };
  }
  return functional
    ? walkFunctional(className, name, isObject(cfg) ? cfg : {}, entries, ctx)
    : walkSequential(className, name, isObject(cfg) ? cfg : {}, entries, ctx, inputOverride);
}

// ---- Sequential -------------------------------------------------------------------------------

function walkSequential(className: string, name: string, cfg: Json, entries: Entry[], ctx: WalkContext, inputOverride?: Shape): Walked {
  let members = entries;
  let inputName = `${entries[0]?.name ?? name}_input`;
  let inputDtype: DType = 'float32';
  let shape: MaybeShape;
  if (entries[0]?.className === 'InputLayer') {
    shape = declaredInputShape(entries[0].config);
    inputName = entries[0].name;
    inputDtype = dtypeFacts(entries[0].config.dtype).variableDtype;
    // Sequential.layers drops the InputLayer, in Keras 2 and 3 alike.
    members = entries.slice(1);
  } else if (entries[0]) {
    shape = declaredInputShape(entries[0].config);
    const stated = entries[0].config.input_dtype;
    if (isDType(stated)) inputDtype = stated;
  }
  shape ??= asShape(cfg.build_input_shape) ?? (members[0] ? builtInputShapes(members[0].raw)?.[0] : undefined) ?? inputOverride;
  if (!shape) ctx.notes.push(`the Sequential model '${name}' declares no input shape: shapes that depend on it are left open`);
  const inputs: TensorSpec[] = [{ name: inputName, shape: shape ?? [null], dtype: inputDtype }];
  const counters = new Map<string, number>();
  const layers: DefinitionLayer[] = [];
  let current: MaybeShape[] = [shape];
  for (const e of members) {
    const layer = buildLayer(e, current, {}, ctx, counters, e.raw);
    layers.push(layer);
    current = layer.outputShapes.length ? layer.outputShapes : [undefined];
  }
  return {
    className, name, layers, inputs,
    outputs: [{ name: members.at(-1)?.name ?? name, shape: current[0] ?? [null], dtype: 'float32' }],
    outputShapes: current,
  };
}

// ---- Functional -------------------------------------------------------------------------------

function walkFunctional(className: string, name: string, cfg: Json, entries: Entry[], ctx: WalkContext): Walked {
  const byName = new Map<string, Entry>();
  for (const e of entries) {
    if (byName.has(e.name)) ctx.notes.push(`two layers are named '${e.name}': Keras refuses such a model ("All layer names should be unique")`);
    else byName.set(e.name, e);
  }
  const nodeOutputs = new Map<string, MaybeShape[][]>();
  const built = new Map<string, DefinitionLayer>();
  const counters = new Map<string, number>();
  const inputs: TensorSpec[] = [];

  // Layer order for object paths is the config order (= model.layers order), so reserve names up front.
  const pathOf = new Map<string, string>();
  for (const e of entries) if (!e.isOperation) pathOf.set(e.name, nextObjectPath(e.className, counters));

  for (const e of entries) {
    if (e.className !== 'InputLayer') continue;
    const shape = declaredInputShape(e.config);
    nodeOutputs.set(e.name, [[shape]]);
    inputs.push({ name: e.name, shape: shape ?? [null], dtype: dtypeFacts(e.config.dtype).variableDtype });
  }

  const resolve = (ref: TensorRef): { ready: boolean; shape: MaybeShape } => {
    const outs = nodeOutputs.get(ref.layer);
    if (!byName.has(ref.layer)) return { ready: true, shape: undefined };
    if (!outs) return { ready: false, shape: undefined };
    // A nested functional model starts with a node of its own, so callers count from 1 (Keras' node_index -= 1).
    const node = outs[ref.node] ?? outs[ref.node - 1];
    if (!node) return { ready: false, shape: undefined };
    return { ready: true, shape: node[ref.tensor] ?? node[0] };
  };

  let pending = dependencyOrder(entries.filter((e) => e.className !== 'InputLayer'), byName);
  // Each pass resolves what it can; on any config Keras writes, the first pass does nearly all of it.
  // A hostile tangle of shared-layer calls could need a pass per node: the budget keeps the walk linear.
  let budget = 50 * (pending.length + pending.reduce((n, e) => n + e.inbound.length, 0)) + 10_000;
  let progress = true;
  for (let pass = 0; progress && pending.length && pass <= entries.length + 1 && budget > 0; pass++) {
    progress = false;
    const unfinished: Entry[] = [];
    for (const e of pending) {
      budget--;
      const done = nodeOutputs.get(e.name)?.length ?? 0;
      for (let n = done; n < Math.max(e.inbound.length, 1); n++) {
        const call = e.inbound[n] ?? { inputs: [], kwargs: {}, tensorKwargs: {} };
        const resolved = call.inputs.map(resolve);
        const kw = Object.entries(call.tensorKwargs).map(([k, r]) => [k, resolve(r)] as const);
        if (!resolved.every((r) => r.ready) || !kw.every(([, r]) => r.ready)) break;
        const shapes = resolved.map((r) => r.shape);
        const kwShapes = Object.fromEntries(kw.map(([k, r]) => [k, r.shape]));
        // Node 0 builds the layer; later nodes call the layer built then (nodes are walked in order).
        const layer = built.get(e.name);
        let outs: MaybeShape[];
        if (n === 0 || !layer) {
          const fresh = buildLayer(e, shapes, kwShapes, ctx, counters, e.raw, pathOf.get(e.name) ?? '');
          built.set(e.name, fresh);
          outs = fresh.outputShapes.length ? fresh.outputShapes : [undefined];
        } else {
          outs = callOutputs(layer, e, shapes, kwShapes, ctx);
        }
        const list = nodeOutputs.get(e.name) ?? [];
        list.push(outs);
        nodeOutputs.set(e.name, list);
        progress = true;
      }
      if ((nodeOutputs.get(e.name)?.length ?? 0) < Math.max(e.inbound.length, 1)) unfinished.push(e);
    }
    pending = unfinished;
  }
  for (const e of pending) {
    // Inputs that never resolve (a cycle, or a node naming a missing layer): build with open shapes.
    if (!built.has(e.name)) built.set(e.name, buildLayer(e, [undefined], {}, ctx, counters, e.raw, pathOf.get(e.name) ?? ''));
    ctx.notes.push(`layer '${e.name}' could not be connected to the graph (its inbound nodes refer to tensors that never exist)`);
  }

  const layers: DefinitionLayer[] = entries.map((e) => {
    if (e.className === 'InputLayer') {
      return weightless(e, pathOf.get(e.name) ?? '', [declaredInputShape(e.config) ?? [null]], ctx);
    }
    // Every other entry was built above (resolved, or with open shapes); the fallback only satisfies the compiler.
    return built.get(e.name) ?? buildLayer(e, [undefined], {}, ctx, counters, e.raw, pathOf.get(e.name) ?? '');
  });

  const outRefs = parseLayerRefs(cfg.output_layers);
  const outputs: TensorSpec[] = outRefs.map((r) => ({ name: r.layer, shape: resolve(r).shape ?? [null], dtype: 'float32' }));
  const inRefs = parseLayerRefs(cfg.input_layers);
  const orderedInputs = inRefs.length ? inRefs.map((r) => inputs.find((i) => i.name === r.layer) ?? { name: r.layer, shape: [null], dtype: 'float32' as const }) : inputs;
  return { className, name, layers, inputs: orderedInputs, outputs, outputShapes: outRefs.map((r) => resolve(r).shape) };
}

/**
 * Config order, except that a layer comes after the layers its first call reads from. Keras writes
 * configs in that order already, so theirs come out unchanged; a config listed backwards would
 * otherwise cost one pass per layer. Depth-first with an explicit stack: no recursion to overflow.
 */
function dependencyOrder(pending: Entry[], byName: Map<string, Entry>): Entry[] {
  const inPending = new Set(pending);
  const deps = (e: Entry): Entry[] => {
    const call = e.inbound[0];
    if (!call) return [];
    return [...call.inputs, ...Object.values(call.tensorKwargs)]
      .map((r) => byName.get(r.layer))
      .filter((d): d is Entry => d !== undefined && d !== e && inPending.has(d));
  };
  const seen = new Set<Entry>();
  const out: Entry[] = [];
  for (const root of pending) {
    if (seen.has(root)) continue;
    seen.add(root);
    const stack: { e: Entry; deps: Entry[]; next: number }[] = [{ e: root, deps: deps(root), next: 0 }];
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      const d = top.deps[top.next];
      if (d) {
        top.next++;
        if (!seen.has(d)) {
          seen.add(d);
          stack.push({ e: d, deps: deps(d), next: 0 });
        }
      } else {
        stack.pop();
        out.push(top.e);
      }
    }
  }
  return out;
}

function nextObjectPath(className: string, counters: Map<string, number>): string {
  const snake = objectPathName(className);
  const n = counters.get(snake) ?? 0;
  counters.set(snake, n + 1);
  return `layers/${n === 0 ? snake : `${snake}_${n}`}`;
}

// ---- one layer --------------------------------------------------------------------------------

function weightless(e: Entry, objectPath: string, outputShapes: Shape[], ctx: WalkContext): DefinitionLayer {
  const dt = dtypeFacts(e.config.dtype, ctx.defaultDtype);
  return {
    name: e.name, className: e.className, module: e.module, registeredName: e.registeredName, config: e.config,
    inbound: e.inbound, weights: [], status: 'known', objectPath, isOperation: e.isOperation,
    variableDtype: dt.variableDtype, dtypePolicy: dt.policy, outputShapes,
  };
}

function buildLayer(
  e: Entry, inputShapes: MaybeShape[], kwShapes: Record<string, MaybeShape>, ctx: WalkContext,
  counters: Map<string, number>, raw: Json, reservedPath?: string,
): DefinitionLayer {
  const objectPath = e.isOperation ? '' : reservedPath ?? nextObjectPath(e.className, counters);
  const dt = dtypeFacts(e.config.dtype, ctx.defaultDtype);
  const base: DefinitionLayer = {
    name: e.name, className: e.className, module: e.module, registeredName: e.registeredName, config: e.config,
    inbound: e.inbound, weights: [], status: 'known', objectPath, isOperation: e.isOperation,
    variableDtype: dt.variableDtype, dtypePolicy: dt.policy, outputShapes: [],
  };
  if (dt.quantized) base.note = `quantized dtype policy '${dt.policy}': the saved variables follow the quantized layout`;

  if (e.isOperation) {
    base.outputShapes = [inputShapes[0] ?? [null]];
    return base;
  }
  if (isNestedModel(e.className, e.config)) return buildNested(base, e, inputShapes, ctx);

  const spec = lookupLayer(e.className, ctx.generation);
  if (!spec) {
    base.status = 'unknown-class';
    base.note = `weightgate does not know the variables of class '${e.className}'${e.registeredName ? ` (registered as '${e.registeredName}')` : ''}; its weights cannot be checked by shape`;
    base.carriesCode = true;
    base.outputShapes = [];
    return base;
  }
  if (spec.carriesCode) base.carriesCode = true;

  const attempt = runSpec(spec, e, dt, inputShapes, kwShapes, ctx, raw);
  base.status = attempt.partial ? 'partial' : 'known';
  if (attempt.partial) base.note = attempt.note;
  base.outputShapes = attempt.outputs;
  base.weights = toExpected(e, objectPath, attempt.vars, dt, ctx.generation);
  return base;
}

function call(e: Entry, dt: DTypeFacts, inputShapes: Shape[], kwShapes: Record<string, Shape>, ctx: Pick<WalkContext, 'generation' | 'tfjs'>): LayerCall {
  return { className: e.className, name: e.name, config: e.config, generation: ctx.generation, ...(ctx.tfjs ? { tfjs: true } : {}), variableDtype: dt.variableDtype, inputShapes, kwargShapes: kwShapes };
}

interface Attempt {
  vars: VariableSpec[];
  outputs: Shape[];
  partial: boolean;
  note?: string;
}

function guessRank(className: string): number {
  if (/3D/.test(className)) return 5;
  if (/2D/.test(className)) return 4;
  if (/1D|LSTM|GRU|RNN|Bidirectional|TimeDistributed|Attention|Normalization/.test(className)) return 3;
  return 2;
}

function fill(shape: MaybeShape, className: string): Shape {
  if (!shape) return [null, ...Array.from({ length: guessRank(className) - 1 }, () => SENTINEL)];
  return shape.map((d, i) => (i > 0 && d === null ? SENTINEL : d));
}

function clean(shape: Shape): Shape {
  return shape.map((d) => (d === null || !Number.isFinite(d) || d >= SENTINEL_MIN || !Number.isInteger(d) ? null : d));
}

/**
 * The errors that say "this layer's variables cannot be computed from this config": a shape the spec
 * needs is open, or a config Keras itself would reject. Any other error is a defect in weightgate and
 * propagates (a TypeError must never turn into a quietly 'partial' layer).
 */
function isLayerInputError(err: unknown): err is Error {
  return err instanceof UnresolvedShape || err instanceof LayerConfigError || err instanceof InputError || err instanceof ExprError;
}

/** The keyword shapes that are known (an unknown one reads as absent, as the specs' `??` reads do). */
function knownShapes(kw: Record<string, MaybeShape>): Record<string, Shape> {
  return Object.fromEntries(Object.entries(kw).filter((x): x is [string, Shape] => x[1] !== undefined));
}

function runSpec(
  spec: NonNullable<ReturnType<typeof lookupLayer>>, e: Entry, dt: DTypeFacts, inputShapes: MaybeShape[],
  kwShapes: Record<string, MaybeShape>, ctx: WalkContext, raw: Json,
): Attempt {
  const known = inputShapes.length > 0 && inputShapes.every((s): s is Shape => s !== undefined);
  const kwKnown = Object.values(kwShapes).every((s) => s !== undefined);
  if (known && kwKnown) {
    try {
      const c = call(e, dt, inputShapes, knownShapes(kwShapes), ctx);
      return { vars: spec.variables(c), outputs: safeOutputs(spec, c), partial: false };
    } catch (err) {
      if (!isLayerInputError(err)) throw err;
    }
  }
  // Keras 3 wrote down the shape the layer was built with: as good as propagation when ours is open.
  const builtShapes = builtInputShapes(raw);
  if (builtShapes && (!known || !kwKnown)) {
    try {
      const c = call(e, dt, builtShapes, {}, ctx);
      if (builtShapes.length > 1 && e.className === 'MultiHeadAttention') c.inputShapes = builtShapes;
      return { vars: spec.variables(c), outputs: safeOutputs(spec, c), partial: false };
    } catch (err) {
      if (!isLayerInputError(err)) throw err;
      // fall through to the sentinel attempt
    }
  }
  const filled = (inputShapes.length ? inputShapes : [undefined]).map((s) => fill(s, e.className));
  const kwFilled = Object.fromEntries(Object.entries(kwShapes).map(([k, s]) => [k, fill(s, e.className)]));
  const why = known ? 'its input has open dimensions' : 'the shape of its input is unknown (an upstream layer could not be resolved)';
  try {
    const c = call(e, dt, filled, kwFilled, ctx);
    const vars = spec.variables(c).map((v) => ({ ...v, shape: clean(v.shape) }));
    const partial = vars.some((v) => v.shape.some((d) => d === null));
    return {
      vars,
      outputs: safeOutputs(spec, c).map(clean),
      partial,
      note: partial ? `some variable dimensions cannot be computed: ${why}` : undefined,
    };
  } catch (err) {
    if (!isLayerInputError(err)) throw err;
    return { vars: [], outputs: [], partial: true, note: `variables cannot be computed: ${why} (${err.message})` };
  }
}

function safeOutputs(spec: NonNullable<ReturnType<typeof lookupLayer>>, c: LayerCall): Shape[] {
  try {
    return spec.outputShapes(c);
  } catch (err) {
    if (!isLayerInputError(err)) throw err;
    return [];
  }
}

/** Keras 3 indexes each saveable's own variables as trainable then non-trainable, in creation order. */
function toExpected(e: Entry, objectPath: string, vars: VariableSpec[], dt: DTypeFacts, generation: KerasGeneration): ExpectedVariable[] {
  const layerTrainable = e.config.trainable !== false;
  const ordered = [...vars.filter((v) => v.trainable), ...vars.filter((v) => !v.trainable)];
  const perOwner = new Map<string, number>();
  return ordered.map((v) => {
    const owner = v.owner ? `${objectPath}/${v.owner}` : objectPath;
    const index = perOwner.get(owner) ?? 0;
    perOwner.set(owner, index + 1);
    const path = generation === 1 ? `${e.name}_${v.name}` : [e.name, v.scope, v.name].filter(Boolean).join('/');
    return {
      name: v.name, shape: v.shape, dtype: v.dtype ?? dt.variableDtype, trainable: v.trainable && layerTrainable,
      path, objectPath: owner, index,
    };
  });
}

// ---- nested models ----------------------------------------------------------------------------

function buildNested(base: DefinitionLayer, e: Entry, inputShapes: MaybeShape[], ctx: WalkContext): DefinitionLayer {
  const inner = walkModel({ class_name: e.className, config: e.config }, { ...ctx, depth: ctx.depth + 1 }, inputShapes[0]);
  const nested: DefinitionModel = {
    source: '', format: 'nested model', generation: ctx.generation, producer: {}, className: inner.className, name: inner.name,
    layers: inner.layers, inputs: inner.inputs, outputs: inner.outputs, config: e.config, notes: [],
  };
  base.nested = nested;
  const all = inner.layers.filter((l) => !l.isOperation).flatMap((l) => l.weights);
  // A nested model is one entry of model.layers: legacy files store all trainable weights of all its
  // sub-layers first, then all non-trainable ones (BatchNormalization statistics go to the end).
  const ordered = [...all.filter((w) => w.trainable), ...all.filter((w) => !w.trainable)];
  base.weights = ordered.map((w) => ({ ...w, objectPath: `${base.objectPath}/${w.objectPath}` }));
  const sub = inner.layers.filter((l) => l.status !== 'known');
  if (sub.some((l) => l.status === 'unknown-class')) base.status = 'unknown-class';
  else if (sub.length) base.status = 'partial';
  if (sub.length) base.note = `nested layers not fully resolved: ${sub.map((l) => `'${l.name}' (${l.className})`).join(', ')}`;
  base.carriesCode = inner.layers.some((l) => l.carriesCode);
  base.outputShapes = inner.outputShapes.map((s) => s ?? [null]);
  return base;
}

/** Later calls of an already-built layer: shapes only (a shared layer builds its variables once). */
function callOutputs(layer: DefinitionLayer, e: Entry, shapes: MaybeShape[], kw: Record<string, MaybeShape>, ctx: WalkContext): MaybeShape[] {
  if (layer.nested) return layer.outputShapes;
  const spec = lookupLayer(e.className, ctx.generation);
  if (!spec || !shapes.every((s): s is Shape => s !== undefined)) return layer.outputShapes.length ? layer.outputShapes : [undefined];
  try {
    return spec.outputShapes(call(e, dtypeFacts(e.config.dtype), shapes, knownShapes(kw), ctx));
  } catch (err) {
    if (!isLayerInputError(err)) throw err;
    return [undefined];
  }
}
