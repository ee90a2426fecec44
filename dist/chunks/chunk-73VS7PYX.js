import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/text/grammar.ts
function pluralOf(noun2) {
  if (/[^aeiou]y$/i.test(noun2)) return `${noun2.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun2)) return `${noun2}es`;
  return `${noun2}s`;
}
function noun(n, singular, pluralForm = pluralOf(singular)) {
  return n === 1 ? singular : pluralForm;
}
function plural(n, singular, pluralForm) {
  return `${n} ${noun(n, singular, pluralForm)}`;
}
function isAre(n) {
  return n === 1 ? "is" : "are";
}
var VOWEL_SOUND_LETTERS = new Set("aefhilmnorsx");
var CONSONANT_SOUND = /^(uni(?![mnd])|use|usu|uti|ura|uri|ubi|eu|ewe)/i;
var ONE = /^[Oo]n(e(?![a-z])|ce)/;
var SILENT_H = /^(hour|honest|honou?r|heir)/i;
function spelledOut(word) {
  return /^[A-Z]{2}/.test(word) || /^[A-Za-z](?![A-Za-z])/.test(word);
}
function article(word) {
  const w = word.trim().replace(/^['"`(]+/, "");
  if (!w) return "a";
  if (/^\d/.test(w)) return /^(8|11(?!\d)|18(?!\d)|11\d\d\d(?!\d)|18\d\d\d(?!\d))/.test(w) ? "an" : "a";
  if (spelledOut(w)) return VOWEL_SOUND_LETTERS.has(w.charAt(0).toLowerCase()) ? "an" : "a";
  if (SILENT_H.test(w)) return "an";
  if (CONSONANT_SOUND.test(w) || ONE.test(w)) return "a";
  return /^[aeiou]/i.test(w) ? "an" : "a";
}
function withArticle(word) {
  return `${article(word)} ${word}`;
}

// src/text/python.ts
function pyShape(shape) {
  const dims = shape.map((d) => d === null ? "None" : String(d));
  if (dims.length === 1) return `(${dims[0]},)`;
  return `(${dims.join(", ")})`;
}
function pyValue(v, depth = 0) {
  if (v === null || v === void 0) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return pyNumber(v);
  if (typeof v === "string") return `'${v.length > 80 ? `${v.slice(0, 77)}...` : v}'`;
  if (depth > 3) return "...";
  if (Array.isArray(v)) {
    const items = v.slice(0, 8).map((x) => pyValue(x, depth + 1));
    if (v.length > 8) items.push("...");
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  if (typeof v === "object") {
    const entries = Object.entries(v).slice(0, 6).map(([k, x]) => `'${k}': ${pyValue(x, depth + 1)}`);
    return `{${entries.join(", ")}${Object.keys(v).length > 6 ? ", ..." : ""}}`;
  }
  return "None";
}
function pyNumber(x) {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return String(x);
  const abs = Math.abs(x);
  if (abs < 1e-4 || abs >= 1e16) {
    return x.toExponential().replace(/e([+-])(\d)$/, "e$10$2");
  }
  return String(x);
}

export {
  noun,
  plural,
  isAre,
  withArticle,
  pyShape,
  pyValue
};
