// The smoke inference for one checked pair: the weights are loaded by the pairing the diff computed,
// in the smoke worker (src/engine/smoke-host.ts), so an engine that aborts, runs out of memory or
// overruns `smokeTimeoutMs` costs only this pair's run, never another model's result.
import path from 'node:path';
import type { DiffReport } from '../diff/index.js';
import { assignmentsFromDiff, smokeBlocker, type EnginePreference, type SmokeRun } from '../engine/index.js';
import type { NdArray } from '../formats/npy.js';
import { smokeIsolated } from '../engine/smoke-host.js';
import type { ArtifactModel, DefinitionModel } from '../model/types.js';
import type { Limits } from '../sources/limits.js';

export interface PairSmokeOptions {
  engine?: EnginePreference;
  /** `.npy`/`.npz` paths, resolved from `baseDir`. */
  input?: string;
  /** Inputs given as arrays (a snapshot's), instead of `input`. */
  inputArrays?: NdArray[];
  expected?: string;
  /** Return the inputs fed and the outputs computed (for a snapshot). */
  keepValues?: boolean;
  /** Samples of generated inputs when the model leaves the batch open. */
  batch?: number;
  atol?: number;
  rtol?: number;
  seed?: number;
  dimDefault?: number;
  baseDir?: string;
  /** `maxSmokeBytes` and `smokeTimeoutMs` apply (the reading limits are the readers'). */
  limits?: Partial<Limits>;
}

export async function smokePair(definition: DefinitionModel, artifact: ArtifactModel, report: DiffReport, o: PairSmokeOptions = {}): Promise<SmokeRun> {
  const blocker = smokeBlocker(report);
  if (blocker) return { status: 'skipped', engine: 'none', engineReason: 'not started', reason: blocker, outputs: [], seconds: 0, notes: [] };
  const resolve = (p?: string) => (p ? path.resolve(o.baseDir ?? process.cwd(), p) : undefined);
  const limits = o.limits && { maxSmokeBytes: o.limits.maxSmokeBytes, smokeTimeoutMs: o.limits.smokeTimeoutMs };
  return smokeIsolated(definition, artifact, assignmentsFromDiff(definition, report), {
    engine: o.engine ?? 'auto',
    ...(o.inputArrays ? { input: o.inputArrays } : o.input ? { input: resolve(o.input) } : {}),
    ...(o.keepValues ? { keepValues: true } : {}),
    ...(o.batch !== undefined ? { batch: o.batch } : {}),
    ...(o.expected ? { expected: resolve(o.expected) } : {}),
    ...(o.atol !== undefined ? { atol: o.atol } : {}),
    ...(o.rtol !== undefined ? { rtol: o.rtol } : {}),
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    ...(o.dimDefault !== undefined ? { dimDefault: o.dimDefault } : {}),
    ...(limits ? { limits } : {}),
  });
}
