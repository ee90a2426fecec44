import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  compareWithBase
} from "./chunk-P3YWS7K2.js";
import "./chunk-MIJFP6TY.js";
import "./chunk-YHH4DGAO.js";
import "./chunk-SCGNJMEG.js";
import "./chunk-B2ZU3OCA.js";
import "./chunk-RK3MSFDW.js";
import "./chunk-CKVDGUU5.js";
import "./chunk-RDMAMCSD.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-JJBX4DYZ.js";
import "./chunk-6BJH5WKL.js";
import "./chunk-A2FQQB5Z.js";
import "./chunk-ORHEMUVU.js";
import "./chunk-BCHBOVEI.js";
import "./chunk-ZKYSMNCJ.js";
import "./chunk-C4JJ3M6W.js";
import "./chunk-VCQNKT5H.js";
import "./chunk-SHO32N4X.js";
import "./chunk-XIMAOG7Y.js";
import "./chunk-VVSUSGOV.js";
import "./chunk-3CHKLJFW.js";
import "./chunk-EISOFBU6.js";
import "./chunk-5PD53CW2.js";
import "./chunk-3BJMFA6A.js";
import "./chunk-73VS7PYX.js";
import "./chunk-FWZ4W6A4.js";
import "./chunk-XDSXNYNS.js";
import "./chunk-HM6IDY5O.js";
import "./chunk-7UZKIK2J.js";
export {
  compareWithBase
};
