/**
 * The Action's stdout and stderr pass through the one redactor (`src/redact.ts`). The
 * runner masks what `::add-mask::` registered, but only in the raw form it was given; a
 * secret echoed percent- or form-encoded, or in base64, would print. Wrapping the two
 * streams covers every log line, annotation and failure message at once, whoever writes
 * it. The `::add-mask::` commands themselves pass unchanged: the runner must see the
 * value it is asked to mask.
 */
import { redact } from '../redact.js';

const ADD_MASK = '::add-mask::';

type Write = typeof process.stdout.write;

function redacting(stream: NodeJS.WriteStream): void {
  const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    const text =
      typeof chunk === 'string'
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk).toString('utf8')
          : undefined;
    if (text === undefined || text.startsWith(ADD_MASK)) return original(chunk, ...rest);
    // A chunk that is not text is passed on as it is; text loses its encoding argument,
    // since it is written as a string now.
    const callback = rest.find((r) => typeof r === 'function');
    return callback ? original(redact(text), callback) : original(redact(text));
  };
  stream.write = write as Write;
}

let installed = false;

/** Makes every later write to stdout and stderr pass through the redactor. Idempotent. */
export function redactStandardStreams(): void {
  if (installed) return;
  installed = true;
  redacting(process.stdout);
  redacting(process.stderr);
}
