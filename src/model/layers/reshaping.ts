// Weightless layers that rearrange, pad, crop or resample their input.
import type { Dim, Shape } from '../types.js';
import type { LayerCall, LayerSpec } from './spec.js';
import { num, pick } from './config-read.js';
import { isChannelsFirst } from '../keras-vocabulary.js';
import { joinChannels, splitChannels } from './conv.js';
import { LayerConfigError, addDims, inputShape, mulDim, product, requireRank, toTuple } from './shape-math.js';

function weightless(outputShapes: (call: LayerCall) => Shape[]): LayerSpec {
  return { variables: () => [], outputShapes };
}

export const flatten = weightless((call) => {
  const input = inputShape(call);
  return [[input[0], input.length === 1 ? 1 : product(input.slice(1))]];
});

/** Reshape: one -1 is inferred from the known element count, or left open when it cannot be. */
export const reshape = weightless((call) => {
  const input = inputShape(call);
  const target = call.config.target_shape;
  if (!Array.isArray(target)) throw new LayerConfigError('Reshape has no target_shape');
  const dims = (target as Dim[]).map((d) => (d === -1 ? null : d));
  const unknown = (target as Dim[]).filter((d) => d === -1 || d === null).length;
  if (unknown === 1) {
    const total = product(input.slice(1));
    const known = product(dims.filter((d) => d !== null));
    if (total !== null && known !== null && known !== 0) {
      dims[dims.findIndex((d) => d === null)] = total / known;
    }
  }
  return [[input[0], ...dims]];
});

/** Permute: `dims` are 1-based positions of the non-batch axes. */
export const permute = weightless((call) => {
  const input = inputShape(call);
  const dims = call.config.dims;
  if (!Array.isArray(dims)) throw new LayerConfigError('Permute has no dims');
  return [[input[0], ...(dims as number[]).map((d) => input[d] ?? null)]];
});

export const repeatVector = weightless((call) => {
  const input = inputShape(call);
  return [[input[0], num(call.config, 'n'), ...input.slice(1)]];
});

/**
 * Per-spatial-dim (before, after) amounts, from every spelling Keras accepted: an int; one pair
 * for 1D; per-dim ints (symmetric) or pairs; Keras 1's flat (top, bottom, left, right); Keras 1's
 * dict of *_pad / *_crop keys.
 */
export function normalizePairs(raw: unknown, n: number, what: string): [number, number][] {
  if (typeof raw === 'number') return Array.from({ length: n }, () => [raw, raw] as [number, number]);
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const d = raw as Record<string, number>;
    const get = (k: string) => (typeof d[k] === 'number' ? d[k] : 0);
    if (n === 1) return [[get('left_pad'), get('right_pad')]];
    if (n === 2) return [[get('top_pad'), get('bottom_pad')], [get('left_pad'), get('right_pad')]];
  }
  if (Array.isArray(raw)) {
    if (n === 1 && raw.length === 2 && raw.every((v) => typeof v === 'number')) return [[raw[0], raw[1]]];
    if (raw.length === 2 * n && n > 1 && raw.every((v) => typeof v === 'number')) {
      return Array.from({ length: n }, (_, i) => [raw[2 * i], raw[2 * i + 1]] as [number, number]);
    }
    if (raw.length === n) {
      return raw.map((v) => {
        if (typeof v === 'number') return [v, v] as [number, number];
        if (Array.isArray(v) && v.length === 2) return [v[0], v[1]] as [number, number];
        throw new LayerConfigError(`${what}: bad entry ${JSON.stringify(v)}`);
      });
    }
    if (n === 1 && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 2) return [[raw[0][0], raw[0][1]]];
  }
  throw new LayerConfigError(`${what}: cannot read ${JSON.stringify(raw)} for ${n} dims`);
}

/** Dims that change along the spatial axes only; 1D layers are always channels-last. */
function spatialOp(
  rank: 1 | 2 | 3, op: (d: Dim, i: number, call: LayerCall) => Dim,
): LayerSpec {
  return weightless((call) => {
    const input = inputShape(call);
    requireRank(input, rank + 2, call);
    const cf = rank > 1 && isChannelsFirst(call.config);
    const l = splitChannels(input, cf);
    return [joinChannels({ ...l, spatial: l.spatial.map((d, i) => op(d, i, call)) }, cf)];
  });
}

const PAD_DEFAULT = 1;

export function zeroPadding(rank: 1 | 2 | 3): LayerSpec {
  return spatialOp(rank, (d, i, call) => {
    const pairs = normalizePairs(call.config.padding ?? PAD_DEFAULT, rank, 'padding');
    return addDims(d, pairs[i][0] + pairs[i][1]);
  });
}

export function cropping(rank: 1 | 2 | 3): LayerSpec {
  return spatialOp(rank, (d, i, call) => {
    const pairs = normalizePairs(call.config.cropping ?? (rank === 2 ? 0 : 1), rank, 'cropping');
    return addDims(d, -(pairs[i][0] + pairs[i][1]));
  });
}

/** UpSampling: Keras 1's UpSampling1D calls the factor `length`. */
export function upSampling(rank: 1 | 2 | 3): LayerSpec {
  return spatialOp(rank, (d, i, call) => {
    const size = toTuple(pick(call.config, 'size', 'length') ?? 2, rank, 'size');
    return mulDim(d, size[i]);
  });
}

/** Resizing / CenterCrop / RandomCrop: the spatial output is (height, width). */
export const fixedImageSize = weightless((call) => {
  const input = inputShape(call);
  const cf = isChannelsFirst(call.config);
  const h = num(call.config, 'height');
  const w = num(call.config, 'width');
  // Unbatched images are (h, w, c); Keras accepts them, so keep the rank.
  if (input.length === 3) return [cf ? [input[0], h, w] : [h, w, input[2]]];
  const l = splitChannels(input, cf);
  return [joinChannels({ ...l, spatial: [h, w] }, cf)];
});

/** RandomHeight / RandomWidth change one spatial dim by a random factor. */
export function randomSide(axisFromEnd: 3 | 2): LayerSpec {
  return weightless((call) => {
    const out = [...inputShape(call)];
    const cf = isChannelsFirst(call.config);
    const idx = cf ? out.length - axisFromEnd + 1 : out.length - axisFromEnd;
    out[idx] = null;
    return [out];
  });
}
