// The HDF5 worker's three walks of a file's structure (hdf5-worker.ts): the parsed walk, which reads
// the structure of files in h5py's default layout from their bytes (hdf5-parse.ts) and only the
// attribute values through the library; the plain walk, which lists every link in one call and takes
// object addresses of the leaves instead of checking each link, and serves files of hard links only;
// and the reference walk, which describes every link on its own and serves every other file. On
// every HDF5 file of ../shared, of fixtures/, the hostile files of scripts/make-hostile-hdf5.py and
// files with links of every kind built here, all must give the same snapshot (or the same failure,
// the host's retry with the reference walk included); Keras' own files must take the parsed walk,
// other plain ones the plain walk, and files with soft, external or repeated links the reference walk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { HEAP_GROWTH_HOOK } from '../src/formats/h5wasm-glue.js';
import { openHdf5 } from '../src/formats/hdf5.js';
import { hdf5Call } from '../src/formats/hdf5-host.js';
import type { OpenRequest, Reply } from '../src/formats/hdf5-protocol.js';
import { DEFAULT_LIMITS } from '../src/sources/limits.js';
import { KERAS_H5_PY } from './helpers/keras-h5.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-walk-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

// Files whose links are not all hard links to groups and datasets reached once, plus plain ones
// (creation order tracked, an empty group, a large group, a hundred empty groups side by side).
const LINKS = String.raw`${KERAS_H5_PY}
with keras("soft-dataset.weights.h5") as f: f["layers/dense/vars/2"] = h5py.SoftLink("/layers/dense/vars/0")
with keras("soft-group.weights.h5") as f: f["alias"] = h5py.SoftLink("/layers")
with keras("soft-cycle.weights.h5") as f: f["layers/dense/up"] = h5py.SoftLink("/layers")
with keras("dangling.weights.h5") as f: f["layers/dense/vars/9"] = h5py.SoftLink("/nowhere")
with keras("external.weights.h5") as f: f["ext"] = h5py.ExternalLink("other.h5", "/x")
with keras("external-self.weights.h5") as f: f["layers/dense/vars/2"] = h5py.ExternalLink("external-self.weights.h5", "/layers/dense/vars/0")
with keras("hard-group.weights.h5") as f: f["again"] = f["layers"]
with keras("hard-dataset.weights.h5") as f: f["layers/dense/vars/2"] = f["layers/dense/vars/0"]
with keras("datatype.weights.h5") as f: f["t"] = np.dtype("<f4")
with keras("track-order.weights.h5", track_order=True) as f:
    g = f.create_group("layers/b", track_order=True)
    for n in ["z", "a", "m"]: g.create_group(n)
with keras("empty-groups.weights.h5") as f: f.create_group("layers/dropout/vars")
with keras("large-soft.weights.h5") as f:
    for i in range(20): f.create_group("layers/g%02d" % i).create_dataset("d", data=np.zeros(2, dtype="<f4"))
    f["layers/s"] = h5py.SoftLink("/layers/g00")
with keras("large-plain.weights.h5") as f:
    for i in range(20): f.create_group("layers/g%02d/vars" % i).create_dataset("0", data=np.zeros(2, dtype="<f4"))
with h5py.File(os.path.join(out, "weightless.h5"), "w") as f:
    g = f.create_group("model_weights")
    names = ["dropout_%d" % i for i in range(100)]
    g.attrs["layer_names"] = np.array([n.encode() for n in names])
    for n in names: g.create_group(n).attrs["weight_names"] = np.zeros((0,), dtype="<f8")
`;
execFileSync(python, ['-c', LINKS, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
const hostile = path.join(dir, 'hostile');
execFileSync(python, [path.join(ROOT, 'scripts', 'make-hostile-hdf5.py'), hostile, String(2 ** 20), String(64 * 2 ** 10)], { stdio: ['ignore', 'ignore', 'inherit'] });

function hdf5Files(top: string): string[] {
  if (!existsSync(top)) return [];
  const out: string[] = [];
  for (const e of readdirSync(top, { withFileTypes: true })) {
    const p = path.join(top, e.name);
    if (e.isDirectory()) out.push(...hdf5Files(p));
    else if (/\.(h5|hdf5)$/i.test(e.name) && statSync(p).size < 64 * 2 ** 20) out.push(p);
  }
  return out.sort();
}

let handle = 1_000_000;
/** Open `file` in the worker by the default walks or from the one asked for, and close it again. */
async function open(file: string, walk?: 'plain' | 'reference'): Promise<Reply> {
  const h = handle++;
  const req: OpenRequest = {
    op: 'open', file, handle: h, maxObjects: DEFAULT_LIMITS.maxHdf5Objects, maxAttrBytes: 64 * 2 ** 20, maxYieldBytes: 2 ** 31, ...(walk ? { walk } : {}),
  };
  try {
    return await hdf5Call(req, 120_000);
  } finally {
    await hdf5Call({ op: 'close', handle: h }, 10_000).catch(() => undefined);
  }
}

/** The walks of `file` from each start: the same nodes, taint and failure; returns the walk the default open took. */
async function compare(file: string): Promise<string | undefined> {
  const label = path.relative(ROOT, file);
  const reference = await open(file, 'reference');
  let walk: string | undefined;
  for (const start of [undefined, 'plain'] as const) {
    let fast = await open(file, start);
    // The plain walk gave up with its worker (the listing cut short): the host asks for the reference walk.
    if (!fast.ok && fast.code === 'walk') fast = await open(file, 'reference');
    if (!reference.ok || !fast.ok) {
      assert.deepEqual({ ...fast, id: 0 }, { ...reference, id: 0 }, `${label} (from ${start ?? 'parsed'})`);
      continue;
    }
    assert.equal(reference.snapshot?.walk, 'reference', label);
    assert.deepEqual(fast.snapshot?.nodes, reference.snapshot?.nodes, `${label} (from ${start ?? 'parsed'})`);
    assert.equal(fast.tainted, reference.tainted, label);
    if (start === 'plain') assert.notEqual(fast.snapshot?.walk, 'parsed', label);
    else walk = fast.snapshot?.walk;
  }
  return walk;
}

test('all walks give the same snapshot of every HDF5 file in ../shared and fixtures/, and Keras files take the parsed walk', async () => {
  const files = [...hdf5Files(SHARED), ...hdf5Files(path.join(ROOT, 'fixtures'))];
  assert.ok(files.length >= 50, `only ${files.length} HDF5 files found`);
  const walks: Record<string, string[]> = {};
  for (const file of files) {
    const walk = (await compare(file)) ?? 'failed';
    (walks[walk] ??= []).push(path.relative(ROOT, file));
  }
  // Keras writes hard links only, in h5py's default layout: every file of the corpora is parsed.
  // The project's own fixtures written with libver="latest" (later object headers) or holding an
  // enum (bool) dataset or a group-info message are plain.
  assert.deepEqual(walks.reference ?? [], [], 'files that took the reference walk');
  assert.deepEqual((walks.plain ?? []).filter((f) => !f.startsWith('fixtures/')), [], 'corpus files that took the plain walk');
  assert.ok((walks.parsed ?? []).length >= 70, JSON.stringify(walks));
});

test('files with soft, external, dangling or repeated links, or named datatypes, take the reference walk and give its snapshot; plain ones the parsed or plain walk', async () => {
  const expected: Record<string, string | undefined> = {
    'soft-dataset.weights.h5': 'reference',
    'soft-group.weights.h5': 'reference',
    'soft-cycle.weights.h5': 'reference',
    'dangling.weights.h5': 'reference',
    'external.weights.h5': 'reference',
    'external-self.weights.h5': 'reference',
    'hard-group.weights.h5': 'reference',
    'hard-dataset.weights.h5': 'reference',
    'datatype.weights.h5': 'reference',
    'large-soft.weights.h5': 'reference',
    // Creation order needs later object headers: not parsed.
    'track-order.weights.h5': 'plain',
    'empty-groups.weights.h5': 'parsed',
    'large-plain.weights.h5': 'parsed',
    // 100 empty groups (where the plain walk first guesses datasets and learns from the first).
    'weightless.h5': 'parsed',
  };
  for (const [name, walk] of Object.entries(expected)) assert.equal(await compare(path.join(dir, name)), walk, name);
  // The soft link to a dataset stays a link (a reader never takes it for a weight).
  const soft = await open(path.join(dir, 'soft-dataset.weights.h5'));
  assert.ok(soft.ok);
  assert.deepEqual(soft.snapshot?.nodes.find((n) => n.path === '/layers/dense/vars/2'), { path: '/layers/dense/vars/2', kind: 'soft-link', attrs: [], target: '/layers/dense/vars/0' });
  // Creation order is the listing order where the file tracks it.
  const ordered = await open(path.join(dir, 'track-order.weights.h5'));
  assert.ok(ordered.ok);
  assert.deepEqual(ordered.snapshot?.nodes.find((n) => n.path === '/layers/b')?.children, ['z', 'a', 'm']);
});

test('the hostile files of make-hostile-hdf5.py give the same snapshot or failure by every walk', async () => {
  const files = hdf5Files(hostile);
  assert.ok(files.length >= 10, `only ${files.length} hostile files`);
  const walks = new Map<string, string | undefined>();
  for (const file of files) walks.set(path.basename(file), await compare(file));
  // 16 hard links a level to one group: refused by the reference walk, whatever the plain one saw.
  assert.equal(walks.get('fan-out.weights.h5'), undefined);
});

test('a file nested thousands deep is listed within a bounded heap or answered by the reference walk, and the next file reads', async () => {
  // One-character names: 300 levels list in a few hundred KB (the plain walk's depth check sends
  // the file to the reference walk in the same worker); 5,000 levels would list 25 million
  // characters of paths, so the listing stops at its heap bound and a fresh worker walks the file.
  const chain = String.raw`
import sys, h5py
for n in (300, 5000):
    with h5py.File(f"{sys.argv[1]}/deep{n}.weights.h5", "w", libver="latest") as f:
        g = f
        for i in range(n): g = g.create_group("g")
# h5py's default layout, which the parsed walk reads: it declines past the depth bound too.
with h5py.File(f"{sys.argv[1]}/deep300-default.weights.h5", "w") as f:
    g = f
    for i in range(300): g = g.create_group("g")
`;
  execFileSync(python, ['-c', chain, dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (const n of [300, 5000]) {
    const file = path.join(dir, `deep${n}.weights.h5`);
    const fast = await open(file);
    assert.equal(fast.ok, false);
    assert.equal(!fast.ok && fast.code, n === 300 ? 'depth' : 'walk', `deep${n}`);
    assert.equal(await compare(file), undefined);
    await assert.rejects(openHdf5(file), { kind: 'corrupt', detail: `its groups nested more than 64 deep (a link cycle?)` });
  }
  const parsedDeep = path.join(dir, 'deep300-default.weights.h5');
  const deep = await open(parsedDeep);
  assert.equal(!deep.ok && deep.code, 'depth');
  assert.equal(await compare(parsedDeep), undefined);
  const ok = await openHdf5(path.join(dir, 'large-plain.weights.h5'));
  assert.deepEqual(ok.keys(), ['layers', 'vars']);
  ok.close();
  // The worker's hook is the one the rewritten glue calls.
  assert.match(readFileSync(path.join(ROOT, 'src', 'formats', 'hdf5-worker.ts'), 'utf8'), new RegExp(`\\b${HEAP_GROWTH_HOOK}\\b`));
});
