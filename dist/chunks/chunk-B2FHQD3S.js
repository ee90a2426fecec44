import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  plural,
  pyShape,
  withArticle
} from "./chunk-73VS7PYX.js";
import {
  __commonJS
} from "./chunk-7UZKIK2J.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// src/sources/remote-defaults.ts
var REMOTE_DEFAULTS = Object.freeze({
  /** Largest download accepted for one model, its shards included (remote.max_bytes): 4 GiB. */
  maxBytes: 4 * 2 ** 30,
  /** Deadline of one attempt, headers and whole body (remote.timeout_seconds): 300 s. */
  timeoutMs: 3e5,
  /** Longest wait for the next chunk, never above timeoutMs. */
  idleTimeoutMs: 6e4,
  /** Attempts after the first (remote.retries). */
  retries: 2,
  /** GitHub's REST API and web bases when GITHUB_API_URL / GITHUB_SERVER_URL are unset. */
  apiUrl: "https://api.github.com",
  serverUrl: "https://github.com",
  /** Hosts that are GitHub's own, whatever the environment names: the only ones that ever see the token. */
  githubHosts: Object.freeze(["github.com", "api.github.com", "raw.githubusercontent.com"])
});

// package.json
var package_default = {
  name: "weightgate",
  version: "0.1.0",
  description: "Catch every mismatch between Keras/TF.js model code and saved weights before merge.",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/weightgate/weightgate.git"
  },
  private: true,
  bin: {
    weightgate: "bin/weightgate.js"
  },
  exports: {
    "./tfjs-layers": "./dist/tfjs-layers.js",
    "./package.json": "./package.json"
  },
  engines: {
    node: ">=20"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@tensorflow/tfjs-backend-cpu": "4.22.0",
    "@tensorflow/tfjs-backend-wasm": "4.22.0",
    "@tensorflow/tfjs-core": "4.22.0",
    "@tensorflow/tfjs-layers": "4.22.0",
    ajv: "^8.20.0",
    "badge-maker": "^6.0.0",
    "fastest-levenshtein": "^1.0.16",
    h5wasm: "^0.10.3",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    eslint: "^10.16.0",
    "json-schema-to-ts": "^3.1.1",
    knip: "^5.88.1",
    tsx: "^4.23.15",
    typescript: "5.9",
    "typescript-eslint": "^8.74.0"
  },
  peerDependencies: {
    "@tensorflow/tfjs-node": "4.22.0"
  },
  peerDependenciesMeta: {
    "@tensorflow/tfjs-node": {
      optional: true
    }
  },
  scripts: {
    test: "node scripts/check-system.mjs && node scripts/static-checks.mjs && node scripts/run-tests.mjs --test-concurrency=3 --test-reporter=spec",
    typecheck: "tsc --noEmit -p .",
    lint: "eslint . && knip --no-progress",
    build: "node scripts/build.mjs",
    fixtures: "node --import tsx scripts/make-fixtures.ts",
    schema: "node --import tsx scripts/write-config-schema.ts",
    fuzz: "node --import tsx scripts/fuzz.ts",
    bench: "node --import tsx scripts/bench.ts"
  }
};

// src/diff/loader-rule.ts
import path from "node:path";

// src/text/numbers.ts
function significant(x) {
  if (!Number.isFinite(x) || x === 0) return String(x);
  return Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4 ? String(Number(x.toPrecision(4))) : x.toExponential(3);
}
function percent(share) {
  return `${Number((share * 100).toFixed(1))}%`;
}

// src/text/format-names.ts
var FORMAT_NAMES = {
  "keras-h5-full": "Keras legacy full model (.h5)",
  "keras-h5-weights": "Keras legacy weights (.h5)",
  "keras3-weights-h5": "Keras 3 weights (.weights.h5)",
  "keras3-weights-sharded": "Keras 3 sharded weights (.weights.json)",
  "keras3-archive": "Keras 3 archive (.keras)",
  "tfjs-layers": "TF.js layers model (model.json)"
};

// src/diff/shapes.ts
function shapesCompatible(expected, saved) {
  return expected.length === saved.length && expected.every((d, i) => d === null || d === saved[i]);
}
function jsShape(shape) {
  return `[${shape.map((d) => d === null ? "null" : String(d)).join(",")}]`;
}
function pyList(items) {
  return `[${items.map((s) => `'${s}'`).join(", ")}]`;
}
function transposeAxes(expected, saved) {
  if (expected.length !== saved.length || expected.length < 2) return null;
  if (expected.some((d) => d === null)) return null;
  const used = /* @__PURE__ */ new Set();
  const axes = [];
  for (const d of expected) {
    let j = -1;
    for (let k = 0; k < saved.length; k++) {
      if (!used.has(k) && saved[k] === d) {
        j = k;
        break;
      }
    }
    if (j < 0) return null;
    used.add(j);
    axes.push(j);
  }
  if (axes.every((a, i) => a === i)) return null;
  return axes;
}
var FLOAT_BITS = {
  float16: [11, 5],
  bfloat16: [8, 8],
  float32: [24, 8],
  float64: [53, 11]
};
var INT_BITS = {
  int8: [8, true],
  int16: [16, true],
  int32: [32, true],
  int64: [64, true],
  uint8: [8, false],
  uint16: [16, false],
  uint32: [32, false],
  uint64: [64, false],
  bool: [1, false]
};
function isLossyCast(from, to) {
  if (from === to) return false;
  const ff = FLOAT_BITS[from];
  const tf = FLOAT_BITS[to];
  const fi = INT_BITS[from];
  const ti = INT_BITS[to];
  if (ff && tf) return tf[0] < ff[0] || tf[1] < ff[1];
  if (ff && ti) return true;
  if (fi && tf) return fi[0] > tf[0];
  if (fi && ti) {
    if (fi[1] && !ti[1]) return true;
    const width = ti[0] - (ti[1] && !fi[1] ? 1 : 0);
    return fi[0] > width;
  }
  return true;
}
function autoNumberBase(name) {
  return name.replace(/_\d+$/, "");
}
function differOnlyByAutoNumber(a, b) {
  return a !== b && autoNumberBase(a) === autoNumberBase(b) && (a !== autoNumberBase(a) || b !== autoNumberBase(b));
}

// src/diff/messages.ts
var FORMAT_WORDS = FORMAT_NAMES;
var RULE_TEXT = {
  order: "load_weights(path) pairs the layers that own weights by position; names are ignored",
  name: "load_weights(path, by_name=True) pairs layers by name and silently skips layers found on one side only",
  path: "load_weights pairs each variable by the object path Keras derives from the model (layers/<class>[_N]/vars/<i>); layer names are not used",
  tfjs: "tf.loadLayersModel pairs each weight by its TF.js name (layer/weight, or layer/index for Keras 3 exports)"
};
function loaderReason(c) {
  const who = c.runtime === "keras2" ? "tf-keras" : c.runtime === "keras3" ? "Keras 3" : "TF.js";
  const why = c.auto ? c.formatLabel : c.requested === c.rule ? `${c.requested} rule requested for ${c.formatLabel}` : `${c.requested} rule requested, but no loader applies it to ${c.formatLabel}; using the rule its loader applies`;
  const skip = c.skipMismatch ? c.rule === "path" ? "; skip_mismatch=True: objects that fail keep their initial values, with a warning" : c.runtime === "keras3" || c.rule === "name" ? "; skip_mismatch=True: mismatched weights are skipped with a warning" : "" : "";
  return `${why}: ${who} ${RULE_TEXT[c.rule]}${skip}.`;
}
var LISTED = 8;
function varList(vars) {
  const shown = vars.slice(0, LISTED).map((v) => `${v.name} ${pyShape(v.shape)}`).join(", ");
  return vars.length > LISTED ? `${shown}, \u2026 (${vars.length - LISTED} more)` : shown;
}
function keras2Name(path2) {
  return /:\d+$/.test(path2) ? path2 : `${path2}:0`;
}
function shapeMessage(i, c) {
  const exp = pyShape(i.expectedShape);
  const got = pyShape(i.savedShape);
  const skipped = i.skipped;
  switch (i.rule) {
    case "tfjs":
      return `Shape mismatch: ${jsShape(i.expectedShape)} vs. ${jsShape(i.savedShape)}`;
    case "path":
      return `The shape of the target variable and the shape of the target value in \`variable.assign(value)\` must match. variable.shape=${exp}, Received: value.shape=${got}. Target variable: <Variable path=${i.weight}, shape=${exp}, dtype=${i.dtype}, value=\u2026>`;
    case "order":
    case "name":
      if (c.runtime === "keras2") {
        if (i.rule === "order") {
          return `Cannot assign value to variable ' ${keras2Name(i.weight)}': Shape mismatch.The variable shape ${exp}, and the assigned value shape ${got} are incompatible.`;
        }
        return skipped ? `Skipping loading weights for layer #${i.position} (named ${i.layer}) due to mismatch in shape for weight ${keras2Name(i.weight)}. Weight expects shape ${exp}. Received saved weight with shape ${got}` : `Shape mismatch in layer #${i.position} (named ${i.layer}) for weight ${keras2Name(i.weight)}. Weight expects shape ${exp}. Received saved weight with shape ${got}`;
      }
      return skipped ? `Skipping loading weights for layer #${i.position} (named ${i.layer})due to mismatch in shape for weight ${i.weight}. Weight expects shape ${exp}. Received saved weight with shape ${got}` : `Shape mismatch in layer #${i.position} (named ${i.layer})for weight ${i.weight}. Weight expects shape ${exp}. Received saved weight with shape ${got}`;
  }
}
function countMessage(i) {
  const n = i.expectedVars.length;
  const m = i.savedVars.length;
  switch (i.rule) {
    case "order":
      return `Weight count mismatch for layer #${i.position} (named ${i.layer} in the current model, ${i.savedLayer} in the save file). Layer expects ${n} weight(s). Received ${m} saved weight(s)`;
    case "name":
      return i.skipped ? `Skipping loading of weights for layer #${i.position} (named ${i.layer}) due to mismatch in number of weights. Layer expects ${n} weight(s). Received ${m} saved weight(s)` : `Weight count mismatch for layer #${i.position} (named ${i.layer}). Layer expects ${n} weight(s). Received ${m} saved weight(s)`;
    default:
      return kerasVariableCount(i.objectName ?? i.layer, i.expectedVars, m);
  }
}
function kerasVariableCount(name, expected, received) {
  return `Layer '${name}' expected ${expected.length} variables, but received ${received} variables during loading. Expected: ${pyList(expected.map((v) => v.name.split("/").pop() ?? v.name))}`;
}
function missingMessage(i) {
  const n = i.expectedVars.length;
  switch (i.rule) {
    case "path":
      return kerasVariableCount(i.objectName ?? i.layer, i.expectedVars, 0);
    case "tfjs":
      return `${i.unsetTotal ?? n} of ${i.totalWeights ?? n} weights are not set: ${(i.unsetNames ?? i.expectedVars.map((v) => v.name)).join(",")}`;
    case "name":
      return `The file has no layer named '${i.layer}': load_weights(by_name=True) skips it silently, so its ${plural(n, "weight")} (${varList(i.expectedVars)}) keep their random initial values.`;
    case "order":
      return `'${i.layer}' owns ${plural(n, "weight")} (${varList(i.expectedVars)}) but no layer of the file lines up with it.`;
  }
}
function unexpectedMessage(i) {
  const n = i.savedVars.length;
  if (i.topLevel) {
    return i.rule === "name" ? `Weight count mismatch for top-level weights of model. Model expects 0 top-level weight(s). Received ${n} saved top-level weight(s)` : `Weight count mismatch for top-level weights when loading weights from file. Model expects 0 top-level weight(s). Received ${n} saved top-level weight(s)`;
  }
  switch (i.rule) {
    case "tfjs":
      return `Provided weight data has no target variable: ${i.savedVars[0]?.name ?? i.savedLayer}`;
    case "path":
      return `Nothing in the model lives at ${i.savedPath} (the file's '${i.savedLayer}'): Keras never reads its ${plural(n, "variable")} (${varList(i.savedVars)}).`;
    case "name":
      return `No model layer is named '${i.savedLayer}': load_weights(by_name=True) ignores its ${plural(n, "weight")} (${varList(i.savedVars)}) silently.`;
    case "order":
      return `The file's '${i.savedLayer}' (${varList(i.savedVars)}) lines up with no layer of the model.`;
  }
}
function where(i) {
  return i.rule === "path" ? `both at ${i.objectPath}` : `weighted layer #${i.position}, paired by position`;
}
function nameMessage(i) {
  if (i.swappedWith) {
    return `'${i.layer}' receives the weights the file saved for '${i.savedLayer}' (${where(i)}), and '${i.swappedWith}' those saved for '${i.layer}': the two layers are swapped. Their shapes agree, so Keras raises nothing.`;
  }
  if (i.cycle) {
    return `'${i.layer}' receives the weights the file saved for '${i.savedLayer}' (${where(i)}): layers ${i.cycle.map((n) => `'${n}'`).join(" \u2192 ")} each receive the next one's weights.`;
  }
  if (i.autoNumbered) {
    return `'${i.layer}' receives the weights the file saved as '${i.savedLayer}' (${where(i)}); the names differ only by Keras' auto-numbering.`;
  }
  return `'${i.layer}' receives the weights the file saved as '${i.savedLayer}' (${where(i)}): a renamed layer, or a different one?`;
}
function unsupportedMessage(i) {
  switch (i.reason) {
    case "by-name-keras3":
      return `\`by_name\` only supports loading legacy '.h5' or '.hdf5' files. Received: ${i.source}`;
    case "skip-mismatch-keras2":
      return "When calling model.load_weights, skip_mismatch can only be set to True when by_name is True.";
    case "skip-mismatch-tfjs":
      return "skip_mismatch has no TF.js counterpart (tf.loadLayersModel checks every shape even with strict=false); weightgate ignored it.";
    case "rule-needs-other-format":
      return `No loader pairs ${withArticle(FORMAT_WORDS[i.format])} by the ${i.requested} rule; weightgate applied the ${i.usedRule} rule, which its loader uses.`;
  }
}
function describe(i, c) {
  switch (i.code) {
    case "layer-count-mismatch":
      return `Layer count mismatch when loading weights from file. Model expected ${i.expectedLayers} layers, found ${i.savedLayers} saved layers.`;
    case "weight-count-mismatch":
      return countMessage(i);
    case "shape-mismatch":
      return shapeMessage(i, c);
    case "dtype-mismatch":
      if (i.unsupported) return `${i.weight} (layer '${i.layer}'): the file stores it as HDF5 ${i.unsupported} data, which Keras cannot load into a variable (it needs numbers, here ${i.expectedDtype}).`;
      if (c.rule === "tfjs" && i.raises) return `dtype of the new value (${i.savedDtype}) and previous value (${i.expectedDtype}) must match`;
      if (i.quantization) {
        return `${i.weight} is stored quantised (${i.quantization}) and decoded to ${i.savedDtype}: the values only approximate the originals.`;
      }
      return `${i.weight}: the file holds ${i.savedDtype}${i.storedDtype ? ` (stored as ${i.storedDtype})` : ""}, the model's variable is ${i.expectedDtype}; ${c.runtime === "tfjs" ? "TF.js" : "Keras"} casts it silently on load${i.lossy ? ", and the cast loses precision" : ""}.`;
    case "missing-weights":
      return missingMessage(i);
    case "unexpected-weights":
      return unexpectedMessage(i);
    case "name-mismatch":
      return nameMessage(i);
    case "unknown-layer-class":
      return `'${i.layer}' is ${withArticle(i.className)}, ${i.why ?? "a class weightgate does not know"}, so its weights cannot be checked. The file holds ${i.savedVars.length ? varList(i.savedVars) : "nothing"} for it${i.savedLayer && i.savedLayer !== i.layer ? ` (as '${i.savedLayer}')` : ""}.`;
    case "weights-converted":
      return `tf-keras converts the saved weights of '${i.layer}' (${i.className}) before loading (preprocess_weights_for_loading): ${i.conversion}. weightgate compares the converted shapes, and the smoke run loads the converted values.`;
    case "weights-refused":
      return i.kerasMessage;
    case "config-default":
      return i.explanation;
    case "config-drift":
      return driftMessage(i);
    case "outputs-changed":
      return `${i.reason === void 0 ? `Output '${i.output}' moved from the snapshot: max |\u0394| ${significant(i.maxAbsDiff ?? 0)}, mean |\u0394| ${significant(i.meanAbsDiff ?? 0)}, relative ${significant(i.relativeError ?? 0)}${i.top1Agreement === void 0 ? "" : `, top-1 class unchanged on ${percent(i.top1Agreement)} of samples`} (allowed ${tol(i.atol)} + ${tol(i.rtol)}\xB7|snapshot|).` : `The snapshot cannot be replayed: ${i.reason}.`} If the change is intended, record it again: npx weightgate check -u, and commit the snapshot.`;
    case "dtype-inferred":
      return `${i.weight}: stored as 2-byte opaque data with no dtype attribute (how h5py stores bfloat16); read as ${i.dtype} because ${i.from} says so (inferred).`;
    case "optimizer-state":
      return `The file also holds optimizer state (${plural(i.count, "variable")}); it is never part of compatibility and inference does not need it.`;
    case "names-unrecorded":
      return "The file does not record layer names (Keras before 3.6 wrote none), so weightgate cannot tell whether two layers of the same class and shapes traded places.";
    case "loader-unsupported":
      return unsupportedMessage(i);
    case "duplicate-weight-name":
      return `Duplicate weight name: ${i.key}`;
  }
}
function escapeHatch(c) {
  switch (c.rule) {
    case "order":
      return "load_weights(path) itself still raises here: load with by_name=True (and skip_mismatch=True for resized layers)";
    case "name":
    case "path":
      return "load_weights itself still raises here unless you pass skip_mismatch=True";
    case "tfjs":
      return "tf.loadLayersModel itself still raises here: set the weights of this layer yourself";
  }
}
function noteFor(i, c) {
  const parts = [];
  if (i.code === "layer-count-mismatch") parts.push(alignmentNote(i));
  if (i.code === "loader-unsupported" && i.reason === "by-name-keras3") parts.push("weightgate paired the layers by the names the file records, to show what would differ.");
  if (i.code === "missing-weights" && i.rule === "path" && i.objectPath) parts.push(`The file has no variables at ${i.objectPath}.`);
  if (i.code === "unexpected-weights" && i.rule === "tfjs" && i.savedVars.length > 1) parts.push(`${plural(i.savedVars.length, "weight")} under '${i.savedLayer}' have no target.`);
  if (i.skipped) {
    parts.push(c.rule === "path" ? "skip_mismatch=True: Keras warns and the object keeps its initial values." : "skip_mismatch=True: Keras warns and this weight keeps its initial value.");
  }
  if (i.allowedBy) {
    const what = i.code === "unexpected-weights" ? "expected: the model does not use it" : "expected: will be trained from scratch";
    parts.push(`Allowed by ${i.allowedBy}: ${what}.${i.raises ? ` Note: ${escapeHatch(c)}.` : ""}`);
  }
  return parts.length ? parts.join(" ") : null;
}
function alignmentNote(i) {
  const unknown = i.unknownLayers ? ` Not counted: ${plural(i.unknownLayers, "layer")} of unknown class that the file does not list, so whether they own weights cannot be told.` : "";
  const assumed = (i.assumedByClass ?? []).map((a) => ` '${a.layer}' (${a.className}, not in the file) is counted as ${a.ownsWeights ? "owning" : "owning no"} weights, as the file's other ${a.className} layers do.`).join("");
  return `Keras stops here.${unknown}${assumed} ${alignmentText(i)}`;
}
function alignmentText(i) {
  const parts = [
    i.alignedByName ? `${i.alignedByName} by name` : "",
    i.alignedByShape ? `${i.alignedByShape} by weight shapes` : "",
    i.alignedByOrder ? `${i.alignedByOrder} by position` : ""
  ].filter(Boolean);
  return `To list every difference at once, weightgate lined up the layers ${parts.length ? parts.join(", ") : "it could (none paired)"}; the rest have no counterpart.`;
}
function expectedText(i) {
  switch (i.code) {
    case "layer-count-mismatch":
      return plural(i.expectedLayers, "weighted layer");
    case "weight-count-mismatch":
      return `${plural(i.expectedVars.length, "weight")}: ${varList(i.expectedVars)}`;
    case "shape-mismatch":
      return pyShape(i.expectedShape);
    case "dtype-mismatch":
      return i.expectedDtype;
    case "missing-weights":
      return varList(i.expectedVars);
    case "unexpected-weights":
      return i.topLevel ? "0 top-level weights" : "\u2014";
    case "name-mismatch":
      return i.layer;
    case "unknown-layer-class":
      return `${i.className} (unknown)`;
    case "weights-converted":
      return plural(i.to, "weight");
    case "weights-refused":
      return i.className;
    case "config-default":
      return `${i.key} unset`;
    case "config-drift":
      return driftCell(i.field, i.definitionValue);
    case "outputs-changed":
      return i.reason !== void 0 ? "not comparable" : `max |\u0394| ${significant(i.maxAbsDiff ?? 0)}${i.top1Agreement === void 0 ? "" : `, top-1 ${percent(i.top1Agreement)}`}`;
    case "dtype-inferred":
      return i.dtype;
    case "optimizer-state":
      return "\u2014";
    case "names-unrecorded":
      return "recorded layer names";
    case "loader-unsupported":
      return i.reason === "skip-mismatch-keras2" ? "by_name=True" : i.reason === "skip-mismatch-tfjs" ? "no skip_mismatch" : `${i.requested} rule`;
    case "duplicate-weight-name":
      return "unique weight names";
  }
}
function actualText(i) {
  switch (i.code) {
    case "layer-count-mismatch":
      return plural(i.savedLayers, "saved layer");
    case "weight-count-mismatch":
      return `${plural(i.savedVars.length, "weight")}${i.savedVars.length ? `: ${varList(i.savedVars)}` : ""}`;
    case "shape-mismatch":
      return pyShape(i.savedShape);
    case "dtype-mismatch":
      return i.unsupported ? `HDF5 ${i.unsupported}` : i.quantization ? `${i.savedDtype} (quantised ${i.quantization})` : i.storedDtype ? `${i.savedDtype} (stored ${i.storedDtype})` : i.savedDtype;
    case "missing-weights":
      return "nothing";
    case "unexpected-weights":
      return varList(i.savedVars);
    case "name-mismatch":
      return i.savedLayer;
    case "unknown-layer-class":
      return i.savedVars.length ? varList(i.savedVars) : "nothing";
    case "weights-converted":
      return plural(i.from, "saved weight");
    case "weights-refused":
      return varList(i.savedVars);
    case "config-default":
      return "\u2014";
    case "config-drift":
      return driftCell(i.field, i.savedValue);
    case "outputs-changed":
      return i.snapshot;
    case "dtype-inferred":
      return "untagged 2 bytes";
    case "optimizer-state":
      return plural(i.count, "variable");
    case "names-unrecorded":
      return "none (Keras < 3.6)";
    case "loader-unsupported":
      return FORMAT_WORDS[i.format];
    case "duplicate-weight-name":
      return i.key;
  }
}
function describeIssueHint(h) {
  switch (h.kind) {
    case "transposed":
      return `Same dimensions in another order: the layout is transposed (e.g. a PyTorch (out, in, h, w) kernel for Keras' (h, w, in, out)). np.transpose(saved, ${pyShape(h.axes)}) gives the expected layout.`;
    case "flatten-input":
      return `This is the first Dense after Flatten ('${h.flatten}') and only its input size differs (${h.expectedIn ?? "None"} vs ${h.savedIn}): the input size, or a layer before Flatten, changed.`;
    case "needs-tf-keras":
      return `tf-keras would convert these ${h.className} weights before loading (preprocess_weights_for_loading: ${h.conversion}); Keras 3 does not (it assigns them as saved, and this check simulates Keras 3). Load with tf-keras (--runtime keras2), or re-save the weights from it.`;
  }
}
function describeHint(h) {
  switch (h.kind) {
    case "head-changed": {
      const units = h.expectedUnits !== void 0 && h.savedUnits !== void 0 ? ` (${h.savedUnits} outputs in the file, ${h.expectedUnits} in the model: did the class count change?)` : "";
      const list = h.layers.join(",");
      const allow = (kind) => `\`--allow-${kind} ${list}\` (config: \`allow: { ${kind}: [${list}] }\`)`;
      const how = h.rule === "name" ? `by_name=True already leaves it at its initial values; record that it is intended with ${allow("missing")}` : h.skipMismatch ? `skip_mismatch=True already leaves it at its initial values; record that it is intended with ${allow("mismatch")}` : `allow it with ${allow("mismatch")} and load with skip_mismatch=True (Keras 3), or by_name=True, skip_mismatch=True (tf-keras)`;
      return `Only the head differs${units}. If that is the point (transfer learning), ${how}.`;
    }
    case "rename-map": {
      const pairs = Object.entries(h.map).map(([from, to]) => `'${from}' \u2192 '${to}'`).join(", ");
      return h.autoNumbered ? `The names differ only by Keras' auto-numbering suffix (models built twice in one session drift this way). Rename map, file \u2192 model: ${pairs}. Name the layers explicitly in the code to pin them.` : `Same shapes under another name: the layers look renamed. Rename map, file \u2192 model: ${pairs}. Rename them back, or load by order (names play no part there).`;
    }
    case "layers-swapped":
      return `${h.layers.map((l) => `'${l}'`).join(" and ")} trade weights: the code's layer order no longer matches the file's. Restore the order (or re-save the weights) before trusting outputs.`;
    case "lossy-cast": {
      const casts = h.casts.map((c) => c.quantized ? `${plural(c.count, "weight")} stored quantised as ${c.from}` : `${plural(c.count, "weight")} narrowed from ${c.from} to ${c.to}`).join("; ");
      const avoid = h.casts.every((c) => c.quantized) ? "Convert without quantisation to avoid it" : "Save the weights in the model's dtype to avoid it";
      return `Values change on load (${casts}): outputs will differ slightly from the saved model's, so compare them with a tolerance that fits the narrower type. ${avoid}.`;
    }
    case "shifted-paths": {
      const moves = h.moves.map((m) => `'${m.layer}' reads what the file saved for '${m.savedLayer}'${m.objectPath ? ` (${m.objectPath})` : ""}`).join("; ");
      return `Object paths shifted: Keras 3 numbers them per class in model order (layers/dense, layers/dense_1, \u2026), so a layer added or removed earlier moves the later ones onto their neighbours' weights: ${moves}. Restore the layer, or re-save the weights from the current model.`;
    }
    case "by-name-matched-nothing":
      return "load_weights(by_name=True) matches none of the model's weighted layers: every layer keeps its random initial values. The names drifted; load by order, or rename the layers.";
    case "model-name-prefix":
      return `${plural(h.count, "weight name")} in the manifest start with '${h.prefix}/'${h.isModelName ? ", the model's own name," : ""} and pair once it is dropped: the TensorFlow.js converter writes Keras 3 models this way and tf.loadLayersModel (TF.js 4.22) does not strip it, so nothing loads. Drop the '${h.prefix}/' prefix from the manifest's weight names (or convert from a tf-keras model).`;
  }
}
function kerasLoadingFailure(first, failed) {
  return `A total of ${failed.length} objects could not be loaded. Example error message for object ${first.repr}:

${first.message}

List of objects that could not be loaded:
[${failed.map((f) => f.repr).join(", ")}]`;
}
function objectRepr(className, name) {
  return `<${className} name=${name}, built=True>`;
}
function driftMessage(i) {
  const silently = "the weights load without a word, and the model computes something else than the one saved.";
  switch (i.field) {
    case "layer":
      return i.definitionValue === "None" ? `'${i.layer}' (${i.savedValue}) is in the saved model but not in the definition: ${silently}` : `'${i.layer}' (${i.definitionValue}) is in the definition but not in the saved model: ${silently}`;
    case "position":
      return `'${i.layer}' is layer ${i.definitionValue} in the definition, ${i.savedValue} in the saved model (same-shaped layers traded places): ${silently}`;
    case "class":
      return `'${i.layer}' is ${withArticle(i.definitionValue)} in the definition, ${withArticle(i.savedValue)} in the saved model: ${silently}`;
    case "inputs":
      return `'${i.layer}' takes ${i.definitionValue} in the definition, ${i.savedValue} in the saved model: ${silently}`;
    default:
      return `${i.layer}: ${i.field} ${i.definitionValue} in the definition, ${i.savedValue} in the saved model; ${silently}`;
  }
}
function driftCell(field, value) {
  return field === "layer" ? value : `${field} ${value}`;
}
function tol(x) {
  return x !== 0 && Math.abs(x) < 1e-3 ? x.toExponential() : String(x);
}

// src/diff/loader-rule.ts
var LOADER_RULES = ["order", "name", "path", "tfjs"];
var LEGACY = ["keras-h5-full", "keras-h5-weights"];
var KERAS3 = ["keras3-weights-h5", "keras3-weights-sharded", "keras3-archive"];
function autoRule(format) {
  if (LEGACY.includes(format)) return "order";
  if (KERAS3.includes(format)) return "path";
  return "tfjs";
}
function rulesFor(format) {
  if (LEGACY.includes(format)) return ["order", "name"];
  if (KERAS3.includes(format)) return ["path"];
  return ["tfjs"];
}
function requestedRule(options) {
  return options.loader ?? (options.byName ? "name" : void 0);
}
function usedRule(format, requested) {
  if (!requested) return autoRule(format);
  if (rulesFor(format).includes(requested)) return requested;
  if (requested === "name" && KERAS3.includes(format)) return "name";
  return autoRule(format);
}
function runtimeFor(rule, artifact, definition, options) {
  if (rule === "tfjs") return "tfjs";
  if (rule === "path") return "keras3";
  if (options.runtime) return options.runtime;
  return artifact.generation === 3 || definition?.generation === 3 ? "keras3" : "keras2";
}
function callFor(rule, artifact, skipMismatch) {
  const file = path.basename(artifact.source);
  if (rule === "tfjs") return `tf.loadLayersModel('${file}')`;
  const args = [`'${file}'`];
  if (rule === "name") args.push("by_name=True");
  if (skipMismatch) args.push("skip_mismatch=True");
  return `model.load_weights(${args.join(", ")})`;
}
function chooseLoader(artifact, options = {}, definition) {
  const requested = requestedRule(options);
  const rule = usedRule(artifact.format, requested);
  const runtime = runtimeFor(rule, artifact, definition, options);
  const skipMismatch = Boolean(options.skipMismatch) && rule !== "tfjs";
  const auto = requested === void 0;
  return {
    rule,
    runtime,
    auto,
    skipMismatch,
    call: callFor(rule, artifact, skipMismatch),
    reason: loaderReason({ rule, runtime, auto, requested, format: artifact.format, formatLabel: artifact.formatLabel, skipMismatch })
  };
}
function loaderRefusals(choice, artifact, options) {
  const out = [];
  const requested = requestedRule(options);
  const base = { layer: "", format: artifact.format, source: path.basename(artifact.source), usedRule: choice.rule };
  if (requested && !rulesFor(artifact.format).includes(requested)) {
    const byNameKeras3 = requested === "name" && KERAS3.includes(artifact.format);
    out.push({
      ...base,
      code: "loader-unsupported",
      severity: byNameKeras3 ? "error" : "warning",
      raises: byNameKeras3,
      requested,
      reason: byNameKeras3 ? "by-name-keras3" : "rule-needs-other-format"
    });
  }
  if (options.skipMismatch && choice.rule === "tfjs") {
    out.push({ ...base, code: "loader-unsupported", severity: "warning", raises: false, requested: "tfjs", reason: "skip-mismatch-tfjs" });
  }
  if (options.skipMismatch && choice.rule === "order" && choice.runtime === "keras2") {
    out.push({ ...base, code: "loader-unsupported", severity: "error", raises: true, requested: "order", reason: "skip-mismatch-keras2" });
  }
  return out;
}

// src/engine/engine-types.ts
var ENGINE_PREFERENCES = ["auto", "tfjs-node", "wasm", "cpu"];

// src/config/config-schema.ts
function githubRepository(repository) {
  const m = /^(?:git\+)?https:\/\/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(repository.url);
  if (!m?.[1]) throw new Error(`package.json: repository.url ${JSON.stringify(repository.url)} is not a GitHub repository URL`);
  return m[1];
}
var CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/${githubRepository(package_default.repository)}/v${package_default.version}/schema/weightgate.schema.json`;
var SCHEMA_MODELINE = `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`;
var CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: CONFIG_SCHEMA_URL,
  title: "weightgate configuration",
  description: `Maps Keras / TF.js model definitions to the weight artifacts they must load. Editors: put \`${SCHEMA_MODELINE}\` at the top of weightgate.yml.`,
  type: "object",
  additionalProperties: false,
  required: ["version", "models"],
  properties: {
    $schema: {
      type: "string"
    },
    version: {
      const: 1,
      description: "Configuration format version. Always 1."
    },
    defaults: {
      $ref: "#/definitions/options",
      description: "Options every model inherits; a model's own options win."
    },
    concurrency: {
      type: "integer",
      minimum: 1,
      maximum: 64,
      default: 4,
      description: "Models checked at the same time."
    },
    cache: {
      type: "string",
      default: ".weightgate-cache",
      description: "Folder for downloaded artifacts (relative to the config file; inside the repository)."
    },
    remote: {
      type: "object",
      additionalProperties: false,
      description: "How remote (https://, gh://, gh-release://) artifacts are downloaded.",
      properties: {
        max_bytes: {
          type: "integer",
          minimum: 1,
          default: REMOTE_DEFAULTS.maxBytes,
          description: "Largest download accepted."
        },
        timeout_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          default: REMOTE_DEFAULTS.timeoutMs / 1e3,
          description: "Per attempt."
        },
        retries: {
          type: "integer",
          minimum: 0,
          maximum: 10,
          default: REMOTE_DEFAULTS.retries
        },
        allow_http: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Hosts that may be reached over plain http (tests on 127.0.0.1 only)."
        },
        allow_hosts: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Hosts (by name) that may be, or resolve to, loopback, private or link-local addresses; all others are refused."
        }
      }
    },
    snapshots: {
      $ref: "#/definitions/snapshots",
      description: "Output snapshots for every model: `weightgate check -u` records each model's outputs on seeded inputs, every later check replays and compares them. A model's own `snapshots` wins."
    },
    limits: {
      type: "object",
      description: "Resource limits for reading untrusted files, e.g. { maxFileBytes: 64GiB, timeoutMs: 90s }; see README. In the GitHub Action, a value above the default (or off) applies only with the workflow input allow-config-limits: true; lowering always applies."
    },
    models: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/model"
      }
    }
  },
  definitions: {
    snapshots: {
      type: "object",
      additionalProperties: false,
      properties: {
        dir: {
          type: "string",
          minLength: 1,
          default: "weightgate-snapshots",
          description: "Folder of the snapshot files (<model id>.npz and <model id>.json), relative to the config file."
        },
        atol: {
          type: "number",
          minimum: 0,
          description: "Absolute tolerance of a replay (default 1e-6 on the engine that recorded, 1e-5 on another engine or for outputs Keras recorded)."
        },
        rtol: {
          type: "number",
          minimum: 0,
          description: "Relative tolerance of a replay (default 1e-5 on the engine that recorded, 1e-4 otherwise)."
        },
        on_change: {
          enum: ["error", "warning"],
          default: "error",
          description: "Severity of an `outputs-changed` finding."
        },
        skip: {
          type: "boolean",
          description: "No snapshot for this model (or, at the top, for any model that does not set its own)."
        }
      }
    },
    layers: {
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      uniqueItems: true
    },
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        loader: {
          enum: ["auto", ...LOADER_RULES],
          description: "Pairing rule: auto (from the weights' format), order (legacy .h5 load_weights), name (by_name=True), path (Keras 3), tfjs."
        },
        runtime: {
          enum: ["keras2", "keras3"],
          description: "Which Keras loads the weights (default: Keras 3 when either side is Keras 3)."
        },
        engine: {
          enum: ENGINE_PREFERENCES,
          description: "TF.js backend for the smoke inference."
        },
        skip_mismatch: {
          type: "boolean",
          description: "load_weights(..., skip_mismatch=True)."
        },
        allow: {
          type: "object",
          additionalProperties: false,
          description: "Differences that are intended (transfer learning). They stay visible as info.",
          properties: {
            missing: {
              $ref: "#/definitions/layers",
              description: "Model layers that may have no weights in the file (new layers, trained from scratch)."
            },
            unexpected: {
              $ref: "#/definitions/layers",
              description: "File layers the model may not use (a dropped head)."
            },
            mismatch: {
              $ref: "#/definitions/layers",
              description: "Layers whose shapes or counts may differ (a resized head)."
            }
          }
        },
        smoke: {
          type: "object",
          additionalProperties: false,
          description: "The TF.js smoke inference after the diff.",
          properties: {
            skip: {
              type: "boolean"
            },
            input: {
              type: "string",
              description: ".npy or .npz (keyed by input name); generated from `seed` when absent."
            },
            expected: {
              type: "string",
              description: ".npy or .npz golden outputs to compare against."
            },
            atol: {
              type: "number",
              minimum: 0
            },
            rtol: {
              type: "number",
              minimum: 0
            },
            seed: {
              type: "integer"
            },
            dim_default: {
              type: "integer",
              minimum: 1,
              description: "Size for unknown non-batch dimensions of generated inputs."
            }
          }
        }
      }
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: ["definition"],
      properties: {
        name: {
          type: "string",
          minLength: 1,
          description: "Shown in reports. With a glob, may use {stem}."
        },
        definition: {
          type: "string",
          minLength: 1,
          description: "Model definition: Keras to_json() .json, .keras, full-model .h5, TF.js model.json. A glob expands to one pair per match."
        },
        exclude: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          description: 'Globs (same base as `definition`) of matches to leave out, e.g. ["*_test.json"].'
        },
        weights: {
          description: "Weight artifact(s): a path, glob, https:// URL, gh://owner/repo@ref/path or gh-release://owner/repo@tag/asset. {stem}, {name} and {dir} refer to the definition. Omit for files that carry both (.keras, full .h5).",
          oneOf: [
            {
              type: "string",
              minLength: 1
            },
            {
              type: "array",
              minItems: 1,
              items: {
                type: "string",
                minLength: 1
              }
            }
          ]
        },
        sha256: {
          type: "string",
          pattern: "^[0-9a-fA-F]{64}$",
          description: "Expected SHA-256 of the weights (of the definition file when there are no weights): a download is verified after it lands, a local file is hashed before it is read."
        },
        loader: {
          $ref: "#/definitions/options/properties/loader"
        },
        runtime: {
          $ref: "#/definitions/options/properties/runtime"
        },
        engine: {
          $ref: "#/definitions/options/properties/engine"
        },
        skip_mismatch: {
          $ref: "#/definitions/options/properties/skip_mismatch"
        },
        allow: {
          $ref: "#/definitions/options/properties/allow"
        },
        smoke: {
          $ref: "#/definitions/options/properties/smoke"
        },
        snapshots: {
          $ref: "#/definitions/snapshots"
        }
      }
    }
  }
};

export {
  require_mod,
  FORMAT_NAMES,
  shapesCompatible,
  transposeAxes,
  isLossyCast,
  autoNumberBase,
  differOnlyByAutoNumber,
  significant,
  percent,
  describe,
  noteFor,
  alignmentText,
  expectedText,
  actualText,
  describeIssueHint,
  describeHint,
  kerasLoadingFailure,
  objectRepr,
  LOADER_RULES,
  chooseLoader,
  loaderRefusals,
  ENGINE_PREFERENCES,
  REMOTE_DEFAULTS,
  SCHEMA_MODELINE,
  CONFIG_SCHEMA
};
