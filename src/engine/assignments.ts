// The diff's pairing, turned into what the engine loads: exactly the variables the real loader would
// fill, so a silent swap or an unloaded layer shows up in the outputs as it would in Keras.
import type { DiffReport } from '../diff/index.js';
import type { DefinitionModel } from '../model/types.js';
import type { WeightAssignment } from './engine-types.js';

export function assignmentsFromDiff(definition: DefinitionModel, report: Pick<DiffReport, 'pairs'>): WeightAssignment[] {
  const indexOf = new Map(definition.layers.flatMap((l) => l.weights.map((w, i) => [w, { layer: l.name, i }] as const)));
  const out: WeightAssignment[] = [];
  for (const p of report.pairs) {
    // A pair whose shapes disagree is never assigned: Keras raises, or (skip_mismatch) keeps the initial value.
    if (!p.shapeOk) continue;
    const at = indexOf.get(p.expected);
    if (at) out.push({ layer: at.layer, weightIndex: at.i, saved: p.saved });
  }
  return out;
}

/** Why the smoke run cannot mean anything for this pair, or undefined when it can run. */
export function smokeBlocker(report: Pick<DiffReport, 'loaderError' | 'pairs' | 'findings'>): string | undefined {
  if (report.loaderError) return 'the real loader raises on this pair, so there is no loaded model to run';
  if (!report.pairs.length) {
    // Say whose code is missing rather than that nothing paired: that is why nothing could.
    const unknown = report.findings.flatMap((f) => (f.code === 'unknown-layer-class' ? [`'${f.layer}' (${f.className})`] : []));
    if (unknown.length) {
      const shown = unknown.slice(0, 5).join(', ') + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : '');
      return `the model's variables belong to ${shown}, whose code is not in the file (weightgate never runs model code), so there is no model to build`;
    }
    return 'no saved variable pairs with the model';
  }
  return undefined;
}
