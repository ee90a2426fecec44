// Writes schema/weightgate.schema.json (the file editors and users point at) from the config's schema in
// src/config/config-schema.ts, its one home. Run after changing that file: `npm run schema`.
// test/config-schema.test.ts fails while the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { configSchemaText } from '../src/config/config-schema.js';

const file = path.resolve(import.meta.dirname, '..', 'schema', 'weightgate.schema.json');
writeFileSync(file, configSchemaText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
