// The entry point: choose the loader's rule, pair, apply the user's allowances, find hints, word it all.
// Synchronous and data-only: no weight values are read.
import { configDrift } from './config-drift.js';
import type { ArtifactModel, DefinitionModel } from '../model/types.js';
import { applyAllowances } from './allow.js';
import { coverageOf } from './coverage.js';
import type { Finding, Issue, IssueHint, Severity } from './findings.js';
import { findHints } from './hints.js';
import { chooseLoader, loaderRefusals } from './loader-rule.js';
import {
  actualText, describe, describeHint, describeIssueHint, expectedText, kerasLoadingFailure, noteFor, objectRepr,
  type FailedObject, type MessageContext,
} from './messages.js';
import { pairByName } from './pair-name.js';
import { pairByOrder } from './pair-order.js';
import { pairByPath } from './pair-path.js';
import { pairByTfjs } from './pair-tfjs.js';
import { modelLayers, type PairContext, type Pairing } from './pairing.js';
import type { DiffOptions, DiffReport, LoaderRule, Verdict } from './diff-report.js';

const PAIRERS: Record<LoaderRule, (ctx: PairContext) => Pairing> = {
  order: pairByOrder,
  name: pairByName,
  path: pairByPath,
  tfjs: pairByTfjs,
};

/** The verdict on a model's findings: the one rule, for a fresh report and a revived one alike. */
export function verdictOf(findings: readonly { severity: Severity }[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'incompatible';
  if (findings.some((f) => f.severity === 'warning')) return 'warnings';
  return 'compatible';
}

/** Findings per severity (DiffReport.counts). */
export function countsOf(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function word(i: Issue, c: MessageContext, hint: IssueHint | undefined): Finding {
  // Table fields first so the JSON reads well; the structured data of the kind follows.
  const { weight, severity, code, layer, ...rest } = i;
  const note = noteFor(i, c);
  return {
    severity,
    code,
    layer,
    weight: weight ?? null,
    message: describe(i, c),
    expected: expectedText(i),
    actual: actualText(i),
    ...(note ? { note } : {}),
    ...(hint ? { hint: describeIssueHint(hint) } : {}),
    ...rest,
  } as Finding;
}

/** What the real loader raises, worded as it words it; null when it loads. */
function loaderErrorOf(issues: readonly Issue[], c: MessageContext): string | null {
  const raising = issues.filter((i) => i.raises);
  const [first] = raising;
  if (!first) return null;
  const refusal = raising.find((i) => i.code === 'loader-unsupported');
  if (refusal) return describe(refusal, c);
  if (c.rule !== 'path') return describe(first, c);
  // Keras 3 collects one failure per object and raises once for all of them.
  const failed = new Map<string, FailedObject>();
  for (const i of raising) {
    if ((i.code === 'missing-weights' || i.code === 'weight-count-mismatch' || i.code === 'shape-mismatch') && i.objectPath !== undefined) {
      if (!failed.has(i.objectPath)) failed.set(i.objectPath, { repr: objectRepr(i.objectClass ?? 'Layer', i.objectName ?? i.layer), message: describe(i, c) });
    }
  }
  const [firstFailed] = failed.values();
  return firstFailed ? kerasLoadingFailure(firstFailed, [...failed.values()]) : describe(first, c);
}

/**
 * A model whose layers live in Python code (subclassed) gives nothing to pair: say what the file holds
 * instead of calling every saved variable unexpected.
 */
function pairOpaqueModel(ctx: PairContext): Pairing {
  const saved = ctx.artifact.layers.flatMap((l) => l.weights.map((v) => ({ name: `${l.name}/${v.name}`, shape: v.shape })));
  const d = ctx.definition;
  return { issues: [{ code: 'unknown-layer-class', severity: 'warning', raises: false, layer: d.name, className: d.className, savedVars: saved, why: 'a subclassed model whose layers are defined in Python code, not in the config' }], pairs: [] };
}

export function diff(definition: DefinitionModel, artifact: ArtifactModel, options: DiffOptions = {}): DiffReport {
  const loader = chooseLoader(artifact, options, definition);
  const ctx: PairContext = { definition, artifact, loader };
  const opaque = modelLayers(definition).length === 0 && artifact.layers.some((l) => l.weights.length > 0);
  const pairing = opaque ? pairOpaqueModel(ctx) : PAIRERS[loader.rule](ctx);

  let issues: Issue[] = [...loaderRefusals(loader, artifact, options), ...pairing.issues];
  if (options.savedConfig && options.savedConfig.source !== definition.source) {
    for (const d of configDrift(definition, options.savedConfig)) {
      issues.push({ code: 'config-drift', severity: 'warning', raises: false, layer: d.layer, field: d.field, definitionValue: d.expected, savedValue: d.saved });
    }
  }
  if (artifact.optimizer.length) {
    issues.push({ code: 'optimizer-state', severity: 'info', raises: false, layer: '', count: artifact.optimizer.length });
  }
  issues = applyAllowances(issues, options);

  const { perIssue, hints } = findHints(pairing, issues, ctx);
  const mc: MessageContext = { rule: loader.rule, runtime: loader.runtime, skipMismatch: loader.skipMismatch };
  const findings = issues.map((i) => word(i, mc, perIssue.get(i)));

  const report: DiffReport = {
    schemaVersion: 1,
    get verdict(): Verdict {
      return verdictOf(this.findings);
    },
    get counts(): Record<Severity, number> {
      return countsOf(this.findings);
    },
    definition: { source: definition.source, format: definition.format, generation: definition.generation, name: definition.name, className: definition.className },
    artifact: {
      source: artifact.source, format: artifact.format, label: artifact.formatLabel, generation: artifact.generation,
      ...(artifact.producer.kerasVersion ? { kerasVersion: artifact.producer.kerasVersion } : {}),
    },
    loader: { ...loader, ...(pairing.alignment ? { alignment: pairing.alignment } : {}) },
    loaderError: loaderErrorOf(issues, mc),
    coverage: coverageOf(definition, artifact, pairing.pairs),
    findings,
    hints: hints.map((h) => ({ ...h, message: describeHint(h) })),
    pairs: pairing.pairs,
  };
  // The pairing is for the engine (load exactly what Keras would load), not for the JSON report.
  Object.defineProperty(report, 'pairs', { enumerable: false });
  return report;
}

/**
 * Findings a later stage adds to a finished report (the snapshot replay's `outputs-changed`), worded
 * as the diff words its own; the verdict and counts follow, since both derive from the findings.
 */
export function addFindings(report: DiffReport, issues: readonly Issue[]): void {
  const mc: MessageContext = { rule: report.loader.rule, runtime: report.loader.runtime, skipMismatch: report.loader.skipMismatch };
  report.findings.push(...issues.map((i) => word(i, mc, undefined)));
}
