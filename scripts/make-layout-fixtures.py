"""Writes fixtures/layouts/: full-model and weights files in layouts real repositories hold and the
Keras 3 corpus does not (tf.keras 2.x with custom QKeras classes, CuDNN-saved recurrent weights,
Keras 2.1 GRU configs without `reset_after`, bfloat16 in a Keras 3 legacy .h5, Keras 3 configs with
custom classes and `build_config`), plus numpy references for the values tf-keras would load.

The layouts follow what Keras' writers do (tf-keras `hdf5_format.save_weights_to_hdf5_group`, Keras 3
`legacy_h5_format` and `saving_lib.H5IOStore`); test/layout-fixtures.test.ts checks them against real
Keras files in ../shared. Values come from a seeded numpy generator.

Run with Debian's python3 and python3-h5py (apt-get install python3-h5py):
    /usr/bin/python3 scripts/make-layout-fixtures.py
The output is committed; tests read it, they do not regenerate it.
"""
import json
import os

import h5py
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "layouts")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(13)


def f32(*shape):
    return rng.standard_normal(shape).astype("<f4") * 0.5


def vlen(strings):
    # h5py writes a list of str as a vlen ASCII/UTF-8 string array, as tf.keras 2.x files hold.
    return np.array(strings, dtype=h5py.string_dtype())


def legacy_full(path, model_config, layers, keras_version, backend="tensorflow", scope_prefix=None, tf2_names=True, weights_only=False):
    """layers: [(layer_name, [(weight_name, array)])] in model.layers order (weightless layers included).

    tf.keras 2.x names weights `<layer>/<var>:0` and stores them under `<layer>/<layer>/<var>:0`;
    Keras 3 names them `<model>/<layer>/<var>` (no `:0`)."""
    with h5py.File(path, "w") as f:
        if not weights_only:
            f.attrs["backend"] = backend
            f.attrs["keras_version"] = keras_version
            f.attrs["model_config"] = json.dumps(model_config)
            g = f.create_group("model_weights")
        else:
            g = f
        g.attrs["backend"] = backend
        g.attrs["keras_version"] = keras_version
        g.attrs["layer_names"] = vlen([n for n, _ in layers])
        for name, weights in sorted(layers, key=lambda x: x[0]):
            lg = g.create_group(name)
            names = []
            for wname, value in weights:
                full = f"{scope_prefix}/{name}/{wname}" if scope_prefix else f"{name}/{wname}:0"
                names.append(full)
                ds = lg.create_dataset(full, data=value)
            lg.attrs["weight_names"] = vlen(names) if names else np.zeros((0,), dtype="<f8")
        if scope_prefix:
            # Keras 3 always writes the (usually empty) group for the model's own variables.
            g.create_group("top_level_model_weights").attrs["weight_names"] = np.zeros((0,), dtype="<f8")


def tfk_layer(cls, name, config, inbound=None):
    entry = {"class_name": cls, "config": {"name": name, "trainable": True, "dtype": "float32", **config}, "name": name}
    entry["inbound_nodes"] = [[[i, 0, 0, {}] for i in inbound]] if inbound else []
    return entry


def functional(name, layers, inputs, outputs):
    return {"class_name": "Functional", "config": {"name": name, "layers": layers,
            "input_layers": [[i, 0, 0] for i in inputs], "output_layers": [[o, 0, 0] for o in outputs]}}


# ---- 1. tf.keras 2.x full model with QKeras classes (registered through custom_objects) ----------------
def qkeras():
    quant = {"class_name": "quantized_bits", "config": {"bits": 4, "integer": 0, "symmetric": 0, "alpha": 1}}
    layers = [
        tfk_layer("InputLayer", "input_1", {"batch_input_shape": [None, 8, 8, 1], "sparse": False, "ragged": False}),
        tfk_layer("QConv2D", "q_conv2d", {"filters": 4, "kernel_size": [3, 3], "strides": [1, 1], "padding": "valid",
                                          "data_format": "channels_last", "use_bias": True, "kernel_quantizer": quant,
                                          "bias_quantizer": quant}, ["input_1"]),
        tfk_layer("QBatchNormalization", "q_batch_normalization", {"axis": -1, "momentum": 0.99, "epsilon": 0.001,
                                                                   "center": True, "scale": True}, ["q_conv2d"]),
        tfk_layer("QActivation", "q_activation", {"activation": "quantized_relu(4)"}, ["q_batch_normalization"]),
        tfk_layer("Flatten", "flatten", {"data_format": "channels_last"}, ["q_activation"]),
        tfk_layer("QDense", "q_dense", {"units": 3, "use_bias": True, "kernel_quantizer": quant, "bias_quantizer": quant}, ["flatten"]),
        tfk_layer("QActivation", "q_activation_1", {"activation": "quantized_bits(8, 0)"}, ["q_dense"]),
    ]
    config = functional("qmodel", layers, ["input_1"], ["q_activation_1"])
    weights = [
        ("input_1", []),
        ("q_conv2d", [("kernel", f32(3, 3, 1, 4)), ("bias", f32(4))]),
        ("q_batch_normalization", [("gamma", np.ones(4, "<f4")), ("beta", np.zeros(4, "<f4")),
                                   ("moving_mean", f32(4)), ("moving_variance", np.ones(4, "<f4"))]),
        ("q_activation", []),
        ("flatten", []),
        ("q_dense", [("kernel", f32(144, 3)), ("bias", f32(3))]),
        ("q_activation_1", []),
    ]
    legacy_full(os.path.join(OUT, "qkeras_tf2.h5"), config, weights, "2.9.0")
    # The same model with one more QDense in the code: a real count mismatch, said consistently.
    extra = [dict(l) for l in layers[:-1]] + [
        tfk_layer("QDense", "q_dense_1", {"units": 3, "use_bias": True}, ["q_dense"]),
        tfk_layer("QActivation", "q_activation_1", {"activation": "quantized_bits(8, 0)"}, ["q_dense_1"]),
    ]
    with open(os.path.join(OUT, "qkeras_extra_dense.json"), "w") as fh:
        json.dump({**functional("qmodel", extra, ["input_1"], ["q_activation_1"]), "keras_version": "2.9.0", "backend": "tensorflow"}, fh, indent=1)


# ---- 2. CuDNN-saved recurrent weights and tf-keras' conversion --------------------------------------------
def transform_kernels(kernels, func, n_gates):
    return np.hstack([func(k) for k in np.hsplit(kernels, n_gates)])


def transpose_input(from_cudnn):
    order = "F" if from_cudnn else "C"
    return lambda k: k.T.reshape(k.shape, order=order)


def cudnn_to_lstm(w):
    # tf-keras hdf5_format._convert_rnn_weights, CuDNNLSTM -> LSTM.
    return [transform_kernels(w[0], transpose_input(True), 4), transform_kernels(w[1], lambda k: k.T, 4),
            np.sum(np.split(w[2], 2, axis=0), axis=0)]


def cudnn_to_gru(w):
    # CuDNNGRU -> GRU(reset_after=True).
    return [transform_kernels(w[0], transpose_input(True), 3), transform_kernels(w[1], lambda k: k.T, 3),
            np.array(w[2]).reshape((2, -1))]


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def lstm_forward(x, w):
    # Keras LSTM (gate order i, f, c, o; tanh / sigmoid), final state only.
    kernel, recurrent, bias = [np.asarray(a, "f8") for a in w]
    u = recurrent.shape[0]
    h = np.zeros((x.shape[0], u))
    c = np.zeros((x.shape[0], u))
    for t in range(x.shape[1]):
        z = x[:, t] @ kernel + h @ recurrent + bias
        i, f, g, o = sigmoid(z[:, :u]), sigmoid(z[:, u:2 * u]), np.tanh(z[:, 2 * u:3 * u]), sigmoid(z[:, 3 * u:])
        c = f * c + i * g
        h = o * np.tanh(c)
    return h


def gru_forward(x, w):
    # Keras GRU(reset_after=True): gate order z, r, h; input and recurrent biases as two rows.
    kernel, recurrent, bias = [np.asarray(a, "f8") for a in w]
    u = recurrent.shape[0]
    h = np.zeros((x.shape[0], u))
    for t in range(x.shape[1]):
        mx = x[:, t] @ kernel + bias[0]
        mi = h @ recurrent + bias[1]
        z = sigmoid(mx[:, :u] + mi[:, :u])
        r = sigmoid(mx[:, u:2 * u] + mi[:, u:2 * u])
        hh = np.tanh(mx[:, 2 * u:] + r * mi[:, 2 * u:])
        h = z * h + (1 - z) * hh
    return h


def seq(name, layers, keras_version, backend="tensorflow"):
    return {"class_name": "Sequential", "config": {"name": name, "layers": layers}, "keras_version": keras_version, "backend": backend}


def k2_layer(cls, name, config):
    return {"class_name": cls, "config": {"name": name, "trainable": True, **config}}


def cudnn():
    units, feat, steps = 6, 3, 5
    lstm_w = [f32(feat, 4 * units), f32(units, 4 * units), f32(8 * units)]
    dense_w = [f32(units, 2), f32(2)]
    first = {"batch_input_shape": [None, steps, feat], "dtype": "float32"}
    cu = seq("sequential_1", [
        k2_layer("CuDNNLSTM", "rnn", {**first, "units": units, "return_sequences": False, "return_state": False, "stateful": False, "go_backwards": False}),
        k2_layer("Dense", "out", {"units": 2, "activation": "linear", "use_bias": True}),
    ], "2.2.4")
    legacy_full(os.path.join(OUT, "cudnn_lstm_keras2.h5"), cu, [("rnn", list(zip(["kernel", "recurrent_kernel", "bias"], lstm_w))), ("out", list(zip(["kernel", "bias"], dense_w)))], "2.2.4")
    cpu = seq("sequential_1", [
        k2_layer("LSTM", "rnn", {**first, "units": units, "activation": "tanh", "recurrent_activation": "sigmoid", "use_bias": True,
                                 "unit_forget_bias": True, "return_sequences": False, "return_state": False, "go_backwards": False,
                                 "stateful": False, "unroll": False, "implementation": 2}),
        k2_layer("Dense", "out", {"units": 2, "activation": "linear", "use_bias": True}),
    ], "2.2.4")
    with open(os.path.join(OUT, "cpu_lstm.json"), "w") as fh:
        json.dump(cpu, fh, indent=1)
    # What tf-keras holds after loading: the converted values, written as a plain LSTM checkpoint.
    legacy_full(os.path.join(OUT, "cpu_lstm_converted.h5"), cpu, [("rnn", list(zip(["kernel", "recurrent_kernel", "bias"], cudnn_to_lstm(lstm_w)))), ("out", list(zip(["kernel", "bias"], dense_w)))], "2.2.4", weights_only=True)

    gru_w = [f32(feat, 3 * units), f32(units, 3 * units), f32(6 * units)]
    cu = seq("sequential", [
        k2_layer("CuDNNGRU", "rnn", {**first, "units": units, "return_sequences": False, "return_state": False, "stateful": False, "go_backwards": False}),
        k2_layer("Dense", "out", {"units": 2, "activation": "linear", "use_bias": True}),
    ], "2.2.4-tf")
    legacy_full(os.path.join(OUT, "cudnn_gru_tf2.h5"), cu, [("rnn", list(zip(["kernel", "recurrent_kernel", "bias"], gru_w))), ("out", list(zip(["kernel", "bias"], dense_w)))], "2.2.4-tf")
    for reset_after in (True, False):
        cpu = seq("sequential", [
            k2_layer("GRU", "rnn", {**first, "units": units, "activation": "tanh", "recurrent_activation": "sigmoid", "use_bias": True,
                                    "reset_after": reset_after, "return_sequences": False, "return_state": False, "go_backwards": False,
                                    "stateful": False, "unroll": False, "implementation": 2}),
            k2_layer("Dense", "out", {"units": 2, "activation": "linear", "use_bias": True}),
        ], "2.2.4-tf")
        with open(os.path.join(OUT, f"cpu_gru_reset_after_{str(reset_after).lower()}.json"), "w") as fh:
            json.dump(cpu, fh, indent=1)
        if reset_after:
            legacy_full(os.path.join(OUT, "cpu_gru_converted.h5"), cpu, [("rnn", list(zip(["kernel", "recurrent_kernel", "bias"], cudnn_to_gru(gru_w)))), ("out", list(zip(["kernel", "bias"], dense_w)))], "2.2.4-tf", weights_only=True)

    # Bidirectional(CuDNNLSTM): forward and backward weights, each converted on its own.
    fw = [f32(feat, 4 * units), f32(units, 4 * units), f32(8 * units)]
    bw = [f32(feat, 4 * units), f32(units, 4 * units), f32(8 * units)]
    def bidir(inner_cls, extra):
        return seq("sequential_2", [
            k2_layer("Bidirectional", "bidi", {**first, "merge_mode": "concat", "layer": {"class_name": inner_cls, "config": {"name": "inner", "trainable": True, "units": units, "return_sequences": False, "go_backwards": False, "stateful": False, **extra}}}),
            k2_layer("Dense", "out", {"units": 2, "activation": "linear", "use_bias": True}),
        ], "2.2.4")
    dense2 = [f32(2 * units, 2), f32(2)]
    names = lambda d: [f"{d}/kernel", f"{d}/recurrent_kernel", f"{d}/bias"]
    legacy_full(os.path.join(OUT, "cudnn_bidirectional_keras2.h5"), bidir("CuDNNLSTM", {}),
                [("bidi", list(zip(names("forward_inner"), fw)) + list(zip(names("backward_inner"), bw))), ("out", list(zip(["kernel", "bias"], dense2)))], "2.2.4")
    cpu = bidir("LSTM", {"activation": "tanh", "recurrent_activation": "sigmoid", "use_bias": True, "unit_forget_bias": True, "implementation": 2})
    with open(os.path.join(OUT, "cpu_bidirectional.json"), "w") as fh:
        json.dump(cpu, fh, indent=1)
    legacy_full(os.path.join(OUT, "cpu_bidirectional_converted.h5"), cpu,
                [("bidi", list(zip(names("forward_inner"), cudnn_to_lstm(fw))) + list(zip(names("backward_inner"), cudnn_to_lstm(bw)))), ("out", list(zip(["kernel", "bias"], dense2)))], "2.2.4", weights_only=True)

    # Outputs numpy computes from the values tf-keras would load: the smoke run must reproduce them.
    x = rng.standard_normal((2, steps, feat)).astype("<f4")
    np.save(os.path.join(OUT, "rnn.input.npy"), x)
    dense = lambda h, d: (h @ np.asarray(d[0], "f8") + d[1]).astype("<f4")
    np.save(os.path.join(OUT, "cudnn_lstm.expected.npy"), dense(lstm_forward(x, cudnn_to_lstm(lstm_w)), dense_w))
    np.save(os.path.join(OUT, "cudnn_gru.expected.npy"), dense(gru_forward(x, cudnn_to_gru(gru_w)), dense_w))
    both = np.concatenate([lstm_forward(x, cudnn_to_lstm(fw)), lstm_forward(x[:, ::-1], cudnn_to_lstm(bw))], axis=-1)
    np.save(os.path.join(OUT, "cudnn_bidirectional.expected.npy"), dense(both, dense2))


# ---- 3. Keras 2.1 GRU config without `reset_after` ---------------------------------------------------------
def gru_keras21():
    units, feat = 4, 3
    config = seq("sequential_1", [
        k2_layer("GRU", "gru_1", {"batch_input_shape": [None, 7, feat], "dtype": "float32", "units": units, "activation": "tanh",
                                  "recurrent_activation": "hard_sigmoid", "use_bias": True, "return_sequences": False,
                                  "return_state": False, "go_backwards": False, "stateful": False, "unroll": False, "implementation": 1}),
        k2_layer("Dense", "dense_1", {"units": 1, "activation": "linear", "use_bias": True}),
    ], "2.1.6")
    legacy_full(os.path.join(OUT, "gru_keras21.h5"), config,
                [("gru_1", [("kernel", f32(feat, 3 * units)), ("recurrent_kernel", f32(units, 3 * units)), ("bias", f32(3 * units))]),
                 ("dense_1", [("kernel", f32(units, 1)), ("bias", f32(1))])], "2.1.6")


# ---- 4. bfloat16 in a Keras 3 legacy full-model .h5 (2-byte opaque, no dtype attribute) ------------------
def keras3_policy(name):
    return {"module": "keras", "class_name": "DTypePolicy", "config": {"name": name}, "registered_name": None}


def keras3_dense(name, units, policy, activation="linear"):
    return {"module": "keras.layers", "class_name": "Dense", "config": {"name": name, "trainable": True, "dtype": keras3_policy(policy),
            "units": units, "activation": activation, "use_bias": True, "kernel_initializer": {"module": "keras.initializers", "class_name": "GlorotUniform", "config": {"seed": None}, "registered_name": None},
            "bias_initializer": {"module": "keras.initializers", "class_name": "Zeros", "config": {}, "registered_name": None},
            "kernel_regularizer": None, "bias_regularizer": None, "kernel_constraint": None, "bias_constraint": None, "quantization_config": None},
            "registered_name": None, "build_config": {"input_shape": None}}


def bf16(a):
    a = np.asarray(a, dtype="<f4")
    rounded = ((a.view(np.uint32).astype(np.uint64) + 0x7FFF + ((a.view(np.uint32) >> 16) & 1)) >> 16).astype("<u2")
    return rounded.view("V2")


def bfloat16_legacy():
    def model(policy):
        d1 = keras3_dense("hidden", 4, policy, "relu")
        d1["build_config"] = {"input_shape": [None, 3]}
        d2 = keras3_dense("logits", 2, policy)
        d2["build_config"] = {"input_shape": [None, 4]}
        return {"module": "keras", "class_name": "Sequential", "config": {"name": "bf16_mlp", "trainable": True, "dtype": keras3_policy(policy),
                "layers": [{"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [None, 3], "dtype": "float32", "sparse": False, "ragged": False, "name": "x", "optional": False}, "registered_name": None}, d1, d2],
                "build_input_shape": [None, 3]}, "registered_name": None, "build_config": {"input_shape": [None, 3]}}
    raw = [f32(3, 4), f32(4), f32(4, 2), f32(2)]
    weights = [("hidden", [("kernel", bf16(raw[0])), ("bias", bf16(raw[1]))]), ("logits", [("kernel", bf16(raw[2])), ("bias", bf16(raw[3]))])]
    # Outputs of the bfloat16 values (widened to float32, as TF.js computes) on seeded inputs.
    back = [(bf16(a).view("<u2").astype(np.uint32) << 16).view("<f4").astype("f8") for a in raw]
    x = rng.standard_normal((2, 3)).astype("<f4")
    np.save(os.path.join(OUT, "bf16_mlp.input.npy"), x)
    np.save(os.path.join(OUT, "bf16_mlp.expected.npy"), (np.maximum(x @ back[0] + back[1], 0) @ back[2] + back[3]).astype("<f4"))
    legacy_full(os.path.join(OUT, "bf16_keras3.h5"), model("bfloat16"), weights, "3.9.0", scope_prefix="bf16_mlp")
    with open(os.path.join(OUT, "bf16_mlp_float32.json"), "w") as fh:
        json.dump(model("float32"), fh, indent=1)
    # A weights-only legacy file: nothing in it says bfloat16; only a definition can.
    legacy_full(os.path.join(OUT, "bf16_keras3_weights.h5"), None, weights, "3.9.0", scope_prefix="bf16_mlp", weights_only=True)


# ---- 5. Keras 3 config with a custom class: shapes after it come from build_config ------------------------
def keras3_custom():
    block = {"module": None, "class_name": "ResidualBlock", "config": {"name": "block", "trainable": True, "dtype": keras3_policy("float32"), "width": 32},
             "registered_name": "Custom>ResidualBlock", "build_config": {"input_shape": [None, 16]}}
    lam = {"module": "keras.layers", "class_name": "Lambda", "config": {"name": "squash", "trainable": True, "dtype": keras3_policy("float32"),
           "function": {"class_name": "__lambda__", "config": {"code": "4wEAAAAAAAAAAAAAAAEAAAACAAAAQwAAAHMIAAAAfABkARQAUwApAk7pAgAAAKkAKQHaAXhyAgAAAHICAAAA+gg8c3RkaW4+2gg8bGFtYmRhPgEAAADzAAAAAA==", "defaults": None, "closure": None}},
           "output_shape": [32], "arguments": {}}, "registered_name": None, "build_config": {"input_shape": [None, 32]}}
    head = keras3_dense("head", 10, "float32")
    head["build_config"] = {"input_shape": [None, 32]}
    def model(layers):
        return {"module": "keras", "class_name": "Sequential", "config": {"name": "custom_seq", "trainable": True, "dtype": keras3_policy("float32"),
                "layers": [{"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [None, 16], "dtype": "float32", "sparse": False, "ragged": False, "name": "x", "optional": False}, "registered_name": None}] + layers,
                "build_input_shape": [None, 16]}, "registered_name": None, "build_config": {"input_shape": [None, 16]}}
    with open(os.path.join(OUT, "custom_block.json"), "w") as fh:
        json.dump(model([block, head]), fh, indent=1)
    with open(os.path.join(OUT, "lambda_output_shape.json"), "w") as fh:
        json.dump(model([keras3_dense("proj", 32, "float32"), lam, head]), fh, indent=1)
    # Keras 3 .weights.h5 (saving_lib H5IOStore): the head was trained on a 24-wide block output.
    with h5py.File(os.path.join(OUT, "custom_block_w24.weights.h5"), "w") as f:
        g = f.create_group("layers/residual_block/vars")
        g.attrs["name"] = "block"
        g["0"] = f32(16, 24)
        g = f.create_group("layers/dense/vars")
        g.attrs["name"] = "head"
        g["0"] = f32(24, 10)
        g["1"] = f32(10)
        f.create_group("vars").attrs["name"] = "custom_seq"
    with h5py.File(os.path.join(OUT, "lambda_w24.weights.h5"), "w") as f:
        g = f.create_group("layers/dense/vars")
        g.attrs["name"] = "proj"
        g["0"] = f32(16, 32)
        g["1"] = f32(32)
        g = f.create_group("layers/lambda/vars")
        g.attrs["name"] = "squash"
        g = f.create_group("layers/dense_1/vars")
        g.attrs["name"] = "head"
        g["0"] = f32(24, 10)
        g["1"] = f32(10)
        f.create_group("vars").attrs["name"] = "custom_seq"


qkeras()
cudnn()
gru_keras21()
bfloat16_legacy()
keras3_custom()
print("wrote", sorted(os.listdir(OUT)))
