// Which layer a TF.js manifest weight belongs to: the layer names the topology records (top level,
// and those nested in models and wrappers, owned by their top-level layer), and the rule that maps
// a scoped weight name (`sequential/dense/kernel`, `layers/dense/vars/0`) to one of them.
import { layerEntryName } from '../model/keras-vocabulary.js';
import { arrayAt, isObject, objectAt, objectsIn, type JsonObject } from '../sources/json-value.js';
import { textAt } from './tfjs-model-json.js';

export interface TopologyNames {
  /** `model.layers` names, in config order. */
  order: string[];
  topLevel: Set<string>;
  /** Names of layers inside nested models and wrappers → the top-level layer that owns their weights. */
  owner: Map<string, string>;
  modelName?: string;
}

function layerList(modelConfig: unknown): readonly unknown[] | null {
  const c = isObject(modelConfig) ? modelConfig.config : undefined;
  if (Array.isArray(c)) return c as readonly unknown[]; // Keras ≤ 2.2 / tfjs-layers 1.x Sequential: a bare list
  return arrayAt(c, 'layers') ?? null;
}

/** A layer entry's name (Keras' precedence), or undefined when it has none. */
function entryName(e: unknown): string | undefined {
  return layerEntryName(e, '') || undefined;
}

const WRAPPED_KEYS = ['layer', 'forward_layer', 'backward_layer', 'cell'];

function innerNames(e: unknown, out: string[], depth = 0): void {
  if (!isObject(e) || depth > 50) return;
  for (const sub of layerList(e) ?? []) {
    const n = entryName(sub);
    if (n) out.push(n);
    innerNames(sub, out, depth + 1);
  }
  const c = objectAt(e, 'config');
  if (!c) return;
  const wrapped = [...WRAPPED_KEYS.map((k) => c[k]), ...(arrayAt(c, 'cells') ?? [])];
  for (const w of wrapped) {
    if (!isObject(w) || !('class_name' in w)) continue;
    const n = entryName(w);
    if (n) out.push(n);
    innerNames(w, out, depth + 1);
  }
}

export function topologyNames(modelConfig: JsonObject): TopologyNames {
  const config = objectAt(modelConfig, 'config');
  const names: TopologyNames = {
    order: [], topLevel: new Set(), owner: new Map(),
    modelName: config ? textAt(config, 'name') : textAt(modelConfig, 'name'),
  };
  const list = layerList(modelConfig) ?? [];
  for (const e of list) {
    const n = entryName(e);
    if (n && !names.topLevel.has(n)) {
      names.order.push(n);
      names.topLevel.add(n);
    }
  }
  for (const e of objectsIn(list)) {
    const top = entryName(e);
    if (!top) continue;
    const inner: string[] = [];
    innerNames(e, inner);
    for (const n of inner) if (!names.topLevel.has(n) && !names.owner.has(n)) names.owner.set(n, top);
  }
  return names;
}

export interface Resolved {
  layer: string;
  recorded: boolean;
  /** Scope prefix up to the layer segment (`sequential/dense`). */
  path: string;
  objectPath: string;
  /** Keras 3 `vars` index when the name carries one. */
  index?: number;
  /** Segments before the layer (a model-name prefix). */
  prefixed: boolean;
  matched: boolean;
  keras3Vars: boolean;
}

// tfjs-converter on a `.keras` file emits raw Keras 3 HDF5 paths: `layers/dense/vars/0`.
export const KERAS3_VARS = /^(layers\/([^/]+)(?:\/[^/]+)*?)\/vars\/(\d+)$/;
const MODEL_NAME_GUESS = /^(sequential|functional|model)(_\d+)?$/;

export class LayerResolver {
  private readonly guessedPrefix?: string;

  constructor(private readonly topo: TopologyNames | null, names: readonly string[]) {
    // Without a topology, a shared `sequential/` style first segment on every scoped name is the
    // Keras 3 model-name prefix, not one giant layer.
    const first = names[0]?.split('/')[0];
    if (!topo && first !== undefined && MODEL_NAME_GUESS.test(first)
      && names.every((n) => n.split('/').length >= 3 && n.split('/')[0] === first)) {
      this.guessedPrefix = first;
    }
  }

  resolve(name: string): Resolved {
    const k3 = KERAS3_VARS.exec(name);
    if (k3) {
      // The groups all take part in every match. The object path is built from the snake-cased
      // class name, not the layer's name, so the layer name is not recorded.
      const [, objectPath = '', layer = '', index = ''] = k3;
      return { layer, recorded: false, path: `layers/${layer}`, objectPath, index: Number(index), prefixed: false, matched: false, keras3Vars: true };
    }
    const scope = name.split('/').slice(0, -1);
    const base = { index: undefined, keras3Vars: false };
    if (scope.length === 0) {
      const recorded = !!this.topo?.topLevel.has(name);
      return { ...base, layer: name, recorded, path: name, objectPath: name, prefixed: false, matched: recorded };
    }
    const topo = this.topo;
    if (topo) {
      // Leftmost match: `lstm_1/lstm_cell/kernel` → lstm_1, `bidirectional/forward_lstm/kernel` → bidirectional,
      // while a model-name prefix (`sequential/dense/kernel`) is skipped because no layer has that name.
      const at = scope.findIndex((s) => topo.topLevel.has(s));
      const layer = scope[at];
      if (layer !== undefined) {
        return { ...base, layer, recorded: true, path: scope.slice(0, at + 1).join('/'), objectPath: layer, prefixed: at > 0, matched: true };
      }
      for (const [i, s] of scope.entries()) {
        const owner = topo.owner.get(s);
        if (owner) return { ...base, layer: owner, recorded: true, path: owner, objectPath: owner, prefixed: i > 0, matched: true };
      }
    }
    const prefix = topo?.modelName ?? this.guessedPrefix;
    const at = prefix !== undefined && scope.length >= 2 && scope[0] === prefix ? 1 : 0;
    // scope has at least one segment, and at is 1 only when it has two.
    const layer = scope[at] ?? '';
    return { ...base, layer, recorded: false, path: scope.slice(0, at + 1).join('/'), objectPath: layer, prefixed: at > 0, matched: false };
  }
}
