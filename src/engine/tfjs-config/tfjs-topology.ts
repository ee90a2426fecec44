// What the normaliser writes: a TF.js (Keras 2 layout) model topology, as `modelFromJSON` in
// tfjs-layers 4.22 reads it. It is made by editing a deep copy of the file's config, so the values
// weightgate only copies stay `unknown` (build-model.ts validates the graph before TF.js sees it);
// the parts weightgate writes have their own types here.
import { isObject } from '../../sources/json-value.js';

/** An object of the copy being edited: weightgate may write any key; what it has not checked is `unknown`. */
export type EditableJson = { [key: string]: unknown };

/** One input of a call as tfjs-layers reads it: `[layer, call index, output index, call kwargs]`. */
export type TfjsNodeRef = [layer: string, nodeIndex: number, tensorIndex: number, kwargs: EditableJson];

/**
 * One layer entry: an editable config, and a `class_name` as the file gave it (a class TF.js lacks,
 * or no string at all, is a blocker; build-model.ts checks again before TF.js reads it).
 */
export interface TfjsLayer extends EditableJson {
  config: EditableJson;
  /** Keras 2 layout: one list of `TfjsNodeRef` per call (entries not from Keras 3 are copied unchanged). */
  inbound_nodes?: unknown;
}

/** A model config: its layer list (non-object entries are kept for build-model.ts to report) and graph ends. */
export interface TfjsModelConfig extends EditableJson {
  layers: unknown[];
  /** Functional models: `[layer, node, tensor]` triples, one per input/output. */
  input_layers?: unknown;
  output_layers?: unknown;
}

/** A (nested) model entry: `{class_name, config: {layers, …}}`. */
export interface TfjsModel extends TfjsLayer {
  config: TfjsModelConfig;
}

/** The object itself, as part of the copy being edited (the normaliser edits only its own deep copy). */
export function editable(v: unknown): EditableJson | undefined {
  return isObject(v) ? v : undefined;
}

/** The entry with an object config (an empty one when the file gave none or something else). */
export function asLayer(entry: EditableJson): TfjsLayer {
  const config = editable(entry.config) ?? {};
  return Object.assign(entry, { config });
}

/** The array itself, as part of the copy being edited. */
export function editableList(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

/** An initializer weightgate writes into a config (a default it spells out, a seeded copy, the unset marker). */
export interface TfjsInitializer {
  class_name: string;
  config: EditableJson;
}
