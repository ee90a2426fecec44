// Where the CLI writes: the process's stdout/stderr, or (in tests) a capture.
import type { Env, TerminalStream } from './terminal.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /**
   * The streams behind `out` and `err`, for what depends on them being terminals (colour, the status
   * line, src/cli/terminal.ts) and for the status line's own writes to stderr. A capture without them
   * is no terminal: no colour, no status line, and `check` prints its per-model lines with the report.
   */
  stdout?: Pick<TerminalStream, 'isTTY'>;
  stderr?: TerminalStream;
  /**
   * The environment the terminal rules read (FORCE_COLOR, NO_COLOR, TERM, CI). A capture without it is
   * read as an empty one, so a test's output never depends on the variables of the shell that runs it.
   */
  env?: Env;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
};

/** The environment `io`'s terminal rules read. */
export function envOf(io: Io): Env {
  return io.env ?? {};
}
