// Every sentence the diff produces, in one place. Where Keras (or TF.js) says something, the message is
// its text verbatim, quirks included (Keras 3's `(named dense)for weight` has no space); weightgate's own
// explanation goes to `note`. Detection never words anything.
import { percent as pct, significant as sig } from '../text/numbers.js';
import type { ArtifactFormat } from '../model/types.js';
import type {
  ConfigDriftIssue, Hint, Issue, IssueHint, LayerCountMismatch, LoaderUnsupported, MissingWeights, NameMismatch, ShapeMismatch,
  UnexpectedWeights, VarRef, WeightCountMismatch,
} from './findings.js';
import { plural, withArticle } from '../text/grammar.js';
import { FORMAT_NAMES } from '../text/format-names.js';
import { jsShape, pyList, pyShape } from './shapes.js';
import type { LoaderRule, Runtime } from './diff-report.js';

export interface MessageContext {
  rule: LoaderRule;
  runtime: Runtime;
  skipMismatch: boolean;
}

// ---- the loader ------------------------------------------------------------------------------

// Every format id has its words in text/format-names.ts (a new ArtifactFormat without them fails to compile).
const FORMAT_WORDS: Readonly<Record<ArtifactFormat, string>> = FORMAT_NAMES;

const RULE_TEXT: Record<LoaderRule, string> = {
  order: 'load_weights(path) pairs the layers that own weights by position; names are ignored',
  name: 'load_weights(path, by_name=True) pairs layers by name and silently skips layers found on one side only',
  path: 'load_weights pairs each variable by the object path Keras derives from the model (layers/<class>[_N]/vars/<i>); layer names are not used',
  tfjs: 'tf.loadLayersModel pairs each weight by its TF.js name (layer/weight, or layer/index for Keras 3 exports)',
};

export function loaderReason(c: {
  rule: LoaderRule; runtime: Runtime; auto: boolean; requested?: LoaderRule; format: ArtifactFormat; formatLabel: string; skipMismatch: boolean;
}): string {
  const who = c.runtime === 'keras2' ? 'tf-keras' : c.runtime === 'keras3' ? 'Keras 3' : 'TF.js';
  // The label names the format in words (with its producer); the id stays in the JSON's `format`.
  const why = c.auto
    ? c.formatLabel
    : c.requested === c.rule
      ? `${c.requested} rule requested for ${c.formatLabel}`
      : `${c.requested} rule requested, but no loader applies it to ${c.formatLabel}; using the rule its loader applies`;
  const skip = c.skipMismatch
    ? c.rule === 'path'
      ? '; skip_mismatch=True: objects that fail keep their initial values, with a warning'
      : c.runtime === 'keras3' || c.rule === 'name'
        ? '; skip_mismatch=True: mismatched weights are skipped with a warning'
        : ''
    : '';
  return `${why}: ${who} ${RULE_TEXT[c.rule]}${skip}.`;
}

// ---- findings --------------------------------------------------------------------------------

const LISTED = 8;

function varList(vars: readonly VarRef[]): string {
  const shown = vars.slice(0, LISTED).map((v) => `${v.name} ${pyShape(v.shape)}`).join(', ');
  return vars.length > LISTED ? `${shown}, … (${vars.length - LISTED} more)` : shown;
}

/** The variable name tf-keras prints (`dense/kernel:0`). */
function keras2Name(path: string): string {
  return /:\d+$/.test(path) ? path : `${path}:0`;
}

function shapeMessage(i: ShapeMismatch, c: MessageContext): string {
  const exp = pyShape(i.expectedShape);
  const got = pyShape(i.savedShape);
  const skipped = i.skipped;
  switch (i.rule) {
    case 'tfjs':
      return `Shape mismatch: ${jsShape(i.expectedShape)} vs. ${jsShape(i.savedShape)}`;
    case 'path':
      return `The shape of the target variable and the shape of the target value in \`variable.assign(value)\` must match. variable.shape=${exp}, Received: value.shape=${got}. Target variable: <Variable path=${i.weight}, shape=${exp}, dtype=${i.dtype}, value=…>`;
    case 'order':
    case 'name':
      if (c.runtime === 'keras2') {
        if (i.rule === 'order') {
          return `Cannot assign value to variable ' ${keras2Name(i.weight)}': Shape mismatch.The variable shape ${exp}, and the assigned value shape ${got} are incompatible.`;
        }
        return skipped
          ? `Skipping loading weights for layer #${i.position} (named ${i.layer}) due to mismatch in shape for weight ${keras2Name(i.weight)}. Weight expects shape ${exp}. Received saved weight with shape ${got}`
          : `Shape mismatch in layer #${i.position} (named ${i.layer}) for weight ${keras2Name(i.weight)}. Weight expects shape ${exp}. Received saved weight with shape ${got}`;
      }
      // Keras 3 `_set_weights`: adjacent f-strings without a space, quoted as Keras prints them.
      return skipped
        ? `Skipping loading weights for layer #${i.position} (named ${i.layer})due to mismatch in shape for weight ${i.weight}. Weight expects shape ${exp}. Received saved weight with shape ${got}`
        : `Shape mismatch in layer #${i.position} (named ${i.layer})for weight ${i.weight}. Weight expects shape ${exp}. Received saved weight with shape ${got}`;
  }
}

function countMessage(i: WeightCountMismatch): string {
  const n = i.expectedVars.length;
  const m = i.savedVars.length;
  switch (i.rule) {
    case 'order':
      return `Weight count mismatch for layer #${i.position} (named ${i.layer} in the current model, ${i.savedLayer} in the save file). Layer expects ${n} weight(s). Received ${m} saved weight(s)`;
    case 'name':
      return i.skipped
        ? `Skipping loading of weights for layer #${i.position} (named ${i.layer}) due to mismatch in number of weights. Layer expects ${n} weight(s). Received ${m} saved weight(s)`
        : `Weight count mismatch for layer #${i.position} (named ${i.layer}). Layer expects ${n} weight(s). Received ${m} saved weight(s)`;
    default:
      return kerasVariableCount(i.objectName ?? i.layer, i.expectedVars, m);
  }
}

function kerasVariableCount(name: string, expected: readonly VarRef[], received: number): string {
  return `Layer '${name}' expected ${expected.length} variables, but received ${received} variables during loading. Expected: ${pyList(expected.map((v) => v.name.split('/').pop() ?? v.name))}`;
}

function missingMessage(i: MissingWeights): string {
  const n = i.expectedVars.length;
  switch (i.rule) {
    case 'path':
      return kerasVariableCount(i.objectName ?? i.layer, i.expectedVars, 0);
    case 'tfjs':
      return `${i.unsetTotal ?? n} of ${i.totalWeights ?? n} weights are not set: ${(i.unsetNames ?? i.expectedVars.map((v) => v.name)).join(',')}`;
    case 'name':
      return `The file has no layer named '${i.layer}': load_weights(by_name=True) skips it silently, so its ${plural(n, 'weight')} (${varList(i.expectedVars)}) keep their random initial values.`;
    case 'order':
      return `'${i.layer}' owns ${plural(n, 'weight')} (${varList(i.expectedVars)}) but no layer of the file lines up with it.`;
  }
}

function unexpectedMessage(i: UnexpectedWeights): string {
  const n = i.savedVars.length;
  if (i.topLevel) {
    return i.rule === 'name'
      ? `Weight count mismatch for top-level weights of model. Model expects 0 top-level weight(s). Received ${n} saved top-level weight(s)`
      : `Weight count mismatch for top-level weights when loading weights from file. Model expects 0 top-level weight(s). Received ${n} saved top-level weight(s)`;
  }
  switch (i.rule) {
    case 'tfjs':
      return `Provided weight data has no target variable: ${i.savedVars[0]?.name ?? i.savedLayer}`;
    case 'path':
      return `Nothing in the model lives at ${i.savedPath} (the file's '${i.savedLayer}'): Keras never reads its ${plural(n, 'variable')} (${varList(i.savedVars)}).`;
    case 'name':
      return `No model layer is named '${i.savedLayer}': load_weights(by_name=True) ignores its ${plural(n, 'weight')} (${varList(i.savedVars)}) silently.`;
    case 'order':
      return `The file's '${i.savedLayer}' (${varList(i.savedVars)}) lines up with no layer of the model.`;
  }
}

function where(i: NameMismatch): string {
  return i.rule === 'path' ? `both at ${i.objectPath}` : `weighted layer #${i.position}, paired by position`;
}

function nameMessage(i: NameMismatch): string {
  if (i.swappedWith) {
    return `'${i.layer}' receives the weights the file saved for '${i.savedLayer}' (${where(i)}), and '${i.swappedWith}' those saved for '${i.layer}': the two layers are swapped. Their shapes agree, so Keras raises nothing.`;
  }
  if (i.cycle) {
    return `'${i.layer}' receives the weights the file saved for '${i.savedLayer}' (${where(i)}): layers ${i.cycle.map((n) => `'${n}'`).join(' → ')} each receive the next one's weights.`;
  }
  if (i.autoNumbered) {
    return `'${i.layer}' receives the weights the file saved as '${i.savedLayer}' (${where(i)}); the names differ only by Keras' auto-numbering.`;
  }
  return `'${i.layer}' receives the weights the file saved as '${i.savedLayer}' (${where(i)}): a renamed layer, or a different one?`;
}

function unsupportedMessage(i: LoaderUnsupported): string {
  switch (i.reason) {
    case 'by-name-keras3':
      return `\`by_name\` only supports loading legacy '.h5' or '.hdf5' files. Received: ${i.source}`;
    case 'skip-mismatch-keras2':
      return 'When calling model.load_weights, skip_mismatch can only be set to True when by_name is True.';
    case 'skip-mismatch-tfjs':
      return 'skip_mismatch has no TF.js counterpart (tf.loadLayersModel checks every shape even with strict=false); weightgate ignored it.';
    case 'rule-needs-other-format':
      return `No loader pairs ${withArticle(FORMAT_WORDS[i.format])} by the ${i.requested} rule; weightgate applied the ${i.usedRule} rule, which its loader uses.`;
  }
}

export function describe(i: Issue, c: MessageContext): string {
  switch (i.code) {
    case 'layer-count-mismatch':
      return `Layer count mismatch when loading weights from file. Model expected ${i.expectedLayers} layers, found ${i.savedLayers} saved layers.`;
    case 'weight-count-mismatch':
      return countMessage(i);
    case 'shape-mismatch':
      return shapeMessage(i, c);
    case 'dtype-mismatch':
      if (i.unsupported) return `${i.weight} (layer '${i.layer}'): the file stores it as HDF5 ${i.unsupported} data, which Keras cannot load into a variable (it needs numbers, here ${i.expectedDtype}).`;
      if (c.rule === 'tfjs' && i.raises) return `dtype of the new value (${i.savedDtype}) and previous value (${i.expectedDtype}) must match`;
      if (i.quantization) {
        return `${i.weight} is stored quantised (${i.quantization}) and decoded to ${i.savedDtype}: the values only approximate the originals.`;
      }
      return `${i.weight}: the file holds ${i.savedDtype}${i.storedDtype ? ` (stored as ${i.storedDtype})` : ''}, the model's variable is ${i.expectedDtype}; ${c.runtime === 'tfjs' ? 'TF.js' : 'Keras'} casts it silently on load${i.lossy ? ', and the cast loses precision' : ''}.`;
    case 'missing-weights':
      return missingMessage(i);
    case 'unexpected-weights':
      return unexpectedMessage(i);
    case 'name-mismatch':
      return nameMessage(i);
    case 'unknown-layer-class':
      return `'${i.layer}' is ${withArticle(i.className)}, ${i.why ?? 'a class weightgate does not know'}, so its weights cannot be checked. The file holds ${i.savedVars.length ? varList(i.savedVars) : 'nothing'} for it${i.savedLayer && i.savedLayer !== i.layer ? ` (as '${i.savedLayer}')` : ''}.`;
    case 'weights-converted':
      return `tf-keras converts the saved weights of '${i.layer}' (${i.className}) before loading (preprocess_weights_for_loading): ${i.conversion}. weightgate compares the converted shapes, and the smoke run loads the converted values.`;
    case 'weights-refused':
      return i.kerasMessage;
    case 'config-default':
      return i.explanation;
    case 'config-drift':
      return driftMessage(i);
    case 'outputs-changed':
      return `${i.reason === undefined
        ? `Output '${i.output}' moved from the snapshot: max |Δ| ${sig(i.maxAbsDiff ?? 0)}, mean |Δ| ${sig(i.meanAbsDiff ?? 0)}, relative ${sig(i.relativeError ?? 0)}`
          + `${i.top1Agreement === undefined ? '' : `, top-1 class unchanged on ${pct(i.top1Agreement)} of samples`} (allowed ${tol(i.atol)} + ${tol(i.rtol)}·|snapshot|).`
        : `The snapshot cannot be replayed: ${i.reason}.`} If the change is intended, record it again: npx weightgate check -u, and commit the snapshot.`;
    case 'dtype-inferred':
      return `${i.weight}: stored as 2-byte opaque data with no dtype attribute (how h5py stores bfloat16); read as ${i.dtype} because ${i.from} says so (inferred).`;
    case 'optimizer-state':
      return `The file also holds optimizer state (${plural(i.count, 'variable')}); it is never part of compatibility and inference does not need it.`;
    case 'names-unrecorded':
      return 'The file does not record layer names (Keras before 3.6 wrote none), so weightgate cannot tell whether two layers of the same class and shapes traded places.';
    case 'loader-unsupported':
      return unsupportedMessage(i);
    case 'duplicate-weight-name':
      return `Duplicate weight name: ${i.key}`;
  }
}

/** How to make the real loader accept an allowed difference it would otherwise raise on. */
function escapeHatch(c: MessageContext): string {
  switch (c.rule) {
    case 'order':
      return 'load_weights(path) itself still raises here: load with by_name=True (and skip_mismatch=True for resized layers)';
    case 'name':
    case 'path':
      return 'load_weights itself still raises here unless you pass skip_mismatch=True';
    case 'tfjs':
      return 'tf.loadLayersModel itself still raises here: set the weights of this layer yourself';
  }
}

/** weightgate's words after a quoted Keras message, or null. */
export function noteFor(i: Issue, c: MessageContext): string | null {
  const parts: string[] = [];
  if (i.code === 'layer-count-mismatch') parts.push(alignmentNote(i));
  if (i.code === 'loader-unsupported' && i.reason === 'by-name-keras3') parts.push('weightgate paired the layers by the names the file records, to show what would differ.');
  if (i.code === 'missing-weights' && i.rule === 'path' && i.objectPath) parts.push(`The file has no variables at ${i.objectPath}.`);
  if (i.code === 'unexpected-weights' && i.rule === 'tfjs' && i.savedVars.length > 1) parts.push(`${plural(i.savedVars.length, 'weight')} under '${i.savedLayer}' have no target.`);
  if (i.skipped) {
    parts.push(c.rule === 'path'
      ? 'skip_mismatch=True: Keras warns and the object keeps its initial values.'
      : 'skip_mismatch=True: Keras warns and this weight keeps its initial value.');
  }
  if (i.allowedBy) {
    const what = i.code === 'unexpected-weights' ? 'expected: the model does not use it' : 'expected: will be trained from scratch';
    parts.push(`Allowed by ${i.allowedBy}: ${what}.${i.raises ? ` Note: ${escapeHatch(c)}.` : ''}`);
  }
  return parts.length ? parts.join(' ') : null;
}

function alignmentNote(i: LayerCountMismatch): string {
  const unknown = i.unknownLayers
    ? ` Not counted: ${plural(i.unknownLayers, 'layer')} of unknown class that the file does not list, so whether they own weights cannot be told.`
    : '';
  const assumed = (i.assumedByClass ?? []).map((a) => ` '${a.layer}' (${a.className}, not in the file) is counted as ${a.ownsWeights ? 'owning' : 'owning no'} weights, as the file's other ${a.className} layers do.`).join('');
  return `Keras stops here.${unknown}${assumed} ${alignmentText(i)}`;
}

export function alignmentText(i: Pick<LayerCountMismatch, 'alignedByName' | 'alignedByShape' | 'alignedByOrder'>): string {
  const parts = [
    i.alignedByName ? `${i.alignedByName} by name` : '',
    i.alignedByShape ? `${i.alignedByShape} by weight shapes` : '',
    i.alignedByOrder ? `${i.alignedByOrder} by position` : '',
  ].filter(Boolean);
  return `To list every difference at once, weightgate lined up the layers ${parts.length ? parts.join(', ') : 'it could (none paired)'}; the rest have no counterpart.`;
}

// ---- table cells -------------------------------------------------------------------------------

export function expectedText(i: Issue): string {
  switch (i.code) {
    case 'layer-count-mismatch': return plural(i.expectedLayers, 'weighted layer');
    case 'weight-count-mismatch': return `${plural(i.expectedVars.length, 'weight')}: ${varList(i.expectedVars)}`;
    case 'shape-mismatch': return pyShape(i.expectedShape);
    case 'dtype-mismatch': return i.expectedDtype;
    case 'missing-weights': return varList(i.expectedVars);
    case 'unexpected-weights': return i.topLevel ? '0 top-level weights' : '—';
    case 'name-mismatch': return i.layer;
    case 'unknown-layer-class': return `${i.className} (unknown)`;
    case 'weights-converted': return plural(i.to, 'weight');
    case 'weights-refused': return i.className;
    case 'config-default': return `${i.key} unset`;
    case 'config-drift': return driftCell(i.field, i.definitionValue);
    case 'outputs-changed': return i.reason !== undefined ? 'not comparable' : `max |Δ| ${sig(i.maxAbsDiff ?? 0)}${i.top1Agreement === undefined ? '' : `, top-1 ${pct(i.top1Agreement)}`}`;
    case 'dtype-inferred': return i.dtype;
    case 'optimizer-state': return '—';
    case 'names-unrecorded': return 'recorded layer names';
    case 'loader-unsupported': return i.reason === 'skip-mismatch-keras2' ? 'by_name=True' : i.reason === 'skip-mismatch-tfjs' ? 'no skip_mismatch' : `${i.requested} rule`;
    case 'duplicate-weight-name': return 'unique weight names';
  }
}

export function actualText(i: Issue): string {
  switch (i.code) {
    case 'layer-count-mismatch': return plural(i.savedLayers, 'saved layer');
    case 'weight-count-mismatch': return `${plural(i.savedVars.length, 'weight')}${i.savedVars.length ? `: ${varList(i.savedVars)}` : ''}`;
    case 'shape-mismatch': return pyShape(i.savedShape);
    case 'dtype-mismatch': return i.unsupported ? `HDF5 ${i.unsupported}` : i.quantization ? `${i.savedDtype} (quantised ${i.quantization})` : i.storedDtype ? `${i.savedDtype} (stored ${i.storedDtype})` : i.savedDtype;
    case 'missing-weights': return 'nothing';
    case 'unexpected-weights': return varList(i.savedVars);
    case 'name-mismatch': return i.savedLayer;
    case 'unknown-layer-class': return i.savedVars.length ? varList(i.savedVars) : 'nothing';
    case 'weights-converted': return plural(i.from, 'saved weight');
    case 'weights-refused': return varList(i.savedVars);
    case 'config-default': return '—';
    case 'config-drift': return driftCell(i.field, i.savedValue);
    case 'outputs-changed': return i.snapshot;
    case 'dtype-inferred': return 'untagged 2 bytes';
    case 'optimizer-state': return plural(i.count, 'variable');
    case 'names-unrecorded': return 'none (Keras < 3.6)';
    case 'loader-unsupported': return FORMAT_WORDS[i.format];
    case 'duplicate-weight-name': return i.key;
  }
}

// ---- hints -------------------------------------------------------------------------------------

export function describeIssueHint(h: IssueHint): string {
  switch (h.kind) {
    case 'transposed':
      return `Same dimensions in another order: the layout is transposed (e.g. a PyTorch (out, in, h, w) kernel for Keras' (h, w, in, out)). np.transpose(saved, ${pyShape(h.axes)}) gives the expected layout.`;
    case 'flatten-input':
      return `This is the first Dense after Flatten ('${h.flatten}') and only its input size differs (${h.expectedIn ?? 'None'} vs ${h.savedIn}): the input size, or a layer before Flatten, changed.`;
    case 'needs-tf-keras':
      return `tf-keras would convert these ${h.className} weights before loading (preprocess_weights_for_loading: ${h.conversion}); Keras 3 does not (it assigns them as saved, and this check simulates Keras 3). Load with tf-keras (--runtime keras2), or re-save the weights from it.`;
  }
}

export function describeHint(h: Hint): string {
  switch (h.kind) {
    case 'head-changed': {
      const units = h.expectedUnits !== undefined && h.savedUnits !== undefined ? ` (${h.savedUnits} outputs in the file, ${h.expectedUnits} in the model: did the class count change?)` : '';
      const list = h.layers.join(',');
      const allow = (kind: 'missing' | 'mismatch') => `\`--allow-${kind} ${list}\` (config: \`allow: { ${kind}: [${list}] }\`)`;
      const how = h.rule === 'name'
        ? `by_name=True already leaves it at its initial values; record that it is intended with ${allow('missing')}`
        : h.skipMismatch
          ? `skip_mismatch=True already leaves it at its initial values; record that it is intended with ${allow('mismatch')}`
          : `allow it with ${allow('mismatch')} and load with skip_mismatch=True (Keras 3), or by_name=True, skip_mismatch=True (tf-keras)`;
      return `Only the head differs${units}. If that is the point (transfer learning), ${how}.`;
    }
    case 'rename-map': {
      const pairs = Object.entries(h.map).map(([from, to]) => `'${from}' → '${to}'`).join(', ');
      return h.autoNumbered
        ? `The names differ only by Keras' auto-numbering suffix (models built twice in one session drift this way). Rename map, file → model: ${pairs}. Name the layers explicitly in the code to pin them.`
        : `Same shapes under another name: the layers look renamed. Rename map, file → model: ${pairs}. Rename them back, or load by order (names play no part there).`;
    }
    case 'layers-swapped':
      return `${h.layers.map((l) => `'${l}'`).join(' and ')} trade weights: the code's layer order no longer matches the file's. Restore the order (or re-save the weights) before trusting outputs.`;
    case 'lossy-cast': {
      const casts = h.casts.map((c) => c.quantized
        ? `${plural(c.count, 'weight')} stored quantised as ${c.from}`
        : `${plural(c.count, 'weight')} narrowed from ${c.from} to ${c.to}`).join('; ');
      const avoid = h.casts.every((c) => c.quantized) ? 'Convert without quantisation to avoid it' : 'Save the weights in the model\'s dtype to avoid it';
      return `Values change on load (${casts}): outputs will differ slightly from the saved model's, so compare them with a tolerance that fits the narrower type. ${avoid}.`;
    }
    case 'shifted-paths': {
      const moves = h.moves.map((m) => `'${m.layer}' reads what the file saved for '${m.savedLayer}'${m.objectPath ? ` (${m.objectPath})` : ''}`).join('; ');
      return `Object paths shifted: Keras 3 numbers them per class in model order (layers/dense, layers/dense_1, …), so a layer added or removed earlier moves the later ones onto their neighbours' weights: ${moves}. Restore the layer, or re-save the weights from the current model.`;
    }
    case 'by-name-matched-nothing':
      return 'load_weights(by_name=True) matches none of the model\'s weighted layers: every layer keeps its random initial values. The names drifted; load by order, or rename the layers.';
    case 'model-name-prefix':
      return `${plural(h.count, 'weight name')} in the manifest start with '${h.prefix}/'${h.isModelName ? ', the model\'s own name,' : ''} and pair once it is dropped: the TensorFlow.js converter writes Keras 3 models this way and tf.loadLayersModel (TF.js 4.22) does not strip it, so nothing loads. Drop the '${h.prefix}/' prefix from the manifest's weight names (or convert from a tf-keras model).`;
  }
}

// ---- what the loader raises ------------------------------------------------------------------

export interface FailedObject {
  repr: string;
  message: string;
}

/** Keras 3 `_raise_loading_failure`: every failed object counted, the first one's error in full. */
export function kerasLoadingFailure(first: FailedObject, failed: readonly FailedObject[]): string {
  return `A total of ${failed.length} objects could not be loaded. Example error message for object ${first.repr}:\n\n${first.message}\n\nList of objects that could not be loaded:\n[${failed.map((f) => f.repr).join(', ')}]`;
}

export function objectRepr(className: string, name: string): string {
  return `<${className} name=${name}, built=True>`;
}

// ---- config drift and snapshots --------------------------------------------------------------

function driftMessage(i: ConfigDriftIssue): string {
  const silently = 'the weights load without a word, and the model computes something else than the one saved.';
  switch (i.field) {
    case 'layer':
      return i.definitionValue === 'None'
        ? `'${i.layer}' (${i.savedValue}) is in the saved model but not in the definition: ${silently}`
        : `'${i.layer}' (${i.definitionValue}) is in the definition but not in the saved model: ${silently}`;
    case 'position':
      return `'${i.layer}' is layer ${i.definitionValue} in the definition, ${i.savedValue} in the saved model (same-shaped layers traded places): ${silently}`;
    case 'class':
      return `'${i.layer}' is ${withArticle(i.definitionValue)} in the definition, ${withArticle(i.savedValue)} in the saved model: ${silently}`;
    case 'inputs':
      return `'${i.layer}' takes ${i.definitionValue} in the definition, ${i.savedValue} in the saved model: ${silently}`;
    default:
      return `${i.layer}: ${i.field} ${i.definitionValue} in the definition, ${i.savedValue} in the saved model; ${silently}`;
  }
}

function driftCell(field: string, value: string): string {
  return field === 'layer' ? value : `${field} ${value}`;
}


/** A tolerance as written in a config: 1e-6, 0.001. */
function tol(x: number): string {
  return x !== 0 && Math.abs(x) < 1e-3 ? x.toExponential() : String(x);
}

