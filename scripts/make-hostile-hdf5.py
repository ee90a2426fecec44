"""Writes hostile HDF5 files into the folder given as the first argument (tests build them in a temp
folder at test time; nothing is committed). Each is a small file that costs a careless reader far
more than its size, or a weight of a type Keras cannot load:

  gzip-bomb.weights.h5     one gzip chunk that inflates to BOMB bytes of zeros (argv[2], default 16 MiB)
  fill-value.weights.h5    three 16384x16384 float32 kernels created with a fill value, never written
  vlen-names.h5            a legacy weights file whose vlen `layer_names` (1500 entries) all point at
                           one global-heap string of VLEN bytes (argv[3], default 1 MiB)
  fan-out.weights.h5       hard links 16 wide and 40 deep: 16^40 paths through 41 groups
  dtype-<kind>.weights.h5  a Dense kernel stored as compound, vlen, reference, enum or float128 data
  dtype-compound.h5        the compound one in a legacy (Keras 2) weights file
  dtype-opaque2.weights.h5 a kernel of 2-byte opaque data without the bfloat16 attribute
  lzf.weights.h5           a Dense kernel compressed with LZF (h5py's filter 32000)
  unknown-filter.weights.h5 the same with the filter id patched to 32015 (Zstandard)

Every file is a Keras 3 `.weights.h5` with one Dense layer (`layers/dense/vars/0`, `/1`) unless said.

Run with Debian's python3 and python3-h5py:  /usr/bin/python3 scripts/make-hostile-hdf5.py OUT [BOMB [VLEN]]
"""
import os
import struct
import sys

import h5py
import numpy as np

OUT = sys.argv[1]
BOMB = int(sys.argv[2]) if len(sys.argv) > 2 else 16 * 2**20
VLEN = int(sys.argv[3]) if len(sys.argv) > 3 else 2**20
os.makedirs(OUT, exist_ok=True)


def at(name):
    return os.path.join(OUT, name)


def dense(f, kernel=None):
    g = f.require_group("layers/dense/vars")
    g.attrs["name"] = "dense"
    if kernel is not None:
        g["0"] = kernel
    g["1"] = np.zeros(2, dtype="<f4")
    return g


def gzip_bomb():
    rows = BOMB // 4 // 256
    with h5py.File(at("gzip-bomb.weights.h5"), "w") as f:
        g = dense(f)
        ds = g.create_dataset("0", shape=(rows, 256), dtype="<f4", chunks=(rows, 256), compression="gzip", compression_opts=9)
        ds[...] = 0


def fill_value():
    with h5py.File(at("fill-value.weights.h5"), "w") as f:
        for name in ("dense", "dense_1", "dense_2"):
            g = f.require_group(f"layers/{name}/vars")
            g.attrs["name"] = name
            g.create_dataset("0", shape=(16384, 16384), dtype="<f4", fillvalue=0.5)
            g["1"] = np.zeros(16384, dtype="<f4")


def vlen_names():
    # h5py stores each vlen string as its own global-heap object, a 16-byte reference per entry
    # (u32 length, u64 collection address, u32 index). Point every entry at the big one.
    big = "b" * (VLEN + 1)
    names = [big] + ["x"] * 1499
    file = at("vlen-names.h5")
    with h5py.File(file, "w") as f:
        f.attrs.create("layer_names", names, dtype=h5py.string_dtype("utf-8"))
        f.attrs["keras_version"] = "2.15.0"
        f.attrs["backend"] = "tensorflow"
        g = f.create_group("x")
        g.attrs["weight_names"] = np.array([b"x/kernel:0"])
        g.create_dataset("x/kernel:0", data=np.ones((2, 2), dtype="<f4"))
    data = bytearray(open(file, "rb").read())
    head = struct.pack("<I", len(big))
    i = data.find(head)
    while i >= 0 and struct.unpack_from("<I", data, i + 16)[0] != 1:
        i = data.find(head, i + 1)
    assert i >= 0, "no vlen reference to the big string"
    record = bytes(data[i:i + 16])
    for k in range(1, 1500):
        assert struct.unpack_from("<I", data, i + 16 * k)[0] == 1
        data[i + 16 * k:i + 16 * (k + 1)] = record
    open(file, "wb").write(bytes(data))


def fan_out():
    with h5py.File(at("fan-out.weights.h5"), "w") as f:
        dense(f, np.ones((3, 2), dtype="<f4"))
        levels = [f.create_group(f"fan/level{d}") for d in range(41)]
        for d in range(40):
            for k in range(16):
                levels[d][f"l{k}"] = levels[d + 1]


def exotic():
    kernels = {
        "compound": np.zeros((3, 2), dtype=[("re", "<f4"), ("im", "<f4")]),
        "enum": None,
        "float128": np.zeros((3, 2), dtype=np.longdouble),
    }
    for kind, kernel in kernels.items():
        with h5py.File(at(f"dtype-{kind}.weights.h5"), "w") as f:
            g = dense(f)
            if kind == "enum":
                g.create_dataset("0", data=np.zeros((3, 2), dtype="<i2"), dtype=h5py.enum_dtype({"A": 0, "B": 1}, basetype="<i2"))
            else:
                g["0"] = kernel
    with h5py.File(at("dtype-compound.h5"), "w") as f:
        f.attrs["layer_names"] = np.array([b"dense"])
        f.attrs["keras_version"] = b"2.15.0"
        f.attrs["backend"] = b"tensorflow"
        g = f.create_group("dense")
        g.attrs["weight_names"] = np.array([b"dense/kernel:0", b"dense/bias:0"])
        g["dense/kernel:0"] = kernels["compound"]
        g["dense/bias:0"] = np.zeros(2, dtype="<f4")
    with h5py.File(at("dtype-opaque2.weights.h5"), "w") as f:
        g = dense(f)
        g["0"] = np.zeros((3, 2), dtype="<u2").view("V2")
    with h5py.File(at("dtype-vlen.weights.h5"), "w") as f:
        g = dense(f)
        ds = g.create_dataset("0", shape=(3, 2), dtype=h5py.vlen_dtype(np.dtype("<f4")))
        for i in range(3):
            for j in range(2):
                ds[i, j] = np.ones(4, dtype="<f4")
    with h5py.File(at("dtype-reference.weights.h5"), "w") as f:
        g = dense(f)
        ds = g.create_dataset("0", shape=(3, 2), dtype=h5py.ref_dtype)
        ds[0, 0] = g.ref


def filters():
    for name in ("lzf.weights.h5", "unknown-filter.weights.h5"):
        with h5py.File(at(name), "w") as f:
            g = dense(f)
            g.create_dataset("0", data=np.arange(6, dtype="<f4").reshape(3, 2), chunks=(3, 2), compression="lzf")
    # Pipeline message, version 1 or 2: u16 filter id 32000 (0x7d00) then the name length and flags.
    file = at("unknown-filter.weights.h5")
    data = bytearray(open(file, "rb").read())
    i = data.find(b"lzf\0")
    j = data.rfind(struct.pack("<H", 32000), 0, i)
    assert 0 <= j and i - j < 16, "no LZF filter entry"
    struct.pack_into("<H", data, j, 32015)
    open(file, "wb").write(bytes(data))


gzip_bomb()
fill_value()
vlen_names()
fan_out()
exotic()
filters()
