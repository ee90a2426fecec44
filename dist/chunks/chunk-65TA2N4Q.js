import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  SEVERITY_ICON,
  breakSlashes,
  code,
  escapeMarkdown,
  findingRow,
  prose,
  proseLines,
  smokeMarkdown,
  table
} from "./chunk-PHUSERFM.js";
import {
  TITLES,
  capLine,
  capList,
  capName,
  clip,
  coverageText,
  differenceLine,
  findingNames,
  firstLine,
  hintLines,
  leadFinding,
  maxOf,
  moreText,
  nameList,
  renderText,
  reportNames,
  sanitizeTerminal,
  sections,
  textBlock
} from "./chunk-O5O6OTDQ.js";
import {
  brokenByChange,
  effectiveStatus,
  isFailing
} from "./chunk-ORHEMUVU.js";
import {
  percent,
  significant
} from "./chunk-B2FHQD3S.js";
import {
  isAre,
  noun,
  plural
} from "./chunk-73VS7PYX.js";

// src/report/base-words.ts
var TREND_WORDS = {
  introduced: "broken by this change",
  fixed: "fixed by this change",
  "pre-existing": "already failing at the base",
  unchanged: "unchanged",
  "new-model": "new",
  "removed-model": "removed"
};
function isNotCompared(x) {
  return typeof x === "object" && x !== null && "reason" in x;
}
function trendSummary(r) {
  if (!r.base) return "";
  if (r.base.unavailable) return `the base ${r.base.ref} could not be checked: ${r.base.unavailable}`;
  const count = (t) => r.models.filter((m) => m.trend === t).length;
  const parts = [
    count("introduced") ? `${plural(count("introduced"), "model")} broken by this change` : "",
    count("fixed") ? `${count("fixed")} fixed` : "",
    count("pre-existing") ? `${count("pre-existing")} already failing at ${r.base.ref}` : "",
    count("new-model") ? `${count("new-model")} new` : "",
    r.removedModels?.length ? `${r.removedModels.length} removed` : ""
  ].filter(Boolean);
  return `against ${r.base.ref}${r.base.sha ? ` (${r.base.sha.slice(0, 7)})` : ""}: ${parts.join(", ") || "nothing broken or fixed"}`;
}
function definitionText(d) {
  const layers = d.layers.map((l) => {
    switch (l.change) {
      case "added":
        return `${l.layer} added (${l.after ?? ""})`;
      case "removed":
        return `${l.layer} removed (${l.before ?? ""})`;
      case "renamed":
        return `${l.before ?? ""} renamed ${l.layer}`;
      case "reshaped":
        return `${l.layer} reshaped: ${l.before ?? ""} \u2192 ${l.after ?? ""}`;
      case "class":
        return `${l.layer} is now ${l.after ?? ""} (was ${l.before ?? ""})`;
    }
  });
  const fields = d.config.map((c) => `${c.layer}: ${c.field} ${c.saved} \u2192 ${c.expected}`);
  return [...layers, ...fields].join("; ");
}
function weightsText(w) {
  const total = w.same + w.changed + w.added + w.removed + w.reshaped + w.retyped;
  const structure = [w.added ? `${w.added} added` : "", w.removed ? `${w.removed} removed` : "", w.reshaped ? `${w.reshaped} reshaped` : "", w.retyped ? `${w.retyped} retyped` : ""].filter(Boolean);
  return `${w.changed} of ${plural(total, "variable")} changed${w.changed ? ` (max |\u0394| ${significant(w.maxAbsDiff)})` : ""}${structure.length ? `, ${structure.join(", ")}` : ""}`;
}
function changeLines(c) {
  if (!c) return [];
  const out = [];
  if (c.definition) out.push(`definition: ${isNotCompared(c.definition) ? `not compared (${c.definition.reason})` : definitionText(c.definition)}`);
  if (c.weights) out.push(`weights: ${isNotCompared(c.weights) ? `not compared (${c.weights.reason})` : weightsText(c.weights)}`);
  if (c.outputs) {
    out.push(`outputs: ${isNotCompared(c.outputs) ? `not compared (${c.outputs.reason})` : c.outputs.outputs.map((o) => `${o.name} max |\u0394| ${significant(o.maxAbsDiff)}, mean |\u0394| ${significant(o.meanAbsDiff)}${o.top1Agreement === void 0 ? "" : `, top-1 unchanged on ${percent(o.top1Agreement)}`}`).join("; ")}`);
  }
  return out;
}
function changedModels(r) {
  return r.models.filter((m) => !isFailing(m) && m.changes && (m.changes.definition || m.changes.weights || m.changes.outputs));
}
function pullRequestLine(r) {
  if (!r.base) return "";
  if (r.base.unavailable) return `The base ${r.base.ref} could not be checked, so every failing model counts: ${r.base.unavailable}`;
  const count = (t) => r.models.filter((m) => m.trend === t).length;
  const broken = r.models.filter(brokenByChange).length;
  const parts = [
    broken ? `${plural(broken, "model")} broken by this pull request` : "nothing broken by this pull request",
    count("fixed") ? `${count("fixed")} fixed` : "",
    count("pre-existing") ? `${count("pre-existing")} already failing on ${r.base.ref}` : "",
    r.removedModels?.length ? `${r.removedModels.length} removed` : ""
  ].filter(Boolean);
  return parts.join(", ");
}
function trendTag(m, baseRef) {
  switch (m.trend) {
    case "introduced":
      return "broken here";
    case "fixed":
      return "fixed here";
    case "pre-existing":
      return `already on ${baseRef}`;
    case "new-model":
      return "new model";
    default:
      return "";
  }
}

// src/report/snapshot-words.ts
var WORDS = { matched: "snapshot matched", changed: "snapshot changed", written: "snapshot recorded", missing: "no snapshot", skipped: "" };
function snapshotWord(m, usesSnapshots2 = false) {
  const s = m.snapshot;
  if (!s) return "";
  if (s.status === "missing" && !usesSnapshots2) return "";
  return WORDS[s.status];
}
function usesSnapshots(models) {
  return models.some((m) => m.snapshot && m.snapshot.status !== "missing" && m.snapshot.status !== "skipped");
}

// src/report/comment-paths.ts
import path from "node:path";
var URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
var RUNNER_WORKSPACE = [/^.*?\/_?work\/([^/]+)\/\1\//, /^[A-Za-z]:\\a\\([^\\]+)\\\1\\/];
function relativePath(p, root) {
  if (!p) return "";
  return URL_LIKE.test(p) ? p : path.relative(root, p) || path.basename(p);
}
var LEADING_PATH = /^(?:\/|[A-Za-z]:\\)[^:\n]*(?=:)/;
function shortenLeadingPath(message, show) {
  return message.replace(LEADING_PATH, (p) => show(p));
}
function displayPath(p, root) {
  if (!p) return "";
  if (URL_LIKE.test(p)) return p;
  const rel = path.relative(root, p);
  if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) return rel;
  for (const re of RUNNER_WORKSPACE) {
    const m = re.exec(p);
    if (m) return p.slice(m[0].length).replaceAll("\\", "/");
  }
  return path.isAbsolute(p) ? path.basename(p) : p;
}
var RUNNER_WORKSPACE_IN_TEXT = [/(?<![\w.-])\/(?:[^\s/'"()]+\/)*?_?work\/([^\s/'"()]+)\/\1\//g, /(?<![\w.-])[A-Za-z]:\\a\\([^\s\\'"()]+)\\\1\\/g];
function displayText(text2, root, show = (p) => displayPath(p, root)) {
  let out = shortenLeadingPath(text2, show);
  const base = path.resolve(root);
  if (base !== path.parse(base).root) out = withoutRoot(out, base);
  for (const re of RUNNER_WORKSPACE_IN_TEXT) out = out.replace(re, "");
  return out;
}
function withoutRoot(text2, root) {
  let out = "";
  let from = 0;
  for (let at = text2.indexOf(root); at >= 0; at = text2.indexOf(root, at + 1)) {
    if (at < from || /[\w./\\-]/.test(text2[at - 1] ?? "")) continue;
    const next = text2[at + root.length] ?? "";
    if (next === path.sep || next === "/") {
      out += text2.slice(from, at);
      from = at + root.length + 1;
    } else if (!/[\w.-]/.test(next)) {
      out += `${text2.slice(from, at)}./`;
      from = at + root.length;
    }
  }
  return out + text2.slice(from);
}

// src/report/check-text.ts
var MARK = { compatible: "\u2714", warnings: "\u26A0", incompatible: "\u2716", error: "\u2716" };
var STATUS_WORDS = { compatible: "compatible", warnings: "compatible with warnings", incompatible: "incompatible", error: "unreadable" };
function errorOf(m, root) {
  return shortenLeadingPath(m.error ?? "", (p) => relativePath(p, root));
}
function smokeText(m) {
  const s = m.smoke;
  if (!s) return "";
  if (s.status === "skipped") return `; smoke skipped${s.reason ? ` (${s.reason})` : ""}`;
  const worst2 = maxOf((s.outputs ?? []).map((o) => o.maxAbsDiff ?? 0), 0);
  const snapshot = snapshotWord(m);
  return `; smoke ${s.status} on ${s.engine ?? "?"}${worst2 ? ` (max |\u0394| ${worst2.toExponential(1)})` : ""}${snapshot ? `, ${snapshot}` : ""}`;
}
function countsOf(m) {
  const c = m.diff?.counts;
  const parts = c ? [c.error ? plural(c.error, "error") : "", c.warning ? plural(c.warning, "warning") : ""].filter(Boolean) : [];
  return parts.length ? ` (${parts.join(", ")})` : "";
}
function modelLine(m, root = process.cwd()) {
  const st = effectiveStatus(m);
  const what = m.status === "error" ? `unreadable: ${firstLine(errorOf(m, root))}` : `${STATUS_WORDS[st]}${countsOf(m)}${smokeText(m)}`;
  const trend = m.trend && m.trend !== "unchanged" ? `  \xB7 ${TREND_WORDS[m.trend]}` : "";
  return sanitizeTerminal(`${MARK[st]} ${capName(m.id)}  ${what}${trend}  [${m.seconds.toFixed(1)}s]`);
}
function summaryLine(r) {
  const s = r.summary;
  const parts = [`${s.compatible} compatible`, `${s.warnings} with warnings`, `${s.incompatible} incompatible`, `${s.error} unreadable`];
  return `${MARK[r.verdict]} ${plural(s.models, "model")}: ${parts.join(", ")} \u2014 ${STATUS_WORDS[r.verdict]} in ${r.seconds.toFixed(1)}s`;
}
function renderCheckText(r, opts = {}) {
  const root = opts.root ?? process.cwd();
  const out = [];
  if (opts.lines !== false) out.push(...r.models.map((m) => modelLine(m, root)));
  for (const m of r.models) {
    const st = effectiveStatus(m);
    if (st === "compatible") continue;
    out.push("", `\u2500\u2500 ${sanitizeTerminal(capName(m.id))}: ${relativePath(m.definition, root)}${m.weights ? ` + ${relativePath(m.weights, root)}` : ""} \u2500\u2500`);
    if (m.status === "error") out.push(...textBlock("  ", errorOf(m, root)));
    if (m.diff) out.push(renderText(m.diff, { color: opts.color ?? false }).trimEnd());
    if (m.smoke?.status === "failed") {
      out.push(...textBlock(`smoke failed on ${sanitizeTerminal(m.smoke.engine)}: `, m.smoke.reason ?? "", "  "));
      const outputs = capList(m.smoke.outputs ?? [], 20);
      for (const o of outputs.shown) {
        if (o.problem) out.push(...textBlock(`  output ${sanitizeTerminal(capName(o.name))}: `, o.problem, "    "));
        else if (o.maxAbsDiff !== void 0) out.push(`  output ${sanitizeTerminal(capName(o.name))}: max |a-b| = ${o.maxAbsDiff.toExponential(2)}${o.tolerance ? ` (atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol})` : ""}${o.finite ? "" : ", not finite"}`);
      }
      if (outputs.more) out.push(`  ${moreText(outputs.more, "output")}`);
    }
  }
  const changed = capList(changedModels(r), 50);
  if (changed.shown.length) out.push("", `Changed since ${r.base?.ref ?? "the base"}:`);
  for (const m of changed.shown) {
    out.push(`  ${sanitizeTerminal(capName(m.id))}`, ...changeLines(m.changes).map((l) => `    ${sanitizeTerminal(capLine(l))}`));
  }
  if (changed.more) out.push(`  ${moreText(changed.more, "model")}`);
  for (const m of r.removedModels ?? []) out.push(`  ${sanitizeTerminal(capName(m.id))}: removed from the config (${m.base.verdict} at ${r.base?.ref ?? "the base"})`);
  const notes = capList(r.notes ?? [], 20);
  for (const n of notes.shown) out.push("", ...textBlock("note: ", n, "  "));
  if (notes.more) out.push(moreText(notes.more, "note"));
  out.push("", summaryLine(r));
  const trend = trendSummary(r);
  if (trend) out.push(sanitizeTerminal(capLine(trend)));
  return out.join("\n").replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "");
}

// src/report/comment-marker.ts
import { createHash } from "node:crypto";
function reportKey(report) {
  const shards = report.shards ? `${report.shards.indices.join(",")}/${report.shards.total}` : "all";
  return createHash("sha256").update(`${report.config}
${shards}`).digest("hex").slice(0, 16);
}
function commentMarker(report) {
  return `<!-- weightgate:${reportKey(report)} -->`;
}

// src/report/model-cells.ts
var ICON = { compatible: "\u2705", warnings: "\u26A0\uFE0F", incompatible: "\u274C", error: "\u274C" };
function smokeCell(m, withSnapshots = false) {
  const s = m.smoke;
  if (!s) return "\u2014";
  if (s.status === "skipped") return `skipped`;
  const snapshot = snapshotWord(m, withSnapshots);
  const shown = m.snapshot?.status === "changed" ? `**${snapshot}**` : snapshot;
  return `${s.status === "passed" ? "passed" : "**failed**"} (${escapeMarkdown(s.engine ?? "?")})${shown ? `, ${shown}` : ""}`;
}
function findingsCell(m) {
  if (m.status === "error") return "unreadable";
  const c = m.diff?.counts;
  if (!c) return "";
  return [c.error ? plural(c.error, "error") : "", c.warning ? plural(c.warning, "warning") : "", c.info ? `${c.info} info` : ""].filter(Boolean).join(", ") || "none";
}
function verdictLine(r) {
  const s = r.summary;
  if (r.verdict === "compatible") return `${ICON.compatible} **weightgate: ${s.models === 1 ? "1 model" : `all ${plural(s.models, "model")}`} compatible**`;
  const parts = [s.incompatible ? `${s.incompatible} incompatible` : "", s.error ? `${s.error} unreadable` : "", s.warnings ? `${s.warnings} with warnings` : "", s.compatible ? `${s.compatible} compatible` : ""].filter(Boolean);
  return `${ICON[r.verdict]} **weightgate: ${parts.join(", ")}** (of ${s.models})`;
}
function runNotes(r, show) {
  const { shown, more } = capList(r.notes ?? [], 20);
  if (!shown.length) return [];
  return [...shown.flatMap((n, i) => [...i ? [">"] : [], `> \u26A0\uFE0F ${prose(show(n))}`]), ...more ? [">", `> ${moreText(more, "note")}`] : [], ""];
}

// src/report/mermaid.ts
var DEFAULT_MERMAID_OPTIONS = { maxNodes: 40, hops: 2, linesPerNode: 3 };
var SAFE = /[A-Za-z0-9 ,.:/()_+=-]/;
function mermaidText(text2, max = 80) {
  const chars = [...text2];
  const cut = chars.length > max ? [...chars.slice(0, max - 1), "\u2026"] : chars;
  return cut.map((c) => SAFE.test(c) ? c : `#${c.codePointAt(0)};`).join("");
}
function problemsByLayer(m) {
  const out = /* @__PURE__ */ new Map();
  for (const f of m.diff?.findings ?? []) {
    if (f.severity === "info" || !f.layer) continue;
    const list = out.get(f.layer);
    if (list) list.push(f);
    else out.set(f.layer, [f]);
  }
  return out;
}
function worst(findings) {
  return findings.some((f) => f.severity === "error") ? "error" : "warning";
}
function findingLine(f) {
  const what = f.weight ? f.weight.split("/").pop() : TITLES[f.code].toLowerCase();
  const shapes = f.expected && f.actual ? `expected ${f.expected}, saved ${f.actual}` : TITLES[f.code].toLowerCase();
  return `${what}: ${shapes}`;
}
function neighbourhood(graph, problems, o) {
  const names = graph.nodes.map((n) => n.name);
  if (names.length <= o.maxNodes) return new Set(names);
  const near = /* @__PURE__ */ new Map();
  const link = (a, b) => {
    const list = near.get(a);
    if (list) list.push(b);
    else near.set(a, [b]);
  };
  for (const [a, b] of graph.edges) {
    link(a, b);
    link(b, a);
  }
  const kept = /* @__PURE__ */ new Set();
  let frontier = names.filter((n) => problems.has(n));
  for (let hop = 0; hop <= o.hops && frontier.length; hop++) {
    const next = [];
    for (const n of frontier) {
      if (kept.has(n)) continue;
      if (kept.size >= o.maxNodes) return kept;
      kept.add(n);
      for (const m of near.get(n) ?? []) next.push(m);
    }
    frontier = next.filter((n) => !kept.has(n));
  }
  return kept;
}
function layerDiagram(m, options = {}) {
  const o = { ...DEFAULT_MERMAID_OPTIONS, ...options };
  const graph = m.graph;
  const problems = problemsByLayer(m);
  if (!graph || !graph.nodes.length || !problems.size) return void 0;
  const kept = neighbourhood(graph, new Set(problems.keys()), o);
  const ids = /* @__PURE__ */ new Map();
  const lines = ["```mermaid", "flowchart TD"];
  const classes = { error: [], warning: [], info: [] };
  const node = (name, className) => {
    const id = `n${ids.size}`;
    ids.set(name, id);
    const found = problems.get(name) ?? [];
    const label = [mermaidText(name), ...className ? [mermaidText(className)] : ["#40;only in the file#41;"]];
    for (const f of found.slice(0, o.linesPerNode)) label.push(mermaidText(findingLine(f), 100));
    if (found.length > o.linesPerNode) label.push(`+${found.length - o.linesPerNode} more`);
    lines.push(`  ${id}["${label.join("<br/>")}"]`);
    if (found.length) classes[worst(found)].push(id);
  };
  for (const n of graph.nodes) if (kept.has(n.name)) node(n.name, n.className);
  const inGraph = new Set(graph.nodes.map((n) => n.name));
  const orphans = [...problems.keys()].filter((n) => !inGraph.has(n));
  for (const name of orphans.slice(0, Math.max(0, o.maxNodes - ids.size))) node(name, void 0);
  for (const [a, b] of graph.edges) {
    const from = ids.get(a);
    const to = ids.get(b);
    if (from && to) lines.push(`  ${from} --> ${to}`);
  }
  lines.push("  classDef error fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#1f2328");
  lines.push("  classDef warning fill:#fff8c5,stroke:#9a6700,stroke-width:3px,color:#1f2328");
  if (classes.error.length) lines.push(`  class ${classes.error.join(",")} error`);
  if (classes.warning.length) lines.push(`  class ${classes.warning.join(",")} warning`);
  lines.push("```");
  return { lines, shown: [...ids.keys()].filter((n) => inGraph.has(n)).length, total: graph.nodes.length };
}

// src/report/pr-comment.ts
var COMMENT_BYTES = 6e4;
var SUMMARY_BYTES = 1e6;
var DEFAULTS = { maxBytes: COMMENT_BYTES, root: process.cwd(), paths: "repository", links: [], maxRows: 50, baseRef: "the base" };
var SPLIT_ABOVE = 10;
var RANK = { error: 0, incompatible: 1, warnings: 2, compatible: 3 };
var TREND_RANK = { introduced: 0, "new-model": 1, unchanged: 2, fixed: 3, "pre-existing": 4, "removed-model": 5 };
function trendRank(m) {
  return m.trend ? TREND_RANK[m.trend] : 2;
}
function naturalOrder(a, b) {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (i % 2 === 1 && x.length <= 15 && y.length <= 15) return Number(x) - Number(y) || (x < y ? -1 : 1);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}
function renderComment(report, options = {}) {
  const o = { ...DEFAULTS, ...report.base ? { baseRef: report.base.ref } : {}, ...options };
  const ordered = [...report.models].sort((a, b) => RANK[effectiveStatus(a)] - RANK[effectiveStatus(b)] || trendRank(a) - trendRank(b) || naturalOrder(a.id, b.id));
  const problems = ordered.filter((m) => effectiveStatus(m) !== "compatible");
  const prefix = commonFolder(report.models.flatMap((m) => [m.definition, m.weights]).map((p) => shownPath(o, p)));
  const rows = /* @__PURE__ */ new Map();
  let text2 = "";
  for (const d of stages(o, problems.length, ordered.length)) {
    text2 = render(report, ordered, problems, d, { o, prefix, seen: /* @__PURE__ */ new Map(), rows });
    if (Buffer.byteLength(text2) <= o.maxBytes) return text2;
  }
  return text2;
}
function* stages(o, problems, models) {
  const full = { rows: o.maxRows, diagrams: true, models: problems, tableRows: models };
  yield full;
  yield { ...full, rows: Math.min(10, o.maxRows) };
  yield { ...full, rows: Math.min(10, o.maxRows), diagrams: false };
  yield { ...full, rows: 0, diagrams: false };
  for (let n = Math.floor(problems / 2); ; n = Math.floor(n / 2)) {
    yield { ...full, rows: 0, diagrams: false, models: n };
    if (n === 0) break;
  }
  for (let n = problems || models; ; n = Math.floor(n / 2)) {
    yield { rows: 0, diagrams: false, models: 0, tableRows: n };
    if (n === 0) break;
  }
}
function isFull(d, o, problems, models) {
  return d.rows === o.maxRows && d.diagrams && d.models === problems && d.tableRows === models;
}
function shownPath(o, p) {
  return o.paths === "local" ? relativePath(p, o.root) : displayPath(p, o.root);
}
function text(ctx, t) {
  return displayText(t, ctx.o.root, (p) => shownPath(ctx.o, p));
}
function shownFor(ctx, sentence, id) {
  const key = sentence.replace(/\d+/g, "#");
  const first = ctx.seen.get(key);
  if (first === void 0) ctx.seen.set(key, id);
  return first;
}
function render(report, ordered, problems, d, ctx) {
  const { o } = ctx;
  const out = [];
  if (o.marker) out.push(o.marker);
  out.push(verdictLine(report), "");
  const prLine = pullRequestLine(report);
  if (prLine) out.push(`**This pull request:** ${prose(text(ctx, prLine))}`, "");
  out.push(...runNotes(report, (t) => text(ctx, t)));
  if (report.shards) out.push(`\u26A0\uFE0F This report holds shards ${report.shards.indices.join(", ")} of ${report.shards.total} only; the others are missing.`, "");
  const green = problems.length === 0;
  if (green) {
    out.push(...collapsed(`${plural(ordered.length, "model")} checked`, modelTable(ordered, d.tableRows, ctx)));
  } else if (ordered.length > SPLIT_ABOVE) {
    const fine = ordered.slice(problems.length);
    out.push(...modelTable(problems, d.tableRows, ctx), "");
    const room = Math.max(0, d.tableRows - problems.length);
    if (fine.length && room) out.push(...collapsed(`${fine.length} compatible ${noun(fine.length, "model")}`, modelTable(fine, room, ctx)));
    else if (fine.length) out.push(...modelTable(fine, 0, ctx), "");
  } else {
    out.push(...modelTable(ordered, d.tableRows, ctx), "");
  }
  if (!green) {
    const baseKnown = report.base !== void 0 && report.base.unavailable === void 0;
    const old = baseKnown ? problems.filter((m) => m.trend === "pre-existing") : [];
    const fresh = problems.filter((m) => !old.includes(m));
    const open = fresh.length <= 3;
    const shown = problems.slice(0, d.models);
    for (const m of fresh.filter((x) => shown.includes(x))) out.push(...modelSection(m, d, ctx, open));
    const oldShown = old.filter((x) => shown.includes(x));
    if (oldShown.length) out.push(...collapsed(`Already failing on ${escapeMarkdown(report.base?.ref ?? "the base")} (${old.length})`, oldShown.flatMap((m) => modelSection(m, d, ctx, false))));
    const left = problems.length - Math.min(d.models, problems.length);
    if (left) out.push(`*${left} more ${noun(left, "model")} with problems ${isAre(left)} listed in the table only.*`, "");
  }
  out.push(...changesSection(report, d, ctx));
  if (!isFull(d, o, problems.length, ordered.length)) {
    out.push(`*Some details are left out to fit a GitHub comment; the job summary${o.links[0] ? ` of ${linkText(o.links[0])}` : ""} has the full report.*`, "");
  }
  out.push(footer(report, o));
  return `${out.join("\n")}
`;
}
function changesSection(report, d, ctx) {
  const changed = changedModels(report);
  if (!changed.length) return [];
  const { shown, more } = capList(changed, d.rows > 0 ? 50 : 10);
  const lines = shown.flatMap((m) => [`- **${escapeMarkdown(capName(m.id))}**`, ...changeLines(m.changes).map((l) => `  - ${prose(text(ctx, l))}`)]);
  if (more) lines.push(`- ${moreText(more, "model")}`);
  return [`**Changed since ${escapeMarkdown(report.base?.ref ?? "the base")}** (${plural(changed.length, "model")})`, "", ...lines, ""];
}
function collapsed(summary, body) {
  return [`<details><summary>${summary}</summary>`, "", ...body, "", "</details>", ""];
}
var isUrl = (p) => /^[a-z][a-z0-9+.-]*:\/\//i.test(p);
function commonFolder(paths) {
  const dirs = paths.filter((p) => p && !isUrl(p)).map((p) => p.split("/").slice(0, -1));
  const [first] = dirs;
  if (!first) return "";
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && d[i] === first[i]) i++;
    n = i;
  }
  return n ? `${first.slice(0, n).join("/")}/` : "";
}
var UNBROKEN_PATH = 48;
var UNBROKEN_NAME = 24;
function pathCode(p, ctx) {
  const shown = !isUrl(p) && ctx.prefix && p.startsWith(ctx.prefix) ? p.slice(ctx.prefix.length) : p;
  const escaped = escapeMarkdown(shown);
  return `<code>${shown.length > UNBROKEN_PATH ? breakSlashes(escaped) : escaped}</code>`;
}
var dirOf = (p) => p.slice(0, p.lastIndexOf("/") + 1);
var nameOf = (p) => p.slice(p.lastIndexOf("/") + 1);
function sameFolder(def, w) {
  return w !== "" && !isUrl(def) && !isUrl(w) && dirOf(def) === dirOf(w);
}
function filesCell(m, ctx) {
  const def = shownPath(ctx.o, m.definition);
  const w = m.weights ? shownPath(ctx.o, m.weights) : "";
  if (sameFolder(def, w)) {
    const folder = dirOf(def);
    const inFolder = folder && folder !== ctx.prefix ? `${pathCode(folder, ctx)}<br>` : "";
    return `${inFolder}${code(nameOf(def))} + ${code(nameOf(w))}`;
  }
  return [pathCode(def, ctx), ...w ? [pathCode(w, ctx)] : []].join("<br>");
}
var REASON_CHARS = 140;
function reasonOf(m, ctx) {
  if (m.status === "error") {
    let line = firstLine(text(ctx, m.error ?? "unreadable"));
    for (const p of [m.definition, m.weights]) {
      const shown = shownPath(ctx.o, p);
      if (shown.includes("/")) line = line.split(shown).join(nameOf(shown));
    }
    return prose(clip(line, REASON_CHARS), [m.definition, m.weights ?? ""]);
  }
  const lead = m.diff && m.status !== "compatible" ? leadFinding(m.diff) : void 0;
  if (lead) return prose(clip(text(ctx, differenceLine(lead)), REASON_CHARS), findingNames(lead));
  if (m.smoke?.status === "failed") return `smoke: ${prose(clip(firstLine(text(ctx, m.smoke.reason ?? "the outputs are wrong")), REASON_CHARS))}`;
  return "";
}
function modelTable(ordered, rows, ctx) {
  const shown = ordered.slice(0, rows);
  const withSnapshots = usesSnapshots(ordered);
  const files = ctx.prefix ? `files in ${code(ctx.prefix)}` : "files";
  const lines = table(["", "model", files, "findings", "smoke"], shown.map((m) => {
    const made = ctx.rows.get(m);
    if (made?.withSnapshots === withSnapshots) return made.row;
    const reason = effectiveStatus(m) === "compatible" ? "" : reasonOf(m, ctx);
    const counts2 = [findingsCell(m), trendTag(m, ctx.o.baseRef)].filter(Boolean).join(" \xB7 ");
    const row = [
      ICON[effectiveStatus(m)],
      m.id.length > UNBROKEN_NAME ? breakSlashes(escapeMarkdown(capName(m.id))) : escapeMarkdown(m.id),
      filesCell(m, ctx),
      reason ? `**${counts2}**: ${reason}` : counts2,
      smokeCell(m, withSnapshots)
    ];
    ctx.rows.set(m, { withSnapshots, row });
    return row;
  }));
  const rest = ordered.slice(rows);
  if (!rest.length) return lines;
  const counts = /* @__PURE__ */ new Map();
  for (const m of rest) counts.set(effectiveStatus(m), (counts.get(effectiveStatus(m)) ?? 0) + 1);
  const words = { compatible: "compatible", warnings: "with warnings", incompatible: "incompatible", error: "unreadable" };
  const parts = [...counts].map(([s, n]) => `${n} ${words[s]}`);
  return [...shown.length ? [...lines, ""] : [], `${moreText(rest.length, "model")} (${parts.join(", ")}).`];
}
function modelSection(m, d, ctx, open) {
  const { o } = ctx;
  const st = effectiveStatus(m);
  const def = shownPath(o, m.definition);
  const w = m.weights ? shownPath(o, m.weights) : "";
  const where = `${code(def)}${w ? ` + ${code(sameFolder(def, w) ? nameOf(w) : w)}` : ""}`;
  const out = [`<details${open && st !== "warnings" ? " open" : ""}><summary>${ICON[st]} <b>${escapeMarkdown(capName(m.id))}</b> \xB7 ${findingsCell(m)} \xB7 ${where}</summary>`, ""];
  if (m.status === "error") out.push(`> ${proseLines(text(ctx, m.error ?? "unreadable"), [m.definition, m.weights ?? ""])}`, "");
  if (m.diff) {
    const r = m.diff;
    out.push(`**Loader:** ${escapeMarkdown(r.loader.rule)} rule, as ${code(r.loader.call)}  `, `**Coverage:** ${escapeMarkdown(coverageText(r))}`, "");
    const all = sections(r);
    for (const s of all) out.push(...sectionLines(s, d, ctx, m.id));
    if (r.loaderError && d.rows > 0 && !all.some((s) => s.findings[0].message === r.loaderError)) {
      const who = r.loader.runtime === "tfjs" ? "TF.js" : "Keras";
      const before = shownFor(ctx, r.loaderError, m.id);
      out.push(...before === void 0 ? [`<details><summary>What ${who} raises</summary>`, "", `> ${proseLines(text(ctx, r.loaderError), reportNames(r))}`, "", "</details>", ""] : [`*${who} raises the message shown for <b>${escapeMarkdown(capName(before))}</b>, with this model's names and shapes.*`, ""]);
    }
    const hints = capList(hintLines(r), Math.max(d.rows, 10));
    if (hints.shown.length) {
      const names = reportNames(r);
      out.push("**Hints**", "");
      for (const h of hints.shown) {
        const about = h.about ? `${code(capName(h.about, 200))}: ` : "";
        const before = d.rows > 0 ? shownFor(ctx, `hint\0${h.about}\0${h.text}`, m.id) : void 0;
        out.push(`- ${about}${before === void 0 ? prose(text(ctx, h.text), [h.about, ...names]) : `the same hint as for <b>${escapeMarkdown(capName(before))}</b>`}`);
      }
      if (hints.more) out.push(`- ${moreText(hints.more, "hint")}`);
      out.push("");
    }
  }
  out.push(...smokeLines(m, d, ctx));
  const diagram = d.diagrams ? layerDiagram(m) : void 0;
  if (diagram) {
    const part = diagram.shown < diagram.total ? `, ${diagram.shown} of ${diagram.total} layers: the problems and their neighbours` : "";
    out.push(`<details><summary>Layer graph (problem layers highlighted${part})</summary>`, "", ...diagram.lines, "", "</details>", "");
  }
  out.push("</details>", "");
  return out;
}
function sectionLines(s, d, ctx, id) {
  const title = `${SEVERITY_ICON[s.worst]} ${escapeMarkdown(s.title)} (${s.findings.length})`;
  if (d.rows === 0) {
    const layers = [...new Set(s.findings.map((f) => f.layer).filter(Boolean))];
    const named = escapeMarkdown(nameList(layers, 5));
    return [`- ${title}${named ? `: ${named}` : ""}`, ""];
  }
  const sentence = (f) => {
    const before = shownFor(ctx, f.message, id);
    return before === void 0 ? `- ${SEVERITY_ICON[f.severity]} ${proseLines(text(ctx, f.message), findingNames(f))}` : `- ${SEVERITY_ICON[f.severity]} ${escapeMarkdown(s.title)}: ${escapeMarkdown(f.actual)}, as explained for <b>${escapeMarkdown(capName(before))}</b>`;
  };
  const first = s.findings[0];
  const quoted = !s.sentencesOnly && shownFor(ctx, first.message, id) === void 0;
  const body = s.sentencesOnly ? [
    ...s.findings.slice(0, d.rows).map(sentence),
    ...s.findings.length > d.rows ? [`- ${moreText(s.findings.length - d.rows)}`] : []
  ] : [
    ...table(["", "Layer", ...s.hasWeight ? ["Weight"] : [], "Model", "File", "Note"], s.findings.slice(0, d.rows).map((f) => findingRow(f, s))),
    ...s.findings.length > d.rows ? ["", `${moreText(s.findings.length - d.rows)}.`] : [],
    // The loader's words for what the rows mean, once per comment (the rows carry each model's values).
    ...quoted ? ["", `> ${proseLines(text(ctx, first.message), findingNames(first))}`] : []
  ];
  return [`<details${s.worst === "info" ? "" : " open"}><summary>${title}</summary>`, "", ...body, "", "</details>", ""];
}
function smokeLines(m, d, ctx) {
  if (!m.smoke) return [];
  if (m.smoke.engine === "none") return [`**Smoke inference skipped:** ${prose(text(ctx, m.smoke.reason ?? ""))}`, ""];
  const md = smokeMarkdown(m.smoke, (t) => text(ctx, t));
  return [m.smoke.status === "failed" && d.rows > 0 ? md : firstLine(md), ""];
}
function linkDestination(url) {
  if (!/^https?:\/\//i.test(url)) return void 0;
  return url.replace(/[\s()<>[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function linkText(l) {
  const url = linkDestination(l.url);
  return url ? `[${escapeMarkdown(l.label)}](${url})` : escapeMarkdown(l.label);
}
function footer(report, o) {
  const n = report.summary.models;
  const parts = [`weightgate ${escapeMarkdown(report.tool.version)}`, `${plural(n, "model")} in ${report.seconds.toFixed(1)} s`, ...o.links.map(linkText)];
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}

export {
  pullRequestLine,
  displayPath,
  displayText,
  modelLine,
  renderCheckText,
  reportKey,
  commentMarker,
  ICON,
  findingsCell,
  verdictLine,
  COMMENT_BYTES,
  SUMMARY_BYTES,
  renderComment,
  linkDestination,
  linkText
};
