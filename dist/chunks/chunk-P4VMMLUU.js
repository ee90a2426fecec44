import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  assignmentsFromDiff,
  smokeBlocker
} from "./chunk-U3R6WRKJ.js";
import {
  smokeIsolated
} from "./chunk-5BOP2CPJ.js";
import {
  absDiff
} from "./chunk-UJMYRBJC.js";

// src/check/check-smoke.ts
import path from "node:path";
async function smokePair(definition, artifact, report, o = {}) {
  const blocker = smokeBlocker(report);
  if (blocker) return { status: "skipped", engine: "none", engineReason: "not started", reason: blocker, outputs: [], seconds: 0, notes: [] };
  const resolve = (p) => p ? path.resolve(o.baseDir ?? process.cwd(), p) : void 0;
  const limits = o.limits && { maxSmokeBytes: o.limits.maxSmokeBytes, smokeTimeoutMs: o.limits.smokeTimeoutMs };
  return smokeIsolated(definition, artifact, assignmentsFromDiff(definition, report), {
    engine: o.engine ?? "auto",
    ...o.inputArrays ? { input: o.inputArrays } : o.input ? { input: resolve(o.input) } : {},
    ...o.keepValues ? { keepValues: true } : {},
    ...o.batch !== void 0 ? { batch: o.batch } : {},
    ...o.expected ? { expected: resolve(o.expected) } : {},
    ...o.atol !== void 0 ? { atol: o.atol } : {},
    ...o.rtol !== void 0 ? { rtol: o.rtol } : {},
    ...o.seed !== void 0 ? { seed: o.seed } : {},
    ...o.dimDefault !== void 0 ? { dimDefault: o.dimDefault } : {},
    ...limits ? { limits } : {}
  });
}

// src/model/output-metrics.ts
function argmax(data, start, n) {
  let best = start;
  for (let i = start + 1; i < start + n; i++) if ((data[i] ?? -Infinity) > (data[best] ?? -Infinity)) best = i;
  return best - start;
}
function outputMetrics(actual, reference, shape, tol) {
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
  const metrics = {
    maxAbsDiff: max,
    meanAbsDiff: n ? sum / n : 0,
    relativeError: ref2 > 0 ? Math.sqrt(diff2 / ref2) : diff2 > 0 ? Infinity : 0,
    withinTolerance: outside === 0 && actual.length === reference.length,
    outside
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

export {
  smokePair,
  outputMetrics
};
