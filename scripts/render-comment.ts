// Renders the PR comment as a reviewer sees it, for the README: runs the check on a one-model and a
// fifty-model repository built from fixtures/ (the fifty with the long, deep paths real repositories
// have), and renders the comment for a config that cannot be read; turns each comment into HTML with
// GitHub's own renderer (cmark-gfm with its GFM extensions) inside GitHub's comment CSS (tables
// `width: max-content`, so a row too wide for the column scrolls out of sight as on github.com), and
// screenshots it with headless Chromium at 880 px (a pull request's comment column) and at 1000 px.
// Mermaid blocks stay as source here (GitHub draws them in the browser).
// Usage: node --import tsx scripts/render-comment.ts [outdir=docs/screenshots]   (WEIGHTGATE_SHOT_MARKDOWN=dir also keeps the Markdown)
//   (needs cmark-gfm, chromium, Debian python3-h5py at /usr/bin/python3, and fonts-noto-color-emoji for the icons)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck } from '../src/check/run.js';
import { expandModels } from '../src/config/expand.js';
import { loadConfig } from '../src/config/load.js';
import { renderConfigErrorComment } from '../src/report/config-error-comment.js';
import { renderComment } from '../src/report/pr-comment.js';
import { InputError } from '../src/sources/errors.js';
import { WEIGHTGATE_VERSION } from '../src/text/weightgate-version.js';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'screenshots'));
const WIDTHS = [880, 1000] as const;
const temps: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** What one model of the screenshot repository is made of. */
type Kind = 'ok' | 'legacy' | 'wide' | 'renamed' | 'finetune' | 'optimizer' | 'missing';

interface Entry {
  name: string;
  /** The model's folder in the repository, e.g. `models/vision/detection/resnet-lite/v3`. */
  folder: string;
  kind: Kind;
}

const FIXTURE_DEF: Record<Kind, string> = {
  ok: 'classifier.json', legacy: 'classifier.json', wide: 'classifier_wide.json', renamed: 'classifier_renamed.json',
  finetune: 'classifier_finetune.json', optimizer: 'classifier.json', missing: 'classifier.json',
};

/** A copy of a Keras 3 weights file that also holds Adam's state, as `model.save_weights` after training writes it. */
function withOptimizer(from: string, to: string): void {
  copyFileSync(from, to);
  execFileSync('/usr/bin/python3', ['-c', `
import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "a") as f:
    g = f.require_group("optimizer/vars")
    for i, shape in enumerate([(), (), (3, 3, 1, 4), (4,), (64, 5), (5,), (3, 3, 1, 4), (4,), (64, 5), (5,)]):
        g[str(i)] = np.zeros(shape, dtype="float32")
`, to]);
}

/** A repository-like folder: each model's definition and weights in its own folder, and a weightgate.yml. */
function workspace(entries: Entry[]): string {
  const dir = tempDir('wg-shot-');
  const fx = (...p: string[]) => path.join(root, 'fixtures', ...p);
  const renamed = readFileSync(fx('models', 'classifier.json'), 'utf8').replaceAll('"conv1"', '"conv_stem"');
  const lines = ['version: 1', 'models:'];
  for (const e of entries) {
    const folder = path.join(dir, e.folder);
    mkdirSync(folder, { recursive: true });
    const def = path.join(folder, 'model.json');
    if (e.kind === 'renamed') writeFileSync(def, renamed);
    else copyFileSync(fx('models', FIXTURE_DEF[e.kind]), def);
    const weights = e.kind === 'legacy' ? 'model_legacy.h5' : 'model.weights.h5';
    if (e.kind === 'legacy') copyFileSync(fx('weights', 'classifier_legacy.h5'), path.join(folder, weights));
    else if (e.kind === 'optimizer' || e.kind === 'wide') withOptimizer(fx('weights', 'classifier.weights.h5'), path.join(folder, weights));
    else if (e.kind !== 'missing') copyFileSync(fx('weights', 'classifier.weights.h5'), path.join(folder, weights));
    const extra = e.kind === 'finetune' ? ', skip_mismatch: true, allow: { mismatch: [new_dense] }' : '';
    lines.push(`  - { name: ${e.name}, definition: ${e.folder}/model.json, weights: ${e.folder}/${weights}${extra} }`);
  }
  writeFileSync(path.join(dir, 'weightgate.yml'), `${lines.join('\n')}\n`);
  return dir;
}

const FAMILIES = [
  { area: 'vision/detection', name: 'resnet-lite' },
  { area: 'vision/classification', name: 'mobilenet-head' },
  { area: 'nlp/intent', name: 'text-cnn' },
  { area: 'vision/ocr', name: 'ocr-digits' },
  { area: 'audio/keyword-spotting', name: 'speech-kws' },
];

function fifty(): Entry[] {
  return Array.from({ length: 50 }, (_, i) => {
    const f = FAMILIES[i % FAMILIES.length]!;
    const version = `v${Math.floor(i / FAMILIES.length) + 1}`;
    const kind: Kind = i === 7 || i === 23 || i === 41 ? 'wide'
      : i === 12 || i === 30 ? 'renamed'
        : i === 36 ? 'missing'
          : i % 9 === 4 ? 'finetune'
            : i % 4 === 1 ? 'optimizer'
              : i % 2 ? 'legacy' : 'ok';
    return { name: `${f.name}-${version}`, folder: `models/${f.area}/${f.name}/${version}`, kind };
  });
}

// GitHub's comment CSS where it matters for width: tables are `display: block; width: max-content;
// max-width: 100%; overflow: auto` (too wide a row scrolls, hiding its right-hand columns), text wraps
// only where it may (a path without <wbr> is one word), code is 85 % monospace.
const CSS = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font-size: 14px; color: #59636e; border-radius: 6px 6px 0 0; }
.head b { color: #1f2328; }
.body { padding: 16px; word-wrap: break-word; }
.body > :first-child { margin-top: 0; }
p, ul, table, pre, blockquote, details { margin: 0 0 16px; }
table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; }
tr { background: #fff; border-top: 1px solid #d1d9e0; }
tr:nth-child(2n) { background: #f6f8fa; }
code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: rgba(129,139,152,.12); padding: .2em .4em; border-radius: 6px; white-space: break-spaces; }
pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; font-size: 85%; }
pre code { background: none; padding: 0; font-size: 100%; }
blockquote { margin-left: 0; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
ul { padding-left: 2em; }
summary { cursor: pointer; }
details > :not(summary) { margin-left: 0; }
sub { color: #59636e; }
`;

function html(markdown: string, title: string): string {
  const body = execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], { input: markdown, encoding: 'utf8' });
  return `<!doctype html><meta charset="utf-8"><style>${CSS}</style><div class="comment"><div class="head"><b>github-actions</b> bot commented · ${title}</div><div class="body">${body}</div></div>`;
}

function chromium(args: string[]): string {
  const profile = tempDir('wg-chromium-');
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`, '--hide-scrollbars'];
  return execFileSync('chromium', [...flags, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** Whether any table is wider than the comment's column (GitHub would hide its right-hand side). */
const MEASURE = `<script>
const over = [...document.querySelectorAll('table')].filter((t) => t.scrollWidth > t.clientWidth + 1).length;
document.title = Math.ceil(document.querySelector('.comment').getBoundingClientRect().bottom + 16) + ' ' + over;
</script>`;

function screenshot(page: string, png: string, width: number): { overflowing: number } {
  // First pass: let the page measure itself, so the screenshot is exactly as tall as the comment.
  const file = path.join(tempDir('wg-page-'), 'comment.html');
  writeFileSync(file, page.replace('</div></div>', `</div></div>${MEASURE}`));
  const title = /<title>(\d+) (\d+)<\/title>/.exec(chromium([`--window-size=${width},800`, '--dump-dom', `file://${file}`]));
  writeFileSync(file, page);
  chromium([`--window-size=${width},${Number(title?.[1] ?? 2000)}`, `--screenshot=${png}`, `file://${file}`]);
  return { overflowing: Number(title?.[2] ?? 0) };
}

const LINKS = [{ label: 'workflow run', url: 'https://github.com/acme/models/actions/runs/4242' }];

async function comment(entries: Entry[]): Promise<string> {
  const dir = workspace(entries);
  const config = await loadConfig(path.join(dir, 'weightgate.yml'));
  const report = await runCheck(config, await expandModels(config));
  return renderComment(report, { root: dir, links: LINKS });
}

/** The comment for a config with a misspelt key, as the Action posts it. */
async function configErrorComment(): Promise<string> {
  const dir = tempDir('wg-shot-');
  writeFileSync(path.join(dir, 'weightgate.yml'), 'version: 1\nmodels:\n  - name: resnet-lite-v3\n    definition: models/vision/detection/resnet-lite/v3/model.json\n    weigths: models/vision/detection/resnet-lite/v3/model.weights.h5\n');
  try {
    await loadConfig(path.join(dir, 'weightgate.yml'));
  } catch (err) {
    if (err instanceof InputError) return renderConfigErrorComment(err, { links: LINKS, root: dir, version: WEIGHTGATE_VERSION, blob: 'https://github.com/acme/models/blob/3f2c1a9' });
    throw err;
  }
  throw new Error('the misspelt config was read without an error');
}

try {
  mkdirSync(outdir, { recursive: true });
  const cases: [name: string, markdown: string, title: string][] = [
    ['comment-1-model', await comment([{ name: 'classifier-wide', folder: 'models/classifier', kind: 'wide' }]), 'one model'],
    ['comment-50-models', await comment(fifty()), 'fifty models'],
    ['comment-config-error', await configErrorComment(), 'a config that cannot be read'],
  ];
  for (const [name, md, title] of cases) {
    if (process.env.WEIGHTGATE_SHOT_MARKDOWN) writeFileSync(path.join(process.env.WEIGHTGATE_SHOT_MARKDOWN, `${name}.md`), md);
    for (const width of WIDTHS) {
      const png = path.join(outdir, `${name}${width === 880 ? '' : `-${width}px`}.png`);
      const { overflowing } = screenshot(html(md, title), png, width);
      console.log(`${path.relative(root, png)}: ${md.length} characters of Markdown${overflowing ? `; ${overflowing} table(s) wider than the column` : ''}`);
    }
  }
} finally {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
}
