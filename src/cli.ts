/**
 * The command line's wiring: one dispatcher, one module per subcommand. Each command
 * takes its own arguments and the injected IO, and returns an exit code; this file is
 * the one place that turns an unexpected error into exit code 1.
 */
import { BOOTSTRAP_USAGE, bootstrapCommand } from './commands/bootstrap.js';
import { EXPORT_USAGE, exportCommand } from './commands/export.js';
import { APPLY_USAGE, PLAN_USAGE, runApply, runPlan } from './commands/sync.js';
import { runValidate, VALIDATE_USAGE } from './commands/validate.js';

/** Where the CLI writes, and what it reads from its environment: injected for tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

/** A subcommand: its arguments (after the command's name) and the IO give an exit code. */
export type CommandRunner = (args: string[], io: CliIO) => Promise<number>;

interface CommandEntry {
  /** One line for the overview. */
  summary: string;
  /** The command's own help text. */
  usage: string;
  run: CommandRunner;
}

/** The subcommands, in the order the overview lists them. New commands register here. */
const COMMANDS: Record<string, CommandEntry> = {
  validate: {
    summary: 'check audience files and print every problem (no network)',
    usage: VALIDATE_USAGE,
    run: runValidate,
  },
  plan: {
    summary: 'show what apply would change (exit 2 when there are changes)',
    usage: PLAN_USAGE,
    run: (args, io) => runPlan(args, io),
  },
  apply: {
    summary: 'make the workspace equal to the files',
    usage: APPLY_USAGE,
    run: (args, io) => runApply(args, io),
  },
  export: {
    summary: "write the workspace's audiences as YAML files (adoption)",
    usage: EXPORT_USAGE,
    run: (args, io) => exportCommand(args, io),
  },
  bootstrap: {
    summary: 'draft a new audience file from web pages (URL import)',
    usage: BOOTSTRAP_USAGE,
    run: (args, io) => bootstrapCommand(args, io),
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
    "Run 'audience-sync <command> --help' for a command's options.",
    '',
  ].join('\n');
}

/** Runs the command line and returns its exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(overview());
    return 1;
  }
  if (command === '--help' || command === '-h') {
    io.stdout(overview());
    return 0;
  }
  if (command === 'help') {
    const topic = rest[0];
    const entry = topic === undefined ? undefined : COMMANDS[topic];
    if (topic !== undefined && !entry) {
      io.stderr(`audience-sync: unknown command '${topic}'\n\n${overview()}`);
      return 1;
    }
    io.stdout(entry ? entry.usage : overview());
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) {
    io.stderr(`audience-sync: unknown command '${command}'\n\n${overview()}`);
    return 1;
  }
  // Every command's --help, answered here so that no command has to.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(entry.usage);
    return 0;
  }
  try {
    return await entry.run(rest, io);
  } catch (error) {
    // The one top-level catch: a command reports what it expects; anything else lands here.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`audience-sync ${command}: ${message}\n`);
    return 1;
  }
}
