// Just enough of the zip format to read a `.keras` archive safely: the central directory is parsed
// from the file's tail, members are streamed (stored or deflated) to a destination with a byte budget,
// and nothing is ever extracted under a name that came from the archive (no path traversal possible).
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform, Writable } from 'node:stream';
import zlib from 'node:zlib';
import { InputError, quoteName } from './errors.js';
import { DEFAULT_LIMITS, formatLimit, limitError, type Limits } from './limits.js';

export interface ZipEntry {
  name: string;
  /** The name's bytes as stored, compared with the local header's. */
  rawName?: Buffer;
  /** General-purpose flags: bit 0 encrypted, bit 3 sizes and CRC in a data descriptor after the data. */
  flags?: number;
  method: number; // 0 stored, 8 deflate
  /** CRC-32 of the inflated bytes, verified as they stream. */
  crc32?: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const ZIP64_EOCD_LOCATOR_SIG = 0x07064b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

const RESAVE = 'Re-save the model with Keras (`model.save("name.keras")`).';
const REWRITE_NPZ = 'Write the arrays again with numpy.savez() (or numpy.savez_compressed()).';

/** What to do about a bad archive: re-save the model, or re-write an `.npz` of arrays. */
function fixFor(file: string): string {
  return /\.npz$/i.test(file) ? REWRITE_NPZ : RESAVE;
}

function damaged(file: string, what: string): InputError {
  return new InputError(file, 'corrupt', `the zip archive is damaged: ${what}`, fixFor(file));
}

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
    if (cdOffset === 0xffffffff || count === 0xffff || cdSize === 0xffffffff) {
      // ZIP64: the real numbers sit in the ZIP64 end record the locator points to.
      const loc = eocd - 20;
      if (loc >= 0 && tail.readUInt32LE(loc) === ZIP64_EOCD_LOCATOR_SIG) {
        const recOff = Number(tail.readBigUInt64LE(loc + 8));
        const rec = Buffer.alloc(56);
        const { bytesRead } = await fh.read(rec, 0, 56, Math.min(recOff, size));
        if (bytesRead < 56 || rec.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw damaged(file, 'its ZIP64 end record is missing');
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
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CDH_SIG) throw damaged(file, 'its central directory is cut short');
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      const crc = cd.readUInt32LE(p + 16);
      let compressedSize = cd.readUInt32LE(p + 20);
      let usize = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      let localHeaderOffset = cd.readUInt32LE(p + 42);
      if (p + 46 + nameLen + extraLen > cd.length) throw damaged(file, 'its central directory is cut short');
      const rawName = Buffer.from(cd.subarray(p + 46, p + 46 + nameLen));
      const name = rawName.toString('utf8');
      const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      // ZIP64 extra field (0x0001) carries the 64-bit values that are 0xffffffff above, in this order.
      for (let q = 0; q + 4 <= extra.length;) {
        const id = extra.readUInt16LE(q);
        const len = extra.readUInt16LE(q + 2);
        const end = Math.min(q + 4 + len, extra.length);
        if (id === 1) {
          let r = q + 4;
          const next = (): number => {
            if (r + 8 > end) throw damaged(file, `member ${quoteName(name)} has a short ZIP64 field`);
            const v = Number(extra.readBigUInt64LE(r));
            r += 8;
            return v;
          };
          if (usize === 0xffffffff) usize = next();
          if (compressedSize === 0xffffffff) compressedSize = next();
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
        }
        q += 4 + len;
      }
      entries.push({ name, rawName, flags, method, crc32: crc, compressedSize, size: usize, localHeaderOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/** A member name that would land outside a folder if someone extracted under it. */
function unsafeName(name: string): boolean {
  return name.includes('\0') || name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes('..');
}

/** Refuse archives that are ambiguous or hostile before reading any member. */
export function checkEntries(file: string, entries: ZipEntry[], limits: Limits = DEFAULT_LIMITS): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (unsafeName(e.name)) {
      throw new InputError(file, 'unsafe-path', `the archive holds a member named ${quoteName(e.name)}, a path that leads outside any folder it is unpacked into (path traversal): refused`,
        `Keras and numpy never write such names; ${fixFor(file)}`);
    }
    if (seen.has(e.name)) throw new InputError(file, 'corrupt', `the archive holds ${quoteName(e.name)} twice; which one Keras would read is ambiguous`, fixFor(file));
    seen.add(e.name);
    if (e.size > limits.maxDecompressedBytes) {
      throw limitError(file, 'maxDecompressedBytes', limits, `member ${quoteName(e.name)} inflates to ${e.size} bytes`);
    }
    if (e.size > limits.zipRatioFloorBytes && e.size / Math.max(e.compressedSize, 1) > limits.maxZipRatio) {
      throw limitError(file, 'maxZipRatio', limits,
        `member ${quoteName(e.name)} expands ${Math.round(e.size / Math.max(e.compressedSize, 1))}x (${e.compressedSize} → ${e.size} bytes; a zip bomb? Keras stores members uncompressed)`);
    }
  }
}

const DATA_DESCRIPTOR = 0x0008;
const ENCRYPTED = 0x0001;

/**
 * A member's data, after checking that its local header tells the same story as the central
 * directory: Python's zipfile (and so Keras) refuses an archive whose two records disagree on a
 * member's name, and an archive that shows one name to a central-directory reader and another to a
 * streaming one is a known way to smuggle a file past a check.
 */
async function dataRange(file: string, e: ZipEntry): Promise<{ start: number; end: number }> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    const h = Buffer.alloc(30);
    const { bytesRead } = await fh.read(h, 0, 30, Math.min(e.localHeaderOffset, size));
    if (bytesRead < 30 || h.readUInt32LE(0) !== LFH_SIG) throw damaged(file, `member ${quoteName(e.name)} has no local header where the directory says`);
    const nameLen = h.readUInt16LE(26);
    const start = e.localHeaderOffset + 30 + nameLen + h.readUInt16LE(28);
    const localName = Buffer.alloc(nameLen);
    await fh.read(localName, 0, nameLen, e.localHeaderOffset + 30);
    const disagree = (what: string) => new InputError(file, 'corrupt',
      `member ${quoteName(e.name)}: ${what} (the archive's local header and central directory disagree; Python's zipfile, and so Keras, refuses it)`,
      `${fixFor(file)} An archive whose two directories disagree is damaged, or made to show different files to different readers.`);
    const raw = e.rawName ?? Buffer.from(e.name, 'utf8');
    if (!localName.equals(raw)) throw disagree(`its local header names it ${quoteName(localName.toString('utf8'))}`);
    const flags = h.readUInt16LE(6);
    if ((flags | (e.flags ?? 0)) & ENCRYPTED) {
      throw new InputError(file, 'unsupported-format', `member ${quoteName(e.name)} is encrypted, which Keras never writes`, fixFor(file));
    }
    const method = h.readUInt16LE(8);
    if (method !== e.method) throw disagree(`its local header says compression method ${method}, the central directory ${e.method}`);
    // Without a data descriptor the local header carries the CRC and sizes too (0xffffffff: in its ZIP64 field).
    if (!(flags & DATA_DESCRIPTOR)) {
      const crc = h.readUInt32LE(14);
      const csize = h.readUInt32LE(18);
      const usize = h.readUInt32LE(22);
      if (e.crc32 !== undefined && crc !== e.crc32) throw disagree(`its local header gives CRC-32 ${hex(crc)}, the central directory ${hex(e.crc32)}`);
      if (csize !== 0xffffffff && csize !== e.compressedSize) throw disagree(`its local header gives ${csize} compressed bytes, the central directory ${e.compressedSize}`);
      if (usize !== 0xffffffff && usize !== e.size) throw disagree(`its local header gives ${usize} bytes, the central directory ${e.size}`);
    }
    if (start + e.compressedSize > size) {
      throw new InputError(file, 'truncated', `member ${quoteName(e.name)} runs past the end of the file (the archive is cut short)`, 'Re-download or re-save the .keras file.');
    }
    return { start, end: start + e.compressedSize };
  } finally {
    await fh.close();
  }
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, '0')}`;
}

// CRC-32 (the zip polynomial) with zlib's native one where Node has it (≥ 20.15 / 22.2), a table otherwise.
let CRC_TABLE: Uint32Array | undefined;
function tableCrc32(data: Uint8Array, value: number): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let c = (value ^ 0xffffffff) >>> 0;
  // The table has 256 entries and the index is masked to 0..255.
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** The CRC-32 of `data` continued from `value` (0 to start). */
export function crc32(data: Uint8Array, value = 0): number {
  return nativeCrc32 ? nativeCrc32(data, value) >>> 0 : tableCrc32(data, value);
}

/** For tests: the table implementation used when zlib has no crc32. */
export const crc32Fallback = tableCrc32;

/**
 * Counts bytes through the stream and stops it the moment they pass `limit`: the member's declared
 * size (a central directory can lie) or the decompressed-size limit, whichever is smaller.
 */
function budget(file: string, e: ZipEntry, limits: Limits, counted: { n: number; crc: number }): Transform {
  const limit = Math.min(e.size, limits.maxDecompressedBytes);
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      counted.n += chunk.length;
      if (counted.n <= limit) {
        counted.crc = crc32(chunk, counted.crc);
        cb(null, chunk);
      }
      else if (counted.n > limits.maxDecompressedBytes) cb(limitError(file, 'maxDecompressedBytes', limits, `member ${quoteName(e.name)} inflates past ${counted.n} bytes`));
      else cb(new InputError(file, 'corrupt', `member ${quoteName(e.name)} inflates past the ${e.size} bytes its central directory declares: refused as a zip bomb`, fixFor(file)));
    },
  });
}

/** Stream one member into `sink`, inflating it when needed, within its declared size, the limits and the timeout. */
async function streamEntry(file: string, e: ZipEntry, sink: Writable, limits: Limits): Promise<void> {
  if (e.method !== 0 && e.method !== 8) {
    throw new InputError(file, 'unsupported-format', `member ${quoteName(e.name)} uses zip compression method ${e.method}, which Keras never writes`, fixFor(file));
  }
  const counted = { n: 0, crc: 0 };
  const { start, end } = await dataRange(file, e);
  if (e.compressedSize > 0) {
    const src = createReadStream(file, { start, end: end - 1, highWaterMark: 1 << 20 });
    const stages: (NodeJS.ReadableStream | NodeJS.ReadWriteStream | NodeJS.WritableStream)[] = [src];
    if (e.method === 8) stages.push(zlib.createInflateRaw());
    const signal = Number.isFinite(limits.timeoutMs) ? AbortSignal.timeout(Math.min(limits.timeoutMs, 2 ** 31 - 1)) : undefined;
    try {
      await pipeline([...stages, budget(file, e, limits, counted), sink], { signal });
    } catch (err) {
      if (err instanceof InputError) throw err;
      if (signal?.aborted) throw limitError(file, 'timeoutMs', limits, `extracting member ${quoteName(e.name)} did not finish within ${formatLimit('timeoutMs', limits.timeoutMs)}`);
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (/^Z_/.test(code) || /zlib|deflate|inflat|unexpected end/i.test((err as Error).message)) {
        throw new InputError(file, 'corrupt', `member ${quoteName(e.name)} is not valid deflate data (${(err as Error).message})`, fixFor(file));
      }
      throw err;
    }
  } else {
    await pipeline(Readable.from([]), sink);
  }
  if (counted.n !== e.size) {
    throw new InputError(file, 'corrupt', `member ${quoteName(e.name)} holds ${counted.n} bytes, but the central directory says ${e.size}`, fixFor(file));
  }
  if (e.crc32 !== undefined && counted.crc !== e.crc32) {
    throw new InputError(file, 'corrupt', `member ${quoteName(e.name)} fails its CRC-32 check (the data gives ${hex(counted.crc)}, the archive records ${hex(e.crc32)}): the archive is damaged or was altered`,
      `Re-download it; if it is the original, ${fixFor(file).charAt(0).toLowerCase()}${fixFor(file).slice(1)}`);
  }
}

function collector(chunks: Buffer[]): Writable {
  return new Writable({ write(c: Buffer, _e, cb) { chunks.push(c); cb(); } });
}

/** Stream one member into `dest` (a path we chose), never more than its declared size. */
export async function extractEntry(file: string, e: ZipEntry, dest: string, limits: Limits = DEFAULT_LIMITS): Promise<void> {
  await streamEntry(file, e, createWriteStream(dest), limits);
}

/** One member as UTF-8 text (config.json, metadata.json), within the JSON size limit. */
export async function readEntryText(file: string, e: ZipEntry, limits: Limits = DEFAULT_LIMITS): Promise<string> {
  if (e.size > limits.maxJsonBytes) throw limitError(file, 'maxJsonBytes', limits, `member ${quoteName(e.name)} is ${e.size} bytes of JSON`);
  const chunks: Buffer[] = [];
  await streamEntry(file, e, collector(chunks), limits);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * One member's bytes, inflated when needed, never more than its declared size nor `maxBytes`, within
 * `limits` (ratio, decompressed size, timeout).
 */
export async function readEntryBytes(file: string, e: ZipEntry, maxBytes = 2 * 2 ** 30, limits: Limits = DEFAULT_LIMITS): Promise<Uint8Array> {
  const bounded: Limits = { ...limits, maxDecompressedBytes: Math.min(maxBytes, limits.maxDecompressedBytes) };
  if (e.size > bounded.maxDecompressedBytes) throw limitError(file, 'maxDecompressedBytes', bounded, `member ${quoteName(e.name)} is ${e.size} bytes`);
  const chunks: Buffer[] = [];
  await streamEntry(file, e, collector(chunks), bounded);
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}
