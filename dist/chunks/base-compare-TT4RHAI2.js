import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  compareWithBase
} from "./chunk-KJR6IDHA.js";
import "./chunk-P4FSN5B3.js";
import "./chunk-66VHGVJK.js";
import "./chunk-BMISQ35H.js";
import "./chunk-7ZPJ6SLP.js";
import "./chunk-AAFY5KSS.js";
import "./chunk-CKVDGUU5.js";
import "./chunk-P4VMMLUU.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-5BOP2CPJ.js";
import "./chunk-LDJXLBUA.js";
import "./chunk-SY6ZCN3L.js";
import "./chunk-ORHEMUVU.js";
import "./chunk-BCHBOVEI.js";
import "./chunk-PX5G2PE2.js";
import "./chunk-JLVCLJA4.js";
import "./chunk-B2FHQD3S.js";
import "./chunk-PXRVQUOD.js";
import "./chunk-FDKBLACR.js";
import "./chunk-UJMYRBJC.js";
import "./chunk-3CHKLJFW.js";
import "./chunk-5PTVY25K.js";
import "./chunk-5PD53CW2.js";
import "./chunk-3BJMFA6A.js";
import "./chunk-73VS7PYX.js";
import "./chunk-FWZ4W6A4.js";
import "./chunk-NTY2QNYD.js";
import "./chunk-UPWAXGUD.js";
import "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";
export {
  compareWithBase
};
