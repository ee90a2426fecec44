// Files found next to the one the user named (shards, the members of an unzipped .keras) must really
// be inside its folder: a symlink committed in a pull request could point anywhere on the runner.
import { lstat, opendir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { InputError, quoteName } from './errors.js';

export function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** Refuse `p` (a `what` of `reportFile`) unless, links resolved, it lies inside `dir`. */
export async function assertInside(reportFile: string, dir: string, p: string, what: string): Promise<void> {
  const [realDir, real] = await Promise.all([realpath(dir), realpath(p)]);
  if (!isInside(realDir, real)) {
    throw new InputError(reportFile, 'unsafe-path', `its ${what} ${quoteName(path.basename(p))} is a link to ${quoteName(real, 200)}, outside the model's folder; weightgate reads nothing outside it`,
      `Replace the link with the real ${what} file.`);
  }
}

// ---- the repository a config may read from ------------------------------------------------------
// Everything a weightgate.yml names (definitions, weights, globs, smoke inputs, the cache folder) must
// lie inside the repository that holds it: a pull request controls the config, so `../../etc/passwd`,
// an absolute path or a link out of the checkout would make weightgate read (and quote) runner files.

/**
 * The folder a config's paths must stay in, links resolved: the git work tree holding `configFile`
 * (the nearest folder above it with a `.git` entry, a folder or a worktree's file; found without
 * running git), or else the config's own folder.
 */
export async function repositoryRoot(configFile: string): Promise<string> {
  const start = path.dirname(path.resolve(configFile));
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      await lstat(path.join(dir, '.git'));
      return await realpathLoose(dir);
    } catch {
      // no .git here: go up
    }
    if (path.dirname(dir) === dir) return realpathLoose(start);
  }
}

/** `realpath`, also for a path that does not exist (yet): its nearest existing ancestor resolved, the rest appended. */
export async function realpathLoose(p: string): Promise<string> {
  const rest: string[] = [];
  for (let cur = path.resolve(p); ; cur = path.dirname(cur)) {
    try {
      return path.join(await realpath(cur), ...rest);
    } catch {
      if (path.dirname(cur) === cur) return path.resolve(p);
      rest.unshift(path.basename(cur));
    }
  }
}

function inGit(rel: string): boolean {
  return rel.split(/[\\/]/).some((s) => s.toLowerCase() === '.git');
}

/**
 * Why `p` may not be read for a config confined to `root` (a realpath), or undefined when it may:
 * links resolved, it must be `root` or inside it (unless `allowOutside`), and never inside a `.git` folder.
 */
export async function confinementProblem(root: string, p: string, allowOutside: boolean): Promise<string | undefined> {
  const abs = path.resolve(p);
  const real = await realpathLoose(abs);
  const inside = real === root || isInside(root, real);
  if (inGit(inside ? path.relative(root, real) : real)) {
    return `${real === abs ? 'is' : `is a link to ${quoteName(real, 200)},`} inside a .git folder; weightgate reads no git internals`;
  }
  if (inside || allowOutside) return undefined;
  return `${real === abs ? 'is' : `is a link to ${quoteName(real, 200)},`} outside the repository (${root}); weightgate reads nothing outside it`;
}

/** The hint for a refused path: move it in, or, for a local run of a trusted config, --allow-outside. */
export const OUTSIDE_HINT = 'Move the file into the repository; for a local run of a config you trust, pass --allow-outside.';

/**
 * A glob's fixed folder (what it is walked from) and whether the rest climbs out of it: `models/**\/*.json`
 * → `models`; `../x/*` → `../x`. A `..` after the first wildcard segment could take the walk anywhere
 * (glob libraries normalise `a/*\/../..`), so it is reported.
 */
export function globBase(pattern: string): { base: string; climbs: boolean } {
  const parts = pattern.split('/');
  const first = parts.findIndex((s) => /[*?[\]{}()!+@]/.test(s));
  const fixed = first < 0 ? parts.slice(0, -1) : parts.slice(0, first);
  const dynamic = first < 0 ? [] : parts.slice(first);
  const base = fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base, climbs: /(^|[/{},|(])\.\.($|[/{},|)])/.test(dynamic.join('/')) };
}

// ---- "did you mean": the existing names nearest to a path that is not there ----------------------

/** Entries read from one folder for a suggestion: a hostile folder may hold millions. */
const MAX_SUGGESTION_ENTRIES = 5000;

/** Up to `limit` entries of `dir` (never more), or [] when it cannot be listed. */
async function someEntries(dir: string, limit = MAX_SUGGESTION_ENTRIES): Promise<string[]> {
  const names: string[] = [];
  try {
    const handle = await opendir(dir);
    try {
      for (let e = await handle.read(); e && names.length < limit; e = await handle.read()) names.push(e.name);
    } finally {
      await handle.close().catch(() => undefined);
    }
  } catch {
    return [];
  }
  return names;
}

/**
 * The names in `dir` nearest to `wanted` by edit distance (Levenshtein), nearest first, at most `count`.
 * With `close`, only names a typo away (distance at most a third of the longer name, at least 2):
 * "did you mean" is then a suggestion, not a listing. Bounded: at most 5,000 entries are read.
 */
export async function nearestNames(dir: string, wanted: string, count = 3, close = false): Promise<string[]> {
  // Hidden names are never what was meant, and a name with control characters is never printed.
  const names = (await someEntries(dir)).filter((n) => !n.startsWith('.') && ![...n].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f));
  return names
    .map((n) => ({ n, d: distance(n.toLowerCase(), wanted.toLowerCase()) }))
    .filter(({ n, d }) => !close || d <= Math.max(2, Math.floor(Math.max(n.length, wanted.length) / 3)))
    .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1))
    .slice(0, count)
    .map(({ n }) => n);
}

/**
 * The existing path nearest to `p` (which does not exist), written as `p` is (relative to `base` stays
 * relative), or undefined when none is a typo away. Each missing segment is replaced by its nearest
 * sibling, from the deepest existing folder down (`weigths/clasifier.h5` → `weights/classifier.h5`);
 * at most four segments are guessed.
 */
export async function nearestPath(p: string, base = process.cwd()): Promise<string | undefined> {
  const parts: string[] = [];
  let dir = path.resolve(base, p);
  for (;;) {
    try {
      await lstat(dir);
      break;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir || parts.length >= 4) return undefined;
      parts.unshift(path.basename(dir));
      dir = parent;
    }
  }
  let out = dir;
  for (const part of parts) {
    const [best] = await nearestNames(out, part, 1, true);
    if (best === undefined) return undefined;
    out = path.join(out, best);
  }
  return path.isAbsolute(p) ? out : path.relative(base, out);
}
