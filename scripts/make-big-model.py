#!/usr/bin/python3
"""A big legacy Keras (tf.keras 2.x) full-model .h5 for the bench's "big models" section, with an input
and the outputs numpy computes for it, so that `weightgate diff M M --input x.npy --expected y.npy`
checks that weightgate's smoke run computed every layer (issue 15: the 3 GB and 5 GB cases).

    /usr/bin/python3 scripts/make-big-model.py OUT_DIR --layers 10 --width 11180 [--batch 2] [--seed 1]

Writes OUT_DIR/model.h5 (Sequential: InputLayer, then LAYERS Dense(WIDTH, tanh) layers; kernels
uniform in Glorot's limit so every layer shapes the output), OUT_DIR/x.npy (float32, BATCH x WIDTH,
uniform [-1, 1)) and OUT_DIR/y.npy (the forward pass in float64, stored as float32). One layer's
kernel is in memory at a time. Prints one JSON line with the sizes and the seconds taken.
"""
import argparse
import json
import os
import time

import h5py
import numpy as np


def vlen(strings):
    return np.array(strings, dtype=h5py.string_dtype())


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--layers", type=int, default=10)
    p.add_argument("--width", type=int, default=11180)
    p.add_argument("--batch", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    started = time.perf_counter()
    os.makedirs(a.out, exist_ok=True)
    rng = np.random.default_rng(a.seed)
    w = a.width
    names = [f"dense_{i}" for i in range(a.layers)]
    config = {
        "class_name": "Sequential",
        "config": {
            "name": "big",
            "layers": [{"class_name": "InputLayer", "config": {"batch_input_shape": [None, w], "dtype": "float32", "sparse": False, "ragged": False, "name": "input_1"}}]
            + [{"class_name": "Dense", "config": {"name": n, "trainable": True, "dtype": "float32", "units": w, "activation": "tanh", "use_bias": True,
                "kernel_initializer": {"class_name": "GlorotUniform", "config": {"seed": None}}, "bias_initializer": {"class_name": "Zeros", "config": {}},
                "kernel_regularizer": None, "bias_regularizer": None, "activity_regularizer": None, "kernel_constraint": None, "bias_constraint": None}} for n in names],
        },
        "keras_version": "2.15.0",
        "backend": "tensorflow",
    }
    x = rng.uniform(-1, 1, size=(a.batch, w)).astype(np.float32)
    h = x.astype(np.float64)
    limit = np.sqrt(6 / (2 * w))
    path = os.path.join(a.out, "model.h5")
    with h5py.File(path, "w") as f:
        f.attrs["backend"] = "tensorflow"
        f.attrs["keras_version"] = "2.15.0"
        f.attrs["model_config"] = json.dumps(config)
        g = f.create_group("model_weights")
        g.attrs["backend"] = "tensorflow"
        g.attrs["keras_version"] = "2.15.0"
        g.attrs["layer_names"] = vlen(names)
        for n in names:
            kernel = rng.uniform(-limit, limit, size=(w, w)).astype(np.float32)
            bias = rng.uniform(-0.1, 0.1, size=(w,)).astype(np.float32)
            lg = g.create_group(n)
            lg.create_dataset(f"{n}/kernel:0", data=kernel)
            lg.create_dataset(f"{n}/bias:0", data=bias)
            lg.attrs["weight_names"] = vlen([f"{n}/kernel:0", f"{n}/bias:0"])
            h = np.tanh(h @ kernel.astype(np.float64) + bias)
            del kernel
    np.save(os.path.join(a.out, "x.npy"), x)
    np.save(os.path.join(a.out, "y.npy"), h.astype(np.float32))
    print(json.dumps({"file": path, "bytes": os.path.getsize(path), "weights": a.layers * (w * w + w) * 4, "seconds": round(time.perf_counter() - started, 1)}))


if __name__ == "__main__":
    main()
