/**
 * Writing text that comes from users or from neuroflash (audience names, values) to the
 * Action's log. The runner reads every stdout line that starts with `::` (or `##[`) as
 * a workflow command, so a name with a newline and `::add-mask::…` or
 * `::set-output …` in it could steer the run. Such text is written between
 * `::stop-commands::` and its end token, GitHub's documented way to print untrusted text.
 */
import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';

const COMMAND_LINE = /^\s*(::|##\[)/m;

/** True when some line of `text` would be read as a workflow command. */
export function looksLikeCommand(text: string): boolean {
  return COMMAND_LINE.test(text.replace(/\r\n?/g, '\n'));
}

/**
 * Logs `text` so that no line of it can act as a workflow command. Text without such a
 * line is logged as is, to keep the log plain.
 */
export function infoUntrusted(text: string, write: (line: string) => void = core.info): void {
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
