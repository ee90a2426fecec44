// Where this run's report comes from: a check of the config (or one shard of it), the merge of shard
// reports, or a report another workflow wrote. The check is the CLI's own pipeline.
import * as core from '@actions/core';
import path from 'node:path';
import { expandConfig, shardJobs } from '../config/expand.js';
import { loadConfig, type WeightgateConfig } from '../config/load.js';
import { compareWithBase } from '../check/base-compare.js';
import { runCheck, type CheckRunOptions } from '../check/run.js';
import type { SmokeValues } from '../engine/index.js';
import { valueAt } from '../sources/json-value.js';
import { fetchCommitIfMissing, repositoryRoot } from '../sources/git-tree.js';
import type { RunContext } from './context.js';
import type { CheckReport } from '../check/report.js';
import { modelLine } from '../report/check-text.js';
import { InputError } from '../sources/errors.js';
import { reportKeyOf, type ReportKeyParts } from '../report/comment-marker.js';
import type { ActionInputs } from './action-inputs.js';
import { readReports } from './report-files.js';

export type ReportOrigin = 'check' | 'merge' | 'comment-from';

/**
 * The commit to compare with: `base: auto` on a pull request is its base commit (named by its branch);
 * elsewhere (a push, the nightly run) there is none, so the tracking issue and the badges judge the
 * whole state.
 */
function baseOf(inputs: ActionInputs, ctx: RunContext): { ref: string; label: string } | undefined {
  if (inputs.base === 'none') return undefined;
  if (inputs.base !== 'auto') return { ref: inputs.base, label: inputs.base };
  if (ctx.eventName !== 'pull_request' && ctx.eventName !== 'pull_request_target') return undefined;
  const sha = valueAt(ctx.payload, 'pull_request', 'base', 'sha');
  const branch = valueAt(ctx.payload, 'pull_request', 'base', 'ref');
  return typeof sha === 'string' ? { ref: sha, label: typeof branch === 'string' ? branch : sha.slice(0, 7) } : undefined;
}

/**
 * The config could not be read (YAML, schema, a path outside the repository, no such file), so nothing
 * was checked. Thrown with the config's error as its message; the Action reports it on every surface
 * (action.ts), keyed like a check of this config would be.
 */
export class BrokenConfig extends Error {
  override name = 'BrokenConfig';

  constructor(
    readonly error: InputError,
    /** The config file, absolute. */
    readonly file: string,
    /** What a check of this config keys its comment and files by (src/report/comment-marker.ts). */
    readonly key: ReportKeyParts,
  ) {
    super(error.message);
  }
}

export async function produceReport(inputs: ActionInputs, cwd: string, ctx: RunContext): Promise<{ report: CheckReport; origin: ReportOrigin }> {
  if (inputs.commentFrom) return { report: await readReports(inputs.commentFrom, cwd), origin: 'comment-from' };
  if (inputs.merge) return { report: await readReports(inputs.merge, cwd), origin: 'merge' };
  const file = path.resolve(cwd, inputs.config);
  let config: WeightgateConfig;
  let expansion: Awaited<ReturnType<typeof expandConfig>>;
  try {
    config = await loadConfig(file);
    expansion = await expandConfig(config);
  } catch (err) {
    // Anything else is a weightgate bug, not the pull request's config: the step fails with it as before.
    if (!(err instanceof InputError)) throw err;
    const error = err.kind !== 'not-found' || err.file !== file ? err
      : new InputError(path.join(inputs.workingDirectory, inputs.config), 'not-found', 'no such configuration file',
        "Set the action's `config` input (relative to `working-directory`), or add weightgate.yml to the repository root; with actions/checkout before this step.");
    throw new BrokenConfig(error, file, reportKeyOf(file, inputs.shard));
  }
  const jobs = shardJobs(expansion.jobs, inputs.shard).map((j) => (inputs.engine ? { ...j, options: { ...j.options, engine: inputs.engine } } : j));
  const base = inputs.shard ? undefined : baseOf(inputs, ctx);
  const values = new Map<string, SmokeValues>();
  const options: CheckRunOptions = {
    ...(inputs.shard ? { shard: inputs.shard } : {}),
    ...(inputs.token ? { token: inputs.token } : {}),
    allowConfigLimits: inputs.allowConfigLimits === true,
    expansionNotes: expansion.notes,
    // Names are sanitised (modelLine) so a layer or file name cannot start a workflow command.
    onResult: (r, done, total) => core.info(`[${done}/${total}] ${modelLine(r)}`),
    ...(base ? { onValues: (id: string, v: SmokeValues) => values.set(id, v) } : {}),
  };
  let report = await runCheck(config, jobs, options);
  const root = base ? await repositoryRoot(config.dir).catch(() => undefined) : undefined;
  if (base && !root && inputs.base === 'auto') {
    core.info('weightgate: the workspace is not a git checkout (no actions/checkout?), so there is no base commit to compare with');
  } else if (base) {
    core.info(`weightgate: checking the models at ${base.label} (${base.ref}) too`);
    // actions/checkout fetches one commit by default: the base is fetched alone when it is missing.
    if (root) await fetchCommitIfMissing(root, base.ref).catch(() => undefined);
    report = await compareWithBase(config, report, values, base.ref, { ...options, onResult: undefined, onValues: undefined }, base.label);
    if (report.base?.unavailable) core.warning(`weightgate: the base ${base.label} could not be checked: ${report.base.unavailable}`);
  }
  for (const note of report.notes ?? []) core.warning(`weightgate: ${note}`);
  return { report, origin: 'check' };
}
