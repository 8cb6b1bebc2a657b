/**
 * The CLI's output sink. Everything a command prints passes through `terminalSafe`, so
 * text from the API, from files or from an error message cannot clear the screen
 * (`ESC[2J`), write the clipboard (OSC 52) or reorder a line with bidi controls: control,
 * C1 and bidi characters are shown escaped (`\x1b`, `\u202e`). Only the sink itself adds
 * the few sequences the CLI means: colours the renderer put in, and a redrawn status line.
 */
import { escapeTerminal } from '../report/escape.js';
import type { CliIO } from './io.js';

/** Text made inert for a terminal; line breaks stay line breaks. */
export function terminalSafe(text: string): string {
  return text.split('\n').map(escapeTerminal).join('\n');
}

// The Select Graphic Rendition sequences of the console renderer (colours, bold, reset).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the escape is the point
const SGR = /(\u001b\[[0-9;]*m)/;

/** Like `terminalSafe`, but colour sequences stay: for the renderer's own styled output. */
export function terminalSafeStyled(text: string): string {
  return text
    .split(SGR)
    .map((part, i) => (i % 2 === 1 ? part : terminalSafe(part)))
    .join('');
}

// What JSON.stringify leaves raw but a terminal would act on: DEL, C1, line separators
// and bidi controls. Inside JSON they can only be in strings, where `\uXXXX` is valid.
const JSON_UNSAFE = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** A value as indented JSON that is both valid JSON and inert on a terminal. */
export function terminalSafeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(
    JSON_UNSAFE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}\n`;
}

/** Erases the current line and returns to its start. */
const CLEAR_LINE = '\r\u001b[2K';

/** What a command writes to, and reads its surroundings from. */
export interface Terminal {
  /** Prints to stdout, escaped. */
  out(text: string): void;
  /** Prints to stderr, escaped. */
  err(text: string): void;
  /** Prints `value` as JSON to stdout: valid JSON, with terminal controls escaped. */
  json(value: unknown): void;
  /** Prints the console renderer's output to stdout, keeping its colours. */
  styled(text: string): void;
  /** Redraws the one status line on stderr (a terminal only); `''` clears it. */
  status(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
  /** Colour is wanted: a terminal, and no `NO_COLOR`. */
  color: boolean;
  /** A yes/no question to a person at the terminal; absent without one. */
  ask?: (question: string) => Promise<string>;
}

/** The sink over the process's (or a test's) IO. */
export function terminalOf(io: CliIO): Terminal {
  return {
    out: (text) => io.stdout(terminalSafe(text)),
    err: (text) => io.stderr(terminalSafe(text)),
    json: (value) => io.stdout(terminalSafeJson(value)),
    styled: (text) => io.stdout(terminalSafeStyled(text)),
    status: (text) => io.stderr(`${CLEAR_LINE}${terminalSafe(text)}`),
    env: io.env,
    cwd: io.cwd,
    isTTY: io.isTTY,
    color: io.isTTY && !io.env.NO_COLOR,
    ...(io.ask ? { ask: withSafeQuestion(io.ask) } : {}),
  };
}

/** The prompt with its control characters escaped, like everything else the CLI prints. */
function withSafeQuestion(ask: (question: string) => Promise<string>) {
  return (question: string) => ask(terminalSafe(question));
}
