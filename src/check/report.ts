// The result of `weightgate check`: one entry per model, totals derived from them (never stored twice),
// and `merge` to join shard reports back into the report an unsharded run would have written. Reading a
// report back from a file is src/check/revive-report.ts (it needs ajv, which only merge/the Action load).
import path from 'node:path';
import type { DiffReport, Verdict } from '../diff/index.js';
import type { SmokeResult } from '../engine/index.js';
import type { LayerGraph } from './graph.js';
import type { SnapshotResult } from './snapshots.js';
import type { BaseSide, ModelChanges, RemovedModel } from './base-compare.js';
import { failsAsNew, type Trend } from './trend.js';

export type { SmokeResult };

export type ModelStatus = Verdict | 'error';
/** `--fail-on` / the Action's `fail-on`: which models fail the run (see `failed`). */
export const FAIL_ON = ['error', 'warning', 'never', 'new-errors'] as const;
export type FailOn = typeof FAIL_ON[number];

export interface ModelResult {
  id: string;
  definition: string;
  weights?: string;
  origin: string;
  status: ModelStatus;
  /** The input problem that stopped this model (unreadable file, failed download), in one sentence. */
  error?: string;
  diff?: DiffReport;
  smoke?: SmokeResult;
  /** The output snapshot: recorded (`check -u`), compared, missing or skipped (src/check/snapshots.ts). */
  snapshot?: SnapshotResult;
  /** With `check --base`: the model against the base commit (src/check/base-compare.ts). */
  trend?: Trend;
  /** The model at the base commit; null when the base config has no such model. */
  base?: BaseSide | null;
  /** What changed since the base commit, for a model in both; null parts did not change. */
  changes?: ModelChanges;
  /** The definition's layers and edges, for drawing the neighbourhood of problem layers. */
  graph?: LayerGraph;
  /** Wall time for this model; excluded when reports are compared. */
  seconds: number;
}

export interface CheckReport {
  schemaVersion: 1;
  tool: { name: 'weightgate'; version: string };
  config: string;
  /** Every shard that contributed, e.g. [1, 2, 3] of 3; absent for an unsharded run. */
  shards?: { indices: number[]; total: number };
  models: ModelResult[];
  /** With `check --base`: models only the base commit's config has. */
  removedModels?: RemovedModel[];
  /** With `check --base`: the commit compared with, or why it could not be read. */
  base?: { ref: string; sha?: string; unavailable?: string };
  /** Snapshot files no model of the config owns (removed when the run was `check -u`). */
  obsoleteSnapshots?: string[];
  /** Run-wide notes, e.g. a config limit the workflow did not allow (src/check/run.ts). */
  notes?: string[];
  seconds: number;
  readonly summary: Summary;
  readonly verdict: ModelStatus | 'compatible';
}

export interface Summary {
  models: number;
  compatible: number;
  warnings: number;
  incompatible: number;
  error: number;
  smokeFailed: number;
  errors: number;
  warningFindings: number;
}

/** A model's status, with a failed smoke run counting as incompatible: the outputs are wrong. */
export function effectiveStatus(m: ModelResult): ModelStatus {
  if (m.status === 'error') return 'error';
  if (m.smoke?.status === 'failed') return 'incompatible';
  return m.status;
}

function summarize(models: readonly ModelResult[]): Summary {
  const s: Summary = { models: models.length, compatible: 0, warnings: 0, incompatible: 0, error: 0, smokeFailed: 0, errors: 0, warningFindings: 0 };
  for (const m of models) {
    s[effectiveStatus(m)]++;
    if (m.smoke?.status === 'failed') s.smokeFailed++;
    s.errors += (m.diff?.counts.error ?? 0) + (m.status === 'error' ? 1 : 0) + (m.smoke?.status === 'failed' ? 1 : 0);
    s.warningFindings += m.diff?.counts.warning ?? 0;
  }
  return s;
}

/**
 * What `--fail-on new-errors` fails on, with a base: a model this change broke, a new model that fails,
 * and a failing model the base could not judge (its files there unreadable on this machine).
 */
export function brokenByChange(m: ModelResult): boolean {
  return m.trend === undefined ? isFailing(m) : failsAsNew(m.trend, isFailing(m));
}

/** Failing under the default gate: incompatible (a failed smoke run included) or unreadable. */
export function isFailing(m: ModelResult): boolean {
  const s = effectiveStatus(m);
  return s === 'incompatible' || s === 'error';
}

const RANK: Record<ModelStatus, number> = { compatible: 0, warnings: 1, incompatible: 2, error: 3 };

function overall(models: readonly ModelResult[]): ModelStatus {
  return models.reduce<ModelStatus>((worst, m) => (RANK[effectiveStatus(m)] > RANK[worst] ? effectiveStatus(m) : worst), 'compatible');
}

/**
 * Exit code by `--fail-on`: error fails on incompatible/unreadable models, warning also on warnings,
 * new-errors only on what the change introduced (every failing model when the base could not be read:
 * what is new cannot be told, and a broken model is never waved through).
 */
export function failed(report: Pick<CheckReport, 'models' | 'base'>, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'new-errors' && report.base && !report.base.unavailable) {
    return report.models.some(brokenByChange);
  }
  const v = overall(report.models);
  return v === 'incompatible' || v === 'error' || (failOn === 'warning' && v === 'warnings');
}

export function makeReport(fields: Omit<CheckReport, 'summary' | 'verdict'>): CheckReport {
  return {
    ...fields,
    get summary() {
      return summarize(this.models);
    },
    get verdict() {
      return overall(this.models);
    },
  };
}

/** Join shard reports; the same config's shards give the unsharded report (timings aside). */
export function mergeReports(reports: CheckReport[]): CheckReport {
  const [first] = reports;
  if (!first) throw new Error('nothing to merge');
  const configs = new Set(reports.map((r) => r.config));
  if (configs.size > 1) throw new Error(`the reports come from different configs (${[...configs].join(', ')})`);
  const byId = new Map<string, ModelResult>();
  for (const r of reports) {
    for (const m of r.models) {
      if (byId.has(m.id)) throw new Error(`model '${m.id}' appears in two reports: were the same shards merged twice?`);
      byId.set(m.id, m);
    }
  }
  const models = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const indices = reports.flatMap((r) => r.shards?.indices ?? []).sort((a, b) => a - b);
  const total = reports.find((r) => r.shards)?.shards?.total;
  const complete = total !== undefined && indices.length === total && indices.every((v, i) => v === i + 1);
  return makeReport({
    schemaVersion: 1,
    tool: first.tool,
    config: first.config,
    ...(total !== undefined && !complete ? { shards: { indices, total } } : {}),
    models,
    ...(reports.some((r) => r.notes?.length) ? { notes: [...new Set(reports.flatMap((r) => r.notes ?? []))] } : {}),
    // Every shard compared with the same base commit; models the base alone had are listed once.
    ...(first.base ? { base: first.base } : {}),
    ...(reports.some((r) => r.removedModels?.length) ? { removedModels: [...new Map(reports.flatMap((r) => r.removedModels ?? []).map((m) => [m.id, m])).values()] } : {}),
    seconds: Math.max(...reports.map((r) => r.seconds)),
  });
}

/** For JSON output: getters become plain fields so the file is self-describing. */
export function toJson(report: CheckReport): unknown {
  return {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    config: report.config,
    ...(report.shards ? { shards: report.shards } : {}),
    verdict: report.verdict,
    summary: report.summary,
    ...(report.base ? { base: report.base } : {}),
    ...(report.removedModels?.length ? { removedModels: report.removedModels } : {}),
    ...(report.obsoleteSnapshots?.length ? { obsoleteSnapshots: report.obsoleteSnapshots } : {}),
    ...(report.notes?.length ? { notes: report.notes } : {}),
    seconds: report.seconds,
    models: report.models,
  };
}

export type ReportKeyParts = Pick<CheckReport, 'config' | 'shards'>;

/**
 * The `config` and `shards` a check of `configFile` (one slice of it with `shard`) writes into its
 * report: the config relative to the working directory, shards only when there are several. Derived
 * without running the check, so a config that cannot be read names the comment a good run will replace.
 */
export function reportKeyOf(configFile: string, shard?: { index: number; total: number }, cwd = process.cwd()): ReportKeyParts {
  const abs = path.resolve(cwd, configFile);
  return {
    config: path.relative(cwd, abs) || abs,
    ...(shard && shard.total > 1 ? { shards: { indices: [shard.index], total: shard.total } } : {}),
  };
}
