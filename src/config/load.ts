// weightgate.yml: parsed with positions, validated against its JSON Schema (src/config/config-schema.ts,
// published as schema/weightgate.schema.json), and every problem reported as `file:line:column: what is
// wrong — what was expected` (unknown keys with a did-you-mean). Nothing downstream sees an unvalidated
// config, and its type is the schema's own (ajv's check is the type guard).
import { withArticle } from '../text/grammar.js';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import { LineCounter, isMap, isPair, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';
import { InputError, quoteName } from '../sources/errors.js';
import { OUTSIDE_HINT, confinementProblem, realpathLoose, repositoryRoot } from '../sources/paths.js';
import { REMOTE_DEFAULTS } from '../sources/remote-defaults.js';
import { CONFIG_SCHEMA, type ConfigFile } from './config-schema.js';
import { validate } from './config-validator.js';

// Every type of the config's content is derived from the schema (src/config/config-schema.ts).
export type ModelEntry = ConfigFile['models'][number];
/** `defaults:` and a model's own options (the same schema node). */
export type ModelOptions = NonNullable<ConfigFile['defaults']>;
export type SmokeOptions = NonNullable<ModelOptions['smoke']>;
/** `snapshots:` at the top of the config or on a model (the same schema node). */
export type SnapshotConfig = NonNullable<ConfigFile['snapshots']>;
/** A pairing rule, or auto. */
export type LoaderName = NonNullable<ModelOptions['loader']>;
/** `remote:` with every default filled in. */
export type RemoteOptions = Required<NonNullable<ConfigFile['remote']>>;

export interface WeightgateConfig {
  /** Absolute path of the config file; relative paths inside resolve from its folder. */
  file: string;
  dir: string;
  version: ConfigFile['version'];
  defaults: ModelOptions;
  concurrency: number;
  cache: string;
  /** The top-level `snapshots:` (each model's own wins, key by key). */
  snapshots: SnapshotConfig;
  remote: RemoteOptions;
  limits: NonNullable<ConfigFile['limits']>;
  models: ModelEntry[];
  /** `line:column` of each models[i] entry, for messages about an entry. */
  positions: string[];
  /**
   * The folder every path in the config must stay in (links resolved): the git work tree holding the
   * config, or its own folder outside git. See src/sources/paths.ts.
   */
  root: string;
  /** Paths outside `root` are read too (`--allow-outside`: a local run of a trusted config). */
  allowOutside: boolean;
  /** `line:column` of the value at `p` (e.g. ['models', 0, 'smoke', 'input']), or of its nearest enclosing node. */
  at(p: (string | number)[]): string;
}

export interface LoadOptions {
  /** Read paths outside the repository too (the CLI's `--allow-outside`); never in the Action. */
  allowOutside?: boolean;
  /** The folder paths must stay in, when it is not the git work tree holding the file (a base commit's files, written to a temp folder). */
  root?: string;
}

/**
 * The largest weightgate.yml read, in bytes. A config lists a few models (globs cover many); 1 MiB
 * holds ~10,000 entries. Above it, YAML parsing alone takes seconds and hundreds of MB per MB of text.
 */
export const MAX_CONFIG_BYTES = 2 ** 20;

/**
 * Deepest nesting accepted: flow collections (`[`, `{`) and block indentation. A real config nests
 * under 10 levels; the YAML parser recurses per level and, some thousands deep, exhausts the stack
 * (at worst inside V8's regular expression compiler, which aborts the process instead of throwing).
 */
const MAX_CONFIG_NESTING = 64;
const MAX_CONFIG_INDENT = 128;

export const DEFAULT_CONFIG_FILE = 'weightgate.yml';


export class ConfigError extends InputError {
  constructor(file: string, line: number, col: number, detail: string, hint?: string) {
    super(`${file}:${line}:${col}`, 'bad-config', detail, hint);
  }
}

type Path = (string | number)[];

/** A `line:col` position (WeightgateConfig.at, .positions) as numbers, for a ConfigError. */
export function lineCol(at: string): [line: number, col: number] {
  const [line = 1, col = 1] = at.split(':').map(Number);
  return [line, col];
}

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

/** A value from the config, quoted for a message: JSON, cut short (a hostile config can hold a 1 MB string). */
function shown(value: unknown): string {
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value) ?? typeof value;
  return json.length > 120 ? `${json.slice(0, 120)}…` : json;
}

function describe(e: ErrorObject, value: unknown): { text: string; key?: string; hint?: string } {
  const where = e.instancePath ? `'${pointerToPath(e.instancePath).join('.')}'` : 'the top level';
  switch (e.keyword) {
    case 'additionalProperties': {
      const raw = String((e.params as { additionalProperty: string }).additionalProperty);
      const key = /^[\x20-\x7e]{1,80}$/.test(raw) ? raw : quoteName(raw).slice(1, -1);
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
      return { text: `${where} is ${shown(value)}; expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { text: `${where} is ${shown(value)}; expected ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}` };
    case 'type':
      return { text: `${where} is ${value === null ? 'empty' : shown(value)}; expected ${(e.params as { type: string }).type === 'array' ? 'a list' : withArticle((e.params as { type: string }).type)}` };
    case 'oneOf':
      return { text: `${where} is ${shown(value)}; expected a path or a list of paths` };
    case 'pattern':
      return { text: `${where} is ${shown(value)}; expected 64 hexadecimal characters (a SHA-256)` };
    default:
      return { text: `${where} ${e.message ?? 'is invalid'}` };
  }
}

function getAt(obj: unknown, p: Path): unknown {
  return p.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string | number, unknown>)[k] : undefined), obj);
}

/** Where the text nests deeper than a config ever does, before the parser sees it (see MAX_CONFIG_NESTING). */
function tooDeep(text: string): { line: number; col: number; what: string } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      // Block nesting: indentation, plus compact `- - -` sequences opening the line.
      const m = /^( *)((?:[-?:][ \t]+)*)/.exec(text.slice(lineStart, lineStart + MAX_CONFIG_INDENT + 4 * MAX_CONFIG_NESTING));
      const indent = (m?.[1]?.length ?? 0) + (m?.[2]?.match(/[-?:]/g)?.length ?? 0);
      if (indent > MAX_CONFIG_INDENT) return { line, col: 1, what: `is indented or nested more than ${MAX_CONFIG_INDENT} levels deep` };
    } else if (c === 91 || c === 123) {
      // `[` and `{` are counted even inside quotes and comments: over-counting only errs on the safe side.
      if (++depth > MAX_CONFIG_NESTING) return { line, col: i - lineStart + 1, what: `nests [ ] / { } more than ${MAX_CONFIG_NESTING} levels deep` };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

const YAML_FIX = 'Fix the YAML at that position (an editor with schema/weightgate.schema.json points at it).';

function parseYaml(file: string, text: string): { doc: Document; lc: LineCounter; data: unknown } {
  const deep = tooDeep(text.startsWith('\n') ? text : `\n${text}`);
  if (deep) {
    // The scan ran on the text with a newline in front, so its lines count from 0.
    throw new ConfigError(file, Math.max(1, deep.line - 1), deep.col, `the YAML ${deep.what}; a weightgate.yml nests under 10`,
      'Flatten the config: list models one after another, with globs for many similar files.');
  }
  const lc = new LineCounter();
  let doc: Document;
  try {
    // logLevel 'error': the parser's own warnings (e.g. a collection used as a key) would go to stderr.
    doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  } catch (err) {
    throw new ConfigError(file, 1, 1, `not valid YAML: ${firstLine(err)}`, YAML_FIX);
  }
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lc.linePos(first.pos[0]);
    throw new ConfigError(file, line, col, `not valid YAML: ${firstLine(first)}`, YAML_FIX);
  }
  try {
    return { doc, lc, data: doc.toJS({ maxAliasCount: 100 }) as unknown };
  } catch (err) {
    // The yaml package refuses aliases that expand too far ("billion laughs"): name the first alias.
    let where = { line: 1, col: 1 };
    visit(doc, {
      Alias(_, node) {
        where = lc.linePos(node.range?.[0] ?? 0);
        return visit.BREAK;
      },
    });
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      throw new ConfigError(file, where.line, where.col, 'its aliases (*name) expand too far (over 100 alias copies), the shape of a "billion laughs" attack; weightgate refuses it',
        'Write the values out, or use `defaults:` for what every model shares.');
    }
    throw new ConfigError(file, where.line, where.col, `not valid YAML: ${firstLine(err)}`, YAML_FIX);
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n', 1).join('').slice(0, 200);
}

export function parseConfig(file: string, text: string, where: { root?: string; allowOutside?: boolean } = {}): WeightgateConfig {
  const { doc, lc, data } = parseYaml(file, text);
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
    if (!head) throw new ConfigError(file, 1, 1, 'does not match the configuration schema', 'See schema/weightgate.schema.json.');
    const more = rest.length ? `\n  also: ${rest.slice(0, 5).map((r) => `line ${r.line}:${r.col}: ${r.text}`).join('\n  also: ')}` : '';
    throw new ConfigError(file, head.line, head.col, `${head.text}${more}`, head.hint);
  }
  // `data` is a ConfigFile from here on: ajv's check is the type guard, no cast.
  const cfg = data;
  const positions = cfg.models.map((_, i) => {
    const { line, col } = position(doc, lc, ['models', i]);
    return `${line}:${col}`;
  });
  const abs = path.resolve(file);
  const at = (p: (string | number)[]): string => {
    for (let n = p.length; n >= 0; n--) {
      if (n === 0 || doc.getIn(p.slice(0, n), true) !== undefined) {
        const { line, col } = position(doc, lc, p.slice(0, n));
        return `${line}:${col}`;
      }
    }
    return '1:1';
  };
  return {
    file: abs,
    dir: path.dirname(abs),
    version: 1,
    defaults: cfg.defaults ?? {},
    concurrency: cfg.concurrency ?? CONFIG_SCHEMA.properties.concurrency.default,
    cache: cfg.cache ?? CONFIG_SCHEMA.properties.cache.default,
    snapshots: cfg.snapshots ?? {},
    remote: {
      max_bytes: cfg.remote?.max_bytes ?? REMOTE_DEFAULTS.maxBytes,
      timeout_seconds: cfg.remote?.timeout_seconds ?? REMOTE_DEFAULTS.timeoutMs / 1000,
      retries: cfg.remote?.retries ?? REMOTE_DEFAULTS.retries,
      allow_http: cfg.remote?.allow_http ?? [],
      allow_hosts: cfg.remote?.allow_hosts ?? [],
    },
    limits: cfg.limits ?? {},
    models: cfg.models,
    positions,
    root: where.root ?? path.dirname(abs),
    allowOutside: where.allowOutside ?? false,
    at,
  };
}

/** At most MAX_CONFIG_BYTES of `file`: a bigger file (or a device that never ends) is refused without reading further. */
async function readBounded(file: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    throw new InputError(file, 'not-found', 'no such configuration file',
      file === DEFAULT_CONFIG_FILE ? 'Run `weightgate init` to write one from the model files it finds, or pass --config <file>.' : 'Check the --config path.');
  }
  try {
    const buf = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let got = 0;
    while (got < buf.length) {
      let n: number;
      try {
        ({ bytesRead: n } = await handle.read(buf, got, buf.length - got, null));
      } catch (err) {
        throw new InputError(file, 'not-found', `cannot be read as a configuration file (${(err as NodeJS.ErrnoException).code ?? firstLine(err)})`, 'Pass the path of a weightgate.yml file.');
      }
      if (n === 0) break;
      got += n;
    }
    if (got > MAX_CONFIG_BYTES) {
      throw new InputError(file, 'limit', `is over ${MAX_CONFIG_BYTES / 2 ** 20} MiB, the most a weightgate.yml may hold; weightgate read no further`,
        'A config lists a few entries: use globs (`definition: "models/*.json"` with `{stem}`) instead of one entry per file, or split it into several configs.');
    }
    return buf.toString('utf8', 0, got);
  } finally {
    await handle.close();
  }
}

/**
 * Read, parse and validate `file`, and fix the folder its paths must stay in (see `root`). A config
 * that is itself a link out of the repository, or whose `cache` folder lies outside it, is refused here;
 * definitions, weights and smoke files are checked as they are expanded (src/config/expand.ts).
 */
export async function loadConfig(file: string, opts: LoadOptions = {}): Promise<WeightgateConfig> {
  const text = await readBounded(file);
  const root = opts.root !== undefined ? await realpathLoose(opts.root) : await repositoryRoot(file);
  const allowOutside = opts.allowOutside === true;
  const config = parseConfig(file, text, { root, allowOutside });
  const self = await confinementProblem(root, config.file, allowOutside);
  if (self) throw new InputError(file, 'unsafe-path', `this configuration file ${self}`, OUTSIDE_HINT);
  await assertConfined(config, ['cache'], path.resolve(config.dir, config.cache), 'cache folder');
  return config;
}

/** Refuse `target` (the value of the config key at `p`, a `what`) unless it may be read; see confinementProblem. */
export async function assertConfined(config: WeightgateConfig, p: (string | number)[], target: string, what: string, shownAs?: string): Promise<void> {
  const [line, col] = lineCol(config.at(p));
  const configured = getAt({ cache: config.cache, models: config.models, defaults: config.defaults }, p);
  const value = shownAs ?? (typeof configured === 'string' ? configured : target);
  if (target.includes('\0')) {
    throw new ConfigError(config.file, line, col, `${p.join('.')}: the ${what} ${quoteName(value, 200)} holds a NUL character, which no file name can`, 'Fix the path.');
  }
  const problem = await confinementProblem(config.root, target, config.allowOutside);
  if (!problem) return;
  throw new ConfigError(config.file, line, col, `${p.join('.')}: the ${what} ${quoteName(value, 200)} ${problem}`,
    /\.git folder/.test(problem) ? 'Point it at a file in the work tree.' : OUTSIDE_HINT);
}
