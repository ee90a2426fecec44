// The config's JSON Schema has one home (src/config/config-schema.ts, from which the config's TypeScript
// type is derived); the committed schema/weightgate.schema.json, which editors and users point at, is
// written from it by scripts/write-config-schema.ts and must not drift from it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CONFIG_SCHEMA, configSchemaText } from '../src/config/config-schema.js';
import { LOADER_RULES } from '../src/diff/loader-rule.js';
import { ENGINE_PREFERENCES } from '../src/engine/engine-types.js';

const committed = readFileSync(path.resolve(import.meta.dirname, '..', 'schema', 'weightgate.schema.json'), 'utf8');

test('schema/weightgate.schema.json is exactly what scripts/write-config-schema.ts writes (npm run schema)', () => {
  assert.equal(committed, configSchemaText(), 'the committed schema differs from src/config/config-schema.ts: run `npm run schema`');
});

test('the schema\'s loader and engine names are the diff\'s and the engine\'s own lists', () => {
  const options = JSON.parse(committed).definitions.options.properties;
  assert.deepEqual(options.loader.enum, ['auto', ...LOADER_RULES]);
  assert.deepEqual(options.engine.enum, [...ENGINE_PREFERENCES]);
  assert.deepEqual(CONFIG_SCHEMA.definitions.options.properties.engine.enum, ENGINE_PREFERENCES);
});
