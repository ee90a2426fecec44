"""Writes many-small-layer HDF5 files for scripts/bench/metadata-layers.ts, in two layouts:
- keras3-N: a Keras 3 `.weights.h5` (saving_lib.H5IOStore: /layers/<name>/vars/0..1, a `name`
  attribute on each `vars` group) plus its model.json, as scripts/bench.ts writes them;
- legacy-N: a tf.keras 2.x full-model `.h5` (model_config, /model_weights/<layer>/<layer>/kernel:0,
  layer_names and weight_names attributes).
Usage: /usr/bin/python3 scripts/bench/make-layer-files.py OUT_DIR N [N ...]
"""
import json
import os
import sys

import h5py
import numpy as np

WIDTH = 16


def vlen(strings):
    return np.array(strings, dtype=h5py.string_dtype())


def names(n):
    return ["dense" if i == 0 else f"dense_{i}" for i in range(n)]


def keras3(out, n):
    d = os.path.join(out, f"keras3-{n}")
    os.makedirs(d, exist_ok=True)
    policy = {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": None}
    layers = [{"module": "keras.layers", "class_name": "InputLayer", "registered_name": None,
               "config": {"batch_shape": [None, WIDTH], "dtype": "float32", "sparse": False, "ragged": False, "name": "input_layer", "optional": False}}]
    for i in range(n):
        layers.append({"module": "keras.layers", "class_name": "Dense", "registered_name": None,
                       "config": {"name": f"dense_{i}", "trainable": True, "dtype": policy, "units": WIDTH, "activation": "tanh", "use_bias": True,
                                  "kernel_initializer": {"module": "keras.initializers", "class_name": "GlorotUniform", "config": {"seed": None}, "registered_name": None},
                                  "bias_initializer": {"module": "keras.initializers", "class_name": "Zeros", "config": {}, "registered_name": None}}})
    config = {"module": "keras", "class_name": "Sequential", "config": {"name": f"keras3-{n}", "trainable": True, "dtype": policy, "layers": layers}}
    with open(os.path.join(d, "model.json"), "w") as fh:
        json.dump(config, fh)
    rng = np.random.default_rng(n)
    with h5py.File(os.path.join(d, "model.weights.h5"), "w") as f:
        f.create_group("layers")
        for i, name in enumerate(names(n)):
            g = f.create_group(f"layers/{name}/vars")
            g.attrs["name"] = f"dense_{i}"
            g.create_dataset("0", data=rng.standard_normal((WIDTH, WIDTH)).astype("<f4"))
            g.create_dataset("1", data=np.zeros((WIDTH,), dtype="<f4"))
        f.create_group("vars").attrs["name"] = f"keras3-{n}"


def legacy(out, n):
    d = os.path.join(out, f"legacy-{n}")
    os.makedirs(d, exist_ok=True)
    layers = [{"class_name": "InputLayer", "config": {"batch_input_shape": [None, WIDTH], "dtype": "float32", "sparse": False, "ragged": False, "name": "input_1"}}]
    for name in names(n):
        layers.append({"class_name": "Dense", "config": {"name": name, "trainable": True, "dtype": "float32", "units": WIDTH, "activation": "tanh", "use_bias": True,
                                                         "kernel_initializer": {"class_name": "GlorotUniform", "config": {"seed": None}},
                                                         "bias_initializer": {"class_name": "Zeros", "config": {}},
                                                         "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None,
                                                         "kernel_constraint": None, "bias_constraint": None}})
    config = {"class_name": "Sequential", "config": {"name": "sequential", "layers": layers}}
    rng = np.random.default_rng(n)
    with h5py.File(os.path.join(d, "model.h5"), "w") as f:
        f.attrs["backend"] = "tensorflow"
        f.attrs["keras_version"] = "2.15.0"
        f.attrs["model_config"] = json.dumps(config)
        g = f.create_group("model_weights")
        g.attrs["backend"] = "tensorflow"
        g.attrs["keras_version"] = "2.15.0"
        all_names = ["input_1"] + names(n)
        g.attrs["layer_names"] = vlen(all_names)
        g.create_group("input_1").attrs["weight_names"] = np.zeros((0,), dtype="<f8")
        for name in names(n):
            lg = g.create_group(name)
            lg.create_dataset(f"{name}/kernel:0", data=rng.standard_normal((WIDTH, WIDTH)).astype("<f4"))
            lg.create_dataset(f"{name}/bias:0", data=np.zeros((WIDTH,), dtype="<f4"))
            lg.attrs["weight_names"] = vlen([f"{name}/kernel:0", f"{name}/bias:0"])


if __name__ == "__main__":
    out = sys.argv[1]
    for n in map(int, sys.argv[2:]):
        keras3(out, n)
        legacy(out, n)
