// `weightgate check [--config weightgate.yml]`: every pair in the config; one bad model never stops
// the others. Exit code by --fail-on (1 when the report fails it), 2 for an unusable config.
import { failed } from '../check/report.js';
import { runCheck, type CheckRunOptions } from '../check/run.js';
import type { SmokeValues } from '../engine/index.js';
import { modelLine, renderCheckText } from '../report/check-text.js';
import { rethrownAs, usageError } from './cli-errors.js';
import { processIo, type Io } from './cli-io.js';
import { LIMIT_OPTION, failOnOption, limitsOption, parseCommandLine } from './cli-options.js';
import { progressSink } from './progress-sink.js';
import { UsageError } from './usage.js';
import { writeCheckReport } from './write-check-report.js';

const OPTIONS = {
  config: { type: 'string' }, 'fail-on': { type: 'string' }, json: { type: 'string' }, markdown: { type: 'string' },
  shard: { type: 'string' }, concurrency: { type: 'string' }, color: { type: 'boolean' },
  // The config's paths may leave its repository (a local run of a config you trust).
  'allow-outside': { type: 'boolean' },
  // Record every model's output snapshot (and remove obsolete ones) instead of comparing with them.
  'update-snapshots': { type: 'boolean', short: 'u' },
  // Check every model at this git ref too, and say what the change introduced, fixed or left as it was.
  base: { type: 'string' },
  ...LIMIT_OPTION,
} as const;

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = await parseCommandLine(args, OPTIONS);
  if (positionals.length) throw new UsageError(`check takes no positional arguments (got '${positionals[0]}'); use --config`);
  const failOn = failOnOption(values['fail-on']);
  // The config modules (yaml, ajv, tinyglobby: half the CLI's code) load only for `check`.
  const [{ DEFAULT_CONFIG_FILE, loadConfig }, { expandConfig, parseShard, shardJobs }] =
    await Promise.all([import('../config/load.js'), import('../config/expand.js')]);
  const { shard: shardText } = values;
  const shard = shardText ? await rethrownAs(usageError, () => parseShard(shardText)) : undefined;
  const concurrency = values.concurrency ? Number(values.concurrency) : undefined;
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) throw new UsageError('--concurrency must be a positive integer');
  const config = await loadConfig(values.config ?? DEFAULT_CONFIG_FILE, { allowOutside: values['allow-outside'] === true });
  const expansion = await expandConfig(config);
  const jobs = shardJobs(expansion.jobs, shard);
  const sink = io === processIo ? progressSink() : undefined;
  const headValues = new Map<string, SmokeValues>();
  const runOptions: CheckRunOptions = {
    // A local config is the user's own: its limits apply as written (the Action decides by allow-config-limits).
    shard, concurrency, limits: await limitsOption(values.limit), allowConfigLimits: true, expansionNotes: expansion.notes,
    ...(values['update-snapshots'] ? { updateSnapshots: true } : {}),
    onResult: (r, done, total) => sink?.line(`[${done}/${total}] ${modelLine(r)}`),
    onProgress: (t) => sink?.status(t),
    ...(values.base !== undefined ? { onValues: (id: string, v: SmokeValues) => headValues.set(id, v) } : {}),
  };
  let report = await runCheck(config, jobs, runOptions);
  if (values.base !== undefined) {
    sink?.status(`checking the models at ${values.base}`);
    const { compareWithBase } = await import('../check/base-compare.js');
    report = await compareWithBase(config, report, headValues, values.base, { ...runOptions, onResult: undefined, onValues: undefined });
  }
  sink?.clear();
  if (report.base?.unavailable) io.err(`warning: the base ${values.base ?? ''} could not be checked: ${report.base.unavailable}`);
  for (const note of report.notes ?? []) io.err(`warning: ${note}`);
  await writeCheckReport(report, values);
  io.out(renderCheckText(report, { color: values.color ?? (io === processIo && process.stdout.isTTY === true && !process.env.NO_COLOR), lines: !sink }));
  return failed(report, failOn) ? 1 : 0;
}
