// Reading layer configs written by three Keras generations: missing keys fall back to that
// generation's constructor default, and nested layer configs may or may not carry the Keras 3
// {module, class_name, config, registered_name} envelope.
import type { DType, Shape } from '../types.js';
import type { Config, LayerCall, VariableSpec } from './spec.js';
import { objectAt, stringAt } from '../../sources/json-value.js';
import { LayerConfigError } from './shape-math.js';
import { jsonSnippet } from '../../text/config-text.js';

export function bool(config: Config, key: string, dflt: boolean): boolean {
  const v = config[key];
  return v === null || v === undefined ? dflt : Boolean(v);
}

export function num(config: Config, key: string, dflt?: number): number {
  const v = config[key];
  if (typeof v === 'number') return v;
  if (v === null || v === undefined) {
    if (dflt !== undefined) return dflt;
    throw new LayerConfigError(`config key '${key}' is missing`);
  }
  throw new LayerConfigError(`config key '${key}' should be a number, got ${jsonSnippet(v)}`);
}

/** A list of ints from a config (a shape or tuple setting); anything else is a config Keras would reject. */
export function numberList(value: unknown, what: string): number[] {
  if (Array.isArray(value) && value.every((v): v is number => typeof v === 'number')) return value;
  throw new LayerConfigError(`${what} should be a list of ints, got ${jsonSnippet(value)}`);
}

/** The first of several keys that is present: Keras 1 and 2 spell the same setting differently. */
export function pick(config: Config, ...keys: string[]): unknown {
  for (const k of keys) {
    if (config[k] !== undefined && config[k] !== null) return config[k];
  }
  return undefined;
}

/** Padding mode: Keras 2/3 `padding`, Keras 1 `border_mode`; lower-cased as Keras does. */
export function paddingMode(config: Config): string {
  const p = pick(config, 'padding', 'border_mode');
  return typeof p === 'string' ? p.toLowerCase() : 'valid';
}

export interface NestedLayer {
  className: string;
  config: Config;
}

/** A nested layer config (Bidirectional.layer, TimeDistributed.layer, RNN.cell) in any generation's envelope. */
export function nestedLayer(raw: unknown, what: string): NestedLayer {
  const className = stringAt(raw, 'class_name');
  if (className !== undefined) return { className, config: objectAt(raw, 'config') ?? {} };
  throw new LayerConfigError(`${what} is not a layer config: ${jsonSnippet(raw)}`);
}

/** A call of a nested layer, sharing the outer call's generation and dtype. */
export function innerCall(outer: LayerCall, inner: NestedLayer, inputShapes: Shape[]): LayerCall {
  return {
    className: inner.className,
    name: typeof inner.config.name === 'string' ? inner.config.name : '',
    config: inner.config,
    generation: outer.generation,
    variableDtype: outer.variableDtype,
    inputShapes,
    kwargShapes: {},
  };
}

export function variable(
  name: string, shape: Shape, trainable = true, extra: { dtype?: DType; owner?: string; scope?: string } = {},
): VariableSpec {
  const v: VariableSpec = { name, shape, trainable, owner: extra.owner ?? '', scope: extra.scope ?? '' };
  if (extra.dtype) v.dtype = extra.dtype;
  return v;
}

export function joinPath(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/');
}

/** Re-home a nested layer's variables under the wrapper's owner path and scope. */
export function nest(vars: VariableSpec[], owner: string, scope: string): VariableSpec[] {
  return vars.map((v) => ({ ...v, owner: joinPath(owner, v.owner), scope: joinPath(scope, v.scope) }));
}
