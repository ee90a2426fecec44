import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  capLine,
  capLines,
  capList,
  capName,
  countsText,
  coverageText,
  fileName,
  findingNames,
  hintLines,
  moreText,
  quotedByLoader,
  reportNames,
  sanitizeTerminal,
  sections,
  tag,
  verdictWord
} from "./chunk-O5O6OTDQ.js";

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
  return capLine(text).replace(/[&<>"|`*_~[\]\\$!@#]/g, (c) => ENTITY[c] ?? c).replace(NEWLINE, "&#92;n").replace(INVISIBLE, codePoint).replace(/:\/\//g, `:&#8203;//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#8203;.`);
}
function escapeMultiline(text) {
  return capLines(text).split("\n").map(escapeMarkdown).join("<br>");
}
function code(text) {
  return `<code>${escapeMarkdown(text)}</code>`;
}
function table(headers, rows) {
  const line = (cells) => `| ${cells.map((c) => c || " ").join(" | ")} |`;
  return [line(headers), `|${headers.map(() => "---").join("|")}|`, ...rows.map(line)];
}
function prose(text, names = []) {
  const line = capLine(text);
  const parts = line.split("`");
  if (parts.length < 3 || parts.length % 2 === 0 || names.some((n) => n.includes("`"))) return escapeMarkdown(line);
  return parts.map((p, i) => i % 2 === 0 ? escapeMarkdown(p) : p ? code(p) : escapeMarkdown("``")).join("");
}
function proseLines(text, names = []) {
  return capLines(text).split("\n").map((l) => prose(l, names)).join("<br>");
}
function breakSlashes(escaped) {
  return escaped.replaceAll("/", "/<wbr>").replaceAll("&#95;", "&#95;<wbr>");
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
  if (r.loaderError) out.push("", `**${r.loader.runtime === "tfjs" ? "TF.js" : "Keras"} raises:**`, "", `> ${proseLines(r.loaderError, reportNames(r))}`);
  return out;
}
var WRAP_WEIGHT = 32;
function findingRow(f, s) {
  const cells = [SEVERITY_ICON[f.severity], escapeMarkdown(capName(f.layer || "\u2014"))];
  const weight = capName(f.weight ?? "");
  if (s.hasWeight) cells.push(weight.length > WRAP_WEIGHT ? breakSlashes(escapeMarkdown(weight)) : escapeMarkdown(weight));
  cells.push(escapeMarkdown(f.expected), escapeMarkdown(f.actual), prose([tag(f), f.note ?? ""].filter(Boolean).join(". "), findingNames(f)));
  return cells;
}
function sentenceLines(s, o) {
  const { shown, more } = capList(s.findings, o.maxRows);
  return [
    `#### ${escapeMarkdown(s.title)}`,
    "",
    ...shown.map((f) => `- ${SEVERITY_ICON[f.severity]} ${proseLines(f.message, findingNames(f))}${f.note ? ` ${prose(f.note, findingNames(f))}` : ""}`),
    ...more ? [`- ${moreText(more)}`] : []
  ];
}
function sectionLines(s, o, quoted) {
  if (s.sentencesOnly) return sentenceLines(s, o);
  const headers = ["", "Layer", ...s.hasWeight ? ["Weight"] : [], "Model", "File", "Note"];
  const shown = s.findings.slice(0, o.maxRows);
  const out = [`#### ${escapeMarkdown(s.title)} (${s.findings.length})`, "", ...table(headers, shown.map((f) => findingRow(f, s)))];
  if (s.findings.length > shown.length) out.push("", `${moreText(s.findings.length - shown.length)}.`);
  if (!quotedByLoader(quoted, s.findings[0].message)) out.push("", `> ${proseLines(s.findings[0].message, findingNames(s.findings[0]))}`);
  return out;
}
function render(r, o) {
  const lines = [verdictLine(r, o), "", ...facts(r)];
  for (const s of sections(r)) lines.push("", ...sectionLines(s, o, r.loaderError ?? ""));
  const hints = capList(hintLines(r), o.maxRows);
  if (hints.shown.length) {
    const names = reportNames(r);
    lines.push("", "#### Hints", "");
    for (const h of hints.shown) lines.push(`- ${h.about ? `${code(capName(h.about, 200))}: ` : ""}${prose(h.text, [h.about, ...names])}`);
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

// src/report/smoke-lines.ts
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
    const diff = o.maxAbsDiff !== void 0 ? `, max |a-b| ${o.maxAbsDiff.toExponential(2)}${o.tolerance ? ` (atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol})` : ""}` : "";
    lines.push(`  output ${sanitizeTerminal(capName(o.name))} ${shape(o.shape)}${o.finite ? "" : ", NOT finite"}${diff}${o.problem ? ` \u2014 ${sanitizeTerminal(o.problem)}` : ""}`);
  }
  if (outputs.more) lines.push(`  ${moreText(outputs.more, "output")}`);
  const notes = capList(s.notes, MAX_OUTPUTS);
  for (const n of notes.shown) lines.push(`  note: ${sanitizeTerminal(n)}`);
  if (notes.more) lines.push(`  ${moreText(notes.more, "note")}`);
  return lines;
}
function smokeMarkdown(s, show = (t) => t) {
  const head = `**Smoke inference ${s.status}** on ${escapeMarkdown(s.engine)} (${prose(show(s.engineReason))})${s.reason ? `: ${prose(show(s.reason))}` : ""}`;
  if (!s.outputs.length) return head;
  const outputs = capList(s.outputs, MAX_OUTPUTS);
  const rows = outputs.shown.map((o) => [escapeMarkdown(capName(o.name)), shape(o.shape), o.finite ? "yes" : "**no**", o.maxAbsDiff?.toExponential(2) ?? "\u2014", o.problem ? prose(show(o.problem)) : ""]);
  return [head, "", ...table(["output", "shape", "finite", "max abs diff", "problem"], rows), ...outputs.more ? ["", moreText(outputs.more, "output")] : []].join("\n");
}

export {
  escapeMarkdown,
  escapeMultiline,
  code,
  table,
  prose,
  proseLines,
  breakSlashes,
  SEVERITY_ICON,
  findingRow,
  renderMarkdown,
  smokeText,
  smokeMarkdown
};
