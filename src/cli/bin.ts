// The CLI's process entry: everything testable lives in main.ts.
import module from 'node:module';
import type { EnginePreference } from '../engine/types.js';
import { prewarmHdf5Worker } from '../formats/hdf5-host.js';

// Node ≥ 22.1 keeps V8's compiled code for the modules loaded from here on (main.ts and the rest of
// the bundle) in a cache on disk, so a second run skips most of the compiling. Older Node lacks it;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const [command, ...rest] = process.argv.slice(2);
// The commands that read files start the HDF5 worker first, so that its start-up (about 0.2 s)
// runs while the rest of the CLI loads; main.ts is imported after, and not before, for that reason.
if (['inspect', 'diff', 'check', 'convert'].includes(command ?? '')) prewarmHdf5Worker();

/**
 * The engine (when this command will run a smoke inference in the smoke worker) loads while the
 * file is opened and diffed, and not after. tfjs-node, when installed, runs in this thread instead
 * (src/engine/smoke-host.ts), so no worker is started for it.
 */
function smokeEngine(): EnginePreference | undefined {
  const smoke = command === 'check' || (command === 'diff' && rest.some((a) => a === '--smoke' || a === '--expected' || a.startsWith('--expected=')));
  if (!smoke || rest.includes('--help')) return undefined;
  const i = rest.findIndex((a) => a === '--engine' || a.startsWith('--engine='));
  const engine = i < 0 ? 'auto' : rest[i].startsWith('--engine=') ? rest[i].slice('--engine='.length) : rest[i + 1];
  if (engine === 'wasm' || engine === 'cpu') return engine;
  if (engine !== 'auto') return undefined;
  try {
    module.createRequire(import.meta.url).resolve('@tensorflow/tfjs-node');
    return undefined;
  } catch {
    return 'auto';
  }
}
const engine = smokeEngine();
if (engine) {
  import('../engine/smoke-host.js').then((m) => m.prewarmSmokeWorker(engine), () => undefined);
}

const { runCli } = await import('./main.js');

// `weightgate inspect big.h5 | head` closes stdout early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2));
