// The action's entry (dist/index.js): everything testable lives in github/action.ts.
import { run } from './github/action.js';

await run();
