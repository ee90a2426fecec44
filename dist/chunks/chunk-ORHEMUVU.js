import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/check/trend.ts
function trendOf(base, head) {
  if (base === void 0) return "new-model";
  if (head === void 0) return "removed-model";
  if (head) return base ? "pre-existing" : "introduced";
  return base ? "fixed" : "unchanged";
}
function failsAsNew(trend, headFailing) {
  return trend === "introduced" || trend === "new-model" && headFailing;
}

// src/check/report.ts
import path from "node:path";
var FAIL_ON = ["error", "warning", "never", "new-errors"];
function effectiveStatus(m) {
  if (m.status === "error") return "error";
  if (m.smoke?.status === "failed") return "incompatible";
  return m.status;
}
function summarize(models) {
  const s = { models: models.length, compatible: 0, warnings: 0, incompatible: 0, error: 0, smokeFailed: 0, errors: 0, warningFindings: 0 };
  for (const m of models) {
    s[effectiveStatus(m)]++;
    if (m.smoke?.status === "failed") s.smokeFailed++;
    s.errors += (m.diff?.counts.error ?? 0) + (m.status === "error" ? 1 : 0) + (m.smoke?.status === "failed" ? 1 : 0);
    s.warningFindings += m.diff?.counts.warning ?? 0;
  }
  return s;
}
function brokenByChange(m) {
  return m.trend === void 0 ? isFailing(m) : failsAsNew(m.trend, isFailing(m));
}
function isFailing(m) {
  const s = effectiveStatus(m);
  return s === "incompatible" || s === "error";
}
var RANK = { compatible: 0, warnings: 1, incompatible: 2, error: 3 };
function overall(models) {
  return models.reduce((worst, m) => RANK[effectiveStatus(m)] > RANK[worst] ? effectiveStatus(m) : worst, "compatible");
}
function failed(report, failOn) {
  if (failOn === "never") return false;
  if (failOn === "new-errors" && report.base && !report.base.unavailable) {
    return report.models.some(brokenByChange);
  }
  const v = overall(report.models);
  return v === "incompatible" || v === "error" || failOn === "warning" && v === "warnings";
}
function makeReport(fields) {
  return {
    ...fields,
    get summary() {
      return summarize(this.models);
    },
    get verdict() {
      return overall(this.models);
    }
  };
}
function mergeReports(reports) {
  const [first] = reports;
  if (!first) throw new Error("nothing to merge");
  const configs = new Set(reports.map((r) => r.config));
  if (configs.size > 1) throw new Error(`the reports come from different configs (${[...configs].join(", ")})`);
  const byId = /* @__PURE__ */ new Map();
  for (const r of reports) {
    for (const m of r.models) {
      if (byId.has(m.id)) throw new Error(`model '${m.id}' appears in two reports: were the same shards merged twice?`);
      byId.set(m.id, m);
    }
  }
  const models = [...byId.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const indices = reports.flatMap((r) => r.shards?.indices ?? []).sort((a, b) => a - b);
  const total = reports.find((r) => r.shards)?.shards?.total;
  const complete = total !== void 0 && indices.length === total && indices.every((v, i) => v === i + 1);
  return makeReport({
    schemaVersion: 1,
    tool: first.tool,
    config: first.config,
    ...total !== void 0 && !complete ? { shards: { indices, total } } : {},
    models,
    ...reports.some((r) => r.notes?.length) ? { notes: [...new Set(reports.flatMap((r) => r.notes ?? []))] } : {},
    // Every shard compared with the same base commit; models the base alone had are listed once.
    ...first.base ? { base: first.base } : {},
    ...reports.some((r) => r.removedModels?.length) ? { removedModels: [...new Map(reports.flatMap((r) => r.removedModels ?? []).map((m) => [m.id, m])).values()] } : {},
    seconds: Math.max(...reports.map((r) => r.seconds))
  });
}
function toJson(report) {
  return {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    config: report.config,
    ...report.shards ? { shards: report.shards } : {},
    verdict: report.verdict,
    summary: report.summary,
    ...report.base ? { base: report.base } : {},
    ...report.removedModels?.length ? { removedModels: report.removedModels } : {},
    ...report.obsoleteSnapshots?.length ? { obsoleteSnapshots: report.obsoleteSnapshots } : {},
    ...report.notes?.length ? { notes: report.notes } : {},
    seconds: report.seconds,
    models: report.models
  };
}
function reportKeyOf(configFile, shard, cwd = process.cwd()) {
  const abs = path.resolve(cwd, configFile);
  return {
    config: path.relative(cwd, abs) || abs,
    ...shard && shard.total > 1 ? { shards: { indices: [shard.index], total: shard.total } } : {}
  };
}

export {
  trendOf,
  FAIL_ON,
  effectiveStatus,
  brokenByChange,
  isFailing,
  failed,
  makeReport,
  mergeReports,
  toJson,
  reportKeyOf
};
