import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  compareWithBase
} from "./chunk-NMQG6JGL.js";
import "./chunk-MIJFP6TY.js";
import "./chunk-EH6BK3MS.js";
import "./chunk-IOUZUXZD.js";
import "./chunk-B2ZU3OCA.js";
import "./chunk-EPMGLXWT.js";
import "./chunk-CKVDGUU5.js";
import "./chunk-RDMAMCSD.js";
import "./chunk-U3R6WRKJ.js";
import "./chunk-JJBX4DYZ.js";
import "./chunk-44PMUPN4.js";
import "./chunk-I5AZFRUM.js";
import "./chunk-ORHEMUVU.js";
import "./chunk-BCHBOVEI.js";
import "./chunk-A4FYOFSH.js";
import "./chunk-RS7BUBPH.js";
import "./chunk-TAAEX4QT.js";
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
