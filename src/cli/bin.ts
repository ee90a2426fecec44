// The CLI's process entry: everything testable lives in main.ts.
import { runCli } from './main.js';

// `weightgate inspect big.h5 | head` closes stdout early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2));
