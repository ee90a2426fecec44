// One error type for every input problem: it names the file, says what is wrong, and what to do.
// The CLI and the action print `message` as is and never a stack trace.

export type InputErrorCause =
  | 'not-found'
  | 'lfs-pointer'
  | 'html-page'
  | 'truncated'
  | 'not-keras'
  | 'unsupported-format'
  | 'corrupt'
  | 'limit'
  | 'unsafe-path'
  | 'bad-config'
  | 'base-unavailable';

export class InputError extends Error {
  override name = 'InputError';
  /**
   * True when a reader did not raise this on purpose: a JS error escaped it and was wrapped here.
   * The input is still reported cleanly, but this is a weightgate bug (the fuzzer counts these).
   */
  unexpected = false;

  constructor(
    readonly file: string,
    readonly kind: InputErrorCause,
    readonly detail: string,
    readonly hint?: string,
  ) {
    super(`${file}: ${detail}${hint ? `\n  → ${hint}` : ''}`);
  }
}

/**
 * A name taken from a file, fit to quote in a message: JSON-quoted (so control characters and
 * terminal escapes show as `\u001b`, never act) and cut to `max` characters.
 */
export function quoteName(name: unknown, max = 80): string {
  const s = typeof name === 'string' ? name : String(name);
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
}

export const LFS_HINT =
  'The repository stores this file in Git LFS and the checkout has only the pointer. ' +
  'Use `lfs: true` on actions/checkout (or run `git lfs pull` locally).';

/**
 * What to do instead of pointing weightgate at model code (or at a format it does not read): it reads
 * the files Keras writes from that code. The README section of this name shows the workflow.
 */
export const MODEL_CODE_HINT =
  "weightgate never runs model code; it reads what the code writes: `model.to_json()` into a .json, or `model.save('m.keras')` " +
  "(see the README, 'Definitions from model code').";

/** Turn anything thrown while reading a file into an InputError naming that file. */
export function asInputError(file: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  const text = err instanceof Error ? err.message : String(err);
  // h5wasm prefixes every HDF5 failure with its diagnostic banner; keep only the useful line.
  const hdf5 = /HDF5-DIAG/.test(text);
  const first = text.split('\n').map((l) => l.trim()).filter(Boolean).find((l) => /major:|minor:|:\s/.test(l)) ?? text;
  const wrapped = new InputError(
    file,
    'corrupt',
    hdf5 ? `the HDF5 library could not read it (${first.slice(0, 200)})` : `could not be read: ${text.slice(0, 300)}`,
    hdf5 ? 'The file is damaged or was cut short; re-download or re-save it.'
      : 'The file is probably damaged; if it loads in Keras, this is a weightgate bug: please report it with the file.',
  );
  wrapped.unexpected = !hdf5;
  // Kept for whoever debugs it (the fuzzer prints it); the CLI never shows it.
  Object.defineProperty(wrapped, 'cause', { value: err, enumerable: false });
  return wrapped;
}
