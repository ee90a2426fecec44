import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  escapeMarkdown,
  table
} from "./chunk-CW5XIX4F.js";
import {
  capList,
  capName,
  moreText,
  sanitizeTerminal
} from "./chunk-A4ZB3KIF.js";

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
function smokeMarkdown(s) {
  const head = `**Smoke inference ${s.status}** on ${escapeMarkdown(s.engine)} (${escapeMarkdown(s.engineReason)})${s.reason ? `: ${escapeMarkdown(s.reason)}` : ""}`;
  if (!s.outputs.length) return head;
  const outputs = capList(s.outputs, MAX_OUTPUTS);
  const rows = outputs.shown.map((o) => [escapeMarkdown(capName(o.name)), shape(o.shape), o.finite ? "yes" : "**no**", o.maxAbsDiff?.toExponential(2) ?? "\u2014", o.problem ? escapeMarkdown(o.problem) : ""]);
  return [head, "", ...table(["output", "shape", "finite", "max abs diff", "problem"], rows), ...outputs.more ? ["", moreText(outputs.more, "output")] : []].join("\n");
}

export {
  smokeText,
  smokeMarkdown
};
