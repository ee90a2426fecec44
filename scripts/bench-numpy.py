#!/usr/bin/python3
"""The bench's Python baseline: what a user would otherwise run to load a Keras 3 `.weights.h5` and
run one forward pass, with Debian's python3-h5py and numpy (the bench runs it single-threaded).

    /usr/bin/python3 scripts/bench-numpy.py MODEL_JSON WEIGHTS_H5 [--seed N] [--batch N] [--out F.npy]

Reads every weight of the Sequential Dense stack that MODEL_JSON describes from WEIGHTS_H5 (Keras 3
layout: layers/<name>/vars/0 and 1, <name> given by Keras 3's rule: the snake-case class name, then
_1, _2, ... for later layers of the same class), then runs the model on the input `weightgate diff
--smoke` generates (mulberry32 from --seed, floats in [-1, 1), batch --batch) in float32. Prints one
JSON line: read and forward times, the process's peak RSS (VmHWM) and the weight bytes. --out writes
the outputs as .npy so that `weightgate diff --smoke --expected F.npy` checks both sides agree.
"""
import argparse
import json
import os
import time

for v in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ.setdefault(v, '1')

STARTED = time.perf_counter()
import h5py  # noqa: E402
import numpy as np  # noqa: E402


def mulberry32(seed):
    """src/engine/inputs.ts prng(): the same numbers, in 32-bit unsigned arithmetic."""
    a = seed & 0xFFFFFFFF
    M = 0xFFFFFFFF

    def imul(x, y):
        return (x * y) & M

    def nxt():
        nonlocal a
        a = (a + 0x6D2B79F5) & M
        t = a
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & M
        return ((t ^ (t >> 14)) & M) / 4294967296

    return nxt


ACTIVATIONS = {
    'linear': lambda x: x,
    None: lambda x: x,
    'tanh': np.tanh,
    'relu': lambda x: np.maximum(x, 0),
    'sigmoid': lambda x: 1 / (1 + np.exp(-x)),
}


def snake(name):
    out = ''
    for i, c in enumerate(name):
        if c.isupper() and i:
            out += '_'
        out += c.lower()
    return out


def peak_rss():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) * 1024
    return None


def main():
    p = argparse.ArgumentParser()
    p.add_argument('model_json')
    p.add_argument('weights')
    p.add_argument('--seed', type=int, default=1)
    p.add_argument('--batch', type=int, default=2)
    p.add_argument('--out')
    a = p.parse_args()

    with open(a.model_json) as f:
        config = json.load(f)
    layers = config['config']['layers']
    width = layers[0]['config']['batch_shape'][1]
    seen = {}
    dense = []
    for layer in layers[1:]:
        cls = layer['class_name']
        if cls != 'Dense':
            raise SystemExit(f'bench-numpy.py runs Dense stacks only (found {cls})')
        base = snake(cls)
        n = seen.get(base, 0)
        seen[base] = n + 1
        dense.append((base if n == 0 else f'{base}_{n}', layer['config']))

    t0 = time.perf_counter()
    weights = []
    nbytes = 0
    with h5py.File(a.weights, 'r') as f:
        for path, cfg in dense:
            g = f['layers'][path]['vars']
            kernel = g['0'][()]
            bias = g['1'][()] if cfg.get('use_bias', True) else None
            nbytes += kernel.nbytes + (bias.nbytes if bias is not None else 0)
            weights.append((kernel, bias, ACTIVATIONS[cfg.get('activation')]))
    t1 = time.perf_counter()

    nxt = mulberry32(a.seed)
    x = np.array([nxt() * 2 - 1 for _ in range(a.batch * width)], dtype=np.float64).astype(np.float32).reshape(a.batch, width)
    for kernel, bias, act in weights:
        x = x @ kernel
        if bias is not None:
            x += bias
        x = act(x).astype(np.float32, copy=False)
    t2 = time.perf_counter()
    if a.out:
        np.save(a.out, x)
    print(json.dumps({
        'import_ms': (t0 - STARTED) * 1000, 'read_ms': (t1 - t0) * 1000, 'forward_ms': (t2 - t1) * 1000,
        'peak_rss': peak_rss(), 'weight_bytes': nbytes, 'shape': list(x.shape), 'max_abs': float(np.abs(x).max()), 'finite': bool(np.isfinite(x).all()),
    }))


main()
