import { afterEach, describe, expect, it } from 'vitest';
import { audiencesPath, call, getToken, requestToken } from './helpers.js';
import { startEmulator } from './index.js';
import type { Emulator, EmulatorOptions } from './types.js';

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = await startEmulator(options);
  running.push(emulator);
  return emulator;
}

function form(emulator: Emulator, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    grant_type: 'client_credentials',
    client_id: emulator.clientId,
    client_secret: emulator.clientSecret,
    scope: 'openid',
    ...overrides,
  };
}

const BASE64URL = '[A-Za-z0-9_-]+';
const JWT = new RegExp(`^${BASE64URL}\\.${BASE64URL}\\.${BASE64URL}$`);

describe('token endpoint', () => {
  it('issues a random JWT-shaped Bearer token with the configured expires_in', async () => {
    const emulator = await start({ tokenTtlSeconds: 900 });
    const first = await requestToken(emulator, form(emulator));
    const second = await requestToken(emulator, form(emulator));
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const body = first.body as Record<string, unknown>;
    expect(body).toEqual({
      access_token: body.access_token,
      token_type: 'Bearer',
      expires_in: 900,
    });
    expect(body.access_token).toMatch(JWT);
    const [header, payload] = String(body.access_token).split('.');
    expect(JSON.parse(Buffer.from(String(header), 'base64url').toString())).toMatchObject({
      typ: 'JWT',
    });
    expect(JSON.parse(Buffer.from(String(payload), 'base64url').toString())).toMatchObject({
      sub: emulator.clientId,
    });
    expect((second.body as Record<string, unknown>).access_token).not.toBe(body.access_token);
    expect(emulator.tokensIssued).toBe(2);
    expect(emulator.requests.map((e) => [e.path, e.status, e.clientId])).toEqual([
      ['/oauth/v2/token', 200, emulator.clientId],
      ['/oauth/v2/token', 200, emulator.clientId],
    ]);
  });

  it('defaults expires_in to 14399 and accepts a request without scope', async () => {
    const emulator = await start();
    const { scope: _, ...noScope } = form(emulator);
    const result = await requestToken(emulator, noScope);
    expect(result.body).toMatchObject({ token_type: 'Bearer', expires_in: 14399 });
  });

  it.each([
    ['a wrong secret', { client_secret: 'wrong' }, 'client authentication failed'],
    ['an unknown client', { client_id: 'nobody' }, 'client authentication failed'],
  ])('%s gives 401 invalid_client', async (_, overrides, description) => {
    const emulator = await start();
    const result = await requestToken(emulator, form(emulator, overrides));
    expect(result.status).toBe(401);
    expect(result.body).toEqual({ error: 'invalid_client', error_description: description });
    expect(emulator.tokensIssued).toBe(0);
  });

  it('refuses credentials sent with HTTP Basic instead of the form body', async () => {
    const emulator = await start();
    const basic = Buffer.from(`${emulator.clientId}:${emulator.clientSecret}`).toString('base64');
    const result = await requestToken(
      emulator,
      { grant_type: 'client_credentials', scope: 'openid' },
      { authorization: `Basic ${basic}` },
    );
    expect(result.status).toBe(401);
    expect(result.body).toEqual({
      error: 'invalid_client',
      error_description: 'client_id and client_secret must be sent in the form body',
    });
  });

  it('gives 400 unsupported_grant_type for another grant, invalid_request for none', async () => {
    const emulator = await start();
    const password = await requestToken(emulator, form(emulator, { grant_type: 'password' }));
    expect(password.status).toBe(400);
    expect(password.body).toEqual({
      error: 'unsupported_grant_type',
      error_description: 'grant_type password is not supported; use client_credentials',
    });
    const { grant_type: _, ...noGrant } = form(emulator);
    const missing = await requestToken(emulator, noGrant);
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: 'invalid_request' });
  });

  it('gives 400 invalid_request for a JSON body', async () => {
    const emulator = await start();
    const response = await fetch(emulator.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(form(emulator)),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid_request',
      error_description: 'the body must be application/x-www-form-urlencoded',
    });
  });

  it('gives 400 invalid_scope for a scope without openid', async () => {
    const emulator = await start();
    const result = await requestToken(emulator, form(emulator, { scope: 'profile' }));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: 'invalid_scope' });
  });

  it('answers 405 to GET', async () => {
    const emulator = await start();
    const response = await fetch(emulator.tokenUrl);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('bearer tokens on API calls', () => {
  it('without a token, or with an unknown one, gives 401 with WWW-Authenticate', async () => {
    const emulator = await start();
    const none = await call(emulator, 'GET', audiencesPath());
    const bogus = await call(emulator, 'GET', audiencesPath(), { token: 'a.b.c' });
    const basic = await call(emulator, 'GET', audiencesPath(), {
      headers: { authorization: 'Basic eDp5' },
    });
    expect([none.status, bogus.status, basic.status]).toEqual([401, 401, 401]);
    expect(none.body).toEqual({ error: 'Full authentication is required', code: 'UNAUTHORIZED' });
    expect(bogus.body).toEqual({
      error: 'The access token is invalid or was revoked',
      code: 'UNAUTHORIZED',
    });
    expect(bogus.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect(emulator.requests.map((e) => e.clientId)).toEqual([undefined, undefined, undefined]);
  });

  it('expires a token by the injected clock: valid until expires_in, 401 from then on', async () => {
    let clock = Date.UTC(2025, 5, 1);
    const emulator = await start({ now: () => clock, tokenTtlSeconds: 60 });
    const token = await getToken(emulator);
    clock += 59_999;
    const before = await call(emulator, 'GET', audiencesPath(), { token });
    clock += 1;
    const after = await call(emulator, 'GET', audiencesPath(), { token });
    expect(before.status).toBe(200);
    expect(after.status).toBe(401);
    expect(after.body).toEqual({ error: 'The access token has expired', code: 'UNAUTHORIZED' });
    const fresh = await getToken(emulator);
    expect((await call(emulator, 'GET', audiencesPath(), { token: fresh })).status).toBe(200);
    expect(emulator.requests.map((e) => e.clientId)).toEqual([
      emulator.clientId,
      emulator.clientId,
      undefined,
      emulator.clientId,
      emulator.clientId,
    ]);
  });

  it('revokeTokens makes every issued token fail with 401; a new token works', async () => {
    const emulator = await start();
    const one = await getToken(emulator);
    const two = await getToken(emulator);
    expect((await call(emulator, 'GET', audiencesPath(), { token: one })).status).toBe(200);
    emulator.revokeTokens();
    const statuses = [];
    for (const token of [one, two]) {
      statuses.push((await call(emulator, 'GET', audiencesPath(), { token })).status);
    }
    expect(statuses).toEqual([401, 401]);
    const three = await getToken(emulator);
    expect((await call(emulator, 'GET', audiencesPath(), { token: three })).status).toBe(200);
    expect(emulator.tokensIssued).toBe(3);
  });
});
