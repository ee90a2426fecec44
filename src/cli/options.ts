// Option tables shared by several commands (kept apart from main.ts, which imports the commands).

/** How the weights are paired: shared by `diff` and `convert`. */
export const PAIRING_OPTIONS = {
  loader: { type: 'string' },
  'by-name': { type: 'boolean' },
  'skip-mismatch': { type: 'boolean' },
  runtime: { type: 'string' },
  'allow-missing': { type: 'string', multiple: true },
  'allow-unexpected': { type: 'string', multiple: true },
  'allow-mismatch': { type: 'string', multiple: true },
} as const;

/** `check` only: the config's paths may leave its repository (a local run of a config you trust). */
export const CHECK_OPTIONS = {
  'allow-outside': { type: 'boolean' },
} as const;

export const ENGINES: readonly string[] = ['auto', 'tfjs-node', 'wasm', 'cpu'];
