// The tracking issue's texts: the full report when it opens, a short digest on each later failure
// (one comment per night should be readable at a glance), and one line when it closes.
import { effectiveStatus, type CheckReport } from '../check/report.js';
import { findingsCell, ICON, verdictLine } from './model-cells.js';
import { COMMENT_BYTES, linkText, renderComment, type Link } from './pr-comment.js';
import { capName, moreText } from './cap.js';
import { escapeMarkdown } from './markdown.js';

export interface TrackingTexts {
  openBody: string;
  failBody: string;
  greenBody: string;
}

const LISTED = 20;

export function trackingTexts(report: CheckReport, root: string, links: Link[]): TrackingTexts {
  const [first] = links;
  const where = first ? ` in ${linkText(first)}` : '';
  const failing = report.models.filter((m) => effectiveStatus(m) !== 'compatible');
  const listed = failing.slice(0, LISTED).map((m) => `- ${ICON[effectiveStatus(m)]} ${escapeMarkdown(capName(m.id))}: ${findingsCell(m)}`);
  if (failing.length > LISTED) listed.push(`- ${moreText(failing.length - LISTED)}`);
  const note = '*weightgate opened this issue for a failing scheduled check; the next green run closes it.*';
  return {
    // Room for the marker line the tracking module puts first.
    openBody: `${renderComment(report, { root, links, maxBytes: COMMENT_BYTES - 1_000 })}\n${note}\n`,
    failBody: [`${verdictLine(report)}${where}`, '', ...listed, ''].join('\n'),
    greenBody: `${verdictLine(report)}${where}: closing.\n`,
  };
}
