// The fuzz harness: runs worker threads (worker.ts) for a given time, watches each input with a
// timeout, and tallies what happened. Invariants: every failure is an InputError that names the
// file and says what to do (not an escaped JS error), nothing hangs past the timeout, no thread
// dies, no temp folder is left behind. Each input that breaks one is kept with a note.
import { mkdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { firstLine } from '../../src/report/cap.js';
import type { Limits } from '../../src/sources/limits.js';
import { findSeeds, hostileSeeds, type Seed } from './corpus.js';
import type { Outcome } from './run-one.js';
import type { WorkerInit, WorkerMessage } from './worker.js';

export interface FuzzOptions {
  /** Run for this long (the inputs covered depend on the machine's speed): `npm run fuzz`. */
  seconds?: number;
  /**
   * Run exactly this many inputs instead (npm test): each worker runs a fixed share from its own
   * seed, so the same seed and jobs give the same inputs on any machine.
   */
  inputs?: number;
  seed?: number;
  /** Worker threads running inputs side by side (default: half the cores, at most 4; 1 with `inputs`, where a second one costs more start-up CPU than it saves time on two cores). */
  jobs?: number;
  /** An input still running after this long is a hang (a broken invariant). */
  hangMs?: number;
  /** Limits the readers run under (the HDF5 step timeout is kept short so looping inputs are cheap). */
  limits?: Partial<Limits>;
  /** Where offending inputs are kept (default fuzz-findings/ in the project). */
  findings?: string;
  /** Seed folders (default ../shared's corpora, else fixtures/). */
  corpus?: string[];
  /** Add the hostile HDF5 seeds of scripts/make-hostile-hdf5.py (default true; needs python3 + h5py). */
  hostile?: boolean;
  /** Those hostile seeds, already built (instead of building them again). */
  hostileSeeds?: Seed[];
  log?: (line: string) => void;
}

export interface Broken {
  invariant: string;
  detail: string;
  stage: string;
  input: string;
  seed: string;
  ops: string[];
  saved?: string;
}

export interface FuzzReport {
  /** How the run was bounded: a time box or a fixed number of inputs. */
  seconds?: number;
  target?: number;
  seed: number;
  seeds: number;
  corpus: string[];
  inputs: number;
  ok: number;
  inputErrors: number;
  /** Normalised first lines of input errors, with how often each came up. */
  distinctErrors: Map<string, number>;
  hdf5Crashes: number;
  hdf5Timeouts: number;
  broken: Broken[];
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

// Under tsx the worker is TypeScript: register tsx inside it (h5wasm loads in its own worker).
const BOOT = `
const { workerData } = require('node:worker_threads');
(async () => {
  // Both of tsx's hooks, as \`node --import tsx\` has them: the HDF5 host requires a .ts module.
  if (workerData.tsxCjs) (await import(workerData.tsxCjs)).register();
  if (workerData.tsx) (await import(workerData.tsx)).register();
  await import(workerData.entry);
})();`;

/** An error message with the details that vary between inputs taken out, so that kinds can be counted. */
export function normalise(message: string, dir: string): string {
  return message
    .split(dir).join('<dir>')
    .replace(/<dir>\/[^\s:"']+/g, '<file>')
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/0x[0-9a-f]+/gi, 'H')
    .replace(/\b\d+(\.\d+)?\b/g, 'N')
    .slice(0, 200);
}

function resolveOptional(specifier: string): string | undefined {
  try {
    return import.meta.resolve(specifier);
  } catch {
    return undefined;
  }
}

interface Slot {
  worker: Worker;
  started?: { n: number; dir: string; main: string; seed: string; ops: string[]; at: number };
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const seed = options.seed ?? (Date.now() % 2 ** 31);
  const target = options.inputs;
  if (target === undefined && options.seconds === undefined) throw new Error('runFuzz: give seconds or inputs');
  const jobs = Math.max(1, options.jobs ?? (target !== undefined ? 1 : Math.min(4, Math.max(1, Math.floor(os.availableParallelism() / 2)))));
  const hangMs = options.hangMs ?? 60_000;
  const limits: Partial<Limits> = { timeoutMs: 3000, ...options.limits };
  const findingsDir = options.findings ?? path.join(ROOT, 'fuzz-findings');
  const log = options.log ?? (() => undefined);
  const found = findSeeds(options.corpus);
  const seeds = found.seeds;
  const from = [...found.from];
  if (!seeds.length) throw new Error(`no seed files found in ${from.join(', ')}`);
  // A temp folder of our own: inputs are written there, and `.keras` extraction folders are looked
  // for in each worker's own tmp-N (TMPDIR is set per worker), so neither other processes' files
  // nor another worker's extraction in progress can confuse the check.
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'wg-fuzz-'));
  if (options.hostileSeeds) {
    seeds.push(...options.hostileSeeds);
    from.push('scripts/make-hostile-hdf5.py');
  } else if (options.hostile !== false) {
    try {
      seeds.push(...hostileSeeds(path.join(scratch, 'hostile-seeds')));
      from.push('scripts/make-hostile-hdf5.py');
    } catch (err) {
      log(`no hostile HDF5 seeds (python3 with h5py is needed for scripts/make-hostile-hdf5.py): ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }

  const report: FuzzReport = {
    seconds: target === undefined ? options.seconds : undefined, target, seed, seeds: seeds.length, corpus: from,
    inputs: 0, ok: 0, inputErrors: 0, distinctErrors: new Map(), hdf5Crashes: 0, hdf5Timeouts: 0, broken: [],
  };
  const deadline = target === undefined ? Date.now() + (options.seconds ?? 0) * 1000 : Infinity;
  // With a fixed number of inputs, lane i (one worker at a time) runs its share from seed + i·7919; a
  // worker that dies is replaced in its lane by one seeded from the lane and the restart count.
  const lanes = Array.from({ length: jobs }, (_, i) => ({
    i, left: target === undefined ? Infinity : Math.floor(target / jobs) + (i < target % jobs ? 1 : 0), restarts: 0,
  }));
  let spawned = 0;

  const keep = async (slot: Slot, invariant: string, detail: string, stage: string): Promise<void> => {
    const s = slot.started;
    const b: Broken = { invariant, detail, stage, input: s?.main ?? '(none)', seed: s?.seed ?? '', ops: s?.ops ?? [] };
    report.broken.push(b);
    log(`BROKEN ${invariant} at ${stage}: ${JSON.stringify(firstLine(detail).slice(0, 300))}`);
    if (!s) return;
    const dest = path.join(findingsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${invariant}-${report.broken.length}`);
    await mkdir(dest, { recursive: true });
    await cp(s.dir, dest, { recursive: true }).catch(() => undefined);
    const note = [
      `# ${invariant}`, '',
      `- input: \`${path.basename(s.main)}\` (kept here with the files next to it)`,
      `- from seed: \`${s.seed}\``,
      `- mutations: ${s.ops.join('; ') || '(none)'}`,
      `- stage: ${stage}`, '',
      '```', detail, '```', '',
      'Regression test: copy the input next to a test in test/hostile-*.test.ts and assert that',
      '`openFile` (then inspect, diff and `artifact.read`) fails only with an InputError naming the file and with a hint,',
      'or succeeds; run `node --import tsx scripts/fuzz.ts --replay <this folder>` to re-run it.', '',
    ].join('\n');
    await writeFile(path.join(dest, 'NOTE.md'), note);
    b.saved = dest;
  };

  const record = (slot: Slot, outcome: Outcome): Promise<void> | undefined => {
    report.inputs++;
    if (outcome.status === 'ok') report.ok++;
    else if (outcome.status === 'input-error') {
      report.inputErrors++;
      if (/HDF5 library crashed/.test(outcome.message)) report.hdf5Crashes++;
      if (/timeoutMs limit/.test(outcome.message)) report.hdf5Timeouts++;
      const key = normalise(outcome.message, slot.started?.dir ?? '\0');
      report.distinctErrors.set(key, (report.distinctErrors.get(key) ?? 0) + 1);
    } else return keep(slot, outcome.invariant, outcome.detail, outcome.stage);
    return undefined;
  };

  await new Promise<void>((done) => {
    const slots = new Set<Slot>();
    const finish = (): void => {
      if (slots.size === 0) done();
    };
    const spawn = (lane: (typeof lanes)[number]): void => {
      const laneSeed = target === undefined ? seed + spawned++ * 7919 : seed + lane.i * 7919 + lane.restarts++ * 104_729;
      const init: WorkerInit = { seeds, seed: laneSeed, scratch, limits };
      const tmp = path.join(scratch, `tmp-${lane.i}`);
      mkdirSync(tmp, { recursive: true });
      const worker = new Worker(BOOT, {
        eval: true, execArgv: [],
        workerData: { ...init, tsx: resolveOptional('tsx/esm/api'), tsxCjs: resolveOptional('tsx/cjs/api'), entry: new URL('./worker.ts', import.meta.url).href },
        env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
      });
      const slot: Slot = { worker };
      slots.add(slot);
      let timer: NodeJS.Timeout | undefined;
      let ended = false;
      const end = (): void => {
        if (ended) return;
        ended = true;
        clearTimeout(timer);
        slots.delete(slot);
        worker.terminate().catch(() => undefined);
        if (Date.now() < deadline && lane.left > 0) spawn(lane);
        finish();
      };
      const next = (): void => {
        if (Date.now() >= deadline || lane.left <= 0) {
          worker.postMessage({ type: 'stop' });
          return;
        }
        lane.left--;
        worker.postMessage({ type: 'next' });
      };
      const hung = async (n: number): Promise<void> => {
        await keep(slot, 'hang', `input ${n} still running after ${hangMs} ms`, 'run');
        report.inputs++;
        end();
      };
      const onMessage = async (msg: WorkerMessage): Promise<void> => {
        if (msg.type === 'start') {
          slot.started = { ...msg, at: Date.now() };
          clearTimeout(timer);
          timer = setTimeout(() => void hung(msg.n), hangMs);
        } else if (msg.type === 'result') {
          clearTimeout(timer);
          await record(slot, msg.outcome);
          next();
        } else {
          await keep(slot, 'unhandled-rejection', msg.detail, 'run');
        }
      };
      const onError = async (err: Error): Promise<void> => {
        await keep(slot, 'worker-crash', err.stack ?? err.message, 'run');
        end();
      };
      worker.on('message', (msg: WorkerMessage) => void onMessage(msg));
      worker.on('error', (err) => void onError(err));
      worker.on('exit', () => end());
      next();
    };
    for (const lane of lanes) spawn(lane);
  });

  await rm(scratch, { recursive: true, force: true });
  return report;
}

export function formatReport(r: FuzzReport, top = 25): string {
  const errors = [...r.distinctErrors].sort((a, b) => b[1] - a[1]);
  const lines = [
    `fuzz: ${r.target === undefined ? `${r.seconds ?? 0} s` : `${r.target} inputs`}, seed ${r.seed}, ${r.seeds} seed files from ${r.corpus.join(', ')}`,
    `inputs tried: ${r.inputs} (${r.ok} read cleanly, ${r.inputErrors} refused with an input error)`,
    `distinct error messages (normalised): ${errors.length}`,
    `HDF5 library crashes contained: ${r.hdf5Crashes}; HDF5 steps stopped by the timeout: ${r.hdf5Timeouts}`,
    `invariants broken: ${r.broken.length}`,
    ...r.broken.map((b) => `  - ${b.invariant} (${b.stage}) ${firstLine(b.detail).slice(0, 200)}${b.saved ? `\n    kept in ${b.saved}` : ''}`),
    '', `most frequent errors (of ${errors.length}):`,
    ...errors.slice(0, top).map(([m, n]) => `  ${String(n).padStart(6)}  ${m}`),
  ];
  return lines.join('\n');
}
