// The diff's public vocabulary: options in, report out. Findings have their own module (findings.ts).
import type { ArtifactFormat, DefinitionModel, KerasGeneration } from '../model/types.js';
import type { Finding, ReportHint, Severity } from './findings.js';
import type { VariablePair } from './pairing.js';

/**
 * How the real loader pairs saved weights with the model's variables.
 * - `order`: legacy HDF5, `load_weights(path)`: weighted layers by position.
 * - `name`: legacy HDF5, `load_weights(path, by_name=True)`: layers by name, the rest silently skipped.
 * - `path`: Keras 3 `.weights.h5` / sharded `.weights.json` / `.keras`: by object path and variable index.
 * - `tfjs`: `tf.loadLayersModel`: by the TF.js weight name (`layer/weight`, or `layer/index`).
 */
export type LoaderRule = 'order' | 'name' | 'path' | 'tfjs';

/** Which library does the loading; it decides wording, Keras 1 conversion and what skip_mismatch may do. */
export type Runtime = 'keras2' | 'keras3' | 'tfjs';

export interface DiffOptions {
  /** Force a pairing rule instead of the one the artifact's format implies. */
  loader?: LoaderRule;
  /** `load_weights(path, by_name=True)`: shorthand for `loader: 'name'`. */
  byName?: boolean;
  /** `load_weights(..., skip_mismatch=True)`. */
  skipMismatch?: boolean;
  /** The Keras that loads (default: Keras 3 when either side is Keras 3, tf-keras otherwise). */
  runtime?: 'keras2' | 'keras3';
  /** Model layers that may have no weights in the file (new layers, trained from scratch). */
  allowMissing?: string[];
  /** File layers that may have no place in the model (a dropped head). */
  allowUnexpected?: string[];
  /** Layers whose weights may differ in shape or count (a re-sized head). */
  allowMismatch?: string[];
  /**
   * The model config saved with the weights (full-model .h5, .keras, TF.js model.json), when it is
   * not the definition itself: compared layer by layer for config drift.
   */
  savedConfig?: DefinitionModel;
}

export interface LoaderChoice {
  rule: LoaderRule;
  runtime: Runtime;
  /** True when the rule follows from the artifact's format, false when an option forced it. */
  auto: boolean;
  /** One sentence: why this rule. */
  reason: string;
  /** The call weightgate simulates, in the user's terms. */
  call: string;
  skipMismatch: boolean;
}

export interface Coverage {
  /** Expected variables that pair with a saved variable of a compatible shape. */
  matched: number;
  /** Variables the model expects (layers of unknown class contribute none). */
  expected: number;
  /** Variables the file holds (optimizer state excluded). */
  saved: number;
  /** Weighted model layers whose every variable matched, of all weighted model layers. */
  layersMatched: number;
  layersExpected: number;
  /** Layers of unknown class, whose variables could not be checked. */
  layersUnchecked: number;
}

export type Verdict = 'compatible' | 'warnings' | 'incompatible';

export interface DiffReport {
  schemaVersion: 1;
  definition: { source: string; format: string; generation: KerasGeneration; name: string; className: string };
  artifact: { source: string; format: ArtifactFormat; label: string; generation: KerasGeneration; kerasVersion?: string };
  loader: LoaderChoice & {
    /** How layers were lined up when the loader itself would stop early (layer count mismatch). */
    alignment?: string;
  };
  /** Every difference, in the order the loader meets them. */
  findings: Finding[];
  /** Patterns across findings, with a suggested next step. */
  hints: ReportHint[];
  coverage: Coverage;
  /** What the real loader raises, as it would word it; null when it loads. */
  loaderError: string | null;
  /** Derived from `findings` on every read, so it cannot disagree with them. */
  readonly verdict: Verdict;
  readonly counts: Record<Severity, number>;
  /** Which saved variable the loader puts into which expected one (not serialised). */
  readonly pairs: readonly VariablePair[];
}
