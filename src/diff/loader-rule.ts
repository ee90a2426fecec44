// Which loader the artifact meets in real life, the way Keras' `saving_api.load_weights` dispatches,
// and what happens when an option forces another one.
import path from 'node:path';
import type { ArtifactFormat, ArtifactModel, DefinitionModel } from '../model/types.js';
import type { LoaderUnsupported } from './findings.js';
import { loaderReason } from './messages.js';
import type { DiffOptions, LoaderChoice, LoaderRule, Runtime } from './diff-report.js';

/** Every pairing rule, the one list the CLI (`--loader`) and the config (`loader:`) accept, besides `auto`. */
export const LOADER_RULES = ['order', 'name', 'path', 'tfjs'] as const satisfies readonly LoaderRule[];

const LEGACY: ArtifactFormat[] = ['keras-h5-full', 'keras-h5-weights'];
const KERAS3: ArtifactFormat[] = ['keras3-weights-h5', 'keras3-weights-sharded', 'keras3-archive'];

export function autoRule(format: ArtifactFormat): LoaderRule {
  if (LEGACY.includes(format)) return 'order';
  if (KERAS3.includes(format)) return 'path';
  return 'tfjs';
}

/** Rules a real loader can apply to this format. */
function rulesFor(format: ArtifactFormat): LoaderRule[] {
  if (LEGACY.includes(format)) return ['order', 'name'];
  if (KERAS3.includes(format)) return ['path'];
  return ['tfjs'];
}

function requestedRule(options: DiffOptions): LoaderRule | undefined {
  return options.loader ?? (options.byName ? 'name' : undefined);
}

/** The rule weightgate actually runs: a forced rule that cannot be simulated falls back to the format's own. */
function usedRule(format: ArtifactFormat, requested: LoaderRule | undefined): LoaderRule {
  if (!requested) return autoRule(format);
  if (rulesFor(format).includes(requested)) return requested;
  // by_name on a Keras 3 file raises in Keras, but pairing by the recorded names still says what would differ.
  if (requested === 'name' && KERAS3.includes(format)) return 'name';
  return autoRule(format);
}

function runtimeFor(rule: LoaderRule, artifact: ArtifactModel, definition: DefinitionModel | undefined, options: DiffOptions): Runtime {
  if (rule === 'tfjs') return 'tfjs';
  if (rule === 'path') return 'keras3';
  if (options.runtime) return options.runtime;
  return artifact.generation === 3 || definition?.generation === 3 ? 'keras3' : 'keras2';
}

function callFor(rule: LoaderRule, artifact: ArtifactModel, skipMismatch: boolean): string {
  const file = path.basename(artifact.source);
  if (rule === 'tfjs') return `tf.loadLayersModel('${file}')`;
  const args = [`'${file}'`];
  if (rule === 'name') args.push('by_name=True');
  if (skipMismatch) args.push('skip_mismatch=True');
  return `model.load_weights(${args.join(', ')})`;
}

export function chooseLoader(artifact: ArtifactModel, options: DiffOptions = {}, definition?: DefinitionModel): LoaderChoice {
  const requested = requestedRule(options);
  const rule = usedRule(artifact.format, requested);
  const runtime = runtimeFor(rule, artifact, definition, options);
  const skipMismatch = Boolean(options.skipMismatch) && rule !== 'tfjs';
  const auto = requested === undefined;
  return {
    rule,
    runtime,
    auto,
    skipMismatch,
    call: callFor(rule, artifact, skipMismatch),
    reason: loaderReason({ rule, runtime, auto, requested, format: artifact.format, formatLabel: artifact.formatLabel, skipMismatch }),
  };
}

/** Refusals the real loader makes before pairing anything. */
export function loaderRefusals(choice: LoaderChoice, artifact: ArtifactModel, options: DiffOptions): LoaderUnsupported[] {
  const out: LoaderUnsupported[] = [];
  const requested = requestedRule(options);
  const base = { layer: '', format: artifact.format, source: path.basename(artifact.source), usedRule: choice.rule };
  if (requested && !rulesFor(artifact.format).includes(requested)) {
    const byNameKeras3 = requested === 'name' && KERAS3.includes(artifact.format);
    out.push({
      ...base,
      code: 'loader-unsupported',
      severity: byNameKeras3 ? 'error' : 'warning',
      raises: byNameKeras3,
      requested,
      reason: byNameKeras3 ? 'by-name-keras3' : 'rule-needs-other-format',
    });
  }
  if (options.skipMismatch && choice.rule === 'tfjs') {
    out.push({ ...base, code: 'loader-unsupported', severity: 'warning', raises: false, requested: 'tfjs', reason: 'skip-mismatch-tfjs' });
  }
  if (options.skipMismatch && choice.rule === 'order' && choice.runtime === 'keras2') {
    out.push({ ...base, code: 'loader-unsupported', severity: 'error', raises: true, requested: 'order', reason: 'skip-mismatch-keras2' });
  }
  return out;
}
