// Putting saved values into the TF.js model exactly where the pairing says: per layer, in the layer's
// own variable order, through `layer.setWeights` (which checks every shape before assigning any).
// tfjs' `model.weights` order (all trainable, then all non-trainable) and its name-based loader are
// never used, so a pairing that swaps two variables shows up in the outputs as it would in Keras.
import { preprocessForLoading, tfjsLoadTarget } from '../model/tfkeras-preprocess.js';
import type { ArtifactModel, DefinitionLayer, DefinitionModel, SavedVariable, WeightData } from '../model/types.js';
import { ExprError, asFloat32, evaluateExpr, readSaved } from '../model/weight-expr.js';
import { Staging } from '../sources/staging.js';
import type { LayersModel, Tf, WeightAssignment } from './engine-types.js';
import { plural } from '../text/grammar.js';

type Tensor = ReturnType<Tf['tensor']>;

class LoadError extends Error {
  override name = 'LoadError';
}

interface Value {
  data: WeightData;
  shape: number[];
  saved: SavedVariable;
}

/** Values for each TF.js variable of one layer, in `layer.weights` order; undefined keeps the current value. */
interface Planned {
  values: (Tensor | undefined)[];
  description?: string;
}

/** Variables one definition layer receives, by `weightIndex`. */
function groupByLayer(definition: DefinitionModel, assignments: readonly WeightAssignment[]): Map<DefinitionLayer, Map<number, SavedVariable>> {
  const layers = new Map(definition.layers.filter((l) => !l.isOperation).map((l) => [l.name, l]));
  const out = new Map<DefinitionLayer, Map<number, SavedVariable>>();
  for (const a of assignments) {
    const layer = layers.get(a.layer);
    if (!layer) throw new LoadError(`an assignment names layer '${a.layer}', which the definition does not have`);
    if (!Number.isInteger(a.weightIndex) || a.weightIndex < 0 || a.weightIndex >= layer.weights.length) {
      throw new LoadError(`an assignment names variable #${a.weightIndex} of layer '${a.layer}', which has ${layer.weights.length}`);
    }
    const slot = out.get(layer) ?? new Map<number, SavedVariable>();
    if (slot.has(a.weightIndex)) throw new LoadError(`variable ${layer.weights[a.weightIndex]?.path ?? `#${a.weightIndex}`} of layer '${a.layer}' is assigned twice`);
    slot.set(a.weightIndex, a.saved);
    out.set(layer, slot);
  }
  return out;
}

/** Definition layers whose every variable is assigned: they can start from zeros. */
export function fullyAssignedLayers(definition: DefinitionModel, assignments: readonly WeightAssignment[]): Set<string> {
  const covered = new Set<string>();
  for (const [layer, slot] of groupByLayer(definition, assignments)) if (slot.size === layer.weights.length) covered.add(layer.name);
  return covered;
}

function product(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** TF.js variables are float32 (int32 for integer ones); int64 and half-precision values are narrowed. */
function toTfValues(data: WeightData, dtype: string): Float32Array | Int32Array {
  if (dtype === 'int32') {
    if (data instanceof Int32Array) return data;
    if (data instanceof BigInt64Array) return Int32Array.from(data, (v) => Number(v));
    return Int32Array.from(data as ArrayLike<number>, (v) => Math.round(v));
  }
  return asFloat32(data);
}

function shapeText(s: readonly (number | null)[]): string {
  return `[${s.join(', ')}]`;
}

function keyOf(saved: SavedVariable): string {
  return `${saved.path}\0${saved.objectPath}\0${saved.index}`;
}



/**
 * Reads each saved variable once, however many assignments name it, and lets go of its values after
 * the last of them (TF.js holds its own copy by then). On a backend that copies values into its own
 * memory as a tensor is made (WASM), the bytes travel in reused staging buffers, handed back as
 * soon as the layer that used them last is loaded.
 */
class ValueReader {
  private readonly cache = new Map<string, Promise<WeightData>>();
  /** Reads still to come of each saved variable. */
  private readonly uses = new Map<string, number>();
  /** Layers holding each value now (read, not yet done with). */
  private readonly held = new Map<string, number>();

  constructor(private readonly artifact: ArtifactModel, assignments: readonly WeightAssignment[], private readonly staging?: Staging) {
    for (const a of assignments) this.uses.set(keyOf(a.saved), (this.uses.get(keyOf(a.saved)) ?? 0) + 1);
  }

  /** Not async on purpose: the counting happens when called, in call order, not when the read ends. */
  read(saved: SavedVariable): Promise<Value> {
    const key = keyOf(saved);
    let p = this.cache.get(key);
    if (!p) {
      p = readSaved(this.artifact, saved, { staging: this.staging });
      this.cache.set(key, p);
    }
    const left = (this.uses.get(key) ?? 1) - 1;
    this.uses.set(key, left);
    if (left <= 0) this.cache.delete(key);
    this.held.set(key, (this.held.get(key) ?? 0) + 1);
    return p.then((data) => {
      const value = { data, shape: saved.shape, saved };
      if (data.length !== product(saved.shape)) {
        this.done([value]);
        throw new LoadError(`${saved.path}: the file holds ${data.length} values for shape ${shapeText(saved.shape)}`);
      }
      return value;
    });
  }

  /** The engine has copied these values: give back the buffers no layer holds or will read again. */
  done(values: Iterable<Value>): void {
    for (const v of values) {
      const key = keyOf(v.saved);
      const held = (this.held.get(key) ?? 1) - 1;
      this.held.set(key, held);
      if (held <= 0 && (this.uses.get(key) ?? 0) <= 0) this.staging?.release(v.data);
    }
  }
}

// ---- how one Keras layer's variables become the TF.js layer's ------------------------------

type Adapter = (tf: Tf, layer: DefinitionLayer, values: Map<number, Value>, target: readonly { shape: number[]; dtype: string }[]) => Planned | undefined;

function tensorOf(tf: Tf, v: Value, dtype: string): Tensor {
  return tf.tensor(toTfValues(v.data, dtype), v.shape, dtype as 'float32');
}

/**
 * Keras and TF.js list a layer's variables in the same order (trainable, then non-trainable). So do
 * weightgate's own classes (src/engine/layers): MultiHeadAttention's 8 in Keras' query, key, value,
 * attention_output order, GRU reset_after's kernel, recurrent_kernel and (2, 3·units) bias.
 */
const positional: Adapter = (tf, layer, values, target) => {
  if (layer.weights.length !== target.length) {
    throw new LoadError(`layer '${layer.name}' (${layer.className}): the definition expects ${layer.weights.length} variables `
      + `(${layer.weights.map((w) => w.name).join(', ')}) but the TF.js layer has ${target.length}`);
  }
  return { values: target.map((t, i) => (values.has(i) ? tensorOf(tf, values.get(i)!, t.dtype) : undefined)) };
};

/**
 * The definition's own layout converted to the one TF.js builds, by tf-keras' table (Keras 1 per-gate
 * arrays and 'th' kernels, CuDNN layouts): a Keras 1 or CuDNN definition is built in TF.js as its
 * Keras 2 counterpart, exactly as tf-keras would load those arrays into it.
 */
function converted(tf: Tf, definition: DefinitionModel, layer: DefinitionLayer, values: Map<number, Value>, target: readonly { shape: number[]; dtype: string }[]): Planned | undefined {
  const shapes = layer.weights.map((w, i) => values.get(i)?.shape ?? w.shape.map((d) => d ?? 0));
  const p = preprocessForLoading(tfjsLoadTarget({ className: layer.className, config: layer.config }), shapes, { keras1: definition.generation === 1 });
  if (p.kind === 'as-saved') return undefined;
  if (p.kind === 'refused') throw new LoadError(`layer '${layer.name}' (${layer.className}): ${p.message}`);
  const missing = layer.weights.filter((_, i) => !values.has(i)).map((w) => w.name);
  if (missing.length) throw new LoadError(`layer '${layer.name}': ${missing.join(', ')} are not assigned, so the converted variables cannot be formed`);
  if (p.outputs.length !== target.length) {
    throw new LoadError(`layer '${layer.name}' (${layer.className}): the conversion gives ${p.outputs.length} variables, the TF.js layer has ${target.length}`);
  }
  const inputs = layer.weights.map((_, i) => ({ data: asFloat32(values.get(i)!.data), shape: values.get(i)!.shape }));
  try {
    const out = p.outputs.map((e) => evaluateExpr(e, inputs));
    return { values: out.map((o) => tf.tensor(o.data, o.shape, 'float32')), description: `'${layer.name}': ${p.description}` };
  } catch (err) {
    if (err instanceof ExprError) throw new LoadError(`layer '${layer.name}': ${err.message}`);
    throw err;
  }
}

function planLayer(tf: Tf, definition: DefinitionModel, layer: DefinitionLayer, values: Map<number, Value>, target: readonly { shape: number[]; dtype: string }[]): Planned {
  return converted(tf, definition, layer, values, target) ?? positional(tf, layer, values, target)!;
}

// ---- loading --------------------------------------------------------------------------------

export interface LoadSummary {
  /** Variables assigned from the file. */
  assigned: number;
  notes: string[];
}

function tfLayer(model: LayersModel, name: string) {
  try {
    return model.getLayer(name);
  } catch {
    throw new LoadError(`the TF.js model has no layer named '${name}'`);
  }
}

export async function loadAssignments(
  tf: Tf, model: LayersModel, definition: DefinitionModel, artifact: ArtifactModel, assignments: readonly WeightAssignment[],
): Promise<LoadSummary> {
  const groups = groupByLayer(definition, assignments);
  const reader = new ValueReader(artifact, assignments, copiesOnWrite(tf) ? new Staging() : undefined);
  const notes: string[] = [];
  const untouched: string[] = [];
  let assigned = 0;
  const loading = new Set([...groups.keys()].map((d) => d.name));
  for (const l of model.layers) {
    if (!loading.has(l.name)) untouched.push(...l.weights.map((w) => w.originalName));
  }
  const layers = [...groups];
  const readSlot = (slot: Map<number, SavedVariable>) => [...slot].map(([i, saved]) => {
    const p = reader.read(saved);
    p.catch(() => undefined); // awaited below, or abandoned when an earlier layer fails
    return [i, p] as const;
  });
  const first = layers[0];
  let next = first ? readSlot(first[1]) : [];
  for (const [k, [layer, slot]] of layers.entries()) {
    const pending = next;
    // The worker reads the next layer while this one is uploaded: two layers' values at most in flight.
    const following = layers[k + 1];
    next = following ? readSlot(following[1]) : [];
    const target = tfLayer(model, layer.name);
    const vars = target.weights;
    const values = new Map<number, Value>();
    let plan: Planned;
    try {
      for (const [i, p] of pending) values.set(i, await p);
      plan = planLayer(tf, definition, layer, values, vars.map((v) => ({ shape: v.shape as number[], dtype: v.dtype })));
    } finally {
      reader.done(values.values());
    }
    try {
      const current = plan.values.some((t) => !t) ? target.getWeights() : [];
      const filled: Tensor[] = [];
      for (const [i, t] of plan.values.entries()) {
        const v = vars[i];
        const kept = current[i];
        if (!v) throw new LoadError(`layer '${layer.name}': ${plan.values.length} values for ${vars.length} TF.js variables`);
        if (t && !sameShape(t.shape, v.shape as number[])) {
          const from = plan.description ? undefined : slot.get(i);
          throw new LoadError(`layer '${layer.name}' variable ${v.originalName}: TF.js expects ${shapeText(v.shape)}, `
            + `the assigned value has ${shapeText(t.shape)}${from ? ` (from ${from.path})` : ''}`);
        }
        if (t) filled.push(t);
        else if (kept) {
          untouched.push(v.originalName);
          filled.push(kept);
        } else {
          throw new LoadError(`layer '${layer.name}' variable ${v.originalName}: TF.js holds no value to keep`);
        }
      }
      target.setWeights(filled);
    } finally {
      for (const t of plan.values) t?.dispose();
    }
    assigned += slot.size;
    if (plan.description) notes.push(plan.description);
  }
  if (untouched.length) {
    notes.push(`${plural(untouched.length, 'variable')} received no value from the file and keep seeded initial values: ${untouched.slice(0, 8).join(', ')}${untouched.length > 8 ? ', …' : ''}`);
  }
  return { assigned, notes };
}

/**
 * Whether making a tensor copies the values at once, so their buffer can be reused straight after.
 * The WASM backend does; the CPU backend keeps the very array, and tfjs-node keeps it until the
 * tensor is first used.
 */
function copiesOnWrite(tf: Tf): boolean {
  return tf.getBackend() === 'wasm';
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
