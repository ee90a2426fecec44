// The fuzzer's seeds: real Keras files from ../shared when present, the bundled fixtures otherwise.
// A seed is one file the readers open plus the files it needs next to it (TF.js shards, Keras
// weight shards), and the files that hold its other side (a .weights.h5's model JSON) for diffs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Seed {
  /** The file to open. */
  main: string;
  /** Files that must sit next to it (shards). */
  siblings: string[];
  /** A file whose definition the mutated artifact is diffed against (and vice versa), when the seed lacks one side. */
  pair?: string;
  kind: 'h5' | 'zip' | 'json';
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SHARED_DIRS = ['keras3-corpus', 'keras3-modern', 'real-models'];
/** Bigger files cost more per input than they add; the corpus has plenty of small ones. */
const MAX_SEED_BYTES = 6 * 2 ** 20;

function kindOf(file: string): Seed['kind'] | undefined {
  const f = file.toLowerCase();
  if (f.endsWith('.h5') || f.endsWith('.hdf5')) return 'h5';
  if (f.endsWith('.keras')) return 'zip';
  if (f.endsWith('.json')) return 'json';
  return undefined;
}

const NOT_MODELS = /(^|\/)(manifest|sources|package|metadata|config)\.json$|\.input\.|\.output\.|_inputs_and_outputs\.h5$/;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        // An unzipped .keras is read through its own folder; its members are not seeds by themselves.
        if (!name.endsWith('_unzipped')) stack.push(p);
      } else if (st.size <= MAX_SEED_BYTES && kindOf(p) && !NOT_MODELS.test(p)) out.push(p);
    }
  }
  return out;
}

/** Shards a TF.js model.json or Keras `.weights.json` names, when they are in its folder. */
function siblingsOf(file: string): string[] {
  if (!file.endsWith('.json')) return [];
  const dir = path.dirname(file);
  const base = path.basename(file);
  const names = readdirSync(dir);
  if (base.endsWith('.weights.json')) {
    const stem = base.slice(0, -'.weights.json'.length);
    return names.filter((n) => n.startsWith(`${stem}_`) && n.endsWith('.weights.h5')).map((n) => path.join(dir, n));
  }
  return names.filter((n) => /^group\d+-shard\d+of\d+(\.bin)?$/.test(n) || n.endsWith('.bin')).map((n) => path.join(dir, n));
}

function pairOf(file: string, all: Set<string>): string | undefined {
  const dir = path.dirname(file);
  const stem = /^[^.]*?(?=__|\.|$)/.exec(path.basename(file))?.[0] ?? '';
  const candidates = [`${stem}.model.json`, `${stem}.weights.h5`, `${stem}.keras`].map((n) => path.join(dir, n));
  return candidates.find((c) => c !== file && all.has(c));
}

export function sharedRoot(): string {
  return path.resolve(ROOT, '..', 'shared');
}

/** Every seed, from `roots` (default: ../shared's corpora, else fixtures/). */
export function findSeeds(roots?: string[]): { seeds: Seed[]; from: string[] } {
  let from = roots ?? SHARED_DIRS.map((d) => path.join(sharedRoot(), d)).filter((d) => existsSync(d));
  if (!from.length) from = [path.join(ROOT, 'fixtures')];
  const files = from.flatMap(filesUnder);
  const all = new Set(files);
  const shardFiles = new Set(files.filter((f) => /_0000\d+\.weights\.h5$/.test(f)));
  const seeds = files
    .filter((f) => !shardFiles.has(f))
    .map((f): Seed => ({ main: f, siblings: siblingsOf(f), pair: pairOf(f, all), kind: kindOf(f)! }));
  return { seeds, from };
}

/** A Keras 3 definition of the one Dense(2) layer on 3 inputs that the hostile HDF5 files hold. */
export const DENSE_DEFINITION = {
  module: 'keras', class_name: 'Sequential', keras_version: '3.5.0', config: {
    name: 'seq', layers: [
      { module: 'keras.layers', class_name: 'InputLayer', config: { batch_shape: [null, 3], dtype: 'float32', name: 'input_layer' } },
      { module: 'keras.layers', class_name: 'Dense', config: { name: 'dense', units: 2, dtype: 'float32', use_bias: true } },
    ],
  },
};

/**
 * Seeds that are hostile to begin with (scripts/make-hostile-hdf5.py, written into `dir` with
 * Debian's python3 + h5py): gzip'd zeros, fill values never written, shared vlen strings, a
 * hard-link fan-out, compound/vlen/reference/enum/float128 kernels, LZF and unknown filters. Sizes
 * are kept small (an 8 MiB bomb, 64 KiB shared strings) so that many run side by side. Throws
 * when python3 or h5py is missing.
 */
export function hostileSeeds(dir: string): Seed[] {
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  execFileSync(python, [path.join(ROOT, 'scripts', 'make-hostile-hdf5.py'), dir, String(8 * 2 ** 20), String(64 * 2 ** 10)], { stdio: ['ignore', 'ignore', 'pipe'] });
  const pair = path.join(dir, 'dense.json');
  writeFileSync(pair, JSON.stringify(DENSE_DEFINITION));
  return readdirSync(dir).filter((n) => n.endsWith('.h5')).sort().map((n): Seed => ({ main: path.join(dir, n), siblings: [], pair, kind: 'h5' }));
}
