import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/model/types.ts
var DTYPE_BYTES = {
  float16: 2,
  bfloat16: 2,
  float32: 4,
  float64: 8,
  int8: 1,
  int16: 2,
  int32: 4,
  int64: 8,
  uint8: 1,
  uint16: 2,
  uint32: 4,
  uint64: 8,
  bool: 1,
  string: 0,
  complex64: 8,
  unknown: 0
};
function isDType(x) {
  return typeof x === "string" && Object.hasOwn(DTYPE_BYTES, x) && x !== "unknown";
}

export {
  DTYPE_BYTES,
  isDType
};
