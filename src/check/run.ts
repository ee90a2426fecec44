// `weightgate check`: every (definition, weights) pair of the config, a few at a time. One unreadable
// or failing model never stops the others: it becomes a result with status `error` and its cause.
import { WEIGHTGATE_VERSION } from '../text/weightgate-version.js';
import { sha256File } from '../sources/file-hash.js';
import { obsoleteSnapshots, removeSnapshot } from './snapshot-store.js';
import { smokeWithSnapshot, type SnapshotResult } from './snapshots.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ModelJob } from '../config/expand.js';
import { isRemote } from '../config/remote-ref.js';
import type { WeightgateConfig } from '../config/load.js';
import { addFindings, diff, type DiffOptions, type DiffReport } from '../diff/index.js';
import type { ArtifactModel, DefinitionModel } from '../model/types.js';
import { setHdf5Parallelism } from '../formats/hdf5-host.js';
import { setSmokeParallelism } from '../engine/smoke-host.js';
import { openPair } from '../formats/open.js';
import { InputError, quoteName } from '../sources/errors.js';
import { DEFAULT_LIMITS, formatLimit, parseLimitOption, type Limits } from '../sources/limits.js';
import { fetchArtifact, remoteDefaults, type RemoteOptions } from '../sources/remote.js';
import { layerGraph } from './graph.js';
import { makeReport, reportKeyOf, type CheckReport, type ModelResult, type SmokeResult } from './report.js';
import type { SmokeValues } from '../engine/index.js';
import { prewarmSmokeEngine } from './prewarm-smoke.js';

export interface CheckRunOptions {
  shard?: { index: number; total: number };
  /** Overrides the config's concurrency. */
  concurrency?: number;
  /** Token for private GitHub artifacts (never needed for local files). */
  token?: string;
  env?: NodeJS.ProcessEnv;
  onResult?: (r: ModelResult, done: number, total: number) => void;
  onProgress?: (text: string) => void;
  /** A model in flight starts a phase (the CLI's status line shows the slow one). */
  onPhase?: (id: string, phase: 'downloading' | 'reading' | 'diffing' | 'smoke') => void;
  /** Reading-limit overrides from the command line; the config's `limits` apply first. */
  limits?: Partial<Limits>;
  /**
   * Whether the config's `limits` may raise a limit above its default (or turn it off). Default false:
   * in the Action the config comes from the pull request, so only the workflow (`allow-config-limits`)
   * may allow it; the CLI passes true (a local config is the user's own). Lowering is always applied.
   */
  allowConfigLimits?: boolean;
  /** Run the TF.js smoke inference after each diff (default true; a model's `smoke.skip` still wins). */
  smoke?: boolean;
  /** What expanding the config noticed (entries that overlap), carried into the report's notes. */
  expansionNotes?: string[];
  /** `check -u`: record each model's output snapshot instead of comparing with it, and remove obsolete ones. */
  updateSnapshots?: boolean;
  /** Given each model's smoke inputs and outputs (the base comparison compares them across commits). */
  onValues?: (id: string, values: SmokeValues) => void;
  /** The clock written into snapshot provenance (tests fix it). */
  now?: () => Date;
  version?: string;
}

/** At most `limit` tasks in flight; results keep the input order. */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  const queue = items.entries();
  const worker = async () => {
    // The workers share one iterator: each item is taken exactly once.
    for (const [i, item] of queue) out[i] = await task(item, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function diffOptionsOf(job: ModelJob): DiffOptions {
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

/** The smoke run and the output snapshot of one model; `outputs-changed` findings go into its report. */
async function smokeFor(job: ModelJob, definition: DefinitionModel, artifact: ArtifactModel, report: DiffReport, opts: CheckRunOptions): Promise<{ smoke?: SmokeResult; snapshot?: SnapshotResult }> {
  if (opts.smoke === false) return { snapshot: { status: 'skipped', reason: 'the smoke run is off for this check' } };
  const s = job.options.smoke;
  if (s.skip) {
    return {
      smoke: { status: 'skipped', engine: 'none', engineReason: 'not started', reason: 'smoke.skip is set in the config', outputs: [], seconds: 0, notes: [] },
      snapshot: { status: 'skipped', reason: 'smoke.skip is set in the config' },
    };
  }
  const run = await smokeWithSnapshot(job, definition, artifact, report, {
    update: opts.updateSnapshots === true,
    version: opts.version ?? WEIGHTGATE_VERSION,
    ...(opts.now ? { now: opts.now } : {}),
    smoke: {
      engine: job.options.engine, input: s.input, expected: s.expected, atol: s.atol, rtol: s.rtol, seed: s.seed, dimDefault: s.dim_default, limits: opts.limits,
      baseDir: path.dirname(job.origin.replace(/:\d+:\d+$/, '')),
    },
  });
  if (run.issues.length) addFindings(report, run.issues);
  if (run.values) opts.onValues?.(job.id, run.values);
  return { ...(run.smoke ? { smoke: run.smoke } : {}), snapshot: run.snapshot };
}

/**
 * `sha256:` on a local artifact (the weights, or the self-contained definition when there are none):
 * the file is hashed as a stream and must match, as a download must.
 */
async function verifyLocalSha256(job: ModelJob): Promise<void> {
  if (!job.sha256) return;
  const file = job.weights ?? job.definition;
  let st;
  try {
    st = await stat(file);
  } catch {
    return; // opening it reports the missing file
  }
  if (!st.isFile()) {
    throw new InputError(file, 'bad-config', `sha256 is set in ${job.origin}, but this is a folder, not one file to hash`, 'Remove sha256 for a folder (an unzipped .keras), or point at the file itself.');
  }
  const actual = await sha256File(file);
  const expected = job.sha256.toLowerCase();
  if (actual !== expected) {
    throw new InputError(file, 'corrupt', `SHA-256 mismatch: ${job.origin} expects ${expected}, the file has ${actual}`,
      'The file is not the one the config pins: restore it, or update sha256 if the new file is the one you want.');
  }
}

/** openPair's fixes in the config's terms (the entry's keys), not the CLI's argument order. */
function pairHintsOf(job: ModelJob, entry: string): { swapped: string; noDefinition: string } {
  const m = /^(.*):(\d+):\d+$/.exec(job.origin);
  const where = m ? ` (${path.basename(m[1] ?? '')}, line ${m[2] ?? ''})` : '';
  return {
    swapped: `Swap \`definition\` and \`weights\` in ${entry}${where}.`,
    noDefinition: `Point ${entry}.definition${where} at the model's definition: \`model.to_json()\` in a .json, a .keras, a full .h5 or a TF.js model.json (see the README, 'Definitions from model code').`,
  };
}

async function checkOne(job: ModelJob, remote: RemoteOptions, opts: CheckRunOptions): Promise<ModelResult> {
  const started = performance.now();
  const base = { id: job.id, definition: job.definition, ...(job.weights ? { weights: job.weights } : {}), origin: job.origin };
  if (job.problem) return { ...base, status: 'error', error: job.problem, seconds: 0 };
  const phase = (p: Parameters<NonNullable<CheckRunOptions['onPhase']>>[1]) => opts.onPhase?.(job.id, p);
  try {
    phase(job.weights && isRemote(job.weights) ? 'downloading' : 'reading');
    if (!(job.weights && isRemote(job.weights))) await verifyLocalSha256(job);
    const weights = job.weights && isRemote(job.weights) ? await fetchArtifact(job.weights, remote, job.sha256) : job.weights;
    phase('reading');
    const pair = await openPair(job.definition, weights, { limits: opts.limits, ...(job.entry ? { pairHints: pairHintsOf(job, job.entry) } : {}) });
    try {
      // openPair refuses a pair without a definition or without weights, so both are there.
      const definition = pair.def.definition!;
      const artifact = pair.weights.artifact!;
      // A weights file that carries its own config (full .h5, .keras, model.json) is also checked for config drift.
      phase('diffing');
      const report = diff(definition, artifact, { ...diffOptionsOf(job), ...(pair.weights.definition ? { savedConfig: pair.weights.definition } : {}) });
      phase('smoke');
      const { smoke, snapshot } = await smokeFor(job, definition, artifact, report, opts);
      // The verdict is read after the snapshot replay, which may have added findings.
      return { ...base, status: report.verdict, diff: report, ...(smoke ? { smoke } : {}), ...(snapshot ? { snapshot } : {}), graph: layerGraph(definition), seconds: (performance.now() - started) / 1000 };
    } finally {
      await pair.close();
    }
  } catch (err) {
    const error = err instanceof InputError ? err.message : `weightgate failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`;
    return { ...base, status: 'error', error, seconds: (performance.now() - started) / 1000 };
  }
}

/** The config's `limits: { timeoutMs: 90s, … }`, with the same value syntax as `--limit`. */
function configLimits(config: WeightgateConfig): Partial<Limits> {
  return Object.entries(config.limits).reduce<Partial<Limits>>((limits, [k, v]) => {
    const where = `${config.file}:${config.at(['limits', k])}`;
    // A limit's name and value are a few characters; a long one (the config may hold a 1 MB string) is
    // refused before the value parser's regular expression sees it.
    if (k.length > 64 || (typeof v !== 'number' && (typeof v !== 'string' || v.length > 64))) {
      throw new InputError(where, 'bad-config', `limits.${quoteName(k, 64).slice(1, -1)}: expected a number or a value like 2GiB, 90s or off (got ${quoteName(typeof v === 'string' ? v : JSON.stringify(v) ?? String(v), 64)})`,
        'See the README for the limit names and value syntax.');
    }
    try {
      return { ...limits, ...parseLimitOption(`${k}=${String(v)}`) };
    } catch (err) {
      throw new InputError(where, 'bad-config', `limits.${k}: ${(err as Error).message}`, 'See the README for the limit names and value syntax.');
    }
  }, {});
}

/**
 * The config's limits that apply: all of them when `allowRaise`, otherwise only those at or below the
 * default (lowering a limit only refuses more). Each one left out gets a note saying so.
 */
export function applicableConfigLimits(config: WeightgateConfig, allowRaise: boolean): { limits: Partial<Limits>; notes: string[] } {
  const all = configLimits(config);
  if (allowRaise) return { limits: all, notes: [] };
  const limits: Partial<Limits> = {};
  const notes: string[] = [];
  const name = path.relative(process.cwd(), config.file) || config.file;
  for (const [k, v] of Object.entries(all) as [keyof Limits, number][]) {
    if (v <= DEFAULT_LIMITS[k]) {
      limits[k] = v;
      continue;
    }
    const raw = String(config.limits[k]).slice(0, 40);
    notes.push(`${name} limits.${k}=${raw} ignored: the workflow does not set allow-config-limits (the limit stays at its default, ${formatLimit(k, DEFAULT_LIMITS[k])}; a config may only lower limits)`);
  }
  return { limits, notes };
}

export async function runCheck(config: WeightgateConfig, jobs: ModelJob[], opts: CheckRunOptions = {}): Promise<CheckReport> {
  const started = performance.now();
  const fromConfig = applicableConfigLimits(config, opts.allowConfigLimits === true);
  opts = { ...opts, limits: { ...fromConfig.limits, ...opts.limits } };
  const remote = remoteOptions(config, opts);
  let done = 0;
  const concurrency = opts.concurrency ?? config.concurrency;
  // Models in flight read their files in up to `concurrency` HDF5 workers (a second one starts when
  // requests wait for the first) and run their smoke inferences in up to `concurrency` engines at
  // once, each pool bounded by the cores and by memory (hdf5-host.ts, smoke-host.ts).
  const hdf5Before = setHdf5Parallelism(concurrency);
  const smokeBefore = setSmokeParallelism(concurrency);
  // The smoke engine loads while the first models are read and diffed (when one will run it).
  const smoking = opts.smoke === false ? undefined : jobs.find((j) => !j.options.smoke.skip);
  if (smoking) prewarmSmokeEngine(smoking.options.engine);
  let models: ModelResult[];
  try {
    models = await pool(jobs, concurrency, async (job) => {
      const r = await checkOne(job, remote, opts);
      opts.onResult?.(r, ++done, jobs.length);
      return r;
    });
  } finally {
    setHdf5Parallelism(hdf5Before);
    setSmokeParallelism(smokeBefore);
  }
  const obsolete = opts.shard && opts.shard.total > 1 ? { files: [], notes: [] } : await obsoleteOf(jobs, opts.updateSnapshots === true);
  return makeReport({
    schemaVersion: 1,
    tool: { name: 'weightgate', version: opts.version ?? WEIGHTGATE_VERSION },
    ...reportKeyOf(config.file, opts.shard),
    models,
    ...(obsolete.files.length ? { obsoleteSnapshots: obsolete.files } : {}),
    ...(fromConfig.notes.length || obsolete.notes.length || opts.expansionNotes?.length
      ? { notes: [...(opts.expansionNotes ?? []), ...fromConfig.notes, ...obsolete.notes] } : {}),
    seconds: (performance.now() - started) / 1000,
  });
}

/**
 * Snapshot files no model of the config owns any more (like Jest's obsolete snapshots): listed, and
 * removed by `check -u`. A sharded run sees only its slice of the models, so it never judges this.
 */
async function obsoleteOf(jobs: readonly ModelJob[], remove: boolean): Promise<{ files: string[]; notes: string[] }> {
  const byDir = new Map<string, string[]>();
  for (const j of jobs) if (!j.options.snapshots.skip) byDir.set(j.options.snapshots.dir, [...(byDir.get(j.options.snapshots.dir) ?? []), j.id]);
  const files: string[] = [];
  const notes: string[] = [];
  for (const [dir, ids] of byDir) {
    for (const file of await obsoleteSnapshots(dir, ids)) {
      const shown = path.relative(process.cwd(), file) || file;
      files.push(shown);
      if (remove) {
        await removeSnapshot(file);
        notes.push(`${shown} removed: no model in the config has this snapshot's id any more`);
      } else {
        notes.push(`${shown} is obsolete: no model in the config has its id (npx weightgate check -u removes it)`);
      }
    }
  }
  return { files, notes };
}
