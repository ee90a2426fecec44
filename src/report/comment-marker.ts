// The key of a report's sticky comment and its files: one per config and shard set. It lives in the
// report layer so the Action (src/github), the CLI's `check --comment` and a config that could not even
// be read all name the same comment: the next run with that config replaces what the last one said.
import { createHash } from 'node:crypto';
import type { ReportKeyParts } from '../check/report.js';

// The rule itself is the check's (what run.ts writes into a report); it is re-exported for the Action and the CLI.
export { reportKeyOf, type ReportKeyParts } from '../check/report.js';

/** The config and the shards a report covers: each combination gets its own comment. */
export function reportKey(report: ReportKeyParts): string {
  const shards = report.shards ? `${report.shards.indices.join(',')}/${report.shards.total}` : 'all';
  return createHash('sha256').update(`${report.config}\n${shards}`).digest('hex').slice(0, 16);
}

export function commentMarker(report: ReportKeyParts): string {
  return `<!-- weightgate:${reportKey(report)} -->`;
}
