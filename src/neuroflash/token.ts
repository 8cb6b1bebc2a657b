/**
 * OAuth2 client credentials: one cached token, shared by every concurrent caller, renewed
 * shortly before it expires or when the API refuses it.
 */
import { AuthError, credentialsRefused } from './api.js';
import type { RawResponse, TokenProvider } from './call.js';
import { ResponseShapeError } from './call.js';
import type { Transport } from './http.js';
import type { Redactor } from './redact.js';

/** Assumed lifetime when the token endpoint omits `expires_in`; a 401 renews it anyway. */
const DEFAULT_LIFETIME_S = 300;

/**
 * How long a token with this `expires_in` (seconds) is reused, in ms: its lifetime minus
 * a margin of 60 s, or of 10% for short lifetimes, so that no request leaves with a token
 * that expires on the way.
 */
export function tokenReuseMs(expiresInS: number): number {
  const marginS = Math.min(60, expiresInS * 0.1);
  return Math.max(0, (expiresInS - marginS) * 1000);
}

export interface ClientCredentialsOptions {
  transport: Transport;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
  redactor: Redactor;
  onSecret?: (value: string) => void;
  now?: () => number;
}

interface Grant {
  accessToken: string;
  expiresInS: number;
}

function parseGrant(response: RawResponse): Grant {
  const body = response.json;
  if (typeof body !== 'object' || body === null) {
    throw new ResponseShapeError('the token endpoint did not answer with JSON');
  }
  const { access_token: accessToken, expires_in: expiresIn } = body as Record<string, unknown>;
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new ResponseShapeError('the token endpoint answered without an access_token');
  }
  const seconds = typeof expiresIn === 'string' ? Number(expiresIn) : expiresIn;
  return {
    accessToken,
    expiresInS:
      typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
        ? seconds
        : DEFAULT_LIFETIME_S,
  };
}

/** The token URL as messages show it: no query, no user info. */
function displayUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/** A `TokenProvider` for the client-credentials grant. */
export class ClientCredentials implements TokenProvider {
  private cached: { token: string; reuseUntil: number } | undefined;
  private pending: Promise<string> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: ClientCredentialsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The cached token, or a new one; concurrent callers share one token request. */
  get(): Promise<string> {
    if (this.cached && this.now() < this.cached.reuseUntil)
      return Promise.resolve(this.cached.token);
    this.pending ??= this.fetch().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  invalidate(token: string): void {
    // Several calls may fail with the same old token; only the first one drops it, so
    // that they all share the one renewal instead of each asking for a token.
    if (this.cached?.token === token) this.cached = undefined;
  }

  private async fetch(): Promise<string> {
    const { transport, tokenUrl, clientId, clientSecret, redactor, onSecret } = this.options;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      scope: 'openid',
    });
    const startedAt = this.now();
    const grant = await transport.call({
      method: 'POST',
      url: tokenUrl,
      path: displayUrl(tokenUrl),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      timeoutMs: this.options.timeoutMs,
      accept: [200, 201],
      parse: parseGrant,
      isTokenRequest: true,
      errorClass: AuthError,
      messagePrefix: 'authentication failed: ',
      hint: (status) =>
        credentialsRefused(status) ? 'Check the client id and the client secret' : undefined,
    });
    redactor.add(grant.accessToken);
    onSecret?.(grant.accessToken);
    // The lifetime counts from the request, not the answer: the token aged on the way.
    this.cached = {
      token: grant.accessToken,
      reuseUntil: startedAt + tokenReuseMs(grant.expiresInS),
    };
    return grant.accessToken;
  }
}
