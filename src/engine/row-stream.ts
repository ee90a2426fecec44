// A product of a few rows with a weight matrix, streamed once over the matrix where it lies in the
// WebAssembly backend's heap (issue 15, item 2; used by packing-free.ts).
//
// y[r, :] = Σᵢ x[r, i] · W[i, :] for the r ≤ ROW_STREAM_MAX_ROWS rows of a smoke run's batch: at batch
// 2 a Dense layer is a matrix-vector product, bound by the bytes of W read from memory. TF.js'
// blocked loop (BatchMatMul with transposeA) reads W once per 48-wide block of x's columns through a
// scalar inner loop; this walks W four rows at a time, each row once, with f32x4 multiply-adds into
// y's rows, which stay in cache. The module is a few hundred bytes of WebAssembly assembled below
// (nothing to ship or locate) and imports the backend's own WebAssembly.Memory (tfjs-backend-wasm
// 4.22: the Emscripten module's `asm.memory`), so it reads the kernel in place, with no copy.
// Where that memory is not reachable, is shared (the threaded build), or the engine has no
// WebAssembly SIMD, `rowStreamFor` returns undefined and the caller keeps TF.js' blocked loop.

import type { TensorInfo, WasmBackendInternals } from './wasm-backend.js';

/**
 * Up to this many rows a product streams the weights here; above, TF.js' blocked loop or XNNPACK take
 * it as before (packing-free.ts). See scripts/bench/row-stream.ts for the measurements.
 */
export const ROW_STREAM_MAX_ROWS = 16;

/** Rows of W summed apart before they join the output (a multiple of 4). */
const CHUNK = 64;

interface Exports {
  /** y[j] += x0·w[j] + x1·w[j+s] + x2·w[j+2s] + x3·w[j+3s] for j < n (byte addresses; s: a row's bytes). */
  axpy4(this: void, y: number, w: number, stride: number, n: number, x0: number, x1: number, x2: number, x3: number): void;
  /** y[j] += x0·w[j] for j < n. */
  axpy1(this: void, y: number, w: number, n: number, x0: number): void;
}

// ---- the WebAssembly module, assembled -------------------------------------------------------

const I32 = 0x7f, F32 = 0x7d, V128 = 0x7b;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

const str = (s: string) => [...uleb(s.length), ...Buffer.from(s, 'latin1')];
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];

// Instructions (the few this module uses).
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const i32 = (n: number) => [0x41, ...sleb(n)];
const add = [0x6a], and = [0x71], shl = [0x74], geU = [0x4f];
const f32load = [0x2a, 2, 0], f32store = [0x38, 2, 0], f32mul = [0x94], f32add = [0x92];
const simd = (op: number) => [0xfd, ...uleb(op)];
const v128load = [...simd(0x00), 2, 0], v128store = [...simd(0x0b), 2, 0];
const splat = simd(0x13), f4add = simd(0xe4), f4mul = simd(0xe6);
/** `while (!(cond)) { body }` as block/loop: `exitIf` leaves a value that ends the loop when true. */
const loopUntil = (exitIf: number[], body: number[]) => [0x02, 0x40, 0x03, 0x40, ...exitIf, 0x0d, 1, ...body, 0x0c, 0, 0x0b, 0x0b];

function axpy4(): number[] {
  // params: y 0, w 1, stride 2, n 3, x0..x3 4..7; locals: j 8, end4 9, end 10, w1..w3 11..13, s0..s3 14..17
  const [y, w, stride, n, j, end4, end, w1, w2, w3] = [0, 1, 2, 3, 8, 9, 10, 11, 12, 13];
  const x = [4, 5, 6, 7], s = [14, 15, 16, 17];
  const rows = [w, w1, w2, w3];
  const at = (base: number) => [...get(base), ...get(j), ...add];
  const simdTerm = (k: number) => [...get(s[k]!), ...at(rows[k]!), ...v128load, ...f4mul];
  const scalarTerm = (k: number) => [...get(x[k]!), ...at(rows[k]!), ...f32load, ...f32mul];
  const body = [
    ...get(w), ...get(stride), ...add, ...set(w1),
    ...get(w1), ...get(stride), ...add, ...set(w2),
    ...get(w2), ...get(stride), ...add, ...set(w3),
    ...x.flatMap((xi, k) => [...get(xi), ...splat, ...set(s[k]!)]),
    ...get(n), ...i32(2), ...shl, ...set(end),
    ...get(end), ...i32(-16), ...and, ...set(end4),
    // four lanes at a time: y += (s0·w0 + s1·w1) + (s2·w2 + s3·w3)
    ...loopUntil([...get(j), ...get(end4), ...geU], [
      ...at(y),
      ...at(y), ...v128load,
      ...simdTerm(0), ...simdTerm(1), ...f4add, ...simdTerm(2), ...simdTerm(3), ...f4add, ...f4add,
      ...f4add, ...v128store,
      ...get(j), ...i32(16), ...add, ...set(j),
    ]),
    // the last n mod 4 columns, in the same order
    ...loopUntil([...get(j), ...get(end), ...geU], [
      ...at(y),
      ...at(y), ...f32load,
      ...scalarTerm(0), ...scalarTerm(1), ...f32add, ...scalarTerm(2), ...scalarTerm(3), ...f32add, ...f32add,
      ...f32add, ...f32store,
      ...get(j), ...i32(4), ...add, ...set(j),
    ]),
  ];
  const locals = vec([[6, I32], [4, V128]]);
  return [...locals, ...body, 0x0b];
}

function axpy1(): number[] {
  // params: y 0, w 1, n 2, x0 3; locals: j 4, end4 5, end 6, s0 7
  const [y, w, n, x0, j, end4, end, s0] = [0, 1, 2, 3, 4, 5, 6, 7];
  const at = (base: number) => [...get(base), ...get(j), ...add];
  const body = [
    ...get(x0), ...splat, ...set(s0),
    ...get(n), ...i32(2), ...shl, ...set(end),
    ...get(end), ...i32(-16), ...and, ...set(end4),
    ...loopUntil([...get(j), ...get(end4), ...geU], [
      ...at(y), ...at(y), ...v128load, ...get(s0), ...at(w), ...v128load, ...f4mul, ...f4add, ...v128store,
      ...get(j), ...i32(16), ...add, ...set(j),
    ]),
    ...loopUntil([...get(j), ...get(end), ...geU], [
      ...at(y), ...at(y), ...f32load, ...get(x0), ...at(w), ...f32load, ...f32mul, ...f32add, ...f32store,
      ...get(j), ...i32(4), ...add, ...set(j),
    ]),
  ];
  const locals = vec([[3, I32], [1, V128]]);
  return [...locals, ...body, 0x0b];
}

/** The module's bytes: imports env.memory (any size, unshared), exports axpy4 and axpy1. */
export function rowStreamModuleBytes(): Uint8Array {
  const functype = (params: number[]) => [0x60, ...vec(params.map((p) => [p])), 0];
  const bodies = [axpy4(), axpy1()];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([functype([I32, I32, I32, I32, F32, F32, F32, F32]), functype([I32, I32, I32, F32])])),
    ...section(2, vec([[...str('env'), ...str('memory'), 0x02, 0x00, 0x00]])),
    ...section(3, vec([[0], [1]])),
    ...section(7, vec([[...str('axpy4'), 0x00, 0], [...str('axpy1'), 0x00, 1]])),
    ...section(10, vec(bodies.map((b) => [...uleb(b.length), ...b]))),
  ]);
}

// ---- the backend's memory ---------------------------------------------------------------------


/** The JavaScript WebAssembly API, as far as used here (this project's TypeScript libraries do not declare it). */
interface WasmMemory { readonly buffer: ArrayBuffer | SharedArrayBuffer }
interface WasmApi {
  Memory: abstract new (...args: never[]) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
  validate(bytes: Uint8Array): boolean;
}
const wasmApi = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

let compiled: object | null | undefined;
const instances = new WeakMap<WasmMemory, Exports>();
let enabled = true;
let maxRows = ROW_STREAM_MAX_ROWS;

/**
 * For tests and the bench: turn the row stream off (TF.js' blocked loop takes its products) or back
 * on, and the bench may try another bound on the rows.
 */
export function setRowStream(on: boolean, rows: number = ROW_STREAM_MAX_ROWS): void {
  enabled = on;
  maxRows = rows;
}

const used = { products: 0 };

/** How many products the row stream computed in this thread so far (what the tests check). */
export function rowStreamCalls(): number {
  return used.products;
}

/** The kernels bound to `backend`'s heap, or undefined when the heap is out of reach or there is no SIMD. */
export function rowStreamFor(backend: unknown): { memory: WasmMemory; exports: Exports } | undefined {
  if (!enabled || !wasmApi) return undefined;
  const memory = (backend as WasmBackendInternals).wasm?.asm?.memory;
  if (!(memory instanceof wasmApi.Memory)) return undefined;
  if (typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer) return undefined;
  let exports = instances.get(memory);
  if (!exports) {
    if (compiled === undefined) {
      const bytes = rowStreamModuleBytes();
      compiled = wasmApi.validate(bytes) ? new wasmApi.Module(bytes) : null;
    }
    if (!compiled) return undefined;
    exports = new wasmApi.Instance(compiled, { env: { memory } }).exports as unknown as Exports;
    instances.set(memory, exports);
  }
  return { memory, exports };
}

const batchOf = (s: number[]) => s.slice(0, -2).reduce((x, y) => x * y, 1);

/**
 * a·b (+ bias) for float32 `a` [..., rows, k] and `b` [..., k, n] with no batch, rows ≤
 * ROW_STREAM_MAX_ROWS, as a new output of `backend`; undefined (nothing allocated) when this kernel
 * does not take the call. `bias`, when given, must be float32 [n]: each output row starts from it.
 */
export function rowStreamProduct(backend: unknown, a: TensorInfo, b: TensorInfo, bias?: TensorInfo): TensorInfo | undefined {
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || a.shape.length < 2 || b.shape.length < 2) return undefined;
  if (batchOf(a.shape) !== 1 || batchOf(b.shape) !== 1) return undefined;
  const rows = a.shape[a.shape.length - 2]!, k = a.shape[a.shape.length - 1]!, n = b.shape[b.shape.length - 1]!;
  if (b.shape[b.shape.length - 2] !== k || rows < 1 || rows > maxRows || k < 1 || n < 1) return undefined;
  if (bias && (bias.dtype !== 'float32' || bias.shape.length !== 1 || bias.shape[0] !== n)) return undefined;
  const be = backend as WasmBackendInternals;
  const offset = (t: TensorInfo) => be.dataIdMap?.get(t.dataId)?.memoryOffset;
  const [aAt, bAt, biasAt] = [offset(a), offset(b), bias ? offset(bias) : 0];
  if (typeof aAt !== 'number' || typeof bAt !== 'number' || typeof biasAt !== 'number' || !aAt || !bAt || (bias && !biasAt)) return undefined;
  const stream = rowStreamFor(backend);
  if (!stream) return undefined;
  const rank = Math.max(a.shape.length, b.shape.length);
  const out = be.makeOutput([...Array<number>(rank - 2).fill(1), rows, n], 'float32');
  const yAt = offset(out);
  // The allocator answers 0 when the heap cannot grow: leave the call to the backend's own kernels.
  if (typeof yAt !== 'number' || !yAt) {
    be.disposeData(out.dataId);
    return undefined;
  }
  // Partial sums over CHUNK rows of W at a time go to a scratch row, then into y: each output sums
  // ~CHUNK + k / CHUNK terms in sequence instead of k, as accurate as the blocked loop's 48-wide blocks.
  const scratch = k > CHUNK ? be.makeOutput([rows, n], 'float32') : undefined;
  const tAt = scratch ? offset(scratch) : yAt;
  try {
    if (typeof tAt !== 'number' || !tAt) {
      be.disposeData(out.dataId);
      return undefined;
    }
    // After the allocations: they may have grown the memory, and a view of the old buffer would be empty.
    const heap = new Float32Array(stream.memory.buffer);
    for (let r = 0; r < rows; r++) {
      const y = yAt / 4 + r * n;
      if (bias) heap.copyWithin(y, biasAt / 4, biasAt / 4 + n);
      else heap.fill(0, y, y + n);
    }
    const { axpy4, axpy1 } = stream.exports;
    const rowBytes = n * 4;
    const x = aAt / 4;
    for (let c = 0; c < k; c += CHUNK) {
      const end = Math.min(k, c + CHUNK);
      if (scratch) heap.fill(0, tAt / 4, tAt / 4 + rows * n);
      let i = c;
      for (; i + 4 <= end; i += 4) {
        const w = bAt + i * rowBytes;
        for (let r = 0; r < rows; r++) {
          const xr = x + r * k + i;
          axpy4(tAt + r * rowBytes, w, rowBytes, n, heap[xr]!, heap[xr + 1]!, heap[xr + 2]!, heap[xr + 3]!);
        }
      }
      for (; i < end; i++) {
        for (let r = 0; r < rows; r++) axpy1(tAt + r * rowBytes, bAt + i * rowBytes, n, heap[x + r * k + i]!);
      }
      if (scratch) for (let r = 0; r < rows; r++) axpy1(yAt + r * rowBytes, tAt + r * rowBytes, n, 1);
    }
  } finally {
    if (scratch) be.disposeData(scratch.dataId);
  }
  used.products++;
  return out;
}
