// How a model's output snapshot reads in every renderer: one word per status, shown only when it says
// something (a repository that never recorded snapshots is not told "missing" on every model).
import type { ModelResult } from '../check/report.js';

const WORDS = { matched: 'snapshot matched', changed: 'snapshot changed', written: 'snapshot recorded', missing: 'no snapshot', skipped: '' } as const;

/** `snapshot matched`, `snapshot changed`, `snapshot recorded`; `no snapshot` only when `usesSnapshots`; '' otherwise. */
export function snapshotWord(m: ModelResult, usesSnapshots = false): string {
  const s = m.snapshot;
  if (!s) return '';
  if (s.status === 'missing' && !usesSnapshots) return '';
  return WORDS[s.status];
}

/** Whether any model of the run has a snapshot on disk (recorded now or before). */
export function usesSnapshots(models: readonly ModelResult[]): boolean {
  return models.some((m) => m.snapshot && m.snapshot.status !== 'missing' && m.snapshot.status !== 'skipped');
}
