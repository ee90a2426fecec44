// `weightgate check`: every (definition, weights) pair of the config, a few at a time. One unreadable
// or failing model never stops the others: it becomes a result with status `error` and its cause.
import path from 'node:path';
import type { ModelJob } from '../config/expand.js';
import { isRemote } from '../config/expand.js';
import type { WeightgateConfig } from '../config/load.js';
import { diff, type DiffOptions } from '../diff/index.js';
import { openPair } from '../formats/open.js';
import { InputError } from '../sources/errors.js';
import { parseLimitOption, type Limits } from '../sources/limits.js';
import { fetchArtifact, remoteDefaults, type RemoteOptions } from '../sources/remote.js';
import { layerGraph } from './graph.js';
import { makeReport, type CheckReport, type ModelResult, type SmokeResult } from './report.js';
import { smokePair } from './smoke.js';

export interface CheckRunOptions {
  shard?: { index: number; total: number };
  /** Overrides the config's concurrency. */
  concurrency?: number;
  /** Token for private GitHub artifacts (never needed for local files). */
  token?: string;
  env?: NodeJS.ProcessEnv;
  onResult?: (r: ModelResult, done: number, total: number) => void;
  onProgress?: (text: string) => void;
  /** Reading-limit overrides from the command line; the config's `limits` apply first. */
  limits?: Partial<Limits>;
  /** Run the TF.js smoke inference after each diff (default true; a model's `smoke.skip` still wins). */
  smoke?: boolean;
  version?: string;
}

/** At most `limit` tasks in flight; results keep the input order. */
export async function pool<T, R>(items: readonly T[], limit: number, task: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export function diffOptionsOf(job: ModelJob): DiffOptions {
  const o = job.options;
  return {
    ...(o.loader !== 'auto' ? { loader: o.loader } : {}),
    ...(o.runtime ? { runtime: o.runtime } : {}),
    skipMismatch: o.skipMismatch,
    allowMissing: o.allow.missing,
    allowUnexpected: o.allow.unexpected,
    allowMismatch: o.allow.mismatch,
  };
}

function remoteOptions(config: WeightgateConfig, opts: CheckRunOptions): RemoteOptions {
  const base = remoteDefaults(path.resolve(config.dir, config.cache), opts.env ?? process.env);
  return {
    ...base,
    maxBytes: config.remote.max_bytes,
    timeoutMs: config.remote.timeout_seconds * 1000,
    retries: config.remote.retries,
    allowHttp: config.remote.allow_http,
    allowHosts: config.remote.allow_hosts,
    token: opts.token ?? base.token,
    progress: opts.onProgress,
  };
}

async function smokeFor(job: ModelJob, pair: Awaited<ReturnType<typeof openPair>>, report: NonNullable<ModelResult['diff']>, opts: CheckRunOptions): Promise<SmokeResult | undefined> {
  if (opts.smoke === false) return undefined;
  const s = job.options.smoke;
  if (s.skip) return { status: 'skipped', engine: 'none', engineReason: 'not started', reason: 'smoke.skip is set in the config', outputs: [], seconds: 0, notes: [] };
  return smokePair(pair.def.definition!, pair.weights.artifact!, report, {
    engine: job.options.engine, input: s.input, expected: s.expected, atol: s.atol, rtol: s.rtol, seed: s.seed, dimDefault: s.dim_default,
    baseDir: path.dirname(job.origin.replace(/:\d+:\d+$/, '')),
  });
}

async function checkOne(job: ModelJob, remote: RemoteOptions, opts: CheckRunOptions): Promise<ModelResult> {
  const started = performance.now();
  const base = { id: job.id, definition: job.definition, ...(job.weights ? { weights: job.weights } : {}), origin: job.origin };
  try {
    const weights = job.weights && isRemote(job.weights) ? await fetchArtifact(job.weights, remote, job.sha256) : job.weights;
    const pair = await openPair(job.definition, weights, { limits: opts.limits });
    try {
      const report = diff(pair.def.definition!, pair.weights.artifact!, diffOptionsOf(job));
      const smoke = await smokeFor(job, pair, report, opts);
      return { ...base, status: report.verdict, diff: report, ...(smoke ? { smoke } : {}), graph: layerGraph(pair.def.definition!), seconds: (performance.now() - started) / 1000 };
    } finally {
      await pair.close();
    }
  } catch (err) {
    const error = err instanceof InputError ? err.message : `weightgate failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`;
    return { ...base, status: 'error', error, seconds: (performance.now() - started) / 1000 };
  }
}

/** The config's `limits: { timeoutMs: 90s, … }`, with the same value syntax as `--limit`. */
export function configLimits(config: WeightgateConfig): Partial<Limits> {
  return Object.assign({}, ...Object.entries(config.limits).map(([k, v]) => {
    try {
      return parseLimitOption(`${k}=${String(v)}`);
    } catch (err) {
      throw new InputError(config.file, 'bad-config', `limits.${k}: ${(err as Error).message}`, 'See the README for the limit names and value syntax.');
    }
  }));
}

export async function runCheck(config: WeightgateConfig, jobs: ModelJob[], opts: CheckRunOptions = {}): Promise<CheckReport> {
  const started = performance.now();
  opts = { ...opts, limits: { ...configLimits(config), ...opts.limits } };
  const remote = remoteOptions(config, opts);
  let done = 0;
  const models = await pool(jobs, opts.concurrency ?? config.concurrency, async (job) => {
    const r = await checkOne(job, remote, opts);
    opts.onResult?.(r, ++done, jobs.length);
    return r;
  });
  return makeReport({
    schemaVersion: 1,
    tool: { name: 'weightgate', version: opts.version ?? '0.1.0' },
    config: path.relative(process.cwd(), config.file) || config.file,
    ...(opts.shard && opts.shard.total > 1 ? { shards: { indices: [opts.shard.index], total: opts.shard.total } } : {}),
    models,
    seconds: (performance.now() - started) / 1000,
  });
}
