// Option tables shared by several commands, and the coercion of option values: every value is checked
// against the one list it comes from (loader rules in src/diff, engines in src/engine), and a bad one
// is a UsageError naming the option, what it accepts and what it got.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import { FAIL_ON, type FailOn } from '../check/report.js';
import { CONFIG_SCHEMA } from '../config/config-schema.js';
import type { DiffOptions } from '../diff/index.js';
import { LOADER_RULES } from '../diff/loader-rule.js';
import { ENGINE_PREFERENCES } from '../engine/engine-types.js';
import { parseLimitOption, type Limits } from '../sources/limits.js';
import { rethrownAs, usageError } from './cli-errors.js';
import { UsageError } from './usage.js';

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

/** `--limit NAME=VALUE` (repeatable): inspect, diff and check. */
export const LIMIT_OPTION = { limit: { type: 'string', multiple: true } } as const;

/** `--loader`: the pairing rules, or auto (from the weights' format). */
const LOADERS = ['auto', ...LOADER_RULES] as const;
/** `--runtime`: the config's `runtime:` values. */
const RUNTIMES = CONFIG_SCHEMA.definitions.options.properties.runtime.enum;

/**
 * node:util's parseArgs, strict, with its complaints as UsageErrors; an unknown option gets the
 * nearest known one, as a misspelt config key does (`--smok`: did you mean `--smoke`?).
 */
export function parseCommandLine<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  return rethrownAs((message) => {
    const unknown = /^Unknown option '(--?[^']+)'/.exec(message)?.[1];
    if (unknown === undefined) return usageError(message);
    const names = Object.keys(options).map((k) => `--${k}`);
    const near = closest(unknown, names);
    return new UsageError(`unknown option '${unknown}'${near && distance(unknown, near) <= Math.max(2, near.length / 3) ? `: did you mean '${near}'?` : ''}`);
  }, () => parseArgs({ args, options, allowPositionals: true, strict: true }));
}

function isOneOf<T extends string>(value: string, choices: readonly T[]): value is T {
  return (choices as readonly string[]).includes(value);
}

/** `value` if it is one of `choices` (undefined when the option is absent); `accepted` words the list in the error. */
export function choiceOption<T extends string>(name: string, value: string | undefined, choices: readonly T[],
  accepted = `one of ${choices.join(', ')}`): T | undefined {
  if (value === undefined) return undefined;
  if (!isOneOf(value, choices)) throw new UsageError(`--${name} must be ${accepted} (got '${value}')`);
  return value;
}

/** `--engine`: auto when absent. */
export function engineOption(value: string | undefined): typeof ENGINE_PREFERENCES[number] {
  return choiceOption('engine', value ?? 'auto', ENGINE_PREFERENCES) ?? 'auto';
}

/** `--fail-on`: error when absent. */
export function failOnOption(value: string | undefined): FailOn {
  return choiceOption('fail-on', value ?? 'error', FAIL_ON, 'error, warning, never or new-errors') ?? 'error';
}

/** A non-negative number (or integer) option; undefined when absent. */
export function numberOption(name: string, value: string | undefined, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < 0) {
    throw new UsageError(`--${name} must be a ${integer ? 'non-negative integer' : 'non-negative number'} (got '${value}')`);
  }
  return n;
}

/** `--limit NAME=VALUE` (repeatable): overrides of the reading limits in src/sources/limits.ts. */
export function limitsOption(specs: readonly string[] | undefined): Promise<Partial<Limits>> {
  return rethrownAs(usageError, () => (specs ?? []).reduce<Partial<Limits>>((limits, spec) => ({ ...limits, ...parseLimitOption(spec) }), {}));
}

/** A repeatable, comma-separated list option (`--allow-missing a,b --allow-missing c`). */
function listOption(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
}

/** The values PAIRING_OPTIONS parse to. */
export interface PairingValues {
  loader?: string;
  'by-name'?: boolean;
  'skip-mismatch'?: boolean;
  runtime?: string;
  'allow-missing'?: string[];
  'allow-unexpected'?: string[];
  'allow-mismatch'?: string[];
}

/** `diff`'s and `convert`'s pairing options, as the diff takes them. */
export function diffOptionsFrom(values: PairingValues): DiffOptions {
  const loader = choiceOption('loader', values.loader, LOADERS);
  const runtime = choiceOption('runtime', values.runtime, RUNTIMES, 'keras2 or keras3');
  return {
    ...(loader && loader !== 'auto' ? { loader } : {}),
    ...(values['by-name'] ? { byName: true } : {}),
    ...(values['skip-mismatch'] ? { skipMismatch: true } : {}),
    ...(runtime ? { runtime } : {}),
    allowMissing: listOption(values['allow-missing']),
    allowUnexpected: listOption(values['allow-unexpected']),
    allowMismatch: listOption(values['allow-mismatch']),
  };
}

/** `--color` / `--no-color`: true, false, or undefined to follow the terminal rules (terminal.ts). */
export function colorOption(values: { color?: boolean; 'no-color'?: boolean }): boolean | undefined {
  if (values['no-color']) return false;
  return values.color;
}

/**
 * For commands whose `--json` / `--markdown` are switches (the report on stdout: inspect, diff):
 * `--json -` and `--json=-` mean the same, as `check --json -` does. parseArgs would take that `-`
 * for one more file, or refuse a value for a switch.
 */
export function dashMeansStdout(args: readonly string[], switches: readonly string[]): string[] {
  const out: string[] = [];
  for (const [i, a] of args.entries()) {
    if (a === '--') return [...out, ...args.slice(i)];
    if (a === '-' && switches.some((s) => args[i - 1] === `--${s}`)) continue;
    out.push(switches.some((s) => a === `--${s}=-`) ? a.slice(0, -2) : a);
  }
  return out;
}
