// Decide what a file is from its first bytes, before any parser sees it. The name only splits
// cases that the content leaves open (`.weights.h5` vs legacy `.h5` is decided later, by layout).
// Files that are not Keras or TF.js but are what users reach for (model code, a SavedModel, a
// TensorFlow checkpoint, TF Lite, ONNX, PyTorch) are named as such, with what to pass instead.
import { LFS_POINTER } from './lfs-pointer.js';
import { lstat, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, LFS_HINT, MODEL_CODE_HINT, quoteName } from './errors.js';
import { DEFAULT_LIMITS, limitError, type Limits } from './limits.js';
import { nearestPath } from './paths.js';

export type Sniffed =
  | { kind: 'hdf5' }
  | { kind: 'zip' }
  | { kind: 'json' }
  | { kind: 'npy' }
  | { kind: 'directory' };

const HDF5_MAGIC = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const NPY_MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);
/** The last 8 bytes of a TensorFlow table (a checkpoint's `.index`): kTableMagicNumber, little-endian. */
const TF_TABLE_MAGIC = Buffer.from([0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]);
/** The first pickle of a legacy (pre-zip) `torch.save` file: protocol 2, LONG1 of torch's magic number. */
const TORCH_LEGACY_MAGIC = Buffer.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]);

/** A file of another tool: what it is, and what to pass instead. */
interface Foreign { what: string; hint: string }

const FOREIGN_HINT = "weightgate checks Keras and TF.js files: point at the Keras files this was made from, the definition (`model.to_json()` into a .json, or `model.save('m.keras')`) and the weights file.";
const SAVED_MODEL: Foreign = {
  what: "a TensorFlow SavedModel (`model.save('dir')` in TF 2's Keras 2, or `model.export()`): a TensorFlow graph, without a Keras definition weightgate reads",
  hint: "Write the definition from the model code: `model.to_json()` into a .json, or `model.save('m.keras')` (a Keras 2 SavedModel loads with `keras.models.load_model('dir')`, which can then `save('m.h5')`); see the README, 'Definitions from model code'.",
};
const CHECKPOINT_HINT = "weightgate reads Keras' HDF5 weights: load the checkpoint into the model (`model.load_weights(prefix)`) and write `model.save_weights('m.weights.h5')` (Keras 3; `'m.h5'` in Keras 2).";
const checkpoint = (which: string): Foreign => ({
  what: `${which} of a TensorFlow checkpoint (\`save_weights()\` without .h5 in TF 2's Keras 2, tf.train.Checkpoint, or a SavedModel's variables/), not Keras weights`,
  hint: CHECKPOINT_HINT,
});

export async function readHead(file: string, bytes = 512): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Classify `file`, or throw an InputError that says what it is instead and what to do. */
export async function sniff(file: string, limits: Limits = DEFAULT_LIMITS): Promise<Sniffed> {
  let st;
  try {
    st = await stat(file);
  } catch {
    throw await notFound(file);
  }
  if (st.isDirectory()) {
    const foreign = await foreignFolder(file);
    if (foreign) throw new InputError(file, 'not-keras', foreign.what, foreign.hint);
    return { kind: 'directory' };
  }
  if (!st.isFile()) throw new InputError(file, 'not-keras', 'not a regular file (a device, socket or pipe)', 'Point at the model file itself.');
  if (st.size === 0) throw new InputError(file, 'truncated', 'the file is empty', 'Re-download or re-save it.');
  if (st.size > limits.maxFileBytes) throw limitError(file, 'maxFileBytes', limits, `the file is ${st.size} bytes`);
  const head = await readHead(file);
  if (head.subarray(0, 8).equals(HDF5_MAGIC)) return { kind: 'hdf5' };
  if (head.subarray(0, 4).equals(ZIP_MAGIC) || head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) {
    const torch = pytorchZip(head);
    if (torch) throw new InputError(file, 'not-keras', torch.what, torch.hint);
    return { kind: 'zip' };
  }
  if (head.subarray(0, 6).equals(NPY_MAGIC)) return { kind: 'npy' };
  const text = head.toString('utf8');
  if (text.startsWith(LFS_POINTER)) {
    const size = /size (\d+)/.exec(text)?.[1];
    throw new InputError(file, 'lfs-pointer', `this is a Git LFS pointer${size ? ` to a ${size}-byte file` : ''}, not the file itself`, LFS_HINT);
  }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/^<(!doctype html|html|head|body|\?xml)/i.test(trimmed)) {
    throw new InputError(file, 'html-page', 'this is an HTML/XML page, not a model file (a download that saved an error or login page?)', 'Download the real file (check the URL, and authentication for private assets).');
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return { kind: 'json' };
  const foreign = foreignText(file, head) ?? foreignBinary(file, head, await readTail(file, st.size));
  if (foreign) throw new InputError(file, 'not-keras', foreign.what, foreign.hint);
  const ext = path.extname(file).toLowerCase();
  if (/^group\d+-shard\d+of\d+/.test(path.basename(file)) || ext === '.bin') {
    throw new InputError(file, 'not-keras', 'a TF.js weight shard (raw bytes with no layout of its own)',
      'Point at the model.json that lists it; the shard is read through its weightsManifest.');
  }
  const what = ext === '.h5' || ext === '.hdf5' ? 'it does not start with the HDF5 signature'
    : ext === '.keras' ? 'it is not a zip archive, which every .keras file is'
    : 'it is not HDF5, a zip archive, JSON or .npy';
  throw new InputError(file, 'not-keras', `not a Keras or TF.js file: ${what} (first bytes: ${hexHead(head)})`,
    'Check that this is the file you meant; a truncated download or a renamed file looks like this.');
}

/**
 * The error for a path that is not there: a TensorFlow checkpoint's prefix, or a typo of an existing
 * path ("did you mean"). `written` is the path as the user wrote it, relative to `base` (the working
 * directory, or a config's folder), and the suggestion is written the same way; `resolvedFrom` says
 * where a relative path was resolved from.
 */
export async function notFoundError(file: string, hint: string, written = file, base = process.cwd(), resolvedFrom = ''): Promise<InputError> {
  if (await exists(`${file}.index`)) {
    const c = checkpoint(`the prefix of ${path.basename(file)}.index and its .data-* files, the parts`);
    return new InputError(file, 'not-found', `no such file${resolvedFrom}: ${c.what}`, c.hint);
  }
  const near = await nearestPath(written, base);
  return new InputError(file, 'not-found', `no such file or folder${resolvedFrom}${near ? `; did you mean ${near}?` : ''}`, hint);
}

function notFound(file: string): Promise<InputError> {
  return notFoundError(file, path.isAbsolute(file) ? 'Check the path.' : 'Check the path (it is resolved from the working directory).');
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** A folder weightgate does not read that a user may point at: a SavedModel, or its variables/. */
async function foreignFolder(dir: string): Promise<Foreign | undefined> {
  // An unzipped .keras (config.json) or a TF.js folder (model.json) is read as such.
  if (await exists(path.join(dir, 'config.json')) || await exists(path.join(dir, 'model.json'))) return undefined;
  if (await exists(path.join(dir, 'saved_model.pb')) || await exists(path.join(dir, 'saved_model.pbtxt'))) return SAVED_MODEL;
  if (await exists(path.join(dir, 'variables.index'))) return checkpoint('a folder holding variables.index, the variables');
  return undefined;
}

/** The last 8 bytes of a file (the footer of a TensorFlow table; a pickle's STOP). */
async function readTail(file: string, size: number): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(Math.min(8, size));
    const { bytesRead } = await fh.read(buf, 0, buf.length, size - buf.length);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** The first 512 bytes as text when they are text: no NUL, and valid UTF-8 but for a character cut at the end. */
function asText(head: Buffer): string | undefined {
  if (head.includes(0)) return undefined;
  const text = head.toString('utf8');
  const bad = text.indexOf('\uFFFD');
  return bad < 0 || bad >= text.length - 3 ? text.replace(/^\uFEFF/, '') : undefined;
}

/** Lines that only Python source starts with (the shebang, an import, a def, a class, a decorator). */
const PYTHON_LINE = /^(#!.*\bpython|# -\*- coding[:=]|import [\w.]+|from [\w.]+ import\b|def \w+\s*\(|class \w+\s*[(:]|@[\w.]+\s*(\(|$))/m;

function foreignText(file: string, head: Buffer): Foreign | undefined {
  const text = asText(head);
  if (text === undefined) return undefined;
  const ext = path.extname(file).toLowerCase();
  if (PYTHON_LINE.test(text) || ext === '.py' || ext === '.pyw') {
    return { what: 'Python source (model code), not a file Keras writes', hint: MODEL_CODE_HINT };
  }
  if (/^model_checkpoint_path: "/m.test(text)) return checkpoint('the `checkpoint` state file');
  if (/^class_name: \w+/m.test(text) && /^config:/m.test(text)) {
    return {
      what: 'a Keras model definition in YAML (`model.to_yaml()`, Keras 2.5 and older), which weightgate does not read',
      hint: "weightgate reads the same definition as JSON: in the Keras that wrote it, `keras.models.model_from_yaml(text).to_json()`, or write `model.to_json()` from the model code (see the README, 'Definitions from model code').",
    };
  }
  if (/^models:/m.test(text) && /^version:/m.test(text)) {
    return { what: 'a weightgate config, not a model', hint: `Check its models with \`weightgate check --config ${file}\`.` };
  }
  if (ext === '.yml' || ext === '.yaml') return { what: 'YAML, not a model file', hint: MODEL_CODE_HINT };
  if (ext === '.pbtxt') return { ...SAVED_MODEL, what: `a TensorFlow protocol buffer as text (.pbtxt): ${SAVED_MODEL.what.slice(2)}` };
  return undefined;
}

/** A protocol buffer varint at `at`: its value and where the next field starts. */
function varint(buf: Buffer, at: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let i = 0; i < 5 && at + i < buf.length; i++) {
    const b = buf[at + i]!;
    value += (b & 0x7f) * 2 ** (7 * i);
    if (b < 0x80) return { value, next: at + i + 1 };
  }
  return undefined;
}

/** A length-delimited protocol buffer string at `at` (after its tag) when it is a short printable name. */
function protoName(buf: Buffer, at: number): { name: string; next: number } | undefined {
  const len = varint(buf, at);
  if (!len || len.value < 1 || len.value > 64 || len.next + len.value > buf.length) return undefined;
  const name = buf.subarray(len.next, len.next + len.value).toString('latin1');
  return /^[\x20-\x7e]+$/.test(name) ? { name, next: len.next + len.value } : undefined;
}

function foreignBinary(file: string, head: Buffer, tail: Buffer): Foreign | undefined {
  const base = path.basename(file).toLowerCase();
  const ext = path.extname(base);
  if (head.subarray(4, 8).toString('latin1') === 'TFL3') {
    return { what: 'a TensorFlow Lite model (.tflite), converted from a Keras model: it keeps no Keras definition', hint: FOREIGN_HINT };
  }
  if (tail.length === 8 && tail.equals(TF_TABLE_MAGIC)) return checkpoint('the index (a TensorFlow table, like variables.index)');
  if (/\.data-\d{5}-of-\d{5}$/.test(base)) return checkpoint('a data shard (.data-NNNNN-of-NNNNN)');
  // A pickle ends with STOP ('.'); a legacy torch.save file starts with torch's magic number.
  if ((head[0] === 0x80 && head[1]! >= 2 && head[1]! <= 5 && tail.at(-1) === 0x2e) || head.subarray(0, TORCH_LEGACY_MAGIC.length).equals(TORCH_LEGACY_MAGIC)) {
    return { what: 'a Python pickle (torch.save, joblib, pickle.dump), which weightgate never unpickles: unpickling runs code', hint: FOREIGN_HINT };
  }
  // safetensors: an 8-byte header length, then the JSON header.
  const headerLength = head.length >= 10 ? Number(head.readBigUInt64LE(0)) : 0;
  if (headerLength > 1 && head.subarray(8, 10).toString('latin1') === '{"') {
    return { what: 'a safetensors file (named tensors, without a Keras layout)', hint: FOREIGN_HINT };
  }
  // Protocol buffers: field 1 as a varint (SavedModel's schema version, ONNX's IR version), then field 2.
  if (head[0] === 0x08 && head[2] === 0x12) {
    const len = varint(head, 3);
    if (head[1] === 0x01 && len && head[len.next] === 0x0a) return SAVED_MODEL;
    const producer = protoName(head, 3);
    if (producer && head[1]! >= 3 && head[1]! <= 30) {
      return { what: `an ONNX model (from ${quoteName(producer.name, 40)}), not a Keras or TF.js file`, hint: FOREIGN_HINT };
    }
  }
  // A frozen GraphDef: repeated node (field 1), each starting with its name (1) and op (2).
  if (head[0] === 0x0a) {
    const node = varint(head, 1);
    const name = node && head[node.next] === 0x0a ? protoName(head, node.next + 1) : undefined;
    if (name && head[name.next] === 0x12 && protoName(head, name.next + 1)) {
      return { what: 'a TensorFlow graph (a frozen GraphDef .pb), without a Keras definition weightgate reads', hint: SAVED_MODEL.hint };
    }
  }
  // The name decides only what the content leaves open.
  if (base === 'saved_model.pb' || base === 'keras_metadata.pb' || base === 'fingerprint.pb') return SAVED_MODEL;
  if (ext === '.onnx') return { what: 'an ONNX model (.onnx), not a Keras or TF.js file', hint: FOREIGN_HINT };
  if (ext === '.tflite') return { what: 'a TensorFlow Lite model (.tflite): it keeps no Keras definition', hint: FOREIGN_HINT };
  if (ext === '.pb') return { what: 'a TensorFlow protocol buffer (.pb: a SavedModel or a frozen graph), without a Keras definition weightgate reads', hint: SAVED_MODEL.hint };
  if (ext === '.pt' || ext === '.pth' || ext === '.pkl' || ext === '.pickle' || ext === '.joblib') {
    return { what: `a PyTorch or pickle file (${ext}), not a Keras or TF.js file; weightgate never unpickles anything`, hint: FOREIGN_HINT };
  }
  if (ext === '.index') return checkpoint('an index (.index)');
  return undefined;
}

/** `torch.save` since PyTorch 1.6: a zip archive whose first member is `<name>/data.pkl`. */
function pytorchZip(head: Buffer): Foreign | undefined {
  if (!head.subarray(0, 4).equals(ZIP_MAGIC) || head.length < 30) return undefined;
  const nameLength = head.readUInt16LE(26);
  const name = head.subarray(30, 30 + nameLength).toString('latin1');
  if (!/(^|\/)data\.pkl$/.test(name)) return undefined;
  return { what: 'a PyTorch file (torch.save: a zip archive holding data.pkl), not a Keras or TF.js file; weightgate never unpickles anything', hint: FOREIGN_HINT };
}

export function hexHead(buf: Buffer, n = 16): string {
  return [...buf.subarray(0, n)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}
