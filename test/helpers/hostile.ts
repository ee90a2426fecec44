// TEST HELPER for test/hostile-*.test.ts: a private temp folder (so `.keras` extraction folders can
// be counted without other test files' interfering), the bundled fixtures copied into it, and
// assertions for the InputError contract (names the file, says the cause and what to do).
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeZip, type ZipMember } from '../../scripts/fuzz/zip-write.js';
import { InputError, type InputErrorCause } from '../../src/sources/errors.js';
import { tempDir } from './temp.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures');

/**
 * A folder of this test process's own, also made the process's temp folder (os.tmpdir() reads
 * TMPDIR on each call), so whatever the readers extract lands here and can be checked for.
 */
export function privateTmp(label: string): { dir: string; tmp: string } {
  const dir = tempDir(label);
  if (processTmp === undefined) {
    processTmp = path.join(dir, 'tmp');
    mkdirSync(processTmp);
    process.env.TMPDIR = processTmp;
  }
  return { dir, tmp: processTmp };
}

// One per process: the hostile files share a process (scripts/run-tests.mjs, PRIVATE_TMP) and this
// folder with it, and no other file runs there. Their tests run one after another, each leaving the
// folder as it found it, which is what they check.
let processTmp: string | undefined;

/** The extraction folders the `.keras` reader has left in the temp folder. */
export function leftovers(): string[] {
  return readdirSync(os.tmpdir()).filter((n) => n.startsWith('weightgate-'));
}

/** What scripts/make-fixtures.ts writes, committed under fixtures/ (test/fixtures-current.test.ts checks they are its output). */
export const GENERATED_FIXTURES = ['models', 'weights', 'tfjs'];

/**
 * A copy of the bundled fixtures (scripts/make-fixtures.ts's output) in `dir`. Copied, not written
 * again: writing loads h5wasm in this thread, ~3 s of CPU under tsx for every test file doing it.
 */
export async function fixtures(dir: string): Promise<string> {
  const out = path.join(dir, 'fx');
  for (const d of GENERATED_FIXTURES) await cp(path.join(FIXTURES, d), path.join(out, d), { recursive: true });
  return out;
}

/** A `.keras` archive of the classifier fixture (config, metadata, weights), with `change` applied to its members. */
export async function kerasOf(fx: string, file: string, change: (m: ZipMember[]) => ZipMember[] = (m) => m): Promise<string> {
  const members: ZipMember[] = [
    { name: 'metadata.json', data: Buffer.from(JSON.stringify({ keras_version: '3.15.1', date_saved: '2026-01-01@00:00:00' })) },
    { name: 'config.json', data: await readFile(path.join(fx, 'models', 'classifier.json')) },
    { name: 'model.weights.h5', data: await readFile(path.join(fx, 'weights', 'classifier.weights.h5')) },
  ];
  await writeFile(file, writeZip(change(members)));
  return file;
}

export interface Expected {
  kind: InputErrorCause | InputErrorCause[];
  file: string;
  detail?: RegExp;
  hint?: RegExp;
}

/** Assert the InputError contract: the right kind and file, the file first in the message, a hint, no stack frames. */
export function isInputError(err: unknown, e: Expected): true {
  assert.ok(err instanceof InputError, `expected an InputError, got ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
  const kinds = Array.isArray(e.kind) ? e.kind : [e.kind];
  assert.ok(kinds.includes(err.kind), `kind ${err.kind}, expected ${kinds.join('|')}: ${err.message}`);
  assert.equal(err.file, e.file);
  assert.ok(err.message.startsWith(`${e.file}: `), err.message);
  assert.ok(err.hint && err.hint.trim().length > 0, `no hint: ${err.message}`);
  assert.equal(err.unexpected, false, `a JS error escaped a reader: ${err.message}`);
  assert.doesNotMatch(err.message, /\n\s+at .*:\d+:\d+/);
  if (e.detail) assert.match(err.detail, e.detail);
  if (e.hint) assert.match(err.hint, e.hint);
  return true;
}

export async function rejects(p: Promise<unknown>, e: Expected): Promise<void> {
  await assert.rejects(p, (err: unknown) => isInputError(err, e));
}
