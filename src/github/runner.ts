/**
 * The GitHub Actions runner protocol, as much of it as the Action speaks: inputs from
 * `INPUT_*` variables, workflow commands on stdout (`::name key=value,…::message`), and
 * the files the runner names in `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`.
 *
 * Our own rather than `@actions/core`: loading that package loads its HTTP client and
 * undici (for OIDC tokens) and `@actions/exec` on every run, the validate-only run of a
 * fork's pull request included, and that load was most of the Action's cold start.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/** Where an annotation points; GitHub shows it on that file and line of a diff. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Writes one annotation (`notice`, `warning` or `error`). */
export type Annotate = (message: string, properties?: AnnotationProperties) => void;

/** What the Action says to the runner. Every method works unbound, so it can be passed on. */
export interface Runner {
  /** The input's value, trimmed; empty when the input is not set. */
  getInput(name: string): string;
  info(message: string): void;
  /** Shown only when the run has step debug logging on. */
  debug(message: string): void;
  notice: Annotate;
  warning: Annotate;
  error: Annotate;
  /** Folds what `fn` logs into a collapsible group, closed even when `fn` throws. */
  group<T>(name: string, fn: () => T | Promise<T>): Promise<T>;
  /** Asks the runner to mask `value` in everything the job prints from now on. */
  setSecret(value: string): void;
  /** Sets a step output; see {@link createRunner} for an unset `GITHUB_OUTPUT`. */
  setOutput(name: string, value: string): void;
  /** Logs `message` as an error annotation and makes the step fail when the process ends. */
  setFailed(message: string): void;
  /** Appends markdown to the job summary as it is; see {@link createRunner} for an unset `GITHUB_STEP_SUMMARY`. */
  appendSummary(markdown: string): void;
}

/** The process the runner talks to; the default is this one. */
export interface RunnerIo {
  env: NodeJS.ProcessEnv;
  /** The step's log, which the runner reads for workflow commands. */
  write(text: string): void;
  setExitCode(code: number): void;
  /** A fresh heredoc delimiter per output; a seam so tests can force a collision. */
  delimiter?: () => string;
}

/** An output that cannot be written so that the runner reads back exactly that name and value. */
export class RunnerOutputError extends Error {
  override name = 'RunnerOutputError';
  constructor(
    readonly output: string,
    message: string,
  ) {
    super(message);
  }
}

/** A file the runner named could not be appended to. */
export class RunnerFileError extends Error {
  override name = 'RunnerFileError';
  constructor(
    readonly variable: string,
    readonly path: string,
    options: { cause: unknown },
  ) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(`could not append to $${variable} (${path}): ${reason}`, options);
  }
}

const OUTPUT = 'GITHUB_OUTPUT';
const SUMMARY = 'GITHUB_STEP_SUMMARY';

// The YAML 1.2 core schema's booleans: the spellings a workflow's `with:` may use.
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** `true` or `false` for a YAML 1.2 core schema boolean, `undefined` for anything else. */
export function parseBoolean(value: string): boolean | undefined {
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return undefined;
}

/**
 * Escapes a command's message. The runner reads a command up to the end of its line and
 * decodes these three, so a message can span lines without ending the command early.
 */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value, where `:` would end the properties and `,` start another one. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * Speaks the runner protocol over `io`.
 *
 * `GITHUB_OUTPUT` or `GITHUB_STEP_SUMMARY` naming a file that does not exist yet: it is
 * created, as the runner reads the file after the step whoever created it. Either
 * variable unset (a run outside GitHub Actions, or by hand): there is nowhere to write,
 * so the outputs or the summary are dropped and one log line per variable says so; the
 * run goes on, as nothing it decided depends on them. A named file that cannot be
 * written throws {@link RunnerFileError}: there the runner expects outputs and gets none.
 */
export function createRunner(io: RunnerIo): Runner {
  const newDelimiter = io.delimiter ?? (() => `ghadelimiter_${randomBytes(16).toString('hex')}`);
  const toldUnset = new Set<string>();

  const line = (text: string): void => io.write(`${text}${EOL}`);
  const command = (name: string, message: string, properties: Record<string, unknown> = {}) => {
    const props = Object.entries(properties)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
      .join(',');
    line(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`);
  };
  const annotate =
    (kind: 'notice' | 'warning' | 'error'): Annotate =>
    (message, p = {}) =>
      // The runner's own names, in the order GitHub's documentation lists them.
      command(kind, message, {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
      });

  /** Appends to the file `variable` names, or says once that there is none. */
  const append = (variable: string, text: string): void => {
    const path = io.env[variable];
    if (!path) {
      if (!toldUnset.has(variable)) {
        toldUnset.add(variable);
        line(`$${variable} is not set (not a GitHub Actions runner?): not written.`);
      }
      return;
    }
    try {
      appendFileSync(path, text, 'utf8');
    } catch (cause) {
      throw new RunnerFileError(variable, path, { cause });
    }
  };

  const getInput = (name: string): string =>
    (io.env[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] ?? '').trim();
  const error = annotate('error');

  return {
    getInput,
    info: line,
    debug: (message) => command('debug', message),
    notice: annotate('notice'),
    warning: annotate('warning'),
    error,
    group: async (name, fn) => {
      command('group', name);
      try {
        return await fn();
      } finally {
        command('endgroup', '');
      }
    },
    setSecret: (value) => command('add-mask', value),
    setOutput: (name, value) => {
      const delimiter = newDelimiter();
      // The runner takes `name<<delimiter` for a heredoc up to the first line equal to the
      // delimiter, and `name=value` when `=` comes first: a name or value that could
      // match either would set some other output, or a cut-off value.
      if (name === '' || /[\r\n=]|<</.test(name) || name.includes(delimiter)) {
        throw new RunnerOutputError(name, `output name \`${name}\` cannot be written`);
      }
      if (value.includes(delimiter)) {
        throw new RunnerOutputError(
          name,
          `the value of output \`${name}\` contains the heredoc delimiter; refused`,
        );
      }
      append(OUTPUT, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
    },
    setFailed: (message) => {
      io.setExitCode(1);
      error(message);
    },
    appendSummary: (markdown) => append(SUMMARY, markdown),
  };
}

/** The runner of this process. */
export const runner: Runner = createRunner({
  env: process.env,
  write: (text) => {
    process.stdout.write(text);
  },
  setExitCode: (code) => {
    process.exitCode = code;
  },
});
