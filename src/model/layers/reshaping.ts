// Weightless layers that rearrange, pad, crop or resample their input.
import type { Dim, Shape } from '../types.js';
import type { LayerCall, LayerSpec } from './spec.js';
import { num, numberList, pick } from './config-read.js';
import { asShape } from '../keras-config.js';
import { isObject, numberAt } from '../../sources/json-value.js';
import { isChannelsFirst } from '../keras-vocabulary.js';
import { joinChannels, splitChannels } from './conv.js';
import { LayerConfigError, addDims, dimAt, inputShape, itemAt, mulDim, product, requireRank, toTuple } from './shape-math.js';
import { jsonSnippet } from '../../text/config-text.js';

function weightless(outputShapes: (call: LayerCall) => Shape[]): LayerSpec {
  return { variables: () => [], outputShapes };
}

export const flatten = weightless((call) => {
  const input = inputShape(call);
  return [[dimAt(input, 0), input.length === 1 ? 1 : product(input.slice(1))]];
});

/** Reshape: one -1 is inferred from the known element count, or left open when it cannot be. */
export const reshape = weightless((call) => {
  const input = inputShape(call);
  // -1 (the one inferred dim) and null both read as open.
  const dims = asShape(call.config.target_shape);
  if (!dims) throw new LayerConfigError('Reshape has no target_shape');
  const open = dims.findIndex((d) => d === null);
  if (open >= 0 && dims.filter((d) => d === null).length === 1) {
    const total = product(input.slice(1));
    const known = product(dims.filter((d) => d !== null));
    if (total !== null && known !== null && known !== 0) dims[open] = total / known;
  }
  return [[dimAt(input, 0), ...dims]];
});

/** Permute: `dims` are 1-based positions of the non-batch axes. */
export const permute = weightless((call) => {
  const input = inputShape(call);
  if (!Array.isArray(call.config.dims)) throw new LayerConfigError('Permute has no dims');
  const dims = numberList(call.config.dims, 'Permute dims');
  return [[dimAt(input, 0), ...dims.map((d) => input[d] ?? null)]];
});

export const repeatVector = weightless((call) => {
  const input = inputShape(call);
  return [[dimAt(input, 0), num(call.config, 'n'), ...input.slice(1)]];
});

/**
 * Per-spatial-dim (before, after) amounts, from every spelling Keras accepted: an int; one pair
 * for 1D; per-dim ints (symmetric) or pairs; Keras 1's flat (top, bottom, left, right); Keras 1's
 * dict of *_pad / *_crop keys.
 */
export function normalizePairs(raw: unknown, n: number, what: string): [number, number][] {
  if (typeof raw === 'number') return Array.from({ length: n }, () => [raw, raw] as [number, number]);
  if (isObject(raw)) {
    const get = (k: string) => numberAt(raw, k) ?? 0;
    if (n === 1) return [[get('left_pad'), get('right_pad')]];
    if (n === 2) return [[get('top_pad'), get('bottom_pad')], [get('left_pad'), get('right_pad')]];
  }
  const list: readonly unknown[] = Array.isArray(raw) ? raw : [];
  const nums = list.every((v): v is number => typeof v === 'number') ? list : undefined;
  const pairOf = (v: unknown): [number, number] | undefined => {
    if (typeof v === 'number') return [v, v];
    const [a, b, ...rest] = Array.isArray(v) ? (v as readonly unknown[]) : [];
    return typeof a === 'number' && typeof b === 'number' && !rest.length ? [a, b] : undefined;
  };
  if (Array.isArray(raw)) {
    const [a, b] = nums ?? [];
    if (n === 1 && list.length === 2 && a !== undefined && b !== undefined) return [[a, b]];
    if (nums && nums.length === 2 * n && n > 1) {
      return Array.from({ length: n }, (_, i) => [nums[2 * i] ?? 0, nums[2 * i + 1] ?? 0] as [number, number]);
    }
    if (list.length === n) {
      return list.map((v) => {
        const pair = pairOf(v);
        if (!pair) throw new LayerConfigError(`${what}: bad entry ${jsonSnippet(v)}`);
        return pair;
      });
    }
    const only = n === 1 && list.length === 1 && Array.isArray(list[0]) ? pairOf(list[0]) : undefined;
    if (only) return [only];
  }
  throw new LayerConfigError(`${what}: cannot read ${jsonSnippet(raw)} for ${n} dims`);
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
    const [before, after] = itemAt(normalizePairs(call.config.padding ?? PAD_DEFAULT, rank, 'padding'), i, 'padding');
    return addDims(d, before + after);
  });
}

export function cropping(rank: 1 | 2 | 3): LayerSpec {
  return spatialOp(rank, (d, i, call) => {
    const [before, after] = itemAt(normalizePairs(call.config.cropping ?? (rank === 2 ? 0 : 1), rank, 'cropping'), i, 'cropping');
    return addDims(d, -(before + after));
  });
}

/** UpSampling: Keras 1's UpSampling1D calls the factor `length`. */
export function upSampling(rank: 1 | 2 | 3): LayerSpec {
  return spatialOp(rank, (d, i, call) => {
    const size = toTuple(pick(call.config, 'size', 'length') ?? 2, rank, 'size');
    return mulDim(d, itemAt(size, i, 'size'));
  });
}

/** Resizing / CenterCrop / RandomCrop: the spatial output is (height, width). */
export const fixedImageSize = weightless((call) => {
  const input = inputShape(call);
  const cf = isChannelsFirst(call.config);
  const h = num(call.config, 'height');
  const w = num(call.config, 'width');
  // Unbatched images are (h, w, c); Keras accepts them, so keep the rank.
  if (input.length === 3) return [cf ? [dimAt(input, 0), h, w] : [h, w, dimAt(input, 2)]];
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
