import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  InputError
} from "./chunk-FWZ4W6A4.js";

// src/cli/usage.ts
var TERMINAL = `Terminal: on a terminal, diff and check keep a status line on stderr (the model, reading / diffing /
smoke, for how long), erased before any result; logs, pipes, CI and TERM=dumb get none (check prints one
line for a model still running after 30 s). Colour on a terminal only; FORCE_COLOR forces it (FORCE_COLOR=0
turns it off), NO_COLOR turns it off, TERM=dumb turns off colour and the status line.`;
var USAGE = `usage: weightgate <command> [options]

commands:
  inspect <file...> [--json]        what a definition expects or a weights file holds (--json - is --json)
  diff <definition> [<weights>]     every difference, paired the way the real loader pairs them
      --loader auto|order|name|path|tfjs   pairing rule (default: from the weights' format)
      --by-name                     load_weights(..., by_name=True) (legacy .h5)
      --skip-mismatch               load_weights(..., skip_mismatch=True)
      --runtime keras2|keras3       which Keras loads (default: Keras 3 if either side is Keras 3)
      --allow-missing L[,L]         model layers that may be absent from the file (new layers)
      --allow-unexpected L[,L]      file layers the model may drop (an old head)
      --allow-mismatch L[,L]        layers whose shapes may differ (a resized head)
      --json | --markdown           machine-readable report / the PR comment's Markdown, alone on stdout
                                    (--json - is --json); an unreadable input gives its error in that form
      --color | --no-color          force colour on or off (default: see Terminal below)
      --smoke                       also load the weights into TF.js and run one inference
      --expected F [--input F]      golden outputs (.npy/.npz) to compare against (implies --smoke)
      --engine auto|tfjs-node|wasm|cpu  --atol N --rtol N --seed N --dim-default N
  diff <weights A> <weights B>      two weight files variable by variable (paired by the loaders' rules):
                                    same, changed (max |a \u2212 b|), added, removed, reshaped, retyped;
      --artifacts                   compare two full models (.keras, full .h5) this way too
  check [--config weightgate.yml]   every pair in the config; one bad model never stops the others
      --fail-on error|warning|never|new-errors
                                    exit 1 when a model is incompatible/unreadable (error, default),
                                    also on warnings (warning), never, or only on what --base shows
                                    this change introduced (new-errors)
      --base REF                    also check every model at the git ref REF (its own weightgate.yml,
                                    read from git, no checkout): introduced / fixed / pre-existing, and
                                    what changed (definition, weights, outputs)
      --json F | --markdown F       also write the report as JSON / Markdown to F; F = - puts it alone on
                                    stdout (the text report, warnings and progress go to stderr); a config
                                    that cannot be used still gives its error in that form (exit 2)
      --comment F                   write the pull request comment the Action would post (same marker,
                                    size budget, paths from the repository root) to F, or - for stdout
      --color | --no-color          force colour on or off (default: see Terminal below)
      --shard i/n                   check the i-th of n slices of the sorted model list
      --concurrency N               models checked at once (default: the config's, 4)
      -u, --update-snapshots        record each model's output snapshot (weightgate-snapshots/) instead of
                                    comparing with it, and remove snapshots no model owns
      --allow-outside               read paths outside the config's repository too (a local config you trust)
  merge <report.json...> [--json F] [--markdown F] [--fail-on \u2026]
                                    join shard reports into one (same as an unsharded run)
  convert <definition> [<weights>] <out-dir>
                                    write a TF.js layers model (model.json + shards) that tf.loadLayersModel
                                    loads, from the weights the real Keras loader would use
      --quantize float16|uint8|uint16  store the weights quantised (TF.js dequantises them on load)
      --loader, --by-name, --skip-mismatch, --runtime, --allow-missing/-unexpected/-mismatch  as for diff
      --engine auto|tfjs-node|wasm|cpu  --no-verify (skip reloading the written files)  --json
  init [dir]                        find the models under dir (default .), pair each definition with its weights,
                                    and write dir/weightgate.yml that check runs as it is (with what it could not pair)
      --force                       replace an existing weightgate.yml
      --stdout                      print the config instead of writing it (also: init [dir] -)
      --limit NAME=VALUE            raise a reading limit while files are recognised, as for check
  help                              this text

${TERMINAL}

inspect, diff and check take --limit NAME=VALUE (repeatable) to raise a reading limit, e.g. --limit timeoutMs=180s,
--limit maxFileBytes=64GiB, --limit maxLayers=off (see the README for the list).

Exit codes: 0 ok, 1 incompatible, 2 unusable input.`;
var UsageError = class extends Error {
  name = "UsageError";
};
function commandUsage(command) {
  const lines = USAGE.split("\n");
  const out = [];
  let inside = false;
  for (const line of lines) {
    const entry = /^ {2}(\S+)/.exec(line);
    if (entry) inside = entry[1] === command;
    else if (!line.startsWith("      ") && !line.startsWith("    ")) inside = false;
    if (inside) out.push(line);
  }
  const terminal = command === "diff" || command === "check" ? `

${TERMINAL}` : "";
  return `usage: weightgate ${command} [options]

${out.join("\n")}${terminal}

${EXIT_CODES[command] ?? EXIT_CODES.default}`;
}
var EXIT_CODES = {
  default: "Exit codes: 0 ok, 1 incompatible, 2 unusable input.",
  inspect: "Exit codes: 0 read, 2 unreadable input.",
  diff: "Exit codes: 0 compatible or warnings (two weight files: same structure), 1 incompatible or a failed smoke run (structure differs), 2 unusable input.",
  check: "Exit codes: 0 nothing fails --fail-on, 1 a model fails it, 2 an unusable config or command line.",
  merge: "Exit codes: 0 nothing fails --fail-on, 1 a model fails it, 2 an unreadable report.",
  convert: "Exit codes: 0 written (and verified), 1 refused (the model cannot be converted as asked), 2 unusable input.",
  init: "Exit codes: 0 written (files it could not pair are listed, not failed), 1 no model found (nothing written), 2 unusable input (no such folder, weightgate.yml already there without --force)."
};

// src/cli/cli-errors.ts
function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
function reportError(err, io) {
  if (err instanceof InputError) {
    io.err(`error: ${err.message}`);
    return 2;
  }
  if (err instanceof UsageError) {
    io.err(`error: ${err.message}

${USAGE}`);
    return 2;
  }
  io.err(`error: weightgate failed unexpectedly: ${err instanceof Error ? err.message : JSON.stringify(err)}
  \u2192 please report this with the file that caused it`);
  return 2;
}
async function rethrownAs(as, fn) {
  try {
    return await fn();
  } catch (err) {
    throw as(messageOf(err));
  }
}
var usageError = (message) => new UsageError(message);
function errorJson(err, fallback) {
  const file = err instanceof InputError ? err.file : fallback;
  return { verdict: "error", ...file !== void 0 ? { file } : {}, error: messageOf(err) };
}

export {
  USAGE,
  UsageError,
  commandUsage,
  messageOf,
  reportError,
  rethrownAs,
  usageError,
  errorJson
};
