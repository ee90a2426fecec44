// The smoke inference for one checked pair: the engine is chosen once per process and preference,
// and the weights are loaded by the pairing the diff computed.
import path from 'node:path';
import type { DiffReport } from '../diff/index.js';
import { assignmentsFromDiff, runSmoke, selectEngine, smokeBlocker, type Engine, type EnginePreference, type SmokeResult } from '../engine/index.js';
import type { ArtifactModel, DefinitionModel } from '../model/types.js';

export interface PairSmokeOptions {
  engine?: EnginePreference;
  /** `.npy`/`.npz` paths, resolved from `baseDir`. */
  input?: string;
  expected?: string;
  atol?: number;
  rtol?: number;
  seed?: number;
  dimDefault?: number;
  baseDir?: string;
}

const engines = new Map<EnginePreference, Promise<Engine>>();

/** One engine per preference for the whole run: selecting loads TF.js and compiles WASM once. */
export function engineFor(pref: EnginePreference): Promise<Engine> {
  let e = engines.get(pref);
  if (!e) {
    e = selectEngine(pref);
    engines.set(pref, e);
  }
  return e;
}

export async function smokePair(definition: DefinitionModel, artifact: ArtifactModel, report: DiffReport, o: PairSmokeOptions = {}): Promise<SmokeResult> {
  const blocker = smokeBlocker(report);
  if (blocker) return { status: 'skipped', engine: 'none', engineReason: 'not started', reason: blocker, outputs: [], seconds: 0, notes: [] };
  const resolve = (p?: string) => (p ? path.resolve(o.baseDir ?? process.cwd(), p) : undefined);
  let engine: Engine | EnginePreference = o.engine ?? 'auto';
  try {
    engine = await engineFor(engine);
  } catch {
    // An explicitly requested engine that cannot load: runSmoke reports it as skipped, with the reason.
  }
  return runSmoke(definition, artifact, assignmentsFromDiff(definition, report), {
    engine,
    ...(o.input ? { input: resolve(o.input) } : {}),
    ...(o.expected ? { expected: resolve(o.expected) } : {}),
    ...(o.atol !== undefined ? { atol: o.atol } : {}),
    ...(o.rtol !== undefined ? { rtol: o.rtol } : {}),
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    ...(o.dimDefault !== undefined ? { dimDefault: o.dimDefault } : {}),
  });
}
