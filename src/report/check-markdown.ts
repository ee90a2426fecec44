// `weightgate check` as Markdown (job summary, PR comment): the verdict line, a table of models, and
// per model that needs attention its diff in a collapsible section. Names from files are escaped.
import path from 'node:path';
import { effectiveStatus, type CheckReport, type ModelResult } from '../check/report.js';
import { code, escapeMarkdown, table } from './markdown.js';
import { renderMarkdown } from './render-markdown.js';

export const ICON = { compatible: '✅', warnings: '⚠️', incompatible: '❌', error: '❌' } as const;

function shortPath(p: string | undefined, root: string): string {
  if (!p) return '';
  return /^[a-z-]+:\/\//i.test(p) ? p : path.relative(root, p) || path.basename(p);
}

export function smokeCell(m: ModelResult): string {
  const s = m.smoke;
  if (!s) return '—';
  if (s.status === 'skipped') return `skipped`;
  return `${s.status === 'passed' ? 'passed' : '**failed**'} (${escapeMarkdown(s.engine ?? '?')})`;
}

export function findingsCell(m: ModelResult): string {
  if (m.status === 'error') return 'unreadable';
  const c = m.diff?.counts;
  if (!c) return '';
  return [c.error ? `${c.error} error${c.error === 1 ? '' : 's'}` : '', c.warning ? `${c.warning} warning${c.warning === 1 ? '' : 's'}` : '', c.info ? `${c.info} info` : ''].filter(Boolean).join(', ') || 'none';
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
  if (r.verdict === 'compatible') return `${ICON.compatible} **weightgate: all ${s.models} model${s.models === 1 ? '' : 's'} compatible**`;
  const parts = [s.incompatible ? `${s.incompatible} incompatible` : '', s.error ? `${s.error} unreadable` : '', s.warnings ? `${s.warnings} with warnings` : '', s.compatible ? `${s.compatible} compatible` : ''].filter(Boolean);
  return `${ICON[r.verdict]} **weightgate: ${parts.join(', ')}** (of ${s.models})`;
}

export function renderCheckMarkdown(r: CheckReport, o: Partial<CheckMarkdownOptions> = {}): string {
  const opts: CheckMarkdownOptions = { root: process.cwd(), maxBytes: 60_000, ...o };
  const head = [verdictLine(r), ''];
  const rows = r.models.map((m) => [
    ICON[effectiveStatus(m)], escapeMarkdown(m.id), code(shortPath(m.definition, opts.root)), m.weights ? code(shortPath(m.weights, opts.root)) : '(same file)', findingsCell(m), smokeCell(m),
  ]);
  const modelTable = table(['', 'model', 'definition', 'weights', 'findings', 'smoke'], rows);
  const foot = [`<sub>weightgate ${escapeMarkdown(r.tool.version)} · ${r.summary.models} models in ${r.seconds.toFixed(1)} s${opts.runUrl ? ` · [run](${opts.runUrl})` : ''}</sub>`];

  const details: string[][] = r.models.filter((m) => effectiveStatus(m) !== 'compatible').map((m) => detailsOf(m));
  // Degrade in stages: full details, then details for the worst models only, then the table alone.
  const assemble = (sections: string[][], note?: string) => [...head, ...modelTable, '', ...sections.flat(), ...(note ? [note, ''] : []), ...foot].join('\n');
  let text = assemble(details);
  let kept = details.length;
  while (Buffer.byteLength(text) > opts.maxBytes && kept > 0) {
    kept = Math.floor(kept / 2);
    text = assemble(details.slice(0, kept), `*${details.length - kept} more model report(s) left out to fit GitHub's size limit; see the job summary or the JSON report.*`);
  }
  return text;
}

function detailsOf(m: ModelResult): string[] {
  const st = effectiveStatus(m);
  const body: string[] = [];
  if (m.status === 'error') body.push(escapeMarkdown(m.error ?? ''));
  if (m.diff) body.push(renderMarkdown(m.diff, { headingLevel: 4 }));
  if (m.smoke?.status === 'failed') {
    body.push(`**Smoke inference failed** on ${escapeMarkdown(m.smoke.engine ?? '?')}: ${escapeMarkdown(m.smoke.reason ?? '')}`);
    const rows = (m.smoke.outputs ?? []).map((o) => [escapeMarkdown(o.name), String(o.finite), o.maxAbsDiff?.toExponential(2) ?? '', o.tolerance ? `atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol}` : '']);
    if (rows.length) body.push(table(['output', 'finite', 'max abs diff', 'tolerance'], rows).join('\n'));
  }
  return [`<details${st === 'compatible' ? '' : ' open'}><summary>${ICON[st]} ${escapeMarkdown(m.id)}</summary>`, '', ...body, '', '</details>', ''];
}
