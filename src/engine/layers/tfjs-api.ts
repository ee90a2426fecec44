// The part of a TF.js build the weightgate layers are made from. Each class is created against the
// `tf` it is registered in (the app's @tensorflow/tfjs, tfjs-node, or weightgate's own core + layers),
// because a layer must extend that build's own Layer class to take part in its models.
import type * as tfc from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Initializer } from '@tensorflow/tfjs-layers/dist/initializers.js';

export type TfApi = typeof tfc & { layers: typeof tfl.layers };
export type Tensor = tfc.Tensor;
export type Shape = (number | null)[];
/** What TF.js passes a layer's `call` besides its inputs (`training`, `mask`, …): unknown until checked. */
export type Kwargs = { readonly [key: string]: unknown };
export type ConfigDict = tfc.serialization.ConfigDict;
export type { Initializer };

type Registry = Record<string, [tfc.serialization.SerializableConstructor<tfc.serialization.Serializable>, tfc.serialization.FromConfigMethod<tfc.serialization.Serializable>]>;

/** The build's class registry (`tf.serialization.registerClass` writes here; model loading reads it). */
export function registry(tf: TfApi): Registry {
  return tf.serialization.SerializationMap.getMap().classNameMap;
}

/** A class the build registered itself, for subclassing. */
export function registeredClass<T>(tf: TfApi, className: string): T {
  const entry = registry(tf)[className];
  if (!entry) throw new Error(`this TF.js build registers no '${className}' class`);
  return entry[0] as unknown as T;
}

/** tfjs-layers' string shorthands, after its camel-casing of config values. */
const INITIALIZER_NAMES: Record<string, string> = {
  zeros: 'Zeros', zero: 'Zeros', ones: 'Ones', one: 'Ones', glorotUniform: 'GlorotUniform', glorotNormal: 'GlorotNormal',
  heUniform: 'HeUniform', heNormal: 'HeNormal', leCunUniform: 'LeCunUniform', leCunNormal: 'LeCunNormal',
  lecunUniform: 'LeCunUniform', lecunNormal: 'LeCunNormal', orthogonal: 'Orthogonal', randomUniform: 'RandomUniform',
  randomNormal: 'RandomNormal', truncatedNormal: 'TruncatedNormal', varianceScaling: 'VarianceScaling', identity: 'Identity',
};

function isInitializer(v: unknown): v is Initializer {
  return typeof v === 'object' && v !== null && 'apply' in v && typeof v.apply === 'function'
    && 'getClassName' in v && typeof v.getClassName === 'function';
}

function isPlainObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `v[key]` when `v` is an object that has it. */
function field(v: unknown, key: string): unknown {
  return isPlainObject(v) && Object.hasOwn(v, key) ? Reflect.get(v, key) : undefined;
}

/**
 * An initializer from what a config holds: an Initializer, `{className, config}`, a name, or nothing.
 * The config comes from a model file: its class must be one the build registered, and its values go
 * to that class' own `fromConfig`, which checks them.
 */
export function initializerOf(tf: TfApi, spec: unknown, fallback: string): Initializer {
  const given = spec ?? fallback;
  if (isInitializer(given)) return given;
  const className = typeof given === 'string'
    ? (Object.hasOwn(INITIALIZER_NAMES, given) ? INITIALIZER_NAMES[given] : undefined) ?? given.charAt(0).toUpperCase() + given.slice(1)
    : field(given, 'className');
  const classes = registry(tf);
  const entry = typeof className === 'string' && Object.hasOwn(classes, className) ? classes[className] : undefined;
  if (!entry || typeof className !== 'string') throw new Error(`unknown initializer: ${JSON.stringify(given)}`);
  const [cls, fromConfig] = entry;
  const config = field(given, 'config');
  const made: unknown = fromConfig(cls, { ...(isPlainObject(config) ? config : {}) });
  if (!isInitializer(made)) throw new Error(`'${className}' is not an initializer class`);
  return made;
}

export function serializeInitializer(init: Initializer): ConfigDict {
  return { className: init.getClassName(), config: init.getConfig() };
}

/** The one shape of a layer called on one tensor (tfjs passes `[shape]` or `shape`). */
export function oneShape(shape: Shape | Shape[]): Shape {
  const [first] = shapeList(shape);
  if (!first) throw new Error('a layer was built for no input');
  return first;
}

/** Item `at` (negative from the end) of a layer's inputs, shapes or parts, or an error naming the layer. */
export function inputAt<T>(list: readonly T[], at: number, layer: string): T {
  const v = list.at(at);
  if (v === undefined) throw new Error(`${layer}: no item ${at} among ${list.length}`);
  return v;
}

export function shapeList(shape: Shape | Shape[]): Shape[] {
  return Array.isArray(shape[0]) ? shape as Shape[] : [shape as Shape];
}
