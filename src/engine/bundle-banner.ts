// esbuild's ESM output has no `require`, `__filename` or `__dirname`, which CommonJS dependencies
// (tfjs-backend-wasm's loader) use. One banner for every ESM bundle weightgate makes: the committed
// dist/ (scripts/build.mjs) and the smoke worker bundled under tsx (smoke-host.ts).
export const BUNDLE_BANNER = [
  "import { createRequire as __wgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __wgFileURLToPath } from 'node:url';",
  "import { dirname as __wgDirname } from 'node:path';",
  'const require = __wgCreateRequire(import.meta.url);',
  'const __filename = __wgFileURLToPath(import.meta.url);',
  'const __dirname = __wgDirname(__filename);',
].join(' ');
