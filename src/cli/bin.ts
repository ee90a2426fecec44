// The CLI's process entry: everything testable lives in main.ts.
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2));
