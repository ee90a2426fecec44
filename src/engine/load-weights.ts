// Putting saved values into the TF.js model exactly where the pairing says: per layer, in the layer's
// own variable order, every shape checked before any of the layer's values is assigned. On the WASM
// engine a value goes from staging straight into its variable's heap storage, slice by slice as the
// reader writes it; otherwise (and when a conversion needs the arrays whole) as a tensor, through
// `layer.setWeights` (which checks every shape before assigning any). tfjs' `model.weights` order
// (all trainable, then all non-trainable) and its name-based loader are never used, so a pairing that
// swaps two variables shows up in the outputs as it would in Keras.
import { preprocessForLoading, tfjsLoadTarget } from '../model/tfkeras-preprocess.js';
import { DTYPE_BYTES, type ArtifactModel, type DefinitionLayer, type DefinitionModel, type SavedVariable, type WeightData } from '../model/types.js';
import { ExprError, asFloat32, evaluateExpr, readSaved } from '../model/weight-expr.js';
import { KeptStaging, Staging, StagedRead, type WeightStaging } from '../sources/staging.js';
import type { LayersModel, Tf, WeightAssignment } from './engine-types.js';
import type { WasmBackendInternals } from './wasm-backend.js';
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
 * Starts reads in the pairing's order, as far ahead of the loader as staging allows: with reusable
 * staging (WASM), within `budget` bytes in flight, one layer's worth, so that the worker reads on
 * while the loader copies and never more than a layer waits in staging; without it, one layer ahead.
 * The layer being loaded always gets its reads, so a value held for a later layer cannot stall it.
 */
class ReadQueue {
  private readonly queue: { layer: number; bytes: number; start: () => void }[] = [];
  private inFlight = 0;
  private current = 0;

  constructor(private readonly budget?: number) {}

  add(layer: number, bytes: number, start: () => void): void {
    this.queue.push({ layer, bytes, start });
    this.pump();
  }

  /** The loader has reached `layer`. */
  at(layer: number): void {
    this.current = layer;
    this.pump();
  }

  /** A read's staging is given back. */
  done(bytes: number): void {
    this.inFlight -= bytes;
    this.pump();
  }

  private pump(): void {
    for (let head = this.queue[0]; head; head = this.queue[0]) {
      const fits = this.budget === undefined ? head.layer <= this.current + 1 : this.inFlight + head.bytes <= this.budget;
      if (head.layer > this.current && !fits) return;
      this.queue.shift();
      this.inFlight += head.bytes;
      head.start();
    }
  }
}

/** Bytes a saved variable takes in staging: as stored. */
function stagedBytes(v: SavedVariable): number {
  return Math.max(1, product(v.shape) * (DTYPE_BYTES[v.storedDtype ?? v.dtype] || 4));
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

  constructor(private readonly artifact: ArtifactModel, assignments: readonly WeightAssignment[], private readonly queue: ReadQueue, private readonly staging?: WeightStaging) {
    for (const a of assignments) this.uses.set(keyOf(a.saved), (this.uses.get(keyOf(a.saved)) ?? 0) + 1);
  }

  /** Assignments that read this saved variable. */
  usesOf(saved: SavedVariable): number {
    return this.uses.get(keyOf(saved)) ?? 0;
  }

  /** Not async on purpose: the counting happens when called, in call order, not when the read ends. */
  read(saved: SavedVariable, layer: number): Promise<Value> {
    const key = keyOf(saved);
    let p = this.cache.get(key);
    if (!p) {
      p = new Promise<WeightData>((resolve) => {
        this.queue.add(layer, stagedBytes(saved), () => resolve(readSaved(this.artifact, saved, { staging: this.staging })));
      });
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
    }, (err: unknown) => {
      this.release(key, saved);
      throw err;
    });
  }

  /** The engine has copied these values: give back the buffers no layer holds or will read again. */
  done(values: Iterable<Value>): void {
    for (const v of values) {
      if (this.release(keyOf(v.saved), v.saved)) this.staging?.release(v.data);
    }
  }

  private release(key: string, saved: SavedVariable): boolean {
    const held = (this.held.get(key) ?? 1) - 1;
    this.held.set(key, held);
    if (held > 0 || (this.uses.get(key) ?? 0) > 0) return false;
    this.queue.done(stagedBytes(saved));
    return true;
  }
}

// ---- straight into the engine's memory ------------------------------------------------------

/** Where a TF.js variable's values sit in the WASM backend's heap. */
interface HeapStorage {
  /** The module's heap now (a new view after the memory grows). */
  heap(): Uint8Array;
  offset: number;
  bytes: number;
  dtype: 'float32' | 'int32';
}

/**
 * The variable's own storage on the WASM backend, when nothing else shares it: its values can be
 * written there directly, slice by slice, instead of through a new tensor and `setWeights`.
 */
function heapStorageOf(tf: Tf, variable: { read(): { dataId: object; dtype: string }; shape: readonly (number | null)[] }): HeapStorage | undefined {
  if (tf.getBackend() !== 'wasm') return undefined;
  const backend = tf.backend() as unknown as WasmBackendInternals;
  const wasm = backend.wasm;
  const tensor = variable.read();
  const entry = backend.dataIdMap?.get(tensor.dataId);
  const offset = entry?.memoryOffset;
  const dtype = entry?.dtype;
  if (!wasm?.HEAPU8 || !entry || entry.refCount !== 1 || typeof offset !== 'number' || offset <= 0 || (dtype !== 'float32' && dtype !== 'int32') || dtype !== tensor.dtype) return undefined;
  const bytes = product(variable.shape as number[]) * 4;
  if (offset + bytes > wasm.HEAPU8.length) return undefined;
  return { heap: () => wasm.HEAPU8!, offset, bytes, dtype };
}

/** What the load has done, for diagnostics and tests: values written straight into the engine's memory, and the most staging held. */
export const loadStats = { direct: 0, staged: 0, peakStagedBytes: 0 };

/**
 * Copies one saved variable into the variable's heap storage as its bytes land in staging (the
 * reader's progress counter), then gives the staging back. Values the reader converts (float16,
 * float64, a converted variable) or keeps elsewhere (a TF.js shard) are written whole at the end.
 */
async function streamInto(read: StagedRead, values: Promise<WeightData>, into: HeapStorage, saved: SavedVariable, staging: WeightStaging): Promise<void> {
  let copied = 0;
  let settled = false;
  const end = values.then(() => { settled = true; }, () => { settled = true; });
  const copyTo = (n: number) => {
    if (!read.buffer || n <= copied) return;
    into.heap().set(new Uint8Array(read.buffer, copied, n - copied), into.offset + copied);
    copied = n;
  };
  try {
    while (!settled) {
      // Never past the variable's own bytes, whatever the reader says it wrote.
      const n = Math.min(read.written(), into.bytes);
      if (n > copied) copyTo(n);
      else await Promise.race([read.whenPast(copied), end]);
    }
  } finally {
    read.wake();
  }
  const data = await values;
  try {
    if (data.length !== product(saved.shape)) throw new LoadError(`${saved.path}: the file holds ${data.length} values for shape ${shapeText(saved.shape)}`);
    const same = into.dtype === 'float32' ? data instanceof Float32Array : data instanceof Int32Array;
    if (same && data.buffer === read.buffer && data.byteOffset === 0) {
      copyTo(into.bytes);
    } else {
      const v = toTfValues(data, into.dtype);
      into.heap().set(new Uint8Array(v.buffer, v.byteOffset, into.bytes), into.offset);
    }
  } finally {
    staging.release(data);
  }
}

// ---- how one Keras layer's variables become the TF.js layer's ------------------------------

function tensorOf(tf: Tf, v: Value, dtype: string): Tensor {
  return tf.tensor(toTfValues(v.data, dtype), v.shape, dtype as 'float32');
}

/**
 * The definition's own layout converted to the one TF.js builds, by tf-keras' table (Keras 1 per-gate
 * arrays and 'th' kernels, CuDNN layouts): a Keras 1 or CuDNN definition is built in TF.js as its
 * Keras 2 counterpart, exactly as tf-keras would load those arrays into it. Decided from the shapes
 * alone; undefined when the arrays load as saved.
 */
function conversionOf(definition: DefinitionModel, layer: DefinitionLayer, slot: ReadonlyMap<number, SavedVariable>) {
  const shapes = layer.weights.map((w, i) => slot.get(i)?.shape ?? w.shape.map((d) => d ?? 0));
  const p = preprocessForLoading(tfjsLoadTarget({ className: layer.className, config: layer.config }), shapes, { keras1: definition.generation === 1 });
  return p.kind === 'as-saved' ? undefined : p;
}

type Conversion = NonNullable<ReturnType<typeof conversionOf>>;

/** The converted values (the conversion needs every array whole). */
function converted(tf: Tf, layer: DefinitionLayer, p: Conversion, values: Map<number, Value>, target: readonly { shape: number[]; dtype: string }[]): Planned {
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

/** How one layer gets its values: read whole (then a tensor each, `setWeights`), or straight into the variables' storage. */
interface LayerJob {
  layer: DefinitionLayer;
  slot: Map<number, SavedVariable>;
  conversion?: Conversion;
  whole: Map<number, Promise<Value>>;
  direct: Map<number, { read: StagedRead; values: Promise<WeightData>; into: HeapStorage; bytes: number }>;
}

export async function loadAssignments(
  tf: Tf, model: LayersModel, definition: DefinitionModel, artifact: ArtifactModel, assignments: readonly WeightAssignment[],
): Promise<LoadSummary> {
  const groups = groupByLayer(definition, assignments);
  const layers = [...groups];
  const pool = copiesOnWrite(tf) ? new Staging() : undefined;
  // Staging for one layer at a time: the most any layer's values take as stored.
  const budget = Math.max(0, ...layers.map(([, slot]) => [...slot.values()].reduce((n, v) => n + stagedBytes(v), 0)));
  const queue = new ReadQueue(pool ? budget : undefined);
  const reader = new ValueReader(artifact, assignments, queue, pool ?? (keepsValues(tf) ? new KeptStaging() : undefined));
  Object.assign(loadStats, { direct: 0, staged: 0, peakStagedBytes: 0 });
  const notes: string[] = [];
  const untouched: string[] = [];
  let assigned = 0;
  const loading = new Set(layers.map(([d]) => d.name));
  for (const l of model.layers) {
    if (!loading.has(l.name)) untouched.push(...l.weights.map((w) => w.originalName));
  }
  // Every read is queued now, in order; the queue starts each when staging allows.
  const built = new Map(model.layers.map((l) => [l.name, l]));
  const jobs = layers.map(([layer, slot], k): LayerJob => {
    const conversion = conversionOf(definition, layer, slot);
    const vars = built.get(layer.name)?.weights;
    const job: LayerJob = { layer, slot, conversion, whole: new Map(), direct: new Map() };
    for (const [i, saved] of slot) {
      const v = vars?.[i];
      const into = pool && !conversion && v && directly(saved, v) && reader.usesOf(saved) === 1 ? heapStorageOf(tf, v) : undefined;
      if (pool && into) {
        // Followed slice by slice only when the stored bytes are the variable's own (float32 into float32).
        const read = new StagedRead(pool, storedAs(saved) === into.dtype);
        const bytes = stagedBytes(saved);
        const values = new Promise<WeightData>((resolve) => {
          queue.add(k, bytes, () => resolve(readSaved(artifact, saved, { staging: read })));
        });
        values.catch(() => undefined); // awaited by the loader, or abandoned when an earlier layer fails
        job.direct.set(i, { read, values, into, bytes });
      } else {
        const p = reader.read(saved, k);
        p.catch(() => undefined);
        job.whole.set(i, p);
      }
    }
    return job;
  });
  try {
    for (const [k, job] of jobs.entries()) {
      queue.at(k);
      const { layer, slot } = job;
      const target = tfLayer(model, layer.name);
      const described = target.weights.map((v) => ({ shape: v.shape as number[], dtype: v.dtype }));
      const values = new Map<number, Value>();
      let plan: Planned;
      try {
        if (job.conversion) {
          for (const [i, p] of job.whole) values.set(i, await p);
          plan = converted(tf, layer, job.conversion, values, described);
        } else {
          checkPositional(layer, slot, target);
          // Every shape is checked (above) before any value is written.
          for (const [i, d] of job.direct) {
            try {
              await streamInto(d.read, d.values, d.into, slot.get(i)!, pool!);
            } finally {
              queue.done(d.bytes);
            }
            loadStats.direct++;
          }
          for (const [i, p] of job.whole) values.set(i, await p);
          plan = { values: described.map((t, i) => (values.has(i) ? tensorOf(tf, values.get(i)!, t.dtype) : undefined)) };
        }
      } finally {
        reader.done(values.values());
      }
      if (plan.values.some((t) => t)) {
        loadStats.staged += plan.values.filter((t) => t).length;
        setLayer(target, layer, slot, plan, job.direct, untouched);
      }
      assigned += slot.size;
      if (plan.description) notes.push(plan.description);
    }
  } finally {
    loadStats.peakStagedBytes = pool?.peakLent ?? 0;
  }
  if (untouched.length) {
    notes.push(`${plural(untouched.length, 'variable')} received no value from the file and keep seeded initial values: ${untouched.slice(0, 8).join(', ')}${untouched.length > 8 ? ', …' : ''}`);
  }
  return { assigned, notes };
}

type TfLayer = ReturnType<LayersModel['getLayer']>;

/**
 * A layer built as saved: as many variables as the definition has, each of the assigned value's
 * shape. Keras and TF.js list a layer's variables in the same order (trainable, then non-trainable),
 * and so do weightgate's own classes (src/engine/layers): MultiHeadAttention's 8 in Keras' query,
 * key, value, attention_output order, GRU reset_after's kernel, recurrent_kernel and (2, 3·units) bias.
 */
function checkPositional(layer: DefinitionLayer, slot: ReadonlyMap<number, SavedVariable>, target: TfLayer): void {
  const vars = target.weights;
  if (layer.weights.length !== vars.length) {
    throw new LoadError(`layer '${layer.name}' (${layer.className}): the definition expects ${layer.weights.length} variables `
      + `(${layer.weights.map((w) => w.name).join(', ')}) but the TF.js layer has ${vars.length}`);
  }
  for (const [i, saved] of slot) {
    const v = vars[i]!;
    if (!sameShape(saved.shape, v.shape as number[])) {
      throw new LoadError(`layer '${layer.name}' variable ${v.originalName}: TF.js expects ${shapeText(v.shape)}, `
        + `the assigned value has ${shapeText(saved.shape)} (from ${saved.path})`);
    }
  }
}

/**
 * The planned tensors into the layer through `setWeights` (which checks every shape before assigning
 * any); the others keep their values, written straight into their storage (`written`) or seeded.
 */
function setLayer(target: TfLayer, layer: DefinitionLayer, slot: ReadonlyMap<number, SavedVariable>, plan: Planned, written: ReadonlyMap<number, unknown>, untouched: string[]): void {
  const vars = target.weights;
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
        if (!written.has(i)) untouched.push(v.originalName);
        filled.push(kept);
      } else {
        throw new LoadError(`layer '${layer.name}' variable ${v.originalName}: TF.js holds no value to keep`);
      }
    }
    target.setWeights(filled);
  } finally {
    for (const t of plan.values) t?.dispose();
  }
}

function storedAs(saved: SavedVariable): string {
  return saved.quantization ? 'quantized' : (saved.storedDtype ?? saved.dtype);
}

/** A value that may go straight into the variable's storage: one of the variable's shape, which the engine keeps as float32 or int32. */
function directly(saved: SavedVariable, v: { shape: readonly (number | null)[]; dtype: string }): boolean {
  return (v.dtype === 'float32' || v.dtype === 'int32') && sameShape(saved.shape, v.shape as number[]) && product(saved.shape) > 0;
}

/**
 * Whether making a tensor copies the values at once, so their buffer can be reused straight after.
 * The WASM backend does; the CPU backend keeps the very array, and tfjs-node keeps it until the
 * tensor is first used.
 */
function copiesOnWrite(tf: Tf): boolean {
  return tf.getBackend() === 'wasm';
}

/** The CPU backend keeps the very array a tensor is made from: the reader may write straight into one. */
function keepsValues(tf: Tf): boolean {
  return tf.getBackend() === 'cpu';
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
