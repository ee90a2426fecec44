// When weightgate.yml itself cannot be read (not valid YAML, a key the schema does not know, a path
// outside the repository, no such file), no model is checked and there is no report to render. This is
// what the pull request comment, the job summary and a local `check --comment` say instead: the config
// is broken, where (the config's path in the repository, line and column), what is wrong and the fix.
// It carries the same marker a good run of that config would (comment-marker.ts), so the next run that
// reads the config replaces it. Pure: the Action, the CLI and the screenshot script call it alike.
import path from 'node:path';
import type { InputError } from '../sources/errors.js';
import { capLine } from './cap.js';
import { displayPath, displayText } from './comment-paths.js';
import { code, escapeMarkdown, escapeMultiline, prose } from './markdown.js';
import { linkDestination, linkText, type Link } from './pr-comment.js';

/** What a config error says, as the InputError (src/sources/errors.ts) carries it. */
export type ConfigErrorInput = Pick<InputError, 'file' | 'kind' | 'detail' | 'hint'>;

/** A config error taken apart: where, what, and the fix. */
export interface ConfigProblem {
  /** The config file as the repository names it (relative to the root, `/` between folders). */
  file: string;
  /** 1-based, when the error points into the file. */
  line?: number;
  column?: number;
  /** What is wrong (may span lines: the schema's further problems follow as `also: …`). */
  detail: string;
  /** What to do, when the error says; backtick spans are code. */
  fix?: string;
}

export interface ConfigErrorCommentOptions {
  /** The sticky comment's marker (comment-marker.ts), the one a good run of this config uses; none for the job summary. */
  marker?: string;
  /** Where the full story is: the workflow run. */
  links: Link[];
  /** The repository: paths are shown relative to it. */
  root: string;
  /** weightgate's version, for the footer. */
  version?: string;
  /** The repository's files at the checked commit (`https://github.com/o/r/blob/<sha>`): the place becomes a link to its line. */
  blob?: string;
}

/** `file:line:col` as ConfigError (src/config/load.ts) writes it into InputError.file. */
const AT = /^(.*):(\d+):(\d+)$/;

/**
 * The parts of a config error, paths relative to `root` (comment-paths.ts displayText). The
 * repository's own absolute path in parentheses ("outside the repository (/home/runner/work/app/app)")
 * is dropped: every reader knows which repository, and a runner's folders mean nothing to them.
 */
export function configProblem(error: ConfigErrorInput, root: string): ConfigProblem {
  const m = error.kind === 'bad-config' ? AT.exec(error.file) : null;
  const file = m?.[1] ?? error.file;
  // A relative path in an error is as it was given: from the working directory.
  const shown = displayPath(path.resolve(file), root).split(path.sep).join('/');
  return {
    file: shown,
    ...(m ? { line: Number(m[2]), column: Number(m[3]) } : {}),
    detail: forReader(error.detail, root),
    ...(error.hint ? { fix: forReader(error.hint, root) } : {}),
  };
}

/** The repository named by its absolute path in parentheses says nothing to a reader who knows which; other paths as displayText shows them. */
function forReader(text: string, root: string): string {
  const base = path.resolve(root);
  return displayText(base === path.parse(base).root ? text : text.split(` (${base})`).join(''), root);
}

/** `weightgate.yml:4:5` (or just the file when the error has no place in it). */
export function configPlace(p: ConfigProblem): string {
  return `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
}

/** One line for a failed step or a log: `weightgate.yml:4:5: unknown key …` (further problems counted, not listed). */
export function configErrorLine(p: ConfigProblem): string {
  const [first = '', ...rest] = p.detail.split('\n');
  const more = rest.filter((l) => l.trim()).length;
  return capLine(`${configPlace(p)}: ${first}${more ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'} in the config)` : ''}`);
}

function placeText(p: ConfigProblem, blob?: string): string {
  const where = p.line ? `${code(p.file)}, line ${p.line}${p.column ? `, column ${p.column}` : ''}` : code(p.file);
  // A link to the line: only when the error points into the file (a missing file has no page).
  if (!p.line || !blob) return where;
  const url = linkDestination(`${blob.replace(/\/+$/, '')}/${p.file.split('/').map(encodeURIComponent).join('/')}#L${p.line}`);
  return url ? `[${where}](${url})` : where;
}

/**
 * The comment (or job summary) for a config that cannot be read: a verdict line, the place, the
 * problem quoted, the fix, and that nothing was checked. Everything from the config is escaped.
 */
export function renderConfigErrorComment(error: ConfigErrorInput, options: ConfigErrorCommentOptions): string {
  const p = configProblem(error, options.root);
  const out: string[] = [];
  if (options.marker) out.push(options.marker);
  out.push(`❌ **weightgate: the config cannot be read**, so no model was checked`, '');
  out.push(`${placeText(p, options.blob)}:`, '');
  out.push(`> ${escapeMultiline(p.detail)}`, '');
  if (p.fix) out.push(`**Fix:** ${prose(p.fix)}`, '');
  out.push('The models are checked again, and this comment replaced, when a run can read the config.', '');
  const foot = [options.version ? `weightgate ${escapeMarkdown(options.version)}` : '', ...options.links.map(linkText)].filter(Boolean);
  if (foot.length) out.push(`<sub>${foot.join(' · ')}</sub>`);
  return `${out.join('\n').trimEnd()}\n`;
}
