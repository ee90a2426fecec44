import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  compareWithBase
} from "./chunk-C5T6E4EI.js";
import "./chunk-PJLKXAHI.js";
import "./chunk-WMLMM4VM.js";
import "./chunk-4ZMP6HZ3.js";
import "./chunk-7ZPJ6SLP.js";
import "./chunk-T67YZ3LZ.js";
import "./chunk-CKVDGUU5.js";
import "./chunk-KYH4PQA5.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-33LZPMDW.js";
import "./chunk-2YJFJ5E3.js";
import "./chunk-QMWVIG77.js";
import "./chunk-ORHEMUVU.js";
import "./chunk-BCHBOVEI.js";
import "./chunk-4AH5Y3O7.js";
import "./chunk-Y7MIIRMK.js";
import "./chunk-OURZBRMS.js";
import "./chunk-6IKFQLSE.js";
import "./chunk-6JDBMSZL.js";
import "./chunk-3CHKLJFW.js";
import "./chunk-5PTVY25K.js";
import "./chunk-5PD53CW2.js";
import "./chunk-3BJMFA6A.js";
import "./chunk-73VS7PYX.js";
import "./chunk-FWZ4W6A4.js";
import "./chunk-M4QJWWO6.js";
import "./chunk-UPWAXGUD.js";
import "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";
export {
  compareWithBase
};
