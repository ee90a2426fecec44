// Bundles the CLI and the action into dist/ (committed: the action runs dist/, and a clean clone
// runs the CLI without a build step). Deterministic output so CI can diff it.
import { build } from 'esbuild';
import { rm, mkdir } from 'node:fs/promises';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // esbuild's ESM output has no `require`; some CommonJS dependencies call it.
  banner: { js: "import { createRequire as __wgCreateRequire } from 'node:module'; const require = __wgCreateRequire(import.meta.url);" },
};

await rm('dist', { recursive: true, force: true });
await mkdir('dist', { recursive: true });
await build({ ...common, entryPoints: { cli: 'src/cli/bin.ts' }, outdir: 'dist' });
