import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  CUDNN_CPU_CLASS,
  ExprError,
  RECURRENT_GATES,
  exprShape,
  gruResetAfter,
  isChannelsFirst,
  objectAt,
  saved,
  stringAt
} from "./chunk-5PD53CW2.js";
import {
  pyShape
} from "./chunk-73VS7PYX.js";

// src/model/tfkeras-preprocess.ts
var KERAS1_CLASSES = {
  Convolution1D: "Conv1D",
  AtrousConvolution1D: "Conv1D",
  Convolution2D: "Conv2D",
  AtrousConvolution2D: "Conv2D",
  Deconvolution2D: "Conv2DTranspose",
  Convolution3D: "Conv3D"
};
function numberAt(v, i = 0) {
  if (typeof v === "number") return v;
  const x = Array.isArray(v) ? v[i] : void 0;
  return typeof x === "number" ? x : void 0;
}
function innerTarget(v) {
  const className = stringAt(v, "class_name");
  return className === void 0 ? void 0 : { className, config: objectAt(v, "config") ?? {} };
}
function shift(e, by) {
  switch (e.op) {
    case "saved":
      return saved(e.index + by);
    case "concat":
      return { ...e, parts: e.parts.map((p) => shift(p, by)) };
    case "add":
      return { ...e, a: shift(e.a, by), b: shift(e.b, by) };
    default:
      return { ...e, of: shift(e.of, by) };
  }
}
function compose(e, inputs) {
  switch (e.op) {
    case "saved": {
      const input = inputs[e.index];
      if (!input) throw new ExprError(`saved weight #${e.index} does not exist`);
      return input;
    }
    case "concat":
      return { ...e, parts: e.parts.map((p) => compose(p, inputs)) };
    case "add":
      return { ...e, a: compose(e.a, inputs), b: compose(e.b, inputs) };
    default:
      return { ...e, of: compose(e.of, inputs) };
  }
}
var identity = (n) => Array.from({ length: n }, (_, i) => saved(i));
var concatLast = (indices) => ({ op: "concat", parts: indices.map(saved) });
var transposed = (perm, rest) => [{ op: "transpose", of: saved(0), perm }, ...identity(rest).slice(1)];
function keras1(t, shapes) {
  const cls = KERAS1_CLASSES[t.className] ?? t.className;
  const c = t.config;
  const first = isChannelsFirst(c);
  const n = shapes.length;
  switch (cls) {
    case "LSTM":
      if (n !== 12) return void 0;
      return {
        outputs: [0, 1, 2].map((o) => concatLast([o, o + 6, o + 3, o + 9])),
        description: "12 per-gate arrays (W, U, b for gates i, c, f, o) concatenated into kernel, recurrent_kernel and bias in gate order i, f, c, o"
      };
    case "GRU":
      if (n !== 9) return void 0;
      return {
        outputs: [0, 1, 2].map((o) => concatLast([o, o + 3, o + 6])),
        description: "9 per-gate arrays (W, U, b for gates z, r, h) concatenated into kernel, recurrent_kernel and bias"
      };
    case "Conv1D": {
      const [k] = shapes;
      const [k0, k1, k2, k3, ...more] = k ?? [];
      if (k0 === void 0 || k1 === void 0 || k2 === void 0 || k3 === void 0 || more.length) return void 0;
      const size = numberAt(c.kernel_size) ?? numberAt(c.filter_length);
      const filters = numberAt(c.filters) ?? numberAt(c.nb_filter);
      const legacy = !(k0 === size && k1 === 1 && k3 === filters);
      const kk = legacy ? { op: "transpose", of: saved(0), perm: [2, 3, 1, 0] } : saved(0);
      const [length, , inputDim, out] = legacy ? [k2, k3, k1, k0] : [k0, k1, k2, k3];
      return {
        outputs: [{ op: "reshape", of: kk, shape: [length, inputDim, out] }, ...identity(n).slice(1)],
        description: "the 4-D Keras 1 kernel reshaped to (length, input_dim, filters)"
      };
    }
    case "Conv2D":
      return first ? { outputs: transposed([2, 3, 1, 0], n), description: "the channels_first kernel transposed from (filters, in, rows, cols) to (rows, cols, in, filters)" } : void 0;
    case "Conv2DTranspose":
      return first ? { outputs: transposed([2, 3, 0, 1], n), description: "the channels_first kernel transposed from (filters, in, rows, cols) to (rows, cols, filters, in)" } : { outputs: transposed([0, 1, 3, 2], n), description: "the kernel transposed from (rows, cols, in, filters) to (rows, cols, filters, in)" };
    case "Conv3D":
      return first ? { outputs: transposed([2, 3, 4, 1, 0], n), description: "the channels_first kernel transposed to (d1, d2, d3, in, filters)" } : void 0;
    default:
      return void 0;
  }
}
function perGate(of, rows, width, gates, func) {
  const w = width / gates;
  return { op: "concat", parts: Array.from({ length: gates }, (_, g) => func({ op: "slice", of, start: g * w, end: (g + 1) * w }, rows, w)) };
}
var fromCudnnInput = (b, r, c) => ({ op: "transpose", of: { op: "reshape", of: b, shape: [c, r] }, perm: [1, 0] });
var toCudnnInput = (b, r, c) => ({ op: "reshape", of: { op: "transpose", of: b, perm: [1, 0] }, shape: [r, c] });
var transposeBlock = (b) => ({ op: "transpose", of: b, perm: [1, 0] });
function cudnn(t, shapes) {
  const isLstm = t.className === "LSTM" || t.className === "CuDNNLSTM";
  const isGru = t.className === "GRU" || t.className === "CuDNNGRU";
  if (!isLstm && !isGru || shapes.length !== 3) return { kind: "as-saved" };
  const [kernel, recurrent, bias] = shapes;
  const gates = RECURRENT_GATES[t.className];
  if (!kernel || !recurrent || !bias || gates === void 0) return { kind: "as-saved" };
  const [inputDim, kernelWidth, ...kernelMore] = kernel;
  const [units, recurrentWidth, ...recurrentMore] = recurrent;
  if (inputDim === void 0 || kernelWidth === void 0 || units === void 0 || recurrentWidth === void 0 || kernelMore.length || recurrentMore.length) {
    return { kind: "as-saved" };
  }
  const kernels = (from) => [
    perGate(saved(0), inputDim, kernelWidth, gates, from ? fromCudnnInput : toCudnnInput),
    perGate(saved(1), units, recurrentWidth, gates, transposeBlock)
  ];
  const same = (a, b) => a.length === b.length && a.every((d, i) => d === b[i]);
  if (isLstm) {
    let source2;
    if (same(bias, [2 * units * gates])) source2 = "CuDNNLSTM";
    else if (same(bias, [units * gates])) source2 = "LSTM";
    else return { kind: "refused", message: `Invalid bias shape: ${pyShape(bias)}` };
    if (source2 === t.className) return { kind: "as-saved" };
    const fromCudnn2 = source2 === "CuDNNLSTM";
    const half = units * gates;
    const biasExpr = fromCudnn2 ? { op: "add", a: { op: "slice", of: saved(2), start: 0, end: half }, b: { op: "slice", of: saved(2), start: half, end: 2 * half } } : { op: "concat", parts: [{ op: "scale", of: saved(2), by: 0.5 }, { op: "scale", of: saved(2), by: 0.5 }] };
    return {
      kind: "converted",
      outputs: [...kernels(fromCudnn2), biasExpr],
      description: fromCudnn2 ? "CuDNNLSTM weights converted to LSTM layout (per-gate kernels transposed, input and recurrent biases summed)" : "LSTM weights converted to CuDNNLSTM layout (per-gate kernels transposed, the bias split into input and recurrent halves)"
    };
  }
  let source;
  if (same(bias, [2 * units * gates])) source = "CuDNNGRU";
  else if (same(bias, [2, units * gates])) source = "GRU(reset_after=True)";
  else if (same(bias, [units * gates])) source = "GRU(reset_after=False)";
  else return { kind: "refused", message: `Invalid bias shape: ${pyShape(bias)}` };
  const target = t.className === "CuDNNGRU" ? "CuDNNGRU" : gruResetAfter(t.config, { generation: 2 }) ? "GRU(reset_after=True)" : "GRU(reset_after=False)";
  if (source === target) return { kind: "as-saved" };
  if (source === "GRU(reset_after=False)" || target === "GRU(reset_after=False)") {
    return { kind: "refused", message: `${source} is not compatible with ${target}` };
  }
  const fromCudnn = source === "CuDNNGRU";
  return {
    kind: "converted",
    outputs: [...kernels(fromCudnn), { op: "reshape", of: saved(2), shape: fromCudnn ? [2, units * gates] : [2 * units * gates] }],
    description: fromCudnn ? "CuDNNGRU weights converted to GRU(reset_after=True) layout (per-gate kernels transposed, the bias reshaped to (2, 3\xB7units))" : "GRU(reset_after=True) weights converted to CuDNNGRU layout (per-gate kernels transposed, the bias flattened)"
  };
}
function single(t, shapes, o) {
  let outputs = identity(shapes.length);
  const descriptions = [];
  let current = shapes.map((s) => [...s]);
  if (o.keras1) {
    const k = keras1(t, shapes);
    if (k) {
      outputs = k.outputs;
      descriptions.push(k.description);
      try {
        current = outputs.map((e) => exprShape(e, shapes));
      } catch (err) {
        if (err instanceof ExprError) return { kind: "refused", message: err.message };
        throw err;
      }
    }
  }
  const c = cudnn({ className: KERAS1_CLASSES[t.className] ?? t.className, config: t.config }, current);
  if (c.kind === "refused") return c;
  if (c.kind === "converted") {
    outputs = c.outputs.map((e) => compose(e, outputs));
    descriptions.push(c.description);
  }
  return descriptions.length ? { kind: "converted", outputs, description: descriptions.join("; then ") } : { kind: "as-saved" };
}
function preprocessForLoading(t, shapes, o) {
  if (t.className === "Bidirectional") {
    const forward = innerTarget(t.config.layer);
    if (!forward || shapes.length % 2) return { kind: "as-saved" };
    const backward = innerTarget(t.config.backward_layer) ?? forward;
    const half = shapes.length / 2;
    const f = single(forward, shapes.slice(0, half), o);
    const b = single(backward, shapes.slice(half), o);
    if (f.kind === "refused") return f;
    if (b.kind === "refused") return b;
    if (f.kind === "as-saved" && b.kind === "as-saved") return f;
    const outs = (p, by) => p.kind === "converted" ? p.outputs.map((e) => shift(e, by)) : identity(half).map((e) => shift(e, by));
    const description = f.kind === "converted" ? f.description : b.kind === "converted" ? b.description : "";
    return { kind: "converted", outputs: [...outs(f, 0), ...outs(b, half)], description: `forward and backward layers: ${description}` };
  }
  if (t.className === "TimeDistributed") {
    const inner = innerTarget(t.config.layer);
    return inner ? single(inner, shapes, o) : { kind: "as-saved" };
  }
  return single(t, shapes, o);
}
function tfjsLoadTarget(t) {
  const map = (v) => {
    const cpu = CUDNN_CPU_CLASS[v.className];
    return cpu ? { className: cpu.className, config: { ...v.config, ...cpu.config } } : v;
  };
  if (t.className === "Bidirectional" || t.className === "TimeDistributed") {
    const wrap = (key) => {
      const inner = innerTarget(t.config[key]);
      if (!inner) return t.config[key];
      const m = map(inner);
      return { class_name: m.className, config: m.config };
    };
    return { className: t.className, config: { ...t.config, layer: wrap("layer"), ...t.config.backward_layer ? { backward_layer: wrap("backward_layer") } : {} } };
  }
  return map(t);
}

export {
  preprocessForLoading,
  tfjsLoadTarget
};
