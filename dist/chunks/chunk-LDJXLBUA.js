import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  actualText,
  alignmentText,
  autoNumberBase,
  chooseLoader,
  describe,
  describeHint,
  describeIssueHint,
  differOnlyByAutoNumber,
  expectedText,
  isLossyCast,
  kerasLoadingFailure,
  loaderRefusals,
  noteFor,
  objectRepr,
  shapesCompatible,
  transposeAxes
} from "./chunk-B2FHQD3S.js";
import {
  preprocessForLoading
} from "./chunk-3CHKLJFW.js";
import {
  INFERENCE_IDENTITY_CLASSES,
  RECURRENT_GATES,
  exprShape,
  isObject,
  objectAt,
  resetAfterAssumption,
  stringAt,
  writtenByTfjs
} from "./chunk-5PD53CW2.js";
import {
  pyValue
} from "./chunk-73VS7PYX.js";

// src/diff/config-drift.ts
var IGNORED_AT_INFERENCE = [
  /_initializer$/,
  /_regularizer$/,
  /_constraint$/,
  /^(name|trainable|dropout|recurrent_dropout|rate|seed|noise_shape|stddev|implementation|synchronized|fused|unroll|use_cudnn)$/,
  /^renorm/,
  /^virtual_batch_size$/,
  /^autocast$/
];
var SHAPE_KEYS = /* @__PURE__ */ new Set([
  "units",
  "filters",
  "kernel_size",
  "use_bias",
  "input_dim",
  "output_dim",
  "num_heads",
  "key_dim",
  "value_dim",
  "depth_multiplier",
  "groups",
  "equation",
  "bias_axes",
  "output_shape",
  "lora_rank",
  "lora_alpha",
  "batch_input_shape",
  "batch_shape",
  "input_shape",
  "input_length",
  "sparse",
  "ragged",
  "dtype",
  "nb_filter",
  "nb_row",
  "nb_col"
]);
var ENVELOPE_KEYS = /* @__PURE__ */ new Set(["module", "registered_name", "build_config", "shared_object_id", "compile_config"]);
function inert(className) {
  return INFERENCE_IDENTITY_CLASSES.has(className) || className === "InputLayer";
}
function ignored(key) {
  return SHAPE_KEYS.has(key) || IGNORED_AT_INFERENCE.some((re) => re.test(key));
}
function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (!isObject(v)) return v;
  if (v.class_name === "function" && typeof v.config === "string") return v.config;
  const out = {};
  for (const [k, x] of Object.entries(v)) if (!ENVELOPE_KEYS.has(k)) out[k] = canonical(x);
  return out;
}
function canonicalAxis(v, rank) {
  const list = Array.isArray(v) ? v : [v];
  if (!list.every((x) => typeof x === "number" && Number.isInteger(x))) return canonical(v);
  const dims = list.map((x) => x < 0 && rank !== void 0 ? rank + x : x);
  return [...new Set(dims)].sort((x, y) => x - y);
}
function same(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!same(a[k], b[k])) return false;
    return true;
  }
  return false;
}
function fieldDrift(expected, saved, prefix, rank, out) {
  for (const [key, a] of Object.entries(expected)) {
    if (ignored(key) || ENVELOPE_KEYS.has(key) || !(key in saved)) continue;
    const b = saved[key];
    const ca = key === "axis" ? canonicalAxis(a, rank) : canonical(a);
    const cb = key === "axis" ? canonicalAxis(b, rank) : canonical(b);
    if (isObject(ca) && isObject(cb) && typeof ca.class_name === "string" && isObject(ca.config) && isObject(cb.config)) {
      if (ca.class_name !== cb.class_name) out.push([`${prefix}${key}.class`, ca.class_name, cb.class_name]);
      else fieldDrift(ca.config, cb.config, `${prefix}${key}.`, rank, out);
      continue;
    }
    if (!same(ca, cb)) out.push([`${prefix}${key}`, ca, cb]);
  }
}
function pairLayers(expected, saved) {
  const savedByName = new Map(saved.map((l) => [l.name, l]));
  const pairs = [];
  const used = /* @__PURE__ */ new Set();
  const leftExpected = [];
  for (const l of expected) {
    const s = savedByName.get(l.name);
    if (s && !used.has(s)) {
      pairs.push([l, s]);
      used.add(s);
    } else leftExpected.push(l);
  }
  const leftSaved = saved.filter((l) => !used.has(l));
  const onlyExpected = [];
  const byClass = /* @__PURE__ */ new Map();
  for (const s of leftSaved) byClass.set(s.className, [...byClass.get(s.className) ?? [], s]);
  for (const l of leftExpected) {
    const s = byClass.get(l.className)?.shift();
    if (s) {
      pairs.push([l, s]);
      used.add(s);
    } else onlyExpected.push(l);
  }
  return { pairs, onlyExpected, onlySaved: saved.filter((l) => !used.has(l)) };
}
function inputsOf(l, rename) {
  return l.inbound.flatMap((call) => call.inputs.map((t) => rename.get(t.layer) ?? t.layer));
}
function configDrift(expected, saved) {
  const out = [];
  const { pairs, onlyExpected, onlySaved } = pairLayers(expected.layers, saved.layers);
  const rename = new Map(pairs.map(([e, s]) => [s.name, e.name]));
  const savedPosition = new Map(saved.layers.map((l, i) => [l, i]));
  const order = pairs.map(([e, s]) => ({ e, s, at: expected.layers.indexOf(e) })).sort((a, b) => a.at - b.at);
  for (const { e, s } of order) {
    if (e.className !== s.className) {
      out.push({ layer: e.name, field: "class", expected: e.className, saved: s.className });
      continue;
    }
    if (e.dtypePolicy !== s.dtypePolicy && (e.variableDtype === s.variableDtype || !e.weights.length)) out.push({ layer: e.name, field: "dtype_policy", expected: pyValue(e.dtypePolicy), saved: pyValue(s.dtypePolicy) });
    const fields = [];
    fieldDrift(e.config, s.config, "", e.outputShapes[0]?.length ?? s.outputShapes[0]?.length, fields);
    for (const [field, a, b] of fields) out.push({ layer: e.name, field, expected: pyValue(a), saved: pyValue(b) });
    if (e.inbound.length && s.inbound.length) {
      const a = inputsOf(e, /* @__PURE__ */ new Map());
      const b = inputsOf(s, rename);
      if (!same(a, b)) out.push({ layer: e.name, field: "inputs", expected: pyValue(a), saved: pyValue(b) });
    }
  }
  const sequential = order.every(({ e, s }) => !e.inbound.length && !s.inbound.length);
  if (sequential) {
    const savedOrder = [...order].sort((a, b) => (savedPosition.get(a.s) ?? 0) - (savedPosition.get(b.s) ?? 0));
    order.forEach(({ e }, i) => {
      const at = savedOrder[i];
      if (at && at.e !== e) out.push({ layer: e.name, field: "position", expected: pyValue(i), saved: pyValue(savedOrder.findIndex((x) => x.e === e)) });
    });
  }
  for (const l of onlyExpected) {
    if (!l.weights.length && !l.isOperation && !inert(l.className)) out.push({ layer: l.name, field: "layer", expected: l.className, saved: "None" });
  }
  for (const l of onlySaved) {
    if (!l.weights.length && !l.isOperation && !inert(l.className)) out.push({ layer: l.name, field: "layer", expected: "None", saved: l.className });
  }
  return out;
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
  const count = out.findIndex((i) => i.code === "layer-count-mismatch");
  const countIssue = out[count];
  if (countIssue) {
    const causes = out.filter((i) => (i.code === "missing-weights" || i.code === "unexpected-weights") && !(i.code === "unexpected-weights" && i.topLevel));
    const [cause] = causes;
    if (cause && causes.every((i) => i.allowedBy)) {
      out[count] = { ...countIssue, severity: "info", allowedBy: cause.allowedBy };
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
var PASS_THROUGH = /* @__PURE__ */ new Set(["Dropout", "Activation", "ActivityRegularization", "GaussianNoise", "GaussianDropout", "AlphaDropout", "SpatialDropout1D", "SpatialDropout2D"]);
function flattenBefore(definition, layer) {
  const { layers, byName, position } = layerIndex(definition);
  let cur = layer;
  for (let steps = 0; cur && steps < layers.length; steps++) {
    const src = cur.inbound.length ? byName.get(cur.inbound[0]?.inputs[0]?.layer ?? "") : layers[(position.get(cur) ?? 0) - 1];
    if (!src) return null;
    if (src.className === "Flatten") return src;
    if (!PASS_THROUGH.has(src.className) || src.weights.length) return null;
    cur = src;
  }
  return null;
}
function issueHint(i, ctx) {
  const layer = layerByName(ctx.definition).get(i.layer);
  if (i.code === "shape-mismatch") {
    const axes = transposeAxes(i.expectedShape, i.savedShape);
    if (axes) return { kind: "transposed", axes };
    const [expectedIn, expectedOut, ...expectedRest] = i.expectedShape;
    const [savedIn, savedOut, ...savedRest] = i.savedShape;
    if (layer?.className === "Dense" && expectedIn !== void 0 && savedIn !== void 0 && savedOut !== void 0 && !expectedRest.length && !savedRest.length && expectedOut === savedOut && expectedIn !== savedIn && /kernel$/.test(i.weight)) {
      const flatten = flattenBefore(ctx.definition, layer);
      if (flatten) return { kind: "flatten-input", expectedIn, savedIn, flatten: flatten.name };
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
  const last = weighted.at(-1);
  if (last) heads.add(last.name);
  return heads;
}
function innerClass(layer) {
  const inner = layer?.config.layer;
  if ((layer?.className === "Bidirectional" || layer?.className === "TimeDistributed") && isObject(inner)) {
    const cls = inner.class_name;
    const concat = layer.className === "Bidirectional" && (layer.config.merge_mode ?? "concat") === "concat";
    return { className: typeof cls === "string" ? cls : "", merge: concat ? 2 : 1 };
  }
  return { className: layer?.className ?? "", merge: 1 };
}
function units(shape, layer) {
  const d = shape?.[shape.length - 1];
  if (typeof d !== "number") return void 0;
  const { className, merge } = innerClass(layer);
  const gates = RECURRENT_GATES[className] ?? 1;
  return d % gates === 0 ? d / gates * merge : void 0;
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
  const open = issues.filter((i) => i.severity !== "info");
  const differing = open.filter((i) => i.code === "shape-mismatch" || i.code === "weight-count-mismatch" || i.code === "missing-weights");
  if (!differing.length) return void 0;
  if (open.some((i) => i.code === "layer-count-mismatch")) return void 0;
  const saved = savedWeightedLayers(ctx.artifact);
  const oldHead = saved[saved.length - 1]?.name;
  const leftovers = open.filter((i) => i.code === "unexpected-weights");
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
    const old = open.find((i) => i.code === "unexpected-weights");
    const layer = missing ? byName.get(missing.layer) : void 0;
    expectedUnits = units(missing?.expectedVars.find((v) => v.shape.length >= 2)?.shape, layer);
    savedUnits = units(old?.savedVars.find((v) => v.shape.length >= 2)?.shape, layer);
  }
  return { kind: "head-changed", layers, rule: ctx.loader.rule, skipMismatch: ctx.loader.skipMismatch, ...expectedUnits !== void 0 && savedUnits !== void 0 && expectedUnits !== savedUnits ? { expectedUnits, savedUnits } : {} };
}
function sameShapes(m, u) {
  return u.savedVars.length === m.expectedVars.length && m.expectedVars.every((v, k) => {
    const saved = u.savedVars[k];
    return saved !== void 0 && shapesCompatible(v.shape, saved.shape.filter((d) => d !== null));
  });
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
      for (let t = twins.list[twins.next]; t !== void 0 && !b.left.has(t); t = twins.list[twins.next]) twins.next++;
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
      const cut = v.name.indexOf("/");
      if (cut > 0 && expected.has(v.name.slice(cut + 1))) prefixes.set(v.name.slice(0, cut), (prefixes.get(v.name.slice(0, cut)) ?? 0) + 1);
    }
  }
  const [prefix, count] = [...prefixes].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!prefix || !count) return void 0;
  return { kind: "model-name-prefix", layers: unused.map((u) => u.savedLayer), prefix, count, isModelName: prefix === ctx.definition.name };
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
  const [first] = weights;
  if (p.kind === "as-saved" || !first) return { weights };
  const base = { layer: layer.name, className: layer.className, savedLayer: saved.name };
  if (p.kind === "refused") {
    return { weights, issue: { ...base, code: "weights-refused", severity: "error", raises: true, kerasMessage: p.message, savedVars: savedRefs(weights) } };
  }
  const converted = p.outputs.map((expr, i) => {
    const shape = exprShape(expr, shapes);
    return {
      ...first,
      name: layer.weights[i]?.name ?? `${first.name}#${i}`,
      // Its own identity: readers and caches key variables by path and index.
      path: `${saved.path} (converted #${i})`,
      index: i,
      shape,
      byteLength: shape.reduce((a, b) => a * b, 1) * 4,
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
  if ((layer.className === "Bidirectional" || layer.className === "TimeDistributed") && stringAt(inner, "class_name") === "GRU") {
    const config = objectAt(inner, "config");
    if (config) return config;
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
    if (!s) return;
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
  return l.weights.length === s.weights.length && l.weights.every((v, i) => {
    const w = s.weights[i];
    return w !== void 0 && shapesCompatible(v.shape, w.shape);
  });
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
    const next = saved[j];
    if (named !== void 0 && named >= j) {
      while (j < named) rows.push({ saved: saved[j++] });
      rows.push({ layer, saved: saved[j++], by: "name" });
    } else if (next !== void 0 && !at.has(layer.name) && score(layer, next) !== null) {
      rows.push({ layer, saved: next, by: alignedBy(layer, next) });
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
  const width = m + 1;
  const table = new Float64Array((n + 1) * width);
  const best = (i2, j2) => table[i2 * width + j2] ?? 0;
  const reversedSaved = [...saved.entries()].reverse();
  for (const [i2, l] of [...model.entries()].reverse()) {
    for (const [j2, s] of reversedSaved) {
      const sc = score(l, s);
      const pair = sc === null ? -Infinity : sc + best(i2 + 1, j2 + 1);
      table[i2 * width + j2] = Math.max(pair, best(i2 + 1, j2), best(i2, j2 + 1));
    }
  }
  const rows = [];
  let i = 0;
  let j = 0;
  for (let l = model[i], s = saved[j]; l !== void 0 && s !== void 0; l = model[i], s = saved[j]) {
    const sc = score(l, s);
    if (sc !== null && best(i, j) === sc + best(i + 1, j + 1)) {
      rows.push({ layer: l, saved: s, by: alignedBy(l, s) });
      i++;
      j++;
    } else if (best(i, j) === best(i + 1, j)) {
      rows.push({ layer: l });
      i++;
    } else {
      rows.push({ saved: s });
      j++;
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
  const named = rows.flatMap(({ layer, saved: saved2 }) => layer && saved2?.nameRecorded ? [{ layer: layer.name, savedLayer: saved2.name, position: position.get(layer) ?? -1 }] : []);
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
  const cell = CELL_CLASS[layer.className];
  if (last === "cell" && cell) return cell;
  if (/_dense$/.test(last) && layer.className === "MultiHeadAttention") return "EinsumDense";
  const inner = stringAt(layer.config.layer, "class_name");
  if (inner !== void 0) return (last === "cell" ? CELL_CLASS[inner] : void 0) ?? inner;
  return layer.className;
}
function objectName(layer, objectPath, vars, saved) {
  if (objectPath === layer.objectPath) return layer.name;
  const recorded = saved?.subNames?.[objectPath];
  if (recorded) return recorded;
  const scope = vars[0]?.path.split("/") ?? [];
  return (scope.length >= 3 ? scope.at(-2) : void 0) ?? objectPath.split("/").pop() ?? layer.name;
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
      const held = objects.get(objectPath);
      const got = held?.vars ?? [];
      const obj = { objectPath, objectName: objectName(layer, objectPath, expected, savedLayer), objectClass: objectClass(layer, objectPath) };
      if (!held || got.length === 0) {
        issues.push({ code: "missing-weights", rule: "path", layer: layer.name, expectedVars: expectedRefs(expected), ...obj, ...failure });
        continue;
      }
      if (got.length !== expected.length) {
        issues.push({
          code: "weight-count-mismatch",
          rule: "path",
          layer: layer.name,
          position: 0,
          savedLayer: held.layer.name,
          expectedVars: expectedRefs(expected),
          savedVars: savedRefs(got),
          ...obj,
          ...failure
        });
        continue;
      }
      const owner = held.layer;
      expected.forEach((v, i) => {
        const s = got.find((g) => g.index === v.index) ?? got[i];
        if (!s) return;
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
  const renamed = TFJS_RENAMES[layer.className]?.[segs.at(-1) ?? ""];
  if (renamed) segs[segs.length - 1] = renamed;
  if (segs.length <= 2) return segs.join("/");
  if (layer.className === "TimeDistributed") return `${segs.at(0) ?? ""}/${segs.at(-1) ?? ""}`;
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
    } else {
      const stored = s.quantization?.dtype ?? (s.storedDtype !== s.dtype ? s.storedDtype : void 0);
      if (stored) {
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
  const { weight, severity, code, layer, ...rest } = i;
  const note = noteFor(i, c);
  return {
    severity,
    code,
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
  const [first] = raising;
  if (!first) return null;
  const refusal = raising.find((i) => i.code === "loader-unsupported");
  if (refusal) return describe(refusal, c);
  if (c.rule !== "path") return describe(first, c);
  const failed = /* @__PURE__ */ new Map();
  for (const i of raising) {
    if ((i.code === "missing-weights" || i.code === "weight-count-mismatch" || i.code === "shape-mismatch") && i.objectPath !== void 0) {
      if (!failed.has(i.objectPath)) failed.set(i.objectPath, { repr: objectRepr(i.objectClass ?? "Layer", i.objectName ?? i.layer), message: describe(i, c) });
    }
  }
  const [firstFailed] = failed.values();
  return firstFailed ? kerasLoadingFailure(firstFailed, [...failed.values()]) : describe(first, c);
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
  if (options.savedConfig && options.savedConfig.source !== definition.source) {
    for (const d of configDrift(definition, options.savedConfig)) {
      issues.push({ code: "config-drift", severity: "warning", raises: false, layer: d.layer, field: d.field, definitionValue: d.expected, savedValue: d.saved });
    }
  }
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
function addFindings(report, issues) {
  const mc = { rule: report.loader.rule, runtime: report.loader.runtime, skipMismatch: report.loader.skipMismatch };
  report.findings.push(...issues.map((i) => word(i, mc, void 0)));
}

// src/diff/findings.ts
var RANK = { error: 0, warning: 1, info: 2 };
function severityRank(s) {
  return RANK[s];
}

export {
  pairLayers,
  configDrift,
  verdictOf,
  countsOf,
  diff,
  addFindings,
  severityRank
};
