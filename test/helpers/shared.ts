// Where the read-only shared corpora live, and a skip reason when they are absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHARED = path.resolve(import.meta.dirname, '../../../shared');
export const HAVE_SHARED = existsSync(path.join(SHARED, 'keras3-corpus', 'manifest.json'));
export const SKIP_SHARED = HAVE_SHARED ? false : `../shared is not present (looked in ${SHARED}); corpus tests skipped`;

export function shared(...parts: string[]): string {
  return path.join(SHARED, ...parts);
}

/** The fields of a corpus's manifest.json (written with the corpus by real Keras) that tests read. */
export interface ManifestWeight { path: string; shape: number[]; dtype: string; trainable: boolean }
export interface ManifestModel {
  class: string;
  model_name: string;
  layers: { name: string; class: string; n_weights: number }[];
  weights: ManifestWeight[];
  files: {
    model_json: string; keras?: string; weights_h5?: string; legacy_h5?: string; legacy_weights_h5?: string;
    sharded_weights?: string[]; unzipped_dir?: string; input?: string; output?: string;
  };
}
export interface BrokenPair {
  variant: string;
  definition_file: string;
  what_differs: string;
  attempts: { call: string; outcome: string; outputs_match_base?: boolean }[];
}
export interface Manifest { models: Record<string, ManifestModel>; broken_pairs: BrokenPair[] }

export function manifest(corpus: 'keras3-corpus' | 'keras3-modern'): Manifest {
  return JSON.parse(readFileSync(shared(corpus, 'manifest.json'), 'utf8')) as Manifest;
}

/** The model's entry (the test fails when the manifest lacks it). */
export function manifestModel(corpus: 'keras3-corpus' | 'keras3-modern', model: string): ManifestModel {
  const m = manifest(corpus).models[model];
  if (!m) throw new Error(`${corpus}/manifest.json has no model ${model}`);
  return m;
}

/** The names that are there. */
export const present = (n: string | undefined): n is string => !!n;
