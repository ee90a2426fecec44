// `weightgate inspect | diff | check`: the same engine as the action, with a terminal renderer.
// Nothing under src/cli imports @actions/*. Exit codes: 0 ok, 1 incompatible, 2 unusable input.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openFile, openPair } from '../formats/open.js';
import { InputError } from '../sources/errors.js';
import { CHECK_OPTIONS, ENGINES, PAIRING_OPTIONS } from './options.js';
import { parseLimitOption, type Limits } from '../sources/limits.js';
import { inspectJson, inspectText } from '../report/inspect.js';
import { diff, type DiffOptions, type DiffReport, type LoaderRule } from '../diff/index.js';
import { renderMarkdown, renderText } from '../report/index.js';
import { smokePair, type PairSmokeOptions } from '../check/smoke.js';
import type { SmokeResult } from '../engine/index.js';
import { smokeMarkdown, smokeText } from '../report/smoke-lines.js';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
// The config modules (yaml, ajv, tinyglobby: half the CLI's code) load only for `check`.
import type * as ConfigLoad from '../config/load.js';
import type * as ConfigExpand from '../config/expand.js';
import { runCheck } from '../check/run.js';
import { failed, mergeReports, reviveReport, toJson, type CheckReport, type FailOn } from '../check/report.js';
import { modelLine, renderCheckText, summaryLine } from '../report/check-text.js';
import { renderCheckMarkdown } from '../report/check-markdown.js';
import { convertCommand } from './convert.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

const USAGE = `usage: weightgate <command> [options]

commands:
  inspect <file...> [--json]        what a definition expects or a weights file holds
  diff <definition> [<weights>]     every difference, paired the way the real loader pairs them
      --loader auto|order|name|path|tfjs   pairing rule (default: from the weights' format)
      --by-name                     load_weights(..., by_name=True) (legacy .h5)
      --skip-mismatch               load_weights(..., skip_mismatch=True)
      --runtime keras2|keras3       which Keras loads (default: Keras 3 if either side is Keras 3)
      --allow-missing L[,L]         model layers that may be absent from the file (new layers)
      --allow-unexpected L[,L]      file layers the model may drop (an old head)
      --allow-mismatch L[,L]        layers whose shapes may differ (a resized head)
      --json | --markdown           machine-readable report / the PR comment's Markdown
      --smoke                       also load the weights into TF.js and run one inference
      --expected F [--input F]      golden outputs (.npy/.npz) to compare against (implies --smoke)
      --engine auto|tfjs-node|wasm|cpu  --atol N --rtol N --seed N --dim-default N
  check [--config weightgate.yml]   every pair in the config; one bad model never stops the others
      --fail-on error|warning|never exit 1 when a model is incompatible/unreadable (error, default),
                                    also on warnings (warning), or never
      --json F | --markdown F       also write the report as JSON / Markdown to F
      --shard i/n                   check the i-th of n slices of the sorted model list
      --concurrency N               models checked at once (default: the config's, 4)
      --allow-outside               read paths outside the config's repository too (a local config you trust)
  merge <report.json...> [--json F] [--markdown F] [--fail-on …]
                                    join shard reports into one (same as an unsharded run)
  convert <definition> [<weights>] <out-dir>
                                    write a TF.js layers model (model.json + shards) that tf.loadLayersModel
                                    loads, from the weights the real Keras loader would use
      --quantize float16|uint8|uint16  store the weights quantised (TF.js dequantises them on load)
      --loader, --by-name, --skip-mismatch, --runtime, --allow-missing/-unexpected/-mismatch  as for diff
      --engine auto|tfjs-node|wasm|cpu  --no-verify (skip reloading the written files)  --json
  help                              this text

inspect, diff and check take --limit NAME=VALUE (repeatable) to raise a reading limit, e.g. --limit timeoutMs=180s,
--limit maxFileBytes=64GiB, --limit maxLayers=off (see the README for the list).

Exit codes: 0 ok, 1 incompatible, 2 unusable input.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'inspect': return await inspect(rest, io);
      case 'diff': return await diffCommand(rest, io);
      case 'check': return await checkCommand(rest, io);
      case 'merge': return await mergeCommand(rest, io);
      case 'convert': return await convertCommand(rest, io);
      case undefined: case 'help': case '--help': case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (err) {
    return reportError(err, io);
  }
}

export function reportError(err: unknown, io: Io): number {
  if (err instanceof InputError) {
    io.err(`error: ${err.message}`);
    return 2;
  }
  if (err instanceof UsageError) {
    io.err(`error: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  // Anything else is our bug; say so plainly, with the message but no stack trace.
  io.err(`error: weightgate failed unexpectedly: ${err instanceof Error ? err.message : JSON.stringify(err)}\n  → please report this with the file that caused it`);
  return 2;
}

/** `--limit NAME=VALUE` (repeatable): overrides of the reading limits in src/sources/limits.ts. */
function limitsFrom(values: Record<string, unknown>): Partial<Limits> {
  const specs = (values.limit as string[] | undefined) ?? [];
  try {
    return Object.assign({}, ...specs.map(parseLimitOption));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

const LIMIT_OPTION = { limit: { type: 'string', multiple: true } } as const;

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

async function inspect(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, ...LIMIT_OPTION });
  if (positionals.length === 0) throw new UsageError('inspect takes one or more files');
  const limits = limitsFrom(values);
  // One unreadable file never stops the others: each is reported, and the exit code says if any failed.
  const results: unknown[] = [];
  let code = 0;
  for (const [i, file] of positionals.entries()) {
    try {
      const opened = await openFile(file, { limits });
      try {
        const j = inspectJson(opened);
        if (values.json) results.push(j);
        else io.out(`${i > 0 ? '\n' : ''}${inspectText(j)}`);
      } finally {
        await opened.artifact?.close();
      }
    } catch (err) {
      code = reportError(err, io);
      if (values.json) results.push({ file, error: err instanceof Error ? err.message : String(err) });
    }
  }
  if (values.json) io.out(JSON.stringify(positionals.length === 1 ? results[0] : results, null, 2));
  return code;
}

const RULES: readonly string[] = ['auto', 'order', 'name', 'path', 'tfjs'];

function list(v: string | boolean | (string | boolean)[] | undefined): string[] {
  const items = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return items.flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean);
}

export function diffOptionsFrom(values: Record<string, unknown>): DiffOptions {
  const loader = values.loader as string | undefined;
  if (loader !== undefined && !RULES.includes(loader)) throw new UsageError(`--loader must be one of ${RULES.join(', ')} (got '${loader}')`);
  const runtime = values.runtime as string | undefined;
  if (runtime !== undefined && runtime !== 'keras2' && runtime !== 'keras3') throw new UsageError(`--runtime must be keras2 or keras3 (got '${runtime}')`);
  return {
    ...(loader && loader !== 'auto' ? { loader: loader as LoaderRule } : {}),
    ...(values['by-name'] ? { byName: true } : {}),
    ...(values['skip-mismatch'] ? { skipMismatch: true } : {}),
    ...(runtime ? { runtime } : {}),
    allowMissing: list(values['allow-missing'] as string[]),
    allowUnexpected: list(values['allow-unexpected'] as string[]),
    allowMismatch: list(values['allow-mismatch'] as string[]),
  };
}


export const DIFF_OPTIONS = {
  ...PAIRING_OPTIONS,
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  color: { type: 'boolean' },
  smoke: { type: 'boolean' },
  engine: { type: 'string' },
  input: { type: 'string' },
  expected: { type: 'string' },
  atol: { type: 'string' },
  rtol: { type: 'string' },
  seed: { type: 'string' },
  'dim-default': { type: 'string' },
  ...LIMIT_OPTION,
} as const;


function numberOption(values: Record<string, unknown>, name: string, integer = false): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < 0) throw new UsageError(`--${name} must be a ${integer ? 'non-negative integer' : 'non-negative number'} (got '${String(v)}')`);
  return n;
}

function smokeOptionsFrom(values: Record<string, unknown>): PairSmokeOptions {
  const engine = (values.engine as string | undefined) ?? 'auto';
  if (!ENGINES.includes(engine)) throw new UsageError(`--engine must be one of ${ENGINES.join(', ')} (got '${engine}')`);
  return {
    engine: engine as PairSmokeOptions['engine'],
    input: values.input as string | undefined,
    expected: values.expected as string | undefined,
    atol: numberOption(values, 'atol'),
    rtol: numberOption(values, 'rtol'),
    seed: numberOption(values, 'seed', true),
    dimDefault: numberOption(values, 'dim-default', true),
  };
}

async function diffCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, DIFF_OPTIONS);
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError('diff takes a definition and a weights file (or one .keras / full .h5 file)');
  const options = diffOptionsFrom(values);
  // Smoke runs on request, and always when there are golden outputs to compare against.
  const wantSmoke = values.smoke === true || values.expected !== undefined;
  const smokeOptions = smokeOptionsFrom(values);
  const limits = limitsFrom(values);
  const pair = await openPair(positionals[0], positionals[1], { limits });
  let report: DiffReport;
  let smoke: SmokeResult | undefined;
  try {
    report = diff(pair.def.definition!, pair.weights.artifact!, options);
    if (wantSmoke) smoke = await smokePair(pair.def.definition!, pair.weights.artifact!, report, { ...smokeOptions, limits });
  } finally {
    await pair.close();
  }
  if (values.json) io.out(JSON.stringify({ ...report, verdict: report.verdict, counts: report.counts, ...(smoke ? { smoke } : {}) }, null, 2));
  else if (values.markdown) io.out([renderMarkdown(report), ...(smoke ? ['', smokeMarkdown(smoke)] : [])].join('\n'));
  else io.out([renderText(report, { color: values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR) }).trimEnd(), ...(smoke ? ['', ...smokeText(smoke)] : [])].join('\n'));
  return report.verdict === 'incompatible' || smoke?.status === 'failed' ? 1 : 0;
}

const FAIL_ON: readonly string[] = ['error', 'warning', 'never'];

function failOnOf(v: unknown): FailOn {
  const f = (v as string | undefined) ?? 'error';
  if (!FAIL_ON.includes(f)) throw new UsageError(`--fail-on must be error, warning or never (got '${f}')`);
  return f as FailOn;
}

async function writeOutputs(report: CheckReport, values: { json?: string; markdown?: string }): Promise<void> {
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, text);
  };
  if (values.json) await write(values.json, `${JSON.stringify(toJson(report), null, 2)}\n`);
  if (values.markdown) await write(values.markdown, `${renderCheckMarkdown(report)}\n`);
}

/** Progress on a terminal (one line, rewritten); plain lines otherwise (CI logs). */
function progressSink(): { line(text: string): void; status(text: string): void; clear(): void } {
  const tty = process.stderr.isTTY === true && !process.env.CI;
  let shown = false;
  return {
    line: (t) => {
      if (tty && shown) process.stderr.write('\r\u001b[K');
      shown = false;
      process.stderr.write(`${t}\n`);
    },
    status: (t) => {
      if (!tty) return;
      process.stderr.write(`\r\u001b[K${t.slice(0, (process.stderr.columns ?? 80) - 1)}`);
      shown = true;
    },
    clear: () => {
      if (tty && shown) process.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}

async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    config: { type: 'string' }, 'fail-on': { type: 'string' }, json: { type: 'string' }, markdown: { type: 'string' },
    shard: { type: 'string' }, concurrency: { type: 'string' }, color: { type: 'boolean' }, ...CHECK_OPTIONS, ...LIMIT_OPTION,
  });
  if (positionals.length) throw new UsageError(`check takes no positional arguments (got '${positionals[0]}'); use --config`);
  const failOn = failOnOf(values['fail-on']);
  const [{ DEFAULT_CONFIG_FILE, loadConfig }, { expandModels, parseShard, shardJobs }]: [typeof ConfigLoad, typeof ConfigExpand] =
    await Promise.all([import('../config/load.js'), import('../config/expand.js')]);
  let shard;
  try {
    shard = values.shard ? parseShard(values.shard) : undefined;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const concurrency = values.concurrency ? Number(values.concurrency) : undefined;
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) throw new UsageError('--concurrency must be a positive integer');
  const config = await loadConfig(values.config ?? DEFAULT_CONFIG_FILE, { allowOutside: values['allow-outside'] === true });
  const jobs = shardJobs(await expandModels(config), shard);
  const sink = io === processIo ? progressSink() : undefined;
  const report = await runCheck(config, jobs, {
    // A local config is the user's own: its limits apply as written (the Action decides by allow-config-limits).
    shard, concurrency, limits: limitsFrom(values), allowConfigLimits: true,
    onResult: (r, done, total) => {
      if (sink) sink.line(`[${done}/${total}] ${modelLine(r)}`);
    },
    onProgress: (t) => sink?.status(t),
  });
  sink?.clear();
  for (const note of report.notes ?? []) io.err(`warning: ${note}`);
  await writeOutputs(report, values);
  io.out(renderCheckText(report, { color: values.color ?? (io === processIo && process.stdout.isTTY === true && !process.env.NO_COLOR), lines: !sink }));
  return failed(report, failOn) ? 1 : 0;
}

async function mergeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'string' }, markdown: { type: 'string' }, 'fail-on': { type: 'string' } });
  if (!positionals.length) throw new UsageError('merge takes one or more report.json files');
  const failOn = failOnOf(values['fail-on']);
  const reports: CheckReport[] = [];
  for (const f of positionals) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(f, 'utf8'));
    } catch (err) {
      throw new InputError(f, 'corrupt', `not a readable JSON report (${(err as Error).message.split('\n')[0]})`, 'Pass the files written by `weightgate check --json`.');
    }
    try {
      reports.push(reviveReport(json, f));
    } catch (err) {
      throw new InputError(f, 'corrupt', (err as Error).message, 'Pass the files written by `weightgate check --json`.');
    }
  }
  let merged: CheckReport;
  try {
    merged = mergeReports(reports);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  await writeOutputs(merged, values);
  io.out(renderCheckText(merged));
  if (merged.shards) io.err(`warning: shards ${merged.shards.indices.join(', ')} of ${merged.shards.total} merged; the others are missing`);
  return failed(merged, failOn) ? 1 : 0;
}
