// Writing `.npz` files as numpy's `np.savez` does (a stored zip of `<name>.npy` members, format 1.0
// headers), so snapshots weightgate records open in numpy and ones numpy records open here.
import { rename, writeFile } from 'node:fs/promises';
import { crc32 } from '../sources/zip.js';

export interface ArrayToWrite {
  name: string;
  dtype: 'float32' | 'float64' | 'int32' | 'int64' | 'uint8' | 'bool';
  shape: readonly number[];
  data: Float32Array | Float64Array | Int32Array | BigInt64Array | Uint8Array;
}

const DESCR: Record<ArrayToWrite['dtype'], string> = {
  float32: '<f4', float64: '<f8', int32: '<i4', int64: '<i8', uint8: '|u1', bool: '|b1',
};

/** One `.npy` file: magic, version 1.0, a header padded with spaces to a multiple of 64 bytes. */
export function npyBytes(a: ArrayToWrite): Uint8Array {
  const shape = a.shape.length === 1 ? `(${a.shape[0]},)` : `(${a.shape.join(', ')})`;
  let header = `{'descr': '${DESCR[a.dtype]}', 'fortran_order': False, 'shape': ${shape}, }`;
  const unpadded = 10 + header.length + 1;
  header += ' '.repeat((64 - (unpadded % 64)) % 64) + '\n';
  const head = Buffer.alloc(10);
  head.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  head.writeUInt16LE(header.length, 8);
  const data = new Uint8Array(a.data.buffer, a.data.byteOffset, a.data.byteLength);
  return Buffer.concat([head, Buffer.from(header, 'latin1'), data]);
}

/** A stored (uncompressed) zip of the members, as `np.savez` writes it. */
export function zipStored(members: readonly { name: string; data: Uint8Array }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name, 'utf8');
    const crc = crc32(m.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(m.data.length, 18);
    local.writeUInt32LE(m.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(m.data.length, 20);
    cd.writeUInt32LE(m.data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength));
    central.push(cd, name);
    offset += 30 + name.length + m.data.length;
  }
  const cdSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

/** Writes `file` whole or not at all (a temp file renamed over it), so a crash never leaves half a snapshot. */
export async function writeNpz(file: string, arrays: readonly ArrayToWrite[]): Promise<void> {
  const bytes = zipStored(arrays.map((a) => ({ name: `${a.name}.npy`, data: npyBytes(a) })));
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, file);
}
