// The smoke inference's result, for a terminal and for Markdown. Output names come from the model file.
import type { SmokeResult } from '../engine/index.js';
import { capList, capName, moreText } from './cap.js';
import { escapeMarkdown, prose, table } from './markdown.js';
import { sanitizeTerminal } from './text.js';

/** Outputs (and notes) listed before the rest is counted. */
const MAX_OUTPUTS = 20;

const WORD = { passed: '✔ smoke passed', failed: '✖ smoke failed', skipped: '○ smoke skipped' } as const;

function shape(s: readonly (number | null)[]): string {
  return `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;
}

export function smokeText(s: SmokeResult): string[] {
  // A failed comparison is explained per output; the overall reason would only repeat it.
  const reason = s.reason && !s.outputs.some((o) => o.problem) ? `: ${sanitizeTerminal(s.reason)}` : '';
  const lines = [`${WORD[s.status]} — engine ${s.engine} (${s.engineReason})${reason}`];
  const outputs = capList(s.outputs, MAX_OUTPUTS);
  for (const o of outputs.shown) {
    const diff = o.maxAbsDiff !== undefined ? `, max |a-b| ${o.maxAbsDiff.toExponential(2)}${o.tolerance ? ` (atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol})` : ''}` : '';
    lines.push(`  output ${sanitizeTerminal(capName(o.name))} ${shape(o.shape)}${o.finite ? '' : ', NOT finite'}${diff}${o.problem ? ` — ${sanitizeTerminal(o.problem)}` : ''}`);
  }
  if (outputs.more) lines.push(`  ${moreText(outputs.more, 'output')}`);
  const notes = capList(s.notes, MAX_OUTPUTS);
  for (const n of notes.shown) lines.push(`  note: ${sanitizeTerminal(n)}`);
  if (notes.more) lines.push(`  ${moreText(notes.more, 'note')}`);
  return lines;
}

/** `show` words free text for the reader (the PR comment cuts the runner's paths to the repository). */
export function smokeMarkdown(s: SmokeResult, show: (text: string) => string = (t) => t): string {
  const head = `**Smoke inference ${s.status}** on ${escapeMarkdown(s.engine)} (${prose(show(s.engineReason))})${s.reason ? `: ${prose(show(s.reason))}` : ''}`;
  if (!s.outputs.length) return head;
  const outputs = capList(s.outputs, MAX_OUTPUTS);
  const rows = outputs.shown.map((o) => [escapeMarkdown(capName(o.name)), shape(o.shape), o.finite ? 'yes' : '**no**', o.maxAbsDiff?.toExponential(2) ?? '—', o.problem ? prose(show(o.problem)) : '']);
  return [head, '', ...table(['output', 'shape', 'finite', 'max abs diff', 'problem'], rows), ...(outputs.more ? ['', moreText(outputs.more, 'output')] : [])].join('\n');
}
