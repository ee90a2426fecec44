import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  ConfigError,
  DEFAULT_CONFIG_FILE,
  MAX_CONFIG_BYTES,
  assertConfined,
  lineCol,
  loadConfig,
  parseConfig
} from "./chunk-BMISQ35H.js";
import "./chunk-7ZPJ6SLP.js";
import "./chunk-JLVCLJA4.js";
import "./chunk-B2FHQD3S.js";
import "./chunk-73VS7PYX.js";
import "./chunk-FWZ4W6A4.js";
import "./chunk-7UZKIK2J.js";
export {
  ConfigError,
  DEFAULT_CONFIG_FILE,
  MAX_CONFIG_BYTES,
  assertConfined,
  lineCol,
  loadConfig,
  parseConfig
};
