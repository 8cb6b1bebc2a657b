import { describe, expect, it } from 'vitest';
import { readErrorBody } from '../../src/neuroflash/error-body.js';
import { permissionsOf } from '../../src/neuroflash/mapping.js';
import { Redactor } from '../../src/neuroflash/redact.js';
import {
  isRetryableNetworkCode,
  isRetryableStatus,
  NEUROFLASH_RETRY_POLICY,
  networkCodeProvesNotSent,
  networkErrorCode,
} from '../../src/neuroflash/retry-rules.js';
import { backoffDelayMs, parseRetryAfter, resolveRetryPolicy } from '../../src/retry.js';

describe('backoff', () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 1000 };

  it('is full jitter under an exponential ceiling capped by maxDelay', () => {
    expect([0, 1, 2, 3, 4, 10].map((n) => backoffDelayMs(n, policy, () => 0.999999))).toEqual([
      99.9999, 199.9998, 399.9996, 799.9992, 999.999, 999.999,
    ]);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(400);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2025-01-14T16:20:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter(['2', '9'], now)).toBe(2000);
  });

  it('reads an HTTP date, and a past date as no wait', () => {
    expect(parseRetryAfter('Tue, 14 Jan 2025 16:20:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 14 Jan 2025 16:19:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('what is retried', () => {
  it('retries 408, 429 and every 5xx, no other status', () => {
    const retried = [400, 401, 403, 404, 408, 409, 422, 429, 500, 501, 502, 503, 504, 599].filter(
      isRetryableStatus,
    );
    expect(retried).toEqual([408, 429, 500, 501, 502, 503, 504, 599]);
  });

  it('retries resets, refusals and timeouts; knows which prove nothing was sent', () => {
    expect(
      ['ECONNRESET', 'ECONNREFUSED', 'UND_ERR_SOCKET', 'TIMEOUT', 'ENOTFOUND'].map(
        isRetryableNetworkCode,
      ),
    ).toEqual([true, true, true, true, false]);
    expect(['ECONNREFUSED', 'ECONNRESET', 'TIMEOUT'].map(networkCodeProvesNotSent)).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('finds the code of a wrapped or aggregate network error', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(networkErrorCode(reset)).toBe('ECONNRESET');
    expect(networkErrorCode(new Error('fetch failed', { cause: reset }))).toBe('ECONNRESET');
    expect(networkErrorCode(new AggregateError([reset], 'all failed'))).toBe('ECONNRESET');
    expect(networkErrorCode(new TypeError('odd'))).toBe('TypeError');
  });

  it('rejects retry options that could not work', () => {
    expect(() => resolveRetryPolicy({ maxAttempts: 0 }, NEUROFLASH_RETRY_POLICY)).toThrow(
      'retry.maxAttempts must be a number >= 1, got 0',
    );
    expect(() => resolveRetryPolicy({ maxTotalWaitMs: -1 }, NEUROFLASH_RETRY_POLICY)).toThrow(
      'retry.maxTotalWaitMs must be a number >= 0, got -1',
    );
    expect(resolveRetryPolicy({ maxAttempts: 2.7 }, NEUROFLASH_RETRY_POLICY, {})).toEqual({
      maxAttempts: 2,
      baseDelayMs: 500,
      maxDelayMs: 30_000,
      maxTotalWaitMs: 120_000,
      jitter: true,
    });
  });
});

describe('error bodies', () => {
  it('reads the {error, code} shape', () => {
    expect(
      readErrorBody(
        {
          error: 'Target audience limit reached for this workspace',
          code: 'TARGET_AUDIENCE_LIMIT_REACHED',
        },
        '',
      ),
    ).toEqual({
      message: 'Target audience limit reached for this workspace',
      code: 'TARGET_AUDIENCE_LIMIT_REACHED',
    });
  });

  it('reads the {errors: [...]} shape as "field: message; ..."', () => {
    const body = {
      errors: [
        { field: 'name', message: 'must be between 3 and 100 characters', type: 'validation' },
        { field: 'genderDistribution', message: 'must sum to 1', type: 'validation' },
        { message: 'something else' },
      ],
    };
    expect(readErrorBody(body, '')).toEqual({
      message:
        'name: must be between 3 and 100 characters; genderDistribution: must sum to 1; something else',
    });
  });

  it('reads OAuth errors, Spring errors and plain text', () => {
    expect(
      readErrorBody({ error: 'invalid_client', error_description: 'no such client' }, ''),
    ).toEqual({
      message: 'invalid_client: no such client',
    });
    expect(
      readErrorBody({ error: 'Forbidden', message: 'Access denied', status: 403 }, ''),
    ).toEqual({
      message: 'Access denied',
    });
    expect(readErrorBody(undefined, '<html><body>502 Bad Gateway</body></html>\n')).toEqual({
      message: '<html><body>502 Bad Gateway</body></html>',
    });
    expect(readErrorBody(undefined, 'x'.repeat(400)).message).toBe(`${'x'.repeat(300)}…`);
    expect(readErrorBody(undefined, '')).toEqual({});
  });
});

describe('redaction', () => {
  it('replaces every secret, raw and URL-encoded, longest first', () => {
    const redactor = new Redactor();
    redactor.add('ab/c+d');
    redactor.add('ab/c+d-token');
    redactor.add('');
    expect(redactor.redact('a ab/c+d-token b ab/c+d c ab%2Fc%2Bd')).toBe('a *** b *** c ***');
    expect(redactor.redact('ab/c+d ab/c+d ab%2Fc%2Bd ab%2Fc%2Bd')).toBe('*** *** *** ***');
  });
});

describe('permissions', () => {
  it('reads permissions, else newPermissions, else assumes allowed', () => {
    expect(permissionsOf({ permissions: { canUpdate: false, canDelete: true } })).toEqual({
      canUpdate: false,
      canDelete: true,
    });
    expect(
      permissionsOf({ newPermissions: { updateAllowed: true, deletionAllowed: false } }),
    ).toEqual({
      canUpdate: true,
      canDelete: false,
    });
    expect(permissionsOf({})).toEqual({ canUpdate: true, canDelete: true });
  });
});
