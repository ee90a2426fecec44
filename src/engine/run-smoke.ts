// The smoke run: build the model in TF.js, put the paired weights in, run one batch, and check that
// it runs, that every output has the declared shape and finite values, and (given Keras' own
// outputs) that the numbers agree. Model problems become a result, never an exception; only an
// unreadable input/expected file throws (an InputError naming it).
import { writtenByTfjs } from '../model/keras-config.js';
import type { ArtifactModel, DefinitionModel, Shape } from '../model/types.js';
import type { NdArray } from '../formats/npy.js';
import { buildModel, prepareInitializers } from './build-model.js';
import { allFinite, compareToExpected, isUnresolved, shapeMatches, toleranceFor } from './compare.js';
import { ArraysMismatch, checkInputs, fixedBatch, generatedShapes, generateInputs, resolveArrays } from './seeded-inputs.js';
import { fullyAssignedLayers, loadAssignments } from './load-weights.js';
import { describeBlockers, normalizeConfig, type Blocker } from './normalize-config.js';
import type { TfjsModel } from './tfjs-config/tfjs-topology.js';
import { resolveLimits } from '../sources/limits.js';
import { estimateSmoke, overBudget, planEngine, WASM_HEAP_BYTES } from './budget.js';
import { installPackingFree, setPackingFree } from './packing-free.js';
import { noteCollector, withConsoleTo } from './console-notes.js';
import { exclusive } from './exclusive.js';
import { registerWeightgateLayers } from './layers/index.js';
import { cpuEngineUnlocked, selectEngineUnlocked } from './select.js';
import type { Engine, EngineFailure, LayersModel, SmokeOptions, SmokeOutput, SmokeResult, SmokeRun, SmokeStatus, Tf, WeightAssignment } from './engine-types.js';
import { plural } from '../text/grammar.js';

type Tensor = ReturnType<Tf['tensor']>;

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n', 1).join('');
}

/** Layers the definition walker flagged as carrying code, in case the config scan did not name them. */
export function codeBlockers(definition: DefinitionModel, known: readonly Blocker[], removedOps: readonly string[]): Blocker[] {
  return definition.layers
    .filter((l) => l.carriesCode && !l.isOperation && !removedOps.includes(l.name) && !known.some((b) => b.layer === l.name))
    .map((l) => ({ layer: l.name, className: l.className, why: l.note ?? 'carries code from the file, which is never executed', code: true }));
}

/**
 * One smoke run in this thread. TF.js' console output goes into the notes. An engine that aborts here
 * stays broken for later runs in the same thread, and nothing bounds the run's time: `weightgate
 * check` and `diff --smoke` run it in a worker instead (smokeIsolated, src/engine/smoke-host.ts).
 */
export function runSmoke(
  definition: DefinitionModel, artifact: ArtifactModel, assignments: readonly WeightAssignment[], options: SmokeOptions = {},
): Promise<SmokeRun> {
  return exclusive(async () => {
    const notes: string[] = [];
    return uncomputedGuard(await withConsoleTo(noteCollector(notes), () => runUnlocked(definition, artifact, assignments, options, notes)));
  });
}

/**
 * tfjs-backend-wasm only warns when XNNPACK cannot set up an operator (its packed weights or buffers
 * do not fit the heap: `XNN status for xnn_create_… is not successful`) and returns an output it never
 * wrote. Whatever the checks said, such a run computed nothing: it is skipped as an engine failure.
 * The smoke host applies this again once the worker's console lines are in the notes. Only a second
 * line of defence: the 3 GB model whose packed copies overran the heap printed nothing at all (an
 * allocation past 4 GiB fails silently), so the plan made before the run (budget.ts) is the guard.
 */
export function uncomputedGuard(result: SmokeResult): SmokeResult {
  if (result.status === 'skipped') return result;
  const xnn = result.notes.find((n) => /XNN status for \S+ is not successful/.test(n));
  if (!xnn) return result;
  return {
    ...result, status: 'skipped', outputs: [], engineFailure: 'out-of-memory',
    reason: engineFailureReason('out-of-memory', 'running the model', `${xnn.replace(/^TF\.js console: /, '').replace(/ Use -c dbg.*$/, '')}: an operator's output was left unwritten`),
  };
}

/**
 * A failure of the engine rather than of the model: the WebAssembly module aborted (after which it is
 * unusable) or memory ran out. The run then says nothing about the model.
 */
export function engineFailureOf(err: unknown): EngineFailure | undefined {
  const text = message(err);
  // WebAssembly.RuntimeError ('Aborted()', 'memory access out of bounds', 'unreachable').
  if ((err instanceof Error && err.name === 'RuntimeError') || /^(RuntimeError: )?Aborted\(|memory access out of bounds|^unreachable/.test(text)) return 'abort';
  // A heap that cannot grow: the allocation fails, or a view is made past the end of the heap.
  if (err instanceof RangeError && /allocation failed|Invalid (typed )?array length|out of memory|offset is out of bounds/i.test(text)) return 'out-of-memory';
  return undefined;
}

const FAILURE_WORDS: Record<EngineFailure, string> = {
  abort: 'the engine aborted',
  'out-of-memory': 'the engine ran out of memory',
  crash: 'the engine crashed',
  timeout: 'the run took too long',
};

/** The skipped result's reason for an engine failure while `doing`. */
export function engineFailureReason(kind: EngineFailure, doing: string, detail: string): string {
  return `${FAILURE_WORDS[kind]} while ${doing} (${detail}); no outputs were computed, so nothing is said about the model`;
}

async function runUnlocked(
  definition: DefinitionModel, artifact: ArtifactModel, assignments: readonly WeightAssignment[], options: SmokeOptions, notes: string[],
): Promise<SmokeRun> {
  const started = performance.now();
  const done = (status: SmokeStatus, engine: { name: string; reason: string }, outputs: SmokeOutput[], reason?: string, extra: Partial<SmokeResult> = {}): SmokeResult => ({
    status, engine: engine.name, engineReason: engine.reason, ...(reason ? { reason } : {}), outputs,
    seconds: Math.round((performance.now() - started) / 10) / 100, notes, ...extra,
  });

  let engine: Engine;
  try {
    engine = typeof options.engine === 'object' ? options.engine : await selectEngineUnlocked(options.engine ?? 'auto', options.select);
  } catch (err) {
    return done('skipped', { name: 'none', reason: message(err) }, [], message(err));
  }

  // Everything TF.js cannot build (or must never run) is found before any layer is constructed.
  const normalized = normalizeConfig(definition.config, definition.generation, writtenByTfjs(definition.producer));
  notes.push(...normalized.notes);
  const blockers = [...normalized.blockers, ...codeBlockers(definition, normalized.blockers, normalized.removedOps)];
  if (blockers.length) return done('skipped', engine, [], describeBlockers(blockers));

  let inputs: NdArray[] | undefined;
  let expected: NdArray[] | undefined;
  const outputNames = definition.outputs.map((o) => o.name);
  try {
    if (options.input !== undefined) {
      inputs = await resolveArrays(options.input, definition.inputs.map((i) => i.name), 'input', { shapes: definition.inputs.map((i) => i.shape), limits: resolveLimits(options.limits) });
      checkInputs(definition, inputs);
    }
    if (options.expected !== undefined) expected = await resolveArrays(options.expected, outputNames, 'output', { shapes: definition.outputs.map((o) => o.shape), limits: resolveLimits(options.limits) });
  } catch (err) {
    if (err instanceof ArraysMismatch) return done('failed', engine, [], err.message);
    throw err;
  }
  // The memory the run would take, from the shapes alone: nothing is allocated for a run over the limit.
  const limits = resolveLimits(options.limits);
  const estimate = estimateSmoke(definition, assignments, inputs ? inputs.map((a) => a.shape) : generatedShapes(definition, options));
  const over = overBudget(estimate, limits);
  if (over) return done('skipped', engine, [], over, { limit: 'maxSmokeBytes' });
  // Which engine and path hold it: the WebAssembly heap is 4 GiB whatever maxSmokeBytes allows.
  const plan = planEngine(estimate, engine, options.wasmHeapBytes ?? WASM_HEAP_BYTES);
  if (plan.kind === 'skip') return done('skipped', engine, [], plan.why);
  if (plan.kind === 'cpu') {
    try {
      const cpu = await cpuEngineUnlocked();
      engine = { ...cpu, reason: `${engine.reason}, but ${plan.why}: ${cpu.reason}` };
      options.onEngineChange?.({ name: engine.name, reason: engine.reason });
    } catch (err) {
      return done('skipped', engine, [], `${plan.why}, and the CPU backend cannot hold it instead: ${message(err)}`);
    }
  } else if (plan.why) {
    engine = { ...engine, reason: `${engine.reason}; ${plan.why}` };
  }
  const packingFree = plan.kind === 'run' && plan.packingFree;
  if (!inputs) {
    const generated = generateInputs(definition, options);
    inputs = generated.arrays;
    notes.push(generated.note);
  }

  const chosen = engine;
  const finish: Finish = (status, outputs, reason, extra) => done(status, chosen, outputs, reason, extra);
  return execute(chosen, definition, artifact, assignments, { inputs, expected, halfPrecision: normalized.halfPrecision, config: normalized.config, notes, packingFree }, options, finish);
}

interface Prepared {
  inputs: NdArray[];
  expected?: NdArray[];
  halfPrecision: boolean;
  config: TfjsModel;
  notes: string[];
  /** On WebAssembly: never pack a weight matrix (its copy would not fit the heap). */
  packingFree: boolean;
}

type Finish = (status: SmokeStatus, outputs: SmokeOutput[], reason?: string, extra?: Partial<SmokeResult>) => SmokeResult;

/** A failure while `doing`: the engine's (skipped, nothing said about the model) or the model's (failed, `modelReason`). */
function failure(finish: Finish, err: unknown, doing: string, modelReason: string): SmokeResult {
  const kind = engineFailureOf(err);
  if (kind) return finish('skipped', [], engineFailureReason(kind, doing, message(err)), { engineFailure: kind });
  return finish('failed', [], `${modelReason}: ${message(err)}`);
}

/** Build, load, predict and check on `engine`; everything created is disposed whatever happens. */
async function execute(
  engine: Engine, definition: DefinitionModel, artifact: ArtifactModel, assignments: readonly WeightAssignment[],
  run: Prepared, options: SmokeOptions, finish: Finish,
): Promise<SmokeRun> {
  const tf = engine.tf;
  await tf.setBackend(engine.backend);
  // Once per TF.js build (later calls return at once): GRU reset_after, MultiHeadAttention, ….
  registerWeightgateLayers(tf);
  if (engine.name === 'wasm') {
    // Small products (and every product when the packed copies would not fit) skip XNNPACK's packing.
    installPackingFree(tf);
    setPackingFree(run.packingFree);
  }
  let model: LayersModel;
  try {
    prepareInitializers(run.config, fullyAssignedLayers(definition, assignments), options.initSeed ?? 1);
    model = await buildModel(tf, run.config);
  } catch (err) {
    return failure(finish, err, 'building the model', 'TF.js could not build the model');
  }
  const tensors: Tensor[] = [];
  try {
    try {
      run.notes.push(...(await loadAssignments(tf, model, definition, artifact, assignments)).notes);
    } catch (err) {
      return failure(finish, err, 'loading the weights', 'the weights could not be loaded');
    }
    let ys: Tensor[];
    try {
      const xs = run.inputs.map((a, i) => inputTensor(tf, a, model.inputs[i]?.dtype));
      tensors.push(...xs);
      const batchSize = fixedBatch(definition);
      if (batchSize !== undefined && xs[0] && xs[0].shape[0] !== batchSize) run.notes.push(`the model has a fixed batch of ${batchSize}: run in slices of ${batchSize}`);
      const y = model.predict(xs.length === 1 && xs[0] ? xs[0] : xs, batchSize ? { batchSize } : {});
      ys = Array.isArray(y) ? y : [y];
      tensors.push(...ys);
    } catch (err) {
      return failure(finish, err, 'running the model', 'TF.js could not run the model');
    }
    try {
      const kept: NdArray[] | undefined = options.keepValues ? [] : undefined;
      const result = await checkOutputs(ys, definition, run.expected, run.halfPrecision, options, finish, kept);
      return kept ? { ...result, values: { inputs: run.inputs, outputs: kept }, tfjs: tf.version_core } : result;
    } catch (err) {
      const kind = engineFailureOf(err);
      if (!kind) throw err;
      return finish('skipped', [], engineFailureReason(kind, 'reading the outputs', message(err)), { engineFailure: kind });
    }
  } finally {
    release(tf, tensors, model);
  }
}

/** Frees the run's tensors and model. After an abort the engine may fail even to free memory; the caller replaces it. */
function release(tf: Tf, tensors: readonly Tensor[], model: LayersModel): void {
  try {
    tf.dispose([...tensors]);
    model.dispose();
  } catch (err) {
    if (!engineFailureOf(err)) throw err;
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
  const got = shape[0];
  return typeof b === 'number' && got !== undefined && got % b === 0 ? [got, ...declared.slice(1)] : declared;
}

async function checkOutputs(
  ys: Tensor[], definition: DefinitionModel, expected: NdArray[] | undefined, halfPrecision: boolean, options: SmokeOptions,
  done: Finish, kept?: NdArray[],
): Promise<SmokeRun> {
  const problems: string[] = [];
  if (ys.length !== definition.outputs.length) problems.push(`the model produced ${plural(ys.length, 'output')}, the definition declares ${definition.outputs.length}`);
  const tol = toleranceFor(halfPrecision, options);
  const outputs: SmokeOutput[] = [];
  for (const [i, y] of ys.entries()) {
    const name = definition.outputs[i]?.name ?? `output_${i}`;
    const shape = y.shape as number[];
    const data = (await y.data()) as Float32Array | Int32Array;
    kept?.push({ dtype: data instanceof Int32Array ? 'int32' : 'float32', shape, data });
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
