// The key of a report's sticky comment and its files: one per config and shard set. It lives in the
// report layer so the Action (src/github), the CLI's `check --comment` and a config that could not even
// be read all name the same comment: the next run with that config replaces what the last one said.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { CheckReport } from '../check/report.js';

export type ReportKeyParts = Pick<CheckReport, 'config' | 'shards'>;

/** The config and the shards a report covers: each combination gets its own comment. */
export function reportKey(report: ReportKeyParts): string {
  const shards = report.shards ? `${report.shards.indices.join(',')}/${report.shards.total}` : 'all';
  return createHash('sha256').update(`${report.config}\n${shards}`).digest('hex').slice(0, 16);
}

export function commentMarker(report: ReportKeyParts): string {
  return `<!-- weightgate:${reportKey(report)} -->`;
}

/**
 * The `config` and `shards` a check of `configFile` (one slice of it with `shard`) writes into its
 * report (src/check/run.ts: the config relative to the working directory, shards only when there are
 * several), derived without running it: for a config that cannot be read, whose comment the next good
 * run must find again.
 */
export function reportKeyOf(configFile: string, shard?: { index: number; total: number }, cwd = process.cwd()): ReportKeyParts {
  const abs = path.resolve(cwd, configFile);
  return {
    config: path.relative(cwd, abs) || abs,
    ...(shard && shard.total > 1 ? { shards: { indices: [shard.index], total: shard.total } } : {}),
  };
}
