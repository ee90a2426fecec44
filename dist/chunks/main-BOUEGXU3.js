import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  processIo
} from "./chunk-JC4YYMQ3.js";
import {
  USAGE,
  UsageError,
  commandUsage,
  reportError
} from "./chunk-HBLGIX4X.js";
import {
  WEIGHTGATE_VERSION
} from "./chunk-CKVDGUU5.js";
import "./chunk-FWZ4W6A4.js";
import "./chunk-7UZKIK2J.js";

// src/cli/main.ts
var COMMANDS = {
  inspect: async () => (await import("./inspect-command-256UEGPT.js")).inspectCommand,
  diff: async () => (await import("./diff-command-D7VYM3VK.js")).diffCommand,
  check: async () => (await import("./check-command-DSQOQJFD.js")).checkCommand,
  merge: async () => (await import("./merge-command-JJ6TWSWU.js")).mergeCommand,
  convert: async () => (await import("./convert-command-KWTIU4IJ.js")).convertCommand,
  init: async () => (await import("./init-command-NJT5FGLF.js")).initCommand
};
async function runCli(argv, io = processIo) {
  const [command, ...rest] = argv;
  try {
    if (command === void 0 || command === "help" || command === "--help" || command === "-h") {
      const topic = command === "help" ? rest[0] : void 0;
      io.out(topic && Object.hasOwn(COMMANDS, topic) ? commandUsage(topic) : USAGE);
      return command === void 0 ? 2 : 0;
    }
    if (command === "--version" || command === "-V") {
      io.out(`weightgate ${WEIGHTGATE_VERSION}`);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : void 0;
    if (!load) throw new UsageError(`unknown command '${command}'`);
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(commandUsage(command));
      return 0;
    }
    return await (await load())(rest, io);
  } catch (err) {
    return reportError(err, io);
  }
}
export {
  runCli
};
