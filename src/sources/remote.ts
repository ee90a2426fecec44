// Remote artifacts: https:// URLs, private repository files (gh://owner/repo@ref/path) and release
// assets (gh-release://owner/repo@tag/asset). Downloaded once into a cache folder, with a size limit
// shared by a model's files, a deadline per attempt, retries and an optional SHA-256 (the HTTP side,
// with its guards, is src/sources/download.ts). The token goes only to GitHub's API and web hosts,
// never across a redirect to anyone else (release assets redirect to a storage host that needs no token).
import { sha256File } from './file-hash.js';
import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { downloadFile, fetchJson, type Budget } from './download.js';
import { InputError, quoteName } from './errors.js';
import { arrayAt, numberAt, objectAt, objectsIn, stringAt } from './json-value.js';
import { DEFAULT_LIMITS } from './limits.js';
import { REMOTE_DEFAULTS } from './remote-defaults.js';
import { sniff } from './sniff.js';

export { githubHosts } from './download.js';

export interface RemoteOptions {
  cacheDir: string;
  /** Largest download accepted for one model: its file and every shard it brings, together. */
  maxBytes: number;
  /** Deadline of one attempt, headers and whole body (remote.timeout_seconds). */
  timeoutMs: number;
  /** Longest wait for the next chunk (default REMOTE_DEFAULTS.idleTimeoutMs, never above timeoutMs). */
  idleTimeoutMs?: number;
  retries: number;
  /** Hosts that may be reached over plain http (a test server on 127.0.0.1). */
  allowHttp: string[];
  /** Hosts allowed, by name, to be (or resolve to) loopback, private or link-local addresses (remote.allow_hosts). */
  allowHosts: string[];
  token?: string;
  /** GitHub's REST API base (GITHUB_API_URL in Actions). */
  apiUrl: string;
  /** GitHub's web base (GITHUB_SERVER_URL in Actions). */
  serverUrl: string;
  /** Progress on a terminal. */
  progress?: (text: string) => void;
}

export function remoteDefaults(cacheDir: string, env: NodeJS.ProcessEnv = process.env): RemoteOptions {
  return {
    cacheDir, maxBytes: REMOTE_DEFAULTS.maxBytes, timeoutMs: REMOTE_DEFAULTS.timeoutMs, retries: REMOTE_DEFAULTS.retries,
    allowHttp: [], allowHosts: [],
    token: env.WEIGHTGATE_TOKEN || env.GITHUB_TOKEN || undefined,
    apiUrl: env.GITHUB_API_URL || REMOTE_DEFAULTS.apiUrl,
    serverUrl: env.GITHUB_SERVER_URL || REMOTE_DEFAULTS.serverUrl,
  };
}

interface Request {
  url: string;
  accept?: string;
  /** Name for the cached file and messages. */
  name: string;
}

const GH = /^gh:\/\/([^/]+)\/([^/@]+)@([^/]+)\/(.+)$/i;
const GH_RELEASE = /^gh-release:\/\/([^/]+)\/([^/@]+)@([^/]+)\/(.+)$/i;
const SEGMENT_HINT = "Name the file by its plain path (no '.' or '..' segments, no encoded '/' or '\\', no empty segments).";

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Why `segment` (one part of a path, or an owner, repo, ref or asset name) may not be used; undefined when it may. */
function segmentProblem(segment: string): string | undefined {
  const d = decoded(segment);
  if (d === '') return 'it is empty';
  if (d === '.' || d === '..') return `'${d}' segments are refused`;
  if (/[/\\]/.test(d)) return "it holds an encoded '/' or '\\'";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(d)) return 'it holds control characters';
  return undefined;
}

function checkSegments(ref: string, what: string, value: string, split: boolean): void {
  for (const seg of split ? value.split('/') : [value]) {
    const why = segmentProblem(seg);
    if (why) throw new InputError(ref, 'unsafe-path', `refusing the ${what} segment ${quoteName(seg)}: ${why}`, SEGMENT_HINT);
  }
}

function checkRepo(ref: string, owner: string, repo: string): void {
  checkSegments(ref, 'owner', owner, false);
  checkSegments(ref, 'repository', repo, false);
  if (!/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo)) {
    throw new InputError(ref, 'unsafe-path', `refusing the owner/repository segment ${quoteName(`${owner}/${repo}`)}: GitHub names hold only letters, digits, '-', '_' and '.'`, SEGMENT_HINT);
  }
}

function api(o: RemoteOptions, p: string): string {
  return `${o.apiUrl.replace(/\/$/, '')}${p}`;
}

function assetsOf(meta: unknown): { id: number; name: string }[] {
  return objectsIn(arrayAt(meta, 'assets')).flatMap((a) => {
    const id = numberAt(a, 'id');
    const name = stringAt(a, 'name');
    return name !== undefined && id !== undefined && Number.isSafeInteger(id) ? [{ id, name }] : [];
  });
}

/** Turn a config reference into the HTTP request that fetches its bytes; refuses `.`/`..` segments. */
async function resolveRequest(ref: string, o: RemoteOptions): Promise<Request> {
  const gh = GH.exec(ref);
  if (gh) {
    // Every group of GH takes part in a match.
    const [, owner = '', repo = '', refName = '', file = ''] = gh;
    checkRepo(ref, owner, repo);
    checkSegments(ref, 'ref', refName, false);
    if (decoded(refName).includes('..')) checkSegments(ref, 'ref', '..', false);
    checkSegments(ref, 'path', file, true);
    return { url: api(o, `/repos/${owner}/${repo}/contents/${file.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(refName)}`), accept: 'application/vnd.github.raw', name: path.posix.basename(file) };
  }
  const rel = GH_RELEASE.exec(ref);
  if (rel) {
    const [, owner = '', repo = '', tag = '', asset = ''] = rel;
    checkRepo(ref, owner, repo);
    checkSegments(ref, 'tag', tag, false);
    checkSegments(ref, 'asset', asset, false);
    const meta = await fetchJson(ref, api(o, `/repos/${owner}/${repo}/releases/tags/${encodeURIComponent(tag)}`), o);
    const assets = assetsOf(meta);
    const found = assets.find((a) => a.name === asset);
    if (!found) {
      const names = assets.map((a) => a.name).slice(0, 10).join(', ');
      throw new InputError(ref, 'not-found', `release ${tag} of ${owner}/${repo} has no asset named '${asset}' (it has: ${names || 'none'})`, 'Check the asset name in the release.');
    }
    return { url: api(o, `/repos/${owner}/${repo}/releases/assets/${found.id}`), accept: 'application/octet-stream', name: asset };
  }
  if (/^gh(-release)?:/i.test(ref)) {
    throw new InputError(ref, 'bad-config', 'not a complete GitHub reference', 'Write gh://owner/repo@ref/path/to/file or gh-release://owner/repo@tag/asset.');
  }
  let u: URL;
  try {
    u = new URL(ref);
  } catch {
    throw new InputError(ref, 'bad-config', 'not a valid URL', 'Write an https:// URL, gh://owner/repo@ref/path or gh-release://owner/repo@tag/asset.');
  }
  return { url: ref, name: path.posix.basename(u.pathname) };
}

/** `child` is strictly inside `parent` (not the folder itself, not beside it). */
function strictlyInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** A file name fit for the cache: never empty, `.` or `..`, no separators. */
function cacheName(name: string): string {
  const clean = name.replace(/[^\w.-]/g, '_').slice(-120);
  return /^\.*$/.test(clean) ? 'download' : clean;
}

/**
 * The cache file for `ref` (pinned to `sha256`, so two pins of one URL never share a file): always a
 * file strictly inside the cache folder, in a real folder of its own (not a link out of the cache).
 */
async function cachePathFor(ref: string, name: string, sha256: string | undefined, o: RemoteOptions): Promise<string> {
  const root = path.resolve(o.cacheDir);
  const key = createHash('sha256').update(`${ref}\n${sha256?.toLowerCase() ?? ''}`).digest('hex').slice(0, 16);
  const dest = path.join(root, key, cacheName(name));
  if (!strictlyInside(path.join(root, key), dest)) throw new InputError(ref, 'unsafe-path', `the cache name ${quoteName(name)} is not a file name`, SEGMENT_HINT);
  await mkdir(path.dirname(dest), { recursive: true });
  if (!strictlyInside(await realpath(root), await realpath(path.dirname(dest)))) {
    throw new InputError(ref, 'unsafe-path', `the cache folder ${path.dirname(dest)} is a link out of ${root}`, 'Delete it (a cache folder is never committed).');
  }
  return dest;
}


/** Size of the regular file at `p` (a link is not a cache entry), or undefined. */
async function cachedSize(p: string): Promise<number | undefined> {
  try {
    const st = await lstat(p);
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}

/** Downloads in flight, by cache folder + reference + pin: models sharing one URL share one download. */
const inFlight = new Map<string, Promise<string>>();

/** Download `ref` (once) and return the local path; verify `sha256` when given. */
export function fetchArtifact(ref: string, o: RemoteOptions, sha256?: string): Promise<string> {
  const key = JSON.stringify([path.resolve(o.cacheDir), ref, sha256?.toLowerCase() ?? '']);
  let pending = inFlight.get(key);
  if (!pending) {
    pending = fetchOnce(ref, o, sha256).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

async function fetchOnce(ref: string, o: RemoteOptions, sha256?: string): Promise<string> {
  const req = await resolveRequest(ref, o);
  const dest = await cachePathFor(ref, req.name, sha256, o);
  const budget: Budget = { used: 0, max: o.maxBytes };
  const size = await cachedSize(dest);
  if (size !== undefined && (!sha256 || (await sha256File(dest)) === sha256.toLowerCase())) {
    budget.used = size;
    await fetchSiblings(ref, dest, o, budget);
    return dest;
  }
  if (size === undefined) await rm(dest, { force: true, recursive: true }); // a link or folder in its place
  // A changed cache entry is replaced by the rename (atomically, so nobody sees half a file).
  await downloadFile(ref, req.url, req.accept, dest, o, budget, sha256, req.name);
  try {
    await sniff(dest);
  } catch (err) {
    // An LFS pointer or an HTML page served as the file: name the URL, keep the cause.
    await rm(dest, { force: true });
    if (err instanceof InputError) throw new InputError(ref, err.kind, err.detail, err.hint);
    throw err;
  }
  await fetchSiblings(ref, dest, o, budget);
  return dest;
}

/** Most files one index may bring along (a 4 GB TF.js model in 4 MB shards has ~1000). */
const MAX_SIBLINGS = 10_000;

function siblingNames(json: unknown): string[] {
  // Only names that are strings: the readers refuse any other shard name (and `String()` of a
  // hostile `{"toString": 1}` would throw).
  const names = new Set<string>();
  const add = (p: unknown) => { if (typeof p === 'string') names.add(p); };
  for (const g of objectsIn(arrayAt(json, 'weightsManifest'))) for (const p of arrayAt(g, 'paths') ?? []) add(p);
  for (const v of Object.values(objectAt(json, 'weight_map') ?? {})) for (const p of Array.isArray(v) ? (v as readonly unknown[]) : [v]) add(p);
  return [...names];
}

/**
 * TF.js shards and Keras 3 weight shards live next to their JSON index: fetch them into the same
 * folder, streamed, each counted against the model's budget (already charged with the index).
 */
async function fetchSiblings(ref: string, local: string, o: RemoteOptions, budget: Budget): Promise<void> {
  if (!local.endsWith('.json')) return;
  const size = await cachedSize(local);
  if (size === undefined || size > DEFAULT_LIMITS.maxJsonBytes) return; // the JSON reader reports it
  let json: unknown;
  try {
    json = JSON.parse(await readFile(local, 'utf8'));
  } catch {
    return;
  }
  const names = siblingNames(json);
  if (names.length > MAX_SIBLINGS) {
    throw new InputError(ref, 'limit', `the index names ${names.length} shards, over the ${MAX_SIBLINGS} fetched for one model`, 'Re-save the model with larger shards.');
  }
  const folder = path.dirname(local);
  for (const name of names) {
    const clean = name.replace(/^\.\//, '');
    const unsafe = !clean || clean.startsWith('/') || /^[a-z][\w+.-]*:/i.test(clean) || clean.includes('\\') || clean.split('/').some((s) => segmentProblem(s) !== undefined) || /[?#]/.test(clean);
    const dest = path.join(folder, clean);
    if (unsafe || !strictlyInside(folder, dest)) {
      throw new InputError(ref, 'unsafe-path', `the index names a shard outside its folder: ${quoteName(name)}`, 'Shards must sit next to the index file.');
    }
    const siblingRef = siblingOf(ref, clean);
    const have = await cachedSize(dest);
    if (have !== undefined) {
      if (budget.used + have > budget.max) {
        throw new InputError(siblingRef, 'limit', `the file is ${have} bytes, over the ${budget.max}-byte download limit (remote.max_bytes counts all files of a model together: ${budget.used} bytes came before this one)`, 'Raise remote.max_bytes if this model really is that large.');
      }
      budget.used += have;
      continue;
    }
    const req = await resolveRequest(siblingRef, o);
    await mkdir(path.dirname(dest), { recursive: true });
    await downloadFile(siblingRef, req.url, req.accept, dest, o, budget, undefined, clean);
  }
}

function siblingOf(ref: string, name: string): string {
  const gh = GH.exec(ref) ?? GH_RELEASE.exec(ref);
  if (gh) return ref.replace(/[^/]+$/, name);
  return new URL(name, ref).toString();
}
