/**
 * GitHub's retry rules, plugged into the shared loop of `src/retry.ts`. GitHub answers a
 * burst of writes (several matrix jobs commenting at once) with a secondary rate limit:
 * a 403 or 429 that says how long to wait. Those, and 5xx on calls that are safe to
 * repeat, are retried; a 403 that is a real permission error is not.
 */
import { parseRetryAfter, type RetryPolicy, type RetryVerdict } from '../retry.js';

/**
 * GitHub's defaults: 3 retries after the first try, a deterministic backoff from 1 s (one
 * sequential caller, no herd to spread), at most 90 s of waiting per call.
 */
export const GITHUB_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxTotalWaitMs: 90_000,
  jitter: false,
};

/** A secondary rate limit without `retry-after` waits this long: GitHub asks for a minute. */
export const SECONDARY_LIMIT_WAIT_MS = 60_000;

/** What the rule needs to know of a failed call's error (an Octokit `RequestError`). */
interface HttpFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

const RETRYABLE_5XX = new Set([500, 502, 503, 504]);

/**
 * The rule for one failed GitHub call: `undefined` when it must not be retried, else the
 * wait GitHub asks for, if any. A POST is only retried on a rate limit, which means GitHub
 * did nothing; after a 5xx it may have created the comment, and a retry would post a second.
 */
export function githubRetryRule(
  error: unknown,
  method: string,
  nowMs: number,
): RetryVerdict | undefined {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as HttpFailure;
  const status = failure.status;
  const headers = failure.response?.headers ?? {};
  const header = (name: string): string | undefined => {
    const v = headers[name];
    return v === undefined ? undefined : String(v);
  };

  if (status === 403 || status === 429) {
    const askedMs = parseRetryAfter(header('retry-after'), nowMs);
    if (askedMs !== undefined) return { askedMs };
    const reset = header('x-ratelimit-reset');
    if (header('x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset)) {
      return { askedMs: Math.max(0, Number(reset) * 1000 - nowMs) + 1000 };
    }
    if (status === 429 || /secondary rate limit/i.test(failure.message ?? '')) {
      return { askedMs: SECONDARY_LIMIT_WAIT_MS };
    }
    return undefined;
  }
  if (status !== undefined && RETRYABLE_5XX.has(status) && method.toUpperCase() !== 'POST') {
    return {};
  }
  return undefined;
}
