// The action's other surfaces, end to end with the committed bundle: outputs and report files,
// badges, annotations, the gate, input errors, matrix shards merged into one comment, the fork-safe
// workflow_run relay, and tfjs-node found where a workflow installs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  ACTIONS_BOT, BROKEN, CONTRIBUTOR, DIST, FakeGitHub, FULL, GREEN, makeWorkspace, ROOT, pullRequestEvent, runAction, scheduleEvent, workflowRunEvent,
} from './helpers/fake-github.js';
import { tempDir } from './helpers/temp.js';

const SHA = '2'.repeat(40);

test('the bundled example (fixtures/weightgate.yml) in this repository’s own checkout', async () => {
  const r = await runAction({ inputs: { config: 'fixtures/weightgate.yml' }, event: 'push', payload: {}, workspace: ROOT });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.equal(r.outputs.models, '5');
  assert.equal(r.outputs.verdict, 'incompatible');
  assert.match(r.summary, /^❌ \*\*weightgate: 1 incompatible, 4 compatible\*\* \(of 5\)/);
  assert.deepEqual([...new Set(r.annotations.filter((a) => a.props.file).map((a) => a.props.file))], ['fixtures/models/classifier_wide.json']);
});

test('outputs, report files, badges and annotations on a push', async () => {
  const ws = makeWorkspace(BROKEN);
  const r = await runAction({ inputs: { badge: 'badges/weights.svg\nbadges/weights.json' }, event: 'push', payload: {}, workspace: ws });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.equal(r.outputs.verdict, 'incompatible');
  assert.equal(r.outputs.errors, '3');
  assert.equal(r.outputs.warnings, '0');
  assert.equal(r.outputs.models, '2');
  assert.equal(r.outputs['comment-url'], '');
  const json = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8'));
  assert.equal(json.verdict, 'incompatible');
  assert.deepEqual(json.models.map((m: { id: string }) => m.id), ['classifier', 'classifier-wide']);
  assert.deepEqual(json.models[1].graph.edges[0], ['input_layer', 'conv1'], 'the layer graph travels with the report');
  assert.equal(readFileSync(r.outputs['report-markdown']!, 'utf8'), r.summary);
  assert.ok(r.outputs['report-json']!.startsWith(path.dirname(path.dirname(r.outputs['report-json']!))));

  const svg = readFileSync(path.join(ws, 'badges/weights.svg'), 'utf8');
  assert.match(svg, /^<svg[^>]*>/);
  assert.match(svg, /weights: 1\/2 compatible/);
  assert.deepEqual(JSON.parse(readFileSync(path.join(ws, 'badges/weights.json'), 'utf8')), { schemaVersion: 1, label: 'weights', message: '1/2 compatible', color: 'red' });

  // One error per problem layer, at its `"name": "<layer>"` line in the definition.
  const def = readFileSync(path.join(ws, 'models/classifier_wide.json'), 'utf8').split('\n');
  const lineOf = (layer: string) => def.findIndex((l) => l.includes(`"name": "${layer}"`)) + 1;
  const layerErrors = r.annotations.filter((a) => a.props.file);
  assert.deepEqual(layerErrors.map((a) => [a.level, a.props.file, Number(a.props.line), a.props.title]), [
    ['error', 'models/classifier_wide.json', lineOf('conv1'), 'weightgate: classifier-wide: shape mismatch in conv1'],
    ['error', 'models/classifier_wide.json', lineOf('dense'), 'weightgate: classifier-wide: shape mismatch in dense'],
  ]);
  assert.ok(lineOf('conv1') > 1);
  // The difference first, the loader's sentence after (once).
  assert.deepEqual(layerErrors[0]!.message.split('\n').slice(0, 3), ['conv1/kernel: model (3, 3, 1, 8), file (3, 3, 1, 4)', 'conv1/bias: model (8,), file (4,)', '']);
  assert.match(layerErrors[0]!.message.split('\n')[3]!, /^The shape of the target variable/);
});

test('working-directory: config, badges and reports from a subfolder; annotations from the repository root', async () => {
  const repo = tempDir('sub');
  makeWorkspace(BROKEN, { dir: path.join(repo, 'ml') });
  const r = await runAction({ inputs: { 'working-directory': 'ml', badge: 'out/weights.json' }, event: 'push', payload: {}, workspace: repo });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.equal(JSON.parse(readFileSync(path.join(repo, 'ml/out/weights.json'), 'utf8')).message, '1/2 compatible');
  assert.deepEqual([...new Set(r.annotations.filter((a) => a.props.file).map((a) => a.props.file))], ['ml/models/classifier_wide.json']);
  assert.match(r.summary, /<code>ml\/models\/classifier&#95;wide\.json<\/code>/);
});

test('a green run: green badge, no annotations, exit 0', async () => {
  const ws = makeWorkspace(GREEN);
  const r = await runAction({ inputs: { badge: 'out/b.json' }, event: 'push', payload: {}, workspace: ws });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.outputs.verdict, 'compatible');
  assert.deepEqual(r.annotations, []);
  assert.equal(JSON.parse(readFileSync(path.join(ws, 'out/b.json'), 'utf8')).color, 'brightgreen');
  assert.match(r.summary, /✅ \*\*weightgate: all 2 models compatible\*\*/);
});

test('fail-on decides the exit code and nothing else', async () => {
  const warn = makeWorkspace([
    { name: 'classifier', definition: 'classifier', weights: 'classifier.weights.h5' },
    // A renamed layer that Keras 3 still loads by path: a warning, not an error.
    { name: 'renamed', definition: 'classifier', weights: 'classifier.weights.h5', rename: { conv1: 'conv_renamed' } },
  ]);
  const lenient = await runAction({ inputs: { 'fail-on': 'error' }, event: 'push', payload: {}, workspace: warn });
  assert.equal(lenient.code, 0, lenient.stdout + lenient.stderr);
  assert.equal(lenient.outputs.verdict, 'warnings');
  assert.equal(lenient.annotations.filter((a) => a.level === 'warning' && a.props.file).length, 1);
  const strict = await runAction({ inputs: { 'fail-on': 'warning' }, event: 'push', payload: {}, workspace: warn });
  assert.equal(strict.code, 1);
  assert.match(strict.stdout, /::error::weightgate: 1 with warnings of 2 models \(fail-on: warning\)/);
});

test('a bad input fails the step with one line naming it, before any work', async () => {
  const ws = makeWorkspace(GREEN);
  const r = await runAction({ inputs: { 'fail-on': 'sometimes', badge: 'b.svg' }, event: 'push', payload: {}, workspace: ws });
  assert.equal(r.code, 1);
  assert.deepEqual(r.annotations.map((a) => a.message), ["input 'fail-on' must be one of error, warning, never, new-errors (got 'sometimes')"]);
  assert.equal(r.summary, '');
  const missing = await runAction({ inputs: { config: 'nope.yml' }, event: 'push', payload: {}, workspace: ws });
  assert.equal(missing.code, 1);
  // A config that cannot be read is reported on every surface (test/action-config-error.test.ts); still one line first.
  assert.equal(missing.annotations.length, 1);
  assert.match(missing.annotations[0]!.message, /^weightgate: nope\.yml: no such configuration file\n→ Set the action's `config` input/);
  assert.equal(missing.outputs.verdict, 'error');
});

test('matrix shards: each uploads its report, the merge job posts the one comment and badge', async () => {
  const gh = await FakeGitHub.start();
  try {
    gh.addPull({ number: 9, headSha: SHA, headRepo: FULL, headRef: 'many-models' });
    const models = [...BROKEN, ...GREEN.slice(1), { name: 'finetune', definition: 'classifier_finetune' as const, weights: 'classifier.weights.h5' as const, extra: 'skip_mismatch: true, allow: { mismatch: [new_dense] }' }];
    const ws = makeWorkspace(models);
    const event = pullRequestEvent({ action: 'opened', number: 9, headSha: SHA });
    const downloads = path.join(ws, 'reports');
    mkdirSync(downloads);
    for (const shard of ['1/2', '2/2']) {
      const r = await runAction({ inputs: { 'github-token': 'ghs_workflow', shard, 'fail-on': 'never' }, event: 'pull_request', payload: event, workspace: ws, github: gh });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /a shard leaves the comment to the job that merges/);
      // actions/upload-artifact + download-artifact with merge-multiple: the file names must not collide.
      cpSync(r.outputs['report-json']!, path.join(downloads, path.basename(r.outputs['report-json']!)), { errorOnExist: true });
    }
    assert.deepEqual(gh.writes(), [], 'shards post nothing');
    const merged = await runAction({ inputs: { 'github-token': 'ghs_workflow', merge: 'reports/*.json', badge: 'badges/weights.svg' }, event: 'pull_request', payload: event, workspace: ws, github: gh });
    assert.equal(merged.code, 1, merged.stdout + merged.stderr);
    assert.equal(merged.outputs.models, '4');
    const comments = gh.commentsOn(9);
    assert.equal(comments.length, 1);
    assert.match(comments[0]!.body, /weightgate: 1 incompatible, 3 compatible\*\* \(of 4\)/);
    assert.match(readFileSync(path.join(ws, 'badges/weights.svg'), 'utf8'), /3\/4 compatible/);
    // The merged report keys its comment like an unsharded run of the same config.
    const whole = await runAction({ inputs: { 'github-token': 'ghs_workflow' }, event: 'pull_request', payload: pullRequestEvent({ action: 'synchronize', number: 9, headSha: SHA }), workspace: ws, github: gh });
    assert.equal(whole.code, 1);
    assert.equal(gh.commentsOn(9).length, 1);
    assert.equal(whole.outputs['comment-url'], merged.outputs['comment-url']);
  } finally {
    await gh.close();
  }
});

test('fork-safe relay: a workflow_run job comments with the report the fork’s run uploaded', async () => {
  const gh = await FakeGitHub.start();
  try {
    gh.addPull({ number: 11, headSha: SHA, headRepo: `${CONTRIBUTOR.login}/models`, headRef: 'widen-conv1' });
    gh.addPull({ number: 12, headSha: '3'.repeat(40), headRepo: FULL, headRef: 'other' });
    // 1. The pull_request run on the fork: read-only token, report in RUNNER_TEMP, uploaded as an artifact.
    // Where a GitHub-hosted runner checks the repository out: <work>/<repo>/<repo>.
    const checkout = makeWorkspace(BROKEN, { dir: path.join(tempDir('fork'), 'work', 'models', 'models') });
    const pr = await runAction({
      inputs: { 'github-token': 'ghs_fork_readonly', 'fail-on': 'never' },
      event: 'pull_request',
      payload: pullRequestEvent({ action: 'opened', number: 11, headSha: SHA, fork: true }),
      workspace: checkout,
      github: gh,
    });
    assert.equal(pr.code, 0, pr.stdout + pr.stderr);
    assert.deepEqual(gh.writes(), []);
    // 2. The workflow_run job: the default branch's workspace, no fork code, only the downloaded report.
    const trusted = tempDir('trusted');
    cpSync(pr.outputs['report-json']!, path.join(trusted, 'report.json'));
    const relay = await runAction({
      inputs: { 'github-token': 'ghs_workflow', 'comment-from': 'report.json', 'fail-on': 'never' },
      event: 'workflow_run',
      payload: workflowRunEvent({ headSha: SHA, fork: true, runId: 777 }),
      workspace: trusted,
      github: gh,
      runId: 778,
    });
    assert.equal(relay.code, 0, relay.stdout + relay.stderr);
    const [c] = gh.commentsOn(11);
    assert.equal(c!.user.login, ACTIONS_BOT.login);
    assert.match(c!.body, /❌ \*\*weightgate: 1 incompatible, 1 compatible\*\*/);
    assert.match(c!.body, /\[checked in this run\]\(https:\/\/github\.com\/acme\/models\/actions\/runs\/777\)/);
    assert.match(c!.body, /<code>models\/classifier&#95;wide\.json<\/code>/, 'paths relative to the checkout that was checked');
    assert.ok(gh.calls.some((x) => x.path === '/repos/acme/models/pulls'), 'found by head commit: pull_requests is empty for forks');
    assert.deepEqual(relay.annotations.filter((a) => a.props.file), [], 'no annotations on files that are not checked out');
    assert.deepEqual(gh.commentsOn(12), []);
  } finally {
    await gh.close();
  }
});

test('a tampered report is refused before anything is posted', async () => {
  const gh = await FakeGitHub.start();
  try {
    gh.addPull({ number: 11, headSha: SHA, headRepo: FULL, headRef: 'x' });
    const ws = makeWorkspace(BROKEN);
    const first = await runAction({ inputs: { 'fail-on': 'never', comment: 'never' }, event: 'push', payload: {}, workspace: ws });
    const report = JSON.parse(readFileSync(first.outputs['report-json']!, 'utf8'));
    report.models[1].smoke = { status: 'failed', engine: 'cpu', engineReason: 'x', outputs: [{ name: 'o', shape: ['<img src=x>'], finite: true }] };
    writeFileSync(path.join(ws, 'report.json'), JSON.stringify(report));
    const r = await runAction({
      inputs: { 'github-token': 'ghs_workflow', 'comment-from': 'report.json' },
      event: 'workflow_run',
      payload: workflowRunEvent({ headSha: SHA, fork: false, pullRequests: [{ number: 11 }], runId: 5 }),
      workspace: ws,
      github: gh,
    });
    assert.equal(r.code, 1);
    assert.match(r.annotations[0]!.message, /report\.json: not a weightgate check report: report\.models\[1\]\.smoke\.outputs\[0\]\.shape\[0\] is not a number/);
    assert.deepEqual(gh.calls, []);
  } finally {
    await gh.close();
  }
});

test('tfjs-node installed by the workflow next to the action is the engine it tries first', async () => {
  // The runner keeps actions in <work>/_actions/<owner>/<repo>/<ref>; a package installed with
  // `npm install --prefix <work>` is on their resolution path. A stand-in that refuses to load
  // proves it was found (a real one needs libtensorflow, which the test machine cannot download).
  const work = tempDir('work');
  const actionDir = path.join(work, '_actions', 'acme', 'weightgate', 'v1');
  cpSync(path.dirname(DIST), path.join(actionDir, 'dist'), { recursive: true });
  const pkg = path.join(work, 'node_modules', '@tensorflow', 'tfjs-node');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: '@tensorflow/tfjs-node', version: '4.22.0', main: 'index.js' }));
  writeFileSync(path.join(pkg, 'index.js'), "throw new Error('stand-in tfjs-node found');\n");
  const ws = makeWorkspace(GREEN, { dir: path.join(work, 'models', 'models'), smoke: true });
  const r = await runAction({ inputs: {}, event: 'schedule', payload: scheduleEvent(), workspace: ws, script: path.join(actionDir, 'dist', 'index.js') });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const json = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8'));
  const smoke = json.models[0].smoke;
  assert.match(smoke.engineReason, /tfjs-node failed to load \(stand-in tfjs-node found\)/);
  assert.equal(smoke.status, 'passed', 'and the bundled engine took over');
});
