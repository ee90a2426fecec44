// Annotations on the definition files, at the line of each problem layer, so a reviewer sees them in
// "Files changed". GitHub shows at most 10 errors and 10 warnings per step: one annotation per layer
// (not per weight), errors first, and the last slot says how many more are in the job summary. Each
// states the difference first (`conv1/kernel: model (3, 3, 1, 8), file (3, 3, 1, 4)`), the loader's
// sentence after.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { effectiveStatus, type CheckReport, type ModelResult } from '../check/report.js';
import type { Finding } from '../diff/index.js';
import { isAre, noun } from '../text/grammar.js';
import { capLine, capList, capName, moreText } from '../report/cap.js';
import { TITLES, differenceLine } from '../report/sections.js';
import { sanitizeTerminal } from '../report/text.js';

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
  /** Relative to the repository root; absent when the model's files are not in it. */
  file?: string;
  line?: number;
}

/**
 * GitHub keeps 10 of each level per step (actions/toolkit#734). Two warnings stay free for the
 * action's own (a read-only token, missing shards), which must not be crowded out.
 */
export const LIMITS = { error: 10, warning: 8 } as const;

/** `s` as JSON writes it with every non-ASCII character escaped (Python's json.dumps, so Keras' files). */
function asciiJson(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The line of `"name": "<layer>"` in a JSON definition (1-based), if it is there. A plain string
 * search: nothing is compiled from the file's data (a 32,766-character name once made a RegExp
 * too large and failed the whole action).
 */
export function layerLine(jsonText: string, layer: string): number | undefined {
  for (const quoted of new Set([JSON.stringify(layer), asciiJson(layer)])) {
    for (let at = jsonText.indexOf(quoted); at >= 0; at = jsonText.indexOf(quoted, at + 1)) {
      // A value, after a colon, after the key "name" (any whitespace between).
      let i = at - 1;
      while (i >= 0 && isSpace(jsonText.charCodeAt(i))) i--;
      if (jsonText[i] !== ':') continue;
      i--;
      while (i >= 0 && isSpace(jsonText.charCodeAt(i))) i--;
      if (i < 5 || jsonText.slice(i - 5, i + 1) !== '"name"') continue;
      let line = 1;
      for (let k = 0; k < at; k++) if (jsonText.charCodeAt(k) === 10) line++;
      return line;
    }
  }
  return undefined;
}

/** Finding lines in one annotation before the rest is counted. */
const MAX_MESSAGE_LINES = 20;
/** A difference line names a weight twice at most (a name is cut at MAX_NAME) and two shapes or dtypes. */
const MAX_DIFFERENCE = 400;

/**
 * An annotation's text, fit for the job log: control characters (ESC, BEL, …) escaped by the same
 * sanitiser as the text report, line breaks kept, every line and the number of lines capped.
 */
function clean(a: Annotation): Annotation {
  return { ...a, title: sanitizeTerminal(a.title), message: sanitizeTerminal(a.message, { keepNewlines: true }) };
}

/** A file inside the repository, by its path from the root; undefined otherwise. */
function inRepo(file: string, root: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return undefined;
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/**
 * One layer's findings, the difference first: a line per finding (`conv1/kernel: model (3, 3, 1, 8),
 * file (3, 3, 1, 4)`, report/sections.ts differenceLine, from the finding's own words in
 * diff/messages.ts), then what Keras (or TF.js) says, once per kind of finding: the kernel's and the
 * bias' sentences differ only in the shapes the lines above already give.
 */
export function layerMessage(found: readonly Finding[]): string {
  const shown = capList(found, MAX_MESSAGE_LINES);
  const lines = [...shown.shown.map((f) => capLine(differenceLine(f), MAX_DIFFERENCE)), ...(shown.more ? [moreText(shown.more)] : [])];
  const said = new Set<string>();
  const sentences: string[] = [];
  for (const f of found) {
    if (said.has(f.code)) continue;
    said.add(f.code);
    // A finding about the whole file is its sentence already.
    if (!lines.some((l) => l.includes(f.message))) sentences.push(f.message);
  }
  return [...lines, ...(sentences.length ? ['', ...sentences] : [])].join('\n');
}

function modelAnnotations(m: ModelResult, root: string, read: (file: string) => string | undefined): Annotation[] {
  const file = inRepo(m.definition, root);
  const where = file ? { file } : {};
  const id = capName(m.id);
  if (m.status === 'error') return [{ level: 'error', title: `weightgate: ${id} is unreadable`, message: m.error ?? 'unreadable', ...where }];
  const out: Annotation[] = [];
  const text = file?.toLowerCase().endsWith('.json') ? read(m.definition) : undefined;
  const byLayer = new Map<string, Finding[]>();
  for (const f of m.diff?.findings ?? []) {
    if (f.severity === 'info') continue;
    const key = `${f.severity}\0${f.layer}`;
    const list = byLayer.get(key);
    if (list) list.push(f);
    else byLayer.set(key, [f]);
  }
  for (const found of byLayer.values()) {
    const [f] = found;
    if (!f) continue; // never: a list is created with its first finding
    const kinds = [...new Set(found.map((x) => TITLES[x.code].toLowerCase()))].join(', ');
    const line = text && f.layer ? layerLine(text, f.layer) : undefined;
    out.push({
      level: f.severity === 'error' ? 'error' : 'warning',
      title: `weightgate: ${id}: ${kinds}${f.layer ? ` in ${capName(f.layer)}` : ''}`,
      message: layerMessage(found),
      ...where,
      ...(line ? { line } : {}),
    });
  }
  if (m.smoke?.status === 'failed') {
    out.push({ level: 'error', title: `weightgate: ${id}: smoke inference failed`, message: m.smoke.reason ?? 'the outputs are wrong', ...where });
  }
  return out;
}

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** Each level within its own limit, so warnings never crowd out errors; in report order within a level. */
export function annotationsFor(report: CheckReport, root: string, read = readText): Annotation[] {
  const all = report.models.filter((m) => effectiveStatus(m) !== 'compatible').flatMap((m) => modelAnnotations(m, root, read)).map(clean);
  const out: Annotation[] = [];
  for (const level of ['error', 'warning'] as const) {
    const mine = all.filter((a) => a.level === level);
    const limit = LIMITS[level];
    if (mine.length <= limit) {
      out.push(...mine);
      continue;
    }
    const more = mine.length - (limit - 1);
    out.push(...mine.slice(0, limit - 1), {
      level,
      title: `weightgate: ${more} more ${noun(more, level)}`,
      message: `${more} more ${noun(more, level === 'error' ? 'problem' : 'warning')} ${isAre(more)} not annotated here (GitHub shows ${limit} per step); the job summary lists every one.`,
    });
  }
  return out;
}

export function emitAnnotations(list: readonly Annotation[]): void {
  for (const a of list) {
    const props: core.AnnotationProperties = { title: a.title, ...(a.file ? { file: a.file } : {}), ...(a.line ? { startLine: a.line } : {}) };
    if (a.level === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }
}
