// Load-only time and peak RSS of putting a model's weights into TF.js, two source trees side by side.
// Each measurement is a fresh process (a load into a warm WebAssembly heap would not page memory in),
// and the two trees alternate so that the machine's drift falls on both. Models: the bench's
// Dense(tanh) ones (`npm run bench` generates them in $TMPDIR/weightgate-bench).
// Usage: node --import tsx scripts/bench/load-copies.ts --a <tree> --b <tree> [--model size-400MB] [--pairs 5]
//        [--engine wasm|cpu] [--mode load|smoke]
// `load` times loadAssignments in the main thread (the bench's in-process load); `smoke` runs the
// whole isolated smoke run (build, load, predict in the smoke worker) and reports its seconds. Besides
// wall time, the CPU time of all the process's threads: on a machine shared with other jobs it moves
// far less than the wall time does.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
function flag(name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i < 0 ? fallback : (args[i + 1] ?? fallback);
}

function hwm(): number {
  const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : Number.NaN;
}

interface Sample { ms: number; cpu: number; peak: number; before: number; stats?: unknown }

async function child(root: string, modelDir: string, engineName: string, mode: string): Promise<Sample> {
  const imp = <T>(p: string) => import(pathToFileURL(path.join(root, p)).href) as Promise<T>;
  type M = Record<string, (...a: never[]) => unknown>;
  const [{ diff }, { openPair }, eng, build, lw, nc] = await Promise.all([
    imp<M>('src/diff/index.ts'), imp<M>('src/formats/open.ts'), imp<M>('src/engine/index.ts'), imp<M>('src/engine/build-model.ts'),
    imp<M>('src/engine/load-weights.ts'), imp<M>('src/engine/normalize-config.ts'),
  ]);
  const call = (m: M, k: string, ...a: unknown[]) => (m[k] as (...x: unknown[]) => unknown)(...a);
  const def = path.join(modelDir, 'model.json');
  const weights = path.join(modelDir, 'model.weights.h5');
  const pair = (await call({ openPair } as M, 'openPair', def, weights)) as { def: { definition: { config: unknown; generation: number; inputs: { shape: number[] }[] } }; weights: { artifact: unknown }; close(): Promise<void> };
  const d = pair.def.definition;
  const report = call({ diff } as M, 'diff', d, pair.weights.artifact);
  const assignments = call(eng, 'assignmentsFromDiff', d, report);
  if (mode === 'smoke') {
    const before = hwm();
    const c = process.cpuUsage();
    const s = performance.now();
    const r = (await call(eng, 'smokeIsolated', d, pair.weights.artifact, assignments, { engine: engineName })) as { status: string; seconds: number; reason?: string };
    const ms = performance.now() - s;
    if (r.status !== 'passed') throw new Error(`smoke ${r.status}: ${r.reason}`);
    await call(eng, 'stopSmokeWorker');
    await pair.close();
    const used = process.cpuUsage(c);
    return { ms: r.seconds * 1000 || ms, cpu: (used.user + used.system) / 1000, peak: hwm(), before };
  }
  const engine = (await call(eng, 'selectEngine', engineName)) as { tf: { setBackend(b: string): Promise<boolean> }; backend: string };
  await engine.tf.setBackend(engine.backend);
  const n = call(nc, 'normalizeConfig', d.config, d.generation) as { config: unknown };
  call(build, 'prepareInitializers', n.config, call(lw, 'fullyAssignedLayers', d, assignments), 1);
  const model = await call(build, 'buildModel', engine.tf, n.config);
  const before = hwm();
  const c = process.cpuUsage();
  const s = performance.now();
  await call(lw, 'loadAssignments', engine.tf, model, d, pair.weights.artifact, assignments);
  const ms = performance.now() - s;
  const used = process.cpuUsage(c);
  const cpu = (used.user + used.system) / 1000;
  const peak = hwm();
  await pair.close();
  return { ms, cpu, peak, before, stats: lw.loadStats };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mib = (b: number) => (b / 2 ** 20).toFixed(0);

async function main(): Promise<void> {
  const engine = flag('--engine', 'wasm');
  const mode = flag('--mode', 'load');
  if (args[0] === '--child') {
    const s = await child(args[1]!, args[2]!, engine, mode);
    process.stdout.write(JSON.stringify(s));
    process.exit(0);
  }
  const a = path.resolve(flag('--a', '.'));
  const b = path.resolve(flag('--b', '.'));
  const model = path.join(os.tmpdir(), 'weightgate-bench', flag('--model', 'size-400MB'));
  const pairs = Number(flag('--pairs', '5'));
  const run = (root: string): Sample => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', root, model, '--engine', engine, '--mode', mode], { maxBuffer: 1 << 20 }).toString()) as Sample;
  run(a); // warm-up: page cache, tsx's transform cache
  const rows: { a: Sample; b: Sample }[] = [];
  for (let i = 0; i < pairs; i++) {
    const first = i % 2 === 0;
    const x = first ? run(a) : undefined;
    const y = run(b);
    rows.push({ a: x ?? run(a), b: y });
    const r = rows.at(-1)!;
    console.log(`pair ${i + 1}: a ${r.a.ms.toFixed(0)} ms (CPU ${r.a.cpu.toFixed(0)}) ${mib(r.a.peak)} MiB (${mib(r.a.peak - r.a.before)} above) | b ${r.b.ms.toFixed(0)} ms (CPU ${r.b.cpu.toFixed(0)}) ${mib(r.b.peak)} MiB (${mib(r.b.peak - r.b.before)} above)`
      + `${r.b.stats ? ` b: ${JSON.stringify(r.b.stats)}` : ''}`);
  }
  const ms = median(rows.map((r) => r.b.ms / r.a.ms));
  const cpu = median(rows.map((r) => r.b.cpu / r.a.cpu));
  const peak = median(rows.map((r) => r.b.peak / r.a.peak));
  const above = median(rows.map((r) => (r.b.peak - r.b.before) / (r.a.peak - r.a.before)));
  console.log(`${mode} ${engine} ${path.basename(model)}: b/a time ${ms.toFixed(2)}x (medians a ${median(rows.map((r) => r.a.ms)).toFixed(0)} ms, b ${median(rows.map((r) => r.b.ms)).toFixed(0)} ms); CPU time of all threads b/a ${cpu.toFixed(2)}x `
    + `(a ${median(rows.map((r) => r.a.cpu)).toFixed(0)} ms, b ${median(rows.map((r) => r.b.cpu)).toFixed(0)} ms); `
    + `peak RSS b/a ${peak.toFixed(2)}x (a ${mib(median(rows.map((r) => r.a.peak)))} MiB, b ${mib(median(rows.map((r) => r.b.peak)))} MiB); growth during load b/a ${above.toFixed(2)}x`);
}

await main();
