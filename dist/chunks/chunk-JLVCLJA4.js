import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  require_mod
} from "./chunk-B2FHQD3S.js";
import {
  InputError,
  quoteName
} from "./chunk-FWZ4W6A4.js";
import {
  __toESM
} from "./chunk-7UZKIK2J.js";

// src/sources/paths.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
import { lstat, opendir, realpath } from "node:fs/promises";
import path from "node:path";
function isInside(dir, p) {
  const rel = path.relative(dir, p);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
async function assertInside(reportFile, dir, p, what) {
  const [realDir, real] = await Promise.all([realpath(dir), realpath(p)]);
  if (!isInside(realDir, real)) {
    throw new InputError(
      reportFile,
      "unsafe-path",
      `its ${what} ${quoteName(path.basename(p))} is a link to ${quoteName(real, 200)}, outside the model's folder; weightgate reads nothing outside it`,
      `Replace the link with the real ${what} file.`
    );
  }
}
async function repositoryRoot(configFile) {
  const start = path.dirname(path.resolve(configFile));
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      await lstat(path.join(dir, ".git"));
      return await realpathLoose(dir);
    } catch {
    }
    if (path.dirname(dir) === dir) return realpathLoose(start);
  }
}
async function realpathLoose(p) {
  const rest = [];
  for (let cur = path.resolve(p); ; cur = path.dirname(cur)) {
    try {
      return path.join(await realpath(cur), ...rest);
    } catch {
      if (path.dirname(cur) === cur) return path.resolve(p);
      rest.unshift(path.basename(cur));
    }
  }
}
function inGit(rel) {
  return rel.split(/[\\/]/).some((s) => s.toLowerCase() === ".git");
}
async function confinementProblem(root, p, allowOutside) {
  const abs = path.resolve(p);
  const real = await realpathLoose(abs);
  const inside = real === root || isInside(root, real);
  if (inGit(inside ? path.relative(root, real) : real)) {
    return `${real === abs ? "is" : `is a link to ${quoteName(real, 200)},`} inside a .git folder; weightgate reads no git internals`;
  }
  if (inside || allowOutside) return void 0;
  return `${real === abs ? "is" : `is a link to ${quoteName(real, 200)},`} outside the repository (${root}); weightgate reads nothing outside it`;
}
var OUTSIDE_HINT = "Move the file into the repository; for a local run of a config you trust, pass --allow-outside.";
function globBase(pattern) {
  const parts = pattern.split("/");
  const first = parts.findIndex((s) => /[*?[\]{}()!+@]/.test(s));
  const fixed = first < 0 ? parts.slice(0, -1) : parts.slice(0, first);
  const dynamic = first < 0 ? [] : parts.slice(first);
  const base = fixed.join("/") || (pattern.startsWith("/") ? "/" : ".");
  return { base, climbs: /(^|[/{},|(])\.\.($|[/{},|)])/.test(dynamic.join("/")) };
}
var MAX_SUGGESTION_ENTRIES = 5e3;
async function someEntries(dir, limit = MAX_SUGGESTION_ENTRIES) {
  const names = [];
  try {
    const handle = await opendir(dir);
    try {
      for (let e = await handle.read(); e && names.length < limit; e = await handle.read()) names.push(e.name);
    } finally {
      await handle.close().catch(() => void 0);
    }
  } catch {
    return [];
  }
  return names;
}
async function nearestNames(dir, wanted, count = 3, close = false) {
  const names = (await someEntries(dir)).filter((n) => !n.startsWith(".") && ![...n].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127));
  return names.map((n) => ({ n, d: (0, import_fastest_levenshtein.distance)(n.toLowerCase(), wanted.toLowerCase()) })).filter(({ n, d }) => !close || d <= Math.max(2, Math.floor(Math.max(n.length, wanted.length) / 3))).sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1)).slice(0, count).map(({ n }) => n);
}
async function nearestPath(p, base = process.cwd()) {
  const parts = [];
  let dir = path.resolve(base, p);
  for (; ; ) {
    try {
      await lstat(dir);
      break;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir || parts.length >= 4) return void 0;
      parts.unshift(path.basename(dir));
      dir = parent;
    }
  }
  let out = dir;
  for (const part of parts) {
    const [best] = await nearestNames(out, part, 1, true);
    if (best === void 0) return void 0;
    out = path.join(out, best);
  }
  return path.isAbsolute(p) ? out : path.relative(base, out);
}

export {
  isInside,
  assertInside,
  repositoryRoot,
  realpathLoose,
  confinementProblem,
  OUTSIDE_HINT,
  globBase,
  nearestNames,
  nearestPath
};
