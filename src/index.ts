// The action's entry (dist/index.js): everything testable lives in github/action.ts.
import { prewarmHdf5Worker } from './formats/hdf5-host.js';

// The HDF5 worker's start-up (about 0.35 s) runs while the rest of the action loads.
prewarmHdf5Worker();
const { run } = await import('./github/action.js');

await run();
