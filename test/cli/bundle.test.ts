/**
 * The CLI as users run it: the built bundle (`dist/cli/index.js`) in a new process. With
 * more than PARALLEL_MIN_CHARS of YAML the bundle checks the files on worker threads, from its
 * own worker bundle; this proves the bundle finds it and that its answers are used.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_MIN_CHARS } from '../../src/config/parallel.js';
import { CLI_BUNDLE as CLI, CLI_NODE } from '../support/cli.js';
import { assertFreshDist } from '../support/dist.js';
import {
  type DefectiveSet,
  generatedFile,
  generatedName,
  generateWithDefects,
} from '../support/generate.js';

const run = promisify(execFile);

let dir: string;
let set: DefectiveSet;

beforeAll(async () => {
  assertFreshDist('dist/cli/index.js');
  dir = await mkdtemp(path.join(tmpdir(), 'audience-sync-bundle-'));
  // The defects are in the last file, which a worker checks; the name they repeat is in
  // the first, which the main thread checks.
  // Over 300 characters a document: just over the size where the load goes parallel.
  set = generateWithDefects(Math.ceil(PARALLEL_MIN_CHARS / 3_000), 10);
  const chars = [...set.files.values()].reduce((sum, text) => sum + text.length, 0);
  expect(chars).toBeGreaterThan(PARALLEL_MIN_CHARS);
  for (const [name, text] of set.files) await writeFile(path.join(dir, name), text);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function validate(env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(CLI_NODE, [CLI, 'validate', '.'], {
      cwd: dir,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('audience-sync validate, the bundle, on more YAML than one thread takes', () => {
  it('checks on worker threads and reports problems found by either thread, located', async () => {
    const result = await validate({ NODE_DEBUG: 'worker' });
    expect(result.code).toBe(1);
    const { lastFile, duplicateLine, typoLine } = set;
    expect(result.stdout.split('\n').filter((l) => l.startsWith(lastFile))).toEqual([
      `${lastFile}:${duplicateLine}:7: the name '${generatedName(0)}' is already used by the audience at ${generatedFile(0)}:2; names must be unique across all files`,
      expect.stringMatching(new RegExp(`^${lastFile}:${typoLine}:1: unknown key 'intrests'`)),
    ]);
    // Node's own trace of worker threads: one was created per extra thread...
    const created = result.stderr.match(/created Worker with ID/g) ?? [];
    expect(created).toHaveLength(Math.min(availableParallelism(), 4) - 1);
    // ...and none failed, or the bundle would have said it checked the files itself.
    expect(result.stderr).not.toContain('audience-sync: warning');
  });
});
