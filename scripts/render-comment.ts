// Renders the PR comment as a reviewer sees it, for the README: runs the check on a one-model and a
// fifty-model config built from fixtures/, turns the comment into HTML with GitHub's own renderer
// (cmark-gfm with its GFM extensions) inside GitHub-like CSS, and screenshots it with headless Chromium.
// Mermaid blocks stay as source here (GitHub draws them in the browser).
// Usage: node --import tsx scripts/render-comment.ts [outdir=docs/screenshots]   (needs cmark-gfm, chromium)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck } from '../src/check/run.js';
import { expandModels } from '../src/config/expand.js';
import { loadConfig } from '../src/config/load.js';
import { renderComment } from '../src/report/pr-comment.js';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'screenshots'));
const WIDTH = 880;

interface Entry {
  name: string;
  definition: string;
  weights: string;
  extra?: string;
}

/** A repository-like folder: models/ and weights/ copied from fixtures/, and a weightgate.yml. */
function workspace(entries: Entry[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-shot-'));
  mkdirSync(path.join(dir, 'models'));
  mkdirSync(path.join(dir, 'weights'));
  for (const f of ['classifier.json', 'classifier_wide.json', 'classifier_finetune.json']) copyFileSync(path.join(root, 'fixtures/models', f), path.join(dir, 'models', f));
  for (const f of ['classifier.weights.h5', 'classifier_legacy.h5']) copyFileSync(path.join(root, 'fixtures/weights', f), path.join(dir, 'weights', f));
  const renamed: unknown = JSON.parse(readFileSync(path.join(root, 'fixtures/models/classifier.json'), 'utf8').replaceAll('"conv1"', '"conv_stem"'));
  writeFileSync(path.join(dir, 'models', 'classifier_renamed.json'), JSON.stringify(renamed, null, 2));
  const lines = ['version: 1', 'models:', ...entries.map((e) => `  - { name: ${e.name}, definition: models/${e.definition}, weights: weights/${e.weights}${e.extra ? `, ${e.extra}` : ''} }`)];
  writeFileSync(path.join(dir, 'weightgate.yml'), `${lines.join('\n')}\n`);
  return dir;
}

function fifty(): Entry[] {
  const families = ['resnet-lite', 'mobilenet-head', 'text-cnn', 'ocr-digits', 'speech-kws'];
  return Array.from({ length: 50 }, (_, i) => {
    const name = `${families[i % families.length]}-v${Math.floor(i / families.length) + 1}`;
    if (i === 7 || i === 23 || i === 41) return { name, definition: 'classifier_wide.json', weights: 'classifier.weights.h5' };
    if (i === 12 || i === 30) return { name, definition: 'classifier_renamed.json', weights: 'classifier.weights.h5' };
    if (i % 9 === 4) return { name, definition: 'classifier_finetune.json', weights: 'classifier.weights.h5', extra: 'skip_mismatch: true, allow: { mismatch: [new_dense] }' };
    return { name, definition: 'classifier.json', weights: i % 2 ? 'classifier_legacy.h5' : 'classifier.weights.h5' };
  });
}

const CSS = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { width: ${WIDTH - 34}px; margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font-size: 14px; color: #59636e; border-radius: 6px 6px 0 0; }
.head b { color: #1f2328; }
.body { padding: 16px; }
.body > :first-child { margin-top: 0; }
p, ul, table, pre, blockquote, details { margin: 0 0 12px; }
table { border-collapse: collapse; display: block; overflow: auto; max-width: 100%; }
th, td { border: 1px solid #d1d9e0; padding: 4px 10px; font-size: 13px; }
th { font-weight: 600; background: #f6f8fa; }
tr:nth-child(2n) td { background: #f6f8fa; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff1f3; padding: 2px 4px; border-radius: 4px; }
pre { background: #f6f8fa; padding: 12px; border-radius: 6px; overflow: auto; }
pre code { background: none; padding: 0; }
blockquote { margin-left: 0; padding: 0 12px; color: #59636e; border-left: 4px solid #d1d9e0; }
summary { cursor: pointer; }
details > :not(summary) { margin-left: 18px; }
sub { color: #59636e; }
`;

function html(markdown: string, title: string): string {
  const body = execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], { input: markdown, encoding: 'utf8' });
  return `<!doctype html><meta charset="utf-8"><style>${CSS}</style><div class="comment"><div class="head"><b>github-actions</b> bot commented · ${title}</div><div class="body">${body}</div></div>`;
}

function chromium(args: string[]): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'wg-chromium-'));
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`, '--hide-scrollbars'];
  return execFileSync('chromium', [...flags, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

function screenshot(page: string, png: string): void {
  // First pass: let the page measure itself, so the screenshot is exactly as tall as the comment.
  const probe = page.replace('</div></div>', '</div></div><script>document.title = String(document.documentElement.scrollHeight)</script>');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wg-page-')), 'comment.html');
  writeFileSync(file, probe);
  const height = Number(/<title>(\d+)<\/title>/.exec(chromium([`--window-size=${WIDTH},800`, '--dump-dom', `file://${file}`]))?.[1] ?? 2000);
  writeFileSync(file, page);
  chromium([`--window-size=${WIDTH},${height}`, `--screenshot=${png}`, `file://${file}`]);
}

const LINKS = [{ label: 'workflow run', url: 'https://github.com/acme/models/actions/runs/4242' }];

async function comment(entries: Entry[]): Promise<string> {
  const dir = workspace(entries);
  const config = await loadConfig(path.join(dir, 'weightgate.yml'));
  const report = await runCheck(config, await expandModels(config));
  return renderComment(report, { root: dir, links: LINKS });
}

mkdirSync(outdir, { recursive: true });
const one = await comment([{ name: 'classifier-wide', definition: 'classifier_wide.json', weights: 'classifier.weights.h5' }]);
const many = await comment(fifty());
for (const [name, md, title] of [['comment-1-model', one, 'one model'], ['comment-50-models', many, 'fifty models']] as const) {
  screenshot(html(md, title), path.join(outdir, `${name}.png`));
  console.log(`${path.relative(root, path.join(outdir, `${name}.png`))}: ${md.length} characters of Markdown`);
}
