// The PR comment (and, with a larger budget, the job summary): the verdict line, a table of models,
// per model that needs attention its findings grouped by kind in collapsible sections, the smoke
// result, a picture of the problem layers, and links to the run. It fits its byte budget by showing
// less detail in stages, always dropping whole rows and sections, never cutting a table in half.
// Everything that came from a file goes through markdown.ts.
import { changeLines, changedModels, pullRequestLine, trendTag } from './base-words.js';
import { usesSnapshots } from './snapshot-words.js';
import { effectiveStatus, type CheckReport, type ModelResult, type ModelStatus } from '../check/report.js';
import type { Trend } from '../check/trend.js';
import { isAre, noun, plural } from '../text/grammar.js';
import { capList, capName, firstLine, moreText, nameList } from './cap.js';
import { ICON, findingsCell, runNotes, smokeCell, verdictLine } from './check-markdown.js';
import { displayPath, shortenLeadingPath } from './comment-paths.js';
import { code, escapeMarkdown, escapeMultiline, table } from './markdown.js';
import { layerDiagram } from './mermaid.js';
import { findingRow, SEVERITY_ICON } from './render-markdown.js';
import { smokeMarkdown } from './smoke-lines.js';
import { coverageText, hintLines, sections, type Section } from './sections.js';

export interface Link {
  label: string;
  url: string;
}

export interface CommentOptions {
  /** GitHub refuses comments over 65,536 characters and job summaries over 1 MiB; bytes ≥ characters. */
  maxBytes: number;
  /** Paths are shown relative to this folder (the repository). */
  root: string;
  /** A hidden first line that lets a later run find this text again. */
  marker?: string;
  /** Where the full story is: the workflow run, the job summary. */
  links: Link[];
  /** Rows per kind of finding at full detail. */
  maxRows: number;
  /** The base branch's name, for `already on main` (set from the report's base). */
  baseRef: string;
}

export const COMMENT_BYTES = 60_000;
export const SUMMARY_BYTES = 1_000_000;

const DEFAULTS: CommentOptions = { maxBytes: COMMENT_BYTES, root: process.cwd(), links: [], maxRows: 50, baseRef: 'the base' };

/** How much is shown; each stage of `stages()` shows less than the one before. */
interface Detail {
  rows: number;
  diagrams: boolean;
  /** Problem models that get their own section. */
  models: number;
  /** Rows of the model table, problems first. */
  tableRows: number;
}

/** Above this many models the compatible ones get a table of their own, collapsed. */
const SPLIT_ABOVE = 10;

const RANK: Record<ModelStatus, number> = { error: 0, incompatible: 1, warnings: 2, compatible: 3 };

const TREND_RANK: Record<Trend, number> = { introduced: 0, 'new-model': 1, unchanged: 2, fixed: 3, 'pre-existing': 4, 'removed-model': 5 };

function trendRank(m: ModelResult): number {
  return m.trend ? TREND_RANK[m.trend] : 2;
}

export function renderComment(report: CheckReport, options: Partial<CommentOptions> = {}): string {
  const o = { ...DEFAULTS, ...(report.base ? { baseRef: report.base.ref } : {}), ...options };
  // Worst first; among equals, what this pull request broke before what the base already had.
  const ordered = [...report.models].sort((a, b) => RANK[effectiveStatus(a)] - RANK[effectiveStatus(b)]
    || trendRank(a) - trendRank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const problems = ordered.filter((m) => effectiveStatus(m) !== 'compatible');
  let text = '';
  for (const d of stages(o, problems.length, ordered.length)) {
    text = render(report, ordered, problems, d, o);
    if (Buffer.byteLength(text) <= o.maxBytes) return text;
  }
  return text;
}

function* stages(o: CommentOptions, problems: number, models: number): Generator<Detail> {
  const full: Detail = { rows: o.maxRows, diagrams: true, models: problems, tableRows: models };
  yield full;
  yield { ...full, rows: Math.min(10, o.maxRows) };
  yield { ...full, rows: Math.min(10, o.maxRows), diagrams: false };
  yield { ...full, rows: 0, diagrams: false };
  for (let n = Math.floor(problems / 2); ; n = Math.floor(n / 2)) {
    yield { ...full, rows: 0, diagrams: false, models: n };
    if (n === 0) break;
  }
  // The table keeps its problem rows longest; compatible ones are summed up in one line.
  for (let n = problems || models; ; n = Math.floor(n / 2)) {
    yield { rows: 0, diagrams: false, models: 0, tableRows: n };
    if (n === 0) break;
  }
}

function isFull(d: Detail, o: CommentOptions, problems: number, models: number): boolean {
  return d.rows === o.maxRows && d.diagrams && d.models === problems && d.tableRows === models;
}

function render(report: CheckReport, ordered: ModelResult[], problems: ModelResult[], d: Detail, o: CommentOptions): string {
  const out: string[] = [];
  if (o.marker) out.push(o.marker);
  out.push(verdictLine(report), '');
  const prLine = pullRequestLine(report);
  if (prLine) out.push(`**This pull request:** ${escapeMarkdown(prLine)}`, '');
  out.push(...runNotes(report));
  if (report.shards) out.push(`⚠️ This report holds shards ${report.shards.indices.join(', ')} of ${report.shards.total} only; the others are missing.`, '');
  const green = problems.length === 0;
  if (green) {
    out.push(...collapsed(`${plural(ordered.length, 'model')} checked`, modelTable(ordered, d.tableRows, o)));
  } else if (ordered.length > SPLIT_ABOVE) {
    // Many models: the ones that need attention on top, the compatible ones one click away.
    const fine = ordered.slice(problems.length);
    out.push(...modelTable(problems, d.tableRows, o), '');
    const room = Math.max(0, d.tableRows - problems.length);
    if (fine.length && room) out.push(...collapsed(`${fine.length} compatible ${noun(fine.length, 'model')}`, modelTable(fine, room, o)));
    else if (fine.length) out.push(...modelTable(fine, 0, o), '');
  } else {
    out.push(...modelTable(ordered, d.tableRows, o), '');
  }
  if (!green) {
    // What this pull request broke comes first; what was already failing on the base waits for a
    // click, so old problems do not drown new ones.
    const baseKnown = report.base !== undefined && report.base.unavailable === undefined;
    const old = baseKnown ? problems.filter((m) => m.trend === 'pre-existing') : [];
    const fresh = problems.filter((m) => !old.includes(m));
    // A few problem models open as they are; many would bury the table, so they wait for a click.
    const open = fresh.length <= 3;
    const shown = problems.slice(0, d.models);
    for (const m of fresh.filter((x) => shown.includes(x))) out.push(...modelSection(m, d, o, open));
    const oldShown = old.filter((x) => shown.includes(x));
    if (oldShown.length) out.push(...collapsed(`Already failing on ${escapeMarkdown(report.base?.ref ?? 'the base')} (${old.length})`, oldShown.flatMap((m) => modelSection(m, d, o, false))));
    const left = problems.length - Math.min(d.models, problems.length);
    if (left) out.push(`*${left} more ${noun(left, 'model')} with problems ${isAre(left)} listed in the table only.*`, '');
  }
  out.push(...changesSection(report, d));
  if (!isFull(d, o, problems.length, ordered.length)) {
    out.push(`*Some details are left out to fit a GitHub comment; the job summary${o.links[0] ? ` of ${linkText(o.links[0])}` : ''} has the full report.*`, '');
  }
  out.push(footer(report, o));
  return `${out.join('\n')}\n`;
}

/** Models that still load but changed since the base: retrained weights, moved outputs, a changed config. */
function changesSection(report: CheckReport, d: Detail): string[] {
  const changed = changedModels(report);
  if (!changed.length) return [];
  const { shown, more } = capList(changed, d.rows > 0 ? 50 : 10);
  const lines = shown.flatMap((m) => [`- **${escapeMarkdown(capName(m.id))}**`, ...changeLines(m.changes).map((l) => `  - ${escapeMarkdown(l)}`)]);
  if (more) lines.push(`- ${moreText(more, 'model')}`);
  return [`**Changed since ${escapeMarkdown(report.base?.ref ?? 'the base')}** (${plural(changed.length, 'model')})`, '', ...lines, ''];
}

function collapsed(summary: string, body: string[]): string[] {
  return [`<details><summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}

function modelTable(ordered: ModelResult[], rows: number, o: CommentOptions): string[] {
  const shown = ordered.slice(0, rows);
  const withSnapshots = usesSnapshots(ordered);
  const lines = table(['', 'model', 'definition', 'weights', 'findings', 'smoke'], shown.map((m) => [
    ICON[effectiveStatus(m)],
    escapeMarkdown(capName(m.id)),
    code(displayPath(m.definition, o.root)),
    m.weights ? code(displayPath(m.weights, o.root)) : '(same file)',
    [findingsCell(m), trendTag(m, o.baseRef)].filter(Boolean).join(' · '),
    smokeCell(m, withSnapshots),
  ]));
  const rest = ordered.slice(rows);
  if (!rest.length) return lines;
  const counts = new Map<ModelStatus, number>();
  for (const m of rest) counts.set(effectiveStatus(m), (counts.get(effectiveStatus(m)) ?? 0) + 1);
  const words: Record<ModelStatus, string> = { compatible: 'compatible', warnings: 'with warnings', incompatible: 'incompatible', error: 'unreadable' };
  const parts = [...counts].map(([s, n]) => `${n} ${words[s]}`);
  return [...(shown.length ? [...lines, ''] : []), `${moreText(rest.length, 'model')} (${parts.join(', ')}).`];
}

function modelSection(m: ModelResult, d: Detail, o: CommentOptions, open: boolean): string[] {
  const st = effectiveStatus(m);
  const where = `${code(displayPath(m.definition, o.root))}${m.weights ? ` vs ${code(displayPath(m.weights, o.root))}` : ''}`;
  const out = [`<details${open && st !== 'warnings' ? ' open' : ''}><summary>${ICON[st]} <b>${escapeMarkdown(capName(m.id))}</b> · ${findingsCell(m)} · ${where}</summary>`, ''];
  if (m.status === 'error') out.push(`> ${escapeMultiline(shortenLeadingPath(m.error ?? 'unreadable', (p) => displayPath(p, o.root)))}`, '');
  if (m.diff) {
    const r = m.diff;
    out.push(`**Loader:** ${escapeMarkdown(r.loader.rule)} rule, as ${code(r.loader.call)}  `, `**Coverage:** ${escapeMarkdown(coverageText(r))}`, '');
    for (const s of sections(r)) out.push(...sectionLines(s, d));
    if (r.loaderError && d.rows > 0) {
      out.push(`<details><summary>What ${r.loader.runtime === 'tfjs' ? 'TF.js' : 'Keras'} raises</summary>`, '', `> ${escapeMultiline(r.loaderError)}`, '', '</details>', '');
    }
    const hints = capList(hintLines(r), Math.max(d.rows, 10));
    if (hints.shown.length) {
      out.push('**Hints**', '');
      for (const h of hints.shown) out.push(`- ${h.about ? `${code(capName(h.about, 200))}: ` : ''}${escapeMarkdown(h.text)}`);
      if (hints.more) out.push(`- ${moreText(hints.more, 'hint')}`);
      out.push('');
    }
  }
  out.push(...smokeLines(m, d));
  const diagram = d.diagrams ? layerDiagram(m) : undefined;
  if (diagram) {
    const part = diagram.shown < diagram.total ? `, ${diagram.shown} of ${diagram.total} layers: the problems and their neighbours` : '';
    out.push(`<details><summary>Layer graph (problem layers highlighted${part})</summary>`, '', ...diagram.lines, '', '</details>', '');
  }
  out.push('</details>', '');
  return out;
}

function sectionLines(s: Section, d: Detail): string[] {
  const title = `${SEVERITY_ICON[s.worst]} ${escapeMarkdown(s.title)} (${s.findings.length})`;
  if (d.rows === 0) {
    const layers = [...new Set(s.findings.map((f) => f.layer).filter(Boolean))];
    const named = escapeMarkdown(nameList(layers, 5));
    return [`- ${title}${named ? `: ${named}` : ''}`, ''];
  }
  const body = s.sentencesOnly
    ? [...s.findings.slice(0, d.rows).map((f) => `- ${SEVERITY_ICON[f.severity]} ${escapeMultiline(f.message)}`),
        ...(s.findings.length > d.rows ? [`- ${moreText(s.findings.length - d.rows)}`] : [])]
    : [
        ...table(['', 'Layer', ...(s.hasWeight ? ['Weight'] : []), 'Model', 'File', 'Note'], s.findings.slice(0, d.rows).map((f) => findingRow(f, s))),
        ...(s.findings.length > d.rows ? ['', `${moreText(s.findings.length - d.rows)}.`] : []),
        '',
        `> ${escapeMultiline(s.findings[0].message)}`,
      ];
  return [`<details${s.worst === 'info' ? '' : ' open'}><summary>${title}</summary>`, '', ...body, '', '</details>', ''];
}

function smokeLines(m: ModelResult, d: Detail): string[] {
  if (!m.smoke) return [];
  // Skipped before any engine started: the reason is the whole story.
  if (m.smoke.engine === 'none') return [`**Smoke inference skipped:** ${escapeMarkdown(m.smoke.reason ?? '')}`, ''];
  const text = smokeMarkdown(m.smoke);
  // The per-output table matters when the run failed; otherwise the one line says it all.
  return [m.smoke.status === 'failed' && d.rows > 0 ? text : firstLine(text), ''];
}

/** Only http(s) links; characters that would end a Markdown link destination are percent-encoded. */
export function linkText(l: Link): string {
  if (!/^https?:\/\//i.test(l.url)) return escapeMarkdown(l.label);
  const url = l.url.replace(/[\s()<>[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(l.label)}](${url})`;
}

function footer(report: CheckReport, o: CommentOptions): string {
  const n = report.summary.models;
  const parts = [`weightgate ${escapeMarkdown(report.tool.version)}`, `${plural(n, 'model')} in ${report.seconds.toFixed(1)} s`, ...o.links.map(linkText)];
  return `<sub>${parts.join(' · ')}</sub>`;
}
