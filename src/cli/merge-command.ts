// `weightgate merge <report.json...>`: shard reports joined into the report an unsharded run writes.
import { readFile } from 'node:fs/promises';
import { failed, mergeReports, type CheckReport } from '../check/report.js';
import { reviveReport } from '../check/revive-report.js';
import { renderCheckText } from '../report/check-text.js';
import { InputError } from '../sources/errors.js';
import { rethrownAs, usageError } from './cli-errors.js';
import type { Io } from './cli-io.js';
import { failOnOption, parseCommandLine } from './cli-options.js';
import { UsageError } from './usage.js';
import { stdoutTarget, writeCheckReport } from './write-check-report.js';

const FIX = 'Pass the files written by `weightgate check --json`.';

async function readReport(file: string): Promise<CheckReport> {
  const json = await rethrownAs((m) => new InputError(file, 'corrupt', `not a readable JSON report (${m.split('\n')[0]})`, FIX),
    async (): Promise<unknown> => JSON.parse(await readFile(file, 'utf8')));
  // reviveReport checks the report against its schema (an InputError naming the file and the field).
  return reviveReport(json, file);
}

export async function mergeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = await parseCommandLine(args, { json: { type: 'string' }, markdown: { type: 'string' }, 'fail-on': { type: 'string' } });
  if (!positionals.length) throw new UsageError('merge takes one or more report.json files');
  const failOn = failOnOption(values['fail-on']);
  const reports: CheckReport[] = [];
  for (const f of positionals) reports.push(await readReport(f));
  const merged = await rethrownAs(usageError, () => mergeReports(reports));
  // `--json -` / `--markdown -`: that report alone on stdout, the text on stderr (as for check).
  const text = stdoutTarget(values) ? io.err : io.out;
  await writeCheckReport(merged, values, { stdout: io.out });
  text(renderCheckText(merged));
  if (merged.shards) io.err(`warning: shards ${merged.shards.indices.join(', ')} of ${merged.shards.total} merged; the others are missing`);
  return failed(merged, failOn) ? 1 : 0;
}
