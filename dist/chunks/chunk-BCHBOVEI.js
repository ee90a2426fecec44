import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/config/remote-ref.ts
var REMOTE = /^(https?|gh|gh-release):\/\//i;
function isRemote(ref) {
  return REMOTE.test(ref);
}

export {
  isRemote
};
