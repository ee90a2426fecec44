// A check report read back from a file (`weightgate merge`, the Action's `merge` and `comment-from`),
// which may come from a fork's run: checked against its schema, then revived. Kept apart from
// report.ts so that ajv (the schema check) loads only for the commands that read reports back.
import { countsOf, verdictOf, type DiffReport } from '../diff/index.js';
import { makeReport, type CheckReport, type ModelResult } from './report.js';
import { checkReportShape } from './report-schema.js';

/**
 * A report read back from JSON (a shard's artifact, `weightgate merge`, the action's `merge` and
 * `comment-from`): first checked against schema/check-report.schema.json (src/check/report-schema.ts:
 * one InputError naming the file, the field and the fix), so every caller is covered. Findings keep
 * their fields; totals and verdicts are recomputed from them, never taken from the file.
 */
export function reviveReport(json: unknown, source: string): CheckReport {
  checkReportShape(json, source);
  const models = json.models.map((m): ModelResult => (m.diff ? { ...m, diff: reviveDiff(m.diff) } : m));
  return makeReport({
    schemaVersion: 1, tool: json.tool, config: json.config, ...(json.shards ? { shards: json.shards } : {}),
    models, ...(json.notes?.length ? { notes: json.notes } : {}), seconds: json.seconds ?? 0,
    // What a base comparison and the snapshots found travel with the report (the workflow_run relay comments from it).
    ...(json.base ? { base: json.base } : {}),
    ...(json.removedModels?.length ? { removedModels: json.removedModels } : {}),
    ...(json.obsoleteSnapshots?.length ? { obsoleteSnapshots: json.obsoleteSnapshots } : {}),
  });
}

function reviveDiff(d: DiffReport): DiffReport {
  const revived = { ...d, verdict: verdictOf(d.findings), counts: countsOf(d.findings) };
  // The pairing is never serialised; a revived report has none (the engine ran before it was written).
  Object.defineProperty(revived, 'pairs', { value: [], enumerable: false });
  return revived;
}
