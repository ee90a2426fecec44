import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  renderCheckMarkdown
} from "./chunk-R27JZIBG.js";
import {
  toJson
} from "./chunk-KJSY6JGB.js";

// src/cli/write-check-report.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
async function writeCheckReport(report, files) {
  const write = async (file, text) => {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, text);
  };
  if (files.json) await write(files.json, `${JSON.stringify(toJson(report), null, 2)}
`);
  if (files.markdown) await write(files.markdown, `${renderCheckMarkdown(report)}
`);
}

export {
  writeCheckReport
};
