import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  writeCheckReport
} from "./chunk-NY6GYFLS.js";
import {
  processIo
} from "./chunk-T3SF2TWE.js";
import {
  modelLine,
  renderCheckText
} from "./chunk-R27JZIBG.js";
import "./chunk-CW5XIX4F.js";
import {
  LIMIT_OPTION,
  failOnOption,
  limitsOption,
  parseCommandLine
} from "./chunk-PDTHSVA5.js";
import {
  UsageError,
  rethrownAs,
  usageError
} from "./chunk-BYYPGPO3.js";
import "./chunk-A4ZB3KIF.js";
import {
  runCheck
} from "./chunk-NMUPNUJ7.js";
import "./chunk-CKVDGUU5.js";
import "./chunk-3MHS6JAK.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-GVJXZLBM.js";
import "./chunk-U4SDEGM6.js";
import {
  failed
} from "./chunk-KJSY6JGB.js";
import "./chunk-BCHBOVEI.js";
import "./chunk-MITR7G5O.js";
import "./chunk-4Y3UCZKJ.js";
import "./chunk-M5L4IRLQ.js";
import "./chunk-7SAFVLDD.js";
import "./chunk-VVSUSGOV.js";
import "./chunk-NZEIZRO6.js";
import "./chunk-IJI5YR2B.js";
import "./chunk-LADTI2PH.js";
import "./chunk-W2JV3UC6.js";
import "./chunk-3RKB2P6L.js";
import "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";

// src/cli/progress-sink.ts
function progressSink() {
  const tty = process.stderr.isTTY === true && !process.env.CI;
  let shown = false;
  return {
    line: (t) => {
      if (tty && shown) process.stderr.write("\r\x1B[K");
      shown = false;
      process.stderr.write(`${t}
`);
    },
    status: (t) => {
      if (!tty) return;
      process.stderr.write(`\r\x1B[K${t.slice(0, (process.stderr.columns ?? 80) - 1)}`);
      shown = true;
    },
    clear: () => {
      if (tty && shown) process.stderr.write("\r\x1B[K");
      shown = false;
    }
  };
}

// src/cli/check-command.ts
var OPTIONS = {
  config: { type: "string" },
  "fail-on": { type: "string" },
  json: { type: "string" },
  markdown: { type: "string" },
  shard: { type: "string" },
  concurrency: { type: "string" },
  color: { type: "boolean" },
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
  const [{ DEFAULT_CONFIG_FILE, loadConfig }, { expandConfig, parseShard, shardJobs }] = await Promise.all([import("./load-NRPTBIC2.js"), import("./expand-PCB5J5RM.js")]);
  const { shard: shardText } = values;
  const shard = shardText ? await rethrownAs(usageError, () => parseShard(shardText)) : void 0;
  const concurrency = values.concurrency ? Number(values.concurrency) : void 0;
  if (concurrency !== void 0 && !(Number.isInteger(concurrency) && concurrency >= 1)) throw new UsageError("--concurrency must be a positive integer");
  const config = await loadConfig(values.config ?? DEFAULT_CONFIG_FILE, { allowOutside: values["allow-outside"] === true });
  const expansion = await expandConfig(config);
  const jobs = shardJobs(expansion.jobs, shard);
  const sink = io === processIo ? progressSink() : void 0;
  const headValues = /* @__PURE__ */ new Map();
  const runOptions = {
    // A local config is the user's own: its limits apply as written (the Action decides by allow-config-limits).
    shard,
    concurrency,
    limits: await limitsOption(values.limit),
    allowConfigLimits: true,
    expansionNotes: expansion.notes,
    ...values["update-snapshots"] ? { updateSnapshots: true } : {},
    onResult: (r, done, total) => sink?.line(`[${done}/${total}] ${modelLine(r)}`),
    onProgress: (t) => sink?.status(t),
    ...values.base !== void 0 ? { onValues: (id, v) => headValues.set(id, v) } : {}
  };
  let report = await runCheck(config, jobs, runOptions);
  if (values.base !== void 0) {
    sink?.status(`checking the models at ${values.base}`);
    const { compareWithBase } = await import("./base-compare-AXIU664A.js");
    report = await compareWithBase(config, report, headValues, values.base, { ...runOptions, onResult: void 0, onValues: void 0 });
  }
  sink?.clear();
  if (report.base?.unavailable) io.err(`warning: the base ${values.base ?? ""} could not be checked: ${report.base.unavailable}`);
  for (const note of report.notes ?? []) io.err(`warning: ${note}`);
  await writeCheckReport(report, values);
  io.out(renderCheckText(report, { color: values.color ?? (io === processIo && process.stdout.isTTY === true && !process.env.NO_COLOR), lines: !sink }));
  return failed(report, failOn) ? 1 : 0;
}
export {
  checkCommand
};
