// Output snapshots on disk: `<dir>/<model id>.npz` holds the inputs and the outputs they produced
// (`input_0`, `input_1`, … in the model's input order, `output_0`, … in its output order: what
// `np.savez(f, input_0=x, output_0=model.predict(x))` writes), and `<model id>.json` says who
// recorded them, with what and when. Both are committed by the user, so both are read as hostile.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { readArrays, type NdArray } from '../formats/npy.js';
import { writeNpz, type ArrayToWrite } from '../formats/npz-write.js';
import { InputError } from '../sources/errors.js';
import { isObject, numberAt, objectsIn, stringAt } from '../sources/json-value.js';
import type { Limits } from '../sources/limits.js';

export interface TensorFacts {
  name: string;
  shape: number[];
  dtype: string;
}

/** Who computed the stored outputs: weightgate's engine (replayed on the same engine: tight tolerance) or Keras. */
export interface SnapshotProvenance {
  recordedBy: 'weightgate' | 'keras' | 'unknown';
  /** The engine that computed the outputs (`wasm`, `cpu`, `tfjs-node`); absent for Keras. */
  engine?: string;
  weightgate?: string;
  tfjs?: string;
  seed?: number;
  samples?: number;
  definitionSha256?: string;
  weightsSha256?: string;
  /** ISO date of the recording. */
  recorded?: string;
  inputs: TensorFacts[];
  outputs: TensorFacts[];
}

export interface Snapshot {
  file: string;
  inputs: NdArray[];
  outputs: NdArray[];
  provenance: SnapshotProvenance;
}

/**
 * A model id as a file name: ids are the user's names (`classifier`) or paths (`models/a.json`);
 * anything outside [A-Za-z0-9._-] becomes `_`, with a short hash when that changed the name, so
 * two ids never share a file.
 */
export function snapshotStem(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_').slice(0, 120);
  return safe === id ? id : `${safe}-${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
}

export function snapshotFiles(dir: string, id: string): { npz: string; json: string } {
  const stem = snapshotStem(id);
  return { npz: path.join(dir, `${stem}.npz`), json: path.join(dir, `${stem}.json`) };
}

const FIX = 'Record it again with `npx weightgate check -u` (or write it from Keras as the README shows: np.savez(f, input_0=x, output_0=model.predict(x))).';

/** `input_0`, `input_1`, … from the archive, in index order; a gap is an error. */
function indexed(file: string, arrays: Map<string, NdArray>, prefix: 'input' | 'output'): NdArray[] {
  const out: NdArray[] = [];
  for (let i = 0; ; i++) {
    const a = arrays.get(`${prefix}_${i}`);
    if (!a) break;
    out.push(a);
  }
  const extra = [...arrays.keys()].filter((k) => k.startsWith(`${prefix}_`) && !/^(input|output)_\d+$/.test(k));
  const beyond = [...arrays.keys()].filter((k) => new RegExp(`^${prefix}_(\\d+)$`).test(k) && Number(k.slice(prefix.length + 1)) >= out.length);
  if (!out.length || beyond.length || extra.length) {
    throw new InputError(file, 'corrupt', `the snapshot's ${prefix} arrays must be ${prefix}_0, ${prefix}_1, … without gaps; it holds ${[...arrays.keys()].slice(0, 8).join(', ')}`, FIX);
  }
  return out;
}

function facts(list: unknown): TensorFacts[] {
  return objectsIn(list).map((o) => ({
    name: stringAt(o, 'name') ?? '',
    shape: Array.isArray(o.shape) ? (o.shape as readonly unknown[]).filter((d): d is number => typeof d === 'number') : [],
    dtype: stringAt(o, 'dtype') ?? '',
  }));
}

async function readProvenance(file: string, inputs: NdArray[], outputs: NdArray[]): Promise<SnapshotProvenance> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // No provenance file: written by hand or from Keras without one. Replayed with the cross-engine tolerance.
    const described = (a: NdArray, i: number, p: string): TensorFacts => ({ name: `${p}_${i}`, shape: a.shape, dtype: a.dtype });
    return { recordedBy: 'unknown', inputs: inputs.map((a, i) => described(a, i, 'input')), outputs: outputs.map((a, i) => described(a, i, 'output')) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.slice(0, 1 << 20));
  } catch (err) {
    throw new InputError(file, 'corrupt', `the snapshot's provenance is not valid JSON (${(err as Error).message.slice(0, 120)})`, FIX);
  }
  if (!isObject(raw)) throw new InputError(file, 'corrupt', 'the snapshot\'s provenance is not a JSON object', FIX);
  const by = stringAt(raw, 'recordedBy');
  const str = (k: string): Record<string, string> => {
    const v = stringAt(raw, k);
    return v === undefined ? {} : { [k]: v };
  };
  const num = (k: string): Record<string, number> => {
    const v = numberAt(raw, k);
    return v === undefined ? {} : { [k]: v };
  };
  return {
    recordedBy: by === 'weightgate' || by === 'keras' ? by : 'unknown',
    ...str('engine'), ...str('weightgate'), ...str('tfjs'), ...num('seed'), ...num('samples'),
    ...str('definitionSha256'), ...str('weightsSha256'), ...str('recorded'),
    inputs: facts(raw.inputs),
    outputs: facts(raw.outputs),
  };
}

/** The stored snapshot of `id`, or undefined when there is none. */
export async function readSnapshot(dir: string, id: string, o: { limits?: Limits; maxBytes?: number } = {}): Promise<Snapshot | undefined> {
  const files = snapshotFiles(dir, id);
  let arrays: Map<string, NdArray>;
  try {
    arrays = await readArrays(files.npz, { ...(o.limits ? { limits: o.limits } : {}), ...(o.maxBytes ? { maxBytes: o.maxBytes } : {}) });
  } catch (err) {
    if (err instanceof InputError && err.kind === 'not-found') return undefined;
    throw err;
  }
  const inputs = indexed(files.npz, arrays, 'input');
  const outputs = indexed(files.npz, arrays, 'output');
  return { file: files.npz, inputs, outputs, provenance: await readProvenance(files.json, inputs, outputs) };
}

/** Writes both files; the provenance lists the arrays as written. */
export async function writeSnapshot(dir: string, id: string, inputs: readonly ArrayToWrite[], outputs: readonly ArrayToWrite[], provenance: Omit<SnapshotProvenance, 'inputs' | 'outputs'>): Promise<string> {
  await mkdir(dir, { recursive: true });
  const files = snapshotFiles(dir, id);
  const named = (list: readonly ArrayToWrite[], p: string): ArrayToWrite[] => list.map((a, i) => ({ ...a, name: `${p}_${i}` }));
  await writeNpz(files.npz, [...named(inputs, 'input'), ...named(outputs, 'output')]);
  const described = (list: readonly ArrayToWrite[]): TensorFacts[] => list.map((a) => ({ name: a.name, shape: [...a.shape], dtype: a.dtype }));
  const json = { ...provenance, inputs: described(inputs), outputs: described(outputs) };
  const temp = `${files.json}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(json, null, 2)}\n`);
  await rename(temp, files.json);
  return files.npz;
}

/** Snapshot files in `dir` that belong to no current model id (like Jest's obsolete snapshots). */
export async function obsoleteSnapshots(dir: string, ids: Iterable<string>): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const current = new Set<string>();
  for (const id of ids) current.add(snapshotStem(id));
  return names
    .filter((n) => n.endsWith('.npz') && !current.has(n.slice(0, -4)))
    .map((n) => path.join(dir, n));
}

/** Removes an obsolete snapshot and its provenance. */
export async function removeSnapshot(npz: string): Promise<void> {
  await rm(npz, { force: true });
  await rm(npz.replace(/\.npz$/, '.json'), { force: true });
}
