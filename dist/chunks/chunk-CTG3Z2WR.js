import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  COMMENT_BYTES,
  SUMMARY_BYTES,
  commentMarker,
  renderComment
} from "./chunk-65TA2N4Q.js";
import {
  UsageError
} from "./chunk-HBLGIX4X.js";
import {
  toJson
} from "./chunk-ORHEMUVU.js";

// src/cli/write-check-report.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/report/check-markdown.ts
function renderCheckMarkdown(r, o = {}) {
  const { root = process.cwd(), maxBytes = SUMMARY_BYTES, runUrl } = o;
  return renderComment(r, { root, maxBytes, paths: "local", maxRows: 1e3, links: runUrl ? [{ label: "run", url: runUrl }] : [] }).trimEnd();
}

// src/cli/write-check-report.ts
function stdoutTarget(targets) {
  const dash = Object.keys(targets).filter((k) => targets[k] === "-");
  if (dash.length > 1) throw new UsageError(`only one of ${dash.map((k) => `--${k}`).join(", ")} can write to stdout (-); give the others a file`);
  return dash[0];
}
async function writeTarget(file, text, stdout) {
  if (file === "-") {
    stdout(text);
    return;
  }
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, text);
}
function commentFor(report, root) {
  return renderComment(report, { maxBytes: COMMENT_BYTES, root, marker: commentMarker(report), links: [] });
}
async function writeCheckReport(report, files, o = {}) {
  const stdout = o.stdout ?? ((t) => process.stdout.write(t));
  if (files.json) await writeTarget(files.json, `${JSON.stringify(toJson(report), null, 2)}
`, stdout);
  if (files.markdown) await writeTarget(files.markdown, `${renderCheckMarkdown(report)}
`, stdout);
  if (files.comment) await writeTarget(files.comment, commentFor(report, o.root ?? process.cwd()), stdout);
}

export {
  stdoutTarget,
  writeTarget,
  writeCheckReport
};
