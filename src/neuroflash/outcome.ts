/**
 * What one try of a call came to, and what that means: the exchange (a response, or no
 * response), whether a failure may be retried, and the error a failed call ends with.
 */
import { parseRetryAfter } from '../retry.js';
import { ApiError } from './api.js';
import type { CallSpec, RawResponse } from './call.js';
import { readErrorBody } from './error-body.js';
import type { Redactor } from './redact.js';
import {
  isRetryableNetworkCode,
  isRetryableStatus,
  networkCodeProvesNotSent,
  statusOutcomeUnknown,
} from './retry-rules.js';

/** One try: the server's response, or the network error that stood in for it. */
export type Exchange =
  | ({ kind: 'response' } & RawResponse)
  | { kind: 'network'; error: unknown; code: string; label: string };

export interface FailureVerdict {
  retryable: boolean;
  /** The server may have acted on the request. */
  maybeDone: boolean;
  retryAfterMs?: number;
}

/** The body as JSON, or `undefined` when it is empty or not JSON. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Whether and how a failed try may be retried. */
export function judgeFailure(outcome: Exchange, nowMs: number): FailureVerdict {
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

/** The final error of a call, with the API's own message when there is one. */
export function failureError<T>(
  redactor: Redactor,
  spec: CallSpec<T>,
  outcome: Exchange,
  tries: number,
  extra = '',
): ApiError {
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
  // Redacted by the transport's own redactor, before the body is cut (see error-body.ts).
  const info = readErrorBody(outcome.json, outcome.text, redactor);
  const apiMessage = info.message;
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
