// The definition's layer graph, small enough to keep in a report: the PR comment draws the problem
// layers and their neighbours from it, long after the definition file is gone (a shard's artifact).
import type { DefinitionModel } from '../model/types.js';

export interface LayerGraph {
  nodes: { name: string; className: string }[];
  /** [from, to] by layer name; each edge once. */
  edges: [string, string][];
}

export function layerGraph(definition: DefinitionModel): LayerGraph {
  const nodes = definition.layers.map((l) => ({ name: l.name, className: l.className }));
  const edges: [string, string][] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string) => {
    const key = JSON.stringify([from, to]);
    if (seen.has(key)) return;
    seen.add(key);
    edges.push([from, to]);
  };
  const functional = definition.layers.some((l) => l.inbound.length > 0);
  if (functional) {
    for (const l of definition.layers) {
      for (const call of l.inbound) {
        for (const t of [...call.inputs, ...Object.values(call.tensorKwargs)]) add(t.layer, l.name);
      }
    }
    return { nodes, edges };
  }
  // A Sequential model lists no edges: each layer feeds the next, and its InputLayer is not in `layers`.
  const input = definition.inputs[0]?.name;
  if (input && !nodes.some((n) => n.name === input)) nodes.unshift({ name: input, className: 'InputLayer' });
  for (const [i, node] of nodes.entries()) {
    const previous = nodes[i - 1];
    if (previous) add(previous.name, node.name);
  }
  return { nodes, edges };
}
