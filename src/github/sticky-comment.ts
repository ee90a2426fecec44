// One sticky comment per config (and shard set) on a pull request: found again by a hidden marker and
// by its author, updated in place, and never duplicated, even when two runs race each other.
//
// The race: two runs both list (nothing yet), both create. Every run that created a comment lists
// again afterwards and keeps only the oldest of the matching comments, deleting the others and
// moving its own text into the survivor. The oldest comment is never deleted by anyone (every later
// creator sees it when it lists again), and every newer one is deleted by the run that created it,
// so however the runs interleave exactly one comment is left.
import { statusOf, type Api } from './api.js';

export interface Thread {
  owner: string;
  repo: string;
  /** Pull requests are issues for comments. */
  issue_number: number;
}

export interface PostedComment {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}

async function ours(api: Api, thread: Thread, marker: string, login: string): Promise<ListedComment[]> {
  const all = await api.paginate(api.rest.issues.listComments, { ...thread, per_page: 100 });
  return all
    .filter((c) => c.user?.login === login && typeof c.body === 'string' && c.body.includes(marker))
    .sort((a, b) => a.id - b.id);
}

async function remove(api: Api, thread: Thread, id: number): Promise<void> {
  try {
    await api.rest.issues.deleteComment({ owner: thread.owner, repo: thread.repo, comment_id: id });
  } catch (err) {
    // Another run deleted it first.
    if (statusOf(err) !== 404) throw err;
  }
}

async function keep(api: Api, thread: Thread, survivor: ListedComment, body: string): Promise<PostedComment> {
  if (survivor.body === body) return { id: survivor.id, url: survivor.html_url, action: 'unchanged' };
  const { data } = await api.rest.issues.updateComment({ owner: thread.owner, repo: thread.repo, comment_id: survivor.id, body });
  return { id: data.id, url: data.html_url, action: 'updated' };
}

/** Whether an earlier run left a comment here (`comment: auto` updates it even when all is green). */
export async function hasComment(api: Api, thread: Thread, marker: string, login: string): Promise<boolean> {
  return (await ours(api, thread, marker, login)).length > 0;
}

/**
 * Create or update the comment carrying `marker`. `login` is who we are (identity.ts); a created
 * comment tells us for sure, and that login is used from then on.
 */
export async function upsertComment(api: Api, thread: Thread, marker: string, body: string, login: string): Promise<PostedComment> {
  const [first, ...extra] = await ours(api, thread, marker, login);
  if (first) {
    const posted = await keep(api, thread, first, body);
    for (const c of extra) await remove(api, thread, c.id);
    return posted;
  }
  const { data: created } = await api.rest.issues.createComment({ ...thread, body });
  const after = await ours(api, thread, marker, created.user?.login ?? login);
  if (!after.some((c) => c.id === created.id)) after.push({ id: created.id, body: created.body, html_url: created.html_url, user: created.user });
  after.sort((a, b) => a.id - b.id);
  const [survivor, ...others] = after; // `after` holds the created comment at least
  for (const c of others) await remove(api, thread, c.id);
  if (!survivor || survivor.id === created.id) return { id: created.id, url: created.html_url, action: 'created' };
  return keep(api, thread, survivor, body);
}
