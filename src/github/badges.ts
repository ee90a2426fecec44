// Badge files at the paths the workflow asked for; publishing them (a `badges` branch, an artifact)
// is the workflow's business, shown in the README.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckReport } from '../check/report.js';
import { badgeEndpoint, badgeSvg } from '../report/badge.js';

export async function writeBadges(report: CheckReport, files: readonly string[], cwd: string): Promise<string[]> {
  const written: string[] = [];
  for (const f of files) {
    const target = path.resolve(cwd, f);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.toLowerCase().endsWith('.svg') ? badgeSvg(report) : badgeEndpoint(report));
    written.push(target);
  }
  return written;
}
