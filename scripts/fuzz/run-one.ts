// One fuzz input through every reader, the way the CLI and the action use them: open, inspect,
// diff against the unmutated other side, render, read a few weights, close. Returns what happened
// and which invariant broke, if any; never throws.
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { diff } from '../../src/diff/index.js';
import { openFile } from '../../src/formats/open.js';
import type { ArtifactModel, DefinitionModel, OpenedFile, SavedVariable } from '../../src/model/types.js';
import { renderMarkdown, renderText } from '../../src/report/index.js';
import { inspectJson, inspectText } from '../../src/report/inspect.js';
import { firstLine } from '../../src/report/cap.js';
import { InputError } from '../../src/sources/errors.js';
import type { Limits } from '../../src/sources/limits.js';

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
  const left = tempFolders().filter((n) => !before.has(n));
  if (left.length && outcome?.status !== 'broken') {
    outcome = { status: 'broken', invariant: 'temp-left-behind', detail: `left in ${os.tmpdir()}: ${left.join(', ')}`, stage: 'close' };
  }
  return outcome ?? { status: 'ok', reads };
}
