// tf-keras' `preprocess_weights_for_loading` for Keras 1 files (hdf5_format.py): what a Keras 1 layer's
// saved weights become before tf-keras assigns them. Shapes only: the values are never read here.
// Keras 3's legacy loader reads `keras_version` but converts nothing, so this applies to tf-keras only.
import type { DefinitionLayer, SavedVariable } from '../model/types.js';

export interface Conversion {
  weights: SavedVariable[];
  /** What changed, in a phrase; undefined when the layer loads as saved. */
  description?: string;
}

function concatLast(parts: SavedVariable[], name: string): SavedVariable {
  const first = parts[0];
  const last = parts.reduce((n, p) => n + (p.shape[p.shape.length - 1] ?? 0), 0);
  return {
    ...first,
    name,
    shape: [...first.shape.slice(0, -1), last],
    byteLength: parts.reduce((n, p) => n + p.byteLength, 0),
  };
}

function permute(v: SavedVariable, axes: number[]): SavedVariable {
  return { ...v, shape: axes.map((a) => v.shape[a]) };
}

function dataFormat(layer: DefinitionLayer): string {
  const f = layer.config.data_format ?? layer.config.dim_ordering;
  return f === 'channels_first' || f === 'th' ? 'channels_first' : 'channels_last';
}

function numberAt(v: unknown, i = 0): number | undefined {
  if (typeof v === 'number') return v;
  if (Array.isArray(v) && typeof v[i] === 'number') return v[i];
  return undefined;
}

/** Keras 1 saved the gates of recurrent layers as separate arrays; tf-keras concatenates them. */
function recurrent(layer: DefinitionLayer, w: SavedVariable[]): Conversion | undefined {
  if (layer.className === 'LSTM' && w.length === 12) {
    // Keras 1 order i, c, f, o; Keras 2 order i, f, c, o.
    const pick = (o: number) => [w[o], w[o + 6], w[o + 3], w[o + 9]];
    return {
      weights: [concatLast(pick(0), 'kernel'), concatLast(pick(1), 'recurrent_kernel'), concatLast(pick(2), 'bias')],
      description: '12 per-gate arrays (W, U, b for gates i, c, f, o) concatenated into kernel, recurrent_kernel and bias in gate order i, f, c, o',
    };
  }
  if (layer.className === 'GRU' && w.length === 9) {
    const pick = (o: number) => [w[o], w[o + 3], w[o + 6]];
    return {
      weights: [concatLast(pick(0), 'kernel'), concatLast(pick(1), 'recurrent_kernel'), concatLast(pick(2), 'bias')],
      description: '9 per-gate arrays (W, U, b for gates z, r, h) concatenated into kernel, recurrent_kernel and bias',
    };
  }
  return undefined;
}

function convolution(layer: DefinitionLayer, w: SavedVariable[]): Conversion | undefined {
  const k = w[0];
  if (!k) return undefined;
  const first = dataFormat(layer) === 'channels_first';
  const rest = w.slice(1);
  switch (layer.className) {
    case 'Conv1D': {
      if (k.shape.length !== 4) return undefined;
      const size = numberAt(layer.config.kernel_size) ?? numberAt(layer.config.filter_length);
      const filters = numberAt(layer.config.filters) ?? numberAt(layer.config.nb_filter);
      let kk = k;
      // Keras 1.1 saved (filters, input_dim, filter_length, 1); later Keras 1 (filter_length, 1, input_dim, filters).
      if (!(kk.shape[0] === size && kk.shape[1] === 1 && kk.shape[3] === filters)) kk = permute(kk, [2, 3, 1, 0]);
      return { weights: [{ ...kk, shape: [kk.shape[0], kk.shape[2], kk.shape[3]] }, ...rest], description: 'the 4-D Keras 1 kernel reshaped to (length, input_dim, filters)' };
    }
    case 'Conv2D':
      return first ? { weights: [permute(k, [2, 3, 1, 0]), ...rest], description: 'the channels_first kernel transposed from (filters, in, rows, cols) to (rows, cols, in, filters)' } : undefined;
    case 'Conv2DTranspose':
      return first
        ? { weights: [permute(k, [2, 3, 0, 1]), ...rest], description: 'the channels_first kernel transposed from (filters, in, rows, cols) to (rows, cols, filters, in)' }
        : { weights: [permute(k, [0, 1, 3, 2]), ...rest], description: 'the kernel transposed from (rows, cols, in, filters) to (rows, cols, filters, in)' };
    case 'Conv3D':
      return first ? { weights: [permute(k, [2, 3, 4, 1, 0]), ...rest], description: 'the channels_first kernel transposed to (d1, d2, d3, in, filters)' } : undefined;
    default:
      return undefined;
  }
}

/** The weights tf-keras would assign to `layer` from a Keras 1 file. */
export function convertKeras1(layer: DefinitionLayer, saved: SavedVariable[]): Conversion {
  return recurrent(layer, saved) ?? convolution(layer, saved) ?? { weights: saved };
}
