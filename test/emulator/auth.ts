/**
 * The OAuth2 token endpoint (client credentials, credentials in the form body) and the
 * bearer check of every API call. Tokens look like JWTs so that masking tests see the
 * same alphabet and length as real ones, but they are random: only this map knows them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { json, type Reply } from './reply.js';
import type { EmulatorClient } from './types.js';

interface IssuedToken {
  clientId: string;
  expiresAt: number;
}

/** Why a bearer token was refused, or the client it belongs to. */
export type TokenCheck = { ok: true; client: EmulatorClient } | { ok: false; reason: string };

const FORM_TYPE = 'application/x-www-form-urlencoded';

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

function oauthError(status: number, error: string, description: string): Reply {
  // OAuth responses must not be cached (RFC 6749 §5.1), errors included.
  return json(status, { error, error_description: description }, { 'cache-control': 'no-store' });
}

export class TokenIssuer {
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly clients = new Map<string, EmulatorClient>();
  private issuedCount = 0;

  constructor(
    clients: readonly EmulatorClient[],
    private readonly ttlSeconds: number,
    private readonly now: () => number,
  ) {
    for (const client of clients) this.clients.set(client.clientId, client);
  }

  get issued(): number {
    return this.issuedCount;
  }

  /** Forgets every token, so the next API call with any of them gets 401. */
  revokeAll(): void {
    this.tokens.clear();
  }

  /** Checks an `Authorization` header value. */
  check(header: string | undefined): TokenCheck {
    if (!header) return { ok: false, reason: 'Full authentication is required' };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const token = match?.[1];
    if (!token) return { ok: false, reason: 'The Authorization header must be a Bearer token' };
    const issued = this.tokens.get(token);
    if (!issued) return { ok: false, reason: 'The access token is invalid or was revoked' };
    if (this.now() >= issued.expiresAt) {
      this.tokens.delete(token);
      return { ok: false, reason: 'The access token has expired' };
    }
    const client = this.clients.get(issued.clientId);
    if (!client) return { ok: false, reason: 'The access token is invalid or was revoked' };
    return { ok: true, client };
  }

  /**
   * Answers `POST /oauth/v2/token`. `authenticated` receives the client id once its
   * credentials are proven, for the request log.
   */
  handleTokenRequest(
    contentType: string | undefined,
    body: unknown,
    authenticated: (clientId: string) => void,
  ): Reply {
    const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
    if (mediaType !== FORM_TYPE || typeof body !== 'object' || body === null) {
      return oauthError(400, 'invalid_request', `the body must be ${FORM_TYPE}`);
    }
    const form = body as Record<string, string>;
    if (!form.grant_type) return oauthError(400, 'invalid_request', 'grant_type is required');
    if (form.grant_type !== 'client_credentials') {
      return oauthError(
        400,
        'unsupported_grant_type',
        `grant_type ${form.grant_type} is not supported; use client_credentials`,
      );
    }
    if (!form.client_id || form.client_secret === undefined) {
      // HTTP Basic is not accepted: the credentials belong in the form body.
      return oauthError(
        401,
        'invalid_client',
        'client_id and client_secret must be sent in the form body',
      );
    }
    const client = this.clients.get(form.client_id);
    if (!client || form.client_secret !== client.clientSecret) {
      // Same answer for an unknown id and a wrong secret, so ids cannot be probed.
      return oauthError(401, 'invalid_client', 'client authentication failed');
    }
    const scopes = (form.scope ?? 'openid').split(' ').filter(Boolean);
    if (!scopes.includes('openid')) {
      return oauthError(400, 'invalid_scope', 'the scope must include openid');
    }
    authenticated(client.clientId);
    const token = this.issue(client.clientId);
    return json(
      200,
      { access_token: token, token_type: 'Bearer', expires_in: this.ttlSeconds },
      { 'cache-control': 'no-store' },
    );
  }

  private issue(clientId: string): string {
    const issuedAt = this.now();
    const expiresAt = issuedAt + this.ttlSeconds * 1000;
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'emulator' }));
    const payload = base64url(
      JSON.stringify({
        iss: 'neuroflash-emulator',
        sub: clientId,
        aud: ['audience-service', 'workspace-service'],
        scope: 'openid',
        iat: Math.floor(issuedAt / 1000),
        exp: Math.floor(expiresAt / 1000),
        jti: randomUUID(),
      }),
    );
    const token = `${header}.${payload}.${base64url(randomBytes(64))}`;
    this.tokens.set(token, { clientId, expiresAt });
    this.issuedCount += 1;
    return token;
  }
}
