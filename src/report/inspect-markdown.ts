// `inspect` as Markdown for the job summary: one table per side; every name from the file escaped.
import type { InspectJson } from './inspect.js';
import { formatBytes, formatShape } from './inspect.js';
import { plural } from '../text/grammar.js';
import { capList, capName, moreText } from './cap.js';
import { code, escapeMarkdown, table } from './markdown.js';

type Side = Pick<NonNullable<InspectJson['definition']>, 'layers' | 'totals' | 'truncated'>;

function sideTable(s: Side): string[] {
  const rows = s.layers.flatMap((l) => {
    if (!l.weights.length) return [[escapeMarkdown(capName(l.name)), escapeMarkdown(capName(l.className ?? '')), l.status === 'unknown-class' ? '*variables unknown*' : '', '', '', '']];
    return l.weights.map((w, i) => [
      i === 0 ? escapeMarkdown(capName(l.name)) : '', i === 0 ? escapeMarkdown(capName(l.className ?? '')) : '', code(capName(w.name)),
      formatShape(w.shape), escapeMarkdown(w.dtype), formatBytes(w.bytes),
    ]);
  });
  const out = table(['layer', 'class', 'weight', 'shape', 'dtype', 'size'], rows);
  if (s.truncated?.layers) out.push('', `${moreText(s.truncated.layers, 'layer')}.`);
  if (s.truncated?.weights) out.push('', `${moreText(s.truncated.weights, 'weight')} of the listed layers.`);
  return out;
}

export function inspectMarkdown(j: InspectJson): string {
  const out = [`#### ${code(j.file)}`, '', `format: ${escapeMarkdown(j.format)}`, ''];
  const side = (title: string, s: Side) => out.push(`<details><summary>${title} (${plural(s.totals?.layers ?? s.layers.length, 'layer')})</summary>`, '', ...sideTable(s), '', '</details>', '');
  if (j.definition) side('definition', j.definition);
  if (j.weights) side('weights', j.weights);
  if (j.layers) side(j.optimizer ? 'saved weights' : 'expected weights', { layers: j.layers, totals: j.totals, truncated: j.truncated });
  const notes = capList(j.notes, 50);
  for (const n of notes.shown) out.push(`> ${escapeMarkdown(n)}`);
  if (notes.more) out.push('', moreText(notes.more, 'note'));
  return out.join('\n');
}
