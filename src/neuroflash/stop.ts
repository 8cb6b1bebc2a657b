/**
 * Stopping a call from outside: the request's own timeout, the run's time budget and the
 * run's cancel, and the error a stopped call ends with.
 */
import { formatSeconds } from '../retry.js';
import { type ApiError, CancelledError, TimeBudgetError } from './api.js';
import type { CallSpec } from './call.js';
import type { Redactor } from './redact.js';

/** Our own timeout, distinct from every undici error, so it is classified without guessing. */
export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
  readonly code = 'TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(`no response within ${formatSeconds(timeoutMs)}`);
  }
}

/** Why a call was stopped from outside: the run's budget ran out, or the run was cancelled. */
export class StopSignal extends Error {
  override name = 'StopSignal';
  constructor(readonly why: 'budget' | 'cancel') {
    super(why === 'budget' ? 'the time budget ran out' : 'the run was cancelled');
  }
}

/** What the stop error reads from the transport's options. */
export interface StopContext {
  redactor: Redactor;
  /** How the budget is named in messages, e.g. `10 min (timeout-minutes)`. */
  budgetLabel?: string;
}

/**
 * The error of a call stopped from outside. A write cut in flight may have landed: the
 * message says so, and a re-run re-plans against what is there.
 */
export function stoppedError<T>(
  context: StopContext,
  spec: CallSpec<T>,
  tries: number,
  why: StopSignal['why'],
  extra = '',
  inFlight = false,
): ApiError {
  const budget = context.budgetLabel ? ` of ${context.budgetLabel}` : '';
  const reason = why === 'budget' ? `the time budget${budget} ran out` : 'the run was cancelled';
  const state =
    tries === 0
      ? 'not sent'
      : inFlight && spec.method !== 'GET'
        ? 'cut in flight, so it may or may not have taken effect (a re-run re-plans against what is there)'
        : 'stopped';
  const message = `${spec.method} ${spec.path} → ${state}: ${reason}${extra}`;
  const ErrorClass = why === 'budget' ? TimeBudgetError : CancelledError;
  return new ErrorClass(context.redactor.redact(message), {
    method: spec.method,
    path: spec.path,
    attempts: tries,
  });
}

/** An injected wait, ended early by the signal (the real timer takes the signal itself). */
export function raceSignal(wait: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
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
