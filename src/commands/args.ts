/**
 * What every subcommand does with its arguments, in one place: strict parsing, and one
 * shape for a usage mistake (`audience-sync <command>: <what is wrong>`, a "did you
 * mean", then the usage). `--help` never reaches a command: the dispatcher answers it.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../cli/errors.js';

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
      const near = suggest(unknown, names);
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

/**
 * The candidate nearest to `word`, if it is near enough to be a typo: an edit distance
 * of at most a third of the word (at least 1, at most 3), or `word` as a prefix.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  if (best && best.distance <= limit) return best.candidate;
  const prefixed = candidates.filter((c) => c.startsWith(word) && word.replace(/^-+/, '') !== '');
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
}
