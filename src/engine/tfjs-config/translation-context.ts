// What the translation steps share: the Keras generation, the notes, and every reason TF.js cannot
// build the model (gathered in one pass, so a skipped smoke run names them all at once).
import { layerEntryName } from '../../model/keras-vocabulary.js';
import type { KerasGeneration } from '../../model/types.js';
import { isObject } from '../../sources/json-value.js';
import { asText } from '../../text/config-text.js';

/** One reason the model cannot be built by TF.js. */
export interface Blocker {
  layer: string;
  className: string;
  why: string;
  /** True when building it would run code from the file (Lambda, custom classes and functions). */
  code?: boolean;
}

/** What the translation steps share; exported so each step can be tested on its own. */
export interface Ctx {
  generation: KerasGeneration;
  /** tfjs-layers wrote the config (TF.js' own defaults already apply). */
  tfjs: boolean;
  notes: Set<string>;
  blockers: Blocker[];
  halfPrecision: boolean;
  removedOps: string[];
}

export function newContext(generation: KerasGeneration, tfjs = false): Ctx {
  return { generation, tfjs, notes: new Set(), blockers: [], halfPrecision: false, removedOps: [] };
}

/** A layer entry's name (Keras' precedence), else its class name: what a blocker and a node reference call it. */
export function entryName(entry: unknown): string {
  return layerEntryName(entry, asText(isObject(entry) ? entry.class_name : undefined, '?'));
}

export function block(ctx: Ctx, entry: unknown, why: string, code = false): void {
  const className = asText(isObject(entry) ? entry.class_name : undefined, '?');
  ctx.blockers.push({ layer: entryName(entry), className, why, ...(code ? { code } : {}) });
}

/** Each blocker once (a layer met twice, e.g. inside a shared wrapper, is named once). */
export function dedupeBlockers(blockers: Blocker[]): Blocker[] {
  const seen = new Set<string>();
  return blockers.filter((b) => {
    const key = `${b.layer}\0${b.why}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Why TF.js cannot build the model, naming every layer at once. */
export function describeBlockers(blockers: readonly Blocker[]): string {
  const code = blockers.filter((b) => b.code);
  const parts = blockers.map((b) => `${b.className} '${b.layer}' (${b.why})`);
  const lead = code.length
    ? 'not executed: the model depends on Python code (a Lambda, a custom class or function), which weightgate never runs'
    : "TF.js 4.22 cannot build this model, even with weightgate's own layers";
  return `${lead}: ${parts.join('; ')}`;
}
