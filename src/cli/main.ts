// `weightgate inspect | diff | check`: the same engine as the action, with a terminal renderer.
// Nothing under src/cli imports @actions/*. Exit codes: 0 ok, 1 incompatible, 2 unusable input.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openFile } from '../formats/open.js';
import { InputError } from '../sources/errors.js';
import { inspectJson, inspectText } from '../report/inspect.js';

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
