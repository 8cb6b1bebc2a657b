/**
 * An output value that holds the heredoc delimiter of its own `GITHUB_OUTPUT` entry would
 * end the entry early, and the rest of the value would set outputs of its choosing. The
 * delimiter is random per output, so a value cannot hold it by chance; this test forces
 * the collision (a fixed UUID) and checks that the write is refused and the step fails,
 * with no forged output in the file.
 */
import crypto from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { writeOutputs } from '../../src/action/outputs.js';
import { newRunState } from '../../src/action/state.js';

const FIXED = '00000000-0000-4000-8000-000000000000';
const DELIMITER = `ghadelimiter_${FIXED}`;

let dir: string;
let output: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audience-sync-delimiter-'));
  output = join(dir, 'output');
  await writeFile(output, '');
  vi.stubEnv('GITHUB_OUTPUT', output);
  vi.spyOn(crypto, 'randomUUID').mockReturnValue(FIXED);
  // Named imports of a builtin see the spy only once they are synced with its exports.
  syncBuiltinESMExports();
});
afterEach(async () => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

test('a value holding its own delimiter is refused, fails the step, and forges nothing', async () => {
  const state = newRunState();
  state.commentUrl = `https://x\n${DELIMITER}\nhas-changes<<EOF\nforged\nEOF`;
  const exitCode = process.exitCode;
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    writeOutputs(state);
    expect(process.exitCode).toBe(1);
    expect(write.mock.calls.map(([text]) => String(text)).join('')).toContain(
      '::error::Could not write the outputs: Unexpected input: value should not contain the delimiter',
    );
  } finally {
    write.mockRestore();
    process.exitCode = exitCode;
  }
  expect(await readFile(output, 'utf8')).not.toContain('forged');
});
