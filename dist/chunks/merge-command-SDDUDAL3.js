import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  reviveReport
} from "./chunk-XW6QCPP3.js";
import "./chunk-B2ZU3OCA.js";
import {
  writeCheckReport
} from "./chunk-NY6GYFLS.js";
import {
  renderCheckText
} from "./chunk-R27JZIBG.js";
import "./chunk-CW5XIX4F.js";
import {
  failOnOption,
  parseCommandLine
} from "./chunk-PDTHSVA5.js";
import {
  UsageError,
  rethrownAs,
  usageError
} from "./chunk-BYYPGPO3.js";
import "./chunk-A4ZB3KIF.js";
import {
  failed,
  mergeReports
} from "./chunk-KJSY6JGB.js";
import "./chunk-4Y3UCZKJ.js";
import "./chunk-IJI5YR2B.js";
import "./chunk-LADTI2PH.js";
import {
  InputError
} from "./chunk-W2JV3UC6.js";
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
  await writeCheckReport(merged, values);
  io.out(renderCheckText(merged));
  if (merged.shards) io.err(`warning: shards ${merged.shards.indices.join(", ")} of ${merged.shards.total} merged; the others are missing`);
  return failed(merged, failOn) ? 1 : 0;
}
export {
  mergeCommand
};
