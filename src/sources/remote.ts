// Remote artifacts: https:// URLs, private repository files (gh://owner/repo@ref/path) and release
// assets (gh-release://owner/repo@tag/asset). Downloaded once into a cache folder, with a size limit,
// a timeout, retries and an optional SHA-256. The token goes only to GitHub's API and web hosts, never
// across a redirect to anyone else (release assets redirect to a storage host that needs no token).
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './errors.js';
import { sniff } from './sniff.js';

export interface RemoteOptions {
  cacheDir: string;
  maxBytes: number;
  timeoutMs: number;
  retries: number;
  /** Hosts that may be reached over plain http (a test server on 127.0.0.1). */
  allowHttp: string[];
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
    cacheDir, maxBytes: 4 * 2 ** 30, timeoutMs: 300_000, retries: 2, allowHttp: [],
    token: env.WEIGHTGATE_TOKEN || env.GITHUB_TOKEN || undefined,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
  };
}

/** Hosts that are GitHub's own: the only ones that ever see the token. */
export function githubHosts(o: Pick<RemoteOptions, 'apiUrl' | 'serverUrl'>): Set<string> {
  const hosts = new Set(['github.com', 'api.github.com', 'raw.githubusercontent.com']);
  for (const u of [o.apiUrl, o.serverUrl]) {
    try {
      hosts.add(new URL(u).host);
    } catch {
      // a malformed env value adds nothing
    }
  }
  return hosts;
}

interface Request {
  url: string;
  accept?: string;
  /** Name for the cached file and messages. */
  name: string;
}

const GH = /^gh:\/\/([^/]+)\/([^/@]+)@([^/]+)\/(.+)$/i;
const GH_RELEASE = /^gh-release:\/\/([^/]+)\/([^/@]+)@([^/]+)\/(.+)$/i;

function api(o: RemoteOptions, p: string): string {
  return `${o.apiUrl.replace(/\/$/, '')}${p}`;
}

/** Turn a config reference into the HTTP request that fetches its bytes. */
async function resolveRequest(ref: string, o: RemoteOptions): Promise<Request> {
  const gh = GH.exec(ref);
  if (gh) {
    const [, owner, repo, refName, file] = gh;
    return { url: api(o, `/repos/${owner}/${repo}/contents/${file.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(refName)}`), accept: 'application/vnd.github.raw', name: path.posix.basename(file) };
  }
  const rel = GH_RELEASE.exec(ref);
  if (rel) {
    const [, owner, repo, tag, asset] = rel;
    const meta = await fetchJson(api(o, `/repos/${owner}/${repo}/releases/tags/${encodeURIComponent(tag)}`), ref, o);
    const found = (meta.assets ?? []).find((a: { name: string }) => a.name === asset);
    if (!found) {
      const names = (meta.assets ?? []).map((a: { name: string }) => a.name).slice(0, 10).join(', ');
      throw new InputError(ref, 'not-found', `release ${tag} of ${owner}/${repo} has no asset named '${asset}' (it has: ${names || 'none'})`, 'Check the asset name in the release.');
    }
    return { url: api(o, `/repos/${owner}/${repo}/releases/assets/${found.id}`), accept: 'application/octet-stream', name: asset };
  }
  const u = new URL(ref);
  return { url: ref, name: path.posix.basename(u.pathname) || 'download' };
}

function checkScheme(url: string, ref: string, o: RemoteOptions): URL {
  const u = new URL(url);
  if (u.protocol === 'https:') return u;
  if (u.protocol === 'http:' && o.allowHttp.includes(u.hostname)) return u;
  throw new InputError(ref, 'unsafe-path', `refusing to download over ${u.protocol.replace(':', '')} from ${u.host}`, 'Use an https:// URL (plain http is allowed only for hosts listed in remote.allow_http).');
}

function headers(url: URL, o: RemoteOptions, accept?: string): Record<string, string> {
  const h: Record<string, string> = { 'user-agent': 'weightgate' };
  if (accept) h.accept = accept;
  if (o.token && githubHosts(o).has(url.host)) h.authorization = `Bearer ${o.token}`;
  return h;
}

/** fetch with manual redirects, so the token is dropped the moment a redirect leaves GitHub. */
async function get(url: string, ref: string, o: RemoteOptions, accept?: string): Promise<Response> {
  let current = url;
  for (let hop = 0; hop < 6; hop++) {
    const u = checkScheme(current, ref, o);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), o.timeoutMs);
    let res: Response;
    try {
      res = await fetch(u, { headers: headers(u, o, accept), redirect: 'manual', signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      current = new URL(res.headers.get('location')!, u).toString();
      await res.body?.cancel();
      continue;
    }
    return res;
  }
  throw new InputError(ref, 'not-found', 'too many redirects');
}

async function fetchJson(url: string, ref: string, o: RemoteOptions): Promise<any> {
  const res = await withRetries(ref, o, () => get(url, ref, o, 'application/vnd.github+json'));
  return res.json();
}

class Retryable extends Error {}

function statusError(res: Response, ref: string, o: RemoteOptions): Error {
  const where = new URL(res.url || ref, 'https://x').host;
  if (res.status === 404) return new InputError(ref, 'not-found', `the server says 404 Not Found`, 'Check the URL (a private repository also answers 404 without a token).');
  if (res.status === 401 || res.status === 403) {
    return new InputError(ref, 'not-found', `the server refused access (${res.status})`,
      o.token ? 'The token lacks access to this repository or asset.' : `Set GITHUB_TOKEN (or the action's github-token) for private GitHub files; the token is only ever sent to ${[...githubHosts(o)].join(', ')}.`);
  }
  if (res.status >= 500 || res.status === 429) return new Retryable(`${where} answered ${res.status}`);
  return new InputError(ref, 'not-found', `the server answered ${res.status}`);
}

async function withRetries(ref: string, o: RemoteOptions, attempt: () => Promise<Response>): Promise<Response> {
  let last = '';
  for (let i = 0; i <= o.retries; i++) {
    try {
      const res = await attempt();
      if (res.ok) return res;
      const err = statusError(res, ref, o);
      await res.body?.cancel();
      throw err;
    } catch (err) {
      if (err instanceof InputError) throw err;
      last = err instanceof Error ? (err.name === 'AbortError' ? `timed out after ${o.timeoutMs / 1000} s` : err.message) : String(err);
      if (i < o.retries) await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** i, 4000)));
    }
  }
  throw new InputError(ref, 'not-found', `download failed after ${o.retries + 1} attempt(s): ${last}`, 'Check the network and the URL, or raise remote.timeout_seconds / remote.retries.');
}

function cachePathFor(ref: string, name: string, o: RemoteOptions): string {
  const key = createHash('sha256').update(ref).digest('hex').slice(0, 16);
  return path.join(o.cacheDir, key, name.replace(/[^\w.-]/g, '_') || 'download');
}

async function sha256File(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

async function exists(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Download `ref` (once) and return the local path; verify `sha256` when given. */
export async function fetchArtifact(ref: string, o: RemoteOptions, sha256?: string): Promise<string> {
  const req = await resolveRequest(ref, o);
  const dest = cachePathFor(ref, req.name, o);
  if (await exists(dest)) {
    if (!sha256 || (await sha256File(dest)) === sha256.toLowerCase()) return dest;
    await rm(dest, { force: true });
  }
  await mkdir(path.dirname(dest), { recursive: true });
  const res = await withRetries(ref, o, () => get(req.url, ref, o, req.accept));
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > o.maxBytes) {
    await res.body?.cancel();
    throw new InputError(ref, 'limit', `the file is ${declared} bytes, over the ${o.maxBytes}-byte download limit`, 'Raise remote.max_bytes if this model really is that large.');
  }
  const tmp = `${dest}.part`;
  const hash = createHash('sha256');
  let bytes = 0;
  const out = createWriteStream(tmp);
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      if (bytes > o.maxBytes) throw new InputError(ref, 'limit', `the download passed the ${o.maxBytes}-byte limit`, 'Raise remote.max_bytes if this model really is that large.');
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      o.progress?.(`downloading ${req.name} ${(bytes / 2 ** 20).toFixed(1)}${Number.isFinite(declared) ? `/${(declared / 2 ** 20).toFixed(1)}` : ''} MiB`);
    }
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  } catch (err) {
    out.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
  const digest = hash.digest('hex');
  if (sha256 && digest !== sha256.toLowerCase()) {
    await rm(tmp, { force: true });
    throw new InputError(ref, 'corrupt', `SHA-256 mismatch: expected ${sha256.toLowerCase()}, downloaded ${digest}`, 'The file changed upstream or the download was tampered with; update sha256 only if the new file is the one you want.');
  }
  await rename(tmp, dest);
  try {
    await sniff(dest);
  } catch (err) {
    // An LFS pointer or an HTML page served as the file: name the URL, keep the cause.
    await rm(dest, { force: true });
    if (err instanceof InputError) throw new InputError(ref, err.kind, err.detail, err.hint);
    throw err;
  }
  await fetchSiblings(ref, dest, o);
  return dest;
}

/** TF.js shards and Keras 3 weight shards live next to their JSON index: fetch them into the same folder. */
async function fetchSiblings(ref: string, local: string, o: RemoteOptions): Promise<void> {
  if (!local.endsWith('.json')) return;
  let json: any;
  try {
    json = JSON.parse(await readFile(local, 'utf8'));
  } catch {
    return;
  }
  const names = new Set<string>();
  if (Array.isArray(json?.weightsManifest)) for (const g of json.weightsManifest) for (const p of g?.paths ?? []) names.add(String(p));
  if (json?.weight_map && typeof json.weight_map === 'object') for (const v of Object.values(json.weight_map)) for (const p of Array.isArray(v) ? v : [v]) names.add(String(p));
  for (const name of names) {
    const clean = name.replace(/^\.\//, '');
    if (!clean || clean.includes('..') || clean.startsWith('/') || /^[a-z]+:/i.test(clean) || clean.includes('\\')) {
      throw new InputError(ref, 'unsafe-path', `the index names a shard outside its folder: '${name.slice(0, 80)}'`, 'Shards must sit next to the index file.');
    }
    const siblingRef = siblingOf(ref, clean);
    const req = await resolveRequest(siblingRef, o);
    const dest = path.join(path.dirname(local), clean);
    if (await exists(dest)) continue;
    await mkdir(path.dirname(dest), { recursive: true });
    const res = await withRetries(siblingRef, o, () => get(req.url, siblingRef, o, req.accept));
    const buf = Buffer.from(await res.arrayBuffer());
    if (buf.length > o.maxBytes) throw new InputError(siblingRef, 'limit', `the shard is over the ${o.maxBytes}-byte download limit`);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(dest, buf);
  }
}

function siblingOf(ref: string, name: string): string {
  const gh = GH.exec(ref) ?? GH_RELEASE.exec(ref);
  if (gh) return ref.replace(/[^/]+$/, name);
  return new URL(name, ref).toString();
}
