/**
 * Keeps secrets out of every string the client produces. The client secret and each
 * access token are registered as they become known; error messages, API messages and log
 * lines pass through `redact` before they leave the client, so that even a server that
 * echoes a credential back cannot get it printed.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers a secret, together with its URL-encoded form (as it travels in a form body). */
  add(secret: string): void {
    if (secret === '') return;
    this.secrets.add(secret);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) this.secrets.add(encoded);
  }

  /** The text with every registered secret replaced by `***`. */
  redact(text: string): string {
    let out = text;
    // Longest first, so that a secret containing another is replaced whole.
    const ordered = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of ordered) out = out.split(secret).join('***');
    return out;
  }
}
