// The job summary: the full report, the one surface that always works (fork PRs included).
import * as core from '@actions/core';
import { messageOf } from './api.js';

/** False when this runner gives no summary file (a local run); the report files still hold it all. */
export async function writeSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  try {
    await core.summary.addRaw(markdown).write();
    return true;
  } catch (err) {
    core.warning(`weightgate could not write the job summary: ${messageOf(err)}`);
    return false;
  }
}
