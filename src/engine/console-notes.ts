// TF.js talks on the console ("Ignoring unroll = true for RNN layer…", "Backend rnn()…", emscripten's
// "Aborted()"). During a smoke run that goes into the result's notes, never to the user's terminal
// or the action's log. The console methods are replaced by routing functions that send each line to
// the run in progress; code that bound a console method while one was installed (emscripten binds
// `console.error` when the WASM module loads) keeps reaching the router, which passes lines through
// to the original console once no run is listening.
import { format } from 'node:util';
import { plural } from '../text/grammar.js';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type Method = (typeof METHODS)[number];
type Sink = (line: string) => void;
type ConsoleFn = (...args: unknown[]) => void;

/** The console's methods as plain functions: they are saved, replaced and restored, and called with `console` as `this`. */
const consoleMethods: Record<Method, ConsoleFn> = console;

/** Most lines kept per run; a layer that warns once per step would otherwise flood the report. */
const MAX_LINES = 20;
const MAX_CHARS = 300;

let sink: Sink | undefined;
const originals = new Map<Method, (...args: unknown[]) => void>();
const routers = new Map<Method, (...args: unknown[]) => void>();

function router(m: Method): (...args: unknown[]) => void {
  let r = routers.get(m);
  if (!r) {
    r = (...args: unknown[]) => {
      if (sink) sink(format(...args));
      else originals.get(m)?.apply(console, args);
    };
    routers.set(m, r);
  }
  return r;
}

/** One console line as a note: first line, trimmed and cut short. */
export function noteOf(line: string): string {
  const first = line.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  return `TF.js console: ${first.length > MAX_CHARS ? `${first.slice(0, MAX_CHARS)}…` : first}`;
}

/** Adds console lines to `notes`: each distinct line once, at most MAX_LINES, then a count of the rest. */
export function noteCollector(notes: string[]): Sink {
  const seen = new Set<string>();
  let dropped = 0;
  let tail: string | undefined;
  return (line) => {
    const note = noteOf(line);
    if (note === 'TF.js console: ' || seen.has(note)) return;
    seen.add(note);
    if (seen.size <= MAX_LINES) {
      notes.push(note);
      return;
    }
    dropped++;
    const text = `TF.js console: ${plural(dropped, 'more line')} not shown`;
    if (tail) notes[notes.indexOf(tail)] = text;
    else notes.push(text);
    tail = text;
  };
}

/**
 * Run `fn` with every console line going to `to` instead of the terminal. Runs must not overlap
 * (the smoke run holds the engine lock, see exclusive.ts); a nested call simply takes over the sink.
 */
export async function withConsoleTo<T>(to: Sink, fn: () => Promise<T>): Promise<T> {
  const previous = sink;
  const installed = METHODS.map((m) => [m, consoleMethods[m]] as const);
  for (const m of METHODS) {
    if (consoleMethods[m] !== router(m)) originals.set(m, consoleMethods[m]);
    consoleMethods[m] = router(m);
  }
  sink = to;
  try {
    return await fn();
  } finally {
    sink = previous;
    for (const [m, f] of installed) consoleMethods[m] = f;
  }
}

/** For a thread that runs nothing else (the smoke worker): every console line, now and later, goes to `to`. */
export function routeConsoleForever(to: Sink): void {
  for (const m of METHODS) {
    if (consoleMethods[m] !== router(m)) originals.set(m, consoleMethods[m]);
    consoleMethods[m] = router(m);
  }
  sink = to;
}
