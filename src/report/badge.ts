// A status badge for the README: "weights: 12/12 compatible", green, orange when some models load
// with warnings, red when any model is incompatible or unreadable. The same words and colour go into
// an SVG (badge-maker, no third-party service at view time) and a shields.io endpoint JSON.
import { makeBadge } from 'badge-maker';
import type { CheckReport } from '../check/report.js';

export interface BadgeFields {
  label: string;
  message: string;
  color: 'brightgreen' | 'orange' | 'red' | 'lightgrey';
}

export function badgeFields(report: CheckReport, label = 'weights'): BadgeFields {
  const s = report.summary;
  if (!s.models) return { label, message: 'no models', color: 'lightgrey' };
  const loads = s.compatible + s.warnings;
  const message = `${loads}/${s.models} compatible${s.warnings ? `, ${s.warnings} with warnings` : ''}`;
  const color = report.verdict === 'compatible' ? 'brightgreen' : report.verdict === 'warnings' ? 'orange' : 'red';
  return { label, message, color };
}

export function badgeSvg(report: CheckReport): string {
  return makeBadge({ ...badgeFields(report), style: 'flat' });
}

/** https://shields.io/badges/endpoint-badge: `img.shields.io/endpoint?url=<where this file is served>`. */
export function badgeEndpoint(report: CheckReport): string {
  return `${JSON.stringify({ schemaVersion: 1, ...badgeFields(report) }, null, 2)}\n`;
}
