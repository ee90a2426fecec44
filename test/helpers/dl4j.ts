// TEST HELPER: DL4J's `*_inputs_and_outputs.h5` test data as arrays keyed by tensor name. `outputs/`
// holds the training targets; Keras' own `predict` results are in `predictions/` (and per-layer
// `activations/`) when the file has them, which not every file does.
import { datasetInfo, isDataset, isGroup, openHdf5, readDataset } from '../../src/formats/hdf5.js';
import type { NamedArrays } from '../../src/formats/npy.js';

export interface Dl4jArrays {
  inputs: NamedArrays;
  outputs: NamedArrays;
  predictions: NamedArrays;
  activations: NamedArrays;
}

export async function readDl4jArrays(file: string): Promise<Dl4jArrays> {
  const f = await openHdf5(file);
  try {
    const group = async (name: string): Promise<NamedArrays> => {
      const out: NamedArrays = new Map();
      const g = f.get(name);
      if (!isGroup(g)) return out;
      for (const key of g.keys()) {
        const ds = g.get(key);
        if (!isDataset(ds)) continue;
        const info = datasetInfo(ds);
        out.set(key, { dtype: info.dtype, shape: info.shape, data: await readDataset(ds) });
      }
      return out;
    };
    return { inputs: await group('inputs'), outputs: await group('outputs'), predictions: await group('predictions'), activations: await group('activations') };
  } finally {
    f.close();
  }
}
