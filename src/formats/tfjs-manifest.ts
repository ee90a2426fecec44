// A TF.js weights manifest: its entries checked one by one (with tfjs-core `decodeWeight`'s own
// refusals), then laid out over their group's shards, each weight's bytes located and the shard
// sizes checked against what the entries need.
import path from 'node:path';
import { DTYPE_BYTES, type DataLocator, type DType } from '../model/types.js';
import { InputError } from '../sources/errors.js';
import { isObject, numberAt } from '../sources/json-value.js';
import { asText } from '../text/config-text.js';
import { isAre } from '../text/grammar.js';
import { storedBytesPerElement, type QuantDtype, type Quantization } from './tfjs-decode.js';
import { isManifestGroup } from './tfjs-model-json.js';
import { openShardGroup, type ShardGroup } from './tfjs-shards.js';

export interface ManifestWeight {
  name: string;
  shape: number[];
  dtype: DType;
  count: number;
  quantization?: Quantization;
  optimizer: boolean;
}

export interface ManifestGroup {
  paths: readonly unknown[];
  weights: ManifestWeight[];
}

const FIX = 'Re-export the model; model.json was edited by hand or written by a broken tool.';
const KERAS3_OPTIMIZER = /^optimizer\/vars\/\d+$/;
const QUANT_DTYPES: readonly QuantDtype[] = ['uint8', 'uint16', 'float16'];

function isDType(x: unknown): x is DType {
  return typeof x === 'string' && Object.hasOwn(DTYPE_BYTES, x) && x !== 'unknown';
}

function isShape(x: unknown): x is number[] {
  return Array.isArray(x) && x.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0);
}

function isQuantDtype(x: unknown): x is QuantDtype {
  return QUANT_DTYPES.some((d) => d === x);
}

/** The quantization of a weight, refused in tfjs-core `decodeWeight`'s words. */
function parseQuantization(file: string, name: string, dtype: DType, q: unknown): Quantization | undefined {
  if (q == null) return undefined;
  const qDtype = isObject(q) ? q.dtype : q;
  if (!isObject(q) || !isQuantDtype(qDtype)) {
    const shown = qDtype === null ? 'null' : asText(qDtype, 'undefined');
    throw new InputError(file, 'corrupt',
      `Weight ${name} has unknown quantization dtype ${shown}. Supported quantization dtypes are: 'uint8', 'uint16', and 'float16'.`, FIX);
  }
  if (qDtype === 'float16') {
    if (dtype !== 'float32') {
      throw new InputError(file, 'corrupt', `Weight ${name} is quantized with float16 which only supports weights of type float32 not ${dtype}.`, FIX);
    }
    return { dtype: 'float16' };
  }
  const min = numberAt(q, 'min');
  const scale = numberAt(q, 'scale');
  if (min === undefined || scale === undefined) {
    throw new InputError(file, 'corrupt', `Weight ${name} with quantization ${qDtype} doesn't have corresponding metadata min and scale.`, FIX);
  }
  if (dtype !== 'float32' && dtype !== 'int32') {
    throw new InputError(file, 'corrupt', `Unsupported dtype in weight '${name}': ${dtype} (only float32 and int32 weights can be quantized)`, FIX);
  }
  return { dtype: qDtype, min, scale };
}

function parseWeight(file: string, group: number, i: number, w: unknown): ManifestWeight {
  const where = `weightsManifest group ${group}, weight #${i + 1}`;
  if (!isObject(w)) throw new InputError(file, 'corrupt', `${where} is not an object`, FIX);
  const name = w.name;
  if (typeof name !== 'string' || name === '') throw new InputError(file, 'corrupt', `${where} has no name`, FIX);
  const at = `${where} (${JSON.stringify(name)})`;
  const shape = w.shape;
  if (!isShape(shape)) {
    throw new InputError(file, 'corrupt', `${at} has shape ${JSON.stringify(shape)}, not a list of non-negative integers`, FIX);
  }
  const count = shape.reduce((a, b) => a * b, 1);
  if (!Number.isSafeInteger(count)) throw new InputError(file, 'corrupt', `${at} has shape ${JSON.stringify(shape)}, too large to exist`, FIX);
  const dtype = w.dtype;
  if (!isDType(dtype)) {
    throw new InputError(file, 'corrupt', `${at} has dtype ${JSON.stringify(dtype)}, which TF.js does not know (float32, int32, bool, string, complex64)`, FIX);
  }
  const quantization = parseQuantization(file, name, dtype, w.quantization);
  return { name, shape, dtype, count, quantization, optimizer: w.group === 'optimizer' || KERAS3_OPTIMIZER.test(name) };
}

/** Every group and entry of `weightsManifest`, checked; the shard paths are still unchecked. */
export function parseManifest(file: string, manifest: unknown): ManifestGroup[] {
  if (!Array.isArray(manifest)) {
    throw new InputError(file, 'corrupt', 'weightsManifest is not a list of {paths, weights} groups', FIX);
  }
  return (manifest as readonly unknown[]).map((g, gi) => {
    if (!isManifestGroup(g)) {
      throw new InputError(file, 'corrupt', `weightsManifest group ${gi + 1} is not a {paths, weights} object`, FIX);
    }
    return { paths: g.paths, weights: g.weights.map((w, i) => parseWeight(file, gi + 1, i, w)) };
  });
}

/** Where one weight's bytes are: the reader's locator. */
export interface TfjsLocator {
  readonly kind: 'tfjs';
  /** 1-based, as in the shard file names (`group1-shard1of1.bin`). */
  readonly group: number;
  readonly offset: number;
  readonly byteLength: number;
  readonly count: number;
  readonly paths: readonly string[];
  readonly [key: string]: unknown;
}

export function isTfjsLocator(x: DataLocator): x is TfjsLocator {
  return x.kind === 'tfjs';
}

/**
 * Bytes of a `string` weight: per element a uint32 LE length then the bytes, so the size is only
 * known by walking the data. Returns null when the lengths run past the group's end.
 */
async function stringByteLength(data: ShardGroup, offset: number, count: number): Promise<number | null> {
  const WINDOW = 1 << 16;
  let winStart = 0;
  let win: Buffer = Buffer.alloc(0);
  let pos = offset;
  for (let i = 0; i < count; i++) {
    if (pos + 4 > data.total) return null;
    if (pos < winStart || pos + 4 > winStart + win.length) {
      winStart = pos;
      const bytes = await data.read(pos, Math.min(WINDOW, data.total - pos));
      win = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    pos += 4 + win.readUInt32LE(pos - winStart);
    if (pos > data.total) return null;
  }
  return pos - offset;
}

export interface LocatedWeight {
  w: ManifestWeight;
  locator: TfjsLocator;
}

function shownName(entry: string): string {
  return path.posix.basename(entry.replace(/\\/g, '/'));
}

/** The error for a group whose shards do not hold exactly the bytes its entries need. */
function sizeMismatch(file: string, number: number, data: ShardGroup, offset: number, overrun: string | undefined): InputError {
  const [only] = data.shards;
  if (!only) {
    return new InputError(file, 'truncated', `group ${number} needs ${offset} bytes, but its "paths" list no shard file`,
      'Add the shard file names to weightsManifest (and commit the shards next to model.json).');
  }
  const shardList = data.shards.length === 1
    ? shownName(only.entry)
    : `one of ${data.shards.map((s) => `${shownName(s.entry)} (${s.size} bytes)`).join(', ')}`;
  const needs = overrun !== undefined
    ? `needs more than ${data.total} bytes (string weight ${JSON.stringify(overrun)} runs past the end)`
    : `needs ${offset} bytes`;
  const short = overrun !== undefined || offset > data.total;
  const why = short
    ? `${shardList} is truncated or not the right file`
    : `${shardList} ${isAre(data.shards.length)} longer than the manifest describes: not the right file, or model.json lists too few weights`;
  return new InputError(file, short ? 'truncated' : 'corrupt', `group ${number} ${needs}, shards hold ${data.total} (${why})`,
    'Re-export the model or download the shards again: model.json and its shards must come from the same export.');
}

/**
 * Open each group's shards (stat'ed and sniffed, not read) and lay its weights over them in
 * manifest order, as TF.js' loader concatenates them; the shards must hold exactly that many bytes.
 */
export async function locateWeights(file: string, groups: readonly ManifestGroup[]): Promise<{ shardGroups: ShardGroup[]; located: LocatedWeight[] }> {
  const shardGroups: ShardGroup[] = [];
  const located: LocatedWeight[] = [];
  for (const [gi, g] of groups.entries()) {
    const number = gi + 1;
    const data = await openShardGroup(file, number, g.paths);
    shardGroups.push(data);
    const paths = data.shards.map((s) => s.entry);
    let offset = 0;
    let overrun: string | undefined;
    for (const w of g.weights) {
      let byteLength: number;
      if (w.dtype === 'string' && !w.quantization) {
        const n = await stringByteLength(data, offset, w.count);
        if (n === null) {
          overrun = w.name;
          break;
        }
        byteLength = n;
      } else {
        byteLength = w.count * storedBytesPerElement(w.dtype, w.quantization);
      }
      located.push({ w, locator: { kind: 'tfjs', group: number, offset, byteLength, count: w.count, paths } });
      offset += byteLength;
    }
    if (overrun !== undefined || offset !== data.total) throw sizeMismatch(file, number, data, offset, overrun);
  }
  return { shardGroups, located };
}

