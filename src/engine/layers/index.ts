// weightgate's TF.js layer classes for Keras layers tfjs-layers 4.22 lacks or refuses, for any TF.js
// app: `import { registerWeightgateLayers } from 'weightgate/tfjs-layers'; registerWeightgateLayers(tf);`
// before `tf.loadLayersModel(...)` on a model weightgate converted. Self-contained on purpose: it
// imports nothing from weightgate's readers, so an app bundles only these classes.
import { gruClasses } from './gru.js';
import { multiHeadAttentionClass } from './multi-head-attention.js';
import { normalizationClass } from './tfjs-normalization.js';
import { subtractClass } from './subtract.js';
import { registry, type TfApi } from './tfjs-api.js';

export type { TfApi } from './tfjs-api.js';

/**
 * Class names registered. GRU and GRUCell replace the build's own (which refuse reset_after=True)
 * and behave exactly like them when reset_after is false.
 */
export const WEIGHTGATE_LAYER_CLASSES = ['GRU', 'GRUCell', 'MultiHeadAttention', 'Normalization', 'Subtract'] as const;

/** Kept on the registry itself: a second copy of this module (bundle and source) must see it too. */
const MARK = Symbol.for('weightgate.tfjs-layers.registered');

/**
 * Registers the classes with this TF.js build, once: later calls (from any copy of weightgate) do
 * nothing. Returns true when this call registered them.
 */
export function registerWeightgateLayers(tf: TfApi): boolean {
  const map = registry(tf) as unknown as Record<symbol, unknown>;
  if (map[MARK]) return false;
  const { GRU, GRUCell } = gruClasses(tf);
  for (const cls of [GRUCell, GRU, multiHeadAttentionClass(tf), normalizationClass(tf), subtractClass(tf)]) {
    tf.serialization.registerClass(cls);
  }
  map[MARK] = true;
  return true;
}
