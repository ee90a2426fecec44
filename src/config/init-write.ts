// `weightgate init`, second half: the plan of src/config/init-scan.ts as a commented weightgate.yml. The
// YAML is built with the yaml package's Document API (every value quoted as YAML needs, every comment
// line prefixed with `#`), then read back with the loader `check` uses: a file that would not load, or
// would load other paths than the ones found, is a weightgate bug and is never written.
import { Document, isMap, isSeq } from 'yaml';
import { WEIGHTGATE_VERSION } from '../text/weightgate-version.js';
import { SCHEMA_MODELINE } from './config-schema.js';
import type { InitPlan, PlannedModel, Skipped } from './init-scan.js';
import { parseConfig } from './load.js';

/**
 * Text safe in a one-line comment and on a terminal: control characters (a newline or carriage return
 * would end the comment, an escape sequence would act on a terminal) are shown escaped, as JSON does.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** A YAML scalar for a commented-out suggestion: plain when unambiguous, else double-quoted (JSON is valid YAML). */
function scalar(value: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(value) ? value : JSON.stringify(value);
}

function describe(m: PlannedModel): string {
  if (!m.weights.length) return `${oneLine(m.definition.format)}: definition and weights in one file`;
  const formats = [...new Set(m.weights.map((w) => oneLine(w.format)))].join('; ');
  return `${oneLine(m.definition.format)} + weights of the same name${m.acrossFolders ? ' (the only two files of that name, in two folders)' : ''}: ${formats}`;
}

function list(title: string, items: readonly Skipped[]): string[] {
  if (!items.length) return [];
  return ['', `${title} (${items.length}):`, ...items.map((s) => `- ${oneLine(s.rel)}: ${oneLine(s.reason)}`)];
}

/** The config's text; throws (a bug) if it would not load as planned. `plan.models` must not be empty. */
export function initConfigText(plan: InitPlan): string {
  const models = plan.models.map((m) => ({
    name: m.name,
    definition: m.definition.rel,
    ...(m.weights.length === 1 ? { weights: m.weights[0]!.rel } : m.weights.length > 1 ? { weights: m.weights.map((w) => w.rel) } : {}),
  }));
  const doc = new Document({ version: 1, models });
  doc.commentBefore = [
    SCHEMA_MODELINE.replace(/^#/, ''),
    ` Written by \`weightgate init\` (weightgate ${WEIGHTGATE_VERSION}) from the model files in this folder. Each entry is a`,
    ' model definition and the weights it must load; `weightgate check` checks them all. Paths are relative to',
    ' this file. Per entry (or under `defaults:`) you can add `loader`, `allow`, `skip_mismatch`, `smoke`, … (see the README).',
  ].join('\n');
  const seq = doc.get('models', true);
  if (isSeq(seq)) {
    seq.items.forEach((item, i) => {
      const m = plan.models[i];
      if (m && isMap(item)) item.commentBefore = ` ${describe(m)}`;
    });
  }
  // Suggestions come first, right under the entries: uncommented (an editor's toggle-comment removes
  // the `# `), they are entries of the `models` list as they stand.
  const tail = [
    ...(plan.suggestions.length
      ? ['Possible entries, not paired because their names or folders differ or two definitions could load one weights file: uncomment one to check it.',
        ...plan.suggestions.flatMap((s) => [
          `  - name: ${scalar(s.name)}     # ${oneLine(s.why)}`, `    definition: ${scalar(s.definition)}`, `    weights: ${scalar(s.weights)}`])]
      : []),
    ...list('Not paired, so not checked', plan.unpaired),
    ...list('Named like model files but not readable', plan.unreadable),
    ...(plan.notes.length ? ['', ...plan.notes.map((n) => `Note: ${oneLine(n)}`)] : []),
  ];
  if (tail.length) doc.comment = tail.map((l) => (l ? ` ${l}` : '')).join('\n').replace(/^\n/, '');
  const text = doc.toString({ lineWidth: 0 }).replace(/\n*$/, '\n');
  assertLoadsAsPlanned(text, plan);
  return text;
}

/** Read `text` back as `check` reads a config, and compare the entries with the plan. */
function assertLoadsAsPlanned(text: string, plan: InitPlan): void {
  const config = parseConfig('weightgate.yml', text);
  const got = config.models.map((m) => [m.name, m.definition, m.weights === undefined ? [] : Array.isArray(m.weights) ? m.weights : [m.weights]]);
  const want = plan.models.map((m) => [m.name, m.definition.rel, m.weights.map((w) => w.rel)]);
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error('weightgate init wrote a config that reads back differently from what it found');
}
