import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  smokeMarkdown,
  smokeText
} from "./chunk-7APU5RXH.js";
import {
  compareArtifacts
} from "./chunk-OU4X2W7T.js";
import {
  code,
  escapeMarkdown,
  renderMarkdown,
  table
} from "./chunk-CW5XIX4F.js";
import {
  LIMIT_OPTION,
  PAIRING_OPTIONS,
  diffOptionsFrom,
  engineOption,
  limitsOption,
  numberOption,
  parseCommandLine
} from "./chunk-PDTHSVA5.js";
import {
  UsageError
} from "./chunk-BYYPGPO3.js";
import {
  capList,
  capName,
  count,
  fileName,
  moreText,
  renderText,
  sanitizeTerminal
} from "./chunk-A4ZB3KIF.js";
import {
  smokePair
} from "./chunk-3MHS6JAK.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-GVJXZLBM.js";
import {
  openFile,
  openPair
} from "./chunk-U4SDEGM6.js";
import {
  diff
} from "./chunk-KJSY6JGB.js";
import "./chunk-MITR7G5O.js";
import {
  noun,
  significant
} from "./chunk-4Y3UCZKJ.js";
import "./chunk-7SAFVLDD.js";
import "./chunk-VVSUSGOV.js";
import "./chunk-NZEIZRO6.js";
import "./chunk-IJI5YR2B.js";
import {
  pyShape
} from "./chunk-LADTI2PH.js";
import "./chunk-W2JV3UC6.js";
import "./chunk-3RKB2P6L.js";
import "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";

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
  const { values, positionals } = await parseCommandLine(args, DIFF_OPTIONS);
  const [definitionFile, weightsFile] = positionals;
  if (definitionFile === void 0 || positionals.length > 2) throw new UsageError("diff takes a definition and a weights file (or one .keras / full .h5 file)");
  const options = diffOptionsFrom(values);
  const wantSmoke = values.smoke === true || values.expected !== void 0;
  const smokeOptions = smokeOptionsFrom(values);
  const limits = await limitsOption(values.limit);
  if (weightsFile !== void 0 && (values.artifacts === true || await holdsNoDefinition(definitionFile, limits))) {
    if (wantSmoke) throw new UsageError("--smoke and --expected need a definition; two weight artifacts are compared value by value");
    return artifactsCommand(definitionFile, weightsFile, limits, values, io);
  }
  const pair = await openPair(definitionFile, weightsFile, { limits });
  let report;
  let smoke;
  try {
    const definition = pair.def.definition;
    const artifact = pair.weights.artifact;
    report = diff(definition, artifact, { ...options, ...pair.weights.definition ? { savedConfig: pair.weights.definition } : {} });
    if (wantSmoke) smoke = await smokePair(definition, artifact, report, { ...smokeOptions, limits });
  } finally {
    await pair.close();
  }
  if (values.json) io.out(JSON.stringify({ ...report, verdict: report.verdict, counts: report.counts, ...smoke ? { smoke } : {} }, null, 2));
  else if (values.markdown) io.out([renderMarkdown(report), ...smoke ? ["", smokeMarkdown(smoke)] : []].join("\n"));
  else io.out([renderText(report, { color: values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR) }).trimEnd(), ...smoke ? ["", ...smokeText(smoke)] : []].join("\n"));
  return report.verdict === "incompatible" || smoke?.status === "failed" ? 1 : 0;
}
async function holdsNoDefinition(file, limits) {
  const opened = await openFile(file, { limits });
  await opened.artifact?.close();
  return opened.definition === void 0;
}
async function artifactsCommand(a, b, limits, values, io) {
  const left = await openFile(a, { limits });
  try {
    const right = await openFile(b, { limits });
    try {
      if (!left.artifact) throw new UsageError(`${a} holds no weights to compare`);
      if (!right.artifact) throw new UsageError(`${b} holds no weights to compare`);
      const report = await compareArtifacts(left.artifact, right.artifact);
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
