import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  smokeIsolated
} from "./chunk-OQBCMCWV.js";
import {
  isRemote
} from "./chunk-4FE4NXSA.js";
import {
  assertInside,
  isAre,
  noun,
  plural,
  withArticle
} from "./chunk-RZE5GDZC.js";
import {
  prewarmSmokeEngine
} from "./chunk-RCVQXQDM.js";
import {
  DEFAULT_LIMITS,
  DTYPE_BYTES,
  LayerConfigError,
  MODEL_CLASSES,
  RECURRENT_GATES,
  ReadBudget,
  UnresolvedShape,
  addDims,
  asShape,
  asText,
  bool,
  broadcastShapes,
  builtInputShapes,
  checkEntries,
  commonBatch,
  convLstm,
  convOutputLength,
  cudnn,
  declaredInputShape,
  decodeWeight,
  deconvOutputLength,
  detectGeneration,
  dtypeFacts,
  exprShape,
  extractEntry,
  formatLimit,
  innerCall,
  inputShape,
  isChannelsFirst,
  isObject,
  limitError,
  listZip,
  mulDim,
  nest,
  nestedLayer,
  normalizeAxis,
  num,
  objectPathName,
  paddingMode,
  parseInboundNodes,
  parseLayerRefs,
  parseLimitOption,
  pick,
  preprocessForLoading,
  product,
  pyShape,
  readEntryText,
  recurrent,
  recurrentOutputs,
  requireDim,
  requireDims,
  requireRank,
  resetAfterAssumption,
  resolveLimits,
  rnn,
  storedBytesPerElement,
  toTuple,
  unwrapModelConfig,
  variable,
  writtenByTfjs
} from "./chunk-44QQ4SX4.js";
import {
  InputError,
  LFS_HINT,
  asInputError,
  quoteName
} from "./chunk-W2JV3UC6.js";
import {
  HostFailure,
  hdf5Call,
  setHdf5Parallelism
} from "./chunk-3RKB2P6L.js";

// src/formats/open.ts
import { readdir } from "node:fs/promises";
import path7 from "node:path";

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
  throw new LayerConfigError(`shared_axes must be an int or a list of ints, got ${JSON.stringify(raw)}`);
}
var prelu = {
  variables(call3) {
    const input = inputShape(call3);
    const shape2 = input.slice(1);
    for (const a of sharedAxes(call3.config.shared_axes)) {
      if (a < 1 || a > shape2.length) throw new LayerConfigError(`PReLU shared axis ${a} out of range`);
      shape2[a - 1] = 1;
    }
    return [variable(call3.generation === 1 ? "alphas" : "alpha", requireDims(shape2, "PReLU alpha"))];
  },
  outputShapes: passThrough.outputShapes
};

// src/model/layers/einsum.ts
function analyzeEinsum(equation, biasAxes, input, partialOutput) {
  const dotted = equation.replace(/\.\.\./g, "0");
  let m = /^([a-zA-Z]+),([a-zA-Z]+)->([a-zA-Z]+)$/.exec(dotted);
  if (m) return analyzeSplit(m[1], m[2], m[3], biasAxes, input, partialOutput, false);
  m = /^0([a-zA-Z]+),([a-zA-Z]+)->0([a-zA-Z]+)$/.exec(dotted);
  if (m) return analyzeSplit(m[1], m[2], m[3], biasAxes, input, partialOutput, true);
  m = /^([a-zA-Z]{2,})0,([a-zA-Z]+)->([a-zA-Z]+)0$/.exec(dotted);
  if (m) return analyzeSplit(m[1], m[2], m[3], biasAxes, input, partialOutput, false);
  throw new LayerConfigError(`invalid einsum equation '${equation}'`);
}
function analyzeSplit(inputSpec, weightSpec, outputSpec, biasAxes, input, partialOutput, leftElided) {
  const elided = input.length - inputSpec.length;
  const output = typeof partialOutput === "number" ? [partialOutput] : [...partialOutput];
  output.unshift(input[0]);
  if (elided > 0 && leftElided) {
    for (let i = 1; i < elided; i++) output.splice(i, 0, input[i]);
  } else if (elided > 0) {
    for (let i = input.length - elided; i < input.length; i++) output.push(input[i]);
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
    const inDim = input[ii];
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
    bias = [...outputSpec.slice(first)].map((c) => biasAxes.includes(c) ? output[outputIndex.get(c)] ?? null : 1);
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
    inp += LETTERS[k];
    out += LETTERS[k];
  }
  for (let i = 0; i < boundDims; i++, k++) {
    inp += LETTERS[k];
    ker += LETTERS[k];
  }
  for (let i = 0; i < outputDims; i++, k++) {
    ker += LETTERS[k];
    out += LETTERS[k];
    bias += LETTERS[k];
  }
  return { equation: `${inp},${ker}->${out}`, biasAxes: bias, outputRank: out.length };
}
function projOutputShape(outputRank, known) {
  return [...Array(outputRank - known.length).fill(null), ...known];
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
  const outDims = rawOut === null || rawOut === void 0 ? [query[query.length - 1]] : typeof rawOut === "number" ? [rawOut] : rawOut;
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
    const parts = mhaParts(call3);
    return [parts[parts.length - 1].output];
  }
};
function gqaParts(call3) {
  const c = call3.config;
  const { query, value, key } = qkv(call3);
  const headDim = num(c, "head_dim");
  const qHeads = num(c, "num_query_heads");
  const kvHeads = num(c, "num_key_value_heads");
  const useBias = bool(c, "use_bias", true);
  const feature = query[query.length - 1];
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
    [query[0], query[1], qHeads, headDim],
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
  return [[...query.slice(0, -1), value[value.length - 1]]];
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
  return channelsFirst ? { batch: input[0], channels: input[1], spatial: input.slice(2) } : { batch: input[0], channels: input[input.length - 1], spatial: input.slice(1, -1) };
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
  return spatial.map((d, i) => convOutputLength(d, g.kernel[i], g.padding, g.strides[i], g.dilation[i]));
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
      const spatial = l.spatial.map((d, i) => deconvOutputLength(d, g.kernel[i], g.padding, outPad ? outPad[i] : null, g.strides[i], g.dilation[i]));
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
    const units2 = num(call3.config, "units");
    const vars = [variable("kernel", [inDim, units2])];
    if (bool(call3.config, "use_bias", true)) vars.push(variable("bias", [units2]));
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
  const out = call3.config.output_shape;
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
    const batchShape = pick(c, "batch_shape", "batch_input_shape");
    if (Array.isArray(batchShape)) return [batchShape];
    const shape2 = pick(c, "shape", "input_shape");
    if (Array.isArray(shape2)) return [[typeof c.batch_size === "number" ? c.batch_size : null, ...shape2]];
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
    let out = shapes[0].slice(1);
    for (const s of shapes.slice(1)) out = broadcastShapes(out, s.slice(1));
    return [[commonBatch(shapes), ...out]];
  }
};
function concatShapes(shapes, axisRaw) {
  const rank = shapes[0].length;
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
  if (typeof axesRaw === "number") {
    axes = axesRaw < 0 ? [normalizeAxis(axesRaw, a.length), normalizeAxis(axesRaw, b.length)] : [axesRaw, axesRaw];
  } else if (Array.isArray(axesRaw) && axesRaw.length === 2) {
    axes = [normalizeAxis(axesRaw[0], a.length), normalizeAxis(axesRaw[1], b.length)];
  } else {
    throw new LayerConfigError(`Dot axes must be an int or a pair, got ${JSON.stringify(axesRaw)}`);
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
function lastDim(call3, what) {
  const input = call3.inputShapes[0];
  const d = input ? input[input.length - 1] : null;
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
    return withBias(call3, [variable("W", [lastDim(call3, "Dense input dim"), out])], out);
  },
  outputShapes(call3) {
    return [[...inputShape(call3).slice(0, -1), num(call3.config, "output_dim")]];
  }
};
var maxoutDense = {
  variables(call3) {
    const k = num(call3.config, "nb_feature", 4);
    const out = num(call3.config, "output_dim");
    return withBias(call3, [variable("W", [k, lastDim(call3, "MaxoutDense input dim"), out])], [k, out]);
  },
  outputShapes: dense2.outputShapes
};
var highway = {
  variables(call3) {
    const d = lastDim(call3, "Highway input dim");
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
    return withBias(call3, [variable("W", [k, 1, lastDim(call3, "Convolution1D input dim"), f])], f);
  },
  outputShapes(call3) {
    const input = inputShape(call3);
    requireRank(input, 3, call3);
    const c = call3.config;
    const len = convOutputLength(
      input[1],
      num(c, "filter_length"),
      paddingMode(c),
      num(c, "subsample_length", 1),
      num(c, "atrous_rate", 1)
    );
    return [[input[0], len, num(c, "nb_filter")]];
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
      const shape2 = isChannelsFirst(call3.config) ? [f, stack, ...k] : [...k, stack, f];
      return withBias(call3, [variable("W", shape2)], f);
    },
    outputShapes(call3) {
      const c = call3.config;
      const input = inputShape(call3);
      requireRank(input, rank + 2, call3);
      const cf = isChannelsFirst(c);
      const l = splitChannels(input, cf);
      const filters = num(c, "nb_filter");
      if (call3.className === "Deconvolution2D") {
        const out = c.output_shape;
        const spatial2 = cf ? out.slice(2, 4) : out.slice(1, 3);
        return [joinChannels({ batch: l.batch, spatial: spatial2, channels: filters }, cf)];
      }
      const k = kernelOf(c);
      const strides = toTuple(c.subsample ?? 1, rank, "subsample");
      const dilation = toTuple(c.atrous_rate ?? 1, rank, "atrous_rate");
      const padding = paddingMode(c);
      const spatial = l.spatial.map((d, i) => convOutputLength(d, k[i], padding, strides[i], dilation[i]));
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
    const shape2 = [requireDim(input[a], "BatchNormalization axis dim")];
    return [
      variable("gamma", shape2),
      variable("beta", shape2),
      variable("running_mean", shape2, false),
      variable("running_std", shape2, false)
    ];
  },
  outputShapes: passThrough.outputShapes
};
function perElement(...names) {
  return {
    variables(call3) {
      const shape2 = requireDims(inputShape(call3).slice(1), `${call3.className} parameter`);
      return names.map((n) => variable(n, shape2));
    },
    outputShapes: passThrough.outputShapes
  };
}
function recurrent1(gates) {
  return {
    variables(call3) {
      const out = num(call3.config, "output_dim");
      const inDim = lastDim(call3, `${call3.className} input dim`);
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
    if (shapes.length < 2) throw new UnresolvedShape(`Merge '${call3.name}' needs at least 2 input shapes`);
    const mode = c.mode ?? "sum";
    switch (mode) {
      case "sum":
      case "mul":
      case "ave":
      case "max": {
        let out = shapes[0].slice(1);
        for (const s of shapes.slice(1)) out = broadcastShapes(out, s.slice(1));
        return [[commonBatch(shapes), ...out]];
      }
      case "concat":
        return [concatShapes(shapes, typeof c.concat_axis === "number" ? c.concat_axis : -1)];
      case "dot":
      case "cos":
        return [dotShapes(shapes[0], shapes[1], c.dot_axes ?? -1)];
      default: {
        const declared = c.output_shape;
        if (c.output_shape_type === "raw" && Array.isArray(declared)) return [declared];
        throw new UnresolvedShape(`Merge '${call3.name}' uses a custom merge function`);
      }
    }
  }
};
var timeDistributedDense = {
  variables: dense2.variables,
  outputShapes(call3) {
    const input = inputShape(call3);
    return [[input[0], input[1], num(call3.config, "output_dim")]];
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
    throw new LayerConfigError(`axis must be an int or a list of ints, got ${JSON.stringify(raw)}`);
  }
  return list.map((a) => normalizeAxis(a, rank));
}
function batchNormParamShape(input, axisRaw, virtualBatch) {
  const axes = axesOf(axisRaw, input.length, -1);
  for (const a of axes) requireDim(input[a], `BatchNormalization axis ${a} dim`);
  if (axes.length === 1 && !virtualBatch) return [input[axes[0]]];
  const shape2 = input.map((d, i) => axes.includes(i) ? d : 1);
  if (virtualBatch) shape2.splice(1, 0, 1);
  return shape2;
}
var batchNormalization2 = {
  variables(call3) {
    const c = call3.config;
    const virtualBatch = typeof c.virtual_batch_size === "number";
    const shape2 = batchNormParamShape(inputShape(call3), c.axis, virtualBatch);
    const vars = [];
    if (bool(c, "scale", true)) vars.push(variable("gamma", shape2));
    if (bool(c, "center", true)) vars.push(variable("beta", shape2));
    vars.push(variable("moving_mean", shape2, false), variable("moving_variance", shape2, false));
    if (bool(c, "renorm", false)) {
      vars.push(
        variable("moving_stddev", shape2, false),
        variable("renorm_mean", shape2, false),
        variable("renorm_stddev", shape2, false)
      );
    }
    return vars;
  },
  outputShapes: passThrough.outputShapes
};
function dimsAt(input, axes, what) {
  return requireDims(axes.map((a) => input[a]), what);
}
var layerNormalization = {
  variables(call3) {
    const c = call3.config;
    const input = inputShape(call3);
    const shape2 = dimsAt(input, axesOf(c.axis, input.length, -1), "LayerNormalization axis dim");
    const rms = bool(c, "rms_scaling", false);
    const vars = [];
    if (bool(c, "scale", true) || rms) vars.push(variable("gamma", shape2));
    if (bool(c, "center", true) && !rms) vars.push(variable("beta", shape2));
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
    const axes = Array.isArray(raw) ? [...raw].sort((a, b) => a - b) : raw;
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
      const pool2 = toTuple(pick(c, "pool_size", "pool_length") ?? 2, rank, "pool_size");
      const strides = toTuple(pick(c, "strides", "stride") ?? pool2, rank, "strides");
      const cf = isChannelsFirst(c);
      const l = splitChannels(input, cf);
      const padding = paddingMode(c);
      const spatial = l.spatial.map((d, i) => convOutputLength(d, pool2[i], padding, strides[i]));
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
    if (!list.every((a) => typeof a === "number")) throw new LayerConfigError(`bad Normalization axis ${JSON.stringify(raw)}`);
    const keep = [...new Set(list.map((a) => normalizeAxis(a, input.length)))].sort((a, b) => a - b);
    const shape2 = keep.map((a) => requireDim(input[a], `Normalization axis ${a} dim`));
    return [
      variable("mean", shape2, false),
      variable("variance", shape2, false),
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
  encodedShape(inputShape(call3), numOr(call3.config.num_tokens), String(call3.config.output_mode ?? "multi_hot"))
]);
var hashing = weightless((call3) => [
  encodedShape(inputShape(call3), numOr(call3.config.num_bins), String(call3.config.output_mode ?? "int"))
]);
var hashedCrossing = weightless((call3) => [
  encodedShape(inputShape(call3), numOr(call3.config.num_bins), String(call3.config.output_mode ?? "int"))
]);
var discretization = weightless((call3) => {
  const c = call3.config;
  const depth = typeof c.num_bins === "number" ? c.num_bins : Array.isArray(c.bin_boundaries) ? c.bin_boundaries.length + 1 : null;
  return [encodedShape(inputShape(call3), depth, String(c.output_mode ?? "int"))];
});
var lookup = weightless((call3) => {
  const c = call3.config;
  const depth = numOr(c.vocabulary_size) ?? numOr(c.max_tokens);
  return [encodedShape(inputShape(call3), depth, String(c.output_mode ?? "int"))];
});
var textVectorization = weightless((call3) => {
  const c = call3.config;
  const input = inputShape(call3);
  const mode = String(c.output_mode ?? "int");
  if (mode === "int") return [[input[0], numOr(c.output_sequence_length)]];
  return [[input[0], numOr(c.vocabulary_size) ?? numOr(c.max_tokens)]];
});

// src/model/layers/reshaping.ts
function weightless2(outputShapes) {
  return { variables: () => [], outputShapes };
}
var flatten = weightless2((call3) => {
  const input = inputShape(call3);
  return [[input[0], input.length === 1 ? 1 : product(input.slice(1))]];
});
var reshape = weightless2((call3) => {
  const input = inputShape(call3);
  const target = call3.config.target_shape;
  if (!Array.isArray(target)) throw new LayerConfigError("Reshape has no target_shape");
  const dims = target.map((d) => d === -1 ? null : d);
  const unknown = target.filter((d) => d === -1 || d === null).length;
  if (unknown === 1) {
    const total = product(input.slice(1));
    const known = product(dims.filter((d) => d !== null));
    if (total !== null && known !== null && known !== 0) {
      dims[dims.findIndex((d) => d === null)] = total / known;
    }
  }
  return [[input[0], ...dims]];
});
var permute = weightless2((call3) => {
  const input = inputShape(call3);
  const dims = call3.config.dims;
  if (!Array.isArray(dims)) throw new LayerConfigError("Permute has no dims");
  return [[input[0], ...dims.map((d) => input[d] ?? null)]];
});
var repeatVector = weightless2((call3) => {
  const input = inputShape(call3);
  return [[input[0], num(call3.config, "n"), ...input.slice(1)]];
});
function normalizePairs(raw, n, what) {
  if (typeof raw === "number") return Array.from({ length: n }, () => [raw, raw]);
  if (raw && typeof raw === "object" && !Array.isArray(raw)) {
    const d = raw;
    const get = (k) => typeof d[k] === "number" ? d[k] : 0;
    if (n === 1) return [[get("left_pad"), get("right_pad")]];
    if (n === 2) return [[get("top_pad"), get("bottom_pad")], [get("left_pad"), get("right_pad")]];
  }
  if (Array.isArray(raw)) {
    if (n === 1 && raw.length === 2 && raw.every((v) => typeof v === "number")) return [[raw[0], raw[1]]];
    if (raw.length === 2 * n && n > 1 && raw.every((v) => typeof v === "number")) {
      return Array.from({ length: n }, (_, i) => [raw[2 * i], raw[2 * i + 1]]);
    }
    if (raw.length === n) {
      return raw.map((v) => {
        if (typeof v === "number") return [v, v];
        if (Array.isArray(v) && v.length === 2) return [v[0], v[1]];
        throw new LayerConfigError(`${what}: bad entry ${JSON.stringify(v)}`);
      });
    }
    if (n === 1 && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 2) return [[raw[0][0], raw[0][1]]];
  }
  throw new LayerConfigError(`${what}: cannot read ${JSON.stringify(raw)} for ${n} dims`);
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
    const pairs = normalizePairs(call3.config.padding ?? PAD_DEFAULT, rank, "padding");
    return addDims(d, pairs[i][0] + pairs[i][1]);
  });
}
function cropping(rank) {
  return spatialOp(rank, (d, i, call3) => {
    const pairs = normalizePairs(call3.config.cropping ?? (rank === 2 ? 0 : 1), rank, "cropping");
    return addDims(d, -(pairs[i][0] + pairs[i][1]));
  });
}
function upSampling(rank) {
  return spatialOp(rank, (d, i, call3) => {
    const size = toTuple(pick(call3.config, "size", "length") ?? 2, rank, "size");
    return mulDim(d, size[i]);
  });
}
var fixedImageSize = weightless2((call3) => {
  const input = inputShape(call3);
  const cf = isChannelsFirst(call3.config);
  const h = num(call3.config, "height");
  const w = num(call3.config, "width");
  if (input.length === 3) return [cf ? [input[0], h, w] : [h, w, input[2]]];
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
  const name = typeof layer.config.name === "string" ? layer.config.name : "";
  const forward = { className: layer.className, config: { ...layer.config, name: `forward_${removePrefix(name, "forward_")}` } };
  const raw = call3.config.backward_layer;
  const backward = raw ? nestedLayer(raw, "Bidirectional.backward_layer") : {
    className: layer.className,
    config: {
      ...layer.config,
      go_backwards: !layer.config.go_backwards,
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
        ...nest(fw, "forward_layer", forward.config.name),
        ...nest(bw, "backward_layer", backward.config.name)
      ];
    },
    outputShapes(call3) {
      const { forward, backward } = directions(call3);
      const seq = inputShape(call3);
      const [fOut, ...fStates] = specFor(lookup2, forward, call3).outputShapes(innerCall(call3, forward, [seq]));
      const [bOut, ...bStates] = specFor(lookup2, backward, call3).outputShapes(innerCall(call3, backward, [seq]));
      const mode = call3.config.merge_mode === void 0 ? "concat" : call3.config.merge_mode;
      let merged;
      switch (mode) {
        case "concat": {
          const last = fOut.length - 1;
          merged = [[...fOut.slice(0, last), addDims(fOut[last], bOut[last])]];
          break;
        }
        case "sum":
        case "mul":
        case "ave":
          merged = [fOut];
          break;
        case null:
          merged = [fOut, bOut];
          break;
        default:
          throw new LayerConfigError(`unknown Bidirectional merge_mode ${JSON.stringify(mode)}`);
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
    return { inner, input, sub: innerCall(call3, inner, [[input[0], ...input.slice(2)]]) };
  };
  return {
    variables(call3) {
      const { inner, sub } = stepCall(call3);
      const scope = call3.generation === 3 ? sub.name : "";
      return nest(specFor(lookup2, inner, call3).variables(sub), "layer", scope);
    },
    outputShapes(call3) {
      const { inner, input, sub } = stepCall(call3);
      return specFor(lookup2, inner, call3).outputShapes(sub).map((s) => [s[0], input[1], ...s.slice(1)]);
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
        { name: "vector_u", shape: [1, kernel.shape[kernel.shape.length - 1]], trainable: false, owner: "", scope: "" }
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
var FLOAT_POLICIES = /* @__PURE__ */ new Set(["DTypePolicy", "FloatDTypePolicy", "Policy", "DTypePolicyMap"]);
function quantizationMode(config) {
  const d = config.dtype;
  if (d && typeof d === "object" && typeof d.class_name === "string" && !FLOAT_POLICIES.has(d.class_name)) {
    const mode = d.config?.mode;
    return typeof mode === "string" ? mode : d.class_name;
  }
  const q = config.quantization_config;
  if (q && typeof q === "object") {
    const mode = q.config?.mode ?? q.mode;
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
var KERAS_OPS = /* @__PURE__ */ new Set([
  "NotEqual",
  "Equal",
  "Greater",
  "GreaterEqual",
  "Less",
  "LessEqual",
  "LogicalAnd",
  "LogicalOr",
  "LogicalNot",
  "Cast",
  "ExpandDims",
  "Squeeze",
  "Transpose",
  "Matmul",
  "GetItem",
  "Sum",
  "Mean",
  "Max",
  "Min",
  "Abs",
  "Sqrt",
  "Exp",
  "Log",
  "Tanh",
  "Sigmoid",
  "Where",
  "Take",
  "Stack",
  "Split",
  "Slice",
  "BroadcastTo",
  "Any",
  "All",
  "Argmax"
]);
var MAX_LAYERS = DEFAULT_LIMITS.maxLayers;
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
function entryOf(raw, generation) {
  if (!isObject(raw) || typeof raw.class_name !== "string") return void 0;
  const config = isObject(raw.config) ? raw.config : Array.isArray(raw.config) ? { layers: raw.config } : {};
  const name = asText(raw.name ?? config.name, raw.class_name);
  const module = typeof raw.module === "string" ? raw.module : void 0;
  return {
    raw,
    name,
    className: raw.class_name,
    config,
    module,
    registeredName: typeof raw.registered_name === "string" ? raw.registered_name : void 0,
    inbound: parseInboundNodes(raw.inbound_nodes),
    // Keras 3 records raw `keras.ops` calls (e.g. NotEqual for masks) as graph entries that are not layers;
    // its legacy .h5 writer drops `module`, so the op's class name has to say it there.
    isOperation: generation === 3 && (module !== void 0 ? /^keras(\.src)?\.ops\b/.test(module) : KERAS_OPS.has(raw.class_name))
  };
}
function isNestedModel(e) {
  return MODEL_CLASSES.has(e.className) || Array.isArray(e.config.layers) && ("input_layers" in e.config || "output_layers" in e.config);
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
  const entries = layersRaw.map((r) => entryOf(r, ctx.generation)).filter((e) => e !== void 0);
  if (entries.length < layersRaw.length) ctx.notes.push(`${layersRaw.length - entries.length} layer entr${layersRaw.length - entries.length === 1 ? "y has" : "ies have"} no class_name and were ignored`);
  const functional = className !== "Sequential" && (entries.some((e) => e.inbound.length > 0) || isObject(cfg) && "input_layers" in cfg);
  if (!functional && className !== "Sequential" && !MODEL_CLASSES.has(className) && !entries.length) {
    ctx.notes.push(`'${className}' is a subclassed model: its layers are defined in Python code, not in the config, so the expected weights cannot be derived from the definition`);
    return { className, name, layers: [], inputs: [], outputs: [], outputShapes: [] };
  }
  return functional ? walkFunctional(className, name, cfg, entries, ctx) : walkSequential(className, name, isObject(cfg) ? cfg : {}, entries, ctx, inputOverride);
}
function walkSequential(className, name, cfg, entries, ctx, inputOverride) {
  let members = entries;
  let inputName = `${entries[0]?.name ?? name}_input`;
  let inputDtype = "float32";
  let shape2;
  if (entries[0]?.className === "InputLayer") {
    shape2 = declaredInputShape(entries[0].config);
    inputName = entries[0].name;
    inputDtype = String(dtypeFacts(entries[0].config.dtype).variableDtype);
    members = entries.slice(1);
  } else if (entries[0]) {
    shape2 = declaredInputShape(entries[0].config);
    if (typeof entries[0].config.input_dtype === "string") inputDtype = entries[0].config.input_dtype;
  }
  shape2 ??= asShape(cfg.build_input_shape) ?? (members[0] ? builtInputShapes(members[0].raw)?.[0] : void 0) ?? inputOverride;
  if (!shape2) ctx.notes.push(`the Sequential model '${name}' declares no input shape: shapes that depend on it are left open`);
  const inputs = [{ name: inputName, shape: shape2 ?? [null], dtype: inputDtype }];
  const counters = /* @__PURE__ */ new Map();
  const layers = [];
  let current = [shape2];
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
    const shape2 = declaredInputShape(e.config);
    nodeOutputs.set(e.name, [[shape2]]);
    inputs.push({ name: e.name, shape: shape2 ?? [null], dtype: dtypeFacts(e.config.dtype).variableDtype });
  }
  const resolve = (ref) => {
    const outs = nodeOutputs.get(ref.layer);
    if (!byName.has(ref.layer)) return { ready: true, shape: void 0 };
    if (!outs) return { ready: false, shape: void 0 };
    const node = outs[ref.node] ?? outs[ref.node - 1];
    if (!node) return { ready: false, shape: void 0 };
    return { ready: true, shape: node[ref.tensor] ?? node[0] };
  };
  const pending = dependencyOrder(entries.filter((e) => e.className !== "InputLayer"), byName);
  let budget = 50 * (pending.length + pending.reduce((n, e) => n + e.inbound.length, 0)) + 1e4;
  let progress = true;
  for (let pass = 0; progress && pending.length && pass <= entries.length + 1 && budget > 0; pass++) {
    progress = false;
    for (let i = 0; i < pending.length; i++) {
      const e = pending[i];
      budget--;
      const done = nodeOutputs.get(e.name)?.length ?? 0;
      for (let n = done; n < Math.max(e.inbound.length, 1); n++) {
        const call3 = e.inbound[n] ?? { inputs: [], kwargs: {}, tensorKwargs: {} };
        const resolved = call3.inputs.map(resolve);
        const kw = Object.entries(call3.tensorKwargs).map(([k, r]) => [k, resolve(r)]);
        if (!resolved.every((r) => r.ready) || !kw.every(([, r]) => r.ready)) break;
        const shapes = resolved.map((r) => r.shape);
        const kwShapes = Object.fromEntries(kw.map(([k, r]) => [k, r.shape]));
        let outs;
        if (n === 0) {
          const layer = buildLayer(e, shapes, kwShapes, ctx, counters, e.raw, pathOf.get(e.name) ?? "");
          built.set(e.name, layer);
          outs = layer.outputShapes.length ? layer.outputShapes : [void 0];
        } else {
          outs = callOutputs(built.get(e.name), e, shapes, kwShapes, ctx);
        }
        const list = nodeOutputs.get(e.name) ?? [];
        list.push(outs);
        nodeOutputs.set(e.name, list);
        progress = true;
      }
      if ((nodeOutputs.get(e.name)?.length ?? 0) >= Math.max(e.inbound.length, 1)) {
        pending.splice(i, 1);
        i--;
      }
    }
  }
  for (const e of pending) {
    if (!built.has(e.name)) built.set(e.name, buildLayer(e, [void 0], {}, ctx, counters, e.raw, pathOf.get(e.name) ?? ""));
    ctx.notes.push(`layer '${e.name}' could not be connected to the graph (its inbound nodes refer to tensors that never exist)`);
  }
  const layers = entries.map((e) => {
    if (e.className === "InputLayer") {
      return weightless3(e, pathOf.get(e.name) ?? "", [declaredInputShape(e.config) ?? [null]], ctx);
    }
    return built.get(e.name);
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
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next < top.deps.length) {
        const d = top.deps[top.next++];
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
  if (isNestedModel(e)) return buildNested(base, e, inputShapes, ctx);
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
function fill(shape2, className) {
  if (!shape2) return [null, ...Array.from({ length: guessRank(className) - 1 }, () => SENTINEL)];
  return shape2.map((d, i) => i > 0 && d === null ? SENTINEL : d);
}
function clean(shape2) {
  return shape2.map((d) => d === null || !Number.isFinite(d) || d >= SENTINEL_MIN || !Number.isInteger(d) ? null : d);
}
function runSpec(spec, e, dt, inputShapes, kwShapes, ctx, raw) {
  const known = inputShapes.length > 0 && inputShapes.every((s) => s !== void 0);
  const kwKnown = Object.values(kwShapes).every((s) => s !== void 0);
  if (known && kwKnown) {
    try {
      const c = call(e, dt, inputShapes, kwShapes, ctx);
      return { vars: spec.variables(c), outputs: safeOutputs(spec, c), partial: false };
    } catch (err) {
      if (!(err instanceof UnresolvedShape) && !(err instanceof Error)) throw err;
    }
  }
  const builtShapes = builtInputShapes(raw);
  if (builtShapes && (!known || !kwKnown)) {
    try {
      const c = call(e, dt, builtShapes, {}, ctx);
      if (builtShapes.length > 1 && e.className === "MultiHeadAttention") c.inputShapes = builtShapes;
      return { vars: spec.variables(c), outputs: safeOutputs(spec, c), partial: false };
    } catch {
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
    return { vars: [], outputs: [], partial: true, note: `variables cannot be computed: ${why} (${err instanceof Error ? err.message : String(err)})` };
  }
}
function safeOutputs(spec, c) {
  try {
    return spec.outputShapes(c);
  } catch {
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
    const path14 = generation === 1 ? `${e.name}_${v.name}` : [e.name, v.scope, v.name].filter(Boolean).join("/");
    return {
      name: v.name,
      shape: v.shape,
      dtype: v.dtype ?? dt.variableDtype,
      trainable: v.trainable && layerTrainable,
      path: path14,
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
    return spec.outputShapes(call(e, dtypeFacts(e.config.dtype), shapes, kw, ctx));
  } catch {
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
    const where2 = what === "the file" ? "not valid JSON" : `${what} is not valid JSON`;
    throw new InputError(
      file,
      "corrupt",
      `${where2} (${err.message.slice(0, 200)})`,
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

// src/sources/sniff.ts
import { open, stat as stat2 } from "node:fs/promises";
import path from "node:path";
var HDF5_MAGIC = Buffer.from([137, 72, 68, 70, 13, 10, 26, 10]);
var ZIP_MAGIC = Buffer.from([80, 75, 3, 4]);
var EMPTY_ZIP_MAGIC = Buffer.from([80, 75, 5, 6]);
var NPY_MAGIC = Buffer.from([147, 78, 85, 77, 80, 89]);
var LFS_POINTER = "version https://git-lfs.github.com/spec/v1";
async function readHead(file, bytes = 512) {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
async function sniff(file, limits = DEFAULT_LIMITS) {
  let st;
  try {
    st = await stat2(file);
  } catch {
    throw new InputError(file, "not-found", "no such file or folder", "Check the path (it is resolved from the working directory).");
  }
  if (st.isDirectory()) return { kind: "directory" };
  if (!st.isFile()) throw new InputError(file, "not-keras", "not a regular file (a device, socket or pipe)", "Point at the model file itself.");
  if (st.size === 0) throw new InputError(file, "truncated", "the file is empty", "Re-download or re-save it.");
  if (st.size > limits.maxFileBytes) throw limitError(file, "maxFileBytes", limits, `the file is ${st.size} bytes`);
  const head2 = await readHead(file);
  if (head2.subarray(0, 8).equals(HDF5_MAGIC)) return { kind: "hdf5" };
  if (head2.subarray(0, 4).equals(ZIP_MAGIC) || head2.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) return { kind: "zip" };
  if (head2.subarray(0, 6).equals(NPY_MAGIC)) return { kind: "npy" };
  const text = head2.toString("utf8");
  if (text.startsWith(LFS_POINTER)) {
    const size = /size (\d+)/.exec(text)?.[1];
    throw new InputError(file, "lfs-pointer", `this is a Git LFS pointer${size ? ` to a ${size}-byte file` : ""}, not the file itself`, LFS_HINT);
  }
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (/^<(!doctype html|html|head|body|\?xml)/i.test(trimmed)) {
    throw new InputError(file, "html-page", "this is an HTML/XML page, not a model file (a download that saved an error or login page?)", "Download the real file (check the URL, and authentication for private assets).");
  }
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return { kind: "json" };
  const ext = path.extname(file).toLowerCase();
  if (/^group\d+-shard\d+of\d+/.test(path.basename(file)) || ext === ".bin") {
    throw new InputError(
      file,
      "not-keras",
      "a TF.js weight shard (raw bytes with no layout of its own)",
      "Point at the model.json that lists it; the shard is read through its weightsManifest."
    );
  }
  const what = ext === ".h5" || ext === ".hdf5" ? "it does not start with the HDF5 signature" : ext === ".keras" ? "it is not a zip archive, which every .keras file is" : "it is not HDF5, a zip archive, JSON or .npy";
  throw new InputError(
    file,
    "not-keras",
    `not a Keras or TF.js file: ${what} (first bytes: ${hexHead(head2)})`,
    "Check that this is the file you meant; a truncated download or a renamed file looks like this."
  );
}
function hexHead(buf, n = 16) {
  return [...buf.subarray(0, n)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
}

// src/formats/hdf5.ts
import { stat as stat3 } from "node:fs/promises";
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
    const where2 = `attribute '${this.snap.name}' of ${this.owner.path}`;
    if (this.snap.bytes !== void 0) throw limitError(file.filename, "maxJsonBytes", file.limits, `${where2} is ${this.snap.bytes} bytes`);
    if (this.snap.error !== void 0) throw new InputError(file.filename, "corrupt", `the HDF5 library could not read ${where2} (${diagLine(this.snap.error)})`, DAMAGED_HINT);
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
    const segments = (name.startsWith("/") ? name : `${this.path}/${name}`).split("/").filter((s) => s !== "" && s !== ".");
    const node = this.file.lookup(`/${segments.join("/")}`);
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
  constructor(filename, handle, limits, nodes) {
    super(void 0, nodes[0]);
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
  lookup(path14) {
    return this.index.get(path14);
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
  if (reply.refusedOpens?.length) {
    throw new InputError(
      file,
      "unsafe-path",
      `the file made the HDF5 library try to open another file (${JSON.stringify(reply.refusedOpens[0].slice(0, 200))}); weightgate opens nothing a file names`,
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
      const [first, again] = JSON.parse(reply.error);
      throw new InputError(
        file,
        "corrupt",
        `its hard links reach one group by two paths (${quoteName(shortPath(first), 200)} and ${quoteName(shortPath(again), 200)}): the links form a graph that repeats objects, which weightgate does not walk (a few such links can make millions of paths)`,
        "Keras never links one group into two places; re-save the model with Keras."
      );
    }
    case "filter": {
      const f = JSON.parse(reply.error);
      const name = KNOWN_FILTERS[f.id] ?? (f.name ? quoteName(f.name, 40) : "an unregistered filter");
      throw new InputError(
        file,
        "unsupported-format",
        `${what} is compressed with HDF5 filter ${f.id} (${name}), which h5wasm, the HDF5 library weightgate runs, cannot decode`,
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
    stored = (await stat3(file)).size;
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
  const f = new H5File(file, handle, limits, nodes);
  if (!nodes.length) {
    f.close();
    throw new InputError(file, "corrupt", "the HDF5 library could not open it", DAMAGED_HINT);
  }
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
  if (!/[\u0080-\u00ff]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  const bytes = Uint8Array.from(s, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return s;
  }
}
function attrValue(o, name) {
  return hasAttr(o, name) ? o.attrs[name].value : void 0;
}
function attrString(o, name) {
  if (!hasAttr(o, name)) return void 0;
  const v = attrValue(o, name);
  if (typeof v === "string") return repairUtf8(v);
  if (Array.isArray(v) && v.length === 1 && typeof v[0] === "string") return repairUtf8(v[0]);
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  return v === null || v === void 0 ? void 0 : String(v);
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
var H5T_CLASS_NAMES = { 2: "time", 4: "bitfield", 5: "opaque", 6: "compound", 7: "reference", 8: "enum", 9: "vlen", 10: "array" };
function datasetInfo(ds) {
  const md = ds.metadata;
  const shape2 = md.shape;
  const count2 = shape2.reduce((a, b) => a * b, 1);
  let dtype = "unknown";
  if (md.type === 1) dtype = md.size === 2 ? "float16" : md.size === 4 ? "float32" : md.size === 8 ? "float64" : "unknown";
  else if (md.type === 0) dtype = intDtype(md.size, md.signed);
  else if (md.type === 8) dtype = md.size === 1 ? "bool" : "unknown";
  else if (md.type === 5 && md.size === 2 && attrString(ds, "dtype") === "bfloat16") dtype = "bfloat16";
  else if (md.type === 3) dtype = "string";
  const info = { shape: shape2, dtype, byteLength: count2 * md.size };
  if (dtype === "unknown" && md.type === 5 && md.size === 2) info.untaggedBfloat16 = true;
  if (dtype === "unknown") {
    const unsupported = unsupportedType(md);
    if (unsupported) info.unsupported = unsupported;
  }
  return info;
}
function unsupportedType(md) {
  if (md.type === 1) return `float${md.size * 8}`;
  if (md.type === 0) return `${md.signed ? "int" : "uint"}${md.size * 8}`;
  if (md.type === 5 && md.size === 2) return void 0;
  const name = H5T_CLASS_NAMES[md.type];
  return name === void 0 ? void 0 : md.type === 5 ? `opaque (${md.size} bytes)` : name;
}
function intDtype(size, signed) {
  const t = { 1: ["uint8", "int8"], 2: ["uint16", "int16"], 4: ["uint32", "int32"], 8: ["uint64", "int64"] };
  return t[size]?.[signed ? 1 : 0] ?? "unknown";
}
async function readRaw(ds, staging) {
  const f = ds.file;
  if (f.isClosed) throw new Error(`${f.filename}: read of ${ds.path} after the file was closed`);
  const md = ds.metadata;
  const count2 = md.shape.reduce((a, b) => a * b, 1);
  if (count2 > f.limits.maxVariableElements) throw limitError(f.filename, "maxVariableElements", f.limits, `dataset ${ds.path} has ${count2} elements`);
  const into = staging?.acquire(count2 * md.size);
  let bytes;
  try {
    const reply = await call2(f.filename, f.limits, {
      op: "read",
      file: f.filename,
      handle: f.handle,
      path: ds.path,
      maxBytes: f.limits.maxVariableElements * Math.max(md.size, 1),
      into
    }, `dataset ${ds.path}`);
    bytes = into ? new Uint8Array(into, 0, reply.written ?? 0) : new Uint8Array(reply.bytes ?? new ArrayBuffer(0));
  } catch (err) {
    if (into) staging.release(into);
    throw err;
  }
  if (!md.littleEndian && md.size > 1 && (md.type === 0 || md.type === 1)) {
    for (let i = 0; i + md.size <= bytes.length; i += md.size) bytes.subarray(i, i + md.size).reverse();
  }
  return bytes;
}
function decodeFloat16(u16) {
  const out = new Float32Array(u16.length);
  for (let i = 0; i < u16.length; i++) {
    const h = u16[i];
    const s = h & 32768 ? -1 : 1;
    const e = h >> 10 & 31;
    const f = h & 1023;
    out[i] = e === 0 ? s * 2 ** -14 * (f / 1024) : e === 31 ? f ? NaN : s * Infinity : s * 2 ** (e - 15) * (1 + f / 1024);
  }
  return out;
}
function decodeBfloat16(u16) {
  const u32 = new Uint32Array(u16.length);
  for (let i = 0; i < u16.length; i++) u32[i] = u16[i] << 16;
  return new Float32Array(u32.buffer);
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
      const decoded2 = (dtype === "float16" ? decodeFloat16 : decodeBfloat16)(new Uint16Array(buf, 0, n / 2));
      staging?.release(raw);
      return decoded2;
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
import { lstat, readFile as readFile2, stat as stat5 } from "node:fs/promises";
import path4 from "node:path";

// src/sources/temp-dirs.ts
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";
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
  const dir = await mkdtemp(path2.join(os.tmpdir(), prefix));
  live.add(dir);
  startListening();
  return dir;
}
async function removeTempDir(dir) {
  await rm(dir, { recursive: true, force: true });
  live.delete(dir);
  if (live.size === 0) stopListening();
}

// src/formats/keras3-weights.ts
import { stat as stat4 } from "node:fs/promises";
import path3 from "node:path";

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
  const layers = keys.map((k, position) => {
    const entries = contents.layers.get(k);
    const top = entries[0];
    const subNames = {};
    for (const e of entries.slice(1)) if (e.name) subNames[e.objectPath] = e.name;
    const weights = entries.flatMap((e) => e.variables).map((v) => ({ ...v, name: relName(top.objectPath, v) }));
    return {
      name: top.name ?? k,
      nameRecorded: top.name !== void 0,
      path: top.objectPath,
      position,
      weights,
      subNames
    };
  });
  const own = contents.modelVars[0];
  if (own && own.variables.length) {
    layers.push({ name: own.name ?? "(model)", nameRecorded: own.name !== void 0, path: "", position: layers.length, weights: own.variables });
  }
  return layers;
}
function relName(top, v) {
  const rel2 = v.objectPath.slice(top.length).replace(/^\//, "");
  return rel2 ? `${rel2}/${v.name}` : v.name;
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
    async close() {
      for (const f of files) f.close();
    }
  };
}
function readKeras3Artifact(source, f, opts = {}) {
  const contents = { layers: /* @__PURE__ */ new Map(), modelVars: [], optimizer: [] };
  readStore(f, 0, contents);
  const a = build(source, opts.format ?? "keras3-weights-h5", opts.formatLabel ?? "Keras 3 weights (.weights.h5)", [f], contents, void 0, opts.notes ?? [], opts.producer);
  if (opts.onClose) {
    const close = a.close;
    a.close = async () => {
      await close();
      await opts.onClose();
    };
  }
  return a;
}
function isShardedIndex(json) {
  const map = typeof json === "object" && json !== null && !Array.isArray(json) ? json.weight_map : void 0;
  return typeof map === "object" && map !== null && !Array.isArray(map);
}
function shardPath(indexFile, s) {
  const fix = "Shards must sit next to the .weights.json index and be listed by file name, as Keras writes them.";
  if (typeof s !== "string" || s.trim() === "") {
    throw new InputError(indexFile, "corrupt", `the weight_map lists a shard that is not a file name (${quoteName(JSON.stringify(s) ?? String(s))})`, fix);
  }
  if (s.includes("\0") || path3.isAbsolute(s) || /^[\\/]/.test(s) || s.split(/[\\/]/).includes("..") || /^[a-z][a-z0-9+.-]*:/i.test(s)) {
    throw new InputError(indexFile, "unsafe-path", `the weight_map names a shard outside the index's folder: ${quoteName(s)}; weightgate reads nothing outside it and never downloads`, fix);
  }
  return path3.join(path3.dirname(indexFile), s);
}
async function readShardedArtifact(indexFile, json, limits = DEFAULT_LIMITS) {
  const shardNames = /* @__PURE__ */ new Set();
  for (const v of Object.values(json.weight_map)) for (const s of Array.isArray(v) ? v : [v]) shardNames.add(s);
  const paths = [...shardNames].map((s) => shardPath(indexFile, s));
  const files = [];
  try {
    for (const p of paths) {
      if (!await stat4(p).then(() => true, () => false)) {
        throw new InputError(
          indexFile,
          "not-found",
          `the weight_map lists shard ${quoteName(path3.basename(p))}, but there is no such file next to the index`,
          "Commit every shard next to the .weights.json index (Keras names them <name>_0000N.weights.h5), or fix the name in weight_map."
        );
      }
      await sniff(p, limits);
      await assertInside(indexFile, path3.dirname(indexFile), p, "shard");
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
    const m = /^\/?layers\/([^/]+)/.exec(key);
    if (m) order.add(m[1]);
  }
  return build(indexFile, "keras3-weights-sharded", `Keras 3 sharded weights (${plural(files.length, "shard")})`, files, contents, [...order], []);
}

// src/formats/keras-archive.ts
function parseJson(file, member, text, limits) {
  const v = parseJsonText(file, text, limits, member);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new InputError(file, "corrupt", `${member} is JSON but not an object`, "Re-save the model with Keras.");
  }
  return v;
}
function openParts(file, config, metadata, label2, limits) {
  const producer = {
    kerasVersion: typeof metadata?.keras_version === "string" ? metadata.keras_version : void 0,
    metadata
  };
  const definition = buildDefinition({ source: file, format: `${label2} config.json`, raw: config, producer, limits });
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
  const tmp = path4.join(dir, "model.weights.h5");
  let h5;
  try {
    await extractEntry(file, weights, tmp, limits);
    h5 = await openHdf5(tmp, limits);
    const artifact = readKeras3Artifact(file, h5, {
      format: "keras3-archive",
      formatLabel: `Keras ${producer.kerasVersion ?? "3"} archive (.keras)`,
      producer,
      onClose: () => removeTempDir(dir)
    });
    orderLikeDefinition(artifact, definition);
    return { source: file, format: artifact.formatLabel, definition, artifact };
  } catch (err) {
    h5?.close();
    await removeTempDir(dir);
    if (err instanceof InputError && err.file === tmp) {
      const relabelled = new InputError(file, err.kind, `model.weights.h5 inside the archive: ${err.detail}`, err.hint);
      relabelled.unexpected = err.unexpected;
      throw relabelled;
    }
    throw err;
  }
}
async function isKerasFolder(dir) {
  try {
    return (await stat5(path4.join(dir, ARCHIVE.config))).isFile();
  } catch {
    return false;
  }
}
async function exists(p) {
  return lstat(p).then(() => true, () => false);
}
async function openKerasFolder(dir, limits = DEFAULT_LIMITS) {
  const read = async (name) => {
    const p = path4.join(dir, name);
    await assertInside(dir, dir, p, name);
    const { size } = await stat5(p);
    if (size > limits.maxJsonBytes) throw limitError(dir, "maxJsonBytes", limits, `${name} is ${size} bytes of JSON`);
    return readFile2(p, "utf8");
  };
  const config = parseJson(dir, ARCHIVE.config, await read(ARCHIVE.config), limits);
  const metadata = await exists(path4.join(dir, ARCHIVE.metadata)) ? parseJson(dir, ARCHIVE.metadata, await read(ARCHIVE.metadata), limits) : void 0;
  const { producer, definition } = openParts(dir, config, metadata, "unzipped .keras", limits);
  const weightsPath = path4.join(dir, ARCHIVE.weightsH5);
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
  if (version) {
    const major = Number.parseInt(version, 10);
    if (major === 1) return 1;
    if (major >= 3) return 3;
    return 2;
  }
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
  const root = kind === "keras-h5-weights" ? f : child(f, LEGACY.modelWeights);
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
      notes.push(`the file holds ${weights.length} weight(s) owned by the model itself (top_level_model_weights)`);
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
    async close() {
      f.close();
    }
  };
}

// src/formats/tfjs.ts
import path6 from "node:path";

// src/formats/tfjs-shards.ts
import { constants, realpathSync } from "node:fs";
import { access, open as open2, realpath, stat as stat6 } from "node:fs/promises";
import path5 from "node:path";
var LFS_POINTER2 = "version https://git-lfs.github.com/spec/v1";
var MAX_READ = 1 << 30;
function groupLabel(group) {
  return `weightsManifest group ${group}`;
}
function shown(entry) {
  return JSON.stringify(entry);
}
function resolveShardPath(modelJson, group, entry) {
  const where2 = groupLabel(group);
  if (typeof entry !== "string" || entry.trim() === "") {
    throw new InputError(
      modelJson,
      "corrupt",
      `${where2} has a shard path that is not a file name (${JSON.stringify(entry)})`,
      'Each entry of "paths" must name a shard file next to model.json, e.g. "group1-shard1of1.bin".'
    );
  }
  const base = `group${group}-shard1of1.bin`;
  const fix = `List the shard by its file name (e.g. ${shown(base)}) and commit it next to model.json.`;
  if (entry.includes("\0")) {
    throw new InputError(modelJson, "unsafe-path", `${where2} lists shard ${JSON.stringify(entry)}, which contains a NUL byte`, fix);
  }
  if (entry.startsWith("/") || entry.startsWith("\\") || /^[a-zA-Z]:[\\/]/.test(entry) || path5.isAbsolute(entry)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where2} lists shard ${shown(entry)}, an absolute path; TF.js resolves shard paths relative to model.json, and weightgate reads nothing outside the model folder`,
      fix
    );
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(entry)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where2} lists shard ${shown(entry)}, a URL; weightgate checks the files in the repository and never downloads`,
      `Download the shard, commit it next to model.json and list it by file name (e.g. ${shown(base)}).`
    );
  }
  const dir = path5.dirname(modelJson);
  const abs = path5.resolve(dir, ...entry.split(/[\\/]+/));
  if (!isInside(dir, abs)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where2} lists shard ${shown(entry)}, which points outside the model folder (${dir})`,
      fix
    );
  }
  return abs;
}
function resolveShardPaths(modelJson, groups) {
  const seen = /* @__PURE__ */ new Map();
  groups.forEach((paths, gi) => paths.forEach((entry) => {
    const abs = resolveShardPath(modelJson, gi + 1, entry);
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
  const where2 = first.group === group ? "already" : `already in ${groupLabel(first.group)}`;
  const as = first.entry === entry ? "" : ` (as ${shown(first.entry)})`;
  return new InputError(
    modelJson,
    "corrupt",
    `${groupLabel(group)} lists shard ${shown(entry)}, which the manifest lists ${where2}${as}: TF.js would fetch it again and append it, shifting every later weight onto the wrong bytes`,
    "List each shard file once, in order, as tensorflowjs_converter writes them; re-export the model if the manifest was edited by hand."
  );
}
function isInside(dir, p) {
  const rel2 = path5.relative(dir, p);
  return rel2 !== "" && rel2 !== ".." && !rel2.startsWith(`..${path5.sep}`) && !path5.isAbsolute(rel2);
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
  const where2 = groupLabel(group);
  let st;
  try {
    st = await stat6(abs);
  } catch {
    const alt = abs.endsWith(".bin") ? abs.slice(0, -4) : `${abs}.bin`;
    const near = await exists2(alt) ? ` (there is a ${shown(path5.basename(alt))} next to it: is the name in model.json out of date?)` : "";
    throw new InputError(
      modelJson,
      "not-found",
      `${where2} lists shard ${shown(entry)}, but ${abs} does not exist${near}`,
      "Commit the shard next to model.json (TF.js fetches it relative to model.json), or fix its name in weightsManifest."
    );
  }
  if (!st.isFile()) {
    throw new InputError(
      modelJson,
      "corrupt",
      `${where2} lists shard ${shown(entry)}, but ${abs} is not a regular file`,
      "Point the manifest at the shard file itself."
    );
  }
  const real = await realpath(abs);
  if (!isInside(realDir, real)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where2} shard ${shown(entry)} is a link to ${real}, outside the model folder`,
      "Replace the link with the real shard file."
    );
  }
  const head2 = await readHead(abs, 512);
  const text = head2.toString("latin1");
  if (text.startsWith(LFS_POINTER2)) {
    const size = /\nsize (\d+)/.exec(text)?.[1];
    throw new InputError(
      modelJson,
      "lfs-pointer",
      `${where2} shard ${shown(entry)} is a Git LFS pointer (${st.size} bytes${size ? `, standing for a ${size}-byte file` : ""}), not the weight data`,
      `${LFS_HINT} Otherwise download the real shard and commit it.`
    );
  }
  if (/^<(!doctype html|html|head|body)\b/i.test(text.replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart())) {
    throw new InputError(
      modelJson,
      "html-page",
      `${where2} shard ${shown(entry)} is an HTML page (${st.size} bytes), not weight data \u2014 a download that saved an error or login page?`,
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
      const fh = await open2(s.abs, "r");
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
  const resolved = entries.map((e) => ({ entry: e, abs: resolveShardPath(modelJson, group, e) }));
  const realDir = await realpath(path5.dirname(modelJson));
  const shards = [];
  let start = 0;
  for (const { entry, abs } of resolved) {
    const size = await inspectShard(modelJson, group, entry, abs, realDir);
    shards.push({ entry, abs, size, start });
    start += size;
  }
  return new ShardGroup(modelJson, group, shards);
}

// src/formats/tfjs.ts
function isObject2(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function str(x) {
  return typeof x === "string" && x !== "" ? x : void 0;
}
function isManifestGroup(x) {
  return isObject2(x) && Array.isArray(x.paths) && Array.isArray(x.weights);
}
function isManifest(x) {
  return Array.isArray(x) && x.length > 0 && x.every(isManifestGroup);
}
function isLayersTopology(t) {
  if (!isObject2(t)) return false;
  if ("model_config" in t) return isObject2(t.model_config) || typeof t.model_config === "string";
  return typeof t.class_name === "string" && "config" in t;
}
function isGraphTopology(t) {
  return isObject2(t) && ("node" in t || "versions" in t || "library" in t);
}
function isTfjsModelJson(json) {
  if (Array.isArray(json)) return isManifest(json) ? "weights-manifest" : null;
  if (!isObject2(json)) return null;
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
  return /^keras v(\S+)/i.exec(str(generatedBy) ?? "")?.[1];
}
function tfjsTopologyConfig(json) {
  if (!isObject2(json)) return null;
  const topo = "modelTopology" in json ? json.modelTopology : json;
  if (!isLayersTopology(topo) || isGraphTopology(topo)) return null;
  if ("model_config" in topo) {
    let mc = topo.model_config;
    if (typeof mc === "string") {
      try {
        mc = JSON.parse(mc);
      } catch {
        return null;
      }
    }
    if (!isObject2(mc)) return null;
    return {
      modelConfig: mc,
      kerasVersion: str(topo.keras_version) ?? str(mc.keras_version) ?? kerasVersionFromGeneratedBy(json.generatedBy),
      backend: str(topo.backend) ?? str(mc.backend)
    };
  }
  return { modelConfig: topo, kerasVersion: str(topo.keras_version), backend: str(topo.backend) };
}
function layerList(modelConfig) {
  const c = modelConfig.config;
  if (Array.isArray(c)) return c;
  if (isObject2(c) && Array.isArray(c.layers)) return c.layers;
  return null;
}
function entryName(e) {
  if (!isObject2(e)) return void 0;
  return str(isObject2(e.config) ? e.config.name : void 0) ?? str(e.name);
}
var WRAPPED_KEYS = ["layer", "forward_layer", "backward_layer", "cell"];
function innerNames(e, out, depth = 0) {
  if (!isObject2(e) || depth > 50) return;
  for (const sub of layerList(e) ?? []) {
    const n = entryName(sub);
    if (n) out.push(n);
    innerNames(sub, out, depth + 1);
  }
  const c = e.config;
  if (!isObject2(c)) return;
  const wrapped2 = [...WRAPPED_KEYS.map((k) => c[k]), ...Array.isArray(c.cells) ? c.cells : []];
  for (const w of wrapped2) {
    if (!isObject2(w) || !("class_name" in w)) continue;
    const n = entryName(w);
    if (n) out.push(n);
    innerNames(w, out, depth + 1);
  }
}
function topologyNames(modelConfig) {
  const names = {
    order: [],
    topLevel: /* @__PURE__ */ new Set(),
    owner: /* @__PURE__ */ new Map(),
    modelName: isObject2(modelConfig.config) ? str(modelConfig.config.name) : str(modelConfig.name)
  };
  const list = layerList(modelConfig) ?? [];
  for (const e of list) {
    const n = entryName(e);
    if (n && !names.topLevel.has(n)) {
      names.order.push(n);
      names.topLevel.add(n);
    }
  }
  for (const e of list) {
    const top = entryName(e);
    if (!top) continue;
    const inner = [];
    innerNames(e, inner);
    for (const n of inner) if (!names.topLevel.has(n) && !names.owner.has(n)) names.owner.set(n, top);
  }
  return names;
}
var KERAS3_VARS = /^(layers\/([^/]+)(?:\/[^/]+)*?)\/vars\/(\d+)$/;
var KERAS3_OPTIMIZER = /^optimizer\/vars\/\d+$/;
var MODEL_NAME_GUESS = /^(sequential|functional|model)(_\d+)?$/;
var LayerResolver = class {
  constructor(topo, names) {
    this.topo = topo;
    if (!topo && names.length) {
      const first = names[0].split("/")[0];
      if (MODEL_NAME_GUESS.test(first) && names.every((n) => n.split("/").length >= 3 && n.split("/")[0] === first)) {
        this.guessedPrefix = first;
      }
    }
  }
  topo;
  guessedPrefix;
  resolve(name) {
    const k3 = KERAS3_VARS.exec(name);
    if (k3) {
      return {
        layer: k3[2],
        recorded: false,
        path: `layers/${k3[2]}`,
        objectPath: k3[1],
        index: Number(k3[3]),
        prefixed: false,
        matched: false,
        keras3Vars: true
      };
    }
    const segs = name.split("/");
    const scope = segs.slice(0, -1);
    const base = { index: void 0, keras3Vars: false };
    if (scope.length === 0) {
      const recorded = !!this.topo?.topLevel.has(name);
      return { ...base, layer: name, recorded, path: name, objectPath: name, prefixed: false, matched: recorded };
    }
    const topo = this.topo;
    if (topo) {
      for (let i = 0; i < scope.length; i++) {
        if (topo.topLevel.has(scope[i])) {
          return { ...base, layer: scope[i], recorded: true, path: scope.slice(0, i + 1).join("/"), objectPath: scope[i], prefixed: i > 0, matched: true };
        }
      }
      for (let i = 0; i < scope.length; i++) {
        const owner = topo.owner.get(scope[i]);
        if (owner) return { ...base, layer: owner, recorded: true, path: owner, objectPath: owner, prefixed: i > 0, matched: true };
      }
    }
    const prefix = topo?.modelName ?? this.guessedPrefix;
    const at = prefix !== void 0 && scope.length >= 2 && scope[0] === prefix ? 1 : 0;
    return { ...base, layer: scope[at], recorded: false, path: scope.slice(0, at + 1).join("/"), objectPath: scope[at], prefixed: at > 0, matched: false };
  }
};
var TFJS_DTYPES = /* @__PURE__ */ new Set(["float32", "int32", "bool", "string", "complex64"]);
function parseWeight(file, group, i, w) {
  const where2 = `weightsManifest group ${group}, weight #${i + 1}`;
  const fix = "Re-export the model; model.json was edited by hand or written by a broken tool.";
  if (!isObject2(w)) throw new InputError(file, "corrupt", `${where2} is not an object`, fix);
  const name = w.name;
  if (typeof name !== "string" || name === "") throw new InputError(file, "corrupt", `${where2} has no name`, fix);
  const at = `${where2} (${JSON.stringify(name)})`;
  if (!Array.isArray(w.shape) || !w.shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    throw new InputError(file, "corrupt", `${at} has shape ${JSON.stringify(w.shape)}, not a list of non-negative integers`, fix);
  }
  const shape2 = w.shape;
  const count2 = shape2.reduce((a, b) => a * b, 1);
  if (!Number.isSafeInteger(count2)) throw new InputError(file, "corrupt", `${at} has shape ${JSON.stringify(shape2)}, too large to exist`, fix);
  const dtype = w.dtype;
  if (typeof dtype !== "string" || !(dtype in DTYPE_BYTES) || dtype === "unknown") {
    throw new InputError(file, "corrupt", `${at} has dtype ${JSON.stringify(w.dtype)}, which TF.js does not know (float32, int32, bool, string, complex64)`, fix);
  }
  let quantization;
  const q = w.quantization;
  if (q != null) {
    if (!isObject2(q) || !["uint8", "uint16", "float16"].includes(q.dtype)) {
      throw new InputError(
        file,
        "corrupt",
        `Weight ${name} has unknown quantization dtype ${isObject2(q) ? q.dtype : q}. Supported quantization dtypes are: 'uint8', 'uint16', and 'float16'.`,
        fix
      );
    }
    if (q.dtype === "float16") {
      if (dtype !== "float32") {
        throw new InputError(file, "corrupt", `Weight ${name} is quantized with float16 which only supports weights of type float32 not ${dtype}.`, fix);
      }
      quantization = { dtype: "float16" };
    } else {
      if (typeof q.min !== "number" || typeof q.scale !== "number" || !Number.isFinite(q.min) || !Number.isFinite(q.scale)) {
        throw new InputError(file, "corrupt", `Weight ${name} with quantization ${q.dtype} doesn't have corresponding metadata min and scale.`, fix);
      }
      if (dtype !== "float32" && dtype !== "int32") {
        throw new InputError(file, "corrupt", `Unsupported dtype in weight '${name}': ${dtype} (only float32 and int32 weights can be quantized)`, fix);
      }
      quantization = { dtype: q.dtype, min: q.min, scale: q.scale };
    }
  }
  return { name, shape: shape2, dtype, count: count2, quantization, optimizer: w.group === "optimizer" || KERAS3_OPTIMIZER.test(name) };
}
function parseManifest(file, manifest) {
  const fix = "Re-export the model; model.json was edited by hand or written by a broken tool.";
  if (!Array.isArray(manifest)) {
    throw new InputError(file, "corrupt", "weightsManifest is not a list of {paths, weights} groups", fix);
  }
  return manifest.map((g, gi) => {
    if (!isManifestGroup(g)) {
      throw new InputError(file, "corrupt", `weightsManifest group ${gi + 1} is not a {paths, weights} object`, fix);
    }
    return { paths: g.paths, weights: g.weights.map((w, i) => parseWeight(file, gi + 1, i, w)) };
  });
}
async function stringByteLength(data, offset, count2) {
  const WINDOW = 1 << 16;
  let winStart = 0;
  let win = new Uint8Array(0);
  let pos = offset;
  for (let i = 0; i < count2; i++) {
    if (pos + 4 > data.total) return null;
    if (pos < winStart || pos + 4 > winStart + win.length) {
      winStart = pos;
      win = await data.read(pos, Math.min(WINDOW, data.total - pos));
    }
    const at = pos - winStart;
    const len = (win[at] | win[at + 1] << 8 | win[at + 2] << 16) + win[at + 3] * 2 ** 24;
    pos += 4 + len;
    if (pos > data.total) return null;
  }
  return pos - offset;
}
function generationOf2(kerasVersion, names) {
  if (kerasVersion) {
    if (/^tfjs/i.test(kerasVersion)) return 2;
    const major = Number.parseInt(kerasVersion, 10);
    if (major === 1) return 1;
    if (major >= 3) return 3;
    return 2;
  }
  return names.some((n) => KERAS3_VARS.test(n)) ? 3 : 2;
}
async function readTfjsArtifact(file, json, limits = DEFAULT_LIMITS) {
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
  const manifest = Array.isArray(json) ? json : json.weightsManifest;
  const groups = parseManifest(file, manifest);
  resolveShardPaths(file, groups.map((g) => g.paths));
  const topo = kind === "layers-model" ? tfjsTopologyConfig(json) : null;
  const oldLayout = kind === "layers-model" && isObject2(json.modelTopology) && "model_config" in json.modelTopology;
  const kerasVersion = topo?.kerasVersion ?? (isObject2(json) ? kerasVersionFromGeneratedBy(json.generatedBy) : void 0);
  const producer = {};
  if (kerasVersion) producer.kerasVersion = kerasVersion;
  if (topo?.backend) producer.backend = topo.backend;
  if (isObject2(json) && str(json.generatedBy)) producer.generatedBy = json.generatedBy;
  if (isObject2(json) && str(json.convertedBy)) producer.convertedBy = json.convertedBy;
  const formatLabel = kind === "weights-manifest" ? "TF.js weights manifest (no model topology)" : oldLayout ? `TF.js layers-model (converted from Keras${kerasVersion ? ` ${kerasVersion}` : ""})` : `TF.js layers-model${kerasVersion ? ` (${kerasVersion})` : ""}`;
  const notes = [];
  const dataByGroup = [];
  const all = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    const number = gi + 1;
    const data = await openShardGroup(file, number, g.paths);
    dataByGroup.push(data);
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
      all.push({ w, locator: { kind: "tfjs", group: number, offset, byteLength, count: w.count, paths: data.shards.map((s) => s.entry) } });
      offset += byteLength;
    }
    if (overrun !== void 0 || offset !== data.total) {
      if (data.shards.length === 0) {
        throw new InputError(
          file,
          "truncated",
          `group ${number} needs ${offset} bytes, but its "paths" list no shard file`,
          "Add the shard file names to weightsManifest (and commit the shards next to model.json)."
        );
      }
      const shardList = data.shards.length === 1 ? shownName(data.shards[0].entry) : `one of ${data.shards.map((s) => `${shownName(s.entry)} (${s.size} bytes)`).join(", ")}`;
      const needs = overrun !== void 0 ? `needs more than ${data.total} bytes (string weight ${JSON.stringify(overrun)} runs past the end)` : `needs ${offset} bytes`;
      const why = overrun !== void 0 || offset > data.total ? `${shardList} is truncated or not the right file` : `${shardList} ${isAre(data.shards.length)} longer than the manifest describes: not the right file, or model.json lists too few weights`;
      throw new InputError(
        file,
        overrun !== void 0 || offset > data.total ? "truncated" : "corrupt",
        `group ${number} ${needs}, shards hold ${data.total} (${why})`,
        "Re-export the model or download the shards again: model.json and its shards must come from the same export."
      );
    }
  }
  const modelWeights = all.filter((x) => !x.w.optimizer);
  const names = topo ? topologyNames(topo.modelConfig) : null;
  const resolver = new LayerResolver(names, modelWeights.map((x) => x.w.name));
  const layers = [];
  const byName = /* @__PURE__ */ new Map();
  const known = /* @__PURE__ */ new Set();
  const unmatched = [];
  const seen = /* @__PURE__ */ new Set();
  const duplicates = [];
  let prefixedExample;
  let keras3Vars = 0;
  const toVariable = (w, locator, objectPath, index) => {
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
    known.add(v);
    return v;
  };
  for (const { w, locator } of modelWeights) {
    if (seen.has(w.name)) duplicates.push(w.name);
    seen.add(w.name);
    const r = resolver.resolve(w.name);
    if (r.keras3Vars) keras3Vars++;
    else if (topo && !r.matched) unmatched.push(w.name);
    if (r.prefixed && r.matched && !prefixedExample) prefixedExample = w.name;
    let layer = byName.get(r.layer);
    if (!layer) {
      layer = { name: r.layer, nameRecorded: r.recorded, path: r.path, position: layers.length, weights: [] };
      byName.set(r.layer, layer);
      layers.push(layer);
    }
    layer.weights.push(toVariable(w, locator, r.objectPath, r.index ?? layer.weights.length));
  }
  const optimizer = all.filter((x) => x.w.optimizer).map(({ w, locator }, i) => toVariable(w, locator, "optimizer", i));
  const quantised = all.filter((x) => x.w.quantization);
  if (quantised.length) {
    const by = /* @__PURE__ */ new Map();
    for (const { w } of quantised) by.set(w.quantization.dtype, (by.get(w.quantization.dtype) ?? 0) + 1);
    const kinds = [...by].map(([d, n]) => `${n} as ${d}`).join(", ");
    notes.push(`${quantised.length} of ${plural(all.length, "weight")} ${isAre(quantised.length)} stored quantised (${kinds}); their values are decoded the way TF.js does (q\xB7scale + min), so compare them within half a scale step.`);
  }
  if (prefixedExample) {
    notes.push(`Weight names carry a prefix before the layer name (${JSON.stringify(prefixedExample)}), as Keras 3 writes them; stock TF.js matches weights by name and refuses these ("Provided weight data has no target variable: ${prefixedExample}").`);
  }
  if (keras3Vars) {
    notes.push(`${plural(keras3Vars, "weight")} ${isAre(keras3Vars)} named by Keras 3 object path (\`layers/<x>/vars/<i>\`, from converting a .keras file): the layer names are derived from class names, not recorded, and stock TF.js cannot load them by name.`);
  }
  if (unmatched.length) {
    const list = unmatched.slice(0, 3).map((n) => JSON.stringify(n)).join(", ");
    notes.push(`${plural(unmatched.length, "weight")} ${unmatched.length === 1 ? "matches" : "match"} no layer in modelTopology (${list}${unmatched.length > 3 ? ", \u2026" : ""}); their layer is guessed from the name.`);
  }
  if (duplicates.length) {
    notes.push(`The manifest lists ${[...new Set(duplicates)].map((n) => JSON.stringify(n)).slice(0, 3).join(", ")} more than once; TF.js keeps only the last copy.`);
  }
  if (names) {
    const rank = new Map(names.order.map((n, i) => [n, i]));
    const positions = layers.filter((l) => l.nameRecorded).map((l) => rank.get(l.name) ?? -1);
    if (positions.some((p, i) => i > 0 && p < positions[i - 1])) {
      notes.push("The manifest lists layers in a different order than the model (the TF.js converter sorts weights by name); match its layers by name, not by position.");
    }
  }
  const foreign = [...new Set(all.map((x) => x.w.dtype).filter((d) => !TFJS_DTYPES.has(d)))];
  if (foreign.length) {
    notes.push(`The manifest uses dtype ${foreign.join(", ")}, which TF.js cannot load ("Unsupported dtype in weight"); the values are still read here.`);
  }
  if (optimizer.length) notes.push(`${plural(optimizer.length, "optimizer weight")} kept apart from the model weights.`);
  const budget = new ReadBudget(file, limits);
  return {
    source: file,
    format: "tfjs-layers",
    formatLabel,
    generation: generationOf2(kerasVersion, modelWeights.map((x) => x.w.name)),
    producer,
    layers,
    optimizer,
    notes,
    async read(v) {
      const loc = v.locator;
      if (!known.has(v) || loc.kind !== "tfjs") {
        throw new Error(`${file}: read() was given a variable (${v.name}) that this TF.js artifact did not produce`);
      }
      budget.take(loc.count, `weight ${JSON.stringify(v.name)}`);
      const bytes = await dataByGroup[loc.group - 1].read(loc.offset, loc.byteLength);
      return decodeWeight(bytes, { name: v.name, dtype: v.dtype, count: loc.count, quantization: v.quantization });
    },
    // Shards are opened per read and closed straight after, so nothing stays open.
    async close() {
    }
  };
}
function shownName(entry) {
  return path6.posix.basename(entry.replace(/\\/g, "/"));
}

// src/formats/open.ts
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
    await assertInside(dir, dir, path7.join(dir, "model.json"), "model.json");
    return openUnchecked(path7.join(dir, "model.json"), limits);
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
  if (tfjs === "graph-model") {
    throw new InputError(
      file,
      "unsupported-format",
      "a TF.js graph model (a frozen TensorFlow graph), which has no Keras layers to compare",
      "Convert the Keras model to a TF.js layers model (`tensorflowjs_converter --input_format keras`) or check the Keras file instead."
    );
  }
  if (tfjs === "layers-model" || tfjs === "weights-manifest") {
    const topo = tfjsTopologyConfig(json);
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
  const def = await openFile(defFile, options);
  let weights = def;
  try {
    if (weightsFile && path7.resolve(weightsFile) !== path7.resolve(defFile)) weights = await openFile(weightsFile, options);
  } catch (err) {
    await def.artifact?.close();
    throw err;
  }
  if (!def.definition) {
    await def.artifact?.close();
    if (weights !== def) await weights.artifact?.close();
    throw new InputError(defFile, "not-keras", `${def.format} holds weights but no model definition`, "Pass the definition first: `weightgate diff model.json weights.h5`.");
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

// src/diff/allow.ts
function allowance(i, o) {
  const has = (list, ...names) => Boolean(list && names.some((n) => n !== void 0 && list.includes(n)));
  switch (i.code) {
    case "missing-weights":
      return has(o.allowMissing, i.layer) ? "allowMissing" : void 0;
    case "unexpected-weights":
      return has(o.allowUnexpected, i.savedLayer, i.layer) ? "allowUnexpected" : void 0;
    case "shape-mismatch":
    case "weight-count-mismatch":
    case "dtype-mismatch":
      return has(o.allowMismatch, i.layer) ? "allowMismatch" : void 0;
    case "name-mismatch":
      return !i.swappedWith && !i.cycle && has(o.allowMismatch, i.layer) ? "allowMismatch" : void 0;
    default:
      return void 0;
  }
}
function applyAllowances(issues, options) {
  const out = issues.map((i) => {
    if (i.severity === "info") return i;
    const by = allowance(i, options);
    return by ? { ...i, severity: "info", allowedBy: by } : i;
  });
  const count2 = out.findIndex((i) => i.code === "layer-count-mismatch");
  if (count2 >= 0) {
    const causes = out.filter((i) => (i.code === "missing-weights" || i.code === "unexpected-weights") && !(i.code === "unexpected-weights" && i.topLevel));
    if (causes.length && causes.every((i) => i.allowedBy)) {
      out[count2] = { ...out[count2], severity: "info", allowedBy: causes[0].allowedBy };
    }
  }
  return out;
}

// src/diff/pairing.ts
var TOP_LEVEL_WEIGHTS = "top_level_model_weights";
function modelLayers(definition) {
  return definition.layers.filter((l) => !l.isOperation);
}
function isUnknown(layer) {
  return layer.status === "unknown-class";
}
function weightedLayers(definition) {
  return modelLayers(definition).filter((l) => !isUnknown(l) && l.weights.length > 0);
}
function savedWeightedLayers(artifact) {
  return artifact.layers.filter((l) => l.weights.length > 0 && !isTopLevelGroup(artifact, l));
}
function isTopLevelGroup(artifact, l) {
  const legacy = artifact.format === "keras-h5-full" || artifact.format === "keras-h5-weights";
  return legacy && l.name === TOP_LEVEL_WEIGHTS && l.position === artifact.layers.length - 1;
}
function expectedRefs(vars) {
  return vars.map((v) => ({ name: v.path || v.name, shape: v.shape }));
}
function savedRefs(vars) {
  return vars.map((v) => ({ name: v.name, shape: v.shape }));
}

// src/diff/coverage.ts
function coverageOf(definition, artifact, pairs) {
  const weighted = weightedLayers(definition);
  const good = pairs.filter((p) => p.shapeOk);
  const matchedVars = new Set(good.map((p) => p.expected));
  const layersMatched = weighted.filter((l) => l.weights.every((v) => matchedVars.has(v))).length;
  return {
    matched: matchedVars.size,
    expected: weighted.reduce((n, l) => n + l.weights.length, 0),
    saved: savedWeightedLayers(artifact).reduce((n, l) => n + l.weights.length, 0),
    layersMatched,
    layersExpected: weighted.length,
    layersUnchecked: modelLayers(definition).filter(isUnknown).length
  };
}

// src/diff/shapes.ts
function shapesCompatible(expected, saved) {
  return expected.length === saved.length && expected.every((d, i) => d === null || d === saved[i]);
}
function jsShape(shape2) {
  return `[${shape2.map((d) => d === null ? "null" : String(d)).join(",")}]`;
}
function pyList(items) {
  return `[${items.map((s) => `'${s}'`).join(", ")}]`;
}
function transposeAxes(expected, saved) {
  if (expected.length !== saved.length || expected.length < 2) return null;
  if (expected.some((d) => d === null)) return null;
  const used = /* @__PURE__ */ new Set();
  const axes = [];
  for (const d of expected) {
    let j = -1;
    for (let k = 0; k < saved.length; k++) {
      if (!used.has(k) && saved[k] === d) {
        j = k;
        break;
      }
    }
    if (j < 0) return null;
    used.add(j);
    axes.push(j);
  }
  if (axes.every((a, i) => a === i)) return null;
  return axes;
}
var FLOAT_BITS = {
  float16: [11, 5],
  bfloat16: [8, 8],
  float32: [24, 8],
  float64: [53, 11]
};
var INT_BITS = {
  int8: [8, true],
  int16: [16, true],
  int32: [32, true],
  int64: [64, true],
  uint8: [8, false],
  uint16: [16, false],
  uint32: [32, false],
  uint64: [64, false],
  bool: [1, false]
};
function isLossyCast(from, to) {
  if (from === to) return false;
  const ff = FLOAT_BITS[from];
  const tf = FLOAT_BITS[to];
  const fi = INT_BITS[from];
  const ti = INT_BITS[to];
  if (ff && tf) return tf[0] < ff[0] || tf[1] < ff[1];
  if (ff && ti) return true;
  if (fi && tf) return fi[0] > tf[0];
  if (fi && ti) {
    if (fi[1] && !ti[1]) return true;
    const width = ti[0] - (ti[1] && !fi[1] ? 1 : 0);
    return fi[0] > width;
  }
  return true;
}
function autoNumberBase(name) {
  return name.replace(/_\d+$/, "");
}
function differOnlyByAutoNumber(a, b) {
  return a !== b && autoNumberBase(a) === autoNumberBase(b) && (a !== autoNumberBase(a) || b !== autoNumberBase(b));
}

// src/diff/hints.ts
var savedIndexes = /* @__PURE__ */ new WeakMap();
function savedLayerByName(artifact) {
  let m = savedIndexes.get(artifact);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    for (const l of artifact.layers) if (!m.has(l.name)) m.set(l.name, l);
    savedIndexes.set(artifact, m);
  }
  return m;
}
var indexes = /* @__PURE__ */ new WeakMap();
function layerIndex(definition) {
  let ix = indexes.get(definition);
  if (!ix) {
    const layers = modelLayers(definition);
    const byName = /* @__PURE__ */ new Map();
    for (const l of layers) if (!byName.has(l.name)) byName.set(l.name, l);
    ix = { layers, byName, position: new Map(layers.map((l, i) => [l, i])) };
    indexes.set(definition, ix);
  }
  return ix;
}
function layerByName(definition) {
  return layerIndex(definition).byName;
}
var PASS_THROUGH2 = /* @__PURE__ */ new Set(["Dropout", "Activation", "ActivityRegularization", "GaussianNoise", "GaussianDropout", "AlphaDropout", "SpatialDropout1D", "SpatialDropout2D"]);
function flattenBefore(definition, layer) {
  const { layers, byName, position } = layerIndex(definition);
  let cur = layer;
  for (let steps = 0; cur && steps < layers.length; steps++) {
    const src = cur.inbound.length ? byName.get(cur.inbound[0]?.inputs[0]?.layer ?? "") : layers[(position.get(cur) ?? 0) - 1];
    if (!src) return null;
    if (src.className === "Flatten") return src;
    if (!PASS_THROUGH2.has(src.className) || src.weights.length) return null;
    cur = src;
  }
  return null;
}
function issueHint(i, ctx) {
  const layer = layerByName(ctx.definition).get(i.layer);
  if (i.code === "shape-mismatch") {
    const axes = transposeAxes(i.expectedShape, i.savedShape);
    if (axes) return { kind: "transposed", axes };
    const e = i.expectedShape;
    const s = i.savedShape;
    if (layer?.className === "Dense" && e.length === 2 && s.length === 2 && e[1] === s[1] && e[0] !== s[0] && /kernel$/.test(i.weight)) {
      const flatten2 = flattenBefore(ctx.definition, layer);
      if (flatten2) return { kind: "flatten-input", expectedIn: e[0], savedIn: s[0], flatten: flatten2.name };
    }
  }
  if ((i.code === "weight-count-mismatch" || i.code === "shape-mismatch") && ctx.loader.runtime === "keras3" && layer) {
    const saved = savedLayerByName(ctx.artifact).get(i.savedLayer);
    const p = saved ? preprocessForLoading({ className: layer.className, config: layer.config }, saved.weights.map((w) => w.shape), { keras1: ctx.artifact.generation === 1 }) : void 0;
    if (p?.kind === "converted") return { kind: "needs-tf-keras", className: layer.className, conversion: p.description };
  }
  return void 0;
}
function headLayers(definition) {
  const names = new Set(definition.outputs.map((o) => o.name));
  const heads = new Set(modelLayers(definition).filter((l) => names.has(l.name)).map((l) => l.name));
  const weighted = weightedLayers(definition);
  if (weighted.length) heads.add(weighted[weighted.length - 1].name);
  return heads;
}
function innerClass(layer) {
  const inner = layer?.config.layer;
  if ((layer?.className === "Bidirectional" || layer?.className === "TimeDistributed") && typeof inner === "object" && inner !== null) {
    const cls = inner.class_name;
    const concat = layer.className === "Bidirectional" && (layer.config.merge_mode ?? "concat") === "concat";
    return { className: typeof cls === "string" ? cls : "", merge: concat ? 2 : 1 };
  }
  return { className: layer?.className ?? "", merge: 1 };
}
function units(shape2, layer) {
  const d = shape2?.[shape2.length - 1];
  if (typeof d !== "number") return void 0;
  const { className, merge: merge2 } = innerClass(layer);
  const gates = RECURRENT_GATES[className] ?? 1;
  return d % gates === 0 ? d / gates * merge2 : void 0;
}
function parameters(layer) {
  return layer.weights.reduce((n, w) => n + w.shape.reduce((a, b) => a * (b ?? 0), 1), 0);
}
function isBackbone(layer, definition) {
  if (!layer.nested) return false;
  const total = modelLayers(definition).reduce((n, l) => n + parameters(l), 0);
  return total > 0 && parameters(layer) * 2 > total;
}
function headChanged(issues, ctx) {
  const open4 = issues.filter((i) => i.severity !== "info");
  const differing = open4.filter((i) => i.code === "shape-mismatch" || i.code === "weight-count-mismatch" || i.code === "missing-weights");
  if (!differing.length) return void 0;
  if (open4.some((i) => i.code === "layer-count-mismatch")) return void 0;
  const saved = savedWeightedLayers(ctx.artifact);
  const oldHead = saved[saved.length - 1]?.name;
  const leftovers = open4.filter((i) => i.code === "unexpected-weights");
  if (leftovers.some((u) => ctx.loader.rule !== "name" || u.savedLayer !== oldHead)) return void 0;
  const heads = headLayers(ctx.definition);
  const layers = [...new Set(differing.map((i) => i.layer))];
  if (!layers.every((l) => heads.has(l))) return void 0;
  const byName = layerByName(ctx.definition);
  if (layers.some((l) => {
    const d = byName.get(l);
    return d !== void 0 && isBackbone(d, ctx.definition);
  })) return void 0;
  const kernel = differing.find((i) => i.code === "shape-mismatch" && i.expectedShape.length >= 2);
  let expectedUnits;
  let savedUnits;
  if (kernel?.code === "shape-mismatch") {
    const layer = byName.get(kernel.layer);
    expectedUnits = units(kernel.expectedShape, layer);
    savedUnits = units(kernel.savedShape, layer);
  } else {
    const missing = differing.find((i) => i.code === "missing-weights");
    const old = open4.find((i) => i.code === "unexpected-weights");
    const layer = missing ? byName.get(missing.layer) : void 0;
    expectedUnits = units(missing?.expectedVars.find((v) => v.shape.length >= 2)?.shape, layer);
    savedUnits = units(old?.savedVars.find((v) => v.shape.length >= 2)?.shape, layer);
  }
  return { kind: "head-changed", layers, rule: ctx.loader.rule, skipMismatch: ctx.loader.skipMismatch, ...expectedUnits !== void 0 && savedUnits !== void 0 && expectedUnits !== savedUnits ? { expectedUnits, savedUnits } : {} };
}
function sameShapes(m, u) {
  return u.savedVars.length === m.expectedVars.length && m.expectedVars.every((v, k) => shapesCompatible(v.shape, u.savedVars[k].shape.filter((d) => d !== null)));
}
var UnusedIndex = class {
  buckets = /* @__PURE__ */ new Map();
  constructor(unused) {
    for (const u of unused) {
      const key = JSON.stringify(u.savedVars.map((v) => v.shape));
      let b = this.buckets.get(key);
      if (!b) this.buckets.set(key, b = { left: /* @__PURE__ */ new Set(), byBase: /* @__PURE__ */ new Map() });
      b.left.add(u);
      const base = autoNumberBase(u.savedLayer);
      const twins = b.byBase.get(base);
      if (twins) twins.list.push(u);
      else b.byBase.set(base, { list: [u], next: 0 });
    }
  }
  /** An auto-numbered twin of `m`'s layer with its shapes, else the only unused layer with them. */
  take(m) {
    const exact = m.expectedVars.every((v) => v.shape.every((d) => d !== null));
    const candidates = exact ? [this.buckets.get(JSON.stringify(m.expectedVars.map((v) => v.shape)))].filter((b) => b !== void 0) : [...this.buckets.values()];
    const fits = (u) => sameShapes(m, u);
    let found;
    for (const b of candidates) {
      const twins = b.byBase.get(autoNumberBase(m.layer));
      if (!twins) continue;
      while (twins.next < twins.list.length && !b.left.has(twins.list[twins.next])) twins.next++;
      found = twins.list.slice(twins.next).find((x) => b.left.has(x) && fits(x) && differOnlyByAutoNumber(m.layer, x.savedLayer));
      if (found) break;
    }
    if (!found) {
      const all = [];
      for (const b of candidates) {
        for (const u of b.left) {
          if (fits(u)) all.push(u);
          if (all.length > 1 && exact) break;
        }
      }
      if (all.length === 1) found = all[0];
    }
    if (found) for (const b of candidates) b.left.delete(found);
    return found;
  }
};
function renameMap(issues) {
  const map = {};
  let autoNumbered = true;
  for (const i of issues) if (i.code === "name-mismatch" && i.autoNumbered && !i.swappedWith && !i.cycle) map[i.savedLayer] = i.layer;
  const missing = issues.filter((i) => i.code === "missing-weights" && i.rule === "name" && i.severity !== "info");
  const unused = new UnusedIndex(issues.filter((i) => i.code === "unexpected-weights" && i.rule === "name" && !i.topLevel && i.severity !== "info"));
  for (const m of missing) {
    const u = unused.take(m);
    if (!u) continue;
    map[u.savedLayer] = m.layer;
    if (!differOnlyByAutoNumber(m.layer, u.savedLayer)) autoNumbered = false;
  }
  return Object.keys(map).length ? { kind: "rename-map", layers: Object.values(map), map, autoNumbered } : void 0;
}
function swaps(issues) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const i of issues) {
    if (i.code !== "name-mismatch") continue;
    const group = i.swappedWith ? [i.layer, i.swappedWith] : i.cycle;
    if (!group) continue;
    const key = [...group].sort().join("\0");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: "layers-swapped", layers: group });
  }
  return out;
}
function byNameMatchedNothing(pairing, ctx) {
  if (ctx.loader.rule !== "name" || pairing.pairs.length) return void 0;
  const weighted = weightedLayers(ctx.definition);
  if (!weighted.length || !ctx.artifact.layers.some((l) => l.weights.length)) return void 0;
  return { kind: "by-name-matched-nothing", layers: weighted.map((l) => l.name) };
}
function shiftedPaths(issues, ctx) {
  if (ctx.loader.rule !== "path") return void 0;
  const unused = new Set(issues.filter((i) => i.code === "unexpected-weights").map((u) => u.savedLayer));
  const missing = new Set(issues.filter((i) => i.code === "missing-weights").map((m) => m.layer));
  const moves = issues.filter((i) => i.code === "name-mismatch" && !i.swappedWith && !i.cycle && (unused.has(i.layer) || missing.has(i.savedLayer))).map((n) => ({ layer: n.layer, savedLayer: n.savedLayer, ...n.objectPath ? { objectPath: n.objectPath } : {} }));
  return moves.length ? { kind: "shifted-paths", layers: moves.map((m) => m.layer), moves } : void 0;
}
function lossyCasts(issues) {
  const casts = /* @__PURE__ */ new Map();
  const layers = /* @__PURE__ */ new Set();
  for (const i of issues) {
    if (i.code !== "dtype-mismatch" || !i.lossy || i.raises || i.severity === "info") continue;
    const quantized = i.quantization !== void 0;
    const from = quantized ? i.storedDtype ?? i.savedDtype : i.savedDtype;
    const to = quantized ? i.savedDtype : i.expectedDtype;
    const key = `${from}>${to}>${quantized}`;
    const c = casts.get(key) ?? { from, to, count: 0, quantized };
    c.count++;
    casts.set(key, c);
    layers.add(i.layer);
  }
  return casts.size ? { kind: "lossy-cast", layers: [...layers], casts: [...casts.values()] } : void 0;
}
function modelNamePrefix(issues, ctx) {
  if (ctx.loader.rule !== "tfjs") return void 0;
  const unused = issues.filter((i) => i.code === "unexpected-weights");
  const expected = new Set(modelLayers(ctx.definition).flatMap((l) => l.weights.map((w) => w.path)));
  const prefixes = /* @__PURE__ */ new Map();
  for (const u of unused) {
    for (const v of u.savedVars) {
      const cut2 = v.name.indexOf("/");
      if (cut2 > 0 && expected.has(v.name.slice(cut2 + 1))) prefixes.set(v.name.slice(0, cut2), (prefixes.get(v.name.slice(0, cut2)) ?? 0) + 1);
    }
  }
  const [prefix, count2] = [...prefixes].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!prefix || !count2) return void 0;
  return { kind: "model-name-prefix", layers: unused.map((u) => u.savedLayer), prefix, count: count2, isModelName: prefix === ctx.definition.name };
}
function findHints(pairing, issues, ctx) {
  const perIssue = /* @__PURE__ */ new Map();
  for (const i of issues) {
    const h = issueHint(i, ctx);
    if (h) perIssue.set(i, h);
  }
  const hints = [headChanged(issues, ctx), renameMap(issues), ...swaps(issues), byNameMatchedNothing(pairing, ctx), modelNamePrefix(issues, ctx), shiftedPaths(issues, ctx), lossyCasts(issues)].filter((h) => h !== void 0);
  return { perIssue, hints };
}

// src/diff/loader-rule.ts
import path8 from "node:path";

// src/diff/messages.ts
var RULE_TEXT = {
  order: "load_weights(path) pairs the layers that own weights by position; names are ignored",
  name: "load_weights(path, by_name=True) pairs layers by name and silently skips layers found on one side only",
  path: "load_weights pairs each variable by the object path Keras derives from the model (layers/<class>[_N]/vars/<i>); layer names are not used",
  tfjs: "tf.loadLayersModel pairs each weight by its TF.js name (layer/weight, or layer/index for Keras 3 exports)"
};
function loaderReason(c) {
  const who = c.runtime === "keras2" ? "tf-keras" : c.runtime === "keras3" ? "Keras 3" : "TF.js";
  const why = c.auto ? `${c.formatLabel} (${c.format})` : c.requested === c.rule ? `${c.requested} rule requested for ${c.formatLabel}` : `${c.requested} rule requested, but no loader applies it to ${c.formatLabel}; using the rule its loader applies`;
  const skip = c.skipMismatch ? c.rule === "path" ? "; skip_mismatch=True: objects that fail keep their initial values, with a warning" : c.runtime === "keras3" || c.rule === "name" ? "; skip_mismatch=True: mismatched weights are skipped with a warning" : "" : "";
  return `${why}: ${who} ${RULE_TEXT[c.rule]}${skip}.`;
}
var LISTED = 8;
function varList(vars) {
  const shown2 = vars.slice(0, LISTED).map((v) => `${v.name} ${pyShape(v.shape)}`).join(", ");
  return vars.length > LISTED ? `${shown2}, \u2026 (${vars.length - LISTED} more)` : shown2;
}
function keras2Name(path14) {
  return /:\d+$/.test(path14) ? path14 : `${path14}:0`;
}
function shapeMessage(i, c) {
  const exp = pyShape(i.expectedShape);
  const got = pyShape(i.savedShape);
  const skipped = i.skipped;
  switch (i.rule) {
    case "tfjs":
      return `Shape mismatch: ${jsShape(i.expectedShape)} vs. ${jsShape(i.savedShape)}`;
    case "path":
      return `The shape of the target variable and the shape of the target value in \`variable.assign(value)\` must match. variable.shape=${exp}, Received: value.shape=${got}. Target variable: <Variable path=${i.weight}, shape=${exp}, dtype=${i.dtype}, value=\u2026>`;
    case "order":
    case "name":
      if (c.runtime === "keras2") {
        if (i.rule === "order") {
          return `Cannot assign value to variable ' ${keras2Name(i.weight)}': Shape mismatch.The variable shape ${exp}, and the assigned value shape ${got} are incompatible.`;
        }
        return skipped ? `Skipping loading weights for layer #${i.position} (named ${i.layer}) due to mismatch in shape for weight ${keras2Name(i.weight)}. Weight expects shape ${exp}. Received saved weight with shape ${got}` : `Shape mismatch in layer #${i.position} (named ${i.layer}) for weight ${keras2Name(i.weight)}. Weight expects shape ${exp}. Received saved weight with shape ${got}`;
      }
      return skipped ? `Skipping loading weights for layer #${i.position} (named ${i.layer})due to mismatch in shape for weight ${i.weight}. Weight expects shape ${exp}. Received saved weight with shape ${got}` : `Shape mismatch in layer #${i.position} (named ${i.layer})for weight ${i.weight}. Weight expects shape ${exp}. Received saved weight with shape ${got}`;
  }
}
function countMessage(i) {
  const n = i.expectedVars.length;
  const m = i.savedVars.length;
  switch (i.rule) {
    case "order":
      return `Weight count mismatch for layer #${i.position} (named ${i.layer} in the current model, ${i.savedLayer} in the save file). Layer expects ${n} weight(s). Received ${m} saved weight(s)`;
    case "name":
      return i.skipped ? `Skipping loading of weights for layer #${i.position} (named ${i.layer}) due to mismatch in number of weights. Layer expects ${n} weight(s). Received ${m} saved weight(s)` : `Weight count mismatch for layer #${i.position} (named ${i.layer}). Layer expects ${n} weight(s). Received ${m} saved weight(s)`;
    default:
      return kerasVariableCount(i.objectName ?? i.layer, i.expectedVars, m);
  }
}
function kerasVariableCount(name, expected, received) {
  return `Layer '${name}' expected ${expected.length} variables, but received ${received} variables during loading. Expected: ${pyList(expected.map((v) => v.name.split("/").pop() ?? v.name))}`;
}
function missingMessage(i) {
  const n = i.expectedVars.length;
  switch (i.rule) {
    case "path":
      return kerasVariableCount(i.objectName ?? i.layer, i.expectedVars, 0);
    case "tfjs":
      return `${i.unsetTotal ?? n} of ${i.totalWeights ?? n} weights are not set: ${(i.unsetNames ?? i.expectedVars.map((v) => v.name)).join(",")}`;
    case "name":
      return `The file has no layer named '${i.layer}': load_weights(by_name=True) skips it silently, so its ${plural(n, "weight")} (${varList(i.expectedVars)}) keep their random initial values.`;
    case "order":
      return `'${i.layer}' owns ${plural(n, "weight")} (${varList(i.expectedVars)}) but no layer of the file lines up with it.`;
  }
}
function unexpectedMessage(i) {
  const n = i.savedVars.length;
  if (i.topLevel) {
    return i.rule === "name" ? `Weight count mismatch for top-level weights of model. Model expects 0 top-level weight(s). Received ${n} saved top-level weight(s)` : `Weight count mismatch for top-level weights when loading weights from file. Model expects 0 top-level weight(s). Received ${n} saved top-level weight(s)`;
  }
  switch (i.rule) {
    case "tfjs":
      return `Provided weight data has no target variable: ${i.savedVars[0]?.name ?? i.savedLayer}`;
    case "path":
      return `Nothing in the model lives at ${i.savedPath} (the file's '${i.savedLayer}'): Keras never reads its ${plural(n, "variable")} (${varList(i.savedVars)}).`;
    case "name":
      return `No model layer is named '${i.savedLayer}': load_weights(by_name=True) ignores its ${plural(n, "weight")} (${varList(i.savedVars)}) silently.`;
    case "order":
      return `The file's '${i.savedLayer}' (${varList(i.savedVars)}) lines up with no layer of the model.`;
  }
}
function where(i) {
  return i.rule === "path" ? `both at ${i.objectPath}` : `weighted layer #${i.position}, paired by position`;
}
function nameMessage(i) {
  if (i.swappedWith) {
    return `'${i.layer}' receives the weights the file saved for '${i.savedLayer}' (${where(i)}), and '${i.swappedWith}' those saved for '${i.layer}': the two layers are swapped. Their shapes agree, so Keras raises nothing.`;
  }
  if (i.cycle) {
    return `'${i.layer}' receives the weights the file saved for '${i.savedLayer}' (${where(i)}): layers ${i.cycle.map((n) => `'${n}'`).join(" \u2192 ")} each receive the next one's weights.`;
  }
  if (i.autoNumbered) {
    return `'${i.layer}' receives the weights the file saved as '${i.savedLayer}' (${where(i)}); the names differ only by Keras' auto-numbering.`;
  }
  return `'${i.layer}' receives the weights the file saved as '${i.savedLayer}' (${where(i)}): a renamed layer, or a different one?`;
}
function unsupportedMessage(i) {
  switch (i.reason) {
    case "by-name-keras3":
      return `\`by_name\` only supports loading legacy '.h5' or '.hdf5' files. Received: ${i.source}`;
    case "skip-mismatch-keras2":
      return "When calling model.load_weights, skip_mismatch can only be set to True when by_name is True.";
    case "skip-mismatch-tfjs":
      return "skip_mismatch has no TF.js counterpart (tf.loadLayersModel checks every shape even with strict=false); weightgate ignored it.";
    case "rule-needs-other-format":
      return `No loader pairs ${withArticle(i.format)} file by ${i.requested}; weightgate applied the ${i.usedRule} rule, which its loader uses.`;
  }
}
function describe(i, c) {
  switch (i.code) {
    case "layer-count-mismatch":
      return `Layer count mismatch when loading weights from file. Model expected ${i.expectedLayers} layers, found ${i.savedLayers} saved layers.`;
    case "weight-count-mismatch":
      return countMessage(i);
    case "shape-mismatch":
      return shapeMessage(i, c);
    case "dtype-mismatch":
      if (i.unsupported) return `${i.weight} (layer '${i.layer}'): the file stores it as HDF5 ${i.unsupported} data, which Keras cannot load into a variable (it needs numbers, here ${i.expectedDtype}).`;
      if (c.rule === "tfjs" && i.raises) return `dtype of the new value (${i.savedDtype}) and previous value (${i.expectedDtype}) must match`;
      if (i.quantization) {
        return `${i.weight} is stored quantised (${i.quantization}) and decoded to ${i.savedDtype}: the values only approximate the originals.`;
      }
      return `${i.weight}: the file holds ${i.savedDtype}${i.storedDtype ? ` (stored as ${i.storedDtype})` : ""}, the model's variable is ${i.expectedDtype}; ${c.runtime === "tfjs" ? "TF.js" : "Keras"} casts it silently on load${i.lossy ? ", and the cast loses precision" : ""}.`;
    case "missing-weights":
      return missingMessage(i);
    case "unexpected-weights":
      return unexpectedMessage(i);
    case "name-mismatch":
      return nameMessage(i);
    case "unknown-layer-class":
      return `'${i.layer}' is ${withArticle(i.className)}, ${i.why ?? "a class weightgate does not know"}, so its weights cannot be checked. The file holds ${i.savedVars.length ? varList(i.savedVars) : "nothing"} for it${i.savedLayer && i.savedLayer !== i.layer ? ` (as '${i.savedLayer}')` : ""}.`;
    case "weights-converted":
      return `tf-keras converts the saved weights of '${i.layer}' (${i.className}) before loading (preprocess_weights_for_loading): ${i.conversion}. weightgate compares the converted shapes, and the smoke run loads the converted values.`;
    case "weights-refused":
      return i.kerasMessage;
    case "config-default":
      return i.explanation;
    case "dtype-inferred":
      return `${i.weight}: stored as 2-byte opaque data with no dtype attribute (how h5py stores bfloat16); read as ${i.dtype} because ${i.from} says so (inferred).`;
    case "optimizer-state":
      return `The file also holds optimizer state (${plural(i.count, "variable")}); it is never part of compatibility and inference does not need it.`;
    case "names-unrecorded":
      return "The file does not record layer names (Keras before 3.6 wrote none), so weightgate cannot tell whether two layers of the same class and shapes traded places.";
    case "loader-unsupported":
      return unsupportedMessage(i);
    case "duplicate-weight-name":
      return `Duplicate weight name: ${i.key}`;
  }
}
function escapeHatch(c) {
  switch (c.rule) {
    case "order":
      return "load_weights(path) itself still raises here: load with by_name=True (and skip_mismatch=True for resized layers)";
    case "name":
    case "path":
      return "load_weights itself still raises here unless you pass skip_mismatch=True";
    case "tfjs":
      return "tf.loadLayersModel itself still raises here: set the weights of this layer yourself";
  }
}
function noteFor(i, c) {
  const parts = [];
  if (i.code === "layer-count-mismatch") parts.push(alignmentNote(i));
  if (i.code === "loader-unsupported" && i.reason === "by-name-keras3") parts.push("weightgate paired the layers by the names the file records, to show what would differ.");
  if (i.code === "missing-weights" && i.rule === "path" && i.objectPath) parts.push(`The file has no variables at ${i.objectPath}.`);
  if (i.code === "unexpected-weights" && i.rule === "tfjs" && i.savedVars.length > 1) parts.push(`${plural(i.savedVars.length, "weight")} under '${i.savedLayer}' have no target.`);
  if (i.skipped) {
    parts.push(c.rule === "path" ? "skip_mismatch=True: Keras warns and the object keeps its initial values." : "skip_mismatch=True: Keras warns and this weight keeps its initial value.");
  }
  if (i.allowedBy) {
    const what = i.code === "unexpected-weights" ? "expected: the model does not use it" : "expected: will be trained from scratch";
    parts.push(`Allowed by ${i.allowedBy}: ${what}.${i.raises ? ` Note: ${escapeHatch(c)}.` : ""}`);
  }
  return parts.length ? parts.join(" ") : null;
}
function alignmentNote(i) {
  const unknown = i.unknownLayers ? ` Not counted: ${plural(i.unknownLayers, "layer")} of unknown class that the file does not list, so whether they own weights cannot be told.` : "";
  const assumed = (i.assumedByClass ?? []).map((a) => ` '${a.layer}' (${a.className}, not in the file) is counted as ${a.ownsWeights ? "owning" : "owning no"} weights, as the file's other ${a.className} layers do.`).join("");
  return `Keras stops here.${unknown}${assumed} ${alignmentText(i)}`;
}
function alignmentText(i) {
  const parts = [
    i.alignedByName ? `${i.alignedByName} by name` : "",
    i.alignedByShape ? `${i.alignedByShape} by weight shapes` : "",
    i.alignedByOrder ? `${i.alignedByOrder} by position` : ""
  ].filter(Boolean);
  return `To list every difference at once, weightgate lined up the layers ${parts.length ? parts.join(", ") : "it could (none paired)"}; the rest have no counterpart.`;
}
function expectedText(i) {
  switch (i.code) {
    case "layer-count-mismatch":
      return plural(i.expectedLayers, "weighted layer");
    case "weight-count-mismatch":
      return `${plural(i.expectedVars.length, "weight")}: ${varList(i.expectedVars)}`;
    case "shape-mismatch":
      return pyShape(i.expectedShape);
    case "dtype-mismatch":
      return i.expectedDtype;
    case "missing-weights":
      return varList(i.expectedVars);
    case "unexpected-weights":
      return i.topLevel ? "0 top-level weights" : "\u2014";
    case "name-mismatch":
      return i.layer;
    case "unknown-layer-class":
      return `${i.className} (unknown)`;
    case "weights-converted":
      return plural(i.to, "weight");
    case "weights-refused":
      return i.className;
    case "config-default":
      return `${i.key} unset`;
    case "dtype-inferred":
      return i.dtype;
    case "optimizer-state":
      return "\u2014";
    case "names-unrecorded":
      return "recorded layer names";
    case "loader-unsupported":
      return i.reason === "skip-mismatch-keras2" ? "by_name=True" : i.reason === "skip-mismatch-tfjs" ? "no skip_mismatch" : `${i.requested} rule`;
    case "duplicate-weight-name":
      return "unique weight names";
  }
}
function actualText(i) {
  switch (i.code) {
    case "layer-count-mismatch":
      return plural(i.savedLayers, "saved layer");
    case "weight-count-mismatch":
      return `${plural(i.savedVars.length, "weight")}${i.savedVars.length ? `: ${varList(i.savedVars)}` : ""}`;
    case "shape-mismatch":
      return pyShape(i.savedShape);
    case "dtype-mismatch":
      return i.unsupported ? `HDF5 ${i.unsupported}` : i.quantization ? `${i.savedDtype} (quantised ${i.quantization})` : i.storedDtype ? `${i.savedDtype} (stored ${i.storedDtype})` : i.savedDtype;
    case "missing-weights":
      return "nothing";
    case "unexpected-weights":
      return varList(i.savedVars);
    case "name-mismatch":
      return i.savedLayer;
    case "unknown-layer-class":
      return i.savedVars.length ? varList(i.savedVars) : "nothing";
    case "weights-converted":
      return plural(i.from, "saved weight");
    case "weights-refused":
      return varList(i.savedVars);
    case "config-default":
      return "\u2014";
    case "dtype-inferred":
      return "untagged 2 bytes";
    case "optimizer-state":
      return plural(i.count, "variable");
    case "names-unrecorded":
      return "none (Keras < 3.6)";
    case "loader-unsupported":
      return i.format;
    case "duplicate-weight-name":
      return i.key;
  }
}
function describeIssueHint(h) {
  switch (h.kind) {
    case "transposed":
      return `Same dimensions in another order: the layout is transposed (e.g. a PyTorch (out, in, h, w) kernel for Keras' (h, w, in, out)). np.transpose(saved, ${pyShape(h.axes)}) gives the expected layout.`;
    case "flatten-input":
      return `This is the first Dense after Flatten ('${h.flatten}') and only its input size differs (${h.expectedIn ?? "None"} vs ${h.savedIn}): the input size, or a layer before Flatten, changed.`;
    case "needs-tf-keras":
      return `tf-keras would convert these ${h.className} weights before loading (preprocess_weights_for_loading: ${h.conversion}); Keras 3 does not (it assigns them as saved, and this check simulates Keras 3). Load with tf-keras (--runtime keras2), or re-save the weights from it.`;
  }
}
function describeHint(h) {
  switch (h.kind) {
    case "head-changed": {
      const units2 = h.expectedUnits !== void 0 && h.savedUnits !== void 0 ? ` (${h.savedUnits} outputs in the file, ${h.expectedUnits} in the model: did the class count change?)` : "";
      const list = h.layers.join(",");
      const allow = (kind) => `\`--allow-${kind} ${list}\` (config: \`allow: { ${kind}: [${list}] }\`)`;
      const how = h.rule === "name" ? `by_name=True already leaves it at its initial values; record that it is intended with ${allow("missing")}` : h.skipMismatch ? `skip_mismatch=True already leaves it at its initial values; record that it is intended with ${allow("mismatch")}` : `allow it with ${allow("mismatch")} and load with skip_mismatch=True (Keras 3), or by_name=True, skip_mismatch=True (tf-keras)`;
      return `Only the head differs${units2}. If that is the point (transfer learning), ${how}.`;
    }
    case "rename-map": {
      const pairs = Object.entries(h.map).map(([from, to]) => `'${from}' \u2192 '${to}'`).join(", ");
      return h.autoNumbered ? `The names differ only by Keras' auto-numbering suffix (models built twice in one session drift this way). Rename map, file \u2192 model: ${pairs}. Name the layers explicitly in the code to pin them.` : `Same shapes under another name: the layers look renamed. Rename map, file \u2192 model: ${pairs}. Rename them back, or load by order (names play no part there).`;
    }
    case "layers-swapped":
      return `${h.layers.map((l) => `'${l}'`).join(" and ")} trade weights: the code's layer order no longer matches the file's. Restore the order (or re-save the weights) before trusting outputs.`;
    case "lossy-cast": {
      const casts = h.casts.map((c) => c.quantized ? `${plural(c.count, "weight")} stored quantised as ${c.from}` : `${plural(c.count, "weight")} narrowed from ${c.from} to ${c.to}`).join("; ");
      const avoid = h.casts.every((c) => c.quantized) ? "Convert without quantisation to avoid it" : "Save the weights in the model's dtype to avoid it";
      return `Values change on load (${casts}): outputs will differ slightly from the saved model's, so compare them with a tolerance that fits the narrower type. ${avoid}.`;
    }
    case "shifted-paths": {
      const moves = h.moves.map((m) => `'${m.layer}' reads what the file saved for '${m.savedLayer}'${m.objectPath ? ` (${m.objectPath})` : ""}`).join("; ");
      return `Object paths shifted: Keras 3 numbers them per class in model order (layers/dense, layers/dense_1, \u2026), so a layer added or removed earlier moves the later ones onto their neighbours' weights: ${moves}. Restore the layer, or re-save the weights from the current model.`;
    }
    case "by-name-matched-nothing":
      return "load_weights(by_name=True) matches none of the model's weighted layers: every layer keeps its random initial values. The names drifted; load by order, or rename the layers.";
    case "model-name-prefix":
      return `${plural(h.count, "weight name")} in the manifest start with '${h.prefix}/'${h.isModelName ? ", the model's own name," : ""} and pair once it is dropped: the TensorFlow.js converter writes Keras 3 models this way and tf.loadLayersModel (TF.js 4.22) does not strip it, so nothing loads. Drop the '${h.prefix}/' prefix from the manifest's weight names (or convert from a tf-keras model).`;
  }
}
function kerasLoadingFailure(failed2) {
  const first = failed2[0];
  return `A total of ${failed2.length} objects could not be loaded. Example error message for object ${first.repr}:

${first.message}

List of objects that could not be loaded:
[${failed2.map((f) => f.repr).join(", ")}]`;
}
function objectRepr(className, name) {
  return `<${className} name=${name}, built=True>`;
}

// src/diff/loader-rule.ts
var LEGACY2 = ["keras-h5-full", "keras-h5-weights"];
var KERAS32 = ["keras3-weights-h5", "keras3-weights-sharded", "keras3-archive"];
function autoRule(format) {
  if (LEGACY2.includes(format)) return "order";
  if (KERAS32.includes(format)) return "path";
  return "tfjs";
}
function rulesFor(format) {
  if (LEGACY2.includes(format)) return ["order", "name"];
  if (KERAS32.includes(format)) return ["path"];
  return ["tfjs"];
}
function requestedRule(options) {
  return options.loader ?? (options.byName ? "name" : void 0);
}
function usedRule(format, requested) {
  if (!requested) return autoRule(format);
  if (rulesFor(format).includes(requested)) return requested;
  if (requested === "name" && KERAS32.includes(format)) return "name";
  return autoRule(format);
}
function runtimeFor(rule, artifact, definition, options) {
  if (rule === "tfjs") return "tfjs";
  if (rule === "path") return "keras3";
  if (options.runtime) return options.runtime;
  return artifact.generation === 3 || definition?.generation === 3 ? "keras3" : "keras2";
}
function callFor(rule, artifact, skipMismatch) {
  const file = path8.basename(artifact.source);
  if (rule === "tfjs") return `tf.loadLayersModel('${file}')`;
  const args = [`'${file}'`];
  if (rule === "name") args.push("by_name=True");
  if (skipMismatch) args.push("skip_mismatch=True");
  return `model.load_weights(${args.join(", ")})`;
}
function chooseLoader(artifact, options = {}, definition) {
  const requested = requestedRule(options);
  const rule = usedRule(artifact.format, requested);
  const runtime = runtimeFor(rule, artifact, definition, options);
  const skipMismatch = Boolean(options.skipMismatch) && rule !== "tfjs";
  const auto = requested === void 0;
  return {
    rule,
    runtime,
    auto,
    skipMismatch,
    call: callFor(rule, artifact, skipMismatch),
    reason: loaderReason({ rule, runtime, auto, requested, format: artifact.format, formatLabel: artifact.formatLabel, skipMismatch })
  };
}
function loaderRefusals(choice, artifact, options) {
  const out = [];
  const requested = requestedRule(options);
  const base = { layer: "", format: artifact.format, source: path8.basename(artifact.source), usedRule: choice.rule };
  if (requested && !rulesFor(artifact.format).includes(requested)) {
    const byNameKeras3 = requested === "name" && KERAS32.includes(artifact.format);
    out.push({
      ...base,
      code: "loader-unsupported",
      severity: byNameKeras3 ? "error" : "warning",
      raises: byNameKeras3,
      requested,
      reason: byNameKeras3 ? "by-name-keras3" : "rule-needs-other-format"
    });
  }
  if (options.skipMismatch && choice.rule === "tfjs") {
    out.push({ ...base, code: "loader-unsupported", severity: "warning", raises: false, requested: "tfjs", reason: "skip-mismatch-tfjs" });
  }
  if (options.skipMismatch && choice.rule === "order" && choice.runtime === "keras2") {
    out.push({ ...base, code: "loader-unsupported", severity: "error", raises: true, requested: "order", reason: "skip-mismatch-keras2" });
  }
  return out;
}

// src/diff/multimap.ts
function pushTo(map, key, ...values) {
  const list = map.get(key);
  if (list) for (const v of values) list.push(v);
  else map.set(key, values);
}

// src/diff/dtype-issue.ts
function dtypeIssue(layer, v, savedLayer, s) {
  if (s.locator.untaggedBfloat16 === true) {
    if (v.dtype !== "bfloat16") {
      return { code: "dtype-mismatch", severity: "error", raises: true, layer, weight: v.path, savedLayer, expectedDtype: v.dtype, savedDtype: "bfloat16", lossy: false, unsupported: "opaque (2 bytes, bfloat16 without a dtype attribute)" };
    }
    return { code: "dtype-inferred", severity: "info", raises: false, layer, weight: v.path, savedLayer, dtype: "bfloat16", from: s.dtypeInferred ?? "the definition" };
  }
  const unsupported = s.locator.unsupportedType;
  if (typeof unsupported === "string") {
    return { code: "dtype-mismatch", severity: "error", raises: true, layer, weight: v.path, savedLayer, expectedDtype: v.dtype, savedDtype: s.dtype, lossy: false, unsupported };
  }
  if (v.dtype !== s.dtype && v.dtype !== "unknown" && s.dtype !== "unknown") {
    return { code: "dtype-mismatch", severity: "warning", raises: false, layer, weight: v.path, savedLayer, expectedDtype: v.dtype, savedDtype: s.dtype, lossy: isLossyCast(s.dtype, v.dtype) };
  }
  return void 0;
}

// src/diff/compare-layer.ts
function skips(ctx, rule) {
  return ctx.loader.skipMismatch && (rule === "name" || ctx.loader.runtime === "keras3");
}
function preprocess(ctx, layer, saved) {
  const weights = saved.weights;
  if (ctx.loader.runtime !== "keras2") return { weights };
  const keras1 = ctx.artifact.generation === 1 && ctx.definition.generation >= 2;
  const shapes = weights.map((w) => w.shape);
  const p = preprocessForLoading({ className: layer.className, config: layer.config }, shapes, { keras1 });
  if (p.kind === "as-saved") return { weights };
  const base = { layer: layer.name, className: layer.className, savedLayer: saved.name };
  if (p.kind === "refused") {
    return { weights, issue: { ...base, code: "weights-refused", severity: "error", raises: true, kerasMessage: p.message, savedVars: savedRefs(weights) } };
  }
  const converted = p.outputs.map((expr, i) => {
    const shape2 = exprShape(expr, shapes);
    const first = weights[0];
    return {
      ...first,
      name: layer.weights[i]?.name ?? `${first.name}#${i}`,
      // Its own identity: readers and caches key variables by path and index.
      path: `${saved.path} (converted #${i})`,
      index: i,
      shape: shape2,
      byteLength: shape2.reduce((a, b) => a * b, 1) * 4,
      derived: { expr, sources: weights, description: p.description }
    };
  });
  return {
    weights: converted,
    issue: { ...base, code: "weights-converted", severity: "info", raises: false, from: weights.length, to: converted.length, conversion: p.description }
  };
}
function gruConfig(layer) {
  if (layer.className === "GRU") return layer.config;
  const inner = layer.config.layer;
  if ((layer.className === "Bidirectional" || layer.className === "TimeDistributed") && typeof inner === "object" && inner !== null) {
    const o = inner;
    if (o.class_name === "GRU" && typeof o.config === "object" && o.config !== null) return o.config;
  }
  return { reset_after: null };
}
function compareLayer(ctx, m) {
  const { layer, saved, position, rule } = m;
  const issues = [];
  const pairs = [];
  if (isUnknown(layer)) {
    issues.push({ code: "unknown-layer-class", severity: "warning", raises: false, layer: layer.name, className: layer.className, savedVars: savedRefs(saved.weights), savedLayer: saved.name });
    return { issues, pairs };
  }
  const assumed = resetAfterAssumption(layer.name, gruConfig(layer), { generation: ctx.definition.generation, tfjs: writtenByTfjs(ctx.definition.producer) });
  if (assumed) issues.push({ code: "config-default", severity: "info", raises: false, layer: layer.name, key: "reset_after", explanation: assumed });
  const pre = preprocess(ctx, layer, saved);
  if (pre.issue) issues.push(pre.issue);
  if (pre.issue?.code === "weights-refused") return { issues, pairs };
  const weights = pre.weights;
  const skip = skips(ctx, rule);
  if (weights.length !== layer.weights.length) {
    const skipped = skip && rule === "name";
    issues.push({
      code: "weight-count-mismatch",
      rule,
      layer: layer.name,
      position,
      savedLayer: saved.name,
      severity: skipped ? "warning" : "error",
      raises: !skipped,
      ...skipped ? { skipped: true } : {},
      expectedVars: expectedRefs(layer.weights),
      savedVars: savedRefs(weights)
    });
    return { issues, pairs };
  }
  layer.weights.forEach((v, i) => {
    const s = weights[i];
    const shapeOk = shapesCompatible(v.shape, s.shape);
    pairs.push({ layer: layer.name, expected: v, saved: s, shapeOk });
    if (!shapeOk) {
      issues.push({
        code: "shape-mismatch",
        rule,
        layer: layer.name,
        weight: v.path,
        position,
        savedLayer: saved.name,
        savedName: s.name,
        expectedShape: v.shape,
        savedShape: s.shape,
        dtype: v.dtype,
        severity: skip ? "warning" : "error",
        raises: !skip,
        ...skip ? { skipped: true } : {}
      });
    }
    const dtype = dtypeIssue(layer.name, v, saved.name, s);
    if (dtype) issues.push(dtype);
  });
  return { issues, pairs };
}

// src/diff/pair-name.ts
function pairByName(ctx) {
  const issues = [];
  const pairs = [];
  const index = /* @__PURE__ */ new Map();
  for (const l of modelLayers(ctx.definition)) {
    if (l.name) pushTo(index, l.name, l);
  }
  const matched = /* @__PURE__ */ new Set();
  ctx.artifact.layers.forEach((saved, k) => {
    if (isTopLevelGroup(ctx.artifact, saved)) {
      if (saved.weights.length) {
        issues.push({ code: "unexpected-weights", rule: "name", severity: "error", raises: true, layer: saved.name, savedLayer: saved.name, savedPath: saved.path, savedVars: savedRefs(saved.weights), topLevel: true });
      }
      return;
    }
    const targets = index.get(saved.name) ?? [];
    for (const layer of targets) {
      matched.add(layer);
      const c = compareLayer(ctx, { layer, saved, position: k, rule: "name" });
      issues.push(...c.issues);
      pairs.push(...c.pairs);
    }
    if (!targets.length && saved.weights.length) {
      issues.push({ code: "unexpected-weights", rule: "name", severity: "warning", raises: false, layer: saved.name, savedLayer: saved.name, savedPath: saved.path, savedVars: savedRefs(saved.weights) });
    }
  });
  for (const layer of modelLayers(ctx.definition)) {
    if (matched.has(layer)) continue;
    if (isUnknown(layer)) {
      issues.push({ code: "unknown-layer-class", severity: "warning", raises: false, layer: layer.name, className: layer.className, savedVars: [] });
    } else if (layer.weights.length) {
      issues.push({ code: "missing-weights", rule: "name", severity: "error", raises: false, layer: layer.name, expectedVars: expectedRefs(layer.weights) });
    }
  }
  return { issues, pairs };
}

// src/diff/align.ts
function sameShapes2(l, s) {
  return l.weights.length === s.weights.length && l.weights.every((v, i) => shapesCompatible(v.shape, s.weights[i].shape));
}
function score(l, s) {
  const named = l.name === s.name;
  if (isUnknown(l)) return named ? 4 : 0.5;
  if (named) return 4 + (sameShapes2(l, s) ? 2 : 0);
  if (sameShapes2(l, s)) return 3;
  if (l.weights.length === s.weights.length) return 1;
  return null;
}
function alignedBy(l, s) {
  if (l.name === s.name) return "name";
  if (!isUnknown(l) && sameShapes2(l, s)) return "shape";
  return "order";
}
var MAX_ALIGNMENT_CELLS = 4e6;
function alignByNames(model, saved) {
  const at = /* @__PURE__ */ new Map();
  saved.forEach((s, j2) => {
    if (!at.has(s.name)) at.set(s.name, j2);
  });
  const rows = [];
  let j = 0;
  for (const layer of model) {
    const named = at.get(layer.name);
    if (named !== void 0 && named >= j) {
      while (j < named) rows.push({ saved: saved[j++] });
      rows.push({ layer, saved: saved[j++], by: "name" });
    } else if (j < saved.length && !at.has(layer.name) && score(layer, saved[j]) !== null) {
      rows.push({ layer, saved: saved[j], by: alignedBy(layer, saved[j]) });
      j++;
    } else {
      rows.push({ layer });
    }
  }
  while (j < saved.length) rows.push({ saved: saved[j++] });
  return rows;
}
function alignLayers(model, saved) {
  const n = model.length;
  const m = saved.length;
  if (n * m > MAX_ALIGNMENT_CELLS) return alignByNames(model, saved);
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) {
      const s = score(model[i2], saved[j2]);
      const pair = s === null ? -Infinity : s + best[i2 + 1][j2 + 1];
      best[i2][j2] = Math.max(pair, best[i2 + 1][j2], best[i2][j2 + 1]);
    }
  }
  const rows = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = score(model[i], saved[j]);
    if (s !== null && best[i][j] === s + best[i + 1][j + 1]) {
      rows.push({ layer: model[i], saved: saved[j], by: alignedBy(model[i], saved[j]) });
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) {
      rows.push({ layer: model[i++] });
    } else {
      rows.push({ saved: saved[j++] });
    }
  }
  while (i < n) rows.push({ layer: model[i++] });
  while (j < m) rows.push({ saved: saved[j++] });
  return rows;
}

// src/diff/names.ts
function cycleFrom(start, next) {
  const seq = [start];
  let cur = next.get(start);
  while (cur !== void 0 && cur !== start && next.has(cur) && seq.length <= next.size) {
    seq.push(cur);
    cur = next.get(cur);
  }
  return cur === start && seq.length >= 2 ? seq : null;
}
function nameMismatches(pairs, rule) {
  const differing = pairs.filter((p) => p.layer !== p.savedLayer);
  const next = new Map(differing.map((p) => [p.layer, p.savedLayer]));
  return differing.map((p) => {
    const cycle = cycleFrom(p.layer, next);
    const autoNumbered = differOnlyByAutoNumber(p.layer, p.savedLayer);
    const base = {
      code: "name-mismatch",
      rule,
      layer: p.layer,
      savedLayer: p.savedLayer,
      position: p.position,
      ...p.objectPath ? { objectPath: p.objectPath } : {},
      autoNumbered,
      raises: false
    };
    if (cycle && cycle.length === 2) return { ...base, severity: "warning", swappedWith: p.savedLayer };
    if (cycle) return { ...base, severity: "warning", cycle };
    return { ...base, severity: autoNumbered ? "info" : "warning" };
  });
}

// src/diff/pair-order.ts
function positional(model, saved) {
  return model.map((layer, i) => ({ layer, saved: saved[i], by: "order" }));
}
function unknownOwnership(ctx, all) {
  const owned = /* @__PURE__ */ new Map();
  const fileLayers = ctx.artifact.layers.filter((l) => !isTopLevelGroup(ctx.artifact, l));
  const byName = /* @__PURE__ */ new Map();
  for (const l of fileLayers) if (l.nameRecorded && !byName.has(l.name)) byName.set(l.name, l);
  const samePlaces = fileLayers.length === all.length;
  all.forEach((layer, i) => {
    if (!isUnknown(layer)) return;
    const saved = byName.get(layer.name) ?? (samePlaces ? fileLayers[i] : void 0);
    if (saved) owned.set(layer, saved.weights.length);
  });
  const classOwns = /* @__PURE__ */ new Map();
  for (const [layer, n] of owned) {
    const prev = classOwns.get(layer.className);
    classOwns.set(layer.className, prev === void 0 || prev === n > 0 ? n > 0 : null);
  }
  const byClass = [];
  for (const layer of all) {
    if (!isUnknown(layer) || owned.has(layer)) continue;
    const owns = classOwns.get(layer.className);
    if (owns === true || owns === false) {
      owned.set(layer, owns ? 1 : 0);
      byClass.push(layer);
    }
  }
  return { owned, byClass };
}
function pairByOrder(ctx) {
  const all = modelLayers(ctx.definition);
  const { owned, byClass } = unknownOwnership(ctx, all);
  const counted0 = all.filter((l) => isUnknown(l) ? (owned.get(l) ?? 0) > 0 : l.weights.length > 0);
  const unplaced = all.filter((l) => isUnknown(l) && !owned.has(l));
  const saved = savedWeightedLayers(ctx.artifact);
  const uncounted = (list) => {
    const inList = new Set(list);
    return all.filter((l) => isUnknown(l) && !inList.has(l)).map((layer) => ({ layer }));
  };
  const issues = [];
  const pairs = [];
  let rows;
  let counted;
  let countIssue;
  if (saved.length === counted0.length) {
    counted = counted0;
    rows = [...positional(counted0, saved), ...uncounted(counted0)];
  } else if (unplaced.length && saved.length === counted0.length + unplaced.length) {
    counted = all.filter((l) => !isUnknown(l) ? l.weights.length > 0 : (owned.get(l) ?? 0) > 0 || !owned.has(l));
    rows = [...positional(counted, saved), ...uncounted(counted)];
  } else if (unplaced.length && saved.length > counted0.length && saved.length < counted0.length + unplaced.length) {
    counted = all.filter((l) => !isUnknown(l) ? l.weights.length > 0 : (owned.get(l) ?? 0) > 0 || !owned.has(l));
    rows = alignLayers(counted, saved);
  } else {
    counted = counted0;
    rows = alignLayers(counted0, saved);
    const by = (b) => rows.filter((r) => r.layer && r.saved && r.by === b).length;
    countIssue = {
      code: "layer-count-mismatch",
      severity: "error",
      raises: true,
      layer: "",
      expectedLayers: counted0.length,
      savedLayers: saved.length,
      alignedByName: by("name"),
      alignedByShape: by("shape"),
      alignedByOrder: by("order"),
      ...unplaced.length ? { unknownLayers: unplaced.length } : {},
      ...byClass.length ? { assumedByClass: byClass.map((l) => ({ layer: l.name, className: l.className, ownsWeights: (owned.get(l) ?? 0) > 0 })) } : {}
    };
    issues.push(countIssue);
    for (const r of uncounted(counted0)) rows.push(r);
  }
  const position = new Map(counted.map((l, i) => [l, i]));
  const named = rows.filter((r) => r.layer && r.saved?.nameRecorded).map((r) => ({ layer: r.layer.name, savedLayer: r.saved.name, position: position.get(r.layer) ?? -1 }));
  const nameIssues = new Map(nameMismatches(named, "order").map((i) => [i.layer, i]));
  for (const r of rows) {
    if (r.layer && r.saved) {
      const n = nameIssues.get(r.layer.name);
      if (n) issues.push(n);
      const c = compareLayer(ctx, { layer: r.layer, saved: r.saved, position: position.get(r.layer) ?? -1, rule: "order" });
      issues.push(...c.issues);
      pairs.push(...c.pairs);
    } else if (r.layer) {
      issues.push(isUnknown(r.layer) ? { code: "unknown-layer-class", severity: "warning", raises: false, layer: r.layer.name, className: r.layer.className, savedVars: [] } : { code: "missing-weights", rule: "order", severity: "error", raises: false, layer: r.layer.name, expectedVars: expectedRefs(r.layer.weights) });
    } else if (r.saved) {
      issues.push({ code: "unexpected-weights", rule: "order", severity: "error", raises: false, layer: r.saved.name, savedLayer: r.saved.name, savedPath: r.saved.path, savedVars: savedRefs(r.saved.weights) });
    }
  }
  const top = ctx.artifact.layers.find((l) => isTopLevelGroup(ctx.artifact, l) && l.weights.length > 0);
  if (top) {
    issues.push({ code: "unexpected-weights", rule: "order", severity: "error", raises: true, layer: top.name, savedLayer: top.name, savedPath: top.path, savedVars: savedRefs(top.weights), topLevel: true });
  }
  return { issues, pairs, ...countIssue ? { alignment: alignmentText(countIssue) } : {} };
}

// src/diff/pair-path.ts
function savedObjects(layers) {
  const out = /* @__PURE__ */ new Map();
  for (const layer of layers) {
    for (const v of layer.weights) {
      const o = out.get(v.objectPath) ?? { layer, vars: [] };
      o.vars.push(v);
      out.set(v.objectPath, o);
    }
  }
  for (const o of out.values()) o.vars.sort((a, b) => a.index - b.index);
  return out;
}
function objectsOf(layer) {
  const out = /* @__PURE__ */ new Map();
  for (const v of layer.weights) pushTo(out, v.objectPath, v);
  for (const vars of out.values()) vars.sort((a, b) => a.index - b.index);
  return out;
}
var CELL_CLASS = { LSTM: "LSTMCell", GRU: "GRUCell", SimpleRNN: "SimpleRNNCell" };
function objectClass(layer, objectPath) {
  if (objectPath === layer.objectPath) return layer.className;
  const last = objectPath.split("/").pop() ?? "";
  if (last === "cell" && CELL_CLASS[layer.className]) return CELL_CLASS[layer.className];
  if (/_dense$/.test(last) && layer.className === "MultiHeadAttention") return "EinsumDense";
  const inner = layer.config.layer;
  if (typeof inner?.class_name === "string") {
    if (last === "cell" && CELL_CLASS[inner.class_name]) return CELL_CLASS[inner.class_name];
    return inner.class_name;
  }
  return layer.className;
}
function objectName(layer, objectPath, vars, saved) {
  if (objectPath === layer.objectPath) return layer.name;
  const recorded = saved?.subNames?.[objectPath];
  if (recorded) return recorded;
  const scope = vars[0]?.path.split("/");
  return scope && scope.length >= 3 ? scope[scope.length - 2] : objectPath.split("/").pop() ?? layer.name;
}
function pairByPath(ctx) {
  const issues = [];
  const pairs = [];
  const objects = savedObjects(ctx.artifact.layers);
  const byPath = new Map(ctx.artifact.layers.map((l) => [l.path, l]));
  const visited = /* @__PURE__ */ new Set();
  const skip = ctx.loader.skipMismatch;
  const failure = skip ? { severity: "warning", raises: false, skipped: true } : { severity: "error", raises: true };
  const layers = modelLayers(ctx.definition);
  const named = layers.filter((l) => l.objectPath && (l.weights.length > 0 || isUnknown(l) || (byPath.get(l.objectPath)?.weights.length ?? 0) > 0)).flatMap((l, position) => {
    const s = byPath.get(l.objectPath);
    return s?.nameRecorded ? [{ layer: l.name, savedLayer: s.name, position, objectPath: l.objectPath }] : [];
  });
  const nameIssues = new Map(nameMismatches(named, "path").map((i) => [i.layer, i]));
  for (const layer of layers) {
    const n = nameIssues.get(layer.name);
    if (n) issues.push(n);
    const savedLayer = byPath.get(layer.objectPath);
    if (layer.weights.length && layer.weights.every((v) => !v.objectPath)) {
      issues.push({ code: "unknown-layer-class", severity: "warning", raises: false, layer: layer.name, className: layer.className, savedVars: [], why: "a layer whose Keras 3 object path could not be derived from the definition" });
      continue;
    }
    if (isUnknown(layer)) {
      const held = [...objects.entries()].filter(([p]) => layer.objectPath && (p === layer.objectPath || p.startsWith(`${layer.objectPath}/`)));
      held.forEach(([p]) => visited.add(p));
      issues.push({ code: "unknown-layer-class", severity: "warning", raises: false, layer: layer.name, className: layer.className, savedVars: held.flatMap(([, o]) => savedRefs(o.vars)), ...savedLayer ? { savedLayer: savedLayer.name } : {} });
      continue;
    }
    for (const [objectPath, expected] of objectsOf(layer)) {
      visited.add(objectPath);
      const got = objects.get(objectPath)?.vars ?? [];
      const obj = { objectPath, objectName: objectName(layer, objectPath, expected, savedLayer), objectClass: objectClass(layer, objectPath) };
      if (got.length === 0) {
        issues.push({ code: "missing-weights", rule: "path", layer: layer.name, expectedVars: expectedRefs(expected), ...obj, ...failure });
        continue;
      }
      if (got.length !== expected.length) {
        issues.push({
          code: "weight-count-mismatch",
          rule: "path",
          layer: layer.name,
          position: 0,
          savedLayer: objects.get(objectPath).layer.name,
          expectedVars: expectedRefs(expected),
          savedVars: savedRefs(got),
          ...obj,
          ...failure
        });
        continue;
      }
      const owner = objects.get(objectPath).layer;
      expected.forEach((v, i) => {
        const s = got.find((g) => g.index === v.index) ?? got[i];
        const shapeOk = shapesCompatible(v.shape, s.shape);
        pairs.push({ layer: layer.name, expected: v, saved: s, shapeOk });
        if (!shapeOk) {
          issues.push({
            code: "shape-mismatch",
            rule: "path",
            layer: layer.name,
            weight: v.path,
            position: v.index,
            savedLayer: owner.name,
            savedName: s.name,
            expectedShape: v.shape,
            savedShape: s.shape,
            dtype: v.dtype,
            ...obj,
            ...failure
          });
        }
        const dtype = dtypeIssue(layer.name, v, owner.name, s);
        if (dtype) issues.push(dtype);
      });
    }
  }
  const extra = /* @__PURE__ */ new Map();
  for (const [p, o] of objects) {
    if (!visited.has(p)) pushTo(extra, o.layer, ...o.vars);
  }
  for (const [layer, vars] of extra) {
    issues.push({ code: "unexpected-weights", rule: "path", severity: "warning", raises: false, layer: layer.name, savedLayer: layer.name, savedPath: layer.path || "/vars", savedVars: savedRefs(vars) });
  }
  const weighted = ctx.artifact.layers.filter((l) => l.weights.length > 0);
  if (weighted.length > 1 && weighted.every((l) => !l.nameRecorded)) {
    issues.push({ code: "names-unrecorded", severity: "info", raises: false, layer: "" });
  }
  return { issues, pairs };
}

// src/diff/pair-tfjs.ts
var RNN_CELL_SCOPE = /(^|_)cell(_\d+)?$/;
var TFJS_RENAMES = {
  DepthwiseConv2D: { kernel: "depthwise_kernel" },
  DepthwiseConv1D: { kernel: "depthwise_kernel" }
};
function tfjsVariableName(layer, v) {
  const segs = (v.path || `${layer.name}/${v.name}`).split("/");
  const renamed = TFJS_RENAMES[layer.className]?.[segs[segs.length - 1]];
  if (renamed) segs[segs.length - 1] = renamed;
  if (segs.length <= 2) return segs.join("/");
  if (layer.className === "TimeDistributed") return `${segs[0]}/${segs[segs.length - 1]}`;
  return segs.filter((s, i) => i === 0 || i === segs.length - 1 || !RNN_CELL_SCOPE.test(s)).join("/");
}
function owners(layer) {
  const out = /* @__PURE__ */ new Map();
  const walk = (l) => {
    if (l.nested) l.nested.layers.forEach(walk);
    else l.weights.forEach((v) => out.set(v, l));
  };
  walk(layer);
  return out;
}
function keras3Keys(first) {
  if (first === void 0) return false;
  const last = first.split("/").pop() ?? "";
  return !Number.isNaN(Number.parseInt(last, 10));
}
function dropSecondToLast(name) {
  const t = name.split("/");
  return t.length < 2 ? name : [...t.slice(0, -2), t[t.length - 1]].join("/");
}
function tfjsDtype(d) {
  if (d === "float16" || d === "bfloat16" || d === "float64") return "float32";
  if (d === "int64" || d === "int8" || d === "int16" || d === "uint8" || d === "uint16") return "int32";
  return d;
}
function pairByTfjs(ctx) {
  const issues = [];
  const pairs = [];
  const provided = ctx.artifact.layers.flatMap((layer) => layer.weights.map((v) => ({ v, layer })));
  const keras3 = keras3Keys(provided[0]?.v.name);
  const targets = /* @__PURE__ */ new Map();
  const unknownPrefixes = [];
  for (const layer of modelLayers(ctx.definition)) {
    if (isUnknown(layer)) {
      unknownPrefixes.push(layer);
      continue;
    }
    const owner = owners(layer);
    layer.weights.forEach((v, index) => {
      const name = tfjsVariableName(owner.get(v) ?? layer, v);
      const key = keras3 ? `${name.split("/").slice(0, -1).join("/")}/${index}` : name;
      if (targets.has(key)) {
        issues.push({ code: "duplicate-weight-name", severity: "error", raises: true, layer: layer.name, weight: v.path, key });
        return;
      }
      targets.set(key, { layer, variable: v, name, set: false });
    });
  }
  const noTarget = /* @__PURE__ */ new Map();
  const assigned = [];
  const heldByUnknown = /* @__PURE__ */ new Map();
  for (const { v, layer } of provided) {
    const t = targets.get(v.name) ?? targets.get(dropSecondToLast(v.name));
    if (t) {
      t.set = true;
      assigned.push({ t, s: v, layer });
      continue;
    }
    const unknown = unknownPrefixes.find((l) => v.name.startsWith(`${l.name}/`));
    if (unknown) pushTo(heldByUnknown, unknown, v);
    else pushTo(noTarget, layer, v);
  }
  for (const [layer, vars] of noTarget) {
    issues.push({ code: "unexpected-weights", rule: "tfjs", severity: "error", raises: true, layer: layer.name, savedLayer: layer.name, savedPath: layer.path, savedVars: vars.map((v) => ({ name: v.name, shape: v.shape })) });
  }
  const unset = [...targets.entries()].filter(([, t]) => !t.set);
  const byLayer = /* @__PURE__ */ new Map();
  for (const [, t] of unset) pushTo(byLayer, t.layer, { name: t.variable.path || t.name, shape: t.variable.shape });
  for (const [layer, expected] of byLayer) {
    issues.push({
      code: "missing-weights",
      rule: "tfjs",
      severity: "error",
      raises: true,
      layer: layer.name,
      expectedVars: expected,
      unsetTotal: unset.length,
      totalWeights: targets.size,
      unsetNames: unset.map(([, t]) => t.name)
    });
  }
  for (const { t, s, layer } of assigned) {
    const v = t.variable;
    const shapeOk = shapesCompatible(v.shape, s.shape);
    pairs.push({ layer: t.layer.name, expected: v, saved: s, shapeOk });
    if (!shapeOk) {
      issues.push({
        code: "shape-mismatch",
        rule: "tfjs",
        severity: "error",
        raises: true,
        layer: t.layer.name,
        weight: v.path || t.name,
        position: 0,
        savedLayer: layer.name,
        savedName: s.name,
        expectedShape: v.shape,
        savedShape: s.shape,
        dtype: v.dtype
      });
    }
    const want = tfjsDtype(v.dtype);
    if (s.dtype !== "unknown" && v.dtype !== "unknown" && tfjsDtype(s.dtype) !== want) {
      issues.push({ code: "dtype-mismatch", severity: "error", raises: true, layer: t.layer.name, weight: v.path || t.name, savedLayer: layer.name, expectedDtype: want, savedDtype: s.dtype, lossy: isLossyCast(s.dtype, want) });
    } else if (s.quantization || s.storedDtype && s.storedDtype !== s.dtype) {
      const stored = s.quantization?.dtype ?? s.storedDtype;
      issues.push({
        code: "dtype-mismatch",
        severity: "warning",
        raises: false,
        layer: t.layer.name,
        weight: v.path || t.name,
        savedLayer: layer.name,
        expectedDtype: v.dtype,
        savedDtype: s.dtype,
        storedDtype: stored,
        ...s.quantization ? { quantization: s.quantization.dtype } : {},
        lossy: isLossyCast(s.dtype, stored)
      });
    }
  }
  for (const layer of unknownPrefixes) {
    const held = heldByUnknown.get(layer) ?? [];
    issues.push({ code: "unknown-layer-class", severity: "warning", raises: false, layer: layer.name, className: layer.className, savedVars: held.map((v) => ({ name: v.name, shape: v.shape })) });
  }
  return { issues, pairs };
}

// src/diff/diff.ts
var PAIRERS = {
  order: pairByOrder,
  name: pairByName,
  path: pairByPath,
  tfjs: pairByTfjs
};
function verdictOf(findings) {
  if (findings.some((f) => f.severity === "error")) return "incompatible";
  if (findings.some((f) => f.severity === "warning")) return "warnings";
  return "compatible";
}
function countsOf(findings) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
function word(i, c, hint) {
  const { weight, severity, code: code2, layer, ...rest } = i;
  const note = noteFor(i, c);
  return {
    severity,
    code: code2,
    layer,
    weight: weight ?? null,
    message: describe(i, c),
    expected: expectedText(i),
    actual: actualText(i),
    ...note ? { note } : {},
    ...hint ? { hint: describeIssueHint(hint) } : {},
    ...rest
  };
}
function loaderErrorOf(issues, c) {
  const raising = issues.filter((i) => i.raises);
  if (!raising.length) return null;
  const refusal2 = raising.find((i) => i.code === "loader-unsupported");
  if (refusal2) return describe(refusal2, c);
  if (c.rule !== "path") return describe(raising[0], c);
  const failed2 = /* @__PURE__ */ new Map();
  for (const i of raising) {
    if ((i.code === "missing-weights" || i.code === "weight-count-mismatch" || i.code === "shape-mismatch") && i.objectPath !== void 0) {
      if (!failed2.has(i.objectPath)) failed2.set(i.objectPath, { repr: objectRepr(i.objectClass ?? "Layer", i.objectName ?? i.layer), message: describe(i, c) });
    }
  }
  return failed2.size ? kerasLoadingFailure([...failed2.values()]) : describe(raising[0], c);
}
function pairOpaqueModel(ctx) {
  const saved = ctx.artifact.layers.flatMap((l) => l.weights.map((v) => ({ name: `${l.name}/${v.name}`, shape: v.shape })));
  const d = ctx.definition;
  return { issues: [{ code: "unknown-layer-class", severity: "warning", raises: false, layer: d.name, className: d.className, savedVars: saved, why: "a subclassed model whose layers are defined in Python code, not in the config" }], pairs: [] };
}
function diff(definition, artifact, options = {}) {
  const loader = chooseLoader(artifact, options, definition);
  const ctx = { definition, artifact, loader };
  const opaque = modelLayers(definition).length === 0 && artifact.layers.some((l) => l.weights.length > 0);
  const pairing = opaque ? pairOpaqueModel(ctx) : PAIRERS[loader.rule](ctx);
  let issues = [...loaderRefusals(loader, artifact, options), ...pairing.issues];
  if (artifact.optimizer.length) {
    issues.push({ code: "optimizer-state", severity: "info", raises: false, layer: "", count: artifact.optimizer.length });
  }
  issues = applyAllowances(issues, options);
  const { perIssue, hints } = findHints(pairing, issues, ctx);
  const mc = { rule: loader.rule, runtime: loader.runtime, skipMismatch: loader.skipMismatch };
  const findings = issues.map((i) => word(i, mc, perIssue.get(i)));
  const report = {
    schemaVersion: 1,
    get verdict() {
      return verdictOf(this.findings);
    },
    get counts() {
      return countsOf(this.findings);
    },
    definition: { source: definition.source, format: definition.format, generation: definition.generation, name: definition.name, className: definition.className },
    artifact: {
      source: artifact.source,
      format: artifact.format,
      label: artifact.formatLabel,
      generation: artifact.generation,
      ...artifact.producer.kerasVersion ? { kerasVersion: artifact.producer.kerasVersion } : {}
    },
    loader: { ...loader, ...pairing.alignment ? { alignment: pairing.alignment } : {} },
    loaderError: loaderErrorOf(issues, mc),
    coverage: coverageOf(definition, artifact, pairing.pairs),
    findings,
    hints: hints.map((h) => ({ ...h, message: describeHint(h) })),
    pairs: pairing.pairs
  };
  Object.defineProperty(report, "pairs", { enumerable: false });
  return report;
}

// src/diff/findings.ts
var RANK = { error: 0, warning: 1, info: 2 };
function severityRank(s) {
  return RANK[s];
}

// src/report/cap.ts
var MAX_NAME = 120;
var MAX_LINE = 1e3;
var MAX_LINES = 40;
function count(n) {
  return n.toLocaleString("en-US");
}
function head(text, max) {
  const end = max > 0 && /[\ud800-\udbff]/.test(text[max - 1] ?? "") ? max - 1 : max;
  return text.slice(0, end);
}
function capText(text, max) {
  if (text.length <= max) return text;
  return `${head(text, max)}\u2026 (${count(text.length)} ${noun(text.length, "character")})`;
}
function capName(name, max = MAX_NAME) {
  return capText(name, max);
}
function capLine(line, max = MAX_LINE) {
  return capText(line, max);
}
function capLines(text, maxLines = MAX_LINES, maxLine = MAX_LINE) {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  const shown2 = lines.slice(0, maxLines).map((l) => capLine(l, maxLine));
  if (lines.length > maxLines) shown2.push(moreText(lines.length - maxLines, "line"));
  return shown2.join("\n");
}
function moreText(n, what) {
  return `\u2026 and ${count(n)} more${what ? ` ${noun(n, what)}` : ""}`;
}
function capList(items, max) {
  return items.length <= max ? { shown: [...items], more: 0 } : { shown: items.slice(0, max), more: items.length - max };
}
function nameList(names, max = 10, sep = ", ") {
  const { shown: shown2, more } = capList(names, max);
  const text = shown2.map((n) => capName(n)).join(sep);
  return more ? `${text}${sep}${moreText(more)}` : text;
}
function maxOf(values, floor = -Infinity) {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}

// src/report/sections.ts
var TITLES = {
  "loader-unsupported": "Loader refuses",
  "layer-count-mismatch": "Layer count mismatch",
  "weights-refused": "Refused by tf-keras",
  "weight-count-mismatch": "Weight count mismatch",
  "shape-mismatch": "Shape mismatch",
  "missing-weights": "Missing from the file",
  "unexpected-weights": "Unused by the model",
  "duplicate-weight-name": "Duplicate weight names",
  "name-mismatch": "Name mismatch",
  "dtype-mismatch": "Dtype mismatch",
  "unknown-layer-class": "Unknown layer class",
  "weights-converted": "Converted on load",
  "config-default": "Defaults assumed",
  "dtype-inferred": "Dtypes inferred",
  "names-unrecorded": "Names not recorded",
  "optimizer-state": "Optimizer state"
};
var ORDER = Object.keys(TITLES);
var WHOLE_FILE = /* @__PURE__ */ new Set(["loader-unsupported", "names-unrecorded", "optimizer-state"]);
function sections(report) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const list = groups.get(f.code);
    if (list) list.push(f);
    else groups.set(f.code, [f]);
  }
  return [...groups.entries()].map(([code2, findings]) => ({
    code: code2,
    title: TITLES[code2],
    worst: findings.reduce((w, f) => severityRank(f.severity) < severityRank(w) ? f.severity : w, "info"),
    findings,
    hasWeight: findings.some((f) => f.weight !== null),
    sentencesOnly: WHOLE_FILE.has(code2)
  })).sort((a, b) => severityRank(a.worst) - severityRank(b.worst) || ORDER.indexOf(a.code) - ORDER.indexOf(b.code));
}
function tag(f) {
  const parts = [];
  if (f.allowedBy) parts.push(`allowed (${f.allowedBy})`);
  if (f.skipped) parts.push("skipped (skip_mismatch)");
  if (f.code === "name-mismatch") {
    if (f.swappedWith) parts.push(`swapped with ${f.swappedWith}`);
    else if (f.cycle) parts.push("reordered");
    else if (f.autoNumbered) parts.push("auto-numbering");
  }
  if (f.code === "dtype-mismatch" && f.lossy) parts.push("lossy");
  if (f.raises && !f.skipped) parts.push("raises");
  return parts.join(", ");
}
function verdictWord(v) {
  return v === "compatible" ? "compatible" : v === "warnings" ? "compatible with warnings" : "incompatible";
}
function countsText(report) {
  const c = report.counts;
  const parts = [
    c.error ? plural(c.error, "error") : "",
    c.warning ? plural(c.warning, "warning") : "",
    c.info ? `${c.info} info` : ""
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "no findings";
}
function coverageText(report) {
  const c = report.coverage;
  const unchecked = c.layersUnchecked ? `; ${plural(c.layersUnchecked, "layer")} of unknown class not checked` : "";
  return `${c.matched} of ${c.expected} expected variables match (the file holds ${c.saved}); ${c.layersMatched} of ${c.layersExpected} weighted layers complete${unchecked}`;
}
function hintLines(report) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of report.findings) {
    if (!f.hint || seen.has(f.hint)) continue;
    seen.add(f.hint);
    out.push({ about: f.weight ?? f.layer, text: f.hint });
  }
  const wide = /* @__PURE__ */ new Set(["rename-map", "by-name-matched-nothing", "lossy-cast"]);
  for (const h of report.hints) out.push({ about: wide.has(h.kind) ? "" : nameList(h.layers), text: h.message });
  return out;
}
function fileName(p) {
  return p.split(/[\\/]/).filter(Boolean).pop() ?? p;
}

// src/report/text.ts
var DEFAULT_TEXT_OPTIONS = { color: false, ascii: false, maxCell: 48, maxRows: 20 };
var MARK = {
  unicode: { error: "\u2716", warning: "\u26A0", info: "\u2139", compatible: "\u2714", warnings: "\u26A0", incompatible: "\u2716" },
  ascii: { error: "E", warning: "W", info: "i", compatible: "OK", warnings: "WARN", incompatible: "FAIL" }
};
var COLOR = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m" };
var RESET = "\x1B[0m";
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;
function escapeControls(line) {
  return line.replace(CONTROL, (c) => `\\u${c.codePointAt(0).toString(16).padStart(4, "0")}`);
}
function sanitizeTerminal(text, o = {}) {
  if (o.keepNewlines) return capLines(text).split("\n").map(escapeControls).join("\n");
  return escapeControls(capLine(text).replace(/\r\n|\r|\n/g, "\\n"));
}
var MAX_HINTS = 20;
function cut(text, max) {
  const clean2 = sanitizeTerminal(text);
  return clean2.length > max ? `${clean2.slice(0, max - 1)}\u2026` : clean2;
}
function paint(text, s, o) {
  return o.color ? `${COLOR[s]}${text}${RESET}` : text;
}
function columns(rows) {
  const widths = rows[0].map((_, i) => maxOf(rows.map((r) => [...r[i]].length), 0));
  return rows.map((r) => r.map((c, i) => i === r.length - 1 ? c : c + " ".repeat(widths[i] - [...c].length)).join("  ").trimEnd());
}
function sentenceLines(s, o) {
  const m = MARK[o.ascii ? "ascii" : "unicode"];
  const { shown: shown2, more } = capList(s.findings, o.maxRows);
  return [s.title, ...shown2.flatMap((f) => [
    paint(`  ${m[f.severity]} ${sanitizeTerminal(f.message.split("\n")[0])}`, f.severity, o),
    ...f.note ? [`    ${sanitizeTerminal(f.note)}`] : []
  ]), ...more ? [`  ${moreText(more)}`] : []];
}
function sectionLines(s, o, raised) {
  if (s.sentencesOnly) return sentenceLines(s, o);
  const m = MARK[o.ascii ? "ascii" : "unicode"];
  const header = [" ", "layer", ...s.hasWeight ? ["weight"] : [], "model", "file", "note"];
  const shown2 = s.findings.slice(0, o.maxRows);
  const body = shown2.map((f) => [
    m[f.severity],
    cut(f.layer || "\u2014", o.maxCell),
    ...s.hasWeight ? [cut(f.weight ?? "", o.maxCell)] : [],
    cut(f.expected, o.maxCell),
    cut(f.actual, o.maxCell),
    cut(tag(f), o.maxCell)
  ]);
  const table2 = columns([header, ...body]).map((l, i) => `  ${i === 0 ? l : paint(l, shown2[i - 1].severity, o)}`);
  const out = [`${s.title} (${s.findings.length})`, ...table2];
  if (s.findings.length > shown2.length) out.push(`  ${moreText(s.findings.length - shown2.length)}`);
  const first = s.findings[0].message.split("\n")[0];
  if (first !== raised) out.push(`  ${sanitizeTerminal(first)}`);
  const note = s.findings[0].note;
  if (note) out.push(`  ${sanitizeTerminal(note)}`);
  return out;
}
function textLines(report, options = {}) {
  const o = { ...DEFAULT_TEXT_OPTIONS, ...options };
  const m = MARK[o.ascii ? "ascii" : "unicode"];
  const sev = report.verdict === "incompatible" ? "error" : report.verdict === "warnings" ? "warning" : "info";
  const verdict = `${m[report.verdict]} ${verdictWord(report.verdict)} (${countsText(report)}): ${sanitizeTerminal(fileName(report.definition.source))} vs ${sanitizeTerminal(fileName(report.artifact.source))}`;
  const lines = [
    report.verdict === "compatible" && o.color ? `\x1B[32m${verdict}${RESET}` : paint(verdict, sev, { ...o, color: o.color && report.verdict !== "compatible" }),
    `  loader    ${report.loader.rule}: ${sanitizeTerminal(report.loader.call)}`,
    `            ${sanitizeTerminal(report.loader.reason)}`,
    `  coverage  ${coverageText(report)}`
  ];
  if (report.loaderError) {
    const [first, ...rest] = report.loaderError.split("\n").filter((l) => l.trim());
    lines.push(`  raises    ${sanitizeTerminal(first)}`, ...rest.slice(0, 4).map((l) => `            ${sanitizeTerminal(l)}`));
    if (rest.length > 4) lines.push("            \u2026");
  }
  const raised = report.loaderError?.split("\n")[0];
  for (const s of sections(report)) lines.push("", ...sectionLines(s, o, raised));
  const hints = capList(hintLines(report), MAX_HINTS);
  if (hints.shown.length) {
    lines.push("", "Hints");
    for (const h of hints.shown) lines.push(`  \u2192 ${h.about ? `${sanitizeTerminal(capName(h.about, 200))}: ` : ""}${sanitizeTerminal(h.text)}`);
    if (hints.more) lines.push(`  ${moreText(hints.more, "hint")}`);
  }
  return lines;
}
function renderText(report, options = {}) {
  return `${textLines(report, options).join("\n")}
`;
}

// src/report/markdown.ts
var ZWJ = "&#8205;";
var ENTITY = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;",
  "`": "&#96;",
  "*": "&#42;",
  "_": "&#95;",
  "~": "&#126;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "$": "&#36;",
  "!": "&#33;",
  // Mentions and issue references survive entity decoding, so a zero-width joiner breaks the token too.
  "@": `&#64;${ZWJ}`,
  "#": `&#35;${ZWJ}`
};
var INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
var NEWLINE = /\r\n|\r|\n|\u2028|\u2029/g;
function codePoint(c) {
  return `&#92;u${c.codePointAt(0).toString(16).padStart(4, "0")}`;
}
function escapeMarkdown(text) {
  return capLine(text).replace(/[&<>"|`*_~[\]\\$!@#]/g, (c) => ENTITY[c]).replace(NEWLINE, "&#92;n").replace(INVISIBLE, codePoint).replace(/:\/\//g, `:&#8203;//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#8203;.`);
}
function escapeMultiline(text) {
  return capLines(text).split("\n").map(escapeMarkdown).join("<br>");
}
function code(text) {
  return `<code>${escapeMarkdown(text)}</code>`;
}
function table(headers2, rows) {
  const line = (cells) => `| ${cells.map((c) => c || " ").join(" | ")} |`;
  return [line(headers2), `|${headers2.map(() => "---").join("|")}|`, ...rows.map(line)];
}

// src/report/render-markdown.ts
var DEFAULT_MARKDOWN_OPTIONS = { maxRows: 50, maxBytes: 6e4, headingLevel: 3 };
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
var VERDICT_ICON = { compatible: "\u2705", warnings: "\u26A0\uFE0F", incompatible: "\u274C" };
function verdictLine(r, o) {
  const text = `${VERDICT_ICON[r.verdict]} weightgate: ${verdictWord(r.verdict)} (${countsText(r)}) \xB7 ${code(fileName(r.definition.source))} vs ${code(fileName(r.artifact.source))}`;
  return o.headingLevel > 0 ? `${"#".repeat(o.headingLevel)} ${text}` : `**${text}**`;
}
function facts(r) {
  const lines = [
    `**Loader:** ${escapeMarkdown(r.loader.rule)} rule, as ${code(r.loader.call)}: ${escapeMarkdown(r.loader.reason)}`,
    `**Coverage:** ${escapeMarkdown(coverageText(r))}`
  ];
  if (r.loader.alignment) lines.push(`**Alignment:** ${escapeMarkdown(r.loader.alignment)}`);
  const out = lines.map((l) => `${l}  `);
  if (r.loaderError) out.push("", `**${r.loader.runtime === "tfjs" ? "TF.js" : "Keras"} raises:**`, "", `> ${escapeMultiline(r.loaderError)}`);
  return out;
}
function findingRow(f, s) {
  const cells = [SEVERITY_ICON[f.severity], escapeMarkdown(capName(f.layer || "\u2014"))];
  if (s.hasWeight) cells.push(escapeMarkdown(capName(f.weight ?? "")));
  cells.push(escapeMarkdown(f.expected), escapeMarkdown(f.actual), escapeMarkdown([tag(f), f.note ?? ""].filter(Boolean).join(". ")));
  return cells;
}
function sentenceLines2(s, o) {
  const { shown: shown2, more } = capList(s.findings, o.maxRows);
  return [
    `#### ${escapeMarkdown(s.title)}`,
    "",
    ...shown2.map((f) => `- ${SEVERITY_ICON[f.severity]} ${escapeMultiline(f.message)}${f.note ? ` ${escapeMarkdown(f.note)}` : ""}`),
    ...more ? [`- ${moreText(more)}`] : []
  ];
}
function sectionLines2(s, o) {
  if (s.sentencesOnly) return sentenceLines2(s, o);
  const headers2 = ["", "Layer", ...s.hasWeight ? ["Weight"] : [], "Model", "File", "Note"];
  const shown2 = s.findings.slice(0, o.maxRows);
  const out = [`#### ${escapeMarkdown(s.title)} (${s.findings.length})`, "", ...table(headers2, shown2.map((f) => findingRow(f, s)))];
  if (s.findings.length > shown2.length) out.push("", `${moreText(s.findings.length - shown2.length)}.`);
  out.push("", `> ${escapeMultiline(s.findings[0].message)}`);
  return out;
}
function render(r, o) {
  const lines = [verdictLine(r, o), "", ...facts(r)];
  for (const s of sections(r)) lines.push("", ...sectionLines2(s, o));
  const hints = capList(hintLines(r), o.maxRows);
  if (hints.shown.length) {
    lines.push("", "#### Hints", "");
    for (const h of hints.shown) lines.push(`- ${h.about ? `${code(capName(h.about, 200))}: ` : ""}${escapeMarkdown(h.text)}`);
    if (hints.more) lines.push(`- ${moreText(hints.more, "hint")}`);
  }
  return `${lines.join("\n")}
`;
}
function renderMarkdown(report, options = {}) {
  const o = { ...DEFAULT_MARKDOWN_OPTIONS, ...options };
  let text = render(report, o);
  if (Buffer.byteLength(text) <= o.maxBytes) return text;
  text = render(report, { ...o, maxRows: Math.min(o.maxRows, 10) });
  if (Buffer.byteLength(text) <= o.maxBytes) return text;
  const notice = "\n\n**Report truncated to fit a GitHub comment; run weightgate locally for every finding.**\n";
  const budget = o.maxBytes - Buffer.byteLength(notice);
  const kept = [];
  let used = 0;
  for (const line of text.split("\n")) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  return `${kept.join("\n")}${notice}`;
}

// src/check/smoke.ts
import path9 from "node:path";

// src/engine/assignments.ts
function assignmentsFromDiff(definition, report) {
  const indexOf = new Map(definition.layers.flatMap((l) => l.weights.map((w, i) => [w, { layer: l.name, i }])));
  const out = [];
  for (const p of report.pairs) {
    if (!p.shapeOk) continue;
    const at = indexOf.get(p.expected);
    if (at) out.push({ layer: at.layer, weightIndex: at.i, saved: p.saved });
  }
  return out;
}
function smokeBlocker(report) {
  if (report.loaderError) return "the real loader raises on this pair, so there is no loaded model to run";
  if (!report.pairs.length) {
    const unknown = report.findings.flatMap((f) => f.code === "unknown-layer-class" ? [`'${f.layer}' (${f.className})`] : []);
    if (unknown.length) {
      const shown2 = unknown.slice(0, 5).join(", ") + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : "");
      return `the model's variables belong to ${shown2}, whose code is not in the file (weightgate never runs model code), so there is no model to build`;
    }
    return "no saved variable pairs with the model";
  }
  return void 0;
}

// src/check/smoke.ts
async function smokePair(definition, artifact, report, o = {}) {
  const blocker = smokeBlocker(report);
  if (blocker) return { status: "skipped", engine: "none", engineReason: "not started", reason: blocker, outputs: [], seconds: 0, notes: [] };
  const resolve = (p) => p ? path9.resolve(o.baseDir ?? process.cwd(), p) : void 0;
  const limits = o.limits && { maxSmokeBytes: o.limits.maxSmokeBytes, smokeTimeoutMs: o.limits.smokeTimeoutMs };
  return smokeIsolated(definition, artifact, assignmentsFromDiff(definition, report), {
    engine: o.engine ?? "auto",
    ...o.input ? { input: resolve(o.input) } : {},
    ...o.expected ? { expected: resolve(o.expected) } : {},
    ...o.atol !== void 0 ? { atol: o.atol } : {},
    ...o.rtol !== void 0 ? { rtol: o.rtol } : {},
    ...o.seed !== void 0 ? { seed: o.seed } : {},
    ...o.dimDefault !== void 0 ? { dimDefault: o.dimDefault } : {},
    ...limits ? { limits } : {}
  });
}

// src/report/smoke.ts
var MAX_OUTPUTS = 20;
var WORD = { passed: "\u2714 smoke passed", failed: "\u2716 smoke failed", skipped: "\u25CB smoke skipped" };
function shape(s) {
  return `(${s.join(", ")}${s.length === 1 ? "," : ""})`;
}
function smokeText(s) {
  const reason = s.reason && !s.outputs.some((o) => o.problem) ? `: ${sanitizeTerminal(s.reason)}` : "";
  const lines = [`${WORD[s.status]} \u2014 engine ${s.engine} (${s.engineReason})${reason}`];
  const outputs = capList(s.outputs, MAX_OUTPUTS);
  for (const o of outputs.shown) {
    const diff2 = o.maxAbsDiff !== void 0 ? `, max |a-b| ${o.maxAbsDiff.toExponential(2)}${o.tolerance ? ` (atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol})` : ""}` : "";
    lines.push(`  output ${sanitizeTerminal(capName(o.name))} ${shape(o.shape)}${o.finite ? "" : ", NOT finite"}${diff2}${o.problem ? ` \u2014 ${sanitizeTerminal(o.problem)}` : ""}`);
  }
  if (outputs.more) lines.push(`  ${moreText(outputs.more, "output")}`);
  const notes = capList(s.notes, MAX_OUTPUTS);
  for (const n of notes.shown) lines.push(`  note: ${sanitizeTerminal(n)}`);
  if (notes.more) lines.push(`  ${moreText(notes.more, "note")}`);
  return lines;
}
function smokeMarkdown(s) {
  const head2 = `**Smoke inference ${s.status}** on ${escapeMarkdown(s.engine)} (${escapeMarkdown(s.engineReason)})${s.reason ? `: ${escapeMarkdown(s.reason)}` : ""}`;
  if (!s.outputs.length) return head2;
  const outputs = capList(s.outputs, MAX_OUTPUTS);
  const rows = outputs.shown.map((o) => [escapeMarkdown(capName(o.name)), shape(o.shape), o.finite ? "yes" : "**no**", o.maxAbsDiff?.toExponential(2) ?? "\u2014", o.problem ? escapeMarkdown(o.problem) : ""]);
  return [head2, "", ...table(["output", "shape", "finite", "max abs diff", "problem"], rows), ...outputs.more ? ["", moreText(outputs.more, "output")] : []].join("\n");
}

// src/check/report.ts
function effectiveStatus(m) {
  if (m.status === "error") return "error";
  if (m.smoke?.status === "failed") return "incompatible";
  return m.status;
}
function summarize(models) {
  const s = { models: models.length, compatible: 0, warnings: 0, incompatible: 0, error: 0, smokeFailed: 0, errors: 0, warningFindings: 0 };
  for (const m of models) {
    s[effectiveStatus(m)]++;
    if (m.smoke?.status === "failed") s.smokeFailed++;
    s.errors += (m.diff?.counts.error ?? 0) + (m.status === "error" ? 1 : 0) + (m.smoke?.status === "failed" ? 1 : 0);
    s.warningFindings += m.diff?.counts.warning ?? 0;
  }
  return s;
}
var RANK2 = { compatible: 0, warnings: 1, incompatible: 2, error: 3 };
function overall(models) {
  return models.reduce((worst, m) => RANK2[effectiveStatus(m)] > RANK2[worst] ? effectiveStatus(m) : worst, "compatible");
}
function failed(report, failOn) {
  if (failOn === "never") return false;
  const v = overall(report.models);
  return v === "incompatible" || v === "error" || failOn === "warning" && v === "warnings";
}
function makeReport(fields) {
  return {
    ...fields,
    get summary() {
      return summarize(this.models);
    },
    get verdict() {
      return overall(this.models);
    }
  };
}
function reviveReport(json, source) {
  if (json?.schemaVersion !== 1 || !Array.isArray(json.models)) {
    throw new Error(`${source} is not a weightgate check report (schemaVersion 1 with models)`);
  }
  const models = json.models.map((m) => ({ ...m, ...m.diff ? { diff: reviveDiff(m.diff) } : {} }));
  const notes = Array.isArray(json.notes) ? json.notes.filter((n) => typeof n === "string") : [];
  return makeReport({ schemaVersion: 1, tool: json.tool, config: json.config, ...json.shards ? { shards: json.shards } : {}, models, ...notes.length ? { notes } : {}, seconds: json.seconds ?? 0 });
}
function reviveDiff(d) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of d.findings ?? []) counts[f.severity]++;
  const verdict = counts.error ? "incompatible" : counts.warning ? "warnings" : "compatible";
  const revived = { ...d, verdict, counts };
  Object.defineProperty(revived, "pairs", { value: [], enumerable: false });
  return revived;
}
function mergeReports(reports) {
  if (!reports.length) throw new Error("nothing to merge");
  const configs = new Set(reports.map((r) => r.config));
  if (configs.size > 1) throw new Error(`the reports come from different configs (${[...configs].join(", ")})`);
  const byId = /* @__PURE__ */ new Map();
  for (const r of reports) {
    for (const m of r.models) {
      if (byId.has(m.id)) throw new Error(`model '${m.id}' appears in two reports: were the same shards merged twice?`);
      byId.set(m.id, m);
    }
  }
  const models = [...byId.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const indices = reports.flatMap((r) => r.shards?.indices ?? []).sort((a, b) => a - b);
  const total = reports.find((r) => r.shards)?.shards?.total;
  const complete = total !== void 0 && indices.length === total && indices.every((v, i) => v === i + 1);
  return makeReport({
    schemaVersion: 1,
    tool: reports[0].tool,
    config: reports[0].config,
    ...total !== void 0 && !complete ? { shards: { indices, total } } : {},
    models,
    ...reports.some((r) => r.notes?.length) ? { notes: [...new Set(reports.flatMap((r) => r.notes ?? []))] } : {},
    seconds: Math.max(...reports.map((r) => r.seconds))
  });
}
function toJson(report) {
  return {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    config: report.config,
    ...report.shards ? { shards: report.shards } : {},
    verdict: report.verdict,
    summary: report.summary,
    ...report.notes?.length ? { notes: report.notes } : {},
    seconds: report.seconds,
    models: report.models
  };
}

// src/check/run.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { stat as stat7 } from "node:fs/promises";
import path11 from "node:path";

// src/sources/remote.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat as lstat2, mkdir, readFile as readFile3, realpath as realpath2, rm as rm3 } from "node:fs/promises";
import path10 from "node:path";

// src/sources/download.ts
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm as rm2 } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import net2 from "node:net";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/sources/address-guard.ts
import dns from "node:dns";
import net from "node:net";
var V4 = [
  [0, 8, 'a "this network" address (0.0.0.0/8)'],
  [167772160, 8, "a private address (10.0.0.0/8)"],
  [1681915904, 10, "a shared (carrier-grade NAT) address (100.64.0.0/10)"],
  [2130706432, 8, "a loopback address (127.0.0.0/8)"],
  [2851995648, 16, "a link-local address (169.254.0.0/16, where cloud metadata services answer)"],
  [2886729728, 12, "a private address (172.16.0.0/12)"],
  [3232235520, 16, "a private address (192.168.0.0/16)"],
  [3758096384, 4, "a multicast address (224.0.0.0/4)"],
  [4026531840, 4, "a reserved or broadcast address (240.0.0.0/4)"]
];
function v4Number(ip) {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}
function v4Range(ip) {
  const n = v4Number(ip);
  for (const [base, bits, what] of V4) {
    const mask = bits === 0 ? 0 : 4294967295 << 32 - bits >>> 0;
    if ((n & mask) >>> 0 === base) return what;
  }
  return void 0;
}
function v6Groups(ip) {
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  const n = dotted ? v4Number(dotted[1]) : 0;
  const text = dotted ? `${ip.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 65535).toString(16)}` : ip;
  const parse = (s) => s ? s.split(":").map((h) => parseInt(h, 16)) : [];
  if (!text.includes("::")) return parse(text);
  const [head2, tail] = text.split("::");
  const a = parse(head2);
  const b = parse(tail);
  return [...a, ...new Array(8 - a.length - b.length).fill(0), ...b];
}
function v6Range(ip) {
  const g = v6Groups(ip);
  const embedded = (hi, lo) => `${hi >>> 8}.${hi & 255}.${lo >>> 8}.${lo & 255}`;
  const zeroes = (from, to) => g.slice(from, to).every((x) => x === 0);
  if (zeroes(0, 8)) return "the unspecified address (::)";
  if (zeroes(0, 7) && g[7] === 1) return "a loopback address (::1)";
  if (zeroes(0, 5) && g[5] === 65535) return wrapped("an IPv4-mapped address", embedded(g[6], g[7]));
  if (zeroes(0, 6)) return wrapped("an IPv4-compatible address", embedded(g[6], g[7]));
  if (g[0] === 100 && g[1] === 65435 && zeroes(2, 6)) return wrapped("a NAT64 address", embedded(g[6], g[7]));
  if (g[0] === 8194) return wrapped("a 6to4 address", embedded(g[1], g[2]));
  if ((g[0] & 65024) === 64512) return "a unique local (private) address (fc00::/7)";
  if ((g[0] & 65472) === 65152) return "a link-local address (fe80::/10)";
  if ((g[0] & 65472) === 65216) return "a site-local (private) address (fec0::/10)";
  if ((g[0] & 65280) === 65280) return "a multicast address (ff00::/8)";
  return void 0;
}
function wrapped(form, v4) {
  const inner = v4Range(v4);
  return inner ? `${form} for ${v4}, ${inner}` : void 0;
}
function forbiddenRange(address) {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = net.isIP(ip);
  if (family === 4) return v4Range(ip);
  if (family === 6) return v6Range(ip.toLowerCase());
  return "not an IP address";
}
var AddressRefused = class extends Error {
  constructor(host, address, range) {
    super(net.isIP(host.replace(/^\[|\]$/g, "")) ? `${address} is ${range}` : `${host} resolves to ${address}, ${range}`);
    this.host = host;
    this.address = address;
    this.range = range;
  }
  host;
  address;
  range;
};
function guardedLookup() {
  const lookup2 = (hostname, options, callback) => {
    dns.lookup(hostname, { family: options.family, hints: options.hints, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      if (!addresses.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
      for (const a of addresses) {
        const why = forbiddenRange(a.address);
        if (why) return callback(new AddressRefused(hostname, a.address, why), []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
  return lookup2;
}

// src/sources/download.ts
var Transient = class extends Error {
  constructor(message, kind = "not-found") {
    super(message);
    this.kind = kind;
  }
  kind;
};
var MAX_REDIRECTS = 5;
var MAX_API_JSON_BYTES = 8 * 2 ** 20;
var seconds = (ms) => `${Number((ms / 1e3).toFixed(3))} s`;
function idleLimitMs(o) {
  return Math.min(o.idleTimeoutMs ?? 6e4, o.timeoutMs);
}
function githubHosts(o) {
  const hosts = /* @__PURE__ */ new Set(["github.com", "api.github.com", "raw.githubusercontent.com"]);
  for (const u of configuredHosts(o)) hosts.add(u);
  return hosts;
}
function configuredHosts(o) {
  const out = [];
  for (const u of [o.apiUrl, o.serverUrl]) {
    try {
      out.push(new URL(u).host);
    } catch {
    }
  }
  return out;
}
function label(u) {
  return u.host || quoteName(u.href, 100);
}
var GUARD_HINT = "Downloads may not reach loopback, private or link-local addresses (the runner's own services, cloud metadata). If this host is yours, allow it by name in remote.allow_hosts.";
function allowedByName(u, o) {
  const name = u.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return (o.allowHosts ?? []).some((h) => h.toLowerCase() === name) || configuredHosts(o).includes(u.host);
}
function refusal(ref, u, from, why, hint) {
  const what = from ? `refusing a redirect from ${label(from)} to ${label(u)}` : `refusing to download from ${label(u)}`;
  return new InputError(ref, "unsafe-path", `${what}: ${why}`, hint);
}
function checkTarget(ref, u, from, o) {
  const scheme = u.protocol.replace(/:$/, "");
  if (!u.host || u.protocol !== "https:" && u.protocol !== "http:") {
    throw refusal(ref, u, from, `only https:// is fetched${u.host ? "" : " (and this URL has no host)"}`, "Use an https:// URL (plain http is allowed only for hosts listed in remote.allow_http).");
  }
  if (u.protocol === "http:" && !o.allowHttp.includes(u.hostname)) {
    throw new InputError(
      ref,
      "unsafe-path",
      `refusing to download over ${scheme} from ${label(u)}${from ? ` (a redirect from ${label(from)})` : ""}`,
      "Use an https:// URL (plain http is allowed only for hosts listed in remote.allow_http)."
    );
  }
  if (allowedByName(u, o)) return;
  const literal = u.hostname.replace(/^\[|\]$/g, "");
  if (net2.isIP(literal)) {
    const why = forbiddenRange(literal);
    if (why) throw refusal(ref, u, from, new AddressRefused(literal, literal, why).message, GUARD_HINT);
  }
}
function headers(u, o, accept) {
  const h = { "user-agent": "weightgate", "accept-encoding": "identity" };
  if (accept) h.accept = accept;
  if (o.token && githubHosts(o).has(u.host)) h.authorization = `Bearer ${o.token}`;
  return h;
}
var Deadline = class {
  constructor(o) {
    this.o = o;
    this.idleMs = idleLimitMs(o);
    this.total = setTimeout(() => this.fire(`timed out after ${seconds(o.timeoutMs)} (remote.timeout_seconds bounds each attempt's whole transfer, headers and body; idle limit ${seconds(this.idleMs)})`), o.timeoutMs);
    this.touch();
  }
  o;
  reason;
  total;
  idle;
  current;
  idleMs;
  bind(req) {
    this.current = req;
  }
  /** Data arrived: the idle clock starts over. */
  touch() {
    if (this.idleMs >= this.o.timeoutMs) return;
    if (this.idle) return void this.idle.refresh();
    this.idle = setTimeout(() => this.fire(`no data for ${seconds(this.idleMs)} (idle limit ${seconds(this.idleMs)} between chunks; each attempt's whole transfer is also limited to remote.timeout_seconds = ${seconds(this.o.timeoutMs)})`), this.idleMs);
  }
  fire(reason) {
    this.reason ??= reason;
    this.current?.destroy(new Transient(reason));
  }
  done() {
    clearTimeout(this.total);
    if (this.idle) clearTimeout(this.idle);
  }
};
function requestOnce(u, o, accept, deadline) {
  return new Promise((resolve, reject) => {
    const mod = u.protocol === "https:" ? https : http;
    const req = mod.request(u, {
      method: "GET",
      headers: headers(u, o, accept),
      agent: false,
      ...allowedByName(u, o) ? {} : { lookup: guardedLookup() }
    }, resolve);
    deadline.bind(req);
    req.on("error", reject);
    req.end();
  });
}
function statusError(res, u, ref, o) {
  const status = res.statusCode ?? 0;
  if (status === 404) return new InputError(ref, "not-found", "the server says 404 Not Found", "Check the URL (a private repository also answers 404 without a token).");
  if (status === 401 || status === 403) {
    return new InputError(
      ref,
      "not-found",
      `the server refused access (${status})`,
      o.token ? "The token lacks access to this repository or asset." : `Set GITHUB_TOKEN (or the action's github-token) for private GitHub files; the token is only ever sent to ${[...githubHosts(o)].join(", ")}.`
    );
  }
  if (status >= 500 || status === 429) return new Transient(`${label(u)} answered ${status}`);
  return new InputError(ref, "not-found", `the server answered ${status}`);
}
async function open3(ref, url, o, accept, deadline) {
  let current;
  try {
    current = new URL(url);
  } catch {
    throw new InputError(ref, "bad-config", `${quoteName(url, 100)} is not a valid URL`, "Write an https:// URL, gh://owner/repo@ref/path or gh-release://owner/repo@tag/asset.");
  }
  let from;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    checkTarget(ref, current, from, o);
    let res;
    try {
      res = await requestOnce(current, o, accept, deadline);
    } catch (err) {
      if (err instanceof AddressRefused) throw refusal(ref, current, from, err.message, GUARD_HINT);
      throw err;
    }
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.destroy();
      let next;
      try {
        next = new URL(location, current);
      } catch {
        throw new InputError(ref, "unsafe-path", `refusing a redirect from ${label(current)} to ${quoteName(location, 100)}: not a valid URL`, "The server sent a broken redirect; check the URL.");
      }
      from = current;
      current = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw statusError(res, current, ref, o);
    }
    const encoding = res.headers["content-encoding"];
    if (encoding && encoding.trim().toLowerCase() !== "identity") {
      res.destroy();
      throw new InputError(
        ref,
        "unsupported-format",
        `${label(current)} sent the file with Content-Encoding: ${quoteName(encoding, 40).slice(1, -1)}, though weightgate asked for none (Accept-Encoding: identity); it is refused, not decoded`,
        "Serve the file as stored, without Content-Encoding (a small compressed body can expand to gigabytes)."
      );
    }
    return { res, url: current };
  }
  throw new InputError(ref, "not-found", `more than ${MAX_REDIRECTS} redirects`, "Point at the file's final URL.");
}
async function withRetries(ref, o, attempt) {
  let last = "";
  let kind = "not-found";
  for (let i = 0; i <= o.retries; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (err instanceof InputError) throw err;
      last = err instanceof Error ? err.message : String(err);
      kind = err instanceof Transient ? err.kind : "not-found";
      if (i < o.retries) await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** i, 4e3)));
    }
  }
  throw new InputError(
    ref,
    kind,
    `download failed after ${plural(o.retries + 1, "attempt")}: ${last}`,
    kind === "truncated" ? "The server closed the connection before the end of the file; check the server, or raise remote.retries." : "Check the network and the URL, or raise remote.timeout_seconds / remote.retries."
  );
}
function bodyFailure(err, deadline, bytes, declared) {
  if (err instanceof InputError) return err;
  if (deadline.reason) return new Transient(deadline.reason);
  const code2 = err?.code;
  if (code2 === "ECONNRESET" || code2 === "ERR_STREAM_PREMATURE_CLOSE" || err instanceof Error && err.message === "aborted") {
    return new Transient(`the server closed the connection after ${bytes}${Number.isFinite(declared) ? ` of ${declared}` : ""} bytes`, "truncated");
  }
  return err;
}
function overBudget2(ref, budget, found) {
  const shared = budget.used > 0 ? ` (remote.max_bytes counts all files of a model together: ${budget.used} bytes came before this one)` : "";
  return new InputError(ref, "limit", `${found}, over the ${budget.max}-byte download limit${shared}`, "Raise remote.max_bytes if this model really is that large.");
}
async function downloadFile(ref, url, accept, dest, o, budget, expectSha256, name = ref) {
  const got = await withRetries(ref, o, async () => {
    const deadline = new Deadline(o);
    const tmp = `${dest}.${process.pid}-${randomBytes(6).toString("hex")}.part`;
    let bytes = 0;
    let declared = NaN;
    let out;
    try {
      const { res } = await open3(ref, url, o, accept, deadline);
      declared = Number(res.headers["content-length"] ?? NaN);
      if (declared > budget.max - budget.used) {
        res.destroy();
        throw overBudget2(ref, budget, `the file is ${declared} bytes`);
      }
      const hash = createHash("sha256");
      const meter = new Transform({
        transform(chunk, _enc, done) {
          deadline.touch();
          bytes += chunk.length;
          if (budget.used + bytes > budget.max) {
            return done(budget.used > 0 ? overBudget2(ref, budget, `the download passed ${budget.max - budget.used} bytes`) : new InputError(ref, "limit", `the download passed the ${budget.max}-byte limit`, "Raise remote.max_bytes if this model really is that large."));
          }
          hash.update(chunk);
          o.progress?.(`downloading ${name} ${(bytes / 2 ** 20).toFixed(1)}${Number.isFinite(declared) ? `/${(declared / 2 ** 20).toFixed(1)}` : ""} MiB`);
          done(null, chunk);
        }
      });
      out = createWriteStream(tmp, { flags: "wx" });
      await pipeline(res, meter, out);
      if (Number.isFinite(declared) && bytes !== declared) {
        throw new Transient(`the server closed the connection after ${bytes} of ${declared} bytes`, "truncated");
      }
      const sha256 = hash.digest("hex");
      if (expectSha256 && sha256 !== expectSha256.toLowerCase()) {
        throw new InputError(
          ref,
          "corrupt",
          `SHA-256 mismatch: expected ${expectSha256.toLowerCase()}, downloaded ${sha256}`,
          "The file changed upstream or the download was tampered with; update sha256 only if the new file is the one you want."
        );
      }
      await rename(tmp, dest);
      return { bytes, sha256 };
    } catch (err) {
      const stream = out;
      if (stream && !stream.closed) await new Promise((resolve) => stream.once("close", () => resolve()));
      await rm2(tmp, { force: true });
      throw bodyFailure(err, deadline, bytes, declared);
    } finally {
      deadline.done();
    }
  });
  budget.used += got.bytes;
  return got;
}
async function fetchJson(ref, url, o) {
  return withRetries(ref, o, async () => {
    const deadline = new Deadline(o);
    let bytes = 0;
    try {
      const { res } = await open3(ref, url, o, "application/vnd.github+json", deadline);
      const parts = [];
      for await (const chunk of res) {
        deadline.touch();
        bytes += chunk.length;
        if (bytes > MAX_API_JSON_BYTES) {
          res.destroy();
          throw new InputError(ref, "limit", `the API answer passed ${MAX_API_JSON_BYTES} bytes`, "Check the API URL (GITHUB_API_URL).");
        }
        parts.push(chunk);
      }
      try {
        return JSON.parse(Buffer.concat(parts).toString("utf8"));
      } catch {
        throw new InputError(ref, "corrupt", "the API answer is not JSON", "Check the API URL (GITHUB_API_URL).");
      }
    } catch (err) {
      throw bodyFailure(err, deadline, bytes, NaN);
    } finally {
      deadline.done();
    }
  });
}

// src/sources/remote.ts
function remoteDefaults(cacheDir, env = process.env) {
  return {
    cacheDir,
    maxBytes: 4 * 2 ** 30,
    timeoutMs: 3e5,
    retries: 2,
    allowHttp: [],
    allowHosts: [],
    token: env.WEIGHTGATE_TOKEN || env.GITHUB_TOKEN || void 0,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com"
  };
}
var GH = /^gh:\/\/([^/]+)\/([^/@]+)@([^/]+)\/(.+)$/i;
var GH_RELEASE = /^gh-release:\/\/([^/]+)\/([^/@]+)@([^/]+)\/(.+)$/i;
var SEGMENT_HINT = "Name the file by its plain path (no '.' or '..' segments, no encoded '/' or '\\', no empty segments).";
function decoded(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function segmentProblem(segment) {
  const d = decoded(segment);
  if (d === "") return "it is empty";
  if (d === "." || d === "..") return `'${d}' segments are refused`;
  if (/[/\\]/.test(d)) return "it holds an encoded '/' or '\\'";
  if (/[\u0000-\u001f\u007f]/.test(d)) return "it holds control characters";
  return void 0;
}
function checkSegments(ref, what, value, split) {
  for (const seg of split ? value.split("/") : [value]) {
    const why = segmentProblem(seg);
    if (why) throw new InputError(ref, "unsafe-path", `refusing the ${what} segment ${quoteName(seg)}: ${why}`, SEGMENT_HINT);
  }
}
function checkRepo(ref, owner, repo) {
  checkSegments(ref, "owner", owner, false);
  checkSegments(ref, "repository", repo, false);
  if (!/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo)) {
    throw new InputError(ref, "unsafe-path", `refusing the owner/repository segment ${quoteName(`${owner}/${repo}`)}: GitHub names hold only letters, digits, '-', '_' and '.'`, SEGMENT_HINT);
  }
}
function api(o, p) {
  return `${o.apiUrl.replace(/\/$/, "")}${p}`;
}
function assetsOf(meta) {
  const list = meta?.assets;
  if (!Array.isArray(list)) return [];
  return list.flatMap((a) => {
    const { id, name } = a ?? {};
    return typeof name === "string" && Number.isSafeInteger(id) ? [{ id, name }] : [];
  });
}
async function resolveRequest(ref, o) {
  const gh = GH.exec(ref);
  if (gh) {
    const [, owner, repo, refName, file] = gh;
    checkRepo(ref, owner, repo);
    checkSegments(ref, "ref", refName, false);
    if (decoded(refName).includes("..")) checkSegments(ref, "ref", "..", false);
    checkSegments(ref, "path", file, true);
    return { url: api(o, `/repos/${owner}/${repo}/contents/${file.split("/").map(encodeURIComponent).join("/")}?ref=${encodeURIComponent(refName)}`), accept: "application/vnd.github.raw", name: path10.posix.basename(file) };
  }
  const rel2 = GH_RELEASE.exec(ref);
  if (rel2) {
    const [, owner, repo, tag2, asset] = rel2;
    checkRepo(ref, owner, repo);
    checkSegments(ref, "tag", tag2, false);
    checkSegments(ref, "asset", asset, false);
    const meta = await fetchJson(ref, api(o, `/repos/${owner}/${repo}/releases/tags/${encodeURIComponent(tag2)}`), o);
    const assets = assetsOf(meta);
    const found = assets.find((a) => a.name === asset);
    if (!found) {
      const names = assets.map((a) => a.name).slice(0, 10).join(", ");
      throw new InputError(ref, "not-found", `release ${tag2} of ${owner}/${repo} has no asset named '${asset}' (it has: ${names || "none"})`, "Check the asset name in the release.");
    }
    return { url: api(o, `/repos/${owner}/${repo}/releases/assets/${found.id}`), accept: "application/octet-stream", name: asset };
  }
  if (/^gh(-release)?:/i.test(ref)) {
    throw new InputError(ref, "bad-config", "not a complete GitHub reference", "Write gh://owner/repo@ref/path/to/file or gh-release://owner/repo@tag/asset.");
  }
  let u;
  try {
    u = new URL(ref);
  } catch {
    throw new InputError(ref, "bad-config", "not a valid URL", "Write an https:// URL, gh://owner/repo@ref/path or gh-release://owner/repo@tag/asset.");
  }
  return { url: ref, name: path10.posix.basename(u.pathname) };
}
function strictlyInside(parent, child2) {
  const rel2 = path10.relative(parent, child2);
  return rel2 !== "" && !rel2.startsWith("..") && !path10.isAbsolute(rel2);
}
function cacheName(name) {
  const clean2 = name.replace(/[^\w.-]/g, "_").slice(-120);
  return /^\.*$/.test(clean2) ? "download" : clean2;
}
async function cachePathFor(ref, name, sha256, o) {
  const root = path10.resolve(o.cacheDir);
  const key = createHash2("sha256").update(`${ref}
${sha256?.toLowerCase() ?? ""}`).digest("hex").slice(0, 16);
  const dest = path10.join(root, key, cacheName(name));
  if (!strictlyInside(path10.join(root, key), dest)) throw new InputError(ref, "unsafe-path", `the cache name ${quoteName(name)} is not a file name`, SEGMENT_HINT);
  await mkdir(path10.dirname(dest), { recursive: true });
  if (!strictlyInside(await realpath2(root), await realpath2(path10.dirname(dest)))) {
    throw new InputError(ref, "unsafe-path", `the cache folder ${path10.dirname(dest)} is a link out of ${root}`, "Delete it (a cache folder is never committed).");
  }
  return dest;
}
async function sha256File(file) {
  const hash = createHash2("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk);
  return hash.digest("hex");
}
async function cachedSize(p) {
  try {
    const st = await lstat2(p);
    return st.isFile() ? st.size : void 0;
  } catch {
    return void 0;
  }
}
var inFlight = /* @__PURE__ */ new Map();
function fetchArtifact(ref, o, sha256) {
  const key = JSON.stringify([path10.resolve(o.cacheDir), ref, sha256?.toLowerCase() ?? ""]);
  let pending = inFlight.get(key);
  if (!pending) {
    pending = fetchOnce(ref, o, sha256).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}
async function fetchOnce(ref, o, sha256) {
  const req = await resolveRequest(ref, o);
  const dest = await cachePathFor(ref, req.name, sha256, o);
  const budget = { used: 0, max: o.maxBytes };
  const size = await cachedSize(dest);
  if (size !== void 0 && (!sha256 || await sha256File(dest) === sha256.toLowerCase())) {
    budget.used = size;
    await fetchSiblings(ref, dest, o, budget);
    return dest;
  }
  if (size === void 0) await rm3(dest, { force: true, recursive: true });
  await downloadFile(ref, req.url, req.accept, dest, o, budget, sha256, req.name);
  try {
    await sniff(dest);
  } catch (err) {
    await rm3(dest, { force: true });
    if (err instanceof InputError) throw new InputError(ref, err.kind, err.detail, err.hint);
    throw err;
  }
  await fetchSiblings(ref, dest, o, budget);
  return dest;
}
var MAX_SIBLINGS = 1e4;
function siblingNames(json) {
  const names = /* @__PURE__ */ new Set();
  const j = json ?? {};
  if (Array.isArray(j.weightsManifest)) {
    for (const g of j.weightsManifest) {
      const paths = g?.paths;
      if (Array.isArray(paths)) for (const p of paths) names.add(String(p));
    }
  }
  if (j.weight_map && typeof j.weight_map === "object") {
    for (const v of Object.values(j.weight_map)) for (const p of Array.isArray(v) ? v : [v]) names.add(String(p));
  }
  return [...names];
}
async function fetchSiblings(ref, local, o, budget) {
  if (!local.endsWith(".json")) return;
  const size = await cachedSize(local);
  if (size === void 0 || size > DEFAULT_LIMITS.maxJsonBytes) return;
  let json;
  try {
    json = JSON.parse(await readFile3(local, "utf8"));
  } catch {
    return;
  }
  const names = siblingNames(json);
  if (names.length > MAX_SIBLINGS) {
    throw new InputError(ref, "limit", `the index names ${names.length} shards, over the ${MAX_SIBLINGS} fetched for one model`, "Re-save the model with larger shards.");
  }
  const folder = path10.dirname(local);
  for (const name of names) {
    const clean2 = name.replace(/^\.\//, "");
    const unsafe = !clean2 || clean2.startsWith("/") || /^[a-z][\w+.-]*:/i.test(clean2) || clean2.includes("\\") || clean2.split("/").some((s) => segmentProblem(s) !== void 0) || /[?#]/.test(clean2);
    const dest = path10.join(folder, clean2);
    if (unsafe || !strictlyInside(folder, dest)) {
      throw new InputError(ref, "unsafe-path", `the index names a shard outside its folder: ${quoteName(name)}`, "Shards must sit next to the index file.");
    }
    const siblingRef = siblingOf(ref, clean2);
    const have = await cachedSize(dest);
    if (have !== void 0) {
      if (budget.used + have > budget.max) {
        throw new InputError(siblingRef, "limit", `the file is ${have} bytes, over the ${budget.max}-byte download limit (remote.max_bytes counts all files of a model together: ${budget.used} bytes came before this one)`, "Raise remote.max_bytes if this model really is that large.");
      }
      budget.used += have;
      continue;
    }
    const req = await resolveRequest(siblingRef, o);
    await mkdir(path10.dirname(dest), { recursive: true });
    await downloadFile(siblingRef, req.url, req.accept, dest, o, budget, void 0, clean2);
  }
}
function siblingOf(ref, name) {
  const gh = GH.exec(ref) ?? GH_RELEASE.exec(ref);
  if (gh) return ref.replace(/[^/]+$/, name);
  return new URL(name, ref).toString();
}

// src/check/graph.ts
function layerGraph(definition) {
  const nodes = definition.layers.map((l) => ({ name: l.name, className: l.className }));
  const edges = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (from, to) => {
    const key = JSON.stringify([from, to]);
    if (seen.has(key)) return;
    seen.add(key);
    edges.push([from, to]);
  };
  const functional = definition.layers.some((l) => l.inbound.length > 0);
  if (functional) {
    for (const l of definition.layers) {
      for (const call3 of l.inbound) {
        for (const t of [...call3.inputs, ...Object.values(call3.tensorKwargs)]) add(t.layer, l.name);
      }
    }
    return { nodes, edges };
  }
  const input = definition.inputs[0]?.name;
  if (input && !nodes.some((n) => n.name === input)) nodes.unshift({ name: input, className: "InputLayer" });
  for (let i = 1; i < nodes.length; i++) add(nodes[i - 1].name, nodes[i].name);
  return { nodes, edges };
}

// src/check/run.ts
async function pool(items, limit, task) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
function diffOptionsOf(job) {
  const o = job.options;
  return {
    ...o.loader !== "auto" ? { loader: o.loader } : {},
    ...o.runtime ? { runtime: o.runtime } : {},
    skipMismatch: o.skipMismatch,
    allowMissing: o.allow.missing,
    allowUnexpected: o.allow.unexpected,
    allowMismatch: o.allow.mismatch
  };
}
function remoteOptions(config, opts) {
  const base = remoteDefaults(path11.resolve(config.dir, config.cache), opts.env ?? process.env);
  return {
    ...base,
    maxBytes: config.remote.max_bytes,
    timeoutMs: config.remote.timeout_seconds * 1e3,
    retries: config.remote.retries,
    allowHttp: config.remote.allow_http,
    allowHosts: config.remote.allow_hosts,
    token: opts.token ?? base.token,
    progress: opts.onProgress
  };
}
async function smokeFor(job, pair, report, opts) {
  if (opts.smoke === false) return void 0;
  const s = job.options.smoke;
  if (s.skip) return { status: "skipped", engine: "none", engineReason: "not started", reason: "smoke.skip is set in the config", outputs: [], seconds: 0, notes: [] };
  return smokePair(pair.def.definition, pair.weights.artifact, report, {
    engine: job.options.engine,
    input: s.input,
    expected: s.expected,
    atol: s.atol,
    rtol: s.rtol,
    seed: s.seed,
    dimDefault: s.dim_default,
    limits: opts.limits,
    baseDir: path11.dirname(job.origin.replace(/:\d+:\d+$/, ""))
  });
}
async function verifyLocalSha256(job) {
  if (!job.sha256) return;
  const file = job.weights ?? job.definition;
  let st;
  try {
    st = await stat7(file);
  } catch {
    return;
  }
  if (!st.isFile()) {
    throw new InputError(file, "bad-config", `sha256 is set in ${job.origin}, but this is a folder, not one file to hash`, "Remove sha256 for a folder (an unzipped .keras), or point at the file itself.");
  }
  const hash = createHash3("sha256");
  for await (const chunk of createReadStream2(file, { highWaterMark: 1 << 20 })) hash.update(chunk);
  const actual = hash.digest("hex");
  const expected = job.sha256.toLowerCase();
  if (actual !== expected) {
    throw new InputError(
      file,
      "corrupt",
      `SHA-256 mismatch: ${job.origin} expects ${expected}, the file has ${actual}`,
      "The file is not the one the config pins: restore it, or update sha256 if the new file is the one you want."
    );
  }
}
async function checkOne(job, remote, opts) {
  const started = performance.now();
  const base = { id: job.id, definition: job.definition, ...job.weights ? { weights: job.weights } : {}, origin: job.origin };
  try {
    if (!(job.weights && isRemote(job.weights))) await verifyLocalSha256(job);
    const weights = job.weights && isRemote(job.weights) ? await fetchArtifact(job.weights, remote, job.sha256) : job.weights;
    const pair = await openPair(job.definition, weights, { limits: opts.limits });
    try {
      const report = diff(pair.def.definition, pair.weights.artifact, diffOptionsOf(job));
      const smoke = await smokeFor(job, pair, report, opts);
      return { ...base, status: report.verdict, diff: report, ...smoke ? { smoke } : {}, graph: layerGraph(pair.def.definition), seconds: (performance.now() - started) / 1e3 };
    } finally {
      await pair.close();
    }
  } catch (err) {
    const error = err instanceof InputError ? err.message : `weightgate failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`;
    return { ...base, status: "error", error, seconds: (performance.now() - started) / 1e3 };
  }
}
function configLimits(config) {
  return Object.assign({}, ...Object.entries(config.limits).map(([k, v]) => {
    const where2 = `${config.file}:${config.at(["limits", k])}`;
    if (k.length > 64 || typeof v !== "number" && (typeof v !== "string" || v.length > 64)) {
      throw new InputError(
        where2,
        "bad-config",
        `limits.${quoteName(k, 64).slice(1, -1)}: expected a number or a value like 2GiB, 90s or off (got ${quoteName(typeof v === "string" ? v : JSON.stringify(v) ?? String(v), 64)})`,
        "See the README for the limit names and value syntax."
      );
    }
    try {
      return parseLimitOption(`${k}=${String(v)}`);
    } catch (err) {
      throw new InputError(where2, "bad-config", `limits.${k}: ${err.message}`, "See the README for the limit names and value syntax.");
    }
  }));
}
function applicableConfigLimits(config, allowRaise) {
  const all = configLimits(config);
  if (allowRaise) return { limits: all, notes: [] };
  const limits = {};
  const notes = [];
  const name = path11.relative(process.cwd(), config.file) || config.file;
  for (const [k, v] of Object.entries(all)) {
    if (v <= DEFAULT_LIMITS[k]) {
      limits[k] = v;
      continue;
    }
    const raw = String(config.limits[k]).slice(0, 40);
    notes.push(`${name} limits.${k}=${raw} ignored: the workflow does not set allow-config-limits (the limit stays at its default, ${formatLimit(k, DEFAULT_LIMITS[k])}; a config may only lower limits)`);
  }
  return { limits, notes };
}
async function runCheck(config, jobs, opts = {}) {
  const started = performance.now();
  const fromConfig = applicableConfigLimits(config, opts.allowConfigLimits === true);
  opts = { ...opts, limits: { ...fromConfig.limits, ...opts.limits } };
  const remote = remoteOptions(config, opts);
  let done = 0;
  const concurrency = opts.concurrency ?? config.concurrency;
  setHdf5Parallelism(concurrency, { prewarm: jobs.length > 1 });
  const smoking = opts.smoke === false ? void 0 : jobs.find((j) => !j.options.smoke.skip);
  if (smoking) prewarmSmokeEngine(smoking.options.engine);
  const models = await pool(jobs, concurrency, async (job) => {
    const r = await checkOne(job, remote, opts);
    opts.onResult?.(r, ++done, jobs.length);
    return r;
  });
  return makeReport({
    schemaVersion: 1,
    tool: { name: "weightgate", version: opts.version ?? "0.1.0" },
    config: path11.relative(process.cwd(), config.file) || config.file,
    ...opts.shard && opts.shard.total > 1 ? { shards: { indices: [opts.shard.index], total: opts.shard.total } } : {},
    models,
    ...fromConfig.notes.length ? { notes: fromConfig.notes } : {},
    seconds: (performance.now() - started) / 1e3
  });
}

// src/report/check-text.ts
import path12 from "node:path";
var MARK2 = { compatible: "\u2714", warnings: "\u26A0", incompatible: "\u2716", error: "\u2716" };
function rel(p) {
  if (!p) return "";
  return /^[a-z-]+:\/\//i.test(p) ? p : path12.relative(process.cwd(), p) || p;
}
function smokeText2(m) {
  const s = m.smoke;
  if (!s) return "";
  if (s.status === "skipped") return `; smoke skipped${s.reason ? ` (${s.reason})` : ""}`;
  const worst = maxOf((s.outputs ?? []).map((o) => o.maxAbsDiff ?? 0), 0);
  return `; smoke ${s.status} on ${s.engine ?? "?"}${worst ? ` (max |\u0394| ${worst.toExponential(1)})` : ""}`;
}
function modelLine(m) {
  const st = effectiveStatus(m);
  const what = m.status === "error" ? `unreadable: ${m.error?.split("\n")[0] ?? ""}` : `${st}${m.diff && (m.diff.counts.error || m.diff.counts.warning) ? ` (${plural(m.diff.counts.error, "error")}, ${plural(m.diff.counts.warning, "warning")})` : ""}${smokeText2(m)}`;
  return sanitizeTerminal(`${MARK2[st]} ${capName(m.id)}  ${what}  [${m.seconds.toFixed(1)}s]`);
}
function summaryLine(r) {
  const s = r.summary;
  const parts = [`${s.compatible} compatible`, `${s.warnings} with warnings`, `${s.incompatible} incompatible`, `${s.error} unreadable`];
  return `${MARK2[r.verdict]} ${plural(s.models, "model")}: ${parts.join(", ")} \u2014 ${r.verdict} in ${r.seconds.toFixed(1)}s`;
}
function renderCheckText(r, opts = {}) {
  const out = [];
  if (opts.lines !== false) out.push(...r.models.map(modelLine));
  for (const m of r.models) {
    const st = effectiveStatus(m);
    if (st === "compatible") continue;
    out.push("", `\u2500\u2500 ${sanitizeTerminal(capName(m.id))}: ${rel(m.definition)}${m.weights ? ` + ${rel(m.weights)}` : ""} \u2500\u2500`);
    if (m.status === "error") out.push(`  ${sanitizeTerminal(m.error ?? "")}`);
    if (m.diff) out.push(renderText(m.diff, { color: opts.color ?? false }).trimEnd());
    if (m.smoke?.status === "failed") {
      out.push(`smoke failed on ${m.smoke.engine}: ${sanitizeTerminal(m.smoke.reason ?? "")}`);
      const outputs = capList(m.smoke.outputs ?? [], 20);
      for (const o of outputs.shown) {
        if (o.problem) out.push(`  output ${sanitizeTerminal(capName(o.name))}: ${sanitizeTerminal(o.problem)}`);
        else if (o.maxAbsDiff !== void 0) out.push(`  output ${sanitizeTerminal(capName(o.name))}: max |a-b| = ${o.maxAbsDiff.toExponential(2)}${o.tolerance ? ` (atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol})` : ""}${o.finite ? "" : ", not finite"}`);
      }
      if (outputs.more) out.push(`  ${moreText(outputs.more, "output")}`);
    }
  }
  const notes = capList(r.notes ?? [], 20);
  for (const n of notes.shown) out.push("", `note: ${sanitizeTerminal(capLine(n))}`);
  if (notes.more) out.push(moreText(notes.more, "note"));
  out.push("", summaryLine(r));
  return out.join("\n").replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "");
}

// src/report/check-markdown.ts
import path13 from "node:path";
var ICON = { compatible: "\u2705", warnings: "\u26A0\uFE0F", incompatible: "\u274C", error: "\u274C" };
function shortPath2(p, root) {
  if (!p) return "";
  return /^[a-z-]+:\/\//i.test(p) ? p : path13.relative(root, p) || path13.basename(p);
}
function smokeCell(m) {
  const s = m.smoke;
  if (!s) return "\u2014";
  if (s.status === "skipped") return `skipped`;
  return `${s.status === "passed" ? "passed" : "**failed**"} (${escapeMarkdown(s.engine ?? "?")})`;
}
function findingsCell(m) {
  if (m.status === "error") return "unreadable";
  const c = m.diff?.counts;
  if (!c) return "";
  return [c.error ? plural(c.error, "error") : "", c.warning ? plural(c.warning, "warning") : "", c.info ? `${c.info} info` : ""].filter(Boolean).join(", ") || "none";
}
function verdictLine2(r) {
  const s = r.summary;
  if (r.verdict === "compatible") return `${ICON.compatible} **weightgate: ${s.models === 1 ? "1 model" : `all ${plural(s.models, "model")}`} compatible**`;
  const parts = [s.incompatible ? `${s.incompatible} incompatible` : "", s.error ? `${s.error} unreadable` : "", s.warnings ? `${s.warnings} with warnings` : "", s.compatible ? `${s.compatible} compatible` : ""].filter(Boolean);
  return `${ICON[r.verdict]} **weightgate: ${parts.join(", ")}** (of ${s.models})`;
}
function renderCheckMarkdown(r, o = {}) {
  const opts = { root: process.cwd(), maxBytes: 6e4, ...o };
  const head2 = [verdictLine2(r), "", ...runNotes(r)];
  const rows = r.models.map((m) => [
    ICON[effectiveStatus(m)],
    escapeMarkdown(capName(m.id)),
    code(shortPath2(m.definition, opts.root)),
    m.weights ? code(shortPath2(m.weights, opts.root)) : "(same file)",
    findingsCell(m),
    smokeCell(m)
  ]);
  const modelTable = table(["", "model", "definition", "weights", "findings", "smoke"], rows);
  const foot = [`<sub>weightgate ${escapeMarkdown(r.tool.version)} \xB7 ${plural(r.summary.models, "model")} in ${r.seconds.toFixed(1)} s${opts.runUrl ? ` \xB7 [run](${opts.runUrl})` : ""}</sub>`];
  const details = r.models.filter((m) => effectiveStatus(m) !== "compatible").map((m) => detailsOf(m));
  const assemble = (sections2, note) => [...head2, ...modelTable, "", ...sections2.flat(), ...note ? [note, ""] : [], ...foot].join("\n");
  let text = assemble(details);
  let kept = details.length;
  while (Buffer.byteLength(text) > opts.maxBytes && kept > 0) {
    kept = Math.floor(kept / 2);
    const left = details.length - kept;
    text = assemble(details.slice(0, kept), `*${left} more model ${noun(left, "report")} left out to fit GitHub's size limit; see the job summary or the JSON report.*`);
  }
  return text;
}
function runNotes(r) {
  const { shown: shown2, more } = capList(r.notes ?? [], 20);
  if (!shown2.length) return [];
  return [...shown2.map((n) => `> \u26A0\uFE0F ${escapeMarkdown(n)}`), ...more ? [`> ${moreText(more, "note")}`] : [], ""];
}
function detailsOf(m) {
  const st = effectiveStatus(m);
  const body = [];
  if (m.status === "error") body.push(escapeMarkdown(m.error ?? ""));
  if (m.diff) body.push(renderMarkdown(m.diff, { headingLevel: 4 }));
  if (m.smoke?.status === "failed") {
    body.push(`**Smoke inference failed** on ${escapeMarkdown(m.smoke.engine ?? "?")}: ${escapeMarkdown(m.smoke.reason ?? "")}`);
    const outputs = capList(m.smoke.outputs ?? [], 20);
    const rows = outputs.shown.map((o) => [escapeMarkdown(capName(o.name)), String(o.finite), o.maxAbsDiff?.toExponential(2) ?? "", o.tolerance ? `atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol}` : ""]);
    if (rows.length) body.push(table(["output", "finite", "max abs diff", "tolerance"], rows).join("\n"));
    if (outputs.more) body.push(moreText(outputs.more, "output"));
  }
  return [`<details${st === "compatible" ? "" : " open"}><summary>${ICON[st]} ${escapeMarkdown(capName(m.id))}</summary>`, "", ...body, "", "</details>", ""];
}

export {
  openFile,
  openPair,
  count,
  capName,
  moreText,
  capList,
  nameList,
  maxOf,
  diff,
  TITLES,
  sections,
  coverageText,
  hintLines,
  sanitizeTerminal,
  renderText,
  escapeMarkdown,
  escapeMultiline,
  code,
  table,
  SEVERITY_ICON,
  findingRow,
  renderMarkdown,
  assignmentsFromDiff,
  smokePair,
  smokeText,
  smokeMarkdown,
  effectiveStatus,
  failed,
  reviveReport,
  mergeReports,
  toJson,
  runCheck,
  modelLine,
  renderCheckText,
  ICON,
  smokeCell,
  findingsCell,
  verdictLine2 as verdictLine,
  renderCheckMarkdown,
  runNotes
};
