// Pull requests from forks run with a read-only token: commenting is impossible there, and failing
// the step for it would punish the contributor. The report still reaches the job summary; the
// maintainers get one warning pointing at the fork-safe two-workflow pattern.
import * as core from '@actions/core';
import { pullRequestOf, type RunContext } from './context.js';

/** Why the token cannot write, when the event alone says so; undefined otherwise. */
export function readOnlyReason(ctx: RunContext): string | undefined {
  if (ctx.eventName !== 'pull_request') return undefined;
  const pr = pullRequestOf(ctx);
  if (pr?.headRepo && pr.baseRepo && pr.headRepo !== pr.baseRepo) return `this pull request comes from the fork ${pr.headRepo}`;
  return undefined;
}

/** Warns at most once per run, whichever write found out first. */
export class ReadOnlyNotice {
  private warned = false;

  warn(reason: string): void {
    if (this.warned) return;
    this.warned = true;
    core.warning(
      `weightgate: the token is read-only (${reason}), so nothing was posted; the full report is in the job summary. ` +
        "To comment on pull requests from forks, run weightgate's `comment-from` step in a `workflow_run` workflow (README: Fork pull requests). " +
        'On your own branches, give the job `permissions: pull-requests: write` (and `issues: write` for the tracking issue).',
      { title: 'weightgate: read-only token' },
    );
  }
}
