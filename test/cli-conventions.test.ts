// The CLI's conventions (issue 19, item 6): --version, a command's own --help, and "did you mean" for
// a misspelt option, as config keys have it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { run } from './helpers/cli.js';

const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };

test('--version prints the version package.json states, and exits 0', async () => {
  for (const flag of ['--version', '-V']) {
    const r = await run(flag);
    assert.equal(r.code, 0);
    assert.equal(r.out, `weightgate ${pkg.version}\n`);
  }
});

test('<command> --help and -h print that command\'s options and exit codes, and exit 0', async () => {
  for (const [command, flag, has, hasNot] of [
    ['diff', '--help', /--artifacts/, /--update-snapshots/],
    ['check', '-h', /--update-snapshots[\s\S]*Exit codes: 0 nothing fails --fail-on/, /--quantize/],
    ['convert', '--help', /--quantize/, /--base REF/],
  ] as const) {
    const r = await run(command, flag);
    assert.equal(r.code, 0, `${command} ${flag}`);
    assert.match(r.out, new RegExp(`^usage: weightgate ${command} \\[options\\]`));
    assert.match(r.out, has);
    assert.doesNotMatch(r.out, hasNot);
  }
  assert.match((await run('help', 'merge')).out, /^usage: weightgate merge[\s\S]*join shard reports/);
});

test('a misspelt option names the nearest one; one nothing resembles is only named', async () => {
  const near = await run('check', '--fail-onn', 'never');
  assert.equal(near.code, 2);
  assert.match(near.err, /^error: unknown option '--fail-onn': did you mean '--fail-on'\?/);
  const far = await run('diff', '--zzzzzz');
  assert.equal(far.code, 2);
  assert.match(far.err, /^error: unknown option '--zzzzzz'\n/);
});
