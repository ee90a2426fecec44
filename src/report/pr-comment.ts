// The PR comment (and, with a larger budget, the job summary): the verdict line, a table of models,
// per model that needs attention its findings grouped by kind in collapsible sections, the smoke
// result, a picture of the problem layers, and links to the run. It fits its byte budget by showing
// less detail in stages, always dropping whole rows and sections, never cutting a table in half.
// With many models it stays within GitHub's comment column: the model table shows paths from the
// folder they share and says why each failing model fails in one line; text many models share is
// written once. Paths are the repository's (comment-paths.ts), in free text too. Everything that came
// from a file goes through markdown.ts.
import { changeLines, changedModels, pullRequestLine, trendTag } from './base-words.js';
import { usesSnapshots } from './snapshot-words.js';
import { effectiveStatus, type CheckReport, type ModelResult, type ModelStatus } from '../check/report.js';
import type { Trend } from '../check/trend.js';
import { isAre, noun, plural } from '../text/grammar.js';
import { capList, capName, clip, firstLine, moreText, nameList } from './cap.js';
import { ICON, findingsCell, runNotes, smokeCell, verdictLine } from './model-cells.js';
import { displayPath, displayText, relativePath } from './comment-paths.js';
import { breakSlashes, code, escapeMarkdown, prose, proseLines, table } from './markdown.js';
import { layerDiagram } from './mermaid.js';
import { findingRow, SEVERITY_ICON } from './render-markdown.js';
import { smokeMarkdown } from './smoke-lines.js';
import { coverageText, differenceLine, findingNames, hintLines, leadFinding, reportNames, sections, type Section } from './sections.js';
import type { Finding } from '../diff/index.js';

export interface Link {
  label: string;
  url: string;
}

export interface CommentOptions {
  /** GitHub refuses comments over 65,536 characters and job summaries over 1 MiB; bytes ≥ characters. */
  maxBytes: number;
  /** Paths are shown relative to this folder (the repository). */
  root: string;
  /**
   * `repository` (the Action): relative to `root`, a runner's workspace cut, never `../`; `local` (the
   * CLI's `--markdown`): relative to `root`, the working directory, `../` included.
   */
  paths: 'repository' | 'local';
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

const DEFAULTS: CommentOptions = { maxBytes: COMMENT_BYTES, root: process.cwd(), paths: 'repository', links: [], maxRows: 50, baseRef: 'the base' };

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

/** `model-v2` before `model-v10`: runs of digits compare as numbers, the rest by code unit (no locale). */
function naturalOrder(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (i % 2 === 1 && x.length <= 15 && y.length <= 15) return Number(x) - Number(y) || (x < y ? -1 : 1);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

export function renderComment(report: CheckReport, options: Partial<CommentOptions> = {}): string {
  const o = { ...DEFAULTS, ...(report.base ? { baseRef: report.base.ref } : {}), ...options };
  // Worst first; among equals, what this pull request broke before what the base already had.
  const ordered = [...report.models].sort((a, b) => RANK[effectiveStatus(a)] - RANK[effectiveStatus(b)]
    || trendRank(a) - trendRank(b) || naturalOrder(a.id, b.id));
  const problems = ordered.filter((m) => effectiveStatus(m) !== 'compatible');
  const prefix = commonFolder(report.models.flatMap((m) => [m.definition, m.weights]).map((p) => shownPath(o, p)));
  const rows: Ctx['rows'] = new Map();
  let text = '';
  for (const d of stages(o, problems.length, ordered.length)) {
    text = render(report, ordered, problems, d, { o, prefix, seen: new Map(), rows });
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

/**
 * What one rendering shares: the options, the folder every path in the tables lies in (said once, in
 * the column's header), and the sentences already shown, so boilerplate that many models share
 * (Keras' message for a kind of finding, optimizer state, a hint) is written once per comment.
 */
interface Ctx {
  o: CommentOptions;
  /** `models/vision/` or ''; paths in the tables are shown from it. */
  prefix: string;
  /** A sentence's form (digits masked) → the model it was first shown for. */
  seen: Map<string, string>;
  /**
   * Table rows already made, by model: a row depends on the model, the options and the prefix only,
   * which every stage of one renderComment shares, and a large report is rendered at up to ~30 stages
   * (5,000 models took 12 s rendering each row again).
   */
  rows: Map<ModelResult, { withSnapshots: boolean; row: string[] }>;
}

/** A path for the reader (see `CommentOptions.paths`). */
function shownPath(o: CommentOptions, p: string | undefined): string {
  return o.paths === 'local' ? relativePath(p, o.root) : displayPath(p, o.root);
}

/** Free text for the reader: the runner's paths cut to the repository. */
function text(ctx: Ctx, t: string): string {
  return displayText(t, ctx.o.root, (p) => shownPath(ctx.o, p));
}

/** The model a sentence of the same form was shown for already, or undefined (and it is now shown for `id`). */
function shownFor(ctx: Ctx, sentence: string, id: string): string | undefined {
  const key = sentence.replace(/\d+/g, '#');
  const first = ctx.seen.get(key);
  if (first === undefined) ctx.seen.set(key, id);
  return first;
}

function render(report: CheckReport, ordered: ModelResult[], problems: ModelResult[], d: Detail, ctx: Ctx): string {
  const { o } = ctx;
  const out: string[] = [];
  if (o.marker) out.push(o.marker);
  out.push(verdictLine(report), '');
  const prLine = pullRequestLine(report);
  if (prLine) out.push(`**This pull request:** ${prose(text(ctx, prLine))}`, '');
  out.push(...runNotes(report, (t) => text(ctx, t)));
  if (report.shards) out.push(`⚠️ This report holds shards ${report.shards.indices.join(', ')} of ${report.shards.total} only; the others are missing.`, '');
  const green = problems.length === 0;
  if (green) {
    out.push(...collapsed(`${plural(ordered.length, 'model')} checked`, modelTable(ordered, d.tableRows, ctx)));
  } else if (ordered.length > SPLIT_ABOVE) {
    // Many models: the ones that need attention on top, the compatible ones one click away.
    const fine = ordered.slice(problems.length);
    out.push(...modelTable(problems, d.tableRows, ctx), '');
    const room = Math.max(0, d.tableRows - problems.length);
    if (fine.length && room) out.push(...collapsed(`${fine.length} compatible ${noun(fine.length, 'model')}`, modelTable(fine, room, ctx)));
    else if (fine.length) out.push(...modelTable(fine, 0, ctx), '');
  } else {
    out.push(...modelTable(ordered, d.tableRows, ctx), '');
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
    for (const m of fresh.filter((x) => shown.includes(x))) out.push(...modelSection(m, d, ctx, open));
    const oldShown = old.filter((x) => shown.includes(x));
    if (oldShown.length) out.push(...collapsed(`Already failing on ${escapeMarkdown(report.base?.ref ?? 'the base')} (${old.length})`, oldShown.flatMap((m) => modelSection(m, d, ctx, false))));
    const left = problems.length - Math.min(d.models, problems.length);
    if (left) out.push(`*${left} more ${noun(left, 'model')} with problems ${isAre(left)} listed in the table only.*`, '');
  }
  out.push(...changesSection(report, d, ctx));
  if (!isFull(d, o, problems.length, ordered.length)) {
    out.push(`*Some details are left out to fit a GitHub comment; the job summary${o.links[0] ? ` of ${linkText(o.links[0])}` : ''} has the full report.*`, '');
  }
  out.push(footer(report, o));
  return `${out.join('\n')}\n`;
}

/** Models that still load but changed since the base: retrained weights, moved outputs, a changed config. */
function changesSection(report: CheckReport, d: Detail, ctx: Ctx): string[] {
  const changed = changedModels(report);
  if (!changed.length) return [];
  const { shown, more } = capList(changed, d.rows > 0 ? 50 : 10);
  const lines = shown.flatMap((m) => [`- **${escapeMarkdown(capName(m.id))}**`, ...changeLines(m.changes).map((l) => `  - ${prose(text(ctx, l))}`)]);
  if (more) lines.push(`- ${moreText(more, 'model')}`);
  return [`**Changed since ${escapeMarkdown(report.base?.ref ?? 'the base')}** (${plural(changed.length, 'model')})`, '', ...lines, ''];
}

function collapsed(summary: string, body: string[]): string[] {
  return [`<details><summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}

const isUrl = (p: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(p);

/** The folder (`models/vision/`) every local path lies in, '' when they share none. */
function commonFolder(paths: readonly string[]): string {
  const dirs = paths.filter((p) => p && !isUrl(p)).map((p) => p.split('/').slice(0, -1));
  const [first] = dirs;
  if (!first) return '';
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && d[i] === first[i]) i++;
    n = i;
  }
  return n ? `${first.slice(0, n).join('/')}/` : '';
}

/** Paths up to this long stay on one line in a table cell; longer ones may wrap after a slash. */
const UNBROKEN_PATH = 48;
/** Model names up to this long stay whole; longer ones may wrap after a slash or an underscore. */
const UNBROKEN_NAME = 24;

/** A path in a table cell: from the common folder; a long one may wrap after its slashes. */
function pathCode(p: string, ctx: Ctx): string {
  const shown = !isUrl(p) && ctx.prefix && p.startsWith(ctx.prefix) ? p.slice(ctx.prefix.length) : p;
  const escaped = escapeMarkdown(shown);
  return `<code>${shown.length > UNBROKEN_PATH ? breakSlashes(escaped) : escaped}</code>`;
}

const dirOf = (p: string): string => p.slice(0, p.lastIndexOf('/') + 1);
const nameOf = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** The weights beside the definition in the same folder: only their name is worth repeating. */
function sameFolder(def: string, w: string): boolean {
  return w !== '' && !isUrl(def) && !isUrl(w) && dirOf(def) === dirOf(w);
}

/**
 * Where a model's files are, narrow enough for GitHub's column: a definition and weights in one
 * folder are that folder and the two names (`vision/resnet/v3/` / `model.json` + `model.weights.h5`);
 * otherwise each path on its own line.
 */
function filesCell(m: ModelResult, ctx: Ctx): string {
  const def = shownPath(ctx.o, m.definition);
  const w = m.weights ? shownPath(ctx.o, m.weights) : '';
  if (sameFolder(def, w)) {
    const folder = dirOf(def);
    const inFolder = folder && folder !== ctx.prefix ? `${pathCode(folder, ctx)}<br>` : '';
    return `${inFolder}${code(nameOf(def))} + ${code(nameOf(w))}`;
  }
  return [pathCode(def, ctx), ...(w ? [pathCode(w, ctx)] : [])].join('<br>');
}

/** Longest one-line reason in the model table; the model's section has the rest. */
const REASON_CHARS = 140;

/** Why a model is not compatible, in one line: its first problem, the difference first. */
function reasonOf(m: ModelResult, ctx: Ctx): string {
  if (m.status === 'error') {
    let line = firstLine(text(ctx, m.error ?? 'unreadable'));
    // The table shows the paths already: a file's name is enough to say which one.
    for (const p of [m.definition, m.weights]) {
      const shown = shownPath(ctx.o, p);
      if (shown.includes('/')) line = line.split(shown).join(nameOf(shown));
    }
    return prose(clip(line, REASON_CHARS), [m.definition, m.weights ?? '']);
  }
  const lead = m.diff && m.status !== 'compatible' ? leadFinding(m.diff) : undefined;
  if (lead) return prose(clip(text(ctx, differenceLine(lead)), REASON_CHARS), findingNames(lead));
  if (m.smoke?.status === 'failed') return `smoke: ${prose(clip(firstLine(text(ctx, m.smoke.reason ?? 'the outputs are wrong')), REASON_CHARS))}`;
  return '';
}

function modelTable(ordered: ModelResult[], rows: number, ctx: Ctx): string[] {
  const shown = ordered.slice(0, rows);
  const withSnapshots = usesSnapshots(ordered);
  const files = ctx.prefix ? `files in ${code(ctx.prefix)}` : 'files';
  const lines = table(['', 'model', files, 'findings', 'smoke'], shown.map((m) => {
    const made = ctx.rows.get(m);
    if (made?.withSnapshots === withSnapshots) return made.row;
    const reason = effectiveStatus(m) === 'compatible' ? '' : reasonOf(m, ctx);
    const counts = [findingsCell(m), trendTag(m, ctx.o.baseRef)].filter(Boolean).join(' · ');
    const row = [
      ICON[effectiveStatus(m)],
      m.id.length > UNBROKEN_NAME ? breakSlashes(escapeMarkdown(capName(m.id))) : escapeMarkdown(m.id),
      filesCell(m, ctx),
      reason ? `**${counts}**: ${reason}` : counts,
      smokeCell(m, withSnapshots),
    ];
    ctx.rows.set(m, { withSnapshots, row });
    return row;
  }));
  const rest = ordered.slice(rows);
  if (!rest.length) return lines;
  const counts = new Map<ModelStatus, number>();
  for (const m of rest) counts.set(effectiveStatus(m), (counts.get(effectiveStatus(m)) ?? 0) + 1);
  const words: Record<ModelStatus, string> = { compatible: 'compatible', warnings: 'with warnings', incompatible: 'incompatible', error: 'unreadable' };
  const parts = [...counts].map(([s, n]) => `${n} ${words[s]}`);
  return [...(shown.length ? [...lines, ''] : []), `${moreText(rest.length, 'model')} (${parts.join(', ')}).`];
}

function modelSection(m: ModelResult, d: Detail, ctx: Ctx, open: boolean): string[] {
  const { o } = ctx;
  const st = effectiveStatus(m);
  const def = shownPath(o, m.definition);
  const w = m.weights ? shownPath(o, m.weights) : '';
  const where = `${code(def)}${w ? ` + ${code(sameFolder(def, w) ? nameOf(w) : w)}` : ''}`;
  const out = [`<details${open && st !== 'warnings' ? ' open' : ''}><summary>${ICON[st]} <b>${escapeMarkdown(capName(m.id))}</b> · ${findingsCell(m)} · ${where}</summary>`, ''];
  if (m.status === 'error') out.push(`> ${proseLines(text(ctx, m.error ?? 'unreadable'), [m.definition, m.weights ?? ''])}`, '');
  if (m.diff) {
    const r = m.diff;
    out.push(`**Loader:** ${escapeMarkdown(r.loader.rule)} rule, as ${code(r.loader.call)}  `, `**Coverage:** ${escapeMarkdown(coverageText(r))}`, '');
    const all = sections(r);
    for (const s of all) out.push(...sectionLines(s, d, ctx, m.id));
    if (r.loaderError && d.rows > 0 && !all.some((s) => s.findings[0].message === r.loaderError)) {
      const who = r.loader.runtime === 'tfjs' ? 'TF.js' : 'Keras';
      const before = shownFor(ctx, r.loaderError, m.id);
      out.push(...(before === undefined
        ? [`<details><summary>What ${who} raises</summary>`, '', `> ${proseLines(text(ctx, r.loaderError), reportNames(r))}`, '', '</details>', '']
        : [`*${who} raises the message shown for <b>${escapeMarkdown(capName(before))}</b>, with this model's names and shapes.*`, '']));
    }
    const hints = capList(hintLines(r), Math.max(d.rows, 10));
    if (hints.shown.length) {
      const names = reportNames(r);
      out.push('**Hints**', '');
      for (const h of hints.shown) {
        const about = h.about ? `${code(capName(h.about, 200))}: ` : '';
        const before = d.rows > 0 ? shownFor(ctx, `hint\0${h.about}\0${h.text}`, m.id) : undefined;
        out.push(`- ${about}${before === undefined ? prose(text(ctx, h.text), [h.about, ...names]) : `the same hint as for <b>${escapeMarkdown(capName(before))}</b>`}`);
      }
      if (hints.more) out.push(`- ${moreText(hints.more, 'hint')}`);
      out.push('');
    }
  }
  out.push(...smokeLines(m, d, ctx));
  const diagram = d.diagrams ? layerDiagram(m) : undefined;
  if (diagram) {
    const part = diagram.shown < diagram.total ? `, ${diagram.shown} of ${diagram.total} layers: the problems and their neighbours` : '';
    out.push(`<details><summary>Layer graph (problem layers highlighted${part})</summary>`, '', ...diagram.lines, '', '</details>', '');
  }
  out.push('</details>', '');
  return out;
}

function sectionLines(s: Section, d: Detail, ctx: Ctx, id: string): string[] {
  const title = `${SEVERITY_ICON[s.worst]} ${escapeMarkdown(s.title)} (${s.findings.length})`;
  if (d.rows === 0) {
    const layers = [...new Set(s.findings.map((f) => f.layer).filter(Boolean))];
    const named = escapeMarkdown(nameList(layers, 5));
    return [`- ${title}${named ? `: ${named}` : ''}`, ''];
  }
  const sentence = (f: Finding): string => {
    // Said once per comment: later models give their own figure and point to the explanation.
    const before = shownFor(ctx, f.message, id);
    return before === undefined
      ? `- ${SEVERITY_ICON[f.severity]} ${proseLines(text(ctx, f.message), findingNames(f))}`
      : `- ${SEVERITY_ICON[f.severity]} ${escapeMarkdown(s.title)}: ${escapeMarkdown(f.actual)}, as explained for <b>${escapeMarkdown(capName(before))}</b>`;
  };
  const first = s.findings[0];
  const quoted = !s.sentencesOnly && shownFor(ctx, first.message, id) === undefined;
  const body = s.sentencesOnly
    ? [...s.findings.slice(0, d.rows).map(sentence),
        ...(s.findings.length > d.rows ? [`- ${moreText(s.findings.length - d.rows)}`] : [])]
    : [
        ...table(['', 'Layer', ...(s.hasWeight ? ['Weight'] : []), 'Model', 'File', 'Note'], s.findings.slice(0, d.rows).map((f) => findingRow(f, s))),
        ...(s.findings.length > d.rows ? ['', `${moreText(s.findings.length - d.rows)}.`] : []),
        // The loader's words for what the rows mean, once per comment (the rows carry each model's values).
        ...(quoted ? ['', `> ${proseLines(text(ctx, first.message), findingNames(first))}`] : []),
      ];
  return [`<details${s.worst === 'info' ? '' : ' open'}><summary>${title}</summary>`, '', ...body, '', '</details>', ''];
}

function smokeLines(m: ModelResult, d: Detail, ctx: Ctx): string[] {
  if (!m.smoke) return [];
  // Skipped before any engine started: the reason is the whole story.
  if (m.smoke.engine === 'none') return [`**Smoke inference skipped:** ${prose(text(ctx, m.smoke.reason ?? ''))}`, ''];
  const md = smokeMarkdown(m.smoke, (t) => text(ctx, t));
  // The per-output table matters when the run failed; otherwise the one line says it all.
  return [m.smoke.status === 'failed' && d.rows > 0 ? md : firstLine(md), ''];
}

/** A Markdown link destination: http(s) only (else undefined), characters that would end it percent-encoded. */
export function linkDestination(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  return url.replace(/[\s()<>[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function linkText(l: Link): string {
  const url = linkDestination(l.url);
  return url ? `[${escapeMarkdown(l.label)}](${url})` : escapeMarkdown(l.label);
}

function footer(report: CheckReport, o: CommentOptions): string {
  const n = report.summary.models;
  const parts = [`weightgate ${escapeMarkdown(report.tool.version)}`, `${plural(n, 'model')} in ${report.seconds.toFixed(1)} s`, ...o.links.map(linkText)];
  return `<sub>${parts.join(' · ')}</sub>`;
}
