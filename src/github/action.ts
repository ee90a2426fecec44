// The GitHub Action. Inputs and the environment are read when run() starts; the report comes from the
// CLI's own modules; then every surface gets its share: report files and outputs, the job summary,
// annotations, badges, the sticky PR comment, the nightly tracking issue, and last the gate.
// Only the gate fails the step: a comment that cannot be posted is a warning, never a failure. A config
// that cannot be read is said on the same surfaces instead (reportBrokenConfig) and fails the step too.
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
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
import { commentMarker, reportKey, type ReportKeyParts } from '../report/comment-marker.js';
import { configErrorLine, configProblem, renderConfigErrorComment } from '../report/config-error-comment.js';
import { WEIGHTGATE_VERSION } from '../text/weightgate-version.js';
import { pullRequestOf, readContext, runUrl, type RunContext } from './context.js';
import { ReadOnlyNotice, readOnlyReason } from './fork.js';
import { whoAmI } from './identity.js';
import { readInputs, type ActionInputs } from './action-inputs.js';
import { BrokenConfig, produceReport, type ReportOrigin } from './produce-report.js';
import { pullRequestForRun } from './pull-request.js';
import { writeReportFiles } from './report-files.js';
import { brokenConfigReport } from '../report/broken-config-report.js';
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
  let produced: Awaited<ReturnType<typeof produceReport>>;
  try {
    produced = await produceReport(inputs, cwd, ctx);
  } catch (err) {
    if (err instanceof BrokenConfig) return reportBrokenConfig(inputs, ctx, err);
    throw err;
  }
  const { report, origin } = produced;
  if (report.shards) core.warning(`weightgate: this report holds shards ${report.shards.indices.join(', ')} of ${report.shards.total}; the others are missing`);
  logReport(report, origin);

  const links = linksFor(ctx, origin);
  const full = renderComment(report, { maxBytes: SUMMARY_BYTES, root: ctx.workspace, links, maxRows: 1_000 });
  const files = await writeReportFiles(report, full, reportDir(), reportKey(report));
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
  const comment: CommentPlan = {
    key: report,
    origin,
    quiet: report.verdict === 'compatible',
    body: (marker) => renderComment(report, { maxBytes: COMMENT_BYTES, root: ctx.workspace, marker, links }),
  };
  core.setOutput('comment-url', (await postComment(inputs, ctx, comment, session)) ?? '');
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

/** What to post: the comment's key (config and shards), its text for a marker, and whether `comment: auto` may stay silent. */
interface CommentPlan {
  key: ReportKeyParts;
  origin: ReportOrigin;
  /** Nothing to say (every model compatible): `comment: auto` posts only to update an earlier comment. */
  quiet: boolean;
  body: (marker: string) => string;
}

async function postComment(inputs: ActionInputs, ctx: RunContext, plan: CommentPlan, session: Session): Promise<string | undefined> {
  if (inputs.comment === 'never') return undefined;
  const onPr = ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target';
  const relay = ctx.eventName === 'workflow_run' && plan.origin === 'comment-from';
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
    const marker = commentMarker(plan.key);
    if (inputs.comment === 'auto' && plan.quiet && !(await hasComment(api, thread, marker, login))) {
      core.info('weightgate: every model is compatible and there is no earlier comment to update; nothing to say');
      return undefined;
    }
    const posted = await upsertComment(api, thread, marker, plan.body(marker), login);
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

function reportDir(): string {
  return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'weightgate');
}

/** The commit the checked files are at, as a blob URL base for links to a line (the pull request's head). */
function blobUrl(ctx: RunContext): string | undefined {
  const sha = pullRequestOf(ctx)?.headSha ?? process.env.GITHUB_SHA;
  if (!ctx.repo || !sha || !/^[0-9a-f]{40,64}$/i.test(sha)) return undefined;
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/blob/${sha}`;
}

/**
 * The config could not be read, so no model was checked: every surface says so instead of keeping
 * what an earlier run said. The comment (under the marker a good run of this config uses, so the next
 * good run replaces it; posted under `comment: auto` too), the job summary and the Markdown file hold
 * the same text; the JSON report holds the config as one unreadable entry (brokenConfigReport);
 * `verdict` is `error`; one error annotation on the config's line fails the step, whatever `fail-on`.
 */
async function reportBrokenConfig(inputs: ActionInputs, ctx: RunContext, broken: BrokenConfig): Promise<void> {
  const blob = blobUrl(ctx);
  const options = { links: linksFor(ctx, 'check'), root: ctx.workspace, version: WEIGHTGATE_VERSION, ...(blob ? { blob } : {}) };
  const text = renderConfigErrorComment(broken.error, options);
  const report = brokenConfigReport(broken.key, broken.file, broken.error);
  const files = await writeReportFiles(report, text, reportDir(), reportKey(broken.key));
  core.setOutput('verdict', 'error');
  core.setOutput('errors', '1');
  core.setOutput('warnings', '0');
  core.setOutput('models', '0');
  for (const name of ['introduced', 'fixed', 'pre-existing']) core.setOutput(name, '');
  core.setOutput('report-json', files.json);
  core.setOutput('report-markdown', files.markdown);
  await writeSummary(text);

  const session = new Session(inputs.token ? makeApi(inputs.token, ctx) : undefined);
  const comment: CommentPlan = { key: broken.key, origin: 'check', quiet: false, body: (marker) => renderConfigErrorComment(broken.error, { ...options, marker }) };
  core.setOutput('comment-url', (await postComment(inputs, ctx, comment, session)) ?? '');
  // A nightly run with a broken config is a failing nightly run: its issue says so.
  await trackNightly(inputs, ctx, report, options.links, session);

  // The failed step's one line is also the annotation on the config's line: one error, not two.
  const problem = configProblem(broken.error, ctx.workspace);
  const rel = path.relative(ctx.workspace, broken.file).split(path.sep).join('/');
  const inRepo = rel !== '' && !rel.startsWith('../') && !path.isAbsolute(rel) && existsSync(broken.file);
  const atLine = inRepo && problem.file === rel && problem.line !== undefined;
  core.error(`weightgate: ${configErrorLine(problem)}${problem.fix ? `\n→ ${problem.fix}` : ''}`, {
    title: 'weightgate: the config cannot be read',
    ...(inRepo ? { file: rel } : {}),
    ...(atLine ? { startLine: problem.line, ...(problem.column ? { startColumn: problem.column } : {}) } : {}),
  });
  process.exitCode = core.ExitCode.Failure;
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
