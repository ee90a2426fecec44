import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  compareArtifacts
} from "./chunk-P4FSN5B3.js";
import {
  colorEnabled,
  progressSink
} from "./chunk-N6N4XGDT.js";
import {
  envOf
} from "./chunk-JC4YYMQ3.js";
import {
  code,
  escapeMarkdown,
  proseLines,
  renderMarkdown,
  smokeMarkdown,
  smokeText,
  table
} from "./chunk-PHUSERFM.js";
import {
  LIMIT_OPTION,
  PAIRING_OPTIONS,
  colorOption,
  dashMeansStdout,
  diffOptionsFrom,
  engineOption,
  limitsOption,
  numberOption,
  parseCommandLine
} from "./chunk-XUZ5DZNU.js";
import {
  UsageError,
  errorJson
} from "./chunk-HBLGIX4X.js";
import {
  capList,
  capName,
  count,
  fileName,
  moreText,
  renderText,
  sanitizeTerminal
} from "./chunk-O5O6OTDQ.js";
import {
  smokePair
} from "./chunk-P4VMMLUU.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-5BOP2CPJ.js";
import {
  diff
} from "./chunk-LDJXLBUA.js";
import {
  openFile,
  openPair,
  swappedPairError
} from "./chunk-SY6ZCN3L.js";
import "./chunk-ORHEMUVU.js";
import "./chunk-PX5G2PE2.js";
import "./chunk-JLVCLJA4.js";
import {
  significant
} from "./chunk-B2FHQD3S.js";
import "./chunk-FDKBLACR.js";
import "./chunk-UJMYRBJC.js";
import "./chunk-3CHKLJFW.js";
import "./chunk-5PTVY25K.js";
import "./chunk-5PD53CW2.js";
import "./chunk-3BJMFA6A.js";
import {
  noun,
  pyShape
} from "./chunk-73VS7PYX.js";
import {
  InputError
} from "./chunk-FWZ4W6A4.js";
import "./chunk-NTY2QNYD.js";
import "./chunk-UPWAXGUD.js";
import "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";

// src/cli/diff-command.ts
import path from "node:path";

// src/report/artifact-diff-render.ts
function artifactSummaryText(r) {
  const s = r.summary;
  const parts = [];
  for (const [n, what] of [[s.reshaped, "reshaped"], [s.retyped, "retyped"], [s.removed, "only in A"], [s.added, "only in B"], [s.changed, "changed"], [s.same, "the same"]]) {
    if (n) parts.push(`${count(n)} ${what}`);
  }
  const total = r.variables.length;
  return `${count(total)} ${noun(total, "variable")}: ${parts.join(", ") || "none"}`;
}
function verdict(r) {
  if (!r.summary.sameStructure) return "different structure";
  return r.summary.changed ? "same structure, values changed" : "identical";
}
var MAX_ROWS = 50;
function describeChange(v) {
  const where = `${v.layer}/${v.name}`;
  switch (v.status) {
    case "same":
      return `${where} ${pyShape(v.shape)} ${v.dtype}: same`;
    case "changed":
      return `${where} ${pyShape(v.shape)} ${v.dtype}: changed, max |a \u2212 b| ${significant(v.maxAbsDiff ?? 0)}, relative change ${significant(v.relativeChange ?? 0)}`;
    case "added":
      return `${where} ${pyShape(v.shape)} ${v.dtype}: only in B`;
    case "removed":
      return `${where} ${pyShape(v.shape)} ${v.dtype}: only in A`;
    case "reshaped":
      return `${where}: ${pyShape(v.shape)} in A, ${pyShape(v.bShape ?? [])} in B`;
    case "retyped":
      return `${where} ${pyShape(v.shape)}: ${v.dtype} in A, ${v.bDtype ?? "unknown"} in B`;
  }
}
function renderArtifactDiffText(r) {
  const lines = [
    `weightgate: ${verdict(r)} \xB7 ${sanitizeTerminal(fileName(r.a.source))} vs ${sanitizeTerminal(fileName(r.b.source))}`,
    `A: ${sanitizeTerminal(r.a.label)}`,
    `B: ${sanitizeTerminal(r.b.label)}`,
    `Paired: ${r.pairingReason}`,
    artifactSummaryText(r)
  ];
  const differing = r.variables.filter((v) => v.status !== "same");
  const { shown, more } = capList(differing, MAX_ROWS);
  if (shown.length) lines.push("");
  for (const v of shown) lines.push(`  ${sanitizeTerminal(capName(describeChange(v)))}`);
  if (more) lines.push(`  ${moreText(more, "variable")}`);
  return `${lines.join("\n")}
`;
}
function changeCell(v) {
  switch (v.status) {
    case "changed":
      return `max \\|a \u2212 b\\| ${escapeMarkdown(significant(v.maxAbsDiff ?? 0))}, relative ${escapeMarkdown(significant(v.relativeChange ?? 0))}`;
    case "reshaped":
      return `${code(pyShape(v.shape))} \u2192 ${code(pyShape(v.bShape ?? []))}`;
    case "retyped":
      return `${escapeMarkdown(v.dtype)} \u2192 ${escapeMarkdown(v.bDtype ?? "unknown")}`;
    case "added":
      return "only in B";
    case "removed":
      return "only in A";
    case "same":
      return "same";
  }
}
var ICON = { reshaped: "\u274C", retyped: "\u274C", removed: "\u274C", added: "\u274C", changed: "\u{1F504}", same: "\u2705" };
function renderArtifactDiffMarkdown(r) {
  const icon = !r.summary.sameStructure ? "\u274C" : r.summary.changed ? "\u{1F504}" : "\u2705";
  const lines = [
    `### ${icon} weightgate: ${verdict(r)} \xB7 ${code(fileName(r.a.source))} vs ${code(fileName(r.b.source))}`,
    "",
    `**Paired:** ${escapeMarkdown(r.pairingReason)}  `,
    `**Variables:** ${escapeMarkdown(artifactSummaryText(r))}`
  ];
  const differing = r.variables.filter((v) => v.status !== "same");
  const { shown, more } = capList(differing, MAX_ROWS);
  if (shown.length) {
    lines.push("", ...table(["", "variable", "shape", "change"], shown.map((v) => [
      ICON[v.status],
      escapeMarkdown(capName(`${v.layer}/${v.name}`)),
      code(`${pyShape(v.shape)} ${v.dtype}`),
      changeCell(v)
    ])));
    if (more) lines.push("", escapeMarkdown(moreText(more, "variable")));
  }
  return `${lines.join("\n")}
`;
}

// src/cli/diff-command.ts
var DIFF_OPTIONS = {
  ...PAIRING_OPTIONS,
  json: { type: "boolean" },
  markdown: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  smoke: { type: "boolean" },
  artifacts: { type: "boolean" },
  engine: { type: "string" },
  input: { type: "string" },
  expected: { type: "string" },
  atol: { type: "string" },
  rtol: { type: "string" },
  seed: { type: "string" },
  "dim-default": { type: "string" },
  ...LIMIT_OPTION
};
function smokeOptionsFrom(values) {
  return {
    engine: engineOption(values.engine),
    input: values.input,
    expected: values.expected,
    atol: numberOption("atol", values.atol),
    rtol: numberOption("rtol", values.rtol),
    seed: numberOption("seed", values.seed, true),
    dimDefault: numberOption("dim-default", values["dim-default"], true)
  };
}
async function diffCommand(args, io) {
  const { values, positionals } = await parseCommandLine(dashMeansStdout(args, ["json", "markdown"]), DIFF_OPTIONS);
  const [definitionFile, weightsFile] = positionals;
  if (definitionFile === void 0 || positionals.length > 2) throw new UsageError("diff takes a definition and a weights file (or one .keras / full .h5 file)");
  if (values.json && values.markdown) throw new UsageError("--json and --markdown both write to stdout; pick one");
  const options = diffOptionsFrom(values);
  const wantSmoke = values.smoke === true || values.expected !== void 0;
  const smokeOptions = smokeOptionsFrom(values);
  const limits = await limitsOption(values.limit);
  const sink = io.stderr ? progressSink(io.stderr, envOf(io)) : void 0;
  const name = weightsFile === void 0 ? path.basename(definitionFile) : `${path.basename(definitionFile)} + ${path.basename(weightsFile)}`;
  try {
    sink?.phase(name, "reading");
    if (weightsFile !== void 0 && (values.artifacts === true || await holdsNoDefinition(definitionFile, limits))) {
      if (wantSmoke) throw new UsageError("--smoke and --expected need a definition; two weight artifacts are compared value by value");
      return await artifactsCommand(definitionFile, weightsFile, limits, values, io, sink);
    }
    const pair = await openPair(definitionFile, weightsFile, { limits });
    let report;
    let smoke;
    try {
      const definition = pair.def.definition;
      const artifact = pair.weights.artifact;
      sink?.phase(name, "diffing");
      report = diff(definition, artifact, { ...options, ...pair.weights.definition ? { savedConfig: pair.weights.definition } : {} });
      if (wantSmoke) {
        sink?.phase(name, "smoke");
        smoke = await smokePair(definition, artifact, report, { ...smokeOptions, limits });
      }
    } finally {
      await pair.close();
    }
    sink?.stop();
    if (values.json) io.out(JSON.stringify({ ...report, verdict: report.verdict, counts: report.counts, ...smoke ? { smoke } : {} }, null, 2));
    else if (values.markdown) io.out([renderMarkdown(report), ...smoke ? ["", smokeMarkdown(smoke)] : []].join("\n"));
    else io.out([renderText(report, { color: colorEnabled(io.stdout, envOf(io), colorOption(values)) }).trimEnd(), ...smoke ? ["", ...smokeText(smoke)] : []].join("\n"));
    return report.verdict === "incompatible" || smoke?.status === "failed" ? 1 : 0;
  } catch (err) {
    sink?.stop();
    if (err instanceof InputError) {
      if (values.json) io.out(JSON.stringify(errorJson(err), null, 2));
      else if (values.markdown) io.out(errorMarkdown(err, [definitionFile, weightsFile ?? ""]));
    }
    throw err;
  } finally {
    sink?.stop();
  }
}
function errorMarkdown(err, files) {
  return `\u274C **weightgate: unreadable input**

> ${proseLines(err.message, files)}`;
}
async function holdsNoDefinition(file, limits) {
  const opened = await openFile(file, { limits });
  await opened.artifact?.close();
  return opened.definition === void 0;
}
async function artifactsCommand(a, b, limits, values, io, sink) {
  const left = await openFile(a, { limits });
  try {
    const right = await openFile(b, { limits });
    try {
      if (!left.artifact) throw new UsageError(`${a} holds no weights to compare`);
      if (!right.artifact && right.definition && !left.definition && left.artifact) throw swappedPairError(a, left.format, b);
      if (!right.artifact) throw new UsageError(`${b} holds no weights to compare`);
      sink?.phase(`${path.basename(a)} vs ${path.basename(b)}`, "diffing");
      const report = await compareArtifacts(left.artifact, right.artifact);
      sink?.stop();
      if (values.json) io.out(JSON.stringify(report, null, 2));
      else if (values.markdown) io.out(renderArtifactDiffMarkdown(report));
      else io.out(renderArtifactDiffText(report).trimEnd());
      return report.summary.sameStructure ? 0 : 1;
    } finally {
      await right.artifact?.close();
    }
  } finally {
    await left.artifact?.close();
  }
}
export {
  diffCommand
};
