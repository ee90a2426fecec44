// The weight bytes of one manifest group, back to back in manifest order, cut into files of at most
// 4 MiB (the converter's `weight_shard_size_bytes`) named `group1-shard<i>of<n>.bin`. A weight may
// span two files: TF.js concatenates a group's paths before decoding.
export const SHARD_BYTES = 4 * 1024 * 1024;

export interface Shard {
  name: string;
  bytes: Uint8Array;
}

export const SHARD_NAME = /^group\d+-shard\d+of\d+\.bin$/;

export function shardName(group: number, index: number, count: number): string {
  return `group${group}-shard${index}of${count}.bin`;
}

export function packShards(parts: readonly Uint8Array[], shardBytes = SHARD_BYTES, group = 1): Shard[] {
  if (!(shardBytes > 0)) throw new RangeError('shard size must be positive');
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  const count = Math.max(1, Math.ceil(total / shardBytes));
  const shards = Array.from({ length: count }, (_, i) => ({
    name: shardName(group, i + 1, count),
    bytes: new Uint8Array(Math.min(shardBytes, total - i * shardBytes)),
  }));
  let at = 0;
  for (const p of parts) {
    let done = 0;
    while (done < p.byteLength) {
      const shard = Math.floor(at / shardBytes);
      const offset = at % shardBytes;
      const n = Math.min(p.byteLength - done, shardBytes - offset);
      // shard < count: `at` stays below the total, which the shards hold.
      shards[shard]!.bytes.set(p.subarray(done, done + n), offset);
      done += n;
      at += n;
    }
  }
  return shards;
}
