import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  LFS_POINTER,
  readHead,
  sniff
} from "./chunk-PX5G2PE2.js";
import {
  assertInside
} from "./chunk-JLVCLJA4.js";
import {
  FORMAT_NAMES
} from "./chunk-B2FHQD3S.js";
import {
  H5T
} from "./chunk-FDKBLACR.js";
import {
  DTYPE_BYTES,
  checkEntries,
  decodeBfloat16,
  decodeFloat16,
  extractEntry,
  isDType,
  listZip,
  readEntryText
} from "./chunk-5PTVY25K.js";
import {
  ExprError,
  LayerConfigError,
  MODEL_CLASSES,
  UnresolvedShape,
  addDims,
  arrayAt,
  asShape,
  bool,
  broadcastShapes,
  builtInputShapes,
  commonBatch,
  convLstm,
  convOutputLength,
  cudnn,
  declaredInputShape,
  deconvOutputLength,
  detectGeneration,
  dimAt,
  dtypeFacts,
  innerCall,
  inputShape,
  isChannelsFirst,
  isNestedModel,
  isObject,
  isOpNode,
  isQuantizedPolicy,
  itemAt,
  lastDim,
  layerEntryName,
  mulDim,
  nest,
  nestedLayer,
  normalizeAxis,
  num,
  numberAt,
  numberList,
  objectAt,
  objectPathName,
  objectsIn,
  paddingMode,
  parseInboundNodes,
  parseLayerRefs,
  pick,
  product,
  quantizedPolicyName,
  recurrent,
  recurrentOutputs,
  requireDim,
  requireDims,
  requireRank,
  rnn,
  stringAt,
  toTuple,
  unwrapModelConfig,
  valueAt,
  variable,
  writtenByTfjs
} from "./chunk-5PD53CW2.js";
import {
  DEFAULT_LIMITS,
  ReadBudget,
  asText,
  formatLimit,
  jsonSnippet,
  limitError,
  resolveLimits
} from "./chunk-3BJMFA6A.js";
import {
  isAre,
  plural
} from "./chunk-73VS7PYX.js";
import {
  InputError,
  LFS_HINT,
  asInputError,
  quoteName
} from "./chunk-FWZ4W6A4.js";
import {
  HostFailure,
  hdf5Call
} from "./chunk-NTY2QNYD.js";

// src/sources/temp-dirs.ts
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { isMainThread } from "node:worker_threads";
var live = /* @__PURE__ */ new Set();
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var listening = false;
function removeAllSync() {
  for (const dir of live) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
    }
  }
  live.clear();
}
function onSignal(signal) {
  removeAllSync();
  stopListening();
  if (process.listenerCount(signal) > 0) return;
  process.kill(process.pid, signal);
  process.exit(128 + (os.constants.signals[signal] ?? 15));
}
function startListening() {
  if (listening || !isMainThread) return;
  listening = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on("exit", removeAllSync);
}
function stopListening() {
  if (!listening) return;
  listening = false;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off("exit", removeAllSync);
}
async function makeTempDir(prefix = "weightgate-") {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  live.add(dir);
  startListening();
  return dir;
}
async function removeTempDir(dir) {
  await rm(dir, { recursive: true, force: true });
  live.delete(dir);
  if (live.size === 0) stopListening();
}

// src/formats/open.ts
import { readdir } from "node:fs/promises";
import path6 from "node:path";

// src/model/untagged-bfloat16.ts
function inferUntaggedBfloat16(artifact, definition, from) {
  if (!definition) return;
  const layers = new Map(definition.layers.map((l) => [l.name, l]));
  let inferred = 0;
  for (const saved of artifact.layers) {
    const layer = layers.get(saved.name);
    saved.weights.forEach((w, i) => {
      if (w.locator.untaggedBfloat16 !== true || w.dtype !== "unknown") return;
      if (layer?.weights[i]?.dtype !== "bfloat16") return;
      w.dtype = "bfloat16";
      w.dtypeInferred = from;
      inferred++;
    });
  }
  if (inferred) {
    artifact.notes.push(`${plural(inferred, "variable")} ${isAre(inferred)} stored as 2-byte opaque data with no dtype attribute (how h5py stores bfloat16); ${from} says bfloat16, so they are read as bfloat16 (inferred)`);
  }
}

// src/model/layers/activations.ts
var passThrough = {
  variables: () => [],
  outputShapes(call3) {
    if (call3.inputShapes.length === 0) {
      throw new UnresolvedShape(`${call3.className} '${call3.name}' has no known input shape`);
    }
    return call3.inputShapes.map((s) => [...s]);
  }
};
function sharedAxes(raw) {
  if (raw === null || raw === void 0) return [];
  if (typeof raw === "number") return [raw];
  if (Array.isArray(raw) && raw.every((a) => typeof a === "number")) return raw;
  throw new LayerConfigError(`shared_axes must be an int or a list of ints, got ${jsonSnippet(raw)}`);
}
var prelu = {
  variables(call3) {
    const input = inputShape(call3);
    const shape = input.slice(1);
    for (const a of sharedAxes(call3.config.shared_axes)) {
      if (a < 1 || a > shape.length) throw new LayerConfigError(`PReLU shared axis ${a} out of range`);
      shape[a - 1] = 1;
    }
    return [variable(call3.generation === 1 ? "alphas" : "alpha", requireDims(shape, "PReLU alpha"))];
  },
  outputShapes: passThrough.outputShapes
};

// src/model/layers/einsum.ts
function analyzeEinsum(equation, biasAxes, input, partialOutput) {
  const dotted = equation.replace(/\.\.\./g, "0");
  const forms = [
    [/^([a-zA-Z]+),([a-zA-Z]+)->([a-zA-Z]+)$/, false],
    [/^0([a-zA-Z]+),([a-zA-Z]+)->0([a-zA-Z]+)$/, true],
    [/^([a-zA-Z]{2,})0,([a-zA-Z]+)->([a-zA-Z]+)0$/, false]
  ];
  for (const [form, leftElided] of forms) {
    const [, inputSpec, weightSpec, outputSpec] = form.exec(dotted) ?? [];
    if (inputSpec !== void 0 && weightSpec !== void 0 && outputSpec !== void 0) {
      return analyzeSplit(inputSpec, weightSpec, outputSpec, biasAxes, input, partialOutput, leftElided);
    }
  }
  throw new LayerConfigError(`invalid einsum equation '${equation}'`);
}
function analyzeSplit(inputSpec, weightSpec, outputSpec, biasAxes, input, partialOutput, leftElided) {
  const elided = input.length - inputSpec.length;
  const output = typeof partialOutput === "number" ? [partialOutput] : [...partialOutput];
  output.unshift(input[0] ?? null);
  if (elided > 0 && leftElided) {
    for (let i = 1; i < elided; i++) output.splice(i, 0, input[i] ?? null);
  } else if (elided > 0) {
    output.push(...input.slice(input.length - elided));
  }
  const inputIndex = /* @__PURE__ */ new Map();
  const outputIndex = /* @__PURE__ */ new Map();
  [...inputSpec].forEach((c, i) => inputIndex.set(c, leftElided ? i + elided : i));
  [...outputSpec].forEach((c, i) => outputIndex.set(c, leftElided ? i + elided : i));
  if (output.length < outputSpec.length + (leftElided ? elided : 0)) {
    throw new LayerConfigError(`output_shape ${JSON.stringify(partialOutput)} does not fit '${outputSpec}'`);
  }
  for (const [c, ii] of inputIndex) {
    const oi = outputIndex.get(c);
    if (oi === void 0) continue;
    const inDim = input[ii] ?? null;
    if (output[oi] === null || output[oi] === void 0) output[oi] = inDim;
    else if (inDim !== null && output[oi] !== inDim) {
      throw new LayerConfigError(
        `einsum dim '${c}' is ${inDim} in the input but ${output[oi]} in output_shape`
      );
    }
  }
  for (const c of outputSpec) {
    if (!inputIndex.has(c) && !weightSpec.includes(c)) {
      throw new LayerConfigError(`einsum output dim '${c}' appears in neither input nor weight`);
    }
  }
  const kernel = [...weightSpec].map((c) => {
    const ii = inputIndex.get(c);
    if (ii !== void 0) return input[ii] ?? null;
    const oi = outputIndex.get(c);
    if (oi !== void 0) return output[oi] ?? null;
    throw new LayerConfigError(`einsum weight dim '${c}' appears in neither input nor output`);
  });
  let bias = null;
  if (biasAxes) {
    for (const c of biasAxes) {
      if (!outputSpec.includes(c)) throw new LayerConfigError(`bias axis '${c}' is not an output dim`);
    }
    const first = Math.min(...[...biasAxes].map((c) => outputSpec.indexOf(c)));
    bias = [...outputSpec.slice(first)].map((c) => {
      const oi = outputIndex.get(c);
      return biasAxes.includes(c) && oi !== void 0 ? output[oi] ?? null : 1;
    });
    if (!leftElided) for (let i = 0; i < elided; i++) bias.push(1);
  }
  return { kernel, bias, output };
}
var LETTERS = "abcdefghijklmnopqrstuvwxyz";
function buildProjEquation(freeDims, boundDims, outputDims) {
  let inp = "";
  let ker = "";
  let out = "";
  let bias = "";
  let k = 0;
  for (let i = 0; i < freeDims; i++, k++) {
    inp += LETTERS.charAt(k);
    out += LETTERS.charAt(k);
  }
  for (let i = 0; i < boundDims; i++, k++) {
    inp += LETTERS.charAt(k);
    ker += LETTERS.charAt(k);
  }
  for (let i = 0; i < outputDims; i++, k++) {
    ker += LETTERS.charAt(k);
    out += LETTERS.charAt(k);
    bias += LETTERS.charAt(k);
  }
  return { equation: `${inp},${ker}->${out}`, biasAxes: bias, outputRank: out.length };
}
function projOutputShape(outputRank, known) {
  return [...Array(Math.max(0, outputRank - known.length)).fill(null), ...known];
}

// src/model/layers/attention.ts
function qkv(call3) {
  const query = inputShape(call3, 0);
  const value = call3.inputShapes[1] ?? call3.kwargShapes.value;
  if (!value) throw new UnresolvedShape(`${call3.className} '${call3.name}' has no known value input`);
  const key = call3.inputShapes[2] ?? call3.kwargShapes.key ?? value;
  return { query, value, key };
}
function subDense(owner, scope, equation, biasAxes, input, partial) {
  const s = analyzeEinsum(equation, biasAxes, input, partial);
  return { owner, scope, ...s };
}
function subDenseVars(d) {
  const vars = [variable("kernel", requireDims(d.kernel, `${d.scope} kernel`))];
  if (d.bias) vars.push(variable("bias", requireDims(d.bias, `${d.scope} bias`)));
  return nest(vars, d.owner, d.scope);
}
function headProjection(owner, scope, input, heads, size, useBias) {
  const p = buildProjEquation(input.length - 1, 1, 2);
  return subDense(owner, scope, p.equation, useBias ? p.biasAxes : null, input, projOutputShape(p.outputRank - 1, [heads, size]));
}
function mhaParts(call3) {
  const c = call3.config;
  const { query, value, key } = qkv(call3);
  const heads = num(c, "num_heads");
  const keyDim = num(c, "key_dim");
  const valueDim = typeof c.value_dim === "number" ? c.value_dim : keyDim;
  const useBias = bool(c, "use_bias", true);
  const parts = [
    headProjection("query_dense", "query", query, heads, keyDim, useBias),
    headProjection("key_dense", "key", key, heads, keyDim, useBias)
  ];
  if (bool(c, "use_gate", false)) parts.push(headProjection("gate_dense", "gate", query, heads, valueDim, useBias));
  parts.push(headProjection("value_dense", "value", value, heads, valueDim, useBias));
  const rawOut = c.output_shape;
  const outDims = rawOut === null || rawOut === void 0 ? [lastDim(query)] : typeof rawOut === "number" ? [rawOut] : numberList(rawOut, "output_shape");
  const p = buildProjEquation(query.length - 1, 2, outDims.length);
  const combined = [...query.slice(0, -1), heads, valueDim];
  parts.push(subDense(
    "output_dense",
    "attention_output",
    p.equation,
    useBias ? p.biasAxes : null,
    combined,
    projOutputShape(p.outputRank - 1, outDims)
  ));
  return parts;
}
var multiHeadAttention = {
  variables(call3) {
    return mhaParts(call3).flatMap(subDenseVars);
  },
  outputShapes(call3) {
    const out = mhaParts(call3).at(-1);
    return out ? [out.output] : [];
  }
};
function gqaParts(call3) {
  const c = call3.config;
  const { query, value, key } = qkv(call3);
  const headDim = num(c, "head_dim");
  const qHeads = num(c, "num_query_heads");
  const kvHeads = num(c, "num_key_value_heads");
  const useBias = bool(c, "use_bias", true);
  const feature = lastDim(query);
  const parts = [
    subDense("_query_dense", "query", "bqm,muh->bquh", useBias ? "uh" : null, query, [null, qHeads, headDim]),
    subDense("_key_dense", "key", "bkm,mvh->bkvh", useBias ? "vh" : null, key, [null, kvHeads, headDim])
  ];
  if (bool(c, "use_gate", false)) {
    parts.push(subDense("_gate_dense", "gate", "bqm,muh->bquh", useBias ? "uh" : null, query, [null, qHeads, headDim]));
  }
  parts.push(subDense("_value_dense", "value", "bkm,mvh->bkvh", useBias ? "vh" : null, value, [null, kvHeads, headDim]));
  parts.push(subDense(
    "_output_dense",
    "attention_output",
    "bquh,uhm->bqm",
    useBias ? "m" : null,
    [dimAt(query, 0), dimAt(query, 1), qHeads, headDim],
    [null, feature]
  ));
  return parts;
}
var groupedQueryAttention = {
  variables: (call3) => gqaParts(call3).flatMap(subDenseVars),
  outputShapes(call3) {
    return [[...inputShape(call3, 0)]];
  }
};
function attentionOutput(call3) {
  const { query, value } = qkv(call3);
  return [[...query.slice(0, -1), lastDim(value)]];
}
var attention = {
  variables(call3) {
    const vars = [];
    if (bool(call3.config, "use_scale", false)) vars.push(variable("scale", []));
    if (call3.config.score_mode === "concat") vars.push(variable("concat_score_weight", []));
    return vars;
  },
  outputShapes: attentionOutput
};
var additiveAttention = {
  variables(call3) {
    if (!bool(call3.config, "use_scale", true)) return [];
    const { query, value } = qkv(call3);
    const source = call3.generation === 3 ? query : value;
    return [variable("scale", [requireDim(source[source.length - 1], "AdditiveAttention feature dim")])];
  },
  outputShapes: attentionOutput
};

// src/model/layers/code-layers.ts
function isDimList(v) {
  return Array.isArray(v) && v.every((d) => d === null || typeof d === "number");
}
function lambdaOutputShapes(call3) {
  const c = call3.config;
  const declared = c.output_shape;
  const type = c.output_shape_type;
  if (type !== void 0 && type !== "raw") {
    throw new UnresolvedShape(`Lambda '${call3.name}' computes its output shape with code`);
  }
  const batch = call3.inputShapes[0]?.[0] ?? null;
  if (isDimList(declared)) return [[batch, ...declared]];
  if (Array.isArray(declared) && declared.length > 0 && declared.every(isDimList)) {
    return declared.map((s) => [batch, ...s]);
  }
  throw new UnresolvedShape(`Lambda '${call3.name}' declares no output shape; its code is not run`);
}
var lambdaLayer = {
  carriesCode: true,
  variables: () => [],
  outputShapes: lambdaOutputShapes
};
var tfOpLayer = {
  carriesCode: true,
  variables: () => [],
  outputShapes(call3) {
    throw new UnresolvedShape(`${call3.className} '${call3.name}' runs a TensorFlow op whose output shape is not modelled`);
  }
};

// src/model/layers/conv.ts
function splitChannels(input, channelsFirst) {
  return channelsFirst ? { batch: dimAt(input, 0), channels: dimAt(input, 1), spatial: input.slice(2) } : { batch: dimAt(input, 0), channels: lastDim(input), spatial: input.slice(1, -1) };
}
function joinChannels(l, channelsFirst) {
  return channelsFirst ? [l.batch, l.channels, ...l.spatial] : [l.batch, ...l.spatial, l.channels];
}
function geometry(call3, rank) {
  const c = call3.config;
  return {
    kernel: toTuple(c.kernel_size, rank, "kernel_size"),
    strides: toTuple(c.strides ?? 1, rank, "strides"),
    dilation: toTuple(c.dilation_rate ?? 1, rank, "dilation_rate"),
    padding: paddingMode(c),
    channelsFirst: isChannelsFirst(c)
  };
}
function layout(call3, rank, g) {
  const input = inputShape(call3);
  requireRank(input, rank + 2, call3);
  return splitChannels(input, g.channelsFirst);
}
function convSpatial(spatial, g) {
  return spatial.map((d, i) => convOutputLength(d, itemAt(g.kernel, i, "kernel_size"), g.padding, itemAt(g.strides, i, "strides"), itemAt(g.dilation, i, "dilation_rate")));
}
function biasIf(call3, size) {
  return bool(call3.config, "use_bias", true) ? [variable("bias", [size])] : [];
}
function conv(rank) {
  return {
    variables(call3) {
      const g = geometry(call3, rank);
      const inCh = requireDim(layout(call3, rank, g).channels, "conv input channels");
      const groups = num(call3.config, "groups", 1);
      if (inCh % groups !== 0) {
        throw new LayerConfigError(`input channels ${inCh} not divisible by groups ${groups}`);
      }
      const filters = num(call3.config, "filters");
      return [variable("kernel", [...g.kernel, inCh / groups, filters]), ...biasIf(call3, filters)];
    },
    outputShapes(call3) {
      const g = geometry(call3, rank);
      const l = layout(call3, rank, g);
      return [joinChannels({ batch: l.batch, spatial: convSpatial(l.spatial, g), channels: num(call3.config, "filters") }, g.channelsFirst)];
    }
  };
}
function convTranspose(rank) {
  return {
    variables(call3) {
      const g = geometry(call3, rank);
      const inCh = requireDim(layout(call3, rank, g).channels, "conv-transpose input channels");
      const filters = num(call3.config, "filters");
      return [variable("kernel", [...g.kernel, filters, inCh]), ...biasIf(call3, filters)];
    },
    outputShapes(call3) {
      const g = geometry(call3, rank);
      const l = layout(call3, rank, g);
      const op = call3.config.output_padding;
      const outPad = op === null || op === void 0 ? null : toTuple(op, rank, "output_padding");
      const spatial = l.spatial.map((d, i) => deconvOutputLength(d, itemAt(g.kernel, i, "kernel_size"), g.padding, outPad ? itemAt(outPad, i, "output_padding") : null, itemAt(g.strides, i, "strides"), itemAt(g.dilation, i, "dilation_rate")));
      return [joinChannels({ batch: l.batch, spatial, channels: num(call3.config, "filters") }, g.channelsFirst)];
    }
  };
}
function separableConv(rank) {
  return {
    variables(call3) {
      const g = geometry(call3, rank);
      const inCh = requireDim(layout(call3, rank, g).channels, "separable conv input channels");
      const dm = num(call3.config, "depth_multiplier", 1);
      const filters = num(call3.config, "filters");
      return [
        variable("depthwise_kernel", [...g.kernel, inCh, dm]),
        variable("pointwise_kernel", [...Array(rank).fill(1), inCh * dm, filters]),
        ...biasIf(call3, filters)
      ];
    },
    outputShapes(call3) {
      const g = geometry(call3, rank);
      const l = layout(call3, rank, g);
      return [joinChannels({ batch: l.batch, spatial: convSpatial(l.spatial, g), channels: num(call3.config, "filters") }, g.channelsFirst)];
    }
  };
}
function depthwiseConv(rank) {
  return {
    variables(call3) {
      const g = geometry(call3, rank);
      const inCh = requireDim(layout(call3, rank, g).channels, "depthwise conv input channels");
      const dm = num(call3.config, "depth_multiplier", 1);
      const name = call3.generation === 3 ? "kernel" : "depthwise_kernel";
      return [variable(name, [...g.kernel, inCh, dm]), ...biasIf(call3, inCh * dm)];
    },
    outputShapes(call3) {
      const g = geometry(call3, rank);
      const l = layout(call3, rank, g);
      const dm = num(call3.config, "depth_multiplier", 1);
      const channels = l.channels === null ? null : l.channels * dm;
      return [joinChannels({ batch: l.batch, spatial: convSpatial(l.spatial, g), channels }, g.channelsFirst)];
    }
  };
}

// src/model/layers/core.ts
var dense = {
  variables(call3) {
    const input = inputShape(call3);
    const inDim = requireDim(input[input.length - 1], "Dense input last dim");
    const units = num(call3.config, "units");
    const vars = [variable("kernel", [inDim, units])];
    if (bool(call3.config, "use_bias", true)) vars.push(variable("bias", [units]));
    return vars;
  },
  outputShapes(call3) {
    const input = inputShape(call3);
    return [[...input.slice(0, -1), num(call3.config, "units")]];
  }
};
function einsumShapes(call3) {
  const equation = call3.config.equation;
  if (typeof equation !== "string") throw new LayerConfigError("EinsumDense has no equation");
  const raw = call3.config.output_shape;
  const out = typeof raw === "number" ? raw : asShape(raw);
  if (out === void 0) throw new LayerConfigError(`EinsumDense output_shape should be an int or a shape, got ${jsonSnippet(raw)}`);
  const biasAxes = typeof call3.config.bias_axes === "string" && call3.config.bias_axes !== "" ? call3.config.bias_axes : null;
  return analyzeEinsum(equation, biasAxes, inputShape(call3), out);
}
var einsumDense = {
  variables(call3) {
    const s = einsumShapes(call3);
    const vars = [variable("kernel", requireDims(s.kernel, "EinsumDense kernel"))];
    if (s.bias) vars.push(variable("bias", requireDims(s.bias, "EinsumDense bias")));
    return vars;
  },
  outputShapes(call3) {
    return [einsumShapes(call3).output];
  }
};
function embeddingOutput(call3) {
  const outDim = num(call3.config, "output_dim");
  const input = call3.inputShapes[0];
  if (input) return [[...input, outDim]];
  const len = call3.config.input_length;
  return [[null, typeof len === "number" ? len : null, outDim]];
}
var embedding = {
  variables(call3) {
    return [variable("embeddings", [num(call3.config, "input_dim"), num(call3.config, "output_dim")])];
  },
  outputShapes: embeddingOutput
};
var reversibleEmbedding = {
  variables(call3) {
    const inputDim = num(call3.config, "input_dim");
    const outputDim = num(call3.config, "output_dim");
    const vars = [variable("embeddings", [inputDim, outputDim])];
    if (!bool(call3.config, "tie_weights", true)) vars.push(variable("reverse_embeddings", [outputDim, inputDim]));
    return vars;
  },
  outputShapes: embeddingOutput
};
var inputLayer = {
  variables: () => [],
  outputShapes(call3) {
    const c = call3.config;
    const batchShape = asShape(pick(c, "batch_shape", "batch_input_shape"));
    if (batchShape) return [batchShape];
    const shape = asShape(pick(c, "shape", "input_shape"));
    if (shape) return [[typeof c.batch_size === "number" ? c.batch_size : null, ...shape]];
    if (call3.inputShapes[0]) return [call3.inputShapes[0]];
    throw new LayerConfigError(`InputLayer '${call3.name}' declares no shape`);
  }
};

// src/model/layers/merging.ts
function allInputs(call3, min) {
  if (call3.inputShapes.length < min) {
    throw new UnresolvedShape(`${call3.className} '${call3.name}' needs ${min} input shapes, has ${call3.inputShapes.length}`);
  }
  return call3.inputShapes;
}
var elementwise = {
  variables: () => [],
  outputShapes(call3) {
    const shapes = allInputs(call3, 1);
    const [first = [], ...rest] = shapes;
    let out = first.slice(1);
    for (const s of rest) out = broadcastShapes(out, s.slice(1));
    return [[commonBatch(shapes), ...out]];
  }
};
function concatShapes(shapes, axisRaw) {
  const rank = shapes[0]?.length ?? 0;
  const axis = normalizeAxis(axisRaw, rank);
  const out = [];
  for (let i = 0; i < rank; i++) {
    if (i === axis) {
      out.push(shapes.map((s) => s[i] ?? null).reduce((a, b) => addDims(a, b)));
    } else {
      out.push(shapes.map((s) => s[i]).find((d) => d !== null && d !== void 0) ?? null);
    }
  }
  return out;
}
var concatenate = {
  variables: () => [],
  outputShapes(call3) {
    const shapes = allInputs(call3, 1);
    const axis = typeof call3.config.axis === "number" ? call3.config.axis : -1;
    return [concatShapes(shapes, axis)];
  }
};
function dotShapes(a, b, axesRaw) {
  let axes;
  const pair = Array.isArray(axesRaw) ? axesRaw : [];
  if (typeof axesRaw === "number") {
    axes = axesRaw < 0 ? [normalizeAxis(axesRaw, a.length), normalizeAxis(axesRaw, b.length)] : [axesRaw, axesRaw];
  } else if (Array.isArray(axesRaw) && axesRaw.length === 2 && typeof pair[0] === "number" && typeof pair[1] === "number") {
    axes = [normalizeAxis(pair[0], a.length), normalizeAxis(pair[1], b.length)];
  } else {
    throw new LayerConfigError(`Dot axes must be an int or a pair, got ${jsonSnippet(axesRaw)}`);
  }
  const s1 = a.filter((_, i) => i !== axes[0]);
  const s2 = b.filter((_, i) => i !== axes[1]).slice(1);
  const out = [...s1, ...s2];
  return out.length === 1 ? [...out, 1] : out;
}
var dot = {
  variables: () => [],
  outputShapes(call3) {
    allInputs(call3, 2);
    return [dotShapes(inputShape(call3, 0), inputShape(call3, 1), call3.config.axes ?? -1)];
  }
};

// src/model/layers/keras1.ts
function lastDim2(call3, what) {
  const input = call3.inputShapes[0];
  const d = input ? input.at(-1) : null;
  if (d === null && typeof call3.config.input_dim === "number") return call3.config.input_dim;
  return requireDim(d, what);
}
function withBias(call3, vars, size) {
  if (bool(call3.config, "bias", true)) vars.push(variable("b", Array.isArray(size) ? size : [size]));
  return vars;
}
var dense2 = {
  variables(call3) {
    const out = num(call3.config, "output_dim");
    return withBias(call3, [variable("W", [lastDim2(call3, "Dense input dim"), out])], out);
  },
  outputShapes(call3) {
    return [[...inputShape(call3).slice(0, -1), num(call3.config, "output_dim")]];
  }
};
var maxoutDense = {
  variables(call3) {
    const k = num(call3.config, "nb_feature", 4);
    const out = num(call3.config, "output_dim");
    return withBias(call3, [variable("W", [k, lastDim2(call3, "MaxoutDense input dim"), out])], [k, out]);
  },
  outputShapes: dense2.outputShapes
};
var highway = {
  variables(call3) {
    const d = lastDim2(call3, "Highway input dim");
    const vars = [variable("W", [d, d]), variable("W_carry", [d, d])];
    if (bool(call3.config, "bias", true)) vars.push(variable("b", [d]), variable("b_carry", [d]));
    return vars;
  },
  outputShapes: passThrough.outputShapes
};
var embedding2 = {
  variables(call3) {
    return [variable("W", [num(call3.config, "input_dim"), num(call3.config, "output_dim")])];
  },
  outputShapes(call3) {
    const input = call3.inputShapes[0];
    const len = typeof call3.config.input_length === "number" ? call3.config.input_length : input?.[1] ?? null;
    return [[input?.[0] ?? null, len, num(call3.config, "output_dim")]];
  }
};
var conv1d = {
  variables(call3) {
    const f = num(call3.config, "nb_filter");
    const k = num(call3.config, "filter_length");
    return withBias(call3, [variable("W", [k, 1, lastDim2(call3, "Convolution1D input dim"), f])], f);
  },
  outputShapes(call3) {
    const input = inputShape(call3);
    requireRank(input, 3, call3);
    const c = call3.config;
    const len = convOutputLength(
      dimAt(input, 1),
      num(c, "filter_length"),
      paddingMode(c),
      num(c, "subsample_length", 1),
      num(c, "atrous_rate", 1)
    );
    return [[dimAt(input, 0), len, num(c, "nb_filter")]];
  }
};
function kernel2d(c) {
  return [num(c, "nb_row"), num(c, "nb_col")];
}
function kernel3d(c) {
  return [num(c, "kernel_dim1"), num(c, "kernel_dim2"), num(c, "kernel_dim3")];
}
function stackSize(call3, rank) {
  const input = inputShape(call3);
  requireRank(input, rank + 2, call3);
  return requireDim(splitChannels(input, isChannelsFirst(call3.config)).channels, `${call3.className} input channels`);
}
function convNd(rank, kernelOf) {
  return {
    variables(call3) {
      const k = kernelOf(call3.config);
      const f = num(call3.config, "nb_filter");
      const stack = stackSize(call3, rank);
      const shape = isChannelsFirst(call3.config) ? [f, stack, ...k] : [...k, stack, f];
      return withBias(call3, [variable("W", shape)], f);
    },
    outputShapes(call3) {
      const c = call3.config;
      const input = inputShape(call3);
      requireRank(input, rank + 2, call3);
      const cf = isChannelsFirst(c);
      const l = splitChannels(input, cf);
      const filters = num(c, "nb_filter");
      if (call3.className === "Deconvolution2D") {
        const out = asShape(c.output_shape);
        if (!out) throw new LayerConfigError(`Deconvolution2D output_shape should be a shape, got ${jsonSnippet(c.output_shape)}`);
        const spatial2 = cf ? out.slice(2, 4) : out.slice(1, 3);
        return [joinChannels({ batch: l.batch, spatial: spatial2, channels: filters }, cf)];
      }
      const k = kernelOf(c);
      const strides = toTuple(c.subsample ?? 1, rank, "subsample");
      const dilation = toTuple(c.atrous_rate ?? 1, rank, "atrous_rate");
      const padding = paddingMode(c);
      const spatial = l.spatial.map((d, i) => convOutputLength(d, itemAt(k, i, "kernel"), padding, itemAt(strides, i, "subsample"), itemAt(dilation, i, "atrous_rate")));
      return [joinChannels({ batch: l.batch, spatial, channels: filters }, cf)];
    }
  };
}
var separableConv2d = {
  variables(call3) {
    const c = call3.config;
    const [r, k] = kernel2d(c);
    const f = num(c, "nb_filter");
    const dm = num(c, "depth_multiplier", 1);
    const stack = stackSize(call3, 2);
    const th = isChannelsFirst(c);
    return withBias(call3, [
      variable("depthwise_kernel", th ? [dm, stack, r, k] : [r, k, stack, dm]),
      variable("pointwise_kernel", th ? [f, dm * stack, 1, 1] : [1, 1, dm * stack, f])
    ], f);
  },
  outputShapes: convNd(2, kernel2d).outputShapes
};
var batchNormalization = {
  variables(call3) {
    const input = inputShape(call3);
    const axis = typeof call3.config.axis === "number" ? call3.config.axis : -1;
    const a = axis < 0 ? axis + input.length : axis;
    const shape = [requireDim(input[a], "BatchNormalization axis dim")];
    return [
      variable("gamma", shape),
      variable("beta", shape),
      variable("running_mean", shape, false),
      variable("running_std", shape, false)
    ];
  },
  outputShapes: passThrough.outputShapes
};
function perElement(...names) {
  return {
    variables(call3) {
      const shape = requireDims(inputShape(call3).slice(1), `${call3.className} parameter`);
      return names.map((n) => variable(n, shape));
    },
    outputShapes: passThrough.outputShapes
  };
}
function recurrent1(gates) {
  return {
    variables(call3) {
      const out = num(call3.config, "output_dim");
      const inDim = lastDim2(call3, `${call3.className} input dim`);
      if (gates === null || pick(call3.config, "consume_less") === "gpu") {
        const n = gates === null ? 1 : gates.length;
        return [variable("W", [inDim, n * out]), variable("U", [out, n * out]), variable("b", [n * out])];
      }
      return gates.flatMap((g) => [
        variable(`W_${g}`, [inDim, out]),
        variable(`U_${g}`, [out, out]),
        variable(`b_${g}`, [out])
      ]);
    },
    outputShapes(call3) {
      const input = inputShape(call3);
      const out = num(call3.config, "output_dim");
      return recurrentOutputs({ return_sequences: call3.config.return_sequences }, input, [out], []);
    }
  };
}
var merge = {
  variables: () => [],
  outputShapes(call3) {
    const c = call3.config;
    const shapes = call3.inputShapes;
    const [first, second] = shapes;
    if (!first || !second) throw new UnresolvedShape(`Merge '${call3.name}' needs at least 2 input shapes`);
    const mode = c.mode ?? "sum";
    switch (mode) {
      case "sum":
      case "mul":
      case "ave":
      case "max": {
        let out = first.slice(1);
        for (const s of shapes.slice(1)) out = broadcastShapes(out, s.slice(1));
        return [[commonBatch(shapes), ...out]];
      }
      case "concat":
        return [concatShapes(shapes, typeof c.concat_axis === "number" ? c.concat_axis : -1)];
      case "dot":
      case "cos":
        return [dotShapes(first, second, c.dot_axes ?? -1)];
      default: {
        const declared = asShape(c.output_shape);
        if (c.output_shape_type === "raw" && declared) return [declared];
        throw new UnresolvedShape(`Merge '${call3.name}' uses a custom merge function`);
      }
    }
  }
};
var timeDistributedDense = {
  variables: dense2.variables,
  outputShapes(call3) {
    const input = inputShape(call3);
    return [[dimAt(input, 0), dimAt(input, 1), num(call3.config, "output_dim")]];
  }
};
var KERAS1_SPECS = {
  Dense: dense2,
  TimeDistributedDense: timeDistributedDense,
  MaxoutDense: maxoutDense,
  Highway: highway,
  Embedding: embedding2,
  Convolution1D: conv1d,
  AtrousConvolution1D: conv1d,
  Convolution2D: convNd(2, kernel2d),
  AtrousConvolution2D: convNd(2, kernel2d),
  Deconvolution2D: convNd(2, kernel2d),
  SeparableConvolution2D: separableConv2d,
  Convolution3D: convNd(3, kernel3d),
  BatchNormalization: batchNormalization,
  ParametricSoftplus: perElement("alphas", "betas"),
  SReLU: perElement("t_left", "a_left", "t_right", "a_right"),
  LSTM: recurrent1(["i", "c", "f", "o"]),
  GRU: recurrent1(["z", "r", "h"]),
  SimpleRNN: recurrent1(null),
  Merge: merge
};
var KERAS1_ONLY = /* @__PURE__ */ new Set([
  "TimeDistributedDense",
  "MaxoutDense",
  "Highway",
  "Convolution1D",
  "AtrousConvolution1D",
  "Convolution2D",
  "AtrousConvolution2D",
  "Deconvolution2D",
  "SeparableConvolution2D",
  "Convolution3D",
  "ParametricSoftplus",
  "SReLU",
  "Merge"
]);

// src/model/layers/normalization.ts
function axesOf(raw, rank, dflt) {
  const list = raw === null || raw === void 0 ? [dflt] : Array.isArray(raw) ? raw : [raw];
  if (!list.every((a) => typeof a === "number")) {
    throw new LayerConfigError(`axis must be an int or a list of ints, got ${jsonSnippet(raw)}`);
  }
  return list.map((a) => normalizeAxis(a, rank));
}
function batchNormParamShape(input, axisRaw, virtualBatch) {
  const axes = axesOf(axisRaw, input.length, -1);
  const dims = axes.map((a) => requireDim(input[a], `BatchNormalization axis ${a} dim`));
  const [only] = dims;
  if (dims.length === 1 && only !== void 0 && !virtualBatch) return [only];
  const shape = input.map((_, i) => dims[axes.indexOf(i)] ?? 1);
  if (virtualBatch) shape.splice(1, 0, 1);
  return shape;
}
var batchNormalization2 = {
  variables(call3) {
    const c = call3.config;
    const virtualBatch = typeof c.virtual_batch_size === "number";
    const shape = batchNormParamShape(inputShape(call3), c.axis, virtualBatch);
    const vars = [];
    if (bool(c, "scale", true)) vars.push(variable("gamma", shape));
    if (bool(c, "center", true)) vars.push(variable("beta", shape));
    vars.push(variable("moving_mean", shape, false), variable("moving_variance", shape, false));
    if (bool(c, "renorm", false)) {
      vars.push(
        variable("moving_stddev", shape, false),
        variable("renorm_mean", shape, false),
        variable("renorm_stddev", shape, false)
      );
    }
    return vars;
  },
  outputShapes: passThrough.outputShapes
};
function dimsAt(input, axes, what) {
  return axes.map((a, i) => requireDim(input[a], `${what}[${i}]`));
}
var layerNormalization = {
  variables(call3) {
    const c = call3.config;
    const input = inputShape(call3);
    const shape = dimsAt(input, axesOf(c.axis, input.length, -1), "LayerNormalization axis dim");
    const rms = bool(c, "rms_scaling", false);
    const vars = [];
    if (bool(c, "scale", true) || rms) vars.push(variable("gamma", shape));
    if (bool(c, "center", true) && !rms) vars.push(variable("beta", shape));
    return vars;
  },
  outputShapes: passThrough.outputShapes
};
var groupNormalization = {
  variables(call3) {
    const c = call3.config;
    const input = inputShape(call3);
    const axis = normalizeAxis(typeof c.axis === "number" ? c.axis : -1, input.length);
    const dim = requireDim(input[axis], "GroupNormalization axis dim");
    const groups = typeof c.groups === "number" ? c.groups : 32;
    const effective = groups === -1 ? dim : groups;
    if (dim % effective !== 0) throw new LayerConfigError(`${dim} channels not divisible into ${effective} groups`);
    const vars = [];
    if (bool(c, "scale", true)) vars.push(variable("gamma", [dim]));
    if (bool(c, "center", true)) vars.push(variable("beta", [dim]));
    return vars;
  },
  outputShapes: passThrough.outputShapes
};
var rmsNormalization = {
  variables(call3) {
    const input = inputShape(call3);
    const raw = call3.config.axis;
    const axes = Array.isArray(raw) ? [...raw].sort((a, b) => Number(a) - Number(b)) : raw;
    return [variable("scale", dimsAt(input, axesOf(axes, input.length, -1), "RMSNormalization axis dim"))];
  },
  outputShapes: passThrough.outputShapes
};

// src/model/layers/pooling.ts
function pooling(rank) {
  return {
    variables: () => [],
    outputShapes(call3) {
      const c = call3.config;
      const input = inputShape(call3);
      requireRank(input, rank + 2, call3);
      const pool = toTuple(pick(c, "pool_size", "pool_length") ?? 2, rank, "pool_size");
      const strides = toTuple(pick(c, "strides", "stride") ?? pool, rank, "strides");
      const cf = isChannelsFirst(c);
      const l = splitChannels(input, cf);
      const padding = paddingMode(c);
      const spatial = l.spatial.map((d, i) => convOutputLength(d, itemAt(pool, i, "pool_size"), padding, itemAt(strides, i, "strides")));
      return [joinChannels({ ...l, spatial }, cf)];
    }
  };
}
function globalPooling(rank) {
  return {
    variables: () => [],
    outputShapes(call3) {
      const input = inputShape(call3);
      requireRank(input, rank + 2, call3);
      const cf = isChannelsFirst(call3.config);
      const l = splitChannels(input, cf);
      if (!bool(call3.config, "keepdims", false)) return [[l.batch, l.channels]];
      return [joinChannels({ ...l, spatial: l.spatial.map(() => 1) }, cf)];
    }
  };
}
function adaptivePooling(rank) {
  return {
    variables: () => [],
    outputShapes(call3) {
      const input = inputShape(call3);
      requireRank(input, rank + 2, call3);
      const cf = isChannelsFirst(call3.config);
      const l = splitChannels(input, cf);
      return [joinChannels({ ...l, spatial: toTuple(call3.config.output_size, rank, "output_size") }, cf)];
    }
  };
}

// src/model/layers/preprocessing.ts
var normalization = {
  variables(call3) {
    const c = call3.config;
    if (c.mean !== null && c.mean !== void 0 && c.variance !== null && c.variance !== void 0) return [];
    const input = inputShape(call3);
    const raw = c.axis === void 0 ? -1 : c.axis;
    const list = raw === null ? [] : Array.isArray(raw) ? raw : [raw];
    if (!list.every((a) => typeof a === "number")) throw new LayerConfigError(`bad Normalization axis ${jsonSnippet(raw)}`);
    const keep = [...new Set(list.map((a) => normalizeAxis(a, input.length)))].sort((a, b) => a - b);
    const shape = keep.map((a) => requireDim(input[a], `Normalization axis ${a} dim`));
    return [
      variable("mean", shape, false),
      variable("variance", shape, false),
      variable("count", [], false, { dtype: call3.generation === 3 ? "int32" : "int64" })
    ];
  },
  outputShapes: (call3) => [[...inputShape(call3)]]
};
function encodedShape(input, depth, mode) {
  if (mode === "int") return [...input];
  if (input.length === 0) return [depth];
  if (mode === "one_hot") {
    if (input[input.length - 1] !== 1 || input.length === 1) return [...input, depth];
    return [...input.slice(0, -1), depth];
  }
  return [...input.slice(0, -1), depth];
}
function weightless(outputShapes) {
  return { variables: () => [], outputShapes };
}
function numOr(v) {
  return typeof v === "number" ? v : null;
}
var categoryEncoding = weightless((call3) => [
  encodedShape(inputShape(call3), numOr(call3.config.num_tokens), stringAt(call3.config, "output_mode") ?? "multi_hot")
]);
var hashing = weightless((call3) => [
  encodedShape(inputShape(call3), numOr(call3.config.num_bins), stringAt(call3.config, "output_mode") ?? "int")
]);
var hashedCrossing = weightless((call3) => [
  encodedShape(inputShape(call3), numOr(call3.config.num_bins), stringAt(call3.config, "output_mode") ?? "int")
]);
var discretization = weightless((call3) => {
  const c = call3.config;
  const depth = typeof c.num_bins === "number" ? c.num_bins : Array.isArray(c.bin_boundaries) ? c.bin_boundaries.length + 1 : null;
  return [encodedShape(inputShape(call3), depth, stringAt(c, "output_mode") ?? "int")];
});
var lookup = weightless((call3) => {
  const c = call3.config;
  const depth = numOr(c.vocabulary_size) ?? numOr(c.max_tokens);
  return [encodedShape(inputShape(call3), depth, stringAt(c, "output_mode") ?? "int")];
});
var textVectorization = weightless((call3) => {
  const c = call3.config;
  const input = inputShape(call3);
  const mode = stringAt(c, "output_mode") ?? "int";
  if (mode === "int") return [[dimAt(input, 0), numOr(c.output_sequence_length)]];
  return [[dimAt(input, 0), numOr(c.vocabulary_size) ?? numOr(c.max_tokens)]];
});

// src/model/layers/reshaping.ts
function weightless2(outputShapes) {
  return { variables: () => [], outputShapes };
}
var flatten = weightless2((call3) => {
  const input = inputShape(call3);
  return [[dimAt(input, 0), input.length === 1 ? 1 : product(input.slice(1))]];
});
var reshape = weightless2((call3) => {
  const input = inputShape(call3);
  const dims = asShape(call3.config.target_shape);
  if (!dims) throw new LayerConfigError("Reshape has no target_shape");
  const open2 = dims.findIndex((d) => d === null);
  if (open2 >= 0 && dims.filter((d) => d === null).length === 1) {
    const total = product(input.slice(1));
    const known = product(dims.filter((d) => d !== null));
    if (total !== null && known !== null && known !== 0) dims[open2] = total / known;
  }
  return [[dimAt(input, 0), ...dims]];
});
var permute = weightless2((call3) => {
  const input = inputShape(call3);
  if (!Array.isArray(call3.config.dims)) throw new LayerConfigError("Permute has no dims");
  const dims = numberList(call3.config.dims, "Permute dims");
  return [[dimAt(input, 0), ...dims.map((d) => input[d] ?? null)]];
});
var repeatVector = weightless2((call3) => {
  const input = inputShape(call3);
  return [[dimAt(input, 0), num(call3.config, "n"), ...input.slice(1)]];
});
function normalizePairs(raw, n, what) {
  if (typeof raw === "number") return Array.from({ length: n }, () => [raw, raw]);
  if (isObject(raw)) {
    const get = (k) => numberAt(raw, k) ?? 0;
    if (n === 1) return [[get("left_pad"), get("right_pad")]];
    if (n === 2) return [[get("top_pad"), get("bottom_pad")], [get("left_pad"), get("right_pad")]];
  }
  const list = Array.isArray(raw) ? raw : [];
  const nums = list.every((v) => typeof v === "number") ? list : void 0;
  const pairOf = (v) => {
    if (typeof v === "number") return [v, v];
    const [a, b, ...rest] = Array.isArray(v) ? v : [];
    return typeof a === "number" && typeof b === "number" && !rest.length ? [a, b] : void 0;
  };
  if (Array.isArray(raw)) {
    const [a, b] = nums ?? [];
    if (n === 1 && list.length === 2 && a !== void 0 && b !== void 0) return [[a, b]];
    if (nums && nums.length === 2 * n && n > 1) {
      return Array.from({ length: n }, (_, i) => [nums[2 * i] ?? 0, nums[2 * i + 1] ?? 0]);
    }
    if (list.length === n) {
      return list.map((v) => {
        const pair = pairOf(v);
        if (!pair) throw new LayerConfigError(`${what}: bad entry ${jsonSnippet(v)}`);
        return pair;
      });
    }
    const only = n === 1 && list.length === 1 && Array.isArray(list[0]) ? pairOf(list[0]) : void 0;
    if (only) return [only];
  }
  throw new LayerConfigError(`${what}: cannot read ${jsonSnippet(raw)} for ${n} dims`);
}
function spatialOp(rank, op) {
  return weightless2((call3) => {
    const input = inputShape(call3);
    requireRank(input, rank + 2, call3);
    const cf = rank > 1 && isChannelsFirst(call3.config);
    const l = splitChannels(input, cf);
    return [joinChannels({ ...l, spatial: l.spatial.map((d, i) => op(d, i, call3)) }, cf)];
  });
}
var PAD_DEFAULT = 1;
function zeroPadding(rank) {
  return spatialOp(rank, (d, i, call3) => {
    const [before, after] = itemAt(normalizePairs(call3.config.padding ?? PAD_DEFAULT, rank, "padding"), i, "padding");
    return addDims(d, before + after);
  });
}
function cropping(rank) {
  return spatialOp(rank, (d, i, call3) => {
    const [before, after] = itemAt(normalizePairs(call3.config.cropping ?? (rank === 2 ? 0 : 1), rank, "cropping"), i, "cropping");
    return addDims(d, -(before + after));
  });
}
function upSampling(rank) {
  return spatialOp(rank, (d, i, call3) => {
    const size = toTuple(pick(call3.config, "size", "length") ?? 2, rank, "size");
    return mulDim(d, itemAt(size, i, "size"));
  });
}
var fixedImageSize = weightless2((call3) => {
  const input = inputShape(call3);
  const cf = isChannelsFirst(call3.config);
  const h = num(call3.config, "height");
  const w = num(call3.config, "width");
  if (input.length === 3) return [cf ? [dimAt(input, 0), h, w] : [h, w, dimAt(input, 2)]];
  const l = splitChannels(input, cf);
  return [joinChannels({ ...l, spatial: [h, w] }, cf)];
});
function randomSide(axisFromEnd) {
  return weightless2((call3) => {
    const out = [...inputShape(call3)];
    const cf = isChannelsFirst(call3.config);
    const idx = cf ? out.length - axisFromEnd + 1 : out.length - axisFromEnd;
    out[idx] = null;
    return [out];
  });
}

// src/model/layers/wrappers.ts
function specFor(lookup2, inner, call3) {
  const spec = lookup2(inner.className, call3.generation);
  if (!spec) {
    throw new UnresolvedShape(`${call3.className} '${call3.name}' wraps '${inner.className}', which the catalogue does not know`);
  }
  return spec;
}
function removePrefix(s, prefix) {
  return s.startsWith(prefix) ? s.slice(prefix.length) : s;
}
function directions(call3) {
  const layer = nestedLayer(call3.config.layer, "Bidirectional.layer");
  const name = stringAt(layer.config, "name") ?? "";
  const forward = { className: layer.className, config: { ...layer.config, name: `forward_${removePrefix(name, "forward_")}` } };
  const raw = call3.config.backward_layer;
  const backward = raw ? nestedLayer(raw, "Bidirectional.backward_layer") : {
    className: layer.className,
    config: {
      ...layer.config,
      go_backwards: !bool(layer.config, "go_backwards", false),
      name: `backward_${removePrefix(name, "backward_")}`
    }
  };
  return { forward, backward };
}
function bidirectional(lookup2) {
  return {
    variables(call3) {
      const { forward, backward } = directions(call3);
      const seq = inputShape(call3);
      const fw = specFor(lookup2, forward, call3).variables(innerCall(call3, forward, [seq]));
      const bw = specFor(lookup2, backward, call3).variables(innerCall(call3, backward, [seq]));
      return [
        ...nest(fw, "forward_layer", stringAt(forward.config, "name") ?? ""),
        ...nest(bw, "backward_layer", stringAt(backward.config, "name") ?? "")
      ];
    },
    outputShapes(call3) {
      const { forward, backward } = directions(call3);
      const seq = inputShape(call3);
      const [fOut, ...fStates] = specFor(lookup2, forward, call3).outputShapes(innerCall(call3, forward, [seq]));
      const [bOut, ...bStates] = specFor(lookup2, backward, call3).outputShapes(innerCall(call3, backward, [seq]));
      if (!fOut || !bOut) throw new UnresolvedShape(`${call3.className} '${call3.name}': the wrapped layer gives no output shape`);
      const mode = call3.config.merge_mode === void 0 ? "concat" : call3.config.merge_mode;
      let merged;
      switch (mode) {
        case "concat":
          merged = [[...fOut.slice(0, -1), addDims(lastDim(fOut), lastDim(bOut))]];
          break;
        case "sum":
        case "mul":
        case "ave":
          merged = [fOut];
          break;
        case null:
          merged = [fOut, bOut];
          break;
        default:
          throw new LayerConfigError(`unknown Bidirectional merge_mode ${jsonSnippet(mode)}`);
      }
      return [...merged, ...fStates, ...bStates];
    }
  };
}
function timeDistributed(lookup2) {
  const stepCall = (call3) => {
    const inner = nestedLayer(call3.config.layer, "TimeDistributed.layer");
    const input = inputShape(call3);
    if (input.length < 3) throw new LayerConfigError(`TimeDistributed needs rank >= 3 input, got ${JSON.stringify(input)}`);
    return { inner, input, sub: innerCall(call3, inner, [[dimAt(input, 0), ...input.slice(2)]]) };
  };
  return {
    variables(call3) {
      const { inner, sub } = stepCall(call3);
      const scope = call3.generation === 3 ? sub.name : "";
      return nest(specFor(lookup2, inner, call3).variables(sub), "layer", scope);
    },
    outputShapes(call3) {
      const { inner, input, sub } = stepCall(call3);
      return specFor(lookup2, inner, call3).outputShapes(sub).map((s) => [dimAt(s, 0), dimAt(input, 1), ...s.slice(1)]);
    }
  };
}
function spectralNormalization(lookup2) {
  return {
    variables(call3) {
      const inner = nestedLayer(call3.config.layer, "SpectralNormalization.layer");
      const sub = innerCall(call3, inner, call3.inputShapes);
      const innerVars = specFor(lookup2, inner, call3).variables(sub);
      const kernel = innerVars.find((v) => v.name === "kernel") ?? innerVars.find((v) => v.name === "embeddings");
      if (!kernel) throw new LayerConfigError(`SpectralNormalization wraps '${inner.className}', which has no kernel`);
      return [
        ...nest(innerVars, "layer", sub.name),
        { name: "vector_u", shape: [1, lastDim(kernel.shape)], trainable: false, owner: "", scope: "" }
      ];
    },
    outputShapes(call3) {
      const inner = nestedLayer(call3.config.layer, "SpectralNormalization.layer");
      return specFor(lookup2, inner, call3).outputShapes(innerCall(call3, inner, call3.inputShapes));
    }
  };
}

// src/model/layers/catalogue.ts
var AUGMENTATIONS = [
  "RandomFlip",
  "RandomRotation",
  "RandomZoom",
  "RandomContrast",
  "RandomTranslation",
  "RandomBrightness",
  "AutoContrast",
  "Equalization",
  "Solarization",
  "RandomGrayscale",
  "RandomColorJitter",
  "RandomSharpness",
  "RandomShear",
  "RandomPosterization",
  "RandomHue",
  "RandomSaturation",
  "RandomColorDegeneration",
  "RandomInvert",
  "RandomPerspective",
  "RandomGaussianBlur",
  "RandomElasticTransform",
  "RandomErasing",
  "AugMix",
  "RandAugment",
  "CutMix",
  "MixUp"
];
var PASS_THROUGH = [
  "Activation",
  "ReLU",
  "LeakyReLU",
  "ELU",
  "Softmax",
  "ThresholdedReLU",
  "Dropout",
  "SpatialDropout1D",
  "SpatialDropout2D",
  "SpatialDropout3D",
  "GaussianNoise",
  "GaussianDropout",
  "AlphaDropout",
  "ActivityRegularization",
  "Masking",
  "Identity",
  "UnitNormalization",
  "Rescaling",
  ...AUGMENTATIONS
];
var WEIGHTLESS = {
  ...Object.fromEntries(PASS_THROUGH.map((c) => [c, passThrough])),
  InputLayer: inputLayer,
  Flatten: flatten,
  Reshape: reshape,
  Permute: permute,
  RepeatVector: repeatVector,
  ZeroPadding1D: zeroPadding(1),
  ZeroPadding2D: zeroPadding(2),
  ZeroPadding3D: zeroPadding(3),
  Cropping1D: cropping(1),
  Cropping2D: cropping(2),
  Cropping3D: cropping(3),
  UpSampling1D: upSampling(1),
  UpSampling2D: upSampling(2),
  UpSampling3D: upSampling(3),
  Resizing: fixedImageSize,
  CenterCrop: fixedImageSize,
  RandomCrop: fixedImageSize,
  RandomHeight: randomSide(3),
  RandomWidth: randomSide(2),
  Add: elementwise,
  Subtract: elementwise,
  Multiply: elementwise,
  Average: elementwise,
  Maximum: elementwise,
  Minimum: elementwise,
  Concatenate: concatenate,
  Dot: dot,
  MaxPooling1D: pooling(1),
  MaxPooling2D: pooling(2),
  MaxPooling3D: pooling(3),
  AveragePooling1D: pooling(1),
  AveragePooling2D: pooling(2),
  AveragePooling3D: pooling(3),
  MaxPool1D: pooling(1),
  MaxPool2D: pooling(2),
  MaxPool3D: pooling(3),
  AvgPool1D: pooling(1),
  AvgPool2D: pooling(2),
  AvgPool3D: pooling(3),
  GlobalAveragePooling1D: globalPooling(1),
  GlobalAveragePooling2D: globalPooling(2),
  GlobalAveragePooling3D: globalPooling(3),
  GlobalMaxPooling1D: globalPooling(1),
  GlobalMaxPooling2D: globalPooling(2),
  GlobalMaxPooling3D: globalPooling(3),
  GlobalAvgPool1D: globalPooling(1),
  GlobalAvgPool2D: globalPooling(2),
  GlobalAvgPool3D: globalPooling(3),
  GlobalMaxPool1D: globalPooling(1),
  GlobalMaxPool2D: globalPooling(2),
  GlobalMaxPool3D: globalPooling(3),
  AdaptiveAveragePooling1D: adaptivePooling(1),
  AdaptiveAveragePooling2D: adaptivePooling(2),
  AdaptiveAveragePooling3D: adaptivePooling(3),
  AdaptiveMaxPooling1D: adaptivePooling(1),
  AdaptiveMaxPooling2D: adaptivePooling(2),
  AdaptiveMaxPooling3D: adaptivePooling(3),
  CategoryEncoding: categoryEncoding,
  Hashing: hashing,
  HashedCrossing: hashedCrossing,
  StringLookup: lookup,
  IntegerLookup: lookup,
  Discretization: discretization,
  TextVectorization: textVectorization,
  Lambda: lambdaLayer,
  TFOpLambda: tfOpLayer,
  SlicingOpLambda: tfOpLayer,
  TensorFlowOpLayer: tfOpLayer
};
var WEIGHTED = {
  Dense: dense,
  EinsumDense: einsumDense,
  Embedding: embedding,
  ReversibleEmbedding: reversibleEmbedding,
  Conv1D: conv(1),
  Conv2D: conv(2),
  Conv3D: conv(3),
  Conv1DTranspose: convTranspose(1),
  Conv2DTranspose: convTranspose(2),
  Conv3DTranspose: convTranspose(3),
  SeparableConv1D: separableConv(1),
  SeparableConv2D: separableConv(2),
  DepthwiseConv1D: depthwiseConv(1),
  DepthwiseConv2D: depthwiseConv(2),
  BatchNormalization: batchNormalization2,
  SyncBatchNormalization: batchNormalization2,
  LayerNormalization: layerNormalization,
  GroupNormalization: groupNormalization,
  RMSNormalization: rmsNormalization,
  Normalization: normalization,
  PReLU: prelu,
  LSTM: recurrent("LSTM"),
  GRU: recurrent("GRU"),
  SimpleRNN: recurrent("SimpleRNN"),
  RNN: rnn,
  CuDNNLSTM: cudnn("LSTM"),
  CuDNNGRU: cudnn("GRU"),
  ConvLSTM1D: convLstm(1),
  ConvLSTM2D: convLstm(2),
  ConvLSTM3D: convLstm(3),
  Bidirectional: bidirectional(lookupLayer),
  TimeDistributed: timeDistributed(lookupLayer),
  SpectralNormalization: spectralNormalization(lookupLayer),
  MultiHeadAttention: multiHeadAttention,
  GroupQueryAttention: groupedQueryAttention,
  GroupedQueryAttention: groupedQueryAttention,
  Attention: attention,
  AdditiveAttention: additiveAttention
};
var WEIGHTLESS_CLASSES = new Set(Object.keys(WEIGHTLESS));
function quantizationMode(config) {
  const d = config.dtype;
  if (isQuantizedPolicy(d)) {
    const mode = typeof d === "string" ? quantizedPolicyName(d)?.mode : valueAt(d, "config", "mode") ?? valueAt(d, "class_name");
    return typeof mode === "string" ? mode : "quantized";
  }
  const q = config.quantization_config;
  if (isObject(q)) {
    const mode = valueAt(q, "config", "mode") ?? q.mode;
    return typeof mode === "string" ? mode : "quantized";
  }
  return null;
}
function refuseQuantized(spec) {
  return {
    ...spec,
    variables(call3) {
      const vars = spec.variables(call3);
      const mode = quantizationMode(call3.config);
      if (mode !== null && vars.length > 0) {
        throw new UnresolvedShape(`${call3.className} '${call3.name}' is quantized (${mode}); its variable layout is not modelled`);
      }
      return vars;
    }
  };
}
var SHARED = {
  ...WEIGHTLESS,
  ...Object.fromEntries(Object.entries(WEIGHTED).map(([k, s]) => [k, refuseQuantized(s)]))
};
function lookupLayer(className, generation) {
  if (generation === 1) return KERAS1_SPECS[className] ?? SHARED[className];
  return SHARED[className] ?? (KERAS1_ONLY.has(className) ? KERAS1_SPECS[className] : void 0);
}

// src/model/definition.ts
var SENTINEL = 2 ** 40;
var SENTINEL_MIN = 2 ** 30;
var MAX_MODEL_NESTING = 32;
function buildDefinition(src) {
  const model = unwrapModelConfig(src.raw);
  const stated = src.producer?.kerasVersion ?? (typeof src.raw.keras_version === "string" ? src.raw.keras_version : void 0);
  const generation = detectGeneration(model, stated);
  const backend = src.producer?.backend ?? (typeof src.raw.backend === "string" ? src.raw.backend : void 0);
  const ctx = {
    generation,
    tfjs: writtenByTfjs({ kerasVersion: stated, backend }),
    notes: [],
    defaultDtype: dtypeFacts(void 0),
    depth: 0,
    source: src.source,
    limits: src.limits ?? DEFAULT_LIMITS,
    seen: { layers: 0 }
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
    notes: ctx.notes
  };
}
function entryOf(raw) {
  if (!isObject(raw) || typeof raw.class_name !== "string") return void 0;
  const config = isObject(raw.config) ? raw.config : Array.isArray(raw.config) ? { layers: raw.config } : {};
  const name = layerEntryName(raw, raw.class_name);
  const module = typeof raw.module === "string" ? raw.module : void 0;
  return {
    raw,
    name,
    className: raw.class_name,
    config,
    module,
    registeredName: typeof raw.registered_name === "string" ? raw.registered_name : void 0,
    inbound: parseInboundNodes(raw.inbound_nodes),
    // Keras 3 records raw `keras.ops` calls (e.g. NotEqual for masks) as graph entries that are not layers.
    isOperation: isOpNode(raw)
  };
}
function walkModel(model, ctx, inputOverride) {
  if (ctx.depth > MAX_MODEL_NESTING) {
    throw new InputError(
      ctx.source,
      "unsupported-format",
      `its config nests models more than ${MAX_MODEL_NESTING} deep`,
      "Keras writes a nested model as one layer of its parent; a config this deep was not written by Keras. Re-save the model with Keras."
    );
  }
  const className = asText(model.class_name, "Model");
  const cfg = model.config;
  const layersRaw = Array.isArray(cfg) ? cfg : isObject(cfg) && Array.isArray(cfg.layers) ? cfg.layers : [];
  ctx.seen.layers += layersRaw.length;
  if (ctx.seen.layers > ctx.limits.maxLayers) throw limitError(ctx.source, "maxLayers", ctx.limits, `the model config has at least ${ctx.seen.layers} layers`);
  const name = isObject(cfg) && typeof cfg.name === "string" ? cfg.name : asText(model.name, className.toLowerCase());
  const entries = layersRaw.map(entryOf).filter((e) => e !== void 0);
  if (entries.length < layersRaw.length) ctx.notes.push(`${layersRaw.length - entries.length} layer entr${layersRaw.length - entries.length === 1 ? "y has" : "ies have"} no class_name and were ignored`);
  const functional = className !== "Sequential" && (entries.some((e) => e.inbound.length > 0) || isObject(cfg) && "input_layers" in cfg);
  if (!functional && className !== "Sequential" && !MODEL_CLASSES.has(className) && !entries.length) {
    ctx.notes.push(`'${className}' is a subclassed model: its layers are defined in Python code, not in the config, so the expected weights cannot be derived from the definition`);
    return { className, name, layers: [], inputs: [], outputs: [], outputShapes: [] };
  }
  return functional ? walkFunctional(className, name, isObject(cfg) ? cfg : {}, entries, ctx) : walkSequential(className, name, isObject(cfg) ? cfg : {}, entries, ctx, inputOverride);
}
function walkSequential(className, name, cfg, entries, ctx, inputOverride) {
  let members = entries;
  let inputName = `${entries[0]?.name ?? name}_input`;
  let inputDtype = "float32";
  let shape;
  if (entries[0]?.className === "InputLayer") {
    shape = declaredInputShape(entries[0].config);
    inputName = entries[0].name;
    inputDtype = dtypeFacts(entries[0].config.dtype).variableDtype;
    members = entries.slice(1);
  } else if (entries[0]) {
    shape = declaredInputShape(entries[0].config);
    const stated = entries[0].config.input_dtype;
    if (isDType(stated)) inputDtype = stated;
  }
  shape ??= asShape(cfg.build_input_shape) ?? (members[0] ? builtInputShapes(members[0].raw)?.[0] : void 0) ?? inputOverride;
  if (!shape) ctx.notes.push(`the Sequential model '${name}' declares no input shape: shapes that depend on it are left open`);
  const inputs = [{ name: inputName, shape: shape ?? [null], dtype: inputDtype }];
  const counters = /* @__PURE__ */ new Map();
  const layers = [];
  let current = [shape];
  for (const e of members) {
    const layer = buildLayer(e, current, {}, ctx, counters, e.raw);
    layers.push(layer);
    current = layer.outputShapes.length ? layer.outputShapes : [void 0];
  }
  return {
    className,
    name,
    layers,
    inputs,
    outputs: [{ name: members.at(-1)?.name ?? name, shape: current[0] ?? [null], dtype: "float32" }],
    outputShapes: current
  };
}
function walkFunctional(className, name, cfg, entries, ctx) {
  const byName = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (byName.has(e.name)) ctx.notes.push(`two layers are named '${e.name}': Keras refuses such a model ("All layer names should be unique")`);
    else byName.set(e.name, e);
  }
  const nodeOutputs = /* @__PURE__ */ new Map();
  const built = /* @__PURE__ */ new Map();
  const counters = /* @__PURE__ */ new Map();
  const inputs = [];
  const pathOf = /* @__PURE__ */ new Map();
  for (const e of entries) if (!e.isOperation) pathOf.set(e.name, nextObjectPath(e.className, counters));
  for (const e of entries) {
    if (e.className !== "InputLayer") continue;
    const shape = declaredInputShape(e.config);
    nodeOutputs.set(e.name, [[shape]]);
    inputs.push({ name: e.name, shape: shape ?? [null], dtype: dtypeFacts(e.config.dtype).variableDtype });
  }
  const resolve = (ref) => {
    const outs = nodeOutputs.get(ref.layer);
    if (!byName.has(ref.layer)) return { ready: true, shape: void 0 };
    if (!outs) return { ready: false, shape: void 0 };
    const node = outs[ref.node] ?? outs[ref.node - 1];
    if (!node) return { ready: false, shape: void 0 };
    return { ready: true, shape: node[ref.tensor] ?? node[0] };
  };
  let pending = dependencyOrder(entries.filter((e) => e.className !== "InputLayer"), byName);
  let budget = 50 * (pending.length + pending.reduce((n, e) => n + e.inbound.length, 0)) + 1e4;
  let progress = true;
  for (let pass = 0; progress && pending.length && pass <= entries.length + 1 && budget > 0; pass++) {
    progress = false;
    const unfinished = [];
    for (const e of pending) {
      budget--;
      const done = nodeOutputs.get(e.name)?.length ?? 0;
      for (let n = done; n < Math.max(e.inbound.length, 1); n++) {
        const call3 = e.inbound[n] ?? { inputs: [], kwargs: {}, tensorKwargs: {} };
        const resolved = call3.inputs.map(resolve);
        const kw = Object.entries(call3.tensorKwargs).map(([k, r]) => [k, resolve(r)]);
        if (!resolved.every((r) => r.ready) || !kw.every(([, r]) => r.ready)) break;
        const shapes = resolved.map((r) => r.shape);
        const kwShapes = Object.fromEntries(kw.map(([k, r]) => [k, r.shape]));
        const layer = built.get(e.name);
        let outs;
        if (n === 0 || !layer) {
          const fresh = buildLayer(e, shapes, kwShapes, ctx, counters, e.raw, pathOf.get(e.name) ?? "");
          built.set(e.name, fresh);
          outs = fresh.outputShapes.length ? fresh.outputShapes : [void 0];
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
    if (!built.has(e.name)) built.set(e.name, buildLayer(e, [void 0], {}, ctx, counters, e.raw, pathOf.get(e.name) ?? ""));
    ctx.notes.push(`layer '${e.name}' could not be connected to the graph (its inbound nodes refer to tensors that never exist)`);
  }
  const layers = entries.map((e) => {
    if (e.className === "InputLayer") {
      return weightless3(e, pathOf.get(e.name) ?? "", [declaredInputShape(e.config) ?? [null]], ctx);
    }
    return built.get(e.name) ?? buildLayer(e, [void 0], {}, ctx, counters, e.raw, pathOf.get(e.name) ?? "");
  });
  const outRefs = parseLayerRefs(cfg.output_layers);
  const outputs = outRefs.map((r) => ({ name: r.layer, shape: resolve(r).shape ?? [null], dtype: "float32" }));
  const inRefs = parseLayerRefs(cfg.input_layers);
  const orderedInputs = inRefs.length ? inRefs.map((r) => inputs.find((i) => i.name === r.layer) ?? { name: r.layer, shape: [null], dtype: "float32" }) : inputs;
  return { className, name, layers, inputs: orderedInputs, outputs, outputShapes: outRefs.map((r) => resolve(r).shape) };
}
function dependencyOrder(pending, byName) {
  const inPending = new Set(pending);
  const deps = (e) => {
    const call3 = e.inbound[0];
    if (!call3) return [];
    return [...call3.inputs, ...Object.values(call3.tensorKwargs)].map((r) => byName.get(r.layer)).filter((d) => d !== void 0 && d !== e && inPending.has(d));
  };
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const root of pending) {
    if (seen.has(root)) continue;
    seen.add(root);
    const stack = [{ e: root, deps: deps(root), next: 0 }];
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
function nextObjectPath(className, counters) {
  const snake = objectPathName(className);
  const n = counters.get(snake) ?? 0;
  counters.set(snake, n + 1);
  return `layers/${n === 0 ? snake : `${snake}_${n}`}`;
}
function weightless3(e, objectPath, outputShapes, ctx) {
  const dt = dtypeFacts(e.config.dtype, ctx.defaultDtype);
  return {
    name: e.name,
    className: e.className,
    module: e.module,
    registeredName: e.registeredName,
    config: e.config,
    inbound: e.inbound,
    weights: [],
    status: "known",
    objectPath,
    isOperation: e.isOperation,
    variableDtype: dt.variableDtype,
    dtypePolicy: dt.policy,
    outputShapes
  };
}
function buildLayer(e, inputShapes, kwShapes, ctx, counters, raw, reservedPath) {
  const objectPath = e.isOperation ? "" : reservedPath ?? nextObjectPath(e.className, counters);
  const dt = dtypeFacts(e.config.dtype, ctx.defaultDtype);
  const base = {
    name: e.name,
    className: e.className,
    module: e.module,
    registeredName: e.registeredName,
    config: e.config,
    inbound: e.inbound,
    weights: [],
    status: "known",
    objectPath,
    isOperation: e.isOperation,
    variableDtype: dt.variableDtype,
    dtypePolicy: dt.policy,
    outputShapes: []
  };
  if (dt.quantized) base.note = `quantized dtype policy '${dt.policy}': the saved variables follow the quantized layout`;
  if (e.isOperation) {
    base.outputShapes = [inputShapes[0] ?? [null]];
    return base;
  }
  if (isNestedModel(e.className, e.config)) return buildNested(base, e, inputShapes, ctx);
  const spec = lookupLayer(e.className, ctx.generation);
  if (!spec) {
    base.status = "unknown-class";
    base.note = `weightgate does not know the variables of class '${e.className}'${e.registeredName ? ` (registered as '${e.registeredName}')` : ""}; its weights cannot be checked by shape`;
    base.carriesCode = true;
    base.outputShapes = [];
    return base;
  }
  if (spec.carriesCode) base.carriesCode = true;
  const attempt = runSpec(spec, e, dt, inputShapes, kwShapes, ctx, raw);
  base.status = attempt.partial ? "partial" : "known";
  if (attempt.partial) base.note = attempt.note;
  base.outputShapes = attempt.outputs;
  base.weights = toExpected(e, objectPath, attempt.vars, dt, ctx.generation);
  return base;
}
function call(e, dt, inputShapes, kwShapes, ctx) {
  return { className: e.className, name: e.name, config: e.config, generation: ctx.generation, ...ctx.tfjs ? { tfjs: true } : {}, variableDtype: dt.variableDtype, inputShapes, kwargShapes: kwShapes };
}
function guessRank(className) {
  if (/3D/.test(className)) return 5;
  if (/2D/.test(className)) return 4;
  if (/1D|LSTM|GRU|RNN|Bidirectional|TimeDistributed|Attention|Normalization/.test(className)) return 3;
  return 2;
}
function fill(shape, className) {
  if (!shape) return [null, ...Array.from({ length: guessRank(className) - 1 }, () => SENTINEL)];
  return shape.map((d, i) => i > 0 && d === null ? SENTINEL : d);
}
function clean(shape) {
  return shape.map((d) => d === null || !Number.isFinite(d) || d >= SENTINEL_MIN || !Number.isInteger(d) ? null : d);
}
function isLayerInputError(err) {
  return err instanceof UnresolvedShape || err instanceof LayerConfigError || err instanceof InputError || err instanceof ExprError;
}
function knownShapes(kw) {
  return Object.fromEntries(Object.entries(kw).filter((x) => x[1] !== void 0));
}
function runSpec(spec, e, dt, inputShapes, kwShapes, ctx, raw) {
  const known = inputShapes.length > 0 && inputShapes.every((s) => s !== void 0);
  const kwKnown = Object.values(kwShapes).every((s) => s !== void 0);
  if (known && kwKnown) {
    try {
      const c = call(e, dt, inputShapes, knownShapes(kwShapes), ctx);
      return { vars: spec.variables(c), outputs: safeOutputs(spec, c), partial: false };
    } catch (err) {
      if (!isLayerInputError(err)) throw err;
    }
  }
  const builtShapes = builtInputShapes(raw);
  if (builtShapes && (!known || !kwKnown)) {
    try {
      const c = call(e, dt, builtShapes, {}, ctx);
      if (builtShapes.length > 1 && e.className === "MultiHeadAttention") c.inputShapes = builtShapes;
      return { vars: spec.variables(c), outputs: safeOutputs(spec, c), partial: false };
    } catch (err) {
      if (!isLayerInputError(err)) throw err;
    }
  }
  const filled = (inputShapes.length ? inputShapes : [void 0]).map((s) => fill(s, e.className));
  const kwFilled = Object.fromEntries(Object.entries(kwShapes).map(([k, s]) => [k, fill(s, e.className)]));
  const why = known ? "its input has open dimensions" : "the shape of its input is unknown (an upstream layer could not be resolved)";
  try {
    const c = call(e, dt, filled, kwFilled, ctx);
    const vars = spec.variables(c).map((v) => ({ ...v, shape: clean(v.shape) }));
    const partial = vars.some((v) => v.shape.some((d) => d === null));
    return {
      vars,
      outputs: safeOutputs(spec, c).map(clean),
      partial,
      note: partial ? `some variable dimensions cannot be computed: ${why}` : void 0
    };
  } catch (err) {
    if (!isLayerInputError(err)) throw err;
    return { vars: [], outputs: [], partial: true, note: `variables cannot be computed: ${why} (${err.message})` };
  }
}
function safeOutputs(spec, c) {
  try {
    return spec.outputShapes(c);
  } catch (err) {
    if (!isLayerInputError(err)) throw err;
    return [];
  }
}
function toExpected(e, objectPath, vars, dt, generation) {
  const layerTrainable = e.config.trainable !== false;
  const ordered = [...vars.filter((v) => v.trainable), ...vars.filter((v) => !v.trainable)];
  const perOwner = /* @__PURE__ */ new Map();
  return ordered.map((v) => {
    const owner = v.owner ? `${objectPath}/${v.owner}` : objectPath;
    const index = perOwner.get(owner) ?? 0;
    perOwner.set(owner, index + 1);
    const path7 = generation === 1 ? `${e.name}_${v.name}` : [e.name, v.scope, v.name].filter(Boolean).join("/");
    return {
      name: v.name,
      shape: v.shape,
      dtype: v.dtype ?? dt.variableDtype,
      trainable: v.trainable && layerTrainable,
      path: path7,
      objectPath: owner,
      index
    };
  });
}
function buildNested(base, e, inputShapes, ctx) {
  const inner = walkModel({ class_name: e.className, config: e.config }, { ...ctx, depth: ctx.depth + 1 }, inputShapes[0]);
  const nested = {
    source: "",
    format: "nested model",
    generation: ctx.generation,
    producer: {},
    className: inner.className,
    name: inner.name,
    layers: inner.layers,
    inputs: inner.inputs,
    outputs: inner.outputs,
    config: e.config,
    notes: []
  };
  base.nested = nested;
  const all = inner.layers.filter((l) => !l.isOperation).flatMap((l) => l.weights);
  const ordered = [...all.filter((w) => w.trainable), ...all.filter((w) => !w.trainable)];
  base.weights = ordered.map((w) => ({ ...w, objectPath: `${base.objectPath}/${w.objectPath}` }));
  const sub = inner.layers.filter((l) => l.status !== "known");
  if (sub.some((l) => l.status === "unknown-class")) base.status = "unknown-class";
  else if (sub.length) base.status = "partial";
  if (sub.length) base.note = `nested layers not fully resolved: ${sub.map((l) => `'${l.name}' (${l.className})`).join(", ")}`;
  base.carriesCode = inner.layers.some((l) => l.carriesCode);
  base.outputShapes = inner.outputShapes.map((s) => s ?? [null]);
  return base;
}
function callOutputs(layer, e, shapes, kw, ctx) {
  if (layer.nested) return layer.outputShapes;
  const spec = lookupLayer(e.className, ctx.generation);
  if (!spec || !shapes.every((s) => s !== void 0)) return layer.outputShapes.length ? layer.outputShapes : [void 0];
  try {
    return spec.outputShapes(call(e, dtypeFacts(e.config.dtype), shapes, knownShapes(kw), ctx));
  } catch (err) {
    if (!isLayerInputError(err)) throw err;
    return [void 0];
  }
}

// src/sources/json.ts
import { readFile, stat } from "node:fs/promises";
function jsonDepth(value, max) {
  let deepest = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (d > deepest) deepest = d;
    if (deepest > max) return deepest;
    for (const x of Array.isArray(v) ? v : Object.values(v)) if (typeof x === "object" && x !== null) stack.push([x, d + 1]);
  }
  return deepest;
}
function parseJsonText(file, text, limits, what = "the file") {
  if (text.length > limits.maxJsonBytes) throw limitError(file, "maxJsonBytes", limits, `${what} is ${text.length} characters of JSON`);
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const where = what === "the file" ? "not valid JSON" : `${what} is not valid JSON`;
    throw new InputError(
      file,
      "corrupt",
      `${where} (${err.message.slice(0, 200)})`,
      "The file is damaged, cut short or edited by hand; re-download it or re-save it with Keras / TF.js."
    );
  }
  const depth = jsonDepth(value, limits.maxJsonDepth);
  if (depth > limits.maxJsonDepth) throw limitError(file, "maxJsonDepth", limits, `${what} nests JSON ${depth}+ levels deep`);
  return value;
}
async function readJsonFile(file, limits) {
  const { size } = await stat(file);
  if (size > limits.maxJsonBytes) throw limitError(file, "maxJsonBytes", limits, `the file is ${size} bytes of JSON`);
  return parseJsonText(file, await readFile(file, "utf8"), limits);
}

// src/formats/hdf5.ts
import { stat as stat2 } from "node:fs/promises";
var DAMAGED_HINT = "The file is damaged or was cut short; re-download or re-save it.";
var nextHandle = 1;
var H5Attr = class {
  constructor(owner, snap) {
    this.owner = owner;
    this.snap = snap;
  }
  owner;
  snap;
  get value() {
    const { file } = this.owner;
    const where = `attribute '${this.snap.name}' of ${this.owner.path}`;
    if (this.snap.bytes !== void 0) throw limitError(file.filename, "maxJsonBytes", file.limits, `${where} is ${this.snap.bytes} bytes`);
    if (this.snap.error !== void 0) throw new InputError(file.filename, "corrupt", `the HDF5 library could not read ${where} (${diagLine(this.snap.error)})`, DAMAGED_HINT);
    return this.snap.value;
  }
};
var H5Object = class {
  constructor(file, node) {
    this.file = file;
    this.node = node;
  }
  file;
  node;
  attrCache;
  get path() {
    return this.node.path;
  }
  get attrs() {
    this.attrCache ??= Object.fromEntries(this.node.attrs.filter((a) => a.name !== "").map((a) => [a.name, new H5Attr(this, a)]));
    return this.attrCache;
  }
  damaged(what) {
    return new InputError(this.file.filename, "corrupt", `the HDF5 library could not read ${what} ${this.path} (${diagLine(this.node.error ?? "")})`, DAMAGED_HINT);
  }
};
var H5Group = class _H5Group extends H5Object {
  keys() {
    if (!this.node.children) throw this.damaged("group");
    return [...this.node.children];
  }
  /** The group or dataset at `name` (relative, or absolute from the root); links and anything else give null. */
  get(name) {
    const plain = name !== "" && name !== "." && !name.includes("/");
    const node = this.file.lookup(plain ? this.path === "/" ? `/${name}` : `${this.path}/${name}` : `/${(name.startsWith("/") ? name : `${this.path}/${name}`).split("/").filter((s) => s !== "" && s !== ".").join("/")}`);
    if (node?.kind === "group") return new _H5Group(this.file, node);
    if (node?.kind === "dataset") return new H5Dataset(this.file, node);
    return null;
  }
};
var H5Dataset = class extends H5Object {
  get metadata() {
    if (!this.node.meta) throw this.damaged("dataset");
    return this.node.meta;
  }
};
var H5File = class extends H5Group {
  /** `nodes` as the worker lists them, the root first. */
  constructor(filename, handle, limits, root, nodes) {
    super(void 0, root);
    this.filename = filename;
    this.handle = handle;
    this.limits = limits;
    this.file = this;
    this.index = new Map(nodes.map((n) => [n.path, n]));
  }
  filename;
  handle;
  limits;
  index;
  closed = false;
  lookup(path7) {
    return this.index.get(path7);
  }
  /** Every link that points elsewhere (soft or external), which readers never follow. */
  links() {
    return [...this.index.values()].filter((n) => n.kind === "soft-link" || n.kind === "external-link");
  }
  get isClosed() {
    return this.closed;
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    hdf5Call({ op: "close", handle: this.handle }, 1e4).catch(() => void 0);
  }
};
function diagLine(text) {
  const minor = /minor: (.*)/.exec(text)?.[1];
  const major = /major: (.*)/.exec(text)?.[1];
  const line = text.split("\n").find((l) => /#\d{3}:/.test(l))?.replace(/^.*?line \d+ in \S+\(\): /, "");
  return [line, major, minor].filter(Boolean).join("; ").slice(0, 240) || text.slice(0, 240);
}
function shortPath(p) {
  return p.length > 120 ? `${p.slice(0, 40)}\u2026${p.slice(-79)}` : p;
}
var KNOWN_FILTERS = {
  32e3: "LZF",
  32001: "Blosc",
  32004: "LZ4",
  32008: "bitshuffle",
  32013: "ZFP",
  32015: "Zstandard",
  32026: "Blosc2"
};
function abortReason(error) {
  const reason = /^Aborted\((.*?)\)(?:\. Build with -sASSERTIONS.*)?$/s.exec(error.trim())?.[1] ?? error.replace(/\s*Build with -sASSERTIONS.*$/s, "");
  return reason.trim() ? reason.trim().slice(0, 200) : "it aborted";
}
async function call2(file, limits, request, what, fileBytes) {
  let reply;
  try {
    reply = await hdf5Call(request, limits.timeoutMs);
  } catch (err) {
    if (err instanceof HostFailure && err.reason === "timeout") {
      throw limitError(file, "timeoutMs", limits, `the HDF5 library was still reading ${what} after ${formatLimit("timeoutMs", limits.timeoutMs)} (a damaged file can make it loop)`);
    }
    if (err instanceof HostFailure) {
      throw new InputError(file, "corrupt", `the HDF5 library crashed reading ${what} (${abortReason(err.message)}): the file is damaged`, DAMAGED_HINT);
    }
    throw err;
  }
  if (reply.ok) return reply;
  if (reply.code === "walk" && request.op === "open" && request.walk !== "reference") return call2(file, limits, { ...request, walk: "reference" }, what, fileBytes);
  const [refused] = reply.refusedOpens ?? [];
  if (refused !== void 0) {
    throw new InputError(
      file,
      "unsafe-path",
      `the file made the HDF5 library try to open another file (${JSON.stringify(refused.slice(0, 200))}); weightgate opens nothing a file names`,
      "Keras never writes links to other files; re-save the model with Keras."
    );
  }
  switch (reply.code) {
    case "fatal":
      throw new InputError(file, "corrupt", `the HDF5 library crashed reading ${what} (${abortReason(reply.error)}): the file is damaged`, DAMAGED_HINT);
    case "objects":
      throw limitError(file, "maxHdf5Objects", limits, `it holds ${reply.error}`);
    case "bytes":
      throw limitError(file, "maxVariableElements", limits, reply.error);
    case "paths":
      throw limitError(file, "maxJsonBytes", limits, reply.error);
    case "yield":
      throw limitError(file, "maxHdf5Ratio", limits, `${reply.error} (shared variable-length strings?), a file of ${fileBytes ?? "?"} bytes yields`);
    case "depth":
      throw new InputError(file, "corrupt", `its ${reply.error}`, DAMAGED_HINT);
    case "links": {
      const paths = JSON.parse(reply.error);
      const [first = "", again = ""] = Array.isArray(paths) ? paths.map((p) => asText(p, "")) : [];
      throw new InputError(
        file,
        "corrupt",
        `its hard links reach one group by two paths (${quoteName(shortPath(first), 200)} and ${quoteName(shortPath(again), 200)}): the links form a graph that repeats objects, which weightgate does not walk (a few such links can make millions of paths)`,
        "Keras never links one group into two places; re-save the model with Keras."
      );
    }
    case "filter": {
      const filter = JSON.parse(reply.error);
      const id = numberAt(filter, "id");
      const given = stringAt(filter, "name");
      const name = (id !== void 0 ? KNOWN_FILTERS[id] : void 0) ?? (given ? quoteName(given, 40) : "an unregistered filter");
      throw new InputError(
        file,
        "unsupported-format",
        `${what} is compressed with HDF5 filter ${id ?? "unknown"} (${name}), which h5wasm, the HDF5 library weightgate runs, cannot decode`,
        "Rewrite it where that filter is installed: `h5repack -f NONE in.h5 out.h5` (with its plugin on HDF5_PLUGIN_PATH, e.g. Debian's hdf5-filter-plugin; h5py reads LZF itself), or load the weights and save them again with Keras, which writes them uncompressed."
      );
    }
    default:
      break;
  }
  const text = reply.error;
  if (/truncated file/i.test(text)) {
    const m = /eof = (\d+), sblock->base_addr = \d+, stored_eof = (\d+)/.exec(text);
    throw new InputError(
      file,
      "truncated",
      `the HDF5 file is truncated${m ? ` (${m[1]} bytes on disk, the file says ${m[2]})` : ""}`,
      "The download or copy was cut short; fetch the file again."
    );
  }
  throw new InputError(file, "corrupt", `the HDF5 library could not read ${what} (${diagLine(text)})`, DAMAGED_HINT);
}
function expansionBound(stored, limits) {
  return Math.max(limits.hdf5RatioFloorBytes, limits.maxHdf5Ratio * stored);
}
function checkDeclared(file, limits, nodes, stored) {
  let declared = 0;
  let largest;
  for (const n of nodes) {
    if (!n.meta) continue;
    const bytes = n.meta.shape.reduce((a, b) => a * b, 1) * n.meta.size;
    declared += bytes;
    if (!largest || bytes > largest.meta.shape.reduce((a, b) => a * b, 1) * largest.meta.size) largest = n;
  }
  if (declared > expansionBound(stored, limits)) {
    throw limitError(
      file,
      "maxHdf5Ratio",
      limits,
      `its datasets declare ${declared} bytes (the largest, ${quoteName(largest?.path, 120)}, ${largest ? largest.meta.shape.join("x") : "?"} of ${largest?.meta?.size ?? "?"}-byte values) but the file holds ${stored}, ${Math.round(declared / Math.max(stored, 1))} times more (compressed zeros, or datasets never written?)`
    );
  }
}
async function openHdf5(file, limits = DEFAULT_LIMITS) {
  const handle = nextHandle++;
  let stored;
  try {
    stored = (await stat2(file)).size;
  } catch {
    throw new InputError(file, "not-found", "the file does not exist or cannot be read", "Check the path.");
  }
  const reply = await call2(file, limits, {
    op: "open",
    file,
    handle,
    maxObjects: limits.maxHdf5Objects,
    maxAttrBytes: limits.maxJsonBytes,
    maxYieldBytes: expansionBound(stored, limits)
  }, "it", stored);
  const nodes = reply.snapshot?.nodes ?? [];
  const [root] = nodes;
  if (!root) {
    hdf5Call({ op: "close", handle }, 1e4).catch(() => void 0);
    throw new InputError(file, "corrupt", "the HDF5 library could not open it", DAMAGED_HINT);
  }
  const f = new H5File(file, handle, limits, root, nodes);
  try {
    checkDeclared(file, limits, nodes, stored);
  } catch (err) {
    f.close();
    throw err;
  }
  const external = nodes.find((n) => n.kind === "external-link");
  if (external) {
    f.close();
    throw new InputError(
      file,
      "unsafe-path",
      `the file holds an external link (${quoteName(external.path)} \u2192 ${quoteName(external.target, 200)}) that would make HDF5 open another file; weightgate never follows links out of a file`,
      "Keras never writes external links; re-save the model with Keras."
    );
  }
  return f;
}
function isGroup(o) {
  return o instanceof H5Group;
}
function isDataset(o) {
  return o instanceof H5Dataset;
}
function child(g, name) {
  return g.get(name);
}
function hasAttr(o, name) {
  return Object.hasOwn(o.attrs, name);
}
function repairUtf8(s) {
  if (!/[\u0080-\u00ff]/.test(s) || /[\u0100-\uffff]/.test(s)) return s;
  const bytes = Uint8Array.from(s, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return s;
  }
}
function attrValue(o, name) {
  return hasAttr(o, name) ? o.attrs[name]?.value : void 0;
}
function attrString(o, name) {
  if (!hasAttr(o, name)) return void 0;
  const v = attrValue(o, name);
  if (typeof v === "string") return repairUtf8(v);
  if (Array.isArray(v) && v.length === 1 && typeof v[0] === "string") return repairUtf8(v[0]);
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return String(v);
  return v === null || v === void 0 ? void 0 : asText(v, "");
}
function loadAttributesFromHdf5Group(o, name) {
  const norm = (v) => Array.isArray(v) ? v.map((x) => repairUtf8(String(x))) : typeof v === "string" ? [repairUtf8(v)] : [];
  if (hasAttr(o, name)) return norm(attrValue(o, name));
  const out = [];
  for (let i = 0; hasAttr(o, `${name}${i}`); i++) out.push(...norm(attrValue(o, `${name}${i}`)));
  return out;
}
function hasListAttribute(o, name) {
  return hasAttr(o, name) || hasAttr(o, `${name}0`);
}
var H5T_CLASS_NAMES = {
  [H5T.TIME]: "time",
  [H5T.BITFIELD]: "bitfield",
  [H5T.OPAQUE]: "opaque",
  [H5T.COMPOUND]: "compound",
  [H5T.REFERENCE]: "reference",
  [H5T.ENUM]: "enum",
  [H5T.VLEN]: "vlen",
  [H5T.ARRAY]: "array"
};
function datasetInfo(ds) {
  const md = ds.metadata;
  const shape = md.shape;
  const count = shape.reduce((a, b) => a * b, 1);
  let dtype = "unknown";
  if (md.type === H5T.FLOAT) dtype = md.size === 2 ? "float16" : md.size === 4 ? "float32" : md.size === 8 ? "float64" : "unknown";
  else if (md.type === H5T.INTEGER) dtype = intDtype(md.size, md.signed);
  else if (md.type === H5T.ENUM) dtype = md.size === 1 ? "bool" : "unknown";
  else if (md.type === H5T.OPAQUE && md.size === 2 && attrString(ds, "dtype") === "bfloat16") dtype = "bfloat16";
  else if (md.type === H5T.STRING) dtype = "string";
  const info = { shape, dtype, byteLength: count * md.size };
  if (dtype === "unknown" && md.type === H5T.OPAQUE && md.size === 2) info.untaggedBfloat16 = true;
  if (dtype === "unknown") {
    const unsupported = unsupportedType(md);
    if (unsupported) info.unsupported = unsupported;
  }
  return info;
}
function unsupportedType(md) {
  if (md.type === H5T.FLOAT) return `float${md.size * 8}`;
  if (md.type === H5T.INTEGER) return `${md.signed ? "int" : "uint"}${md.size * 8}`;
  if (md.type === H5T.OPAQUE && md.size === 2) return void 0;
  const name = H5T_CLASS_NAMES[md.type];
  return name === void 0 ? void 0 : md.type === H5T.OPAQUE ? `opaque (${md.size} bytes)` : name;
}
function intDtype(size, signed) {
  const t = { 1: ["uint8", "int8"], 2: ["uint16", "int16"], 4: ["uint32", "int32"], 8: ["uint64", "int64"] };
  return t[size]?.[signed ? 1 : 0] ?? "unknown";
}
async function readRaw(ds, staging) {
  const f = ds.file;
  if (f.isClosed) throw new Error(`${f.filename}: read of ${ds.path} after the file was closed`);
  const md = ds.metadata;
  const count = md.shape.reduce((a, b) => a * b, 1);
  if (count > f.limits.maxVariableElements) throw limitError(f.filename, "maxVariableElements", f.limits, `dataset ${ds.path} has ${count} elements`);
  const into = staging?.acquire(count * md.size);
  const progress = into ? staging?.progress?.(into) : void 0;
  let bytes;
  try {
    const reply = await call2(f.filename, f.limits, {
      op: "read",
      file: f.filename,
      handle: f.handle,
      path: ds.path,
      maxBytes: f.limits.maxVariableElements * Math.max(md.size, 1),
      into,
      ...progress ? { progress } : {}
    }, `dataset ${ds.path}`);
    bytes = into ? new Uint8Array(into, 0, reply.written ?? 0) : new Uint8Array(reply.bytes ?? new ArrayBuffer(0));
  } catch (err) {
    if (into) staging.release(into);
    throw err;
  }
  return bytes;
}
async function readDataset(ds, staging) {
  const info = datasetInfo(ds);
  const { unsupported } = info;
  const dtype = info.untaggedBfloat16 ? "bfloat16" : info.dtype;
  if (dtype === "string" || dtype === "unknown") {
    throw new InputError(
      ds.file.filename,
      "unsupported-format",
      `dataset ${ds.path} holds ${unsupported ? `HDF5 ${unsupported} data, which Keras cannot load into a variable` : `a type weightgate cannot decode (HDF5 class ${ds.metadata.type}, ${ds.metadata.size} bytes)`}`,
      "Keras weights are numbers; check that this is the weights file Keras wrote."
    );
  }
  const raw = await readRaw(ds, staging);
  const buf = raw.buffer;
  const n = raw.byteLength;
  switch (dtype) {
    case "float16":
    case "bfloat16": {
      const decoded = (dtype === "float16" ? decodeFloat16 : decodeBfloat16)(new Uint16Array(buf, 0, n / 2));
      staging?.release(raw);
      return decoded;
    }
    case "float32":
      return new Float32Array(buf, 0, n / 4);
    case "float64":
      return new Float64Array(buf, 0, n / 8);
    case "int8":
      return new Int8Array(buf, 0, n);
    case "uint8":
    case "bool":
      return new Uint8Array(buf, 0, n);
    case "int16":
      return new Int16Array(buf, 0, n / 2);
    case "uint16":
      return new Uint16Array(buf, 0, n / 2);
    case "int32":
      return new Int32Array(buf, 0, n / 4);
    case "uint32":
      return new Uint32Array(buf, 0, n / 4);
    default:
      return new BigInt64Array(buf, 0, n / 8);
  }
}

// src/formats/keras-archive.ts
import { lstat, readFile as readFile2, stat as stat4 } from "node:fs/promises";
import path3 from "node:path";

// src/formats/keras3-weights.ts
import { stat as stat3 } from "node:fs/promises";
import path2 from "node:path";

// src/formats/layout.ts
var LEGACY = {
  modelConfig: "model_config",
  trainingConfig: "training_config",
  modelWeights: "model_weights",
  layerNames: "layer_names",
  weightNames: "weight_names",
  optimizerWeights: "optimizer_weights",
  /** Weights owned by a subclassed model itself (tf.keras 2.x+); normally empty. */
  topLevelModelWeights: "top_level_model_weights",
  kerasVersion: "keras_version",
  backend: "backend",
  /** `HDF5_OBJECT_HEADER_LIMIT`: attributes above it are split into name0, name1, … */
  objectHeaderLimit: 64512
};
var KERAS3 = {
  layers: "layers",
  vars: "vars",
  optimizer: "optimizer",
  /** Keras ≥ 3.6 records the object's real name on every `vars` group. */
  nameAttr: "name",
  /** tf.keras 2.13 `.keras` files used this instead of `layers` (Keras 3 retries it too). */
  layersAlias2_13: "_layer_checkpoint_dependencies",
  bfloat16Attr: "dtype"
};
var ARCHIVE = {
  config: "config.json",
  metadata: "metadata.json",
  weightsH5: "model.weights.h5",
  weightsNpz: "model.weights.npz",
  assets: "assets"
};
var SUB_OBJECT_ORDER = [
  "cell",
  "forward_layer",
  "backward_layer",
  "layer",
  "layers",
  "query_dense",
  "key_dense",
  "value_dense",
  "output_dense"
];
var COLLATOR = new Intl.Collator("en", { numeric: true });
function naturalCompare(a, b) {
  return COLLATOR.compare(a, b);
}

// src/formats/keras3-weights.ts
function isKeras3Store(f) {
  return [KERAS3.layers, KERAS3.vars, KERAS3.layersAlias2_13, KERAS3.optimizer].some((k) => {
    const g = child(f, k);
    return g !== null && isGroup(g);
  });
}
function subObjectRank(name) {
  const i = SUB_OBJECT_ORDER.indexOf(name);
  if (i >= 0) return i;
  return name.startsWith("_") ? 2e3 : 1e3;
}
function sortedChildren(g) {
  return g.keys().filter((k) => k !== KERAS3.vars).sort((a, b) => subObjectRank(a) - subObjectRank(b) || naturalCompare(a, b));
}
function walkObject(g, objectPath, shard, out) {
  const vars = child(g, KERAS3.vars);
  const entry = { objectPath, variables: [] };
  if (vars && isGroup(vars)) {
    entry.name = attrString(vars, KERAS3.nameAttr);
    const keys = vars.keys().filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
    for (const k of keys) {
      const ds = child(vars, k);
      if (!ds || !isDataset(ds)) continue;
      const info = datasetInfo(ds);
      entry.variables.push({
        name: `${KERAS3.vars}/${k}`,
        path: ds.path,
        objectPath,
        index: Number(k),
        shape: info.shape,
        dtype: info.dtype,
        byteLength: info.byteLength,
        locator: { kind: "h5", shard, path: ds.path, ...info.unsupported ? { unsupportedType: info.unsupported } : {} }
      });
    }
  }
  out.push(entry);
  for (const k of sortedChildren(g)) {
    const c = child(g, k);
    if (c && isGroup(c)) walkObject(c, `${objectPath}/${k}`, shard, out);
  }
}
function readStore(f, shard, into) {
  const layersGroup = child(f, KERAS3.layers) ?? child(f, KERAS3.layersAlias2_13);
  if (layersGroup && isGroup(layersGroup)) {
    for (const k of layersGroup.keys().sort(naturalCompare)) {
      const g = child(layersGroup, k);
      if (!g || !isGroup(g)) continue;
      const entries = [];
      walkObject(g, `${KERAS3.layers}/${k}`, shard, entries);
      const prev = into.layers.get(k);
      into.layers.set(k, prev ? mergeEntries(prev, entries) : entries);
    }
  }
  const own = child(f, KERAS3.vars);
  if (own && isGroup(own)) {
    const entries = [];
    walkObject(f, "", shard, entries);
    into.modelVars.push(entries[0]);
  }
  const opt = child(f, KERAS3.optimizer);
  if (opt && isGroup(opt)) {
    const entries = [];
    walkObject(opt, KERAS3.optimizer, shard, entries);
    for (const e of entries) into.optimizer.push(...e.variables);
  }
}
function mergeEntries(a, b) {
  const byPath = new Map(a.map((e) => [e.objectPath, e]));
  for (const e of b) {
    const prev = byPath.get(e.objectPath);
    if (!prev) byPath.set(e.objectPath, e);
    else {
      prev.name ??= e.name;
      const have = new Set(prev.variables.map((v) => v.index));
      prev.variables.push(...e.variables.filter((v) => !have.has(v.index)));
      prev.variables.sort((x, y) => x.index - y.index);
    }
  }
  return [...byPath.values()];
}
function toLayers(contents, order) {
  let keys = [...contents.layers.keys()];
  if (order) {
    const rank = new Map(order.map((k, i) => [k, i]));
    keys = keys.sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || naturalCompare(a, b));
  }
  const layers = keys.flatMap((k) => {
    const [top, ...subObjects] = contents.layers.get(k) ?? [];
    if (!top) return [];
    const entries = [top, ...subObjects];
    const subNames = {};
    for (const e of subObjects) if (e.name) subNames[e.objectPath] = e.name;
    const weights = entries.flatMap((e) => e.variables).map((v) => ({ ...v, name: relName(top.objectPath, v) }));
    return [{
      name: top.name ?? k,
      nameRecorded: top.name !== void 0,
      path: top.objectPath,
      weights,
      subNames
    }];
  }).map((l, position) => ({ ...l, position }));
  const own = contents.modelVars[0];
  if (own && own.variables.length) {
    layers.push({ name: own.name ?? "(model)", nameRecorded: own.name !== void 0, path: "", position: layers.length, weights: own.variables });
  }
  return layers;
}
function relName(top, v) {
  const rel = v.objectPath.slice(top.length).replace(/^\//, "");
  return rel ? `${rel}/${v.name}` : v.name;
}
function modelName(contents) {
  return contents.modelVars[0]?.name;
}
function build(source, format, formatLabel, files, contents, order, extraNotes, producer = {}) {
  const layers = toLayers(contents, order);
  const notes = [...extraNotes];
  const recorded = layers.filter((l) => l.nameRecorded).length;
  if (layers.length && recorded === 0) {
    notes.push("the file records no layer names (written by Keras before 3.6): layer names are inferred from object paths, so a swap of two same-class layers cannot be detected by name");
  }
  const name = modelName(contents);
  if (name) notes.push(`saved from the model named ${quoteName(name)}`);
  const budget = new ReadBudget(source, files[0]?.limits ?? DEFAULT_LIMITS);
  return {
    source,
    format,
    formatLabel,
    generation: 3,
    producer,
    layers,
    optimizer: contents.optimizer,
    notes,
    async read(v, options) {
      const f = files[Number(v.locator.shard ?? 0)];
      const ds = f?.get(String(v.locator.path));
      if (!isDataset(ds)) throw new InputError(source, "corrupt", `dataset ${v.path} is not in this file`, "Read variables of the artifact that listed them.");
      budget.take(v.shape.reduce((a, b) => a * b, 1), `weight ${v.path}`);
      return readDataset(ds, options?.staging);
    },
    close() {
      for (const f of files) f.close();
      return Promise.resolve();
    }
  };
}
function readKeras3Artifact(source, f, opts = {}) {
  const contents = { layers: /* @__PURE__ */ new Map(), modelVars: [], optimizer: [] };
  readStore(f, 0, contents);
  const a = build(source, opts.format ?? "keras3-weights-h5", opts.formatLabel ?? FORMAT_NAMES["keras3-weights-h5"], [f], contents, void 0, opts.notes ?? [], opts.producer);
  if (opts.onClose) {
    const { onClose } = opts;
    const close = a.close.bind(a);
    a.close = async () => {
      await close();
      await onClose();
    };
  }
  return a;
}
function isShardedIndex(json) {
  return objectAt(json, "weight_map") !== void 0;
}
function shardPath(indexFile, s) {
  const fix = "Shards must sit next to the .weights.json index and be listed by file name, as Keras writes them.";
  if (typeof s !== "string" || s.trim() === "") {
    throw new InputError(indexFile, "corrupt", `the weight_map lists a shard that is not a file name (${quoteName(JSON.stringify(s) ?? String(s))})`, fix);
  }
  if (s.includes("\0") || path2.isAbsolute(s) || /^[\\/]/.test(s) || s.split(/[\\/]/).includes("..") || /^[a-z][a-z0-9+.-]*:/i.test(s)) {
    throw new InputError(indexFile, "unsafe-path", `the weight_map names a shard outside the index's folder: ${quoteName(s)}; weightgate reads nothing outside it and never downloads`, fix);
  }
  return path2.join(path2.dirname(indexFile), s);
}
async function readShardedArtifact(indexFile, json, limits = DEFAULT_LIMITS) {
  const shardNames = /* @__PURE__ */ new Set();
  for (const v of Object.values(json.weight_map)) for (const s of Array.isArray(v) ? v : [v]) shardNames.add(s);
  const paths = [...shardNames].map((s) => shardPath(indexFile, s));
  const files = [];
  try {
    for (const p of paths) {
      if (!await stat3(p).then(() => true, () => false)) {
        throw new InputError(
          indexFile,
          "not-found",
          `the weight_map lists shard ${quoteName(path2.basename(p))}, but there is no such file next to the index`,
          "Commit every shard next to the .weights.json index (Keras names them <name>_0000N.weights.h5), or fix the name in weight_map."
        );
      }
      await sniff(p, limits);
      await assertInside(indexFile, path2.dirname(indexFile), p, "shard");
      files.push(await openHdf5(p, limits));
    }
  } catch (err) {
    for (const f of files) f.close();
    throw err;
  }
  const contents = { layers: /* @__PURE__ */ new Map(), modelVars: [], optimizer: [] };
  try {
    files.forEach((f, i) => readStore(f, i, contents));
  } catch (err) {
    for (const f of files) f.close();
    throw err;
  }
  const order = /* @__PURE__ */ new Set();
  for (const key of Object.keys(json.weight_map)) {
    const layer = /^\/?layers\/([^/]+)/.exec(key)?.[1];
    if (layer !== void 0) order.add(layer);
  }
  return build(indexFile, "keras3-weights-sharded", `Keras 3 sharded weights (${plural(files.length, "shard")})`, files, contents, [...order], []);
}

// src/formats/keras-archive.ts
function parseJson(file, member, text, limits) {
  const v = parseJsonText(file, text, limits, member);
  if (!isObject(v)) {
    throw new InputError(file, "corrupt", `${member} is JSON but not an object`, "Re-save the model with Keras.");
  }
  return v;
}
function openParts(file, config, metadata, label, limits) {
  const producer = {
    kerasVersion: stringAt(metadata, "keras_version"),
    metadata
  };
  const definition = buildDefinition({ source: file, format: `${label} config.json`, raw: config, producer, limits });
  return { producer, definition };
}
async function openKerasArchive(file, limits = DEFAULT_LIMITS) {
  const entries = await listZip(file);
  checkEntries(file, entries, limits);
  const find = (name) => entries.find((e) => e.name === name);
  const cfg = find(ARCHIVE.config);
  if (!cfg) {
    const names = entries.slice(0, 8).map((e) => quoteName(e.name, 60)).join(", ");
    throw new InputError(
      file,
      "not-keras",
      `a zip archive without config.json, so not a .keras model (it holds: ${names || "nothing"})`,
      'Save the model with `model.save("name.keras")`.'
    );
  }
  const config = parseJson(file, ARCHIVE.config, await readEntryText(file, cfg, limits), limits);
  const metaEntry = find(ARCHIVE.metadata);
  const metadata = metaEntry ? parseJson(file, ARCHIVE.metadata, await readEntryText(file, metaEntry, limits), limits) : void 0;
  const { producer, definition } = openParts(file, config, metadata, ".keras", limits);
  const weights = find(ARCHIVE.weightsH5);
  if (!weights) {
    const npz = find(ARCHIVE.weightsNpz);
    throw new InputError(
      file,
      "unsupported-format",
      npz ? "the archive stores its weights as model.weights.npz, which weightgate does not read yet" : "the archive has no model.weights.h5",
      npz ? "Re-save with the default weights format (H5)." : "Re-save the model with Keras."
    );
  }
  const dir = await makeTempDir("weightgate-");
  const tmp = path3.join(dir, ARCHIVE.weightsH5);
  let h5;
  const relabel = (err) => {
    if (!(err instanceof InputError && err.file === tmp)) return err;
    const relabelled = new InputError(file, err.kind, `model.weights.h5 inside the archive: ${err.detail}`, err.hint);
    relabelled.unexpected = err.unexpected;
    return relabelled;
  };
  try {
    await extractEntry(file, weights, tmp, limits);
    h5 = await openHdf5(tmp, limits);
    const artifact = readKeras3Artifact(file, h5, {
      format: "keras3-archive",
      formatLabel: `Keras ${producer.kerasVersion ?? "3"} archive (.keras)`,
      producer,
      onClose: () => removeTempDir(dir)
    });
    const read = artifact.read.bind(artifact);
    artifact.read = async (v, options) => {
      try {
        return await read(v, options);
      } catch (err) {
        throw relabel(err);
      }
    };
    orderLikeDefinition(artifact, definition);
    return { source: file, format: artifact.formatLabel, definition, artifact };
  } catch (err) {
    h5?.close();
    await removeTempDir(dir);
    throw relabel(err);
  }
}
async function isKerasFolder(dir) {
  try {
    return (await stat4(path3.join(dir, ARCHIVE.config))).isFile();
  } catch {
    return false;
  }
}
async function exists(p) {
  return lstat(p).then(() => true, () => false);
}
async function openKerasFolder(dir, limits = DEFAULT_LIMITS) {
  const read = async (name) => {
    const p = path3.join(dir, name);
    await assertInside(dir, dir, p, name);
    const { size } = await stat4(p);
    if (size > limits.maxJsonBytes) throw limitError(dir, "maxJsonBytes", limits, `${name} is ${size} bytes of JSON`);
    return readFile2(p, "utf8");
  };
  const config = parseJson(dir, ARCHIVE.config, await read(ARCHIVE.config), limits);
  const metadata = await exists(path3.join(dir, ARCHIVE.metadata)) ? parseJson(dir, ARCHIVE.metadata, await read(ARCHIVE.metadata), limits) : void 0;
  const { producer, definition } = openParts(dir, config, metadata, "unzipped .keras", limits);
  const weightsPath = path3.join(dir, ARCHIVE.weightsH5);
  if (!await exists(weightsPath)) return { source: dir, format: "unzipped .keras folder (no weights)", definition };
  await assertInside(dir, dir, weightsPath, ARCHIVE.weightsH5);
  await sniff(weightsPath, limits);
  const h5 = await openHdf5(weightsPath, limits);
  try {
    const artifact = readKeras3Artifact(dir, h5, {
      format: "keras3-archive",
      formatLabel: `Keras ${producer.kerasVersion ?? "3"} unzipped .keras folder`,
      producer
    });
    orderLikeDefinition(artifact, definition);
    return { source: dir, format: artifact.formatLabel, definition, artifact };
  } catch (err) {
    h5.close();
    throw err;
  }
}
function orderLikeDefinition(artifact, definition) {
  const rank = new Map(definition.layers.filter((l) => l.objectPath).map((l, i) => [l.objectPath, i]));
  artifact.layers.sort((a, b) => (rank.get(a.path) ?? 1e9) - (rank.get(b.path) ?? 1e9));
  artifact.layers.forEach((l, i) => {
    l.position = i;
  });
}

// src/formats/legacy-h5.ts
function legacyKind(f) {
  if (hasListAttribute(f, LEGACY.layerNames)) return "keras-h5-weights";
  const mw = child(f, LEGACY.modelWeights);
  if (mw && isGroup(mw) && hasListAttribute(mw, LEGACY.layerNames)) return "keras-h5-full";
  return null;
}
function generationOf(version, weightNames) {
  if (version) return detectGeneration({}, version);
  if (weightNames.length && weightNames.every((n) => !n.includes("/") && !n.includes(":"))) return 1;
  return 2;
}
function legacyModelConfig(f) {
  const text = attrString(f, LEGACY.modelConfig);
  if (!text) return void 0;
  const config = parseJsonText(f.filename, text, f.limits, "the model_config attribute");
  if (!isObject(config)) {
    throw new InputError(
      f.filename,
      "corrupt",
      "the model_config attribute is JSON but not a model config (an object with class_name and config)",
      "Re-save the model with Keras; the attribute was damaged or written by another tool."
    );
  }
  return { config, kerasVersion: attrString(f, LEGACY.kerasVersion) ?? kerasVersionOf(f), backend: attrString(f, LEGACY.backend) };
}
function kerasVersionOf(f) {
  const mw = child(f, LEGACY.modelWeights);
  return (mw && isGroup(mw) ? attrString(mw, LEGACY.kerasVersion) : void 0) ?? attrString(f, LEGACY.kerasVersion);
}
function readSubsetWeights(file, group, layerName, variables) {
  const problems = [];
  const names = loadAttributesFromHdf5Group(group, LEGACY.weightNames);
  names.forEach((wn, index) => {
    const ds = child(group, wn);
    if (!ds || !isDataset(ds)) {
      problems.push(`layer '${layerName}' lists weight '${wn}' but the file has no such dataset`);
      return;
    }
    const info = datasetInfo(ds);
    variables.push({
      name: wn,
      path: ds.path,
      objectPath: layerName,
      index,
      shape: info.shape,
      dtype: info.dtype,
      byteLength: info.byteLength,
      locator: { kind: "h5", path: ds.path, ...info.unsupported ? { unsupportedType: info.unsupported } : {}, ...info.untaggedBfloat16 ? { untaggedBfloat16: true } : {} }
    });
  });
  return problems;
}
function readLegacyArtifact(file, f, kind) {
  const mw = kind === "keras-h5-weights" ? f : child(f, LEGACY.modelWeights);
  if (!mw || !isGroup(mw)) throw new Error(`${file}: readLegacyArtifact was given kind ${kind} for a file without ${LEGACY.modelWeights}`);
  const root = mw;
  const layerNames = loadAttributesFromHdf5Group(root, LEGACY.layerNames);
  const notes = [];
  const layers = layerNames.map((name, position) => {
    const g = child(root, name);
    const weights = [];
    if (!g || !isGroup(g)) {
      notes.push(`layer_names lists '${name}' but the file has no group for it`);
    } else {
      notes.push(...readSubsetWeights(file, g, name, weights));
    }
    return { name, nameRecorded: true, path: g?.path ?? `${root.path}/${name}`, position, weights };
  });
  const top = child(root, LEGACY.topLevelModelWeights);
  if (top && isGroup(top)) {
    const weights = [];
    notes.push(...readSubsetWeights(file, top, LEGACY.topLevelModelWeights, weights));
    if (weights.length) {
      layers.push({ name: LEGACY.topLevelModelWeights, nameRecorded: true, path: top.path, position: layers.length, weights });
      notes.push(`the file holds ${plural(weights.length, "weight")} owned by the model itself (top_level_model_weights)`);
    }
  }
  const optimizer = [];
  const og = child(f, LEGACY.optimizerWeights);
  if (og && isGroup(og)) readSubsetWeights(file, og, LEGACY.optimizerWeights, optimizer);
  const budget = new ReadBudget(file, f.limits);
  const kerasVersion = attrString(root, LEGACY.kerasVersion) ?? attrString(f, LEGACY.kerasVersion);
  const backend = attrString(root, LEGACY.backend) ?? attrString(f, LEGACY.backend);
  const allNames = layers.flatMap((l) => l.weights.map((w) => w.name));
  const generation = generationOf(kerasVersion, allNames);
  const who = kerasVersion ? `Keras ${kerasVersion}` : generation === 1 ? "Keras 1" : "Keras";
  return {
    source: file,
    format: kind,
    formatLabel: `${who} legacy HDF5 (${kind === "keras-h5-full" ? "full model" : "weights only"})`,
    generation,
    producer: { kerasVersion, backend },
    layers,
    optimizer,
    notes,
    async read(v, options) {
      const ds = f.get(String(v.locator.path));
      if (!isDataset(ds)) throw new InputError(file, "corrupt", `dataset ${v.path} is not in this file`, "Read variables of the artifact that listed them.");
      budget.take(v.shape.reduce((a, b) => a * b, 1), `weight ${v.path}`);
      return readDataset(ds, options?.staging);
    },
    close() {
      f.close();
      return Promise.resolve();
    }
  };
}

// src/formats/tfjs-decode.ts
import os2 from "node:os";
function storedBytesPerElement(dtype, quantization) {
  if (quantization) return quantization.dtype === "uint8" ? 1 : 2;
  return DTYPE_BYTES[dtype];
}
var LITTLE_ENDIAN = os2.endianness() === "LE";
function toHostOrder(bytes, size) {
  if (LITTLE_ENDIAN || size === 1) return bytes;
  for (let i = 0; i + size <= bytes.length; i += size) bytes.subarray(i, i + size).reverse();
  return bytes;
}
function decodeWeight(bytes, spec) {
  const { count, quantization: q } = spec;
  if (bytes.byteOffset !== 0) bytes = bytes.slice();
  if (q) {
    if (q.dtype === "float16") {
      return decodeFloat16(new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count));
    }
    const codes = q.dtype === "uint8" ? bytes.subarray(0, count) : new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
    const scale = q.scale ?? 1;
    const min = q.min ?? 0;
    if (spec.dtype === "int32") return Int32Array.from(codes, (c) => Math.round(c * scale + min));
    return Float32Array.from(codes, (c) => c * scale + min);
  }
  switch (spec.dtype) {
    case "float32":
      return new Float32Array(toHostOrder(bytes, 4).buffer, 0, count);
    case "int32":
      return new Int32Array(toHostOrder(bytes, 4).buffer, 0, count);
    // complex64 is interleaved (re, im) float32 pairs; callers see 2 × count floats.
    case "complex64":
      return new Float32Array(toHostOrder(bytes, 4).buffer, 0, count * 2);
    case "bool":
    case "uint8":
      return bytes.subarray(0, count);
    case "int8":
      return new Int8Array(bytes.buffer, 0, count);
    case "int16":
      return new Int16Array(toHostOrder(bytes, 2).buffer, 0, count);
    case "uint16":
      return new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count);
    case "uint32":
      return new Uint32Array(toHostOrder(bytes, 4).buffer, 0, count);
    case "float64":
      return new Float64Array(toHostOrder(bytes, 8).buffer, 0, count);
    case "int64":
      return new BigInt64Array(toHostOrder(bytes, 8).buffer, 0, count);
    // WeightData has no unsigned 64-bit view; values below 2^63 read the same.
    case "uint64":
      return new BigInt64Array(toHostOrder(bytes, 8).buffer, 0, count);
    case "float16": {
      return decodeFloat16(new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count));
    }
    case "bfloat16":
      return decodeBfloat16(new Uint16Array(toHostOrder(bytes, 2).buffer, 0, count));
    // `string` tensors have no numeric form: hand back the raw length-prefixed bytes.
    default:
      return bytes;
  }
}

// src/formats/tfjs-model-json.ts
function textAt(o, key) {
  const s = stringAt(o, key);
  return s === "" ? void 0 : s;
}
function isManifestGroup(x) {
  return arrayAt(x, "paths") !== void 0 && arrayAt(x, "weights") !== void 0;
}
function isManifest(x) {
  return Array.isArray(x) && x.length > 0 && x.every(isManifestGroup);
}
function isLayersTopology(t) {
  if (!isObject(t)) return false;
  if ("model_config" in t) return isObject(t.model_config) || typeof t.model_config === "string";
  return typeof t.class_name === "string" && "config" in t;
}
function isGraphTopology(t) {
  return isObject(t) && ("node" in t || "versions" in t || "library" in t);
}
function isTfjsModelJson(json) {
  if (Array.isArray(json)) return isManifest(json) ? "weights-manifest" : null;
  if (!isObject(json)) return null;
  const topo = json.modelTopology;
  if (json.format === "graph-model" || isGraphTopology(topo)) return "graph-model";
  if (isLayersTopology(topo) && Array.isArray(json.weightsManifest)) return "layers-model";
  if (topo == null && isManifest(json.weightsManifest)) return "weights-manifest";
  return null;
}
function tfjsGraphModelError(file) {
  return new InputError(
    file,
    "unsupported-format",
    "this is a TF.js graph model (tf.loadGraphModel: a converted SavedModel or frozen graph), which has no Keras layers to diff against a Keras definition",
    "Convert the Keras model to a layers model instead (`tensorflowjs_converter --input_format keras --output_format tfjs_layers_model`) and check that model.json."
  );
}
function kerasVersionFromGeneratedBy(generatedBy) {
  return /^keras v(\S+)/i.exec(generatedBy ?? "")?.[1];
}
function tfjsTopologyConfig(json, file = "model.json", limits = DEFAULT_LIMITS) {
  if (!isObject(json)) return null;
  const topo = "modelTopology" in json ? json.modelTopology : json;
  if (!isLayersTopology(topo) || isGraphTopology(topo)) return null;
  if (!("model_config" in topo)) return { modelConfig: topo, kerasVersion: textAt(topo, "keras_version"), backend: textAt(topo, "backend") };
  let mc = topo.model_config;
  if (typeof mc === "string") {
    try {
      mc = JSON.parse(mc);
    } catch {
      return null;
    }
    const depth = jsonDepth(mc, limits.maxJsonDepth);
    if (depth > limits.maxJsonDepth) throw limitError(file, "maxJsonDepth", limits, `modelTopology.model_config nests JSON ${depth}+ levels deep`);
  }
  if (!isObject(mc)) return null;
  return {
    modelConfig: mc,
    kerasVersion: textAt(topo, "keras_version") ?? textAt(mc, "keras_version") ?? kerasVersionFromGeneratedBy(textAt(json, "generatedBy")),
    backend: textAt(topo, "backend") ?? textAt(mc, "backend")
  };
}
function isConverterLayout(json) {
  const topo = isObject(json) ? json.modelTopology : void 0;
  return isObject(topo) && "model_config" in topo;
}

// src/formats/tfjs-layer-names.ts
function layerList(modelConfig) {
  const c = isObject(modelConfig) ? modelConfig.config : void 0;
  if (Array.isArray(c)) return c;
  return arrayAt(c, "layers") ?? null;
}
function entryName(e) {
  return layerEntryName(e, "") || void 0;
}
var WRAPPED_KEYS = ["layer", "forward_layer", "backward_layer", "cell"];
function innerNames(e, out, depth = 0) {
  if (!isObject(e) || depth > 50) return;
  for (const sub of layerList(e) ?? []) {
    const n = entryName(sub);
    if (n) out.push(n);
    innerNames(sub, out, depth + 1);
  }
  const c = objectAt(e, "config");
  if (!c) return;
  const wrapped = [...WRAPPED_KEYS.map((k) => c[k]), ...arrayAt(c, "cells") ?? []];
  for (const w of wrapped) {
    if (!isObject(w) || !("class_name" in w)) continue;
    const n = entryName(w);
    if (n) out.push(n);
    innerNames(w, out, depth + 1);
  }
}
function topologyNames(modelConfig) {
  const config = objectAt(modelConfig, "config");
  const names = {
    order: [],
    topLevel: /* @__PURE__ */ new Set(),
    owner: /* @__PURE__ */ new Map(),
    modelName: config ? textAt(config, "name") : textAt(modelConfig, "name")
  };
  const list = layerList(modelConfig) ?? [];
  for (const e of list) {
    const n = entryName(e);
    if (n && !names.topLevel.has(n)) {
      names.order.push(n);
      names.topLevel.add(n);
    }
  }
  for (const e of objectsIn(list)) {
    const top = entryName(e);
    if (!top) continue;
    const inner = [];
    innerNames(e, inner);
    for (const n of inner) if (!names.topLevel.has(n) && !names.owner.has(n)) names.owner.set(n, top);
  }
  return names;
}
var KERAS3_VARS = /^(layers\/([^/]+)(?:\/[^/]+)*?)\/vars\/(\d+)$/;
var MODEL_NAME_GUESS = /^(sequential|functional|model)(_\d+)?$/;
var LayerResolver = class {
  constructor(topo, names) {
    this.topo = topo;
    const first = names[0]?.split("/")[0];
    if (!topo && first !== void 0 && MODEL_NAME_GUESS.test(first) && names.every((n) => n.split("/").length >= 3 && n.split("/")[0] === first)) {
      this.guessedPrefix = first;
    }
  }
  topo;
  guessedPrefix;
  resolve(name) {
    const k3 = KERAS3_VARS.exec(name);
    if (k3) {
      const [, objectPath = "", layer2 = "", index = ""] = k3;
      return { layer: layer2, recorded: false, path: `layers/${layer2}`, objectPath, index: Number(index), prefixed: false, matched: false, keras3Vars: true };
    }
    const scope = name.split("/").slice(0, -1);
    const base = { index: void 0, keras3Vars: false };
    if (scope.length === 0) {
      const recorded = !!this.topo?.topLevel.has(name);
      return { ...base, layer: name, recorded, path: name, objectPath: name, prefixed: false, matched: recorded };
    }
    const topo = this.topo;
    if (topo) {
      const at2 = scope.findIndex((s) => topo.topLevel.has(s));
      const layer2 = scope[at2];
      if (layer2 !== void 0) {
        return { ...base, layer: layer2, recorded: true, path: scope.slice(0, at2 + 1).join("/"), objectPath: layer2, prefixed: at2 > 0, matched: true };
      }
      for (const [i, s] of scope.entries()) {
        const owner = topo.owner.get(s);
        if (owner) return { ...base, layer: owner, recorded: true, path: owner, objectPath: owner, prefixed: i > 0, matched: true };
      }
    }
    const prefix = topo?.modelName ?? this.guessedPrefix;
    const at = prefix !== void 0 && scope.length >= 2 && scope[0] === prefix ? 1 : 0;
    const layer = scope[at] ?? "";
    return { ...base, layer, recorded: false, path: scope.slice(0, at + 1).join("/"), objectPath: layer, prefixed: at > 0, matched: false };
  }
};

// src/formats/tfjs-manifest.ts
import path5 from "node:path";

// src/formats/tfjs-shards.ts
import { constants, realpathSync } from "node:fs";
import { access, open, realpath, stat as stat5 } from "node:fs/promises";
import path4 from "node:path";
var MAX_READ = 1 << 30;
function groupLabel(group) {
  return `weightsManifest group ${group}`;
}
function shown(entry) {
  return JSON.stringify(entry);
}
function resolveShardPath(modelJson, group, entry) {
  const where = groupLabel(group);
  if (typeof entry !== "string" || entry.trim() === "") {
    throw new InputError(
      modelJson,
      "corrupt",
      `${where} has a shard path that is not a file name (${JSON.stringify(entry)})`,
      'Each entry of "paths" must name a shard file next to model.json, e.g. "group1-shard1of1.bin".'
    );
  }
  const base = `group${group}-shard1of1.bin`;
  const fix = `List the shard by its file name (e.g. ${shown(base)}) and commit it next to model.json.`;
  if (entry.includes("\0")) {
    throw new InputError(modelJson, "unsafe-path", `${where} lists shard ${JSON.stringify(entry)}, which contains a NUL byte`, fix);
  }
  if (entry.startsWith("/") || entry.startsWith("\\") || /^[a-zA-Z]:[\\/]/.test(entry) || path4.isAbsolute(entry)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where} lists shard ${shown(entry)}, an absolute path; TF.js resolves shard paths relative to model.json, and weightgate reads nothing outside the model folder`,
      fix
    );
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(entry)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where} lists shard ${shown(entry)}, a URL; weightgate checks the files in the repository and never downloads`,
      `Download the shard, commit it next to model.json and list it by file name (e.g. ${shown(base)}).`
    );
  }
  const dir = path4.dirname(modelJson);
  const abs = path4.resolve(dir, ...entry.split(/[\\/]+/));
  if (!isInside(dir, abs)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where} lists shard ${shown(entry)}, which points outside the model folder (${dir})`,
      fix
    );
  }
  return abs;
}
function resolveShardPaths(modelJson, groups) {
  const seen = /* @__PURE__ */ new Map();
  groups.forEach((paths, gi) => paths.forEach((listed) => {
    const abs = resolveShardPath(modelJson, gi + 1, listed);
    const entry = typeof listed === "string" ? listed : "";
    let real = abs;
    try {
      real = realpathSync(abs);
    } catch {
    }
    const first = seen.get(abs) ?? seen.get(real);
    if (first) throw duplicateShard(modelJson, gi + 1, entry, first);
    seen.set(abs, { group: gi + 1, entry });
    seen.set(real, { group: gi + 1, entry });
  }));
}
function duplicateShard(modelJson, group, entry, first) {
  const where = first.group === group ? "already" : `already in ${groupLabel(first.group)}`;
  const as = first.entry === entry ? "" : ` (as ${shown(first.entry)})`;
  return new InputError(
    modelJson,
    "corrupt",
    `${groupLabel(group)} lists shard ${shown(entry)}, which the manifest lists ${where}${as}: TF.js would fetch it again and append it, shifting every later weight onto the wrong bytes`,
    "List each shard file once, in order, as tensorflowjs_converter writes them; re-export the model if the manifest was edited by hand."
  );
}
function isInside(dir, p) {
  const rel = path4.relative(dir, p);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${path4.sep}`) && !path4.isAbsolute(rel);
}
async function exists2(p) {
  try {
    await access(p, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}
async function inspectShard(modelJson, group, entry, abs, realDir) {
  const where = groupLabel(group);
  let st;
  try {
    st = await stat5(abs);
  } catch {
    const alt = abs.endsWith(".bin") ? abs.slice(0, -4) : `${abs}.bin`;
    const near = await exists2(alt) ? ` (there is a ${shown(path4.basename(alt))} next to it: is the name in model.json out of date?)` : "";
    throw new InputError(
      modelJson,
      "not-found",
      `${where} lists shard ${shown(entry)}, but ${abs} does not exist${near}`,
      "Commit the shard next to model.json (TF.js fetches it relative to model.json), or fix its name in weightsManifest."
    );
  }
  if (!st.isFile()) {
    throw new InputError(
      modelJson,
      "corrupt",
      `${where} lists shard ${shown(entry)}, but ${abs} is not a regular file`,
      "Point the manifest at the shard file itself."
    );
  }
  const real = await realpath(abs);
  if (!isInside(realDir, real)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where} shard ${shown(entry)} is a link to ${real}, outside the model folder`,
      "Replace the link with the real shard file."
    );
  }
  const head = await readHead(abs, 512);
  const text = head.toString("latin1");
  if (text.startsWith(LFS_POINTER)) {
    const size = /\nsize (\d+)/.exec(text)?.[1];
    throw new InputError(
      modelJson,
      "lfs-pointer",
      `${where} shard ${shown(entry)} is a Git LFS pointer (${st.size} bytes${size ? `, standing for a ${size}-byte file` : ""}), not the weight data`,
      `${LFS_HINT} Otherwise download the real shard and commit it.`
    );
  }
  if (/^<(!doctype html|html|head|body)\b/i.test(text.replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart())) {
    throw new InputError(
      modelJson,
      "html-page",
      `${where} shard ${shown(entry)} is an HTML page (${st.size} bytes), not weight data \u2014 a download that saved an error or login page?`,
      "Download the real shard file (the raw file, not its web page; authenticate for private assets) and commit it."
    );
  }
  return st.size;
}
var ShardGroup = class {
  constructor(modelJson, group, shards) {
    this.modelJson = modelJson;
    this.group = group;
    this.shards = shards;
    this.total = shards.reduce((n, s) => n + s.size, 0);
  }
  modelJson;
  group;
  shards;
  total;
  /** Bytes [start, start + length) of the group; a range may cross shard files. */
  async read(start, length) {
    const out = new Uint8Array(length);
    const end = start + length;
    let filled = 0;
    for (const s of this.shards) {
      if (filled === length) break;
      const sEnd = s.start + s.size;
      const pos = start + filled;
      if (sEnd <= pos || s.start >= end) continue;
      const n = Math.min(sEnd, end) - pos;
      const fh = await open(s.abs, "r");
      try {
        let got = 0;
        while (got < n) {
          const { bytesRead } = await fh.read(out, filled + got, Math.min(n - got, MAX_READ), pos - s.start + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        if (got < n) {
          throw new InputError(
            this.modelJson,
            "truncated",
            `${groupLabel(this.group)} shard ${shown(s.entry)} ended after ${pos - s.start + got} bytes, but it was ${s.size} bytes when checked`,
            "The file changed while weightgate was reading it; run the check again."
          );
        }
      } finally {
        await fh.close();
      }
      filled += n;
    }
    if (filled < length) {
      throw new InputError(
        this.modelJson,
        "truncated",
        `${groupLabel(this.group)} needs bytes ${start}..${end} but its shards hold ${this.total}`,
        "Re-export the model, or download the shards again: model.json and its shards must come from the same export."
      );
    }
    return out;
  }
};
async function openShardGroup(modelJson, group, entries) {
  const resolved = entries.map((e) => {
    const abs = resolveShardPath(modelJson, group, e);
    return { entry: typeof e === "string" ? e : "", abs };
  });
  const realDir = await realpath(path4.dirname(modelJson));
  const shards = [];
  let start = 0;
  for (const { entry, abs } of resolved) {
    const size = await inspectShard(modelJson, group, entry, abs, realDir);
    shards.push({ entry, abs, size, start });
    start += size;
  }
  return new ShardGroup(modelJson, group, shards);
}

// src/formats/tfjs-manifest.ts
var FIX = "Re-export the model; model.json was edited by hand or written by a broken tool.";
var KERAS3_OPTIMIZER = /^optimizer\/vars\/\d+$/;
var QUANT_DTYPES = ["uint8", "uint16", "float16"];
function isDType2(x) {
  return typeof x === "string" && Object.hasOwn(DTYPE_BYTES, x) && x !== "unknown";
}
function isShape(x) {
  return Array.isArray(x) && x.every((d) => typeof d === "number" && Number.isSafeInteger(d) && d >= 0);
}
function isQuantDtype(x) {
  return QUANT_DTYPES.some((d) => d === x);
}
function parseQuantization(file, name, dtype, q) {
  if (q == null) return void 0;
  const qDtype = isObject(q) ? q.dtype : q;
  if (!isObject(q) || !isQuantDtype(qDtype)) {
    const shown2 = qDtype === null ? "null" : asText(qDtype, "undefined");
    throw new InputError(
      file,
      "corrupt",
      `Weight ${name} has unknown quantization dtype ${shown2}. Supported quantization dtypes are: 'uint8', 'uint16', and 'float16'.`,
      FIX
    );
  }
  if (qDtype === "float16") {
    if (dtype !== "float32") {
      throw new InputError(file, "corrupt", `Weight ${name} is quantized with float16 which only supports weights of type float32 not ${dtype}.`, FIX);
    }
    return { dtype: "float16" };
  }
  const min = numberAt(q, "min");
  const scale = numberAt(q, "scale");
  if (min === void 0 || scale === void 0) {
    throw new InputError(file, "corrupt", `Weight ${name} with quantization ${qDtype} doesn't have corresponding metadata min and scale.`, FIX);
  }
  if (dtype !== "float32" && dtype !== "int32") {
    throw new InputError(file, "corrupt", `Unsupported dtype in weight '${name}': ${dtype} (only float32 and int32 weights can be quantized)`, FIX);
  }
  return { dtype: qDtype, min, scale };
}
function parseWeight(file, group, i, w) {
  const where = `weightsManifest group ${group}, weight #${i + 1}`;
  if (!isObject(w)) throw new InputError(file, "corrupt", `${where} is not an object`, FIX);
  const name = w.name;
  if (typeof name !== "string" || name === "") throw new InputError(file, "corrupt", `${where} has no name`, FIX);
  const at = `${where} (${JSON.stringify(name)})`;
  const shape = w.shape;
  if (!isShape(shape)) {
    throw new InputError(file, "corrupt", `${at} has shape ${JSON.stringify(shape)}, not a list of non-negative integers`, FIX);
  }
  const count = shape.reduce((a, b) => a * b, 1);
  if (!Number.isSafeInteger(count)) throw new InputError(file, "corrupt", `${at} has shape ${JSON.stringify(shape)}, too large to exist`, FIX);
  const dtype = w.dtype;
  if (!isDType2(dtype)) {
    throw new InputError(file, "corrupt", `${at} has dtype ${JSON.stringify(dtype)}, which TF.js does not know (float32, int32, bool, string, complex64)`, FIX);
  }
  const quantization = parseQuantization(file, name, dtype, w.quantization);
  return { name, shape, dtype, count, quantization, optimizer: w.group === "optimizer" || KERAS3_OPTIMIZER.test(name) };
}
function parseManifest(file, manifest) {
  if (!Array.isArray(manifest)) {
    throw new InputError(file, "corrupt", "weightsManifest is not a list of {paths, weights} groups", FIX);
  }
  return manifest.map((g, gi) => {
    if (!isManifestGroup(g)) {
      throw new InputError(file, "corrupt", `weightsManifest group ${gi + 1} is not a {paths, weights} object`, FIX);
    }
    return { paths: g.paths, weights: g.weights.map((w, i) => parseWeight(file, gi + 1, i, w)) };
  });
}
function isTfjsLocator(x) {
  return x.kind === "tfjs";
}
async function stringByteLength(data, offset, count) {
  const WINDOW = 1 << 16;
  let winStart = 0;
  let win = Buffer.alloc(0);
  let pos = offset;
  for (let i = 0; i < count; i++) {
    if (pos + 4 > data.total) return null;
    if (pos < winStart || pos + 4 > winStart + win.length) {
      winStart = pos;
      const bytes = await data.read(pos, Math.min(WINDOW, data.total - pos));
      win = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    pos += 4 + win.readUInt32LE(pos - winStart);
    if (pos > data.total) return null;
  }
  return pos - offset;
}
function shownName(entry) {
  return path5.posix.basename(entry.replace(/\\/g, "/"));
}
function sizeMismatch(file, number, data, offset, overrun) {
  const [only] = data.shards;
  if (!only) {
    return new InputError(
      file,
      "truncated",
      `group ${number} needs ${offset} bytes, but its "paths" list no shard file`,
      "Add the shard file names to weightsManifest (and commit the shards next to model.json)."
    );
  }
  const shardList = data.shards.length === 1 ? shownName(only.entry) : `one of ${data.shards.map((s) => `${shownName(s.entry)} (${s.size} bytes)`).join(", ")}`;
  const needs = overrun !== void 0 ? `needs more than ${data.total} bytes (string weight ${JSON.stringify(overrun)} runs past the end)` : `needs ${offset} bytes`;
  const short = overrun !== void 0 || offset > data.total;
  const why = short ? `${shardList} is truncated or not the right file` : `${shardList} ${isAre(data.shards.length)} longer than the manifest describes: not the right file, or model.json lists too few weights`;
  return new InputError(
    file,
    short ? "truncated" : "corrupt",
    `group ${number} ${needs}, shards hold ${data.total} (${why})`,
    "Re-export the model or download the shards again: model.json and its shards must come from the same export."
  );
}
async function locateWeights(file, groups) {
  const shardGroups = [];
  const located = [];
  for (const [gi, g] of groups.entries()) {
    const number = gi + 1;
    const data = await openShardGroup(file, number, g.paths);
    shardGroups.push(data);
    const paths = data.shards.map((s) => s.entry);
    let offset = 0;
    let overrun;
    for (const w of g.weights) {
      let byteLength;
      if (w.dtype === "string" && !w.quantization) {
        const n = await stringByteLength(data, offset, w.count);
        if (n === null) {
          overrun = w.name;
          break;
        }
        byteLength = n;
      } else {
        byteLength = w.count * storedBytesPerElement(w.dtype, w.quantization);
      }
      located.push({ w, locator: { kind: "tfjs", group: number, offset, byteLength, count: w.count, paths } });
      offset += byteLength;
    }
    if (overrun !== void 0 || offset !== data.total) throw sizeMismatch(file, number, data, offset, overrun);
  }
  return { shardGroups, located };
}

// src/formats/tfjs.ts
var TFJS_DTYPES = /* @__PURE__ */ new Set(["float32", "int32", "bool", "string", "complex64"]);
function layersKind(file, json) {
  const kind = isTfjsModelJson(json);
  if (kind === "graph-model") throw tfjsGraphModelError(file);
  if (kind === null) {
    throw new InputError(
      file,
      "not-keras",
      "not a TF.js layers model: expected modelTopology (a Keras model config) and weightsManifest, or a bare weights manifest",
      "Point weightgate at the model.json written by `tensorflowjs_converter` or by `model.save()` in TF.js."
    );
  }
  return kind;
}
function describeProducer(json, kind, topo) {
  const generatedBy = textAt(json, "generatedBy");
  const convertedBy = textAt(json, "convertedBy");
  const kerasVersion = topo?.kerasVersion ?? kerasVersionFromGeneratedBy(generatedBy);
  const producer = {};
  if (kerasVersion) producer.kerasVersion = kerasVersion;
  if (topo?.backend) producer.backend = topo.backend;
  if (generatedBy) producer.generatedBy = generatedBy;
  if (convertedBy) producer.convertedBy = convertedBy;
  const formatLabel = kind === "weights-manifest" ? "TF.js weights manifest (no model topology)" : isConverterLayout(json) ? `TF.js layers-model (converted from Keras${kerasVersion ? ` ${kerasVersion}` : ""})` : `TF.js layers-model${kerasVersion ? ` (${kerasVersion})` : ""}`;
  return { producer, formatLabel };
}
function generationOf2(kerasVersion, names) {
  if (kerasVersion) return detectGeneration({}, kerasVersion);
  return names.some((n) => KERAS3_VARS.test(n)) ? 3 : 2;
}
function toVariable(w, locator, objectPath, index) {
  const v = {
    name: w.name,
    path: w.name,
    objectPath,
    index,
    shape: w.shape,
    dtype: w.dtype,
    byteLength: locator.byteLength,
    locator
  };
  if (w.quantization) {
    v.storedDtype = w.quantization.dtype;
    v.quantization = { ...w.quantization };
  }
  return v;
}
function assignLayers(modelWeights, names) {
  const resolver = new LayerResolver(names, modelWeights.map((x) => x.w.name));
  const out = { layers: [], unmatched: [], duplicates: [], keras3Vars: 0 };
  const byName = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const { w, locator } of modelWeights) {
    if (seen.has(w.name)) out.duplicates.push(w.name);
    seen.add(w.name);
    const r = resolver.resolve(w.name);
    if (r.keras3Vars) out.keras3Vars++;
    else if (names && !r.matched) out.unmatched.push(w.name);
    if (r.prefixed && r.matched && !out.prefixedExample) out.prefixedExample = w.name;
    let layer = byName.get(r.layer);
    if (!layer) {
      layer = { name: r.layer, nameRecorded: r.recorded, path: r.path, position: out.layers.length, weights: [] };
      byName.set(r.layer, layer);
      out.layers.push(layer);
    }
    layer.weights.push(toVariable(w, locator, r.objectPath, r.index ?? layer.weights.length));
  }
  return out;
}
function notesOn(all, a, names, optimizerCount) {
  const notes = [];
  const by = /* @__PURE__ */ new Map();
  for (const { w } of all) if (w.quantization) by.set(w.quantization.dtype, (by.get(w.quantization.dtype) ?? 0) + 1);
  const quantised = [...by.values()].reduce((n, k) => n + k, 0);
  if (quantised) {
    const kinds = [...by].map(([d, n]) => `${n} as ${d}`).join(", ");
    notes.push(`${quantised} of ${plural(all.length, "weight")} ${isAre(quantised)} stored quantised (${kinds}); their values are decoded the way TF.js does (q\xB7scale + min), so compare them within half a scale step.`);
  }
  if (a.prefixedExample) {
    notes.push(`Weight names carry a prefix before the layer name (${JSON.stringify(a.prefixedExample)}), as Keras 3 writes them; stock TF.js matches weights by name and refuses these ("Provided weight data has no target variable: ${a.prefixedExample}").`);
  }
  if (a.keras3Vars) {
    notes.push(`${plural(a.keras3Vars, "weight")} ${isAre(a.keras3Vars)} named by Keras 3 object path (\`layers/<x>/vars/<i>\`, from converting a .keras file): the layer names are derived from class names, not recorded, and stock TF.js cannot load them by name.`);
  }
  if (a.unmatched.length) {
    const list = a.unmatched.slice(0, 3).map((n) => JSON.stringify(n)).join(", ");
    notes.push(`${plural(a.unmatched.length, "weight")} ${a.unmatched.length === 1 ? "matches" : "match"} no layer in modelTopology (${list}${a.unmatched.length > 3 ? ", \u2026" : ""}); their layer is guessed from the name.`);
  }
  if (a.duplicates.length) {
    notes.push(`The manifest lists ${[...new Set(a.duplicates)].map((n) => JSON.stringify(n)).slice(0, 3).join(", ")} more than once; TF.js keeps only the last copy.`);
  }
  if (names) {
    const rank = new Map(names.order.map((n, i) => [n, i]));
    const positions = a.layers.filter((l) => l.nameRecorded).map((l) => rank.get(l.name) ?? -1);
    if (positions.some((p, i) => i > 0 && p < (positions[i - 1] ?? p))) {
      notes.push("The manifest lists layers in a different order than the model (the TF.js converter sorts weights by name); match its layers by name, not by position.");
    }
  }
  const foreign = [...new Set(all.map((x) => x.w.dtype).filter((d) => !TFJS_DTYPES.has(d)))];
  if (foreign.length) {
    notes.push(`The manifest uses dtype ${foreign.join(", ")}, which TF.js cannot load ("Unsupported dtype in weight"); the values are still read here.`);
  }
  if (optimizerCount) notes.push(`${plural(optimizerCount, "optimizer weight")} kept apart from the model weights.`);
  return notes;
}
function variableReader(file, shardGroups, known, limits) {
  const budget = new ReadBudget(file, limits);
  return async (v) => {
    const loc = v.locator;
    const data = isTfjsLocator(loc) ? shardGroups[loc.group - 1] : void 0;
    if (!known.has(v) || !isTfjsLocator(loc) || !data) {
      throw new Error(`${file}: read() was given a variable (${v.name}) that this TF.js artifact did not produce`);
    }
    budget.take(loc.count, `weight ${JSON.stringify(v.name)}`);
    const bytes = await data.read(loc.offset, loc.byteLength);
    return decodeWeight(bytes, { name: v.name, dtype: v.dtype, count: loc.count, quantization: v.quantization });
  };
}
async function readTfjsArtifact(file, json, limits = DEFAULT_LIMITS) {
  const kind = layersKind(file, json);
  const groups = parseManifest(file, isObject(json) ? json.weightsManifest : json);
  resolveShardPaths(file, groups.map((g) => g.paths));
  const topo = kind === "layers-model" ? tfjsTopologyConfig(json, file, limits) : null;
  const { producer, formatLabel } = describeProducer(json, kind, topo);
  const { shardGroups, located } = await locateWeights(file, groups);
  const modelWeights = located.filter((x) => !x.w.optimizer);
  const names = topo ? topologyNames(topo.modelConfig) : null;
  const assigned = assignLayers(modelWeights, names);
  const optimizer = located.filter((x) => x.w.optimizer).map(({ w, locator }, i) => toVariable(w, locator, "optimizer", i));
  const known = /* @__PURE__ */ new Set([...assigned.layers.flatMap((l) => l.weights), ...optimizer]);
  return {
    source: file,
    format: "tfjs-layers",
    formatLabel,
    generation: generationOf2(producer.kerasVersion, modelWeights.map((x) => x.w.name)),
    producer,
    layers: assigned.layers,
    optimizer,
    notes: notesOn(located, assigned, names, optimizer.length),
    read: variableReader(file, shardGroups, known, limits),
    // Shards are opened per read and closed straight after, so nothing stays open.
    close: () => Promise.resolve()
  };
}

// src/formats/open.ts
function swappedPairError(defFile, format, weightsFile, hint = "Pass the definition first: `weightgate diff model.json weights.h5`.") {
  return new InputError(defFile, "not-keras", `${format} holds weights but no model definition, and ${path6.basename(weightsFile)} is a definition: the two are the wrong way round`, hint);
}
async function openFile(file, options = {}) {
  try {
    return await openUnchecked(file, resolveLimits(options.limits));
  } catch (err) {
    throw asInputError(file, err);
  }
}
async function openUnchecked(file, limits) {
  const kind = await sniff(file, limits);
  switch (kind.kind) {
    case "directory":
      return openDirectory(file, limits);
    case "hdf5":
      return openH5(file, limits);
    case "zip":
      return openKerasArchive(file, limits);
    case "json":
      return openJson(file, limits);
    case "npy":
      throw new InputError(file, "not-keras", "a NumPy array (.npy), not a model file", "Pass it as a smoke input or expected output instead.");
  }
}
async function openDirectory(dir, limits) {
  if (await isKerasFolder(dir)) return openKerasFolder(dir, limits);
  const names = await readdir(dir);
  if (names.includes("model.json")) {
    await assertInside(dir, dir, path6.join(dir, "model.json"), "model.json");
    return openUnchecked(path6.join(dir, "model.json"), limits);
  }
  throw new InputError(dir, "not-keras", "a folder with neither config.json (unzipped .keras) nor model.json (TF.js)", "Point at the model file itself.");
}
async function openH5(file, limits) {
  const f = await openHdf5(file, limits);
  try {
    const kind = legacyKind(f);
    if (kind) {
      const artifact = readLegacyArtifact(file, f, kind);
      const cfg = kind === "keras-h5-full" ? legacyModelConfig(f) : void 0;
      const definition = cfg ? buildDefinition({
        source: file,
        format: `${artifact.formatLabel} model_config`,
        raw: cfg.config,
        limits,
        producer: { kerasVersion: cfg.kerasVersion ?? artifact.producer.kerasVersion, backend: cfg.backend ?? artifact.producer.backend }
      }) : void 0;
      inferUntaggedBfloat16(artifact, definition, "the file's model_config");
      if (kind === "keras-h5-full" && !cfg) artifact.notes.push("the file has model weights but no model_config attribute (saved without its architecture)");
      return { source: file, format: artifact.formatLabel, definition, artifact };
    }
    if (isKeras3Store(f)) {
      const artifact = readKeras3Artifact(file, f);
      return { source: file, format: artifact.formatLabel, artifact };
    }
    throw notKerasH5(file, f);
  } catch (err) {
    f.close();
    throw err;
  }
}
function notKerasH5(file, f) {
  const keys = f.keys().slice(0, 6).map((k) => quoteName(k, 40));
  const dl4j = attrString(f, "inputs") !== void 0;
  return new InputError(
    file,
    "not-keras",
    `an HDF5 file, but not a Keras one: no layer_names, model_weights or layers/vars groups (top level holds: ${keys.join(", ") || "nothing"})`,
    dl4j ? "This looks like a test-data file (inputs/outputs); use it as smoke input or expected output." : "Check that this is the weights file Keras wrote."
  );
}
async function openJson(file, limits) {
  const json = await readJsonFile(file, limits);
  const tfjs = isTfjsModelJson(json);
  if (tfjs === "graph-model") throw tfjsGraphModelError(file);
  if (tfjs === "layers-model" || tfjs === "weights-manifest") {
    const topo = tfjsTopologyConfig(json, file, limits);
    const artifact = await readTfjsArtifact(file, json, limits);
    const definition = topo ? buildDefinition({ source: file, format: "TF.js layers-model topology", raw: topo.modelConfig, limits, producer: { kerasVersion: topo.kerasVersion, backend: topo.backend } }) : void 0;
    return { source: file, format: artifact.formatLabel, definition, artifact };
  }
  if (isShardedIndex(json)) {
    const artifact = await readShardedArtifact(file, json, limits);
    return { source: file, format: artifact.formatLabel, artifact };
  }
  if (isObject(json) && typeof json.class_name === "string" && "config" in json) {
    const version = typeof json.keras_version === "string" ? json.keras_version : void 0;
    const definition = buildDefinition({
      source: file,
      format: `Keras ${version ?? (json.module ? "3" : "")} model JSON`.replace(/ {2}/, " "),
      raw: json,
      limits,
      producer: { kerasVersion: version, backend: typeof json.backend === "string" ? json.backend : void 0 }
    });
    return { source: file, format: definition.format, definition };
  }
  if (isObject(json) && isObject(json.model_config)) {
    const definition = buildDefinition({ source: file, format: "Keras model JSON", raw: json, limits });
    return { source: file, format: definition.format, definition };
  }
  throw new InputError(
    file,
    "not-keras",
    "JSON, but neither a Keras model (class_name + config), a TF.js model.json, nor a Keras sharded weights index",
    "Write the definition with `model.to_json()`, or point at model.json / .weights.json."
  );
}
async function openPair(defFile, weightsFile, options = {}) {
  const second = weightsFile && path6.resolve(weightsFile) !== path6.resolve(defFile);
  const [opened, other] = await Promise.allSettled([openFile(defFile, options), second ? openFile(weightsFile, options) : void 0]);
  if (opened.status === "rejected" || other.status === "rejected") {
    if (opened.status === "fulfilled") await opened.value.artifact?.close();
    if (other.status === "fulfilled") await other.value?.artifact?.close();
    throw opened.status === "rejected" ? opened.reason : other.reason;
  }
  const def = opened.value;
  const weights = other.value ?? def;
  if (!def.definition) {
    await def.artifact?.close();
    if (weights !== def) await weights.artifact?.close();
    if (weightsFile && weights !== def && weights.definition) throw swappedPairError(defFile, def.format, weightsFile, options.pairHints?.swapped);
    throw new InputError(defFile, "not-keras", `${def.format} holds weights but no model definition`, options.pairHints?.noDefinition ?? "Pass the definition first: `weightgate diff model.json weights.h5`.");
  }
  if (!weights.artifact) {
    await def.artifact?.close();
    throw new InputError(weightsFile ?? defFile, "not-keras", `${weights.format} holds a definition but no weights`, "Pass a weights file as the second argument.");
  }
  return {
    def,
    weights,
    async close() {
      await def.artifact?.close();
      if (weights !== def) await weights.artifact?.close();
    }
  };
}

export {
  parseJsonText,
  readJsonFile,
  makeTempDir,
  removeTempDir,
  ARCHIVE,
  isShardedIndex,
  isManifestGroup,
  resolveShardPath,
  parseManifest,
  swappedPairError,
  openFile,
  openPair
};
