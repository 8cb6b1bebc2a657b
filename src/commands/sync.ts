/**
 * `audience-sync plan [path...]` and `audience-sync apply [path...]`: the same engine as
 * the Action, on a terminal. Exit codes follow `terraform plan -detailed-exitcode`:
 * 0 = nothing to change (or an apply that succeeded), 2 = `plan` found changes,
 * 1 = an error, including a plan that cannot be applied as it stands (a tripped delete
 * guard, blocked changes, name conflicts).
 *
 * `apply` shows the plan before it writes, and writes only once a person said yes at the
 * terminal, or `--yes` said it for them (`docs/cli.md`).
 */
import type { parseArgs } from 'node:util';
import { type Cancellation, listenForCancel } from '../cancel.js';
import { fromFlagOrEnv, SYNC_ENV } from '../cli/env.js';
import { toUserError, UsageError } from '../cli/errors.js';
import type { CommandDeps } from '../cli/io.js';
import { problemLines } from '../cli/problems.js';
import type { Terminal } from '../cli/terminal.js';
import { type LoadOptions, loadAudiences } from '../config/load.js';
import { type ConnectionSettings, hasErrors, type RemoteState, startReads } from '../engine.js';
import type { LoadResult, PlanOptions } from '../model.js';
import type { RunReport } from '../report/types.js';
import {
  DEFAULT_AUDIENCE_PATH,
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_DELETES,
  LIMITS,
  parseBooleanSetting,
  parseListEntries,
  parseListSetting,
  parseWholeNumberSetting,
} from '../settings.js';
import {
  APPLY_SAFETY_HELP,
  APPLY_SAFETY_OPTIONS,
  preloadBackup,
  readBudget,
  TIMEOUT_HELP,
} from './apply-safety.js';
import { parseCommandArgs } from './args.js';
import { CONNECTION_HELP, CONNECTION_OPTIONS, readConnectionSettings } from './connection.js';
import { FILE_OPTIONS, fileLoadOptions, maxFileSizeHelp } from './files.js';

const SYNC_OPTIONS = {
  ...CONNECTION_OPTIONS,
  prune: { type: 'boolean' },
  ignore: { type: 'string', multiple: true },
  'max-deletes': { type: 'string' },
  concurrency: { type: 'string' },
  'verify-before-write': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  ...APPLY_SAFETY_OPTIONS,
  ...FILE_OPTIONS,
} as const;

/** The output formats of `plan --format`. */
const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

function usage(command: 'plan' | 'apply'): string {
  const what =
    command === 'plan'
      ? 'Shows what apply would change, and writes nothing.'
      : 'Shows the plan, asks for confirmation, then makes the workspace equal to the files:\ncreates, updates, renames and deletes.';
  const applyOnly =
    command === 'apply'
      ? `  --concurrency N       parallel API writes (default ${DEFAULT_CONCURRENCY}, at most ${LIMITS.concurrency.max}; env ${SYNC_ENV.concurrency})
  --verify-before-write re-read each audience before writing it; skip it if it changed since the plan
  -y, --yes             apply without asking; needed when stdin is not a terminal (CI)
${APPLY_SAFETY_HELP}`
      : '';
  const output =
    command === 'plan'
      ? `${TIMEOUT_HELP}  --format F            text (default), json, or markdown: the exact pull request comment
  --json                the same as --format json
`
      : `  --json                print the plan and its results as JSON
`;
  const exits =
    command === 'plan'
      ? `Exit codes: 0 no changes, 2 changes found, 1 an error, or a plan that cannot be applied as it
stands (the delete guard tripped, blocked changes, or name conflicts).`
      : `Exit codes: 0 applied (or nothing to do), 1 an error, a refused or failed write, or a plan
that cannot be applied as it stands (the delete guard tripped, blocked changes, or name conflicts).`;
  return `Usage: audience-sync ${command} [path...] [options]

${what}
Each path is a folder, a file or a glob inside the workspace (the git repository, or the
current folder outside one); the default is '${DEFAULT_AUDIENCE_PATH}'.

Options:
  --prune               delete remote audiences that no file declares (env ${SYNC_ENV.prune})
  --ignore GLOB         a name glob that prune never touches; repeatable (env ${SYNC_ENV.ignore}, one per line)
  --max-deletes N       the delete guard: more deletes than N fail before any write (default ${DEFAULT_MAX_DELETES}; env ${SYNC_ENV.maxDeletes})
${maxFileSizeHelp(24)}${applyOnly}${output}  -h, --help            show this help

${CONNECTION_HELP}

${exits}
`;
}

export const PLAN_USAGE = usage('plan');
export const APPLY_USAGE = usage('apply');

/** Runs `plan`. */
export function runPlan(args: string[], term: Terminal, deps: CommandDeps = {}): Promise<number> {
  return runSync('plan', args, term, deps);
}

/** Runs `apply`. */
export function runApply(args: string[], term: Terminal, deps: CommandDeps = {}): Promise<number> {
  return runSync('apply', args, term, deps);
}

/** The parsed flags, as `parseArgs` types them from SYNC_OPTIONS. */
type SyncValues = ReturnType<
  typeof parseArgs<{ options: typeof SYNC_OPTIONS; allowPositionals: true }>
>['values'];

/** What a run decided before the remote was read: the command, its flags, its output. */
interface SyncRun {
  command: 'plan' | 'apply';
  values: SyncValues;
  options: PlanOptions & { concurrency: number };
  /** Where the audience files may be read from, and how large they may be. */
  files: LoadOptions;
  format: Format;
  term: Terminal;
}

let planApplyModule: Promise<typeof import('./plan-apply.js')> | undefined;

/**
 * The planner, the applier and the report (`plan-apply.ts`), loaded once. A module that
 * cannot load (an installation fault) rejects the promise, whoever asked first.
 */
function loadPlanApply(): Promise<typeof import('./plan-apply.js')> {
  planApplyModule ??= Promise.resolve().then(() => import('./plan-apply.js'));
  return planApplyModule;
}

async function runSync(
  command: 'plan' | 'apply',
  args: string[],
  term: Terminal,
  deps: CommandDeps,
): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args,
    options: SYNC_OPTIONS,
    allowPositionals: true,
  });
  const format = readFormat(command, values);
  if (command === 'plan' && values.yes) {
    throw new UsageError('plan writes nothing: --yes is for apply');
  }
  if (command === 'plan' && values.backup !== undefined) {
    throw new UsageError('plan writes nothing, so it backs nothing up: --backup is for apply');
  }
  const options = readSyncOptions(values, term.env);
  const files = fileLoadOptions(values['max-file-size'], term);
  const paths = positionals.length > 0 ? positionals : [DEFAULT_AUDIENCE_PATH];
  const run: SyncRun = { command, values, options, files, format, term };

  // Only an apply writes, so only an apply winds down on a signal: no new write starts,
  // and the cut also ends the client's calls (see apply-safety.ts).
  const cancel = command === 'apply' ? listenForCancel((m) => term.err(`${m}\n`)) : undefined;
  try {
    return await syncWith(run, paths, deps, cancel);
  } finally {
    cancel?.dispose();
  }
}

/** Validation overlapped by the reads, then the plan and, for apply, the writes. */
async function syncWith(
  run: SyncRun,
  paths: string[],
  deps: CommandDeps,
  cancel: Cancellation | undefined,
): Promise<number> {
  const { command, values, format, term, files } = run;
  // The reads (token, workspace lookup, list pages) start now and overlap the validation.
  // If any file is invalid they are discarded unseen: no write starts before every file
  // is known valid (docs/plan.md).
  let settings: ConnectionSettings | undefined;
  let settingsError: unknown;
  try {
    settings = {
      ...readConnectionSettings(values, term.env),
      ...readBudget(values['timeout-minutes']),
      ...(cancel ? { signal: cancel.cut } : {}),
    };
  } catch (error) {
    settingsError = error;
  }
  const reads = settings && startReads(settings, deps.connect);
  let load: LoadResult;
  try {
    await reads?.begun;
    load = await loadAudiences(paths, files);
  } catch (error) {
    await reads?.discard();
    throw error;
  }
  const base = baseReport(command, paths, load);
  if (hasErrors(load)) {
    await reads?.discard();
    if (format === 'text') term.out(problemLines(load));
    else (await loadPlanApply()).renderReport(run, { ...base, mode: 'validate' });
    return 1;
  }
  if (!reads || !settings) throw settingsError;
  // The files are valid: what comes next (and for apply the backup's writer, with the
  // YAML library) loads while the list is still being read, once no read waits on it.
  // A failed load is reported where the module is used, which awaits the same promise.
  void reads.quiet().then(() => {
    loadPlanApply().catch(() => undefined);
    if (command === 'apply') preloadBackup().catch(() => undefined);
  });

  let state: RemoteState;
  try {
    state = await reads.ready;
  } catch (error) {
    throw toUserError(error, { command, apiUrl: settings.apiUrl });
  }
  try {
    const { planAndApply } = await loadPlanApply();
    return await planAndApply(run, base, load.audiences, state, cancel);
  } catch (error) {
    throw toUserError(error, { command, apiUrl: settings.apiUrl });
  } finally {
    await state.connection.api.close();
  }
}

/** `--format` (plan only) and its shorthand `--json`. */
function readFormat(command: 'plan' | 'apply', values: SyncValues): Format {
  if (values.format === undefined) return values.json ? 'json' : 'text';
  if (command === 'apply') throw new UsageError('--format is for plan; apply takes --json');
  const format = FORMATS.find((f) => f === values.format);
  if (format === undefined) {
    throw new UsageError(
      `--format must be text, json or markdown, got ${JSON.stringify(values.format)}`,
    );
  }
  if (values.json && format !== 'json') {
    throw new UsageError(`--json and --format ${format} disagree; give one of them`);
  }
  return format;
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

/**
 * The sync options from flags, then the environment, then the defaults; every value
 * through the parsers the Action's inputs use (`src/settings.ts`).
 */
export function readSyncOptions(
  values: Pick<SyncValues, 'prune' | 'ignore' | 'max-deletes' | 'concurrency'>,
  env: NodeJS.ProcessEnv,
): PlanOptions & { concurrency: number } {
  const maxDeletes = fromFlagOrEnv(
    values['max-deletes'],
    '--max-deletes',
    env,
    SYNC_ENV.maxDeletes,
  );
  const concurrency = fromFlagOrEnv(values.concurrency, '--concurrency', env, SYNC_ENV.concurrency);
  return {
    prune: values.prune ?? parseBooleanSetting(env[SYNC_ENV.prune], SYNC_ENV.prune) ?? false,
    ignore:
      values.ignore !== undefined
        ? parseListEntries(values.ignore)
        : parseListSetting(env[SYNC_ENV.ignore]),
    maxDeletes:
      parseWholeNumberSetting(maxDeletes.value, maxDeletes.name, LIMITS.maxDeletes) ??
      DEFAULT_MAX_DELETES,
    concurrency:
      parseWholeNumberSetting(concurrency.value, concurrency.name, LIMITS.concurrency) ??
      DEFAULT_CONCURRENCY,
  };
}
