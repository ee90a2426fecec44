// Where the read-only shared corpora live, and a skip reason when they are absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED = path.resolve(import.meta.dirname, '../../../shared');
export const HAVE_SHARED = existsSync(path.join(SHARED, 'keras3-corpus', 'manifest.json'));
export const SKIP_SHARED = HAVE_SHARED ? false : `../shared is not present (looked in ${SHARED}); corpus tests skipped`;

export function shared(...parts: string[]): string {
  return path.join(SHARED, ...parts);
}

export function manifest(corpus: 'keras3-corpus' | 'keras3-modern'): any {
  return JSON.parse(readFileSync(shared(corpus, 'manifest.json'), 'utf8'));
}
