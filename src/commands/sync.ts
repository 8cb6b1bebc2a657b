/**
 * `audience-sync plan [path...]` and `audience-sync apply [path...]`: the same engine as
 * the Action, on a terminal. Exit codes follow `terraform plan -detailed-exitcode`:
 * 0 = nothing to change (or an apply that succeeded), 2 = `plan` found changes,
 * 1 = an error, including a plan that cannot be applied as it stands (a tripped delete
 * guard, blocked changes, name conflicts).
 */
import type { parseArgs } from 'node:util';
import { applyPlan } from '../apply/index.js';
import { listenForCancel } from '../cancel.js';
import type { CliIO } from '../cli.js';
import { loadAudiences } from '../config/load.js';
import { hasErrors, planAgainst } from '../engine.js';
import type { ApplyResult, ChangeResult, LoadResult, Plan, PlanOptions } from '../model.js';
import { hasChanges, planJson, type RunReport, renderConsole } from '../report/index.js';
import {
  APPLY_SAFETY_HELP,
  APPLY_SAFETY_OPTIONS,
  cancelSummary,
  EXIT_CANCELLED,
  readBudget,
  takeBackup,
} from './apply-safety.js';
import { parseCommandArgs, reportError } from './args.js';
import {
  CONNECTION_HELP,
  CONNECTION_OPTIONS,
  type CommandDeps,
  describeError,
  readConnectionSettings,
  withConnection,
} from './connection.js';
import { DEFAULT_AUDIENCE_PATH } from './validate.js';

/** The environment variables of the sync options; a flag of the same name wins. */
export const SYNC_ENV = {
  prune: 'AUDIENCE_SYNC_PRUNE',
  ignore: 'AUDIENCE_SYNC_IGNORE',
  maxDeletes: 'AUDIENCE_SYNC_MAX_DELETES',
  concurrency: 'AUDIENCE_SYNC_CONCURRENCY',
} as const;

const DEFAULT_MAX_DELETES = 10;
const DEFAULT_CONCURRENCY = 4;

const SYNC_OPTIONS = {
  ...CONNECTION_OPTIONS,
  prune: { type: 'boolean' },
  ignore: { type: 'string', multiple: true },
  'max-deletes': { type: 'string' },
  concurrency: { type: 'string' },
  'verify-before-write': { type: 'boolean' },
  json: { type: 'boolean' },
  ...APPLY_SAFETY_OPTIONS,
} as const;

function usage(command: 'plan' | 'apply'): string {
  const what =
    command === 'plan'
      ? 'Shows what apply would change, and writes nothing.'
      : 'Makes the workspace equal to the files: creates, updates, renames and deletes.';
  return `Usage: audience-sync ${command} [path...] [options]

${what}
Each path is a folder, a file or a glob; the default is '${DEFAULT_AUDIENCE_PATH}'.

Options:
  --prune               delete remote audiences that no file declares (env ${SYNC_ENV.prune})
  --ignore GLOB         a name glob that prune never touches; repeatable (env ${SYNC_ENV.ignore}, one per line)
  --max-deletes N       the delete guard: more deletes than N fail before any write (default ${DEFAULT_MAX_DELETES}; env ${SYNC_ENV.maxDeletes})
${
  command === 'apply'
    ? `  --concurrency N       parallel API writes (default ${DEFAULT_CONCURRENCY}; env ${SYNC_ENV.concurrency})
  --verify-before-write re-read each audience before writing it; skip it if it changed since the plan
${APPLY_SAFETY_HELP}`
    : ''
}  --json                print the ${command === 'plan' ? 'plan' : 'plan and its results'} as JSON
  -h, --help            show this help

${CONNECTION_HELP}

Exit codes: 0 ${command === 'plan' ? 'no changes' : 'applied (or nothing to do)'}${
    command === 'plan' ? ', 2 changes found' : ''
  }, 1 an error, or a plan that cannot be applied
as it stands (the delete guard tripped, blocked changes, or name conflicts).
`;
}

/** Runs `plan`. */
export function runPlan(args: string[], io: CliIO, deps: CommandDeps = {}): Promise<number> {
  return runSync('plan', args, io, deps);
}

/** Runs `apply`. */
export function runApply(args: string[], io: CliIO, deps: CommandDeps = {}): Promise<number> {
  return runSync('apply', args, io, deps);
}

export const PLAN_USAGE = usage('plan');
export const APPLY_USAGE = usage('apply');

/** The parsed flags, as `parseArgs` types them from SYNC_OPTIONS. */
type SyncValues = ReturnType<
  typeof parseArgs<{ options: typeof SYNC_OPTIONS; allowPositionals: true }>
>['values'];

async function runSync(
  command: 'plan' | 'apply',
  args: string[],
  io: CliIO,
  deps: CommandDeps,
): Promise<number> {
  const fail = (message: string): number => {
    reportError(io, command, message);
    return 1;
  };
  const parsed = parseCommandArgs(
    command,
    { args, options: SYNC_OPTIONS, allowPositionals: true },
    usage(command),
    io,
  );
  if (!parsed) return 1;
  const { values, positionals } = parsed;

  let options: PlanOptions & { concurrency: number };
  try {
    options = readSyncOptions(values, io.env);
  } catch (error) {
    return fail((error as Error).message);
  }
  const paths = positionals.length > 0 ? positionals : [DEFAULT_AUDIENCE_PATH];
  const color = io.isTTY && !io.env.NO_COLOR;
  const render = (report: RunReport): void => {
    io.stdout(
      values.json
        ? `${JSON.stringify(planJson(report), null, 2)}\n`
        : renderConsole(report, { color }),
    );
  };

  // Validation first, with no network: an invalid file means nothing is read or written.
  const load = await loadAudiences(paths, { cwd: io.cwd });
  const base = baseReport(command, paths, load);
  if (hasErrors(load)) {
    render({ ...base, mode: 'validate' });
    return 1;
  }

  let settings: ReturnType<typeof readConnectionSettings>;
  try {
    settings = {
      ...readConnectionSettings(values, io.env),
      ...readBudget(values['timeout-minutes']),
    };
  } catch (error) {
    return fail(describeError(error));
  }
  // Only an apply writes, so only an apply winds down on a signal; the cut also ends
  // the client's calls (see apply-safety.ts).
  const cancel = command === 'apply' ? listenForCancel((m) => io.stderr(`${m}\n`)) : undefined;
  if (cancel) settings.signal = cancel.cut;

  try {
    return await withConnection(
      settings,
      async ({ workspace, audiences }) => {
        const { plan, remote } = await planAgainst(load.audiences, audiences, options);
        const report: RunReport = { ...base, workspace, plan };
        if (plan.guard.tripped) {
          render({ ...report, guardAllow: guardAllowHints(plan) });
          return 1;
        }
        const unappliable = plan.blocked.length > 0 || plan.conflicts.length > 0;
        if (command === 'plan') {
          render(report);
          if (unappliable) return 1;
          return hasChanges(plan) ? 2 : 0;
        }
        if (plan.changes.length === 0) {
          render(report);
          return unappliable ? 1 : 0;
        }
        const backup = await takeBackup(values.backup, io.cwd, plan, remote);
        if (backup.files.length > 0) {
          io.stderr(`Backed up ${backup.files.length} audience(s) before writing: ${backup.dir}\n`);
        }
        const progress = progressReporter(io, Boolean(values.json));
        const apply: ApplyResult = await applyPlan(plan, audiences, {
          concurrency: options.concurrency,
          verifyBeforeWrite: Boolean(values['verify-before-write']),
          onProgress: progress.update,
          ...(cancel ? { signal: cancel.stop } : {}),
        });
        progress.finish();
        render({ ...report, apply });
        if (cancel?.received) {
          io.stderr(cancelSummary(apply, cancel.received));
          return EXIT_CANCELLED;
        }
        return apply.ok && !unappliable ? 0 : 1;
      },
      deps.connect,
    );
  } catch (error) {
    return fail(describeError(error));
  } finally {
    cancel?.dispose();
  }
}

function baseReport(command: 'plan' | 'apply', paths: string[], load: LoadResult): RunReport {
  return {
    mode: command,
    dryRun: command === 'plan',
    paths,
    files: load.files,
    audienceCount: load.audiences.length,
    problems: load.problems,
  };
}

/** The exact ways to let a plan with this many deletes through. */
function guardAllowHints(plan: Plan): string[] {
  return [
    `re-run with \`--max-deletes ${plan.guard.deletes}\` (or set \`${SYNC_ENV.maxDeletes}=${plan.guard.deletes}\`) after reviewing the deletes`,
  ];
}

/** The sync options from flags, then the environment, then the defaults. */
export function readSyncOptions(
  values: SyncValues,
  env: NodeJS.ProcessEnv,
): PlanOptions & { concurrency: number } {
  const envIgnore = (env[SYNC_ENV.ignore] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return {
    prune: values.prune ?? parseBoolean(env[SYNC_ENV.prune], SYNC_ENV.prune) ?? false,
    ignore: values.ignore ?? envIgnore,
    maxDeletes: wholeNumber(
      values['max-deletes'] ?? env[SYNC_ENV.maxDeletes],
      values['max-deletes'] !== undefined ? '--max-deletes' : SYNC_ENV.maxDeletes,
      0,
      DEFAULT_MAX_DELETES,
    ),
    concurrency: wholeNumber(
      values.concurrency ?? env[SYNC_ENV.concurrency],
      values.concurrency !== undefined ? '--concurrency' : SYNC_ENV.concurrency,
      1,
      DEFAULT_CONCURRENCY,
    ),
  };
}

function parseBoolean(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new Error(`${name} must be true or false, got ${JSON.stringify(value)}`);
}

function wholeNumber(value: string | undefined, name: string, min: number, fallback: number) {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`${name} must be a whole number ≥ ${min}, got ${JSON.stringify(value)}`);
  }
  return n;
}

/**
 * Progress during an apply: one rewritten line on a terminal, a plain line per finished
 * change otherwise (CI logs). Silent with --json, whose stdout must stay parseable.
 */
function progressReporter(io: CliIO, json: boolean) {
  let drawn = false;
  return {
    update: (done: number, total: number, result: ChangeResult): void => {
      if (json) return;
      if (io.isTTY) {
        io.stderr(`\r\x1b[2KApplying: ${done}/${total}`);
        drawn = true;
      } else {
        io.stderr(
          `[${done}/${total}] ${result.change.kind} ${JSON.stringify(result.change.name)}: ${result.status}\n`,
        );
      }
    },
    finish: (): void => {
      if (drawn) io.stderr('\r\x1b[2K');
    },
  };
}
