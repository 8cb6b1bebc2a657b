import { describe, expect, it } from 'vitest';
import { toUserError } from '../../src/cli/errors.js';
import { ConnectionSettingsError, readConnectionSettings } from '../../src/commands/connection.js';
import { ApiError, AuthError, WorkspaceError } from '../../src/neuroflash/api.js';
import { DEFAULT_API_URL, DEFAULT_TOKEN_URL } from '../../src/settings.js';

/** The message and the hint, as the CLI prints them. */
function describeError(error: unknown, apiUrl?: string): string {
  const user = toUserError(error, { command: 'plan', ...(apiUrl ? { apiUrl } : {}) });
  return user.hint ? `${user.message}\n${user.hint}` : user.message;
}

const CREDENTIALS = { NEUROFLASH_CLIENT_ID: 'client-1', NEUROFLASH_CLIENT_SECRET: 'sup3r-s3cret' };

describe('readConnectionSettings', () => {
  it('uses the documented hosts by default', () => {
    expect(readConnectionSettings({}, CREDENTIALS)).toEqual({
      apiUrl: DEFAULT_API_URL,
      tokenUrl: DEFAULT_TOKEN_URL,
      clientId: 'client-1',
      clientSecret: 'sup3r-s3cret',
    });
  });

  it('takes URLs and the workspace from the environment, and flags over the environment', () => {
    const env = {
      ...CREDENTIALS,
      NEUROFLASH_API_URL: 'http://127.0.0.1:4010/api/',
      NEUROFLASH_TOKEN_URL: 'http://127.0.0.1:4010/oauth/v2/token',
      NEUROFLASH_WORKSPACE: 'Acme Marketing',
    };
    expect(readConnectionSettings({}, env)).toMatchObject({
      apiUrl: 'http://127.0.0.1:4010/api',
      tokenUrl: 'http://127.0.0.1:4010/oauth/v2/token',
      workspace: 'Acme Marketing',
    });
    expect(
      readConnectionSettings(
        {
          'api-url': 'http://127.0.0.1:5000/api',
          'token-url': 'http://127.0.0.1:5000/t',
          workspace: 'ws-2',
        },
        env,
      ),
    ).toMatchObject({
      apiUrl: 'http://127.0.0.1:5000/api',
      tokenUrl: 'http://127.0.0.1:5000/t',
      workspace: 'ws-2',
    });
  });

  it.each([
    [{}, 'NEUROFLASH_CLIENT_ID, NEUROFLASH_CLIENT_SECRET'],
    [{ NEUROFLASH_CLIENT_ID: 'client-1' }, 'NEUROFLASH_CLIENT_SECRET'],
    [{ NEUROFLASH_CLIENT_ID: '  ', NEUROFLASH_CLIENT_SECRET: 'x' }, 'NEUROFLASH_CLIENT_ID'],
  ])('names both credential variables when any is missing (%j)', (env, notSet) => {
    expect(() => readConnectionSettings({}, env)).toThrow(ConnectionSettingsError);
    expect(() => readConnectionSettings({}, env)).toThrow(
      `missing credentials: set NEUROFLASH_CLIENT_ID and NEUROFLASH_CLIENT_SECRET to the neuroflash service account's client id and secret (not set: ${notSet})`,
    );
  });

  it('names the flag or variable of a malformed URL', () => {
    expect(() => readConnectionSettings({ 'api-url': 'app.neuroflash.com' }, CREDENTIALS)).toThrow(
      '--api-url must be an http(s) URL',
    );
    expect(() =>
      readConnectionSettings({}, { ...CREDENTIALS, NEUROFLASH_TOKEN_URL: 'ftp://x/token' }),
    ).toThrow('NEUROFLASH_TOKEN_URL must be an http(s) URL');
  });
});

describe('toUserError', () => {
  it('adds what to check to an auth error, and how to choose to a workspace error', () => {
    // Worded as the token request words it: the prefix is the client's, not added again.
    const auth = (status: number | undefined, answer: string) =>
      new AuthError(`authentication failed: POST /oauth/v2/token → ${answer}`, {
        method: 'POST',
        path: '/oauth/v2/token',
        ...(status === undefined ? {} : { status }),
        attempts: 1,
      });
    expect(describeError(auth(401, '401: invalid_client'))).toBe(
      'authentication failed: POST /oauth/v2/token → 401: invalid_client\nCheck NEUROFLASH_CLIENT_ID and NEUROFLASH_CLIENT_SECRET.',
    );
    expect(describeError(auth(404, '404: not found'))).toBe(
      'authentication failed: POST /oauth/v2/token → 404: not found\nCheck the token endpoint: --token-url or NEUROFLASH_TOKEN_URL.',
    );
    expect(describeError(auth(undefined, 'no response (ECONNREFUSED) after 2 tries'))).toMatch(
      /after 2 tries\nCheck the token endpoint: --token-url or NEUROFLASH_TOKEN_URL\.$/,
    );
    const ws = new WorkspaceError('several workspaces: A (ws-1), B (ws-2)', [
      { id: 'ws-1', name: 'A' },
      { id: 'ws-2', name: 'B' },
    ]);
    expect(describeError(ws)).toBe(
      'several workspaces: A (ws-1), B (ws-2)\nChoose one with --workspace or NEUROFLASH_WORKSPACE.',
    );
    const api = new ApiError('GET /x → 500: boom', {
      method: 'GET',
      path: '/x',
      status: 500,
      attempts: 5,
    });
    expect(describeError(api)).toBe('GET /x → 500: boom');
  });

  it('names the URL of a 404 and suggests the base URL with /api', () => {
    const notFound = new ApiError('GET /workspace-service/v1/workspaces → 404: Not Found', {
      method: 'GET',
      path: '/workspace-service/v1/workspaces',
      status: 404,
      attempts: 1,
    });
    expect(describeError(notFound, 'https://app.neuroflash.com')).toBe(
      'GET /workspace-service/v1/workspaces → 404: Not Found\n' +
        'Not found: https://app.neuroflash.com/workspace-service/v1/workspaces. Did you mean --api-url https://app.neuroflash.com/api? Check the API base URL (--api-url or NEUROFLASH_API_URL).',
    );
    // A base that already ends in /api gets no suggestion, only the URL.
    expect(describeError(notFound, 'https://x.example/api')).not.toContain('Did you mean');
  });
});
