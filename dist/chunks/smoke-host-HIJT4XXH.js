import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  prewarmSmokeWorker,
  setSmokeParallelism,
  setSmokePoolForTests,
  smokeIsolated,
  smokeRunBytes,
  smokeRunsPeak,
  smokeWorkersStarted,
  stopSmokeWorker,
  warmSmokeEngines
} from "./chunk-5BOP2CPJ.js";
import "./chunk-UJMYRBJC.js";
import "./chunk-3CHKLJFW.js";
import "./chunk-5PTVY25K.js";
import "./chunk-5PD53CW2.js";
import "./chunk-3BJMFA6A.js";
import "./chunk-73VS7PYX.js";
import "./chunk-FWZ4W6A4.js";
import "./chunk-UPWAXGUD.js";
import "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";
export {
  prewarmSmokeWorker,
  setSmokeParallelism,
  setSmokePoolForTests,
  smokeIsolated,
  smokeRunBytes,
  smokeRunsPeak,
  smokeWorkersStarted,
  stopSmokeWorker,
  warmSmokeEngines
};
