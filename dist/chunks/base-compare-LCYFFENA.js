import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  compareWithBase
} from "./chunk-S6HV5XVF.js";
import "./chunk-CCKRJVFT.js";
import "./chunk-66VHGVJK.js";
import "./chunk-BMISQ35H.js";
import "./chunk-7ZPJ6SLP.js";
import "./chunk-K72F6CV7.js";
import "./chunk-CKVDGUU5.js";
import "./chunk-67TGHCEF.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-TOM67SVP.js";
import "./chunk-LDJXLBUA.js";
import "./chunk-6HLIO7YA.js";
import "./chunk-ORHEMUVU.js";
import "./chunk-BCHBOVEI.js";
import "./chunk-PX5G2PE2.js";
import "./chunk-JLVCLJA4.js";
import "./chunk-B2FHQD3S.js";
import "./chunk-ZRI6P7LX.js";
import "./chunk-UJMYRBJC.js";
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
