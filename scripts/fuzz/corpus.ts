// The fuzzer's seeds: real Keras files from ../shared when present, the bundled fixtures otherwise.
// A seed is one file the readers open plus the files it needs next to it (TF.js shards, Keras
// weight shards), and the files that hold its other side (a .weights.h5's model JSON) for diffs.
import { existsSync, readdirSync, statSync } from 'node:fs';
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
  const stem = path.basename(file).split('.')[0].split('__')[0];
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
