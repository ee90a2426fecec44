// The one home of what remote downloads default to when weightgate.yml's `remote:` and the
// environment say nothing. remote.ts and download.ts read these, and so does the config loader
// (src/config/load.ts) when it fills in an absent `remote:` key.

export const REMOTE_DEFAULTS = Object.freeze({
  /** Largest download accepted for one model, its shards included (remote.max_bytes): 4 GiB. */
  maxBytes: 4 * 2 ** 30,
  /** Deadline of one attempt, headers and whole body (remote.timeout_seconds): 300 s. */
  timeoutMs: 300_000,
  /** Longest wait for the next chunk, never above timeoutMs. */
  idleTimeoutMs: 60_000,
  /** Attempts after the first (remote.retries). */
  retries: 2,
  /** GitHub's REST API and web bases when GITHUB_API_URL / GITHUB_SERVER_URL are unset. */
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  /** Hosts that are GitHub's own, whatever the environment names: the only ones that ever see the token. */
  githubHosts: Object.freeze(['github.com', 'api.github.com', 'raw.githubusercontent.com']),
});
