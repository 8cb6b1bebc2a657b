import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { peakConcurrency } from './faults.js';
import {
  audiencesPath,
  call,
  getToken,
  type HttpResult,
  validProfile,
  waitForRequest,
} from './helpers.js';
import { startEmulator } from './index.js';
import type { Emulator, RequestLogEntry } from './types.js';

let emulator: Emulator;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator();
  token = await getToken(emulator);
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.clearFaults();
  emulator.setLatency(0);
  emulator.reset();
  emulator.clearLog();
});

const list = (): Promise<HttpResult> => call(emulator, 'GET', audiencesPath(), { token });
const create = (name = 'Created'): Promise<HttpResult> =>
  call(emulator, 'POST', audiencesPath(), { token, body: validProfile({ name }) });
const summary = (): [string, number, string | undefined][] =>
  emulator.requests.map((e) => [e.method, e.status, e.fault]);

/** The rejection of a fetch whose connection died, or 'answered' if it got a response. */
async function outcome(request: Promise<HttpResult>): Promise<string> {
  try {
    await request;
    return 'answered';
  } catch (error) {
    return error instanceof TypeError ? 'connection lost' : String(error);
  }
}

describe('latency', () => {
  it('a latency fault holds that response while other requests complete', async () => {
    emulator.addFault({ method: 'GET', action: { kind: 'latency', ms: 400 } });
    const slow = list();
    const slowEntry = await waitForRequest(emulator, (e) => e.method === 'GET');
    const fast = await create();
    // The slow request is still in flight when the fast one has its answer.
    expect(fast.status).toBe(201);
    expect([slowEntry.status, slowEntry.endedAt]).toEqual([0, Number.POSITIVE_INFINITY]);
    expect((await slow).status).toBe(200);
    expect([slowEntry.status, slowEntry.fault]).toEqual([200, 'latency']);
    expect(slowEntry.endedAt).toBeGreaterThan(slowEntry.startedAt);
  });

  it('setLatency delays every request, so parallel ones overlap; maxConcurrency sees it', async () => {
    emulator.setLatency(300);
    const results = await Promise.all([list(), list(), create()]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 201]);
    expect(emulator.maxConcurrency()).toBe(3);
    emulator.setLatency(0);
    emulator.clearLog();
    await list();
    await list();
    expect(emulator.maxConcurrency()).toBe(1);
  });

  it('maxConcurrency counts audience-service requests unless given a filter', async () => {
    emulator.setLatency(300);
    await Promise.all([getToken(emulator), getToken(emulator), list()]);
    expect(emulator.maxConcurrency()).toBe(1);
    expect(emulator.maxConcurrency(() => true)).toBe(3);
    expect(emulator.maxConcurrency((e) => e.path === '/oauth/v2/token')).toBe(2);
  });
});

describe('status faults', () => {
  it('429 with Retry-After in seconds, and the default rate-limit body', async () => {
    emulator.addFault({ action: { kind: 'status', status: 429, retryAfter: 7 }, times: 1 });
    const limited = await list();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body).toEqual({ error: 'Too many requests', code: 'RATE_LIMITED' });
    expect((await list()).status).toBe(200);
    expect(summary()).toEqual([
      ['GET', 429, 'status'],
      ['GET', 200, undefined],
    ]);
  });

  it('429 with Retry-After as an HTTP date', async () => {
    const date = 'Wed, 21 Oct 2026 07:28:00 GMT';
    emulator.addFault({ action: { kind: 'status', status: 429, retryAfter: date } });
    const limited = await list();
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, date]);
  });

  it.each([
    [500, { error: 'Internal server error', code: 'INTERNAL_ERROR' }],
    [502, { error: 'Bad gateway', code: 'BAD_GATEWAY' }],
    [503, { error: 'Service unavailable', code: 'SERVICE_UNAVAILABLE' }],
  ])('%i with its default body; the create is not carried out', async (status, body) => {
    emulator.addFault({ method: 'POST', action: { kind: 'status', status } });
    const result = await create();
    expect([result.status, result.body]).toEqual([status, body]);
    expect(result.headers.get('retry-after')).toBeNull();
    expect(emulator.snapshot()).toEqual([]);
  });

  it('sends a scripted body: JSON as JSON, a string verbatim (a proxy error page)', async () => {
    emulator.addFault({
      times: 1,
      action: { kind: 'status', status: 503, body: { error: 'Down for maintenance', code: 'M' } },
    });
    emulator.addFault({
      times: 1,
      action: { kind: 'status', status: 502, body: '<html>Bad Gateway</html>' },
    });
    const json = await list();
    const html = await list();
    expect([json.status, json.body]).toEqual([503, { error: 'Down for maintenance', code: 'M' }]);
    expect([html.status, html.body]).toEqual([502, '<html>Bad Gateway</html>']);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});

describe('dropped connections', () => {
  it('drop: the connection dies with nothing done, and the next request is served', async () => {
    emulator.addFault({ method: 'POST', times: 1, action: { kind: 'drop' } });
    expect(await outcome(create('Lost'))).toBe('connection lost');
    expect(emulator.snapshot()).toEqual([]);
    expect((await create('Kept')).status).toBe(201);
    expect(emulator.snapshot().map((a) => a.name)).toEqual(['Kept']);
    expect(summary()).toEqual([
      ['POST', 0, 'drop'],
      ['POST', 201, undefined],
    ]);
    expect(emulator.requests[0]?.body).toMatchObject({ name: 'Lost' });
  });

  it('commit-then-drop: the create is saved, but the client gets no response', async () => {
    emulator.addFault({ method: 'POST', times: 1, action: { kind: 'commit-then-drop' } });
    expect(await outcome(create('Landed'))).toBe('connection lost');
    const saved = emulator.snapshot();
    expect(saved.map((a) => a.name)).toEqual(['Landed']);
    const listed = (await list()).body as { data: { id: string }[] };
    expect(listed.data.map((a) => a.id)).toEqual([saved[0]?.id]);
    expect(summary()).toEqual([
      ['POST', 0, 'commit-then-drop'],
      ['GET', 200, undefined],
    ]);
  });

  it('commit-then-drop on DELETE deletes', async () => {
    const [doomed] = emulator.seed([{ name: 'Doomed' }]);
    emulator.addFault({ method: 'DELETE', action: { kind: 'commit-then-drop' } });
    const del = call(emulator, 'DELETE', `${audiencesPath()}/${String(doomed?.id)}`, { token });
    expect(await outcome(del)).toBe('connection lost');
    expect(emulator.snapshot()).toEqual([]);
  });
});

describe('rule matching', () => {
  const unavailable = { kind: 'status', status: 503 } as const;

  it('after skips matching requests, times counts down', async () => {
    emulator.addFault({ method: 'GET', after: 1, times: 2, action: unavailable });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await list()).status);
    expect(statuses).toEqual([200, 503, 503, 200]);
    expect(emulator.requests.map((e) => e.fault)).toEqual([
      undefined,
      'status',
      'status',
      undefined,
    ]);
  });

  it('rules apply in insertion order; one still skipping lets later rules have the request', async () => {
    emulator.addFault({ after: 1, action: { kind: 'status', status: 500 } });
    emulator.addFault({ times: 1, action: { kind: 'status', status: 502 } });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await list()).status);
    expect(statuses).toEqual([502, 500, 500]);
  });

  it('matches the method case-insensitively and the path by substring or RegExp', async () => {
    const [one] = emulator.seed([{ name: 'Target' }]);
    const item = `${audiencesPath()}/${String(one?.id)}`;
    emulator.addFault({ method: 'put', action: unavailable });
    emulator.addFault({
      path: /\/target-audiences\/[^/]+$/g,
      action: { kind: 'status', status: 500 },
    });
    emulator.addFault({ path: '/workspace-service/', action: { kind: 'status', status: 502 } });
    const results = [
      (await list()).status,
      (await call(emulator, 'GET', item, { token })).status,
      (await call(emulator, 'GET', item, { token })).status,
      (await call(emulator, 'PUT', item, { token, body: validProfile() })).status,
      (await call(emulator, 'GET', '/workspace-service/v1/workspaces', { token })).status,
    ];
    expect(results).toEqual([200, 500, 500, 503, 502]);
  });

  it('can fault the token endpoint', async () => {
    emulator.addFault({ path: '/oauth/v2/token', times: 1, action: unavailable });
    await expect(getToken(emulator)).rejects.toThrow(/token request failed: 503/);
    await expect(getToken(emulator)).resolves.toMatch(/\./);
  });

  it('clearFaults removes every rule', async () => {
    emulator.addFault({ action: unavailable });
    expect((await list()).status).toBe(503);
    emulator.clearFaults();
    expect((await list()).status).toBe(200);
  });

  it('refuses rules with a negative after or a times below 1', () => {
    expect(() => emulator.addFault({ after: -1, action: unavailable })).toThrow(RangeError);
    expect(() => emulator.addFault({ times: 0, action: unavailable })).toThrow(RangeError);
  });
});

describe('peakConcurrency', () => {
  const entry = (startedAt: number, endedAt: number): RequestLogEntry => ({
    method: 'GET',
    path: '/api/audience-service/v1/workspaces/ws-1/target-audiences',
    query: {},
    body: undefined,
    status: 200,
    startedAt,
    endedAt,
  });

  it('counts overlapping intervals; touching ones do not overlap', () => {
    expect(peakConcurrency([])).toBe(0);
    expect(peakConcurrency([entry(0, 10), entry(10, 20), entry(20, 30)])).toBe(1);
    expect(peakConcurrency([entry(0, 10), entry(5, 15), entry(9, 30), entry(15, 16)])).toBe(3);
    expect(peakConcurrency([entry(20, 30), entry(0, 25), entry(10, 22)])).toBe(3);
  });

  it('counts zero-length requests once each, and in-flight ones as still open', () => {
    expect(peakConcurrency([entry(5, 5), entry(5, 5)])).toBe(1);
    expect(peakConcurrency([entry(0, Number.POSITIVE_INFINITY), entry(100, 101)])).toBe(2);
  });
});
