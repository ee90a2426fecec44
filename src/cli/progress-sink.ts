// `check`'s progress on stderr: one line per finished model, and on a terminal a status line that is
// rewritten in place (downloads, the model being read). CI logs get the plain lines only.

export interface ProgressSink {
  /** A line that stays (a finished model). */
  line(text: string): void;
  /** The transient status line (terminal only). */
  status(text: string): void;
  /** Remove the status line before the report is printed. */
  clear(): void;
}

export function progressSink(): ProgressSink {
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
