// Whether TF.js can build a layer class at all: classes carrying code (never built), custom classes
// whose code is not in the file, and classes neither TF.js nor weightgate has.
import { isOpNode } from '../../model/keras-vocabulary.js';
import { asText } from '../../text/config-text.js';
import { CODE_CLASSES, knownToTfjs } from './tfjs-support-tables.js';
import { block, entryName, type Ctx } from './translation-context.js';
import type { EditableJson } from './tfjs-topology.js';

/** Modules Keras' own classes live in; any other module is a project's custom class. */
const KERAS_MODULE = /^keras(\.|$)|^tf_keras|^tensorflow/;

export function flagCustomClass(entry: EditableJson, ctx: Ctx): void {
  const cls = asText(entry.class_name, 'undefined');
  if (CODE_CLASSES.has(cls)) {
    block(ctx, entry, 'its config holds Python code, which is never executed', true);
    return;
  }
  const { module, registered_name: registered } = entry;
  const custom = (typeof registered === 'string' && registered !== cls && registered.includes('>'))
    || (typeof module === 'string' && !KERAS_MODULE.test(module));
  if (custom && !isOpNode(entry)) {
    block(ctx, entry, `a custom class${registered ? ` registered as '${asText(registered, '')}'` : ''}: its code is not in the file`, true);
  }
}

export function checkTfjsSupport(entry: EditableJson, ctx: Ctx): void {
  const cls = asText(entry.class_name, 'undefined');
  if (knownToTfjs(cls)) return;
  const name = entryName(entry);
  if (ctx.blockers.some((b) => b.layer === name && b.code)) return;
  const why = cls === 'Identity' ? 'tfjs resolves the name to the Identity initializer, not a layer' : 'no TF.js 4.22 layer of this class';
  block(ctx, entry, why);
}
