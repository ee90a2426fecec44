// The CLI's two error rules: how an error is reported (and its exit code), and the one place where
// an error from a library (argument parser, limit parser, JSON) becomes the CLI's own.
import { InputError } from '../sources/errors.js';
import type { Io } from './cli-io.js';
import { USAGE, UsageError } from './usage.js';

/** The message of anything thrown. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Print `err` for the user and return the exit code (always 2: the input or the command line is unusable). */
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

/**
 * `fn()`, with whatever it throws turned into `as(message)`: a UsageError for a bad command line, an
 * InputError naming the file for a bad file. The one re-wrapping rule of the CLI.
 */
export async function rethrownAs<T>(as: (message: string) => Error, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw as(messageOf(err));
  }
}

/** For rethrownAs: the message as a UsageError. */
export const usageError = (message: string): UsageError => new UsageError(message);

/**
 * What `--json` prints when there is no report to print (an unreadable input, an unusable config): the
 * file the error names (an InputError's; `fallback` otherwise) and the message, cause and fix, as
 * `inspect --json` has always written them. `verdict: "error"` lets a reader test one field.
 */
export function errorJson(err: unknown, fallback?: string): { verdict: 'error'; file?: string; error: string } {
  const file = err instanceof InputError ? err.file : fallback;
  return { verdict: 'error', ...(file !== undefined ? { file } : {}), error: messageOf(err) };
}
