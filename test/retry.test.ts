/** The shared retry loop of `src/retry.ts`, with the waits recorded instead of slept. */
import { describe, expect, it } from 'vitest';
import {
  decideWait,
  type RetryPolicy,
  resolveRetryPolicy,
  TEST_RETRY_SCALE_ENV,
  testRetryScale,
  withRetries,
} from '../src/retry.js';

const POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  maxTotalWaitMs: 5000,
  jitter: false,
};

describe('withRetries', () => {
  it('sleeps the asked wait, else the backoff, and returns the first success', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls += 1;
        if (calls < 4) throw new Error(`try ${calls}`);
        return 'done';
      },
      (error) => ((error as Error).message === 'try 2' ? { askedMs: 700 } : {}),
      { policy: POLICY, sleep: async (ms) => void sleeps.push(ms) },
    );
    expect(result).toBe('done');
    expect(sleeps).toEqual([100, 700, 400]);
  });

  it('throws the error itself when the rule says final, the tries run out or the budget would', async () => {
    const sleeps: number[] = [];
    const sleep = async (ms: number) => void sleeps.push(ms);
    const final = new Error('final');
    await expect(
      withRetries(
        () => Promise.reject(final),
        () => undefined,
        { policy: POLICY, sleep },
      ),
    ).rejects.toBe(final);
    await expect(
      withRetries(
        () => Promise.reject(final),
        () => ({}),
        { policy: POLICY, sleep },
      ),
    ).rejects.toBe(final);
    expect(sleeps).toEqual([100, 200, 400]);
    await expect(
      withRetries(
        () => Promise.reject(final),
        () => ({ askedMs: 6000 }),
        { policy: POLICY, sleep },
      ),
    ).rejects.toBe(final);
    expect(sleeps).toEqual([100, 200, 400]);
  });
});

describe('decideWait', () => {
  it('waits what the server asks exactly, and stops when that overruns the budget', () => {
    expect(decideWait(POLICY, 3, 0, 0)).toEqual({ waitMs: 0 });
    expect(decideWait(POLICY, 0, 4000, 1000)).toEqual({ waitMs: 1000 });
    expect(decideWait(POLICY, 0, 4500, 1000)).toEqual({
      stop: 'the server asks to wait 1.0s, more than the 0.5s left of the retry budget (retry.maxTotalWaitMs)',
    });
    expect(decideWait(POLICY, 5, 4900, undefined)).toEqual({ waitMs: 100 });
    expect(decideWait(POLICY, 0, 5000, undefined)).toEqual({
      stop: 'the retry budget of 5.0s is used up',
    });
  });
});

describe(`the test-only ${TEST_RETRY_SCALE_ENV}`, () => {
  it('scales the default backoff only, never an explicit value', () => {
    const env = { [TEST_RETRY_SCALE_ENV]: '0.01' };
    expect(testRetryScale(env)).toBe(0.01);
    expect(resolveRetryPolicy({}, POLICY, env)).toEqual({
      ...POLICY,
      baseDelayMs: 1,
      maxDelayMs: 10,
    });
    expect(resolveRetryPolicy({ baseDelayMs: 50 }, POLICY, env).baseDelayMs).toBe(50);
  });

  it('is 1 when unset or not a factor in [0, 1]', () => {
    expect(
      [undefined, '', 'fast', '2', '-1'].map((v) => testRetryScale({ [TEST_RETRY_SCALE_ENV]: v })),
    ).toEqual([1, 1, 1, 1, 1]);
  });
});
