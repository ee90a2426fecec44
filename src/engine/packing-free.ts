// Matrix products on the WebAssembly backend without XNNPACK's packed weight copies.
//
// tfjs-backend-wasm 4.22 sends every BatchMatMul / _FusedMatMul with no transposes and no batch
// (a Dense kernel, an RNN's kernel and recurrent kernel, an attention projection) to XNNPACK's
// fully-connected operator, which at the first call packs the weight matrix into a copy of its own
// and keeps it until the weight is disposed: a second copy of the weights in the 4 GiB heap, and for
// a smoke run (one predict) pure cost (76-80% of inference at 400 MB: the first call over 400 MB takes
// 1.1-1.4 s, a later one 42-55 ms). When the packed copy does not fit, XNNPACK's operator creation
// fails, the backend only warns, and the output is left unwritten: a silently wrong answer.
//
// Every other shape of the call goes to TF.js' own blocked loop, which reads the weights where they
// are. So this kernel hands the same product to that loop: A·B computed as (Aᵀ)ᵀ·B with `a`
// materialised transposed (an activation, small) and transposeA set. The loop's fused bias and
// activation are not usable (it adds the bias and clamps once per 48-wide block of the shared
// dimension), so for _FusedMatMul the plain product comes from the loop and the bias and the
// activation are then applied by the backend's own Add / Relu / … kernels, as TF.js does unfused.
//
// Installed per tfjs-core instance, for the 'wasm' backend only, by the smoke run (run-smoke.ts); TF.js'
// other backends and convolutions (whose packed filters stay: see budget.ts) are untouched.
import type { Tf } from './engine-types.js';

type KernelConfig = ReturnType<Tf['getKernel']>;
type KernelFunc = KernelConfig['kernelFunc'];
type KernelArgs = Parameters<KernelFunc>[0];
type TensorInfo = { dataId: object; shape: number[]; dtype: string };

interface WasmBackendLike {
  disposeData(dataId: object): void;
}

const MARK = Symbol.for('weightgate.packing-free-matmul');

/**
 * Up to this many rows the blocked loop is no slower than packing and saves the copy (a plain product
 * over a 10000×10000 kernel, packing included: 2 rows 0.6 s against 6.4 s; 16 rows 3.2 s against
 * 3.5 s; 32 rows 7.2 s against 5.4 s). Above it XNNPACK packs, unless the run has no room for the
 * packed copies (`setPackingFree(true)`).
 */
export const PACKING_FREE_MAX_ROWS = 16;

let forced = false;

/** For the next runs in this thread: never pack (the packed copies would not fit the heap), or by rows. */
export function setPackingFree(always: boolean): void {
  forced = always;
}

/** The product XNNPACK would pack (no transposes, one matrix on each side) and this kernel takes over. */
function packedPath(a: TensorInfo, b: TensorInfo, attrs: Record<string, unknown>): boolean {
  if (attrs.transposeA || attrs.transposeB) return false;
  const batch = (s: number[]) => s.slice(0, -2).reduce((x, y) => x * y, 1);
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || batch(a.shape) !== 1 || batch(b.shape) !== 1) return false;
  return forced || (a.shape[a.shape.length - 2] ?? 1) <= PACKING_FREE_MAX_ROWS;
}

function swapLastTwo(rank: number): number[] {
  const perm = Array.from({ length: rank }, (_, i) => i);
  return [...perm.slice(0, -2), rank - 1, rank - 2];
}

/**
 * Installs the packing-free BatchMatMul and _FusedMatMul for `tf`'s 'wasm' backend, once per
 * tfjs-core instance. Returns true when this call installed them.
 */
export function installPackingFreeMatMul(tf: Tf): boolean {
  // Marked on tfjs-core's own function: the tf objects the engine assembles are fresh each time.
  const core = tf.getKernel as unknown as Record<symbol, unknown>;
  if (core[MARK]) return false;
  const original = {
    batchMatMul: tf.getKernel('BatchMatMul', 'wasm'),
    fused: tf.getKernel('_FusedMatMul', 'wasm'),
    transpose: tf.getKernel('Transpose', 'wasm'),
    add: tf.getKernel('Add', 'wasm'),
  };
  if (!original.batchMatMul || !original.fused || !original.transpose || !original.add) return false;
  const call = (name: string, args: KernelArgs): TensorInfo => {
    const k = tf.getKernel(name, 'wasm');
    if (!k) throw new Error(`the WebAssembly backend has no ${name} kernel`);
    return k.kernelFunc(args) as unknown as TensorInfo;
  };

  /** A·B through the blocked loop: Aᵀ materialised, then transposeA. */
  const product = (args: KernelArgs, a: TensorInfo, b: TensorInfo): TensorInfo => {
    const backend = args.backend as unknown as WasmBackendLike;
    const at = original.transpose.kernelFunc({ inputs: { x: a } as never, backend: args.backend, attrs: { perm: swapLastTwo(a.shape.length) } }) as unknown as TensorInfo;
    try {
      return original.batchMatMul.kernelFunc({ inputs: { a: at, b } as never, backend: args.backend, attrs: { transposeA: true, transposeB: false } }) as unknown as TensorInfo;
    } finally {
      backend.disposeData(at.dataId);
    }
  };

  const batchMatMul: KernelFunc = (args) => {
    const { a, b } = args.inputs as unknown as { a: TensorInfo; b: TensorInfo };
    if (!packedPath(a, b, args.attrs as Record<string, unknown>)) return original.batchMatMul.kernelFunc(args);
    return product(args, a, b) as never;
  };

  const fused: KernelFunc = (args) => {
    const inputs = args.inputs as unknown as { a: TensorInfo; b: TensorInfo; bias?: TensorInfo; preluActivationWeights?: TensorInfo };
    const attrs = args.attrs as { transposeA?: boolean; transposeB?: boolean; activation?: string; leakyreluAlpha?: number };
    if (!packedPath(inputs.a, inputs.b, attrs)) return original.fused.kernelFunc(args);
    const backend = args.backend as unknown as WasmBackendLike;
    let out = product(args, inputs.a, inputs.b);
    const then = (next: TensorInfo) => {
      backend.disposeData(out.dataId);
      out = next;
    };
    if (inputs.bias) then(call('Add', { inputs: { a: out, b: inputs.bias } as never, backend: args.backend, attrs: {} }));
    switch (attrs.activation ?? 'linear') {
      case 'linear': break;
      case 'relu': then(call('Relu', { inputs: { x: out } as never, backend: args.backend, attrs: {} })); break;
      case 'relu6': then(call('Relu6', { inputs: { x: out } as never, backend: args.backend, attrs: {} })); break;
      case 'sigmoid': then(call('Sigmoid', { inputs: { x: out } as never, backend: args.backend, attrs: {} })); break;
      case 'elu': then(call('Elu', { inputs: { x: out } as never, backend: args.backend, attrs: {} })); break;
      case 'leakyrelu': then(call('LeakyRelu', { inputs: { x: out } as never, backend: args.backend, attrs: { alpha: attrs.leakyreluAlpha ?? 0.2 } })); break;
      case 'prelu': then(call('Prelu', { inputs: { x: out, alpha: inputs.preluActivationWeights } as never, backend: args.backend, attrs: {} })); break;
      default:
        backend.disposeData(out.dataId);
        return original.fused.kernelFunc(args);
    }
    return out as never;
  };

  for (const [config, kernelFunc] of [[original.batchMatMul, batchMatMul], [original.fused, fused]] as const) {
    tf.unregisterKernel(config.kernelName, 'wasm');
    tf.registerKernel({ ...config, kernelFunc });
  }
  core[MARK] = true;
  return true;
}
