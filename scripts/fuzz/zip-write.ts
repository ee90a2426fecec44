// A minimal zip writer for hostile `.keras` files: stored or deflated members, and sizes that may lie.
// Used by the fuzzer and by test/hostile-zip.test.ts; real archives come from Keras.
import zlib from 'node:zlib';

export interface ZipMember {
  name: string;
  /** Uncompressed bytes; compressed here with `method`. */
  data?: Uint8Array;
  /** Already-compressed bytes (raw deflate), with the true inflated `size`: for members too large to build. */
  compressed?: Uint8Array;
  method?: 0 | 8;
  /** Inflated size; defaults to the real one. Set it to lie in the central directory. */
  size?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  // CRC_TABLE has 256 entries and the index is masked to a byte.
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Raw deflate data that inflates to `total` zero bytes, built from one compressed MiB repeated:
 * a full flush ends each copy on a byte boundary with an empty dictionary, so copies concatenate.
 * 9 GiB of zeros this way is ~9 MB of file and takes milliseconds.
 */
export function deflatedZeros(total: number): Uint8Array {
  const MiB = 2 ** 20;
  const block = zlib.deflateRawSync(Buffer.alloc(MiB), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const parts: Buffer[] = [];
  let left = total;
  while (left >= MiB) {
    parts.push(block);
    left -= MiB;
  }
  parts.push(zlib.deflateRawSync(Buffer.alloc(left)));
  return Buffer.concat(parts);
}

/** The zip archive holding `members`, in order; ZIP64 fields where sizes need them. */
export function writeZip(members: ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name, 'utf8');
    const method = m.method ?? 0;
    const data = m.data ?? new Uint8Array(0);
    const body = m.compressed ?? (method === 8 ? zlib.deflateRawSync(data) : data);
    const size = m.size ?? data.length;
    const crc = m.data ? crc32(data) : 0;
    const big = size >= 0xffffffff || body.length >= 0xffffffff || offset >= 0xffffffff;
    const zip64 = Buffer.alloc(big ? 28 : 0);
    if (big) {
      zip64.writeUInt16LE(1, 0);
      zip64.writeUInt16LE(24, 2);
      zip64.writeBigUInt64LE(BigInt(size), 4);
      zip64.writeBigUInt64LE(BigInt(body.length), 12);
      zip64.writeBigUInt64LE(BigInt(offset), 20);
    }
    const lfh = Buffer.alloc(30);
    lfh.writeUInt32LE(0x04034b50, 0);
    lfh.writeUInt16LE(big ? 45 : 20, 4);
    lfh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lfh.writeUInt16LE(method, 8);
    lfh.writeUInt32LE(crc, 14);
    lfh.writeUInt32LE(big ? 0xffffffff : body.length, 18);
    lfh.writeUInt32LE(big ? 0xffffffff : size, 22);
    lfh.writeUInt16LE(name.length, 26);
    lfh.writeUInt16LE(zip64.length, 28);
    const cdh = Buffer.alloc(46);
    cdh.writeUInt32LE(0x02014b50, 0);
    cdh.writeUInt16LE(big ? 45 : 20, 4);
    cdh.writeUInt16LE(big ? 45 : 20, 6);
    cdh.writeUInt16LE(0x0800, 8);
    cdh.writeUInt16LE(method, 10);
    cdh.writeUInt32LE(crc, 16);
    cdh.writeUInt32LE(big ? 0xffffffff : body.length, 20);
    cdh.writeUInt32LE(big ? 0xffffffff : size, 24);
    cdh.writeUInt16LE(name.length, 28);
    cdh.writeUInt16LE(zip64.length, 30);
    cdh.writeUInt32LE(big ? 0xffffffff : offset, 42);
    locals.push(lfh, name, zip64, Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    centrals.push(cdh, name, zip64);
    offset += 30 + name.length + zip64.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(members.length, 8);
  eocd.writeUInt16LE(members.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

/** The members of a zip archive as written by Keras (or by writeZip), for re-zipping with changes. */
export async function readZipMembers(file: string): Promise<ZipMember[]> {
  const { listZip, readEntryBytes } = await import('../../src/sources/zip.js');
  const out: ZipMember[] = [];
  for (const e of await listZip(file)) out.push({ name: e.name, data: await readEntryBytes(file, e), method: e.method === 8 ? 8 : 0 });
  return out;
}
