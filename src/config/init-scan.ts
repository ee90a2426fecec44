// `weightgate init`, first half: find the model files under a folder, recognise each by its content with
// the readers `check` uses (nothing is run, and no weight is read), and pair them into the entries of a
// weightgate.yml. The second half (src/config/init-write.ts) writes them as YAML.
//
// What is a model file is decided by content, never by name alone: a file is looked at when its name
// ends in .json, .h5, .hdf5 or .keras, and a folder when it holds config.json and model.weights.h5 (an
// unzipped .keras). Reading stays quick on big files: an HDF5 file's structure is read (no dataset),
// a .keras archive's central directory (nothing is inflated), and a JSON file is parsed only when its
// first 64 KiB name a key that Keras or TF.js writes.
//
// Pairing: a definition (to_json() output) and weights-only files of the same stem (the name before its
// first dot, as `{stem}` in the config) in the same folder; `.keras`, full-model `.h5`, unzipped .keras
// folders and TF.js layers models (model.json with its shards) are checked alone. Shards that an index
// or a model.json lists belong to it. A definition and weights in two folders pair when their stem is
// one definition's and one weights file's in the whole tree (models/x.json, weights/x.weights.h5).
// What cannot be paired is listed with the reason, never guessed: other guesses across folders are
// only suggestions, written as comments.
import type { Dirent } from 'node:fs';
import { lstat, opendir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { openFile } from '../formats/open.js';
import { ARCHIVE } from '../formats/layout.js';
import { CONFIG_SCHEMA } from './config-schema.js';
import { isShardedIndex } from '../formats/keras3-weights.js';
import { isManifestGroup } from '../formats/tfjs-model-json.js';
import { InputError, asInputError } from '../sources/errors.js';
import { isObject, stringAt } from '../sources/json-value.js';
import { parseJsonText, readJsonFile } from '../sources/json.js';
import { resolveLimits, type Limits } from '../sources/limits.js';
import { confinementProblem, repositoryRoot } from '../sources/paths.js';
import { readHead, sniff } from '../sources/sniff.js';
import { checkEntries, listZip, readEntryText, type ZipEntry } from '../sources/zip.js';
import { stemOf } from './expand.js';

/** How far the walk goes: every bound is reported when it is reached (see InitScan.notes). */
export interface ScanBounds {
  /** Folder levels below the scanned folder. */
  maxDepth: number;
  /** Directory entries looked at in all. */
  maxEntries: number;
  /** Files and folders recognised by content in all. */
  maxCandidates: number;
}

export const DEFAULT_SCAN_BOUNDS: Readonly<ScanBounds> = Object.freeze({ maxDepth: 8, maxEntries: 50_000, maxCandidates: 2_000 });

/** Folders never walked: version control, packages, generated snapshots (hidden folders are skipped too). */
// The snapshot folder by its default name (a config that moves it is not known yet when init runs).
const SKIPPED_FOLDERS = new Set(['node_modules', CONFIG_SCHEMA.definitions.snapshots.properties.dir.default, '__pycache__', 'site-packages']);

/** Names looked at: what Keras and TF.js write (a TF.js shard is found through its model.json). */
const MODEL_FILE = /\.(json|h5|hdf5|keras)$/i;

/** Keys one of which a model JSON names near its start: Keras' to_json(), TF.js' model.json and manifest, Keras 3's sharded index. */
const MODEL_JSON_KEYS = ['"class_name"', '"model_config"', '"modelTopology"', '"weightsManifest"', '"paths"', '"weight_map"'];
const JSON_HEAD_BYTES = 64 * 1024;

export type FoundRole = 'definition' | 'weights' | 'model';

/** A file (or unzipped .keras folder) recognised by its content. */
export interface Found {
  abs: string;
  /** Relative to the scanned folder, with `/`. */
  rel: string;
  /** definition only, weights only, or both (checked alone). */
  role: FoundRole;
  /** What the reader says it is: `Keras 3 model JSON`, `Keras 2.15.0 legacy HDF5 (weights only)`. */
  format: string;
  /** Relative folder (`.` for the scanned folder itself). */
  folder: string;
  stem: string;
}

/** A file that looks like a model by its name but could not be used, and why. */
export interface Skipped {
  rel: string;
  reason: string;
}

/** One entry of the config to write. */
export interface PlannedModel {
  name: string;
  definition: Found;
  /** Empty for files that carry both sides. */
  weights: Found[];
  /** Paired by a name no other file in the tree has, from two folders (models/x.json, weights/x.weights.h5). */
  acrossFolders?: true;
}

/** An entry that might be right, offered as a comment to check and uncomment. */
export interface Suggestion {
  /** Distinct from every entry's name and every other suggestion's. */
  name: string;
  definition: string;
  weights: string;
  why: string;
}

export interface InitPlan {
  /** The scanned folder (links resolved): where weightgate.yml goes, and what its paths are relative to. */
  dir: string;
  /** The folder the config's paths must stay in (see repositoryRoot): every path found is inside it. */
  root: string;
  models: PlannedModel[];
  /** Model files found but not paired: a weights file without a definition, two candidate definitions, … */
  unpaired: Skipped[];
  suggestions: Suggestion[];
  /** Files named like model files that could not be read (a Git LFS pointer, a damaged file, a TF.js graph model). */
  unreadable: Skipped[];
  /** Files named like model files that are something else (an HDF5 dataset, a JSON that is no model): not listed in the config. */
  notModels: Skipped[];
  /** What the walk left out (a bound reached, links not followed). */
  notes: string[];
}

interface Walked {
  /** Files and folders to recognise, in walk order. */
  candidates: { abs: string; folder: boolean }[];
  notes: string[];
}

/** The path as a config names it: relative to `dir`, with `/`. */
function relPath(dir: string, abs: string): string {
  return path.relative(dir, abs).split(path.sep).join('/') || '.';
}

/** Up to `max` entries of `folder`, sorted by name (a folder of a million files is not read whole). */
async function listFolder(folder: string, max: number): Promise<Dirent[]> {
  const out: Dirent[] = [];
  const handle = await opendir(folder);
  try {
    for (let e = await handle.read(); e && out.length < max; e = await handle.read()) out.push(e);
  } finally {
    await handle.close();
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Breadth-first, bounded, links never followed, hidden and generated folders skipped. */
async function walk(dir: string, bounds: ScanBounds): Promise<Walked> {
  const candidates: Walked['candidates'] = [];
  const notes: string[] = [];
  let entries = 0;
  let links = 0;
  let deeper = 0;
  let stopped: string | undefined;
  const queue: { abs: string; depth: number }[] = [{ abs: dir, depth: 0 }];
  for (let q = 0; q < queue.length && !stopped; q++) {
    const { abs: folder, depth } = queue[q]!;
    let listing: Dirent[];
    try {
      listing = await listFolder(folder, bounds.maxEntries - entries + 1);
    } catch (err) {
      notes.push(`${relPath(dir, folder)}: not read (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`);
      continue;
    }
    const names = new Set(listing.map((e) => e.name));
    // An unzipped .keras (`save(zipped=False)`) is one model: its members are not looked at one by one.
    if (depth > 0 && names.has(ARCHIVE.config) && names.has(ARCHIVE.weightsH5)) {
      candidates.push({ abs: folder, folder: true });
      continue;
    }
    for (const e of listing) {
      if (++entries > bounds.maxEntries) {
        stopped = `stopped after ${bounds.maxEntries} files and folders`;
        break;
      }
      const abs = path.join(folder, e.name);
      if (e.isSymbolicLink()) {
        links++;
      } else if (e.isDirectory()) {
        if (e.name.startsWith('.') || SKIPPED_FOLDERS.has(e.name)) continue;
        if (depth + 1 > bounds.maxDepth) deeper++;
        else queue.push({ abs, depth: depth + 1 });
      } else if (e.isFile() && MODEL_FILE.test(e.name)) {
        if (candidates.length >= bounds.maxCandidates) {
          stopped = `stopped after ${bounds.maxCandidates} model-like files`;
          break;
        }
        candidates.push({ abs, folder: false });
      }
    }
  }
  if (stopped) notes.push(`${stopped}: files further on were not looked at; run \`weightgate init\` on a subfolder, or add their entries by hand`);
  if (deeper) notes.push(`${deeper} ${deeper === 1 ? 'folder' : 'folders'} deeper than ${bounds.maxDepth} levels not looked at`);
  if (links) notes.push(`${links} symbolic ${links === 1 ? 'link' : 'links'} not followed (name the file it points to in weightgate.yml by hand)`);
  return { candidates, notes };
}

type Recognised =
  | { role: FoundRole; format: string; owns: string[] }
  | { skipped: 'unreadable' | 'not-model'; reason: string }
  /** A JSON file that is no model (package.json, tsconfig.json, data): a repository has many, none worth a line. */
  | { skipped: 'quiet' };

/** An InputError's cause and fix, without the file name (the list names it). */
function reasonOf(err: unknown, file: string): string {
  const e = asInputError(file, err);
  return `${e.detail}${e.hint ? ` → ${e.hint}` : ''}`;
}

/** Files a JSON index lists as its parts (TF.js shards, Keras 3 weight shards), which are not models of their own. */
async function ownedFiles(file: string, limits: Limits): Promise<string[]> {
  const json = await readJsonFile(file, limits);
  const folder = path.dirname(file);
  const named: unknown[] = [];
  if (isShardedIndex(json)) {
    for (const v of Object.values(json.weight_map)) named.push(...[v].flat());
  } else {
    const manifest = Array.isArray(json) ? json : isObject(json) ? json.weightsManifest : undefined;
    if (Array.isArray(manifest)) for (const group of manifest) if (isManifestGroup(group)) named.push(...group.paths);
  }
  return named.filter((n): n is string => typeof n === 'string').map((n) => path.resolve(folder, ...n.split(/[\\/]+/)));
}

/** What `file` is, read the way `check` reads it but no further than it takes to tell. */
async function recognise(abs: string, isFolder: boolean, limits: Limits): Promise<Recognised> {
  if (!isFolder) {
    let kind;
    try {
      kind = (await sniff(abs, limits)).kind;
    } catch (err) {
      // JSON-named text that is no JSON is simply not a model; anything named like a model file is listed.
      if (err instanceof InputError && err.kind === 'not-keras' && /\.json$/i.test(abs)) return { skipped: 'quiet' };
      return { skipped: 'unreadable', reason: reasonOf(err, abs) };
    }
    if (kind === 'zip') return recogniseArchive(abs, limits);
    if (kind === 'json') {
      const head = (await readHead(abs, JSON_HEAD_BYTES)).toString('utf8');
      if (!MODEL_JSON_KEYS.some((k) => head.includes(k))) return { skipped: 'quiet' };
    } else if (kind !== 'hdf5') {
      return { skipped: 'not-model', reason: kind === 'npy' ? 'a NumPy array (.npy)' : 'not a model file' };
    }
  }
  return openedRole(abs, isFolder, limits);
}

/** What the reader `check` uses makes of `abs`: a definition, weights, or both. */
async function openedRole(abs: string, isFolder: boolean, limits: Limits): Promise<Recognised> {
  let opened;
  try {
    opened = await openFile(abs, { limits });
  } catch (err) {
    const e = asInputError(abs, err);
    if (e.kind === 'not-keras' && /\.json$/i.test(abs)) return { skipped: 'quiet' };
    return { skipped: e.kind === 'not-keras' ? 'not-model' : 'unreadable', reason: reasonOf(e, abs) };
  }
  try {
    const role: FoundRole = opened.definition && opened.artifact ? 'model' : opened.definition ? 'definition' : 'weights';
    const owns = !isFolder && opened.artifact && /\.json$/i.test(abs) ? await ownedFiles(abs, limits) : [];
    return { role, format: opened.format, owns };
  } finally {
    await opened.artifact?.close();
  }
}

/** A .keras archive, from its central directory alone (nothing inflated): `check` reads the rest. */
async function recogniseArchive(abs: string, limits: Limits): Promise<Recognised> {
  let entries: ZipEntry[];
  try {
    entries = await listZip(abs);
    // The sizes the directory declares are held to the limits now (a zip bomb is named here already).
    checkEntries(abs, entries, limits);
  } catch (err) {
    return { skipped: 'unreadable', reason: reasonOf(err, abs) };
  }
  const names = entries.map((e) => e.name);
  // Without config.json or model.weights.h5 the reader refuses the archive before it inflates anything
  // but config.json: its own words say why.
  if (!names.includes(ARCHIVE.config) || !names.includes(ARCHIVE.weightsH5)) return openedRole(abs, false, limits);
  return { role: 'model', format: `Keras ${await archiveKerasVersion(abs, entries, limits) ?? '3'} archive (.keras)`, owns: [] };
}

/** The Keras version metadata.json states (a few bytes; the label openKerasArchive gives too), when it can be read. */
async function archiveKerasVersion(abs: string, entries: readonly ZipEntry[], limits: Limits): Promise<string | undefined> {
  const meta = entries.find((e) => e.name === ARCHIVE.metadata);
  if (!meta || meta.size > 64 * 1024) return undefined;
  try {
    return stringAt(parseJsonText(abs, await readEntryText(abs, meta, limits), limits, ARCHIVE.metadata), 'keras_version');
  } catch {
    return undefined;
  }
}

/** A path `check` would not read as written: a glob (`[`, `*`, …) or a `{stem}` template. */
export function unwritablePath(rel: string): boolean {
  return isDynamicPattern(rel) || /\{(stem|name|dir)\}/.test(rel);
}

/** `items` mapped `limit` at a time, in order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export interface ScanOptions {
  limits?: Partial<Limits>;
  bounds?: Partial<ScanBounds>;
  /** Called before each file is recognised (the CLI's status line). */
  onFile?: (rel: string, done: number, total: number) => void;
}

/**
 * Every model file under `dir`, recognised and paired. `dir` is where the config goes: its paths are
 * relative to it and, as for `check`, inside the repository holding it.
 */
export async function scanForInit(dirArg: string, options: ScanOptions = {}): Promise<InitPlan> {
  const limits = resolveLimits(options.limits);
  const bounds = { ...DEFAULT_SCAN_BOUNDS, ...options.bounds };
  let dir: string;
  try {
    dir = await realpath(dirArg);
    if (!(await lstat(dir)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new InputError(dirArg, 'not-found', 'no such folder', 'Pass the folder of the repository (or of the models) to look in.');
  }
  const root = await repositoryRoot(path.join(dir, 'weightgate.yml'));
  const problem = await confinementProblem(root, dir, false);
  if (problem) throw new InputError(dirArg, 'unsafe-path', `this folder ${problem}`, 'Run weightgate init in the work tree.');

  const walked = await walk(dir, bounds);
  let done = 0;
  const recognised = await mapBounded(walked.candidates, 4, async (c) => {
    options.onFile?.(relPath(dir, c.abs), done, walked.candidates.length);
    // One unreadable file never stops the others: whatever escapes a reader is that file's reason.
    const r = await recognise(c.abs, c.folder, limits).catch((err: unknown): Recognised => ({ skipped: 'unreadable', reason: reasonOf(err, c.abs) }));
    done++;
    return r;
  });

  const owned = new Set<string>();
  for (const r of recognised) if ('role' in r) for (const f of r.owns) owned.add(f);
  const found: Found[] = [];
  const unreadable: Skipped[] = [];
  const notModels: Skipped[] = [];
  const unpaired: Skipped[] = [];
  walked.candidates.forEach((c, i) => {
    const r = recognised[i]!;
    const rel = relPath(dir, c.abs);
    if (owned.has(c.abs)) return;
    if ('skipped' in r) {
      if (r.skipped !== 'quiet') (r.skipped === 'unreadable' ? unreadable : notModels).push({ rel, reason: r.reason });
      return;
    }
    if (unwritablePath(rel)) {
      unpaired.push({ rel, reason: `its path reads as a glob or a {stem} template in weightgate.yml, so it cannot be named there as it is; rename it` });
      return;
    }
    const folder = path.posix.dirname(rel);
    found.push({ abs: c.abs, rel, role: r.role, format: r.format, folder, stem: stemOf(c.abs) });
  });
  const paired = pairFound(found);
  return { dir, root, models: paired.models, unpaired: [...unpaired, ...paired.unpaired], suggestions: paired.suggestions, unreadable, notModels, notes: walked.notes };
}

const key = (f: Found): string => `${f.folder}\0${f.stem}`;

function groupBy<T>(items: readonly T[], by: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) m.set(by(t), [...(m.get(by(t)) ?? []), t]);
  return m;
}

const listed = (files: readonly Found[]): string => files.map((f) => f.rel).join(', ');

/** Definitions and weights of the same stem in one folder become one entry; the rest is explained. */
export function pairFound(found: readonly Found[]): { models: PlannedModel[]; unpaired: Skipped[]; suggestions: Suggestion[] } {
  const byRel = (a: Found, b: Found): number => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  const defs = found.filter((f) => f.role === 'definition').sort(byRel);
  const weights = found.filter((f) => f.role === 'weights').sort(byRel);
  const whole = found.filter((f) => f.role === 'model').sort(byRel);
  const defsByKey = groupBy(defs, key);
  const defsByStem = groupBy(defs, (f) => f.stem);
  const defsByFolder = groupBy(defs, (f) => f.folder);
  const weightsByStem = groupBy(weights, (f) => f.stem);
  const weightsByFolder = groupBy(weights, (f) => f.folder);

  const pairs = new Map<Found, Found[]>();
  const unpaired: Skipped[] = [];
  const suggested: { definition: Found; weights: Found; why: string }[] = [];
  const explained = new Set<Found>();
  const acrossFolders = new Set<Found>();
  const suggest = (definition: Found, w: Found, why: string): void => {
    if (!suggested.some((s) => s.definition === definition && s.weights === w)) suggested.push({ definition, weights: w, why });
  };
  for (const w of weights) {
    const candidates = defsByKey.get(key(w)) ?? [];
    const [only] = candidates;
    if (candidates.length === 1 && only) {
      pairs.set(only, [...(pairs.get(only) ?? []), w]);
      continue;
    }
    if (candidates.length > 1) {
      for (const d of candidates) {
        explained.add(d);
        suggest(d, w, `one of ${candidates.length} definitions of the same name in its folder`);
      }
      unpaired.push({ rel: w.rel, reason: `${candidates.length} definitions of the same name in its folder could load it (${listed(candidates)}); uncomment the entry for the right one` });
      continue;
    }
    const sameStem = defsByStem.get(w.stem) ?? [];
    const inFolder = defsByFolder.get(w.folder) ?? [];
    const [elsewhere] = sameStem;
    const [alone] = inFolder;
    // models/x.json and weights/x.weights.h5: when the stem names one definition and one weights file
    // in the whole tree, neither with a partner in its own folder, the pair is the only reading there is.
    const loneWeights = (weightsByStem.get(w.stem) ?? []).filter((o) => !(defsByKey.get(key(o))?.length));
    if (sameStem.length === 1 && elsewhere && loneWeights.length === 1 && !weights.some((o) => key(o) === key(elsewhere))) {
      pairs.set(elsewhere, [w]);
      acrossFolders.add(elsewhere);
      continue;
    }
    unpaired.push({ rel: w.rel, reason: `weights with no definition of the same name (${w.stem}) in its folder` });
    if (sameStem.length === 1 && elsewhere) suggest(elsewhere, w, 'the same name in another folder');
    else if (inFolder.length === 1 && alone && (weightsByFolder.get(w.folder) ?? []).length === 1) suggest(alone, w, 'the only definition and the only weights in their folder');
  }
  for (const d of defs) {
    if (pairs.has(d) || explained.has(d)) continue;
    unpaired.push({ rel: d.rel, reason: `a definition with no weights of the same name (${d.stem}) in its folder` });
    const sameStem = (weightsByStem.get(d.stem) ?? []).filter((w) => !(defsByKey.get(key(w))?.length));
    const [w] = sameStem;
    if (sameStem.length === 1 && w) suggest(d, w, 'the same name in another folder');
  }

  const models: PlannedModel[] = [];
  const taken = new Set<string>();
  const nameFor = (f: Found, whole: boolean): string => {
    // `model.json` (TF.js), `model.keras`: the folder says more than the generic name.
    const options = f.stem === 'model' && f.folder !== '.'
      ? [path.posix.basename(f.folder), f.folder, f.rel]
      : [f.stem, ...(whole ? [path.posix.basename(f.rel)] : []), f.rel];
    const name = options.find((n) => !taken.has(n)) ?? f.rel;
    taken.add(name);
    return name;
  };
  for (const d of defs) {
    const ws = pairs.get(d);
    if (ws) models.push({ name: nameFor(d, false), definition: d, weights: ws, ...(acrossFolders.has(d) ? { acrossFolders: true } : {}) });
  }
  for (const m of whole) models.push({ name: nameFor(m, true), definition: m, weights: [] });
  const suggestions = suggested.map((s) => ({ name: nameFor(s.definition, false), definition: s.definition.rel, weights: s.weights.rel, why: s.why }));
  return { models, unpaired: unpaired.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)), suggestions };
}
