// The nightly's memory: one open issue while the scheduled check fails. The first failure opens it
// (label `weightgate` + a hidden marker keyed on its title), later failures comment on it, and the
// next green run comments and closes it. A closed issue is never reopened: a new failure after a
// green run is a new story and gets a new issue.
import { createHash } from 'node:crypto';
import { statusOf, type Api } from './api.js';
import type { Repo } from './context.js';

export const TRACKING_LABEL = 'weightgate';

export interface TrackingUpdate {
  failing: boolean;
  /** The issue's body when it is opened (the marker is added here). */
  openBody: string;
  /** A later failure's comment. */
  failBody: string;
  /** The comment that closes it. */
  greenBody: string;
}

export interface TrackingResult {
  action: 'opened' | 'commented' | 'closed' | 'none';
  number?: number;
  url?: string;
}

export function trackingMarker(title: string): string {
  return `<!-- weightgate:tracking:${createHash('sha256').update(title).digest('hex').slice(0, 16)} -->`;
}

async function findOpen(api: Api, repo: Repo, title: string, login: string): Promise<{ number: number; html_url: string } | undefined> {
  const marker = trackingMarker(title);
  const issues = await api.paginate(api.rest.issues.listForRepo, { ...repo, state: 'open', labels: TRACKING_LABEL, per_page: 100 });
  return issues
    .filter((i) => !i.pull_request && i.title === title && i.user?.login === login && (i.body ?? '').includes(marker))
    .sort((a, b) => a.number - b.number)[0];
}

async function ensureLabel(api: Api, repo: Repo): Promise<void> {
  try {
    await api.rest.issues.getLabel({ ...repo, name: TRACKING_LABEL });
  } catch (err) {
    if (statusOf(err) !== 404) throw err;
    try {
      await api.rest.issues.createLabel({ ...repo, name: TRACKING_LABEL, color: 'd93f0b', description: 'Opened by weightgate while the scheduled check fails' });
    } catch (e) {
      // 422: another run created it in between.
      if (statusOf(e) !== 422) throw e;
    }
  }
}

export async function updateTrackingIssue(api: Api, repo: Repo, title: string, login: string, u: TrackingUpdate): Promise<TrackingResult> {
  const open = await findOpen(api, repo, title, login);
  if (!u.failing) {
    if (!open) return { action: 'none' };
    await api.rest.issues.createComment({ ...repo, issue_number: open.number, body: u.greenBody });
    await api.rest.issues.update({ ...repo, issue_number: open.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: open.number, url: open.html_url };
  }
  if (open) {
    const { data } = await api.rest.issues.createComment({ ...repo, issue_number: open.number, body: u.failBody });
    return { action: 'commented', number: open.number, url: data.html_url };
  }
  await ensureLabel(api, repo);
  const { data } = await api.rest.issues.create({ ...repo, title, body: `${trackingMarker(title)}\n${u.openBody}`, labels: [TRACKING_LABEL] });
  return { action: 'opened', number: data.number, url: data.html_url };
}
