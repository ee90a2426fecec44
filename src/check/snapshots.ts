// The smoke run of one checked model, with its output snapshot: `check -u` records the inputs and the
// outputs the model computes from them; every other check feeds the stored inputs again and compares.
// Structure cannot see a changed epsilon or activation; the outputs can.
import { isRemote } from '../config/remote-ref.js';
import { DEFAULT_INPUT_SEED } from '../engine/index.js';
import { sha256File } from '../sources/file-hash.js';
import path from 'node:path';
import type { DiffReport, Issue } from '../diff/index.js';
import type { SmokeResult, SmokeRun, SmokeValues } from '../engine/index.js';
import { outputMetrics } from '../model/output-metrics.js';
import { numbersOf } from '../model/value-diff.js';
import type { NdArray } from '../formats/npy.js';
import type { ArrayToWrite } from '../formats/npz-write.js';
import type { ArtifactModel, DefinitionModel } from '../model/types.js';
import { InputError } from '../sources/errors.js';
import { smokePair, type PairSmokeOptions } from './check-smoke.js';
import type { ModelJob } from '../config/expand.js';
import { readSnapshot, snapshotFiles, writeSnapshot, type Snapshot } from './snapshot-store.js';

export type SnapshotStatus = 'matched' | 'changed' | 'written' | 'missing' | 'skipped';

export interface SnapshotOutput {
  name: string;
  shape: number[];
  maxAbsDiff: number;
  meanAbsDiff: number;
  relativeError: number;
  /** Share of samples whose arg-max over the last axis is unchanged (outputs with a class axis). */
  top1Agreement?: number;
  withinTolerance: boolean;
}

export interface SnapshotResult {
  status: SnapshotStatus;
  /** The snapshot file (`.npz`). */
  file?: string;
  /** Why skipped or missing, or what made a replay impossible. */
  reason?: string;
  /** Who recorded it and on which engine (`weightgate on wasm`, `Keras or another tool`). */
  recordedBy?: string;
  tolerance?: { atol: number; rtol: number; basis: string };
  outputs?: SnapshotOutput[];
}

/**
 * Replay tolerances. A replay on the engine that recorded is deterministic: the measured run-to-run
 * difference on WASM and CPU is exactly 0, so the bound only absorbs float32 printing; 1e-6 + 1e-5·|y|
 * still reports a LayerNormalization epsilon moved from 1e-3 to 1e-5 (outputs move ~4e-4). On another
 * engine, or against outputs Keras computed, summation order differs: the corpus measured up to 1.8e-7
 * between TF.js engines and Keras on small models and grows with depth, so 1e-5 + 1e-4·|y|.
 */
export const SAME_ENGINE_TOLERANCE = { atol: 1e-6, rtol: 1e-5 } as const;
export const OTHER_ENGINE_TOLERANCE = { atol: 1e-5, rtol: 1e-4 } as const;

/** Samples recorded when the model leaves the batch open: several, so top-1 agreement means something. */
const RECORDED_SAMPLES = 4;

export interface SnapshotRun {
  smoke?: SmokeResult;
  /** The inputs fed and the outputs computed by the run `smoke` reports (for a comparison with the base branch). */
  values?: SmokeValues;
  snapshot: SnapshotResult;
  /** `outputs-changed` findings for the diff report. */
  issues: Issue[];
}

function skipped(reason: string, smoke?: SmokeResult, file?: string): SnapshotRun {
  return { ...(smoke ? { smoke } : {}), snapshot: { status: 'skipped', reason, ...(file ? { file } : {}) }, issues: [] };
}

/** The result for the report: the values stay out of it. */
function reported(run: SmokeRun): SmokeResult {
  const { values: _values, tfjs: _tfjs, ...result } = run;
  return result;
}

function toWrite(a: NdArray, name: string): ArrayToWrite {
  if (a.data instanceof Float32Array) return { name, dtype: 'float32', shape: a.shape, data: a.data };
  if (a.data instanceof Int32Array) return { name, dtype: 'int32', shape: a.shape, data: a.data };
  if (a.data instanceof BigInt64Array) return { name, dtype: 'int64', shape: a.shape, data: a.data };
  if (a.data instanceof Float64Array) return { name, dtype: 'float64', shape: a.shape, data: a.data };
  return { name, dtype: 'float32', shape: a.shape, data: Float32Array.from(a.data as ArrayLike<number>) };
}


export interface SnapshotContext {
  /** `check -u`: record instead of compare. */
  update: boolean;
  /** Smoke options from the config (engine, seed, files, limits). */
  smoke: PairSmokeOptions;
  /** weightgate's version, for the provenance file. */
  version: string;
  /** The clock, for the provenance file (tests fix it). */
  now?: () => Date;
}

/**
 * Runs the smoke inference for `job` and records or replays its snapshot. The smoke result is the
 * one the report always had (the replay feeds the stored inputs instead of generated ones).
 */
export async function smokeWithSnapshot(job: ModelJob, definition: DefinitionModel, artifact: ArtifactModel, report: DiffReport, ctx: SnapshotContext): Promise<SnapshotRun> {
  const { smoke, ...rest } = await snapshotRun(job, definition, artifact, report, ctx);
  if (!smoke) return rest;
  const values = (smoke as SmokeRun).values;
  return { ...rest, smoke: reported(smoke), ...(values ? { values } : {}) };
}

/** Every run keeps its values: the snapshot records or compares them, the base comparison reuses them. */
async function snapshotRun(job: ModelJob, definition: DefinitionModel, artifact: ArtifactModel, report: DiffReport, ctx: SnapshotContext): Promise<SnapshotRun> {
  const plain: PairSmokeOptions = { ...ctx.smoke, keepValues: true };
  const s = job.options.snapshots;
  const files = snapshotFiles(s.dir, job.id);
  if (s.skip) return skipped('snapshots.skip is set in the config', await smokePair(definition, artifact, report, plain));
  if (ctx.update) return record(job, definition, artifact, report, ctx, files.npz);
  let stored: Snapshot | undefined;
  try {
    stored = await readSnapshot(s.dir, job.id);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return skipped(`the snapshot cannot be read: ${err.detail}; record it again with npx weightgate check -u`, await smokePair(definition, artifact, report, plain), files.npz);
  }
  if (!stored) {
    const smoke = await smokePair(definition, artifact, report, plain);
    return { smoke, snapshot: { status: 'missing', file: files.npz, reason: 'no snapshot recorded yet: run npx weightgate check -u and commit it' }, issues: [] };
  }
  return replay(job, definition, artifact, report, ctx, stored);
}

async function record(job: ModelJob, definition: DefinitionModel, artifact: ArtifactModel, report: DiffReport, ctx: SnapshotContext, file: string): Promise<SnapshotRun> {
  const run = await smokePair(definition, artifact, report, { ...ctx.smoke, keepValues: true, batch: RECORDED_SAMPLES });
  const smoke = run;
  if (run.status !== 'passed' || !run.values) {
    return skipped(`the smoke run ${run.status === 'skipped' ? 'was skipped' : 'failed'} (${run.reason ?? 'no outputs'}), so nothing was recorded`, smoke, file);
  }
  const written = await writeSnapshot(job.options.snapshots.dir, job.id,
    run.values.inputs.map((a, i) => toWrite(a, definition.inputs[i]?.name ?? `input_${i}`)),
    run.values.outputs.map((a, i) => toWrite(a, definition.outputs[i]?.name ?? `output_${i}`)),
    {
      recordedBy: 'weightgate', engine: run.engine, weightgate: ctx.version, ...(run.tfjs ? { tfjs: run.tfjs } : {}),
      // Inputs from the config's file carry no seed; generated ones record theirs.
      ...(ctx.smoke.input === undefined ? { seed: ctx.smoke.seed ?? DEFAULT_INPUT_SEED } : {}),
      definitionSha256: await sha256File(job.definition),
      ...(job.weights && !isRemote(job.weights) ? { weightsSha256: await sha256File(job.weights) } : {}),
      samples: run.values.inputs[0]?.shape[0] ?? 0,
      recorded: (ctx.now?.() ?? new Date()).toISOString(),
    });
  return { smoke, snapshot: { status: 'written', file: written, recordedBy: `weightgate on ${run.engine}` }, issues: [] };
}

async function replay(job: ModelJob, definition: DefinitionModel, artifact: ArtifactModel, report: DiffReport, ctx: SnapshotContext, stored: Snapshot): Promise<SnapshotRun> {
  const s = job.options.snapshots;
  const p = stored.provenance;
  // The engine is chosen as it was when recording (the same config, the same plan), so a replay
  // normally runs where the snapshot was recorded, and is then exact.
  const recordedOn = p.recordedBy === 'weightgate' ? p.engine : undefined;
  const changed = (reason: string, smoke?: SmokeResult): SnapshotRun => ({
    ...(smoke ? { smoke } : {}),
    snapshot: { status: 'changed', file: stored.file, reason },
    issues: [{ code: 'outputs-changed', severity: s.onChange, raises: false, layer: '', output: '', reason, atol: 0, rtol: 0, snapshot: path.basename(stored.file) }],
  });
  let run: SmokeRun;
  try {
    run = await smokePair(definition, artifact, report, { ...ctx.smoke, inputArrays: stored.inputs, keepValues: true });
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    // The model no longer takes the recorded inputs: it changed. Its smoke run goes on with generated ones.
    return changed(`the model no longer takes the snapshot's inputs (${err.detail})`, await smokePair(definition, artifact, report, { ...ctx.smoke, keepValues: true }));
  }
  const smoke = run;
  if (!run.values) return skipped(`the smoke run ${run.status === 'skipped' ? 'was skipped' : 'failed'} (${run.reason ?? 'no outputs'}), so the snapshot was not compared`, smoke, stored.file);
  if (run.values.outputs.length !== stored.outputs.length) {
    return changed(`the model has ${run.values.outputs.length} outputs, the snapshot ${stored.outputs.length}`, smoke);
  }
  const sameEngine = recordedOn !== undefined && recordedOn === run.engine;
  const base = sameEngine ? SAME_ENGINE_TOLERANCE : OTHER_ENGINE_TOLERANCE;
  const given = s.atol !== undefined || s.rtol !== undefined;
  const tolerance = {
    atol: s.atol ?? base.atol,
    rtol: s.rtol ?? base.rtol,
    basis: given ? 'set in the config' : sameEngine ? `replayed on ${run.engine}, the engine that recorded it` : `recorded ${p.recordedBy === 'weightgate' ? `on ${p.engine ?? 'another engine'}` : 'by Keras or another tool'}, replayed on ${run.engine}`,
  };
  const outputs: SnapshotOutput[] = [];
  const issues: Issue[] = [];
  for (const [i, actual] of run.values.outputs.entries()) {
    const want = stored.outputs[i];
    const name = definition.outputs[i]?.name ?? p.outputs[i]?.name ?? `output_${i}`;
    if (!want || want.shape.join() !== actual.shape.join()) {
      return changed(`output '${name}' has shape (${actual.shape.join(', ')}), the snapshot (${want?.shape.join(', ') ?? ''})`, smoke);
    }
    const m = outputMetrics(numbersOf(actual.data), numbersOf(want.data), actual.shape, tolerance);
    outputs.push({ name, shape: actual.shape, maxAbsDiff: m.maxAbsDiff, meanAbsDiff: m.meanAbsDiff, relativeError: m.relativeError, ...(m.top1Agreement !== undefined ? { top1Agreement: m.top1Agreement } : {}), withinTolerance: m.withinTolerance });
    if (!m.withinTolerance) {
      issues.push({
        code: 'outputs-changed', severity: s.onChange, raises: false, layer: name, output: name,
        maxAbsDiff: m.maxAbsDiff, meanAbsDiff: m.meanAbsDiff, relativeError: m.relativeError,
        ...(m.top1Agreement !== undefined ? { top1Agreement: m.top1Agreement } : {}),
        atol: tolerance.atol, rtol: tolerance.rtol, snapshot: path.basename(stored.file),
      });
    }
  }
  const recordedBy = p.recordedBy === 'weightgate' ? `weightgate on ${p.engine ?? 'an unknown engine'}` : 'Keras or another tool';
  return { smoke, snapshot: { status: issues.length ? 'changed' : 'matched', file: stored.file, recordedBy, tolerance, outputs }, issues };
}
