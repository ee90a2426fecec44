// Bundles the CLI (and, once it exists, the action) into dist/. dist/ is committed: the action runs
// it, and a clean clone runs the CLI without a build step. Output is deterministic so CI can diff it.
// Usage: node scripts/build.mjs [outdir]
import { build, transformSync } from 'esbuild';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const outdir = path.resolve(process.argv[2] ?? 'dist');
// HDF5 and the smoke inference run in worker threads (src/formats/hdf5-host.ts and
// src/engine/smoke-host.ts find them next to the bundle).
const entryPoints = { cli: 'src/cli/bin.ts', 'hdf5-worker': 'src/formats/hdf5-worker.ts', 'smoke-worker': 'src/engine/smoke-worker.ts' };
if (existsSync('src/index.ts')) entryPoints.index = 'src/index.ts';
// `import { registerWeightgateLayers } from 'weightgate/tfjs-layers'` for apps that load converted models.
entryPoints['tfjs-layers'] = 'src/engine/layers/index.ts';

/**
 * h5wasm's emscripten glue carries its 4 MB WebAssembly binary as a string literal, which every HDF5
 * worker would parse before compiling it. The bundle ships the binary as h5wasm.wasm next to the
 * workers and the glue reads that file instead (the worker is ready sooner), unless the host hands
 * it a module another worker compiled (it then shares that module's compiled and optimised code).
 * The rewrite is src/formats/h5wasm-glue.ts's, which the TypeScript sources use under tsx too.
 */
const H5WASM_FILE = 'h5wasm.wasm';
/** A dependency-free module of src/, loaded without tsx. */
async function sourceModule(url) {
  const code = transformSync(await readFile(url, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20' }).code;
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}
const { shareableH5wasmGlue } = await sourceModule(new URL('../src/formats/h5wasm-glue.ts', import.meta.url));
const { BUNDLE_BANNER } = await sourceModule(new URL('../src/engine/bundle-banner.ts', import.meta.url));
const h5wasmAsFile = {
  name: 'h5wasm-binary-as-file',
  setup(b) {
    b.onLoad({ filter: /h5wasm[\\/]dist[\\/]node[\\/]hdf5_util\.js$/ }, async (args) => {
      const fallback = `const fs=require("node:fs");for(const u of [new URL("./${H5WASM_FILE}",import.meta.url),new URL("../${H5WASM_FILE}",import.meta.url)]){if(fs.existsSync(u))return new Uint8Array(fs.readFileSync(u))}throw new Error("${H5WASM_FILE} is missing next to the weightgate bundle (rebuild it with npm run build)")`;
      const { glue, wasm } = shareableH5wasmGlue(await readFile(args.path, 'utf8'), args.path, fallback);
      await writeFile(path.join(outdir, H5WASM_FILE), wasm);
      return { contents: glue, loader: 'js' };
    });
  },
};

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
  plugins: [h5wasmAsFile],
  banner: { js: BUNDLE_BANNER },
});

// The WASM engine loads its binaries from next to the bundle (src/engine/select.ts: defaultWasmDirs).
const wasmDir = path.dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
for (const f of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm']) {
  await copyFile(path.join(wasmDir, f), path.join(outdir, f));
}
