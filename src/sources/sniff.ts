// Decide what a file is from its first bytes, before any parser sees it. The name only splits
// cases that the content leaves open (`.weights.h5` vs legacy `.h5` is decided later, by layout).
import { LFS_POINTER } from './lfs-pointer.js';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, LFS_HINT } from './errors.js';
import { DEFAULT_LIMITS, limitError, type Limits } from './limits.js';

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
    throw new InputError(file, 'not-found', 'no such file or folder', 'Check the path (it is resolved from the working directory).');
  }
  if (st.isDirectory()) return { kind: 'directory' };
  if (!st.isFile()) throw new InputError(file, 'not-keras', 'not a regular file (a device, socket or pipe)', 'Point at the model file itself.');
  if (st.size === 0) throw new InputError(file, 'truncated', 'the file is empty', 'Re-download or re-save it.');
  if (st.size > limits.maxFileBytes) throw limitError(file, 'maxFileBytes', limits, `the file is ${st.size} bytes`);
  const head = await readHead(file);
  if (head.subarray(0, 8).equals(HDF5_MAGIC)) return { kind: 'hdf5' };
  if (head.subarray(0, 4).equals(ZIP_MAGIC) || head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) return { kind: 'zip' };
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

export function hexHead(buf: Buffer, n = 16): string {
  return [...buf.subarray(0, n)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}
