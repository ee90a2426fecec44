import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  prewarmHdf5Worker
} from "./chunks/chunk-NTY2QNYD.js";
import "./chunks/chunk-UPWAXGUD.js";
import "./chunks/chunk-7UZKIK2J.js";

// src/index.ts
import module from "node:module";
module.enableCompileCache?.();
prewarmHdf5Worker();
var { run } = await import("./chunks/action-FIVO5F5W.js");
await run();
