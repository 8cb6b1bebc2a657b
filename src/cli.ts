/**
 * The command line's wiring: one dispatcher, one module per subcommand. Each command
 * takes its own arguments, the output sink and its dependencies, and returns an exit
 * code or throws; this file is the one place that turns a thrown error into the printed
 * message and exit code 1.
 */
import { formatUserError, toUserError, UsageError } from './cli/errors.js';
import type { CliIO, CommandDeps } from './cli/io.js';
import { type Terminal, terminalOf } from './cli/terminal.js';
import { VERSION } from './cli/version.js';
import { BOOTSTRAP_USAGE, bootstrapCommand } from './commands/bootstrap.js';
import { DOCTOR_USAGE, runDoctor } from './commands/doctor.js';
import { EXPORT_USAGE, exportCommand } from './commands/export.js';
import { APPLY_USAGE, PLAN_USAGE, runApply, runPlan } from './commands/sync.js';
import { runValidate, VALIDATE_USAGE } from './commands/validate.js';
import { suggestKey } from './schema/messages.js';

export type { CliIO } from './cli/io.js';

interface CommandEntry {
  /** One line for the overview. */
  summary: string;
  /** The command's own help text. */
  usage: string;
  run: (args: string[], term: Terminal, deps: CommandDeps) => Promise<number>;
}

/** The subcommands, in the order the overview lists them. New commands register here. */
const COMMANDS: Record<string, CommandEntry> = {
  validate: {
    summary: 'check audience files and print every problem (no network)',
    usage: VALIDATE_USAGE,
    run: (args, term) => runValidate(args, term),
  },
  plan: {
    summary: 'show what apply would change (exit 2 when there are changes)',
    usage: PLAN_USAGE,
    run: runPlan,
  },
  apply: {
    summary: 'show the plan, ask, then make the workspace equal to the files',
    usage: APPLY_USAGE,
    run: runApply,
  },
  export: {
    summary: "write the workspace's audiences as YAML files (adoption)",
    usage: EXPORT_USAGE,
    run: exportCommand,
  },
  bootstrap: {
    summary: 'draft a new audience file from web pages (URL import)',
    usage: BOOTSTRAP_USAGE,
    run: bootstrapCommand,
  },
  doctor: {
    summary: 'check the connection to neuroflash, step by step',
    usage: DOCTOR_USAGE,
    run: runDoctor,
  },
};

function overview(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  const lines = names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]?.summary ?? ''}`);
  return [
    'Usage: audience-sync <command> [options]',
    '',
    "Keeps a neuroflash workspace's target audiences equal to YAML files.",
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --version   print the version',
    '  -h, --help  show this help',
    '',
    "Run 'audience-sync <command> --help' for a command's options.",
    '',
    'Exit codes: 0 success, 2 plan found changes, 1 an error.',
    '',
  ].join('\n');
}

function unknownCommand(name: string): UsageError {
  const near = suggestKey(name, Object.keys(COMMANDS));
  return new UsageError(
    `unknown command ${JSON.stringify(name)}${near ? `; did you mean ${near}?` : ''}`,
    "Run 'audience-sync --help' for the list of commands.",
  );
}

/** Runs the command line and returns its exit code. `deps` are the seams for tests. */
export async function runCli(argv: string[], io: CliIO, deps: CommandDeps = {}): Promise<number> {
  const term = terminalOf(io);
  const [command, ...rest] = argv;
  let entry: CommandEntry | undefined;
  try {
    if (command === undefined) {
      term.err(overview());
      return 1;
    }
    if (command === '--help' || command === '-h') {
      term.out(overview());
      return 0;
    }
    if (command === '--version' || command === '-V') {
      term.out(`${VERSION}\n`);
      return 0;
    }
    if (command === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        term.out(overview());
        return 0;
      }
      const help = Object.hasOwn(COMMANDS, topic) ? COMMANDS[topic] : undefined;
      if (!help) throw unknownCommand(topic);
      term.out(help.usage);
      return 0;
    }
    if (command.startsWith('-')) {
      const near = suggestKey(command, ['--help', '--version']);
      throw new UsageError(
        `unknown option ${command} before a command${near ? `; did you mean ${near}?` : ''}`,
        "Run 'audience-sync --help' for the list of commands.",
      );
    }
    entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!entry) throw unknownCommand(command);
    // Every command's --help, answered here so that no command has to.
    if (rest.includes('--help') || rest.includes('-h')) {
      term.out(entry.usage);
      return 0;
    }
    return await entry.run(rest, term, deps);
  } catch (error) {
    // The one place a failure becomes its message and exit code 1.
    // An unknown command has no name to put in the message: `audience-sync: …`.
    const label = entry ? (command ?? '') : '';
    term.err(formatUserError(toUserError(error, { command: label }), label, entry?.usage));
    return 1;
  }
}
