/**
 * What every subcommand does with its arguments, in one place: strict parsing, and one
 * shape for a usage mistake (`audience-sync <command>: <what is wrong>`, a "did you
 * mean", then the usage). `--help` never reaches a command: the dispatcher answers it.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../cli/errors.js';
import { suggestKey } from '../schema/messages.js';

/**
 * Parses `config.args` strictly. A mistake throws a {@link UsageError} in the CLI's own
 * words (never parseArgs' text), suggesting the nearest option for an unknown one.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  const options = config.options ?? {};
  let takesValue = false;
  for (const arg of config.args ?? []) {
    if (arg === '--') break;
    // The value of a string option (`--workspace -x`) is not an option.
    if (takesValue) {
      takesValue = false;
      continue;
    }
    takesValue = optionOf(arg, options)?.type === 'string';
    const unknown = unknownOption(arg, options);
    if (unknown !== undefined) {
      const names = Object.keys(options).map((name) => `--${name}`);
      const near = suggestKey(unknown, names);
      throw new UsageError(`unknown option ${unknown}${near ? `; did you mean ${near}?` : ''}`);
    }
  }
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(describeParseError(error, options));
  }
}

/** The option that `arg` names alone (`--out`, `-o`; not `--out=x`), if the command has it. */
function optionOf(arg: string, options: NonNullable<ParseArgsConfig['options']>) {
  if (/^--[^=]+$/.test(arg))
    return Object.hasOwn(options, arg.slice(2)) ? options[arg.slice(2)] : undefined;
  if (/^-[^-]$/.test(arg)) return Object.values(options).find((o) => o.short === arg[1]);
  return undefined;
}

/** The option as written (`--frobnicate`), when `arg` is an option the command lacks. */
function unknownOption(
  arg: string,
  options: NonNullable<ParseArgsConfig['options']>,
): string | undefined {
  if (arg.startsWith('--')) {
    const name = arg.slice(2).split('=')[0] ?? '';
    return Object.hasOwn(options, name) ? undefined : `--${name}`;
  }
  if (arg.startsWith('-') && arg.length > 1) {
    const shorts = new Set(Object.values(options).map((o) => o.short));
    // A cluster such as `-ab`: each letter must be some option's short form.
    const bad = [...arg.slice(1)].find((letter) => !shorts.has(letter));
    return bad === undefined ? undefined : `-${bad}`;
  }
  return undefined;
}

/** parseArgs' remaining complaints (a value missing or unwanted, a stray argument), reworded. */
function describeParseError(
  error: unknown,
  options: NonNullable<ParseArgsConfig['options']>,
): string {
  const { code, message } = error as { code?: string; message?: string };
  // parseArgs names the option as `'-o, --out <value>'` or `'--force'`: the long name is enough.
  const long = /--([\w-]+)/.exec(message ?? '')?.[1];
  const named = long && `--${long}`;
  const option = long && options[long];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named) {
    return option && option.type === 'boolean'
      ? `option ${named} takes no value`
      : `option ${named} needs a value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const stray = /'([^']*)'/.exec(message ?? '')?.[1] ?? '';
    return `unexpected argument ${JSON.stringify(stray)}: this command takes options only`;
  }
  return (message ?? String(error)).replace(/'/g, '');
}
