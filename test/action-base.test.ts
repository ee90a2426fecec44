// The Action against the pull request's base commit, end to end: the committed dist/index.js in a
// simulated runner whose workspace is a shallow clone (as actions/checkout leaves it) of a real git
// repository made here; the base commit is fetched alone, and the comment, outputs and gate say what
// the pull request introduced and what was already failing on main.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ACTIONS_BOT, BROKEN, FakeGitHub, FULL, GREEN, makeWorkspace, pullRequestEvent, runAction, type ActionRun } from './helpers/fake-github.js';
import { tempDir } from './helpers/temp.js';

const ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim();

/** origin: `base` (main) then `head` (the pull request); the workspace: a depth-1 clone of head. */
function pullRequestRepo(base: Parameters<typeof makeWorkspace>[0], head: Parameters<typeof makeWorkspace>[0]): { workspace: string; baseSha: string; headSha: string } {
  const origin = tempDir('origin');
  makeWorkspace(base, { dir: origin });
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'base');
  const baseSha = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'pr');
  makeWorkspace(head, { dir: origin });
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'head');
  const headSha = git(origin, 'rev-parse', 'HEAD');
  const workspace = path.join(tempDir('checkout'), 'repo');
  execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'pr', `file://${origin}`, workspace], { env: ENV });
  return { workspace, baseSha, headSha };
}

function prEvent(number: number, headSha: string, baseSha: string) {
  const payload = pullRequestEvent({ action: 'opened', number, headSha });
  payload.pull_request.base.sha = baseSha;
  return payload;
}

describe('base: auto on a pull request', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
  });
  after(() => gh.close());

  async function prRun(number: number, repo: ReturnType<typeof pullRequestRepo>, inputs: Record<string, string> = {}): Promise<ActionRun> {
    gh.addPull({ number, headSha: repo.headSha, headRepo: FULL, headRef: 'widen-conv1' });
    return runAction({ inputs: { 'github-token': 'ghs_workflow', ...inputs }, event: 'pull_request', payload: prEvent(number, repo.headSha, repo.baseSha), workspace: repo.workspace, github: gh });
  }

  const comment = (n: number): string => gh.commentsOn(n).find((c) => c.user.login === ACTIONS_BOT.login)?.body ?? '';

  test('a pull request that breaks a model: introduced, fetched from a shallow checkout, comment and outputs say so', async () => {
    // classifier-legacy's definition widened (breaks it); classifier-wide added, broken from the start.
    const repo = pullRequestRepo(GREEN, [...GREEN.map((m) => (m.name === 'classifier-legacy' ? { ...m, definition: 'classifier_wide' as const } : m)), BROKEN[1]!]);
    assert.equal(git(repo.workspace, 'rev-parse', '--is-shallow-repository'), 'true');
    const r = await prRun(21, repo, { 'fail-on': 'new-errors' });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.deepEqual([r.outputs.introduced, r.outputs.fixed, r.outputs['pre-existing']], ['2', '0', '0'], 'a new model that fails counts as introduced');
    const body = comment(21);
    assert.match(body, /\*\*This pull request:\*\* 2 models broken by this pull request/);
    assert.match(body, /\| ❌ \| classifier-legacy \|.*broken here/);
    assert.match(body, /\| ❌ \| classifier-wide \|.*new model/);
    assert.match(r.stdout, /::error::weightgate: 2 models broken by this pull request \(fail-on: new-errors\)/);
    git(repo.workspace, 'cat-file', '-e', `${repo.baseSha}^{commit}`);
  });

  test('a pull request that leaves an already broken model alone: pre-existing, collapsed, and new-errors passes', async () => {
    const repo = pullRequestRepo(BROKEN, [...BROKEN, { name: 'classifier-legacy', definition: 'classifier', weights: 'classifier_legacy.h5' }]);
    const r = await prRun(22, repo, { 'fail-on': 'new-errors' });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual([r.outputs.introduced, r.outputs.fixed, r.outputs['pre-existing']], ['0', '0', '1']);
    const body = comment(22);
    assert.match(body, /\*\*This pull request:\*\* nothing broken by this pull request, 1 already failing on main/);
    assert.match(body, /<details><summary>Already failing on main \(1\)<\/summary>/);
    assert.match(body, /already on main/);
    // The default gate still judges the whole state.
    const strict = await prRun(23, repo);
    assert.equal(strict.code, 1);
  });
});
