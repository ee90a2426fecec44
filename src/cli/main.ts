// `weightgate inspect | diff | check | merge | convert`: the same engine as the action, with a terminal
// renderer. Nothing under src/cli imports @actions/*. Exit codes: 0 ok, 1 incompatible, 2 unusable input.
// Each command is its own module (<name>-command.ts); this one only dispatches and reports errors.
import { checkCommand } from './check-command.js';
import { reportError } from './cli-errors.js';
import { processIo, type Io } from './cli-io.js';
import { convertCommand } from './convert-command.js';
import { diffCommand } from './diff-command.js';
import { inspectCommand } from './inspect-command.js';
import { mergeCommand } from './merge-command.js';
import { USAGE, UsageError } from './usage.js';

export type { Io };

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'inspect': return await inspectCommand(rest, io);
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
