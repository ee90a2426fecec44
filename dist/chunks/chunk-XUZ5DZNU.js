import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  UsageError,
  rethrownAs,
  usageError
} from "./chunk-HBLGIX4X.js";
import {
  FAIL_ON
} from "./chunk-ORHEMUVU.js";
import {
  CONFIG_SCHEMA,
  ENGINE_PREFERENCES,
  LOADER_RULES,
  require_mod
} from "./chunk-B2FHQD3S.js";
import {
  parseLimitOption
} from "./chunk-3BJMFA6A.js";
import {
  __toESM
} from "./chunk-7UZKIK2J.js";

// src/cli/cli-options.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
import { parseArgs } from "node:util";
var PAIRING_OPTIONS = {
  loader: { type: "string" },
  "by-name": { type: "boolean" },
  "skip-mismatch": { type: "boolean" },
  runtime: { type: "string" },
  "allow-missing": { type: "string", multiple: true },
  "allow-unexpected": { type: "string", multiple: true },
  "allow-mismatch": { type: "string", multiple: true }
};
var LIMIT_OPTION = { limit: { type: "string", multiple: true } };
var LOADERS = ["auto", ...LOADER_RULES];
var RUNTIMES = CONFIG_SCHEMA.definitions.options.properties.runtime.enum;
function parseCommandLine(args, options) {
  return rethrownAs((message) => {
    const unknown = /^Unknown option '(--?[^']+)'/.exec(message)?.[1];
    if (unknown === void 0) return usageError(message);
    const names = Object.keys(options).map((k) => `--${k}`);
    const near = (0, import_fastest_levenshtein.closest)(unknown, names);
    return new UsageError(`unknown option '${unknown}'${near && (0, import_fastest_levenshtein.distance)(unknown, near) <= Math.max(2, near.length / 3) ? `: did you mean '${near}'?` : ""}`);
  }, () => parseArgs({ args, options, allowPositionals: true, strict: true }));
}
function isOneOf(value, choices) {
  return choices.includes(value);
}
function choiceOption(name, value, choices, accepted = `one of ${choices.join(", ")}`) {
  if (value === void 0) return void 0;
  if (!isOneOf(value, choices)) throw new UsageError(`--${name} must be ${accepted} (got '${value}')`);
  return value;
}
function engineOption(value) {
  return choiceOption("engine", value ?? "auto", ENGINE_PREFERENCES) ?? "auto";
}
function failOnOption(value) {
  return choiceOption("fail-on", value ?? "error", FAIL_ON, "error, warning, never or new-errors") ?? "error";
}
function numberOption(name, value, integer = false) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isFinite(n) || integer && !Number.isInteger(n) || n < 0) {
    throw new UsageError(`--${name} must be a ${integer ? "non-negative integer" : "non-negative number"} (got '${value}')`);
  }
  return n;
}
function limitsOption(specs) {
  return rethrownAs(usageError, () => (specs ?? []).reduce((limits, spec) => ({ ...limits, ...parseLimitOption(spec) }), {}));
}
function listOption(values) {
  return (values ?? []).flatMap((x) => x.split(",")).map((x) => x.trim()).filter(Boolean);
}
function diffOptionsFrom(values) {
  const loader = choiceOption("loader", values.loader, LOADERS);
  const runtime = choiceOption("runtime", values.runtime, RUNTIMES, "keras2 or keras3");
  return {
    ...loader && loader !== "auto" ? { loader } : {},
    ...values["by-name"] ? { byName: true } : {},
    ...values["skip-mismatch"] ? { skipMismatch: true } : {},
    ...runtime ? { runtime } : {},
    allowMissing: listOption(values["allow-missing"]),
    allowUnexpected: listOption(values["allow-unexpected"]),
    allowMismatch: listOption(values["allow-mismatch"])
  };
}
function colorOption(values) {
  if (values["no-color"]) return false;
  return values.color;
}
function dashMeansStdout(args, switches) {
  const out = [];
  for (const [i, a] of args.entries()) {
    if (a === "--") return [...out, ...args.slice(i)];
    if (a === "-" && switches.some((s) => args[i - 1] === `--${s}`)) continue;
    out.push(switches.some((s) => a === `--${s}=-`) ? a.slice(0, -2) : a);
  }
  return out;
}

export {
  PAIRING_OPTIONS,
  LIMIT_OPTION,
  parseCommandLine,
  choiceOption,
  engineOption,
  failOnOption,
  numberOption,
  limitsOption,
  diffOptionsFrom,
  colorOption,
  dashMeansStdout
};
