// h5wasm's emscripten glue (h5wasm/dist/node/hdf5_util.js) carries its 4 MB WebAssembly binary as a
// string literal, which every HDF5 worker would parse, decode and compile again (~0.45 s of CPU a
// worker, and the fuzzer and damaged files replace workers often). This rewrites the glue so that
// a worker takes the binary, or better the module another worker compiled, from its workerData,
// and hands the module it compiled to the host (hdf5-host.ts keeps it for the next workers, which
// then share its compiled and optimised code), and lets the worker bound the heap's growth during
// one call (HEAP_GROWTH_HOOK). One rewrite for both homes of the worker: the
// bundle (scripts/build.mjs, which ships the binary as a file) and the TypeScript sources under tsx
// (hdf5-host.ts's devWorkerUrl). Pure string work: this module imports nothing.

const HEAD = 'function findWasmBinary(){return binaryDecode(';
const INSTANTIATE = 'var instance=await WebAssembly.instantiate(binary,imports);return instance}';
const RESIZE = '_emscripten_resize_heap=requestedSize=>{';

/**
 * The hook the rewritten glue consults before the wasm heap grows: `globalThis[HEAP_GROWTH_HOOK]`,
 * when set, is called with the heap size requested and may refuse it by returning false (the
 * library's allocation then fails, as at the heap's own 2 GiB limit). hdf5-worker.ts bounds one
 * call with it whose output the file alone decides.
 */
export const HEAP_GROWTH_HOOK = '__weightgateHeapGrowth';

export interface ShareableGlue {
  /** The glue, its binary literal replaced by a lookup in workerData (then `fallback`). */
  glue: string;
  /** The WebAssembly binary the literal held. */
  wasm: Uint8Array;
}

/**
 * Split the glue into its binary and a glue that finds it at run time: `workerData.h5wasmModule`
 * (a compiled WebAssembly.Module), else `workerData.h5wasmBinary` (bytes), else the statements of
 * `fallback` (which return bytes or throw). The first compile posts `{ h5wasmModule }` to the
 * parent. The literal is decoded exactly as the glue's own binaryDecode does; throws if the glue
 * no longer has the shape this expects (a new h5wasm: update this file).
 */
export function shareableH5wasmGlue(js: string, file: string, fallback: string): ShareableGlue {
  const start = js.indexOf(HEAD);
  if (start < 0 || js.indexOf(HEAD, start + 1) >= 0) throw new Error(`${file}: findWasmBinary() not found once; update src/formats/h5wasm-glue.ts for this h5wasm`);
  const q = js[start + HEAD.length];
  if (q !== '"' && q !== "'" && q !== '`') throw new Error(`${file}: findWasmBinary() does not decode a string literal`);
  let end = start + HEAD.length + 1;
  while (end < js.length && js[end] !== q) end += js[end] === '\\' ? 2 : 1;
  if (js.slice(end + 1, end + 3) !== ')}') throw new Error(`${file}: unexpected findWasmBinary() shape`);
  const wasm = decodeLiteral(js.slice(start + HEAD.length + 1, end), q, file);
  if (wasm[0] !== 0 || wasm[1] !== 0x61 || wasm[2] !== 0x73 || wasm[3] !== 0x6d) throw new Error(`${file}: the embedded binary is not WebAssembly`);
  const reader = 'function findWasmBinary(){const data=require("node:worker_threads").workerData;'
    + 'if(data?.h5wasmModule instanceof WebAssembly.Module)return data.h5wasmModule;'
    + 'if(data?.h5wasmBinary instanceof Uint8Array)return data.h5wasmBinary;'
    + `${fallback}}`;
  if (js.split(INSTANTIATE).length !== 2) throw new Error(`${file}: instantiateArrayBuffer() not found once; update src/formats/h5wasm-glue.ts for this h5wasm`);
  const shareable = 'if(binary instanceof WebAssembly.Module)return{instance:await WebAssembly.instantiate(binary,imports),module:binary};'
    + 'var instance=await WebAssembly.instantiate(binary,imports);try{require("node:worker_threads").parentPort?.postMessage({h5wasmModule:instance.module})}catch{}return instance}';
  if (js.split(RESIZE).length !== 2) throw new Error(`${file}: _emscripten_resize_heap() not found once; update src/formats/h5wasm-glue.ts for this h5wasm`);
  const resize = `${RESIZE}if(globalThis.${HEAP_GROWTH_HOOK}?.(requestedSize>>>0)===false)return false;`;
  return { glue: (js.slice(0, start) + reader + js.slice(end + 3)).replace(INSTANTIATE, shareable).replace(RESIZE, resize), wasm };
}

/** The bytes of a JS string literal's body (each character one byte, as binaryDecode reads it). */
function decodeLiteral(body: string, quote: string, file: string): Uint8Array {
  const bytes = new Uint8Array(body.length);
  let n = 0;
  let i = 0;
  while (i < body.length) {
    const slash = body.indexOf('\\', i);
    const stop = slash < 0 ? body.length : slash;
    // binaryDecode: `(~c >> 8) & c`, the low byte of characters up to 0xff.
    for (; i < stop; i++) {
      const c = body.charCodeAt(i);
      bytes[n++] = (~c >> 8) & c;
    }
    if (slash < 0) break;
    const e = body[i + 1];
    i += 2;
    let code: number | undefined;
    switch (e) {
      case 'x': code = parseInt(body.slice(i, i + 2), 16); i += 2; break;
      case 'u':
        if (body[i] === '{') {
          const close = body.indexOf('}', i);
          code = parseInt(body.slice(i + 1, close), 16);
          i = close + 1;
        } else {
          code = parseInt(body.slice(i, i + 4), 16);
          i += 4;
        }
        break;
      case 'n': code = 10; break;
      case 'r': code = 13; break;
      case 't': code = 9; break;
      case 'b': code = 8; break;
      case 'f': code = 12; break;
      case 'v': code = 11; break;
      case '0':
        if (/[0-9]/.test(body[i] ?? '')) throw new Error(`${file}: an octal escape in the binary literal`);
        code = 0;
        break;
      case '\r': if (body[i] === '\n') i++; break;
      case '\n': case '\u2028': case '\u2029': break;
      case undefined: throw new Error(`${file}: the binary literal ends in a backslash`);
      default:
        if (/[1-9]/.test(e)) throw new Error(`${file}: an octal escape in the binary literal`);
        code = quote === '`' && e === '$' ? 36 : e.charCodeAt(0);
    }
    if (code !== undefined) {
      if (!(code >= 0)) throw new Error(`${file}: a malformed escape in the binary literal`);
      bytes[n++] = (~code >> 8) & code;
    }
  }
  return bytes.subarray(0, n);
}
