// What both renderers show, decided once: findings grouped by kind (worst first), short row tags,
// the coverage sentence and the hint list. Renderers only lay it out and escape it.
import type { DiffReport, Finding, FindingCode, Severity, Verdict } from '../diff/index.js';
import { severityRank } from '../diff/index.js';
import { plural } from '../text/grammar.js';
import { nameList, firstLine } from './cap.js';

export const TITLES: Record<FindingCode, string> = {
  'loader-unsupported': 'Loader refuses',
  'layer-count-mismatch': 'Layer count mismatch',
  'weights-refused': 'Refused by tf-keras',
  'weight-count-mismatch': 'Weight count mismatch',
  'shape-mismatch': 'Shape mismatch',
  'missing-weights': 'Missing from the file',
  'unexpected-weights': 'Unused by the model',
  'duplicate-weight-name': 'Duplicate weight names',
  'name-mismatch': 'Name mismatch',
  'dtype-mismatch': 'Dtype mismatch',
  'outputs-changed': 'Outputs changed',
  'config-drift': 'Config drift',
  'unknown-layer-class': 'Unknown layer class',
  'weights-converted': 'Converted on load',
  'config-default': 'Defaults assumed',
  'dtype-inferred': 'Dtypes inferred',
  'names-unrecorded': 'Names not recorded',
  'optimizer-state': 'Optimizer state',
};

const ORDER = Object.keys(TITLES) as FindingCode[];

/** Findings about the file or the loader as a whole: a sentence says it all, a table would not. */
const WHOLE_FILE = new Set<FindingCode>(['loader-unsupported', 'names-unrecorded', 'optimizer-state']);

export interface Section {
  code: FindingCode;
  title: string;
  worst: Severity;
  /** Never empty: a section exists because a finding of its kind does. */
  findings: [Finding, ...Finding[]];
  /** Whether any row concerns a single weight (otherwise the weight column is left out). */
  hasWeight: boolean;
  /** Shown as sentences rather than a table. */
  sentencesOnly: boolean;
}

export function sections(report: DiffReport): Section[] {
  const groups = new Map<FindingCode, [Finding, ...Finding[]]>();
  // Appended in place: copying the list per finding would take quadratic time on a file with a million.
  for (const f of report.findings) {
    const list = groups.get(f.code);
    if (list) list.push(f);
    else groups.set(f.code, [f]);
  }
  return [...groups.entries()]
    .map(([code, findings]): Section => ({
      code,
      title: TITLES[code],
      worst: findings.reduce<Severity>((w, f) => (severityRank(f.severity) < severityRank(w) ? f.severity : w), 'info'),
      findings,
      hasWeight: findings.some((f) => f.weight !== null),
      sentencesOnly: WHOLE_FILE.has(code),
    }))
    .sort((a, b) => severityRank(a.worst) - severityRank(b.worst) || ORDER.indexOf(a.code) - ORDER.indexOf(b.code));
}

/** A few words on why a row is what it is, for the last column. */
export function tag(f: Finding): string {
  const parts: string[] = [];
  if (f.allowedBy) parts.push(`allowed (${f.allowedBy})`);
  if (f.skipped) parts.push('skipped (skip_mismatch)');
  if (f.code === 'name-mismatch') {
    if (f.swappedWith) parts.push(`swapped with ${f.swappedWith}`);
    else if (f.cycle) parts.push('reordered');
    else if (f.autoNumbered) parts.push('auto-numbering');
  }
  if (f.code === 'dtype-mismatch' && f.lossy) parts.push('lossy');
  if (f.raises && !f.skipped) parts.push('raises');
  return parts.join(', ');
}

export function verdictWord(v: Verdict): string {
  return v === 'compatible' ? 'compatible' : v === 'warnings' ? 'compatible with warnings' : 'incompatible';
}

export function countsText(report: DiffReport): string {
  const c = report.counts;
  const parts = [
    c.error ? plural(c.error, 'error') : '',
    c.warning ? plural(c.warning, 'warning') : '',
    c.info ? `${c.info} info` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no findings';
}

export function coverageText(report: DiffReport): string {
  const c = report.coverage;
  const unchecked = c.layersUnchecked ? `; ${plural(c.layersUnchecked, 'layer')} of unknown class not checked` : '';
  return `${c.matched} of ${c.expected} expected variables match (the file holds ${c.saved}); ${c.layersMatched} of ${c.layersExpected} weighted layers complete${unchecked}`;
}

export interface HintLine {
  /** The layer (and weight) it is about, or '' for report-wide hints. */
  about: string;
  text: string;
}

export function hintLines(report: DiffReport): HintLine[] {
  const seen = new Set<string>();
  const out: HintLine[] = [];
  for (const f of report.findings) {
    if (!f.hint || seen.has(f.hint)) continue;
    seen.add(f.hint);
    out.push({ about: f.weight ?? f.layer, text: f.hint });
  }
  const wide = new Set(['rename-map', 'by-name-matched-nothing', 'lossy-cast']);
  for (const h of report.hints) out.push({ about: wide.has(h.kind) ? '' : nameList(h.layers), text: h.message });
  return out;
}

export function fileName(p: string): string {
  return p.split(/[\\/]/).filter(Boolean).pop() ?? p;
}

/** Codes whose "actual" side is not the weight file (a snapshot), worded as what the model does now. */
const NOT_THE_FILE = new Set<FindingCode>(['outputs-changed']);

/**
 * A finding in one line, the difference first: `conv1/kernel: model (3, 3, 1, 8), file (3, 3, 1, 4)`.
 * Built from the finding's own table cells (`expected`, `actual`, worded in diff/messages.ts); a
 * finding about the file as a whole is its title and sentence.
 */
export function differenceLine(f: Finding): string {
  if (WHOLE_FILE.has(f.code)) return `${TITLES[f.code]}: ${f.message}`;
  const about = f.weight ?? f.layer;
  if (NOT_THE_FILE.has(f.code)) return `${TITLES[f.code]}${about ? ` (${about})` : ''}: ${f.expected}`;
  const sides = [f.expected !== '—' ? `model ${f.expected}` : '', f.actual !== '—' ? `file ${f.actual}` : ''].filter(Boolean).join(', ');
  return `${about ? `${about}: ` : ''}${sides}`;
}

/** The finding a one-line summary of the whole report leads with: the first of the worst kind. */
export function leadFinding(report: DiffReport): Finding | undefined {
  const [first] = sections(report);
  return first?.findings.find((f) => f.severity === first.worst);
}

/**
 * The data from the files a finding's words may quote (names, paths, variable lists), as one text:
 * a backtick in it turns code spans off (markdown.ts `prose`), so a name never opens one.
 */
export function findingNames(f: Finding): string[] {
  const worded = new Set(['message', 'note', 'hint', 'expected', 'actual']);
  return [JSON.stringify(f, (k, v: unknown) => (worded.has(k) ? undefined : v))];
}

/** The report's layer and weight names that hold a backtick (a loader's message quoting them must not open code spans). */
export function reportNames(report: DiffReport): string[] {
  const out: string[] = [];
  for (const f of report.findings) for (const n of [f.layer, f.weight ?? '']) if (n.includes('`')) out.push(n);
  return out;
}

/**
 * Keras' sentence once: a finding's sentence that the loader's error, as quoted above the sections,
 * already holds (Keras 3 quotes its first failing object's error inside its own) is not repeated.
 */
export function quotedByLoader(quoted: string, message: string): boolean {
  return quoted !== '' && quoted.includes(firstLine(message));
}
