/**
 * What a call through the transport is made of: the spec a caller hands in, the response
 * a parser gets, the token source and the retry event. The parsers take them from here,
 * without the transport and its HTTP stack.
 */
import type { ApiError } from './api.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The client's logger: debug is required, the rest optional (the CLI may not have them). */
export interface Logger {
  debug(msg: string): void;
  info?(msg: string): void;
  warning?(msg: string): void;
}

/** A response as the transport hands it to a parser. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The parsed body, or `undefined` when it is empty or not JSON. */
  json: unknown;
}

/** A bearer token source that can be told a token was refused. */
export interface TokenProvider {
  get(): Promise<string>;
  /** The API refused this token: forget it, unless a newer one has replaced it already. */
  invalidate(token: string): void;
}

/** One retry, as `onRetry` observes it. */
export interface RetryEvent {
  method: string;
  /** The path below the API base (or the token URL), without the query. */
  path: string;
  /** The try about to be made, 2 for the first retry. */
  attempt: number;
  maxAttempts: number;
  /** The wait before it, in ms (0 for a retry with a renewed token). */
  delayMs: number;
  /** What went wrong: `503`, `429`, `401`, `no response (ECONNRESET)`. */
  reason: string;
  status?: number;
  /** What the server's `Retry-After` asked for, in ms. */
  retryAfterMs?: number;
}

/** Thrown by a parser when a success response is not what the API promises. */
export class ResponseShapeError extends Error {
  override name = 'ResponseShapeError';
}

export interface CallSpec<T> {
  method: HttpMethod;
  /** Absolute URL, query included. */
  url: string;
  /** What messages and logs show: the path below the API base, without the query. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The whole exchange, the body included, must finish within this. */
  timeoutMs: number;
  /** Success statuses. */
  accept: readonly number[];
  /** Turns a success response into the result; throws `ResponseShapeError` if it cannot. */
  parse: (response: RawResponse) => T;
  /** Sends `Authorization: Bearer`; a 401 renews the token and retries once. */
  auth?: TokenProvider;
  /**
   * Marks a call that must not run twice (a create). It is retried blindly only when the
   * server surely did nothing (429, 408, 401, refused connection); when the outcome is
   * unknown, `recover` looks for the result of an earlier try before the next one.
   */
  unsafe?: { recover: () => Promise<T | undefined> };
  /** Statuses that mean success once an earlier try may have done the work (404 on a delete). */
  acceptAfterMaybeDone?: readonly number[];
  /** Token requests are counted apart. */
  isTokenRequest?: boolean;
  /** The error class to throw (the token request throws `AuthError`). */
  errorClass?: new (
    ...args: ConstructorParameters<typeof ApiError>
  ) => ApiError;
  /** Words put before the message, e.g. `authentication failed: `. */
  messagePrefix?: string;
  /** A hint appended to a final failure with this status (or no status: `undefined`). */
  hint?: (status: number | undefined) => string | undefined;
}
