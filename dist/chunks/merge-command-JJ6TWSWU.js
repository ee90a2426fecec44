import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  reviveReport
} from "./chunk-Q7SQ353K.js";
import "./chunk-7ZPJ6SLP.js";
import {
  stdoutTarget,
  writeCheckReport
} from "./chunk-CTG3Z2WR.js";
import {
  renderCheckText
} from "./chunk-65TA2N4Q.js";
import "./chunk-PHUSERFM.js";
import {
  failOnOption,
  parseCommandLine
} from "./chunk-XUZ5DZNU.js";
import {
  UsageError,
  rethrownAs,
  usageError
} from "./chunk-HBLGIX4X.js";
import "./chunk-O5O6OTDQ.js";
import "./chunk-LDJXLBUA.js";
import {
  failed,
  mergeReports
} from "./chunk-ORHEMUVU.js";
import "./chunk-B2FHQD3S.js";
import "./chunk-3CHKLJFW.js";
import "./chunk-5PD53CW2.js";
import "./chunk-3BJMFA6A.js";
import "./chunk-73VS7PYX.js";
import {
  InputError
} from "./chunk-FWZ4W6A4.js";
import "./chunk-7UZKIK2J.js";

// src/cli/merge-command.ts
import { readFile } from "node:fs/promises";
var FIX = "Pass the files written by `weightgate check --json`.";
async function readReport(file) {
  const json = await rethrownAs(
    (m) => new InputError(file, "corrupt", `not a readable JSON report (${m.split("\n")[0]})`, FIX),
    async () => JSON.parse(await readFile(file, "utf8"))
  );
  return reviveReport(json, file);
}
async function mergeCommand(args, io) {
  const { values, positionals } = await parseCommandLine(args, { json: { type: "string" }, markdown: { type: "string" }, "fail-on": { type: "string" } });
  if (!positionals.length) throw new UsageError("merge takes one or more report.json files");
  const failOn = failOnOption(values["fail-on"]);
  const reports = [];
  for (const f of positionals) reports.push(await readReport(f));
  const merged = await rethrownAs(usageError, () => mergeReports(reports));
  const text = stdoutTarget(values) ? io.err : io.out;
  await writeCheckReport(merged, values, { stdout: io.out });
  text(renderCheckText(merged));
  if (merged.shards) io.err(`warning: shards ${merged.shards.indices.join(", ")} of ${merged.shards.total} merged; the others are missing`);
  return failed(merged, failOn) ? 1 : 0;
}
export {
  mergeCommand
};
