/**
 * The one place where requests go over the wire and where retries happen. Every call of
 * the client, the token request included, goes through `Transport.call`, so the retry
 * rules, the secret redaction and the request counts cannot differ between calls.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { decideWait, formatSeconds, type RetryPolicy, type Sleep } from '../retry.js';
import { ApiError, CancelledError, TimeBudgetError } from './api.js';
import {
  type CallSpec,
  type Logger,
  type RawResponse,
  ResponseShapeError,
  type RetryEvent,
} from './call.js';
import { type Exchange, failureError, judgeFailure, parseJson } from './outcome.js';
import type { Redactor } from './redact.js';
import { networkErrorCode } from './retry-rules.js';
import { RequestTimeoutError, raceSignal, StopSignal, stoppedError } from './stop.js';
import type { Agent } from './undici-parts.js';
import { request } from './undici-parts.js';

// The call's types live in `call.ts`; the client's options name these two through here.
export type { Logger, RetryEvent } from './call.js';

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

      const verdict = judgeFailure(outcome, now());
      if (verdict.maybeDone) maybeDone = true;
      if (!verdict.retryable) throw failureError(this.options.redactor, spec, outcome, tries);

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
        const last = failureError(this.options.redactor, spec, outcome, tries).message;
        throw stoppedError(this.options, spec, tries, 'budget', `; the last try failed: ${last}`);
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

  /** Throws when the run was cancelled or its budget ran out: no new try may start. */
  private checkStop<T>(spec: CallSpec<T>, tries: number): void {
    const { signal, deadline } = this.options;
    const now = this.options.now ?? Date.now;
    if (signal?.aborted) throw stoppedError(this.options, spec, tries, 'cancel');
    if (deadline !== undefined && now() >= deadline) {
      throw stoppedError(this.options, spec, tries, 'budget');
    }
  }

  /** The retry wait; cancelling the run ends it. */
  private async wait<T>(spec: CallSpec<T>, tries: number, ms: number): Promise<void> {
    const signal = this.options.signal;
    try {
      const injected = this.options.sleep;
      if (injected === undefined) await sleep(ms, undefined, signal ? { signal } : {});
      else await raceSignal(injected(ms), signal);
    } catch (error) {
      if (signal?.aborted) throw stoppedError(this.options, spec, tries, 'cancel');
      throw error;
    }
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
      if (error instanceof StopSignal) {
        throw stoppedError(this.options, spec, tries, error.why, '', true);
      }
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
    throw failureError(this.options.redactor, spec, outcome, tries, extra);
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
      const failure = failureError(
        this.options.redactor,
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
