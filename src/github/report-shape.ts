// A report read back from an artifact may come from a fork's run, and its strings end up in a comment
// posted with a write token. Before anything renders it, every field a renderer reads must have the
// type the renderers assume (escaping needs strings; a number where a string was expected would
// crash, an object where a number was expected would be printed unescaped). Fields nobody reads
// are left alone, so newer reports still pass.
import { InputError } from '../sources/errors.js';
import { TITLES } from '../report/sections.js';

type Check = (v: unknown, at: string) => void;

class ShapeError extends Error {}

const fail = (at: string, what: string): never => {
  throw new ShapeError(`${at} ${what}`);
};
const str: Check = (v, at) => void (typeof v === 'string' || fail(at, 'is not a string'));
const num: Check = (v, at) => void ((typeof v === 'number' && Number.isFinite(v)) || fail(at, 'is not a number'));
const int: Check = (v, at) => void (Number.isInteger(v) || fail(at, 'is not an integer'));
const bool: Check = (v, at) => void (typeof v === 'boolean' || fail(at, 'is not true or false'));
const opt = (c: Check): Check => (v, at) => v === undefined || c(v, at);
const nullable = (c: Check): Check => (v, at) => v === null || c(v, at);
const oneOf = (...values: unknown[]): Check => (v, at) => void (values.includes(v) || fail(at, `is not one of ${values.join(', ')}`));
const arr = (c: Check): Check => (v, at) => {
  if (!Array.isArray(v)) fail(at, 'is not a list');
  (v as unknown[]).forEach((x, i) => c(x, `${at}[${i}]`));
};
const obj = (shape: Record<string, Check>): Check => (v, at) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(at, 'is not an object');
  for (const [k, c] of Object.entries(shape)) c((v as Record<string, unknown>)[k], `${at}.${k}`);
};

const finding = obj({
  code: oneOf(...Object.keys(TITLES)),
  severity: oneOf('error', 'warning', 'info'),
  layer: str,
  weight: opt(nullable(str)),
  message: str,
  expected: str,
  actual: str,
  note: opt(str),
  hint: opt(str),
  raises: opt(bool),
  allowedBy: opt(str),
  skipped: opt(bool),
  swappedWith: opt(str),
  cycle: opt(arr(str)),
  autoNumbered: opt(bool),
  lossy: opt(bool),
});

const diff = obj({
  definition: obj({ source: str }),
  artifact: obj({ source: str }),
  loader: obj({ rule: str, runtime: str, call: str, reason: str, alignment: opt(str) }),
  findings: arr(finding),
  hints: arr(obj({ kind: str, layers: arr(str), message: str })),
  coverage: obj({ matched: num, expected: num, saved: num, layersMatched: num, layersExpected: num, layersUnchecked: num }),
  loaderError: opt(nullable(str)),
});

const smoke = obj({
  status: oneOf('passed', 'failed', 'skipped'),
  engine: str,
  engineReason: str,
  reason: opt(str),
  outputs: arr(obj({
    name: str,
    shape: arr(nullable(num)),
    finite: bool,
    maxAbsDiff: opt(num),
    tolerance: opt(obj({ atol: num, rtol: num, basis: opt(str) })),
    withinTolerance: opt(bool),
    problem: opt(str),
  })),
  seconds: opt(num),
  notes: opt(arr(str)),
});

const model = obj({
  id: str,
  definition: str,
  weights: opt(str),
  origin: opt(str),
  status: oneOf('compatible', 'warnings', 'incompatible', 'error'),
  error: opt(str),
  diff: opt(diff),
  smoke: opt(smoke),
  graph: opt(obj({ nodes: arr(obj({ name: str, className: str })), edges: arr((v, at) => {
    if (!Array.isArray(v) || v.length !== 2) fail(at, 'is not a [from, to] pair');
    arr(str)(v, at);
  }) })),
  seconds: num,
});

const report = obj({
  schemaVersion: oneOf(1),
  tool: obj({ name: str, version: str }),
  config: str,
  shards: opt(obj({ indices: arr(int), total: int })),
  seconds: opt(num),
  models: arr(model),
});

/** Throws an InputError naming the first field that is not what a weightgate report holds. */
export function checkReportShape(json: unknown, source: string): void {
  try {
    report(json, 'report');
  } catch (err) {
    if (!(err instanceof ShapeError)) throw err;
    throw new InputError(source, 'corrupt', `not a weightgate check report: ${err.message}`, 'Pass the report.json that weightgate (the action or `weightgate check --json`) wrote.');
  }
}
