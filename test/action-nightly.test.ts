// The nightly tracking issue, end to end: a failing scheduled run opens it (label + marker), a later
// failure comments on it, the next green run comments and closes it, and a failure after that opens
// a new one instead of reopening the old story.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTIONS_BOT, BROKEN, FakeGitHub, GREEN, MAINTAINER, makeWorkspace, pullRequestEvent, runAction, scheduleEvent } from './helpers/fake-github.js';

const TITLE = 'weightgate nightly is failing';

function nightly(gh: FakeGitHub, workspace: string, runId: number, event = 'schedule') {
  return runAction({
    inputs: { 'github-token': 'ghs_workflow', 'tracking-issue': TITLE, 'fail-on': 'error' },
    event,
    payload: scheduleEvent(),
    workspace,
    github: gh,
    runId,
  });
}

describe('tracking issue for scheduled runs', () => {
  let gh: FakeGitHub;
  const broken = makeWorkspace(BROKEN);
  const green = makeWorkspace(GREEN);
  before(async () => {
    gh = await FakeGitHub.start();
    // Look-alikes that must be left alone: a human's issue with the same title and label.
    gh.labels.set('bug', { name: 'bug', color: 'd73a4a', description: null });
    gh.addIssue({ title: TITLE, user: MAINTAINER, labels: ['bug'] });
  });
  after(() => gh.close());

  let number = 0;

  test('a failing run opens the issue, labelled and marked', async () => {
    const r = await nightly(gh, broken, 101);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const opened = gh.issues.filter((i) => i.user.login === ACTIONS_BOT.login);
    assert.equal(opened.length, 1);
    number = opened[0]!.number;
    assert.equal(opened[0]!.title, TITLE);
    assert.deepEqual(opened[0]!.labels, ['weightgate']);
    assert.match(opened[0]!.body, /^<!-- weightgate:tracking:[0-9a-f]{16} -->\n❌ \*\*weightgate: 1 incompatible, 1 compatible\*\*/);
    assert.match(opened[0]!.body, /actions\/runs\/101/);
    assert.ok(gh.calls.some((c) => c.method === 'POST' && c.path.endsWith('/labels') && c.status === 201), 'label created first');
    assert.equal(r.outputs['comment-url'], '', 'no pull request comment on a schedule');
  });

  test('a later failure comments on the same issue', async () => {
    const r = await nightly(gh, broken, 102);
    assert.equal(r.code, 1);
    assert.equal(gh.issues.filter((i) => i.user.login === ACTIONS_BOT.login).length, 1);
    const comments = gh.commentsOn(number);
    assert.equal(comments.length, 1);
    assert.match(comments[0]!.body, /weightgate: 1 incompatible/);
    assert.match(comments[0]!.body, /- ❌ classifier-wide: 3 errors/);
    assert.match(comments[0]!.body, /actions\/runs\/102/);
  });

  test('the next green run comments and closes it', async () => {
    const r = await nightly(gh, green, 103);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const issue = gh.issues.find((i) => i.number === number)!;
    assert.equal(issue.state, 'closed');
    assert.equal(issue.state_reason, 'completed');
    const last = gh.commentsOn(number).at(-1)!;
    assert.match(last.body, /✅ \*\*weightgate: all 2 models compatible\*\*.*actions\/runs\/103.*closing/);
    assert.equal(gh.issues.find((i) => i.user.login === MAINTAINER.login)!.state, 'open', 'the human’s issue is untouched');
  });

  test('another green run does nothing', async () => {
    const before = gh.writes().length;
    const r = await nightly(gh, green, 104);
    assert.equal(r.code, 0);
    assert.equal(gh.writes().length, before);
  });

  test('a new failure opens a new issue rather than reopening the closed one', async () => {
    const r = await nightly(gh, broken, 105, 'workflow_dispatch');
    assert.equal(r.code, 1);
    const mine = gh.issues.filter((i) => i.user.login === ACTIONS_BOT.login);
    assert.deepEqual(mine.map((i) => i.state), ['closed', 'open']);
    assert.equal(gh.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/labels')).length, 1, 'the label is created once');
  });

  test('tracking-issue is ignored on pull request runs', async () => {
    const before = gh.issues.length;
    const r = await runAction({
      inputs: { 'github-token': 'ghs_workflow', 'tracking-issue': TITLE, comment: 'never' },
      event: 'pull_request',
      payload: pullRequestEvent({ action: 'opened', number: 7, headSha: '1'.repeat(40) }),
      workspace: broken,
      github: gh,
    });
    assert.equal(r.code, 1);
    assert.equal(gh.issues.length, before);
    assert.match(r.stdout, /tracking-issue is for schedule and workflow_dispatch runs/);
  });
});

test('fail-on: never still tracks a broken nightly', async () => {
  const gh = await FakeGitHub.start();
  try {
    const r = await runAction({
      inputs: { 'github-token': 'ghs_workflow', 'tracking-issue': TITLE, 'fail-on': 'never' },
      event: 'schedule',
      payload: scheduleEvent(),
      workspace: makeWorkspace(BROKEN),
      github: gh,
    });
    assert.equal(r.code, 0);
    assert.equal(gh.issues.length, 1);
  } finally {
    await gh.close();
  }
});
