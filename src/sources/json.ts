// JSON from files: size-checked before it is read, depth-checked after it is parsed. V8 parses any
// depth, but every walker downstream recurses, so a config nested thousands deep would overflow
// the stack somewhere far from here; it is refused here instead, by name.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from './errors.js';
import { limitError, type Limits } from './limits.js';

/** The nesting depth of `value`, counted without recursion, stopping once past `max`. */
export function jsonDepth(value: unknown, max: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d > deepest) deepest = d;
    if (deepest > max) return deepest;
    for (const x of Array.isArray(v) ? v : Object.values(v)) if (typeof x === 'object' && x !== null) stack.push([x, d + 1]);
  }
  return deepest;
}

/**
 * Parse JSON text that came from `file` (`what` says which part: `config.json`, `the model_config
 * attribute`), refusing text over maxJsonBytes and nesting over maxJsonDepth.
 */
export function parseJsonText(file: string, text: string, limits: Limits, what = 'the file'): unknown {
  if (text.length > limits.maxJsonBytes) throw limitError(file, 'maxJsonBytes', limits, `${what} is ${text.length} characters of JSON`);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const where = what === 'the file' ? 'not valid JSON' : `${what} is not valid JSON`;
    throw new InputError(file, 'corrupt', `${where} (${(err as Error).message.slice(0, 200)})`,
      'The file is damaged, cut short or edited by hand; re-download it or re-save it with Keras / TF.js.');
  }
  const depth = jsonDepth(value, limits.maxJsonDepth);
  if (depth > limits.maxJsonDepth) throw limitError(file, 'maxJsonDepth', limits, `${what} nests JSON ${depth}+ levels deep`);
  return value;
}

/** Read and parse a JSON file within the limits. */
export async function readJsonFile(file: string, limits: Limits): Promise<unknown> {
  const { size } = await stat(file);
  if (size > limits.maxJsonBytes) throw limitError(file, 'maxJsonBytes', limits, `the file is ${size} bytes of JSON`);
  return parseJsonText(file, await readFile(file, 'utf8'), limits);
}
