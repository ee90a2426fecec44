import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  ConfigError,
  DEFAULT_CONFIG_FILE,
  MAX_CONFIG_BYTES,
  assertConfined,
  lineCol,
  loadConfig,
  parseConfig
} from "./chunk-I4Q3S5UB.js";
import "./chunk-B2ZU3OCA.js";
import "./chunk-MITR7G5O.js";
import "./chunk-4Y3UCZKJ.js";
import "./chunk-LADTI2PH.js";
import "./chunk-W2JV3UC6.js";
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
