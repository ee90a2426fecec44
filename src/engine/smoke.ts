// The smoke run: build the model in TF.js, put the paired weights in, run one batch, and check that
// it runs, that every output has the declared shape and finite values, and (given Keras' own
// outputs) that the numbers agree. Model problems become a result, never an exception; only an
// unreadable input/expected file throws (an InputError naming it).
import type { ArtifactModel, DefinitionModel, Shape } from '../model/types.js';
import type { NdArray } from '../sources/npy.js';
import { buildModel, prepareInitializers } from './build-model.js';
import { allFinite, compareToExpected, isUnresolved, shapeMatches, toleranceFor } from './compare.js';
import { ArraysMismatch, checkInputs, fixedBatch, generateInputs, resolveArrays } from './inputs.js';
import { fullyAssignedLayers, loadAssignments } from './load-weights.js';
import { describeBlockers, normalizeConfig, type Blocker, type Json } from './normalize-config.js';
import { exclusive } from './exclusive.js';
import { registerWeightgateLayers } from './layers/index.js';
import { selectEngineUnlocked } from './select.js';
import type { Engine, LayersModel, SmokeOptions, SmokeOutput, SmokeResult, SmokeStatus, Tf, WeightAssignment } from './types.js';

type Tensor = ReturnType<Tf['tensor']>;

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

/** Layers the definition walker flagged as carrying code, in case the config scan did not name them. */
export function codeBlockers(definition: DefinitionModel, known: readonly Blocker[], removedOps: readonly string[]): Blocker[] {
  return definition.layers
    .filter((l) => l.carriesCode && !l.isOperation && !removedOps.includes(l.name) && !known.some((b) => b.layer === l.name))
    .map((l) => ({ layer: l.name, className: l.className, why: l.note ?? 'carries code from the file, which is never executed', code: true }));
}

export function runSmoke(
  definition: DefinitionModel, artifact: ArtifactModel, assignments: readonly WeightAssignment[], options: SmokeOptions = {},
): Promise<SmokeResult> {
  return exclusive(() => runUnlocked(definition, artifact, assignments, options));
}

async function runUnlocked(
  definition: DefinitionModel, artifact: ArtifactModel, assignments: readonly WeightAssignment[], options: SmokeOptions,
): Promise<SmokeResult> {
  const started = performance.now();
  const notes: string[] = [];
  const done = (status: SmokeStatus, engine: { name: string; reason: string }, outputs: SmokeOutput[], reason?: string): SmokeResult => ({
    status, engine: engine.name, engineReason: engine.reason, ...(reason ? { reason } : {}), outputs,
    seconds: Math.round((performance.now() - started) / 10) / 100, notes,
  });

  let engine: Engine;
  try {
    engine = typeof options.engine === 'object' ? options.engine : await selectEngineUnlocked(options.engine ?? 'auto', options.select);
  } catch (err) {
    return done('skipped', { name: 'none', reason: message(err) }, [], message(err));
  }

  // Everything TF.js cannot build (or must never run) is found before any layer is constructed.
  const normalized = normalizeConfig(definition.config, definition.generation);
  notes.push(...normalized.notes);
  const blockers = [...normalized.blockers, ...codeBlockers(definition, normalized.blockers, normalized.removedOps)];
  if (blockers.length) return done('skipped', engine, [], describeBlockers(blockers));

  let inputs: NdArray[];
  let expected: NdArray[] | undefined;
  const outputNames = definition.outputs.map((o) => o.name);
  try {
    if (options.input !== undefined) {
      inputs = await resolveArrays(options.input, definition.inputs.map((i) => i.name), 'input');
      checkInputs(definition, inputs);
    } else {
      const generated = generateInputs(definition, options);
      inputs = generated.arrays;
      notes.push(generated.note);
    }
    if (options.expected !== undefined) expected = await resolveArrays(options.expected, outputNames, 'output');
  } catch (err) {
    if (err instanceof ArraysMismatch) return done('failed', engine, [], err.message);
    throw err;
  }

  const finish = (status: SmokeStatus, outputs: SmokeOutput[], reason?: string) => done(status, engine, outputs, reason);
  return execute(engine, definition, artifact, assignments, { inputs, expected, halfPrecision: normalized.halfPrecision, config: normalized.config, notes }, options, finish);
}

interface Prepared {
  inputs: NdArray[];
  expected?: NdArray[];
  halfPrecision: boolean;
  config: Json;
  notes: string[];
}

type Finish = (status: SmokeStatus, outputs: SmokeOutput[], reason?: string) => SmokeResult;

/** Build, load, predict and check on `engine`; everything created is disposed whatever happens. */
async function execute(
  engine: Engine, definition: DefinitionModel, artifact: ArtifactModel, assignments: readonly WeightAssignment[],
  run: Prepared, options: SmokeOptions, finish: Finish,
): Promise<SmokeResult> {
  const tf = engine.tf;
  await tf.setBackend(engine.backend);
  // Once per TF.js build (later calls return at once): GRU reset_after, MultiHeadAttention, ….
  registerWeightgateLayers(tf);
  let model: LayersModel;
  try {
    prepareInitializers(run.config, fullyAssignedLayers(definition, assignments), options.initSeed ?? 1);
    model = await buildModel(tf, run.config);
  } catch (err) {
    return finish('failed', [], `TF.js could not build the model: ${message(err)}`);
  }
  const tensors: Tensor[] = [];
  try {
    try {
      run.notes.push(...(await loadAssignments(tf, model, definition, artifact, assignments)).notes);
    } catch (err) {
      return finish('failed', [], `the weights could not be loaded: ${message(err)}`);
    }
    const xs = run.inputs.map((a, i) => inputTensor(tf, a, model.inputs[i]?.dtype));
    tensors.push(...xs);
    let ys: Tensor[];
    try {
      const batchSize = fixedBatch(definition);
      if (batchSize !== undefined && xs[0] && xs[0].shape[0] !== batchSize) run.notes.push(`the model has a fixed batch of ${batchSize}: run in slices of ${batchSize}`);
      const y = model.predict(xs.length === 1 ? xs[0] : xs, batchSize ? { batchSize } : {}) as Tensor | Tensor[];
      ys = Array.isArray(y) ? y : [y];
      tensors.push(...ys);
    } catch (err) {
      return finish('failed', [], `TF.js could not run the model: ${message(err)}`);
    }
    return await checkOutputs(ys, definition, run.expected, run.halfPrecision, options, finish);
  } finally {
    tf.dispose(tensors);
    model.dispose();
  }
}

/** The model's own input dtype decides: int32 for ids, float32 otherwise (int64 ids narrowed). */
function inputTensor(tf: Tf, a: NdArray, dtype: string | undefined): Tensor {
  const values = a.data instanceof BigInt64Array ? Array.from(a.data, Number) : (a.data as ArrayLike<number>);
  return dtype === 'int32' ? tf.tensor(Int32Array.from(values), a.shape, 'int32') : tf.tensor(Float32Array.from(values), a.shape, 'float32');
}

/** A fixed declared batch also admits the batch a sliced run produced (a multiple of it). */
function batchOf(declared: Shape, shape: readonly number[]): Shape {
  const b = declared[0];
  return typeof b === 'number' && shape.length && shape[0] % b === 0 ? [shape[0], ...declared.slice(1)] : declared;
}

async function checkOutputs(
  ys: Tensor[], definition: DefinitionModel, expected: NdArray[] | undefined, halfPrecision: boolean, options: SmokeOptions,
  done: Finish,
): Promise<SmokeResult> {
  const problems: string[] = [];
  if (ys.length !== definition.outputs.length) problems.push(`the model produced ${ys.length} output(s), the definition declares ${definition.outputs.length}`);
  const tol = toleranceFor(halfPrecision, options);
  const outputs: SmokeOutput[] = [];
  for (const [i, y] of ys.entries()) {
    const name = definition.outputs[i]?.name ?? `output_${i}`;
    const shape = y.shape as number[];
    const data = (await y.data()) as Float32Array | Int32Array;
    const out: SmokeOutput = { name, shape, finite: allFinite(data) };
    const declared = definition.outputs[i]?.shape;
    const issues: string[] = [];
    if (declared && !isUnresolved(declared) && !shapeMatches(shape, declared) && !shapeMatches(shape, batchOf(declared, shape))) issues.push(`shape ${JSON.stringify(shape)} differs from the declared ${JSON.stringify(declared)}`);
    if (shape.some((d) => d <= 0)) issues.push(`has no values (shape ${JSON.stringify(shape)}): the input is too small for the model's convolutions or pooling; give a larger input`);
    if (!out.finite) issues.push('holds NaN or infinite values');
    if (expected?.[i]) {
      const c = compareToExpected(data, shape, expected[i], tol);
      out.tolerance = tol;
      out.withinTolerance = c.withinTolerance;
      if (!c.problem) out.maxAbsDiff = c.maxAbsDiff;
      if (c.problem) issues.push(c.problem);
      else if (!c.withinTolerance && c.worst) {
        issues.push(`differs from the expected output by up to ${c.maxAbsDiff.toPrecision(3)} (allowed ${tol.atol} + ${tol.rtol}·|expected|); `
          + `worst at [${c.worst.index.join(', ')}]: ${c.worst.actual.toPrecision(4)} vs ${c.worst.expected.toPrecision(4)}`);
      }
    }
    if (issues.length) {
      out.problem = issues.join('; ');
      problems.push(`output '${name}' ${out.problem}`);
    }
    outputs.push(out);
  }
  return problems.length ? done('failed', outputs, problems.join('; ')) : done('passed', outputs);
}
