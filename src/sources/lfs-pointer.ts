// Git LFS pointer files: what a checkout without `lfs: true` (or a clone without git-lfs) leaves
// where the weights should be. Recognised everywhere a weight file is read, so the error names LFS.

/** The first line of every LFS pointer (spec v1). */
export const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1';

/** Pointer files are small text; anything bigger is real content. */
export const LFS_POINTER_MAX_BYTES = 1024;

export interface LfsPointer {
  oid: string;
  size: number;
}

/** The pointer's object id and size, or undefined when `bytes` is not an LFS pointer. */
export function parseLfsPointer(bytes: Uint8Array): LfsPointer | undefined {
  if (bytes.length > LFS_POINTER_MAX_BYTES) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!text.startsWith(LFS_POINTER)) return undefined;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  return oid && size ? { oid, size: Number(size) } : undefined;
}
