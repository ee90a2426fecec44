// `weightgate inspect <file...> [--json]`: what a definition expects or a weights file holds. One
// unreadable file never stops the others: each is reported, and the exit code says if any failed.
import { openFile } from '../formats/open.js';
import { inspectJson, inspectText } from '../report/inspect.js';
import { messageOf, reportError } from './cli-errors.js';
import type { Io } from './cli-io.js';
import { LIMIT_OPTION, dashMeansStdout, limitsOption, parseCommandLine } from './cli-options.js';
import { UsageError } from './usage.js';

export async function inspectCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = await parseCommandLine(dashMeansStdout(args, ['json']), { json: { type: 'boolean' }, ...LIMIT_OPTION });
  if (positionals.length === 0) throw new UsageError('inspect takes one or more files');
  const limits = await limitsOption(values.limit);
  const results: unknown[] = [];
  let code = 0;
  for (const [i, file] of positionals.entries()) {
    try {
      const opened = await openFile(file, { limits });
      try {
        const j = inspectJson(opened);
        if (values.json) results.push(j);
        else io.out(`${i > 0 ? '\n' : ''}${inspectText(j)}`);
      } finally {
        await opened.artifact?.close();
      }
    } catch (err) {
      code = reportError(err, io);
      if (values.json) results.push({ file, error: messageOf(err) });
    }
  }
  if (values.json) io.out(JSON.stringify(positionals.length === 1 ? results[0] : results, null, 2));
  return code;
}
