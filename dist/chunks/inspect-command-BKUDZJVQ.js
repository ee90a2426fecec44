import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  inspectJson,
  inspectText
} from "./chunk-B6SQUNYS.js";
import {
  LIMIT_OPTION,
  limitsOption,
  parseCommandLine
} from "./chunk-PDTHSVA5.js";
import {
  UsageError,
  messageOf,
  reportError
} from "./chunk-BYYPGPO3.js";
import "./chunk-A4ZB3KIF.js";
import {
  openFile
} from "./chunk-U4SDEGM6.js";
import "./chunk-KJSY6JGB.js";
import "./chunk-MITR7G5O.js";
import "./chunk-4Y3UCZKJ.js";
import "./chunk-VVSUSGOV.js";
import "./chunk-NZEIZRO6.js";
import "./chunk-IJI5YR2B.js";
import "./chunk-LADTI2PH.js";
import "./chunk-W2JV3UC6.js";
import "./chunk-3RKB2P6L.js";
import "./chunk-7UZKIK2J.js";

// src/cli/inspect-command.ts
async function inspectCommand(args, io) {
  const { values, positionals } = await parseCommandLine(args, { json: { type: "boolean" }, ...LIMIT_OPTION });
  if (positionals.length === 0) throw new UsageError("inspect takes one or more files");
  const limits = await limitsOption(values.limit);
  const results = [];
  let code = 0;
  for (const [i, file] of positionals.entries()) {
    try {
      const opened = await openFile(file, { limits });
      try {
        const j = inspectJson(opened);
        if (values.json) results.push(j);
        else io.out(`${i > 0 ? "\n" : ""}${inspectText(j)}`);
      } finally {
        await opened.artifact?.close();
      }
    } catch (err) {
      code = reportError(err, io);
      if (values.json) results.push({ file, error: messageOf(err) });
    }
  }
  if (values.json) io.out(JSON.stringify(positionals.length === 1 ? results[0] : results, null, 2));
  return code;
}
export {
  inspectCommand
};
