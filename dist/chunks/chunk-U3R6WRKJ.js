import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/engine/assignments.ts
function assignmentsFromDiff(definition, report) {
  const indexOf = new Map(definition.layers.flatMap((l) => l.weights.map((w, i) => [w, { layer: l.name, i }])));
  const out = [];
  for (const p of report.pairs) {
    if (!p.shapeOk) continue;
    const at = indexOf.get(p.expected);
    if (at) out.push({ layer: at.layer, weightIndex: at.i, saved: p.saved });
  }
  return out;
}
function smokeBlocker(report) {
  if (report.loaderError) return "the real loader raises on this pair, so there is no loaded model to run";
  if (!report.pairs.length) {
    const unknown = report.findings.flatMap((f) => f.code === "unknown-layer-class" ? [`'${f.layer}' (${f.className})`] : []);
    if (unknown.length) {
      const shown = unknown.slice(0, 5).join(", ") + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : "");
      return `the model's variables belong to ${shown}, whose code is not in the file (weightgate never runs model code), so there is no model to build`;
    }
    return "no saved variable pairs with the model";
  }
  return void 0;
}

export {
  assignmentsFromDiff,
  smokeBlocker
};
