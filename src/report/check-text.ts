// `weightgate check` on a terminal: a line per model as it finishes, the full diff for each model
// that needs attention, and a closing summary (counts by verdict, time).
import { TREND_WORDS, changeLines, changedModels, trendSummary } from './base-words.js';
import { snapshotWord } from './snapshot-words.js';
import { effectiveStatus, type CheckReport, type ModelResult, type ModelStatus } from '../check/report.js';
import { plural } from '../text/grammar.js';
import { capLine, capList, capName, firstLine, maxOf, moreText } from './cap.js';
import { relativePath, shortenLeadingPath } from './comment-paths.js';
import { renderText, sanitizeTerminal, textBlock } from './text.js';

const MARK = { compatible: '✔', warnings: '⚠', incompatible: '✖', error: '✖' } as const;
/** A model's status and the run's verdict in words (`warnings` and `error` are the JSON's ids). */
const STATUS_WORDS: Record<ModelStatus, string> = { compatible: 'compatible', warnings: 'compatible with warnings', incompatible: 'incompatible', error: 'unreadable' };

/** The model's error, its file relative to `root` like the paths around it. */
function errorOf(m: ModelResult, root: string): string {
  return shortenLeadingPath(m.error ?? '', (p) => relativePath(p, root));
}

function smokeText(m: ModelResult): string {
  const s = m.smoke;
  if (!s) return '';
  if (s.status === 'skipped') return `; smoke skipped${s.reason ? ` (${s.reason})` : ''}`;
  const worst = maxOf((s.outputs ?? []).map((o) => o.maxAbsDiff ?? 0), 0);
  const snapshot = snapshotWord(m);
  return `; smoke ${s.status} on ${s.engine ?? '?'}${worst ? ` (max |Δ| ${worst.toExponential(1)})` : ''}${snapshot ? `, ${snapshot}` : ''}`;
}

/** ` (1 error, 2 warnings)`: the counts that are not zero, or nothing. */
function countsOf(m: ModelResult): string {
  const c = m.diff?.counts;
  const parts = c ? [c.error ? plural(c.error, 'error') : '', c.warning ? plural(c.warning, 'warning') : ''].filter(Boolean) : [];
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** One line for a model; paths relative to `root` (the working directory by default). */
export function modelLine(m: ModelResult, root = process.cwd()): string {
  const st = effectiveStatus(m);
  const what = m.status === 'error'
    ? `unreadable: ${firstLine(errorOf(m, root))}`
    : `${STATUS_WORDS[st]}${countsOf(m)}${smokeText(m)}`;
  const trend = m.trend && m.trend !== 'unchanged' ? `  · ${TREND_WORDS[m.trend]}` : '';
  return sanitizeTerminal(`${MARK[st]} ${capName(m.id)}  ${what}${trend}  [${m.seconds.toFixed(1)}s]`);
}

export function summaryLine(r: CheckReport): string {
  const s = r.summary;
  const parts = [`${s.compatible} compatible`, `${s.warnings} with warnings`, `${s.incompatible} incompatible`, `${s.error} unreadable`];
  return `${MARK[r.verdict]} ${plural(s.models, 'model')}: ${parts.join(', ')} — ${STATUS_WORDS[r.verdict]} in ${r.seconds.toFixed(1)}s`;
}

/** The text report; paths relative to `root` (the working directory by default). */
export function renderCheckText(r: CheckReport, opts: { color?: boolean; lines?: boolean; root?: string } = {}): string {
  const root = opts.root ?? process.cwd();
  const out: string[] = [];
  if (opts.lines !== false) out.push(...r.models.map((m) => modelLine(m, root)));
  for (const m of r.models) {
    const st = effectiveStatus(m);
    if (st === 'compatible') continue;
    out.push('', `── ${sanitizeTerminal(capName(m.id))}: ${relativePath(m.definition, root)}${m.weights ? ` + ${relativePath(m.weights, root)}` : ''} ──`);
    // The error's lines (the cause, then `→ the fix`) stay lines.
    if (m.status === 'error') out.push(...textBlock('  ', errorOf(m, root)));
    if (m.diff) out.push(renderText(m.diff, { color: opts.color ?? false }).trimEnd());
    if (m.smoke?.status === 'failed') {
      out.push(...textBlock(`smoke failed on ${sanitizeTerminal(m.smoke.engine)}: `, m.smoke.reason ?? '', '  '));
      const outputs = capList(m.smoke.outputs ?? [], 20);
      for (const o of outputs.shown) {
        if (o.problem) out.push(...textBlock(`  output ${sanitizeTerminal(capName(o.name))}: `, o.problem, '    '));
        else if (o.maxAbsDiff !== undefined) out.push(`  output ${sanitizeTerminal(capName(o.name))}: max |a-b| = ${o.maxAbsDiff.toExponential(2)}${o.tolerance ? ` (atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol})` : ''}${o.finite ? '' : ', not finite'}`);
      }
      if (outputs.more) out.push(`  ${moreText(outputs.more, 'output')}`);
    }
  }
  const changed = capList(changedModels(r), 50);
  if (changed.shown.length) out.push('', `Changed since ${r.base?.ref ?? 'the base'}:`);
  for (const m of changed.shown) {
    out.push(`  ${sanitizeTerminal(capName(m.id))}`, ...changeLines(m.changes).map((l) => `    ${sanitizeTerminal(capLine(l))}`));
  }
  if (changed.more) out.push(`  ${moreText(changed.more, 'model')}`);
  for (const m of r.removedModels ?? []) out.push(`  ${sanitizeTerminal(capName(m.id))}: removed from the config (${m.base.verdict} at ${r.base?.ref ?? 'the base'})`);
  const notes = capList(r.notes ?? [], 20);
  for (const n of notes.shown) out.push('', ...textBlock('note: ', n, '  '));
  if (notes.more) out.push(moreText(notes.more, 'note'));
  out.push('', summaryLine(r));
  const trend = trendSummary(r);
  if (trend) out.push(sanitizeTerminal(capLine(trend)));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
}
