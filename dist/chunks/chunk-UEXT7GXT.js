import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  displayPath,
  displayText,
  linkDestination,
  linkText
} from "./chunk-65TA2N4Q.js";
import {
  code,
  escapeMarkdown,
  escapeMultiline,
  prose
} from "./chunk-PHUSERFM.js";
import {
  capLine
} from "./chunk-O5O6OTDQ.js";
import {
  WEIGHTGATE_VERSION
} from "./chunk-CKVDGUU5.js";
import {
  makeReport
} from "./chunk-ORHEMUVU.js";

// src/report/broken-config-report.ts
function brokenConfigReport(key, file, error) {
  const shard = key.shards ? ` (shard ${key.shards.indices.join(", ")} of ${key.shards.total})` : "";
  return makeReport({
    schemaVersion: 1,
    tool: { name: "weightgate", version: WEIGHTGATE_VERSION },
    ...key,
    models: [{ id: `${key.config}${shard}`, definition: file, origin: error.kind === "bad-config" ? error.file : file, status: "error", error: error.message, seconds: 0 }],
    notes: ["the config cannot be read, so no model was checked"],
    seconds: 0
  });
}

// src/report/config-error-comment.ts
import path from "node:path";
var AT = /^(.*):(\d+):(\d+)$/;
function configProblem(error, root) {
  const m = error.kind === "bad-config" ? AT.exec(error.file) : null;
  const file = m?.[1] ?? error.file;
  const shown = displayPath(path.resolve(file), root).split(path.sep).join("/");
  return {
    file: shown,
    ...m ? { line: Number(m[2]), column: Number(m[3]) } : {},
    detail: forReader(error.detail, root),
    ...error.hint ? { fix: forReader(error.hint, root) } : {}
  };
}
function forReader(text, root) {
  const base = path.resolve(root);
  return displayText(base === path.parse(base).root ? text : text.split(` (${base})`).join(""), root);
}
function configPlace(p) {
  return `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ""}` : ""}`;
}
function configErrorLine(p) {
  const [first = "", ...rest] = p.detail.split("\n");
  const more = rest.filter((l) => l.trim()).length;
  return capLine(`${configPlace(p)}: ${first}${more ? ` (and ${more} more ${more === 1 ? "problem" : "problems"} in the config)` : ""}`);
}
function placeText(p, blob) {
  const where = p.line ? `${code(p.file)}, line ${p.line}${p.column ? `, column ${p.column}` : ""}` : code(p.file);
  if (!p.line || !blob) return where;
  const url = linkDestination(`${blob.replace(/\/+$/, "")}/${p.file.split("/").map(encodeURIComponent).join("/")}#L${p.line}`);
  return url ? `[${where}](${url})` : where;
}
function renderConfigErrorComment(error, options) {
  const p = configProblem(error, options.root);
  const out = [];
  if (options.marker) out.push(options.marker);
  out.push(`\u274C **weightgate: the config cannot be read**, so no model was checked`, "");
  out.push(`${placeText(p, options.blob)}:`, "");
  out.push(`> ${escapeMultiline(p.detail)}`, "");
  if (p.fix) out.push(`**Fix:** ${prose(p.fix)}`, "");
  out.push("The models are checked again, and this comment replaced, when a run can read the config.", "");
  const foot = [options.version ? `weightgate ${escapeMarkdown(options.version)}` : "", ...options.links.map(linkText)].filter(Boolean);
  if (foot.length) out.push(`<sub>${foot.join(" \xB7 ")}</sub>`);
  return `${out.join("\n").trimEnd()}
`;
}

export {
  brokenConfigReport,
  configProblem,
  configErrorLine,
  renderConfigErrorComment
};
