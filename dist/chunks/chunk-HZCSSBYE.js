import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  capList,
  capName,
  count,
  maxOf,
  moreText,
  sanitizeTerminal,
  textBlock
} from "./chunk-O5O6OTDQ.js";
import {
  DTYPE_BYTES
} from "./chunk-5PTVY25K.js";
import {
  plural
} from "./chunk-73VS7PYX.js";

// src/report/inspect.ts
var STATUS_WORDS = {
  "unknown-class": "a class weightgate does not know: its weights cannot be listed",
  partial: "some of its shapes could not be worked out (shown as ?)"
};
var INSPECT_LIMITS = { layers: 1e3, weights: 100, optimizer: 1e3 };
var DEFAULT_INSPECT = { maxLayers: INSPECT_LIMITS.layers, maxWeights: INSPECT_LIMITS.weights, maxOptimizer: INSPECT_LIMITS.optimizer };
function definitionLayers(def, o) {
  return def.layers.slice(0, o.maxLayers).map((l) => ({
    name: l.name,
    className: l.className,
    status: l.isOperation ? "operation" : l.status,
    ...l.note ? { note: l.note } : {},
    path: l.objectPath || void 0,
    weights: l.weights.slice(0, o.maxWeights).map((w) => ({
      name: w.name,
      path: w.path,
      shape: w.shape,
      dtype: w.dtype,
      trainable: w.trainable,
      ...w.shape.every((d) => d !== null) ? { bytes: elements(w.shape) * DTYPE_BYTES[w.dtype] } : {}
    }))
  }));
}
function savedWeight(w) {
  return { name: w.name, path: w.path, shape: w.shape, dtype: w.dtype, ...w.storedDtype ? { storedDtype: w.storedDtype } : {}, bytes: w.byteLength };
}
function artifactLayers(a, o, def) {
  const classOf = new Map(def?.layers.map((l) => [l.name, l.className]) ?? []);
  return a.layers.slice(0, o.maxLayers).map((l) => ({
    name: l.name,
    ...classOf.has(l.name) ? { className: classOf.get(l.name) } : {},
    path: l.path,
    weights: l.weights.slice(0, o.maxWeights).map(savedWeight)
  }));
}
function sideSummary(layers, o, optimizer) {
  const totals = { layers: layers.length, weights: 0, parameters: 0, bytes: 0 };
  let weightsLeft = 0;
  layers.forEach((l, i) => {
    totals.weights += l.weights.length;
    if (i < o.maxLayers) weightsLeft += Math.max(0, l.weights.length - o.maxWeights);
    for (const w of l.weights) {
      const known = w.shape.every((d) => d !== null);
      if (known) totals.parameters += elements(w.shape);
      totals.bytes += w.byteLength ?? (known ? elements(w.shape) * DTYPE_BYTES[w.dtype] : 0);
    }
  });
  const t = {};
  if (layers.length > o.maxLayers) t.layers = layers.length - o.maxLayers;
  if (weightsLeft) t.weights = weightsLeft;
  if (optimizer && optimizer.length > o.maxOptimizer) t.optimizer = optimizer.length - o.maxOptimizer;
  return Object.keys(t).length ? { totals, truncated: t } : { totals };
}
function inspectJson(opened, options = {}) {
  const o = { ...DEFAULT_INSPECT, ...options };
  const { definition: d, artifact: a } = opened;
  const allNotes = [...d?.notes ?? [], ...a?.notes ?? []];
  const notes = allNotes.slice(0, o.maxLayers);
  const base = { schemaVersion: 1, file: opened.source, format: opened.format, notes };
  const notesLeft = allNotes.length > notes.length ? { notes: allNotes.length - notes.length } : {};
  const top = (t) => t || notesLeft.notes ? { truncated: { ...t, ...notesLeft } } : {};
  const defSummary = (def) => sideSummary(def.layers, o);
  const artSummary = (art) => sideSummary(art.layers, o, art.optimizer);
  if (d && a) {
    return {
      ...base,
      ...top(),
      definition: { format: d.format, kerasVersion: d.producer.kerasVersion, backend: d.producer.backend, layers: definitionLayers(d, o), ...defSummary(d) },
      weights: {
        format: a.formatLabel,
        kerasVersion: a.producer.kerasVersion,
        backend: a.producer.backend,
        layers: artifactLayers(a, o, d),
        optimizer: a.optimizer.slice(0, o.maxOptimizer).map(savedWeight),
        ...artSummary(a)
      }
    };
  }
  if (d) {
    const { totals: totals2, truncated: truncated2 } = defSummary(d);
    return { ...base, layers: definitionLayers(d, o), totals: totals2, ...top(truncated2) };
  }
  if (!a) throw new Error(`${opened.source}: opened with neither a definition nor weights`);
  const { totals, truncated } = artSummary(a);
  return { ...base, layers: artifactLayers(a, o), optimizer: a.optimizer.slice(0, o.maxOptimizer).map(savedWeight), totals, ...top(truncated) };
}
function elements(shape) {
  return shape.reduce((n, d) => n * (d ?? 0), 1);
}
function formatShape(shape) {
  return `(${shape.map((d) => d === null ? "?" : String(d)).join(", ")}${shape.length === 1 ? "," : ""})`;
}
function formatBytes(n) {
  if (n === void 0) return "?";
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}
function table(header, rows) {
  const widths = header.map((h, i) => maxOf(rows.map((r) => (r[i] ?? "").length), h.length));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}
function sideRows(layers) {
  const rows = [];
  const name = (n) => sanitizeTerminal(capName(n));
  for (const l of layers) {
    const cls = name(l.className ?? "");
    if (!l.weights.length) {
      const what = l.status === "unknown-class" ? "(variables unknown)" : l.status === "operation" ? "(op, not a layer)" : "";
      rows.push([name(l.name), cls, what, "", "", ""]);
      continue;
    }
    l.weights.forEach((w, i) => {
      const label = l.status !== void 0 && w.path.startsWith(`${l.name}/`) ? w.path.slice(l.name.length + 1) : w.name;
      rows.push([i === 0 ? name(l.name) : "", i === 0 ? cls : "", name(label), formatShape(w.shape), sanitizeTerminal(w.storedDtype ? `${w.dtype} (stored ${w.storedDtype})` : w.dtype), formatBytes(w.bytes)]);
    });
  }
  return rows;
}
function totalsText(s) {
  const t = s.totals ?? sideSummary(s.layers.map((l) => ({ weights: l.weights.map((w) => ({ shape: w.shape, dtype: w.dtype, byteLength: w.bytes ?? 0 })) })), DEFAULT_INSPECT).totals;
  return `${plural(t.layers, "layer")}, ${plural(t.weights, "weight")}, ${plural(t.parameters, "parameter")}, ${formatBytes(t.bytes)}`;
}
var HEADER = ["layer", "class", "weight", "shape", "dtype", "size"];
function inspectText(j) {
  const out = [sanitizeTerminal(j.file), `format: ${sanitizeTerminal(j.format)}`];
  const side = (title, s) => {
    out.push("", `${sanitizeTerminal(title)} \u2014 ${totalsText(s)}`, ...table(HEADER, sideRows(s.layers)));
    if (s.truncated?.layers) out.push(`${moreText(s.truncated.layers, "layer")} (the first ${count(s.layers.length)} are listed; \`--json\` gives the same list)`);
    if (s.truncated?.weights) out.push(`${moreText(s.truncated.weights, "weight")} of the listed layers not shown (${INSPECT_LIMITS.weights} per layer)`);
  };
  if (j.definition) side(`definition (${j.definition.format})`, j.definition);
  if (j.weights) side(`weights (${j.weights.format})`, j.weights);
  if (j.layers) side(j.optimizer ? "saved weights" : "expected weights", { layers: j.layers, totals: j.totals, truncated: j.truncated });
  const opt = j.weights?.optimizer ?? j.optimizer ?? [];
  const optTotal = opt.length + (j.weights?.truncated?.optimizer ?? j.truncated?.optimizer ?? 0);
  if (optTotal) out.push("", `optimizer state: ${plural(optTotal, "variable")} (not part of compatibility)`);
  const unknown = (j.definition?.layers ?? (j.optimizer ? [] : j.layers ?? [])).filter((l) => l.status === "unknown-class" || l.status === "partial");
  const shownUnknown = capList(unknown, 50);
  for (const l of shownUnknown.shown) {
    const why = l.note ?? (l.status !== void 0 ? STATUS_WORDS[l.status] ?? l.status : "");
    out.push(...textBlock(`! ${sanitizeTerminal(capName(l.name))} (${sanitizeTerminal(capName(l.className ?? ""))}): `, why, "    "));
  }
  if (shownUnknown.more) out.push(moreText(shownUnknown.more, "layer"));
  const notes = capList(j.notes, 50);
  if (notes.shown.length) out.push("", ...notes.shown.flatMap((n) => textBlock("note: ", n, "  ")));
  const notesLeft = notes.more + (j.truncated?.notes ?? 0);
  if (notesLeft) out.push(moreText(notesLeft, "note"));
  return out.join("\n");
}

export {
  inspectJson,
  formatBytes,
  inspectText
};
