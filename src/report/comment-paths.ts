// Paths as a reader expects them. In the PR comment and the job summary (displayPath): relative to the
// repository; a report read back from an artifact (shards, the fork-safe workflow_run) holds another
// runner's absolute paths, so those are cut at that runner's workspace, which has the same shape on
// every GitHub runner. In the CLI's reports (relativePath): relative to the working directory.
import path from 'node:path';

/** `https://…`, `gh://…`, `gh-release://…`: shown as they are. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

// `/home/runner/work/<repo>/<repo>/`, self-hosted `…/_work/<repo>/<repo>/`, Windows `D:\a\<repo>\<repo>\`:
// the repository's name twice, which is what makes it a runner's workspace and not any `work` folder.
const RUNNER_WORKSPACE = [/^.*?\/_?work\/([^/]+)\/\1\//, /^[A-Za-z]:\\a\\([^\\]+)\\\1\\/];

/**
 * A path for a local reader (the CLI's text and Markdown reports): relative to `root`, `../` included;
 * URLs as they are; `root` itself by its name.
 */
export function relativePath(p: string | undefined, root: string): string {
  if (!p) return '';
  return URL_LIKE.test(p) ? p : path.relative(root, p) || path.basename(p);
}

/** An absolute path at the start of a message, up to its first colon (InputError's `file: detail`). */
const LEADING_PATH = /^(?:\/|[A-Za-z]:\\)[^:\n]*(?=:)/;

/**
 * An error message with the file it starts with shown the way `show` shows paths (relative to the
 * repository), so a message reads like the tables around it and a rendered report does not depend on
 * where the checkout lies.
 */
export function shortenLeadingPath(message: string, show: (p: string) => string): string {
  return message.replace(LEADING_PATH, (p) => show(p));
}

/** A path for a reader of the pull request: relative to the repository, never `../`. */
export function displayPath(p: string | undefined, root: string): string {
  if (!p) return '';
  if (URL_LIKE.test(p)) return p;
  const rel = path.relative(root, p);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel;
  for (const re of RUNNER_WORKSPACE) {
    const m = re.exec(p);
    if (m) return p.slice(m[0].length).replaceAll('\\', '/');
  }
  return path.isAbsolute(p) ? path.basename(p) : p;
}

// The runner's workspace inside a sentence (not only at its start): `/home/runner/work/r/r/` and the like.
const RUNNER_WORKSPACE_IN_TEXT = [/(?<![\w.-])\/(?:[^\s/'"()]+\/)*?_?work\/([^\s/'"()]+)\/\1\//g, /(?<![\w.-])[A-Za-z]:\\a\\([^\s\\'"()]+)\\\1\\/g];

/**
 * Free text for a reader of the pull request (an error, a note, a hint, a base comparison's reason):
 * a path it starts with shown as `displayPath` shows it, and every mention of the repository's
 * absolute path or of a runner's workspace cut to the part inside the repository (the repository
 * itself is `./`). Paths are not otherwise looked for: `/layers/dense/vars/0` is an HDF5 path. `show`
 * words the leading path (the CLI's Markdown passes `relativePath`, which keeps `../`).
 */
export function displayText(text: string, root: string, show: (p: string) => string = (p) => displayPath(p, root)): string {
  let out = shortenLeadingPath(text, show);
  const base = path.resolve(root);
  if (base !== path.parse(base).root) out = withoutRoot(out, base);
  for (const re of RUNNER_WORKSPACE_IN_TEXT) out = out.replace(re, '');
  return out;
}

/** `text` with `<root>/x` as `x` and `<root>` alone as `./` (not inside a longer name: `<root>-old` stays). */
function withoutRoot(text: string, root: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(root); at >= 0; at = text.indexOf(root, at + 1)) {
    if (at < from || /[\w./\\-]/.test(text[at - 1] ?? '')) continue;
    const next = text[at + root.length] ?? '';
    if (next === path.sep || next === '/') {
      out += text.slice(from, at);
      from = at + root.length + 1;
    } else if (!/[\w.-]/.test(next)) {
      out += `${text.slice(from, at)}./`;
      from = at + root.length;
    }
  }
  return out + text.slice(from);
}
