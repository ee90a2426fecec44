import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  severityRank
} from "./chunk-LDJXLBUA.js";
import {
  noun,
  plural
} from "./chunk-73VS7PYX.js";

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
function firstLine(text) {
  const end = text.indexOf("\n");
  return end < 0 ? text : text.slice(0, end);
}
function capName(name, max = MAX_NAME) {
  return capText(name, max);
}
function capLine(line, max = MAX_LINE) {
  return capText(line, max);
}
function capLines(text, maxLines = MAX_LINES, maxLine = MAX_LINE) {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  const shown = lines.slice(0, maxLines).map((l) => capLine(l, maxLine));
  if (lines.length > maxLines) shown.push(moreText(lines.length - maxLines, "line"));
  return shown.join("\n");
}
function moreText(n, what) {
  return `\u2026 and ${count(n)} more${what ? ` ${noun(n, what)}` : ""}`;
}
function capList(items, max) {
  return items.length <= max ? { shown: [...items], more: 0 } : { shown: items.slice(0, max), more: items.length - max };
}
function nameList(names, max = 10, sep = ", ") {
  const { shown, more } = capList(names, max);
  const text = shown.map((n) => capName(n)).join(sep);
  return more ? `${text}${sep}${moreText(more)}` : text;
}
function maxOf(values, floor = -Infinity) {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}
function clip(text, max) {
  return text.length <= max ? text : `${head(text, max - 1)}\u2026`;
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
  "outputs-changed": "Outputs changed",
  "config-drift": "Config drift",
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
  return [...groups.entries()].map(([code, findings]) => ({
    code,
    title: TITLES[code],
    worst: findings.reduce((w, f) => severityRank(f.severity) < severityRank(w) ? f.severity : w, "info"),
    findings,
    hasWeight: findings.some((f) => f.weight !== null),
    sentencesOnly: WHOLE_FILE.has(code)
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
var NOT_THE_FILE = /* @__PURE__ */ new Set(["outputs-changed"]);
function differenceLine(f) {
  if (WHOLE_FILE.has(f.code)) return `${TITLES[f.code]}: ${f.message}`;
  const about = f.weight ?? f.layer;
  if (NOT_THE_FILE.has(f.code)) return `${TITLES[f.code]}${about ? ` (${about})` : ""}: ${f.expected}`;
  const sides = [f.expected !== "\u2014" ? `model ${f.expected}` : "", f.actual !== "\u2014" ? `file ${f.actual}` : ""].filter(Boolean).join(", ");
  return `${about ? `${about}: ` : ""}${sides}`;
}
function leadFinding(report) {
  const [first] = sections(report);
  return first?.findings.find((f) => f.severity === first.worst);
}
function findingNames(f) {
  const worded = /* @__PURE__ */ new Set(["message", "note", "hint", "expected", "actual"]);
  return [JSON.stringify(f, (k, v) => worded.has(k) ? void 0 : v)];
}
function reportNames(report) {
  const out = [];
  for (const f of report.findings) for (const n of [f.layer, f.weight ?? ""]) if (n.includes("`")) out.push(n);
  return out;
}
function quotedByLoader(quoted, message) {
  return quoted !== "" && quoted.includes(firstLine(message));
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
function textBlock(prefix, text, indent = " ".repeat([...prefix].length)) {
  const [first = "", ...rest] = sanitizeTerminal(text, { keepNewlines: true }).split("\n");
  return [`${prefix}${first.trim()}`, ...rest.filter((l) => l.trim()).map((l) => `${indent}${l.trim()}`)];
}
var MAX_HINTS = 20;
function cut(text, max) {
  const clean = sanitizeTerminal(text);
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}
function paint(text, s, o) {
  return o.color ? `${COLOR[s]}${text}${RESET}` : text;
}
function columns(rows) {
  const width = (c) => [...c ?? ""].length;
  const widths = (rows[0] ?? []).map((_, i) => maxOf(rows.map((r) => width(r[i])), 0));
  return rows.map((r) => r.map((c, i) => i === r.length - 1 ? c : c + " ".repeat((widths[i] ?? 0) - width(c))).join("  ").trimEnd());
}
function sentenceLines(s, o, raised) {
  const m = MARK[o.ascii ? "ascii" : "unicode"];
  const { shown, more } = capList(s.findings, o.maxRows);
  const sentence = (f) => {
    const text = sanitizeTerminal(firstLine(f.message));
    return quotedByLoader(raised, text) ? 'the error quoted under "raises" above' : text;
  };
  return [s.title, ...shown.flatMap((f) => [
    paint(`  ${m[f.severity]} ${sentence(f)}`, f.severity, o),
    ...f.note ? textBlock("    ", f.note) : []
  ]), ...more ? [`  ${moreText(more)}`] : []];
}
function sectionLines(s, o, raised) {
  if (s.sentencesOnly) return sentenceLines(s, o, raised);
  const m = MARK[o.ascii ? "ascii" : "unicode"];
  const header = [" ", "layer", ...s.hasWeight ? ["weight"] : [], "model", "file", "note"];
  const shown = s.findings.slice(0, o.maxRows);
  const body = shown.map((f) => [
    m[f.severity],
    cut(f.layer || "\u2014", o.maxCell),
    ...s.hasWeight ? [cut(f.weight ?? "", o.maxCell)] : [],
    cut(f.expected, o.maxCell),
    cut(f.actual, o.maxCell),
    cut(tag(f), o.maxCell)
  ]);
  const table = columns([header, ...body]).map((l, i) => `  ${i === 0 ? l : paint(l, shown[i - 1]?.severity ?? "info", o)}`);
  const out = [`${s.title} (${s.findings.length})`, ...table];
  if (s.findings.length > shown.length) out.push(`  ${moreText(s.findings.length - shown.length)}`);
  const first = firstLine(s.findings[0].message);
  if (!quotedByLoader(raised, sanitizeTerminal(first))) out.push(`  ${sanitizeTerminal(first)}`);
  const note = s.findings[0].note;
  if (note) out.push(...textBlock("  ", note));
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
    ...textBlock("            ", report.loader.reason),
    `  coverage  ${coverageText(report)}`
  ];
  let raised = "";
  if (report.loaderError) {
    const [first = "", ...rest] = report.loaderError.split("\n").filter((l) => l.trim());
    const shown = [first, ...rest.slice(0, 4)].map((l) => sanitizeTerminal(l));
    raised = shown.join("\n");
    lines.push(`  raises    ${shown[0]}`, ...shown.slice(1).map((l) => `            ${l}`));
    if (rest.length > 4) lines.push("            \u2026");
  }
  for (const s of sections(report)) lines.push("", ...sectionLines(s, o, raised));
  const hints = capList(hintLines(report), MAX_HINTS);
  if (hints.shown.length) {
    lines.push("", "Hints");
    for (const h of hints.shown) lines.push(...textBlock(`  \u2192 ${h.about ? `${sanitizeTerminal(capName(h.about, 200))}: ` : ""}`, h.text, "    "));
    if (hints.more) lines.push(`  ${moreText(hints.more, "hint")}`);
  }
  return lines;
}
function renderText(report, options = {}) {
  return `${textLines(report, options).join("\n")}
`;
}

export {
  count,
  firstLine,
  capName,
  capLine,
  capLines,
  moreText,
  capList,
  nameList,
  maxOf,
  clip,
  TITLES,
  sections,
  tag,
  verdictWord,
  countsText,
  coverageText,
  hintLines,
  fileName,
  differenceLine,
  leadFinding,
  findingNames,
  reportNames,
  quotedByLoader,
  sanitizeTerminal,
  textBlock,
  renderText
};
