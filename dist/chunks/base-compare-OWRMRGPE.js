import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  compareWithBase
} from "./chunk-MJLKME53.js";
import "./chunk-YOWO2AK6.js";
import "./chunk-2BLAEJDB.js";
import "./chunk-I4Q3S5UB.js";
import "./chunk-B2ZU3OCA.js";
import "./chunk-CTRC5SEV.js";
import "./chunk-CKVDGUU5.js";
import "./chunk-QY33HKAA.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-QVDRMJ3H.js";
import "./chunk-3FW4HLXM.js";
import "./chunk-T5SQAU3J.js";
import "./chunk-BCHBOVEI.js";
import "./chunk-MITR7G5O.js";
import "./chunk-4Y3UCZKJ.js";
import "./chunk-UXWYCEIA.js";
import "./chunk-NALJASK4.js";
import "./chunk-VVSUSGOV.js";
import "./chunk-S3JA7A2Y.js";
import "./chunk-DUBEVWAS.js";
import "./chunk-LADTI2PH.js";
import "./chunk-W2JV3UC6.js";
import "./chunk-3RKB2P6L.js";
import "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";
export {
  compareWithBase
};
