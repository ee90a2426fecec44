// `weightgate diff A B` on two weight artifacts, as text and as Markdown: a summary line, then the
// variables, biggest changes first (the report's order), the unchanged ones counted, not listed.
import { significant as formatSig } from '../text/numbers.js';
import type { ArtifactDiffReport, VariableChange } from '../diff/artifact-compare.js';
import { noun } from '../text/grammar.js';
import { pyShape } from '../text/python.js';
import { capList, capName, count, moreText } from './cap.js';
import { code, escapeMarkdown, table } from './markdown.js';
import { fileName } from './sections.js';
import { sanitizeTerminal } from './text.js';

/** `2 changed, 1 reshaped, 14 the same` (only the statuses that occur). */
export function artifactSummaryText(r: ArtifactDiffReport): string {
  const s = r.summary;
  const parts: string[] = [];
  for (const [n, what] of [[s.reshaped, 'reshaped'], [s.retyped, 'retyped'], [s.removed, 'only in A'], [s.added, 'only in B'], [s.changed, 'changed'], [s.same, 'the same']] as const) {
    if (n) parts.push(`${count(n)} ${what}`);
  }
  const total = r.variables.length;
  return `${count(total)} ${noun(total, 'variable')}: ${parts.join(', ') || 'none'}`;
}

function verdict(r: ArtifactDiffReport): string {
  if (!r.summary.sameStructure) return 'different structure';
  return r.summary.changed ? 'same structure, values changed' : 'identical';
}

const MAX_ROWS = 50;


/** One line per variable for text output: `conv1/kernel (3, 3, 1, 32) float32: changed, max |a − b| 0.0123, relative change 0.012`. */
export function describeChange(v: VariableChange): string {
  const where = `${v.layer}/${v.name}`;
  switch (v.status) {
    case 'same': return `${where} ${pyShape(v.shape)} ${v.dtype}: same`;
    case 'changed': return `${where} ${pyShape(v.shape)} ${v.dtype}: changed, max |a − b| ${formatSig(v.maxAbsDiff ?? 0)}, relative change ${formatSig(v.relativeChange ?? 0)}`;
    case 'added': return `${where} ${pyShape(v.shape)} ${v.dtype}: only in B`;
    case 'removed': return `${where} ${pyShape(v.shape)} ${v.dtype}: only in A`;
    case 'reshaped': return `${where}: ${pyShape(v.shape)} in A, ${pyShape(v.bShape ?? [])} in B`;
    case 'retyped': return `${where} ${pyShape(v.shape)}: ${v.dtype} in A, ${v.bDtype ?? 'unknown'} in B`;
  }
}

export function renderArtifactDiffText(r: ArtifactDiffReport): string {
  const lines = [
    `weightgate: ${verdict(r)} · ${sanitizeTerminal(fileName(r.a.source))} vs ${sanitizeTerminal(fileName(r.b.source))}`,
    `A: ${sanitizeTerminal(r.a.label)}`,
    `B: ${sanitizeTerminal(r.b.label)}`,
    `Paired: ${r.pairingReason}`,
    artifactSummaryText(r),
  ];
  const differing = r.variables.filter((v) => v.status !== 'same');
  const { shown, more } = capList(differing, MAX_ROWS);
  if (shown.length) lines.push('');
  for (const v of shown) lines.push(`  ${sanitizeTerminal(capName(describeChange(v)))}`);
  if (more) lines.push(`  ${moreText(more, 'variable')}`);
  return `${lines.join('\n')}\n`;
}

function changeCell(v: VariableChange): string {
  switch (v.status) {
    case 'changed': return `max \\|a − b\\| ${escapeMarkdown(formatSig(v.maxAbsDiff ?? 0))}, relative ${escapeMarkdown(formatSig(v.relativeChange ?? 0))}`;
    case 'reshaped': return `${code(pyShape(v.shape))} → ${code(pyShape(v.bShape ?? []))}`;
    case 'retyped': return `${escapeMarkdown(v.dtype)} → ${escapeMarkdown(v.bDtype ?? 'unknown')}`;
    case 'added': return 'only in B';
    case 'removed': return 'only in A';
    case 'same': return 'same';
  }
}


const ICON: Record<VariableChange['status'], string> = { reshaped: '❌', retyped: '❌', removed: '❌', added: '❌', changed: '🔄', same: '✅' };

export function renderArtifactDiffMarkdown(r: ArtifactDiffReport): string {
  const icon = !r.summary.sameStructure ? '❌' : r.summary.changed ? '🔄' : '✅';
  const lines = [
    `### ${icon} weightgate: ${verdict(r)} · ${code(fileName(r.a.source))} vs ${code(fileName(r.b.source))}`,
    '',
    `**Paired:** ${escapeMarkdown(r.pairingReason)}  `,
    `**Variables:** ${escapeMarkdown(artifactSummaryText(r))}`,
  ];
  const differing = r.variables.filter((v) => v.status !== 'same');
  const { shown, more } = capList(differing, MAX_ROWS);
  if (shown.length) {
    lines.push('', ...table(['', 'variable', 'shape', 'change'], shown.map((v) => [
      ICON[v.status], escapeMarkdown(capName(`${v.layer}/${v.name}`)), code(`${pyShape(v.shape)} ${v.dtype}`), changeCell(v),
    ])));
    if (more) lines.push('', escapeMarkdown(moreText(more, 'variable')));
  }
  return `${lines.join('\n')}\n`;
}
