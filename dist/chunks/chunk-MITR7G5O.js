import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  InputError,
  quoteName
} from "./chunk-W2JV3UC6.js";

// src/sources/paths.ts
import { lstat, realpath } from "node:fs/promises";
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

export {
  isInside,
  assertInside,
  repositoryRoot,
  realpathLoose,
  confinementProblem,
  OUTSIDE_HINT,
  globBase
};
