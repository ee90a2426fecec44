import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  require_ajv
} from "./chunk-B2ZU3OCA.js";
import {
  countsOf,
  verdictOf
} from "./chunk-6BJH5WKL.js";
import {
  makeReport
} from "./chunk-ORHEMUVU.js";
import {
  InputError
} from "./chunk-FWZ4W6A4.js";
import {
  __toESM
} from "./chunk-7UZKIK2J.js";

// src/check/report-schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// schema/check-report.schema.json
var check_report_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/weightgate/weightgate/schema/check-report.schema.json",
  title: "weightgate check report",
  description: "The JSON report `weightgate check --json` and the GitHub Action (`report-json` output) write, and `weightgate merge` / the action's `merge` and `comment-from` read back. A report read back may come from a fork's run, so every field a renderer reads is checked against this schema first. Fields the reader recomputes (`verdict`, `summary`, a diff's `verdict` and `counts`) or never reads are optional; unknown fields are allowed, so a newer report still reads.",
  $ref: "#/definitions/report",
  definitions: {
    report: {
      type: "object",
      required: ["schemaVersion", "tool", "config", "models"],
      properties: {
        schemaVersion: { enum: [1], description: "Report format version. Always 1." },
        tool: {
          type: "object",
          required: ["name", "version"],
          properties: {
            name: { enum: ["weightgate"] },
            version: { type: "string", description: "The weightgate version that wrote the report." }
          }
        },
        config: { type: "string", description: "The config file the run read (its path as given)." },
        shards: {
          type: "object",
          description: "Present when the report holds only some shards: which ones (1-based) of how many.",
          required: ["indices", "total"],
          properties: {
            indices: { type: "array", items: { type: "integer" } },
            total: { type: "integer" }
          }
        },
        verdict: { enum: ["compatible", "warnings", "incompatible", "error"], description: "The worst model status (a failed smoke run counts as incompatible). Recomputed on reading." },
        summary: { type: "object", description: "Counts by status and severity. Recomputed on reading." },
        base: {
          type: "object",
          description: "With `check --base`: the commit compared with, or why it could not be read (then the report holds the current state only).",
          required: ["ref"],
          properties: { ref: { type: "string" }, sha: { type: "string" }, unavailable: { type: "string" } }
        },
        removedModels: {
          type: "array",
          description: "With `check --base`: models only the base commit's config has.",
          items: {
            type: "object",
            required: ["id", "definition", "trend", "base"],
            properties: {
              id: { type: "string" },
              definition: { type: "string" },
              weights: { type: "string" },
              trend: { enum: ["removed-model"] },
              base: { $ref: "#/definitions/baseSide" }
            }
          }
        },
        obsoleteSnapshots: { type: "array", items: { type: "string" }, description: "Snapshot files no model of the config owns any more (removed by `check -u`)." },
        notes: { type: "array", items: { type: "string" }, description: "Run-wide notes, e.g. a config limit the workflow did not allow." },
        seconds: { type: "number", description: "Wall time of the run (0 when absent)." },
        models: { type: "array", items: { $ref: "#/definitions/model" } }
      }
    },
    model: {
      type: "object",
      description: "One model (definition + weights pair) of the config.",
      required: ["id", "definition", "origin", "status", "seconds"],
      properties: {
        id: { type: "string", description: "The model's name in the config, or its definition path." },
        definition: { type: "string" },
        weights: { type: "string" },
        origin: { type: "string", description: "Where the config names this model (file:line:column)." },
        status: { enum: ["compatible", "warnings", "incompatible", "error"], description: "The diff's verdict, or `error` when an input could not be read." },
        error: { type: "string", description: "The input problem that stopped this model, in one sentence." },
        diff: { $ref: "#/definitions/diff" },
        smoke: { $ref: "#/definitions/smoke" },
        snapshot: { $ref: "#/definitions/snapshot" },
        trend: { enum: ["introduced", "fixed", "pre-existing", "unchanged", "new-model", "removed-model"], description: "With `check --base`: fine at the base and failing now (introduced), the reverse (fixed), failing at both (pre-existing), neither (unchanged), or not in the base config (new-model)." },
        base: { oneOf: [{ $ref: "#/definitions/baseSide" }, { type: "null" }], description: "The model at the base commit; null when the base config has no such model." },
        changes: {
          type: "object",
          description: "What changed since the base commit; a null part did not change (or did not run on both sides); `{ reason }` could not be compared.",
          required: ["definition", "weights", "outputs"],
          properties: {
            definition: { type: ["object", "null"], description: "{ layers: [{ layer, change: added|removed|renamed|reshaped|class, before, after }], config: [{ layer, field, expected, saved }] }" },
            weights: { type: ["object", "null"], description: "{ same, changed, added, removed, reshaped, retyped, maxAbsDiff, variables } as weightgate diff A B counts them; null when the bytes are identical." },
            outputs: { type: ["object", "null"], description: "{ outputs: [{ name, maxAbsDiff, meanAbsDiff, relativeError, top1Agreement }] }: the same inputs through the base pair and the new pair." }
          }
        },
        graph: { $ref: "#/definitions/graph" },
        seconds: { type: "number" }
      }
    },
    diff: {
      type: "object",
      description: "The result of pairing the definition's variables with the file's, as `weightgate diff --json` writes it.",
      required: ["definition", "artifact", "loader", "findings", "hints", "coverage"],
      properties: {
        schemaVersion: { enum: [1] },
        definition: {
          type: "object",
          required: ["source"],
          properties: {
            source: { type: "string" },
            format: { type: "string" },
            generation: { type: "integer", description: "The Keras generation (1, 2 or 3)." },
            name: { type: "string" },
            className: { type: "string" }
          }
        },
        artifact: {
          type: "object",
          required: ["source"],
          properties: {
            source: { type: "string" },
            format: { type: "string" },
            label: { type: "string" },
            generation: { type: "integer", description: "The Keras generation (1, 2 or 3)." },
            kerasVersion: { type: "string" }
          }
        },
        loader: {
          type: "object",
          description: "The loader rule simulated and why.",
          required: ["rule", "runtime", "call", "reason"],
          properties: {
            rule: { type: "string", description: "`order`, `name`, `path` or `tfjs`." },
            runtime: { type: "string", description: "`keras2`, `keras3` or `tfjs`." },
            auto: { type: "boolean" },
            reason: { type: "string" },
            call: { type: "string" },
            skipMismatch: { type: "boolean" },
            alignment: { type: "string" }
          }
        },
        findings: { type: "array", items: { $ref: "#/definitions/finding" } },
        hints: { type: "array", items: { $ref: "#/definitions/hint" } },
        coverage: {
          type: "object",
          required: ["matched", "expected", "saved", "layersMatched", "layersExpected", "layersUnchecked"],
          properties: {
            matched: { type: "number" },
            expected: { type: "number" },
            saved: { type: "number" },
            layersMatched: { type: "number" },
            layersExpected: { type: "number" },
            layersUnchecked: { type: "number" }
          }
        },
        loaderError: { type: ["string", "null"], description: "What the real loader raises, in its words; null when it loads." },
        verdict: { enum: ["compatible", "warnings", "incompatible"], description: "Recomputed from the findings on reading." },
        counts: { type: "object", description: "Findings by severity. Recomputed on reading." }
      }
    },
    finding: {
      type: "object",
      description: "One difference. Each `code` has fields of its own besides these.",
      required: ["code", "severity", "layer", "weight", "raises", "message", "expected", "actual"],
      properties: {
        code: {
          enum: [
            "loader-unsupported",
            "layer-count-mismatch",
            "weights-refused",
            "weight-count-mismatch",
            "shape-mismatch",
            "missing-weights",
            "unexpected-weights",
            "duplicate-weight-name",
            "name-mismatch",
            "dtype-mismatch",
            "unknown-layer-class",
            "weights-converted",
            "config-default",
            "config-drift",
            "outputs-changed",
            "dtype-inferred",
            "names-unrecorded",
            "optimizer-state"
          ]
        },
        severity: { enum: ["error", "warning", "info"] },
        layer: { type: "string" },
        weight: { type: ["string", "null"], description: "The weight concerned, or null for a whole layer or the file." },
        raises: { type: "boolean", description: "Whether the real loader raises on it." },
        allowedBy: { type: "string" },
        skipped: { type: "boolean" },
        message: { type: "string" },
        expected: { type: "string" },
        actual: { type: "string" },
        note: { type: "string" },
        hint: { type: "string" },
        swappedWith: { type: "string" },
        cycle: { type: "array", items: { type: "string" } },
        autoNumbered: { type: "boolean" },
        lossy: { type: "boolean" }
      }
    },
    hint: {
      type: "object",
      description: "A pattern across findings, with a suggested next step.",
      required: ["kind", "layers", "message"],
      properties: {
        kind: { type: "string" },
        layers: { type: "array", items: { type: "string" } },
        message: { type: "string" }
      }
    },
    smoke: {
      type: "object",
      description: "The smoke inference: the model built in TF.js with the saved weights and run once.",
      required: ["status", "engine", "engineReason", "outputs"],
      properties: {
        status: { enum: ["passed", "failed", "skipped"] },
        engine: { type: "string" },
        engineReason: { type: "string" },
        reason: { type: "string" },
        outputs: { type: "array", items: { $ref: "#/definitions/smokeOutput" } },
        seconds: { type: "number" },
        notes: { type: "array", items: { type: "string" } },
        engineFailure: { type: "string" },
        limit: { type: "string" }
      }
    },
    baseSide: {
      type: "object",
      required: ["status", "verdict"],
      properties: {
        status: { enum: ["compatible", "warnings", "incompatible", "error"] },
        verdict: { enum: ["compatible", "warnings", "incompatible", "error"], description: "The status counting a failed smoke run, as the gate judges it." }
      }
    },
    snapshot: {
      type: "object",
      description: "The model's output snapshot: recorded by `check -u` (`written`), replayed and compared (`matched`, `changed`), absent (`missing`) or not run (`skipped`).",
      required: ["status"],
      properties: {
        status: { enum: ["matched", "changed", "written", "missing", "skipped"] },
        file: { type: "string", description: "The snapshot's .npz (its provenance is the .json beside it)." },
        reason: { type: "string", description: "Why skipped or missing, or what made a replay impossible." },
        recordedBy: { type: "string", description: "`weightgate on <engine>`, or `Keras or another tool` when no provenance says otherwise." },
        tolerance: {
          type: "object",
          required: ["atol", "rtol", "basis"],
          properties: { atol: { type: "number" }, rtol: { type: "number" }, basis: { type: "string" } }
        },
        outputs: { type: "array", items: { $ref: "#/definitions/snapshotOutput" } }
      }
    },
    snapshotOutput: {
      type: "object",
      description: "One output replayed against the snapshot.",
      required: ["name", "shape", "maxAbsDiff", "meanAbsDiff", "relativeError", "withinTolerance"],
      properties: {
        name: { type: "string" },
        shape: { type: "array", items: { type: "integer" } },
        maxAbsDiff: { type: ["number", "null"], description: "Largest |now \u2212 snapshot| (null stands for Infinity: JSON has no Infinity)." },
        meanAbsDiff: { type: ["number", "null"] },
        relativeError: { type: ["number", "null"], description: "\u2016now \u2212 snapshot\u2016 / \u2016snapshot\u2016." },
        top1Agreement: { type: "number", description: "Share of samples whose arg-max over the last axis is unchanged (outputs with a class axis)." },
        withinTolerance: { type: "boolean" }
      }
    },
    smokeOutput: {
      type: "object",
      required: ["name", "shape", "finite"],
      properties: {
        name: { type: "string" },
        shape: { type: "array", items: { type: ["number", "null"] } },
        finite: { type: "boolean" },
        maxAbsDiff: { type: "number" },
        tolerance: {
          type: "object",
          required: ["atol", "rtol", "basis"],
          properties: {
            atol: { type: "number" },
            rtol: { type: "number" },
            basis: { type: "string" }
          }
        },
        withinTolerance: { type: "boolean" },
        problem: { type: "string" }
      }
    },
    graph: {
      type: "object",
      description: "The definition's layers and edges, for drawing the neighbourhood of problem layers.",
      required: ["nodes", "edges"],
      properties: {
        nodes: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "className"],
            properties: { name: { type: "string" }, className: { type: "string" } }
          }
        },
        edges: {
          type: "array",
          items: { title: "a [from, to] pair", type: "array", items: { type: "string" }, minItems: 2, maxItems: 2 }
        }
      }
    }
  }
};

// src/check/report-schema.ts
var validate;
var TYPE_WORDS = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  null: "null"
};
function fieldOf(pointer) {
  const steps = pointer ? pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")) : [];
  return steps.reduce((at, s) => /^\d+$/.test(s) ? `${at}[${s}]` : `${at}.${s}`, "report");
}
function listed(values) {
  return (Array.isArray(values) ? values : [values]).map((v) => String(v)).join(", ");
}
function describe(e) {
  const at = fieldOf(e.instancePath);
  if (e.keyword === "required") return `${at}.${String(e.params.missingProperty)} is missing`;
  const title = e.parentSchema?.title;
  if (typeof title === "string") return `${at} is not ${title}`;
  switch (e.keyword) {
    case "type":
      return `${at} is not ${listed(e.params.type).split(", ").map((t) => TYPE_WORDS[t] ?? t).join(" or ")}`;
    case "enum":
      return `${at} is not one of ${listed(e.params.allowedValues)}`;
    case "const":
      return `${at} is not one of ${listed(e.params.allowedValue)}`;
    default:
      return `${at} ${e.message ?? "is not valid"}`;
  }
}
function checkReportShape(json, source) {
  validate ??= new import_ajv.Ajv({ verbose: true }).compile(check_report_schema_default);
  if (validate(json)) return;
  const [first] = validate.errors ?? [];
  throw new InputError(
    source,
    "corrupt",
    `not a weightgate check report: ${first ? describe(first) : "it does not match schema/check-report.schema.json"}`,
    "Pass the report.json that weightgate (the action or `weightgate check --json`) wrote."
  );
}

// src/check/revive-report.ts
function reviveReport(json, source) {
  checkReportShape(json, source);
  const models = json.models.map((m) => m.diff ? { ...m, diff: reviveDiff(m.diff) } : m);
  return makeReport({
    schemaVersion: 1,
    tool: json.tool,
    config: json.config,
    ...json.shards ? { shards: json.shards } : {},
    models,
    ...json.notes?.length ? { notes: json.notes } : {},
    seconds: json.seconds ?? 0,
    // What a base comparison and the snapshots found travel with the report (the workflow_run relay comments from it).
    ...json.base ? { base: json.base } : {},
    ...json.removedModels?.length ? { removedModels: json.removedModels } : {},
    ...json.obsoleteSnapshots?.length ? { obsoleteSnapshots: json.obsoleteSnapshots } : {}
  });
}
function reviveDiff(d) {
  const revived = { ...d, verdict: verdictOf(d.findings), counts: countsOf(d.findings) };
  Object.defineProperty(revived, "pairs", { value: [], enumerable: false });
  return revived;
}

export {
  reviveReport
};
