/**
 * What a route answers, as a value: the server decides separately whether to send it or
 * to drop the connection (commit-then-drop), so handlers never touch the socket.
 */

export interface Reply {
  status: number;
  /** JSON-serialised unless it is a string, which is sent verbatim. Absent: no body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** One problem with one field, in the API's documented validation shape. */
export interface FieldError {
  field: string;
  message: string;
  type: 'validation';
}

/** A JSON reply. */
export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}

/** The API's `{error, code}` error shape. */
export function apiError(
  status: number,
  error: string,
  code: string,
  headers?: Record<string, string>,
): Reply {
  return json(status, { error, code }, headers);
}

/** The API's `{errors: [...]}` shape, listing every problem of the body at once. */
export function validationError(errors: FieldError[]): Reply {
  return json(400, { errors });
}

/** A field error, so call sites stay one line each. */
export function fieldError(field: string, message: string): FieldError {
  return { field, message, type: 'validation' };
}
