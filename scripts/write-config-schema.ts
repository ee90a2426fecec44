// Writes schema/weightgate.schema.json (the file editors and users point at), docs/schemastore-catalog.json
// (the entry to submit to SchemaStore's catalog) and the config's compiled validator
// (src/config/config-validator.js) from src/config/config-schema.ts, their one home. Run after changing
// that file, package.json's version or its repository: `npm run schema`.
// test/config-schema.test.ts fails while a committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { configSchemaText, schemaStoreEntryText } from '../src/config/config-schema.js';
import { configValidatorText, configValidatorTypes } from './config-validator.js';

const root = path.resolve(import.meta.dirname, '..');
for (const [file, text] of [
  [path.join(root, 'schema', 'weightgate.schema.json'), configSchemaText()],
  [path.join(root, 'docs', 'schemastore-catalog.json'), schemaStoreEntryText()],
  [path.join(root, 'src', 'config', 'config-validator.js'), configValidatorText()],
  [path.join(root, 'src', 'config', 'config-validator.d.ts'), configValidatorTypes()],
] as const) {
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
