// The sticky pull request comment, end to end: the committed dist/index.js in a simulated runner,
// talking real HTTP to a fake GitHub. Created once, updated in place, one comment after a race,
// turning green, staying silent when there is nothing to say, and harmless with a hostile layer name.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ACTIONS_BOT, BROKEN, FakeGitHub, FULL, GREEN, MAINTAINER, makeWorkspace, pullRequestEvent, runAction, type ActionRun,
} from './helpers/fake-github.js';

const PR = 7;
const SHA = '1'.repeat(40);

async function prRun(gh: FakeGitHub, workspace: string, inputs: Record<string, string> = {}, action: 'opened' | 'synchronize' = 'opened'): Promise<ActionRun> {
  return runAction({
    inputs: { 'github-token': 'ghs_workflow', ...inputs },
    event: 'pull_request',
    payload: pullRequestEvent({ action, number: PR, headSha: SHA }),
    workspace,
    github: gh,
  });
}

function ours(gh: FakeGitHub) {
  return gh.commentsOn(PR).filter((c) => c.user.login === ACTIONS_BOT.login && c.body.includes('<!-- weightgate:'));
}

describe('sticky comment on a pull request from a branch of the repository', () => {
  let gh: FakeGitHub;
  before(async () => {
    gh = await FakeGitHub.start();
    gh.addPull({ number: PR, headSha: SHA, headRepo: FULL, headRef: 'widen-conv1' });
    // A long thread (two pages of comments), and a human who pasted our marker into their own comment.
    for (let i = 0; i < 150; i++) gh.addComment(PR, MAINTAINER, `review note ${i}`);
  });
  after(() => gh.close());

  // With the smoke inference: the comment shows its outcome, through the real bundle.
  const broken = makeWorkspace(BROKEN, { smoke: true });
  let firstId = 0;

  test('the first run creates the comment and fails the step by fail-on', async () => {
    const r = await prRun(gh, broken);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const mine = ours(gh);
    assert.equal(mine.length, 1);
    firstId = mine[0]!.id;
    assert.match(mine[0]!.body, /^<!-- weightgate:[0-9a-f]{16} -->\n❌ \*\*weightgate: 1 incompatible, 1 compatible\*\* \(of 2\)/);
    assert.match(mine[0]!.body, /<summary>❌ Shape mismatch \(3\)<\/summary>/);
    assert.match(mine[0]!.body, /^\| ✅ \| classifier \| .* \| none \| passed \(wasm\) \|$/m, 'the compatible model\'s smoke run, computed');
    assert.match(mine[0]!.body, /^\*\*Smoke inference skipped:\*\* the real loader raises on this pair/m);
    assert.match(mine[0]!.body, /```mermaid\nflowchart TD/);
    assert.match(mine[0]!.body, /\[workflow run\]\(https:\/\/github\.com\/acme\/models\/actions\/runs\/4242\)/);
    assert.equal(r.outputs['comment-url'], `https://github.com/${FULL}/pull/${PR}#issuecomment-${firstId}`);
    // Installation tokens cannot read /user; the action falls back to the Actions bot's login.
    assert.ok(gh.calls.some((c) => c.path === '/user' && c.status === 403));
    assert.ok(gh.calls.some((c) => c.path.endsWith(`/issues/${PR}/comments`) && c.method === 'GET' && c.query.page === '2'), 'pagination followed');
    assert.match(r.stdout, /::error::weightgate: 1 incompatible of 2 models \(fail-on: error\)/);
  });

  test('a second run updates that comment in place', async () => {
    const posts = gh.calls.filter((c) => c.method === 'POST').length;
    const r = await prRun(gh, broken, {}, 'synchronize');
    assert.equal(r.code, 1);
    assert.deepEqual(ours(gh).map((c) => c.id), [firstId]);
    assert.equal(gh.calls.filter((c) => c.method === 'POST').length, posts, 'no new comment');
    assert.equal(r.outputs['comment-url'], `https://github.com/${FULL}/pull/${PR}#issuecomment-${firstId}`);
  });

  test('someone else’s comment carrying the marker is never touched', async () => {
    const forged = gh.addComment(PR, MAINTAINER, `${ours(gh)[0]!.body.split('\n')[0]}\nI pasted the marker`);
    await prRun(gh, broken, {}, 'synchronize');
    assert.ok(gh.comments.some((c) => c.id === forged && c.body.endsWith('I pasted the marker')));
    assert.ok(!gh.calls.some((c) => c.path.endsWith(`/comments/${forged}`)));
    assert.deepEqual(ours(gh).map((c) => c.id), [firstId]);
  });

  test('a fixed pull request turns the same comment green, briefly', async () => {
    const r = await prRun(gh, makeWorkspace(GREEN), {}, 'synchronize');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const [c] = ours(gh);
    assert.equal(c!.id, firstId);
    assert.match(c!.body, /✅ \*\*weightgate: all 2 models compatible\*\*/);
    assert.ok(!c!.body.includes('<details open>'), 'nothing expanded when all is well');
    assert.ok(c!.body.length < 2_000, `brief (${c!.body.length} characters)`);
  });
});

describe('comment: auto / always / never', () => {
  test('auto says nothing on a green pull request without an earlier comment; always does', async () => {
    const gh = await FakeGitHub.start();
    try {
      gh.addPull({ number: PR, headSha: SHA, headRepo: FULL, headRef: 'widen-conv1' });
      const green = makeWorkspace(GREEN);
      const quiet = await prRun(gh, green);
      assert.equal(quiet.code, 0);
      assert.deepEqual(gh.writes(), []);
      assert.equal(quiet.outputs['comment-url'], '');
      const loud = await prRun(gh, green, { comment: 'always' });
      assert.equal(loud.code, 0);
      assert.equal(ours(gh).length, 1);
    } finally {
      await gh.close();
    }
  });

  test('never posts nothing, even when the check fails', async () => {
    const gh = await FakeGitHub.start();
    try {
      const r = await prRun(gh, makeWorkspace(BROKEN), { comment: 'never' });
      assert.equal(r.code, 1);
      assert.deepEqual(gh.calls, []);
      assert.match(r.summary, /weightgate: 1 incompatible/);
    } finally {
      await gh.close();
    }
  });
});

test('two runs racing on the same pull request leave exactly one comment', async () => {
  const gh = await FakeGitHub.start();
  try {
    gh.addPull({ number: PR, headSha: SHA, headRepo: FULL, headRef: 'widen-conv1' });
    // Both runs list before either creates: each sees no comment and creates its own.
    gh.holdCommentListings(2);
    const ws = makeWorkspace(BROKEN);
    const [a, b] = await Promise.all([prRun(gh, ws), prRun(gh, ws, {}, 'synchronize')]);
    assert.equal(a.code, 1);
    assert.equal(b.code, 1);
    assert.equal(gh.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/comments')).length, 2, 'both created');
    const left = ours(gh);
    assert.equal(left.length, 1, 'one survives');
    assert.ok(gh.calls.some((c) => c.method === 'DELETE'), 'the newer one was deleted');
    assert.equal(a.outputs['comment-url'], b.outputs['comment-url'], 'both runs point at the survivor');
    assert.ok(a.outputs['comment-url']!.endsWith(`#issuecomment-${left[0]!.id}`));
  } finally {
    await gh.close();
  }
});

describe('a read-only token', () => {
  test('on a fork’s pull request: summary, one warning, no API writes, exit by fail-on only', async () => {
    const gh = await FakeGitHub.start();
    try {
      const ws = makeWorkspace(BROKEN);
      const run = (failOn: string) => runAction({
        inputs: { 'github-token': 'ghs_fork_readonly', 'fail-on': failOn },
        event: 'pull_request',
        payload: pullRequestEvent({ action: 'opened', number: PR, headSha: SHA, fork: true }),
        workspace: ws,
        github: gh,
      });
      const lenient = await run('never');
      assert.equal(lenient.code, 0, lenient.stdout + lenient.stderr);
      assert.deepEqual(gh.writes(), []);
      const warnings = lenient.annotations.filter((a) => a.level === 'warning' && /read-only/.test(a.message));
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!.message, /fork-contributor\/models/);
      assert.match(lenient.summary, /❌ \*\*weightgate: 1 incompatible, 1 compatible\*\*/);
      const strict = await run('error');
      assert.equal(strict.code, 1);
      const failures = strict.annotations.filter((a) => a.level === 'error' && !a.props.file);
      assert.deepEqual(failures.map((a) => a.message), ['weightgate: 1 incompatible of 2 models (fail-on: error); the job summary has the report']);
    } finally {
      await gh.close();
    }
  });

  test('answered with 403 by the API: the same fallback, found out from the response', async () => {
    const gh = await FakeGitHub.start();
    try {
      gh.addPull({ number: PR, headSha: SHA, headRepo: FULL, headRef: 'widen-conv1' });
      const r = await runAction({
        inputs: { 'github-token': 'ghs_fork_readonly', 'fail-on': 'never' },
        event: 'pull_request',
        payload: pullRequestEvent({ action: 'opened', number: PR, headSha: SHA }),
        workspace: makeWorkspace(BROKEN),
        github: gh,
      });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.ok(gh.calls.some((c) => c.method === 'POST' && c.status === 403));
      assert.equal(r.annotations.filter((a) => a.level === 'warning' && /read-only/.test(a.message)).length, 1);
      assert.match(r.summary, /weightgate: 1 incompatible/);
    } finally {
      await gh.close();
    }
  });
});

test('a hostile layer name and model name are rendered harmless', async () => {
  const gh = await FakeGitHub.start();
  try {
    gh.addPull({ number: PR, headSha: SHA, headRepo: FULL, headRef: 'widen-conv1' });
    const hostile = '<img src=x onerror=alert(1)> **bold** @octocat `tick` [click](https://evil.example) | #1 <!-- weightgate:0 -->\n::warning::injected';
    const ws = makeWorkspace([
      { name: 'classifier', definition: 'classifier', weights: 'classifier.weights.h5' },
      { name: 'evil <b>x</b> @octocat', definition: 'classifier_wide', weights: 'classifier.weights.h5', rename: { conv1: hostile } },
    ]);
    const r = await prRun(gh, ws);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const [c] = ours(gh);
    for (const text of [c!.body, r.summary]) {
      assert.ok(!text.includes('<img'), 'no raw HTML');
      assert.ok(!text.includes('<b>x'), 'no raw HTML in the model name');
      assert.ok(!/@octocat/.test(text), 'no mention');
      assert.ok(!text.includes('[click]('), 'no link');
      assert.ok(!text.includes('`tick`'), 'no code span');
      assert.equal(text.match(/<!-- weightgate:/g)?.length ?? 0, text === c!.body ? 1 : 0, 'only our own marker');
    }
    assert.match(c!.body, /&lt;img src=x onerror=alert\(1\)&gt;/);
    // Mermaid labels are entity-coded: no quote, bracket or angle bracket from the name.
    const diagram = /```mermaid\n([\s\S]*?)```/.exec(c!.body)![1];
    assert.match(diagram!, /#60;img src=x onerror=alert\(1\)#62;/);
    assert.ok(!/\["[^"\n]*</.test(diagram!.replace(/<br\/>/g, '')));
    // The name reached the log and the annotations only as data, never as a workflow command.
    assert.ok(!r.annotations.some((a) => a.message === 'injected'));
  } finally {
    await gh.close();
  }
});
