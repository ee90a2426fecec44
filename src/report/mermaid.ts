// A Mermaid flowchart of a model's layer graph with the problem layers highlighted and labelled with
// what the model expects and what the file holds. Large models are cut to the problems' neighbourhood
// so the picture stays readable. Layer names come from files: every label is entity-encoded.
import type { ModelResult } from '../check/report.js';
import type { LayerGraph } from '../check/graph.js';
import type { Finding, Severity } from '../diff/index.js';
import { TITLES } from './sections.js';

export interface MermaidOptions {
  /** Nodes drawn at most; beyond it only the problems and their close neighbours are kept. */
  maxNodes: number;
  /** How far from a problem layer a neighbour may be, in edges (either direction). */
  hops: number;
  /** Finding lines per problem node before "+N more". */
  linesPerNode: number;
}

export const DEFAULT_MERMAID_OPTIONS: MermaidOptions = { maxNodes: 40, hops: 2, linesPerNode: 3 };

export interface Diagram {
  /** The fenced ```mermaid block, line by line. */
  lines: string[];
  shown: number;
  total: number;
}

// Mermaid decodes `#<code>;` inside quoted labels into an HTML entity, so anything outside this set
// (quotes, brackets, `<`, backticks, `#` itself, every non-ASCII letter) can neither end the label,
// open HTML nor close the code fence around the diagram.
const SAFE = /[A-Za-z0-9 ,.:/()_+=-]/;

export function mermaidText(text: string, max = 80): string {
  const chars = [...text];
  const cut = chars.length > max ? [...chars.slice(0, max - 1), '…'] : chars;
  return cut.map((c) => (SAFE.test(c) ? c : `#${c.codePointAt(0)};`)).join('');
}

/** Findings worth a highlight (errors and warnings), by the model layer they concern. */
function problemsByLayer(m: ModelResult): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of m.diff?.findings ?? []) {
    if (f.severity === 'info' || !f.layer) continue;
    const list = out.get(f.layer);
    if (list) list.push(f);
    else out.set(f.layer, [f]);
  }
  return out;
}

function worst(findings: readonly Finding[]): Severity {
  return findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
}

function findingLine(f: Finding): string {
  const what = f.weight ? f.weight.split('/').pop()! : TITLES[f.code].toLowerCase();
  const shapes = f.expected && f.actual ? `expected ${f.expected}, saved ${f.actual}` : TITLES[f.code].toLowerCase();
  return `${what}: ${shapes}`;
}

/** Problem layers first, then neighbours by distance, until `maxNodes`. */
function neighbourhood(graph: LayerGraph, problems: ReadonlySet<string>, o: MermaidOptions): Set<string> {
  const names = graph.nodes.map((n) => n.name);
  if (names.length <= o.maxNodes) return new Set(names);
  const near = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = near.get(a);
    if (list) list.push(b);
    else near.set(a, [b]);
  };
  for (const [a, b] of graph.edges) {
    link(a, b);
    link(b, a);
  }
  const kept = new Set<string>();
  let frontier = names.filter((n) => problems.has(n));
  for (let hop = 0; hop <= o.hops && frontier.length; hop++) {
    const next: string[] = [];
    for (const n of frontier) {
      if (kept.has(n)) continue;
      if (kept.size >= o.maxNodes) return kept;
      kept.add(n);
      for (const m of near.get(n) ?? []) next.push(m);
    }
    frontier = next.filter((n) => !kept.has(n));
  }
  return kept;
}

export function layerDiagram(m: ModelResult, options: Partial<MermaidOptions> = {}): Diagram | undefined {
  const o = { ...DEFAULT_MERMAID_OPTIONS, ...options };
  const graph = m.graph;
  const problems = problemsByLayer(m);
  if (!graph || !graph.nodes.length || !problems.size) return undefined;
  const kept = neighbourhood(graph, new Set(problems.keys()), o);
  const ids = new Map<string, string>();
  const lines = ['```mermaid', 'flowchart TD'];
  const classes: Record<Severity, string[]> = { error: [], warning: [], info: [] };
  const node = (name: string, className: string | undefined) => {
    const id = `n${ids.size}`;
    ids.set(name, id);
    const found = problems.get(name) ?? [];
    const label = [mermaidText(name), ...(className ? [mermaidText(className)] : ['#40;only in the file#41;'])];
    for (const f of found.slice(0, o.linesPerNode)) label.push(mermaidText(findingLine(f), 100));
    if (found.length > o.linesPerNode) label.push(`+${found.length - o.linesPerNode} more`);
    lines.push(`  ${id}["${label.join('<br/>')}"]`);
    if (found.length) classes[worst(found)].push(id);
  };
  for (const n of graph.nodes) if (kept.has(n.name)) node(n.name, n.className);
  // A finding about a layer the model does not have (an unused saved layer) still gets its box.
  const inGraph = new Set(graph.nodes.map((n) => n.name));
  const orphans = [...problems.keys()].filter((n) => !inGraph.has(n));
  for (const name of orphans.slice(0, Math.max(0, o.maxNodes - ids.size))) node(name, undefined);
  for (const [a, b] of graph.edges) {
    const from = ids.get(a);
    const to = ids.get(b);
    if (from && to) lines.push(`  ${from} --> ${to}`);
  }
  lines.push('  classDef error fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#1f2328');
  lines.push('  classDef warning fill:#fff8c5,stroke:#9a6700,stroke-width:3px,color:#1f2328');
  if (classes.error.length) lines.push(`  class ${classes.error.join(',')} error`);
  if (classes.warning.length) lines.push(`  class ${classes.warning.join(',')} warning`);
  lines.push('```');
  return { lines, shown: [...ids.keys()].filter((n) => inGraph.has(n)).length, total: graph.nodes.length };
}
