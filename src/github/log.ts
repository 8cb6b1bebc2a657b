/**
 * Writing text that comes from users or from neuroflash (audience names, values) to the
 * Action's log. The runner reads two kinds of workflow command in every stdout line: a
 * line that starts with `::` once leading whitespace is trimmed, and `##[` anywhere in
 * the line (the older syntax). So a name with a newline and `::add-mask::…`, or a value
 * such as `Munich ##[error file=…]forged`, could steer the run. Such text is written
 * between `::stop-commands::` and its end token, GitHub's documented way to print
 * untrusted text; the runner ignores both syntaxes until the end token.
 */
import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';

/**
 * The characters the runner trims before it looks for `::`: .NET's `Char.IsWhiteSpace`,
 * which, unlike JavaScript's `\s`, includes U+0085 (NEL) and leaves out U+FEFF.
 */
const RUNNER_WHITESPACE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the runner trims these control characters
  /^[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

/** The runner's own line split: CR LF, CR or LF. */
const RUNNER_LINES = /\r\n|\r|\n/;

/** True when the runner would read `line` (one line, as it splits them) as a workflow command. */
export function isCommandLine(line: string): boolean {
  return line.replace(RUNNER_WHITESPACE, '').startsWith('::') || line.includes('##[');
}

/** True when some line of `text` would be read as a workflow command. */
export function looksLikeCommand(text: string): boolean {
  return text.split(RUNNER_LINES).some(isCommandLine);
}

/**
 * Control characters other than tab and line feed, and bidi controls. A log is also read
 * in terminals (`gh run view --log`), where ESC sequences clear the screen or, with OSC
 * 52, write to the clipboard.
 */
const TERMINAL_CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with terminal controls written as visible escapes (`\x1b`, `\u202e`). */
function escapeControls(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Logs `text` so that no line of it can act as a workflow command, with terminal controls
 * escaped (line breaks and tabs stay). Text without a command line is otherwise logged as
 * is, to keep the log plain. Secrets are masked where every write goes: the Action's
 * stdout and stderr pass through the redactor (`src/action/redact-streams.ts`).
 */
export function infoUntrusted(untrusted: string, write: (line: string) => void = core.info): void {
  const text = escapeControls(untrusted);
  if (!looksLikeCommand(text)) {
    write(text);
    return;
  }
  // Unguessable, so the text cannot contain the end token and resume commands itself.
  const token = randomBytes(16).toString('hex');
  write(`::stop-commands::${token}`);
  write(text);
  write(`::${token}::`);
}
