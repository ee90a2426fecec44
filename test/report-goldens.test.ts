// Rendered goldens, the way dorny/test-reporter keeps its own: the PR comment (and its HTML from
// GitHub's renderer, cmark-gfm), the job summary and the text report of a few fixture runs are
// committed under test/goldens/, and this test renders them again and compares byte for byte, so a
// rendering change shows in the pull request's diff. After an intended change:
//   UPDATE_GOLDENS=1 node --import tsx --test test/report-goldens.test.ts
// and review the diff of test/goldens/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/load.js';
import { expandModels } from '../src/config/expand.js';
import { runCheck } from '../src/check/run.js';
import { toJson, type CheckReport } from '../src/check/report.js';
import { reviveReport } from '../src/check/revive-report.js';
import { COMMENT_BYTES, SUMMARY_BYTES, renderComment } from '../src/report/pr-comment.js';
import { renderCheckText } from '../src/report/check-text.js';
import { commentMarker } from '../src/report/comment-marker.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const GOLDENS = path.join(ROOT, 'test', 'goldens');
const UPDATE = process.env.UPDATE_GOLDENS === '1';
const LINKS = [{ label: 'workflow run', url: 'https://github.com/acme/models/actions/runs/4242' }];

const CASES = [
  { name: 'readme-example', config: 'fixtures/weightgate.yml', about: "the README's bundled example: four compatible pairs and one incompatible" },
  { name: 'single-diff', config: 'test/goldens/single-diff/weightgate.yml', about: 'one pair with shape and name findings and a hint' },
  { name: 'unreadable', config: 'test/goldens/unreadable/weightgate.yml', about: 'a good pair beside a missing file and a file that is not a model' },
] as const;

/** GitHub's Markdown renderer, with the extensions github.com enables (as test/comment-render.test.ts). */
function toHtml(markdown: string): string {
  const r = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], { input: markdown, encoding: 'utf8' });
  assert.equal(r.status, 0, `cmark-gfm (Debian: apt-get install -y cmark-gfm): ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}

/**
 * The check as the action runs it, made independent of the machine and the moment: the smoke engine is
 * forced to cpu (as the action's `engine` input does; `auto` picks tfjs-node where it is installed),
 * the version is fixed, and the wall-clock times are zeroed (they are printed, and differ each run).
 * The config path is kept relative to the repository, as a workflow names it: the comment's marker
 * hashes it. Every other path is rendered relative to the repository root by the renderers themselves.
 */
async function checkCase(config: string): Promise<CheckReport> {
  const loaded = await loadConfig(path.join(ROOT, config));
  const jobs = (await expandModels(loaded)).map((j) => ({ ...j, options: { ...j.options, engine: 'cpu' as const } }));
  const report = await runCheck(loaded, jobs, { version: '0.0.0-golden' });
  report.config = config;
  report.seconds = 0;
  for (const m of report.models) {
    m.seconds = 0;
    if (m.smoke) m.smoke.seconds = 0;
  }
  return report;
}

function compare(file: string, actual: string): void {
  const golden = path.join(GOLDENS, file);
  if (UPDATE) {
    mkdirSync(path.dirname(golden), { recursive: true });
    writeFileSync(golden, actual);
    return;
  }
  assert.ok(existsSync(golden), `${path.relative(ROOT, golden)} is missing: run UPDATE_GOLDENS=1 node --import tsx --test test/report-goldens.test.ts`);
  assert.equal(actual, readFileSync(golden, 'utf8'),
    `${path.relative(ROOT, golden)} differs from what weightgate renders now; if the change is intended, run UPDATE_GOLDENS=1 node --import tsx --test test/report-goldens.test.ts and review the diff`);
}

for (const c of CASES) {
  describe(`golden: ${c.name} (${c.about})`, () => {
    let report: CheckReport;
    let comment: string;

    test('the report it writes passes the report schema, and reads back to the same report', async () => {
      report = await checkCase(c.config);
      const json: unknown = JSON.parse(JSON.stringify(toJson(report)));
      const revived = reviveReport(json, `${c.name}.json`);
      assert.deepEqual(toJson(revived), json);
    });

    test('the PR comment, as posted (marker, comment budget, run link)', () => {
      comment = renderComment(report, { maxBytes: COMMENT_BYTES, root: ROOT, marker: commentMarker(report), links: LINKS });
      compare(`${c.name}/comment.md`, comment);
    });

    test('the PR comment as GitHub renders it (cmark-gfm)', () => {
      compare(`${c.name}/comment.html`, toHtml(comment));
    });

    test('the job summary (the full report, summary budget)', () => {
      compare(`${c.name}/summary.md`, renderComment(report, { maxBytes: SUMMARY_BYTES, root: ROOT, links: LINKS, maxRows: 1_000 }));
    });

    test('the text report (the log, the CLI)', () => {
      compare(`${c.name}/report.txt`, `${renderCheckText(report, { root: ROOT })}\n`);
    });
  });
}
