/**
 * The retry policy, as pure functions: which failures deserve another try, how long to
 * wait, and what `Retry-After` asks for. The transport applies it; nothing here does I/O.
 */

/** The retry limits, with every default resolved. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** The sum of all waits of one call may not exceed this. */
  maxTotalWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxTotalWaitMs: 120_000,
};

/**
 * Resolves partial retry options against the defaults, rejecting values that would make
 * the client loop forever or never try at all.
 */
export function resolveRetryPolicy(options: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY };
  for (const key of Object.keys(policy) as (keyof RetryPolicy)[]) {
    const value = options[key];
    if (value === undefined) continue;
    const min = key === 'maxAttempts' ? 1 : 0;
    if (!Number.isFinite(value) || value < min) {
      throw new TypeError(`retry.${key} must be a number >= ${min}, got ${String(value)}`);
    }
    policy[key] = key === 'maxAttempts' ? Math.floor(value) : value;
  }
  return policy;
}

/**
 * The wait before retry number `retryIndex` (0 for the first retry): exponential backoff
 * with full jitter, `random() * min(maxDelay, base * 2^retryIndex)`. Full jitter spreads
 * the retries of parallel callers so they do not hit a recovering server in lockstep.
 */
export function backoffDelayMs(
  retryIndex: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return random() * ceiling;
}

/**
 * What a `Retry-After` header asks for, in ms: delay-seconds or an HTTP date. `undefined`
 * when absent or unreadable, so that the caller falls back to its own backoff.
 */
export function parseRetryAfter(
  value: string | string[] | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  // Every HTTP date form names a day or month and carries a time; this keeps Date.parse
  // from reading e.g. `-5` as a year.
  if (!/[a-z]/i.test(text) || !text.includes(':')) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * Statuses worth another try: 408 and 429 (the server did nothing and says so) and every
 * 5xx. 401 is handled apart (a new token, once); other 4xx will not change on a retry.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * Whether the server may have carried out a request that failed with this status. A 5xx
 * may come from a proxy that forwarded the request before failing, so it counts as
 * unknown; 408 and 429 mean the request was refused before any work.
 */
export function statusOutcomeUnknown(status: number): boolean {
  return status >= 500;
}

/** Network error codes that a retry can cure. */
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'TIMEOUT',
]);

/**
 * Failures that happen before the request leaves this machine: the server cannot have
 * acted on it, so even a create may be retried blindly.
 */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'EAI_AGAIN']);

/** The code of a network error (Node's `code`, undici's, or an AggregateError's first). */
export function networkErrorCode(error: unknown): string {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code, errors, cause } = current as {
      code?: unknown;
      errors?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && code !== '') return code;
    if (Array.isArray(errors) && errors.length > 0) current = errors[0];
    else current = cause;
  }
  return error instanceof Error ? error.name : 'UNKNOWN';
}

/** Whether a network failure with this code deserves another try. */
export function isRetryableNetworkCode(code: string): boolean {
  return RETRYABLE_CODES.has(code);
}

/** Whether a network failure with this code proves the request was never sent. */
export function networkCodeProvesNotSent(code: string): boolean {
  return NOT_SENT_CODES.has(code);
}

/** `1.0s`, `0.0s`: the wait as the retry log shows it. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
