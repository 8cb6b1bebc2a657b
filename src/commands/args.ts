/**
 * What every subcommand does with its arguments, in one place: strict parsing, and one
 * shape for a usage mistake (`audience-sync <command>: <what is wrong>`, then the usage).
 * `--help` never reaches a command: the dispatcher in cli.ts answers it.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { CliIO } from '../cli.js';

/** Writes `audience-sync <command>: <message>` (and more lines, if given) to stderr. */
export function reportError(io: CliIO, command: string, message: string): void {
  io.stderr(`audience-sync ${command}: ${message}\n`);
}

/**
 * Parses `config.args` (strictly: parseArgs rejects unknown options by default). On a mistake it prints what is wrong and the usage, and
 * returns undefined: the command then exits 1.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  command: string,
  config: T,
  usage: string,
  io: CliIO,
): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch (error) {
    // parseArgs' messages name the bad option; the usage says what is accepted.
    reportError(io, command, `${(error as Error).message}\n\n${usage.trimEnd()}`);
    return undefined;
  }
}
