// The smoke inference's result, for a terminal and for Markdown. Output names come from the model file.
import type { SmokeResult } from '../engine/index.js';
import { escapeMarkdown, table } from './markdown.js';
import { sanitizeTerminal } from './text.js';

const WORD = { passed: '✔ smoke passed', failed: '✖ smoke failed', skipped: '○ smoke skipped' } as const;

function shape(s: readonly (number | null)[]): string {
  return `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;
}

export function smokeText(s: SmokeResult): string[] {
  // A failed comparison is explained per output; the overall reason would only repeat it.
  const reason = s.reason && !s.outputs.some((o) => o.problem) ? `: ${sanitizeTerminal(s.reason)}` : '';
  const lines = [`${WORD[s.status]} — engine ${s.engine} (${s.engineReason})${reason}`];
  for (const o of s.outputs) {
    const diff = o.maxAbsDiff !== undefined ? `, max |a-b| ${o.maxAbsDiff.toExponential(2)}${o.tolerance ? ` (atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol})` : ''}` : '';
    lines.push(`  output ${sanitizeTerminal(o.name)} ${shape(o.shape)}${o.finite ? '' : ', NOT finite'}${diff}${o.problem ? ` — ${sanitizeTerminal(o.problem)}` : ''}`);
  }
  for (const n of s.notes) lines.push(`  note: ${sanitizeTerminal(n)}`);
  return lines;
}

export function smokeMarkdown(s: SmokeResult): string {
  const head = `**Smoke inference ${s.status}** on ${escapeMarkdown(s.engine)} (${escapeMarkdown(s.engineReason)})${s.reason ? `: ${escapeMarkdown(s.reason)}` : ''}`;
  if (!s.outputs.length) return head;
  const rows = s.outputs.map((o) => [escapeMarkdown(o.name), shape(o.shape), o.finite ? 'yes' : '**no**', o.maxAbsDiff?.toExponential(2) ?? '—', o.problem ? escapeMarkdown(o.problem) : '']);
  return [head, '', ...table(['output', 'shape', 'finite', 'max abs diff', 'problem'], rows)].join('\n');
}
