import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  stdoutTarget,
  writeCheckReport,
  writeTarget
} from "./chunk-OZOWOEYX.js";
import {
  brokenConfigReport,
  renderConfigErrorComment
} from "./chunk-FV7XGVCU.js";
import {
  commentMarker,
  modelLine,
  renderCheckText
} from "./chunk-XKZCPSYX.js";
import {
  colorEnabled,
  progressSink
} from "./chunk-4L3XNUMQ.js";
import {
  envOf
} from "./chunk-JC4YYMQ3.js";
import "./chunk-ENKCGNPA.js";
import {
  LIMIT_OPTION,
  colorOption,
  failOnOption,
  limitsOption,
  parseCommandLine
} from "./chunk-UAFXIBIV.js";
import {
  UsageError,
  reportError,
  rethrownAs,
  usageError
} from "./chunk-HBLGIX4X.js";
import {
  sanitizeTerminal
} from "./chunk-OE4NN2TF.js";
import {
  runCheck
} from "./chunk-T67YZ3LZ.js";
import {
  WEIGHTGATE_VERSION
} from "./chunk-CKVDGUU5.js";
import "./chunk-KYH4PQA5.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-33LZPMDW.js";
import "./chunk-2YJFJ5E3.js";
import "./chunk-QMWVIG77.js";
import {
  failed,
  reportKeyOf,
  toJson
} from "./chunk-ORHEMUVU.js";
import "./chunk-BCHBOVEI.js";
import "./chunk-4AH5Y3O7.js";
import {
  repositoryRoot
} from "./chunk-Y7MIIRMK.js";
import "./chunk-OURZBRMS.js";
import "./chunk-6IKFQLSE.js";
import "./chunk-6JDBMSZL.js";
import "./chunk-3CHKLJFW.js";
import "./chunk-5PTVY25K.js";
import "./chunk-5PD53CW2.js";
import "./chunk-3BJMFA6A.js";
import "./chunk-73VS7PYX.js";
import {
  InputError
} from "./chunk-FWZ4W6A4.js";
import "./chunk-M4QJWWO6.js";
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
  const [{ DEFAULT_CONFIG_FILE, loadConfig }, { expandConfig, parseShard, shardJobs }] = await Promise.all([import("./load-Y32BPOML.js"), import("./expand-23HRXTHG.js")]);
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
      const { compareWithBase } = await import("./base-compare-ASDQLQNE.js");
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
