// The GitHub Action: inputs are read here, at the edge; the work is done by the same modules the CLI uses.
import * as core from '@actions/core';
import path from 'node:path';
import { openFile } from '../formats/open.js';
import { InputError } from '../sources/errors.js';
import { inspectJson } from '../report/inspect.js';
import { inspectMarkdown } from '../report/inspect-markdown.js';

export async function run(): Promise<void> {
  try {
    const cwd = core.getInput('working-directory') || '.';
    const files = core.getMultilineInput('files').filter(Boolean);
    if (!files.length) throw new Error("input 'files' is empty: list the model definitions and weight files to inspect, one per line");
    const sections: string[] = [];
    let failed = 0;
    for (const f of files) {
      const file = path.resolve(cwd, f);
      try {
        const opened = await openFile(file);
        try {
          sections.push(inspectMarkdown(inspectJson(opened)));
        } finally {
          await opened.artifact?.close();
        }
      } catch (err) {
        failed++;
        const message = err instanceof Error ? err.message : String(err);
        core.error(message, { file: f });
        sections.push(`#### ❌ \`${f}\`\n\n${message.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)}`);
      }
    }
    await core.summary.addRaw(`## weightgate inspect\n\n${sections.join('\n\n')}\n`).write();
    core.setOutput('files', String(files.length));
    core.setOutput('unreadable', String(failed));
    if (failed) core.setFailed(`${failed} of ${files.length} file(s) could not be read`);
  } catch (err) {
    core.setFailed(err instanceof InputError || err instanceof Error ? err.message : JSON.stringify(err));
  }
}
