// The report as GitHub Markdown (the PR comment reuses it): one verdict line, the loader facts, a table
// per kind of finding, then hints. Every string that came from a file is escaped (markdown.ts).
import type { DiffReport, Finding, Severity } from '../diff/index.js';
import { capList, capName, moreText } from './cap.js';
import { breakSlashes, code, escapeMarkdown, prose, proseLines, table } from './markdown.js';
import { countsText, coverageText, fileName, findingNames, hintLines, quotedByLoader, reportNames, sections, tag, verdictWord, type Section } from './sections.js';

export interface MarkdownOptions {
  /** Rows per table before the rest is summarised. */
  maxRows: number;
  /** GitHub rejects comments above 65,536 characters; stay under with room for a wrapper. */
  maxBytes: number;
  /** Heading level of the verdict line (0: a bold line, no heading). */
  headingLevel: number;
}

export const DEFAULT_MARKDOWN_OPTIONS: MarkdownOptions = { maxRows: 50, maxBytes: 60_000, headingLevel: 3 };

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };
const VERDICT_ICON = { compatible: '✅', warnings: '⚠️', incompatible: '❌' } as const;

function verdictLine(r: DiffReport, o: MarkdownOptions): string {
  const text = `${VERDICT_ICON[r.verdict]} weightgate: ${verdictWord(r.verdict)} (${countsText(r)}) · ${code(fileName(r.definition.source))} vs ${code(fileName(r.artifact.source))}`;
  return o.headingLevel > 0 ? `${'#'.repeat(o.headingLevel)} ${text}` : `**${text}**`;
}

function facts(r: DiffReport): string[] {
  const lines = [
    `**Loader:** ${escapeMarkdown(r.loader.rule)} rule, as ${code(r.loader.call)}: ${escapeMarkdown(r.loader.reason)}`,
    `**Coverage:** ${escapeMarkdown(coverageText(r))}`,
  ];
  if (r.loader.alignment) lines.push(`**Alignment:** ${escapeMarkdown(r.loader.alignment)}`);
  const out = lines.map((l) => `${l}  `);
  if (r.loaderError) out.push('', `**${r.loader.runtime === 'tfjs' ? 'TF.js' : 'Keras'} raises:**`, '', `> ${proseLines(r.loaderError, reportNames(r))}`);
  return out;
}

/** Weight names longer than this may wrap after a slash in a table cell. */
const WRAP_WEIGHT = 32;

/** One finding as a table row: the diff report and the PR comment show the same columns. */
export function findingRow(f: Finding, s: Section): string[] {
  const cells = [SEVERITY_ICON[f.severity], escapeMarkdown(capName(f.layer || '—'))];
  // A weight's path may wrap after its slashes, so a deep one does not widen the table past the page.
  const weight = capName(f.weight ?? '');
  if (s.hasWeight) cells.push(weight.length > WRAP_WEIGHT ? breakSlashes(escapeMarkdown(weight)) : escapeMarkdown(weight));
  cells.push(escapeMarkdown(f.expected), escapeMarkdown(f.actual), prose([tag(f), f.note ?? ''].filter(Boolean).join('. '), findingNames(f)));
  return cells;
}

function sentenceLines(s: Section, o: MarkdownOptions): string[] {
  const { shown, more } = capList(s.findings, o.maxRows);
  return [`#### ${escapeMarkdown(s.title)}`, '', ...shown.map((f) => `- ${SEVERITY_ICON[f.severity]} ${proseLines(f.message, findingNames(f))}${f.note ? ` ${prose(f.note, findingNames(f))}` : ''}`),
    ...(more ? [`- ${moreText(more)}`] : [])];
}

function sectionLines(s: Section, o: MarkdownOptions, quoted: string): string[] {
  if (s.sentencesOnly) return sentenceLines(s, o);
  const headers = ['', 'Layer', ...(s.hasWeight ? ['Weight'] : []), 'Model', 'File', 'Note'];
  const shown = s.findings.slice(0, o.maxRows);
  const out = [`#### ${escapeMarkdown(s.title)} (${s.findings.length})`, '', ...table(headers, shown.map((f) => findingRow(f, s)))];
  if (s.findings.length > shown.length) out.push('', `${moreText(s.findings.length - shown.length)}.`);
  // The first message says in words (or in the loader's words) what the rows mean, unless the loader's
  // error quoted above already says it.
  if (!quotedByLoader(quoted, s.findings[0].message)) out.push('', `> ${proseLines(s.findings[0].message, findingNames(s.findings[0]))}`);
  return out;
}

function render(r: DiffReport, o: MarkdownOptions): string {
  const lines = [verdictLine(r, o), '', ...facts(r)];
  for (const s of sections(r)) lines.push('', ...sectionLines(s, o, r.loaderError ?? ''));
  const hints = capList(hintLines(r), o.maxRows);
  if (hints.shown.length) {
    const names = reportNames(r);
    lines.push('', '#### Hints', '');
    for (const h of hints.shown) lines.push(`- ${h.about ? `${code(capName(h.about, 200))}: ` : ''}${prose(h.text, [h.about, ...names])}`);
    if (hints.more) lines.push(`- ${moreText(hints.more, 'hint')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Degrades in stages to fit `maxBytes`: fewer rows first, then a cut at a line with a notice. */
export function renderMarkdown(report: DiffReport, options: Partial<MarkdownOptions> = {}): string {
  const o = { ...DEFAULT_MARKDOWN_OPTIONS, ...options };
  let text = render(report, o);
  if (Buffer.byteLength(text) <= o.maxBytes) return text;
  text = render(report, { ...o, maxRows: Math.min(o.maxRows, 10) });
  if (Buffer.byteLength(text) <= o.maxBytes) return text;
  const notice = '\n\n**Report truncated to fit a GitHub comment; run weightgate locally for every finding.**\n';
  const budget = o.maxBytes - Buffer.byteLength(notice);
  const kept: string[] = [];
  let used = 0;
  for (const line of text.split('\n')) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  return `${kept.join('\n')}${notice}`;
}
