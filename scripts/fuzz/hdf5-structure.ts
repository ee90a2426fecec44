// Structural HDF5 mutations for the fuzzer: instead of damaging bytes, a sound file is given what a
// hostile one holds, written with h5wasm (in the fuzz worker's own thread, not the readers' worker):
//   fill-value  a chunked dataset resized to gigabytes, never written (its chunks hold a fill value)
//   fan-out     hard links 2-16 wide and 4-40 deep: a graph of a few groups with millions of paths
//   alias       one existing group hard-linked into a second place
// Dtypes h5wasm cannot write (compound, vlen, enum, float128) come from the hostile seeds that
// scripts/make-hostile-hdf5.py writes (see harness.ts), mutated further by the byte mutations.
import h5wasm from 'h5wasm/node';
import type { Rng } from './mutate.js';

await h5wasm.ready;

type H5File = InstanceType<typeof h5wasm.File>;
type H5Group = InstanceType<typeof h5wasm.Group>;

export const STRUCTURE_OPS = ['fill-value', 'fan-out', 'alias'] as const;

/** Group paths of the file, breadth first, at most `max`. */
function groupsOf(f: H5File, max = 200): string[] {
  const out: string[] = ['/'];
  // Breadth first: the loop visits the paths it appends.
  for (const at of out) {
    if (out.length >= max) break;
    const g = f.get(at) as H5Group | null;
    for (const name of g?.keys() ?? []) {
      const p = at === '/' ? `/${name}` : `${at}/${name}`;
      if (f.get(p) instanceof h5wasm.Group && !out.includes(p)) out.push(p);
    }
  }
  return out;
}

function freeName(g: H5Group, stem: string): string {
  const names = new Set(g.keys());
  if (!names.has(stem)) return stem;
  let i = 0;
  while (names.has(`${stem}${i}`)) i++;
  return `${stem}${i}`;
}

/**
 * Apply one structural mutation to the HDF5 file at `file` (modified in place). Returns what was
 * done, or undefined when the file cannot be opened for writing (a damaged seed).
 */
export function mutateHdf5Structure(r: Rng, file: string, op = r.pick(STRUCTURE_OPS)): string | undefined {
  let f: H5File;
  try {
    f = new h5wasm.File(file, 'a');
  } catch {
    return undefined;
  }
  try {
    const groups = groupsOf(f);
    // A `vars` group is where Keras 3 looks for weights: favour it, so the readers meet the result.
    const vars = groups.filter((p) => p.endsWith('/vars'));
    const where = vars.length && r.chance(0.6) ? r.pick(vars) : r.pick(groups);
    const g = f.get(where) as H5Group;
    if (op === 'fill-value') {
      const name = where.endsWith('/vars') ? String(g.keys().filter((k) => /^\d+$/.test(k)).length) : freeName(g, 'unwritten');
      const side = r.pick([2 ** 12, 2 ** 14, 2 ** 16]);
      const ds = g.create_dataset({ name, data: new Float32Array(4), shape: [2, 2], maxshape: [null, null], chunks: [2, 2], dtype: '<f' }) as unknown as { resize(s: number[]): void };
      ds.resize([side, side]);
      return `fill-value dataset ${where}/${name} ${side}x${side}`;
    }
    if (op === 'fan-out') {
      const width = 2 + r.int(15);
      const depth = 4 + r.int(37);
      const root = freeName(g, 'fan');
      const base = where === '/' ? `/${root}` : `${where}/${root}`;
      f.create_group(base.slice(1));
      const levels = Array.from({ length: depth + 1 }, (_, d) => (f.create_group(`${base.slice(1)}/level${d}`), `${base}/level${d}`));
      for (const [d, from] of levels.entries()) {
        const to = levels[d + 1];
        if (to === undefined) break;
        const level = f.get(from) as H5Group;
        for (let k = 0; k < width; k++) level.create_hard_link(to, `l${k}`);
      }
      return `hard-link fan-out ${width} wide, ${depth} deep at ${base}`;
    }
    const target = r.pick(groups.filter((p) => p !== '/'));
    if (!target) return undefined;
    const name = freeName(g, 'alias');
    g.create_hard_link(target, name);
    return `hard link ${where === '/' ? '' : where}/${name} → ${target}`;
  } catch {
    return undefined;
  } finally {
    try {
      f.close();
    } catch {
      // Closing a file h5wasm failed to change can fail too; the bytes on disk are the input either way.
    }
  }
}
