/**
 * The CLI bundle loads each command's code when the command runs, and the YAML parser,
 * the network client and the glob library only when the run needs them: `--version`,
 * and `validate` of plain valid files, run from the entry file with only the chunks that
 * carry none of those. A run that does need one (a file with a problem) fails loudly
 * without it, never passes the file.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, CLI_NODE } from '../support/cli.js';
import { assertFreshDist } from '../support/dist.js';

const run = promisify(execFile);
const DIST = path.dirname(CLI_BUNDLE);
/**
 * Strings from inside the YAML library, the neuroflash client, undici and picomatch: the
 * chunks that hold any of them are left out (chunks are not minified, so a name in a
 * comment would not do).
 */
const HEAVY = ['flow-error-end', 'grant_type', 'UND_ERR_', 'POSIX_REGEX_SOURCE'];

const PLAIN = `name: Marketing leaders
residence: Berlin
minAge: 25
maxAge: 45
genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 }
interests: [AI]
needs: [speed]
painPoints: [cost]
`;

let scratch: string;
let light: string;

beforeAll(async () => {
  assertFreshDist('dist/cli/index.js');
  scratch = await mkdtemp(path.join(tmpdir(), 'audience-sync-lazy-'));
  light = path.join(scratch, 'cli');
  await mkdir(light);
  const chunks = (await readdir(DIST)).filter((f) => /^\d+\.index\.cjs\.js$/.test(f));
  const entry = await readFile(CLI_BUNDLE, 'utf8');
  for (const marker of HEAVY) expect(entry).not.toContain(marker);
  let left = 0;
  for (const file of chunks) {
    const text = await readFile(path.join(DIST, file), 'utf8');
    if (HEAVY.some((m) => text.includes(m))) left += 1;
    else await copyFile(path.join(DIST, file), path.join(light, file));
  }
  expect(left).toBeGreaterThan(0);
  for (const file of ['index.js', 'package.json']) {
    await copyFile(path.join(DIST, file), path.join(light, file));
  }
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function cli(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(CLI_NODE, [path.join(light, 'index.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the CLI bundle without its heavy chunks', () => {
  it('prints its version and validates plain valid files', async () => {
    expect((await cli(['--version'], scratch)).code).toBe(0);
    const dir = path.join(scratch, 'valid');
    await mkdir(dir);
    await writeFile(path.join(dir, 'a.yml'), PLAIN);
    await writeFile(path.join(dir, 'b.yml'), PLAIN.replace('Marketing', 'Sales'));
    const result = await cli(['validate', '.'], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('2 audiences in 2 files are valid');
    expect(result.code).toBe(0);
  });

  it('fails loudly when a file has a problem and the parser is missing', async () => {
    const dir = path.join(scratch, 'invalid');
    await mkdir(dir);
    await writeFile(path.join(dir, 'a.yml'), PLAIN.replace('maxAge: 45', 'maxAge: 12'));
    const result = await cli(['validate', '.'], dir);
    // The file is invalid either way: what shows that its position needed the parser is
    // the missing chunk named in the failure, instead of the usual located problem.
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot find module .*\.index\.cjs\.js/);
    expect(result.stdout).not.toContain('a.yml:');
  });
});
