import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/check/prewarm-smoke.ts
import module from "node:module";
function prewarmSmokeEngine(engine) {
  if (engine !== "auto" && engine !== "wasm" && engine !== "cpu") return;
  if (engine === "auto") {
    try {
      module.createRequire(import.meta.url).resolve("@tensorflow/tfjs-node");
      return;
    } catch {
    }
  }
  import("./smoke-host-HIJT4XXH.js").then((m) => m.prewarmSmokeWorker(engine), () => void 0);
}

export {
  prewarmSmokeEngine
};
