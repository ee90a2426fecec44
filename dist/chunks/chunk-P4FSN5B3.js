import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  outputMetrics
} from "./chunk-P4VMMLUU.js";
import {
  numbersOf,
  sameBytes
} from "./chunk-UJMYRBJC.js";

// src/diff/artifact-compare.ts
var KERAS3 = /* @__PURE__ */ new Set(["keras3-weights-h5", "keras3-weights-sharded", "keras3-archive"]);
var LEGACY = /* @__PURE__ */ new Set(["keras-h5-full", "keras-h5-weights"]);
function shortName(v) {
  const last = v.name.split("/").pop() ?? v.name;
  return last.replace(/:\d+$/, "");
}
function family(a) {
  return KERAS3.has(a.format) ? "keras3" : LEGACY.has(a.format) ? "legacy" : "tfjs";
}
function choosePairing(a, b) {
  const fa = family(a);
  const fb = family(b);
  if (fa === fb && fa === "keras3") return { by: "object-path", reason: "both are Keras 3 files: variables pair by object path and index, as Keras 3 loads them" };
  if (fa === fb && fa === "tfjs") return { by: "tfjs-name", reason: "both are TF.js artifacts: variables pair by their manifest name, as tf.loadLayersModel does" };
  const names = new Set(weighted(a).map((l) => l.name));
  if (weighted(b).some((l) => names.has(l.name))) {
    return { by: "layer-name-and-position", reason: fa === fb ? "both are legacy HDF5 files: variables pair by layer name and position in the layer, as load_weights(by_name=True) assigns them" : "the formats differ: variables pair by layer name and position in the layer, the order every Keras writer keeps" };
  }
  return { by: "layer-order-and-position", reason: "the formats differ and no layer name is shared (a Keras 3 file before 3.6 records none): variables pair by the order of weighted layers" };
}
function weighted(a) {
  return a.layers.filter((l) => l.weights.length > 0);
}
function keyed(a, by) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  const unique = (key) => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n ? `${key}~${n}` : key;
  };
  weighted(a).forEach((layer, li) => {
    layer.weights.forEach((v, i) => {
      const key = unique(by === "object-path" ? `${v.objectPath}#${v.index}` : by === "tfjs-name" ? v.name : by === "layer-name-and-position" ? `${layer.name}#${i}` : `${li}#${i}`);
      out.push({ key, layer, v, name: by === "object-path" && /^\d+$/.test(shortName(v)) ? String(v.index) : shortName(v) });
    });
  });
  return out;
}
function sameShape(a, b) {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
var ORDER = { reshaped: 0, retyped: 1, removed: 2, added: 3, changed: 4, same: 5 };
async function compareArtifacts(a, b) {
  const { by, reason } = choosePairing(a, b);
  const left = keyed(a, by);
  const right = new Map(keyed(b, by).map((k) => [k.key, k]));
  const variables = [];
  for (const l of left) {
    const base = { layer: l.layer.name, name: l.name, path: l.v.path, shape: l.v.shape, dtype: l.v.dtype };
    const r = right.get(l.key);
    if (!r) {
      variables.push({ ...base, status: "removed" });
      continue;
    }
    right.delete(l.key);
    if (!sameShape(l.v.shape, r.v.shape)) {
      variables.push({ ...base, status: "reshaped", bShape: r.v.shape, ...r.v.dtype !== l.v.dtype ? { bDtype: r.v.dtype } : {} });
      continue;
    }
    if (l.v.dtype !== r.v.dtype) {
      variables.push({ ...base, status: "retyped", bDtype: r.v.dtype });
      continue;
    }
    const x = await a.read(l.v);
    const y = await b.read(r.v);
    if (sameBytes(x, y)) variables.push({ ...base, status: "same" });
    else {
      const m = outputMetrics(numbersOf(y), numbersOf(x), [x.length], { atol: 0, rtol: 0 });
      variables.push({ ...base, status: "changed", maxAbsDiff: m.maxAbsDiff, relativeChange: m.relativeError });
    }
  }
  for (const r of right.values()) {
    variables.push({ layer: r.layer.name, name: r.name, path: r.v.path, shape: r.v.shape, dtype: r.v.dtype, status: "added" });
  }
  variables.sort((p, q) => ORDER[p.status] - ORDER[q.status] || (q.relativeChange ?? 0) - (p.relativeChange ?? 0));
  const count = (s) => variables.filter((v) => v.status === s).length;
  const summary = {
    same: count("same"),
    changed: count("changed"),
    added: count("added"),
    removed: count("removed"),
    reshaped: count("reshaped"),
    retyped: count("retyped"),
    maxAbsDiff: variables.reduce((m, v) => Math.max(m, v.maxAbsDiff ?? 0), 0),
    sameStructure: variables.every((v) => v.status === "same" || v.status === "changed")
  };
  const side = (m) => ({ source: m.source, format: m.format, label: m.formatLabel });
  return { schemaVersion: 1, kind: "artifacts", a: side(a), b: side(b), pairedBy: by, pairingReason: reason, variables, summary };
}

export {
  compareArtifacts
};
