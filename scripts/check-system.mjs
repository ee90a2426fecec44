// Runs before the tests: the suite must never pass on half of itself. It needs the shared Keras corpora
// next to the clone (../shared) and a few Debian tools (h5py and numpy to write hostile HDF5 files,
// cmark-gfm to render comments as GitHub does). Missing tools are installed when this runs as root
// with apt-get (as CI does); anything still missing fails the run, naming what and how to get it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '..', 'shared');
const problems = [];

if (!existsSync(path.join(shared, 'keras3-corpus', 'manifest.json'))) {
  problems.push(`../shared is missing (looked in ${shared}): the corpus tests need the shared Keras files next to the clone`);
}

const TOOLS = [
  { what: 'Debian python3 with h5py and numpy', pkg: 'python3-h5py', ok: () => spawnSync('/usr/bin/python3', ['-c', 'import h5py, numpy'], { stdio: 'ignore' }).status === 0 },
  { what: 'cmark-gfm (GitHub\'s Markdown renderer)', pkg: 'cmark-gfm', ok: () => spawnSync('cmark-gfm', ['--version'], { stdio: 'ignore' }).status === 0 },
  { what: 'h5ls (hdf5-tools)', pkg: 'hdf5-tools', ok: () => spawnSync('h5ls', ['--version'], { stdio: 'ignore' }).status === 0 },
  // check --base and the Action's base comparison are tested on real repositories, with and without LFS.
  { what: 'git', pkg: 'git', ok: () => spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0 },
  { what: 'git-lfs', pkg: 'git-lfs', ok: () => spawnSync('git', ['lfs', 'version'], { stdio: 'ignore' }).status === 0 },
];

let missing = TOOLS.filter((t) => !t.ok());
const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (missing.length && canInstall) {
  const pkgs = missing.map((t) => t.pkg);
  console.error(`check-system: installing ${pkgs.join(', ')} from Debian`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (err) {
    problems.push(`apt-get could not install ${pkgs.join(', ')}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  missing = TOOLS.filter((t) => !t.ok());
}
for (const t of missing) problems.push(`${t.what} is missing: apt-get install ${t.pkg}`);

if (problems.length) {
  for (const p of problems) console.error(`check-system: ${p}`);
  console.error('check-system: the test suite does not run on part of itself; fix the above and run npm test again.');
  process.exit(1);
}
