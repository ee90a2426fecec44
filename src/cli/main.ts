// `weightgate inspect | diff | check`: the same engine as the action, with a terminal renderer.
// Nothing under src/cli imports @actions/*. Exit codes: 0 ok, 1 incompatible, 2 unusable input.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openFile } from '../formats/open.js';
import { InputError } from '../sources/errors.js';
import { inspectJson, inspectText } from '../report/inspect.js';
import { diff, type DiffOptions, type DiffReport, type LoaderRule } from '../diff/index.js';
import { renderMarkdown, renderText } from '../report/index.js';
import type { OpenedFile } from '../model/types.js';

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
  help                              this text

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

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

async function inspect(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('inspect takes one or more files');
  // One unreadable file never stops the others: each is reported, and the exit code says if any failed.
  const results: unknown[] = [];
  let code = 0;
  for (const [i, file] of positionals.entries()) {
    try {
      const opened = await openFile(file);
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

/** Definition from the first file, weights from the second (or from the first, for `.keras`/full `.h5`). */
export async function openPair(defFile: string, weightsFile?: string): Promise<{ def: OpenedFile; weights: OpenedFile; close(): Promise<void> }> {
  const def = await openFile(defFile);
  let weights = def;
  try {
    if (weightsFile) weights = await openFile(weightsFile);
  } catch (err) {
    await def.artifact?.close();
    throw err;
  }
  if (!def.definition) {
    await def.artifact?.close();
    if (weights !== def) await weights.artifact?.close();
    throw new InputError(defFile, 'not-keras', `${def.format} holds weights but no model definition`, 'Pass the definition first: `weightgate diff model.json weights.h5`.');
  }
  if (!weights.artifact) {
    await def.artifact?.close();
    throw new InputError(weightsFile ?? defFile, 'not-keras', `${weights.format} holds a definition but no weights`, 'Pass a weights file as the second argument.');
  }
  return {
    def, weights,
    async close() {
      await def.artifact?.close();
      if (weights !== def) await weights.artifact?.close();
    },
  };
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
  loader: { type: 'string' },
  'by-name': { type: 'boolean' },
  'skip-mismatch': { type: 'boolean' },
  runtime: { type: 'string' },
  'allow-missing': { type: 'string', multiple: true },
  'allow-unexpected': { type: 'string', multiple: true },
  'allow-mismatch': { type: 'string', multiple: true },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  color: { type: 'boolean' },
} as const;

async function diffCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, DIFF_OPTIONS);
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError('diff takes a definition and a weights file (or one .keras / full .h5 file)');
  const options = diffOptionsFrom(values);
  const pair = await openPair(positionals[0], positionals[1]);
  let report: DiffReport;
  try {
    report = diff(pair.def.definition!, pair.weights.artifact!, options);
  } finally {
    await pair.close();
  }
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else if (values.markdown) io.out(renderMarkdown(report));
  else io.out(renderText(report, { color: values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR) }));
  return report.verdict === 'incompatible' ? 1 : 0;
}
