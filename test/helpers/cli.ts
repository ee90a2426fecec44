// Runs the CLI in-process with captured output, and names files of the bundled example.
import path from 'node:path';
import { runCli, type Io } from '../../src/cli/main.js';

export const fx = (...p: string[]): string => path.resolve(import.meta.dirname, '..', '..', 'fixtures', ...p);

export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => { out += `${t}\n`; }, err: (t) => { err += `${t}\n`; } };
  const code = await runCli(argv, io);
  return { code, out, err };
}
