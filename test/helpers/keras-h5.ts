// A Python prelude for tests that build small HDF5 files with h5py: `keras(name, **kw)` opens a new
// file laid out as Keras 3 writes `.weights.h5` (one Dense layer's two weights, and the model's own
// `vars` group), to which each test adds what it is about.
export const KERAS_H5_PY = String.raw`
import os, sys
import h5py, numpy as np
out = sys.argv[1]
def keras(name, **kw):
    f = h5py.File(os.path.join(out, name), "w", **kw)
    v = f.create_group("layers/dense/vars")
    v.attrs["name"] = "dense"
    v["0"] = np.arange(6, dtype="<f4").reshape(2, 3)
    v["1"] = np.zeros(3, dtype="<f4")
    f.create_group("vars").attrs["name"] = "m"
    return f
`;
