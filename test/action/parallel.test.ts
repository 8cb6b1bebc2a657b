/**
 * End to end, a large repository: with more than PARALLEL_MIN_CHARS of YAML the built Action
 * checks the files on worker threads from its own worker bundle (`dist/load-worker/`).
 * Problems found by any thread are annotated at their place, and the debug log says how
 * many threads did the work, so a bundle that lost its worker cannot pass unnoticed.
 */
import { availableParallelism } from 'node:os';
import { describe, type TestContext, test } from 'vitest';
import { PARALLEL_MIN_CHARS } from '../../src/config/parallel.js';
import { generatedFile, generatedName, generateWithDefects } from '../support/generate.js';
import { annotations, HEAD_SHA, runAction, testWorld } from './harness.js';

describe('a large repository', () => {
  test('is checked on worker threads, and every problem is annotated in place', async (context: TestContext) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.github.addPullRequest({ number: 7, headSha: HEAD_SHA });
    // Over 300 characters a document: just over the size where the load goes parallel.
    const count = Math.ceil(PARALLEL_MIN_CHARS / 3_000);
    const set = generateWithDefects(count, 10);
    const files: Record<string, string> = {};
    let chars = 0;
    for (const [name, text] of set.files) {
      files[`audiences/${name}`] = text;
      chars += text.length;
    }
    expect(chars).toBeGreaterThan(PARALLEL_MIN_CHARS);

    const result = await runAction(w, {
      event: 'pull_request',
      credentials: false,
      inputs: { comment: 'false' },
      files,
    });
    expect(result.code).toBe(1);
    expect(result.outputs['failure-reason']).toBe('invalid');
    const file = `audiences/${set.lastFile}`;
    const errors = annotations(result.stdout, 'error').filter((a) => a.includes(`file=${file},`));
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `file=${file},line=${set.duplicateLine},col=7::.*'${generatedName(0)}' is already used by the audience at audiences/${generatedFile(0)}:2`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`file=${file},line=${set.typoLine},col=1::unknown key 'intrests'`),
      ),
    ]);
    const threads = Math.min(availableParallelism(), 4);
    expect(result.stdout).toContain(
      `::debug::checked ${count} audience files on ${threads} ${threads === 1 ? 'thread' : 'threads'}`,
    );
    expect(result.stdout).not.toContain('load worker failed');
  });
});
