// The action's entry: everything testable lives in github/action.ts.
import { run } from './github/action.js';

await run();
