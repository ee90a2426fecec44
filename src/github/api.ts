// The REST client: @actions/github's Octokit (proxy-aware, paginating), pointed at the run's API URL
// so GitHub Enterprise Server and the tests' local server work the same way.
import { getOctokit } from '@actions/github';
import type { RunContext } from './context.js';

export type Api = ReturnType<typeof getOctokit>;

export function makeApi(token: string, ctx: RunContext): Api {
  return getOctokit(token, { baseUrl: ctx.apiUrl, userAgent: 'weightgate-action' });
}

export function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

/**
 * A 403 that is about permissions (a fork's read-only token, a missing `permissions:` entry), not
 * the rate limit, which GitHub also answers with 403.
 */
export function isForbidden(err: unknown): boolean {
  if (statusOf(err) !== 403) return false;
  const headers = (err as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
  return headers['x-ratelimit-remaining'] !== '0' && !/rate limit/i.test(messageOf(err));
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : typeof err === 'string' ? err : JSON.stringify(err);
}
