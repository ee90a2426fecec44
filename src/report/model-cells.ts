// The words a check's Markdown shares between its renderers (the PR comment, the job summary, the
// CLI's `--markdown`, the tracking issue): the status icons, the verdict line, a model's findings and
// smoke cells, and the run-wide notes. Names from files are escaped.
import { snapshotWord } from './snapshot-words.js';
import type { CheckReport, ModelResult } from '../check/report.js';
import { plural } from '../text/grammar.js';
import { capList, moreText } from './cap.js';
import { escapeMarkdown, prose } from './markdown.js';

export const ICON = { compatible: '✅', warnings: '⚠️', incompatible: '❌', error: '❌' } as const;

export function smokeCell(m: ModelResult, withSnapshots = false): string {
  const s = m.smoke;
  if (!s) return '—';
  if (s.status === 'skipped') return `skipped`;
  const snapshot = snapshotWord(m, withSnapshots);
  const shown = m.snapshot?.status === 'changed' ? `**${snapshot}**` : snapshot;
  return `${s.status === 'passed' ? 'passed' : '**failed**'} (${escapeMarkdown(s.engine ?? '?')})${shown ? `, ${shown}` : ''}`;
}

export function findingsCell(m: ModelResult): string {
  if (m.status === 'error') return 'unreadable';
  const c = m.diff?.counts;
  if (!c) return '';
  return [c.error ? plural(c.error, 'error') : '', c.warning ? plural(c.warning, 'warning') : '', c.info ? `${c.info} info` : ''].filter(Boolean).join(', ') || 'none';
}

export function verdictLine(r: CheckReport): string {
  const s = r.summary;
  if (r.verdict === 'compatible') return `${ICON.compatible} **weightgate: ${s.models === 1 ? '1 model' : `all ${plural(s.models, 'model')}`} compatible**`;
  const parts = [s.incompatible ? `${s.incompatible} incompatible` : '', s.error ? `${s.error} unreadable` : '', s.warnings ? `${s.warnings} with warnings` : '', s.compatible ? `${s.compatible} compatible` : ''].filter(Boolean);
  return `${ICON[r.verdict]} **weightgate: ${parts.join(', ')}** (of ${s.models})`;
}

/** Run-wide notes (a config limit the workflow did not allow, …), one quoted paragraph each; `show` words them for the reader. */
export function runNotes(r: CheckReport, show: (text: string) => string): string[] {
  const { shown, more } = capList(r.notes ?? [], 20);
  if (!shown.length) return [];
  // Each note its own paragraph: consecutive `>` lines would run together into one.
  return [...shown.flatMap((n, i) => [...(i ? ['>'] : []), `> ⚠️ ${prose(show(n))}`]), ...(more ? ['>', `> ${moreText(more, 'note')}`] : []), ''];
}
