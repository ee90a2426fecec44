// TF.js weight shards: where they may live, whether they are real, and ranged reads across them.
// model.json comes from the repository under review, so every path in it is untrusted input.
import { LFS_POINTER } from '../sources/lfs-pointer.js';
import { constants, realpathSync } from 'node:fs';
import { access, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, LFS_HINT } from '../sources/errors.js';
import { readHead } from '../sources/sniff.js';

export interface Shard {
  /** The path as the manifest writes it. */
  entry: string;
  abs: string;
  size: number;
  /** Offset of the shard's first byte in its group's concatenated buffer. */
  start: number;
}

// Node refuses single reads above 2 GiB; stay well under it.
const MAX_READ = 1 << 30;

function groupLabel(group: number): string {
  return `weightsManifest group ${group}`;
}

function shown(entry: string): string {
  return JSON.stringify(entry);
}

/**
 * Check a manifest path without touching the file system and return where it points.
 * TF.js fetches shards relative to model.json, so anything else is either a mistake or an attempt
 * to make the checker read (and report on) files it was never meant to see.
 */
export function resolveShardPath(modelJson: string, group: number, entry: unknown): string {
  const where = groupLabel(group);
  if (typeof entry !== 'string' || entry.trim() === '') {
    throw new InputError(modelJson, 'corrupt', `${where} has a shard path that is not a file name (${JSON.stringify(entry)})`,
      'Each entry of "paths" must name a shard file next to model.json, e.g. "group1-shard1of1.bin".');
  }
  // Suggest the converter's own naming rather than echoing a hostile name like `passwd` back.
  const base = `group${group}-shard1of1.bin`;
  const fix = `List the shard by its file name (e.g. ${shown(base)}) and commit it next to model.json.`;
  if (entry.includes('\0')) {
    throw new InputError(modelJson, 'unsafe-path', `${where} lists shard ${JSON.stringify(entry)}, which contains a NUL byte`, fix);
  }
  // Drive letters and UNC paths first: `C:/x` would otherwise read as a URL scheme.
  if (entry.startsWith('/') || entry.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(entry) || path.isAbsolute(entry)) {
    throw new InputError(modelJson, 'unsafe-path',
      `${where} lists shard ${shown(entry)}, an absolute path; TF.js resolves shard paths relative to model.json, and weightgate reads nothing outside the model folder`, fix);
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(entry)) {
    throw new InputError(modelJson, 'unsafe-path',
      `${where} lists shard ${shown(entry)}, a URL; weightgate checks the files in the repository and never downloads`,
      `Download the shard, commit it next to model.json and list it by file name (e.g. ${shown(base)}).`);
  }
  const dir = path.dirname(modelJson);
  // Treat `\` as a separator too, so `..\..\x` is caught on every platform.
  const abs = path.resolve(dir, ...entry.split(/[\\/]+/));
  if (!isInside(dir, abs)) {
    throw new InputError(modelJson, 'unsafe-path',
      `${where} lists shard ${shown(entry)}, which points outside the model folder (${dir})`, fix);
  }
  return abs;
}

/**
 * Check every path of a manifest (`groups[i]` lists group i + 1's paths) before any file is opened:
 * each as `resolveShardPath` does, and each shard listed once. TF.js' loader fetches every listed
 * path and concatenates the buffers, so a shard listed twice shifts every weight after it onto the
 * wrong bytes; and a manifest listing one shard 256 times would have it read 256 times.
 */
export function resolveShardPaths(modelJson: string, groups: readonly (readonly unknown[])[]): void {
  const seen = new Map<string, { group: number; entry: string }>();
  groups.forEach((paths, gi) => paths.forEach((listed) => {
    const abs = resolveShardPath(modelJson, gi + 1, listed);
    // resolveShardPath refuses every entry that is not a string.
    const entry = typeof listed === 'string' ? listed : '';
    // Two names for one file (a link inside the folder) are the same shard twice. Resolving links
    // opens nothing; a missing shard is reported when the group is opened.
    let real = abs;
    try {
      real = realpathSync(abs);
    } catch {
      // Missing, or unreadable: inspectShard says which.
    }
    const first = seen.get(abs) ?? seen.get(real);
    if (first) throw duplicateShard(modelJson, gi + 1, entry, first);
    seen.set(abs, { group: gi + 1, entry });
    seen.set(real, { group: gi + 1, entry });
  }));
}

function duplicateShard(modelJson: string, group: number, entry: string, first: { group: number; entry: string }): InputError {
  const where = first.group === group ? 'already' : `already in ${groupLabel(first.group)}`;
  const as = first.entry === entry ? '' : ` (as ${shown(first.entry)})`;
  return new InputError(modelJson, 'corrupt',
    `${groupLabel(group)} lists shard ${shown(entry)}, which the manifest lists ${where}${as}: TF.js would fetch it again and append it, shifting every later weight onto the wrong bytes`,
    'List each shard file once, in order, as tensorflowjs_converter writes them; re-export the model if the manifest was edited by hand.');
}

function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Stat one shard and make sure it is weight data, not a stand-in for it. */
async function inspectShard(modelJson: string, group: number, entry: string, abs: string, realDir: string): Promise<number> {
  const where = groupLabel(group);
  let st;
  try {
    st = await stat(abs);
  } catch {
    // A common slip is the `.bin` suffix: old converters wrote `group1-shard1of1`, newer ones add `.bin`.
    const alt = abs.endsWith('.bin') ? abs.slice(0, -4) : `${abs}.bin`;
    const near = (await exists(alt)) ? ` (there is a ${shown(path.basename(alt))} next to it: is the name in model.json out of date?)` : '';
    throw new InputError(modelJson, 'not-found', `${where} lists shard ${shown(entry)}, but ${abs} does not exist${near}`,
      'Commit the shard next to model.json (TF.js fetches it relative to model.json), or fix its name in weightsManifest.');
  }
  if (!st.isFile()) {
    throw new InputError(modelJson, 'corrupt', `${where} lists shard ${shown(entry)}, but ${abs} is not a regular file`,
      'Point the manifest at the shard file itself.');
  }
  // A symlink committed in the repository could point anywhere on the runner.
  const real = await realpath(abs);
  if (!isInside(realDir, real)) {
    throw new InputError(modelJson, 'unsafe-path', `${where} shard ${shown(entry)} is a link to ${real}, outside the model folder`,
      'Replace the link with the real shard file.');
  }
  const head = await readHead(abs, 512);
  const text = head.toString('latin1');
  if (text.startsWith(LFS_POINTER)) {
    const size = /\nsize (\d+)/.exec(text)?.[1];
    throw new InputError(modelJson, 'lfs-pointer',
      `${where} shard ${shown(entry)} is a Git LFS pointer (${st.size} bytes${size ? `, standing for a ${size}-byte file` : ''}), not the weight data`,
      `${LFS_HINT} Otherwise download the real shard and commit it.`);
  }
  if (/^<(!doctype html|html|head|body)\b/i.test(text.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart())) {
    throw new InputError(modelJson, 'html-page',
      `${where} shard ${shown(entry)} is an HTML page (${st.size} bytes), not weight data — a download that saved an error or login page?`,
      'Download the real shard file (the raw file, not its web page; authenticate for private assets) and commit it.');
  }
  return st.size;
}

/** The shards of one manifest group, read as one buffer (the layout TF.js concatenates them into). */
export class ShardGroup {
  readonly total: number;

  constructor(readonly modelJson: string, readonly group: number, readonly shards: Shard[]) {
    this.total = shards.reduce((n, s) => n + s.size, 0);
  }

  /** Bytes [start, start + length) of the group; a range may cross shard files. */
  async read(start: number, length: number): Promise<Uint8Array> {
    // A fresh buffer at offset 0 keeps typed-array views over it aligned.
    const out = new Uint8Array(length);
    const end = start + length;
    let filled = 0;
    for (const s of this.shards) {
      if (filled === length) break;
      const sEnd = s.start + s.size;
      const pos = start + filled;
      if (sEnd <= pos || s.start >= end) continue;
      const n = Math.min(sEnd, end) - pos;
      const fh = await open(s.abs, 'r');
      try {
        let got = 0;
        while (got < n) {
          const { bytesRead } = await fh.read(out, filled + got, Math.min(n - got, MAX_READ), pos - s.start + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        if (got < n) {
          throw new InputError(this.modelJson, 'truncated',
            `${groupLabel(this.group)} shard ${shown(s.entry)} ended after ${pos - s.start + got} bytes, but it was ${s.size} bytes when checked`,
            'The file changed while weightgate was reading it; run the check again.');
        }
      } finally {
        await fh.close();
      }
      filled += n;
    }
    if (filled < length) {
      throw new InputError(this.modelJson, 'truncated',
        `${groupLabel(this.group)} needs bytes ${start}..${end} but its shards hold ${this.total}`,
        'Re-export the model, or download the shards again: model.json and its shards must come from the same export.');
    }
    return out;
  }
}

/** Inspect a group's shards; call `resolveShardPath` on every group first so no file is opened for a hostile manifest. */
export async function openShardGroup(modelJson: string, group: number, entries: readonly unknown[]): Promise<ShardGroup> {
  const resolved = entries.map((e) => {
    const abs = resolveShardPath(modelJson, group, e);
    // resolveShardPath refuses every entry that is not a string.
    return { entry: typeof e === 'string' ? e : '', abs };
  });
  const realDir = await realpath(path.dirname(modelJson));
  const shards: Shard[] = [];
  let start = 0;
  for (const { entry, abs } of resolved) {
    const size = await inspectShard(modelJson, group, entry, abs, realDir);
    shards.push({ entry, abs, size, start });
    start += size;
  }
  return new ShardGroup(modelJson, group, shards);
}
