// Pooling layers: weightless, only their output geometry matters.
import type { LayerSpec } from './spec.js';
import { bool, paddingMode, pick } from './config-read.js';
import { isChannelsFirst } from '../keras-vocabulary.js';
import { joinChannels, splitChannels } from './conv.js';
import { convOutputLength, inputShape, itemAt, requireRank, toTuple } from './shape-math.js';

/**
 * Max/Average pooling. Strides default to the pool size; Keras 1 spells the 1D keys
 * `pool_length`/`stride` and the padding `border_mode`.
 */
export function pooling(rank: 1 | 2 | 3): LayerSpec {
  return {
    variables: () => [],
    outputShapes(call) {
      const c = call.config;
      const input = inputShape(call);
      requireRank(input, rank + 2, call);
      const pool = toTuple(pick(c, 'pool_size', 'pool_length') ?? 2, rank, 'pool_size');
      const strides = toTuple(pick(c, 'strides', 'stride') ?? pool, rank, 'strides');
      const cf = isChannelsFirst(c);
      const l = splitChannels(input, cf);
      const padding = paddingMode(c);
      const spatial = l.spatial.map((d, i) => convOutputLength(d, itemAt(pool, i, 'pool_size'), padding, itemAt(strides, i, 'strides')));
      return [joinChannels({ ...l, spatial }, cf)];
    },
  };
}

export function globalPooling(rank: 1 | 2 | 3): LayerSpec {
  return {
    variables: () => [],
    outputShapes(call) {
      const input = inputShape(call);
      requireRank(input, rank + 2, call);
      const cf = isChannelsFirst(call.config);
      const l = splitChannels(input, cf);
      if (!bool(call.config, 'keepdims', false)) return [[l.batch, l.channels]];
      return [joinChannels({ ...l, spatial: l.spatial.map(() => 1) }, cf)];
    },
  };
}

/** Keras 3 Adaptive{Average,Max}Pooling: the spatial output is fixed by `output_size`. */
export function adaptivePooling(rank: 1 | 2 | 3): LayerSpec {
  return {
    variables: () => [],
    outputShapes(call) {
      const input = inputShape(call);
      requireRank(input, rank + 2, call);
      const cf = isChannelsFirst(call.config);
      const l = splitChannels(input, cf);
      return [joinChannels({ ...l, spatial: toTuple(call.config.output_size, rank, 'output_size') }, cf)];
    },
  };
}
