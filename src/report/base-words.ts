// How the comparison with the base commit reads, in the text report and the PR comment alike: the
// trend words, the one-line summary, and a sentence per kind of change.
import { percent, significant as sig } from '../text/numbers.js';
import type { ModelChanges, NotCompared, WeightsChange } from '../check/base-compare.js';
import { brokenByChange, isFailing, type CheckReport, type ModelResult } from '../check/report.js';
import type { Trend } from '../check/trend.js';
import type { DefinitionChanges } from '../diff/definition-changes.js';
import { plural } from '../text/grammar.js';

export const TREND_WORDS: Record<Trend, string> = {
  introduced: 'broken by this change',
  fixed: 'fixed by this change',
  'pre-existing': 'already failing at the base',
  unchanged: 'unchanged',
  'new-model': 'new',
  'removed-model': 'removed',
};

function isNotCompared(x: unknown): x is NotCompared {
  return typeof x === 'object' && x !== null && 'reason' in x;
}

/** `1 model broken by this change, 2 already failing at main, 1 fixed`; '' without a base. */
export function trendSummary(r: CheckReport): string {
  if (!r.base) return '';
  if (r.base.unavailable) return `the base ${r.base.ref} could not be checked: ${r.base.unavailable}`;
  const count = (t: Trend): number => r.models.filter((m) => m.trend === t).length;
  const parts = [
    count('introduced') ? `${plural(count('introduced'), 'model')} broken by this change` : '',
    count('fixed') ? `${count('fixed')} fixed` : '',
    count('pre-existing') ? `${count('pre-existing')} already failing at ${r.base.ref}` : '',
    count('new-model') ? `${count('new-model')} new` : '',
    r.removedModels?.length ? `${r.removedModels.length} removed` : '',
  ].filter(Boolean);
  return `against ${r.base.ref}${r.base.sha ? ` (${r.base.sha.slice(0, 7)})` : ''}: ${parts.join(', ') || 'nothing broken or fixed'}`;
}

function definitionText(d: DefinitionChanges): string {
  const layers = d.layers.map((l) => {
    switch (l.change) {
      case 'added': return `${l.layer} added (${l.after ?? ''})`;
      case 'removed': return `${l.layer} removed (${l.before ?? ''})`;
      case 'renamed': return `${l.before ?? ''} renamed ${l.layer}`;
      case 'reshaped': return `${l.layer} reshaped: ${l.before ?? ''} → ${l.after ?? ''}`;
      case 'class': return `${l.layer} is now ${l.after ?? ''} (was ${l.before ?? ''})`;
    }
  });
  const fields = d.config.map((c) => `${c.layer}: ${c.field} ${c.saved} → ${c.expected}`);
  return [...layers, ...fields].join('; ');
}


function weightsText(w: WeightsChange): string {
  const total = w.same + w.changed + w.added + w.removed + w.reshaped + w.retyped;
  const structure = [w.added ? `${w.added} added` : '', w.removed ? `${w.removed} removed` : '', w.reshaped ? `${w.reshaped} reshaped` : '', w.retyped ? `${w.retyped} retyped` : ''].filter(Boolean);
  return `${w.changed} of ${plural(total, 'variable')} changed${w.changed ? ` (max |Δ| ${sig(w.maxAbsDiff)})` : ''}${structure.length ? `, ${structure.join(', ')}` : ''}`;
}

/** One sentence per changed part: `weights: 2 of 6 variables changed (max |Δ| 0.5)`. */
export function changeLines(c: ModelChanges | undefined): string[] {
  if (!c) return [];
  const out: string[] = [];
  if (c.definition) out.push(`definition: ${isNotCompared(c.definition) ? `not compared (${c.definition.reason})` : definitionText(c.definition)}`);
  if (c.weights) out.push(`weights: ${isNotCompared(c.weights) ? `not compared (${c.weights.reason})` : weightsText(c.weights)}`);
  if (c.outputs) {
    out.push(`outputs: ${isNotCompared(c.outputs) ? `not compared (${c.outputs.reason})` : c.outputs.outputs.map((o) =>
      `${o.name} max |Δ| ${sig(o.maxAbsDiff)}, mean |Δ| ${sig(o.meanAbsDiff)}${o.top1Agreement === undefined ? '' : `, top-1 unchanged on ${percent(o.top1Agreement)}`}`).join('; ')}`);
  }
  return out;
}

/**
 * Models that still load but changed since the base (retrained, outputs moved, config changed); a
 * failing model's own findings already say what is wrong with it.
 */
export function changedModels(r: CheckReport): ModelResult[] {
  return r.models.filter((m) => !isFailing(m) && m.changes && (m.changes.definition || m.changes.weights || m.changes.outputs));
}

/**
 * The pull request's own line: `1 model broken by this pull request, 1 fixed, 2 already failing on main`;
 * '' without a base, and the reason when the base could not be checked.
 */
export function pullRequestLine(r: CheckReport): string {
  if (!r.base) return '';
  if (r.base.unavailable) return `The base ${r.base.ref} could not be checked, so every failing model counts: ${r.base.unavailable}`;
  const count = (t: Trend): number => r.models.filter((m) => m.trend === t).length;
  const broken = r.models.filter(brokenByChange).length;
  const parts = [
    broken ? `${plural(broken, 'model')} broken by this pull request` : 'nothing broken by this pull request',
    count('fixed') ? `${count('fixed')} fixed` : '',
    count('pre-existing') ? `${count('pre-existing')} already failing on ${r.base.ref}` : '',
    r.removedModels?.length ? `${r.removedModels.length} removed` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** A short tag for the model table: `new here`, `fixed here`, `already on main`; '' otherwise. */
export function trendTag(m: ModelResult, baseRef: string): string {
  switch (m.trend) {
    case 'introduced': return 'broken here';
    case 'fixed': return 'fixed here';
    case 'pre-existing': return `already on ${baseRef}`;
    case 'new-model': return 'new model';
    default: return '';
  }
}
