// A Bidirectional wrapper's config as TF.js builds it: from the forward layer alone.
import { isObject } from '../../sources/json-value.js';
import { block, type Ctx } from './translation-context.js';
import { editable, type EditableJson } from './tfjs-topology.js';

/** A wrapped layer's class and config without what a backward copy changes (name, go_backwards). */
function comparable(l: unknown): string {
  const entry = isObject(l) ? l : {};
  const { name: _n, go_backwards: _g, ...rest } = isObject(entry.config) ? entry.config : {};
  return JSON.stringify({ class_name: entry.class_name, ...rest });
}

/**
 * TF.js builds the backward RNN of a Bidirectional from the forward config with go_backwards flipped;
 * a Keras 3 `backward_layer` that differs in more than that cannot be expressed.
 */
export function reconcileBackwardLayer(c: EditableJson, entry: unknown, ctx: Ctx): void {
  const back = c.backward_layer;
  if (!isObject(back)) return;
  if (!isObject(c.layer) || comparable(back) !== comparable(c.layer)) {
    block(ctx, entry, 'a backward_layer configured differently from the forward layer, which TF.js cannot express');
  }
  delete c.backward_layer;
}

/**
 * Keras 3 saves the wrapped layer already renamed `forward_<name>` and strips that prefix again when
 * it rebuilds the wrapper; TF.js always adds `forward_`/`backward_`, so it must get the bare name, or
 * its variables become `forward_forward_<name>/…` and no longer match the names Keras gives them.
 */
export function unprefixForwardLayer(c: EditableJson): void {
  const inner = editable(editable(c.layer)?.config);
  if (inner && typeof inner.name === 'string' && inner.name.startsWith('forward_')) inner.name = inner.name.slice('forward_'.length);
}
