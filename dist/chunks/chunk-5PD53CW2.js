import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  asText,
  jsonSnippet
} from "./chunk-3BJMFA6A.js";

// src/model/weight-expr.ts
var saved = (index) => ({ op: "saved", index });
var ExprError = class extends Error {
};
function size(shape) {
  return shape.reduce((a, b) => a * b, 1);
}
function exprShape(e, inputs) {
  switch (e.op) {
    case "saved": {
      const s = inputs[e.index];
      if (!s) throw new ExprError(`saved weight #${e.index} does not exist`);
      return [...s];
    }
    case "concat": {
      const shapes = e.parts.map((p) => exprShape(p, inputs));
      const [first] = shapes;
      if (!first) throw new ExprError("nothing to concatenate");
      const head = first.slice(0, -1);
      if (shapes.some((s) => s.length !== head.length + 1 || s.slice(0, -1).some((d, i) => d !== head[i]))) {
        throw new ExprError(`cannot concatenate shapes ${shapes.map((s) => `(${s.join(", ")})`).join(", ")} on the last axis`);
      }
      return [...head, shapes.reduce((n, s) => n + (s.at(-1) ?? 0), 0)];
    }
    case "slice": {
      const s = exprShape(e.of, inputs);
      const last = s[s.length - 1] ?? 0;
      if (e.start < 0 || e.end > last || e.start > e.end) throw new ExprError(`cannot take [${e.start}:${e.end}] of a last axis of ${last}`);
      return [...s.slice(0, -1), e.end - e.start];
    }
    case "transpose": {
      const s = exprShape(e.of, inputs);
      if (s.length !== e.perm.length) throw new ExprError(`axes don't match array: (${s.join(", ")}) transposed by (${e.perm.join(", ")})`);
      return e.perm.map((a) => {
        const d = s[a];
        if (d === void 0) throw new ExprError(`axis ${a} does not exist in (${s.join(", ")})`);
        return d;
      });
    }
    case "reshape": {
      const s = exprShape(e.of, inputs);
      if (size(s) !== size(e.shape)) throw new ExprError(`cannot reshape array of size ${size(s)} into shape (${e.shape.join(", ")})`);
      return [...e.shape];
    }
    case "add": {
      const a = exprShape(e.a, inputs);
      const b = exprShape(e.b, inputs);
      if (a.length !== b.length || a.some((d, i) => d !== b[i])) throw new ExprError(`cannot add shapes (${a.join(", ")}) and (${b.join(", ")})`);
      return a;
    }
    case "scale":
      return exprShape(e.of, inputs);
  }
}
function strides(shape) {
  const out = new Array(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) out[i] = out[i + 1] * shape[i + 1];
  return out;
}
function transpose(a, perm) {
  const shape = perm.map((p) => a.shape[p]);
  const src = strides(a.shape);
  const step = perm.map((p) => src[p]);
  const out = new Float32Array(a.data.length);
  const idx = new Array(shape.length).fill(0);
  let from = 0;
  for (let k = 0; k < out.length; k++) {
    out[k] = a.data[from];
    for (let d = shape.length - 1; d >= 0; d--) {
      idx[d]++;
      from += step[d];
      if (idx[d] < shape[d]) break;
      from -= step[d] * shape[d];
      idx[d] = 0;
    }
  }
  return { data: out, shape };
}
function evaluateExpr(e, inputs) {
  exprShape(e, inputs.map((i) => i.shape));
  const go = (x) => {
    switch (x.op) {
      case "saved":
        return inputs[x.index];
      case "concat": {
        const parts = x.parts.map(go);
        const outer = size(parts[0].shape.slice(0, -1));
        const widths = parts.map((p) => p.shape[p.shape.length - 1]);
        const width = widths.reduce((a, b) => a + b, 0);
        const out = new Float32Array(outer * width);
        for (let r = 0; r < outer; r++) {
          let at = r * width;
          parts.forEach((p, i) => {
            const w = widths[i];
            out.set(p.data.subarray(r * w, r * w + w), at);
            at += w;
          });
        }
        return { data: out, shape: [...parts[0].shape.slice(0, -1), width] };
      }
      case "slice": {
        const a = go(x.of);
        const last = a.shape[a.shape.length - 1];
        const outer = a.data.length / last;
        const w = x.end - x.start;
        const out = new Float32Array(outer * w);
        for (let r = 0; r < outer; r++) out.set(a.data.subarray(r * last + x.start, r * last + x.end), r * w);
        return { data: out, shape: [...a.shape.slice(0, -1), w] };
      }
      case "transpose":
        return transpose(go(x.of), x.perm);
      case "reshape":
        return { data: go(x.of).data, shape: [...x.shape] };
      case "add": {
        const a = go(x.a);
        const b = go(x.b);
        return { data: a.data.map((v, i) => v + b.data[i]), shape: a.shape };
      }
      case "scale": {
        const a = go(x.of);
        return { data: a.data.map((v) => v * x.by), shape: a.shape };
      }
    }
  };
  return go(e);
}
function asFloat32(data) {
  if (data instanceof Float32Array) return data;
  if (data instanceof BigInt64Array) return Float32Array.from(data, (v) => Number(v));
  return Float32Array.from(data);
}
async function readSaved(artifact, v, options) {
  if (!v.derived) return artifact.read(v, options);
  const inputs = [];
  for (const s of v.derived.sources) inputs.push({ data: asFloat32(await artifact.read(s)), shape: s.shape });
  return evaluateExpr(v.derived.expr, inputs).data;
}

// src/sources/json-value.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function objectAt(o, key) {
  const v = isObject(o) ? o[key] : void 0;
  return isObject(v) ? v : void 0;
}
function stringAt(o, key) {
  const v = isObject(o) ? o[key] : void 0;
  return typeof v === "string" ? v : void 0;
}
function numberAt(o, key) {
  const v = isObject(o) ? o[key] : void 0;
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function arrayAt(o, key) {
  const v = isObject(o) ? o[key] : void 0;
  return Array.isArray(v) ? v : void 0;
}
function valueAt(v, ...path) {
  let cur = v;
  for (const step of path) {
    if (typeof step === "number") {
      if (!Array.isArray(cur)) return void 0;
      cur = cur[step];
    } else {
      if (!isObject(cur)) return void 0;
      cur = cur[step];
    }
  }
  return cur;
}
function objectsIn(v) {
  return Array.isArray(v) ? v.filter(isObject) : [];
}

// src/model/keras-vocabulary.ts
var MODEL_CLASSES = /* @__PURE__ */ new Set(["Sequential", "Functional", "Model"]);
function isNestedModel(className, config) {
  if (MODEL_CLASSES.has(className)) return true;
  return isObject(config) && Array.isArray(config.layers) && ("input_layers" in config || "output_layers" in config);
}
function layerEntryName(entry, fallback) {
  if (!isObject(entry)) return fallback;
  const own = entry.name;
  const inConfig = isObject(entry.config) ? entry.config.name : void 0;
  return asText(own ?? inConfig, fallback);
}
function isKerasTensor(v) {
  return isObject(v) && v.class_name === "__keras_tensor__" && isObject(v.config) && Array.isArray(v.config.keras_history);
}
function isKeras3Node(node) {
  return isObject(node) && ("args" in node || "kwargs" in node);
}
var KERAS_OP_CLASSES = /* @__PURE__ */ new Set([
  // comparisons and logic
  "NotEqual",
  "Equal",
  "Greater",
  "GreaterEqual",
  "Less",
  "LessEqual",
  "LogicalAnd",
  "LogicalOr",
  "LogicalNot",
  "Where",
  // dtype and shape
  "Cast",
  "ExpandDims",
  "Squeeze",
  "Transpose",
  "BroadcastTo",
  "GetItem",
  "Slice",
  "Take",
  "Stack",
  "Split",
  // arithmetic (`Abs` is the class of the `abs` alias of `Absolute`)
  "Matmul",
  "Absolute",
  "Abs",
  "Square",
  "Sqrt",
  "Exp",
  "Log",
  "Tanh",
  "Sigmoid",
  // reductions
  "Sum",
  "Mean",
  "Max",
  "Min",
  "Any",
  "All",
  "Argmax"
]);
var OPS_MODULE = /^keras(\.src)?\.ops\b/;
function isOpNode(entry) {
  if (!isObject(entry)) return false;
  if (typeof entry.module === "string") return OPS_MODULE.test(entry.module);
  return typeof entry.class_name === "string" && KERAS_OP_CLASSES.has(entry.class_name) && Array.isArray(entry.inbound_nodes) && entry.inbound_nodes.some(isKeras3Node);
}
var QUANTIZATION_MODES = /* @__PURE__ */ new Set(["int8", "float8", "int4", "ternary", "gptq", "awq"]);
var QUANTIZED_POLICY_CLASSES = /* @__PURE__ */ new Set([
  "QuantizedDTypePolicy",
  "QuantizedFloat8DTypePolicy",
  "Int4DTypePolicy",
  "GPTQDTypePolicy",
  "AWQDTypePolicy",
  "TernaryDTypePolicy"
]);
function quantizedPolicyName(name) {
  const parts = name.split("_from_");
  const [mode, source] = parts;
  if (parts.length !== 2 || mode === void 0 || source === void 0) return void 0;
  return QUANTIZATION_MODES.has(mode.split("/")[0] ?? "") ? { mode, source } : void 0;
}
function isQuantizedPolicy(policy) {
  if (typeof policy === "string") return quantizedPolicyName(policy) !== void 0;
  return isObject(policy) && typeof policy.class_name === "string" && QUANTIZED_POLICY_CLASSES.has(policy.class_name);
}
function isChannelsFirst(config) {
  if (!isObject(config)) return false;
  const df = config.data_format ?? config.dim_ordering;
  return df === "channels_first" || df === "th";
}
var INFERENCE_IDENTITY_CLASSES = /* @__PURE__ */ new Set([
  "Dropout",
  "SpatialDropout1D",
  "SpatialDropout2D",
  "SpatialDropout3D",
  "GaussianDropout",
  "GaussianNoise",
  "AlphaDropout",
  "ActivityRegularization"
]);

// src/model/keras-config.ts
function asNumber(v, fallback) {
  return typeof v === "number" ? v : fallback;
}
function unwrapModelConfig(raw) {
  if (isObject(raw.model_config)) return raw.model_config;
  return raw;
}
function writtenByTfjs(p) {
  return p.backend === "tensor_flow.js" || (p.kerasVersion?.startsWith("tfjs") ?? false);
}
function detectGeneration(model, statedVersion) {
  const v = statedVersion ?? (typeof model.keras_version === "string" ? model.keras_version : void 0);
  if (v && /^\d/.test(v)) {
    const major = Number.parseInt(v, 10);
    return major <= 1 ? 1 : major >= 3 ? 3 : 2;
  }
  if (v && v.startsWith("tfjs")) return 2;
  const { keras3, keras1 } = generationMarks(model);
  return keras3 ? 3 : keras1 ? 1 : 2;
}
var KERAS3_MARKS = /* @__PURE__ */ new Set(["DTypePolicy", "__keras_tensor__"]);
var KERAS1_KEYS = /* @__PURE__ */ new Set(["output_dim", "nb_filter", "border_mode", "dim_ordering"]);
function generationMarks(model) {
  let keras1 = false;
  const stack = [model];
  while (stack.length) {
    const v = stack.pop();
    const entries = Array.isArray(v) ? v.map((x) => [void 0, x]) : isObject(v) ? Object.entries(v) : [];
    for (const [key, x] of entries) {
      if (key === "module" || key === "batch_shape" || key !== void 0 && KERAS3_MARKS.has(key) || typeof x === "string" && KERAS3_MARKS.has(x)) return { keras3: true, keras1 };
      if (key !== void 0 && (KERAS1_KEYS.has(key) || key === "init" && typeof x === "string")) keras1 = true;
      if (typeof x === "object" && x !== null) stack.push(x);
    }
  }
  return { keras3: false, keras1 };
}
var VARIABLE_DTYPES = /* @__PURE__ */ new Set(["float16", "bfloat16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool"]);
function isVariableDtype(name) {
  return VARIABLE_DTYPES.has(name);
}
function dtypeFacts(dtype, fallback = { policy: "float32", variableDtype: "float32", quantized: false }) {
  if (typeof dtype === "string") return fromName(dtype);
  if (!isObject(dtype)) return fallback;
  const cfg = objectAt(dtype, "config") ?? {};
  const name = stringAt(cfg, "name");
  if (isQuantizedPolicy(dtype)) {
    const named = name !== void 0 ? quantizedPolicyName(name) : void 0;
    const sourceName = stringAt(cfg, "source_name") ?? named?.source;
    const source = sourceName !== void 0 ? fromName(sourceName) : fallback;
    return { policy: asText(cfg.mode ?? named?.mode, asText(dtype.class_name, "")), variableDtype: source.variableDtype, quantized: true };
  }
  return name !== void 0 ? fromName(name) : fallback;
}
function fromName(name) {
  const quantized = quantizedPolicyName(name);
  if (quantized) return { policy: quantized.mode, variableDtype: fromName(quantized.source).variableDtype, quantized: true };
  if (name.startsWith("mixed_")) return { policy: name, variableDtype: "float32", quantized: false };
  return { policy: name, variableDtype: isVariableDtype(name) ? name : "float32", quantized: false };
}
function refOf(history) {
  return { layer: asText(history[0], ""), node: asNumber(history[1], 0), tensor: asNumber(history[2], 0) };
}
var MAX_ARG_DEPTH = 64;
function collectTensors(v, out, depth = 0) {
  if (depth > MAX_ARG_DEPTH) return;
  if (isKerasTensor(v)) out.push(refOf(v.config.keras_history));
  else if (Array.isArray(v)) v.forEach((x) => collectTensors(x, out, depth + 1));
  else if (isObject(v)) Object.values(v).forEach((x) => collectTensors(x, out, depth + 1));
}
function stripTensors(v, depth = 0) {
  if (depth > MAX_ARG_DEPTH) return void 0;
  if (isKerasTensor(v)) return void 0;
  if (Array.isArray(v)) return v.map((x) => stripTensors(x, depth + 1));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).filter(([, x]) => !isKerasTensor(x)).map(([k, x]) => [k, stripTensors(x, depth + 1)]));
  return v;
}
function parseInboundNodes(nodes) {
  if (!Array.isArray(nodes)) return [];
  return nodes.map((node) => {
    if (isObject(node) && ("args" in node || "kwargs" in node)) {
      const inputs2 = [];
      collectTensors(node.args ?? [], inputs2);
      const tensorKwargs = {};
      const kwargs2 = {};
      for (const [k, v] of Object.entries(isObject(node.kwargs) ? node.kwargs : {})) {
        if (isKerasTensor(v)) tensorKwargs[k] = refOf(v.config.keras_history);
        else kwargs2[k] = stripTensors(v);
      }
      return { inputs: inputs2, kwargs: kwargs2, tensorKwargs };
    }
    const entries = Array.isArray(node) ? node : [];
    const inputs = [];
    let kwargs = {};
    for (const e of entries) {
      if (Array.isArray(e) && typeof e[0] === "string") {
        inputs.push(refOf(e));
        if (isObject(e[3])) kwargs = { ...kwargs, ...e[3] };
      }
    }
    return { inputs, kwargs, tensorKwargs: {} };
  });
}
function parseLayerRefs(v) {
  if (!v) return [];
  if (Array.isArray(v) && typeof v[0] === "string") return [refOf(v)];
  if (Array.isArray(v)) return v.flatMap(parseLayerRefs);
  if (isObject(v)) return Object.values(v).flatMap(parseLayerRefs);
  return [];
}
var MAX_RANK = 64;
function asShape(v) {
  if (!Array.isArray(v) || v.length > MAX_RANK) return void 0;
  if (!v.every((d) => d === null || typeof d === "number")) return void 0;
  return v.map((d) => d === null || d < 0 ? null : d);
}
function declaredInputShape(cfg) {
  const batch = asShape(cfg.batch_shape) ?? asShape(cfg.batch_input_shape);
  if (batch) return batch;
  const input = asShape(cfg.input_shape);
  if (input) return [null, ...input];
  if (typeof cfg.input_dim === "number" && cfg.input_dim > 0) {
    if ("input_length" in cfg) return [null, numberAt(cfg, "input_length") ?? null, cfg.input_dim];
    return [null, cfg.input_dim];
  }
  return void 0;
}
function builtInputShapes(entry) {
  const bc = entry.build_config;
  if (!isObject(bc)) return void 0;
  if (Array.isArray(bc.input_shape)) {
    const single = asShape(bc.input_shape);
    if (single) return [single];
    const many = bc.input_shape.map(asShape);
    return many.every((s) => s !== void 0) ? many : void 0;
  }
  if (isObject(bc.shapes_dict)) {
    const shapes = Object.values(bc.shapes_dict).map(asShape);
    return shapes.every((s) => s !== void 0) ? shapes : void 0;
  }
  return void 0;
}
function toSnakeCase(name) {
  let s = name.replace(/\W+/g, "");
  s = s.replace(/(.)([A-Z][a-z]+)/g, "$1_$2");
  s = s.replace(/([a-z])([A-Z])/g, "$1_$2");
  return s.toLowerCase();
}
var PYTHON_CLASS_NAMES = {
  GroupQueryAttention: "GroupedQueryAttention",
  Model: "Functional"
};
function objectPathName(className) {
  return toSnakeCase(PYTHON_CLASS_NAMES[className] ?? className);
}

// src/model/layers/spec.ts
var UnresolvedShape = class extends Error {
  name = "UnresolvedShape";
};

// src/model/layers/shape-math.ts
var LayerConfigError = class extends Error {
  name = "LayerConfigError";
};
function requireDim(d, what) {
  if (d === null || d === void 0) throw new UnresolvedShape(`${what} is unknown`);
  return d;
}
function dimAt(shape, i) {
  const d = shape.at(i);
  if (d === void 0) throw new LayerConfigError(`axis ${i} does not exist in shape ${JSON.stringify(shape)}`);
  return d;
}
function itemAt(list, i, what) {
  const v = list.at(i);
  if (v === void 0) throw new LayerConfigError(`${what} has no entry ${i} (it has ${list.length})`);
  return v;
}
function lastDim(shape) {
  return dimAt(shape, -1);
}
function requireDims(shape, what) {
  return shape.map((d, i) => requireDim(d, `${what}[${i}]`));
}
function inputShape(call, i = 0) {
  const s = call.inputShapes[i];
  if (!s) throw new UnresolvedShape(`input ${i} of ${call.className} '${call.name}' has no known shape`);
  return s;
}
function requireRank(shape, rank, call) {
  if (shape.length !== rank) {
    throw new LayerConfigError(
      `${call.className} '${call.name}' expects rank ${rank} input, got ${JSON.stringify(shape)}`
    );
  }
}
function normalizeAxis(axis, rank) {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) throw new LayerConfigError(`axis ${axis} out of range for rank ${rank}`);
  return a;
}
function product(dims) {
  let p = 1;
  for (const d of dims) {
    if (d === null) return null;
    p *= d;
  }
  return p;
}
function addDims(a, b) {
  return a === null || b === null ? null : a + b;
}
function mulDim(a, k) {
  return a === null ? null : a * k;
}
function toTuple(value, n, what) {
  if (typeof value === "number") return Array(n).fill(value);
  const list = Array.isArray(value) && value.every((v) => typeof v === "number") ? value : void 0;
  if (list?.length === n) return list;
  const [only] = list ?? [];
  if (list?.length === 1 && only !== void 0) return Array(n).fill(only);
  throw new LayerConfigError(`${what} must be an int or ${n} ints, got ${jsonSnippet(value)}`);
}
function convOutputLength(input, kernel, padding, stride, dilation = 1) {
  if (input === null) return null;
  const dk = kernel + (kernel - 1) * (dilation - 1);
  let len;
  switch (padding) {
    case "same":
    case "causal":
      len = input;
      break;
    case "valid":
      len = input - dk + 1;
      break;
    case "full":
      len = input + dk - 1;
      break;
    default:
      throw new LayerConfigError(`unknown padding '${padding}'`);
  }
  return Math.floor((len + stride - 1) / stride);
}
function deconvOutputLength(input, kernel, padding, outputPadding, stride, dilation = 1) {
  if (input === null) return null;
  const dk = kernel + (kernel - 1) * (dilation - 1);
  if (outputPadding === null) {
    switch (padding) {
      case "valid":
        return input * stride + Math.max(dk - stride, 0);
      case "full":
        return input * stride - (stride + dk - 2);
      case "same":
        return input * stride;
      default:
        throw new LayerConfigError(`unknown padding '${padding}'`);
    }
  }
  let pad;
  switch (padding) {
    case "same":
      pad = Math.floor(dk / 2);
      break;
    case "valid":
      pad = 0;
      break;
    case "full":
      pad = dk - 1;
      break;
    default:
      throw new LayerConfigError(`unknown padding '${padding}'`);
  }
  return (input - 1) * stride + dk - 2 * pad + outputPadding;
}
function broadcastShapes(a, b) {
  if (a.length < b.length) return broadcastShapes(b, a);
  const out = a.slice(0, a.length - b.length);
  const tail = a.slice(a.length - b.length);
  tail.forEach((x, i) => {
    const y = b[i] ?? null;
    if (x === null || y === null) out.push(null);
    else if (x === 1) out.push(y);
    else if (y === 1) out.push(x);
    else if (x !== y) throw new LayerConfigError(`shapes ${JSON.stringify(a)} and ${JSON.stringify(b)} do not broadcast`);
    else out.push(x);
  });
  return out;
}
function commonBatch(shapes) {
  const known = new Set(shapes.map((s) => s[0]).filter((d) => typeof d === "number"));
  const [only] = known;
  return known.size === 1 && only !== void 0 ? only : null;
}

// src/model/layers/config-read.ts
function bool(config, key, dflt) {
  const v = config[key];
  return v === null || v === void 0 ? dflt : Boolean(v);
}
function num(config, key, dflt) {
  const v = config[key];
  if (typeof v === "number") return v;
  if (v === null || v === void 0) {
    if (dflt !== void 0) return dflt;
    throw new LayerConfigError(`config key '${key}' is missing`);
  }
  throw new LayerConfigError(`config key '${key}' should be a number, got ${jsonSnippet(v)}`);
}
function numberList(value, what) {
  if (Array.isArray(value) && value.every((v) => typeof v === "number")) return value;
  throw new LayerConfigError(`${what} should be a list of ints, got ${jsonSnippet(value)}`);
}
function pick(config, ...keys) {
  for (const k of keys) {
    if (config[k] !== void 0 && config[k] !== null) return config[k];
  }
  return void 0;
}
function paddingMode(config) {
  const p = pick(config, "padding", "border_mode");
  return typeof p === "string" ? p.toLowerCase() : "valid";
}
function nestedLayer(raw, what) {
  const className = stringAt(raw, "class_name");
  if (className !== void 0) return { className, config: objectAt(raw, "config") ?? {} };
  throw new LayerConfigError(`${what} is not a layer config: ${jsonSnippet(raw)}`);
}
function innerCall(outer, inner, inputShapes) {
  return {
    className: inner.className,
    name: typeof inner.config.name === "string" ? inner.config.name : "",
    config: inner.config,
    generation: outer.generation,
    variableDtype: outer.variableDtype,
    inputShapes,
    kwargShapes: {}
  };
}
function variable(name, shape, trainable = true, extra = {}) {
  const v = { name, shape, trainable, owner: extra.owner ?? "", scope: extra.scope ?? "" };
  if (extra.dtype) v.dtype = extra.dtype;
  return v;
}
function joinPath(...parts) {
  return parts.filter((p) => p !== "").join("/");
}
function nest(vars, owner, scope) {
  return vars.map((v) => ({ ...v, owner: joinPath(owner, v.owner), scope: joinPath(scope, v.scope) }));
}

// src/model/layers/recurrent.ts
function snakeCase(name) {
  return name.replace(/\W+/g, "").replace(/(.)([A-Z][a-z]+)/g, "$1_$2").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
}
function gruResetAfter(config, d) {
  return bool(config, "reset_after", d.generation >= 2 && !d.tfjs);
}
function resetAfterAssumption(name, config, d) {
  if (d.generation < 2 || d.tfjs || "reset_after" in config) return void 0;
  const units = typeof config.units === "number" ? config.units : void 0;
  return `GRU '${name}' has no reset_after in its config (Keras 2.0-2.2 wrote none, and built it as False): tf-keras 2.x and Keras 3 default it to True${units ? `, so they expect a (2, ${3 * units}) bias` : ""}.`;
}
function lstmCell(c, inputDim) {
  const units = num(c, "units");
  const vars = [variable("kernel", [inputDim, 4 * units]), variable("recurrent_kernel", [units, 4 * units])];
  if (bool(c, "use_bias", true)) vars.push(variable("bias", [4 * units]));
  return { vars, output: [units], states: [[units], [units]] };
}
function gruCell(c, inputDim, d) {
  const units = num(c, "units");
  const vars = [variable("kernel", [inputDim, 3 * units]), variable("recurrent_kernel", [units, 3 * units])];
  if (bool(c, "use_bias", true)) vars.push(variable("bias", gruResetAfter(c, d) ? [2, 3 * units] : [3 * units]));
  return { vars, output: [units], states: [[units]] };
}
function simpleCell(c, inputDim) {
  const units = num(c, "units");
  const vars = [variable("kernel", [inputDim, units]), variable("recurrent_kernel", [units, units])];
  if (bool(c, "use_bias", true)) vars.push(variable("bias", [units]));
  return { vars, output: [units], states: [[units]] };
}
var CELL_DEFAULT_NAMES = {
  LSTM: "lstm_cell",
  LSTMCell: "lstm_cell",
  GRU: "gru_cell",
  GRUCell: "gru_cell",
  SimpleRNN: "simple_rnn_cell",
  SimpleRNNCell: "simple_rnn_cell"
};
function cellDefaultName(className) {
  return CELL_DEFAULT_NAMES[className] ?? snakeCase(className);
}
function basicCell(className, c, inputDim, d) {
  switch (className) {
    case "LSTM":
    case "LSTMCell":
    case "LSTMCellV2":
      return lstmCell(c, inputDim);
    case "GRU":
    case "GRUCell":
    case "GRUCellV2":
      return gruCell(c, inputDim, d);
    case "SimpleRNN":
    case "SimpleRNNCell":
      return simpleCell(c, inputDim);
    default:
      return void 0;
  }
}
function rnnCell(raw, inputDim, d) {
  const cellConfigs = Array.isArray(raw) ? raw : null;
  const nested = cellConfigs ? null : nestedLayer(raw, "RNN cell");
  if (nested && nested.className !== "StackedRNNCells") {
    const cell = basicCell(nested.className, nested.config, inputDim, d);
    if (!cell) throw new LayerConfigError(`RNN cell class '${nested.className}' is not in the catalogue`);
    const scope = stringAt(nested.config, "name") ?? cellDefaultName(nested.className);
    return { ...cell, vars: nest(cell.vars, "cell", scope) };
  }
  const list = cellConfigs ?? arrayAt(nested?.config, "cells");
  if (!list?.length) throw new LayerConfigError("StackedRNNCells has no cells");
  const stackName = nested && typeof nested.config.name === "string" ? nested.config.name : "stacked_rnn_cells";
  const used = /* @__PURE__ */ new Map();
  const vars = [];
  const states = [];
  let dim = inputDim;
  let output = [];
  for (const item of list) {
    const n = nestedLayer(item, "stacked cell");
    const cell = basicCell(n.className, n.config, dim, d);
    if (!cell) throw new LayerConfigError(`RNN cell class '${n.className}' is not in the catalogue`);
    const snake = snakeCase(n.className);
    const k = used.get(snake) ?? 0;
    used.set(snake, k + 1);
    const slot = k === 0 ? snake : `${snake}_${k}`;
    const cellName = stringAt(n.config, "name") ?? cellDefaultName(n.className);
    vars.push(...nest(cell.vars, `cell/cells/${slot}`, joinPath(stackName, cellName)));
    states.push(...cell.states);
    output = cell.output;
    dim = requireDim(output[0], `${n.className} units`);
  }
  return { vars, output, states };
}
function recurrentOutputs(config, input, step, states) {
  const batch = dimAt(input, 0);
  const out = bool(config, "return_sequences", false) ? [batch, dimAt(input, 1), ...step] : [batch, ...step];
  if (!bool(config, "return_state", false)) return [out];
  return [out, ...states.map((s) => [batch, ...s])];
}
function sequenceInput(call) {
  const input = inputShape(call);
  requireRank(input, 3, call);
  return { input, inputDim: requireDim(input[2], `${call.className} input features`) };
}
function recurrent(className) {
  return {
    variables(call) {
      const { inputDim } = sequenceInput(call);
      const cell = basicCell(className, call.config, inputDim, call);
      if (!cell) throw new LayerConfigError(`no cell for ${className}`);
      return nest(cell.vars, "cell", cellDefaultName(className));
    },
    outputShapes(call) {
      const input = inputShape(call);
      requireRank(input, 3, call);
      const units = num(call.config, "units");
      const states = className === "LSTM" ? [[units], [units]] : [[units]];
      return recurrentOutputs(call.config, input, [units], states);
    }
  };
}
var rnn = {
  variables(call) {
    const { inputDim } = sequenceInput(call);
    return rnnCell(call.config.cell, inputDim, call).vars;
  },
  outputShapes(call) {
    const input = inputShape(call);
    requireRank(input, 3, call);
    const cell = rnnCell(call.config.cell, input[2] ?? 1, call);
    return recurrentOutputs(call.config, input, cell.output, cell.states);
  }
};
var RECURRENT_GATES = {
  LSTM: 4,
  LSTMCell: 4,
  CuDNNLSTM: 4,
  ConvLSTM1D: 4,
  ConvLSTM2D: 4,
  ConvLSTM3D: 4,
  GRU: 3,
  GRUCell: 3,
  CuDNNGRU: 3,
  SimpleRNN: 1,
  SimpleRNNCell: 1
};
var CUDNN_CPU_CLASS = {
  CuDNNLSTM: { className: "LSTM", config: { activation: "tanh", recurrent_activation: "sigmoid", use_bias: true } },
  CuDNNGRU: { className: "GRU", config: { activation: "tanh", recurrent_activation: "sigmoid", use_bias: true, reset_after: true } }
};
function cudnn(kind) {
  const gates = kind === "LSTM" ? 4 : 3;
  return {
    variables(call) {
      const { inputDim } = sequenceInput(call);
      const units = num(call.config, "units");
      return [
        variable("kernel", [inputDim, gates * units]),
        variable("recurrent_kernel", [units, gates * units]),
        variable("bias", [2 * gates * units])
      ];
    },
    outputShapes(call) {
      const input = inputShape(call);
      const units = num(call.config, "units");
      return recurrentOutputs(call.config, input, [units], kind === "LSTM" ? [[units], [units]] : [[units]]);
    }
  };
}
function convLstm(rank) {
  const geometry = (call) => {
    const c = call.config;
    const input = inputShape(call);
    requireRank(input, rank + 3, call);
    const cf = isChannelsFirst(c);
    const step = input.slice(2);
    const channels = cf ? dimAt(step, 0) : lastDim(step);
    const spatial = cf ? step.slice(1) : step.slice(0, -1);
    const kernel = toTuple(c.kernel_size, rank, "kernel_size");
    const strides2 = toTuple(c.strides ?? 1, rank, "strides");
    const dilation = toTuple(c.dilation_rate ?? 1, rank, "dilation_rate");
    const padding = paddingMode(c);
    const filters = num(c, "filters");
    const outSpatial = spatial.map((d, i) => convOutputLength(d, itemAt(kernel, i, "kernel_size"), padding, itemAt(strides2, i, "strides"), itemAt(dilation, i, "dilation_rate")));
    const stepOut = cf ? [filters, ...outSpatial] : [...outSpatial, filters];
    return { input, channels, kernel, filters, stepOut };
  };
  return {
    variables(call) {
      const g = geometry(call);
      const inCh = requireDim(g.channels, "ConvLSTM input channels");
      const vars = [
        variable("kernel", [...g.kernel, inCh, 4 * g.filters]),
        variable("recurrent_kernel", [...g.kernel, g.filters, 4 * g.filters])
      ];
      if (bool(call.config, "use_bias", true)) vars.push(variable("bias", [4 * g.filters]));
      return nest(vars, "cell", "conv_lstm_cell");
    },
    outputShapes(call) {
      const g = geometry(call);
      return recurrentOutputs(call.config, g.input, g.stepOut, [g.stepOut, g.stepOut]);
    }
  };
}

export {
  saved,
  ExprError,
  exprShape,
  evaluateExpr,
  asFloat32,
  readSaved,
  isObject,
  objectAt,
  stringAt,
  numberAt,
  arrayAt,
  valueAt,
  objectsIn,
  MODEL_CLASSES,
  isNestedModel,
  layerEntryName,
  isKerasTensor,
  isOpNode,
  quantizedPolicyName,
  isQuantizedPolicy,
  isChannelsFirst,
  INFERENCE_IDENTITY_CLASSES,
  unwrapModelConfig,
  writtenByTfjs,
  detectGeneration,
  dtypeFacts,
  parseInboundNodes,
  parseLayerRefs,
  asShape,
  declaredInputShape,
  builtInputShapes,
  objectPathName,
  UnresolvedShape,
  LayerConfigError,
  requireDim,
  dimAt,
  itemAt,
  lastDim,
  requireDims,
  inputShape,
  requireRank,
  normalizeAxis,
  product,
  addDims,
  mulDim,
  toTuple,
  convOutputLength,
  deconvOutputLength,
  broadcastShapes,
  commonBatch,
  bool,
  num,
  numberList,
  pick,
  paddingMode,
  nestedLayer,
  innerCall,
  variable,
  nest,
  gruResetAfter,
  resetAfterAssumption,
  recurrentOutputs,
  recurrent,
  rnn,
  RECURRENT_GATES,
  CUDNN_CPU_CLASS,
  cudnn,
  convLstm
};
