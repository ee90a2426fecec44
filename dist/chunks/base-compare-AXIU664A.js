import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  compareWithBase
} from "./chunk-HIHVRM2F.js";
import "./chunk-OU4X2W7T.js";
import "./chunk-2BLAEJDB.js";
import "./chunk-I4Q3S5UB.js";
import "./chunk-B2ZU3OCA.js";
import "./chunk-NMUPNUJ7.js";
import "./chunk-CKVDGUU5.js";
import "./chunk-3MHS6JAK.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-GVJXZLBM.js";
import "./chunk-U4SDEGM6.js";
import "./chunk-KJSY6JGB.js";
import "./chunk-BCHBOVEI.js";
import "./chunk-MITR7G5O.js";
import "./chunk-4Y3UCZKJ.js";
import "./chunk-M5L4IRLQ.js";
import "./chunk-7SAFVLDD.js";
import "./chunk-VVSUSGOV.js";
import "./chunk-NZEIZRO6.js";
import "./chunk-IJI5YR2B.js";
import "./chunk-LADTI2PH.js";
import "./chunk-W2JV3UC6.js";
import "./chunk-3RKB2P6L.js";
import "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";
export {
  compareWithBase
};
