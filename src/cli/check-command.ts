// `weightgate check [--config weightgate.yml]`: every pair in the config; one bad model never stops
// the others. Exit code by --fail-on (1 when the report fails it), 2 for an unusable config.
// `--json -`, `--markdown -` or `--comment -` make that form of the report the only thing on stdout:
// the text report, warnings and progress go to stderr. A config that cannot be used still writes each
// requested form (as the Action does: a report whose one entry, the config, is unreadable; the comment
// it posts for a broken config), then exits 2.
import path from 'node:path';
import { failed, toJson } from '../check/report.js';
import { runCheck, type CheckRunOptions } from '../check/run.js';
import type { SmokeValues } from '../engine/index.js';
import { modelLine, renderCheckText } from '../report/check-text.js';
import { brokenConfigReport } from '../report/broken-config-report.js';
import { commentMarker, reportKeyOf } from '../report/comment-marker.js';
import { renderConfigErrorComment } from '../report/config-error-comment.js';
import { sanitizeTerminal } from '../report/text.js';
import { InputError } from '../sources/errors.js';
import { repositoryRoot } from '../sources/paths.js';
import { WEIGHTGATE_VERSION } from '../text/weightgate-version.js';
import { reportError, rethrownAs, usageError } from './cli-errors.js';
import { envOf, type Io } from './cli-io.js';
import { LIMIT_OPTION, colorOption, failOnOption, limitsOption, parseCommandLine } from './cli-options.js';
import { progressSink } from './progress-sink.js';
import { colorEnabled } from './terminal.js';
import { UsageError } from './usage.js';
import { stdoutTarget, writeCheckReport, writeTarget, type ReportTargets } from './write-check-report.js';

const OPTIONS = {
  config: { type: 'string' }, 'fail-on': { type: 'string' }, json: { type: 'string' }, markdown: { type: 'string' },
  // The pull request comment the Action would post, to preview it.
  comment: { type: 'string' },
  shard: { type: 'string' }, concurrency: { type: 'string' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' },
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
  const targets: ReportTargets = { json: values.json, markdown: values.markdown, comment: values.comment };
  // With a report on stdout, everything else (the text report included) goes to stderr.
  const piped = stdoutTarget(targets) !== undefined;
  const text = piped ? io.err : io.out;
  const env = envOf(io);
  // The config modules (yaml, ajv, tinyglobby: half the CLI's code) load only for `check`.
  const [{ DEFAULT_CONFIG_FILE, loadConfig }, { expandConfig, parseShard, shardJobs }] =
    await Promise.all([import('../config/load.js'), import('../config/expand.js')]);
  const { shard: shardText } = values;
  const shard = shardText ? await rethrownAs(usageError, () => parseShard(shardText)) : undefined;
  const concurrency = values.concurrency ? Number(values.concurrency) : undefined;
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) throw new UsageError('--concurrency must be a positive integer');
  const limits = await limitsOption(values.limit);
  const configFile = values.config ?? DEFAULT_CONFIG_FILE;
  let config, expansion;
  try {
    config = await loadConfig(configFile, { allowOutside: values['allow-outside'] === true });
    expansion = await expandConfig(config);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    await writeConfigError(err, configFile, shard, targets, io);
    return reportError(err, io);
  }
  const jobs = shardJobs(expansion.jobs, shard);
  const sink = io.stderr ? progressSink(io.stderr, env) : undefined;
  const headValues = new Map<string, SmokeValues>();
  const runOptions: CheckRunOptions = {
    // A local config is the user's own: its limits apply as written (the Action decides by allow-config-limits).
    shard, concurrency, limits, allowConfigLimits: true, expansionNotes: expansion.notes,
    ...(values['update-snapshots'] ? { updateSnapshots: true } : {}),
    onResult: (r, done, total) => {
      sink?.finished(r.id);
      sink?.line(`[${done}/${total}] ${modelLine(r)}`);
    },
    onPhase: (id, phase) => sink?.phase(id, phase),
    onProgress: (t) => sink?.status(t),
    ...(values.base !== undefined ? { onValues: (id: string, v: SmokeValues) => headValues.set(id, v) } : {}),
  };
  let report;
  try {
    report = await runCheck(config, jobs, runOptions);
    if (values.base !== undefined) {
      sink?.status(`checking the models at ${values.base}`);
      const { compareWithBase } = await import('../check/base-compare.js');
      report = await compareWithBase(config, report, headValues, values.base, { ...runOptions, onResult: undefined, onValues: undefined, onPhase: undefined });
    }
  } finally {
    sink?.stop();
  }
  if (report.base?.unavailable) io.err(`warning: the base ${sanitizeTerminal(values.base ?? '')} could not be checked: ${sanitizeTerminal(report.base.unavailable, { keepNewlines: true })}`);
  for (const note of report.notes ?? []) io.err(`warning: ${sanitizeTerminal(note, { keepNewlines: true })}`);
  await writeCheckReport(report, targets, { stdout: io.out, root: config.root });
  const color = colorEnabled(piped ? io.stderr : io.stdout, env, colorOption(values));
  text(renderCheckText(report, { color, lines: !sink }));
  return failed(report, failOn) ? 1 : 0;
}

/**
 * Each requested form of the report for a config that cannot be used: JSON with the error, and as
 * Markdown / the comment what the Action says for a broken config (the comment with the marker a
 * good run of this config uses, so a later good run replaces it).
 */
async function writeConfigError(err: InputError, configFile: string, shard: { index: number; total: number } | undefined,
  targets: ReportTargets, io: Io): Promise<void> {
  const file = path.resolve(configFile);
  const key = reportKeyOf(file, shard);
  // The JSON the Action writes for a broken config: a check report whose one entry, the config, is
  // unreadable with the error (verdict `error`), which `merge` reads back like any other.
  if (targets.json) await writeTarget(targets.json, `${JSON.stringify(toJson(brokenConfigReport(key, file, err)), null, 2)}\n`, io.out);
  if (!targets.markdown && !targets.comment) return;
  const root = await repositoryRoot(configFile);
  const page = (marker?: string) => renderConfigErrorComment(err, { links: [], root, version: WEIGHTGATE_VERSION, ...(marker ? { marker } : {}) });
  if (targets.markdown) await writeTarget(targets.markdown, page(), io.out);
  if (targets.comment) await writeTarget(targets.comment, page(commentMarker(key)), io.out);
}
