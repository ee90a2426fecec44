import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  code,
  escapeMarkdown,
  renderMarkdown,
  table
} from "./chunk-CW5XIX4F.js";
import {
  capLine,
  capList,
  capName,
  firstLine,
  maxOf,
  moreText,
  renderText,
  sanitizeTerminal
} from "./chunk-A4ZB3KIF.js";
import {
  brokenByChange,
  effectiveStatus,
  isFailing
} from "./chunk-KJSY6JGB.js";
import {
  noun,
  percent,
  plural,
  significant
} from "./chunk-4Y3UCZKJ.js";

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

// src/report/check-text.ts
var MARK = { compatible: "\u2714", warnings: "\u26A0", incompatible: "\u2716", error: "\u2716" };
function errorOf(m, root) {
  return shortenLeadingPath(m.error ?? "", (p) => relativePath(p, root));
}
function smokeText(m) {
  const s = m.smoke;
  if (!s) return "";
  if (s.status === "skipped") return `; smoke skipped${s.reason ? ` (${s.reason})` : ""}`;
  const worst = maxOf((s.outputs ?? []).map((o) => o.maxAbsDiff ?? 0), 0);
  const snapshot = snapshotWord(m);
  return `; smoke ${s.status} on ${s.engine ?? "?"}${worst ? ` (max |\u0394| ${worst.toExponential(1)})` : ""}${snapshot ? `, ${snapshot}` : ""}`;
}
function modelLine(m, root = process.cwd()) {
  const st = effectiveStatus(m);
  const what = m.status === "error" ? `unreadable: ${firstLine(errorOf(m, root))}` : `${st}${m.diff && (m.diff.counts.error || m.diff.counts.warning) ? ` (${plural(m.diff.counts.error, "error")}, ${plural(m.diff.counts.warning, "warning")})` : ""}${smokeText(m)}`;
  const trend = m.trend && m.trend !== "unchanged" ? `  \xB7 ${TREND_WORDS[m.trend]}` : "";
  return sanitizeTerminal(`${MARK[st]} ${capName(m.id)}  ${what}${trend}  [${m.seconds.toFixed(1)}s]`);
}
function summaryLine(r) {
  const s = r.summary;
  const parts = [`${s.compatible} compatible`, `${s.warnings} with warnings`, `${s.incompatible} incompatible`, `${s.error} unreadable`];
  return `${MARK[r.verdict]} ${plural(s.models, "model")}: ${parts.join(", ")} \u2014 ${r.verdict} in ${r.seconds.toFixed(1)}s`;
}
function renderCheckText(r, opts = {}) {
  const root = opts.root ?? process.cwd();
  const out = [];
  if (opts.lines !== false) out.push(...r.models.map((m) => modelLine(m, root)));
  for (const m of r.models) {
    const st = effectiveStatus(m);
    if (st === "compatible") continue;
    out.push("", `\u2500\u2500 ${sanitizeTerminal(capName(m.id))}: ${relativePath(m.definition, root)}${m.weights ? ` + ${relativePath(m.weights, root)}` : ""} \u2500\u2500`);
    if (m.status === "error") out.push(...sanitizeTerminal(errorOf(m, root), { keepNewlines: true }).split("\n").map((l) => `  ${l.trim()}`));
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
  const changed = capList(changedModels(r), 50);
  if (changed.shown.length) out.push("", `Changed since ${r.base?.ref ?? "the base"}:`);
  for (const m of changed.shown) {
    out.push(`  ${sanitizeTerminal(capName(m.id))}`, ...changeLines(m.changes).map((l) => `    ${sanitizeTerminal(capLine(l))}`));
  }
  if (changed.more) out.push(`  ${moreText(changed.more, "model")}`);
  for (const m of r.removedModels ?? []) out.push(`  ${sanitizeTerminal(capName(m.id))}: removed from the config (${m.base.verdict} at ${r.base?.ref ?? "the base"})`);
  const notes = capList(r.notes ?? [], 20);
  for (const n of notes.shown) out.push("", `note: ${sanitizeTerminal(capLine(n))}`);
  if (notes.more) out.push(moreText(notes.more, "note"));
  out.push("", summaryLine(r));
  const trend = trendSummary(r);
  if (trend) out.push(sanitizeTerminal(capLine(trend)));
  return out.join("\n").replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "");
}

// src/report/check-markdown.ts
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
function renderCheckMarkdown(r, o = {}) {
  const opts = { root: process.cwd(), maxBytes: 6e4, ...o };
  const head = [verdictLine(r), "", ...runNotes(r)];
  const withSnapshots = usesSnapshots(r.models);
  const rows = r.models.map((m) => [
    ICON[effectiveStatus(m)],
    escapeMarkdown(capName(m.id)),
    code(relativePath(m.definition, opts.root)),
    m.weights ? code(relativePath(m.weights, opts.root)) : "(same file)",
    findingsCell(m),
    smokeCell(m, withSnapshots)
  ]);
  const modelTable = table(["", "model", "definition", "weights", "findings", "smoke"], rows);
  const foot = [`<sub>weightgate ${escapeMarkdown(r.tool.version)} \xB7 ${plural(r.summary.models, "model")} in ${r.seconds.toFixed(1)} s${opts.runUrl ? ` \xB7 [run](${opts.runUrl})` : ""}</sub>`];
  const details = r.models.filter((m) => effectiveStatus(m) !== "compatible").map((m) => detailsOf(m, opts.root));
  const assemble = (sections, note) => [...head, ...modelTable, "", ...sections.flat(), ...note ? [note, ""] : [], ...foot].join("\n");
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
  const { shown, more } = capList(r.notes ?? [], 20);
  if (!shown.length) return [];
  return [...shown.map((n) => `> \u26A0\uFE0F ${escapeMarkdown(n)}`), ...more ? [`> ${moreText(more, "note")}`] : [], ""];
}
function detailsOf(m, root) {
  const st = effectiveStatus(m);
  const body = [];
  if (m.status === "error") body.push(escapeMarkdown(shortenLeadingPath(m.error ?? "", (p) => relativePath(p, root))));
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
  changeLines,
  changedModels,
  pullRequestLine,
  trendTag,
  usesSnapshots,
  shortenLeadingPath,
  displayPath,
  modelLine,
  renderCheckText,
  ICON,
  smokeCell,
  findingsCell,
  verdictLine,
  renderCheckMarkdown,
  runNotes
};
