// A report read back from a file (`weightgate merge`, the action's `merge` and `comment-from`) may come
// from a fork's run, and its strings end up in a comment posted with a write token. Before anything
// renders it, schema/check-report.schema.json (the published description of the report) checks every
// field a renderer reads: escaping needs strings, a number where a string was expected would crash,
// an object where a number was expected would be printed unescaped. Unknown fields pass, so newer
// reports still read. test/report-schema.test.ts keeps the schema and the TypeScript types in step.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../schema/check-report.schema.json' with { type: 'json' };
import { InputError } from '../sources/errors.js';
import type { CheckReport, ModelResult } from './report.js';

/**
 * A report file the schema accepted: what `toJson` writes, less what every reader recomputes
 * (verdicts, counts, the summary). Fields the schema leaves optional but the types require are those
 * no renderer reads (test/report-schema.test.ts lists them).
 */
export interface ReportFile {
  schemaVersion: 1;
  tool: CheckReport['tool'];
  config: string;
  shards?: { indices: number[]; total: number };
  models: ModelResult[];
  notes?: string[];
  seconds?: number;
  base?: CheckReport['base'];
  removedModels?: CheckReport['removedModels'];
  obsoleteSnapshots?: string[];
}

// Compiled on first use: most runs never read a report back.
let validate: ValidateFunction | undefined;

const TYPE_WORDS: Record<string, string> = {
  string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false', array: 'a list', object: 'an object', null: 'null',
};

/** `/models/0/id` → `report.models[0].id`. */
function fieldOf(pointer: string): string {
  const steps = pointer ? pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : [];
  return steps.reduce((at, s) => (/^\d+$/.test(s) ? `${at}[${s}]` : `${at}.${s}`), 'report');
}

function listed(values: unknown): string {
  return (Array.isArray(values) ? values : [values]).map((v) => String(v)).join(', ');
}

/** One error in words: the field, and what it is not. */
function describe(e: ErrorObject): string {
  const at = fieldOf(e.instancePath);
  if (e.keyword === 'required') return `${at}.${String(e.params.missingProperty)} is missing`;
  // A schema node with a title names what belongs there as a whole (`a [from, to] pair`).
  const title = (e.parentSchema as { title?: unknown } | undefined)?.title;
  if (typeof title === 'string') return `${at} is not ${title}`;
  switch (e.keyword) {
    case 'type':
      return `${at} is not ${listed(e.params.type).split(', ').map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`;
    case 'enum':
      return `${at} is not one of ${listed(e.params.allowedValues)}`;
    case 'const':
      return `${at} is not one of ${listed(e.params.allowedValue)}`;
    default:
      return `${at} ${e.message ?? 'is not valid'}`;
  }
}

/** Throws an InputError naming `source`, the first field that is not what a weightgate report holds, and the fix. */
export function checkReportShape(json: unknown, source: string): asserts json is ReportFile {
  // verbose: each error carries its parentSchema, whose title names a whole value (describe()).
  validate ??= new Ajv({ verbose: true }).compile(schema);
  if (validate(json)) return;
  const [first] = validate.errors ?? [];
  throw new InputError(
    source,
    'corrupt',
    `not a weightgate check report: ${first ? describe(first) : 'it does not match schema/check-report.schema.json'}`,
    'Pass the report.json that weightgate (the action or `weightgate check --json`) wrote.',
  );
}
