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
