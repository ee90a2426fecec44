import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  processIo
} from "./chunk-T3SF2TWE.js";
import {
  USAGE,
  UsageError,
  reportError
} from "./chunk-A2NF5CIP.js";
import "./chunk-W2JV3UC6.js";
import "./chunk-7UZKIK2J.js";

// src/cli/main.ts
var COMMANDS = {
  inspect: async () => (await import("./inspect-command-7IKQOZAX.js")).inspectCommand,
  diff: async () => (await import("./diff-command-ZA5IZUFU.js")).diffCommand,
  check: async () => (await import("./check-command-QQHX2KVL.js")).checkCommand,
  merge: async () => (await import("./merge-command-PD7H5ORL.js")).mergeCommand,
  convert: async () => (await import("./convert-command-KME24NYU.js")).convertCommand
};
async function runCli(argv, io = processIo) {
  const [command, ...rest] = argv;
  try {
    if (command === void 0 || command === "help" || command === "--help" || command === "-h") {
      io.out(USAGE);
      return command === void 0 ? 2 : 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : void 0;
    if (!load) throw new UsageError(`unknown command '${command}'`);
    return await (await load())(rest, io);
  } catch (err) {
    return reportError(err, io);
  }
}
export {
  runCli
};
