// Just enough of the zip format to read a `.keras` archive safely: the central directory is parsed
// from the file's tail, members are streamed (stored or deflated) to a destination with a byte budget,
// and nothing is ever extracted under a name that came from the archive (no path traversal possible).
import { createReadStream, createWriteStream } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { InputError } from './errors.js';

export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflate
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Largest uncompressed member we accept, in bytes. */
  maxMemberBytes: number;
  /** Largest expansion ratio above `ratioFloorBytes` (Keras uses 100x above a 4 GiB floor). */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxMemberBytes: 8 * 2 ** 30,
  maxRatio: 100,
  ratioFloorBytes: 64 * 2 ** 20,
};

const EOCD_SIG = 0x06054b50;
const ZIP64_EOCD_LOCATOR_SIG = 0x07064b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

export async function listZip(file: string): Promise<ZipEntry[]> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 65557 + 20);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD_SIG) { eocd = i; break; }
    if (eocd < 0) throw new InputError(file, 'truncated', 'the zip archive has no central directory (the file is cut short or not a zip)', 'Re-download or re-save the .keras file.');
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) {
      // ZIP64: the real numbers sit in the ZIP64 end record the locator points to.
      const loc = eocd - 20;
      if (loc >= 0 && tail.readUInt32LE(loc) === ZIP64_EOCD_LOCATOR_SIG) {
        const recOff = Number(tail.readBigUInt64LE(loc + 8));
        const rec = Buffer.alloc(56);
        await fh.read(rec, 0, 56, recOff);
        count = Number(rec.readBigUInt64LE(32));
        cdSize = Number(rec.readBigUInt64LE(40));
        cdOffset = Number(rec.readBigUInt64LE(48));
      }
    }
    if (cdOffset + cdSize > size) throw new InputError(file, 'truncated', 'the zip central directory points past the end of the file', 'Re-download or re-save the .keras file.');
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CDH_SIG) throw new InputError(file, 'corrupt', 'the zip central directory is damaged');
      const method = cd.readUInt16LE(p + 10);
      let compressedSize = cd.readUInt32LE(p + 20);
      let usize = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      let localHeaderOffset = cd.readUInt32LE(p + 42);
      const name = cd.subarray(p + 46, p + 46 + nameLen).toString('utf8');
      const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      // ZIP64 extra field (0x0001) carries the 64-bit values that are 0xffffffff above, in this order.
      for (let q = 0; q + 4 <= extra.length;) {
        const id = extra.readUInt16LE(q);
        const len = extra.readUInt16LE(q + 2);
        if (id === 1) {
          let r = q + 4;
          if (usize === 0xffffffff) { usize = Number(extra.readBigUInt64LE(r)); r += 8; }
          if (compressedSize === 0xffffffff) { compressedSize = Number(extra.readBigUInt64LE(r)); r += 8; }
          if (localHeaderOffset === 0xffffffff) { localHeaderOffset = Number(extra.readBigUInt64LE(r)); }
        }
        q += 4 + len;
      }
      entries.push({ name, method, compressedSize, size: usize, localHeaderOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** Refuse archives that are ambiguous or hostile before reading any member. */
export function checkEntries(file: string, entries: ZipEntry[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.name)) throw new InputError(file, 'corrupt', `the archive holds '${e.name}' twice; which one Keras would read is ambiguous`, 'Re-save the model with Keras.');
    seen.add(e.name);
    if (e.size > limits.maxMemberBytes) {
      throw new InputError(file, 'limit', `member '${e.name}' would inflate to ${e.size} bytes, over the ${limits.maxMemberBytes}-byte limit`, 'Raise the max decompressed size limit if this model really is that large.');
    }
    if (e.size > limits.ratioFloorBytes && e.compressedSize > 0 && e.size / e.compressedSize > limits.maxRatio) {
      throw new InputError(file, 'limit', `member '${e.name}' expands ${Math.round(e.size / e.compressedSize)}x (${e.compressedSize} → ${e.size} bytes): refused as a zip bomb`, 'A real .keras file stores its weights uncompressed; re-save it with Keras.');
    }
  }
}

async function dataOffset(file: string, e: ZipEntry): Promise<number> {
  const fh = await open(file, 'r');
  try {
    const h = Buffer.alloc(30);
    await fh.read(h, 0, 30, e.localHeaderOffset);
    if (h.readUInt32LE(0) !== LFH_SIG) throw new InputError(file, 'corrupt', `member '${e.name}' has a damaged local header`);
    return e.localHeaderOffset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
  } finally {
    await fh.close();
  }
}

/** Counts bytes through the stream and stops it the moment the declared size is exceeded. */
function budget(file: string, e: ZipEntry, limit: number): Transform {
  let n = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      n += chunk.length;
      if (n > limit) cb(new InputError(file, 'limit', `member '${e.name}' inflates past its declared ${e.size} bytes: refused as a zip bomb`, 'Re-save the model with Keras.'));
      else cb(null, chunk);
    },
  });
}

/** Stream one member into `dest` (a path we chose), never more than its declared size. */
export async function extractEntry(file: string, e: ZipEntry, dest: string): Promise<void> {
  const start = await dataOffset(file, e);
  if (e.compressedSize === 0) {
    await writeFile(dest, new Uint8Array(0));
    return;
  }
  const src = createReadStream(file, { start, end: start + e.compressedSize - 1, highWaterMark: 1 << 20 });
  const out = createWriteStream(dest);
  if (e.method === 0) await pipeline(src, budget(file, e, e.size), out);
  else if (e.method === 8) await pipeline(src, zlib.createInflateRaw(), budget(file, e, e.size), out);
  else throw new InputError(file, 'unsupported-format', `member '${e.name}' uses zip compression method ${e.method}, which Keras never writes`, 'Re-save the model with Keras.');
}

export async function readEntryText(file: string, e: ZipEntry, maxBytes = 64 * 2 ** 20): Promise<string> {
  if (e.size > maxBytes) throw new InputError(file, 'limit', `member '${e.name}' is ${e.size} bytes, over the ${maxBytes}-byte limit for JSON`);
  const start = await dataOffset(file, e);
  const chunks: Buffer[] = [];
  const src = createReadStream(file, { start, end: start + Math.max(e.compressedSize, 1) - 1 });
  const sink = new Transform({ transform(c: Buffer, _e, cb) { chunks.push(c); cb(); } });
  if (e.compressedSize === 0) return '';
  if (e.method === 0) await pipeline(src, budget(file, e, e.size), sink);
  else if (e.method === 8) await pipeline(src, zlib.createInflateRaw(), budget(file, e, e.size), sink);
  else throw new InputError(file, 'unsupported-format', `member '${e.name}' uses zip compression method ${e.method}`);
  return Buffer.concat(chunks).toString('utf8');
}

/** One member's bytes, inflated when needed, never more than its declared size nor `maxBytes`. */
export async function readEntryBytes(file: string, e: ZipEntry, maxBytes = 2 * 2 ** 30): Promise<Uint8Array> {
  if (e.size > maxBytes) throw new InputError(file, 'limit', `member '${e.name}' is ${e.size} bytes, over the ${maxBytes}-byte limit`);
  if (e.compressedSize === 0) return new Uint8Array(0);
  const start = await dataOffset(file, e);
  const chunks: Buffer[] = [];
  const src = createReadStream(file, { start, end: start + e.compressedSize - 1, highWaterMark: 1 << 20 });
  const sink = new Transform({ transform(c: Buffer, _e, cb) { chunks.push(c); cb(); } });
  if (e.method === 0) await pipeline(src, budget(file, e, e.size), sink);
  else if (e.method === 8) await pipeline(src, zlib.createInflateRaw(), budget(file, e, e.size), sink);
  else throw new InputError(file, 'unsupported-format', `member '${e.name}' uses zip compression method ${e.method}`);
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}
