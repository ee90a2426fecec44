// One fuzz input through every reader, the way the CLI and the action use them: open, inspect,
// diff against the unmutated other side, render, read a few weights, close; and for an HDF5 file
// the parser read, the library's own walk of it compared. Returns what happened and which invariant
// broke, if any; never throws.
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { diff } from '../../src/diff/index.js';
import { hdf5Call } from '../../src/formats/hdf5-host.js';
import type { OpenRequest, Reply } from '../../src/formats/hdf5-protocol.js';
import { openFile } from '../../src/formats/open.js';
import type { ArtifactModel, DefinitionModel, OpenedFile, SavedVariable } from '../../src/model/types.js';
import { renderMarkdown, renderText } from '../../src/report/index.js';
import { inspectJson, inspectText } from '../../src/report/inspect.js';
import { firstLine } from '../../src/report/cap.js';
import { InputError } from '../../src/sources/errors.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/sources/limits.js';

export interface Baseline {
  definition?: DefinitionModel;
  artifact?: ArtifactModel;
}

export type Outcome =
  | { status: 'ok'; reads: number }
  | { status: 'input-error'; message: string; kind: string; stage: string }
  | { status: 'broken'; invariant: string; detail: string; stage: string };

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}\n${err.stack ?? ''}`;
  return String(err);
}

/** The weightgate-* folders a `.keras` extraction leaves in the temp folder (there must be none after close). */
export function tempFolders(): string[] {
  try {
    return readdirSync(os.tmpdir()).filter((n) => n.startsWith('weightgate-'));
  } catch {
    return [];
  }
}

function pickVariables(a: ArtifactModel, seed: number): SavedVariable[] {
  const all = [...a.layers.flatMap((l) => l.weights), ...a.optimizer];
  if (all.length <= 3) return all;
  return [0, all.length - 1, seed % all.length].flatMap((i) => all[i] ?? []);
}

/** Check an input error against the contract: it names the file and tells the user what to do. */
function checkInputError(err: InputError, files: string[], stage: string): Outcome {
  if (err.unexpected) return { status: 'broken', invariant: 'unexpected-error', detail: err.message, stage };
  if (!files.includes(err.file)) return { status: 'broken', invariant: 'error-names-other-file', detail: `${err.file} is not one of ${files.join(', ')}: ${err.message}`, stage };
  if (!err.message.startsWith(`${err.file}: `)) return { status: 'broken', invariant: 'error-without-file', detail: err.message, stage };
  if (!err.hint?.trim()) return { status: 'broken', invariant: 'error-without-hint', detail: err.message, stage };
  return { status: 'input-error', message: firstLine(err.message), kind: err.kind, stage };
}

let handle = 1 << 30;

async function openSnapshot(file: string, walk?: 'reference'): Promise<Reply> {
  const h = handle++;
  const req: OpenRequest = { op: 'open', file, handle: h, maxObjects: DEFAULT_LIMITS.maxHdf5Objects, maxAttrBytes: 2 ** 24, maxYieldBytes: 2 ** 28, ...(walk ? { walk } : {}) };
  try {
    return await hdf5Call(req, 10_000);
  } finally {
    await hdf5Call({ op: 'close', handle: h }, 10_000).catch(() => undefined);
  }
}

/**
 * An HDF5 file whose structure the parser read from its bytes (src/formats/hdf5-parse.ts) must get
 * the same snapshot from the library's own reference walk: the parser answers only where the library
 * would read the file the same way. `parsed`: the parser answered; `disagreement`: how the library's
 * walk differed. test/hdf5-parse.test.ts asks the same of its own mutants.
 */
export async function parsedWalkAgrees(file: string): Promise<{ parsed: boolean; disagreement?: string }> {
  // A walk the library did not finish in time (it loops on some damaged attribute data, whichever
  // walk reads it; the readers' own timeout reports that) gives no verdict.
  const parsed = await openSnapshot(file).catch(() => undefined);
  if (!parsed?.ok || parsed.snapshot?.walk !== 'parsed') return { parsed: false };
  const again = () => openSnapshot(file, 'reference').catch((err: unknown) => ({ ok: false, code: 'fatal', error: describe(err) }) as const);
  let reference = await again();
  // The library's failure on damaged attribute data may depend on its heap: a fresh worker asks again.
  if (!reference.ok && reference.code === 'fatal') reference = await again();
  if (!reference.ok) return { parsed: true, disagreement: `the reference walk failed: ${reference.error.slice(0, 300)}` };
  if (reference.tainted !== parsed.tainted) return { parsed: true, disagreement: `tainted ${String(parsed.tainted)} against ${String(reference.tainted)}` };
  const a = parsed.snapshot.nodes;
  const b = reference.snapshot?.nodes ?? [];
  const at = [...Array(Math.max(a.length, b.length)).keys()].find((i) => JSON.stringify(a[i]) !== JSON.stringify(b[i]));
  return at === undefined ? { parsed: true } : { parsed: true, disagreement: `node ${at}: ${JSON.stringify(a[at]).slice(0, 300)} against ${JSON.stringify(b[at]).slice(0, 300)}` };
}

export async function runOne(file: string, files: string[], baseline: Baseline, limits: Partial<Limits>, seed: number): Promise<Outcome> {
  const before = new Set(tempFolders());
  let opened: OpenedFile | undefined;
  let stage = 'open';
  let reads = 0;
  let outcome: Outcome | undefined;
  try {
    opened = await openFile(file, { limits });
    stage = 'inspect';
    inspectText(inspectJson(opened));
    stage = 'diff';
    const pairs: [DefinitionModel | undefined, ArtifactModel | undefined][] = [
      [opened.definition, baseline.artifact], [baseline.definition, opened.artifact], [opened.definition, opened.artifact],
    ];
    for (const [d, a] of pairs) {
      if (!d || !a) continue;
      const report = diff(d, a);
      stage = 'render';
      renderText(report, { color: true });
      renderMarkdown(report);
      JSON.stringify(report);
      stage = 'diff';
    }
    stage = 'read';
    if (opened.artifact) {
      for (const v of pickVariables(opened.artifact, seed)) {
        try {
          const data = await opened.artifact.read(v);
          const count = v.shape.reduce((x, y) => x * y, 1);
          if (v.dtype !== 'string' && data.length !== count) {
            outcome = { status: 'broken', invariant: 'read-length', detail: `${v.path}: ${data.length} values for shape [${v.shape.join(', ')}]`, stage };
            break;
          }
          reads++;
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          const o = checkInputError(err, files, stage);
          if (o.status === 'broken') {
            outcome = o;
            break;
          }
        }
      }
    }
  } catch (err) {
    outcome = err instanceof InputError
      ? checkInputError(err, files, stage)
      : { status: 'broken', invariant: 'non-input-error', detail: describe(err), stage };
  }
  try {
    stage = 'close';
    await opened?.artifact?.close();
  } catch (err) {
    outcome ??= { status: 'broken', invariant: 'close-failed', detail: describe(err), stage };
  }
  if (/\.(h5|hdf5)$/i.test(file) && outcome?.status !== 'broken') {
    const { disagreement } = await parsedWalkAgrees(file);
    if (disagreement) outcome = { status: 'broken', invariant: 'parsed-walk-disagrees', detail: disagreement, stage: 'walks' };
  }
  const left = tempFolders().filter((n) => !before.has(n));
  if (left.length && outcome?.status !== 'broken') {
    outcome = { status: 'broken', invariant: 'temp-left-behind', detail: `left in ${os.tmpdir()}: ${left.join(', ')}`, stage: 'close' };
  }
  return outcome ?? { status: 'ok', reads };
}
