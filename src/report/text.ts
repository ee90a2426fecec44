// The report for a terminal: one verdict line, the loader facts, a compact table per kind of finding,
// then hints. Names from files are printed with control characters escaped, so a layer name cannot
// move the cursor, recolour the terminal or reorder text.
import type { DiffReport, Finding, Severity } from '../diff/index.js';
import { capLine, capLines, capList, capName, firstLine, maxOf, moreText } from './cap.js';
import { countsText, coverageText, fileName, hintLines, quotedByLoader, sections, tag, verdictWord, type Section } from './sections.js';

export interface TextOptions {
  /** ANSI colours for the verdict and severities. */
  color: boolean;
  /** Plain ASCII markers instead of ✔ ⚠ ✖. */
  ascii: boolean;
  /** Longest table cell before it is cut with an ellipsis. */
  maxCell: number;
  /** Rows per table before the rest is summarised. */
  maxRows: number;
}

export const DEFAULT_TEXT_OPTIONS: TextOptions = { color: false, ascii: false, maxCell: 48, maxRows: 20 };

const MARK = {
  unicode: { error: '✖', warning: '⚠', info: 'ℹ', compatible: '✔', warnings: '⚠', incompatible: '✖' },
  ascii: { error: 'E', warning: 'W', info: 'i', compatible: 'OK', warnings: 'WARN', incompatible: 'FAIL' },
} as const;
const COLOR: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

function escapeControls(line: string): string {
  return line.replace(CONTROL, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/**
 * Escape what a terminal (or a workflow log) would interpret, keep everything else as is, and cap
 * the length (cap.ts). One line unless `keepNewlines`, which keeps line breaks (at most `MAX_LINES`)
 * and escapes every other control character: the one sanitiser for the text report, the CLI and
 * the action's annotations.
 */
export function sanitizeTerminal(text: string, o: { keepNewlines?: boolean } = {}): string {
  if (o.keepNewlines) return capLines(text).split('\n').map(escapeControls).join('\n');
  return escapeControls(capLine(text).replace(/\r\n|\r|\n/g, '\\n'));
}

/**
 * Free text that may span lines (an error's cause and `→ fix`, a note, a reason): its lines escaped and
 * kept as lines, the first after `prefix`, the others indented under it. Never a literal `\n`.
 */
export function textBlock(prefix: string, text: string, indent = ' '.repeat([...prefix].length)): string[] {
  const [first = '', ...rest] = sanitizeTerminal(text, { keepNewlines: true }).split('\n');
  return [`${prefix}${first.trim()}`, ...rest.filter((l) => l.trim()).map((l) => `${indent}${l.trim()}`)];
}

/** Hints listed before the rest is counted. */
const MAX_HINTS = 20;

function cut(text: string, max: number): string {
  const clean = sanitizeTerminal(text);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function paint(text: string, s: Severity, o: TextOptions): string {
  return o.color ? `${COLOR[s]}${text}${RESET}` : text;
}

function columns(rows: string[][]): string[] {
  const width = (c: string | undefined) => [...(c ?? '')].length;
  const widths = (rows[0] ?? []).map((_, i) => maxOf(rows.map((r) => width(r[i])), 0));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c)))).join('  ').trimEnd());
}

function sentenceLines(s: Section, o: TextOptions, raised: string): string[] {
  const m = MARK[o.ascii ? 'ascii' : 'unicode'];
  const { shown, more } = capList(s.findings, o.maxRows);
  // A sentence the loader's error (quoted under "raises") already holds is not printed again.
  const sentence = (f: Finding) => {
    const text = sanitizeTerminal(firstLine(f.message));
    return quotedByLoader(raised, text) ? 'the error quoted under "raises" above' : text;
  };
  return [s.title, ...shown.flatMap((f) => [
    paint(`  ${m[f.severity]} ${sentence(f)}`, f.severity, o),
    ...(f.note ? textBlock('    ', f.note) : []),
  ]), ...(more ? [`  ${moreText(more)}`] : [])];
}

function sectionLines(s: Section, o: TextOptions, raised: string): string[] {
  if (s.sentencesOnly) return sentenceLines(s, o, raised);
  const m = MARK[o.ascii ? 'ascii' : 'unicode'];
  const header = [' ', 'layer', ...(s.hasWeight ? ['weight'] : []), 'model', 'file', 'note'];
  const shown = s.findings.slice(0, o.maxRows);
  const body = shown.map((f: Finding) => [
    m[f.severity], cut(f.layer || '—', o.maxCell), ...(s.hasWeight ? [cut(f.weight ?? '', o.maxCell)] : []),
    cut(f.expected, o.maxCell), cut(f.actual, o.maxCell), cut(tag(f), o.maxCell),
  ]);
  const table = columns([header, ...body]).map((l, i) => `  ${i === 0 ? l : paint(l, shown[i - 1]?.severity ?? 'info', o)}`);
  const out = [`${s.title} (${s.findings.length})`, ...table];
  if (s.findings.length > shown.length) out.push(`  ${moreText(s.findings.length - shown.length)}`);
  // The first message says what the rows mean, unless the error quoted above already says it (Keras 3
  // quotes its first failing object's error inside its own): Keras' sentence is shown once.
  const first = firstLine(s.findings[0].message);
  if (!quotedByLoader(raised, sanitizeTerminal(first))) out.push(`  ${sanitizeTerminal(first)}`);
  const note = s.findings[0].note;
  if (note) out.push(...textBlock('  ', note));
  return out;
}

export function textLines(report: DiffReport, options: Partial<TextOptions> = {}): string[] {
  const o = { ...DEFAULT_TEXT_OPTIONS, ...options };
  const m = MARK[o.ascii ? 'ascii' : 'unicode'];
  const sev: Severity = report.verdict === 'incompatible' ? 'error' : report.verdict === 'warnings' ? 'warning' : 'info';
  const verdict = `${m[report.verdict]} ${verdictWord(report.verdict)} (${countsText(report)}): ${sanitizeTerminal(fileName(report.definition.source))} vs ${sanitizeTerminal(fileName(report.artifact.source))}`;
  const lines = [
    report.verdict === 'compatible' && o.color ? `\u001b[32m${verdict}${RESET}` : paint(verdict, sev, { ...o, color: o.color && report.verdict !== 'compatible' }),
    `  loader    ${report.loader.rule}: ${sanitizeTerminal(report.loader.call)}`,
    ...textBlock('            ', report.loader.reason),
    `  coverage  ${coverageText(report)}`,
  ];
  // The lines of the loader's error that are shown: a section's sentence among them is not repeated.
  let raised = '';
  if (report.loaderError) {
    const [first = '', ...rest] = report.loaderError.split('\n').filter((l) => l.trim());
    const shown = [first, ...rest.slice(0, 4)].map((l) => sanitizeTerminal(l));
    raised = shown.join('\n');
    lines.push(`  raises    ${shown[0]}`, ...shown.slice(1).map((l) => `            ${l}`));
    if (rest.length > 4) lines.push('            …');
  }
  for (const s of sections(report)) lines.push('', ...sectionLines(s, o, raised));
  const hints = capList(hintLines(report), MAX_HINTS);
  if (hints.shown.length) {
    lines.push('', 'Hints');
    for (const h of hints.shown) lines.push(...textBlock(`  → ${h.about ? `${sanitizeTerminal(capName(h.about, 200))}: ` : ''}`, h.text, '    '));
    if (hints.more) lines.push(`  ${moreText(hints.more, 'hint')}`);
  }
  return lines;
}

export function renderText(report: DiffReport, options: Partial<TextOptions> = {}): string {
  return `${textLines(report, options).join('\n')}\n`;
}
