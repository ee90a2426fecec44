// `check --json F --markdown F` and `merge` (same options): the report written to files, folders created.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toJson, type CheckReport } from '../check/report.js';
import { renderCheckMarkdown } from '../report/check-markdown.js';

export async function writeCheckReport(report: CheckReport, files: { json?: string; markdown?: string }): Promise<void> {
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, text);
  };
  if (files.json) await write(files.json, `${JSON.stringify(toJson(report), null, 2)}\n`);
  if (files.markdown) await write(files.markdown, `${renderCheckMarkdown(report)}\n`);
}
