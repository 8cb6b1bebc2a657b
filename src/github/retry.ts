/**
 * Retries of GitHub calls. GitHub answers a burst of writes (several matrix jobs
 * commenting at once) with a secondary rate limit: a 403 or 429 that says how long to
 * wait. Those, and 5xx on calls that are safe to repeat, are retried with bounded
 * waits; a 403 that is a real permission error is not.
 */

export interface RetryPolicy {
  /** Retries after the first try. Default 3. */
  maxRetries?: number;
  /** The most the retries of one call may wait in total. Default 90 s. */
  maxTotalWaitMs?: number;
  /** A secondary rate limit without a `retry-after` waits this long (GitHub asks for a minute). Default 60 s. */
  secondaryLimitWaitMs?: number;
  /** First backoff of a 5xx; doubles per retry. Default 1 s. */
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  log?: (message: string) => void;
}

/** What the wrapper needs to know of a failed call's error (an Octokit `RequestError`). */
interface HttpFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

const RETRYABLE_5XX = new Set([500, 502, 503, 504]);

/**
 * How long to wait before retrying a call that failed with `error`, or `undefined` when
 * it must not be retried. A POST is only retried on a rate limit, which means GitHub did
 * nothing; after a 5xx it may have created the comment, and a retry would post a second.
 */
export function retryDelay(
  error: unknown,
  method: string,
  retry: number,
  now: number,
  policy: Pick<RetryPolicy, 'secondaryLimitWaitMs' | 'baseDelayMs'> = {},
): number | undefined {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as HttpFailure;
  const status = failure.status;
  const headers = failure.response?.headers ?? {};
  const header = (name: string): string | undefined => {
    const v = headers[name];
    return v === undefined ? undefined : String(v);
  };

  if (status === 403 || status === 429) {
    const retryAfter = header('retry-after');
    if (retryAfter !== undefined) return parseRetryAfter(retryAfter, now);
    const reset = header('x-ratelimit-reset');
    if (header('x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset)) {
      return Math.max(0, Number(reset) * 1000 - now) + 1000;
    }
    if (status === 429 || /secondary rate limit/i.test(failure.message ?? '')) {
      return policy.secondaryLimitWaitMs ?? 60_000;
    }
    return undefined;
  }
  if (status !== undefined && RETRYABLE_5XX.has(status) && method.toUpperCase() !== 'POST') {
    return (policy.baseDelayMs ?? 1000) * 2 ** retry;
  }
  return undefined;
}

/** `Retry-After` is seconds or an HTTP date. */
function parseRetryAfter(value: string, now: number): number {
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 1000 : Math.max(0, at - now);
}

/**
 * Runs `call`, retrying as {@link retryDelay} says, within the policy's limits. A wait
 * that would overrun the total budget is not started: the error is thrown at once.
 */
export async function withRetries<T>(
  call: () => Promise<T>,
  describe: { method: string; url: string },
  policy: RetryPolicy = {},
): Promise<T> {
  const maxRetries = policy.maxRetries ?? 3;
  const budget = policy.maxTotalWaitMs ?? 90_000;
  const sleep = policy.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const now = policy.now ?? Date.now;
  let waited = 0;
  for (let retry = 0; ; retry++) {
    try {
      return await call();
    } catch (error) {
      const delay = retryDelay(error, describe.method, retry, now(), policy);
      if (delay === undefined || retry >= maxRetries || waited + delay > budget) throw error;
      const status = (error as HttpFailure).status;
      policy.log?.(
        `GitHub ${describe.method} ${describe.url} → ${status}; retry ${retry + 1}/${maxRetries} in ${(delay / 1000).toFixed(1)}s`,
      );
      waited += delay;
      await sleep(delay);
    }
  }
}
