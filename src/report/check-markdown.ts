// `weightgate check` as Markdown (job summary, PR comment): the verdict line, a table of models, and
// per model that needs attention its diff in a collapsible section. Names from files are escaped.
import { snapshotWord, usesSnapshots } from './snapshot-words.js';
import { effectiveStatus, type CheckReport, type ModelResult } from '../check/report.js';
import { noun, plural } from '../text/grammar.js';
import { capList, capName, moreText } from './cap.js';
import { displayText, relativePath, shortenLeadingPath } from './comment-paths.js';
import { code, escapeMarkdown, prose, proseLines, table } from './markdown.js';
import { renderMarkdown } from './render-markdown.js';

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

export interface CheckMarkdownOptions {
  /** Paths are shown relative to this folder (the repository root). */
  root: string;
  /** Byte budget for the whole text (GitHub comments stop at 65,536 characters). */
  maxBytes: number;
  runUrl?: string;
}

export function verdictLine(r: CheckReport): string {
  const s = r.summary;
  if (r.verdict === 'compatible') return `${ICON.compatible} **weightgate: ${s.models === 1 ? '1 model' : `all ${plural(s.models, 'model')}`} compatible**`;
  const parts = [s.incompatible ? `${s.incompatible} incompatible` : '', s.error ? `${s.error} unreadable` : '', s.warnings ? `${s.warnings} with warnings` : '', s.compatible ? `${s.compatible} compatible` : ''].filter(Boolean);
  return `${ICON[r.verdict]} **weightgate: ${parts.join(', ')}** (of ${s.models})`;
}

export function renderCheckMarkdown(r: CheckReport, o: Partial<CheckMarkdownOptions> = {}): string {
  const opts: CheckMarkdownOptions = { root: process.cwd(), maxBytes: 60_000, ...o };
  const head = [verdictLine(r), '', ...runNotes(r, (t) => displayText(t, opts.root))];
  const withSnapshots = usesSnapshots(r.models);
  const rows = r.models.map((m) => [
    ICON[effectiveStatus(m)], escapeMarkdown(capName(m.id)), code(relativePath(m.definition, opts.root)), m.weights ? code(relativePath(m.weights, opts.root)) : '(same file)', findingsCell(m), smokeCell(m, withSnapshots),
  ]);
  const modelTable = table(['', 'model', 'definition', 'weights', 'findings', 'smoke'], rows);
  const foot = [`<sub>weightgate ${escapeMarkdown(r.tool.version)} · ${plural(r.summary.models, 'model')} in ${r.seconds.toFixed(1)} s${opts.runUrl ? ` · [run](${opts.runUrl})` : ''}</sub>`];

  const details: string[][] = r.models.filter((m) => effectiveStatus(m) !== 'compatible').map((m) => detailsOf(m, opts.root));
  // Degrade in stages: full details, then details for the worst models only, then the table alone.
  const assemble = (sections: string[][], note?: string) => [...head, ...modelTable, '', ...sections.flat(), ...(note ? [note, ''] : []), ...foot].join('\n');
  let text = assemble(details);
  let kept = details.length;
  while (Buffer.byteLength(text) > opts.maxBytes && kept > 0) {
    kept = Math.floor(kept / 2);
    const left = details.length - kept;
    text = assemble(details.slice(0, kept), `*${left} more model ${noun(left, 'report')} left out to fit GitHub's size limit; see the job summary or the JSON report.*`);
  }
  return text;
}

/** Run-wide notes (a config limit the workflow did not allow, …), one quoted line each. */
export function runNotes(r: CheckReport, show: (text: string) => string): string[] {
  const { shown, more } = capList(r.notes ?? [], 20);
  if (!shown.length) return [];
  // Each note its own paragraph: consecutive `>` lines would run together into one.
  return [...shown.flatMap((n, i) => [...(i ? ['>'] : []), `> ⚠️ ${prose(show(n))}`]), ...(more ? ['>', `> ${moreText(more, 'note')}`] : []), ''];
}

function detailsOf(m: ModelResult, root: string): string[] {
  const st = effectiveStatus(m);
  const body: string[] = [];
  if (m.status === 'error') body.push(proseLines(shortenLeadingPath(m.error ?? '', (p) => relativePath(p, root)), [m.definition, m.weights ?? '']));
  if (m.diff) body.push(renderMarkdown(m.diff, { headingLevel: 4 }));
  if (m.smoke?.status === 'failed') {
    body.push(`**Smoke inference failed** on ${escapeMarkdown(m.smoke.engine ?? '?')}: ${prose(m.smoke.reason ?? '')}`);
    const outputs = capList(m.smoke.outputs ?? [], 20);
    const rows = outputs.shown.map((o) => [escapeMarkdown(capName(o.name)), String(o.finite), o.maxAbsDiff?.toExponential(2) ?? '', o.tolerance ? `atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol}` : '']);
    if (rows.length) body.push(table(['output', 'finite', 'max abs diff', 'tolerance'], rows).join('\n'));
    if (outputs.more) body.push(moreText(outputs.more, 'output'));
  }
  return [`<details${st === 'compatible' ? '' : ' open'}><summary>${ICON[st]} ${escapeMarkdown(capName(m.id))}</summary>`, '', ...body, '', '</details>', ''];
}
