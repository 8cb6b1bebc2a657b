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
import { applyPlan } from '../apply/index.js';
import { type Cancellation, listenForCancel } from '../cancel.js';
import { fromFlagOrEnv, SYNC_ENV } from '../cli/env.js';
import { toUserError, UsageError, UserError } from '../cli/errors.js';
import type { CommandDeps } from '../cli/io.js';
import { NOTHING_WRITTEN, problemLines } from '../cli/problems.js';
import type { Terminal } from '../cli/terminal.js';
import { type LoadOptions, loadAudiences } from '../config/load.js';
import { type ConnectionSettings, hasErrors, type RemoteState, startReads } from '../engine.js';
import type {
  ChangeResult,
  LoadResult,
  Plan,
  PlanOptions,
  RemoteAudience,
  Workspace,
} from '../model.js';
import type { AudienceApi } from '../neuroflash/api.js';
import { buildPlan } from '../plan/index.js';
import {
  hasChanges,
  planJson,
  plural,
  type RunReport,
  renderConsole,
  renderMarkdown,
} from '../report/index.js';
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
  cancelSummary,
  EXIT_CANCELLED,
  preloadBackup,
  readBudget,
  TIMEOUT_HELP,
  takeBackup,
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
  render: (report: RunReport) => void;
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
  const render = (report: RunReport): void => {
    if (format === 'json') term.json(planJson(report));
    else if (format === 'markdown') term.out(renderMarkdown(report));
    else term.styled(renderConsole(report, { color: term.color }));
  };
  const run: SyncRun = { command, values, options, files, format, term, render };

  // The reads (token, workspace lookup, list pages) start now and overlap the validation.
  // If any file is invalid they are discarded unseen: no write starts before every file
  // is known valid (docs/plan.md).
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
  const { command, values, format, term, render, options, files } = run;
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
    else render({ ...base, mode: 'validate' });
    return 1;
  }
  if (!reads || !settings) throw settingsError;
  // The files are valid: the backup's writer loads while the list is still being read.
  // A failed load is reported by takeBackup, which awaits the same promise.
  if (command === 'apply') preloadBackup().catch(() => undefined);

  let state: RemoteState;
  try {
    state = await reads.ready;
  } catch (error) {
    throw toUserError(error, { command, apiUrl: settings.apiUrl });
  }
  const { connection, remote } = state;
  try {
    const plan = buildPlan(load.audiences, remote, options);
    return await planThenApply(
      run,
      { ...base, workspace: connection.workspace, plan },
      { audiences: connection.audiences, remote, cancel },
    );
  } catch (error) {
    throw toUserError(error, { command, apiUrl: settings.apiUrl });
  } finally {
    await connection.api.close();
  }
}

/**
 * From a plan to the exit code: show it; for `apply`, ask, write, and show the results.
 * Blocked changes and conflicts fail the run after what could be done was done.
 */
async function planThenApply(
  run: SyncRun,
  report: RunReport & { plan: Plan; workspace: Workspace },
  remote: { audiences: AudienceApi; remote: RemoteAudience[]; cancel?: Cancellation },
): Promise<number> {
  const { audiences, cancel } = remote;
  const { command, values, options, format, term, render } = run;
  const { plan, workspace } = report;
  if (plan.guard.tripped) {
    // The report says why and how to allow it; only the exit code is left to give.
    render({ ...report, guardAllow: guardAllowHints(plan) });
    return 1;
  }
  if (command === 'plan') {
    render(report);
    refuseUnappliable(plan, 'plan');
    return hasChanges(plan) ? 2 : 0;
  }
  if (plan.changes.length === 0) {
    render(report);
    refuseUnappliable(plan, 'apply');
    return 0;
  }

  // The plan first, then the question: nothing is written before the answer. With
  // --json, stdout must stay one JSON document, so the person reads the plan on stderr.
  if (format === 'text') render(report);
  else if (term.ask && !values.yes) term.err(renderConsole(report, { color: false }));
  await confirm(term, plan, workspace, Boolean(values.yes));

  // After the answer, before the first write: a refused apply leaves no backup behind.
  const backup = await takeBackup(values.backup, term.cwd, plan, remote.remote);
  if (backup.files.length > 0) {
    term.err(
      `Backed up ${plural(backup.files.length, 'audience')} before writing: ${backup.dir}\n`,
    );
  }
  const progress = progressReporter(term, format === 'json');
  const apply = await applyPlan(plan, audiences, {
    concurrency: options.concurrency,
    verifyBeforeWrite: Boolean(values['verify-before-write']),
    onProgress: progress.update,
    ...(cancel ? { signal: cancel.stop } : {}),
  });
  progress.finish();
  render({ ...report, apply });
  if (cancel?.received) {
    term.err(cancelSummary(apply, cancel.received));
    return EXIT_CANCELLED;
  }
  refuseUnappliable(plan, 'apply');
  return apply.ok ? 0 : 1;
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

/**
 * Asks before the first write. `--yes` answers for the user; without a terminal to ask
 * on, the apply is refused, because a script that forgot `--yes` must not write.
 */
async function confirm(
  term: Terminal,
  plan: Plan,
  workspace: Workspace,
  yes: boolean,
): Promise<void> {
  if (yes) return;
  const changes = plural(plan.changes.length, 'change');
  if (!term.ask) {
    throw new UserError(
      `refusing to apply ${changes} without confirmation: stdin is not a terminal, so no one can answer; ${NOTHING_WRITTEN}.`,
      { hint: 'Review the plan above, then re-run with --yes to apply it.' },
    );
  }
  const answer = await term.ask(
    `Apply ${changes} to workspace ${workspace.name} (${workspace.id})? [y/N] `,
  );
  if (!/^(y|yes)$/i.test(answer.trim())) {
    throw new UserError(`apply cancelled; ${NOTHING_WRITTEN}.`);
  }
}

/**
 * A plan with blocked changes or name conflicts cannot be applied as it stands: each is
 * named with its reason, and the run fails after what could be done was done.
 */
function refuseUnappliable(plan: Plan, command: 'plan' | 'apply'): void {
  if (plan.blocked.length === 0 && plan.conflicts.length === 0) return;
  const lines = [
    ...plan.blocked.map((b) => `  blocked ${b.action} ${JSON.stringify(b.name)}: ${b.reason}`),
    ...plan.conflicts.map(
      (c) => `  conflict ${JSON.stringify(c.name)}: ${c.reason} (ids ${c.ids.join(', ')})`,
    ),
  ];
  const count = plural(lines.length, 'change');
  const what =
    command === 'plan'
      ? `${count} cannot be applied as the plan stands:`
      : `${count} could not be applied:`;
  throw new UserError(`${what}\n${lines.join('\n')}`, {
    hint: 'Blocked changes need the owner of the audience (or a rights change in neuroflash); a conflict needs the duplicate names resolved in neuroflash.',
  });
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

/**
 * Progress during an apply: one rewritten line on a terminal, a plain line per finished
 * change otherwise (CI logs). Silent with --json, whose stdout must stay parseable.
 */
function progressReporter(term: Terminal, json: boolean) {
  let drawn = false;
  return {
    update: (done: number, total: number, result: ChangeResult): void => {
      if (json) return;
      if (term.isTTY) {
        term.status(`Applying: ${done}/${total}`);
        drawn = true;
      } else {
        term.err(
          `[${done}/${total}] ${result.change.kind} ${JSON.stringify(result.change.name)}: ${result.status}\n`,
        );
      }
    },
    finish: (): void => {
      if (drawn) term.status('');
    },
  };
}
