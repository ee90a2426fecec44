import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/cli/cli-io.ts
var processIo = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}
`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}
`),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env
};
function envOf(io) {
  return io.env ?? {};
}

export {
  processIo,
  envOf
};
