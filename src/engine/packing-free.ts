// Products with weights on the WebAssembly backend without XNNPACK's copies of the weights.
//
// tfjs-backend-wasm 4.22 hands three kinds of kernels to XNNPACK, which at the first call copies the
// weights into a layout of its own and keeps the copy, in an operator cache keyed by the weight
// tensor's id (and the bias', the shapes, the activation's clamp), until that tensor is disposed:
// - BatchMatMul / _FusedMatMul with no transposes and no batch (a Dense kernel, an RNN's kernel and
//   recurrent kernel, an attention projection): fully connected, one packed copy of the matrix;
// - Conv2D / FusedConv2D (Conv1D, Conv2D, SeparableConv2D's pointwise step, ConvLSTM2D): the filter
//   transposed to [out, h, w, in] into a vector the cache keeps, then packed: two copies (a 288 MiB
//   stack of 3×3 filters grew the heap by 576 MiB at its first predict, which took 2.3 s, the next 0.18 s);
// - DepthwiseConv2dNative / FusedDepthwiseConv2D (DepthwiseConv2D, SeparableConv2D's depthwise step):
//   one packed copy.
// (Conv2DBackpropInput, Conv2DTranspose's kernel, and Conv3D are plain loops over the filter.) For a
// smoke run, which predicts once, the copies are pure cost; and when they do not fit the 4 GiB heap,
// XNNPACK's operator creation fails, the backend only warns, and the output is left unwritten.
//
// Every other shape of a matrix product goes to TF.js' own blocked loop, which reads the weights where
// they are. So these kernels hand the same arithmetic to that loop, through the backend's own kernels:
// - a product A·B as (Aᵀ)ᵀ·B: `a` (an activation, small) materialised transposed, and transposeA set;
//   up to ROW_STREAM_MAX_ROWS rows, instead, streamed once over B where it lies (row-stream.ts: 0.11x to
//   0.18x the loop's time from 1 to 16 rows over 400 MB, scripts/bench/row-stream.ts), with the bias;
// - a convolution as that product over the im2col matrix (every output position's receptive field
//   as a row, built by strided slices of the padded input, in bands of output rows so it stays small)
//   and the filter reshaped to [h·w·in, out] (a view: no copy);
// - a depthwise convolution as a sum over the filter's taps of input slice × tap (multiply-adds).
// The loop's fused bias and activation are not usable (it adds the bias and clamps once per 48-wide
// block of the shared dimension), so the bias and the activation are then applied by the backend's
// own Add / Relu / … kernels, as TF.js does unfused.
//
// Which calls: up to PACKING_FREE_MAX_ROWS rows of a product and PACKING_FREE_MAX_CONV_ROWS output
// rows of a convolution (batch × output positions; a Conv2D's up to ROW_STREAM_MAX_ROWS when the row
// stream can take its product), where the loop is no slower than XNNPACK with its
// copies; and every call when the run has no room for the copies (`setPackingFree(true)`, planned by
// budget.ts). Installed per tfjs-core instance, for the 'wasm' backend only, by the smoke run
// (run-smoke.ts); TF.js' other backends are untouched.
import type { Tf } from './engine-types.js';
import { ROW_STREAM_MAX_ROWS, rowStreamFor, rowStreamProduct } from './row-stream.js';
import type { TensorInfo, WasmBackendInternals } from './wasm-backend.js';

type KernelConfig = ReturnType<Tf['getKernel']>;
type KernelFunc = KernelConfig['kernelFunc'];
type KernelArgs = Parameters<KernelFunc>[0];
type Conv2DInfo = ReturnType<Tf['backend_util']['computeConv2DInfo']>;

const MARK = Symbol.for('weightgate.packing-free-matmul');

/**
 * Up to this many rows a product goes to the blocked loop, no slower than packing, and saves the copy
 * (a plain product over a 10000×10000 kernel, packing included: 2 rows 0.6 s against 6.4 s; 16 rows
 * 3.2 s against 3.5 s; 32 rows 7.2 s against 5.4 s). Above it XNNPACK packs, unless the run has no room
 * for the copies (`setPackingFree(true)`).
 */
export const PACKING_FREE_MAX_ROWS = 16;

/**
 * The same for a convolution's output rows (batch × output positions), where the loop falls behind
 * XNNPACK with its two copies sooner (scripts/bench/conv.ts, 2 Conv2D 3×3 2048→2048, alternated runs:
 * predict 0.59–0.63x XNNPACK's at 4 rows, 1.19x at 8, 2.1x at 16, 6.4–7.0x at 64). A Conv2D's product
 * streamed over the filter (row-stream.ts) is taken up to ROW_STREAM_MAX_ROWS rows instead: predict
 * 0.06x XNNPACK's at 4 rows, 0.05x at 8, 0.12x at 16 (one pair of the same bench).
 */
export const PACKING_FREE_MAX_CONV_ROWS = 4;

/**
 * The im2col matrix is built this many values (16 MiB) at a time at most, whole output rows one band
 * after another: with its taps and its transpose, under 48 MiB at once (within budget.ts' heap margin).
 */
const BAND_VALUES = 4 * 2 ** 20;

let forced = false;

/** For the next runs in this thread: never let XNNPACK copy a weight (the copies would not fit the heap), or by rows. */
export function setPackingFree(always: boolean): void {
  forced = always;
}

const taken = { matMul: 0, conv2d: 0, depthwise: 0 };

/** How many calls each kind of kernel handed to the blocked loop in this thread so far (what the tests check). */
export function packingFreeCalls(): Readonly<typeof taken> {
  return { ...taken };
}

/** The bias and activations the fused kernels may carry: applied after the product by the backend's own kernels. */
const ACTIVATIONS = new Set(['linear', 'relu', 'relu6', 'sigmoid', 'elu', 'leakyrelu', 'prelu']);

interface FusedAttrs { activation?: string; leakyreluAlpha?: number }
interface FusedInputs { bias?: TensorInfo; preluActivationWeights?: TensorInfo }

const batchOf = (s: number[]) => s.slice(0, -2).reduce((x, y) => x * y, 1);

/** The product XNNPACK would pack (no transposes, one matrix on each side), when this run takes it. */
function takesProduct(a: TensorInfo, b: TensorInfo, attrs: Record<string, unknown>): boolean {
  if (attrs.transposeA || attrs.transposeB) return false;
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || batchOf(a.shape) !== 1 || batchOf(b.shape) !== 1) return false;
  return forced || (a.shape[a.shape.length - 2] ?? 1) <= PACKING_FREE_MAX_ROWS;
}

/** A convolution XNNPACK would pack the filter of, when this run takes it. */
function takesConv(x: TensorInfo, filter: TensorInfo, info: Conv2DInfo, inputs: FusedInputs, attrs: FusedAttrs, isDepthwise: boolean, backend: unknown): boolean {
  if (x.dtype !== 'float32' || filter.dtype !== 'float32' || x.shape.length !== 4 || filter.shape.length !== 4) return false;
  if (info.dataFormat !== 'channelsLast' || !ACTIVATIONS.has(attrs.activation ?? 'linear')) return false;
  if (inputs.bias && inputs.bias.shape.length !== 1) return false;
  // An input too small for the filter has no output positions: the backend's own kernel says so as it always did.
  if (!(info.batchSize > 0 && info.outHeight > 0 && info.outWidth > 0 && info.inChannels > 0 && info.outChannels > 0)) return false;
  const rows = info.batchSize * info.outHeight * info.outWidth;
  if (forced || rows <= PACKING_FREE_MAX_CONV_ROWS) return true;
  // Up to ROW_STREAM_MAX_ROWS rows the im2col product is streamed over the filter (row-stream.ts).
  return !isDepthwise && rows <= ROW_STREAM_MAX_ROWS && rowStreamFor(backend) !== undefined;
}

function swapLastTwo(rank: number): number[] {
  const perm = Array.from({ length: rank }, (_, i) => i);
  return [...perm.slice(0, -2), rank - 1, rank - 2];
}

/**
 * Installs the packing-free BatchMatMul, _FusedMatMul, Conv2D, FusedConv2D, DepthwiseConv2dNative and
 * FusedDepthwiseConv2D for `tf`'s 'wasm' backend, once per tfjs-core instance. Returns true when this
 * call installed them.
 */
export function installPackingFree(tf: Tf): boolean {
  // Marked on tfjs-core's own function: the tf objects the engine assembles are fresh each time.
  const core = tf.getKernel as unknown as Record<symbol, unknown>;
  if (core[MARK]) return false;
  const names = ['BatchMatMul', '_FusedMatMul', 'Conv2D', 'FusedConv2D', 'DepthwiseConv2dNative', 'FusedDepthwiseConv2D'] as const;
  const original = new Map<string, KernelConfig>();
  for (const name of names) {
    const k = tf.getKernel(name, 'wasm');
    if (!k) return false;
    original.set(name, k);
  }
  const used = ['Transpose', 'Add', 'Multiply', 'PadV2', 'StridedSlice', 'Slice', 'Concat', 'Reshape'];
  if (used.some((name) => !tf.getKernel(name, 'wasm'))) return false;
  const { computeConv2DInfo, convertConv2DDataFormat } = tf.backend_util;

  /** The backend's kernels, called directly (no tape, no tidy): every result is disposed by the caller. */
  const kernels = (backend: KernelArgs['backend']) => {
    const run = (name: string, inputs: unknown, attrs: object = {}): TensorInfo => {
      const k = original.get(name) ?? tf.getKernel(name, 'wasm');
      if (!k) throw new Error(`the WebAssembly backend has no ${name} kernel`);
      return k.kernelFunc({ inputs: inputs as never, backend, attrs: attrs as never }) as unknown as TensorInfo;
    };
    const dispose = (...ts: TensorInfo[]) => {
      for (const t of ts) (backend as unknown as WasmBackendInternals).disposeData(t.dataId);
    };
    /** `f(t)`, then `t` disposed. */
    const then = (t: TensorInfo, f: (t: TensorInfo) => TensorInfo): TensorInfo => {
      try {
        return f(t);
      } finally {
        dispose(t);
      }
    };
    const reshape = (x: TensorInfo, shape: number[]) => run('Reshape', { x }, { shape });
    return {
      run, dispose, then, reshape,
      /** A·B: streamed over B for a few rows (row-stream.ts), else through the blocked loop, Aᵀ materialised, then transposeA. */
      product: (a: TensorInfo, b: TensorInfo): TensorInfo =>
        rowStreamProduct(backend, a, b) ??
        then(run('Transpose', { x: a }, { perm: swapLastTwo(a.shape.length) }), (at) => run('BatchMatMul', { a: at, b }, { transposeA: true, transposeB: false })),
      /** `rows` × `cols` × … strided window of `x` from `begin`. */
      window: (x: TensorInfo, begin: number[], size: number[], strides: number[]) =>
        run('StridedSlice', { x }, { begin, end: begin.map((b, i) => b + (size[i]! - 1) * strides[i]! + 1), strides, beginMask: 0, endMask: 0, ellipsisMask: 0, newAxisMask: 0, shrinkAxisMask: 0 }),
      /** `x` padded by a convolution's padding (itself when there is none). */
      padded: (x: TensorInfo, info: Conv2DInfo) => {
        const p = info.padInfo;
        if (!p.top && !p.bottom && !p.left && !p.right) return reshape(x, x.shape);
        return run('PadV2', { x }, { paddings: [[0, 0], [p.top, p.bottom], [p.left, p.right], [0, 0]], constantValue: 0 });
      },
      /** The fused kernels' bias and activation, as separate kernels; `out` is consumed. */
      epilogue: (out: TensorInfo, inputs: FusedInputs, attrs: FusedAttrs): TensorInfo => {
        if (inputs.bias) {
          const bias = inputs.bias;
          out = then(out, (o) => run('Add', { a: o, b: bias }));
        }
        const alpha = inputs.preluActivationWeights;
        switch (attrs.activation ?? 'linear') {
          case 'linear': return out;
          case 'relu': return then(out, (x) => run('Relu', { x }));
          case 'relu6': return then(out, (x) => run('Relu6', { x }));
          case 'sigmoid': return then(out, (x) => run('Sigmoid', { x }));
          case 'elu': return then(out, (x) => run('Elu', { x }));
          case 'leakyrelu': return then(out, (x) => run('LeakyRelu', { x }, { alpha: attrs.leakyreluAlpha ?? 0.2 }));
          case 'prelu': return then(out, (x) => run('Prelu', { x, alpha }));
          default: throw new Error(`unexpected fused activation ${attrs.activation}`);
        }
      },
    };
  };
  type Kernels = ReturnType<typeof kernels>;

  /** A convolution as products over im2col bands: [N, H, W, in] ⊛ [h, w, in, out] → [N, oh, ow, out]. */
  const conv2d = (k: Kernels, x: TensorInfo, filter: TensorInfo, info: Conv2DInfo): TensorInfo => {
    const { batchSize: n, outHeight: oh, outWidth: ow, filterHeight: fh, filterWidth: fw, inChannels: cin, outChannels: cout } = info;
    const depth = fh * fw * cin;
    const w = k.reshape(filter, [depth, cout]);
    const xp = k.padded(x, info);
    const bands: TensorInfo[] = [];
    try {
      const step = Math.max(1, Math.floor(BAND_VALUES / Math.max(1, n * ow * depth)));
      for (let r0 = 0; r0 < oh; r0 += step) {
        const rows = Math.min(step, oh - r0);
        const taps: TensorInfo[] = [];
        let cols: TensorInfo;
        try {
          for (let i = 0; i < fh; i++) {
            for (let j = 0; j < fw; j++) {
              taps.push(k.window(xp, [0, r0 * info.strideHeight + i * info.dilationHeight, j * info.dilationWidth, 0], [n, rows, ow, cin], [1, info.strideHeight, info.strideWidth, 1]));
            }
          }
          cols = taps.length === 1 ? k.reshape(taps[0]!, taps[0]!.shape) : k.run('Concat', taps, { axis: 3 });
        } finally {
          k.dispose(...taps);
        }
        const y = k.then(k.then(cols, (c) => k.reshape(c, [n * rows * ow, depth])), (a) => k.product(a, w));
        bands.push(k.then(y, (t) => k.reshape(t, [n, rows, ow, cout])));
      }
      return bands.length === 1 ? k.reshape(bands[0]!, bands[0]!.shape) : k.run('Concat', bands, { axis: 1 });
    } finally {
      k.dispose(w, xp, ...bands);
    }
  };

  /** A depthwise convolution as Σ over taps of window × tap: [N, H, W, c] ⊛ [h, w, c, m] → [N, oh, ow, c·m]. */
  const depthwise = (k: Kernels, x: TensorInfo, filter: TensorInfo, info: Conv2DInfo): TensorInfo => {
    const { batchSize: n, outHeight: oh, outWidth: ow, filterHeight: fh, filterWidth: fw, inChannels: c, outChannels: cout } = info;
    const m = cout / c;
    const xp = k.padded(x, info);
    let sum: TensorInfo | undefined;
    try {
      for (let i = 0; i < fh; i++) {
        for (let j = 0; j < fw; j++) {
          const win = k.window(xp, [0, i * info.dilationHeight, j * info.dilationWidth, 0], [n, oh, ow, c], [1, info.strideHeight, info.strideWidth, 1]);
          const tap = k.run('Slice', { x: filter }, { begin: [i, j, 0, 0], size: [1, 1, c, m] });
          const term = k.then(k.then(win, (t) => k.reshape(t, m === 1 ? [n, oh, ow, c] : [n, oh, ow, c, 1])),
            (a) => k.then(k.then(tap, (t) => k.reshape(t, m === 1 ? [c] : [c, m])), (b) => k.run('Multiply', { a, b })));
          const before = sum;
          sum = before ? k.then(term, (b) => k.then(before, (a) => k.run('Add', { a, b }))) : term;
        }
      }
    } catch (err) {
      if (sum) k.dispose(sum);
      throw err;
    } finally {
      k.dispose(xp);
    }
    return k.then(sum!, (t) => k.reshape(t, [n, oh, ow, cout]));
  };

  const kernelFuncs: Record<typeof names[number], KernelFunc> = {
    BatchMatMul: (args) => {
      const { a, b } = args.inputs as unknown as { a: TensorInfo; b: TensorInfo };
      if (!takesProduct(a, b, args.attrs as Record<string, unknown>)) return original.get('BatchMatMul')!.kernelFunc(args);
      taken.matMul++;
      return kernels(args.backend).product(a, b) as never;
    },
    _FusedMatMul: (args) => {
      const inputs = args.inputs as unknown as { a: TensorInfo; b: TensorInfo } & FusedInputs;
      const attrs = args.attrs as FusedAttrs & Record<string, unknown>;
      if (!takesProduct(inputs.a, inputs.b, attrs) || !ACTIVATIONS.has(attrs.activation ?? 'linear')) return original.get('_FusedMatMul')!.kernelFunc(args);
      taken.matMul++;
      const k = kernels(args.backend);
      // The row stream starts each output row from a [n] bias: then only the activation is left.
      const biased = inputs.bias && rowStreamProduct(args.backend, inputs.a, inputs.b, inputs.bias);
      if (biased) return k.epilogue(biased, { ...inputs, bias: undefined }, attrs) as never;
      return k.epilogue(k.product(inputs.a, inputs.b), inputs, attrs) as never;
    },
    Conv2D: (args) => convKernel('Conv2D', args, false),
    FusedConv2D: (args) => convKernel('FusedConv2D', args, false),
    DepthwiseConv2dNative: (args) => convKernel('DepthwiseConv2dNative', args, true),
    FusedDepthwiseConv2D: (args) => convKernel('FusedDepthwiseConv2D', args, true),
  };

  function convKernel(name: typeof names[number], args: KernelArgs, isDepthwise: boolean) {
    const inputs = args.inputs as unknown as { x: TensorInfo; filter: TensorInfo } & FusedInputs;
    const attrs = args.attrs as unknown as FusedAttrs & {
      strides: number | [number, number]; pad: Parameters<typeof computeConv2DInfo>[4]; dilations?: number | [number, number];
      dimRoundingMode?: 'floor' | 'round' | 'ceil'; dataFormat?: 'NHWC' | 'NCHW';
    };
    const { x, filter } = inputs;
    if (x.shape.length !== 4 || filter.shape.length !== 4) return original.get(name)!.kernelFunc(args);
    const info = computeConv2DInfo(x.shape as [number, number, number, number], filter.shape as [number, number, number, number],
      attrs.strides, attrs.dilations ?? [1, 1], attrs.pad, attrs.dimRoundingMode, isDepthwise, convertConv2DDataFormat(attrs.dataFormat ?? 'NHWC'));
    if (!takesConv(x, filter, info, inputs, attrs, isDepthwise, args.backend)) return original.get(name)!.kernelFunc(args);
    const k = kernels(args.backend);
    if (isDepthwise) taken.depthwise++;
    else taken.conv2d++;
    return k.epilogue((isDepthwise ? depthwise : conv2d)(k, x, filter, info), inputs, attrs) as never;
  }

  for (const name of names) {
    const config = original.get(name)!;
    tf.unregisterKernel(name, 'wasm');
    tf.registerKernel({ ...config, kernelFunc: kernelFuncs[name] });
  }
  core[MARK] = true;
  return true;
}

