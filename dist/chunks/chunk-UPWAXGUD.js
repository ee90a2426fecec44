import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/sources/machine.ts
import os from "node:os";
function freeMemoryBytes() {
  return Math.min(os.freemem(), process.availableMemory());
}

export {
  freeMemoryBytes
};
