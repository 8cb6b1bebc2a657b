/**
 * Small HTTP helpers for the emulator's own tests: plain `fetch` against 127.0.0.1, so
 * the tests see exactly what any client would.
 */
import type { Emulator, RequestLogEntry } from './types.js';

export interface HttpResult {
  status: number;
  headers: Headers;
  /** Parsed JSON, the text when it is not JSON, or undefined when empty. */
  body: unknown;
}

/** Reads a response completely. */
export async function readResponse(response: Response): Promise<HttpResult> {
  const text = await response.text();
  let body: unknown;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, body };
}

/** Posts a form to the token endpoint. */
export async function requestToken(
  emulator: Emulator,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
  const response = await fetch(emulator.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return readResponse(response);
}

/** A token for the emulator's first client. */
export async function getToken(emulator: Emulator): Promise<string> {
  const result = await requestToken(emulator, {
    grant_type: 'client_credentials',
    client_id: emulator.clientId,
    client_secret: emulator.clientSecret,
    scope: 'openid',
  });
  const token = (result.body as { access_token?: string } | undefined)?.access_token;
  if (result.status !== 200 || !token) {
    throw new Error(`token request failed: ${result.status} ${JSON.stringify(result.body)}`);
  }
  return token;
}

export interface CallOptions {
  token?: string;
  /** JSON-encoded unless it is a string. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Calls `${apiUrl}${path}` and reads the whole answer. */
export async function call(
  emulator: Emulator,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<HttpResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${emulator.apiUrl}${path}`, { method, headers, body });
  return readResponse(response);
}

/** The audience collection of a workspace, below the API base. */
export function audiencesPath(workspaceId = 'ws-1'): string {
  return `/audience-service/v1/workspaces/${workspaceId}/target-audiences`;
}

/** A valid create body; `overrides` replace whole fields. */
export function validProfile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Marketing leaders',
    residence: 'Berlin',
    country: 'US',
    nativeLanguage: 'en',
    minAge: 25,
    maxAge: 45,
    genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
    interests: ['AI', 'content marketing'],
    needs: ['scale content production'],
    painPoints: ['manual workflows'],
    shared: true,
    ...overrides,
  };
}

/** The body without the given fields. */
export function without(
  body: Record<string, unknown>,
  ...fields: string[]
): Record<string, unknown> {
  const copy = { ...body };
  for (const field of fields) delete copy[field];
  return copy;
}

/**
 * Resolves with the first logged request that matches, once it has reached the emulator.
 * Ordering tests need this: a request sent first may still be opening its connection
 * when a later one, on a pooled connection, is already answered.
 */
export async function waitForRequest(
  emulator: Emulator,
  matches: (entry: RequestLogEntry) => boolean,
): Promise<RequestLogEntry> {
  for (;;) {
    const entry = emulator.requests.find(matches);
    if (entry) return entry;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
