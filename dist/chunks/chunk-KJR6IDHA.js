import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  compareArtifacts
} from "./chunk-P4FSN5B3.js";
import {
  expandConfig
} from "./chunk-66VHGVJK.js";
import {
  loadConfig
} from "./chunk-BMISQ35H.js";
import {
  runCheck,
  sha256File
} from "./chunk-AAFY5KSS.js";
import {
  outputMetrics
} from "./chunk-P4VMMLUU.js";
import {
  configDrift,
  pairLayers
} from "./chunk-LDJXLBUA.js";
import {
  makeTempDir,
  openFile,
  removeTempDir
} from "./chunk-SY6ZCN3L.js";
import {
  effectiveStatus,
  isFailing,
  makeReport,
  trendOf
} from "./chunk-ORHEMUVU.js";
import {
  isRemote
} from "./chunk-BCHBOVEI.js";
import {
  LFS_POINTER_MAX_BYTES,
  parseLfsPointer
} from "./chunk-PX5G2PE2.js";
import {
  numbersOf,
  sameBytes
} from "./chunk-UJMYRBJC.js";
import {
  pyShape
} from "./chunk-73VS7PYX.js";
import {
  InputError
} from "./chunk-FWZ4W6A4.js";

// src/check/base-compare.ts
import path2 from "node:path";

// src/diff/definition-changes.ts
function shapes(l) {
  return l.weights.map((w) => `${w.name} ${pyShape(w.shape)}`).join(", ");
}
function definitionChanges(base, head) {
  const { pairs, onlyExpected, onlySaved } = pairLayers(head.layers, base.layers);
  const layers = [];
  for (const [h, b] of pairs) {
    if (h.name !== b.name) layers.push({ layer: h.name, change: "renamed", before: b.name });
    if (h.className !== b.className) layers.push({ layer: h.name, change: "class", before: b.className, after: h.className });
    else if (shapes(h) !== shapes(b)) layers.push({ layer: h.name, change: "reshaped", before: shapes(b), after: shapes(h) });
  }
  for (const l of onlyExpected) if (!l.isOperation) layers.push({ layer: l.name, change: "added", after: l.className });
  for (const l of onlySaved) if (!l.isOperation) layers.push({ layer: l.name, change: "removed", before: l.className });
  const config = configDrift(head, base).filter((d) => d.field !== "layer" && d.field !== "class");
  return layers.length || config.length ? { layers, config } : null;
}

// src/sources/git-tree.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { copyFile, link, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
var MAX_GIT_OUTPUT = 256 * 2 ** 20;
function git(cwd, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } });
    const out = [];
    let size = 0;
    let err = "";
    child.stdout.on("data", (b) => {
      size += b.length;
      if (size > MAX_GIT_OUTPUT) child.kill();
      else out.push(b);
    });
    child.stderr.on("data", (b) => {
      err += b.toString("utf8").slice(0, 4e3);
    });
    child.on("error", (e) => reject(e.code === "ENOENT" ? new InputError(cwd, "base-unavailable", "git is not installed, so files at another commit cannot be read", "Install git, or run without --base.") : e));
    child.on("close", (code) => resolve({ stdout: Buffer.concat(out), stderr: err.trim(), code: code ?? 1 }));
    child.stdin.end(input);
  });
}
async function repositoryRoot(dir) {
  const r = await git(dir, ["rev-parse", "--show-toplevel"]);
  if (r.code !== 0) throw new InputError(dir, "base-unavailable", "is not inside a git repository, so there is no base commit to compare with", "Run in a clone, or without --base.");
  return r.stdout.toString("utf8").trim();
}
async function isShallow(root) {
  const r = await git(root, ["rev-parse", "--is-shallow-repository"]);
  return r.stdout.toString("utf8").trim() === "true";
}
async function resolveCommit(root, ref) {
  if (!ref || ref.startsWith("-") || /[\0\n]/.test(ref)) {
    throw new InputError(root, "base-unavailable", `${JSON.stringify(ref)} is not a git ref`, "Give a branch, tag or commit, e.g. --base origin/main.");
  }
  const r = await git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (r.code === 0) return r.stdout.toString("utf8").trim();
  const shallow = await isShallow(root);
  const sha = /^[0-9a-f]{7,40}$/i.test(ref);
  throw new InputError(
    root,
    "base-unavailable",
    `the base ${JSON.stringify(ref)} is not in this clone${shallow ? " (it is a shallow clone, which holds only the newest commits)" : ""}`,
    sha ? `Fetch that commit: git fetch --depth=1 origin ${ref} (in the Action: actions/checkout with fetch-depth: 0, or let base: auto fetch it).` : `Fetch it: git fetch origin ${ref.replace(/^origin\//, "")} (in the Action: actions/checkout with fetch-depth: 0).`
  );
}
async function listTree(root, commit) {
  const r = await git(root, ["ls-tree", "-r", "-z", "-l", "--full-tree", commit]);
  if (r.code !== 0) throw new InputError(root, "base-unavailable", `git could not list commit ${commit} (${r.stderr.slice(0, 200)})`, "Fetch the commit (git fetch origin <sha>) and try again.");
  const out = [];
  for (const rec of r.stdout.toString("utf8").split("\0")) {
    const m = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.+)$/s.exec(rec);
    if (!m || m[2] !== "blob" || m[1] === "120000") continue;
    out.push({ path: m[5] ?? "", oid: m[3] ?? "", size: Number(m[4]) });
  }
  return out;
}
async function gitLfsAvailable(root) {
  try {
    return (await git(root, ["lfs", "version"])).code === 0;
  } catch {
    return false;
  }
}
async function writeBlob(root, oid, dest) {
  const child = spawn("git", ["cat-file", "blob", oid], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr.on("data", (b) => {
    err += b.toString("utf8").slice(0, 2e3);
  });
  const closed = new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  await pipeline(child.stdout, createWriteStream(dest));
  if (await closed !== 0) throw new InputError(dest, "base-unavailable", `git could not read blob ${oid} (${err.trim().slice(0, 200)})`, "Fetch the base commit completely (git fetch origin <sha>).");
}
async function smudge(root, pointer, repoPath, dest) {
  const r = await git(root, ["lfs", "smudge", "--", repoPath], pointer);
  if (r.code !== 0) {
    throw new InputError(
      repoPath,
      "lfs-pointer",
      `is a Git LFS pointer at the base commit and git-lfs could not fetch its content (${r.stderr.split("\n")[0]?.slice(0, 200) ?? ""})`,
      "Fetch the base commit's LFS objects: git lfs fetch origin <base sha>."
    );
  }
  await writeFile(dest, r.stdout);
}
async function materializeTree(root, commit, dir, o) {
  const entries = (await listTree(root, commit)).filter((e) => o.include(e.path));
  const lfs = await gitLfsAvailable(root);
  const result = { dir, files: 0, lfsPointers: [], reused: 0 };
  for (const e of entries) {
    const dest = path.resolve(dir, e.path);
    if (!dest.startsWith(dir + path.sep)) continue;
    await mkdir(path.dirname(dest), { recursive: true });
    if (o.unchanged?.get(e.path) === e.oid) {
      const here = path.join(root, e.path);
      try {
        await link(here, dest);
      } catch {
        await copyFile(here, dest);
      }
      result.reused++;
      result.files++;
      continue;
    }
    if (e.size <= LFS_POINTER_MAX_BYTES) {
      const small = await git(root, ["cat-file", "blob", e.oid]);
      const pointer = parseLfsPointer(small.stdout);
      if (pointer && lfs) {
        await smudge(root, small.stdout, e.path, dest);
      } else {
        if (pointer) result.lfsPointers.push(e.path);
        await writeFile(dest, small.stdout);
      }
    } else {
      await writeBlob(root, e.oid, dest);
    }
    result.files++;
  }
  return result;
}
async function unchangedWorkingFiles(root) {
  const head = await git(root, ["ls-tree", "-r", "-z", "--full-tree", "HEAD"]);
  const out = /* @__PURE__ */ new Map();
  if (head.code !== 0) return out;
  for (const rec of head.stdout.toString("utf8").split("\0")) {
    const m = /^(\d+) blob ([0-9a-f]+)\t(.+)$/s.exec(rec);
    if (m && m[1] !== "120000" && m[3] && m[2]) out.set(m[3], m[2]);
  }
  const changed = await git(root, ["status", "--porcelain=v1", "-z", "--untracked-files=no"]);
  const recs = changed.stdout.toString("utf8").split("\0");
  for (let i = 0; i < recs.length; i++) {
    const rec = recs[i] ?? "";
    if (rec.length <= 3) continue;
    out.delete(rec.slice(3));
    if (rec[0] === "R" || rec[0] === "C") out.delete(recs[++i] ?? "");
  }
  return out;
}
async function fetchCommitIfMissing(root, sha) {
  if (!/^[0-9a-f]{40}$/i.test(sha)) return;
  const have = await git(root, ["cat-file", "-e", `${sha}^{commit}`]);
  if (have.code === 0) return;
  await git(root, ["fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha]);
}

// src/check/base-compare.ts
var MODEL_FILE = /\.(json|h5|hdf5|keras|bin|npy|npz|ya?ml|pb|weights\.json)$/i;
function sameArrays(a, b) {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i];
    return y !== void 0 && x.shape.join() === y.shape.join() && sameBytes(x.data, y.data);
  });
}
function outputChanges(base, head, names) {
  if (!base || !head) return null;
  if (!sameArrays(base.inputs, head.inputs)) return { reason: "the two commits fed different inputs (the input shapes or the smoke input changed)" };
  if (base.outputs.length !== head.outputs.length) return { reason: `the model has ${head.outputs.length} outputs, ${base.outputs.length} at the base` };
  const outputs = [];
  for (const [i, now] of head.outputs.entries()) {
    const was = base.outputs[i];
    if (!was || was.shape.join() !== now.shape.join()) return { reason: `output ${i} has shape (${now.shape.join(", ")}), (${was?.shape.join(", ") ?? ""}) at the base` };
    const m = outputMetrics(numbersOf(now.data), numbersOf(was.data), now.shape, { atol: 0, rtol: 0 });
    outputs.push({ name: names[i] ?? `output_${i}`, maxAbsDiff: m.maxAbsDiff, meanAbsDiff: m.meanAbsDiff, relativeError: m.relativeError, ...m.top1Agreement !== void 0 ? { top1Agreement: m.top1Agreement } : {} });
  }
  return outputs.every((o) => o.maxAbsDiff === 0) ? null : { outputs };
}
async function weightsChanges(base, head) {
  const a = base.weights ?? base.definition;
  const b = head.weights ?? head.definition;
  if (isRemote(a) || isRemote(b)) return a === b ? null : { reason: "a remote artifact: compare the two downloads with weightgate diff A B" };
  try {
    if (await sha256File(a) === await sha256File(b)) return null;
    const x = await openFile(a);
    try {
      const y = await openFile(b);
      try {
        if (!x.artifact || !y.artifact) return { reason: "one side holds no weights" };
        const r = await compareArtifacts(x.artifact, y.artifact);
        const { sameStructure, ...counts } = r.summary;
        if (sameStructure && counts.changed === 0) return null;
        return { ...counts, variables: r.variables.filter((v) => v.status !== "same").slice(0, 10) };
      } finally {
        await y.artifact?.close();
      }
    } finally {
      await x.artifact?.close();
    }
  } catch (err) {
    if (err instanceof InputError) return { reason: err.detail };
    throw err;
  }
}
async function definitionChangesOf(base, head) {
  try {
    if (await sha256File(base.definition) === await sha256File(head.definition)) return null;
    const x = await openFile(base.definition);
    await x.artifact?.close();
    const y = await openFile(head.definition);
    await y.artifact?.close();
    if (!x.definition || !y.definition) return { reason: "one side holds no definition" };
    return definitionChanges(x.definition, y.definition);
  } catch (err) {
    if (err instanceof InputError) return { reason: err.detail };
    throw err;
  }
}
function withBase(head, models, base, removed = [], notes = []) {
  const allNotes = [...head.notes ?? [], ...notes];
  return makeReport({
    schemaVersion: head.schemaVersion,
    tool: head.tool,
    config: head.config,
    ...head.shards ? { shards: head.shards } : {},
    models,
    ...removed.length ? { removedModels: removed } : {},
    base,
    ...head.obsoleteSnapshots ? { obsoleteSnapshots: head.obsoleteSnapshots } : {},
    ...allNotes.length ? { notes: allNotes } : {},
    seconds: head.seconds
  });
}
async function compareWithBase(config, head, headValues, ref, opts, label = ref) {
  let root;
  let sha;
  try {
    root = await repositoryRoot(config.dir);
    sha = await resolveCommit(root, ref);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return withBase(head, head.models, { ref: label, unavailable: `${err.detail}${err.hint ? ` ${err.hint}` : ""}` });
  }
  const configPath = path2.relative(root, config.file).split(path2.sep).join("/");
  const dir = await makeTempDir("weightgate-base-");
  try {
    const tree = await listTree(root, sha);
    let baseModels = [];
    const baseValues = /* @__PURE__ */ new Map();
    const pointers = /* @__PURE__ */ new Set();
    const notes = [];
    if (tree.some((e) => e.path === configPath)) {
      const written = await materializeTree(root, sha, dir, { include: (p) => p === configPath || MODEL_FILE.test(p), unchanged: await unchangedWorkingFiles(root) });
      for (const p of written.lfsPointers) pointers.add(path2.join(dir, p));
      if (written.lfsPointers.length) {
        notes.push(`at ${label}, ${written.lfsPointers.slice(0, 5).join(", ")}${written.lfsPointers.length > 5 ? " and more" : ""} ${written.lfsPointers.length === 1 ? "is a Git LFS pointer" : "are Git LFS pointers"} and git-lfs is not installed, so the models reading them were not compared with the base (install git-lfs: apt-get install git-lfs)`);
      }
      const loaded = await loadConfig(path2.join(dir, configPath), { root: dir });
      const baseConfig = { ...loaded, cache: path2.resolve(config.dir, config.cache) };
      const { jobs } = await expandConfig(baseConfig);
      const report = await runCheck(baseConfig, jobs, { ...opts, expansionNotes: void 0, updateSnapshots: false, onResult: void 0, onValues: (id, v) => baseValues.set(id, v) });
      baseModels = report.models;
    }
    const byId = new Map(baseModels.map((m) => [m.id, m]));
    const models = [];
    for (const m of head.models) {
      const b = byId.get(m.id);
      byId.delete(m.id);
      if (b && b.status === "error" && [b.definition, b.weights].some((f) => f !== void 0 && pointers.has(f))) {
        const reason = { reason: `its files at ${label} are Git LFS pointers and git-lfs is not installed` };
        models.push({ ...m, base: null, changes: { definition: reason, weights: reason, outputs: null } });
        continue;
      }
      const trend = trendOf(b ? isFailing(b) : void 0, isFailing(m));
      if (!b) {
        models.push({ ...m, trend, base: null });
        continue;
      }
      const changes = {
        definition: await definitionChangesOf(b, m),
        weights: await weightsChanges(b, m),
        outputs: outputChanges(baseValues.get(m.id), headValues.get(m.id), (m.smoke?.outputs ?? []).map((o) => o.name))
      };
      models.push({ ...m, trend, base: { status: b.status, verdict: effectiveStatus(b) }, changes });
    }
    const removed = [...byId.values()].map((b) => ({
      id: b.id,
      definition: path2.relative(dir, b.definition),
      ...b.weights ? { weights: path2.relative(dir, b.weights) } : {},
      trend: "removed-model",
      base: { status: b.status, verdict: effectiveStatus(b) }
    }));
    return withBase(head, models, { ref: label, sha }, removed, notes);
  } finally {
    await removeTempDir(dir);
  }
}

export {
  repositoryRoot,
  fetchCommitIfMissing,
  compareWithBase
};
