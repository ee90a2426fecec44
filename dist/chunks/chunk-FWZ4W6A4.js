import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/sources/errors.ts
var InputError = class extends Error {
  constructor(file, kind, detail, hint) {
    super(`${file}: ${detail}${hint ? `
  \u2192 ${hint}` : ""}`);
    this.file = file;
    this.kind = kind;
    this.detail = detail;
    this.hint = hint;
  }
  file;
  kind;
  detail;
  hint;
  name = "InputError";
  /**
   * True when a reader did not raise this on purpose: a JS error escaped it and was wrapped here.
   * The input is still reported cleanly, but this is a weightgate bug (the fuzzer counts these).
   */
  unexpected = false;
};
function quoteName(name, max = 80) {
  const s = typeof name === "string" ? name : String(name);
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}\u2026` : s);
}
var LFS_HINT = "The repository stores this file in Git LFS and the checkout has only the pointer. Use `lfs: true` on actions/checkout (or run `git lfs pull` locally).";
var MODEL_CODE_HINT = "weightgate never runs model code; it reads what the code writes: `model.to_json()` into a .json, or `model.save('m.keras')` (see the README, 'Definitions from model code').";
function asInputError(file, err) {
  if (err instanceof InputError) return err;
  const text = err instanceof Error ? err.message : String(err);
  const hdf5 = /HDF5-DIAG/.test(text);
  const first = text.split("\n").map((l) => l.trim()).filter(Boolean).find((l) => /major:|minor:|:\s/.test(l)) ?? text;
  const wrapped = new InputError(
    file,
    "corrupt",
    hdf5 ? `the HDF5 library could not read it (${first.slice(0, 200)})` : `could not be read: ${text.slice(0, 300)}`,
    hdf5 ? "The file is damaged or was cut short; re-download or re-save it." : "The file is probably damaged; if it loads in Keras, this is a weightgate bug: please report it with the file."
  );
  wrapped.unexpected = !hdf5;
  Object.defineProperty(wrapped, "cause", { value: err, enumerable: false });
  return wrapped;
}

export {
  InputError,
  quoteName,
  LFS_HINT,
  MODEL_CODE_HINT,
  asInputError
};
