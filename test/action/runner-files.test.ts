/**
 * End to end, the files the runner names: the built Action validating the sample
 * audiences (no credentials, so no server is needed) when `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY` name the files the runner created, are not set, or name a file
 * that is missing. `@actions/core` writes both.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
  test('the files the runner created get every output and the summary', async () => {
    const output = join(dir, 'output');
    const summary = join(dir, 'summary.md');
    // The runner creates both, empty, before the step starts.
    await writeFile(output, '');
    await writeFile(summary, '');
    const result = await runValidateOnly({ GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary });
    expect(result.code).toBe(0);
    const outputs = parseOutputs(await readFile(output, 'utf8'));
    expect(outputs).toMatchObject({ 'has-changes': 'false', plan: '', 'failure-reason': '' });
    expect(Object.keys(outputs)).toHaveLength(10);
    expect(await readFile(summary, 'utf8')).toMatch(
      /^\*\*Validated \d+ files \(\d+ audiences\):\*\* no problems\n/,
    );
  });

  test('unset (outside a runner), the run succeeds, says once that there is no summary, and logs the outputs', async () => {
    const result = await runValidateOnly({});
    expect(result.code).toBe(0);
    const said = result.stdout.split('\n').filter((l) => l.includes('is not set'));
    expect(said).toEqual([
      '$GITHUB_STEP_SUMMARY is not set (not a GitHub Actions runner?): not written.',
    ]);
    expect(result.stdout).not.toMatch(/::warning::Could not write/);
    // Without the file, `@actions/core` falls back to the log's `set-output` command.
    const logged = result.stdout.split('\n').filter((l) => l.startsWith('::set-output '));
    expect(logged).toHaveLength(10);
    expect(logged).toContain('::set-output name=has-changes::false');
  });

  test('a missing output file fails the step with the reason, not a crash', async () => {
    const output = join(dir, 'no-such-dir', 'output');
    const summary = join(dir, 'summary.md');
    await writeFile(summary, '');
    const result = await runValidateOnly({ GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      `::error::Could not write the outputs: Missing file at path: ${output}`,
    ]);
    expect(result.stderr).toBe('');
  });

  test('a missing summary file is a warning: the outputs are written and the run passes', async () => {
    const output = join(dir, 'output');
    await writeFile(output, '');
    const summary = join(dir, 'no-such-dir', 'summary.md');
    const result = await runValidateOnly({ GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::warning'))).toEqual([
      `::warning::Could not write the job summary: Unable to access summary file: '${summary}'. Check if the file has correct read/write permissions.`,
    ]);
    expect(Object.keys(parseOutputs(await readFile(output, 'utf8')))).toHaveLength(10);
  });
});
