// The action's entry (dist/index.js): everything testable lives in github/action.ts.
import module from 'node:module';
import { prewarmHdf5Worker } from './formats/hdf5-host.js';

// As in cli/bin.ts: on Node ≥ 22.1 (the action runs on node24) V8's compiled code for the rest of the
// bundle is kept on disk, which serves a later run on the same runner (a self-hosted one, or a
// second step of the job). NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// The HDF5 worker's start-up (about 0.35 s) runs while the rest of the action loads.
prewarmHdf5Worker();
const { run } = await import('./github/action.js');

await run();
