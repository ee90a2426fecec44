// `weightgate inspect`: what a file expects or holds, as a table for people and JSON for tools.
import type { ArtifactModel, DefinitionLayer, DefinitionModel, OpenedFile, SavedVariable, Shape } from '../model/types.js';
import { DTYPE_BYTES } from '../model/types.js';

export interface InspectJson {
  schemaVersion: 1;
  file: string;
  format: string;
  /** Single-sided files: the one side's layers. */
  layers?: LayerJson[];
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
  dtype: string;
  storedDtype?: string;
  trainable?: boolean;
  bytes?: number;
}

function definitionLayers(def: DefinitionModel): LayerJson[] {
  return def.layers.map((l) => ({
    name: l.name,
    className: l.className,
    status: l.isOperation ? 'operation' : l.status,
    ...(l.note ? { note: l.note } : {}),
    path: l.objectPath || undefined,
    weights: l.weights.map((w) => ({
      name: w.name, path: w.path, shape: w.shape, dtype: w.dtype, trainable: w.trainable,
      ...(w.shape.every((d) => d !== null) ? { bytes: elements(w.shape) * DTYPE_BYTES[w.dtype] } : {}),
    })),
  }));
}

function savedWeight(w: SavedVariable): WeightJson {
  return { name: w.name, path: w.path, shape: w.shape, dtype: w.dtype, ...(w.storedDtype ? { storedDtype: w.storedDtype } : {}), bytes: w.byteLength };
}

function artifactLayers(a: ArtifactModel, def?: DefinitionModel): LayerJson[] {
  const classOf = new Map(def?.layers.map((l) => [l.name, l.className]) ?? []);
  return a.layers.map((l) => ({
    name: l.name,
    ...(classOf.has(l.name) ? { className: classOf.get(l.name) } : {}),
    path: l.path,
    weights: l.weights.map(savedWeight),
  }));
}

export function inspectJson(opened: OpenedFile): InspectJson {
  const { definition: d, artifact: a } = opened;
  const notes = [...(d?.notes ?? []), ...(a?.notes ?? [])];
  const base = { schemaVersion: 1 as const, file: opened.source, format: opened.format, notes };
  if (d && a) {
    return {
      ...base,
      definition: { format: d.format, kerasVersion: d.producer.kerasVersion, backend: d.producer.backend, layers: definitionLayers(d) },
      weights: { format: a.formatLabel, kerasVersion: a.producer.kerasVersion, backend: a.producer.backend, layers: artifactLayers(a, d), optimizer: a.optimizer.map(savedWeight) },
    };
  }
  if (d) return { ...base, layers: definitionLayers(d) };
  return { ...base, layers: artifactLayers(a!), optimizer: a!.optimizer.map(savedWeight) };
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
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function sideRows(layers: LayerJson[]): string[][] {
  const rows: string[][] = [];
  for (const l of layers) {
    const cls = l.className ?? '';
    if (!l.weights.length) {
      const what = l.status === 'unknown-class' ? '(variables unknown)' : l.status === 'operation' ? '(op, not a layer)' : '';
      rows.push([l.name, cls, what, '', '', '']);
      continue;
    }
    l.weights.forEach((w, i) => {
      // Definition weights are named in scope (`forward_lstm/lstm_cell/kernel`) so wrapper weights stay distinct.
      const label = l.status !== undefined && w.path.startsWith(`${l.name}/`) ? w.path.slice(l.name.length + 1) : w.name;
      rows.push([i === 0 ? l.name : '', i === 0 ? cls : '', label, formatShape(w.shape), w.storedDtype ? `${w.dtype} (stored ${w.storedDtype})` : w.dtype, formatBytes(w.bytes)]);
    });
  }
  return rows;
}

function totals(layers: LayerJson[]): string {
  const ws = layers.flatMap((l) => l.weights);
  const bytes = ws.reduce((n, w) => n + (w.bytes ?? 0), 0);
  const params = ws.reduce((n, w) => n + (w.shape.every((d) => d !== null) ? elements(w.shape) : 0), 0);
  return `${layers.length} layers, ${ws.length} weights, ${params.toLocaleString('en-US')} parameters, ${formatBytes(bytes)}`;
}

const HEADER = ['layer', 'class', 'weight', 'shape', 'dtype', 'size'];

export function inspectText(j: InspectJson): string {
  const out: string[] = [`${j.file}`, `format: ${j.format}`];
  const side = (title: string, s: { layers: LayerJson[] }) => {
    out.push('', `${title} — ${totals(s.layers)}`, ...table(HEADER, sideRows(s.layers)));
  };
  if (j.definition) side(`definition (${j.definition.format})`, j.definition);
  if (j.weights) side(`weights (${j.weights.format})`, j.weights);
  if (j.layers) side(j.optimizer ? 'saved weights' : 'expected weights', { layers: j.layers });
  const opt = j.weights?.optimizer ?? j.optimizer ?? [];
  if (opt.length) out.push('', `optimizer state: ${opt.length} variables (not part of compatibility)`);
  const unknown = (j.definition?.layers ?? (j.optimizer ? [] : j.layers ?? [])).filter((l) => l.status === 'unknown-class' || l.status === 'partial');
  for (const l of unknown) out.push(`! ${l.name} (${l.className}): ${l.note ?? l.status}`);
  if (j.notes.length) out.push('', ...j.notes.map((n) => `note: ${n}`));
  return out.join('\n');
}

export function describeLayer(l: DefinitionLayer): string {
  return `${l.name} (${l.className})`;
}
