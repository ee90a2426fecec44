// The parts of tfjs-backend-wasm 4.22's BackendWasm that weightgate reaches past the public API for
// (none of them is declared by its types): the heap, where each tensor's data lies in it, and the
// kernels' own way to make and free outputs. One description, for the weight load (load-weights.ts),
// the packing-free kernels (packing-free.ts) and the row stream (row-stream.ts).

/** A tensor as the backend's kernels take and return it. */
export interface TensorInfo { dataId: object; shape: number[]; dtype: string }

export interface WasmBackendInternals {
  /** The Emscripten module: its heap, and the WebAssembly.Memory behind it. */
  wasm?: { HEAPU8?: Uint8Array; asm?: { memory?: unknown } };
  /** Where each tensor's data lies in the heap (0 or null before it is allocated), and who shares it. */
  dataIdMap?: { get(dataId: object): { memoryOffset?: number | null; refCount?: number; dtype?: string } | undefined };
  makeOutput(shape: number[], dtype: string): TensorInfo;
  disposeData(dataId: object): void;
}
