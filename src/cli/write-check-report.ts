// `check --json F --markdown F --comment F` and `merge` (same options): the report written to files
// (folders created), or to stdout for `-`, where it is then the only thing written (see stdoutTarget).
// `--comment` is the pull request comment exactly as the Action posts it: renderComment with the
// Action's budget (COMMENT_BYTES), the same sticky marker (report/comment-marker.ts) and the paths
// relative to the repository root; only the links to a workflow run are absent (there is none).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toJson, type CheckReport } from '../check/report.js';
import { renderCheckMarkdown } from '../report/check-markdown.js';
import { commentMarker } from '../report/comment-marker.js';
import { COMMENT_BYTES, renderComment } from '../report/pr-comment.js';
import { UsageError } from './usage.js';

/** Where each form of the report goes: a file, `-` for stdout, or nowhere. */
export interface ReportTargets {
  json?: string;
  markdown?: string;
  comment?: string;
}

/** The one option of `targets` that writes to stdout, if any; two of them would interleave, so that is refused. */
export function stdoutTarget(targets: ReportTargets): keyof ReportTargets | undefined {
  const dash = (Object.keys(targets) as (keyof ReportTargets)[]).filter((k) => targets[k] === '-');
  if (dash.length > 1) throw new UsageError(`only one of ${dash.map((k) => `--${k}`).join(', ')} can write to stdout (-); give the others a file`);
  return dash[0];
}

/** Write `text` to `file` (its folder created), or with `stdout` when `file` is `-`. */
export async function writeTarget(file: string, text: string, stdout: (text: string) => void): Promise<void> {
  if (file === '-') {
    stdout(text);
    return;
  }
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, text);
}

/** The PR comment the Action would post for `report`, paths relative to the repository `root`. */
export function commentFor(report: CheckReport, root: string): string {
  return renderComment(report, { maxBytes: COMMENT_BYTES, root, marker: commentMarker(report), links: [] });
}

export async function writeCheckReport(report: CheckReport, files: ReportTargets,
  o: { stdout?: (text: string) => void; root?: string } = {}): Promise<void> {
  const stdout = o.stdout ?? ((t: string) => process.stdout.write(t));
  if (files.json) await writeTarget(files.json, `${JSON.stringify(toJson(report), null, 2)}\n`, stdout);
  if (files.markdown) await writeTarget(files.markdown, `${renderCheckMarkdown(report)}\n`, stdout);
  if (files.comment) await writeTarget(files.comment, commentFor(report, o.root ?? process.cwd()), stdout);
}
