// The walk over a model config: each (nested) model's layer list and graph, each layer through the
// translation steps, in place on the normaliser's own deep copy.
import { isNestedModel } from '../../model/keras-vocabulary.js';
import { isObject } from '../../sources/json-value.js';
import { asText } from '../../text/config-text.js';
import { reconcileBackwardLayer, unprefixForwardLayer } from './bidirectional-config.js';
import { normalizeDtype } from './dtype-policy.js';
import { convertInboundNodes, wrapLayerRefs } from './functional-nodes.js';
import { translateKeras1Layer } from './keras1-config-names.js';
import {
  dropTrainingOnlyKeys, normalizeInputLayer, renameActivations, replaceInferenceIdentity, stripKeras3Keys, translateCudnnLayer,
  translateKeras3Arguments,
} from './layer-arguments.js';
import { checkTfjsSupport, flagCustomClass } from './layer-support-check.js';
import { checkAttentionMasks, removeMaskOps } from './mask-ops.js';
import { builtInputShape, dropStaleInputShapes, injectSequentialInputShape, keras1InputShape } from './sequential-input-shape.js';
import { entryName, type Ctx } from './translation-context.js';
import { asLayer, editable, editableList, type EditableJson, type TfjsModel, type TfjsModelConfig } from './tfjs-topology.js';

/** A Sequential, Functional or Model entry (or a class whose config is a functional graph). */
export function isModelEntry(entry: EditableJson): boolean {
  return isNestedModel(typeof entry.class_name === 'string' ? entry.class_name : '', entry.config);
}

/** The entry as a model: a bare layer list (Keras <= 2.2 and tfjs 1.x Sequentials) wrapped, a layer list always present. */
export function asModel(entry: EditableJson): TfjsModel {
  if (Array.isArray(entry.config)) entry.config = { name: entry.name ?? 'sequential', layers: entry.config };
  const given = editable(entry.config) ?? {};
  const config: TfjsModelConfig = Object.assign(given, { layers: editableList(given.layers) ?? [] });
  return Object.assign(entry, { config });
}

/** Nested model layers, whose node numbering in TF.js starts with a node of their own. */
function nestedModelClasses(layers: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of layers) if (isObject(l) && isModelEntry(l)) out.set(entryName(l), asText(l.class_name, 'undefined'));
  return out;
}

export function translateModel(entry: EditableJson, ctx: Ctx): TfjsModel {
  const model = asModel(entry);
  const cfg = model.config;
  const functional = model.class_name !== 'Sequential';
  if (functional) {
    checkAttentionMasks(cfg.layers, ctx);
    removeMaskOps(cfg, ctx);
  }
  const layers = editableList(cfg.layers) ?? [];
  cfg.layers = layers;
  const firstBuilt = builtInputShape(layers[0]) ?? keras1InputShape(layers[0]);
  const nested = nestedModelClasses(layers);
  for (const layer of layers) {
    const l = editable(layer);
    if (!l) continue;
    translateLayer(l, ctx);
    if (functional) convertInboundNodes(l, nested, ctx);
  }
  dropStaleInputShapes(layers, functional);
  if (functional) {
    cfg.input_layers = wrapLayerRefs(cfg.input_layers);
    cfg.output_layers = wrapLayerRefs(cfg.output_layers);
  } else {
    injectSequentialInputShape(cfg, firstBuilt, ctx);
  }
  // A model-level policy only sets defaults for layers Keras then writes out one by one.
  delete cfg.dtype;
  stripKeras3Keys(model);
  return model;
}

/** Layer configs inside a layer: wrapper `layer`, Bidirectional `backward_layer`, RNN `cell`(s). */
function nestedLayerEntries(c: EditableJson): EditableJson[] {
  const out: EditableJson[] = [];
  const isEntry = (x: unknown): x is EditableJson => isObject(x) && typeof x.class_name === 'string';
  for (const key of ['layer', 'backward_layer', 'cell']) {
    const v = c[key];
    if (isEntry(v)) out.push(v);
    if (Array.isArray(v)) out.push(...v.filter(isEntry));
  }
  const cells = editable(editable(c.cell)?.config)?.cells;
  if (Array.isArray(cells)) out.push(...cells.filter(isEntry));
  return out;
}

function translateLayer(entry: EditableJson, ctx: Ctx): void {
  if (isModelEntry(entry)) {
    translateModel(entry, ctx);
    return;
  }
  flagCustomClass(asLayer(entry), ctx);
  if (ctx.generation === 1) translateKeras1Layer(entry, ctx);
  translateCudnnLayer(entry, ctx);
  replaceInferenceIdentity(entry, ctx);
  const c = asLayer(entry).config;
  normalizeDtype(c, entry, ctx);
  if (entry.class_name === 'InputLayer') normalizeInputLayer(c, entry, ctx);
  renameActivations(c, entry, ctx);
  translateKeras3Arguments(entry, ctx);
  dropTrainingOnlyKeys(c, ctx);
  for (const inner of nestedLayerEntries(c)) translateLayer(inner, ctx);
  if (entry.class_name === 'Bidirectional') {
    reconcileBackwardLayer(c, entry, ctx);
    if (ctx.generation === 3) unprefixForwardLayer(c);
  }
  checkTfjsSupport(entry, ctx);
  stripKeras3Keys(entry);
}
