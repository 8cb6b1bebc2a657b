/**
 * The one place where requests go over the wire and where retries happen. Every call of
 * the client, the token request included, goes through `Transport.call`, so the retry
 * rules, the secret redaction and the request counts cannot differ between calls.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  decideWait,
  formatSeconds,
  parseRetryAfter,
  type RetryPolicy,
  type Sleep,
} from '../retry.js';
import { ApiError, CancelledError, TimeBudgetError } from './api.js';
import { readErrorBody } from './error-body.js';
import type { Redactor } from './redact.js';
import {
  isRetryableNetworkCode,
  isRetryableStatus,
  networkCodeProvesNotSent,
  networkErrorCode,
  statusOutcomeUnknown,
} from './retry-rules.js';
import type { Agent } from './undici-parts.js';
import { request } from './undici-parts.js';

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

/** Our own timeout, distinct from every undici error, so it is classified without guessing. */
class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
  readonly code = 'TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(`no response within ${formatSeconds(timeoutMs)}`);
  }
}

/** Why a call was stopped from outside: the run's budget ran out, or the run was cancelled. */
class StopSignal extends Error {
  override name = 'StopSignal';
  constructor(readonly why: 'budget' | 'cancel') {
    super(why === 'budget' ? 'the time budget ran out' : 'the run was cancelled');
  }
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

type Exchange =
  | ({ kind: 'response' } & RawResponse)
  | { kind: 'network'; error: unknown; code: string; label: string };

interface FailureVerdict {
  retryable: boolean;
  /** The server may have acted on the request. */
  maybeDone: boolean;
  retryAfterMs?: number;
}

export interface TransportOptions {
  agent: Agent;
  policy: RetryPolicy;
  redactor: Redactor;
  log: Logger;
  userAgent: string;
  onRetry?: (event: RetryEvent) => void;
  /**
   * Cancels every pending call: requests in flight are aborted and retry waits end, with
   * {@link CancelledError}. The caller fires it after its own grace period.
   */
  signal?: AbortSignal;
  /**
   * The run's time budget, as epoch ms: no request and no retry wait goes past it. When
   * it passes, the pending call fails with {@link TimeBudgetError}.
   */
  deadline?: number;
  /** How the budget is named in messages, e.g. `10 min (timeout-minutes)`. */
  budgetLabel?: string;
  /** Seams for the retry loop; the defaults are the real clock, timers and Math.random. */
  random?: () => number;
  now?: () => number;
  sleep?: Sleep;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends requests through one undici `Agent` (one keep-alive pool per origin) and applies
 * the retry rules of `retry-rules.ts` under the shared policy of `src/retry.ts`.
 */
export class Transport {
  readonly stats = { requests: 0, tokenRequests: 0, retries: 0 };
  private closing: Promise<void> | undefined;

  constructor(private readonly options: TransportOptions) {}

  /** Closes the connection pools; later calls fail at once. Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= this.options.agent.close().then(() => undefined);
    return this.closing;
  }

  /** Runs one call to completion: its result, or a thrown `ApiError` (or subclass). */
  async call<T>(spec: CallSpec<T>): Promise<T> {
    const { policy } = this.options;
    const now = this.options.now ?? Date.now;
    let tries = 0;
    let waitedMs = 0;
    let backoffs = 0;
    let renewedToken = false;
    let maybeDone = false;

    for (;;) {
      if (this.closing) {
        throw new Error(`${spec.method} ${spec.path}: the neuroflash client is closed`);
      }
      this.checkStop(spec, tries);
      const token = spec.auth ? await spec.auth.get() : undefined;
      this.checkStop(spec, tries);
      tries += 1;
      const outcome = await this.exchange(spec, token, tries);

      if (outcome.kind === 'response') {
        const accepted =
          spec.accept.includes(outcome.status) ||
          (maybeDone && spec.acceptAfterMaybeDone?.includes(outcome.status) === true);
        if (accepted) return this.parse(spec, outcome, tries);
        if (outcome.status === 401 && spec.auth && token !== undefined && !renewedToken) {
          // An expired or revoked token: one new token and one more try, never more.
          renewedToken = true;
          spec.auth.invalidate(token);
          this.noteRetry(
            spec,
            tries + 1,
            policy.maxAttempts + 1,
            0,
            '401',
            outcome.status,
            undefined,
            'with a new token',
          );
          continue;
        }
      }

      const verdict = this.judge(outcome, now());
      if (verdict.maybeDone) maybeDone = true;
      if (!verdict.retryable) throw this.failure(spec, outcome, tries);

      // The renewed-token try is a bonus: it does not eat into the configured tries.
      const maxTries = policy.maxAttempts + (renewedToken ? 1 : 0);
      if (tries >= maxTries) return this.giveUp(spec, outcome, tries, verdict.maybeDone, '');

      const wait = decideWait(
        policy,
        backoffs,
        waitedMs,
        verdict.retryAfterMs,
        this.options.random,
      );
      if ('stop' in wait) {
        return this.giveUp(spec, outcome, tries, verdict.maybeDone, `; ${wait.stop}`);
      }
      const delayMs = wait.waitMs;
      backoffs += 1;
      const status = outcome.kind === 'response' ? outcome.status : undefined;
      const reason = outcome.kind === 'response' ? String(outcome.status) : outcome.label;
      const { deadline } = this.options;
      if (deadline !== undefined && now() + delayMs >= deadline) {
        // Waiting would end past the budget: stop now, with the last failure to show.
        const last = this.failure(spec, outcome, tries).message;
        throw this.stopped(spec, tries, 'budget', `; the last try failed: ${last}`);
      }
      this.noteRetry(spec, tries + 1, maxTries, delayMs, reason, status, verdict.retryAfterMs);
      await this.wait(spec, tries, delayMs);
      waitedMs += delayMs;

      if (verdict.maybeDone && spec.unsafe) {
        const found = await this.recover(spec, outcome, tries);
        if (found !== undefined) return found;
      }
    }
  }

  /** Whether and how a failed try may be retried. */
  private judge(outcome: Exchange, nowMs: number): FailureVerdict {
    if (outcome.kind === 'network') {
      const notSent = networkCodeProvesNotSent(outcome.code);
      return { retryable: isRetryableNetworkCode(outcome.code), maybeDone: !notSent };
    }
    const status = outcome.status;
    if (!isRetryableStatus(status)) return { retryable: false, maybeDone: false };
    const maybeDone = statusOutcomeUnknown(status);
    const retryAfterMs = parseRetryAfter(outcome.headers['retry-after'], nowMs);
    // A create whose outcome is unknown may still be retried: `recover` runs first.
    return retryAfterMs === undefined
      ? { retryable: true, maybeDone }
      : { retryable: true, maybeDone, retryAfterMs };
  }

  /** Throws when the run was cancelled or its budget ran out: no new try may start. */
  private checkStop<T>(spec: CallSpec<T>, tries: number): void {
    const { signal, deadline } = this.options;
    const now = this.options.now ?? Date.now;
    if (signal?.aborted) throw this.stopped(spec, tries, 'cancel');
    if (deadline !== undefined && now() >= deadline) throw this.stopped(spec, tries, 'budget');
  }

  /** The retry wait; cancelling the run ends it. */
  private async wait<T>(spec: CallSpec<T>, tries: number, ms: number): Promise<void> {
    const signal = this.options.signal;
    try {
      const injected = this.options.sleep;
      if (injected === undefined) await sleep(ms, undefined, signal ? { signal } : {});
      else await raceSignal(injected(ms), signal);
    } catch (error) {
      if (signal?.aborted) throw this.stopped(spec, tries, 'cancel');
      throw error;
    }
  }

  /**
   * The error of a call stopped from outside. A write cut in flight may have landed: the
   * message says so, and a re-run re-plans against what is there.
   */
  private stopped<T>(
    spec: CallSpec<T>,
    tries: number,
    why: StopSignal['why'],
    extra = '',
    inFlight = false,
  ): ApiError {
    const budget = this.options.budgetLabel ? ` of ${this.options.budgetLabel}` : '';
    const reason = why === 'budget' ? `the time budget${budget} ran out` : 'the run was cancelled';
    const state =
      tries === 0
        ? 'not sent'
        : inFlight && spec.method !== 'GET'
          ? 'cut in flight, so it may or may not have taken effect (a re-run re-plans against what is there)'
          : 'stopped';
    const message = `${spec.method} ${spec.path} → ${state}: ${reason}${extra}`;
    const ErrorClass = why === 'budget' ? TimeBudgetError : CancelledError;
    return new ErrorClass(this.options.redactor.redact(message), {
      method: spec.method,
      path: spec.path,
      attempts: tries,
    });
  }

  private async exchange<T>(
    spec: CallSpec<T>,
    token: string | undefined,
    tries: number,
  ): Promise<Exchange> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': this.options.userAgent,
      ...spec.headers,
    };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    this.stats.requests += 1;
    if (spec.isTokenRequest) this.stats.tokenRequests += 1;

    const controller = new AbortController();
    // The request's own timeout, or the run's budget if that ends first.
    const { deadline, signal } = this.options;
    const left =
      deadline === undefined
        ? Number.POSITIVE_INFINITY
        : deadline - (this.options.now ?? Date.now)();
    const timer = setTimeout(
      () =>
        controller.abort(
          left < spec.timeoutMs
            ? new StopSignal('budget')
            : new RequestTimeoutError(spec.timeoutMs),
        ),
      Math.max(0, Math.min(spec.timeoutMs, left)),
    );
    const cancel = () => controller.abort(new StopSignal('cancel'));
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      const response = await request(spec.url, {
        method: spec.method,
        headers,
        body: spec.body,
        dispatcher: this.options.agent,
        signal: controller.signal,
      });
      // The body is read under the same deadline: a stalled body is as bad as no answer.
      const text = await response.body.text();
      return {
        kind: 'response',
        status: response.statusCode,
        headers: response.headers,
        text,
        json: parseJson(text),
      };
    } catch (error) {
      if (error instanceof StopSignal) throw this.stopped(spec, tries, error.why, '', true);
      if (error instanceof RequestTimeoutError) {
        return {
          kind: 'network',
          error,
          code: error.code,
          label: `no response (timeout after ${formatSeconds(error.timeoutMs)})`,
        };
      }
      const code = networkErrorCode(error);
      return { kind: 'network', error, code, label: `no response (${code})` };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
    }
  }

  private parse<T>(spec: CallSpec<T>, response: RawResponse, tries: number): T {
    try {
      return spec.parse(response);
    } catch (error) {
      if (!(error instanceof ResponseShapeError)) throw error;
      const ErrorClass = spec.errorClass ?? ApiError;
      const message = `${spec.messagePrefix ?? ''}${spec.method} ${spec.path} → ${response.status}: ${error.message}`;
      throw new ErrorClass(
        this.options.redactor.redact(message),
        { method: spec.method, path: spec.path, status: response.status, attempts: tries },
        { cause: error },
      );
    }
  }

  /** The final error of a call, with the API's own message when there is one. */
  private failure<T>(spec: CallSpec<T>, outcome: Exchange, tries: number, extra = ''): ApiError {
    const redactor = this.options.redactor;
    const ErrorClass = spec.errorClass ?? ApiError;
    const where = `${spec.method} ${spec.path}`;
    const prefix = spec.messagePrefix ?? '';
    if (outcome.kind === 'network') {
      const times = tries > 1 ? ` after ${tries} tries` : '';
      const hint = spec.hint?.(undefined);
      const message = `${prefix}${where} → ${outcome.label}${times}${extra}${hint ? `. ${hint}` : ''}`;
      return new ErrorClass(
        redactor.redact(message),
        { method: spec.method, path: spec.path, attempts: tries },
        { cause: outcome.error },
      );
    }
    const info = readErrorBody(outcome.json, outcome.text);
    const apiMessage = info.message === undefined ? undefined : redactor.redact(info.message);
    const times = tries > 1 ? ` (after ${tries} tries)` : '';
    const hint = spec.hint?.(outcome.status);
    const message = `${prefix}${where} → ${outcome.status}${apiMessage ? `: ${apiMessage}` : ''}${times}${extra}${hint ? `. ${hint}` : ''}`;
    return new ErrorClass(redactor.redact(message), {
      method: spec.method,
      path: spec.path,
      status: outcome.status,
      ...(apiMessage === undefined ? {} : { apiMessage }),
      ...(info.code === undefined ? {} : { code: info.code }),
      attempts: tries,
    });
  }

  /**
   * The call failed for good. A create whose last try may have landed is looked up one
   * last time: an audience that exists must not be reported as a failed create.
   */
  private async giveUp<T>(
    spec: CallSpec<T>,
    outcome: Exchange,
    tries: number,
    maybeDone: boolean,
    extra: string,
  ): Promise<T> {
    if (maybeDone && spec.unsafe) {
      const found = await this.recover(spec, outcome, tries);
      if (found !== undefined) return found;
    }
    throw this.failure(spec, outcome, tries, extra);
  }

  private async recover<T>(
    spec: CallSpec<T>,
    outcome: Exchange,
    tries: number,
  ): Promise<T | undefined> {
    if (!spec.unsafe) return undefined;
    try {
      return await spec.unsafe.recover();
    } catch (error) {
      // Without the lookup a retry could create a duplicate: stop here instead.
      const reason = error instanceof Error ? error.message : String(error);
      const failure = this.failure(
        spec,
        outcome,
        tries,
        `; could not check whether it took effect, so it was not retried: ${this.options.redactor.redact(reason)}`,
      );
      throw new (spec.errorClass ?? ApiError)(failure.message, failure.details, { cause: error });
    }
  }

  private noteRetry<T>(
    spec: CallSpec<T>,
    attempt: number,
    maxAttempts: number,
    delayMs: number,
    reason: string,
    status: number | undefined,
    retryAfterMs: number | undefined,
    how?: string,
  ): void {
    this.stats.retries += 1;
    const wait = how ?? `in ${formatSeconds(delayMs)}`;
    const asked = retryAfterMs === undefined ? '' : ` (Retry-After ${formatSeconds(retryAfterMs)})`;
    this.options.log.debug(
      this.options.redactor.redact(
        `retry ${attempt}/${maxAttempts} ${wait}: ${spec.method} ${spec.path} → ${reason}${asked}`,
      ),
    );
    this.options.onRetry?.({
      method: spec.method,
      path: spec.path,
      attempt,
      maxAttempts,
      delayMs,
      reason,
      ...(status === undefined ? {} : { status }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
}

/** An injected wait, ended early by the signal (the real timer takes the signal itself). */
function raceSignal(wait: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return wait;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    wait.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
