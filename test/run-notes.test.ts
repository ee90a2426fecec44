// Run-wide notes (a config limit the workflow did not allow) reach every renderer, escaped and capped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeReport } from '../src/check/report.js';
import { renderCheckMarkdown } from '../src/report/check-markdown.js';
import { renderCheckText } from '../src/report/check-text.js';
import { renderComment } from '../src/report/pr-comment.js';

const note = 'weightgate.yml limits.maxFileBytes=off ignored: the workflow does not set allow-config-limits';
const report = (notes: string[]) => makeReport({ schemaVersion: 1, tool: { name: 'weightgate', version: 't' }, config: 'weightgate.yml', models: [], notes, seconds: 0 });

test('a run-wide note is shown by the text report, the job summary and the PR comment', () => {
  const r = report([note]);
  assert.match(renderCheckText(r), /note: weightgate\.yml limits\.maxFileBytes=off ignored/);
  assert.match(renderCheckMarkdown(r), /> ⚠️ weightgate\.yml limits\.maxFileBytes=off ignored/);
  assert.match(renderComment(r), /> ⚠️ weightgate\.yml limits\.maxFileBytes=off ignored/);
});

test('hostile note text stays on its quoted line, and many notes are capped', () => {
  const r = report(['x\n# heading <img src=x>', ...Array.from({ length: 50 }, (_, i) => `n${i}`)]);
  const md = renderComment(r);
  assert.ok(!/^# heading/m.test(md));
  assert.ok(!md.includes('<img'));
  assert.match(md, /… and 31 more notes/);
  assert.match(renderCheckText(r), /… and 31 more notes/);
});
