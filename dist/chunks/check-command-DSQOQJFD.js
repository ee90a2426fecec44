import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  stdoutTarget,
  writeCheckReport,
  writeTarget
} from "./chunk-CTG3Z2WR.js";
import {
  brokenConfigReport,
  renderConfigErrorComment
} from "./chunk-UEXT7GXT.js";
import {
  commentMarker,
  modelLine,
  renderCheckText
} from "./chunk-65TA2N4Q.js";
import {
  colorEnabled,
  progressSink
} from "./chunk-N6N4XGDT.js";
import {
  envOf
} from "./chunk-JC4YYMQ3.js";
import "./chunk-PHUSERFM.js";
import {
  LIMIT_OPTION,
  colorOption,
  failOnOption,
  limitsOption,
  parseCommandLine
} from "./chunk-XUZ5DZNU.js";
import {
  UsageError,
  reportError,
  rethrownAs,
  usageError
} from "./chunk-HBLGIX4X.js";
import {
  sanitizeTerminal
} from "./chunk-O5O6OTDQ.js";
import {
  runCheck
} from "./chunk-AAFY5KSS.js";
import {
  WEIGHTGATE_VERSION
} from "./chunk-CKVDGUU5.js";
import "./chunk-P4VMMLUU.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-5BOP2CPJ.js";
import "./chunk-LDJXLBUA.js";
import "./chunk-SY6ZCN3L.js";
import {
  failed,
  reportKeyOf,
  toJson
} from "./chunk-ORHEMUVU.js";
import "./chunk-BCHBOVEI.js";
import "./chunk-PX5G2PE2.js";
import {
  repositoryRoot
} from "./chunk-JLVCLJA4.js";
import "./chunk-B2FHQD3S.js";
import "./chunk-PXRVQUOD.js";
import "./chunk-FDKBLACR.js";
import "./chunk-UJMYRBJC.js";
import "./chunk-3CHKLJFW.js";
import "./chunk-5PTVY25K.js";
import "./chunk-5PD53CW2.js";
import "./chunk-3BJMFA6A.js";
import "./chunk-73VS7PYX.js";
import {
  InputError
} from "./chunk-FWZ4W6A4.js";
import "./chunk-NTY2QNYD.js";
import "./chunk-UPWAXGUD.js";
import "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";

// src/cli/check-command.ts
import path from "node:path";
var OPTIONS = {
  config: { type: "string" },
  "fail-on": { type: "string" },
  json: { type: "string" },
  markdown: { type: "string" },
  // The pull request comment the Action would post, to preview it.
  comment: { type: "string" },
  shard: { type: "string" },
  concurrency: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  // The config's paths may leave its repository (a local run of a config you trust).
  "allow-outside": { type: "boolean" },
  // Record every model's output snapshot (and remove obsolete ones) instead of comparing with them.
  "update-snapshots": { type: "boolean", short: "u" },
  // Check every model at this git ref too, and say what the change introduced, fixed or left as it was.
  base: { type: "string" },
  ...LIMIT_OPTION
};
async function checkCommand(args, io) {
  const { values, positionals } = await parseCommandLine(args, OPTIONS);
  if (positionals.length) throw new UsageError(`check takes no positional arguments (got '${positionals[0]}'); use --config`);
  const failOn = failOnOption(values["fail-on"]);
  const targets = { json: values.json, markdown: values.markdown, comment: values.comment };
  const piped = stdoutTarget(targets) !== void 0;
  const text = piped ? io.err : io.out;
  const env = envOf(io);
  const [{ DEFAULT_CONFIG_FILE, loadConfig }, { expandConfig, parseShard, shardJobs }] = await Promise.all([import("./load-U647OIGZ.js"), import("./expand-ABZ6IYEP.js")]);
  const { shard: shardText } = values;
  const shard = shardText ? await rethrownAs(usageError, () => parseShard(shardText)) : void 0;
  const concurrency = values.concurrency ? Number(values.concurrency) : void 0;
  if (concurrency !== void 0 && !(Number.isInteger(concurrency) && concurrency >= 1)) throw new UsageError("--concurrency must be a positive integer");
  const limits = await limitsOption(values.limit);
  const configFile = values.config ?? DEFAULT_CONFIG_FILE;
  let config, expansion;
  try {
    config = await loadConfig(configFile, { allowOutside: values["allow-outside"] === true });
    expansion = await expandConfig(config);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    await writeConfigError(err, configFile, shard, targets, io);
    return reportError(err, io);
  }
  const jobs = shardJobs(expansion.jobs, shard);
  const sink = io.stderr ? progressSink(io.stderr, env) : void 0;
  const headValues = /* @__PURE__ */ new Map();
  const runOptions = {
    // A local config is the user's own: its limits apply as written (the Action decides by allow-config-limits).
    shard,
    concurrency,
    limits,
    allowConfigLimits: true,
    expansionNotes: expansion.notes,
    ...values["update-snapshots"] ? { updateSnapshots: true } : {},
    onResult: (r, done, total) => {
      sink?.finished(r.id);
      sink?.line(`[${done}/${total}] ${modelLine(r)}`);
    },
    onPhase: (id, phase) => sink?.phase(id, phase),
    onProgress: (t) => sink?.status(t),
    ...values.base !== void 0 ? { onValues: (id, v) => headValues.set(id, v) } : {}
  };
  let report;
  try {
    report = await runCheck(config, jobs, runOptions);
    if (values.base !== void 0) {
      sink?.status(`checking the models at ${values.base}`);
      const { compareWithBase } = await import("./base-compare-TT4RHAI2.js");
      report = await compareWithBase(config, report, headValues, values.base, { ...runOptions, onResult: void 0, onValues: void 0, onPhase: void 0 });
    }
  } finally {
    sink?.stop();
  }
  if (report.base?.unavailable) io.err(`warning: the base ${sanitizeTerminal(values.base ?? "")} could not be checked: ${sanitizeTerminal(report.base.unavailable, { keepNewlines: true })}`);
  for (const note of report.notes ?? []) io.err(`warning: ${sanitizeTerminal(note, { keepNewlines: true })}`);
  await writeCheckReport(report, targets, { stdout: io.out, root: config.root });
  const color = colorEnabled(piped ? io.stderr : io.stdout, env, colorOption(values));
  text(renderCheckText(report, { color, lines: !sink }));
  return failed(report, failOn) ? 1 : 0;
}
async function writeConfigError(err, configFile, shard, targets, io) {
  const file = path.resolve(configFile);
  const key = reportKeyOf(file, shard);
  if (targets.json) await writeTarget(targets.json, `${JSON.stringify(toJson(brokenConfigReport(key, file, err)), null, 2)}
`, io.out);
  if (!targets.markdown && !targets.comment) return;
  const root = await repositoryRoot(configFile);
  const page = (marker) => renderConfigErrorComment(err, { links: [], root, version: WEIGHTGATE_VERSION, ...marker ? { marker } : {} });
  if (targets.markdown) await writeTarget(targets.markdown, page(), io.out);
  if (targets.comment) await writeTarget(targets.comment, page(commentMarker(key)), io.out);
}
export {
  checkCommand
};
