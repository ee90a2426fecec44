// The CLI's process entry: everything testable lives in main.ts and the command modules it dispatches to.
import module from 'node:module';
import { prewarmSmokeEngine } from '../check/prewarm-smoke.js';
import { prewarmHdf5Worker } from '../formats/hdf5-host.js';

// Node ≥ 22.1 keeps V8's compiled code for the modules loaded from here on (main.ts and the rest of
// the bundle) in a cache on disk, so a second run skips most of the compiling. Older Node lacks it;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const [command, ...rest] = process.argv.slice(2);
// The commands that read files start the HDF5 worker first, so that its start-up (about 0.2 s)
// runs while the rest of the CLI loads; main.ts is imported after, and not before, for that reason.
if (['inspect', 'diff', 'check', 'convert', 'init'].includes(command ?? '')) prewarmHdf5Worker();

// `diff --smoke` loads its engine (in the smoke worker) while the files are read and diffed; `check`
// does so once its config says a model will run one (src/check/run.ts).
if (command === 'diff' && rest.some((a) => a === '--smoke' || a === '--expected' || a.startsWith('--expected=')) && !rest.includes('--help')) {
  const i = rest.findIndex((a) => a === '--engine' || a.startsWith('--engine='));
  const flag = rest[i];
  prewarmSmokeEngine(flag === undefined ? 'auto' : flag.startsWith('--engine=') ? flag.slice('--engine='.length) : rest[i + 1]);
}

const { runCli } = await import('./main.js');

// `weightgate inspect big.h5 | head` closes stdout early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2));
