// Which pull request a comment goes to. On pull_request events the payload says. In the fork-safe
// workflow_run job the payload's `pull_requests` is empty for forks (actions/runner#3444), so the
// open pull request whose head is the run's head commit is looked up instead.
import type { Api } from './api.js';
import { arrayAt, numberAt, objectAt, stringAt, valueAt } from '../sources/json-value.js';
import { pullRequestOf, type RunContext } from './context.js';

export interface PullRequestTarget {
  number: number;
  /** Why this one (for the log). */
  how: string;
}

export async function pullRequestForRun(api: Api, ctx: RunContext): Promise<PullRequestTarget | undefined> {
  const own = pullRequestOf(ctx);
  if (own) return { number: own.number, how: `the ${ctx.eventName} event` };
  const run = objectAt(ctx.payload, 'workflow_run');
  if (ctx.eventName !== 'workflow_run' || !run || stringAt(run, 'event') !== 'pull_request' || !ctx.repo) return undefined;
  const full = `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase();
  for (const pr of arrayAt(run, 'pull_requests') ?? []) {
    // The list can name pull requests of other repositories that share the commit.
    const base = valueAt(pr, 'base', 'repo', 'url');
    const number = numberAt(pr, 'number');
    if (number !== undefined && typeof base === 'string' && base.toLowerCase().endsWith(`/repos/${full}`)) return { number, how: 'the workflow_run payload' };
  }
  const headSha = stringAt(run, 'head_sha');
  if (headSha === undefined) return undefined;
  const open = await api.paginate(api.rest.pulls.list, { ...ctx.repo, state: 'open', per_page: 100 });
  const match = open.find((p) => p.head.sha === headSha);
  return match ? { number: match.number, how: `its head commit ${headSha.slice(0, 7)}` } : undefined;
}
