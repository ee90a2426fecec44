import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  inspectJson,
  inspectText
} from "./chunk-HZCSSBYE.js";
import {
  LIMIT_OPTION,
  dashMeansStdout,
  limitsOption,
  parseCommandLine
} from "./chunk-XUZ5DZNU.js";
import {
  UsageError,
  messageOf,
  reportError
} from "./chunk-HBLGIX4X.js";
import "./chunk-O5O6OTDQ.js";
import "./chunk-LDJXLBUA.js";
import {
  openFile
} from "./chunk-SY6ZCN3L.js";
import "./chunk-ORHEMUVU.js";
import "./chunk-PX5G2PE2.js";
import "./chunk-JLVCLJA4.js";
import "./chunk-B2FHQD3S.js";
import "./chunk-FDKBLACR.js";
import "./chunk-3CHKLJFW.js";
import "./chunk-5PTVY25K.js";
import "./chunk-5PD53CW2.js";
import "./chunk-3BJMFA6A.js";
import "./chunk-73VS7PYX.js";
import "./chunk-FWZ4W6A4.js";
import "./chunk-NTY2QNYD.js";
import "./chunk-UPWAXGUD.js";
import "./chunk-7UZKIK2J.js";

// src/cli/inspect-command.ts
async function inspectCommand(args, io) {
  const { values, positionals } = await parseCommandLine(dashMeansStdout(args, ["json"]), { json: { type: "boolean" }, ...LIMIT_OPTION });
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
