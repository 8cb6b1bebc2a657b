/**
 * `plan` and `apply` send their first request before they load what follows the reads:
 * the planner, the applier, the report and the backup's writer load while the list is
 * read (docs/plan.md, "Reads before the files are known valid"). Shown on the CLI bundle with the
 * chunk of the plan-and-apply step left out: the reads still go out, and only then does
 * the run fail on the missing chunk. Had the step loaded with the command, the run would
 * fail before any request.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/types.js';
import { audienceYaml, CLI_BUNDLE, CLI_NODE, emulatorEnv } from '../support/cli.js';
import { assertFreshDist } from '../support/dist.js';

const run = promisify(execFile);
const DIST = path.dirname(CLI_BUNDLE);
/** A message only `src/commands/plan-apply.ts` holds. */
const MARKER = 'before writing: ';

let scratch: string;
let light: string;
let emulator: Emulator;

beforeAll(async () => {
  assertFreshDist('dist/cli/index.js');
  scratch = await mkdtemp(path.join(tmpdir(), 'audience-sync-first-request-'));
  light = path.join(scratch, 'cli');
  await mkdir(light);
  let left = 0;
  for (const file of await readdir(DIST)) {
    const text = await readFile(path.join(DIST, file), 'utf8');
    if (/^\d+\.index\.cjs\.js$/.test(file) && text.includes(MARKER)) left += 1;
    else await copyFile(path.join(DIST, file), path.join(light, file));
  }
  expect(left).toBe(1);
  emulator = await startEmulator();
});

afterAll(async () => {
  await emulator.close();
  await rm(scratch, { recursive: true, force: true });
});

async function cli(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(CLI_NODE, [path.join(light, 'index.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH, ...emulatorEnv(emulator) },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the reads of plan and apply', () => {
  it('go out before the plan-and-apply step is loaded', async () => {
    emulator.seed([{ name: 'Existing' }]);
    const dir = path.join(scratch, 'audiences');
    await mkdir(dir);
    await writeFile(path.join(dir, 'a.yml'), audienceYaml('Existing', 50));
    emulator.clearLog();
    const result = await cli(['apply', '.', '--yes'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot find module .*\.index\.cjs\.js/);
    const seen = emulator.requests.map((r) => `${r.method} ${r.path}`);
    expect(seen).toContain('POST /oauth/v2/token');
    expect(seen).toContain('GET /api/audience-service/v1/workspaces/ws-1/target-audiences');
    // Nothing was written: the step that writes never loaded.
    expect(
      emulator.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/api')),
    ).toEqual([]);
  });
});
