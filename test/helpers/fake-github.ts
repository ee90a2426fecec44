// A small GitHub for the action's end-to-end tests: a real HTTP server on 127.0.0.1 that answers the
// REST endpoints the action uses with GitHub's own response shapes (pagination by Link header, 403
// "Resource not accessible by integration" for read-only and installation tokens, 404/422 bodies),
// and records every call. The real Octokit from @actions/github talks to it over HTTP.
// Also here: the simulated runner (INPUT_*, GITHUB_* and RUNNER_* variables, the summary and output
// files) that runs the committed dist/index.js as a child process, and real-shaped event payloads.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { tempDir } from './temp.js';

export const OWNER = 'acme';
export const REPO = 'models';
export const FULL = `${OWNER}/${REPO}`;
const HTML = 'https://github.com';

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const MAINTAINER: FakeUser = { login: 'model-maintainer', id: 1001, type: 'User' };
export const CONTRIBUTOR: FakeUser = { login: 'fork-contributor', id: 2002, type: 'User' };

export interface TokenInfo {
  user: FakeUser;
  /** Installation tokens (GITHUB_TOKEN) get 403 on GET /user. */
  installation?: boolean;
  /** A fork's pull_request token: every write is 403. */
  readOnly?: boolean;
}

/** The tokens the tests use: the workflow's GITHUB_TOKEN, a fork PR's, and a personal one. */
export const TOKENS: Record<string, TokenInfo> = {
  ghs_workflow: { user: ACTIONS_BOT, installation: true },
  ghs_fork_readonly: { user: ACTIONS_BOT, installation: true, readOnly: true },
  ghp_personal: { user: MAINTAINER },
};

/** The request body fields the fake reads (what the action's Octokit sends). */
export interface CallBody {
  body?: string;
  title?: string;
  labels?: string[];
  state?: 'open' | 'closed';
  state_reason?: string | null;
  name?: string;
  color?: string;
  description?: string | null;
}

export interface Call {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: CallBody;
  token?: string;
  status: number;
}

interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
  created: number;
  updated: number;
}

interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  user: FakeUser;
  isPull: boolean;
  comments: number;
}

export interface StoredPull {
  number: number;
  headSha: string;
  headRepo: string;
  headRef: string;
}

class HttpError extends Error {
  constructor(readonly status: number, readonly payload: Record<string, unknown>) {
    super(String(payload.message));
  }
}

const DOCS = 'https://docs.github.com/rest';

function userJson(u: FakeUser) {
  return {
    login: u.login, id: u.id, node_id: `U_${u.id}`, avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`, gravatar_id: '',
    url: `https://api.github.com/users/${encodeURIComponent(u.login)}`, html_url: u.type === 'Bot' ? `${HTML}/apps/github-actions` : `${HTML}/${u.login}`,
    type: u.type, user_view_type: 'public', site_admin: false,
  };
}

function stamp(t: number): string {
  return new Date(Date.UTC(2026, 10, 28, 12, 0, 0) + t * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class FakeGitHub {
  readonly calls: Call[] = [];
  readonly comments: StoredComment[] = [];
  readonly issues: StoredIssue[] = [];
  readonly pulls: StoredPull[] = [];
  readonly labels = new Map<string, { name: string; color: string; description: string | null }>();
  url = '';
  private server?: Server;
  private nextId = 1_000;
  private clock = 0;
  /** Holds the first `count` comment listings until all have arrived: two runs that both saw nothing. */
  private barrier?: { count: number; waiting: (() => void)[] };

  static async start(): Promise<FakeGitHub> {
    const gh = new FakeGitHub();
    gh.server = createServer((req, res) => void gh.handle(req, res));
    await new Promise<void>((resolve) => gh.server!.listen(0, '127.0.0.1', resolve));
    gh.url = `http://127.0.0.1:${(gh.server.address() as AddressInfo).port}`;
    return gh;
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  holdCommentListings(count: number): void {
    this.barrier = { count, waiting: [] };
  }

  addComment(issue: number, user: FakeUser, body: string): number {
    const id = this.nextId++;
    const t = ++this.clock;
    this.comments.push({ id, issue, body, user, created: t, updated: t });
    return id;
  }

  addIssue(fields: Partial<StoredIssue> & { title: string; user: FakeUser }): number {
    const number = this.issues.length + 1 + this.pulls.length;
    this.issues.push({ number, body: '', state: 'open', state_reason: null, labels: [], isPull: false, comments: 0, ...fields });
    return number;
  }

  addPull(p: StoredPull): void {
    this.pulls.push(p);
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  /** Calls other than reads: what the action changed. */
  writes(): Call[] {
    return this.calls.filter((c) => c.method !== 'GET');
  }

  private commentJson(c: StoredComment) {
    const kind = this.pulls.some((p) => p.number === c.issue) ? 'pull' : 'issues';
    return {
      url: `${this.url}/repos/${FULL}/issues/comments/${c.id}`,
      html_url: `${HTML}/${FULL}/${kind}/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${FULL}/issues/${c.issue}`,
      id: c.id, node_id: `IC_kwDO${c.id}`, user: userJson(c.user), created_at: stamp(c.created), updated_at: stamp(c.updated),
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER', body: c.body, performed_via_github_app: null,
      reactions: { url: `${this.url}/repos/${FULL}/issues/comments/${c.id}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 },
    };
  }

  private labelJson(name: string) {
    const l = this.labels.get(name) ?? { name, color: 'ededed', description: null };
    return { id: 5_000 + [...this.labels.keys()].indexOf(name), node_id: `LA_${name}`, url: `${this.url}/repos/${FULL}/labels/${encodeURIComponent(name)}`, name: l.name, color: l.color, default: false, description: l.description };
  }

  private issueJson(i: StoredIssue) {
    return {
      url: `${this.url}/repos/${FULL}/issues/${i.number}`, repository_url: `${this.url}/repos/${FULL}`,
      labels_url: `${this.url}/repos/${FULL}/issues/${i.number}/labels{/name}`, comments_url: `${this.url}/repos/${FULL}/issues/${i.number}/comments`,
      events_url: `${this.url}/repos/${FULL}/issues/${i.number}/events`, html_url: `${HTML}/${FULL}/${i.isPull ? 'pull' : 'issues'}/${i.number}`,
      id: 90_000 + i.number, node_id: `I_kwDO${i.number}`, number: i.number, title: i.title, user: userJson(i.user),
      labels: i.labels.map((n) => this.labelJson(n)), state: i.state, locked: false, assignee: null, assignees: [], milestone: null,
      comments: i.comments, created_at: stamp(1), updated_at: stamp(this.clock), closed_at: i.state === 'closed' ? stamp(this.clock) : null,
      author_association: 'NONE', active_lock_reason: null, body: i.body, state_reason: i.state_reason, performed_via_github_app: null,
      ...(i.isPull ? { pull_request: { url: `${this.url}/repos/${FULL}/pulls/${i.number}`, html_url: `${HTML}/${FULL}/pull/${i.number}`, merged_at: null } } : {}),
    };
  }

  private pullJson(p: StoredPull) {
    const [headOwner, headName] = p.headRepo.split('/');
    const repo = (owner: string, name: string, fork: boolean) => ({ id: owner === OWNER ? 7 : 8, name, full_name: `${owner}/${name}`, owner: { login: owner }, fork, url: `${this.url}/repos/${owner}/${name}`, html_url: `${HTML}/${owner}/${name}` });
    return {
      url: `${this.url}/repos/${FULL}/pulls/${p.number}`, id: 70_000 + p.number, number: p.number, state: 'open', title: `PR ${p.number}`,
      html_url: `${HTML}/${FULL}/pull/${p.number}`, user: userJson(headOwner === OWNER ? MAINTAINER : CONTRIBUTOR),
      head: { label: `${headOwner}:${p.headRef}`, ref: p.headRef, sha: p.headSha, repo: repo(headOwner!, headName!, headOwner !== OWNER) },
      base: { label: `${OWNER}:main`, ref: 'main', sha: 'b'.repeat(40), repo: repo(OWNER, REPO, false) },
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? (JSON.parse(raw) as CallBody) : undefined;
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer)\s+/i, '') || undefined;
    const call: Call = { method: req.method ?? 'GET', path: u.pathname, query: Object.fromEntries(u.searchParams), ...(body !== undefined ? { body } : {}), ...(token ? { token } : {}), status: 0 };
    this.calls.push(call);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', 'x-ratelimit-remaining': '4999' };
    try {
      const who = token ? TOKENS[token] : undefined;
      if (!who) throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      const out = await this.route(call, who, u, headers);
      call.status = out.status;
      res.writeHead(out.status, headers);
      res.end(out.json === undefined ? '' : JSON.stringify(out.json));
    } catch (err) {
      const e = err instanceof HttpError ? err : new HttpError(500, { message: String(err) });
      call.status = e.status;
      res.writeHead(e.status, headers);
      res.end(JSON.stringify(e.payload));
    }
  }

  private page<T>(items: T[], u: URL, headers: Record<string, string>): T[] {
    const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30));
    const page = Number(u.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const v = new URL(u.toString());
      v.searchParams.set('per_page', String(perPage));
      v.searchParams.set('page', String(n));
      return `<${v.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    if (links.length) headers.link = links.join(', ');
    return items.slice((page - 1) * perPage, page * perPage);
  }

  private forbidIfReadOnly(who: TokenInfo, what: string): void {
    if (who.readOnly) throw new HttpError(403, { message: 'Resource not accessible by integration', documentation_url: `${DOCS}/${what}`, status: '403' });
  }

  private async route(call: Call, who: TokenInfo, u: URL, headers: Record<string, string>): Promise<{ status: number; json?: unknown }> {
    const m = (re: RegExp) => re.exec(`${call.method} ${call.path}`);
    let r: RegExpExecArray | null;
    const repoPrefix = `/repos/${OWNER}/${REPO}`;
    if (call.path.startsWith('/repos/') && !call.path.startsWith(`${repoPrefix}/`)) throw new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });

    if (m(/^GET \/user$/)) {
      if (who.installation) throw new HttpError(403, { message: 'Resource not accessible by integration', documentation_url: `${DOCS}/users/users#get-the-authenticated-user`, status: '403' });
      return { status: 200, json: { ...userJson(who.user), name: who.user.login } };
    }
    if ((r = m(/^GET \/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const issue = Number(r[1]);
      if (this.barrier && this.barrier.count > 0) {
        const b = this.barrier;
        await new Promise<void>((resolve) => {
          b.waiting.push(resolve);
          if (b.waiting.length >= b.count) {
            b.count = 0;
            for (const w of b.waiting) w();
          }
          // Never hang a test: release after a while even if the other run did not come.
          setTimeout(resolve, 10_000).unref();
        });
      }
      const list = this.commentsOn(issue).sort((a, b) => a.id - b.id).map((c) => this.commentJson(c));
      return { status: 200, json: this.page(list, u, headers) };
    }
    if ((r = m(/^POST \/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      this.forbidIfReadOnly(who, 'issues/comments#create-an-issue-comment');
      const text = String(call.body?.body ?? '');
      if ([...text].length > 65_536) {
        throw new HttpError(422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], documentation_url: DOCS, status: '422' });
      }
      const id = this.addComment(Number(r[1]), who.user, text);
      const issue = this.issues.find((i) => i.number === Number(r![1]));
      if (issue) issue.comments++;
      return { status: 201, json: this.commentJson(this.comments.find((c) => c.id === id)!) };
    }
    if ((r = m(/^PATCH \/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      this.forbidIfReadOnly(who, 'issues/comments#update-an-issue-comment');
      const c = this.comments.find((x) => x.id === Number(r![1]));
      if (!c) throw new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      if (c.user.login !== who.user.login) throw new HttpError(403, { message: 'Must have admin rights to Repository.', documentation_url: DOCS, status: '403' });
      c.body = String(call.body?.body ?? '');
      c.updated = ++this.clock;
      return { status: 200, json: this.commentJson(c) };
    }
    if ((r = m(/^DELETE \/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      this.forbidIfReadOnly(who, 'issues/comments#delete-an-issue-comment');
      const i = this.comments.findIndex((x) => x.id === Number(r![1]));
      if (i < 0) throw new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      this.comments.splice(i, 1);
      return { status: 204 };
    }
    if (m(/^GET \/repos\/[^/]+\/[^/]+\/issues$/)) {
      const state = u.searchParams.get('state') ?? 'open';
      const labels = (u.searchParams.get('labels') ?? '').split(',').filter(Boolean);
      const list = this.issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.includes(l)))
        .sort((a, b) => b.number - a.number)
        .map((i) => this.issueJson(i));
      return { status: 200, json: this.page(list, u, headers) };
    }
    if (m(/^POST \/repos\/[^/]+\/[^/]+\/issues$/)) {
      this.forbidIfReadOnly(who, 'issues/issues#create-an-issue');
      const labels: string[] = call.body?.labels ?? [];
      // GitHub creates a label it does not know yet when a writer names it.
      for (const l of labels) if (!this.labels.has(l)) this.labels.set(l, { name: l, color: 'ededed', description: null });
      const number = this.addIssue({ title: String(call.body?.title), body: String(call.body?.body ?? ''), labels, user: who.user });
      return { status: 201, json: this.issueJson(this.issues.find((i) => i.number === number)!) };
    }
    if ((r = m(/^PATCH \/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/))) {
      this.forbidIfReadOnly(who, 'issues/issues#update-an-issue');
      const i = this.issues.find((x) => x.number === Number(r![1]));
      if (!i) throw new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      if (call.body?.state) i.state = call.body.state;
      if (call.body?.state_reason !== undefined) i.state_reason = call.body.state_reason;
      if (call.body?.body !== undefined) i.body = call.body.body;
      this.clock++;
      return { status: 200, json: this.issueJson(i) };
    }
    if ((r = m(/^GET \/repos\/[^/]+\/[^/]+\/labels\/(.+)$/))) {
      const name = decodeURIComponent(r[1]!);
      if (!this.labels.has(name)) throw new HttpError(404, { message: 'Not Found', documentation_url: `${DOCS}/issues/labels#get-a-label`, status: '404' });
      return { status: 200, json: this.labelJson(name) };
    }
    if (m(/^POST \/repos\/[^/]+\/[^/]+\/labels$/)) {
      this.forbidIfReadOnly(who, 'issues/labels#create-a-label');
      const name = String(call.body?.name);
      if (this.labels.has(name)) throw new HttpError(422, { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }], documentation_url: DOCS, status: '422' });
      this.labels.set(name, { name, color: String(call.body?.color ?? 'ededed'), description: call.body?.description ?? null });
      return { status: 201, json: this.labelJson(name) };
    }
    if (m(/^GET \/repos\/[^/]+\/[^/]+\/pulls$/)) {
      return { status: 200, json: this.page(this.pulls.map((p) => this.pullJson(p)), u, headers) };
    }
    throw new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
  }
}

// ---------------------------------------------------------------------------------------------
// Event payloads, shaped like the webhooks GitHub writes to GITHUB_EVENT_PATH (fields the action
// does not read are kept where they help a reader recognise the payload).
// ---------------------------------------------------------------------------------------------

function repoPayload(owner: string, name: string, fork: boolean) {
  return { id: owner === OWNER ? 7 : 8, node_id: `R_${owner}`, name, full_name: `${owner}/${name}`, private: false, owner: { login: owner, id: owner === OWNER ? 10 : 20, type: 'Organization' }, html_url: `${HTML}/${owner}/${name}`, fork, url: `https://api.github.com/repos/${owner}/${name}`, default_branch: 'main' };
}

export function pullRequestEvent(o: { action: 'opened' | 'synchronize'; number: number; headSha: string; fork?: boolean }) {
  const headOwner = o.fork ? CONTRIBUTOR.login : OWNER;
  const pr = {
    url: `https://api.github.com/repos/${FULL}/pulls/${o.number}`, id: 70_000 + o.number, node_id: `PR_${o.number}`, html_url: `${HTML}/${FULL}/pull/${o.number}`,
    number: o.number, state: 'open', locked: false, title: 'Widen conv1', user: userJson(o.fork ? CONTRIBUTOR : MAINTAINER), body: null, draft: false,
    head: { label: `${headOwner}:widen-conv1`, ref: 'widen-conv1', sha: o.headSha, user: { login: headOwner }, repo: repoPayload(headOwner, REPO, !!o.fork) },
    base: { label: `${OWNER}:main`, ref: 'main', sha: 'b'.repeat(40), user: { login: OWNER }, repo: repoPayload(OWNER, REPO, false) },
    author_association: o.fork ? 'CONTRIBUTOR' : 'MEMBER', merged: false, mergeable: null, commits: 1, changed_files: 1,
  };
  return { action: o.action, number: o.number, pull_request: pr, ...(o.action === 'synchronize' ? { before: 'c'.repeat(40), after: o.headSha } : {}), repository: repoPayload(OWNER, REPO, false), sender: userJson(o.fork ? CONTRIBUTOR : MAINTAINER) };
}

export function scheduleEvent() {
  return { schedule: '17 3 * * *', workflow: '.github/workflows/weightgate-nightly.yml', repository: repoPayload(OWNER, REPO, false) };
}

export function workflowRunEvent(o: { headSha: string; fork: boolean; pullRequests?: { number: number }[]; runId: number }) {
  const headOwner = o.fork ? CONTRIBUTOR.login : OWNER;
  return {
    action: 'completed',
    workflow_run: {
      id: o.runId, name: 'weightgate', node_id: `WFR_${o.runId}`, head_branch: 'widen-conv1', head_sha: o.headSha, path: '.github/workflows/weightgate.yml',
      run_number: 12, event: 'pull_request', status: 'completed', conclusion: 'failure', workflow_id: 555,
      html_url: `${HTML}/${FULL}/actions/runs/${o.runId}`,
      // For a fork GitHub leaves this empty (actions/runner#3444).
      pull_requests: (o.pullRequests ?? []).map((p) => ({
        url: `https://api.github.com/repos/${FULL}/pulls/${p.number}`, id: 70_000 + p.number, number: p.number,
        head: { ref: 'widen-conv1', sha: o.headSha, repo: { id: 7, url: `https://api.github.com/repos/${FULL}`, name: REPO } },
        base: { ref: 'main', sha: 'b'.repeat(40), repo: { id: 7, url: `https://api.github.com/repos/${FULL}`, name: REPO } },
      })),
      head_repository: repoPayload(headOwner, REPO, o.fork), repository: repoPayload(OWNER, REPO, false),
    },
    workflow: { id: 555, name: 'weightgate', path: '.github/workflows/weightgate.yml' },
    repository: repoPayload(OWNER, REPO, false), sender: userJson(o.fork ? CONTRIBUTOR : MAINTAINER),
  };
}

// ---------------------------------------------------------------------------------------------
// The simulated runner
// ---------------------------------------------------------------------------------------------

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist', 'index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** `::error …::` and `::warning …::` lines, parsed. */
  annotations: { level: string; props: Record<string, string>; message: string }[];
}

export interface RunOptions {
  /** Input names as in action.yml (`fail-on`, `github-token`); each becomes INPUT_<NAME> with hyphens kept. */
  inputs: Record<string, string>;
  event: string;
  payload: unknown;
  workspace: string;
  github?: FakeGitHub;
  runId?: number;
  /** The bundle to run (another copy of dist/, for the tfjs-node layout test). */
  script?: string;
}

export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n?\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

export function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const out: ActionRun['annotations'] = [];
  for (const m of stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)) {
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = unescapeCommand(kv.slice(i + 1));
    }
    out.push({ level: m[1]!, props, message: unescapeCommand(m[3]!) });
  }
  return out;
}

/** Runs the committed bundle as the runner does; the fake GitHub keeps serving meanwhile. */
export async function runAction(o: RunOptions): Promise<ActionRun> {
  const temp = tempDir('runner');
  const files = { summary: path.join(temp, 'step_summary'), output: path.join(temp, 'output'), event: path.join(temp, 'event.json') };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  writeFileSync(files.event, JSON.stringify(o.payload, null, 2));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: FULL,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SERVER_URL: HTML,
    GITHUB_API_URL: o.github?.url ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${o.github?.url ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_RUN_ID: String(o.runId ?? 4242),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'weightgate',
    GITHUB_JOB: 'check',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
  };
  for (const [k, v] of Object.entries(o.inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [o.script ?? DIST], { env, cwd: o.workspace, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr, summary: readFileSync(files.summary, 'utf8'), outputs: parseOutputs(readFileSync(files.output, 'utf8')), annotations: parseAnnotations(stdout) };
}

// ---------------------------------------------------------------------------------------------
// Workspaces: a repository checkout with definitions and weights copied from fixtures/
// ---------------------------------------------------------------------------------------------

export interface ModelSpec {
  name: string;
  /** A file in fixtures/models, without `.json`. */
  definition: 'classifier' | 'classifier_wide' | 'classifier_finetune';
  /** A file in fixtures/weights. */
  weights: 'classifier.weights.h5' | 'classifier_legacy.h5';
  /** Rename layers in the copied definition (every string equal to a key, inbound references too). */
  rename?: Record<string, string>;
  /** Extra YAML keys for the entry, as a flow mapping body (`skip_mismatch: true`). */
  extra?: string;
}

/** The founding article's broken pair next to a good one: the check fails. */
export const BROKEN: ModelSpec[] = [
  { name: 'classifier', definition: 'classifier', weights: 'classifier.weights.h5' },
  { name: 'classifier-wide', definition: 'classifier_wide', weights: 'classifier.weights.h5' },
];

/** Only the compatible pairs of the bundled example: the check passes. */
export const GREEN: ModelSpec[] = [
  { name: 'classifier', definition: 'classifier', weights: 'classifier.weights.h5' },
  { name: 'classifier-legacy', definition: 'classifier', weights: 'classifier_legacy.h5' },
];

function renamed(value: unknown, map: Record<string, string>): unknown {
  if (typeof value === 'string') return map[value] ?? value;
  if (Array.isArray(value)) return value.map((v) => renamed(v, map));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renamed(v, map)]));
  return value;
}

/**
 * Writes `weightgate.yml` (or `file`) for `models` into `dir` (a new temp folder by default). The
 * smoke inference is skipped unless `smoke` is set: it costs a third of an Action run's CPU, and the
 * runs that check it ask for it (the engine's own tests cover it in depth).
 */
export function makeWorkspace(models: ModelSpec[], o: { dir?: string; file?: string; smoke?: boolean } = {}): string {
  const dir = o.dir ?? tempDir('repo');
  const write = (rel: string, data: string | Buffer) => {
    const target = path.join(dir, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  };
  const lines = ['version: 1', `defaults: { smoke: { ${o.smoke ? 'seed: 0' : 'skip: true'} } }`, 'models:'];
  for (const [i, m] of models.entries()) {
    const def = `models/${m.rename ? `${m.definition}_${i}` : m.definition}.json`;
    const json = JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'models', `${m.definition}.json`), 'utf8'));
    write(def, `${JSON.stringify(m.rename ? renamed(json, m.rename) : json, null, 2)}\n`);
    write(`weights/${m.weights}`, readFileSync(path.join(ROOT, 'fixtures', 'weights', m.weights)));
    lines.push(`  - { name: ${JSON.stringify(m.name)}, definition: ${def}, weights: weights/${m.weights}${m.extra ? `, ${m.extra}` : ''} }`);
  }
  write(o.file ?? 'weightgate.yml', `${lines.join('\n')}\n`);
  return dir;
}
