/**
 * The one redactor of the process. Every secret (the client secret, each access token,
 * the GitHub token) is registered here as soon as it is known, and every channel that
 * writes text a person or a later step can read (console, annotations, job summary, PR
 * comment, drift issue, outputs, thrown messages) passes it through `redact` first.
 *
 * A server may echo a secret in another form than the one sent, so each secret is known
 * in every form a server is likely to echo it in: raw, percent-encoded (as
 * `encodeURIComponent` and as strict RFC 3986, either case of hex), form-encoded (as
 * `URLSearchParams` writes it: `+` for a space, `%7E` for `~`), JSON-escaped, HTML-escaped
 * and, for the client credentials, base64 of `client_id:client_secret` (HTTP Basic).
 *
 * Redaction must run before any truncation: a cut that falls inside a secret would leave
 * a prefix that no longer matches (see `redactAndTruncate`).
 */

/** What a secret is replaced with. */
export const MASK = '***';

/** The shortest start of a secret that is masked at the end of a text cut short elsewhere. */
const MIN_PREFIX = 8;

/** Percent-encodes every byte outside RFC 3986's unreserved set (`A-Z a-z 0-9 - . _ ~`). */
function strictPercent(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function lowerHex(encoded: string): string {
  return encoded.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase());
}

function jsonEscaped(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** JSON as some servers write it: every non-ASCII character as `\uXXXX`, and `/` as `\/`. */
function jsonAsciiEscaped(value: string): string {
  return jsonEscaped(value)
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
}

function htmlEscaped(value: string, apostrophe: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, apostrophe);
}

function base64Forms(value: string): string[] {
  const standard = Buffer.from(value, 'utf8').toString('base64');
  const url = Buffer.from(value, 'utf8').toString('base64url');
  return [standard, standard.replace(/=+$/, ''), url];
}

/**
 * A form as a workflow command carries it: `@actions/core` escapes `%`, CR and LF in a
 * command's message, and also `:` and `,` in its properties (an annotation's `file=`).
 * The runner undoes this, so a redactor that sees the command line must know these too.
 */
function commandEscaped(form: string): string[] {
  const data = form.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return [data, data.replace(/:/g, '%3A').replace(/,/g, '%2C')];
}

/** Every form of `secret` that a server might echo, and each as a workflow command escapes it. */
export function secretForms(secret: string): string[] {
  const form = new URLSearchParams({ x: secret }).toString().slice(2);
  const percent = [encodeURIComponent(secret), strictPercent(secret), form];
  const forms = [
    secret,
    ...percent,
    ...percent.map(lowerHex),
    jsonEscaped(secret),
    jsonAsciiEscaped(secret),
    htmlEscaped(secret, '&#39;'),
    htmlEscaped(secret, '&#x27;'),
    ...base64Forms(secret),
  ];
  return [...new Set([...forms, ...forms.flatMap(commandEscaped)])];
}

/** A set of secrets and the means to take them out of text. */
export class Redactor {
  private readonly forms = new Set<string>();
  private ordered: string[] = [];

  /** Registers a secret in every form a server might echo it in. Empty values are ignored. */
  add(secret: string): void {
    if (secret === '') return;
    this.addForms(secretForms(secret));
  }

  /**
   * Registers the client credentials: the secret itself, and `id:secret` as HTTP Basic
   * sends it (base64), in case a server echoes the Authorization header.
   */
  addCredentials(clientId: string, clientSecret: string): void {
    if (clientSecret === '') return;
    // base64 has no character that a workflow command escapes.
    this.addForms([...secretForms(clientSecret), ...base64Forms(`${clientId}:${clientSecret}`)]);
  }

  private addForms(forms: Iterable<string>): void {
    const before = this.forms.size;
    for (const form of forms) if (form !== '') this.forms.add(form);
    // Longest first, so that a secret containing another is replaced whole.
    if (this.forms.size > before)
      this.ordered = [...this.forms].sort((a, b) => b.length - a.length);
  }

  /** The text with every occurrence of every registered form replaced by `***`. */
  redact(text: string): string {
    let out = text;
    for (const form of this.ordered) {
      if (out.includes(form)) out = out.split(form).join(MASK);
    }
    return out;
  }

  /**
   * `redact`, for text that someone else may have cut short (a server's echo): a text
   * that ends with the start of a secret loses that start too, from 8 characters on;
   * shorter starts are too likely to be plain words.
   */
  redactCut(text: string): string {
    const out = this.redact(text);
    for (const form of this.ordered) {
      for (let k = Math.min(form.length - 1, out.length); k >= MIN_PREFIX; k -= 1) {
        if (out.endsWith(form.slice(0, k))) return `${out.slice(0, out.length - k)}${MASK}`;
      }
    }
    return out;
  }

  /** True when no secret is registered. */
  get empty(): boolean {
    return this.forms.size === 0;
  }
}

/** The process's redactor: every channel uses this one. */
export const secrets = new Redactor();

/** Registers a secret with the process's redactor. */
export function registerSecret(value: string): void {
  secrets.add(value);
}

/** Registers the client credentials (see `Redactor.addCredentials`). */
export function registerCredentials(clientId: string, clientSecret: string): void {
  secrets.addCredentials(clientId, clientSecret);
}

/** `text` with every registered secret masked. */
export function redact(text: string): string {
  return secrets.redact(text);
}

/**
 * A copy of `value` with every string in it redacted: plain objects and arrays are
 * copied, anything else is kept as it is. For a view model that several renderers escape
 * each in their own way (markdown, HTML, terminal): redacted before, every one is clean.
 */
export function redactDeep<T>(value: T, redactor = secrets): T {
  if (redactor.empty) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactor.redact(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return v;
      return Object.fromEntries(Object.entries(v).map(([k, child]) => [k, walk(child)]));
    }
    return v;
  };
  return walk(value) as T;
}

/**
 * Redacts, then cuts to at most `max` characters (ending with `…` when cut). In this
 * order: a cut first could fall inside a secret and leave its prefix behind.
 */
export function redactAndTruncate(text: string, max: number, redactor = secrets): string {
  const clean = redactor.redact(text);
  if (clean.length <= max) return clean;
  let end = Math.max(0, max - 1);
  const last = clean.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${clean.slice(0, end)}…`;
}
