export { addFindings, countsOf, diff, verdictOf } from './diff.js';
export { chooseLoader, autoRule } from './loader-rule.js';
export { tfjsVariableName } from './pair-tfjs.js';
export type {
  Coverage, DiffOptions, DiffReport, LoaderChoice, LoaderRule, Runtime, Verdict,
} from './diff-report.js';
export type {
  AllowedBy, Finding, FindingCode, Hint, Issue, IssueHint, ReportHint, Severity, VarRef,
} from './findings.js';
export { severityRank } from './findings.js';
export type { VariablePair } from './pairing.js';
