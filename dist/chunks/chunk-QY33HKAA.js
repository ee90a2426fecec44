import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  assignmentsFromDiff,
  smokeBlocker
} from "./chunk-U3R6WRKJ.js";
import {
  smokeIsolated
} from "./chunk-QVDRMJ3H.js";

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

export {
  smokePair
};
