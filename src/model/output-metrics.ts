// How far one output moved from a reference (a snapshot, the base branch's model, Keras' own
// outputs), in the numbers a reviewer judges a change by: the largest and the mean difference, the
// relative error, and, for a classifier, how often the predicted class is still the same.
import { absDiff } from './value-diff.js';

export interface OutputMetrics {
  maxAbsDiff: number;
  meanAbsDiff: number;
  /** ‖actual − reference‖₂ / ‖reference‖₂ (0 when both are zero, Infinity when only the reference is). */
  relativeError: number;
  /**
   * Share of samples whose arg-max over the last axis agrees, for outputs with a class axis (rank ≥ 2,
   * last dimension ≥ 2); absent otherwise.
   */
  top1Agreement?: number;
  /** Every element within `atol + rtol·|reference|` (numpy.allclose's rule). */
  withinTolerance: boolean;
  /** Elements outside that bound. */
  outside: number;
}

function argmax(data: ArrayLike<number>, start: number, n: number): number {
  let best = start;
  for (let i = start + 1; i < start + n; i++) if ((data[i] ?? -Infinity) > (data[best] ?? -Infinity)) best = i;
  return best - start;
}

/**
 * `actual` against `reference`, both flat in C order with `shape`. NaN where the reference has NaN
 * is agreement; anywhere else it is an infinite difference (so it never passes as "close").
 */
export function outputMetrics(actual: ArrayLike<number>, reference: ArrayLike<number>, shape: readonly number[], tol: { atol: number; rtol: number }): OutputMetrics {
  let max = 0;
  let sum = 0;
  let diff2 = 0;
  let ref2 = 0;
  let outside = 0;
  const n = Math.min(actual.length, reference.length);
  for (let i = 0; i < n; i++) {
    const a = actual[i] ?? 0;
    const b = reference[i] ?? 0;
    const d = absDiff(a, b);
    if (d > max) max = d;
    sum += d;
    diff2 += d * d;
    if (Number.isFinite(b)) ref2 += b * b;
    if (d > tol.atol + tol.rtol * Math.abs(b)) outside++;
  }
  const metrics: OutputMetrics = {
    maxAbsDiff: max,
    meanAbsDiff: n ? sum / n : 0,
    relativeError: ref2 > 0 ? Math.sqrt(diff2 / ref2) : diff2 > 0 ? Infinity : 0,
    withinTolerance: outside === 0 && actual.length === reference.length,
    outside,
  };
  const classes = shape.at(-1) ?? 0;
  if (shape.length >= 2 && classes >= 2 && n === actual.length && n % classes === 0) {
    let agree = 0;
    const samples = n / classes;
    for (let s = 0; s < samples; s++) if (argmax(actual, s * classes, classes) === argmax(reference, s * classes, classes)) agree++;
    metrics.top1Agreement = agree / samples;
  }
  return metrics;
}
