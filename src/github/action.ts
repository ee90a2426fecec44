// The GitHub Action. Inputs and the environment are read when run() starts; the report comes from the
// CLI's own modules; then every surface gets its share: report files and outputs, the job summary,
// annotations, badges, the sticky PR comment, the nightly tracking issue, and last the gate.
// Only the gate fails the step: a comment that cannot be posted is a warning, never a failure.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { brokenByChange, failed, type CheckReport, type FailOn } from '../check/report.js';
import { pullRequestLine } from '../report/base-words.js';
import { valueAt } from '../sources/json-value.js';
import { plural, withArticle } from '../text/grammar.js';
import { renderCheckText } from '../report/check-text.js';
import { COMMENT_BYTES, SUMMARY_BYTES, renderComment, type Link } from '../report/pr-comment.js';
import { trackingTexts } from '../report/comment-tracking.js';
import { isForbidden, makeApi, messageOf, type Api } from './api.js';
import { annotationsFor, emitAnnotations } from './annotations.js';
import { writeBadges } from './badges.js';
import { hasComment, upsertComment } from './sticky-comment.js';
import { commentMarker, reportKey } from '../report/comment-marker.js';
import { readContext, runUrl, type RunContext } from './context.js';
import { ReadOnlyNotice, readOnlyReason } from './fork.js';
import { whoAmI } from './identity.js';
import { readInputs, type ActionInputs } from './action-inputs.js';
import { produceReport, type ReportOrigin } from './produce-report.js';
import { pullRequestForRun } from './pull-request.js';
import { writeReportFiles } from './report-files.js';
import { writeSummary } from './summary.js';
import { updateTrackingIssue } from './tracking-issue.js';

export async function run(): Promise<void> {
  try {
    await main();
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : JSON.stringify(err));
  }
}

/** What the steps that talk to GitHub share: one client, one identity lookup, one read-only warning. */
class Session {
  private login?: Promise<string>;
  readonly notice = new ReadOnlyNotice();

  constructor(readonly api: Api | undefined) {}

  /** Callers check `api` first: without a token nothing talks to GitHub. */
  whoAmI(): Promise<string> {
    if (!this.api) return Promise.reject(new Error('no GitHub client (no github-token)'));
    this.login ??= whoAmI(this.api);
    return this.login;
  }
}

async function main(): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const ctx = readContext();
  const cwd = path.resolve(inputs.workingDirectory);
  const { report, origin } = await produceReport(inputs, cwd, ctx);
  if (report.shards) core.warning(`weightgate: this report holds shards ${report.shards.indices.join(', ')} of ${report.shards.total}; the others are missing`);
  logReport(report, origin);

  const links = linksFor(ctx, origin);
  const full = renderComment(report, { maxBytes: SUMMARY_BYTES, root: ctx.workspace, links, maxRows: 1_000 });
  const files = await writeReportFiles(report, full, path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'weightgate'), reportKey(report));
  const s = report.summary;
  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', String(s.errors));
  core.setOutput('warnings', String(s.warningFindings));
  core.setOutput('models', String(s.models));
  const trend = (t: string): string => String(report.models.filter((m) => m.trend === t).length);
  core.setOutput('introduced', report.base && !report.base.unavailable ? String(report.models.filter(brokenByChange).length) : '');
  core.setOutput('fixed', report.base && !report.base.unavailable ? trend('fixed') : '');
  core.setOutput('pre-existing', report.base && !report.base.unavailable ? trend('pre-existing') : '');
  core.setOutput('report-json', files.json);
  core.setOutput('report-markdown', files.markdown);

  await writeSummary(full);
  // Only the step that checked the files points at them: a merge job repeating its shards' annotations
  // would show each twice, and a relayed report describes a checkout that is not here.
  if (origin === 'check') emitAnnotations(annotationsFor(report, ctx.workspace));
  if (inputs.badge.length) await writeBadges(report, inputs.badge, cwd);

  const session = new Session(inputs.token ? makeApi(inputs.token, ctx) : undefined);
  core.setOutput('comment-url', (await postComment(inputs, ctx, report, origin, links, session)) ?? '');
  await trackNightly(inputs, ctx, report, links, session);

  if (failed(report, inputs.failOn)) core.setFailed(gateReason(report, inputs.failOn));
}

/** The text report in the log. Its names come from files, so workflow commands are off meanwhile. */
function logReport(report: CheckReport, origin: ReportOrigin): void {
  const token = randomUUID();
  core.startGroup('weightgate report');
  core.info(`::stop-commands::${token}`);
  core.info(renderCheckText(report, { lines: origin !== 'check' }));
  core.info(`::${token}::`);
  core.endGroup();
}

function linksFor(ctx: RunContext, origin: ReportOrigin): Link[] {
  const links: Link[] = [];
  const checked = valueAt(ctx.payload, 'workflow_run', 'html_url');
  if (origin === 'comment-from' && typeof checked === 'string') links.push({ label: 'checked in this run', url: checked });
  const own = runUrl(ctx);
  if (own) links.push({ label: origin === 'comment-from' ? 'posted by this run' : 'workflow run', url: own });
  return links;
}

async function postComment(inputs: ActionInputs, ctx: RunContext, report: CheckReport, origin: ReportOrigin, links: Link[], session: Session): Promise<string | undefined> {
  if (inputs.comment === 'never') return undefined;
  const onPr = ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target';
  const relay = ctx.eventName === 'workflow_run' && origin === 'comment-from';
  if (!onPr && !relay) {
    core.info(`weightgate: no pull request to comment on in ${withArticle(ctx.eventName || 'local')} run`);
    return undefined;
  }
  if (inputs.shard && inputs.comment === 'auto') {
    core.info('weightgate: a shard leaves the comment to the job that merges the shard reports');
    return undefined;
  }
  const readOnly = readOnlyReason(ctx);
  if (readOnly) {
    session.notice.warn(readOnly);
    return undefined;
  }
  const api = session.api;
  if (!api || !ctx.repo) {
    core.warning('weightgate: no github-token (or no GITHUB_REPOSITORY), so no comment was posted');
    return undefined;
  }
  try {
    const target = await pullRequestForRun(api, ctx);
    if (!target) {
      core.info('weightgate: found no open pull request for this run, so no comment was posted');
      return undefined;
    }
    const login = await session.whoAmI();
    const thread = { ...ctx.repo, issue_number: target.number };
    const marker = commentMarker(report);
    if (inputs.comment === 'auto' && report.verdict === 'compatible' && !(await hasComment(api, thread, marker, login))) {
      core.info('weightgate: every model is compatible and there is no earlier comment to update; nothing to say');
      return undefined;
    }
    const body = renderComment(report, { maxBytes: COMMENT_BYTES, root: ctx.workspace, marker, links });
    const posted = await upsertComment(api, thread, marker, body, login);
    core.info(`weightgate: comment ${posted.action} on #${target.number} (found from ${target.how}): ${posted.url}`);
    return posted.url;
  } catch (err) {
    if (isForbidden(err)) session.notice.warn('the API answered 403: a pull request from a fork, or a job without `permissions: pull-requests: write`');
    else core.warning(`weightgate could not post the pull request comment: ${messageOf(err)}`);
    return undefined;
  }
}

async function trackNightly(inputs: ActionInputs, ctx: RunContext, report: CheckReport, links: Link[], session: Session): Promise<void> {
  if (!inputs.trackingIssue) return;
  if (ctx.eventName !== 'schedule' && ctx.eventName !== 'workflow_dispatch') {
    core.info(`weightgate: tracking-issue is for schedule and workflow_dispatch runs; this is ${withArticle(ctx.eventName || 'local')} run`);
    return;
  }
  if (!session.api || !ctx.repo) {
    core.warning('weightgate: no github-token (or no GITHUB_REPOSITORY), so the tracking issue was not updated');
    return;
  }
  // With fail-on: never the step never fails, but a broken nightly still deserves its issue.
  const failing = failed(report, inputs.failOn === 'never' ? 'error' : inputs.failOn);
  try {
    const texts = trackingTexts(report, ctx.workspace, links);
    const r = await updateTrackingIssue(session.api, ctx.repo, inputs.trackingIssue, await session.whoAmI(), { failing, ...texts });
    if (r.action !== 'none') core.info(`weightgate: tracking issue #${r.number} ${r.action}: ${r.url}`);
  } catch (err) {
    if (isForbidden(err)) session.notice.warn('the API answered 403: the job needs `permissions: issues: write` for the tracking issue');
    else core.warning(`weightgate could not update the tracking issue: ${messageOf(err)}`);
  }
}

/** One line for the failed step: what failed and by which rule. */
export function gateReason(report: CheckReport, failOn: FailOn): string {
  const s = report.summary;
  if (failOn === 'new-errors' && report.base && !report.base.unavailable) {
    const line = pullRequestLine(report);
    return `weightgate: ${line} (fail-on: new-errors); the job summary has the report`;
  }
  const parts = [
    s.incompatible ? `${s.incompatible} incompatible` : '',
    s.error ? `${s.error} unreadable` : '',
    failOn === 'warning' && s.warnings ? `${s.warnings} with warnings` : '',
  ].filter(Boolean);
  return `weightgate: ${parts.join(', ')} of ${plural(s.models, 'model')} (fail-on: ${failOn}); the job summary has the report`;
}
