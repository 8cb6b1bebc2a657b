import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/neuroflash/api.js';
import type { Harness } from './helpers.js';
import { AUDIENCES_PATH, harness, profile, rejection, wire } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const LIST = '/audience-service/v1/workspaces/ws-1/target-audiences';

describe('retries', () => {
  it('honours Retry-After on a 429: the scheduled wait is what the server asked', async () => {
    // A base delay far below the asked second: only Retry-After can explain a 1 s wait.
    h = await harness({}, { retry: { baseDelayMs: 1, maxDelayMs: 1 } });
    h.emulator.addFault({
      path: AUDIENCES_PATH,
      times: 1,
      action: { kind: 'status', status: 429, retryAfter: 1 },
    });

    await expect(h.client.audiences('ws-1').listAudiences()).resolves.toEqual([]);

    expect(h.retries).toEqual([
      {
        method: 'GET',
        path: LIST,
        attempt: 2,
        maxAttempts: 5,
        delayMs: 1000,
        reason: '429',
        status: 429,
        retryAfterMs: 1000,
      },
    ]);
    expect(h.logs).toEqual([`debug: retry 2/5 in 1.0s: GET ${LIST} → 429 (Retry-After 1.0s)`]);
    expect(h.client.stats.retries).toBe(1);
    // The wait really slept, not just the one planned and logged.
    expect(h.sleeps).toEqual([1000]);
  });

  it('waits exactly what Retry-After asks, even 0, never the longer backoff', async () => {
    // A backoff of 10 s would show if the client waited the longer of the two.
    h = await harness({}, { retry: { baseDelayMs: 10_000, maxDelayMs: 10_000 } });
    h.emulator.addFault({
      path: AUDIENCES_PATH,
      times: 2,
      action: { kind: 'status', status: 503, retryAfter: 0 },
    });
    h.emulator.addFault({
      path: AUDIENCES_PATH,
      times: 1,
      action: { kind: 'status', status: 429, retryAfter: 2 },
    });

    await expect(h.client.audiences('ws-1').listAudiences()).resolves.toEqual([]);

    expect(h.sleeps).toEqual([0, 0, 2000]);
    expect(h.retries.map((r) => r.delayMs)).toEqual(h.sleeps);
  });

  it('fails at once when Retry-After asks for more than the remaining wait budget', async () => {
    h = await harness({}, { retry: { maxTotalWaitMs: 2000 } });
    h.emulator.addFault({
      path: AUDIENCES_PATH,
      action: { kind: 'status', status: 429, retryAfter: 3600 },
    });

    const error = await rejection(h.client.audiences('ws-1').listAudiences());

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      `GET ${LIST} → 429: Too many requests; the server asks to wait 3600.0s, more than the 2.0s left of the retry budget (retry.maxTotalWaitMs)`,
    );
    expect((error as ApiError).details.attempts).toBe(1);
    expect(h.retries).toEqual([]);
  });

  it('rides out a burst of 503s and returns the list', async () => {
    h = await harness();
    h.emulator.seed([{ name: 'One' }]);
    h.emulator.addFault({
      path: AUDIENCES_PATH,
      times: 3,
      action: { kind: 'status', status: 503 },
    });

    const list = await h.client.audiences('ws-1').listAudiences();

    expect(list.map((a) => a.name)).toEqual(['One']);
    expect(h.retries.map((r) => `${r.attempt} ${r.reason}`)).toEqual(['2 503', '3 503', '4 503']);
    // Full jitter under a ceiling of min(maxDelay 20, base 5 * 2^n).
    expect(h.sleeps).toEqual(h.retries.map((r) => r.delayMs));
    expect(h.retries.map((r) => r.delayMs <= Math.min(20, 5 * 2 ** (r.attempt - 2)))).toEqual([
      true,
      true,
      true,
    ]);
    expect(wire(h.emulator.requests).slice(-4)).toEqual([
      `GET /api${LIST}?size=200 → 503`,
      `GET /api${LIST}?size=200 → 503`,
      `GET /api${LIST}?size=200 → 503`,
      `GET /api${LIST}?size=200 → 200`,
    ]);
    expect(h.client.stats).toEqual({ requests: 5, tokenRequests: 1, retries: 3 });
  });

  it('gives up after maxAttempts with a typed error naming method, path, status and tries', async () => {
    h = await harness({}, { retry: { maxAttempts: 4, baseDelayMs: 1 } });
    h.emulator.addFault({ path: AUDIENCES_PATH, action: { kind: 'status', status: 502 } });

    const error = await rejection(h.client.audiences('ws-1').listAudiences());

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.message).toBe(`GET ${LIST} → 502: Bad gateway (after 4 tries)`);
    expect(apiError.details).toEqual({
      method: 'GET',
      path: LIST,
      status: 502,
      apiMessage: 'Bad gateway',
      code: 'BAD_GATEWAY',
      attempts: 4,
    });
    expect(apiError.status).toBe(502);
    expect(h.emulator.requests.filter((r) => r.path === AUDIENCES_PATH)).toHaveLength(4);
  });

  it('reports a connection that keeps dropping as "no response" after the tries, cause kept', async () => {
    h = await harness({}, { retry: { maxAttempts: 3, baseDelayMs: 1 } });
    h.emulator.addFault({ path: AUDIENCES_PATH, action: { kind: 'drop' } });

    const error = await rejection(h.client.audiences('ws-1').getAudience('abc'));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      `GET ${LIST}/abc → no response (UND_ERR_SOCKET) after 3 tries`,
    );
    expect((error as ApiError).details).toEqual({
      method: 'GET',
      path: `${LIST}/abc`,
      attempts: 3,
    });
    expect((error as ApiError).cause).toMatchObject({ code: 'UND_ERR_SOCKET' });
  });

  it('retries a request that times out', async () => {
    h = await harness({}, { timeouts: { requestMs: 100 } });
    h.emulator.addFault({ path: AUDIENCES_PATH, times: 1, action: { kind: 'latency', ms: 1000 } });

    await expect(h.client.audiences('ws-1').listAudiences()).resolves.toEqual([]);

    expect(h.retries.map((r) => r.reason)).toEqual(['no response (timeout after 0.1s)']);
  });

  it('never retries a 4xx other than 401, 408 and 429', async () => {
    h = await harness();
    const error = await rejection(h.client.audiences('ws-1').getAudience('missing'));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      `GET ${LIST}/missing → 404: Target audience not found`,
    );
    expect((error as ApiError).details.attempts).toBe(1);
    expect(h.emulator.requests.filter((r) => r.path.endsWith('/missing'))).toHaveLength(1);
    expect(h.retries).toEqual([]);
  });

  it('retries a create after a 429 without looking it up: the server did nothing', async () => {
    h = await harness();
    h.emulator.addFault({
      method: 'POST',
      path: AUDIENCES_PATH,
      times: 1,
      action: { kind: 'status', status: 429 },
    });

    const created = await h.client.audiences('ws-1').createAudience(profile('Rate limited'));

    expect(created.name).toBe('Rate limited');
    expect(wire(h.emulator.requests).slice(1)).toEqual([
      `POST /api${LIST} → 429`,
      `POST /api${LIST} → 201`,
    ]);
  });

  it('rejects the URL import that outlives its own timeout, while other calls keep theirs', async () => {
    h = await harness(
      { importDelayMs: 300 },
      { timeouts: { requestMs: 100, importMs: 5000 }, retry: { maxAttempts: 1 } },
    );
    const draft = await h.client
      .audiences('ws-1')
      .importFromUrls(['https://brand.example'], '538b1efc6f88ad88feebf7acd8c618facb54fe82');
    expect(typeof draft.name).toBe('string');

    await h.close();
    h = await harness(
      { importDelayMs: 300 },
      { timeouts: { requestMs: 5000, importMs: 100 }, retry: { maxAttempts: 1 } },
    );
    const error = await rejection(
      h.client
        .audiences('ws-1')
        .importFromUrls(['https://brand.example'], '538b1efc6f88ad88feebf7acd8c618facb54fe82'),
    );
    expect((error as ApiError).message).toBe(
      'POST /audience-service/v1/workspaces/ws-1/target-audiences-url-imports → no response (timeout after 0.1s)',
    );
  });
});
