// The check report's JSON Schema (schema/check-report.schema.json, what reviveReport checks every report
// file against) and the TypeScript types weightgate writes reports from must not drift apart. The
// types live with their modules (diff, engine, check), so they are not derived from the schema;
// instead, for each object, the compiler checks that the lists below name every key of the type, and
// this test checks that the schema lists exactly those keys and requires exactly the required ones,
// less the few a reader recomputes or never reads (named here, each with its reason). Every report
// the fixture runs produce is also read back through the schema (test/report-goldens.test.ts).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import schema from '../schema/check-report.schema.json' with { type: 'json' };
import type { CheckReport, ModelResult, ModelStatus } from '../src/check/report.js';
import type { LayerGraph } from '../src/check/graph.js';
import type { SnapshotOutput, SnapshotResult } from '../src/check/snapshots.js';
import type { Coverage, DiffReport, Finding, ReportHint, Severity } from '../src/diff/index.js';
import type { SmokeOutput, SmokeResult, SmokeStatus, Tolerance } from '../src/engine/index.js';
import { TITLES } from '../src/report/sections.js';
import { run } from './helpers/cli.js';

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T] & string;
/** Keys of any member of a union (a finding's code-specific fields). */
type AnyKeys<T> = T extends unknown ? keyof T & string : never;

/** The keys given, sorted; a compile error unless they are exactly the members of K. */
function exactly<K extends string>() {
  return <const L extends readonly K[]>(...keys: L & ([Exclude<K, L[number]>] extends [never] ? unknown : { missing: Exclude<K, L[number]> })): string[] => [...keys].sort();
}

interface SchemaObject {
  required?: readonly string[];
  properties?: Record<string, unknown>;
}
const defs = schema.definitions;
const sub = (o: SchemaObject, key: string): SchemaObject => o.properties?.[key] as SchemaObject;
const keysOf = (o: SchemaObject): string[] => Object.keys(o.properties ?? {}).sort();
const requiredOf = (o: SchemaObject): string[] => [...(o.required ?? [])].sort();
const without = (keys: string[], left: readonly string[]): string[] => keys.filter((k) => !left.includes(k));

/**
 * Required by a type, optional in a report file. Each is recomputed on reading (verdicts, counts, the
 * summary), defaulted (a report's `seconds`), never serialised (`pairs`), or read by no renderer (the
 * diff's file facts, the loader's flags, a smoke run's time and notes): a report without them still
 * renders the same, so a hand-written or older report is not refused for them.
 */
const OPTIONAL_IN_FILE = {
  report: ['seconds', 'summary', 'verdict'],
  diff: ['schemaVersion', 'loaderError', 'verdict', 'counts', 'pairs'],
  definition: ['format', 'generation', 'name', 'className'],
  artifact: ['format', 'label', 'generation'],
  loader: ['auto', 'skipMismatch'],
  smoke: ['seconds', 'notes'],
} as const;

type Definition = DiffReport['definition'];
type Artifact = DiffReport['artifact'];
type Loader = DiffReport['loader'];
type Node = LayerGraph['nodes'][number];
type Shards = NonNullable<CheckReport['shards']>;

const CASES: [name: string, schema: SchemaObject, keys: string[], required: string[], optional: readonly string[]][] = [
  ['report', defs.report, exactly<keyof CheckReport>()('schemaVersion', 'tool', 'config', 'shards', 'models', 'removedModels', 'base', 'obsoleteSnapshots', 'notes', 'seconds', 'summary', 'verdict'),
    exactly<RequiredKeys<CheckReport>>()('schemaVersion', 'tool', 'config', 'models', 'seconds', 'summary', 'verdict'), OPTIONAL_IN_FILE.report],
  ['tool', sub(defs.report, 'tool'), exactly<keyof CheckReport['tool']>()('name', 'version'), exactly<RequiredKeys<CheckReport['tool']>>()('name', 'version'), []],
  ['shards', sub(defs.report, 'shards'), exactly<keyof Shards>()('indices', 'total'), exactly<RequiredKeys<Shards>>()('indices', 'total'), []],
  ['model', defs.model, exactly<keyof ModelResult>()('id', 'definition', 'weights', 'origin', 'status', 'error', 'diff', 'smoke', 'snapshot', 'trend', 'base', 'changes', 'graph', 'seconds'),
    exactly<RequiredKeys<ModelResult>>()('id', 'definition', 'origin', 'status', 'seconds'), []],
  // `pairs` is not serialised (a non-enumerable property), so the schema does not list it.
  ['diff', defs.diff, [...exactly<Exclude<keyof DiffReport, 'pairs'>>()('schemaVersion', 'definition', 'artifact', 'loader', 'findings', 'hints', 'coverage', 'loaderError', 'verdict', 'counts')],
    exactly<RequiredKeys<DiffReport>>()('schemaVersion', 'definition', 'artifact', 'loader', 'findings', 'hints', 'coverage', 'loaderError', 'verdict', 'counts', 'pairs'), OPTIONAL_IN_FILE.diff],
  ['diff.definition', sub(defs.diff, 'definition'), exactly<keyof Definition>()('source', 'format', 'generation', 'name', 'className'),
    exactly<RequiredKeys<Definition>>()('source', 'format', 'generation', 'name', 'className'), OPTIONAL_IN_FILE.definition],
  ['diff.artifact', sub(defs.diff, 'artifact'), exactly<keyof Artifact>()('source', 'format', 'label', 'generation', 'kerasVersion'),
    exactly<RequiredKeys<Artifact>>()('source', 'format', 'label', 'generation'), OPTIONAL_IN_FILE.artifact],
  ['diff.loader', sub(defs.diff, 'loader'), exactly<keyof Loader>()('rule', 'runtime', 'auto', 'reason', 'call', 'skipMismatch', 'alignment'),
    exactly<RequiredKeys<Loader>>()('rule', 'runtime', 'auto', 'reason', 'call', 'skipMismatch'), OPTIONAL_IN_FILE.loader],
  ['diff.coverage', sub(defs.diff, 'coverage'), exactly<keyof Coverage>()('matched', 'expected', 'saved', 'layersMatched', 'layersExpected', 'layersUnchecked'),
    exactly<RequiredKeys<Coverage>>()('matched', 'expected', 'saved', 'layersMatched', 'layersExpected', 'layersUnchecked'), []],
  ['hint', defs.hint, exactly<keyof ReportHint>()('kind', 'layers', 'message'), exactly<RequiredKeys<ReportHint>>()('kind', 'layers', 'message'), []],
  ['smoke', defs.smoke, exactly<keyof SmokeResult>()('status', 'engine', 'engineReason', 'reason', 'outputs', 'seconds', 'notes', 'engineFailure', 'limit'),
    exactly<RequiredKeys<SmokeResult>>()('status', 'engine', 'engineReason', 'outputs', 'seconds', 'notes'), OPTIONAL_IN_FILE.smoke],
  ['smoke output', defs.smokeOutput, exactly<keyof SmokeOutput>()('name', 'shape', 'finite', 'maxAbsDiff', 'tolerance', 'withinTolerance', 'problem'),
    exactly<RequiredKeys<SmokeOutput>>()('name', 'shape', 'finite'), []],
  ['snapshot', defs.snapshot, exactly<keyof SnapshotResult>()('status', 'file', 'reason', 'recordedBy', 'tolerance', 'outputs'), exactly<RequiredKeys<SnapshotResult>>()('status'), []],
  ['snapshot output', defs.snapshotOutput, exactly<keyof SnapshotOutput>()('name', 'shape', 'maxAbsDiff', 'meanAbsDiff', 'relativeError', 'top1Agreement', 'withinTolerance'),
    exactly<RequiredKeys<SnapshotOutput>>()('name', 'shape', 'maxAbsDiff', 'meanAbsDiff', 'relativeError', 'withinTolerance'), []],
  ['tolerance', sub(defs.smokeOutput, 'tolerance'), exactly<keyof Tolerance>()('atol', 'rtol', 'basis'), exactly<RequiredKeys<Tolerance>>()('atol', 'rtol', 'basis'), []],
  ['graph', defs.graph, exactly<keyof LayerGraph>()('nodes', 'edges'), exactly<RequiredKeys<LayerGraph>>()('nodes', 'edges'), []],
  ['graph node', (sub(defs.graph, 'nodes') as { items: SchemaObject }).items, exactly<keyof Node>()('name', 'className'), exactly<RequiredKeys<Node>>()('name', 'className'), []],
];

describe('the report schema and the report types', () => {
  for (const [name, object, keys, required, optional] of CASES) {
    test(`${name}: the schema lists the type's keys and requires its required ones`, () => {
      assert.deepEqual(keysOf(object), keys, `schema/check-report.schema.json ${name}: properties`);
      assert.deepEqual(requiredOf(object), without(required, optional), `schema/check-report.schema.json ${name}: required`);
    });
  }

  test('finding: the keys every finding has, required as the type requires them; the code-specific ones a renderer reads', () => {
    const common = exactly<keyof Finding>()('code', 'severity', 'layer', 'weight', 'raises', 'allowedBy', 'skipped', 'message', 'expected', 'actual', 'note', 'hint');
    const specific = ['swappedWith', 'cycle', 'autoNumbered', 'lossy'] as const satisfies readonly AnyKeys<Finding>[];
    assert.deepEqual(keysOf(defs.finding), [...common, ...specific].sort());
    assert.deepEqual(requiredOf(defs.finding), exactly<RequiredKeys<Finding>>()('code', 'severity', 'layer', 'weight', 'raises', 'message', 'expected', 'actual'));
  });

  test('the value lists are the types\' own', () => {
    assert.deepEqual([...defs.finding.properties.code.enum].sort(), Object.keys(TITLES).sort(), 'finding codes (TITLES is a Record over FindingCode)');
    assert.deepEqual([...defs.finding.properties.severity.enum].sort(), exactly<Severity>()('error', 'warning', 'info'));
    assert.deepEqual([...defs.model.properties.status.enum].sort(), exactly<ModelStatus>()('compatible', 'warnings', 'incompatible', 'error'));
    assert.deepEqual([...defs.report.properties.verdict.enum].sort(), exactly<CheckReport['verdict']>()('compatible', 'warnings', 'incompatible', 'error'));
    assert.deepEqual([...defs.diff.properties.verdict.enum].sort(), exactly<DiffReport['verdict']>()('compatible', 'warnings', 'incompatible'));
    assert.deepEqual([...defs.smoke.properties.status.enum].sort(), exactly<SmokeStatus>()('passed', 'failed', 'skipped'));
  });
});

describe('weightgate merge reads reports through the schema', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-report-schema-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const model = { id: 'a', definition: '/r/a.json', weights: '/r/a.h5', origin: 'w.yml:3:5', status: 'error', error: 'x: unreadable', seconds: 0.1 };
  const good = { schemaVersion: 1, tool: { name: 'weightgate', version: '0.1.0' }, config: 'weightgate.yml', seconds: 1, models: [model] };

  test('a tampered report is one error: the file, the field and what is wrong with it, the fix (exit 2)', async () => {
    const file = path.join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify({ ...good, models: [{ ...model, error: { '<img src=x>': 1 } }] }));
    const r = await run('merge', file);
    assert.equal(r.code, 2);
    assert.equal(r.err, `error: ${file}: not a weightgate check report: report.models[0].error is not a string\n  → Pass the report.json that weightgate (the action or \`weightgate check --json\`) wrote.\n`);
    assert.equal(r.out, '');
  });

  test('a missing field is named as missing', async () => {
    const file = path.join(dir, 'no-status.json');
    const { status: _status, ...noStatus } = model;
    writeFileSync(file, JSON.stringify({ ...good, models: [noStatus] }));
    const r = await run('merge', file);
    assert.equal(r.code, 2);
    assert.match(r.err, /no-status\.json: not a weightgate check report: report\.models\[0\]\.status is missing\n/);
  });

  test('a good report merges', async () => {
    const file = path.join(dir, 'good.json');
    writeFileSync(file, JSON.stringify(good));
    const r = await run('merge', file);
    assert.match(r.out, /unreadable/);
    assert.equal(r.code, 1);
  });
});
