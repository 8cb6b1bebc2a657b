/**
 * Reads the human message out of an error response. neuroflash uses two shapes
 * (`{error, code}` and `{errors: [{field, message}]}`), the token endpoint speaks OAuth
 * (`{error, error_description}`), and proxies in between send plain text or HTML.
 */
import { isRecord } from '../guards.js';
import { type Redactor, redactAndTruncate, secrets } from '../redact.js';

export interface ErrorBodyInfo {
  /** The API's own message, if one could be read. */
  message?: string;
  /** The API's error code, e.g. `TARGET_AUDIENCE_LIMIT_REACHED`. */
  code?: string;
}

/** Long messages and proxy error pages are cut to this many characters, after redaction. */
const MAX_TEXT = 300;

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function fieldErrors(errors: unknown[]): string | undefined {
  const parts = errors
    .map((entry) => {
      if (typeof entry === 'string') return entry.trim();
      if (!isRecord(entry)) return '';
      const message =
        nonEmptyString(entry.message) ?? nonEmptyString(entry.defaultMessage) ?? 'invalid';
      const field = nonEmptyString(entry.field);
      return field ? `${field}: ${message}` : message;
    })
    .filter((part) => part !== '');
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/**
 * The message and code of an error body: `json` is the parsed body when it was JSON,
 * `text` the raw text otherwise. The message is redacted before it is cut (a cut inside
 * a secret would leave its start behind) and before its spaces are collapsed (a secret
 * with two spaces in a row would no longer match).
 */
export function readErrorBody(
  json: unknown,
  text: string,
  redactor: Redactor = secrets,
): ErrorBodyInfo {
  // A server may cut its own echo short, inside a secret: `redactCut` masks that start.
  const info = readRawErrorBody(json, redactor.redactCut(text));
  if (info.message === undefined) return info;
  const flat = redactor.redactCut(info.message).replace(/\s+/g, ' ').trim();
  return { ...info, message: redactAndTruncate(flat, MAX_TEXT + 1, redactor) };
}

function readRawErrorBody(json: unknown, text: string): ErrorBodyInfo {
  if (isRecord(json)) {
    const code = nonEmptyString(json.code);
    const info: ErrorBodyInfo = code ? { code } : {};
    if (Array.isArray(json.errors)) {
      const message = fieldErrors(json.errors);
      if (message) return { ...info, message };
    }
    const error = nonEmptyString(json.error);
    const description = nonEmptyString(json.error_description);
    if (error && description) return { ...info, message: `${error}: ${description}` };
    const message =
      description ??
      nonEmptyString(json.message) ??
      (isRecord(json.error) ? nonEmptyString(json.error.message) : undefined) ??
      error ??
      nonEmptyString(json.detail) ??
      nonEmptyString(json.title);
    return message ? { ...info, message } : info;
  }
  const plain = text.trim();
  return plain === '' ? {} : { message: plain };
}
