// Keras model configs of every generation → what tfjs-layers 4.22 `modelFromJSON` accepts, as small
// named translations (src/engine/tfjs-config/) applied to a deep copy, plus every reason TF.js cannot
// build the model, gathered in one pass so a skipped smoke run names them all at once.
import { unwrapModelConfig } from '../model/keras-config.js';
import type { KerasGeneration } from '../model/types.js';
import type { JsonObject } from '../sources/json-value.js';
import { asText } from '../text/config-text.js';
import { asModel, isModelEntry, translateModel } from './tfjs-config/model-translation.js';
import { block, dedupeBlockers, newContext, type Blocker, type Ctx } from './tfjs-config/translation-context.js';
import type { EditableJson, TfjsModel } from './tfjs-config/tfjs-topology.js';

/** A config object read from a file (unchecked). */
export type Json = JsonObject;

export interface Normalized {
  /** The model config (`{class_name, config}`, snake_case, Keras 2 layout), as TF.js reads it. */
  config: TfjsModel;
  /** Translations worth telling, one sentence each. */
  notes: string[];
  blockers: Blocker[];
  /** Some layer computes in float16/bfloat16 in Keras, while TF.js computes in float32. */
  halfPrecision: boolean;
  /** Keras 3 op nodes taken out of the graph (their work is done by TF.js itself). */
  removedOps: string[];
}

export function normalizeConfig(model: Json, generation: KerasGeneration, tfjs = false): Normalized {
  const ctx = newContext(generation, tfjs);
  // A deep copy, edited in place: the caller's config is never changed.
  const root: EditableJson = structuredClone(unwrapModelConfig(model));
  if (!isModelEntry(root)) {
    block(ctx, root, `'${asText(root.class_name, String(root.class_name))}' is not a Sequential or functional model config (a subclassed model's layers live in Python code)`, true);
    return finish(asModel(root), ctx);
  }
  return finish(translateModel(root, ctx), ctx);
}

function finish(config: TfjsModel, ctx: Ctx): Normalized {
  return { config, notes: [...ctx.notes], blockers: dedupeBlockers(ctx.blockers), halfPrecision: ctx.halfPrecision, removedOps: ctx.removedOps };
}

// Each step on its own, for the tests that check them one by one.
export { describeBlockers, newContext, type Blocker } from './tfjs-config/translation-context.js';
export { convertInboundNodes, wrapLayerRefs } from './tfjs-config/functional-nodes.js';
export { removeMaskOps } from './tfjs-config/mask-ops.js';
export { normalizeDtype } from './tfjs-config/dtype-policy.js';
export { renameActivations, replaceInferenceIdentity, stripKeras3Keys, translateKeras3Arguments } from './tfjs-config/layer-arguments.js';
export { translateKeras1Layer } from './tfjs-config/keras1-config-names.js';
