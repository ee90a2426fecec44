// `weightgate check --markdown F` (and `merge --markdown`): the report as the job summary shows it (the
// same renderer as the PR comment, with the summary's budget), paths relative to the working directory
// as a local reader expects them (`../` included).
import type { CheckReport } from '../check/report.js';
import { renderComment, SUMMARY_BYTES } from './pr-comment.js';

export interface CheckMarkdownOptions {
  /** Paths are shown relative to this folder (the working directory). */
  root: string;
  /** Byte budget for the whole text. */
  maxBytes: number;
  runUrl?: string;
}

export function renderCheckMarkdown(r: CheckReport, o: Partial<CheckMarkdownOptions> = {}): string {
  const { root = process.cwd(), maxBytes = SUMMARY_BYTES, runUrl } = o;
  return renderComment(r, { root, maxBytes, paths: 'local', maxRows: 1_000, links: runUrl ? [{ label: 'run', url: runUrl }] : [] }).trimEnd();
}
