/**
 * neuroflash's retry rules, as pure functions: which failures deserve another try and
 * which may have taken effect. The transport applies them with the shared policy, wait
 * and `Retry-After` reading of `src/retry.ts`; nothing here does I/O.
 */
import type { RetryPolicy } from '../retry.js';

/**
 * neuroflash's defaults: 5 tries, a jittered backoff from 0.5 s up to 30 s (parallel page
 * reads and writes share one API), at most 2 minutes of waiting per call.
 */
export const NEUROFLASH_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxTotalWaitMs: 120_000,
  jitter: true,
};

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
