// Bounds on everything a renderer prints that came from a file: a layer name may be 100,000
// characters long, a model may have a million layers, a Keras error may run to thousands of lines.
// Every renderer (text, Markdown, the PR comment, annotations, inspect) caps through these, so a
// report's size follows from the number of models and findings it shows, never from a file's whims.
// They only cut: escaping for a terminal or Markdown happens after, in text.ts / markdown.ts.
import { noun } from '../text/grammar.js';

/** Longest name shown in full (a layer, weight, model or output name). */
export const MAX_NAME = 120;
/** Longest single line of free text (a message, an error line, a note). */
export const MAX_LINE = 1_000;
/** Most lines of one multi-line text (a quoted Keras error). */
export const MAX_LINES = 40;

/** A count the way people read it: 999,990. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The first `max` UTF-16 units of `text`, never splitting a surrogate pair. */
function head(text: string, max: number): string {
  const end = max > 0 && /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * `text` when at most `max` characters; otherwise its start, an ellipsis and its length:
 * `conv_aaaa… (32,766 characters)`.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${head(text, max)}… (${count(text.length)} ${noun(text.length, 'character')})`;
}

/** The text up to its first line break (all of it when there is none). */
export function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/** A name from a file, cut to `MAX_NAME`. */
export function capName(name: string, max = MAX_NAME): string {
  return capText(name, max);
}

/** One line of free text, cut to `MAX_LINE`. */
export function capLine(line: string, max = MAX_LINE): string {
  return capText(line, max);
}

/** Multi-line text: each line cut, at most `maxLines` lines, then how many more there were. */
export function capLines(text: string, maxLines = MAX_LINES, maxLine = MAX_LINE): string {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  const shown = lines.slice(0, maxLines).map((l) => capLine(l, maxLine));
  if (lines.length > maxLines) shown.push(moreText(lines.length - maxLines, 'line'));
  return shown.join('\n');
}

/** `… and 999,990 more` (`… and 3 more layers` with a noun). */
export function moreText(n: number, what?: string): string {
  return `… and ${count(n)} more${what ? ` ${noun(n, what)}` : ''}`;
}

/** The first `max` items and how many are left out. */
export function capList<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return items.length <= max ? { shown: [...items], more: 0 } : { shown: items.slice(0, max), more: items.length - max };
}

/** Names joined by `, `, each capped, at most `max` of them, then `… and N more`. */
export function nameList(names: readonly string[], max = 10, sep = ', '): string {
  const { shown, more } = capList(names, max);
  const text = shown.map((n) => capName(n)).join(sep);
  return more ? `${text}${sep}${moreText(more)}` : text;
}

/** The largest of `values` (and `floor`) without spreading them into arguments (a million would overflow the stack). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** `text` cut to `max` characters with an ellipsis, for a table cell where a count would only add width. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${head(text, max - 1)}…`;
}
