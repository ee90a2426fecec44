// Annotations on the definition files, at the line of each problem layer, so a reviewer sees them in
// "Files changed". GitHub shows at most 10 errors and 10 warnings per step: one annotation per layer
// (not per weight), errors first, and the last slot says how many more are in the job summary.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { effectiveStatus, type CheckReport, type ModelResult } from '../check/report.js';
import type { Finding } from '../diff/index.js';
import { TITLES } from '../report/sections.js';

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

/** The line of `"name": "<layer>"` in a JSON definition (1-based), if it is there. */
export function layerLine(jsonText: string, layer: string): number | undefined {
  const quoted = JSON.stringify(layer).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`"name"\\s*:\\s*${quoted}`).exec(jsonText);
  if (!m) return undefined;
  let line = 1;
  for (let i = 0; i < m.index; i++) if (jsonText.charCodeAt(i) === 10) line++;
  return line;
}

/** A file inside the repository, by its path from the root; undefined otherwise. */
function inRepo(file: string, root: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return undefined;
  const rel = path.relative(root, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

function modelAnnotations(m: ModelResult, root: string, read: (file: string) => string | undefined): Annotation[] {
  const file = inRepo(m.definition, root);
  const where = file ? { file } : {};
  if (m.status === 'error') return [{ level: 'error', title: `weightgate: ${m.id} is unreadable`, message: m.error ?? 'unreadable', ...where }];
  const out: Annotation[] = [];
  const text = file?.toLowerCase().endsWith('.json') ? read(m.definition) : undefined;
  const byLayer = new Map<string, Finding[]>();
  for (const f of m.diff?.findings ?? []) {
    if (f.severity === 'info') continue;
    const key = `${f.severity}\0${f.layer}`;
    byLayer.set(key, [...(byLayer.get(key) ?? []), f]);
  }
  for (const found of byLayer.values()) {
    const f = found[0];
    const kinds = [...new Set(found.map((x) => TITLES[x.code].toLowerCase()))].join(', ');
    const line = text && f.layer ? layerLine(text, f.layer) : undefined;
    out.push({
      level: f.severity === 'error' ? 'error' : 'warning',
      title: `weightgate: ${m.id}: ${kinds}${f.layer ? ` in ${f.layer}` : ''}`,
      message: found.map((x) => x.message).join('\n'),
      ...where,
      ...(line ? { line } : {}),
    });
  }
  if (m.smoke?.status === 'failed') {
    out.push({ level: 'error', title: `weightgate: ${m.id}: smoke inference failed`, message: m.smoke.reason ?? 'the outputs are wrong', ...where });
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
  const all = report.models.filter((m) => effectiveStatus(m) !== 'compatible').flatMap((m) => modelAnnotations(m, root, read));
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
      title: `weightgate: ${more} more ${level}s`,
      message: `${more} more ${level === 'error' ? 'problems' : 'warnings'} are not annotated here (GitHub shows ${limit} per step); the job summary lists every one.`,
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
