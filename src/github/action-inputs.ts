// The action's inputs, read once and checked as a whole: a typed object, or an error naming the input
// and the values it accepts. Nothing downstream reads `core.getInput` or sees an unchecked string.
import { parseShard } from '../config/expand.js';
import { DEFAULT_CONFIG_FILE } from '../config/load.js';
import { ENGINE_PREFERENCES, type EngineName } from '../engine/engine-types.js';
import { FAIL_ON, type FailOn } from '../check/report.js';

export type CommentMode = 'auto' | 'always' | 'never';

export interface ActionInputs {
  config: string;
  failOn: FailOn;
  /** `auto`: on a pull request, the base commit of the pull request; `none`; or a git ref. */
  base: string;
  comment: CommentMode;
  /** Empty when the workflow passed none: nothing is posted then. */
  token: string;
  /** Overrides every model's `engine` in the config when set. */
  engine?: EngineName;
  shard?: { index: number; total: number };
  /** Files to write the badge to: `.svg` (badge-maker) or `.json` (shields.io endpoint). */
  badge: string[];
  /** Title of the issue that tracks a failing scheduled run. */
  trackingIssue?: string;
  workingDirectory: string;
  /** Glob of shard reports to merge instead of running a check. */
  merge?: string;
  /** A report (or glob of shard reports) written by another workflow, to comment with. */
  commentFrom?: string;
  /**
   * The workflow lets the config's `limits` raise a limit or turn it off (`allow-config-limits: true`).
   * Off by default: the config comes from the pull request. Lowering a limit needs no permission.
   */
  allowConfigLimits?: boolean;
}

export class InputsError extends Error {
  override name = 'InputsError';
}

type GetInput = (name: string) => string;

function isOneOf<T extends string>(values: readonly T[], v: string): v is T {
  return (values as readonly string[]).includes(v);
}

function oneOf<T extends string>(get: GetInput, name: string, values: readonly T[], fallback: T): T {
  const v = get(name).trim() || fallback;
  if (!isOneOf(values, v)) throw new InputsError(`input '${name}' must be one of ${values.join(', ')} (got '${v}')`);
  return v;
}

/** A boolean input the way YAML 1.2 and `core.getBooleanInput` spell it; empty is `fallback`. */
function bool(get: GetInput, name: string, fallback: boolean): boolean {
  const v = get(name).trim();
  if (!v) return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputsError(`input '${name}' must be true or false (got '${v}')`);
}

function list(text: string): string[] {
  return text.split(/\r?\n|,/).map((s) => s.trim()).filter(Boolean);
}

export function readInputs(get: GetInput): ActionInputs {
  const failOn = oneOf<FailOn>(get, 'fail-on', FAIL_ON, 'error');
  const base = get('base').trim() || 'auto';
  if (base.startsWith('-') || /\s/.test(base)) throw new InputsError(`input 'base' must be auto, none or a git ref (got '${base}')`);
  const comment = oneOf<CommentMode>(get, 'comment', ['auto', 'always', 'never'], 'auto');
  const engineText = oneOf(get, 'engine', ENGINE_PREFERENCES, 'auto');
  let shard: ActionInputs['shard'];
  const shardText = get('shard').trim();
  if (shardText) {
    try {
      shard = parseShard(shardText);
    } catch {
      throw new InputsError(`input 'shard' must be i/n with 1 ≤ i ≤ n, e.g. \${{ matrix.shard }}/\${{ strategy.job-total }} (got '${shardText}')`);
    }
  }
  const badge = list(get('badge'));
  for (const b of badge) {
    if (!/\.(svg|json)$/i.test(b)) throw new InputsError(`input 'badge': '${b}' must end in .svg (an image) or .json (a shields.io endpoint)`);
  }
  const allowConfigLimits = bool(get, 'allow-config-limits', false);
  const merge = get('merge').trim() || undefined;
  const commentFrom = get('comment-from').trim() || undefined;
  if (merge && commentFrom) throw new InputsError("inputs 'merge' and 'comment-from' exclude each other: 'comment-from' takes a glob of shard reports too");
  if (shard && (merge || commentFrom)) throw new InputsError(`input 'shard' runs one slice of a check; it makes no sense with '${merge ? 'merge' : 'comment-from'}', which reads reports`);
  return {
    config: get('config').trim() || DEFAULT_CONFIG_FILE,
    failOn,
    base,
    comment,
    token: get('github-token').trim(),
    ...(engineText !== 'auto' ? { engine: engineText } : {}),
    ...(shard ? { shard } : {}),
    badge,
    ...(get('tracking-issue').trim() ? { trackingIssue: get('tracking-issue').trim() } : {}),
    workingDirectory: get('working-directory').trim() || '.',
    ...(merge ? { merge } : {}),
    ...(commentFrom ? { commentFrom } : {}),
    ...(allowConfigLimits ? { allowConfigLimits } : {}),
  };
}
