// How a measured difference is printed everywhere (findings, the base comparison, the artifact diff):
// four significant digits, exponent form outside [1e-3, 1e4), shares as percentages.

/** `0.5`, `3.130e-4`, `1.419`, `Infinity`. */
export function significant(x: number): string {
  if (!Number.isFinite(x) || x === 0) return String(x);
  return Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4 ? String(Number(x.toPrecision(4))) : x.toExponential(3);
}

/** A share as a percentage with at most one decimal: `75%`, `12.5%`. */
export function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}
