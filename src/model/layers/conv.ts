// Keras 2/3 convolutions: plain, transposed, separable, depthwise, in 1-3 spatial dims, either
// data format. Kernels are always laid out spatial-dims-first whatever the data format.
import type { Dim, Shape } from '../types.js';
import type { LayerCall, LayerSpec, VariableSpec } from './spec.js';
import { bool, num, paddingMode, variable } from './config-read.js';
import { isChannelsFirst } from '../keras-vocabulary.js';
import {
  LayerConfigError, convOutputLength, deconvOutputLength, dimAt, inputShape, itemAt, lastDim, requireDim, requireRank, toTuple,
} from './shape-math.js';

export interface SpatialLayout {
  batch: Dim;
  spatial: Dim[];
  channels: Dim;
}

export function splitChannels(input: Shape, channelsFirst: boolean): SpatialLayout {
  return channelsFirst
    ? { batch: dimAt(input, 0), channels: dimAt(input, 1), spatial: input.slice(2) }
    : { batch: dimAt(input, 0), channels: lastDim(input), spatial: input.slice(1, -1) };
}

export function joinChannels(l: SpatialLayout, channelsFirst: boolean): Shape {
  return channelsFirst ? [l.batch, l.channels, ...l.spatial] : [l.batch, ...l.spatial, l.channels];
}

interface ConvGeometry {
  kernel: number[];
  strides: number[];
  dilation: number[];
  padding: string;
  channelsFirst: boolean;
}

function geometry(call: LayerCall, rank: number): ConvGeometry {
  const c = call.config;
  return {
    kernel: toTuple(c.kernel_size, rank, 'kernel_size'),
    strides: toTuple(c.strides ?? 1, rank, 'strides'),
    dilation: toTuple(c.dilation_rate ?? 1, rank, 'dilation_rate'),
    padding: paddingMode(c),
    channelsFirst: isChannelsFirst(c),
  };
}

function layout(call: LayerCall, rank: number, g: ConvGeometry): SpatialLayout {
  const input = inputShape(call);
  requireRank(input, rank + 2, call);
  return splitChannels(input, g.channelsFirst);
}

function convSpatial(spatial: Dim[], g: ConvGeometry): Dim[] {
  return spatial.map((d, i) => convOutputLength(d, itemAt(g.kernel, i, 'kernel_size'), g.padding, itemAt(g.strides, i, 'strides'), itemAt(g.dilation, i, 'dilation_rate')));
}

function biasIf(call: LayerCall, size: number): VariableSpec[] {
  return bool(call.config, 'use_bias', true) ? [variable('bias', [size])] : [];
}

export function conv(rank: 1 | 2 | 3): LayerSpec {
  return {
    variables(call) {
      const g = geometry(call, rank);
      const inCh = requireDim(layout(call, rank, g).channels, 'conv input channels');
      const groups = num(call.config, 'groups', 1);
      if (inCh % groups !== 0) {
        throw new LayerConfigError(`input channels ${inCh} not divisible by groups ${groups}`);
      }
      const filters = num(call.config, 'filters');
      return [variable('kernel', [...g.kernel, inCh / groups, filters]), ...biasIf(call, filters)];
    },
    outputShapes(call) {
      const g = geometry(call, rank);
      const l = layout(call, rank, g);
      return [joinChannels({ batch: l.batch, spatial: convSpatial(l.spatial, g), channels: num(call.config, 'filters') }, g.channelsFirst)];
    },
  };
}

export function convTranspose(rank: 1 | 2 | 3): LayerSpec {
  return {
    variables(call) {
      const g = geometry(call, rank);
      const inCh = requireDim(layout(call, rank, g).channels, 'conv-transpose input channels');
      const filters = num(call.config, 'filters');
      return [variable('kernel', [...g.kernel, filters, inCh]), ...biasIf(call, filters)];
    },
    outputShapes(call) {
      const g = geometry(call, rank);
      const l = layout(call, rank, g);
      const op = call.config.output_padding;
      const outPad = op === null || op === undefined ? null : toTuple(op, rank, 'output_padding');
      const spatial = l.spatial.map((d, i) =>
        deconvOutputLength(d, itemAt(g.kernel, i, 'kernel_size'), g.padding, outPad ? itemAt(outPad, i, 'output_padding') : null, itemAt(g.strides, i, 'strides'), itemAt(g.dilation, i, 'dilation_rate')));
      return [joinChannels({ batch: l.batch, spatial, channels: num(call.config, 'filters') }, g.channelsFirst)];
    },
  };
}

export function separableConv(rank: 1 | 2): LayerSpec {
  return {
    variables(call) {
      const g = geometry(call, rank);
      const inCh = requireDim(layout(call, rank, g).channels, 'separable conv input channels');
      const dm = num(call.config, 'depth_multiplier', 1);
      const filters = num(call.config, 'filters');
      return [
        variable('depthwise_kernel', [...g.kernel, inCh, dm]),
        variable('pointwise_kernel', [...Array<number>(rank).fill(1), inCh * dm, filters]),
        ...biasIf(call, filters),
      ];
    },
    outputShapes(call) {
      const g = geometry(call, rank);
      const l = layout(call, rank, g);
      return [joinChannels({ batch: l.batch, spatial: convSpatial(l.spatial, g), channels: num(call.config, 'filters') }, g.channelsFirst)];
    },
  };
}

/** Keras 3 names the depthwise kernel `kernel`; tf-keras (and Keras 2.x) `depthwise_kernel`. */
export function depthwiseConv(rank: 1 | 2): LayerSpec {
  return {
    variables(call) {
      const g = geometry(call, rank);
      const inCh = requireDim(layout(call, rank, g).channels, 'depthwise conv input channels');
      const dm = num(call.config, 'depth_multiplier', 1);
      const name = call.generation === 3 ? 'kernel' : 'depthwise_kernel';
      return [variable(name, [...g.kernel, inCh, dm]), ...biasIf(call, inCh * dm)];
    },
    outputShapes(call) {
      const g = geometry(call, rank);
      const l = layout(call, rank, g);
      const dm = num(call.config, 'depth_multiplier', 1);
      const channels = l.channels === null ? null : l.channels * dm;
      return [joinChannels({ batch: l.batch, spatial: convSpatial(l.spatial, g), channels }, g.channelsFirst)];
    },
  };
}
