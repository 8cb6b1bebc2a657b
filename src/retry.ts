/**
 * The retry rules of the project. GitHub and neuroflash differ only in which failures
 * deserve another try and what their defaults are; those rules live in
 * `src/github/retry-rules.ts` and `src/neuroflash/retry-rules.ts` and plug in here. What
 * is shared: the policy's shape, how `Retry-After` is read, how long to wait, and when to
 * give up (see docs/action.md, "Retries").
 *
 * The GitHub client runs its calls through {@link withRetries}. The neuroflash transport
 * (`src/neuroflash/http.ts`) keeps a loop of its own around {@link decideWait}, because it
 * also renews a token on 401, checks whether a lost create landed, and stops at the run's
 * deadline or cancel.
 */

/** The limits of one call's retries, every default resolved. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  /** The ceiling of the first backoff; it doubles per retry up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The sum of all waits of one call may not exceed this. */
  maxTotalWaitMs: number;
  /**
   * Full jitter (a random wait under the ceiling) when true; the ceiling itself when
   * false. Parallel callers of one API want jitter; a single sequential caller does not.
   */
  jitter: boolean;
}

/** Waits `ms`. Injectable, so that tests can record the waits instead of sleeping them. */
export type Sleep = (ms: number) => Promise<void>;

/** The real clock's wait. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The test-only environment variable that shrinks the default backoff (a factor in
 * [0, 1], e.g. `0.01`). It never changes a wait the server asks for, nor a value a caller
 * set explicitly. Documented in docs/action.md as test-only; no user should set it.
 */
export const TEST_RETRY_SCALE_ENV = 'AUDIENCE_SYNC_TEST_RETRY_SCALE';

/** The factor of {@link TEST_RETRY_SCALE_ENV}; 1 when unset or unreadable. */
export function testRetryScale(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[TEST_RETRY_SCALE_ENV];
  if (raw === undefined || raw.trim() === '') return 1;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : 1;
}

/**
 * Resolves partial retry options against `defaults`, rejecting values that would make a
 * client loop forever or never try at all. The default delays are scaled by
 * {@link testRetryScale}; explicit options are taken as given.
 */
export function resolveRetryPolicy(
  options: Partial<RetryPolicy> | undefined,
  defaults: RetryPolicy,
  env: NodeJS.ProcessEnv = process.env,
): RetryPolicy {
  const scale = testRetryScale(env);
  const policy: RetryPolicy = {
    ...defaults,
    baseDelayMs: defaults.baseDelayMs * scale,
    maxDelayMs: defaults.maxDelayMs * scale,
  };
  const numeric = ['maxAttempts', 'baseDelayMs', 'maxDelayMs', 'maxTotalWaitMs'] as const;
  for (const key of numeric) {
    const value = options?.[key];
    if (value === undefined) continue;
    const min = key === 'maxAttempts' ? 1 : 0;
    if (!Number.isFinite(value) || value < min) {
      throw new TypeError(`retry.${key} must be a number >= ${min}, got ${String(value)}`);
    }
    policy[key] = key === 'maxAttempts' ? Math.floor(value) : value;
  }
  if (options?.jitter !== undefined) policy.jitter = options.jitter;
  return policy;
}

/**
 * The backoff before retry number `retryIndex` (0 for the first retry) under the ceiling
 * `min(maxDelay, base * 2^retryIndex)`: full jitter when the policy asks for it, so that
 * parallel callers do not hit a recovering server in lockstep.
 */
export function backoffDelayMs(
  retryIndex: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'> & { jitter?: boolean },
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return policy.jitter === false ? ceiling : random() * ceiling;
}

/**
 * What a `Retry-After` header asks for, in ms: delay-seconds or an HTTP date (a past date
 * is no wait). `undefined` when absent or unreadable, so that the caller falls back to its
 * own backoff.
 */
export function parseRetryAfter(
  value: string | readonly string[] | number | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  // Every HTTP date form names a day or month and carries a time; this keeps Date.parse
  // from reading e.g. `-5` as a year.
  if (!/[a-z]/i.test(text) || !text.includes(':')) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** The wait before the next try, or why there is none. */
export type WaitDecision = { waitMs: number } | { stop: string };

/**
 * How long to wait before the next try. A wait the server asks for (`askedMs`, from
 * `Retry-After` or a documented rate-limit rule) is waited exactly: waiting less would
 * earn another refusal, and waiting more only slows a run the server is ready for. When
 * it is more than is left of the budget the call stops at once instead of sleeping in
 * vain. Without one, the policy's backoff applies, cut to what is left of the budget.
 */
export function decideWait(
  policy: RetryPolicy,
  retryIndex: number,
  waitedMs: number,
  askedMs: number | undefined,
  random: () => number = Math.random,
): WaitDecision {
  const remaining = policy.maxTotalWaitMs - waitedMs;
  if (askedMs !== undefined) {
    if (askedMs > remaining) {
      return {
        stop: `the server asks to wait ${formatSeconds(askedMs)}, more than the ${formatSeconds(remaining)} left of the retry budget (retry.maxTotalWaitMs)`,
      };
    }
    return { waitMs: askedMs };
  }
  if (remaining <= 0) {
    return { stop: `the retry budget of ${formatSeconds(policy.maxTotalWaitMs)} is used up` };
  }
  return { waitMs: Math.min(backoffDelayMs(retryIndex, policy, random), remaining) };
}

/** A rule's answer for one failure: retry (after what the server asks, if it asks). */
export interface RetryVerdict {
  askedMs?: number;
}

/** One retry about to happen, as the loop reports it. */
export interface RetryNotice {
  /** The try about to be made, 2 for the first retry. */
  attempt: number;
  maxAttempts: number;
  delayMs: number;
  error: unknown;
}

export interface RetryLoopOptions {
  policy: RetryPolicy;
  sleep?: Sleep;
  now?: () => number;
  random?: () => number;
  /** Called before each wait. */
  onRetry?: (notice: RetryNotice) => void;
}

/**
 * Runs `call` until it succeeds, `rule` says a failure is final (`undefined`), the tries
 * run out or the wait budget would be overrun; then the last error is thrown as it was.
 */
export async function withRetries<T>(
  call: () => Promise<T>,
  rule: (error: unknown, nowMs: number) => RetryVerdict | undefined,
  options: RetryLoopOptions,
): Promise<T> {
  const { policy } = options;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  let waitedMs = 0;
  for (let tries = 1; ; tries += 1) {
    try {
      return await call();
    } catch (error) {
      const verdict = rule(error, now());
      if (verdict === undefined || tries >= policy.maxAttempts) throw error;
      const decision = decideWait(policy, tries - 1, waitedMs, verdict.askedMs, options.random);
      if ('stop' in decision) throw error;
      options.onRetry?.({
        attempt: tries + 1,
        maxAttempts: policy.maxAttempts,
        delayMs: decision.waitMs,
        error,
      });
      waitedMs += decision.waitMs;
      await sleep(decision.waitMs);
    }
  }
}

/** `1.0s`, `0.0s`: a wait as retry logs and messages show it. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
