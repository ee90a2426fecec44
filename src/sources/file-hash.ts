// The SHA-256 of a file, read as a stream (a weight file may be gigabytes): pinned `sha256:` values,
// the download cache, and the base comparison's "same bytes" all hash the same way.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
