// Messages between the smoke host (main thread, src/engine/smoke-host.ts) and the smoke worker
// (src/engine/smoke-worker.ts). The worker gets the definition and the assignments, with each saved
// variable's locator replaced by a number; it asks the host for values by that number, and the host
// reads them with the artifact it holds (the HDF5 host, zip members and TF.js shards stay in the
// main thread). With the WASM engine the worker lends a SharedArrayBuffer from its staging pool, the
// reader writes the values straight into it, slice by slice (advancing the progress counter lent
// with it), and nothing is copied on the way; with the CPU engine the buffer becomes the tensor's.
import type { DefinitionModel, SavedVariable } from '../model/types.js';
import type { InputErrorCause } from '../sources/errors.js';
import type { EnginePreference, SmokeOptions, SmokeRun } from './engine-types.js';

/** A saved variable as the worker sees it: where it is, only as the host's index. */
export interface WireLocator {
  kind: 'smoke-host';
  ref: number;
}

export interface WireAssignment {
  layer: string;
  weightIndex: number;
  saved: Omit<SavedVariable, 'locator'> & { locator: WireLocator };
}

/** What of SmokeOptions crosses to the worker: no functions, no engine object. */
export type WireOptions = Omit<SmokeOptions, 'engine' | 'select' | 'onEngineChange'> & { engine: EnginePreference; wasmDirs: string[] };

export interface RunRequest {
  op: 'run';
  id: number;
  definition: DefinitionModel;
  assignments: WireAssignment[];
  options: WireOptions;
}

/** The values of one read; `inPlace` when they sit in the buffer the worker lent (`into`). */
export type ValueReply =
  | { op: 'value'; id: number; rid: number; ok: true; inPlace?: { type: string; length: number }; data?: ArrayBufferView }
  | { op: 'value'; id: number; rid: number; ok: false; error: string };

/** Select (load, compile) the engine ahead of the first run: a replacement worker warms up while the host carries on. */
export interface WarmRequest {
  op: 'warm';
  options: Pick<WireOptions, 'engine' | 'wasmDirs'>;
}

export type ToWorker = RunRequest | ValueReply | WarmRequest;

export interface InputErrorWire {
  file: string;
  kind: InputErrorCause;
  detail: string;
  hint?: string;
}

export type FromWorker =
  /** A `warm` request done: the engine is loaded (or failed to load); the host's pool may send runs now. */
  | { op: 'warmed' }
  /** The engine this run uses, as soon as it is selected (a later crash or timeout can still name it). */
  | { op: 'engine'; id: number; name: string; reason: string }
  /** `progress`: the counter the reader advances as the values land in `into` (WeightStaging.progress). */
  | { op: 'read'; id: number; rid: number; ref: number; into?: SharedArrayBuffer; progress?: BigInt64Array }
  /** One line TF.js (or anything else in the worker) wrote to the console or stdout/stderr. */
  | { op: 'console'; line: string }
  /** `tainted`: the engine may be broken (an abort, an exception it threw): the host replaces the worker. */
  | { op: 'result'; id: number; result: SmokeRun; tainted: boolean }
  /** runSmoke threw: an unreadable input/expected file (an InputError), or a bug. */
  | { op: 'error'; id: number; inputError?: InputErrorWire; message: string; tainted: boolean };
