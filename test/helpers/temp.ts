// TEST HELPER: temp folders that remove themselves, after the test (or the file, when made at the
// top level) that made them, and at process exit in any case: a file that fails while loading runs
// no hooks, and a run must not leave its folders in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

const made = new Set<string>();
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new folder `wg-<label>-XXXXXX` in os.tmpdir(), removed when the current test (or file) ends. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `wg-${label}-`));
  made.add(dir);
  after(async () => {
    await rm(dir, { recursive: true, force: true });
    made.delete(dir);
  });
  return dir;
}
