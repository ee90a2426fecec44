// Keras 3's legacy .h5 writer stores bfloat16 through h5py as 2-byte opaque data with no `dtype`
// attribute (its .weights.h5 writer tags it). The bytes cannot say what they are; a config can.
import { isAre, plural } from '../text/grammar.js';
import type { ArtifactModel, DefinitionModel } from './types.js';

/** Marks untagged 2-byte variables as bfloat16 where the file's own model config says so. */
export function inferUntaggedBfloat16(artifact: ArtifactModel, definition: DefinitionModel | undefined, from: string): void {
  if (!definition) return;
  const layers = new Map(definition.layers.map((l) => [l.name, l]));
  let inferred = 0;
  for (const saved of artifact.layers) {
    const layer = layers.get(saved.name);
    saved.weights.forEach((w, i) => {
      if (w.locator.untaggedBfloat16 !== true || w.dtype !== 'unknown') return;
      if (layer?.weights[i]?.dtype !== 'bfloat16') return;
      w.dtype = 'bfloat16';
      w.dtypeInferred = from;
      inferred++;
    });
  }
  if (inferred) {
    artifact.notes.push(`${plural(inferred, 'variable')} ${isAre(inferred)} stored as 2-byte opaque data with no dtype attribute (how h5py stores bfloat16); ${from} says bfloat16, so they are read as bfloat16 (inferred)`);
  }
}
