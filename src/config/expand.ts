// From config entries to the sorted list of (definition, weights) pairs to check. A glob in `definition`
// gives one pair per match; `{stem}`, `{name}` and `{dir}` in `weights`/`name` refer to that match.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { OUTSIDE_HINT, globBase, isInside, nearestNames, realpathLoose } from '../sources/paths.js';
import { notFoundError } from '../sources/sniff.js';
import type { LoaderName, ModelEntry, ModelOptions, SmokeOptions, SnapshotConfig, WeightgateConfig } from './load.js';
import { CONFIG_SCHEMA } from './config-schema.js';
import { ConfigError, assertConfined, lineCol } from './load.js';

export interface ResolvedOptions {
  loader: LoaderName;
  runtime?: ModelOptions['runtime'];
  engine: NonNullable<ModelOptions['engine']>;
  skipMismatch: boolean;
  allow: { missing: string[]; unexpected: string[]; mismatch: string[] };
  smoke: SmokeOptions;
  snapshots: ResolvedSnapshots;
}

/** A model's snapshot settings: the top-level `snapshots:` with its own on top, the folder absolute. */
export interface ResolvedSnapshots {
  dir: string;
  atol?: number;
  rtol?: number;
  onChange: 'error' | 'warning';
  skip: boolean;
}

export interface ModelJob {
  /** Unique, stable: reports, shards and the PR comment key on it. */
  id: string;
  /** Absolute path of the definition. */
  definition: string;
  /** Absolute path, or a remote reference (https://, gh://, gh-release://); absent for self-contained files. */
  weights?: string;
  sha256?: string;
  options: ResolvedOptions;
  /** `file:line:col` of the config entry that produced it. */
  origin: string;
  /** The config entry that produced it, as a key path (`models.2`), for fixes that name its keys. */
  entry?: string;
  /**
   * Set when the entry could not be expanded (a glob matching no file, a path that is not there): the
   * model is reported unreadable with this, and the others are checked.
   */
  problem?: string;
}

/** The pairs to check, and what the expansion noticed on the way (entries that overlap). */
export interface Expansion {
  jobs: ModelJob[];
  notes: string[];
}

import { isRemote } from './remote-ref.js';

function merge(defaults: ModelOptions, own: ModelOptions): Omit<ResolvedOptions, 'snapshots'> {
  const union = (k: 'missing' | 'unexpected' | 'mismatch') => [...new Set([...(defaults.allow?.[k] ?? []), ...(own.allow?.[k] ?? [])])];
  return {
    loader: own.loader ?? defaults.loader ?? 'auto',
    runtime: own.runtime ?? defaults.runtime,
    engine: own.engine ?? defaults.engine ?? 'auto',
    skipMismatch: own.skip_mismatch ?? defaults.skip_mismatch ?? false,
    allow: { missing: union('missing'), unexpected: union('unexpected'), mismatch: union('mismatch') },
    smoke: { ...defaults.smoke, ...own.smoke },
  };
}

/** `mnist_cnn.model.json` → `mnist_cnn`: the part before the first dot, as corpora name their files. */
export function stemOf(file: string): string {
  const base = path.basename(file);
  return base.includes('.') ? base.slice(0, base.indexOf('.')) || base : base;
}

function fill(template: string, def: string, configDir: string): string {
  const name = path.basename(def).replace(/\.[^.]+$/, '');
  return template
    .replaceAll('{stem}', stemOf(def))
    .replaceAll('{name}', name)
    .replaceAll('{dir}', path.relative(configDir, path.dirname(def)) || '.');
}

/** Where in the config a path came from, for the error that refuses it. */
interface Origin {
  config: WeightgateConfig;
  /** Key path of the value, e.g. ['models', 2, 'weights', 0]. */
  key: (string | number)[];
  what: string;
}

/**
 * The files `pattern` names, each confined to the config's repository (see WeightgateConfig.root). A
 * glob is refused before it is walked when its fixed folder lies outside, or when a `..` after a
 * wildcard could climb out; links are not followed while walking, and every match is checked again.
 */
async function matches(pattern: string, origin: Origin, exclude: string[] = []): Promise<string[]> {
  const { config } = origin;
  const cwd = config.dir;
  if (!isDynamicPattern(pattern)) {
    const file = path.resolve(cwd, pattern);
    await assertConfined(config, origin.key, file, origin.what, pattern);
    return [file];
  }
  const { base, climbs } = globBase(pattern);
  if (!config.allowOutside) {
    const [line, col] = lineCol(config.at(origin.key));
    if (climbs) {
      throw new ConfigError(config.file, line, col, `${origin.key.join('.')}: the ${origin.what} glob ${JSON.stringify(pattern)} has a '..' after a wildcard, which could walk out of the repository`,
        'Start the glob at the folder it searches (`models/**/*.json`); for a local run of a config you trust, pass --allow-outside.');
    }
    const baseReal = await realpathLoose(path.resolve(cwd, base));
    if (baseReal !== config.root && !isInside(config.root, baseReal)) {
      throw new ConfigError(config.file, line, col, `${origin.key.join('.')}: the ${origin.what} glob ${JSON.stringify(pattern)} searches ${JSON.stringify(baseReal)}, outside the repository (${config.root}); weightgate reads nothing outside it`,
        `Use a glob relative to the config's folder inside the repository. ${OUTSIDE_HINT}`);
    }
  }
  await assertConfined(config, origin.key, path.resolve(cwd, base), `${origin.what} glob's folder`, pattern);
  // Excludes are globs on the same base as the pattern: a bare `*__*` applies to the match's file name.
  const dir = path.dirname(pattern.split(/[*?[{]/)[0] + 'x');
  // An exclude only removes matches, but the glob library also starts its walk higher up for an exclude
  // that leads out of the config's folder: one leading out of the repository is refused like a pattern.
  for (const [k, e] of exclude.entries()) {
    if (config.allowOutside || !e.includes('/')) continue;
    const ex = globBase(e);
    const exReal = await realpathLoose(path.resolve(cwd, ex.base));
    if (ex.climbs || (exReal !== config.root && !isInside(config.root, exReal))) {
      const [line, col] = lineCol(config.at(['models', Number(origin.key[1]), 'exclude', k]));
      throw new ConfigError(config.file, line, col, `models.${String(origin.key[1])}.exclude.${k}: the exclude glob ${JSON.stringify(e)} ${ex.climbs ? "has a '..' after a wildcard" : `searches ${JSON.stringify(exReal)}, outside the repository (${config.root})`}`,
        'Write it relative to the config\'s folder inside the repository, or as a bare file-name glob (`*_test.json`).');
    }
  }
  // Links are not followed while walking: a committed link to `/` would otherwise walk the runner's disk.
  // So the walk starts at the fixed folder's real path (a linked folder above it, `/home` → `/data`,
  // is resolved once, and checked above), with the dynamic rest of the pattern relative to it.
  const walkRoot = await realpathLoose(path.resolve(cwd, base));
  const dirReal = await realpathLoose(path.resolve(cwd, dir));
  const rest = base === '.' ? pattern : pattern.slice(base.length).replace(/^\/+/, '');
  const ignore = exclude.map((e) => (e.includes('/') ? path.relative(walkRoot, path.resolve(cwd, e)) : path.posix.join(path.relative(walkRoot, dirReal) || '.', e)));
  const found = await glob(rest, { cwd: walkRoot, absolute: true, onlyFiles: false, expandDirectories: false, ignore, followSymbolicLinks: false });
  const files = found.map((f) => f.replace(/\/$/, '')).sort();
  for (const f of files) await assertConfined(config, origin.key, f, origin.what, path.relative(cwd, f));
  return files;
}

/** Smoke `input`/`expected` files, resolved from the config's folder and confined like the rest. */
async function smokeFiles(config: WeightgateConfig, i: number, entry: ModelEntry, smoke: SmokeOptions): Promise<SmokeOptions> {
  const out = { ...smoke };
  for (const k of ['input', 'expected'] as const) {
    const v = smoke[k];
    if (v === undefined) continue;
    const key = entry.smoke?.[k] !== undefined ? ['models', i, 'smoke', k] : ['defaults', 'smoke', k];
    const file = path.resolve(config.dir, v);
    await assertConfined(config, key, file, `smoke ${k} file`, v);
    out[k] = file;
  }
  return out;
}

/** The snapshot folder, resolved from the config's folder and confined like every other path. */
async function snapshotsFor(config: WeightgateConfig, i: number, entry: ModelEntry): Promise<ResolvedSnapshots> {
  const s: SnapshotConfig = { ...config.snapshots, ...entry.snapshots };
  const dirText = s.dir ?? CONFIG_SCHEMA.definitions.snapshots.properties.dir.default;
  const dir = path.resolve(config.dir, dirText);
  const key = entry.snapshots?.dir !== undefined ? ['models', i, 'snapshots', 'dir'] : ['snapshots', 'dir'];
  await assertConfined(config, key, dir, 'snapshots folder', dirText);
  return {
    dir,
    ...(s.atol !== undefined ? { atol: s.atol } : {}),
    ...(s.rtol !== undefined ? { rtol: s.rtol } : {}),
    onChange: s.on_change ?? 'error',
    skip: s.skip ?? false,
  };
}

export async function expandModels(config: WeightgateConfig): Promise<ModelJob[]> {
  return (await expandConfig(config)).jobs;
}

/** Up to three files next to where a glob looked, for "did you mean". */
async function nearby(config: WeightgateConfig, pattern: string): Promise<string[]> {
  const { base } = globBase(pattern);
  const wanted = path.basename(pattern).replace(/[*?[\]{}]/g, '');
  return (await nearestNames(path.resolve(config.dir, base), wanted)).map((n) => path.join(base, n));
}

/**
 * A path the config names that is not there, explained from where it was resolved (the config's
 * folder) with the config key and the nearest existing path; undefined when it is there.
 */
async function missing(config: WeightgateConfig, key: (string | number)[], file: string, written: string): Promise<string | undefined> {
  try {
    await stat(file);
    return undefined;
  } catch {
    // not there (or a dangling link): explained below
  }
  const [line, col] = lineCol(config.at(key));
  const name = key.join('.');
  // The folder as the report shows paths: from the working directory (a checkout's root), else absolute.
  const rel = path.relative(process.cwd(), config.dir);
  const folder = rel === '' ? 'which is the working directory' : rel.startsWith('..') || path.isAbsolute(rel) ? config.dir : rel;
  const err = await notFoundError(file, `Fix ${name} in ${path.basename(config.file)} (its paths are relative to its own folder), or add the file.`,
    written, config.dir, ` (resolved from the config's folder, ${folder})`);
  return `${config.file}:${line}:${col}: ${name}: ${written}: ${err.detail}\n  → ${err.hint ?? ''}`;
}

/**
 * Every entry expanded into pairs. An explicit definition wins over a glob that also matches it (the
 * explicit entry carries the settings meant for that model); globs that overlap each keep their pairs.
 * Either overlap is named in a note.
 * A glob matching no file becomes one unreadable model naming the entry, and the others are checked.
 */
export async function expandConfig(config: WeightgateConfig): Promise<Expansion> {
  const jobs: ModelJob[] = [];
  const notes: string[] = [];
  const origins = new Map<string, string>();
  // Which entry a definition belongs to: an explicit entry, else the first glob to match it.
  const owner = new Map<string, { index: number; explicit: boolean }>();
  for (const [i, entry] of config.models.entries()) {
    if (isDynamicPattern(entry.definition)) continue;
    const def = path.resolve(config.dir, entry.definition);
    if (!owner.has(def)) owner.set(def, { index: i, explicit: true });
  }
  for (const [i, entry] of config.models.entries()) {
    const at = config.positions[i] ?? config.at(['models', i]);
    const origin = `${config.file}:${at}`;
    const [line, col] = lineCol(at);
    const merged = merge(config.defaults, entry);
    const options = { ...merged, smoke: await smokeFiles(config, i, entry, merged.smoke), snapshots: await snapshotsFor(config, i, entry) };
    const defs = await matches(entry.definition, { config, key: ['models', i, 'definition'], what: 'definition' }, entry.exclude);
    const glob = isDynamicPattern(entry.definition);
    if (glob && !defs.length) {
      const near = await nearby(config, entry.definition);
      const id = entry.name ?? entry.definition;
      jobs.push({
        id, definition: path.resolve(config.dir, entry.definition), options, origin, entry: `models.${i}`,
        problem: `${config.file}:${line}:${col}: models.${i}: definition '${entry.definition}' matches no file (relative to ${config.dir})${near.length ? `; nearest: ${near.join(', ')}` : ''}\n  → Fix the glob, or remove the entry if its models are gone.`,
      });
      origins.set(id, origin);
      continue;
    }
    for (const def of defs) {
      if (glob) {
        const first = owner.get(def);
        const rel = path.relative(config.dir, def);
        if (first?.explicit) {
          notes.push(`models.${i} (${JSON.stringify(entry.definition)}) also matches ${rel}, which models.${first.index} names explicitly: models.${first.index}'s settings apply and models.${i} skips it`);
          continue;
        }
        // Two globs: each pairs the definition its own way (other weights), so both pairs are checked.
        if (first) notes.push(`models.${i} (${JSON.stringify(entry.definition)}) also matches ${rel}, as models.${first.index} does: both entries' pairs are checked`);
        else owner.set(def, { index: i, explicit: false });
      }
      const weightRefs = await weightsFor(entry, i, def, config, line, col);
      const defMissing = glob ? undefined : await missing(config, ['models', i, 'definition'], def, entry.definition);
      for (const ref of weightRefs) {
        const w = ref?.file;
        const base = entry.name ? fill(entry.name, def, config.dir) : stemOf(def);
        const id = weightRefs.length > 1 && w ? `${base} (${path.basename(w)})` : base;
        const prev = origins.get(id);
        if (prev) {
          throw new ConfigError(config.file, line, col, `two models are named '${id}' (the other comes from ${prev})`,
            'Give each entry a distinct `name` (with a glob, use {stem} or {name} in it).');
        }
        origins.set(id, origin);
        const problem = defMissing ?? (ref && !isRemote(ref.file) ? await missing(config, ref.key, ref.file, ref.written) : undefined);
        jobs.push({
          id, definition: def, ...(w ? { weights: w } : {}), ...(entry.sha256 ? { sha256: entry.sha256 } : {}), options, origin, entry: `models.${i}`,
          ...(problem ? { problem } : {}),
        });
      }
    }
  }
  return { jobs: jobs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), notes };
}

/** One weights reference of an entry: the file (absolute) or remote reference, its config key, and the path as written (filled in). */
interface WeightsRef { file: string; key: (string | number)[]; written: string }

async function weightsFor(entry: ModelEntry, i: number, def: string, config: WeightgateConfig, line: number, col: number): Promise<(WeightsRef | undefined)[]> {
  if (entry.weights === undefined) return [undefined];
  const templates = Array.isArray(entry.weights) ? entry.weights : [entry.weights];
  const out: WeightsRef[] = [];
  for (const [k, t] of templates.entries()) {
    const ref = fill(t, def, config.dir);
    const key = Array.isArray(entry.weights) ? ['models', i, 'weights', k] : ['models', i, 'weights'];
    if (isRemote(ref)) {
      out.push({ file: ref, key, written: ref });
      continue;
    }
    const found = await matches(ref, { config, key, what: 'weights' });
    if (isDynamicPattern(ref) && !found.length) {
      throw new ConfigError(config.file, line, col, `weights '${t}' matches no file for definition ${path.relative(config.dir, def)}`,
        'Fix the weights template ({stem}, {name} and {dir} refer to the definition), or add the missing weights file.');
    }
    out.push(...found.map((file) => ({ file, key, written: isDynamicPattern(ref) ? path.relative(config.dir, file) : ref })));
  }
  return out;
}

/** Shard `index` of `total` (1-based), round-robin over the sorted list so shards stay balanced. */
export function shardJobs<T>(jobs: T[], shard?: { index: number; total: number }): T[] {
  if (!shard || shard.total <= 1) return jobs;
  return jobs.filter((_, k) => k % shard.total === shard.index - 1);
}

export function parseShard(text: string): { index: number; total: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total) throw new Error(`--shard must be i/n with 1 ≤ i ≤ n (got '${text}')`);
  return { index, total };
}
