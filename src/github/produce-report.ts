// Where this run's report comes from: a check of the config (or one shard of it), the merge of shard
// reports, or a report another workflow wrote. The check is the CLI's own pipeline.
import * as core from '@actions/core';
import path from 'node:path';
import { expandModels, shardJobs } from '../config/expand.js';
import { loadConfig } from '../config/load.js';
import { runCheck } from '../check/run.js';
import type { CheckReport } from '../check/report.js';
import { modelLine } from '../report/check-text.js';
import { InputError } from '../sources/errors.js';
import type { ActionInputs } from './action-inputs.js';
import { readReports } from './report-files.js';

export type ReportOrigin = 'check' | 'merge' | 'comment-from';

export async function produceReport(inputs: ActionInputs, cwd: string): Promise<{ report: CheckReport; origin: ReportOrigin }> {
  if (inputs.commentFrom) return { report: await readReports(inputs.commentFrom, cwd), origin: 'comment-from' };
  if (inputs.merge) return { report: await readReports(inputs.merge, cwd), origin: 'merge' };
  const config = await loadConfig(path.resolve(cwd, inputs.config)).catch((err: unknown) => {
    if (!(err instanceof InputError) || err.kind !== 'not-found') throw err;
    throw new InputError(path.join(inputs.workingDirectory, inputs.config), 'not-found', 'no such configuration file',
      "Set the action's `config` input (relative to `working-directory`), or add weightgate.yml to the repository root; with actions/checkout before this step.");
  });
  const jobs = shardJobs(await expandModels(config), inputs.shard).map((j) => (inputs.engine ? { ...j, options: { ...j.options, engine: inputs.engine } } : j));
  const report = await runCheck(config, jobs, {
    ...(inputs.shard ? { shard: inputs.shard } : {}),
    ...(inputs.token ? { token: inputs.token } : {}),
    allowConfigLimits: inputs.allowConfigLimits === true,
    // Names are sanitised (modelLine) so a layer or file name cannot start a workflow command.
    onResult: (r, done, total) => core.info(`[${done}/${total}] ${modelLine(r)}`),
  });
  for (const note of report.notes ?? []) core.warning(`weightgate: ${note}`);
  return { report, origin: 'check' };
}
