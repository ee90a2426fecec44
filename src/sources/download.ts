// One HTTP(S) download, the way src/sources/remote.ts needs it against hostile servers and URLs:
// - every target (the first URL and each redirect) must be https (or http for hosts in allow_http) and
//   may not reach loopback, private or link-local addresses unless its host is allowed by name
//   (src/sources/address-guard.ts; the address checked is the address dialled);
// - the token goes only to GitHub's own hosts, never across a redirect to anyone else;
// - `Accept-Encoding: identity` is sent and any other Content-Encoding refused (never decoded: a 3 MB
//   gzip body can inflate to gigabytes);
// - each attempt has a total deadline (remote.timeout_seconds: headers and the whole body) and an idle
//   limit between chunks;
// - the body streams to a temporary file of its own (pid + random suffix), hashed on the way, counted
//   against a byte budget shared by all files of one model, checked against Content-Length (a body cut
//   short is a transient failure, retried), and renamed into place atomically.
import { plural } from '../text/grammar.js';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AddressRefused, forbiddenRange, guardedLookup } from './address-guard.js';
import { InputError, quoteName, type InputErrorCause } from './errors.js';
import { REMOTE_DEFAULTS } from './remote-defaults.js';
import type { RemoteOptions } from './remote.js';

/** A failure worth another attempt (a 5xx, a timeout, a connection closed early); `kind` names it if it is the last. */
export class Transient extends Error {
  constructor(message: string, readonly kind: InputErrorCause = 'not-found') {
    super(message);
  }
}

/** Bytes accepted for one model: its main file and every file it brings along (TF.js shards) together. */
export interface Budget {
  used: number;
  readonly max: number;
}

const MAX_REDIRECTS = 5;
/** Largest GitHub API answer read (release metadata is a few KB; 8 MiB holds a release with thousands of assets). */
const MAX_API_JSON_BYTES = 8 * 2 ** 20;

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

export function idleLimitMs(o: RemoteOptions): number {
  return Math.min(o.idleTimeoutMs ?? REMOTE_DEFAULTS.idleTimeoutMs, o.timeoutMs);
}

/** Hosts that are GitHub's own: the only ones that ever see the token. */
export function githubHosts(o: Pick<RemoteOptions, 'apiUrl' | 'serverUrl'>): Set<string> {
  const hosts = new Set<string>(REMOTE_DEFAULTS.githubHosts);
  for (const u of configuredHosts(o)) hosts.add(u);
  return hosts;
}

/** The hosts of the API and web bases the runner's environment names (a GitHub Enterprise Server may be on a private network). */
function configuredHosts(o: Pick<RemoteOptions, 'apiUrl' | 'serverUrl'>): string[] {
  const out: string[] = [];
  for (const u of [o.apiUrl, o.serverUrl]) {
    try {
      out.push(new URL(u).host);
    } catch {
      // a malformed env value adds nothing
    }
  }
  return out;
}

/** How a URL is named in a message: its host, or the whole (quoted) URL when it has none. */
function label(u: URL): string {
  return u.host || quoteName(u.href, 100);
}

const GUARD_HINT = 'Downloads may not reach loopback, private or link-local addresses (the runner\'s own services, cloud metadata). ' +
  'If this host is yours, allow it by name in remote.allow_hosts.';

/** Whether the address guard is waived for `u`: its host is listed by name in allow_hosts, or is the API/web host of the runner's environment. */
function allowedByName(u: URL, o: RemoteOptions): boolean {
  const name = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (o.allowHosts ?? []).some((h) => h.toLowerCase() === name) || configuredHosts(o).includes(u.host);
}

function refusal(ref: string, u: URL, from: URL | undefined, why: string, hint: string): InputError {
  const what = from ? `refusing a redirect from ${label(from)} to ${label(u)}` : `refusing to download from ${label(u)}`;
  return new InputError(ref, 'unsafe-path', `${what}: ${why}`, hint);
}

/** Scheme and IP-literal checks for one target, before any connection. */
function checkTarget(ref: string, u: URL, from: URL | undefined, o: RemoteOptions): void {
  const scheme = u.protocol.replace(/:$/, '');
  if (!u.host || (u.protocol !== 'https:' && u.protocol !== 'http:')) {
    throw refusal(ref, u, from, `only https:// is fetched${u.host ? '' : ' (and this URL has no host)'}`, 'Use an https:// URL (plain http is allowed only for hosts listed in remote.allow_http).');
  }
  if (u.protocol === 'http:' && !o.allowHttp.includes(u.hostname)) {
    throw new InputError(ref, 'unsafe-path', `refusing to download over ${scheme} from ${label(u)}${from ? ` (a redirect from ${label(from)})` : ''}`,
      'Use an https:// URL (plain http is allowed only for hosts listed in remote.allow_http).');
  }
  if (allowedByName(u, o)) return;
  const literal = u.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(literal)) {
    const why = forbiddenRange(literal);
    if (why) throw refusal(ref, u, from, new AddressRefused(literal, literal, why).message, GUARD_HINT);
  }
}

function headers(u: URL, o: RemoteOptions, accept?: string): Record<string, string> {
  const h: Record<string, string> = { 'user-agent': 'weightgate', 'accept-encoding': 'identity' };
  if (accept) h.accept = accept;
  if (o.token && githubHosts(o).has(u.host)) h.authorization = `Bearer ${o.token}`;
  return h;
}

/**
 * The clock of one attempt: a total deadline from the first byte sent to the last received, and an
 * idle limit reset by every chunk. Either one ends the current request with a message naming both.
 */
class Deadline {
  reason?: string;
  private readonly total: NodeJS.Timeout;
  private idle?: NodeJS.Timeout;
  private current?: ClientRequest;
  private readonly idleMs: number;

  constructor(private readonly o: RemoteOptions) {
    this.idleMs = idleLimitMs(o);
    this.total = setTimeout(() => this.fire(`timed out after ${seconds(o.timeoutMs)} (remote.timeout_seconds bounds each attempt's whole transfer, headers and body; idle limit ${seconds(this.idleMs)})`), o.timeoutMs);
    this.touch();
  }

  bind(req: ClientRequest): void {
    this.current = req;
  }

  /** Data arrived: the idle clock starts over. */
  touch(): void {
    if (this.idleMs >= this.o.timeoutMs) return; // the total deadline comes first anyway
    if (this.idle) return void this.idle.refresh();
    this.idle = setTimeout(() => this.fire(`no data for ${seconds(this.idleMs)} (idle limit ${seconds(this.idleMs)} between chunks; each attempt's whole transfer is also limited to remote.timeout_seconds = ${seconds(this.o.timeoutMs)})`), this.idleMs);
  }

  private fire(reason: string): void {
    this.reason ??= reason;
    this.current?.destroy(new Transient(reason));
  }

  done(): void {
    clearTimeout(this.total);
    if (this.idle) clearTimeout(this.idle);
  }
}

function requestOnce(u: URL, o: RemoteOptions, accept: string | undefined, deadline: Deadline): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.request(u, {
      method: 'GET',
      headers: headers(u, o, accept),
      agent: false,
      ...(allowedByName(u, o) ? {} : { lookup: guardedLookup() }),
    }, resolve);
    deadline.bind(req);
    // Stays attached for the whole transfer: a late socket error must never go unhandled.
    req.on('error', reject);
    req.end();
  });
}

function statusError(res: IncomingMessage, u: URL, ref: string, o: RemoteOptions): Error {
  const status = res.statusCode ?? 0;
  if (status === 404) return new InputError(ref, 'not-found', 'the server says 404 Not Found', 'Check the URL (a private repository also answers 404 without a token).');
  if (status === 401 || status === 403) {
    return new InputError(ref, 'not-found', `the server refused access (${status})`,
      o.token ? 'The token lacks access to this repository or asset.' : `Set GITHUB_TOKEN (or the action's github-token) for private GitHub files; the token is only ever sent to ${[...githubHosts(o)].join(', ')}.`);
  }
  if (status >= 500 || status === 429) return new Transient(`${label(u)} answered ${status}`);
  return new InputError(ref, 'not-found', `the server answered ${status}`);
}

/**
 * GET `url`, following redirects (each one checked like the first URL), up to a 2xx response in
 * identity encoding. The response's body is the caller's to read (or destroy).
 */
async function open(ref: string, url: string, o: RemoteOptions, accept: string | undefined, deadline: Deadline): Promise<{ res: IncomingMessage; url: URL }> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new InputError(ref, 'bad-config', `${quoteName(url, 100)} is not a valid URL`, 'Write an https:// URL, gh://owner/repo@ref/path or gh-release://owner/repo@tag/asset.');
  }
  let from: URL | undefined;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    checkTarget(ref, current, from, o);
    let res: IncomingMessage;
    try {
      res = await requestOnce(current, o, accept, deadline);
    } catch (err) {
      if (err instanceof AddressRefused) throw refusal(ref, current, from, err.message, GUARD_HINT);
      throw err;
    }
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.destroy();
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new InputError(ref, 'unsafe-path', `refusing a redirect from ${label(current)} to ${quoteName(location, 100)}: not a valid URL`, 'The server sent a broken redirect; check the URL.');
      }
      from = current;
      current = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw statusError(res, current, ref, o);
    }
    const encoding = res.headers['content-encoding'];
    if (encoding && encoding.trim().toLowerCase() !== 'identity') {
      res.destroy();
      throw new InputError(ref, 'unsupported-format', `${label(current)} sent the file with Content-Encoding: ${quoteName(encoding, 40).slice(1, -1)}, though weightgate asked for none (Accept-Encoding: identity); it is refused, not decoded`,
        'Serve the file as stored, without Content-Encoding (a small compressed body can expand to gigabytes).');
    }
    return { res, url: current };
  }
  throw new InputError(ref, 'not-found', `more than ${MAX_REDIRECTS} redirects`, 'Point at the file\'s final URL.');
}

/** Try `attempt` once plus `o.retries` times while it fails transiently; the last failure becomes an InputError naming `ref`. */
export async function withRetries<T>(ref: string, o: RemoteOptions, attempt: () => Promise<T>): Promise<T> {
  let last = '';
  let kind: InputErrorCause = 'not-found';
  for (let i = 0; i <= o.retries; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (err instanceof InputError) throw err;
      last = err instanceof Error ? err.message : String(err);
      kind = err instanceof Transient ? err.kind : 'not-found';
      if (i < o.retries) await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** i, 4000)));
    }
  }
  throw new InputError(ref, kind, `download failed after ${plural(o.retries + 1, 'attempt')}: ${last}`,
    kind === 'truncated' ? 'The server closed the connection before the end of the file; check the server, or raise remote.retries.'
      : 'Check the network and the URL, or raise remote.timeout_seconds / remote.retries.');
}

/** Why a response body stopped: the deadline's reason, a connection closed early, or the error itself. */
function bodyFailure(err: unknown, deadline: Deadline, bytes: number, declared: number): unknown {
  if (err instanceof InputError) return err;
  if (deadline.reason) return new Transient(deadline.reason);
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || (err instanceof Error && err.message === 'aborted')) {
    return new Transient(`the server closed the connection after ${bytes}${Number.isFinite(declared) ? ` of ${declared}` : ''} bytes`, 'truncated');
  }
  return err;
}

function overBudget(ref: string, budget: Budget, found: string): InputError {
  const shared = budget.used > 0 ? ` (remote.max_bytes counts all files of a model together: ${budget.used} bytes came before this one)` : '';
  return new InputError(ref, 'limit', `${found}, over the ${budget.max}-byte download limit${shared}`, 'Raise remote.max_bytes if this model really is that large.');
}

export interface Downloaded {
  bytes: number;
  sha256: string;
}

/**
 * Download `url` into `dest` (atomically: a temporary file of this call's own, then a rename), within
 * `budget` (which it then charges), retried on transient failures. With `expectSha256`, a mismatch
 * leaves nothing behind and is an InputError naming `ref`.
 */
export async function downloadFile(ref: string, url: string, accept: string | undefined, dest: string, o: RemoteOptions, budget: Budget, expectSha256?: string, name = ref): Promise<Downloaded> {
  const got = await withRetries(ref, o, async () => {
    const deadline = new Deadline(o);
    const tmp = `${dest}.${process.pid}-${randomBytes(6).toString('hex')}.part`;
    let bytes = 0;
    let declared = NaN;
    let out: ReturnType<typeof createWriteStream> | undefined;
    try {
      const { res } = await open(ref, url, o, accept, deadline);
      declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > budget.max - budget.used) {
        res.destroy();
        throw overBudget(ref, budget, `the file is ${declared} bytes`);
      }
      const hash = createHash('sha256');
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done: TransformCallback) {
          deadline.touch();
          bytes += chunk.length;
          if (budget.used + bytes > budget.max) {
            return done(budget.used > 0 ? overBudget(ref, budget, `the download passed ${budget.max - budget.used} bytes`)
              : new InputError(ref, 'limit', `the download passed the ${budget.max}-byte limit`, 'Raise remote.max_bytes if this model really is that large.'));
          }
          hash.update(chunk);
          o.progress?.(`downloading ${name} ${(bytes / 2 ** 20).toFixed(1)}${Number.isFinite(declared) ? `/${(declared / 2 ** 20).toFixed(1)}` : ''} MiB`);
          done(null, chunk);
        },
      });
      out = createWriteStream(tmp, { flags: 'wx' });
      await pipeline(res, meter, out);
      if (Number.isFinite(declared) && bytes !== declared) {
        throw new Transient(`the server closed the connection after ${bytes} of ${declared} bytes`, 'truncated');
      }
      const sha256 = hash.digest('hex');
      if (expectSha256 && sha256 !== expectSha256.toLowerCase()) {
        throw new InputError(ref, 'corrupt', `SHA-256 mismatch: expected ${expectSha256.toLowerCase()}, downloaded ${sha256}`,
          'The file changed upstream or the download was tampered with; update sha256 only if the new file is the one you want.');
      }
      await rename(tmp, dest);
      return { bytes, sha256 };
    } catch (err) {
      // A failed pipeline destroys the file stream, whose open may still be pending: removing the file
      // before the stream has closed would let the open create it again afterwards.
      const stream = out;
      if (stream && !stream.closed) await new Promise<void>((resolve) => stream.once('close', () => resolve()));
      await rm(tmp, { force: true });
      throw bodyFailure(err, deadline, bytes, declared);
    } finally {
      deadline.done();
    }
  });
  budget.used += got.bytes;
  return got;
}

/** GET a small JSON document (GitHub's API), bounded in size and time; the parsed value is unknown until checked. */
export async function fetchJson(ref: string, url: string, o: RemoteOptions): Promise<unknown> {
  return withRetries(ref, o, async () => {
    const deadline = new Deadline(o);
    let bytes = 0;
    try {
      const { res } = await open(ref, url, o, 'application/vnd.github+json', deadline);
      const parts: Buffer[] = [];
      for await (const chunk of res as AsyncIterable<Buffer>) {
        deadline.touch();
        bytes += chunk.length;
        if (bytes > MAX_API_JSON_BYTES) {
          res.destroy();
          throw new InputError(ref, 'limit', `the API answer passed ${MAX_API_JSON_BYTES} bytes`, 'Check the API URL (GITHUB_API_URL).');
        }
        parts.push(chunk);
      }
      try {
        return JSON.parse(Buffer.concat(parts).toString('utf8')) as unknown;
      } catch {
        throw new InputError(ref, 'corrupt', 'the API answer is not JSON', 'Check the API URL (GITHUB_API_URL).');
      }
    } catch (err) {
      throw bodyFailure(err, deadline, bytes, NaN);
    } finally {
      deadline.done();
    }
  });
}
