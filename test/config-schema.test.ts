// The config's JSON Schema has one home (src/config/config-schema.ts, from which the config's TypeScript
// type is derived); the committed schema/weightgate.schema.json, which editors and users point at, is
// written from it by scripts/write-config-schema.ts and must not drift from it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CONFIG_SCHEMA, CONFIG_SCHEMA_URL, SCHEMA_MODELINE, configSchemaText, githubRepository, schemaStoreEntryText } from '../src/config/config-schema.js';
import { initConfigText } from '../src/config/init-write.js';
import { LOADER_RULES } from '../src/diff/loader-rule.js';
import { ENGINE_PREFERENCES } from '../src/engine/engine-types.js';
import { configValidatorText, configValidatorTypes } from '../scripts/config-validator.js';
import { Ajv } from 'ajv';
import { validate } from '../src/config/config-validator.js';

const committed = readFileSync(path.resolve(import.meta.dirname, '..', 'schema', 'weightgate.schema.json'), 'utf8');

test('schema/weightgate.schema.json is exactly what scripts/write-config-schema.ts writes (npm run schema)', () => {
  assert.equal(committed, configSchemaText(), 'the committed schema differs from src/config/config-schema.ts: run `npm run schema`');
});

test('src/config/config-validator.js is ajv\'s standalone code for the schema (npm run schema), and judges as ajv does', () => {
  const dir = path.resolve(import.meta.dirname, '..', 'src', 'config');
  assert.equal(readFileSync(path.join(dir, 'config-validator.js'), 'utf8'), configValidatorText(), 'the committed validator differs from the schema: run `npm run schema`');
  assert.equal(readFileSync(path.join(dir, 'config-validator.d.ts'), 'utf8'), configValidatorTypes());
  // The same verdicts and errors as ajv compiling the schema at run time, on a good and a bad config.
  const live = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(CONFIG_SCHEMA);
  const configs: unknown[] = [
    { version: 1, models: [{ name: 'a', definition: 'a.json', weights: 'a.h5', smoke: { seed: 1 } }] },
    { version: 1, modles: [], models: [{ definiton: 'a.json', weights: 3, smoke: 'yes' }], concurrency: -1 },
  ];
  for (const config of configs) {
    assert.equal(validate(config), live(config));
    assert.deepEqual(validate.errors, live.errors);
  }
  assert.ok((live.errors?.length ?? 0) >= 4, 'the bad config has several errors');
});

test('the schema\'s loader and engine names are the diff\'s and the engine\'s own lists', () => {
  const options = JSON.parse(committed).definitions.options.properties;
  assert.deepEqual(options.loader.enum, ['auto', ...LOADER_RULES]);
  assert.deepEqual(options.engine.enum, [...ENGINE_PREFERENCES]);
  assert.deepEqual(CONFIG_SCHEMA.definitions.options.properties.engine.enum, ENGINE_PREFERENCES);
});

// The schema's stable address has one home, package.json (`repository` and `version`): the `$id`, the
// line `weightgate init` writes, the line the README shows and the SchemaStore entry all derive from it.
const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; repository?: { url?: string } };

test('the schema\'s $id is the raw file in package.json\'s repository at the release tag of its version', () => {
  const repo = /github\.com\/([^/]+\/[^/.]+)/.exec(pkg.repository?.url ?? '')?.[1];
  assert.ok(repo, 'package.json names its GitHub repository');
  const url = `https://raw.githubusercontent.com/${repo}/v${pkg.version}/schema/weightgate.schema.json`;
  assert.equal(CONFIG_SCHEMA_URL, url);
  assert.equal(JSON.parse(committed).$id, url);
  assert.equal(SCHEMA_MODELINE, `# yaml-language-server: $schema=${url}`);
});

test('the URL the README shows, the one weightgate init writes and the $id are one', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const shown = [...readme.matchAll(/^# yaml-language-server: \$schema=(\S+)$/gm)].map((m) => m[1]);
  assert.ok(shown.length >= 1, 'the README shows the line in full');
  for (const url of shown) assert.equal(url, JSON.parse(committed).$id);
  const found = { abs: '/r/m.keras', rel: 'm.keras', role: 'model' as const, format: 'Keras archive (.keras)', folder: '.', stem: 'm' };
  const text = initConfigText({ dir: '/r', root: '/r', models: [{ name: 'm', definition: found, weights: [] }], unpaired: [], suggestions: [], unreadable: [], notModels: [], notes: [] });
  assert.equal(text.split('\n')[0], `# yaml-language-server: $schema=${JSON.parse(committed).$id}`);
});

test('docs/schemastore-catalog.json is the SchemaStore entry for this schema (npm run schema writes it)', () => {
  const text = readFileSync(path.join(root, 'docs', 'schemastore-catalog.json'), 'utf8');
  assert.equal(text, schemaStoreEntryText(), 'the committed catalog entry differs: run `npm run schema`');
  const entry = JSON.parse(text) as Record<string, unknown>;
  // The fields SchemaStore's catalog.json takes for an entry, and nothing else.
  assert.deepEqual(Object.keys(entry).sort(), ['description', 'fileMatch', 'name', 'url']);
  assert.equal(entry.url, JSON.parse(committed).$id);
  assert.deepEqual(entry.fileMatch, ['weightgate.yml', 'weightgate.yaml']);
});

test('a repository URL that is not GitHub\'s is refused with its value named', () => {
  assert.equal(githubRepository({ url: 'git+https://github.com/weightgate/weightgate.git' }), 'weightgate/weightgate');
  assert.equal(githubRepository({ url: 'https://github.com/a-b/c.d' }), 'a-b/c.d');
  assert.throws(() => githubRepository({ url: 'https://gitlab.com/a/b.git' }), /gitlab\.com\/a\/b\.git.*not a GitHub repository URL/);
});
