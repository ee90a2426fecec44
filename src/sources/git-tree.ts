// Files as they were at another commit, straight from git's object database (no checkout, no
// change to the working tree), for `check --base <ref>`. git runs with an argument list (no shell);
// the ref is the user's, the paths come from the tree itself.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { copyFile, link, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { InputError } from './errors.js';
import { LFS_POINTER_MAX_BYTES, parseLfsPointer } from './lfs-pointer.js';

interface Run {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** Output of git kept in memory: tree listings and small blobs. Bigger blobs stream to files. */
const MAX_GIT_OUTPUT = 256 * 2 ** 20;

function git(cwd: string, args: readonly string[], input?: Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
    const out: Buffer[] = [];
    let size = 0;
    let err = '';
    child.stdout.on('data', (b: Buffer) => {
      size += b.length;
      if (size > MAX_GIT_OUTPUT) child.kill();
      else out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => { err += b.toString('utf8').slice(0, 4000); });
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT'
      ? new InputError(cwd, 'base-unavailable', 'git is not installed, so files at another commit cannot be read', 'Install git, or run without --base.')
      : e));
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: err.trim(), code: code ?? 1 }));
    child.stdin.end(input);
  });
}

/** The top of the working tree that holds `dir`. */
export async function repositoryRoot(dir: string): Promise<string> {
  const r = await git(dir, ['rev-parse', '--show-toplevel']);
  if (r.code !== 0) throw new InputError(dir, 'base-unavailable', 'is not inside a git repository, so there is no base commit to compare with', 'Run in a clone, or without --base.');
  return r.stdout.toString('utf8').trim();
}

export async function isShallow(root: string): Promise<boolean> {
  const r = await git(root, ['rev-parse', '--is-shallow-repository']);
  return r.stdout.toString('utf8').trim() === 'true';
}

/**
 * The commit `ref` names. A ref that does not resolve gets the reason a CI checkout usually has
 * (a shallow clone without the base) and the command that fetches it.
 */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  if (!ref || ref.startsWith('-') || /[\0\n]/.test(ref)) {
    throw new InputError(root, 'base-unavailable', `${JSON.stringify(ref)} is not a git ref`, 'Give a branch, tag or commit, e.g. --base origin/main.');
  }
  const r = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (r.code === 0) return r.stdout.toString('utf8').trim();
  const shallow = await isShallow(root);
  const sha = /^[0-9a-f]{7,40}$/i.test(ref);
  throw new InputError(root, 'base-unavailable',
    `the base ${JSON.stringify(ref)} is not in this clone${shallow ? ' (it is a shallow clone, which holds only the newest commits)' : ''}`,
    sha
      ? `Fetch that commit: git fetch --depth=1 origin ${ref} (in the Action: actions/checkout with fetch-depth: 0, or let base: auto fetch it).`
      : `Fetch it: git fetch origin ${ref.replace(/^origin\//, '')} (in the Action: actions/checkout with fetch-depth: 0).`);
}

export interface TreeEntry {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  /** The blob's object id. */
  oid: string;
  size: number;
}

/** Every file (blob) in the commit's tree; links and submodules are left out, as they are at HEAD. */
export async function listTree(root: string, commit: string): Promise<TreeEntry[]> {
  const r = await git(root, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit]);
  if (r.code !== 0) throw new InputError(root, 'base-unavailable', `git could not list commit ${commit} (${r.stderr.slice(0, 200)})`, 'Fetch the commit (git fetch origin <sha>) and try again.');
  const out: TreeEntry[] = [];
  for (const rec of r.stdout.toString('utf8').split('\0')) {
    // <mode> SP <type> SP <oid> SP+ <size> TAB <path>
    const m = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.+)$/s.exec(rec);
    if (!m || m[2] !== 'blob' || m[1] === '120000') continue;
    out.push({ path: m[5] ?? '', oid: m[3] ?? '', size: Number(m[4]) });
  }
  return out;
}

async function gitLfsAvailable(root: string): Promise<boolean> {
  try {
    return (await git(root, ['lfs', 'version'])).code === 0;
  } catch {
    return false;
  }
}

/** Streams one blob into `dest`. */
async function writeBlob(root: string, oid: string, dest: string): Promise<void> {
  const child = spawn('git', ['cat-file', 'blob', oid], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (b: Buffer) => { err += b.toString('utf8').slice(0, 2000); });
  const closed = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  await pipeline(child.stdout, createWriteStream(dest));
  if ((await closed) !== 0) throw new InputError(dest, 'base-unavailable', `git could not read blob ${oid} (${err.trim().slice(0, 200)})`, 'Fetch the base commit completely (git fetch origin <sha>).');
}

/** What a pointer stands for, through `git lfs smudge` (the local LFS store, or the remote). */
async function smudge(root: string, pointer: Buffer, repoPath: string, dest: string): Promise<void> {
  const r = await git(root, ['lfs', 'smudge', '--', repoPath], pointer);
  if (r.code !== 0) {
    throw new InputError(repoPath, 'lfs-pointer', `is a Git LFS pointer at the base commit and git-lfs could not fetch its content (${r.stderr.split('\n')[0]?.slice(0, 200) ?? ''})`,
      'Fetch the base commit\'s LFS objects: git lfs fetch origin <base sha>.');
  }
  await writeFile(dest, r.stdout);
}

export interface MaterializeOptions {
  /** Which tree paths to write; the rest of the tree is not needed. */
  include: (path: string) => boolean;
  /** Blob ids the working tree holds unchanged, by path: those files are linked, not read from git again. */
  unchanged?: ReadonlyMap<string, string>;
}

export interface Materialized {
  /** The folder that mirrors the base commit's tree (only the included paths). */
  dir: string;
  files: number;
  /** Included files that are LFS pointers git-lfs could not resolve (git-lfs missing): left as pointers, named here. */
  lfsPointers: string[];
  /** Files taken from the working tree because their blob is the same at the base. */
  reused: number;
}

/**
 * Writes the included files of `commit` under `dir`, as they are in the object database: a file
 * whose blob the working tree holds unchanged is hard-linked (copied across file systems) instead
 * of read again, so an untouched 1 GB weight file costs nothing. LFS pointers are resolved with
 * git-lfs when it is installed; without it they stay pointers and the readers name them as such.
 */
export async function materializeTree(root: string, commit: string, dir: string, o: MaterializeOptions): Promise<Materialized> {
  const entries = (await listTree(root, commit)).filter((e) => o.include(e.path));
  const lfs = await gitLfsAvailable(root);
  const result: Materialized = { dir, files: 0, lfsPointers: [], reused: 0 };
  for (const e of entries) {
    // Tree paths cannot hold `..` or start at `/`, but a crafted tree could: never write outside dir.
    const dest = path.resolve(dir, e.path);
    if (!dest.startsWith(dir + path.sep)) continue;
    await mkdir(path.dirname(dest), { recursive: true });
    if (o.unchanged?.get(e.path) === e.oid) {
      const here = path.join(root, e.path);
      try {
        await link(here, dest);
      } catch {
        await copyFile(here, dest);
      }
      result.reused++;
      result.files++;
      continue;
    }
    if (e.size <= LFS_POINTER_MAX_BYTES) {
      const small = await git(root, ['cat-file', 'blob', e.oid]);
      const pointer = parseLfsPointer(small.stdout);
      if (pointer && lfs) {
        await smudge(root, small.stdout, e.path, dest);
      } else {
        if (pointer) result.lfsPointers.push(e.path);
        await writeFile(dest, small.stdout);
      }
    } else {
      await writeBlob(root, e.oid, dest);
    }
    result.files++;
  }
  return result;
}

/**
 * Blob ids of the working tree's tracked files that are unchanged since HEAD (no staged or unstaged
 * change), by path: what `materializeTree` may link instead of reading from git.
 */
export async function unchangedWorkingFiles(root: string): Promise<Map<string, string>> {
  const head = await git(root, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
  const out = new Map<string, string>();
  if (head.code !== 0) return out;
  for (const rec of head.stdout.toString('utf8').split('\0')) {
    const m = /^(\d+) blob ([0-9a-f]+)\t(.+)$/s.exec(rec);
    if (m && m[1] !== '120000' && m[3] && m[2]) out.set(m[3], m[2]);
  }
  const changed = await git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=no']);
  const recs = changed.stdout.toString('utf8').split('\0');
  for (let i = 0; i < recs.length; i++) {
    const rec = recs[i] ?? '';
    if (rec.length <= 3) continue;
    out.delete(rec.slice(3));
    // A rename or copy is followed by a record holding the original path alone.
    if (rec[0] === 'R' || rec[0] === 'C') out.delete(recs[++i] ?? '');
  }
  return out;
}

/**
 * Makes `sha` available in a shallow clone: fetches that one commit from `origin` (what a pull
 * request's base needs after actions/checkout's default fetch-depth of 1). Quietly does nothing when
 * the commit is already there; a failed fetch is left to resolveCommit to explain.
 */
export async function fetchCommitIfMissing(root: string, sha: string): Promise<void> {
  if (!/^[0-9a-f]{40}$/i.test(sha)) return;
  const have = await git(root, ['cat-file', '-e', `${sha}^{commit}`]);
  if (have.code === 0) return;
  await git(root, ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', sha]);
}
