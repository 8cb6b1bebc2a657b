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
import { suggestKey } from './schema/messages.js';

export type { CliIO } from './cli/io.js';

/** What a command is, once its module is loaded. */
interface LoadedCommand {
  /** The command's own help text. */
  usage: string;
  run: (args: string[], term: Terminal, deps: CommandDeps) => Promise<number>;
}

interface CommandEntry {
  /** One line for the overview. */
  summary: string;
  /**
   * Loads the command's module: each command loads only what it needs, so that
   * `validate` starts without the network client, the planner or the YAML writer.
   */
  load: () => Promise<LoadedCommand>;
}

/** The subcommands, in the order the overview lists them. New commands register here. */
const COMMANDS: Record<string, CommandEntry> = {
  validate: {
    summary: 'check audience files and print every problem (no network)',
    load: async () => {
      const { runValidate, VALIDATE_USAGE } = await import('./commands/validate.js');
      return { usage: VALIDATE_USAGE, run: (args, term) => runValidate(args, term) };
    },
  },
  plan: {
    summary: 'show what apply would change (exit 2 when there are changes)',
    load: async () => {
      const { PLAN_USAGE, runPlan } = await import('./commands/sync.js');
      return { usage: PLAN_USAGE, run: runPlan };
    },
  },
  apply: {
    summary: 'show the plan, ask, then make the workspace equal to the files',
    load: async () => {
      const { APPLY_USAGE, runApply } = await import('./commands/sync.js');
      return { usage: APPLY_USAGE, run: runApply };
    },
  },
  export: {
    summary: "write the workspace's audiences as YAML files (adoption)",
    load: async () => {
      const { EXPORT_USAGE, exportCommand } = await import('./commands/export.js');
      return { usage: EXPORT_USAGE, run: exportCommand };
    },
  },
  bootstrap: {
    summary: 'draft a new audience file from web pages (URL import)',
    load: async () => {
      const { BOOTSTRAP_USAGE, bootstrapCommand } = await import('./commands/bootstrap.js');
      return { usage: BOOTSTRAP_USAGE, run: bootstrapCommand };
    },
  },
  doctor: {
    summary: 'check the connection to neuroflash, step by step',
    load: async () => {
      const { DOCTOR_USAGE, runDoctor } = await import('./commands/doctor.js');
      return { usage: DOCTOR_USAGE, run: runDoctor };
    },
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
  let entry: LoadedCommand | undefined;
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
      term.out((await help.load()).usage);
      return 0;
    }
    if (command.startsWith('-')) {
      const near = suggestKey(command, ['--help', '--version']);
      throw new UsageError(
        `unknown option ${command} before a command${near ? `; did you mean ${near}?` : ''}`,
        "Run 'audience-sync --help' for the list of commands.",
      );
    }
    const known = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!known) throw unknownCommand(command);
    entry = await known.load();
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
