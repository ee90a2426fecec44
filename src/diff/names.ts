// Name checks for rules that ignore names (order, path): the file's recorded layer name against the
// model layer that receives its weights. Loading succeeds either way; a swap means wrong outputs.
import type { LoaderRule } from './diff-report.js';
import type { NameMismatch } from './findings.js';
import { differOnlyByAutoNumber } from './shapes.js';

export interface NamedPair {
  layer: string;
  savedLayer: string;
  position: number;
  objectPath?: string;
}

/** Follow "model layer d receives the file's layer f(d)" until it comes back to the start. */
function cycleFrom(start: string, next: Map<string, string>): string[] | null {
  const seq = [start];
  let cur = next.get(start);
  while (cur !== undefined && cur !== start && next.has(cur) && seq.length <= next.size) {
    seq.push(cur);
    cur = next.get(cur);
  }
  return cur === start && seq.length >= 2 ? seq : null;
}

export function nameMismatches(pairs: readonly NamedPair[], rule: LoaderRule): NameMismatch[] {
  const differing = pairs.filter((p) => p.layer !== p.savedLayer);
  const next = new Map(differing.map((p) => [p.layer, p.savedLayer]));
  return differing.map((p): NameMismatch => {
    const cycle = cycleFrom(p.layer, next);
    const autoNumbered = differOnlyByAutoNumber(p.layer, p.savedLayer);
    const base = {
      code: 'name-mismatch' as const, rule, layer: p.layer, savedLayer: p.savedLayer, position: p.position,
      ...(p.objectPath ? { objectPath: p.objectPath } : {}), autoNumbered, raises: false,
    };
    if (cycle && cycle.length === 2) return { ...base, severity: 'warning', swappedWith: p.savedLayer };
    if (cycle) return { ...base, severity: 'warning', cycle };
    return { ...base, severity: autoNumbered ? 'info' : 'warning' };
  });
}
