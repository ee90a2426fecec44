// `weightgate convert <definition> [<weights>] <out-dir>`: a TF.js layers model from any Keras format
// weightgate reads. Exit codes: 0 written, 1 refused (incompatible pair, or a model TF.js cannot run
// even with weightgate's layers), 2 unusable input or arguments.
import path from 'node:path';
import { ConvertRefused, QUANTIZE_DTYPES, convertModel, type ConvertResult } from '../convert/index.js';
import { plural } from '../text/grammar.js';
import { formatBytes } from '../report/inspect.js';
import { sanitizeTerminal } from '../report/text.js';
import type { Io } from './cli-io.js';
import { PAIRING_OPTIONS, choiceOption, diffOptionsFrom, engineOption, parseCommandLine } from './cli-options.js';
import { UsageError } from './usage.js';

const OPTIONS = {
  ...PAIRING_OPTIONS,
  quantize: { type: 'string' },
  engine: { type: 'string' },
  'no-verify': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** An output directory named like a model file is almost always a forgotten out-dir argument. */
const MODEL_FILE = /\.(h5|hdf5|keras|json|npz|npy|bin)$/i;

export async function convertCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = await parseCommandLine(args, OPTIONS);
  const outDir = positionals.at(-1);
  const [definition, weights] = positionals.length === 3 ? positionals : [positionals[0], undefined];
  if (positionals.length < 2 || positionals.length > 3 || outDir === undefined || definition === undefined) {
    throw new UsageError('convert takes a definition, optionally a weights file, and the output directory');
  }
  if (MODEL_FILE.test(outDir)) throw new UsageError(`the last argument is the output directory, but '${outDir}' looks like a model file`);
  const quantize = choiceOption('quantize', values.quantize, QUANTIZE_DTYPES);
  const engine = engineOption(values.engine);
  try {
    const result = await convertModel(definition, weights, outDir, {
      diff: diffOptionsFrom(values),
      engine,
      verify: values['no-verify'] !== true,
      ...(quantize ? { quantize } : {}),
    });
    io.out(values.json ? JSON.stringify(resultJson(result), null, 2) : convertText(result).join('\n'));
    return 0;
  } catch (err) {
    if (!(err instanceof ConvertRefused)) throw err;
    if (values.json) io.out(JSON.stringify({ converted: false, reason: err.message, reasons: err.reasons }, null, 2));
    else io.err([`✖ cannot convert ${definition}: ${sanitizeTerminal(err.message)}`, ...err.reasons.map((r) => `  - ${sanitizeTerminal(r)}`)].join('\n'));
    return 1;
  }
}

function resultJson(r: ConvertResult): Record<string, unknown> {
  return {
    converted: true, outDir: r.outDir, modelJson: r.modelJson, files: r.files, weights: r.weights, weightBytes: r.weightBytes,
    requiresLayers: r.requiresLayers, quantization: r.quantization, verdict: r.report.verdict, loader: r.report.loader.call,
    engine: r.engine, notes: r.notes, ...(r.verification ? { verification: r.verification } : {}),
  };
}

function convertText(r: ConvertResult): string[] {
  const shards = r.files.filter((f) => f !== 'model.json');
  const warnings = r.report.findings.filter((f) => f.severity === 'warning').length;
  const lines = [
    `✔ wrote ${path.join(r.outDir, 'model.json')} (TF.js layers model) from ${sanitizeTerminal(r.report.definition.source)}`
      + `${r.report.artifact.source !== r.report.definition.source ? ` + ${sanitizeTerminal(r.report.artifact.source)}` : ''}`,
    `  weights: ${r.weights} variables, ${formatBytes(r.weightBytes)} in ${plural(shards.length, 'shard')}`
      + `${r.quantization ? `, quantised ${r.quantization}` : ''}; paired as ${r.report.loader.call} (${r.report.verdict}${warnings ? `, ${plural(warnings, 'warning')}` : ''})`,
    r.requiresLayers.length
      ? `  load with weightgate's layers (${r.requiresLayers.join(', ')}): import { registerWeightgateLayers } from 'weightgate/tfjs-layers'; registerWeightgateLayers(tf); then tf.loadLayersModel`
      : '  loads with plain tf.loadLayersModel',
  ];
  if (r.verification) {
    const v = r.verification;
    lines.push(v.maxAbsDiff === 0
      ? `  reloaded with tf.loadLayersModel: outputs identical to the source weights (${v.inputs})`
      : `  reloaded with tf.loadLayersModel: outputs within ${v.maxAbsDiff.toExponential(2)} of the unquantised weights (${v.inputs})`);
  }
  for (const n of r.notes) lines.push(`  note: ${sanitizeTerminal(n)}`);
  return lines;
}
