"""Writes fixtures/dtypes/: HDF5 layouts that h5wasm cannot write but Keras (through h5py) does:
bfloat16 as a 2-byte opaque type, float16, int64 scalars, bool, UTF-8 names stored as ASCII bytes,
and `layer_names` split into fixed-length chunks (`layer_names0`, `layer_names1`, ...) past 64 KB.

Run with Debian's python3 and python3-h5py (apt-get install python3-h5py):
    /usr/bin/python3 scripts/make-dtype-fixtures.py
The output is committed; tests read it, they do not regenerate it.
"""
import os
import h5py
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "dtypes")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(7)


def keras3_store():
    # Keras 3 H5IOStore layout, as saving_lib writes it (bfloat16: void dtype + attr, keras PR #19091).
    with h5py.File(os.path.join(OUT, "dtypes.weights.h5"), "w") as f:
        def obj(path, name, values):
            g = f.require_group(path + "/vars")
            g.attrs["name"] = name
            for i, v in enumerate(values):
                if isinstance(v, tuple) and v[0] == "bfloat16":
                    f32 = np.asarray(v[1], dtype=np.float32)
                    raw = (f32.view(np.uint32) >> 16).astype("<u2")
                    ds = g.create_dataset(str(i), data=raw.view("V2"))
                    ds.attrs["dtype"] = "bfloat16"
                else:
                    g[str(i)] = v
        obj("layers/dense", "bf16_dense", [("bfloat16", [[1.0, -2.0, 0.5], [3.140625, 0.0, -0.25]]), ("bfloat16", [1.0, 2.0, 3.0])])
        obj("layers/dense_1", "f16_dense", [np.array([[0.5, -1.5], [2.0, 65504.0], [1e-3, -0.0]], dtype="<f2"), np.array([0.25, -0.75], dtype="<f2")])
        obj("layers/dense_2", "f64_dense", [rng.standard_normal((2, 2)).astype("<f8"), np.zeros(2, dtype="<f8")])
        obj("layers/embedding", "dénse_é", [rng.integers(-128, 127, size=(4, 3), dtype=np.int8)])
        obj("layers/normalization", "stats", [np.ones(3, dtype="<f4"), np.ones(3, dtype="<f4"), np.array(12, dtype="<i8")])
        obj("layers/masking", "flags", [np.array([True, False, True])])
        g = f.require_group("vars")
        g.attrs["name"] = "dtype_zoo"
        f.require_group("optimizer/vars")
        f["optimizer/vars"].attrs["name"] = "adam"
        f["optimizer/vars/0"] = np.array(7, dtype="<i8")


def legacy_chunked():
    # Keras' save_attributes_to_hdf5_group: past HDF5_OBJECT_HEADER_LIMIT (64512 bytes) the list is
    # split with np.array_split into fixed-length `S<n>` arrays named layer_names0, layer_names1, ...
    names = [f"dense_{i:04d}_" + "x" * 88 for i in range(700)]
    names[1] = "dénse_é"
    data = np.asarray([n.encode("utf8") for n in names])
    chunks = 1
    while any(c.nbytes > 64512 for c in np.array_split(data, chunks)):
        chunks += 1
    with h5py.File(os.path.join(OUT, "legacy_chunked.h5"), "w") as f:
        for i, c in enumerate(np.array_split(data, chunks)):
            f.attrs[f"layer_names{i}"] = c
        f.attrs["backend"] = b"tensorflow"
        f.attrs["keras_version"] = b"2.15.0"
        for j, n in enumerate(names):
            g = f.create_group(n)
            if j % 300 == 0:
                wn = [f"{n}/kernel:0".encode("utf8"), f"{n}/bias:0".encode("utf8")]
                g.attrs["weight_names"] = wn
                g[f"{n}/kernel:0"] = rng.standard_normal((3, 2)).astype("<f4")
                g[f"{n}/bias:0"] = np.zeros(2, dtype="<f4")
            else:
                g.attrs["weight_names"] = np.zeros((0,), dtype="<f8")


keras3_store()
legacy_chunked()
print("wrote", sorted(os.listdir(OUT)))
