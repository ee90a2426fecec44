// Where a Sequential without an InputLayer states its input shape, in each generation's layout, and
// the per-layer input shapes TF.js would check on every call.
import { isObject } from '../../sources/json-value.js';
import { block, type Ctx } from './translation-context.js';
import { asLayer, editable, type TfjsModelConfig } from './tfjs-topology.js';

/** Keras 1 first layers state `input_dim` (+ `input_length` for sequences) instead of a batch shape. */
export function keras1InputShape(entry: unknown): readonly unknown[] | undefined {
  if (!isObject(entry) || !isObject(entry.config)) return undefined;
  const c = entry.config;
  if (entry.class_name === 'Embedding') return 'input_length' in c ? [null, c.input_length ?? null] : undefined;
  if (typeof c.input_dim !== 'number') return undefined;
  return 'input_length' in c ? [null, c.input_length ?? null, c.input_dim] : [null, c.input_dim];
}

/** Keras 3 keeps the build shape in `build_config`; read it before the wrapper keys go. */
export function builtInputShape(entry: unknown): readonly unknown[] | undefined {
  if (!isObject(entry) || !isObject(entry.build_config)) return undefined;
  const s: unknown = entry.build_config.input_shape;
  return Array.isArray(s) && s.every((d: unknown) => d === null || typeof d === 'number') ? (s) : undefined;
}

/** The first layer of a Sequential gets the input shape Keras recorded elsewhere, or the model is blocked. */
export function injectSequentialInputShape(cfg: TfjsModelConfig, firstBuilt: readonly unknown[] | undefined, ctx: Ctx): void {
  const first = editable(cfg.layers[0]);
  const buildShape = cfg.build_input_shape;
  delete cfg.build_input_shape;
  if (!first || first.class_name === 'InputLayer') return;
  const fc = asLayer(first).config;
  if (Array.isArray(fc.batch_input_shape)) return;
  const shape = Array.isArray(buildShape) ? (buildShape as readonly unknown[]) : firstBuilt;
  if (shape) {
    fc.batch_input_shape = shape;
    ctx.notes.add("the Sequential input shape was taken from the shape Keras recorded for building it (build_input_shape, build_config or the first layer's input_dim)");
  } else if (!Array.isArray(fc.input_shape)) {
    block(ctx, first, 'the Sequential model declares no input shape, so TF.js cannot build it');
  }
}

/**
 * Keras 2 writes `batch_input_shape` on every layer of some Sequentials; Keras reads it on the first
 * layer only, while tfjs checks it on every call and warns when the real input differs.
 */
export function dropStaleInputShapes(layers: readonly unknown[], functional: boolean): void {
  layers.forEach((l, i) => {
    const c = editable(editable(l)?.config);
    if (!c || valueOfClass(l) === 'InputLayer' || (!functional && i === 0)) return;
    delete c.batch_input_shape;
    delete c.input_shape;
    delete c.batch_size;
  });
}

function valueOfClass(l: unknown): unknown {
  return isObject(l) ? l.class_name : undefined;
}
