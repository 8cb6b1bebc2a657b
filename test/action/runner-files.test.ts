/**
 * End to end, the files the runner names: the built Action validating the sample
 * audiences (no credentials, so no server is needed) when `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY` name files that do not exist yet, are not set, or cannot be written.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DIST, parseOutputs, ROOT, spawnNode } from './harness.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audience-sync-runner-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function runValidateOnly(extra: Record<string, string>) {
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKSPACE: ROOT,
    INPUT_PATH: 'audiences',
    ...extra,
  };
  return spawnNode(join(DIST, 'index.js'), env, ROOT);
}

describe('GITHUB_OUTPUT and GITHUB_STEP_SUMMARY', () => {
  test('files that do not exist yet are created, with every output and the summary', async () => {
    const output = join(dir, 'output');
    const summary = join(dir, 'summary.md');
    const result = await runValidateOnly({ GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary });
    expect(result.code).toBe(0);
    const outputs = parseOutputs(await readFile(output, 'utf8'));
    expect(outputs).toMatchObject({ 'has-changes': 'false', plan: '', 'failure-reason': '' });
    expect(Object.keys(outputs)).toHaveLength(10);
    expect(await readFile(summary, 'utf8')).toMatch(
      /^\*\*Validated \d+ files \(\d+ audiences\):\*\* no problems\n/,
    );
  });

  test('unset, the run succeeds, writes neither, and says so once each', async () => {
    const result = await runValidateOnly({});
    expect(result.code).toBe(0);
    const said = result.stdout.split('\n').filter((l) => l.includes('is not set'));
    expect(said).toEqual([
      '$GITHUB_STEP_SUMMARY is not set (not a GitHub Actions runner?): not written.',
      '$GITHUB_OUTPUT is not set (not a GitHub Actions runner?): not written.',
    ]);
    expect(result.stdout).not.toMatch(/::warning::Could not write/);
  });

  test('an output file that cannot be written fails the step with the reason, not a crash', async () => {
    const output = join(dir, 'no-such-dir', 'output');
    const result = await runValidateOnly({
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      `::error::Could not write the outputs: could not append to $GITHUB_OUTPUT (${output}): ENOENT: no such file or directory, open '${output}'`,
    ]);
    expect(result.stderr).toBe('');
  });
});
