import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  prewarmSmokeWorker,
  smokeIsolated,
  smokeWorkersStarted,
  stopSmokeWorker
} from "./chunk-GVJXZLBM.js";
import "./chunk-7SAFVLDD.js";
import "./chunk-NZEIZRO6.js";
import "./chunk-IJI5YR2B.js";
import "./chunk-LADTI2PH.js";
import "./chunk-W2JV3UC6.js";
import "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";
export {
  prewarmSmokeWorker,
  smokeIsolated,
  smokeWorkersStarted,
  stopSmokeWorker
};
