// `check --base <ref>`: every model checked again as it was at the base commit (that commit's own
// weightgate.yml and files, read from git's object database into a temp folder, no checkout), then
// each model classified (introduced, fixed, pre-existing, unchanged, new, removed) with what changed:
// the definition, the weights, and the outputs on the same inputs.
import { sha256File as sha256 } from '../sources/file-hash.js';
import path from 'node:path';
import { compareArtifacts, type ArtifactDiffSummary, type VariableChange } from '../diff/artifact-compare.js';
import { definitionChanges, type DefinitionChanges } from '../diff/definition-changes.js';
import type { SmokeValues } from '../engine/index.js';
import { outputMetrics } from '../model/output-metrics.js';
import { numbersOf, sameBytes } from '../model/value-diff.js';
import { openFile } from '../formats/open.js';
import type { NdArray } from '../formats/npy.js';
import { InputError } from '../sources/errors.js';
import { listTree, materializeTree, repositoryRoot, resolveCommit, unchangedWorkingFiles } from '../sources/git-tree.js';
import { makeTempDir, removeTempDir } from '../sources/temp-dirs.js';
import { expandConfig } from '../config/expand.js';
import { isRemote } from '../config/remote-ref.js';
import { loadConfig, type WeightgateConfig } from '../config/load.js';
import { effectiveStatus, isFailing, makeReport, type CheckReport, type ModelResult, type ModelStatus } from './report.js';
import { runCheck, type CheckRunOptions } from './run.js';
import { trendOf } from './trend.js';

export interface BaseSide {
  /** The model's status at the base (the diff's verdict, or error). */
  status: ModelStatus;
  /** Its status counting a failed smoke run, as the gate judges it. */
  verdict: ModelStatus;
}

/** The artifact comparison's counts, with the biggest changes (at most 10) as `weightgate diff A B` lists them. */
export type WeightsChange = Omit<ArtifactDiffSummary, 'sameStructure'> & { variables: VariableChange[] };

export interface OutputChange {
  name: string;
  maxAbsDiff: number;
  meanAbsDiff: number;
  relativeError: number;
  top1Agreement?: number;
}

/** A part that could not be compared, and why. */
export interface NotCompared {
  reason: string;
}

export interface ModelChanges {
  /** Layers added, removed, renamed or reshaped and config fields changed; null: the same. */
  definition: DefinitionChanges | NotCompared | null;
  /** The weights variable by variable; null: the same bytes. */
  weights: WeightsChange | NotCompared | null;
  /** The outputs on the same inputs, base pair against new pair; null: neither side ran or both are equal. */
  outputs: { outputs: OutputChange[] } | NotCompared | null;
}

/** Files a base config can name: definitions, weights, shards, smoke arrays, the configs themselves. */
const MODEL_FILE = /\.(json|h5|hdf5|keras|bin|npy|npz|ya?ml|pb|weights\.json)$/i;


/** The same arrays, byte for byte: the two runs were fed the same inputs. */
function sameArrays(a: readonly NdArray[], b: readonly NdArray[]): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i];
    return y !== undefined && x.shape.join() === y.shape.join() && sameBytes(x.data, y.data);
  });
}


function outputChanges(base: SmokeValues | undefined, head: SmokeValues | undefined, names: readonly string[]): ModelChanges['outputs'] {
  if (!base || !head) return null;
  if (!sameArrays(base.inputs, head.inputs)) return { reason: 'the two commits fed different inputs (the input shapes or the smoke input changed)' };
  if (base.outputs.length !== head.outputs.length) return { reason: `the model has ${head.outputs.length} outputs, ${base.outputs.length} at the base` };
  const outputs: OutputChange[] = [];
  for (const [i, now] of head.outputs.entries()) {
    const was = base.outputs[i];
    if (!was || was.shape.join() !== now.shape.join()) return { reason: `output ${i} has shape (${now.shape.join(', ')}), (${was?.shape.join(', ') ?? ''}) at the base` };
    const m = outputMetrics(numbersOf(now.data), numbersOf(was.data), now.shape, { atol: 0, rtol: 0 });
    outputs.push({ name: names[i] ?? `output_${i}`, maxAbsDiff: m.maxAbsDiff, meanAbsDiff: m.meanAbsDiff, relativeError: m.relativeError, ...(m.top1Agreement !== undefined ? { top1Agreement: m.top1Agreement } : {}) });
  }
  return outputs.every((o) => o.maxAbsDiff === 0) ? null : { outputs };
}

async function weightsChanges(base: ModelResult, head: ModelResult): Promise<ModelChanges['weights']> {
  const a = base.weights ?? base.definition;
  const b = head.weights ?? head.definition;
  if (isRemote(a) || isRemote(b)) return a === b ? null : { reason: 'a remote artifact: compare the two downloads with weightgate diff A B' };
  try {
    if (await sha256(a) === await sha256(b)) return null;
    const x = await openFile(a);
    try {
      const y = await openFile(b);
      try {
        if (!x.artifact || !y.artifact) return { reason: 'one side holds no weights' };
        const r = await compareArtifacts(x.artifact, y.artifact);
        const { sameStructure, ...counts } = r.summary;
        if (sameStructure && counts.changed === 0) return null;
        return { ...counts, variables: r.variables.filter((v) => v.status !== 'same').slice(0, 10) };
      } finally {
        await y.artifact?.close();
      }
    } finally {
      await x.artifact?.close();
    }
  } catch (err) {
    if (err instanceof InputError) return { reason: err.detail };
    throw err;
  }
}

async function definitionChangesOf(base: ModelResult, head: ModelResult): Promise<ModelChanges['definition']> {
  try {
    if (await sha256(base.definition) === await sha256(head.definition)) return null;
    const x = await openFile(base.definition);
    await x.artifact?.close();
    const y = await openFile(head.definition);
    await y.artifact?.close();
    if (!x.definition || !y.definition) return { reason: 'one side holds no definition' };
    return definitionChanges(x.definition, y.definition);
  } catch (err) {
    if (err instanceof InputError) return { reason: err.detail };
    throw err;
  }
}

/** A model only the base commit's config has. */
export interface RemovedModel {
  id: string;
  /** Its files at the base, relative to the repository. */
  definition: string;
  weights?: string;
  trend: 'removed-model';
  base: BaseSide;
}

function withBase(head: CheckReport, models: ModelResult[], base: NonNullable<CheckReport['base']>, removed: RemovedModel[] = [], notes: string[] = []): CheckReport {
  const allNotes = [...(head.notes ?? []), ...notes];
  return makeReport({
    schemaVersion: head.schemaVersion, tool: head.tool, config: head.config,
    ...(head.shards ? { shards: head.shards } : {}),
    models,
    ...(removed.length ? { removedModels: removed } : {}),
    base,
    ...(head.obsoleteSnapshots ? { obsoleteSnapshots: head.obsoleteSnapshots } : {}),
    ...(allNotes.length ? { notes: allNotes } : {}),
    seconds: head.seconds,
  });
}

/**
 * Checks the base commit's models and annotates `head` (the working tree's report, whose smoke values
 * `headValues` kept) with trend, base state and changes. The base's own temp folder is removed after.
 */
export async function compareWithBase(config: WeightgateConfig, head: CheckReport, headValues: ReadonlyMap<string, SmokeValues>, ref: string, opts: CheckRunOptions,
  /** How the base is named in reports (the pull request's base branch); `ref` by default. */
  label = ref): Promise<CheckReport> {
  let root: string;
  let sha: string;
  try {
    root = await repositoryRoot(config.dir);
    sha = await resolveCommit(root, ref);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return withBase(head, head.models, { ref: label, unavailable: `${err.detail}${err.hint ? ` ${err.hint}` : ''}` });
  }
  const configPath = path.relative(root, config.file).split(path.sep).join('/');
  const dir = await makeTempDir('weightgate-base-');
  try {
    const tree = await listTree(root, sha);
    let baseModels: ModelResult[] = [];
    const baseValues = new Map<string, SmokeValues>();
    // Files of the base that stayed LFS pointers (git-lfs not installed): a model reading them says
    // nothing about the base, so it gets no trend rather than a wrong `fixed`.
    const pointers = new Set<string>();
    const notes: string[] = [];
    if (tree.some((e) => e.path === configPath)) {
      const written = await materializeTree(root, sha, dir, { include: (p) => p === configPath || MODEL_FILE.test(p), unchanged: await unchangedWorkingFiles(root) });
      for (const p of written.lfsPointers) pointers.add(path.join(dir, p));
      if (written.lfsPointers.length) {
        notes.push(`at ${label}, ${written.lfsPointers.slice(0, 5).join(', ')}${written.lfsPointers.length > 5 ? ' and more' : ''} ${written.lfsPointers.length === 1 ? 'is a Git LFS pointer' : 'are Git LFS pointers'} and git-lfs is not installed, so the models reading them were not compared with the base (install git-lfs: apt-get install git-lfs)`);
      }
      const loaded = await loadConfig(path.join(dir, configPath), { root: dir });
      // Downloads go to the working tree's cache: an artifact both commits name is fetched once.
      const baseConfig = { ...loaded, cache: path.resolve(config.dir, config.cache) };
      const { jobs } = await expandConfig(baseConfig);
      const report = await runCheck(baseConfig, jobs, { ...opts, expansionNotes: undefined, updateSnapshots: false, onResult: undefined, onValues: (id, v) => baseValues.set(id, v) });
      baseModels = report.models;
    }
    const byId = new Map(baseModels.map((m) => [m.id, m]));
    const models: ModelResult[] = [];
    for (const m of head.models) {
      const b = byId.get(m.id);
      byId.delete(m.id);
      if (b && b.status === 'error' && [b.definition, b.weights].some((f) => f !== undefined && pointers.has(f))) {
        const reason = { reason: `its files at ${label} are Git LFS pointers and git-lfs is not installed` };
        models.push({ ...m, base: null, changes: { definition: reason, weights: reason, outputs: null } });
        continue;
      }
      const trend = trendOf(b ? isFailing(b) : undefined, isFailing(m));
      if (!b) {
        models.push({ ...m, trend, base: null });
        continue;
      }
      const changes: ModelChanges = {
        definition: await definitionChangesOf(b, m),
        weights: await weightsChanges(b, m),
        outputs: outputChanges(baseValues.get(m.id), headValues.get(m.id), (m.smoke?.outputs ?? []).map((o) => o.name)),
      };
      models.push({ ...m, trend, base: { status: b.status, verdict: effectiveStatus(b) }, changes });
    }
    // Models only the base config had: listed apart, never failing the gate (paths as in the repository).
    const removed = [...byId.values()].map((b): RemovedModel => ({
      id: b.id, definition: path.relative(dir, b.definition), ...(b.weights ? { weights: path.relative(dir, b.weights) } : {}),
      trend: 'removed-model', base: { status: b.status, verdict: effectiveStatus(b) },
    }));
    return withBase(head, models, { ref: label, sha }, removed, notes);
  } finally {
    await removeTempDir(dir);
  }
}
