/**
 * The outputs phase, in process, through the real `@actions/core` over a real
 * `GITHUB_OUTPUT` file: values that look like the file's own syntax (a heredoc start, a
 * delimiter, `name=value`, a workflow command, several lines) are read back exactly as
 * they were set, and no other output appears.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { outputValues, writeOutputs } from '../../src/action/outputs.js';
import { newRunState } from '../../src/action/state.js';
import { buildPlan } from '../../src/plan/index.js';
import { desired } from '../plan/factories.js';
import { parseOutputs } from './harness.js';

let dir: string;
let output: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audience-sync-outputs-'));
  output = join(dir, 'output');
  await writeFile(output, '');
  vi.stubEnv('GITHUB_OUTPUT', output);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

const HOSTILE = [
  'deletes<<EOF',
  'ghadelimiter_00000000-0000-0000-0000-000000000000',
  'has-changes=true',
  '::set-output name=deletes::99',
  'EOF',
].join('\n');

describe('writeOutputs', () => {
  test('hostile values round-trip exactly, and only the ten outputs are set', async () => {
    const state = newRunState();
    state.plan = buildPlan([desired(`x"\\<<EOF ${HOSTILE}`)], [], {
      prune: false,
      ignore: [],
      maxDeletes: 10,
    });
    state.commentUrl = HOSTILE;
    state.failure = { reason: 'api', message: HOSTILE };
    const expected = outputValues(state);
    expect(expected.plan).toContain('<<EOF');

    writeOutputs(state);

    const read = parseOutputs(await readFile(output, 'utf8'));
    expect(read).toEqual(expected);
    expect(read['comment-url']).toBe(HOSTILE);
    expect(read.deletes).toBe('0');
    expect(read['has-changes']).toBe('true');
    expect(Object.keys(read)).toHaveLength(10);
  });

  test('a file that cannot be written fails the step instead of throwing', async () => {
    vi.stubEnv('GITHUB_OUTPUT', join(dir, 'no-such-dir', 'output'));
    const exitCode = process.exitCode;
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(() => writeOutputs(newRunState())).not.toThrow();
      expect(process.exitCode).toBe(1);
      expect(write.mock.calls.map(([text]) => String(text))).toEqual([
        `::error::Could not write the outputs: Missing file at path: ${join(dir, 'no-such-dir', 'output')}\n`,
      ]);
    } finally {
      write.mockRestore();
      process.exitCode = exitCode;
    }
  });
});
