// Bundles the CLI (and, once it exists, the action) into dist/. dist/ is committed: the action runs
// it, and a clean clone runs the CLI without a build step. Output is deterministic so CI can diff it.
// Usage: node scripts/build.mjs [outdir]
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const outdir = path.resolve(process.argv[2] ?? 'dist');
// HDF5 and the smoke inference run in worker threads (src/formats/hdf5-host.ts and
// src/engine/smoke-host.ts find them next to the bundle).
const entryPoints = { cli: 'src/cli/bin.ts', 'hdf5-worker': 'src/formats/hdf5-worker.ts', 'smoke-worker': 'src/engine/smoke-worker.ts' };
if (existsSync('src/index.ts')) entryPoints.index = 'src/index.ts';
// `import { registerWeightgateLayers } from 'weightgate/tfjs-layers'` for apps that load converted models.
entryPoints['tfjs-layers'] = 'src/engine/layers/index.ts';

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  // The CLI and the action share one copy of h5wasm and the readers.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  // esbuild's ESM output has no `require`, `__filename` or `__dirname`; CommonJS dependencies
  // (tfjs-backend-wasm's loader) use them.
  banner: {
    js: [
      "import { createRequire as __wgCreateRequire } from 'node:module';",
      "import { fileURLToPath as __wgFileURLToPath } from 'node:url';",
      "import { dirname as __wgDirname } from 'node:path';",
      'const require = __wgCreateRequire(import.meta.url);',
      'const __filename = __wgFileURLToPath(import.meta.url);',
      'const __dirname = __wgDirname(__filename);',
    ].join(' '),
  },
});

// The WASM engine loads its binaries from next to the bundle (src/engine/select.ts: defaultWasmDirs).
const wasmDir = path.dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
for (const f of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm']) {
  await copyFile(path.join(wasmDir, f), path.join(outdir, f));
}
