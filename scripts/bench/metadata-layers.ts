// The metadata-only diff against `h5ls -r` at many small layers (issue 15, item 4), alone, in seconds:
// Keras 3 `.weights.h5` (with its model.json) and tf.keras 2.x full-model `.h5` files of 10/100/1000
// Dense layers (scripts/bench/make-layer-files.py), each side alternated with `h5ls -r` and reported
// as the median of the per-pair ratios, as scripts/bench.ts does.
//
//   node --import tsx scripts/bench/metadata-layers.ts [--layers 10,100,1000] [--layouts keras3,legacy]
//     [--reps 9] [--before DIR] [--calls]
//
// `--before DIR`: DIR holds another tree's src/ (e.g. `git archive HEAD src | tar -x -C DIR`); its
//   reader is measured in the same run, alternated with this tree's and h5ls.
// `--calls`: count the h5wasm calls the HDF5 worker makes per layer, the time spent in each (µs a
//   layer, last round) and the worker thread's CPU time per layer for the walk, by running the
//   worker source with every Module function wrapped.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
function flag(name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i < 0 ? fallback : (args[i + 1] ?? fallback);
}
const LAYERS = flag('--layers', '10,100,1000').split(',').map(Number);
const LAYOUTS = flag('--layouts', 'keras3,legacy').split(',');
const REPS = Number(flag('--reps', '9'));
const BEFORE = args.includes('--before') ? path.resolve(flag('--before', '')) : undefined;
const DIR = path.join(os.tmpdir(), 'weightgate-bench-layers');

interface Case { name: string; layers: number; def: string; weights: string }

function cases(): Case[] {
  const missing = LAYERS.filter((n) => !existsSync(path.join(DIR, `legacy-${n}`, 'model.h5')) || !existsSync(path.join(DIR, `keras3-${n}`, 'model.weights.h5')));
  if (missing.length) {
    const r = spawnSync('/usr/bin/python3', [path.join(ROOT, 'scripts', 'bench', 'make-layer-files.py'), DIR, ...missing.map(String)], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('make-layer-files.py failed');
  }
  return LAYOUTS.flatMap((layout) => LAYERS.map((n): Case => {
    const d = path.join(DIR, `${layout}-${n}`);
    return layout === 'keras3'
      ? { name: `keras3-${n}`, layers: n, def: path.join(d, 'model.json'), weights: path.join(d, 'model.weights.h5') }
      : { name: `legacy-${n}`, layers: n, def: path.join(d, 'model.h5'), weights: path.join(d, 'model.h5') };
  }));
}

type MetadataDiff = (def: string, weights: string) => Promise<void>;

async function reader(root: string): Promise<MetadataDiff> {
  const { openPair } = await import(pathToFileURL(path.join(root, 'src', 'formats', 'open.ts')).href) as typeof import('../../src/formats/open.js');
  const { diff } = await import(pathToFileURL(path.join(root, 'src', 'diff', 'index.ts')).href) as typeof import('../../src/diff/index.js');
  return async (def, weights) => {
    const pair = await openPair(def, weights);
    try {
      diff(pair.def.definition!, pair.weights.artifact!);
    } finally {
      await pair.close();
    }
  };
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// h5ls run by a small Python parent that reports the child's own CPU time (wait4's rusage).
const RUSAGE = 'import os,sys,time\nt=time.perf_counter()\npid=os.posix_spawnp(sys.argv[1],sys.argv[1:],os.environ,file_actions=[(os.POSIX_SPAWN_OPEN,1,"/dev/null",os.O_WRONLY,0)])\n_,st,ru=os.wait4(pid,0)\nprint(time.perf_counter()-t,ru.ru_utime+ru.ru_stime,os.waitstatus_to_exitcode(st))';

/** Wall and CPU milliseconds of one `h5ls -r`. */
function h5ls(file: string): { wall: number; cpu: number } {
  const r = spawnSync('/usr/bin/python3', ['-c', RUSAGE, 'h5ls', '-r', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  const [wall, cpu, code] = r.stdout.toString().trim().split(' ').map(Number);
  if (r.status !== 0 || code !== 0) throw new Error(`h5ls -r ${file}: ${r.stderr.toString()}`);
  return { wall: wall! * 1000, cpu: cpu! * 1000 };
}

/** Wall and CPU (this process, every thread) milliseconds of one call. */
async function timed(fn: () => unknown): Promise<{ wall: number; cpu: number }> {
  const c = process.cpuUsage();
  const s = performance.now();
  await fn();
  const wall = performance.now() - s;
  const d = process.cpuUsage(c);
  return { wall, cpu: (d.user + d.system) / 1000 };
}

/**
 * Every side once as a warm-up, then REPS rounds in rotating order; each side's ratio to the h5ls
 * run of its round, in wall time (what the bench reports) and in CPU time (which a busy machine
 * disturbs less: it leaves out the time spent waiting for a core).
 */
async function measure(c: Case, sides: [string, MetadataDiff][]): Promise<string> {
  const all: [string, () => Promise<{ wall: number; cpu: number }>][] = [
    ...sides.map(([n, f]): [string, () => Promise<{ wall: number; cpu: number }>] => [n, () => timed(() => f(c.def, c.weights))]),
    ['h5ls -r', () => Promise.resolve(h5ls(c.weights))],
  ];
  for (const [, f] of all) await f();
  const times = all.map((): { wall: number; cpu: number }[] => []);
  for (let i = 0; i < REPS; i++) {
    for (let k = 0; k < all.length; k++) {
      const j = (k + i) % all.length;
      times[j]!.push(await all[j]![1]());
    }
  }
  const base = times[times.length - 1]!;
  const ratio = (j: number, k: 'wall' | 'cpu') => med(times[j]!.map((t, i) => t[k] / base[i]![k])).toFixed(2);
  const parts = sides.map(([n], j) => `${n} ${med(times[j]!.map((t) => t.wall)).toFixed(1)} ms = ${ratio(j, 'wall')}x wall, ${ratio(j, 'cpu')}x CPU`);
  return `${c.name.padEnd(12)} h5ls -r ${med(base.map((t) => t.wall)).toFixed(1)} ms (CPU ${med(base.map((t) => t.cpu)).toFixed(1)}); ${parts.join('; ')}`;
}

interface Probe { name: string; ask(m: object, key: 'id' | 'calls'): Promise<Record<string, unknown>>; stop(): Promise<number> }

/**
 * The worker's source as the host runs it under tsx, with every Module function counted, and the
 * thread's own CPU time (/proc/thread-self/schedstat, nanoseconds on a CPU) readable by message: CPU
 * time, unlike wall time, does not count the time the thread waits for a core on a busy machine.
 */
function probe(name: string, workerTs: string): Probe {
  const require = createRequire(import.meta.url);
  const esbuild = require('esbuild') as { buildSync(o: object): { outputFiles: { text: string }[] } };
  const hl = pathToFileURL(fileURLToPath(import.meta.resolve('h5wasm/node'))).href;
  const anchor = 'Module.activate_throwing_error_handler();';
  const ts = readFileSync(workerTs, 'utf8');
  if (!ts.includes(anchor)) throw new Error(`${workerTs}: "${anchor}" not found`);
  const code = `${anchor}
const __calls = new Map();
const __time = new Map();
let __depth = 0;
for (const k of Object.keys(Module)) {
  const f = Module[k];
  if (typeof f !== 'function' || k.startsWith('_') || /^[A-Z]/.test(k) || k === 'ccall' || k === 'cwrap') continue;
  Module[k] = function (...a) {
    __calls.set(k, (__calls.get(k) ?? 0) + 1);
    if (__depth++) { try { return f.apply(this, a); } finally { __depth--; } }
    const s = performance.now();
    try { return f.apply(this, a); } finally { __depth--; __time.set(k, (__time.get(k) ?? 0) + performance.now() - s); }
  };
}
const __cpu = () => Number(__req('node:fs').readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
parentPort.on('message', (m) => { if (m.op === 'calls') { parentPort.postMessage({ calls: Object.fromEntries(__calls), ms: Object.fromEntries(__time), cpuNs: __cpu() }); __calls.clear(); __time.clear(); } });
if (process.env.WALK_PROFILE) {
  const { Session } = await import('node:inspector');
  const session = new Session();
  session.connect();
  const post = (method, params) => new Promise((res, rej) => session.post(method, params ?? {}, (e, r) => (e ? rej(e) : res(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  let n = 0;
  parentPort.on('message', async (m) => {
    if (m.op === 'calls' && n++ === 2) await post('Profiler.start');
    if (m.op === "calls" && n === Number(process.env.WALK_PROFILE_STOP ?? 12)) { const { profile } = await post('Profiler.stop'); __req('node:fs').writeFileSync(process.env.WALK_PROFILE, JSON.stringify(profile)); }
  });
}`;
  // Bundled with the modules it imports (hdf5-parse.ts), as src/formats/hdf5-host.ts runs it.
  const stdin = { contents: ts.replace(anchor, code), loader: 'ts', resolveDir: path.dirname(workerTs), sourcefile: workerTs };
  const js = esbuild.buildSync({ stdin, bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', external: ['h5wasm/node'] }).outputFiles[0]!.text
    .replace(/(['"])h5wasm\/node\1/g, JSON.stringify(hl))
    .replace(anchor, `const __req = (await import('node:module')).createRequire(${JSON.stringify(import.meta.url)});\n${anchor}`);
  const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(js)}`), { execArgv: [] });
  let pending: { key: string; id: unknown; resolve(m: Record<string, unknown>): void } | undefined;
  w.on('message', (m: Record<string, unknown>) => {
    if (pending && (pending.key === 'calls' ? m.calls !== undefined : m.id === pending.id)) pending.resolve(m);
  });
  return {
    name,
    ask: (m, key) => new Promise((resolve) => {
      pending = { key, id: (m as { id?: unknown }).id, resolve };
      w.postMessage(m);
    }),
    stop: () => w.terminate(),
  };
}

/** Calls per layer and the worker thread's CPU time per layer for one open (the walk), each probe in turn, REPS rounds. */
async function countCalls(cs: Case[], probes: Probe[]): Promise<void> {
  let id = 1;
  for (const c of cs) {
    const cpu = probes.map((): number[] => []);
    const calls = probes.map((): Record<string, number> => ({}));
    const ms = probes.map((): Record<string, number> => ({}));
    for (let round = -1; round < REPS; round++) {
      for (const [j, p] of probes.entries()) {
        const h = id++;
        const before = await p.ask({ op: 'calls' }, 'calls');
        const reply = await p.ask({ op: 'open', id: h, file: c.weights, handle: h, maxObjects: 200_000, maxAttrBytes: 64 * 2 ** 20, maxYieldBytes: 2 ** 40 }, 'id');
        if (reply.ok !== true) throw new Error(`${c.name}: ${String(reply.error)}`);
        const after = await p.ask({ op: 'calls' }, 'calls');
        await p.ask({ op: 'close', id: -h, handle: h }, 'id');
        // Round -1 warms the code up.
        if (round < 0) continue;
        cpu[j]!.push((Number(after.cpuNs) - Number(before.cpuNs)) / 1000 / c.layers);
        calls[j] = after.calls as Record<string, number>;
        ms[j] = after.ms as Record<string, number>;
      }
    }
    const parts = probes.map((p, j) => {
      const n = Object.values(calls[j]!).reduce((a, b) => a + b, 0);
      const each = Object.entries(calls[j]!).sort((a, b) => b[1] - a[1]).filter(([, v]) => v / c.layers >= 0.05).map(([k, v]) => `${k} ${(v / c.layers).toFixed(2)}${ms[j]![k] !== undefined ? ` (${Math.round(ms[j]![k] * 1000 / c.layers)} µs)` : ''}`).join(', ');
      const ratio = j > 0 ? ` = ${med(cpu[j]!.map((t, i) => t / cpu[0]![i]!)).toFixed(2)}x ${probes[0]!.name}` : '';
      return `  ${p.name}: ${(n / c.layers).toFixed(2)} calls/layer, walk ${med(cpu[j]!).toFixed(0)} µs CPU/layer${ratio} (${each})`;
    });
    console.log(`${c.name}\n${parts.join('\n')}`);
  }
}

async function main(): Promise<void> {
  const cs = cases();
  if (args.includes('--calls')) {
    const probes = [...(BEFORE ? [probe('before', path.join(BEFORE, 'src', 'formats', 'hdf5-worker.ts'))] : []), probe(BEFORE ? 'now' : 'worker', path.join(ROOT, 'src', 'formats', 'hdf5-worker.ts'))];
    console.log(`${REPS} rounds; CPU time is the worker thread's own (median), ratios per round; load ${os.loadavg()[0]!.toFixed(2)}`);
    await countCalls(cs, probes);
    for (const p of probes) await p.stop();
    return;
  }
  const sides: [string, MetadataDiff][] = [];
  if (BEFORE) sides.push(['before', await reader(BEFORE)]);
  sides.push([BEFORE ? 'now' : 'weightgate', await reader(ROOT)]);
  console.log(`${REPS} rounds, sides in rotating order; ratio = median of per-round ratios to h5ls -r; load ${os.loadavg()[0]!.toFixed(2)}`);
  for (const c of cs) console.log(await measure(c, sides));
}

await main();
