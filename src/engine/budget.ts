// How much memory a smoke run will need, estimated from the definition before anything is allocated:
// the model's variables, the input arrays, and the largest layer's activations (its inputs and
// outputs live together while it runs), on the shapes the definition propagates with the run's batch
// and open dimensions filled in. A run over `maxSmokeBytes` is skipped, naming the limit; the WASM
// heap would otherwise abort half-way (or the process run out of memory) on a model that is fine.
import os from 'node:os';
import type { DefinitionLayer, DefinitionModel, Shape } from '../model/types.js';
import { formatLimit, type Limits } from '../sources/limits.js';
import { fixedBatch } from './seeded-inputs.js';
import type { WeightAssignment } from './engine-types.js';

/** TF.js holds every value as 4 bytes (float32, int32): float64 and int64 are narrowed, float16 widened. */
const VALUE_BYTES = 4;
/** `model.predict` runs in slices of 32 rows unless the model fixes its batch. */
const PREDICT_BATCH = 32;

export interface SmokeEstimate {
  /** Everything below added up (what the run holds on any engine; XNNPACK's copies of weights not included). */
  bytes: number;
  weights: number;
  /**
   * Of `weights`: matrices (rank 2, not an Embedding's table; an attention projection) that XNNPACK's
   * fully-connected operator copies once on the WebAssembly backend, unless packing-free.ts takes the product.
   */
  matrices: number;
  /**
   * Of `weights`: convolution filters (Conv1D, Conv2D, SeparableConv's pointwise kernel, ConvLSTM) that
   * XNNPACK keeps two copies of, transposed and packed, unless packing-free.ts takes the convolution.
   */
  filters: number;
  /** Of `weights`: depthwise filters, which XNNPACK packs one copy of, unless packing-free.ts takes them. */
  depthwise: number;
  inputs: number;
  /** The outputs `predict` returns for the whole batch. */
  outputs: number;
  /** The largest layer's inputs and outputs for one predict slice. */
  activations: number;
  /** The layer those activations belong to. */
  layer?: string;
}

function elements(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** A declared shape with the batch and open dimensions as this run fills them. */
function concrete(shape: Shape, batch: number, open: number): number[] {
  return shape.map((d, i) => (typeof d === 'number' && d >= 0 ? d : i === 0 ? batch : open));
}

/** The kernels tfjs-backend-wasm 4.22 computes with plain loops over the weights: no copies to count. */
const PLAIN_LOOPS = new Set(['Conv1DTranspose', 'Conv2DTranspose', 'Conv3DTranspose', 'Deconvolution2D', 'Conv3D', 'Convolution3D']);
/** Rank-3 kernels that TF.js multiplies as a matrix (reshaped into one product). */
const PROJECTIONS = new Set(['MultiHeadAttention', 'EinsumDense']);

type Copied = 'matrices' | 'filters' | 'depthwise' | undefined;

/** Which of XNNPACK's copies a weight gets on WebAssembly (see packing-free.ts), by the layer it feeds. */
function copiedAs(layer: DefinitionLayer, name: string, rank: number): Copied {
  // A wrapper (TimeDistributed, Bidirectional) runs its inner layer's kernels.
  const inner = (layer.config.layer as { class_name?: unknown } | null | undefined)?.class_name;
  const cls = typeof inner === 'string' ? inner : layer.className;
  if (rank < 2 || cls === 'Embedding' || PLAIN_LOOPS.has(cls)) return undefined;
  if (rank === 2 || PROJECTIONS.has(cls)) return 'matrices';
  return name === 'depthwise_kernel' || cls.startsWith('DepthwiseConv') ? 'depthwise' : 'filters';
}

/** The bytes of every variable the model will hold (a known shape, else the value assigned to it), by the copies XNNPACK makes of them. */
function weightBytes(definition: DefinitionModel, assignments: readonly WeightAssignment[]): { total: number } & Record<NonNullable<Copied>, number> {
  const assigned = new Map(assignments.map((a) => [`${a.layer}\0${a.weightIndex}`, a.saved.shape]));
  const n = { total: 0, matrices: 0, filters: 0, depthwise: 0 };
  const walk = (layers: readonly DefinitionLayer[]) => {
    for (const layer of layers) {
      layer.weights.forEach((w, i) => {
        const saved = assigned.get(`${layer.name}\0${i}`);
        const shape = saved ?? (w.shape.every((d) => typeof d === 'number') ? w.shape : undefined);
        if (!shape) return;
        const bytes = elements(shape) * VALUE_BYTES;
        n.total += bytes;
        const copied = copiedAs(layer, w.name, shape.length);
        if (copied) n[copied] += bytes;
      });
    }
  };
  walk(definition.layers);
  return n;
}

/**
 * The largest working set of one layer: its outputs plus the outputs of the layers it reads (the
 * previous layer in a Sequential, its inbound layers in a functional model), for `batch` rows.
 * A nested model counts with its own layers.
 */
function peakActivation(definition: DefinitionModel, batch: number, open: number, inputBytes: number): { bytes: number; layer?: string } {
  const outBytes = new Map<string, number[]>();
  const bytesOf = (l: DefinitionLayer) => l.outputShapes.map((s) => elements(concrete(s, batch, open)) * VALUE_BYTES);
  let best = { bytes: 0, layer: undefined as string | undefined };
  let previous = inputBytes;
  for (const l of definition.layers) {
    const own = bytesOf(l);
    outBytes.set(l.name, own);
    const ownTotal = own.reduce((a, b) => a + b, 0);
    let read = 0;
    const first = l.inbound[0];
    if (first) {
      for (const ref of first.inputs) read += outBytes.get(ref.layer)?.[ref.tensor] ?? outBytes.get(ref.layer)?.[0] ?? 0;
    } else {
      read = previous;
    }
    let total = ownTotal + read;
    if (l.nested) total = Math.max(total, peakActivation(l.nested, batch, open, read).bytes);
    if (total > best.bytes) best = { bytes: total, layer: l.name };
    if (l.className !== 'InputLayer') previous = ownTotal;
  }
  return best;
}

/**
 * The estimate for a run on inputs of `inputShapes` (generated or given). Open non-batch dimensions of
 * the layers' outputs take the largest size the inputs gave an open dimension (`dimDefault` for
 * generated inputs): a sequence length, an image size.
 */
export function estimateSmoke(definition: DefinitionModel, assignments: readonly WeightAssignment[], inputShapes: readonly (readonly number[])[]): SmokeEstimate {
  const batch = inputShapes[0]?.[0] ?? 1;
  const slice = fixedBatch(definition) ?? Math.min(batch, PREDICT_BATCH);
  let open = 1;
  definition.inputs.forEach((spec, k) => spec.shape.forEach((d, i) => {
    if (i > 0 && d === null && inputShapes[k]?.[i] !== undefined) open = Math.max(open, inputShapes[k][i]);
  }));
  const inputs = inputShapes.reduce((n, s) => n + elements(s) * VALUE_BYTES, 0);
  const sliceInputs = inputShapes.reduce((n, s) => n + (elements(s) / Math.max(s[0] ?? 1, 1)) * slice * VALUE_BYTES, 0);
  const outputs = definition.outputs.reduce((n, o) => n + elements(concrete(o.shape, batch, open)) * VALUE_BYTES, 0);
  const w = weightBytes(definition, assignments);
  const peak = peakActivation(definition, slice, open, sliceInputs);
  return {
    bytes: w.total + inputs + outputs + peak.bytes, weights: w.total, matrices: w.matrices, filters: w.filters, depthwise: w.depthwise,
    inputs, outputs, activations: peak.bytes, ...(peak.layer ? { layer: peak.layer } : {}),
  };
}

/** `3.0 GiB`, `512 MiB`, `48 KiB`. */
function bytesText(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return u === 0 ? `${Math.round(v)} bytes` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

/** A value for `--limit maxSmokeBytes=…` that covers the estimate: whole GiB, with room to spare. */
function suggested(bytes: number): string {
  return `${Math.max(1, Math.ceil((bytes * 1.25) / 2 ** 30))}GiB`;
}

/** Why the run must not start, or undefined when the estimate fits the limit. */
export function overBudget(e: SmokeEstimate, limits: Pick<Limits, 'maxSmokeBytes'>): string | undefined {
  if (e.bytes <= limits.maxSmokeBytes) return undefined;
  const parts = [`weights ${bytesText(e.weights)}`, `inputs ${bytesText(e.inputs)}`, `outputs ${bytesText(e.outputs)}`,
    `largest layer${e.layer ? ` '${e.layer}'` : ''} ${bytesText(e.activations)} in and out`];
  return `would need ~${bytesText(e.bytes)} (${parts.join(', ')}), over the limit maxSmokeBytes ${formatLimit('maxSmokeBytes', limits.maxSmokeBytes)}; `
    + `if the model is meant to be this large, raise it with --limit maxSmokeBytes=${suggested(e.bytes)} (or limits: { maxSmokeBytes: ${suggested(e.bytes)} } in weightgate.yml)`;
}

// ---- which engine, which path -----------------------------------------------------------------

/**
 * tfjs-backend-wasm 4.22's heap is a 32-bit WebAssembly memory: 4 GiB at most. Past it the
 * allocator returns address 0 unchecked ('memory access out of bounds' while loading) and XNNPACK
 * skips a product whose copies do not fit (a silently wrong output), so a run is planned under it
 * with a margin for the engine's own tensors, the allocator's fragmentation, and packing-free.ts'
 * transient im2col bands.
 */
export const WASM_HEAP_BYTES = 4 * 2 ** 30 - 512 * 2 ** 20;

export type EnginePlan =
  /** Run on the selected engine; on WebAssembly `packingFree` means XNNPACK never copies a weight. */
  | { kind: 'run'; packingFree: boolean; why?: string }
  /** The WebAssembly heap cannot hold the run: the pure-JS CPU backend can (host memory, within maxSmokeBytes). */
  | { kind: 'cpu'; why: string }
  | { kind: 'skip'; why: string };

/** The copies of weights XNNPACK may keep on WebAssembly: one of each matrix and depthwise filter, two of each convolution filter. */
export function weightCopies(e: SmokeEstimate): number {
  return e.matrices + 2 * e.filters + e.depthwise;
}

/** What the run holds in the WebAssembly heap: everything, plus XNNPACK's copies of the weights unless packing-free. */
export function wasmBytes(e: SmokeEstimate, packingFree: boolean): number {
  return e.bytes + (packingFree ? 0 : weightCopies(e));
}

/**
 * Where a run that fits `maxSmokeBytes` goes, given the engine selected (`requested`: named by the
 * user, so never replaced). tfjs-node and the CPU backend hold tensors in host memory, bounded by
 * maxSmokeBytes alone. On WebAssembly: as is when even XNNPACK's copies fit the heap (the blocked
 * loop still takes small products and convolutions, packing-free.ts); with no weight ever copied when
 * only the run fits; else the CPU backend, or skipped when WebAssembly was asked for by name.
 */
export function planEngine(e: SmokeEstimate, engine: { name: string; requested?: boolean }, heapBytes = WASM_HEAP_BYTES, hostBytes = os.totalmem()): EnginePlan {
  // maxSmokeBytes is the user's bound; a raised one still cannot exceed the machine.
  const host = () => (e.bytes > hostBytes ? `the run needs ~${bytesText(e.bytes)}, more than this machine's ${bytesText(hostBytes)} of memory` : undefined);
  if (engine.name !== 'wasm') {
    const over = host();
    return over ? { kind: 'skip', why: over } : { kind: 'run', packingFree: false };
  }
  if (wasmBytes(e, false) <= heapBytes) return { kind: 'run', packingFree: false };
  const heap = `the WebAssembly heap (${bytesText(heapBytes)} usable of 4 GiB)`;
  if (wasmBytes(e, true) <= heapBytes) {
    return { kind: 'run', packingFree: true, why: `weight matrices multiplied where they are: their packed copies (~${bytesText(weightCopies(e))}) would not fit ${heap} with the run's ~${bytesText(wasmBytes(e, true))}` };
  }
  const need = `the run needs ~${bytesText(wasmBytes(e, true))} (weights ${bytesText(e.weights)}), over ${heap}`;
  if (engine.requested) return { kind: 'skip', why: `${need}; run it with --engine cpu (or auto), which holds it in host memory` };
  const over = host();
  return over ? { kind: 'skip', why: `${need}, and ${over}` } : { kind: 'cpu', why: need };
}
