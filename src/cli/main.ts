// `weightgate inspect | diff | check | merge | convert`: the same engine as the action, with a terminal
// renderer. Nothing under src/cli imports @actions/*. Exit codes: 0 ok, 1 incompatible, 2 unusable input.
// Each command is its own module (<name>-command.ts), loaded when it runs: a command loads only its own
// code (`check` alone loads the config parser and `merge` alone the report schema check, both via ajv).
import { reportError } from './cli-errors.js';
import { processIo, type Io } from './cli-io.js';
import { WEIGHTGATE_VERSION } from '../text/weightgate-version.js';
import { USAGE, UsageError, commandUsage } from './usage.js';

export type { Io };

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  inspect: async () => (await import('./inspect-command.js')).inspectCommand,
  diff: async () => (await import('./diff-command.js')).diffCommand,
  check: async () => (await import('./check-command.js')).checkCommand,
  merge: async () => (await import('./merge-command.js')).mergeCommand,
  convert: async () => (await import('./convert-command.js')).convertCommand,
  init: async () => (await import('./init-command.js')).initCommand,
};

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      const topic = command === 'help' ? rest[0] : undefined;
      io.out(topic && Object.hasOwn(COMMANDS, topic) ? commandUsage(topic) : USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-V') {
      io.out(`weightgate ${WEIGHTGATE_VERSION}`);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new UsageError(`unknown command '${command}'`);
    // `weightgate diff --help`: that command's options, before any of them is checked.
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(commandUsage(command));
      return 0;
    }
    return await (await load())(rest, io);
  } catch (err) {
    return reportError(err, io);
  }
}
