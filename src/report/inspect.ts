// `weightgate inspect`: what a file expects or holds, as a table for people and JSON for tools.
import type { ArtifactModel, DefinitionModel, DType, OpenedFile, SavedVariable, Shape } from '../model/types.js';
import { DTYPE_BYTES } from '../model/types.js';
import { plural } from '../text/grammar.js';
import { capList, capName, count, maxOf, moreText } from './cap.js';
import { sanitizeTerminal, textBlock } from './text.js';

/** A layer's status id (the JSON's `status`) in words, for a layer without a note of its own. */
const STATUS_WORDS: Record<string, string> = {
  'unknown-class': 'a class weightgate does not know: its weights cannot be listed',
  partial: 'some of its shapes could not be worked out (shown as ?)',
};

/** Layers listed per side, weights per layer, optimizer variables: the rest is counted, not listed. */
export const INSPECT_LIMITS = { layers: 1000, weights: 100, optimizer: 1000 } as const;

export interface InspectOptions {
  maxLayers: number;
  maxWeights: number;
  maxOptimizer: number;
}

const DEFAULT_INSPECT: InspectOptions = { maxLayers: INSPECT_LIMITS.layers, maxWeights: INSPECT_LIMITS.weights, maxOptimizer: INSPECT_LIMITS.optimizer };

/** What a list left out: counts of layers, weights (over all listed layers) and optimizer variables not listed. */
export interface Truncated {
  layers?: number;
  weights?: number;
  optimizer?: number;
  /** Top level only: notes left out of `notes` (at most `INSPECT_LIMITS.layers` are kept). */
  notes?: number;
}

/** The whole side, listed or not. */
export interface Totals {
  layers: number;
  weights: number;
  parameters: number;
  bytes: number;
}

export interface InspectJson {
  schemaVersion: 1;
  file: string;
  format: string;
  /** Single-sided files: the one side's layers (the first `INSPECT_LIMITS.layers`). */
  layers?: LayerJson[];
  /** Single-sided files: the one side's totals, listed or not. */
  totals?: Totals;
  /** Present when a list was cut: how many items each left out. */
  truncated?: Truncated;
  definition?: SideJson;
  weights?: SideJson & { optimizer: WeightJson[] };
  optimizer?: WeightJson[];
  notes: string[];
}

interface SideJson {
  format: string;
  kerasVersion?: string;
  backend?: string;
  layers: LayerJson[];
  totals?: Totals;
  truncated?: Truncated;
}

interface LayerJson {
  name: string;
  className?: string;
  status?: string;
  note?: string;
  path?: string;
  weights: WeightJson[];
}

interface WeightJson {
  name: string;
  path: string;
  shape: (number | null)[];
  dtype: DType;
  storedDtype?: string;
  trainable?: boolean;
  bytes?: number;
}

function definitionLayers(def: DefinitionModel, o: InspectOptions): LayerJson[] {
  return def.layers.slice(0, o.maxLayers).map((l) => ({
    name: l.name,
    className: l.className,
    status: l.isOperation ? 'operation' : l.status,
    ...(l.note ? { note: l.note } : {}),
    path: l.objectPath || undefined,
    weights: l.weights.slice(0, o.maxWeights).map((w) => ({
      name: w.name, path: w.path, shape: w.shape, dtype: w.dtype, trainable: w.trainable,
      ...(w.shape.every((d) => d !== null) ? { bytes: elements(w.shape) * DTYPE_BYTES[w.dtype] } : {}),
    })),
  }));
}

function savedWeight(w: SavedVariable): WeightJson {
  return { name: w.name, path: w.path, shape: w.shape, dtype: w.dtype, ...(w.storedDtype ? { storedDtype: w.storedDtype } : {}), bytes: w.byteLength };
}

function artifactLayers(a: ArtifactModel, o: InspectOptions, def?: DefinitionModel): LayerJson[] {
  const classOf = new Map(def?.layers.map((l) => [l.name, l.className]) ?? []);
  return a.layers.slice(0, o.maxLayers).map((l) => ({
    name: l.name,
    ...(classOf.has(l.name) ? { className: classOf.get(l.name) } : {}),
    path: l.path,
    weights: l.weights.slice(0, o.maxWeights).map(savedWeight),
  }));
}

type AnyWeight = { shape: Shape; dtype: DType; byteLength?: number };

/** Totals over every layer, and what the lists leave out; nothing here grows with the output. */
function sideSummary(layers: readonly { weights: readonly AnyWeight[] }[], o: InspectOptions, optimizer?: readonly unknown[]): { totals: Totals; truncated?: Truncated } {
  const totals: Totals = { layers: layers.length, weights: 0, parameters: 0, bytes: 0 };
  let weightsLeft = 0;
  layers.forEach((l, i) => {
    totals.weights += l.weights.length;
    if (i < o.maxLayers) weightsLeft += Math.max(0, l.weights.length - o.maxWeights);
    for (const w of l.weights) {
      const known = w.shape.every((d) => d !== null);
      if (known) totals.parameters += elements(w.shape);
      totals.bytes += w.byteLength ?? (known ? elements(w.shape) * DTYPE_BYTES[w.dtype] : 0);
    }
  });
  const t: Truncated = {};
  if (layers.length > o.maxLayers) t.layers = layers.length - o.maxLayers;
  if (weightsLeft) t.weights = weightsLeft;
  if (optimizer && optimizer.length > o.maxOptimizer) t.optimizer = optimizer.length - o.maxOptimizer;
  return Object.keys(t).length ? { totals, truncated: t } : { totals };
}

/**
 * What `inspect --json` prints. Lists are capped (`INSPECT_LIMITS`): a file with a million layers
 * gives the first thousand, `truncated: { layers: 999000 }`, and `totals` over all of them.
 */
export function inspectJson(opened: OpenedFile, options: Partial<InspectOptions> = {}): InspectJson {
  const o = { ...DEFAULT_INSPECT, ...options };
  const { definition: d, artifact: a } = opened;
  const allNotes = [...(d?.notes ?? []), ...(a?.notes ?? [])];
  const notes = allNotes.slice(0, o.maxLayers);
  const base = { schemaVersion: 1 as const, file: opened.source, format: opened.format, notes };
  const notesLeft: Truncated = allNotes.length > notes.length ? { notes: allNotes.length - notes.length } : {};
  /** The top level's `truncated`: a single side's, and the notes. */
  const top = (t?: Truncated) => (t || notesLeft.notes ? { truncated: { ...t, ...notesLeft } } : {});
  const defSummary = (def: DefinitionModel) => sideSummary(def.layers, o);
  const artSummary = (art: ArtifactModel) => sideSummary(art.layers, o, art.optimizer);
  if (d && a) {
    return {
      ...base,
      ...top(),
      definition: { format: d.format, kerasVersion: d.producer.kerasVersion, backend: d.producer.backend, layers: definitionLayers(d, o), ...defSummary(d) },
      weights: {
        format: a.formatLabel, kerasVersion: a.producer.kerasVersion, backend: a.producer.backend, layers: artifactLayers(a, o, d),
        optimizer: a.optimizer.slice(0, o.maxOptimizer).map(savedWeight), ...artSummary(a),
      },
    };
  }
  if (d) {
    const { totals, truncated } = defSummary(d);
    return { ...base, layers: definitionLayers(d, o), totals, ...top(truncated) };
  }
  // Every reader returns a definition, weights or both (src/formats/open.ts).
  if (!a) throw new Error(`${opened.source}: opened with neither a definition nor weights`);
  const { totals, truncated } = artSummary(a);
  return { ...base, layers: artifactLayers(a, o), optimizer: a.optimizer.slice(0, o.maxOptimizer).map(savedWeight), totals, ...top(truncated) };
}

// ---- text -------------------------------------------------------------------------------------

function elements(shape: Shape): number {
  return shape.reduce<number>((n, d) => n * (d ?? 0), 1);
}

export function formatShape(shape: (number | null)[]): string {
  return `(${shape.map((d) => (d === null ? '?' : String(d))).join(', ')}${shape.length === 1 ? ',' : ''})`;
}

export function formatBytes(n: number | undefined): string {
  if (n === undefined) return '?';
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

/** Left-aligned columns, widths from the content, one header rule. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => maxOf(rows.map((r) => (r[i] ?? '').length), h.length));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function sideRows(layers: LayerJson[]): string[][] {
  const rows: string[][] = [];
  const name = (n: string) => sanitizeTerminal(capName(n));
  for (const l of layers) {
    const cls = name(l.className ?? '');
    if (!l.weights.length) {
      const what = l.status === 'unknown-class' ? '(variables unknown)' : l.status === 'operation' ? '(op, not a layer)' : '';
      rows.push([name(l.name), cls, what, '', '', '']);
      continue;
    }
    l.weights.forEach((w, i) => {
      // Definition weights are named in scope (`forward_lstm/lstm_cell/kernel`) so wrapper weights stay distinct.
      const label = l.status !== undefined && w.path.startsWith(`${l.name}/`) ? w.path.slice(l.name.length + 1) : w.name;
      rows.push([i === 0 ? name(l.name) : '', i === 0 ? cls : '', name(label), formatShape(w.shape), sanitizeTerminal(w.storedDtype ? `${w.dtype} (stored ${w.storedDtype})` : w.dtype), formatBytes(w.bytes)]);
    });
  }
  return rows;
}

function totalsText(s: { layers: LayerJson[]; totals?: Totals }): string {
  const t = s.totals ?? sideSummary(s.layers.map((l) => ({ weights: l.weights.map((w) => ({ shape: w.shape, dtype: w.dtype, byteLength: w.bytes ?? 0 })) })), DEFAULT_INSPECT).totals;
  return `${plural(t.layers, 'layer')}, ${plural(t.weights, 'weight')}, ${plural(t.parameters, 'parameter')}, ${formatBytes(t.bytes)}`;
}

const HEADER = ['layer', 'class', 'weight', 'shape', 'dtype', 'size'];

/** The text form of `inspectJson`'s result; as capped as it is, every name escaped for a terminal. */
export function inspectText(j: InspectJson): string {
  const out: string[] = [sanitizeTerminal(j.file), `format: ${sanitizeTerminal(j.format)}`];
  const side = (title: string, s: { layers: LayerJson[]; totals?: Totals; truncated?: Truncated }) => {
    out.push('', `${sanitizeTerminal(title)} — ${totalsText(s)}`, ...table(HEADER, sideRows(s.layers)));
    if (s.truncated?.layers) out.push(`${moreText(s.truncated.layers, 'layer')} (the first ${count(s.layers.length)} are listed; \`--json\` gives the same list)`);
    if (s.truncated?.weights) out.push(`${moreText(s.truncated.weights, 'weight')} of the listed layers not shown (${INSPECT_LIMITS.weights} per layer)`);
  };
  if (j.definition) side(`definition (${j.definition.format})`, j.definition);
  if (j.weights) side(`weights (${j.weights.format})`, j.weights);
  if (j.layers) side(j.optimizer ? 'saved weights' : 'expected weights', { layers: j.layers, totals: j.totals, truncated: j.truncated });
  const opt = j.weights?.optimizer ?? j.optimizer ?? [];
  const optTotal = opt.length + (j.weights?.truncated?.optimizer ?? j.truncated?.optimizer ?? 0);
  if (optTotal) out.push('', `optimizer state: ${plural(optTotal, 'variable')} (not part of compatibility)`);
  const unknown = (j.definition?.layers ?? (j.optimizer ? [] : j.layers ?? [])).filter((l) => l.status === 'unknown-class' || l.status === 'partial');
  const shownUnknown = capList(unknown, 50);
  for (const l of shownUnknown.shown) {
    const why = l.note ?? (l.status !== undefined ? STATUS_WORDS[l.status] ?? l.status : '');
    out.push(...textBlock(`! ${sanitizeTerminal(capName(l.name))} (${sanitizeTerminal(capName(l.className ?? ''))}): `, why, '    '));
  }
  if (shownUnknown.more) out.push(moreText(shownUnknown.more, 'layer'));
  const notes = capList(j.notes, 50);
  if (notes.shown.length) out.push('', ...notes.shown.flatMap((n) => textBlock('note: ', n, '  ')));
  const notesLeft = notes.more + (j.truncated?.notes ?? 0);
  if (notesLeft) out.push(moreText(notesLeft, 'note'));
  return out.join('\n');
}
