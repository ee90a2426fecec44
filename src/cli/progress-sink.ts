// Progress on stderr while models are read, diffed and run: lines that stay (`check`'s one line per
// finished model) and, on a terminal, one status line rewritten in place, so a slow model is never
// silence: `⠿ big-model  reading  3.4s  (+1 more) · downloading big.h5 12.0/400.0 MiB`. It names the
// model that has been running longest, its phase and how long it has run, and is redrawn every
// TICK_MS; it is erased before every line that stays and before the report.
//
// Not on a terminal (a CI log, a pipe, TERM=dumb: see terminal.ts) nothing is ever rewritten: the
// lines that stay, plus, for a model still running after SLOW_NOTICE_MS, one line saying what it is
// doing (`… big-model: still reading after 30s`), once per model. A log then shows where time goes
// without a line per tick.
import { capName } from '../report/cap.js';
import { sanitizeTerminal } from '../report/text.js';
import { liveStatusEnabled, type Env, type TerminalStream } from './terminal.js';

/** What a model in flight is doing. */
export type Phase = 'downloading' | 'reading' | 'diffing' | 'smoke';

/** A phase in a sentence (`still running the smoke inference after 30s`). */
const PHASE_WORDS: Record<Phase, string> = { downloading: 'downloading', reading: 'reading', diffing: 'diffing', smoke: 'running the smoke inference' };

export interface ProgressSink {
  /** A line that stays (a finished model); the status line is erased first and redrawn after. */
  line(text: string): void;
  /** A detail for the status line (a download's progress); terminal only. */
  status(text: string): void;
  /** `model` started `phase` (its clock starts at its first phase). */
  phase(model: string, phase: Phase): void;
  /** `model` is done: it leaves the status line. */
  finished(model: string): void;
  /** Erase the status line (before the report is printed); it comes back with the next event. */
  clear(): void;
  /** Erase the status line and stop redrawing it: the run is over. */
  stop(): void;
  /** Redraw (the timer calls it; tests call it with their own clock). */
  tick(): void;
}

export interface ProgressOptions {
  /** Milliseconds since some origin (performance.now by default). */
  now?: () => number;
  /** A model running this long gets its one line in a log that is not a terminal. */
  slowNoticeMs?: number;
  /** Start a timer that calls tick() (default true; tests drive tick() themselves). */
  timer?: boolean;
}

/** Redraw interval of the status line (and how often a log checks for slow models). */
export const TICK_MS = 250;
/** After this long on one model, a log that is not a terminal gets one line about it. */
export const SLOW_NOTICE_MS = 30_000;

const ERASE = '\r\u001b[K';

interface InFlight {
  phase: Phase;
  since: number;
  noticed: boolean;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** The progress sink for `stream` under `env`'s terminal rules. */
export function progressSink(stream: TerminalStream, env: Env, o: ProgressOptions = {}): ProgressSink {
  const now = o.now ?? (() => performance.now());
  const live = liveStatusEnabled(stream, env);
  const slowAfter = o.slowNoticeMs ?? SLOW_NOTICE_MS;
  const running = new Map<string, InFlight>();
  let detail = '';
  let shown = false;
  let timer: NodeJS.Timeout | undefined;

  const erase = () => {
    if (shown) stream.write(ERASE);
    shown = false;
  };
  const statusText = (): string => {
    const t = now();
    let oldest: [string, InFlight] | undefined;
    for (const e of running) if (!oldest || e[1].since < oldest[1].since) oldest = e;
    const parts: string[] = [];
    if (oldest) {
      const [name, f] = oldest;
      parts.push(`⠿ ${sanitizeTerminal(capName(name, 60))}  ${f.phase}  ${seconds(t - f.since)}${running.size > 1 ? `  (+${running.size - 1} more)` : ''}`);
    }
    if (detail) parts.push(sanitizeTerminal(detail));
    return parts.join(' · ');
  };
  const draw = () => {
    if (!live) return;
    const text = statusText();
    if (!text) return erase();
    // A pseudo-terminal without a size (`script` in a pipe) says 0 columns.
    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`${ERASE}${[...text].slice(0, width).join('')}`);
    shown = true;
  };
  const noticeSlow = () => {
    if (live) return;
    const t = now();
    for (const [name, f] of running) {
      if (f.noticed || t - f.since < slowAfter) continue;
      f.noticed = true;
      stream.write(`… ${sanitizeTerminal(capName(name))}: still ${PHASE_WORDS[f.phase]} after ${Math.round((t - f.since) / 1000)}s\n`);
    }
  };
  const tick = () => {
    draw();
    noticeSlow();
  };
  const ensureTimer = () => {
    if (timer || o.timer === false || !running.size) return;
    // A log that is not a terminal only needs checking for slow models, not redrawing.
    timer = setInterval(tick, live ? TICK_MS : Math.min(1000, Math.max(1, slowAfter)));
    timer.unref();
  };
  const stopTimer = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };

  return {
    line: (t) => {
      erase();
      stream.write(`${t}\n`);
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
        detail = '';
        stopTimer();
      }
      draw();
    },
    clear: erase,
    stop: () => {
      stopTimer();
      running.clear();
      detail = '';
      erase();
    },
    tick,
  };
}
