// `inspect` as Markdown for the job summary: one table per side; every name from the file escaped.
import type { InspectJson } from './inspect.js';
import { formatBytes, formatShape } from './inspect.js';
import { code, escapeMarkdown, table } from './markdown.js';

type Side = { layers: NonNullable<InspectJson['layers']> };

function sideTable(s: Side): string[] {
  const rows = s.layers.flatMap((l) => {
    if (!l.weights.length) return [[escapeMarkdown(l.name), escapeMarkdown(l.className ?? ''), l.status === 'unknown-class' ? '*variables unknown*' : '', '', '', '']];
    return l.weights.map((w, i) => [
      i === 0 ? escapeMarkdown(l.name) : '', i === 0 ? escapeMarkdown(l.className ?? '') : '', code(w.name),
      formatShape(w.shape), escapeMarkdown(w.dtype), formatBytes(w.bytes),
    ]);
  });
  return table(['layer', 'class', 'weight', 'shape', 'dtype', 'size'], rows);
}

export function inspectMarkdown(j: InspectJson): string {
  const out = [`#### ${code(j.file)}`, '', `format: ${escapeMarkdown(j.format)}`, ''];
  const side = (title: string, s: Side) => out.push(`<details><summary>${title} (${s.layers.length} layers)</summary>`, '', ...sideTable(s), '', '</details>', '');
  if (j.definition) side('definition', j.definition);
  if (j.weights) side('weights', j.weights);
  if (j.layers) side(j.optimizer ? 'saved weights' : 'expected weights', { layers: j.layers });
  for (const n of j.notes) out.push(`> ${escapeMarkdown(n)}`);
  return out.join('\n');
}
