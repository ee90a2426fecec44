// Selective loading (transfer learning): differences the user declared intended stay in the report,
// as info, so they are seen but do not fail the verdict.
import type { AllowedBy, Issue } from './findings.js';
import type { DiffOptions } from './diff-report.js';

function allowance(i: Issue, o: DiffOptions): AllowedBy | undefined {
  const has = (list: string[] | undefined, ...names: (string | undefined)[]) => Boolean(list && names.some((n) => n !== undefined && list.includes(n)));
  switch (i.code) {
    case 'missing-weights':
      return has(o.allowMissing, i.layer) ? 'allowMissing' : undefined;
    case 'unexpected-weights':
      return has(o.allowUnexpected, i.savedLayer, i.layer) ? 'allowUnexpected' : undefined;
    case 'shape-mismatch':
    case 'weight-count-mismatch':
    case 'dtype-mismatch':
      return has(o.allowMismatch, i.layer) ? 'allowMismatch' : undefined;
    case 'name-mismatch':
      // A re-headed model renames the head too; a swap is never what the option means.
      return !i.swappedWith && !i.cycle && has(o.allowMismatch, i.layer) ? 'allowMismatch' : undefined;
    default:
      return undefined;
  }
}

export function applyAllowances(issues: readonly Issue[], options: DiffOptions): Issue[] {
  const out = issues.map((i): Issue => {
    if (i.severity === 'info') return i;
    const by = allowance(i, options);
    return by ? { ...i, severity: 'info', allowedBy: by } : i;
  });
  // The legacy count check fails because of the unpaired layers; if every one of them is allowed, so is it.
  const count = out.findIndex((i) => i.code === 'layer-count-mismatch');
  const countIssue = out[count];
  if (countIssue) {
    const causes = out.filter((i) => (i.code === 'missing-weights' || i.code === 'unexpected-weights') && !(i.code === 'unexpected-weights' && i.topLevel));
    const [cause] = causes;
    if (cause && causes.every((i) => i.allowedBy)) {
      out[count] = { ...countIssue, severity: 'info', allowedBy: cause.allowedBy };
    }
  }
  return out;
}
