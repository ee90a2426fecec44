import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  isDynamicPattern,
  stemOf
} from "./chunk-66VHGVJK.js";
import {
  DEFAULT_CONFIG_FILE,
  parseConfig,
  require_dist
} from "./chunk-BMISQ35H.js";
import "./chunk-7ZPJ6SLP.js";
import {
  LIMIT_OPTION,
  limitsOption,
  parseCommandLine
} from "./chunk-XUZ5DZNU.js";
import {
  UsageError
} from "./chunk-HBLGIX4X.js";
import {
  WEIGHTGATE_VERSION
} from "./chunk-CKVDGUU5.js";
import {
  ARCHIVE,
  isManifestGroup,
  isShardedIndex,
  openFile,
  parseJsonText,
  readJsonFile
} from "./chunk-SY6ZCN3L.js";
import "./chunk-ORHEMUVU.js";
import "./chunk-BCHBOVEI.js";
import {
  readHead,
  sniff
} from "./chunk-PX5G2PE2.js";
import {
  confinementProblem,
  repositoryRoot
} from "./chunk-JLVCLJA4.js";
import {
  CONFIG_SCHEMA,
  SCHEMA_MODELINE
} from "./chunk-B2FHQD3S.js";
import "./chunk-FDKBLACR.js";
import {
  checkEntries,
  listZip,
  readEntryText
} from "./chunk-5PTVY25K.js";
import {
  isObject,
  stringAt
} from "./chunk-5PD53CW2.js";
import {
  resolveLimits
} from "./chunk-3BJMFA6A.js";
import "./chunk-73VS7PYX.js";
import {
  InputError,
  asInputError
} from "./chunk-FWZ4W6A4.js";
import "./chunk-NTY2QNYD.js";
import "./chunk-UPWAXGUD.js";
import {
  __toESM
} from "./chunk-7UZKIK2J.js";

// src/cli/init-command.ts
import { randomBytes } from "node:crypto";
import { lstat as lstat2, rename, rm, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/config/init-scan.ts
import { lstat, opendir, realpath } from "node:fs/promises";
import path from "node:path";
var DEFAULT_SCAN_BOUNDS = Object.freeze({ maxDepth: 8, maxEntries: 5e4, maxCandidates: 2e3 });
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", CONFIG_SCHEMA.definitions.snapshots.properties.dir.default, "__pycache__", "site-packages"]);
var MODEL_FILE = /\.(json|h5|hdf5|keras)$/i;
var MODEL_JSON_KEYS = ['"class_name"', '"model_config"', '"modelTopology"', '"weightsManifest"', '"paths"', '"weight_map"'];
var JSON_HEAD_BYTES = 64 * 1024;
function relPath(dir, abs) {
  return path.relative(dir, abs).split(path.sep).join("/") || ".";
}
async function listFolder(folder, max) {
  const out = [];
  const handle = await opendir(folder);
  try {
    for (let e = await handle.read(); e && out.length < max; e = await handle.read()) out.push(e);
  } finally {
    await handle.close();
  }
  return out.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
async function walk(dir, bounds) {
  const candidates = [];
  const notes = [];
  let entries = 0;
  let links = 0;
  let deeper = 0;
  let stopped;
  const queue = [{ abs: dir, depth: 0 }];
  for (let q = 0; q < queue.length && !stopped; q++) {
    const { abs: folder, depth } = queue[q];
    let listing;
    try {
      listing = await listFolder(folder, bounds.maxEntries - entries + 1);
    } catch (err) {
      notes.push(`${relPath(dir, folder)}: not read (${err.code ?? "unreadable"})`);
      continue;
    }
    const names = new Set(listing.map((e) => e.name));
    if (depth > 0 && names.has(ARCHIVE.config) && names.has(ARCHIVE.weightsH5)) {
      candidates.push({ abs: folder, folder: true });
      continue;
    }
    for (const e of listing) {
      if (++entries > bounds.maxEntries) {
        stopped = `stopped after ${bounds.maxEntries} files and folders`;
        break;
      }
      const abs = path.join(folder, e.name);
      if (e.isSymbolicLink()) {
        links++;
      } else if (e.isDirectory()) {
        if (e.name.startsWith(".") || SKIPPED_FOLDERS.has(e.name)) continue;
        if (depth + 1 > bounds.maxDepth) deeper++;
        else queue.push({ abs, depth: depth + 1 });
      } else if (e.isFile() && MODEL_FILE.test(e.name)) {
        if (candidates.length >= bounds.maxCandidates) {
          stopped = `stopped after ${bounds.maxCandidates} model-like files`;
          break;
        }
        candidates.push({ abs, folder: false });
      }
    }
  }
  if (stopped) notes.push(`${stopped}: files further on were not looked at; run \`weightgate init\` on a subfolder, or add their entries by hand`);
  if (deeper) notes.push(`${deeper} ${deeper === 1 ? "folder" : "folders"} deeper than ${bounds.maxDepth} levels not looked at`);
  if (links) notes.push(`${links} symbolic ${links === 1 ? "link" : "links"} not followed (name the file it points to in weightgate.yml by hand)`);
  return { candidates, notes };
}
function reasonOf(err, file) {
  const e = asInputError(file, err);
  return `${e.detail}${e.hint ? ` \u2192 ${e.hint}` : ""}`;
}
async function ownedFiles(file, limits) {
  const json = await readJsonFile(file, limits);
  const folder = path.dirname(file);
  const named = [];
  if (isShardedIndex(json)) {
    for (const v of Object.values(json.weight_map)) named.push(...[v].flat());
  } else {
    const manifest = Array.isArray(json) ? json : isObject(json) ? json.weightsManifest : void 0;
    if (Array.isArray(manifest)) {
      for (const group of manifest) if (isManifestGroup(group)) named.push(...group.paths);
    }
  }
  return named.filter((n) => typeof n === "string").map((n) => path.resolve(folder, ...n.split(/[\\/]+/)));
}
async function recognise(abs, isFolder, limits) {
  if (!isFolder) {
    let kind;
    try {
      kind = (await sniff(abs, limits)).kind;
    } catch (err) {
      if (err instanceof InputError && err.kind === "not-keras" && /\.json$/i.test(abs)) return { skipped: "quiet" };
      return { skipped: "unreadable", reason: reasonOf(err, abs) };
    }
    if (kind === "zip") return recogniseArchive(abs, limits);
    if (kind === "json") {
      const head = (await readHead(abs, JSON_HEAD_BYTES)).toString("utf8");
      if (!MODEL_JSON_KEYS.some((k) => head.includes(k))) return { skipped: "quiet" };
    } else if (kind !== "hdf5") {
      return { skipped: "not-model", reason: kind === "npy" ? "a NumPy array (.npy)" : "not a model file" };
    }
  }
  return openedRole(abs, isFolder, limits);
}
async function openedRole(abs, isFolder, limits) {
  let opened;
  try {
    opened = await openFile(abs, { limits });
  } catch (err) {
    const e = asInputError(abs, err);
    if (e.kind === "not-keras" && /\.json$/i.test(abs)) return { skipped: "quiet" };
    return { skipped: e.kind === "not-keras" ? "not-model" : "unreadable", reason: reasonOf(e, abs) };
  }
  try {
    const role = opened.definition && opened.artifact ? "model" : opened.definition ? "definition" : "weights";
    const owns = !isFolder && opened.artifact && /\.json$/i.test(abs) ? await ownedFiles(abs, limits) : [];
    return { role, format: opened.format, owns };
  } finally {
    await opened.artifact?.close();
  }
}
async function recogniseArchive(abs, limits) {
  let entries;
  try {
    entries = await listZip(abs);
    checkEntries(abs, entries, limits);
  } catch (err) {
    return { skipped: "unreadable", reason: reasonOf(err, abs) };
  }
  const names = entries.map((e) => e.name);
  if (!names.includes(ARCHIVE.config) || !names.includes(ARCHIVE.weightsH5)) return openedRole(abs, false, limits);
  return { role: "model", format: `Keras ${await archiveKerasVersion(abs, entries, limits) ?? "3"} archive (.keras)`, owns: [] };
}
async function archiveKerasVersion(abs, entries, limits) {
  const meta = entries.find((e) => e.name === ARCHIVE.metadata);
  if (!meta || meta.size > 64 * 1024) return void 0;
  try {
    return stringAt(parseJsonText(abs, await readEntryText(abs, meta, limits), limits, ARCHIVE.metadata), "keras_version");
  } catch {
    return void 0;
  }
}
function unwritablePath(rel) {
  return isDynamicPattern(rel) || /\{(stem|name|dir)\}/.test(rel);
}
async function mapBounded(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
async function scanForInit(dirArg, options = {}) {
  const limits = resolveLimits(options.limits);
  const bounds = { ...DEFAULT_SCAN_BOUNDS, ...options.bounds };
  let dir;
  try {
    dir = await realpath(dirArg);
    if (!(await lstat(dir)).isDirectory()) throw new Error("not a folder");
  } catch {
    throw new InputError(dirArg, "not-found", "no such folder", "Pass the folder of the repository (or of the models) to look in.");
  }
  const root = await repositoryRoot(path.join(dir, "weightgate.yml"));
  const problem = await confinementProblem(root, dir, false);
  if (problem) throw new InputError(dirArg, "unsafe-path", `this folder ${problem}`, "Run weightgate init in the work tree.");
  const walked = await walk(dir, bounds);
  let done = 0;
  const recognised = await mapBounded(walked.candidates, 4, async (c) => {
    options.onFile?.(relPath(dir, c.abs), done, walked.candidates.length);
    const r = await recognise(c.abs, c.folder, limits).catch((err) => ({ skipped: "unreadable", reason: reasonOf(err, c.abs) }));
    done++;
    return r;
  });
  const owned = /* @__PURE__ */ new Set();
  for (const r of recognised) if ("role" in r) for (const f of r.owns) owned.add(f);
  const found = [];
  const unreadable = [];
  const notModels = [];
  const unpaired = [];
  walked.candidates.forEach((c, i) => {
    const r = recognised[i];
    const rel = relPath(dir, c.abs);
    if (owned.has(c.abs)) return;
    if ("skipped" in r) {
      if (r.skipped !== "quiet") (r.skipped === "unreadable" ? unreadable : notModels).push({ rel, reason: r.reason });
      return;
    }
    if (unwritablePath(rel)) {
      unpaired.push({ rel, reason: `its path reads as a glob or a {stem} template in weightgate.yml, so it cannot be named there as it is; rename it` });
      return;
    }
    const folder = path.posix.dirname(rel);
    found.push({ abs: c.abs, rel, role: r.role, format: r.format, folder, stem: stemOf(c.abs) });
  });
  const paired = pairFound(found);
  return { dir, root, models: paired.models, unpaired: [...unpaired, ...paired.unpaired], suggestions: paired.suggestions, unreadable, notModels, notes: walked.notes };
}
var key = (f) => `${f.folder}\0${f.stem}`;
function groupBy(items, by) {
  const m = /* @__PURE__ */ new Map();
  for (const t of items) m.set(by(t), [...m.get(by(t)) ?? [], t]);
  return m;
}
var listed = (files) => files.map((f) => f.rel).join(", ");
function pairFound(found) {
  const byRel = (a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
  const defs = found.filter((f) => f.role === "definition").sort(byRel);
  const weights = found.filter((f) => f.role === "weights").sort(byRel);
  const whole = found.filter((f) => f.role === "model").sort(byRel);
  const defsByKey = groupBy(defs, key);
  const defsByStem = groupBy(defs, (f) => f.stem);
  const defsByFolder = groupBy(defs, (f) => f.folder);
  const weightsByStem = groupBy(weights, (f) => f.stem);
  const weightsByFolder = groupBy(weights, (f) => f.folder);
  const pairs = /* @__PURE__ */ new Map();
  const unpaired = [];
  const suggested = [];
  const explained = /* @__PURE__ */ new Set();
  const acrossFolders = /* @__PURE__ */ new Set();
  const suggest = (definition, w, why) => {
    if (!suggested.some((s) => s.definition === definition && s.weights === w)) suggested.push({ definition, weights: w, why });
  };
  for (const w of weights) {
    const candidates = defsByKey.get(key(w)) ?? [];
    const [only] = candidates;
    if (candidates.length === 1 && only) {
      pairs.set(only, [...pairs.get(only) ?? [], w]);
      continue;
    }
    if (candidates.length > 1) {
      for (const d of candidates) {
        explained.add(d);
        suggest(d, w, `one of ${candidates.length} definitions of the same name in its folder`);
      }
      unpaired.push({ rel: w.rel, reason: `${candidates.length} definitions of the same name in its folder could load it (${listed(candidates)}); uncomment the entry for the right one` });
      continue;
    }
    const sameStem = defsByStem.get(w.stem) ?? [];
    const inFolder = defsByFolder.get(w.folder) ?? [];
    const [elsewhere] = sameStem;
    const [alone] = inFolder;
    const loneWeights = (weightsByStem.get(w.stem) ?? []).filter((o) => !defsByKey.get(key(o))?.length);
    if (sameStem.length === 1 && elsewhere && loneWeights.length === 1 && !weights.some((o) => key(o) === key(elsewhere))) {
      pairs.set(elsewhere, [w]);
      acrossFolders.add(elsewhere);
      continue;
    }
    unpaired.push({ rel: w.rel, reason: `weights with no definition of the same name (${w.stem}) in its folder` });
    if (sameStem.length === 1 && elsewhere) suggest(elsewhere, w, "the same name in another folder");
    else if (inFolder.length === 1 && alone && (weightsByFolder.get(w.folder) ?? []).length === 1) suggest(alone, w, "the only definition and the only weights in their folder");
  }
  for (const d of defs) {
    if (pairs.has(d) || explained.has(d)) continue;
    unpaired.push({ rel: d.rel, reason: `a definition with no weights of the same name (${d.stem}) in its folder` });
    const sameStem = (weightsByStem.get(d.stem) ?? []).filter((w2) => !defsByKey.get(key(w2))?.length);
    const [w] = sameStem;
    if (sameStem.length === 1 && w) suggest(d, w, "the same name in another folder");
  }
  const models = [];
  const taken = /* @__PURE__ */ new Set();
  const nameFor = (f, whole2) => {
    const options = f.stem === "model" && f.folder !== "." ? [path.posix.basename(f.folder), f.folder, f.rel] : [f.stem, ...whole2 ? [path.posix.basename(f.rel)] : [], f.rel];
    const name = options.find((n) => !taken.has(n)) ?? f.rel;
    taken.add(name);
    return name;
  };
  for (const d of defs) {
    const ws = pairs.get(d);
    if (ws) models.push({ name: nameFor(d, false), definition: d, weights: ws, ...acrossFolders.has(d) ? { acrossFolders: true } : {} });
  }
  for (const m of whole) models.push({ name: nameFor(m, true), definition: m, weights: [] });
  const suggestions = suggested.map((s) => ({ name: nameFor(s.definition, false), definition: s.definition.rel, weights: s.weights.rel, why: s.why }));
  return { models, unpaired: unpaired.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0), suggestions };
}

// src/config/init-write.ts
var import_yaml = __toESM(require_dist(), 1);
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => JSON.stringify(c).slice(1, -1));
}
function scalar(value) {
  return /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(value) ? value : JSON.stringify(value);
}
function describe(m) {
  if (!m.weights.length) return `${oneLine(m.definition.format)}: definition and weights in one file`;
  const formats = [...new Set(m.weights.map((w) => oneLine(w.format)))].join("; ");
  return `${oneLine(m.definition.format)} + weights of the same name${m.acrossFolders ? " (the only two files of that name, in two folders)" : ""}: ${formats}`;
}
function list(title, items) {
  if (!items.length) return [];
  return ["", `${title} (${items.length}):`, ...items.map((s) => `- ${oneLine(s.rel)}: ${oneLine(s.reason)}`)];
}
function initConfigText(plan) {
  const models = plan.models.map((m) => ({
    name: m.name,
    definition: m.definition.rel,
    ...m.weights.length === 1 ? { weights: m.weights[0].rel } : m.weights.length > 1 ? { weights: m.weights.map((w) => w.rel) } : {}
  }));
  const doc = new import_yaml.Document({ version: 1, models });
  doc.commentBefore = [
    SCHEMA_MODELINE.replace(/^#/, ""),
    ` Written by \`weightgate init\` (weightgate ${WEIGHTGATE_VERSION}) from the model files in this folder. Each entry is a`,
    " model definition and the weights it must load; `weightgate check` checks them all. Paths are relative to",
    " this file. Per entry (or under `defaults:`) you can add `loader`, `allow`, `skip_mismatch`, `smoke`, \u2026 (see the README)."
  ].join("\n");
  const seq = doc.get("models", true);
  if ((0, import_yaml.isSeq)(seq)) {
    seq.items.forEach((item, i) => {
      const m = plan.models[i];
      if (m && (0, import_yaml.isMap)(item)) item.commentBefore = ` ${describe(m)}`;
    });
  }
  const tail = [
    ...plan.suggestions.length ? [
      "Possible entries, not paired because their names or folders differ or two definitions could load one weights file: uncomment one to check it.",
      ...plan.suggestions.flatMap((s) => [
        `  - name: ${scalar(s.name)}     # ${oneLine(s.why)}`,
        `    definition: ${scalar(s.definition)}`,
        `    weights: ${scalar(s.weights)}`
      ])
    ] : [],
    ...list("Not paired, so not checked", plan.unpaired),
    ...list("Named like model files but not readable", plan.unreadable),
    ...plan.notes.length ? ["", ...plan.notes.map((n) => `Note: ${oneLine(n)}`)] : []
  ];
  if (tail.length) doc.comment = tail.map((l) => l ? ` ${l}` : "").join("\n").replace(/^\n/, "");
  const text = doc.toString({ lineWidth: 0 }).replace(/\n*$/, "\n");
  assertLoadsAsPlanned(text, plan);
  return text;
}
function assertLoadsAsPlanned(text, plan) {
  const config = parseConfig("weightgate.yml", text);
  const got = config.models.map((m) => [m.name, m.definition, m.weights === void 0 ? [] : Array.isArray(m.weights) ? m.weights : [m.weights]]);
  const want = plan.models.map((m) => [m.name, m.definition.rel, m.weights.map((w) => w.rel)]);
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error("weightgate init wrote a config that reads back differently from what it found");
}

// src/cli/init-command.ts
var OPTIONS = {
  // Replace a weightgate.yml that is already there.
  force: { type: "boolean" },
  // Print the config instead of writing it (also: `-` as an argument); the summary goes to stderr.
  stdout: { type: "boolean" },
  ...LIMIT_OPTION
};
var SHOWN = 20;
function exists(p) {
  return lstat2(p).then(() => true, () => false);
}
function section(title, items, where) {
  if (!items.length) return [];
  return [
    `${title} (${items.length})${where}:`,
    ...items.slice(0, SHOWN).map((s) => `  ${oneLine(s.rel)}: ${oneLine(s.reason)}`),
    ...items.length > SHOWN ? [`  \u2026 and ${items.length - SHOWN} more`] : []
  ];
}
function summary(plan, target) {
  const width = Math.min(30, Math.max(...plan.models.map((m) => oneLine(m.name).length), 0));
  const inFile = target === null ? "" : target ? `, listed as comments in ${target}` : ", listed as comments in the config";
  const possible = target === null ? plan.suggestions.length ? [`Possible entries (${plan.suggestions.length}), for a weightgate.yml you write:`, ...plan.suggestions.map((x) => `  ${oneLine(x.definition)} + ${oneLine(x.weights)} (${oneLine(x.why)})`)] : [] : plan.suggestions.length ? [`Possible entries (${plan.suggestions.length}), commented out in the config: uncomment one to check it.`] : [];
  const lines = [
    ...plan.models.map((m) => `  ${oneLine(m.name).padEnd(width)}  ${[m.definition, ...m.weights].map((f) => oneLine(f.rel)).join(m.weights.length ? " + " : "")}`),
    ...section("Not paired, so not checked", plan.unpaired, inFile),
    ...possible,
    ...section("Named like model files but not readable", plan.unreadable, inFile),
    ...section("Not model files, left out", plan.notModels, ""),
    ...plan.notes.map((n) => `Note: ${oneLine(n)}`)
  ];
  return lines.join("\n");
}
async function writeConfig(file, text, force) {
  if (!force) {
    try {
      await writeFile(file, text, { flag: "wx" });
      return;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      throw existsError(file);
    }
  }
  const temp = path2.join(path2.dirname(file), `.${path2.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, text, { flag: "wx" });
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}
function existsError(file) {
  return new InputError(
    file,
    "bad-config",
    "is already there; weightgate init does not overwrite it",
    "Pass --force to replace it, or --stdout to print the new config and merge it by hand."
  );
}
async function initCommand(args, io) {
  const { values, positionals } = await parseCommandLine(args, OPTIONS);
  const toStdout = values.stdout === true || positionals.includes("-");
  const folders = positionals.filter((p) => p !== "-");
  if (folders.length > 1) throw new UsageError(`init takes one folder (got '${folders[0]}' and '${folders[1]}')`);
  const dirArg = folders[0] ?? ".";
  const limits = await limitsOption(values.limit);
  const early = path2.join(dirArg, DEFAULT_CONFIG_FILE);
  if (!toStdout && !values.force && await exists(early)) throw existsError(early);
  const plan = await scanForInit(dirArg, { limits });
  const report = (text2) => toStdout ? io.err(text2) : io.out(text2);
  if (!plan.models.length) {
    const rest = summary(plan, null);
    io.err(`error: no model to check under ${oneLine(dirArg)}: weightgate found no definition with its weights, no .keras, no full-model .h5 and no TF.js model.json there; nothing was written${rest ? `
${rest}` : ""}
  \u2192 Save the model's definition next to its weights with the same name (model.to_json() into classifier.json beside classifier.weights.h5), or save a .keras; then run weightgate init again.`);
    return 1;
  }
  const text = initConfigText(plan);
  if (toStdout) {
    io.out(text);
    report(`${plan.models.length} ${plan.models.length === 1 ? "model" : "models"} to check:
${summary(plan, void 0)}`);
    return 0;
  }
  const file = path2.join(plan.dir, DEFAULT_CONFIG_FILE);
  await writeConfig(file, text, values.force === true);
  const relative = path2.relative(process.cwd(), file);
  const shown = relative.startsWith("..") || path2.isAbsolute(relative) ? file : relative;
  const next = shown === DEFAULT_CONFIG_FILE ? "weightgate check" : `weightgate check --config ${/^[\w./-]+$/.test(shown) ? shown : JSON.stringify(shown)}`;
  report(`wrote ${oneLine(shown)}: ${plan.models.length} ${plan.models.length === 1 ? "model" : "models"} to check
${summary(plan, shown)}
Next: ${next}`);
  return 0;
}
export {
  initCommand
};
