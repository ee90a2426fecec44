// The engine's public surface: pick a TF.js engine, run the smoke inference, read NumPy arrays.
export { EngineUnavailable, defaultWasmDirs, findWasmDir, polyfillNodeUtil, selectEngine, type SelectOptions } from './select.js';
export { engineFailureOf, runSmoke } from './run-smoke.js';
export { prewarmSmokeWorker, smokeIsolated, stopSmokeWorker, type IsolatedSmokeOptions } from './smoke-host.js';
export { estimateSmoke, overBudget, type SmokeEstimate } from './budget.js';
export { assignmentsFromDiff, smokeBlocker } from './assignments.js';
export { normalizeConfig, describeBlockers, type Blocker, type Normalized } from './normalize-config.js';
export { FLOAT32_TOLERANCE, HALF_TOLERANCE, toleranceFor } from './compare.js';
export { DEFAULT_INPUT_SEED, generateInputs } from './seeded-inputs.js';
export type {
  ArraysSource, Engine, EngineFailure, EngineName, EnginePreference, SmokeOptions, SmokeOutput, SmokeResult, SmokeRun, SmokeStatus, SmokeValues, Tf, Tolerance, WeightAssignment,
} from './engine-types.js';
export { parseNpy, readArrays, readNpy, readNpz, type NamedArrays, type NdArray } from '../formats/npy.js';
