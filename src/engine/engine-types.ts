// The engine's vocabulary: which TF.js runs, what it is asked to load, and what the smoke run reports.
import type * as tfc from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { SavedVariable } from '../model/types.js';
import type { Limits } from '../sources/limits.js';
import type { NamedArrays, NdArray } from '../formats/npy.js';
import type { SelectOptions } from './select.js';

/** Every engine a user may ask for, `auto` first: the one list the CLI, the config and the Action read. */
export const ENGINE_PREFERENCES = ['auto', 'tfjs-node', 'wasm', 'cpu'] as const;
export type EnginePreference = typeof ENGINE_PREFERENCES[number];
/** An engine that actually runs (a preference once `auto` is resolved). */
export type EngineName = Exclude<EnginePreference, 'auto'>;

/**
 * The TF.js API the engine uses: tfjs-core plus the layers API. tfjs-node's module is exactly this
 * shape (it re-exports @tensorflow/tfjs); for WASM/CPU it is assembled from core + layers.
 */
export type Tf = typeof tfc & Pick<typeof tfl, 'models' | 'layers' | 'input' | 'model' | 'sequential' | 'loadLayersModel'>;

export type LayersModel = tfl.LayersModel;

export interface Engine {
  name: EngineName;
  /** Why this engine runs: `tfjs-node not installed; WebAssembly backend` and the like. */
  reason: string;
  /** The tfjs-core backend name to activate before each run (`tensorflow`, `wasm`, `cpu`). */
  backend: string;
  tf: Tf;
  /** Named by the user (`--engine wasm`), not chosen by `auto`: a run that does not fit it is skipped, never moved. */
  requested?: boolean;
}

/**
 * One saved variable to put into one definition variable, as the real loader pairs them.
 * `weightIndex` indexes `DefinitionLayer.weights` of the layer named `layer`.
 */
export interface WeightAssignment {
  layer: string;
  weightIndex: number;
  saved: SavedVariable;
}

/** Arrays given directly instead of a file: keyed by input/output name, or in model order. */
export type ArraysSource = string | NamedArrays | NdArray[];

export interface SmokeOptions {
  /** Engine to use: a preference (selected for this run) or an engine already selected. Default 'auto'. */
  engine?: EnginePreference | Engine;
  /** How a preference is resolved (tfjs-node importer, WASM binary directories). */
  select?: SelectOptions;
  /** `.npy` / `.npz` file or arrays; generated from `seed` when absent. */
  input?: ArraysSource;
  /** Keras' own outputs for `input`: `.npy` / `.npz` file or arrays. */
  expected?: ArraysSource;
  /**
   * Return the inputs the run used and the outputs it computed (`SmokeResult.values`): what a
   * snapshot records and what a replay or the base branch's run is compared with.
   */
  keepValues?: boolean;
  /** Seed for generated inputs (default 1). */
  seed?: number;
  /** Size for open non-batch dimensions of generated inputs (default 8). */
  dimDefault?: number;
  /** Batch size of generated inputs when the model leaves it open (default 2). */
  batch?: number;
  /** Absolute / relative tolerance against `expected`; defaults depend on the model's compute precision. */
  atol?: number;
  rtol?: number;
  /** Seed for the initial values of variables no assignment covers (default 1). */
  initSeed?: number;
  /**
   * Usable WebAssembly heap a run is planned under (default WASM_HEAP_BYTES, src/engine/budget.ts):
   * an engine fact, not a policy; tests set it low to take the CPU path on a small model.
   */
  wasmHeapBytes?: number;
  /** Told when the run moves to another engine than the one it started with (the smoke worker tells its host). */
  onEngineChange?: (engine: { name: string; reason: string }) => void;
  /** `maxSmokeBytes` (checked before the run) and `smokeTimeoutMs` (enforced by the isolated run, src/engine/smoke-host.ts). */
  limits?: Partial<Pick<Limits, 'maxSmokeBytes' | 'smokeTimeoutMs'>>;
}

export interface Tolerance {
  atol: number;
  rtol: number;
  /** Why these numbers (default float32, half-precision compute, or given by the caller). */
  basis: string;
}

export interface SmokeOutput {
  name: string;
  shape: number[];
  finite: boolean;
  /** Present when compared against `expected`. */
  maxAbsDiff?: number;
  tolerance?: Tolerance;
  /** True when every element is within `atol + rtol * |expected|`. */
  withinTolerance?: boolean;
  /** What is wrong with this output, in a sentence. */
  problem?: string;
}

export type SmokeStatus = 'passed' | 'failed' | 'skipped';

export interface SmokeResult {
  status: SmokeStatus;
  engine: string;
  engineReason: string;
  /** Why it failed or was skipped. */
  reason?: string;
  outputs: SmokeOutput[];
  seconds: number;
  /** Facts about the run worth telling (config translations, generated inputs, TF.js' console output). */
  notes: string[];
  /**
   * Set when the engine itself broke, not the model: the WebAssembly module aborted, memory ran out,
   * the isolated run's worker crashed or overran `smokeTimeoutMs`. No outputs were computed, so the
   * run is `skipped` and says nothing about the model (src/check/report.ts keeps the diff's verdict).
   */
  engineFailure?: EngineFailure;
  /** The limit that stopped the run (`maxSmokeBytes` before it started, `smokeTimeoutMs` during it). */
  limit?: 'maxSmokeBytes' | 'smokeTimeoutMs';
}

/** The inputs a run fed and the outputs it computed, in model order. */
export interface SmokeValues {
  inputs: NdArray[];
  outputs: NdArray[];
}

/**
 * What a run returns: the result the report carries and, with `keepValues`, the values (only for a
 * run that computed them). The values never go into a report; a snapshot or a comparison takes them.
 */
export type SmokeRun = SmokeResult & { values?: SmokeValues; /** The TF.js version that computed them (tfjs-core's `version_core`). */ tfjs?: string };

export type EngineFailure = 'abort' | 'out-of-memory' | 'crash' | 'timeout';
