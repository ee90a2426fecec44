// Mutations for the fuzzer: bytes (bit flips, interesting values, truncation, splices), JSON trees
// (value and type swaps, deletions, duplicated layers, inbound cycles, hostile names, TF.js shards
// listed twice) and zip archives (a mutated member re-zipped, traversal names, lying sizes).
// Structural HDF5 mutations are in hdf5-structure.ts. Deterministic per seed.
import { prng } from '../../src/engine/seeded-inputs.js';
import type { ZipMember } from './zip-write.js';

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** The project's mulberry32 (engine/inputs.ts), with the helpers the mutations use. */
export function rng(seed: number): Rng {
  const next = prng(seed);
  const int = (n: number): number => Math.floor(next() * Math.max(n, 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error('rng.pick from an empty list');
    return item;
  };
  return { next, int, pick, chance: (p) => next() < p };
}

export interface Mutated {
  bytes: Uint8Array;
  /** What was done, for the finding's note. */
  ops: string[];
}

const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0x20, 0x0a];
const INTERESTING_U32 = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffe, 0x10000, 0x1000000, 0xffff];

function offsetIn(r: Rng, len: number): number {
  // HDF5 and zip keep most of their structure near the start or the end: favour both.
  const u = r.next();
  if (u < 0.3) return r.int(Math.min(len, 2048));
  if (u < 0.45) return Math.max(0, len - 1 - r.int(Math.min(len, 2048)));
  return r.int(len);
}

export function mutateBytes(r: Rng, input: Uint8Array, donors: readonly Uint8Array[] = []): Mutated {
  let b = Buffer.from(input);
  const ops: string[] = [];
  const rounds = 1 + r.int(3);
  for (let k = 0; k < rounds && b.length; k++) {
    const op = r.int(8);
    if (op === 0) {
      const n = 1 + r.int(16);
      for (let i = 0; i < n; i++) {
        const at = offsetIn(r, b.length);
        b[at] = (b[at] ?? 0) ^ (1 << r.int(8));
      }
      ops.push(`flip ${n} bits`);
    } else if (op === 1) {
      const at = offsetIn(r, b.length);
      b[at] = r.pick(INTERESTING_BYTES);
      ops.push(`set byte @${at}`);
    } else if (op === 2 && b.length > 8) {
      const at = offsetIn(r, b.length - 4);
      b.writeUInt32LE(r.pick(INTERESTING_U32), at);
      ops.push(`set u32 @${at}`);
    } else if (op === 3 && r.chance(0.35)) {
      // Truncation is the commonest real damage, but HDF5 spots it at once: keep it from crowding out the rest.
      const at = r.int(b.length);
      b = b.subarray(0, at);
      ops.push(`truncate @${at}`);
    } else if (op === 4) {
      const donor = donors.length && r.chance(0.5) ? Buffer.from(r.pick(donors)) : Buffer.from(b);
      if (!donor.length) continue;
      const from = r.int(donor.length);
      const len = Math.min(1 + r.int(4096), donor.length - from);
      const at = offsetIn(r, b.length);
      donor.copy(b, at, from, from + Math.min(len, b.length - at));
      ops.push(`splice ${len} bytes @${at}`);
    } else if (op === 5) {
      const at = offsetIn(r, b.length);
      const ins = Buffer.from(Array.from({ length: 1 + r.int(64) }, () => r.int(256)));
      b = Buffer.concat([b.subarray(0, at), ins, b.subarray(at)]);
      ops.push(`insert ${ins.length} bytes @${at}`);
    } else if (op === 6) {
      const at = offsetIn(r, b.length);
      const len = 1 + r.int(Math.min(512, b.length - at));
      b = Buffer.concat([b.subarray(0, at), b.subarray(at + len)]);
      ops.push(`delete ${len} bytes @${at}`);
    } else {
      const at = offsetIn(r, b.length);
      b.fill(0, at, Math.min(b.length, at + 1 + r.int(256)));
      ops.push(`zero from @${at}`);
    }
  }
  return { bytes: b, ops };
}

// ---- JSON ------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface Slot {
  parent: Json[] | { [k: string]: Json };
  key: string | number;
}

function slots(root: Json, max = 20000): Slot[] {
  const out: Slot[] = [];
  const stack: Json[] = [root];
  while (stack.length && out.length < max) {
    const v = stack.pop()!;
    if (Array.isArray(v)) v.forEach((x, i) => { out.push({ parent: v, key: i }); stack.push(x); });
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push({ parent: v, key: k }); stack.push(x); }
  }
  return out;
}

/** The slot's value; undefined once an earlier mutation deleted it. */
function get(s: Slot): Json | undefined {
  return (s.parent as Record<string | number, Json>)[s.key];
}

function set(s: Slot, v: Json): void {
  (s.parent as Record<string | number, Json>)[s.key] = v;
}

function nested(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const HOSTILE_STRINGS = [
  '', 'x'.repeat(10_000), '<img src=x onerror=alert(1)>', '@octocat `rm -rf` **bold** | pipe |', '[link](https://evil.example)',
  '\u001b[31mred\u001b[0m', '\u0000nul', '\ud800', '../../etc/passwd', 'dense', 'conv2d_1', '\u202eevil', 'a\nb\r\nc', '日本語', '%s%n',
];

function hostileValue(r: Rng): Json {
  const choices: (() => Json)[] = [
    () => null, () => true, () => 0, () => -1, () => 1.5, () => 2 ** 40, () => -(2 ** 31), () => 1e308, () => Number.MAX_SAFE_INTEGER + 2,
    () => r.pick(HOSTILE_STRINGS), () => [], () => ({}), () => [null, -5, 'x'], () => ({ class_name: 'Lambda', config: {} }),
    () => nested(r.chance(0.1) ? 3000 : 20 + r.int(200)),
  ];
  return r.pick(choices)();
}

function perturbNumber(r: Rng, n: number): number {
  const ops = [() => -n, () => n * 2 ** (1 + r.int(40)), () => n + 1, () => 0, () => n / 3, () => -(2 ** 40), () => 2 ** 53];
  return r.pick(ops)();
}

function layerEntries(slotsList: Slot[]): Json[] {
  return slotsList.map(get).filter((v): v is { [k: string]: Json } => !!v && typeof v === 'object' && !Array.isArray(v) && typeof v.class_name === 'string');
}

export function mutateJsonValue(r: Rng, root: Json): string[] {
  const ops: string[] = [];
  const rounds = 1 + r.int(3);
  for (let k = 0; k < rounds; k++) {
    const all = slots(root);
    if (!all.length) break;
    const s = r.pick(all);
    const op = r.int(9);
    const where = String(s.key).slice(0, 40);
    if (op === 0) {
      if (Array.isArray(s.parent)) s.parent.splice(Number(s.key), 1);
      else delete s.parent[s.key as string];
      ops.push(`delete ${where}`);
    } else if (op === 1 || op === 2) {
      set(s, hostileValue(r));
      ops.push(`replace ${where}`);
    } else if (op === 3) {
      const v = get(s);
      if (typeof v === 'number') { set(s, perturbNumber(r, v)); ops.push(`perturb number ${where}`); }
      else if (typeof v === 'string') { set(s, r.pick(HOSTILE_STRINGS)); ops.push(`hostile string ${where}`); }
      else { set(s, hostileValue(r)); ops.push(`replace ${where}`); }
    } else if (op === 4) {
      const other = get(r.pick(all));
      set(s, structuredClone(other ?? null));
      ops.push(`copy a subtree into ${where}`);
    } else if (op === 5 && Array.isArray(s.parent)) {
      s.parent.splice(Number(s.key), 0, structuredClone(get(s) ?? null));
      ops.push(`duplicate element ${where}`);
    } else if (op === 6) {
      // Inbound nodes pointing at each other: a cycle through the graph.
      const layers = layerEntries(all) as { [k: string]: Json }[];
      if (layers.length >= 2) {
        const a = r.pick(layers);
        const b = r.pick(layers);
        const name = (l: { [k: string]: Json }) => {
          const n = (l.config as { name?: Json } | null)?.name ?? l.name ?? '';
          return typeof n === 'string' ? n : JSON.stringify(n);
        };
        a.inbound_nodes = [[[name(b), 0, 0, {}]]];
        b.inbound_nodes = [[[name(a), r.int(3), 0, {}]]];
        ops.push('inbound cycle');
      }
    } else if (op === 7) {
      const layers = layerEntries(all) as { [k: string]: Json }[];
      if (layers.length) {
        const l = r.pick(layers);
        l.class_name = r.pick(['Lambda', 'TFSMLayer', 'TorchModuleWrapper', 'MyCustomLayer', 'Functional', 'Sequential', 'Bidirectional', 'Dense', 'Conv2D', 'LSTM', 'MultiHeadAttention', 'TimeDistributed', 'InputLayer']);
        ops.push(`class_name → ${l.class_name}`);
      }
    } else {
      const v = get(s);
      if (v && typeof v === 'object') {
        set(s, Array.isArray(v) ? Object.fromEntries(v.map((x, i) => [String(i), x])) : Object.values(v));
        ops.push(`list/object swap ${where}`);
      }
    }
  }
  return ops;
}

/**
 * A TF.js manifest lists one of its shards again, in its own group or another (TF.js would fetch
 * and append it again; 256 copies of one shard is how a small model.json claims gigabytes).
 */
export function duplicateShard(r: Rng, root: Json): string | undefined {
  const manifest = Array.isArray(root) ? root : root && typeof root === 'object' ? root.weightsManifest : undefined;
  if (!Array.isArray(manifest)) return undefined;
  const groups = manifest.filter((g): g is { [k: string]: Json } => !!g && typeof g === 'object' && !Array.isArray(g) && Array.isArray(g.paths));
  const from = groups.filter((g) => (g.paths as Json[]).length);
  if (!from.length) return undefined;
  const src = r.pick(from);
  const entry = r.pick(src.paths as Json[]);
  const dest = r.pick(groups);
  const copies = r.chance(0.3) ? 256 : 1;
  for (let i = 0; i < copies; i++) (dest.paths as Json[]).splice(r.int((dest.paths as Json[]).length + 1), 0, entry);
  return `shard ${JSON.stringify(entry)} listed ${copies} more time(s) in group ${manifest.indexOf(dest) + 1}`;
}

export function mutateJson(r: Rng, text: string): Mutated {
  let root: Json;
  try {
    root = JSON.parse(text) as Json; // JSON.parse makes JSON values only
  } catch {
    return mutateBytes(r, Buffer.from(text));
  }
  if (r.chance(0.1)) return mutateBytes(r, Buffer.from(text));
  if (r.chance(0.15)) {
    const op = duplicateShard(r, root);
    if (op) return { bytes: Buffer.from(JSON.stringify(root)), ops: [op] };
  }
  const ops = mutateJsonValue(r, root);
  return { bytes: Buffer.from(JSON.stringify(root)), ops };
}

// ---- zip (.keras) ------------------------------------------------------------------------------

export function mutateZipMembers(r: Rng, members: ZipMember[]): string[] {
  const op = r.int(10);
  const pick = (name: string) => members.find((m) => m.name === name);
  if (op <= 3) {
    const cfg = pick('config.json');
    if (cfg?.data) {
      const m = mutateJson(r, Buffer.from(cfg.data).toString('utf8'));
      cfg.data = m.bytes;
      return m.ops.map((o) => `config.json: ${o}`);
    }
  }
  if (op <= 6) {
    const w = pick('model.weights.h5');
    if (w?.data) {
      const m = mutateBytes(r, w.data);
      w.data = m.bytes;
      return m.ops.map((o) => `model.weights.h5: ${o}`);
    }
  }
  if (op === 7) {
    const m = r.pick(members);
    m.method = m.method === 8 ? 0 : 8;
    if (r.chance(0.5)) m.size = r.chance(0.5) ? 1 + r.int(100) : (m.data?.length ?? 0) * 1000;
    return [`${m.name}: method ${m.method}, declared size ${m.size ?? 'true'}`];
  }
  if (op === 8) {
    const m = r.pick(members);
    members.push({ ...m, name: r.pick([m.name, `../${m.name}`, `/tmp/${m.name}`, 'assets/../../x', `${m.name}\u0000`]) });
    return [`extra member ${JSON.stringify(members.at(-1)!.name)}`];
  }
  const i = r.int(members.length);
  const [gone] = members.splice(i, 1);
  return [`drop ${gone?.name}`];
}
