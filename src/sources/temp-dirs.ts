// Every temp folder weightgate makes (a `.keras` archive's weights are extracted into one, because
// h5wasm reads files) is registered here, so that it is removed however the process ends: normally,
// on an uncaught error (`exit`), or on SIGINT / SIGTERM / SIGHUP (a cancelled CI job sends SIGTERM
// mid-read). After cleaning up on a signal the process dies of that signal, as it would have without
// us (or exits with 128 + its number), unless someone else in the process handles it.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';

const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let listening = false;

function removeAllSync(): void {
  for (const dir of live) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Nothing more can be done while the process ends.
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAllSync();
  stopListening();
  // Anyone else listening decided what this signal does; otherwise it does what it did before us.
  if (process.listenerCount(signal) > 0) return;
  process.kill(process.pid, signal);
  process.exit(128 + (os.constants.signals[signal] ?? 15));
}

function startListening(): void {
  // Signals reach only the main thread; worker threads never register folders of their own anyway.
  if (listening || !isMainThread) return;
  listening = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeAllSync);
}

function stopListening(): void {
  if (!listening) return;
  listening = false;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', removeAllSync);
}

/** A fresh private folder under the temp folder, removed on exit and on signals until `removeTempDir`. */
export async function makeTempDir(prefix = 'weightgate-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  live.add(dir);
  startListening();
  return dir;
}

/** Remove a folder made by `makeTempDir` (idempotent). */
export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  live.delete(dir);
  // With nothing left to clean, the process handles signals exactly as it would without weightgate.
  if (live.size === 0) stopListening();
}

/** The folders still registered (for tests). */
export function liveTempDirs(): string[] {
  return [...live];
}
