// Findings as data: one interface per kind, a union on `code`. Detection builds `Issue`s (no wording);
// messages.ts turns each into a sentence, and the report carries the worded `Finding`.
import type { ArtifactFormat, DType, Shape } from '../model/types.js';
import type { LoaderRule } from './diff-report.js';

export type Severity = 'error' | 'warning' | 'info';

/** A variable as listed in a finding: its name (or path) and shape. */
export interface VarRef {
  name: string;
  shape: Shape;
}

export type AllowedBy = 'allowMissing' | 'allowUnexpected' | 'allowMismatch';

interface IssueBase {
  severity: Severity;
  /** The model layer concerned; the file's layer name when the model has none. */
  layer: string;
  /** The weight concerned (scoped path such as `conv1/kernel`), when the finding is about one weight. */
  weight?: string;
  /** True when the real loader raises on this difference (as opposed to loading something silently off). */
  raises: boolean;
  /** Set when a selective-loading option accepted the difference. */
  allowedBy?: AllowedBy;
  /** skip_mismatch=True: the loader warns and leaves the weight (or object) at its initial value. */
  skipped?: true;
}

export interface LayerCountMismatch extends IssueBase {
  code: 'layer-count-mismatch';
  expectedLayers: number;
  savedLayers: number;
  /** How weightgate lined up the rest to report per-layer differences anyway. */
  alignedByName: number;
  alignedByShape: number;
  alignedByOrder: number;
  /** Layers of unknown class the file could not place, so not counted (they might own weights). */
  unknownLayers?: number;
  /** Unknown-class layers the file does not list, counted the way the file's layers of the same class are. */
  assumedByClass?: { layer: string; className: string; ownsWeights: boolean }[];
}

export interface WeightCountMismatch extends IssueBase {
  code: 'weight-count-mismatch';
  rule: LoaderRule;
  /** Keras' `#k`: index among weighted layers (order), in the file's layer_names (name). */
  position: number;
  savedLayer: string;
  /** Keras 3 object (path rule): its path and the name Keras prints. */
  objectPath?: string;
  objectName?: string;
  objectClass?: string;
  expectedVars: VarRef[];
  savedVars: VarRef[];
}

export interface ShapeMismatch extends IssueBase {
  code: 'shape-mismatch';
  rule: LoaderRule;
  weight: string;
  position: number;
  savedLayer: string;
  /** The saved variable's own name (`conv1/kernel:0`, `vars/0`, a TF.js manifest name). */
  savedName: string;
  objectPath?: string;
  objectName?: string;
  objectClass?: string;
  expectedShape: Shape;
  savedShape: number[];
  dtype: DType;
}

export interface DtypeMismatch extends IssueBase {
  code: 'dtype-mismatch';
  weight: string;
  savedLayer: string;
  expectedDtype: DType;
  savedDtype: DType;
  /** How the bytes are stored when that differs from `savedDtype` (TF.js quantisation, float16 storage). */
  storedDtype?: DType;
  quantization?: string;
  lossy: boolean;
  /** The file's HDF5 type when Keras cannot load a variable from it at all (`compound`, `vlen`, `float128`, …): an error. */
  unsupported?: string;
}

export interface MissingWeights extends IssueBase {
  code: 'missing-weights';
  rule: LoaderRule;
  expectedVars: VarRef[];
  /** Keras 3 object (path rule). */
  objectPath?: string;
  objectName?: string;
  objectClass?: string;
  /** TF.js: how many weights are unset in total, for tfjs' own aggregated message. */
  unsetTotal?: number;
  unsetNames?: string[];
  totalWeights?: number;
}

export interface UnexpectedWeights extends IssueBase {
  code: 'unexpected-weights';
  rule: LoaderRule;
  savedLayer: string;
  savedPath: string;
  savedVars: VarRef[];
  /** Legacy `top_level_model_weights`: Keras checks these separately and raises. */
  topLevel?: boolean;
}

export interface NameMismatch extends IssueBase {
  code: 'name-mismatch';
  rule: LoaderRule;
  position: number;
  savedLayer: string;
  objectPath?: string;
  /** The two layers trade weights: each gets the other's. */
  swappedWith?: string;
  /** A longer cycle of layers each getting the next one's weights. */
  cycle?: string[];
  /** The names differ only by Keras' auto-numbering suffix (`dense_1` vs `dense_3`). */
  autoNumbered: boolean;
}

export interface UnknownLayerClass extends IssueBase {
  code: 'unknown-layer-class';
  className: string;
  /** What the file holds for this layer; empty when nothing. */
  savedVars: VarRef[];
  savedLayer?: string;
  /** Why the variables are unknown, when it is not simply an unknown class. */
  why?: string;
}

export interface WeightsConverted extends IssueBase {
  code: 'weights-converted';
  className: string;
  savedLayer: string;
  from: number;
  to: number;
  conversion: string;
}

/** tf-keras' `preprocess_weights_for_loading` raises on these arrays before assigning any. */
export interface WeightsRefused extends IssueBase {
  code: 'weights-refused';
  className: string;
  savedLayer: string;
  kerasMessage: string;
  savedVars: VarRef[];
}

/** A variable whose dtype the file does not record, read as the dtype a config gives it. */
export interface DtypeInferred extends IssueBase {
  code: 'dtype-inferred';
  weight: string;
  savedLayer: string;
  dtype: DType;
  /** What said so: the file's model_config, or the definition. */
  from: string;
}

/** A config key the definition omits, and the default the loading Keras gives it. */
export interface ConfigDefault extends IssueBase {
  code: 'config-default';
  key: string;
  explanation: string;
}

/**
 * The definition computes differently from the model saved with the weights, while every weight
 * still fits: an activation, an epsilon, a stride, the wiring (src/diff/config-drift.ts).
 */
export interface ConfigDriftIssue extends IssueBase {
  code: 'config-drift';
  /** The config key (`epsilon`, `layer.activation`), or `class`, `inputs`, `position`, `dtype_policy`, `layer`. */
  field: string;
  /** The definition's value and the saved model's, as Python prints them. */
  definitionValue: string;
  savedValue: string;
}

/**
 * The model's outputs on the stored snapshot inputs are no longer the stored outputs: the behaviour
 * changed while the structure may be the same (src/check/snapshots.ts adds it after the smoke run).
 */
export interface OutputsChanged extends IssueBase {
  code: 'outputs-changed';
  /** The output's name (`layer` is it too). */
  output: string;
  /** Set when the outputs could not be compared at all (the model no longer takes the stored inputs, an output is gone). */
  reason?: string;
  maxAbsDiff?: number;
  meanAbsDiff?: number;
  relativeError?: number;
  /** Share of samples whose predicted class is unchanged, for outputs with a class axis. */
  top1Agreement?: number;
  atol: number;
  rtol: number;
  /** The snapshot file, relative to the config. */
  snapshot: string;
}

export interface OptimizerState extends IssueBase {
  code: 'optimizer-state';
  count: number;
}

export interface NamesUnrecorded extends IssueBase {
  code: 'names-unrecorded';
}

export interface LoaderUnsupported extends IssueBase {
  code: 'loader-unsupported';
  requested: LoaderRule;
  format: ArtifactFormat;
  source: string;
  /** The specific refusal: by_name on a Keras 3 file, skip_mismatch without by_name in tf-keras, … */
  reason: 'by-name-keras3' | 'skip-mismatch-keras2' | 'skip-mismatch-tfjs' | 'rule-needs-other-format';
  usedRule: LoaderRule;
}

export interface DuplicateWeightName extends IssueBase {
  code: 'duplicate-weight-name';
  key: string;
}

export type Issue =
  | LayerCountMismatch
  | WeightCountMismatch
  | ShapeMismatch
  | DtypeMismatch
  | MissingWeights
  | UnexpectedWeights
  | NameMismatch
  | UnknownLayerClass
  | WeightsConverted
  | WeightsRefused
  | ConfigDefault
  | ConfigDriftIssue
  | OutputsChanged
  | DtypeInferred
  | OptimizerState
  | NamesUnrecorded
  | LoaderUnsupported
  | DuplicateWeightName;

export type FindingCode = Issue['code'];

type Worded<I> = I extends Issue
  ? Omit<I, 'weight'> & {
      message: string;
      /** The weight concerned, or null when the finding is about a whole layer or the file. */
      weight: string | null;
      /** What the model expects and what the file holds, for table cells. */
      expected: string;
      actual: string;
      /** weightgate's own words after a quoted Keras message (what it means, what was allowed). */
      note?: string;
      /** A next step, when the pattern is clear. */
      hint?: string;
    }
  : never;

/** A worded issue, as the report carries it. Still a union on `code`. */
export type Finding = Worded<Issue>;

/** Cross-finding patterns, each with the layers it concerns. */
export type Hint =
  | { kind: 'head-changed'; layers: string[]; expectedUnits?: number; savedUnits?: number; rule: LoaderRule; skipMismatch: boolean }
  | { kind: 'rename-map'; layers: string[]; map: Record<string, string>; autoNumbered: boolean }
  | { kind: 'layers-swapped'; layers: string[] }
  | { kind: 'by-name-matched-nothing'; layers: string[] }
  | { kind: 'model-name-prefix'; layers: string[]; prefix: string; count: number; isModelName: boolean }
  | { kind: 'shifted-paths'; layers: string[]; moves: { layer: string; savedLayer: string; objectPath?: string }[] }
  | { kind: 'lossy-cast'; layers: string[]; casts: { from: DType; to: DType; count: number; quantized: boolean }[] };

export type ReportHint = Hint & { message: string };

/** A next step attached to one finding. */
export type IssueHint =
  | { kind: 'transposed'; axes: number[] }
  | { kind: 'flatten-input'; expectedIn: number | null; savedIn: number; flatten: string }
  | { kind: 'needs-tf-keras'; className: string; conversion: string };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityRank(s: Severity): number {
  return RANK[s];
}
