import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  WEIGHTGATE_LAYER_CLASSES,
  registerWeightgateLayers
} from "./chunks/chunk-HM6IDY5O.js";
import "./chunks/chunk-7UZKIK2J.js";
export {
  WEIGHTGATE_LAYER_CLASSES,
  registerWeightgateLayers
};
