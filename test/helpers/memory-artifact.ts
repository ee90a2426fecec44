// TEST HELPER: an in-memory ArtifactModel and a definition built from a config object, so engine tests
// can run small hand-made models without files. `reads` counts artifact.read calls per variable path.
import { prng } from '../../src/engine/seeded-inputs.js';
import { buildDefinition } from '../../src/model/definition.js';
import type { ArtifactModel, DefinitionModel, DType, SavedVariable, WeightData } from '../../src/model/types.js';

export interface MemoryWeight {
  name: string;
  shape: number[];
  data: WeightData;
  dtype?: DType;
}

export type MemoryArtifact = ArtifactModel & { reads: Map<string, number> };

export function memoryArtifact(layers: Record<string, MemoryWeight[]>): MemoryArtifact {
  const values = new Map<string, WeightData>();
  const reads = new Map<string, number>();
  const artifact: MemoryArtifact = {
    source: 'memory', format: 'keras-h5-weights', formatLabel: 'in-memory test weights', generation: 2, producer: {},
    layers: Object.entries(layers).map(([layer, ws], position) => ({
      name: layer, nameRecorded: true, path: `/${layer}`, position,
      weights: ws.map((w, index): SavedVariable => {
        const path = `/${layer}/${w.name}`;
        values.set(path, w.data);
        return {
          name: w.name, path, objectPath: layer, index, shape: w.shape, dtype: w.dtype ?? 'float32',
          byteLength: w.data.byteLength, locator: { kind: 'memory' },
        };
      }),
    })),
    optimizer: [], notes: [], reads,
    read(v) {
      reads.set(v.path, (reads.get(v.path) ?? 0) + 1);
      const d = values.get(v.path);
      return d ? Promise.resolve(d) : Promise.reject(new Error(`no data for ${v.path}`));
    },
    async close() {},
  };
  return artifact;
}

export function definitionOf(config: Record<string, unknown>, kerasVersion = '2.15.0'): DefinitionModel {
  return buildDefinition({ source: 'memory', format: 'test config', raw: config, producer: { kerasVersion } });
}

export function floats(n: number, f: (i: number) => number): Float32Array {
  return Float32Array.from({ length: n }, (_, i) => f(i));
}

/** `n` float32 values in [-scale, scale) from the seeded generator the smoke inputs use. */
export function seededFloats(n: number, seed: number, scale = 1): Float32Array {
  const next = prng(seed);
  return floats(n, () => (next() * 2 - 1) * scale);
}
