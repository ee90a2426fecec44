// `weightgate init [dir]`: find the model files under dir (default: the working directory), pair them,
// and write dir/weightgate.yml, which `weightgate check` runs as it is. What could not be paired is
// listed here and as comments in the file. Exit 0 written, 1 no model found (nothing written), 2
// unusable input (no such folder, a weightgate.yml already there without --force, a bad option).
import { randomBytes } from 'node:crypto';
import { lstat, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONFIG_FILE } from '../config/load.js';
import { scanForInit, type InitPlan, type Skipped } from '../config/init-scan.js';
import { initConfigText, oneLine } from '../config/init-write.js';
import { InputError } from '../sources/errors.js';
import type { Io } from './cli-io.js';
import { LIMIT_OPTION, limitsOption, parseCommandLine } from './cli-options.js';
import { UsageError } from './usage.js';

const OPTIONS = {
  // Replace a weightgate.yml that is already there.
  force: { type: 'boolean' },
  // Print the config instead of writing it (also: `-` as an argument); the summary goes to stderr.
  stdout: { type: 'boolean' },
  ...LIMIT_OPTION,
} as const;

/** How many lines of one list the summary shows (the file lists them all). */
const SHOWN = 20;

function exists(p: string): Promise<boolean> {
  return lstat(p).then(() => true, () => false);
}

function section(title: string, items: readonly Skipped[], where: string): string[] {
  if (!items.length) return [];
  return [
    `${title} (${items.length})${where}:`,
    ...items.slice(0, SHOWN).map((s) => `  ${oneLine(s.rel)}: ${oneLine(s.reason)}`),
    ...(items.length > SHOWN ? [`  … and ${items.length - SHOWN} more`] : []),
  ];
}

/** `target`: where the config went (undefined: printed); `null`: nothing was written, so nothing is "in the config". */
function summary(plan: InitPlan, target: string | undefined | null): string {
  const width = Math.min(30, Math.max(...plan.models.map((m) => oneLine(m.name).length), 0));
  const inFile = target === null ? '' : target ? `, listed as comments in ${target}` : ', listed as comments in the config';
  const possible = target === null
    ? plan.suggestions.length ? [`Possible entries (${plan.suggestions.length}), for a weightgate.yml you write:`, ...plan.suggestions.map((x) => `  ${oneLine(x.definition)} + ${oneLine(x.weights)} (${oneLine(x.why)})`)] : []
    : plan.suggestions.length ? [`Possible entries (${plan.suggestions.length}), commented out in the config: uncomment one to check it.`] : [];
  const lines = [
    ...plan.models.map((m) => `  ${oneLine(m.name).padEnd(width)}  ${[m.definition, ...m.weights].map((f) => oneLine(f.rel)).join(m.weights.length ? ' + ' : '')}`),
    ...section('Not paired, so not checked', plan.unpaired, inFile),
    ...possible,
    ...section('Named like model files but not readable', plan.unreadable, inFile),
    ...section('Not model files, left out', plan.notModels, ''),
    ...plan.notes.map((n) => `Note: ${oneLine(n)}`),
  ];
  return lines.join('\n');
}

/** Write `text` to `file` without following a link there, and only over an existing file with --force. */
async function writeConfig(file: string, text: string, force: boolean): Promise<void> {
  if (!force) {
    try {
      await writeFile(file, text, { flag: 'wx' });
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      throw existsError(file);
    }
  }
  // A new file renamed over the old one replaces it (or a link there) rather than writing through it.
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}

function existsError(file: string): InputError {
  return new InputError(file, 'bad-config', 'is already there; weightgate init does not overwrite it',
    'Pass --force to replace it, or --stdout to print the new config and merge it by hand.');
}

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = await parseCommandLine(args, OPTIONS);
  const toStdout = values.stdout === true || positionals.includes('-');
  const folders = positionals.filter((p) => p !== '-');
  if (folders.length > 1) throw new UsageError(`init takes one folder (got '${folders[0]}' and '${folders[1]}')`);
  const dirArg = folders[0] ?? '.';
  const limits = await limitsOption(values.limit);
  // Refused before the scan, so nobody waits for a file that will not be written.
  const early = path.join(dirArg, DEFAULT_CONFIG_FILE);
  if (!toStdout && !values.force && (await exists(early))) throw existsError(early);

  const plan = await scanForInit(dirArg, { limits });
  const report = (text: string): void => (toStdout ? io.err(text) : io.out(text));
  if (!plan.models.length) {
    const rest = summary(plan, null);
    io.err(`error: no model to check under ${oneLine(dirArg)}: weightgate found no definition with its weights, no .keras, no full-model .h5 and no TF.js model.json there; nothing was written${rest ? `\n${rest}` : ''}\n  → Save the model's definition next to its weights with the same name (model.to_json() into classifier.json beside classifier.weights.h5), or save a .keras; then run weightgate init again.`);
    return 1;
  }
  const text = initConfigText(plan);
  if (toStdout) {
    io.out(text);
    report(`${plan.models.length} ${plan.models.length === 1 ? 'model' : 'models'} to check:\n${summary(plan, undefined)}`);
    return 0;
  }
  const file = path.join(plan.dir, DEFAULT_CONFIG_FILE);
  await writeConfig(file, text, values.force === true);
  const relative = path.relative(process.cwd(), file);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  const next = shown === DEFAULT_CONFIG_FILE ? 'weightgate check' : `weightgate check --config ${/^[\w./-]+$/.test(shown) ? shown : JSON.stringify(shown)}`;
  report(`wrote ${oneLine(shown)}: ${plan.models.length} ${plan.models.length === 1 ? 'model' : 'models'} to check\n${summary(plan, shown)}\nNext: ${next}`);
  return 0;
}
