// The CLI's process entry: everything testable lives in main.ts.
import { prewarmHdf5Worker } from '../formats/hdf5-host.js';

// The commands that read files start the HDF5 worker first, so that its start-up (about 0.35 s)
// runs while the rest of the CLI loads; main.ts is imported after, and not before, for that reason.
if (['inspect', 'diff', 'check', 'convert'].includes(process.argv[2] ?? '')) prewarmHdf5Worker();
const { runCli } = await import('./main.js');

// `weightgate inspect big.h5 | head` closes stdout early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2));
