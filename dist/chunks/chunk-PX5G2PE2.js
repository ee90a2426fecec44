import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  nearestPath
} from "./chunk-JLVCLJA4.js";
import {
  DEFAULT_LIMITS,
  limitError
} from "./chunk-3BJMFA6A.js";
import {
  InputError,
  LFS_HINT,
  MODEL_CODE_HINT,
  quoteName
} from "./chunk-FWZ4W6A4.js";

// src/sources/lfs-pointer.ts
var LFS_POINTER = "version https://git-lfs.github.com/spec/v1";
var LFS_POINTER_MAX_BYTES = 1024;
function parseLfsPointer(bytes) {
  if (bytes.length > LFS_POINTER_MAX_BYTES) return void 0;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (!text.startsWith(LFS_POINTER)) return void 0;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  return oid && size ? { oid, size: Number(size) } : void 0;
}

// src/sources/sniff.ts
import { lstat, open, stat } from "node:fs/promises";
import path from "node:path";
var HDF5_MAGIC = Buffer.from([137, 72, 68, 70, 13, 10, 26, 10]);
var ZIP_MAGIC = Buffer.from([80, 75, 3, 4]);
var EMPTY_ZIP_MAGIC = Buffer.from([80, 75, 5, 6]);
var NPY_MAGIC = Buffer.from([147, 78, 85, 77, 80, 89]);
var TF_TABLE_MAGIC = Buffer.from([87, 251, 128, 139, 36, 117, 71, 219]);
var TORCH_LEGACY_MAGIC = Buffer.from([128, 2, 138, 10, 108, 252, 156, 70, 249, 32, 106, 168, 80, 25]);
var FOREIGN_HINT = "weightgate checks Keras and TF.js files: point at the Keras files this was made from, the definition (`model.to_json()` into a .json, or `model.save('m.keras')`) and the weights file.";
var SAVED_MODEL = {
  what: "a TensorFlow SavedModel (`model.save('dir')` in TF 2's Keras 2, or `model.export()`): a TensorFlow graph, without a Keras definition weightgate reads",
  hint: "Write the definition from the model code: `model.to_json()` into a .json, or `model.save('m.keras')` (a Keras 2 SavedModel loads with `keras.models.load_model('dir')`, which can then `save('m.h5')`); see the README, 'Definitions from model code'."
};
var CHECKPOINT_HINT = "weightgate reads Keras' HDF5 weights: load the checkpoint into the model (`model.load_weights(prefix)`) and write `model.save_weights('m.weights.h5')` (Keras 3; `'m.h5'` in Keras 2).";
var checkpoint = (which) => ({
  what: `${which} of a TensorFlow checkpoint (\`save_weights()\` without .h5 in TF 2's Keras 2, tf.train.Checkpoint, or a SavedModel's variables/), not Keras weights`,
  hint: CHECKPOINT_HINT
});
async function readHead(file, bytes = 512) {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
async function sniff(file, limits = DEFAULT_LIMITS) {
  let st;
  try {
    st = await stat(file);
  } catch {
    throw await notFound(file);
  }
  if (st.isDirectory()) {
    const foreign2 = await foreignFolder(file);
    if (foreign2) throw new InputError(file, "not-keras", foreign2.what, foreign2.hint);
    return { kind: "directory" };
  }
  if (!st.isFile()) throw new InputError(file, "not-keras", "not a regular file (a device, socket or pipe)", "Point at the model file itself.");
  if (st.size === 0) throw new InputError(file, "truncated", "the file is empty", "Re-download or re-save it.");
  if (st.size > limits.maxFileBytes) throw limitError(file, "maxFileBytes", limits, `the file is ${st.size} bytes`);
  const head = await readHead(file);
  if (head.subarray(0, 8).equals(HDF5_MAGIC)) return { kind: "hdf5" };
  if (head.subarray(0, 4).equals(ZIP_MAGIC) || head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) {
    const torch = pytorchZip(head);
    if (torch) throw new InputError(file, "not-keras", torch.what, torch.hint);
    return { kind: "zip" };
  }
  if (head.subarray(0, 6).equals(NPY_MAGIC)) return { kind: "npy" };
  const text = head.toString("utf8");
  if (text.startsWith(LFS_POINTER)) {
    const size = /size (\d+)/.exec(text)?.[1];
    throw new InputError(file, "lfs-pointer", `this is a Git LFS pointer${size ? ` to a ${size}-byte file` : ""}, not the file itself`, LFS_HINT);
  }
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (/^<(!doctype html|html|head|body|\?xml)/i.test(trimmed)) {
    throw new InputError(file, "html-page", "this is an HTML/XML page, not a model file (a download that saved an error or login page?)", "Download the real file (check the URL, and authentication for private assets).");
  }
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return { kind: "json" };
  const foreign = foreignText(file, head) ?? foreignBinary(file, head, await readTail(file, st.size));
  if (foreign) throw new InputError(file, "not-keras", foreign.what, foreign.hint);
  const ext = path.extname(file).toLowerCase();
  if (/^group\d+-shard\d+of\d+/.test(path.basename(file)) || ext === ".bin") {
    throw new InputError(
      file,
      "not-keras",
      "a TF.js weight shard (raw bytes with no layout of its own)",
      "Point at the model.json that lists it; the shard is read through its weightsManifest."
    );
  }
  const what = ext === ".h5" || ext === ".hdf5" ? "it does not start with the HDF5 signature" : ext === ".keras" ? "it is not a zip archive, which every .keras file is" : "it is not HDF5, a zip archive, JSON or .npy";
  throw new InputError(
    file,
    "not-keras",
    `not a Keras or TF.js file: ${what} (first bytes: ${hexHead(head)})`,
    "Check that this is the file you meant; a truncated download or a renamed file looks like this."
  );
}
async function notFoundError(file, hint, written = file, base = process.cwd(), resolvedFrom = "") {
  if (await exists(`${file}.index`)) {
    const c = checkpoint(`the prefix of ${path.basename(file)}.index and its .data-* files, the parts`);
    return new InputError(file, "not-found", `no such file${resolvedFrom}: ${c.what}`, c.hint);
  }
  const near = await nearestPath(written, base);
  return new InputError(file, "not-found", `no such file or folder${resolvedFrom}${near ? `; did you mean ${near}?` : ""}`, hint);
}
function notFound(file) {
  return notFoundError(file, path.isAbsolute(file) ? "Check the path." : "Check the path (it is resolved from the working directory).");
}
async function exists(p) {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}
async function foreignFolder(dir) {
  if (await exists(path.join(dir, "config.json")) || await exists(path.join(dir, "model.json"))) return void 0;
  if (await exists(path.join(dir, "saved_model.pb")) || await exists(path.join(dir, "saved_model.pbtxt"))) return SAVED_MODEL;
  if (await exists(path.join(dir, "variables.index"))) return checkpoint("a folder holding variables.index, the variables");
  return void 0;
}
async function readTail(file, size) {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(Math.min(8, size));
    const { bytesRead } = await fh.read(buf, 0, buf.length, size - buf.length);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
function asText(head) {
  if (head.includes(0)) return void 0;
  const text = head.toString("utf8");
  const bad = text.indexOf("\uFFFD");
  return bad < 0 || bad >= text.length - 3 ? text.replace(/^\uFEFF/, "") : void 0;
}
var PYTHON_LINE = /^(#!.*\bpython|# -\*- coding[:=]|import [\w.]+|from [\w.]+ import\b|def \w+\s*\(|class \w+\s*[(:]|@[\w.]+\s*(\(|$))/m;
function foreignText(file, head) {
  const text = asText(head);
  if (text === void 0) return void 0;
  const ext = path.extname(file).toLowerCase();
  if (PYTHON_LINE.test(text) || ext === ".py" || ext === ".pyw") {
    return { what: "Python source (model code), not a file Keras writes", hint: MODEL_CODE_HINT };
  }
  if (/^model_checkpoint_path: "/m.test(text)) return checkpoint("the `checkpoint` state file");
  if (/^class_name: \w+/m.test(text) && /^config:/m.test(text)) {
    return {
      what: "a Keras model definition in YAML (`model.to_yaml()`, Keras 2.5 and older), which weightgate does not read",
      hint: "weightgate reads the same definition as JSON: in the Keras that wrote it, `keras.models.model_from_yaml(text).to_json()`, or write `model.to_json()` from the model code (see the README, 'Definitions from model code')."
    };
  }
  if (/^models:/m.test(text) && /^version:/m.test(text)) {
    return { what: "a weightgate config, not a model", hint: `Check its models with \`weightgate check --config ${file}\`.` };
  }
  if (ext === ".yml" || ext === ".yaml") return { what: "YAML, not a model file", hint: MODEL_CODE_HINT };
  if (ext === ".pbtxt") return { ...SAVED_MODEL, what: `a TensorFlow protocol buffer as text (.pbtxt): ${SAVED_MODEL.what.slice(2)}` };
  return void 0;
}
function varint(buf, at) {
  let value = 0;
  for (let i = 0; i < 5 && at + i < buf.length; i++) {
    const b = buf[at + i];
    value += (b & 127) * 2 ** (7 * i);
    if (b < 128) return { value, next: at + i + 1 };
  }
  return void 0;
}
function protoName(buf, at) {
  const len = varint(buf, at);
  if (!len || len.value < 1 || len.value > 64 || len.next + len.value > buf.length) return void 0;
  const name = buf.subarray(len.next, len.next + len.value).toString("latin1");
  return /^[\x20-\x7e]+$/.test(name) ? { name, next: len.next + len.value } : void 0;
}
function foreignBinary(file, head, tail) {
  const base = path.basename(file).toLowerCase();
  const ext = path.extname(base);
  if (head.subarray(4, 8).toString("latin1") === "TFL3") {
    return { what: "a TensorFlow Lite model (.tflite), converted from a Keras model: it keeps no Keras definition", hint: FOREIGN_HINT };
  }
  if (tail.length === 8 && tail.equals(TF_TABLE_MAGIC)) return checkpoint("the index (a TensorFlow table, like variables.index)");
  if (/\.data-\d{5}-of-\d{5}$/.test(base)) return checkpoint("a data shard (.data-NNNNN-of-NNNNN)");
  if (head[0] === 128 && head[1] >= 2 && head[1] <= 5 && tail.at(-1) === 46 || head.subarray(0, TORCH_LEGACY_MAGIC.length).equals(TORCH_LEGACY_MAGIC)) {
    return { what: "a Python pickle (torch.save, joblib, pickle.dump), which weightgate never unpickles: unpickling runs code", hint: FOREIGN_HINT };
  }
  const headerLength = head.length >= 10 ? Number(head.readBigUInt64LE(0)) : 0;
  if (headerLength > 1 && head.subarray(8, 10).toString("latin1") === '{"') {
    return { what: "a safetensors file (named tensors, without a Keras layout)", hint: FOREIGN_HINT };
  }
  if (head[0] === 8 && head[2] === 18) {
    const len = varint(head, 3);
    if (head[1] === 1 && len && head[len.next] === 10) return SAVED_MODEL;
    const producer = protoName(head, 3);
    if (producer && head[1] >= 3 && head[1] <= 30) {
      return { what: `an ONNX model (from ${quoteName(producer.name, 40)}), not a Keras or TF.js file`, hint: FOREIGN_HINT };
    }
  }
  if (head[0] === 10) {
    const node = varint(head, 1);
    const name = node && head[node.next] === 10 ? protoName(head, node.next + 1) : void 0;
    if (name && head[name.next] === 18 && protoName(head, name.next + 1)) {
      return { what: "a TensorFlow graph (a frozen GraphDef .pb), without a Keras definition weightgate reads", hint: SAVED_MODEL.hint };
    }
  }
  if (base === "saved_model.pb" || base === "keras_metadata.pb" || base === "fingerprint.pb") return SAVED_MODEL;
  if (ext === ".onnx") return { what: "an ONNX model (.onnx), not a Keras or TF.js file", hint: FOREIGN_HINT };
  if (ext === ".tflite") return { what: "a TensorFlow Lite model (.tflite): it keeps no Keras definition", hint: FOREIGN_HINT };
  if (ext === ".pb") return { what: "a TensorFlow protocol buffer (.pb: a SavedModel or a frozen graph), without a Keras definition weightgate reads", hint: SAVED_MODEL.hint };
  if (ext === ".pt" || ext === ".pth" || ext === ".pkl" || ext === ".pickle" || ext === ".joblib") {
    return { what: `a PyTorch or pickle file (${ext}), not a Keras or TF.js file; weightgate never unpickles anything`, hint: FOREIGN_HINT };
  }
  if (ext === ".index") return checkpoint("an index (.index)");
  return void 0;
}
function pytorchZip(head) {
  if (!head.subarray(0, 4).equals(ZIP_MAGIC) || head.length < 30) return void 0;
  const nameLength = head.readUInt16LE(26);
  const name = head.subarray(30, 30 + nameLength).toString("latin1");
  if (!/(^|\/)data\.pkl$/.test(name)) return void 0;
  return { what: "a PyTorch file (torch.save: a zip archive holding data.pkl), not a Keras or TF.js file; weightgate never unpickles anything", hint: FOREIGN_HINT };
}
function hexHead(buf, n = 16) {
  return [...buf.subarray(0, n)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
}

export {
  LFS_POINTER,
  LFS_POINTER_MAX_BYTES,
  parseLfsPointer,
  readHead,
  sniff,
  notFoundError
};
