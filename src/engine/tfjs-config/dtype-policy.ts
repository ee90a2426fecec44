// Keras dtype policies → the dtype string TF.js reads. TF.js variables and compute are float32
// whatever the policy: mixed and half policies run in full precision (noted, compared more loosely).
import { isQuantizedPolicy } from '../../model/keras-vocabulary.js';
import { isObject } from '../../sources/json-value.js';
import { asText } from '../../text/config-text.js';
import { block, type Ctx } from './translation-context.js';
import type { EditableJson } from './tfjs-topology.js';

/** The policy's name, and whether it quantizes (the vocabulary's one rule); undefined when it names none. */
function policyName(v: unknown): { name: string; quantized: boolean } | undefined {
  if (typeof v === 'string') return { name: v, quantized: isQuantizedPolicy(v) };
  if (!isObject(v)) return undefined;
  const name = isObject(v.config) ? v.config.name : undefined;
  if (isQuantizedPolicy(v)) return { name: asText(name ?? v.class_name, '?'), quantized: true };
  return typeof name === 'string' ? { name, quantized: isQuantizedPolicy(name) } : undefined;
}

/** DTypePolicy objects → dtype strings: half, mixed and float64 policies run in float32; a quantized one blocks. */
export function normalizeDtype(c: EditableJson, entry: unknown, ctx: Ctx): void {
  if (!('dtype' in c)) return;
  const policy = policyName(c.dtype);
  if (policy === undefined) {
    delete c.dtype;
    return;
  }
  const { name } = policy;
  if (policy.quantized) {
    block(ctx, entry, `quantized dtype policy '${name}'`);
    c.dtype = 'float32';
    return;
  }
  if (/float16|bfloat16/.test(name)) {
    ctx.halfPrecision = true;
    ctx.notes.add(`layers with dtype policy '${name}' compute in float16/bfloat16 in Keras but in float32 in TF.js`);
    c.dtype = 'float32';
    return;
  }
  if (name === 'float64') {
    ctx.notes.add('float64 layers run in float32 in TF.js');
    c.dtype = 'float32';
    return;
  }
  if (/^u?int(8|16|64)$/.test(name)) {
    c.dtype = 'int32';
    return;
  }
  c.dtype = name;
}
