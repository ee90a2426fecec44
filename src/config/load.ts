// weightgate.yml: parsed with positions, validated against the published JSON Schema, and every
// problem reported as `file:line:column: what is wrong — what was expected` (unknown keys with a
// did-you-mean). Nothing downstream sees an unvalidated config.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml';
import schema from '../../schema/weightgate.schema.json' with { type: 'json' };
import { InputError } from '../sources/errors.js';

export type LoaderName = 'auto' | 'order' | 'name' | 'path' | 'tfjs';
export type EngineName = 'auto' | 'tfjs-node' | 'wasm' | 'cpu';

export interface SmokeOptions {
  skip?: boolean;
  input?: string;
  expected?: string;
  atol?: number;
  rtol?: number;
  seed?: number;
  dim_default?: number;
}

export interface ModelOptions {
  loader?: LoaderName;
  runtime?: 'keras2' | 'keras3';
  engine?: EngineName;
  skip_mismatch?: boolean;
  allow?: { missing?: string[]; unexpected?: string[]; mismatch?: string[] };
  smoke?: SmokeOptions;
}

export interface ModelEntry extends ModelOptions {
  name?: string;
  definition: string;
  exclude?: string[];
  weights?: string | string[];
  sha256?: string;
}

export interface RemoteOptions {
  max_bytes: number;
  timeout_seconds: number;
  retries: number;
  allow_http: string[];
  allow_hosts: string[];
}

export interface WeightgateConfig {
  /** Absolute path of the config file; relative paths inside resolve from its folder. */
  file: string;
  dir: string;
  version: 1;
  defaults: ModelOptions;
  concurrency: number;
  cache: string;
  remote: RemoteOptions;
  limits: Record<string, unknown>;
  models: ModelEntry[];
  /** `line:column` of each models[i] entry, for messages about an entry. */
  positions: string[];
}

export const DEFAULT_CONFIG_FILE = 'weightgate.yml';

// verbose: each error carries its parentSchema, whose `properties` feed the did-you-mean.
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const validate = ajv.compile(schema);

export class ConfigError extends InputError {
  constructor(file: string, line: number, col: number, detail: string, hint?: string) {
    super(`${file}:${line}:${col}`, 'bad-config', detail, hint);
  }
}

type Path = (string | number)[];

function pointerToPath(pointer: string): Path {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function position(doc: Document, lc: LineCounter, p: Path, key?: string): { line: number; col: number } {
  let node = p.length ? (doc.getIn(p, true) as Node | undefined) : (doc.contents as Node | undefined);
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === key);
    if (pair && isScalar(pair.key)) node = pair.key;
  }
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lc.linePos(offset);
  return { line, col };
}

/** The property names the schema allows at a location, for did-you-mean. */
function knownKeys(e: ErrorObject): string[] {
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props).filter((k) => k !== '$schema') : [];
}

function describe(e: ErrorObject, value: unknown): { text: string; key?: string; hint?: string } {
  const where = e.instancePath ? `'${pointerToPath(e.instancePath).join('.')}'` : 'the top level';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const keys = knownKeys(e);
      const guess = keys.length ? closest(key, keys) : undefined;
      const near = guess !== undefined && distance(key, guess) <= Math.max(2, Math.floor(key.length / 3));
      return {
        key,
        text: `unknown key '${key}' in ${where}${near ? `: did you mean '${guess}'?` : ''}`,
        hint: keys.length ? `Allowed here: ${keys.join(', ')}.` : undefined,
      };
    }
    case 'required':
      return { text: `${where} is missing '${(e.params as { missingProperty: string }).missingProperty}'` };
    case 'enum':
      return { text: `${where} is ${JSON.stringify(value)}; expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { text: `${where} is ${JSON.stringify(value)}; expected ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}` };
    case 'type':
      return { text: `${where} is ${value === null ? 'empty' : JSON.stringify(value)}; expected ${(e.params as { type: string }).type === 'array' ? 'a list' : `a ${(e.params as { type: string }).type}`}` };
    case 'oneOf':
      return { text: `${where} is ${JSON.stringify(value)}; expected a path or a list of paths` };
    case 'pattern':
      return { text: `${where} is ${JSON.stringify(value)}; expected 64 hexadecimal characters (a SHA-256)` };
    default:
      return { text: `${where} ${e.message ?? 'is invalid'}` };
  }
}

function getAt(obj: unknown, p: Path): unknown {
  return p.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string | number, unknown>)[k] : undefined), obj);
}

export function parseConfig(file: string, text: string): WeightgateConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lc.linePos(first.pos[0]);
    throw new ConfigError(file, line, col, `not valid YAML: ${first.message.split('\n')[0]}`);
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!validate(data)) {
    // Report the most specific problems: a type/oneOf complaint about a value whose part is already
    // named deeper is noise, and a missing key is explained by a misspelt one next to it.
    const all = validate.errors ?? [];
    const errors = all.filter((e) => {
      if ((e.keyword === 'oneOf' || e.keyword === 'type') && all.some((o) => o.instancePath.startsWith(`${e.instancePath}/`))) return false;
      if (e.keyword === 'oneOf' && all.some((o) => o !== e && o.instancePath === e.instancePath)) return false;
      if (e.keyword === 'type' && all.some((o) => o.keyword === 'oneOf' && o.instancePath === e.instancePath)) return false;
      if (e.keyword === 'required') {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        return !all.some((o) => o.keyword === 'additionalProperties' && o.instancePath === e.instancePath
          && distance(String((o.params as { additionalProperty: string }).additionalProperty), missing) <= 2);
      }
      return true;
    });
    const problems = errors.map((e) => {
      const p = pointerToPath(e.instancePath);
      const d = describe(e, getAt(data, p));
      return { ...position(doc, lc, p, d.key), ...d };
    }).sort((a, b) => a.line - b.line || a.col - b.col);
    const [head, ...rest] = problems;
    const more = rest.length ? `\n  also: ${rest.slice(0, 5).map((r) => `line ${r.line}:${r.col}: ${r.text}`).join('\n  also: ')}` : '';
    throw new ConfigError(file, head.line, head.col, `${head.text}${more}`, head.hint);
  }
  const cfg = data as Omit<WeightgateConfig, 'file' | 'dir' | 'positions' | 'remote'> & { remote?: Partial<RemoteOptions> };
  const positions = cfg.models.map((_, i) => {
    const { line, col } = position(doc, lc, ['models', i]);
    return `${line}:${col}`;
  });
  const abs = path.resolve(file);
  return {
    file: abs,
    dir: path.dirname(abs),
    version: 1,
    defaults: cfg.defaults ?? {},
    concurrency: cfg.concurrency ?? 4,
    cache: cfg.cache ?? '.weightgate-cache',
    remote: {
      max_bytes: cfg.remote?.max_bytes ?? 4 * 2 ** 30,
      timeout_seconds: cfg.remote?.timeout_seconds ?? 300,
      retries: cfg.remote?.retries ?? 2,
      allow_http: cfg.remote?.allow_http ?? [],
      allow_hosts: cfg.remote?.allow_hosts ?? [],
    },
    limits: cfg.limits ?? {},
    models: cfg.models,
    positions,
  };
}

export async function loadConfig(file: string): Promise<WeightgateConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(file, 'not-found', 'no such configuration file',
      file === DEFAULT_CONFIG_FILE ? 'Create weightgate.yml (see the README), or pass --config <file>.' : 'Check the --config path.');
  }
  return parseConfig(file, text);
}
