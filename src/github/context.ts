// What the runner tells the action about this run, read from the environment when run() starts (not
// at import, as @actions/github's `context` does), so each run and each test sees its own values.
import { isObject, numberAt, objectAt, stringAt, valueAt, type JsonObject } from '../sources/json-value.js';
import { readFileSync } from 'node:fs';

export interface Repo {
  owner: string;
  repo: string;
}

export interface RunContext {
  eventName: string;
  repo?: Repo;
  serverUrl: string;
  apiUrl: string;
  runId?: string;
  runAttempt?: string;
  /** The repository checkout; paths in annotations are relative to it. */
  workspace: string;
  /** The webhook payload of the event; `{}` when there is none. */
  payload: JsonObject;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let payload: JsonObject = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
      if (isObject(parsed)) payload = parsed;
    } catch {
      // A missing or unreadable event file leaves only what the environment says.
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ...(owner && repo ? { repo: { owner, repo } } : {}),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    payload,
  };
}

export function runUrl(ctx: RunContext): string | undefined {
  if (!ctx.repo || !ctx.runId) return undefined;
  const attempt = ctx.runAttempt && ctx.runAttempt !== '1' ? `/attempts/${ctx.runAttempt}` : '';
  return `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}${attempt}`;
}

/** The pull request this run is about, from a pull_request(_target) payload. */
export interface PullRequestRef {
  number: number;
  headSha?: string;
  /** `owner/repo` of the head and base; they differ for a fork's pull request. */
  headRepo?: string;
  baseRepo?: string;
}

export function pullRequestOf(ctx: RunContext): PullRequestRef | undefined {
  const pr = objectAt(ctx.payload, 'pull_request');
  const number = numberAt(pr, 'number');
  if (number === undefined) return undefined;
  const headSha = stringAt(objectAt(pr, 'head'), 'sha');
  const headRepo = valueAt(pr, 'head', 'repo', 'full_name');
  const baseRepo = valueAt(pr, 'base', 'repo', 'full_name');
  return {
    number,
    ...(headSha !== undefined ? { headSha } : {}),
    // A fork deleted after opening the PR has `head.repo: null`: it is still not this repository.
    headRepo: typeof headRepo === 'string' ? headRepo : '(deleted fork)',
    ...(typeof baseRepo === 'string' ? { baseRepo } : {}),
  };
}
