// `weightgate diff <definition> [<weights>]`: every difference, paired the way the real loader pairs
// them, optionally followed by the TF.js smoke inference (`--smoke`, or golden outputs `--expected`).
// Exit codes: 0 compatible or warnings, 1 incompatible or a failed smoke run, 2 unusable input.
// Two weight artifacts (`diff A B` where A holds no definition, or `--artifacts`) are compared
// variable by variable instead: 0 same variables, shapes and dtypes (values may differ), 1 not.
import { smokePair, type PairSmokeOptions } from '../check/check-smoke.js';
import path from 'node:path';
import { compareArtifacts } from '../diff/artifact-compare.js';
import { diff, type DiffReport } from '../diff/index.js';
import type { SmokeResult } from '../engine/index.js';
import { openFile, openPair, swappedPairError } from '../formats/open.js';
import { renderArtifactDiffMarkdown, renderArtifactDiffText } from '../report/artifact-diff-render.js';
import type { Limits } from '../sources/limits.js';
import { renderMarkdown, renderText } from '../report/index.js';
import { smokeMarkdown, smokeText } from '../report/smoke-lines.js';
import { proseLines } from '../report/markdown.js';
import { InputError } from '../sources/errors.js';
import { errorJson } from './cli-errors.js';
import { envOf, type Io } from './cli-io.js';
import { LIMIT_OPTION, PAIRING_OPTIONS, colorOption, dashMeansStdout, diffOptionsFrom, engineOption, limitsOption, numberOption, parseCommandLine } from './cli-options.js';
import { progressSink, type ProgressSink } from './progress-sink.js';
import { colorEnabled } from './terminal.js';
import { UsageError } from './usage.js';

const DIFF_OPTIONS = {
  ...PAIRING_OPTIONS,
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  smoke: { type: 'boolean' },
  artifacts: { type: 'boolean' },
  engine: { type: 'string' },
  input: { type: 'string' },
  expected: { type: 'string' },
  atol: { type: 'string' },
  rtol: { type: 'string' },
  seed: { type: 'string' },
  'dim-default': { type: 'string' },
  ...LIMIT_OPTION,
} as const;

function smokeOptionsFrom(values: { engine?: string; input?: string; expected?: string; atol?: string; rtol?: string; seed?: string; 'dim-default'?: string }): PairSmokeOptions {
  return {
    engine: engineOption(values.engine),
    input: values.input,
    expected: values.expected,
    atol: numberOption('atol', values.atol),
    rtol: numberOption('rtol', values.rtol),
    seed: numberOption('seed', values.seed, true),
    dimDefault: numberOption('dim-default', values['dim-default'], true),
  };
}

export async function diffCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = await parseCommandLine(dashMeansStdout(args, ['json', 'markdown']), DIFF_OPTIONS);
  const [definitionFile, weightsFile] = positionals;
  if (definitionFile === undefined || positionals.length > 2) throw new UsageError('diff takes a definition and a weights file (or one .keras / full .h5 file)');
  if (values.json && values.markdown) throw new UsageError('--json and --markdown both write to stdout; pick one');
  const options = diffOptionsFrom(values);
  // Smoke runs on request, and always when there are golden outputs to compare against.
  const wantSmoke = values.smoke === true || values.expected !== undefined;
  const smokeOptions = smokeOptionsFrom(values);
  const limits = await limitsOption(values.limit);
  const sink = io.stderr ? progressSink(io.stderr, envOf(io)) : undefined;
  const name = weightsFile === undefined ? path.basename(definitionFile) : `${path.basename(definitionFile)} + ${path.basename(weightsFile)}`;
  try {
    sink?.phase(name, 'reading');
    if (weightsFile !== undefined && (values.artifacts === true || await holdsNoDefinition(definitionFile, limits))) {
      if (wantSmoke) throw new UsageError('--smoke and --expected need a definition; two weight artifacts are compared value by value');
      return await artifactsCommand(definitionFile, weightsFile, limits, values, io, sink);
    }
    const pair = await openPair(definitionFile, weightsFile, { limits });
    let report: DiffReport;
    let smoke: SmokeResult | undefined;
    try {
      // openPair refuses a pair without a definition or without weights, so both are there.
      const definition = pair.def.definition!;
      const artifact = pair.weights.artifact!;
      sink?.phase(name, 'diffing');
      // A weights file that carries its own config (full .h5, .keras, model.json) is also checked for config drift.
      report = diff(definition, artifact, { ...options, ...(pair.weights.definition ? { savedConfig: pair.weights.definition } : {}) });
      if (wantSmoke) {
        sink?.phase(name, 'smoke');
        smoke = await smokePair(definition, artifact, report, { ...smokeOptions, limits });
      }
    } finally {
      await pair.close();
    }
    sink?.stop();
    if (values.json) io.out(JSON.stringify({ ...report, verdict: report.verdict, counts: report.counts, ...(smoke ? { smoke } : {}) }, null, 2));
    else if (values.markdown) io.out([renderMarkdown(report), ...(smoke ? ['', smokeMarkdown(smoke)] : [])].join('\n'));
    else io.out([renderText(report, { color: colorEnabled(io.stdout, envOf(io), colorOption(values)) }).trimEnd(), ...(smoke ? ['', ...smokeText(smoke)] : [])].join('\n'));
    return report.verdict === 'incompatible' || smoke?.status === 'failed' ? 1 : 0;
  } catch (err) {
    sink?.stop();
    // An unreadable input still answers in the form asked for, on stdout; the message goes to stderr too.
    if (err instanceof InputError) {
      if (values.json) io.out(JSON.stringify(errorJson(err), null, 2));
      else if (values.markdown) io.out(errorMarkdown(err, [definitionFile, weightsFile ?? '']));
    }
    throw err;
  } finally {
    sink?.stop();
  }
}

/** `diff --markdown` for an input that cannot be read: the verdict, then the error (cause and fix, its commands as code) quoted. */
function errorMarkdown(err: InputError, files: readonly string[]): string {
  return `❌ **weightgate: unreadable input**\n\n> ${proseLines(err.message, files)}`;
}

/** A weights-only file (.weights.h5, save_weights .h5, a TF.js weights manifest) as the first argument. */
async function holdsNoDefinition(file: string, limits: Partial<Limits>): Promise<boolean> {
  const opened = await openFile(file, { limits });
  await opened.artifact?.close();
  return opened.definition === undefined;
}

/** `diff A B` on two weight artifacts: every variable paired by the loaders' rules and compared. */
async function artifactsCommand(a: string, b: string, limits: Partial<Limits>, values: { json?: boolean; markdown?: boolean }, io: Io,
  sink: ProgressSink | undefined): Promise<number> {
  const left = await openFile(a, { limits });
  try {
    const right = await openFile(b, { limits });
    try {
      if (!left.artifact) throw new UsageError(`${a} holds no weights to compare`);
      // `diff weights.h5 model.json`: the arguments the wrong way round.
      if (!right.artifact && right.definition && !left.definition && left.artifact) throw swappedPairError(a, left.format, b);
      if (!right.artifact) throw new UsageError(`${b} holds no weights to compare`);
      sink?.phase(`${path.basename(a)} vs ${path.basename(b)}`, 'diffing');
      const report = await compareArtifacts(left.artifact, right.artifact);
      sink?.stop();
      if (values.json) io.out(JSON.stringify(report, null, 2));
      else if (values.markdown) io.out(renderArtifactDiffMarkdown(report));
      else io.out(renderArtifactDiffText(report).trimEnd());
      return report.summary.sameStructure ? 0 : 1;
    } finally {
      await right.artifact?.close();
    }
  } finally {
    await left.artifact?.close();
  }
}
