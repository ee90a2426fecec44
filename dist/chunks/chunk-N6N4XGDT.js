import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  capName,
  sanitizeTerminal
} from "./chunk-O5O6OTDQ.js";

// src/cli/terminal.ts
function forced(env) {
  const f = env.FORCE_COLOR;
  if (f === void 0) return void 0;
  return !(f === "0" || f.toLowerCase() === "false");
}
function colorEnabled(stream, env, flag) {
  if (flag !== void 0) return flag;
  const f = forced(env);
  if (f !== void 0) return f;
  if (env.NO_COLOR) return false;
  if (env.TERM === "dumb") return false;
  return stream?.isTTY === true;
}
function liveStatusEnabled(stream, env) {
  return stream?.isTTY === true && env.TERM !== "dumb" && !env.CI;
}

// src/cli/progress-sink.ts
var PHASE_WORDS = { downloading: "downloading", reading: "reading", diffing: "diffing", smoke: "running the smoke inference" };
var TICK_MS = 250;
var SLOW_NOTICE_MS = 3e4;
var ERASE = "\r\x1B[K";
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)}s`;
}
function progressSink(stream, env, o = {}) {
  const now = o.now ?? (() => performance.now());
  const live = liveStatusEnabled(stream, env);
  const slowAfter = o.slowNoticeMs ?? SLOW_NOTICE_MS;
  const running = /* @__PURE__ */ new Map();
  let detail = "";
  let shown = false;
  let timer;
  const erase = () => {
    if (shown) stream.write(ERASE);
    shown = false;
  };
  const statusText = () => {
    const t = now();
    let oldest;
    for (const e of running) if (!oldest || e[1].since < oldest[1].since) oldest = e;
    const parts = [];
    if (oldest) {
      const [name, f] = oldest;
      parts.push(`\u283F ${sanitizeTerminal(capName(name, 60))}  ${f.phase}  ${seconds(t - f.since)}${running.size > 1 ? `  (+${running.size - 1} more)` : ""}`);
    }
    if (detail) parts.push(sanitizeTerminal(detail));
    return parts.join(" \xB7 ");
  };
  const draw = () => {
    if (!live) return;
    const text = statusText();
    if (!text) return erase();
    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`${ERASE}${[...text].slice(0, width).join("")}`);
    shown = true;
  };
  const noticeSlow = () => {
    if (live) return;
    const t = now();
    for (const [name, f] of running) {
      if (f.noticed || t - f.since < slowAfter) continue;
      f.noticed = true;
      stream.write(`\u2026 ${sanitizeTerminal(capName(name))}: still ${PHASE_WORDS[f.phase]} after ${Math.round((t - f.since) / 1e3)}s
`);
    }
  };
  const tick = () => {
    draw();
    noticeSlow();
  };
  const ensureTimer = () => {
    if (timer || o.timer === false || !running.size) return;
    timer = setInterval(tick, live ? TICK_MS : Math.min(1e3, Math.max(1, slowAfter)));
    timer.unref();
  };
  const stopTimer = () => {
    if (timer) clearInterval(timer);
    timer = void 0;
  };
  return {
    line: (t) => {
      erase();
      stream.write(`${t}
`);
      draw();
    },
    status: (t) => {
      detail = t;
      draw();
    },
    phase: (model, phase) => {
      const f = running.get(model);
      if (f) f.phase = phase;
      else running.set(model, { phase, since: now(), noticed: false });
      ensureTimer();
      draw();
    },
    finished: (model) => {
      running.delete(model);
      if (!running.size) {
        detail = "";
        stopTimer();
      }
      draw();
    },
    clear: erase,
    stop: () => {
      stopTimer();
      running.clear();
      detail = "";
      erase();
    },
    tick
  };
}

export {
  colorEnabled,
  progressSink
};
