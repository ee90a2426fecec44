import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  expandModels,
  parseShard,
  shardJobs,
  stemOf
} from "./chunk-5BC7U6NA.js";
import "./chunk-QBXKCSV6.js";
import {
  REMOTE,
  isRemote
} from "./chunk-4FE4NXSA.js";
import "./chunk-RZE5GDZC.js";
import "./chunk-W2JV3UC6.js";
import "./chunk-7UZKIK2J.js";
export {
  REMOTE,
  expandModels,
  isRemote,
  parseShard,
  shardJobs,
  stemOf
};
