import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, AuthError } from '../../src/neuroflash/api.js';
import { Transport } from '../../src/neuroflash/http.js';
import { Redactor } from '../../src/neuroflash/redact.js';
import { NEUROFLASH_RETRY_POLICY } from '../../src/neuroflash/retry-rules.js';
import { ClientCredentials, tokenReuseMs } from '../../src/neuroflash/token.js';
import { resolveRetryPolicy } from '../../src/retry.js';
import { startEmulator } from '../emulator/index.js';
import type { Emulator } from '../emulator/types.js';
import type { Harness } from './helpers.js';
import { AUDIENCES_PATH, harness, messageChain, rejection } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const TOKEN_PATH = '/oauth/v2/token';

function tokenRequests(emulator: Emulator) {
  return emulator.requests.filter((r) => r.path === TOKEN_PATH);
}

describe('token', () => {
  it('asks with client credentials in a form body, scope openid', async () => {
    h = await harness();
    await h.client.listWorkspaces();

    expect(tokenRequests(h.emulator).map((r) => [r.method, r.body, r.status])).toEqual([
      [
        'POST',
        {
          grant_type: 'client_credentials',
          client_id: 'audience-sync-test',
          client_secret: 's3cr3t-test-secret',
          scope: 'openid',
        },
        200,
      ],
    ]);
  });

  it('reuses one token, and concurrent first calls share one token request', async () => {
    h = await harness();
    const audiences = h.client.audiences('ws-1');

    await Promise.all([
      audiences.listAudiences(),
      audiences.listAudiences(),
      h.client.listWorkspaces(),
      audiences.listAudiences(),
    ]);
    await audiences.listAudiences();

    expect(h.emulator.tokensIssued).toBe(1);
    expect(h.client.stats).toEqual({ requests: 6, tokenRequests: 1, retries: 0 });
  });

  it('answers a token revoked mid-run with exactly one new token request, even for parallel calls', async () => {
    h = await harness();
    const audiences = h.client.audiences('ws-1');
    await audiences.listAudiences();
    h.emulator.revokeTokens();

    await Promise.all([
      audiences.listAudiences(),
      audiences.listAudiences(),
      audiences.listAudiences(),
    ]);

    expect(h.emulator.tokensIssued).toBe(2);
    expect(h.client.stats.tokenRequests).toBe(2);
    const lists = h.emulator.requests.filter((r) => r.path === AUDIENCES_PATH);
    expect(lists.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 401, 401, 401]);
    expect(h.logs).toContain(
      'debug: retry 2/6 with a new token: GET /audience-service/v1/workspaces/ws-1/target-audiences → 401',
    );
  });

  it('fails on a second 401, after one new token', async () => {
    h = await harness();
    h.emulator.addFault({
      path: AUDIENCES_PATH,
      action: {
        kind: 'status',
        status: 401,
        body: { error: 'The access token is invalid or was revoked', code: 'UNAUTHORIZED' },
      },
    });

    const error = await rejection(h.client.audiences('ws-1').listAudiences());

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      'GET /audience-service/v1/workspaces/ws-1/target-audiences → 401: The access token is invalid or was revoked (after 2 tries)',
    );
    expect(h.emulator.tokensIssued).toBe(2);
    expect(h.emulator.requests.filter((r) => r.path === AUDIENCES_PATH)).toHaveLength(2);
  });

  it('hands the secret (at construction) and every token to onSecret', async () => {
    h = await harness();
    expect(h.secrets).toEqual(['s3cr3t-test-secret']);

    await h.client.listWorkspaces();
    h.emulator.revokeTokens();
    await h.client.listWorkspaces();

    expect(h.secrets).toHaveLength(3);
    const [, first, second] = h.secrets;
    expect(first).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(second).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(first).not.toBe(second);
  });

  it('renews the token shortly before it expires', async () => {
    const emulator = await startEmulator({ tokenTtlSeconds: 1000 });
    const agent = new Agent();
    try {
      const transport = new Transport({
        agent,
        policy: resolveRetryPolicy({ baseDelayMs: 1 }, NEUROFLASH_RETRY_POLICY),
        redactor: new Redactor(),
        log: { debug: () => {} },
        userAgent: 'test',
      });
      let clock = 0;
      const tokens = new ClientCredentials({
        transport,
        tokenUrl: emulator.tokenUrl,
        clientId: emulator.clientId,
        clientSecret: emulator.clientSecret,
        timeoutMs: 5000,
        redactor: new Redactor(),
        now: () => clock,
      });

      const first = await tokens.get();
      clock = 939_999; // 1000 s less the 60 s margin, less 1 ms
      expect(await tokens.get()).toBe(first);
      clock = 940_000;
      const second = await tokens.get();

      expect(second).not.toBe(first);
      expect(emulator.tokensIssued).toBe(2);
    } finally {
      await agent.close();
      await emulator.close();
    }
  });

  it('reuses a token for its lifetime less 60 s, or less 10% when short', () => {
    expect(tokenReuseMs(14399)).toBe(14339_000);
    expect(tokenReuseMs(600)).toBe(540_000);
    expect(tokenReuseMs(100)).toBe(90_000);
  });
});

describe('bad credentials', () => {
  it('give a clear AuthError that holds the OAuth description but never the secret', async () => {
    const secret = 'wr0ng-S3cret/with+chars';
    h = await harness({}, { clientSecret: secret });

    const error = await rejection(h.client.resolveWorkspace());

    expect(error).toBeInstanceOf(AuthError);
    const auth = error as AuthError;
    expect(auth.message).toBe(
      `authentication failed: POST ${h.emulator.tokenUrl} → 401: invalid_client: client authentication failed. Check the client id and the client secret`,
    );
    expect(auth.details).toMatchObject({ status: 401, attempts: 1 });
    for (const text of [...messageChain(error), ...h.logs, JSON.stringify(auth.details)]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
    }
    // Not retried: a wrong secret stays wrong.
    expect(tokenRequests(h.emulator)).toHaveLength(1);
  });

  it('never show a secret that the server echoes back', async () => {
    h = await harness();
    h.emulator.addFault({
      path: TOKEN_PATH,
      times: 1,
      action: {
        kind: 'status',
        status: 400,
        body: { error: 'invalid_request', error_description: 'bad secret s3cr3t-test-secret' },
      },
    });

    const error = await rejection(h.client.listWorkspaces());

    expect((error as AuthError).message).toBe(
      `authentication failed: POST ${h.emulator.tokenUrl} → 400: invalid_request: bad secret ***. Check the client id and the client secret`,
    );
    expect((error as AuthError).apiMessage).toBe('invalid_request: bad secret ***');
  });

  it('hide every occurrence of a secret, not only the first', async () => {
    h = await harness();
    const secret = h.emulator.clientSecret;
    h.emulator.addFault({
      path: TOKEN_PATH,
      times: 1,
      action: {
        kind: 'status',
        status: 400,
        body: {
          error: 'invalid_request',
          error_description: `got ${secret}, expected not ${secret}; ${secret} again`,
        },
      },
    });

    const error = await rejection(h.client.listWorkspaces());

    expect((error as AuthError).apiMessage).toBe(
      'invalid_request: got ***, expected not ***; *** again',
    );
    for (const text of [...messageChain(error), ...h.logs]) expect(text).not.toContain(secret);
  });

  it('never show a token that the API echoes back', async () => {
    h = await harness();
    await h.client.listWorkspaces();
    const token = h.secrets[1] ?? 'missing';
    h.emulator.addFault({
      path: AUDIENCES_PATH,
      action: { kind: 'status', status: 403, body: { error: `token ${token} may not do this` } },
    });

    const error = await rejection(h.client.audiences('ws-1').listAudiences());

    expect((error as ApiError).message).toBe(
      'GET /audience-service/v1/workspaces/ws-1/target-audiences → 403: token *** may not do this',
    );
  });

  it('report a token endpoint that cannot be reached as an AuthError', async () => {
    h = await harness(
      {},
      { tokenUrl: 'http://127.0.0.1:1/oauth/v2/token', retry: { maxAttempts: 2, baseDelayMs: 1 } },
    );

    const error = await rejection(h.client.listWorkspaces());

    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).message).toBe(
      'authentication failed: POST http://127.0.0.1:1/oauth/v2/token → no response (ECONNREFUSED) after 2 tries',
    );
  });
});
