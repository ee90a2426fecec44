// Keras 2/3 recurrent layers. Since tf-keras 2 and in Keras 3 the variables belong to the cell
// object (`layers/lstm/cell/vars` in Keras 3 files, `lstm/lstm_cell/kernel` in scoped names);
// Keras 2.0-2.2 named them without the cell scope, which only the informational path shows.
import type { Dim, Shape } from '../types.js';
import type { Config, LayerCall, LayerSpec, VariableSpec } from './spec.js';
import { bool, joinPath, nest, nestedLayer, num, paddingMode, variable } from './config-read.js';
import { isChannelsFirst } from '../keras-vocabulary.js';
import { LayerConfigError, convOutputLength, dimAt, inputShape, itemAt, lastDim, requireDim, requireRank, toTuple } from './shape-math.js';
import { arrayAt, stringAt } from '../../sources/json-value.js';

/** Keras' `to_snake_case`, which names Keras 3 saveables (`LSTMCell` → `lstm_cell`). */
export function snakeCase(name: string): string {
  return name
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** Whose defaults a config gets: the Keras generation that wrote it, and whether TF.js wrote (and loads) it. */
export type Dialect = Pick<LayerCall, 'generation' | 'tfjs'>;

interface Cell {
  /** Variables with owner/scope relative to the cell. */
  vars: VariableSpec[];
  /** Per-step output, without batch (a conv cell outputs a feature map). */
  output: Shape;
  /** Per-step state shapes, without batch, in Keras' state order. */
  states: Shape[];
}

/**
 * GRU's `reset_after` when the config has no such key. Keras 1 had no such option (the reset gate
 * applies before the recurrent product). Keras 2.0-2.2 wrote configs without the key and built
 * them with False; tf-keras 2.x and Keras 3, the two runtimes weightgate models, default it to True,
 * so they expect a (2, 3·units) bias from those configs. TF.js has no such option: a config TF.js
 * wrote is built (and loaded) with False.
 */
export function gruResetAfter(config: Config, d: Dialect): boolean {
  return bool(config, 'reset_after', d.generation >= 2 && !d.tfjs);
}

/** The sentence saying `reset_after` was assumed, for a GRU config without the key. */
export function resetAfterAssumption(name: string, config: Config, d: Dialect): string | undefined {
  if (d.generation < 2 || d.tfjs || 'reset_after' in config) return undefined;
  const units = typeof config.units === 'number' ? config.units : undefined;
  return `GRU '${name}' has no reset_after in its config (Keras 2.0-2.2 wrote none, and built it as False): `
    + `tf-keras 2.x and Keras 3 default it to True${units ? `, so they expect a (2, ${3 * units}) bias` : ''}.`;
}

function lstmCell(c: Config, inputDim: number): Cell {
  const units = num(c, 'units');
  const vars = [variable('kernel', [inputDim, 4 * units]), variable('recurrent_kernel', [units, 4 * units])];
  if (bool(c, 'use_bias', true)) vars.push(variable('bias', [4 * units]));
  return { vars, output: [units], states: [[units], [units]] };
}

function gruCell(c: Config, inputDim: number, d: Dialect): Cell {
  const units = num(c, 'units');
  const vars = [variable('kernel', [inputDim, 3 * units]), variable('recurrent_kernel', [units, 3 * units])];
  // reset_after keeps separate input and recurrent biases as two rows.
  if (bool(c, 'use_bias', true)) vars.push(variable('bias', gruResetAfter(c, d) ? [2, 3 * units] : [3 * units]));
  return { vars, output: [units], states: [[units]] };
}

function simpleCell(c: Config, inputDim: number): Cell {
  const units = num(c, 'units');
  const vars = [variable('kernel', [inputDim, units]), variable('recurrent_kernel', [units, units])];
  if (bool(c, 'use_bias', true)) vars.push(variable('bias', [units]));
  return { vars, output: [units], states: [[units]] };
}

const CELL_DEFAULT_NAMES: Readonly<Record<string, string>> = {
  LSTM: 'lstm_cell', LSTMCell: 'lstm_cell',
  GRU: 'gru_cell', GRUCell: 'gru_cell',
  SimpleRNN: 'simple_rnn_cell', SimpleRNNCell: 'simple_rnn_cell',
};

/** The name Keras gives a cell the config does not name (its class, snake-cased). */
function cellDefaultName(className: string): string {
  return CELL_DEFAULT_NAMES[className] ?? snakeCase(className);
}

function basicCell(className: string, c: Config, inputDim: number, d: Dialect): Cell | undefined {
  switch (className) {
    case 'LSTM': case 'LSTMCell': case 'LSTMCellV2': return lstmCell(c, inputDim);
    case 'GRU': case 'GRUCell': case 'GRUCellV2': return gruCell(c, inputDim, d);
    case 'SimpleRNN': case 'SimpleRNNCell': return simpleCell(c, inputDim);
    default: return undefined;
  }
}

/** A cell config as RNN(cell=...) stores it: one cell, StackedRNNCells, or a bare list of cells. */
function rnnCell(raw: unknown, inputDim: number, d: Dialect): Cell {
  const cellConfigs = Array.isArray(raw) ? raw : null;
  const nested = cellConfigs ? null : nestedLayer(raw, 'RNN cell');
  if (nested && nested.className !== 'StackedRNNCells') {
    const cell = basicCell(nested.className, nested.config, inputDim, d);
    if (!cell) throw new LayerConfigError(`RNN cell class '${nested.className}' is not in the catalogue`);
    const scope = stringAt(nested.config, 'name') ?? cellDefaultName(nested.className);
    return { ...cell, vars: nest(cell.vars, 'cell', scope) };
  }
  // Stacked cells: Keras 3 saves them as a list attribute named by snake-cased class with a
  // per-name counter; each cell builds on the previous cell's output size.
  const list = cellConfigs ?? arrayAt(nested?.config, 'cells');
  if (!list?.length) throw new LayerConfigError('StackedRNNCells has no cells');
  const stackName = nested && typeof nested.config.name === 'string' ? nested.config.name : 'stacked_rnn_cells';
  const used = new Map<string, number>();
  const vars: VariableSpec[] = [];
  const states: Shape[] = [];
  let dim = inputDim;
  let output: Shape = [];
  for (const item of list) {
    const n = nestedLayer(item, 'stacked cell');
    const cell = basicCell(n.className, n.config, dim, d);
    if (!cell) throw new LayerConfigError(`RNN cell class '${n.className}' is not in the catalogue`);
    const snake = snakeCase(n.className);
    const k = used.get(snake) ?? 0;
    used.set(snake, k + 1);
    const slot = k === 0 ? snake : `${snake}_${k}`;
    const cellName = stringAt(n.config, 'name') ?? cellDefaultName(n.className);
    vars.push(...nest(cell.vars, `cell/cells/${slot}`, joinPath(stackName, cellName)));
    states.push(...cell.states);
    output = cell.output;
    dim = requireDim(output[0], `${n.className} units`);
  }
  return { vars, output, states };
}

/** Output tensors of a recurrent layer: the output, then the final states when return_state. */
export function recurrentOutputs(config: Config, input: Shape, step: Shape, states: Shape[]): Shape[] {
  const batch = dimAt(input, 0);
  const out = bool(config, 'return_sequences', false) ? [batch, dimAt(input, 1), ...step] : [batch, ...step];
  if (!bool(config, 'return_state', false)) return [out];
  return [out, ...states.map((s) => [batch, ...s])];
}

function sequenceInput(call: LayerCall): { input: Shape; inputDim: number } {
  const input = inputShape(call);
  requireRank(input, 3, call);
  return { input, inputDim: requireDim(input[2], `${call.className} input features`) };
}

/** LSTM, GRU, SimpleRNN layers: the cell's variables under `cell`. */
export function recurrent(className: 'LSTM' | 'GRU' | 'SimpleRNN'): LayerSpec {
  return {
    variables(call) {
      const { inputDim } = sequenceInput(call);
      const cell = basicCell(className, call.config, inputDim, call);
      if (!cell) throw new LayerConfigError(`no cell for ${className}`); // basicCell knows the three classes
      return nest(cell.vars, 'cell', cellDefaultName(className));
    },
    outputShapes(call) {
      const input = inputShape(call);
      requireRank(input, 3, call);
      const units = num(call.config, 'units');
      const states = className === 'LSTM' ? [[units], [units]] : [[units]];
      return recurrentOutputs(call.config, input, [units], states);
    },
  };
}

/** The generic RNN layer wrapping a cell config. */
export const rnn: LayerSpec = {
  variables(call) {
    const { inputDim } = sequenceInput(call);
    return rnnCell(call.config.cell, inputDim, call).vars;
  },
  outputShapes(call) {
    const input = inputShape(call);
    requireRank(input, 3, call);
    // Shapes do not depend on the input dim; a placeholder keeps them computable when it is open.
    const cell = rnnCell(call.config.cell, input[2] ?? 1, call);
    return recurrentOutputs(call.config, input, cell.output, cell.states);
  },
};

/** Gates fused in a recurrent layer's kernel: its last dimension is gates·units. */
export const RECURRENT_GATES: Readonly<Record<string, number>> = {
  LSTM: 4, LSTMCell: 4, CuDNNLSTM: 4, ConvLSTM1D: 4, ConvLSTM2D: 4, ConvLSTM3D: 4,
  GRU: 3, GRUCell: 3, CuDNNGRU: 3, SimpleRNN: 1, SimpleRNNCell: 1,
};

/** The class that computes a CuDNN layer's maths on CPU (cuDNN fixes tanh, sigmoid and a bias), and its config. */
export const CUDNN_CPU_CLASS: Readonly<Record<string, { className: 'LSTM' | 'GRU'; config: Readonly<Record<string, unknown>> }>> = {
  CuDNNLSTM: { className: 'LSTM', config: { activation: 'tanh', recurrent_activation: 'sigmoid', use_bias: true } },
  CuDNNGRU: { className: 'GRU', config: { activation: 'tanh', recurrent_activation: 'sigmoid', use_bias: true, reset_after: true } },
};

/** Keras 2.1+ CuDNNLSTM / CuDNNGRU: cuDNN keeps separate input and recurrent biases end to end. */
export function cudnn(kind: 'LSTM' | 'GRU'): LayerSpec {
  const gates = kind === 'LSTM' ? 4 : 3;
  return {
    variables(call) {
      const { inputDim } = sequenceInput(call);
      const units = num(call.config, 'units');
      return [
        variable('kernel', [inputDim, gates * units]),
        variable('recurrent_kernel', [units, gates * units]),
        variable('bias', [2 * gates * units]),
      ];
    },
    outputShapes(call) {
      const input = inputShape(call);
      const units = num(call.config, 'units');
      return recurrentOutputs(call.config, input, [units], kind === 'LSTM' ? [[units], [units]] : [[units]]);
    },
  };
}

/**
 * ConvLSTM1D/2D/3D: input (batch, time, *spatial, channels) or channels-first per step. The
 * recurrent kernel maps filters to 4*filters with the same spatial kernel.
 */
export function convLstm(rank: 1 | 2 | 3): LayerSpec {
  const geometry = (call: LayerCall) => {
    const c = call.config;
    const input = inputShape(call);
    requireRank(input, rank + 3, call);
    const cf = isChannelsFirst(c);
    const step = input.slice(2);
    const channels = cf ? dimAt(step, 0) : lastDim(step);
    const spatial = cf ? step.slice(1) : step.slice(0, -1);
    const kernel = toTuple(c.kernel_size, rank, 'kernel_size');
    const strides = toTuple(c.strides ?? 1, rank, 'strides');
    const dilation = toTuple(c.dilation_rate ?? 1, rank, 'dilation_rate');
    const padding = paddingMode(c);
    const filters = num(c, 'filters');
    const outSpatial: Dim[] = spatial.map((d, i) => convOutputLength(d, itemAt(kernel, i, 'kernel_size'), padding, itemAt(strides, i, 'strides'), itemAt(dilation, i, 'dilation_rate')));
    const stepOut: Shape = cf ? [filters, ...outSpatial] : [...outSpatial, filters];
    return { input, channels, kernel, filters, stepOut };
  };
  return {
    variables(call) {
      const g = geometry(call);
      const inCh = requireDim(g.channels, 'ConvLSTM input channels');
      const vars = [
        variable('kernel', [...g.kernel, inCh, 4 * g.filters]),
        variable('recurrent_kernel', [...g.kernel, g.filters, 4 * g.filters]),
      ];
      if (bool(call.config, 'use_bias', true)) vars.push(variable('bias', [4 * g.filters]));
      return nest(vars, 'cell', 'conv_lstm_cell');
    },
    outputShapes(call) {
      const g = geometry(call);
      return recurrentOutputs(call.config, g.input, g.stepOut, [g.stepOut, g.stepOut]);
    },
  };
}
