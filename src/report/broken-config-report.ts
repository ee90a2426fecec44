// The report of a run whose config could not be read, for the files a run leaves (the Action's
// report-json; the CLI's --json could write the same). Lives in the report layer so both can.
import { makeReport, type CheckReport } from '../check/report.js';
import type { InputError } from '../sources/errors.js';
import { WEIGHTGATE_VERSION } from '../text/weightgate-version.js';
import type { ReportKeyParts } from './comment-marker.js';

/**
 * The report of a run whose config could not be read: a valid check report (schema/check-report.schema.json)
 * holding one entry, the config itself, unreadable with the config's error (`file:line:col: what → fix`).
 * So its verdict is `error` wherever it is read back (`weightgate merge`, the Action's `merge` and
 * `comment-from`, which recompute verdicts from the entries), and shard reports of a broken config merge
 * without colliding (each shard's entry is named after it).
 */
export function brokenConfigReport(key: ReportKeyParts, file: string, error: InputError): CheckReport {
  const shard = key.shards ? ` (shard ${key.shards.indices.join(', ')} of ${key.shards.total})` : '';
  return makeReport({
    schemaVersion: 1,
    tool: { name: 'weightgate', version: WEIGHTGATE_VERSION },
    ...key,
    models: [{ id: `${key.config}${shard}`, definition: file, origin: error.kind === 'bad-config' ? error.file : file, status: 'error', error: error.message, seconds: 0 }],
    notes: ['the config cannot be read, so no model was checked'],
    seconds: 0,
  });
}
