// Markdown for GitHub, safe for text taken from model files. A layer name is attacker-controlled in a
// fork's PR: it must not open HTML, links, emphasis, code spans or math, ping anyone (@user, #123),
// autolink a URL, or break out of a table row. Everything from files goes through `escapeMarkdown`;
// untrusted text is never put inside backtick code spans, where escapes would show literally.
// Lengths are capped here too (cap.ts), so no file can make one line or one quote unbounded.
import { capLine, capLines } from './cap.js';

const ZWJ = '&#8205;';

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  '_': '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '$': '&#36;',
  '!': '&#33;',
  // Mentions and issue references survive entity decoding, so a zero-width joiner breaks the token too.
  '@': `&#64;${ZWJ}`,
  '#': `&#35;${ZWJ}`,
};

/** C0/C1 controls and bidirectional overrides (Trojan Source) are shown as escapes, never emitted. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NEWLINE = /\r\n|\r|\n|\u2028|\u2029/g;

function codePoint(c: string): string {
  return `&#92;u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

/** Escape one line of untrusted text for any inline position, table cells included; at most `MAX_LINE` characters of it. */
export function escapeMarkdown(text: string): string {
  return capLine(text)
    .replace(/[&<>"|`*_~[\]\\$!@#]/g, (c) => ENTITY[c] ?? c)
    .replace(NEWLINE, '&#92;n')
    .replace(INVISIBLE, codePoint)
    // GFM autolinks are found in decoded text, so break the trigger itself.
    .replace(/:\/\//g, `:&#8203;//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#8203;.`);
}

/** Multi-line untrusted text (a quoted Keras error): each line escaped, lines kept apart. */
export function escapeMultiline(text: string): string {
  return capLines(text).split('\n').map(escapeMarkdown).join('<br>');
}

/** Inline code look for untrusted text: `<code>` with escaped content instead of a backtick span. */
export function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

/** A GFM table from already-escaped cells; an empty cell is kept as a space so the row stays aligned. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)];
}

/**
 * Our own prose that may quote a fix or a call in backticks (`--allow-mismatch dense`, Keras'
 * `variable.assign(value)`): each backtick pair is shown as code, the rest escaped as above. The
 * pairs must be the wording's: when a name from a file inside the text holds a backtick (`names`),
 * or the backticks do not pair up, nothing is shown as code. Whatever the text, every part of it is
 * escaped, so a backtick can only change what looks like code, never inject anything.
 */
export function prose(text: string, names: readonly string[] = []): string {
  const line = capLine(text);
  const parts = line.split('`');
  if (parts.length < 3 || parts.length % 2 === 0 || names.some((n) => n.includes('`'))) return escapeMarkdown(line);
  return parts.map((p, i) => (i % 2 === 0 ? escapeMarkdown(p) : p ? code(p) : escapeMarkdown('``'))).join('');
}

/** Multi-line prose (an error with its fix on the next line): each line as `prose`, kept apart. */
export function proseLines(text: string, names: readonly string[] = []): string {
  return capLines(text).split('\n').map((l) => prose(l, names)).join('<br>');
}

/**
 * Already-escaped text that may break after a slash or an underscore (a path, a weight or model name in
 * a narrow table cell): `<wbr>`, which GitHub's sanitiser keeps, adds no character to a copied name.
 */
export function breakSlashes(escaped: string): string {
  return escaped.replaceAll('/', '/<wbr>').replaceAll('&#95;', '&#95;<wbr>');
}
