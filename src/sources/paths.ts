// Files found next to the one the user named (shards, the members of an unzipped .keras) must really
// be inside its folder: a symlink committed in a pull request could point anywhere on the runner.
import { realpath } from 'node:fs/promises';
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
