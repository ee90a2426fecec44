// Reports in and out of files: the shard reports a merge job downloads (or the one report a
// workflow_run job comments with), and the JSON + Markdown every run leaves in RUNNER_TEMP.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { mergeReports, toJson, type CheckReport } from '../check/report.js';
import { reviveReport } from '../check/revive-report.js';
import { InputError } from '../sources/errors.js';

async function readOne(file: string): Promise<CheckReport> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new InputError(file, 'not-found', 'no such report file', 'Download the report artifact (actions/download-artifact) before this step.');
    throw new InputError(file, 'corrupt', `not a readable JSON report (${e.message.split('\n')[0]})`);
  }
  // Checked against the report schema before anything reads it: the file may come from a fork's run.
  return reviveReport(json, file);
}

/** One report file, or a glob of shard reports merged into the report an unsharded run gives. */
export async function readReports(pattern: string, cwd: string): Promise<CheckReport> {
  const files = isDynamicPattern(pattern) ? (await glob(pattern, { cwd, absolute: true, onlyFiles: true })).sort() : [path.resolve(cwd, pattern)];
  if (!files.length) throw new InputError(pattern, 'not-found', `matches no report file in ${cwd}`, 'Download the shard reports (actions/download-artifact with merge-multiple: true) before this step.');
  const reports = await Promise.all(files.map(readOne));
  const [only, ...more] = reports;
  if (only && !more.length) return only;
  try {
    return mergeReports(reports);
  } catch (err) {
    throw new InputError(pattern, 'corrupt', (err as Error).message);
  }
}

export interface ReportFiles {
  json: string;
  markdown: string;
}

/** Named after the report's key, so shard reports downloaded into one folder never overwrite each other. */
export async function writeReportFiles(report: CheckReport, markdown: string, dir: string, key: string): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true });
  const files = { json: path.join(dir, `weightgate-${key}.json`), markdown: path.join(dir, `weightgate-${key}.md`) };
  await writeFile(files.json, `${JSON.stringify(toJson(report), null, 2)}\n`);
  await writeFile(files.markdown, markdown);
  return files;
}

