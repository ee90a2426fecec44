// Files found next to the one the user named (shards, the members of an unzipped .keras) must really
// be inside its folder: a symlink committed in a pull request could point anywhere on the runner.
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
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
