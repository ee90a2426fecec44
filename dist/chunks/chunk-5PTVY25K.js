import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  DEFAULT_LIMITS,
  formatLimit,
  limitError
} from "./chunk-3BJMFA6A.js";
import {
  InputError,
  quoteName
} from "./chunk-FWZ4W6A4.js";

// src/model/types.ts
var DTYPE_BYTES = {
  float16: 2,
  bfloat16: 2,
  float32: 4,
  float64: 8,
  int8: 1,
  int16: 2,
  int32: 4,
  int64: 8,
  uint8: 1,
  uint16: 2,
  uint32: 4,
  uint64: 8,
  bool: 1,
  string: 0,
  complex64: 8,
  unknown: 0
};
function isDType(x) {
  return typeof x === "string" && Object.hasOwn(DTYPE_BYTES, x) && x !== "unknown";
}

// src/sources/zip.ts
import { createReadStream, createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { Readable, Transform, Writable } from "node:stream";
import zlib from "node:zlib";
var EOCD_SIG = 101010256;
var ZIP64_EOCD_SIG = 101075792;
var ZIP64_EOCD_LOCATOR_SIG = 117853008;
var CDH_SIG = 33639248;
var LFH_SIG = 67324752;
var RESAVE = 'Re-save the model with Keras (`model.save("name.keras")`).';
var REWRITE_NPZ = "Write the arrays again with numpy.savez() (or numpy.savez_compressed()).";
function fixFor(file) {
  return /\.npz$/i.test(file) ? REWRITE_NPZ : RESAVE;
}
function damaged(file, what) {
  return new InputError(file, "corrupt", `the zip archive is damaged: ${what}`, fixFor(file));
}
async function listZip(file) {
  const fh = await open(file, "r");
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 65557 + 20);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
    if (eocd < 0) throw new InputError(file, "truncated", "the zip archive has no central directory (the file is cut short or not a zip)", "Re-download or re-save the .keras file.");
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 4294967295 || count === 65535 || cdSize === 4294967295) {
      const loc = eocd - 20;
      if (loc >= 0 && tail.readUInt32LE(loc) === ZIP64_EOCD_LOCATOR_SIG) {
        const recOff = Number(tail.readBigUInt64LE(loc + 8));
        const rec = Buffer.alloc(56);
        const { bytesRead } = await fh.read(rec, 0, 56, Math.min(recOff, size));
        if (bytesRead < 56 || rec.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw damaged(file, "its ZIP64 end record is missing");
        count = Number(rec.readBigUInt64LE(32));
        cdSize = Number(rec.readBigUInt64LE(40));
        cdOffset = Number(rec.readBigUInt64LE(48));
      }
    }
    if (cdOffset + cdSize > size) throw new InputError(file, "truncated", "the zip central directory points past the end of the file", "Re-download or re-save the .keras file.");
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CDH_SIG) throw damaged(file, "its central directory is cut short");
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      const crc = cd.readUInt32LE(p + 16);
      let compressedSize = cd.readUInt32LE(p + 20);
      let usize = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      let localHeaderOffset = cd.readUInt32LE(p + 42);
      if (p + 46 + nameLen + extraLen > cd.length) throw damaged(file, "its central directory is cut short");
      const rawName = Buffer.from(cd.subarray(p + 46, p + 46 + nameLen));
      const name = rawName.toString("utf8");
      const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      for (let q = 0; q + 4 <= extra.length; ) {
        const id = extra.readUInt16LE(q);
        const len = extra.readUInt16LE(q + 2);
        const end = Math.min(q + 4 + len, extra.length);
        if (id === 1) {
          let r = q + 4;
          const next = () => {
            if (r + 8 > end) throw damaged(file, `member ${quoteName(name)} has a short ZIP64 field`);
            const v = Number(extra.readBigUInt64LE(r));
            r += 8;
            return v;
          };
          if (usize === 4294967295) usize = next();
          if (compressedSize === 4294967295) compressedSize = next();
          if (localHeaderOffset === 4294967295) localHeaderOffset = next();
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
function unsafeName(name) {
  return name.includes("\0") || name.startsWith("/") || name.startsWith("\\") || /^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes("..");
}
function checkEntries(file, entries, limits = DEFAULT_LIMITS) {
  const seen = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (unsafeName(e.name)) {
      throw new InputError(
        file,
        "unsafe-path",
        `the archive holds a member named ${quoteName(e.name)}, a path that leads outside any folder it is unpacked into (path traversal): refused`,
        `Keras and numpy never write such names; ${fixFor(file)}`
      );
    }
    if (seen.has(e.name)) throw new InputError(file, "corrupt", `the archive holds ${quoteName(e.name)} twice; which one Keras would read is ambiguous`, fixFor(file));
    seen.add(e.name);
    if (e.size > limits.maxDecompressedBytes) {
      throw limitError(file, "maxDecompressedBytes", limits, `member ${quoteName(e.name)} inflates to ${e.size} bytes`);
    }
    if (e.size > limits.zipRatioFloorBytes && e.size / Math.max(e.compressedSize, 1) > limits.maxZipRatio) {
      throw limitError(
        file,
        "maxZipRatio",
        limits,
        `member ${quoteName(e.name)} expands ${Math.round(e.size / Math.max(e.compressedSize, 1))}x (${e.compressedSize} \u2192 ${e.size} bytes; a zip bomb? Keras stores members uncompressed)`
      );
    }
  }
}
var DATA_DESCRIPTOR = 8;
var ENCRYPTED = 1;
async function dataRange(file, e) {
  const fh = await open(file, "r");
  try {
    const { size } = await fh.stat();
    const h = Buffer.alloc(30);
    const { bytesRead } = await fh.read(h, 0, 30, Math.min(e.localHeaderOffset, size));
    if (bytesRead < 30 || h.readUInt32LE(0) !== LFH_SIG) throw damaged(file, `member ${quoteName(e.name)} has no local header where the directory says`);
    const nameLen = h.readUInt16LE(26);
    const start = e.localHeaderOffset + 30 + nameLen + h.readUInt16LE(28);
    const localName = Buffer.alloc(nameLen);
    await fh.read(localName, 0, nameLen, e.localHeaderOffset + 30);
    const disagree = (what) => new InputError(
      file,
      "corrupt",
      `member ${quoteName(e.name)}: ${what} (the archive's local header and central directory disagree; Python's zipfile, and so Keras, refuses it)`,
      `${fixFor(file)} An archive whose two directories disagree is damaged, or made to show different files to different readers.`
    );
    const raw = e.rawName ?? Buffer.from(e.name, "utf8");
    if (!localName.equals(raw)) throw disagree(`its local header names it ${quoteName(localName.toString("utf8"))}`);
    const flags = h.readUInt16LE(6);
    if ((flags | (e.flags ?? 0)) & ENCRYPTED) {
      throw new InputError(file, "unsupported-format", `member ${quoteName(e.name)} is encrypted, which Keras never writes`, fixFor(file));
    }
    const method = h.readUInt16LE(8);
    if (method !== e.method) throw disagree(`its local header says compression method ${method}, the central directory ${e.method}`);
    if (!(flags & DATA_DESCRIPTOR)) {
      const crc = h.readUInt32LE(14);
      const csize = h.readUInt32LE(18);
      const usize = h.readUInt32LE(22);
      if (e.crc32 !== void 0 && crc !== e.crc32) throw disagree(`its local header gives CRC-32 ${hex(crc)}, the central directory ${hex(e.crc32)}`);
      if (csize !== 4294967295 && csize !== e.compressedSize) throw disagree(`its local header gives ${csize} compressed bytes, the central directory ${e.compressedSize}`);
      if (usize !== 4294967295 && usize !== e.size) throw disagree(`its local header gives ${usize} bytes, the central directory ${e.size}`);
    }
    if (start + e.compressedSize > size) {
      throw new InputError(file, "truncated", `member ${quoteName(e.name)} runs past the end of the file (the archive is cut short)`, "Re-download or re-save the .keras file.");
    }
    return { start, end: start + e.compressedSize };
  } finally {
    await fh.close();
  }
}
function hex(n) {
  return `0x${n.toString(16).padStart(8, "0")}`;
}
var CRC_TABLE;
function tableCrc32(data, value) {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c2 = n;
      for (let k = 0; k < 8; k++) c2 = c2 & 1 ? 3988292384 ^ c2 >>> 1 : c2 >>> 1;
      CRC_TABLE[n] = c2 >>> 0;
    }
  }
  let c = (value ^ 4294967295) >>> 0;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
var nativeCrc32 = zlib.crc32;
function crc32(data, value = 0) {
  return nativeCrc32 ? nativeCrc32(data, value) >>> 0 : tableCrc32(data, value);
}
function budget(file, e, limits, counted) {
  const limit = Math.min(e.size, limits.maxDecompressedBytes);
  return new Transform({
    transform(chunk, _enc, cb) {
      counted.n += chunk.length;
      if (counted.n <= limit) {
        counted.crc = crc32(chunk, counted.crc);
        cb(null, chunk);
      } else if (counted.n > limits.maxDecompressedBytes) cb(limitError(file, "maxDecompressedBytes", limits, `member ${quoteName(e.name)} inflates past ${counted.n} bytes`));
      else cb(new InputError(file, "corrupt", `member ${quoteName(e.name)} inflates past the ${e.size} bytes its central directory declares: refused as a zip bomb`, fixFor(file)));
    }
  });
}
async function streamEntry(file, e, sink, limits) {
  if (e.method !== 0 && e.method !== 8) {
    throw new InputError(file, "unsupported-format", `member ${quoteName(e.name)} uses zip compression method ${e.method}, which Keras never writes`, fixFor(file));
  }
  const counted = { n: 0, crc: 0 };
  const { start, end } = await dataRange(file, e);
  if (e.compressedSize > 0) {
    const src = createReadStream(file, { start, end: end - 1, highWaterMark: 1 << 20 });
    const stages = [src];
    if (e.method === 8) stages.push(zlib.createInflateRaw());
    const signal = Number.isFinite(limits.timeoutMs) ? AbortSignal.timeout(Math.min(limits.timeoutMs, 2 ** 31 - 1)) : void 0;
    try {
      await pipeline([...stages, budget(file, e, limits, counted), sink], { signal });
    } catch (err) {
      if (err instanceof InputError) throw err;
      if (signal?.aborted) throw limitError(file, "timeoutMs", limits, `extracting member ${quoteName(e.name)} did not finish within ${formatLimit("timeoutMs", limits.timeoutMs)}`);
      const code = err.code ?? "";
      if (/^Z_/.test(code) || /zlib|deflate|inflat|unexpected end/i.test(err.message)) {
        throw new InputError(file, "corrupt", `member ${quoteName(e.name)} is not valid deflate data (${err.message})`, fixFor(file));
      }
      throw err;
    }
  } else {
    await pipeline(Readable.from([]), sink);
  }
  if (counted.n !== e.size) {
    throw new InputError(file, "corrupt", `member ${quoteName(e.name)} holds ${counted.n} bytes, but the central directory says ${e.size}`, fixFor(file));
  }
  if (e.crc32 !== void 0 && counted.crc !== e.crc32) {
    throw new InputError(
      file,
      "corrupt",
      `member ${quoteName(e.name)} fails its CRC-32 check (the data gives ${hex(counted.crc)}, the archive records ${hex(e.crc32)}): the archive is damaged or was altered`,
      `Re-download it; if it is the original, ${fixFor(file).charAt(0).toLowerCase()}${fixFor(file).slice(1)}`
    );
  }
}
function collector(chunks) {
  return new Writable({ write(c, _e, cb) {
    chunks.push(c);
    cb();
  } });
}
async function extractEntry(file, e, dest, limits = DEFAULT_LIMITS) {
  await streamEntry(file, e, createWriteStream(dest), limits);
}
async function readEntryText(file, e, limits = DEFAULT_LIMITS) {
  if (e.size > limits.maxJsonBytes) throw limitError(file, "maxJsonBytes", limits, `member ${quoteName(e.name)} is ${e.size} bytes of JSON`);
  const chunks = [];
  await streamEntry(file, e, collector(chunks), limits);
  return Buffer.concat(chunks).toString("utf8");
}
async function readEntryBytes(file, e, maxBytes = 2 * 2 ** 30, limits = DEFAULT_LIMITS) {
  const bounded = { ...limits, maxDecompressedBytes: Math.min(maxBytes, limits.maxDecompressedBytes) };
  if (e.size > bounded.maxDecompressedBytes) throw limitError(file, "maxDecompressedBytes", bounded, `member ${quoteName(e.name)} is ${e.size} bytes`);
  const chunks = [];
  await streamEntry(file, e, collector(chunks), bounded);
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

// src/formats/half.ts
var HALF_EXP = new Float64Array(32).map((_, e) => 2 ** (e - 15));
function halfToFloat(h) {
  const sign = h & 32768 ? -1 : 1;
  const exp = h >> 10 & 31;
  const frac = h & 1023;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + frac / 1024) * HALF_EXP[exp];
}
function decodeFloat16(half) {
  const out = new Float32Array(half.length);
  half.forEach((h, i) => {
    out[i] = halfToFloat(h);
  });
  return out;
}
function decodeBfloat16(half) {
  const bits = new Uint32Array(half.length);
  half.forEach((h, i) => {
    bits[i] = h << 16;
  });
  return new Float32Array(bits.buffer);
}
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
function toHalfBits(value) {
  f32[0] = value;
  const x = u32[0];
  const sign = x >>> 16 & 32768;
  const exp = x >>> 23 & 255;
  let mant = x & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 : 0);
  let e = exp - 127 + 15;
  if (e >= 31) return sign | 31744;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 8388608;
    const shift = 14 - e;
    const half = mant >>> shift;
    const rest2 = mant & (1 << shift) - 1;
    const mid = 1 << shift - 1;
    return sign | half + (rest2 > mid || rest2 === mid && half & 1 ? 1 : 0);
  }
  const rest = mant & 8191;
  mant >>>= 13;
  if (rest > 4096 || rest === 4096 && mant & 1) {
    mant++;
    if (mant === 1024) {
      mant = 0;
      e++;
      if (e >= 31) return sign | 31744;
    }
  }
  return sign | e << 10 | mant;
}
function toHalf(values) {
  return Uint16Array.from(values, toHalfBits);
}

export {
  listZip,
  checkEntries,
  crc32,
  extractEntry,
  readEntryText,
  readEntryBytes,
  decodeFloat16,
  decodeBfloat16,
  toHalf,
  DTYPE_BYTES,
  isDType
};
