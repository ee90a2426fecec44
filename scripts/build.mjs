// Bundles the CLI (and, once it exists, the action) into dist/. dist/ is committed: the action runs
// it, and a clean clone runs the CLI without a build step. Output is deterministic so CI can diff it.
// Usage: node scripts/build.mjs [outdir]
import { build } from 'esbuild';
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
 * workers and the glue reads that file instead (the worker is ready sooner). The literal is decoded
 * exactly as the glue's own binaryDecode does; the build fails if the glue no longer has that shape.
 */
const H5WASM_FILE = 'h5wasm.wasm';
const h5wasmAsFile = {
  name: 'h5wasm-binary-as-file',
  setup(b) {
    b.onLoad({ filter: /h5wasm[\\/]dist[\\/]node[\\/]hdf5_util\.js$/ }, async (args) => {
      const js = await readFile(args.path, 'utf8');
      const head = 'function findWasmBinary(){return binaryDecode(';
      const start = js.indexOf(head);
      if (start < 0 || js.indexOf(head, start + 1) >= 0) throw new Error(`${args.path}: findWasmBinary() not found once; update scripts/build.mjs for this h5wasm`);
      const q = js[start + head.length];
      let end = start + head.length + 1;
      while (js[end] !== q) end += js[end] === '\\' ? 2 : 1;
      if (js.slice(end + 1, end + 3) !== ')}') throw new Error(`${args.path}: unexpected findWasmBinary() shape`);
      // Build-time only: the literal is h5wasm's own code from node_modules.
      const bin = new Function(`return ${js.slice(start + head.length, end + 1)}`)();
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) {
        const c = bin.charCodeAt(i);
        bytes[i] = (~c >> 8) & c;
      }
      if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) throw new Error(`${args.path}: the embedded binary is not WebAssembly`);
      await writeFile(path.join(outdir, H5WASM_FILE), bytes);
      // A worker started with an already compiled module (workerData.h5wasmModule, from the first
      // worker: see src/formats/hdf5-host.ts) instantiates that one, sharing its compiled and
      // optimised code; the first worker compiles the file and hands its module to the host.
      const reader = `function findWasmBinary(){const shared=require("node:worker_threads").workerData?.h5wasmModule;if(shared instanceof WebAssembly.Module)return shared;const fs=require("node:fs");for(const u of [new URL("./${H5WASM_FILE}",import.meta.url),new URL("../${H5WASM_FILE}",import.meta.url)]){if(fs.existsSync(u))return new Uint8Array(fs.readFileSync(u))}throw new Error("${H5WASM_FILE} is missing next to the weightgate bundle (rebuild it with npm run build)")}`;
      const instantiate = 'var instance=await WebAssembly.instantiate(binary,imports);return instance}';
      if (js.split(instantiate).length !== 2) throw new Error(`${args.path}: instantiateArrayBuffer() not found once; update scripts/build.mjs for this h5wasm`);
      const shareable = 'if(binary instanceof WebAssembly.Module)return{instance:await WebAssembly.instantiate(binary,imports),module:binary};'
        + 'var instance=await WebAssembly.instantiate(binary,imports);try{require("node:worker_threads").parentPort?.postMessage({h5wasmModule:instance.module})}catch{}return instance}';
      return { contents: (js.slice(0, start) + reader + js.slice(end + 3)).replace(instantiate, shareable), loader: 'js' };
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
