// What the CLI may do to a stream: colour it, and draw a status line that is rewritten in place. One
// home for the conventions every command follows:
//   - FORCE_COLOR set: colour on, even when the stream is not a terminal (FORCE_COLOR=0 or =false: off).
//     As in Node's own tty.getColorDepth, it wins over NO_COLOR and TERM=dumb for colour.
//   - NO_COLOR (any non-empty value): no colour (https://no-color.org).
//   - TERM=dumb: no colour and no cursor movement (so no status line, whatever FORCE_COLOR says).
//   - otherwise colour and the status line on a terminal only. The status line also stays off under CI
//     (CI set: GitHub Actions and most CI services set it), whose logs keep every `\r` as a line.
// `--color` / `--no-color` on the command line win over all of these for colour.

/** The part of a stream (process.stderr, or a test's stand-in) these rules read. */
export interface TerminalStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** FORCE_COLOR's answer: true (force on), false (force off), undefined (not set). */
function forced(env: Env): boolean | undefined {
  const f = env.FORCE_COLOR;
  if (f === undefined) return undefined;
  return !(f === '0' || f.toLowerCase() === 'false');
}

/** Whether text written to `stream` gets ANSI colours; `flag` is `--color` (true) / `--no-color` (false). */
export function colorEnabled(stream: Pick<TerminalStream, 'isTTY'> | undefined, env: Env, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const f = forced(env);
  if (f !== undefined) return f;
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stream?.isTTY === true;
}

/** Whether a status line may be drawn (and redrawn with `\r` and erase-line) on `stream`. */
export function liveStatusEnabled(stream: Pick<TerminalStream, 'isTTY'> | undefined, env: Env): boolean {
  return stream?.isTTY === true && env.TERM !== 'dumb' && !env.CI;
}
