/**
 * The Action's wiring: inputs → load and validate → read the remote → plan → guard →
 * apply → report → outputs. Each phase is a log group. Every failure, thrown or
 * decided, reaches the one catch in {@link run}; the report (job summary, PR comment)
 * and the outputs are written in its `finally`, so a failed run still says why.
 */
import * as core from '@actions/core';
import { formatProblem, formatSummary, loadAudiences, sortProblems } from './config/index.js';
import { Inputs, Outputs, PULL_REQUEST_EVENTS } from './constants.js';
import {
  applyAgainst,
  type Connection,
  type ConnectionSettings,
  connect,
  hasErrors,
  planAgainst,
} from './engine.js';
import { annotateProblems } from './github/annotations.js';
import type { GitHubApi } from './github/api.js';
import { plannedSha, type RunContext, readRunContext } from './github/context.js';
import { infoUntrusted } from './github/log.js';
import { formatMarker, markerKey } from './github/marker.js';
import { upsertStickyComment } from './github/sticky.js';
import { type ActionInputs, checkInputsForEvent, getInputs, InputError } from './inputs.js';
import type {
  ApplyResult,
  ChangeResult,
  FailureReason,
  LoadResult,
  Plan,
  RemoteAudience,
  Workspace,
} from './model.js';
import { ApiError, AuthError, WorkspaceError } from './neuroflash/api.js';
import { buildPlan, planLines } from './plan/index.js';
import {
  codeSpan,
  escapeMarkdown,
  hasChanges,
  planJson,
  type RunReport,
  renderConsole,
  renderMarkdown,
  renderSummary,
} from './report/index.js';

/** A decided failure: the run did its work, and the result must fail the step. */
export class RunFailure extends Error {
  override name = 'RunFailure';
  constructor(
    readonly reason: FailureReason,
    /** One or two sentences, for the report's banner. */
    readonly summary: string,
    /** More lines for the log (e.g. each drifted field), after the summary. */
    readonly details: string[] = [],
  ) {
    super(details.length > 0 ? `${summary}\n${details.join('\n')}` : summary);
  }
}

/** The collaborators `run` talks to; tests and the CLI may pass others. */
export interface RunDependencies {
  env: NodeJS.ProcessEnv;
  connect: (settings: ConnectionSettings) => Promise<Connection>;
  /** Opens the GitHub seam; the default loads Octokit only when called. */
  openGitHub: (options: {
    token: string;
    repo: { owner: string; repo: string };
  }) => Promise<GitHubApi>;
}

const defaultDependencies: RunDependencies = {
  env: process.env,
  connect,
  openGitHub: async (options) => {
    const { createGitHubApi } = await import('./github/octokit.js');
    return createGitHubApi({
      ...options,
      retry: { log: (message) => core.info(message) },
    });
  },
};

/** Everything the run found out, gathered as it goes, for the report and the outputs. */
interface RunState {
  inputs?: ActionInputs;
  context?: RunContext;
  load?: LoadResult;
  workspace?: Workspace;
  plan?: Plan;
  apply?: ApplyResult;
  mode: RunReport['mode'];
  notices: string[];
  guardAllow?: string[];
  failure?: { reason?: FailureReason; message: string };
  /** The run stopped at its inputs: there is no plan or validation to report. */
  inputError?: InputError;
  commentUrl?: string;
  /** Set for `command: export`, whose report is the list of files written. */
  exported?: { written: string[]; skipped: { file: string; reason: string }[]; outDir: string };
  github?: Promise<GitHubApi>;
}

/**
 * Runs the Action. Never throws: a failure sets the step's status through
 * `core.setFailed`, and `failure-reason` says which kind it was.
 */
export async function run(overrides: Partial<RunDependencies> = {}): Promise<void> {
  const deps: RunDependencies = { ...defaultDependencies, ...overrides };
  const state: RunState = { mode: 'validate', notices: [] };
  try {
    await sync(state, deps);
  } catch (error) {
    state.failure = describeFailure(error);
    if (error instanceof InputError) state.inputError = error;
    core.setFailed(error instanceof Error ? error.message : String(error));
  } finally {
    await publish(state, deps);
  }
}

async function sync(state: RunState, deps: RunDependencies): Promise<void> {
  const inputs = await core.group('Inputs', async () => {
    const inputs = getInputs();
    logInputs(inputs);
    return inputs;
  });
  state.inputs = inputs;
  const context = readRunContext(deps.env);
  state.context = context;
  if (context.payloadProblem) core.warning(context.payloadProblem);
  checkInputsForEvent(inputs, context.eventName);

  if (inputs.command === 'export') {
    await exportFiles(state, inputs, context, deps);
    return;
  }

  const load = await core.group('Load and validate', async () => {
    const load = await loadAudiences(inputs.paths, { cwd: context.workspaceDir });
    const problems = sortProblems(load.problems);
    if (problems.length > 0) infoUntrusted(problems.map(formatProblem).join('\n'));
    infoUntrusted(formatSummary(load));
    annotateProblems(problems);
    return { ...load, problems };
  });
  state.load = load;
  if (hasErrors(load)) {
    const errors = load.problems.filter((p) => p.severity === 'error').length;
    throw new RunFailure(
      'invalid',
      `${plural(errors, 'error')} in the audience files: nothing was sent to neuroflash. Each is annotated on its file and listed in the job summary.`,
    );
  }

  if (!inputs.credentials) {
    const notice =
      'No neuroflash credentials (`client-id` and `client-secret` are empty, as on a pull request from a fork, which gets no secrets): the files were validated, nothing was planned or written.';
    core.notice(notice);
    state.notices.push(notice);
    return;
  }

  const connection = await core.group('Read the remote', async () => {
    const connection = await deps.connect({
      apiUrl: inputs.apiUrl,
      tokenUrl: inputs.tokenUrl,
      clientId: inputs.credentials?.clientId ?? '',
      clientSecret: inputs.credentials?.clientSecret ?? '',
      workspace: inputs.workspace,
      onSecret: (value) => core.setSecret(value),
      log: { debug: core.debug, info: core.info, warning: core.warning },
    });
    infoUntrusted(`Workspace: ${connection.workspace.name} (${connection.workspace.id})`);
    return connection;
  });
  state.workspace = connection.workspace;
  try {
    await planAndApply(state, inputs, context, load, connection, deps);
  } finally {
    await connection.api.close();
  }
}

async function planAndApply(
  state: RunState,
  inputs: ActionInputs,
  context: RunContext,
  load: LoadResult,
  connection: Connection,
  deps: RunDependencies,
): Promise<void> {
  const options = { prune: inputs.prune, ignore: inputs.ignore, maxDeletes: inputs.maxDeletes };
  const prLabel = context.pullRequest?.labels.includes(inputs.allowDeletesLabel)
    ? `the label \`${inputs.allowDeletesLabel}\` on #${context.pullRequest.number}`
    : undefined;
  const plan = await core.group('Plan', async () => {
    const { plan, remote } = await planAgainst(
      load.audiences,
      connection.audiences,
      options,
      prLabel ? { guardLiftedBy: prLabel } : {},
    );
    state.mode = 'plan';
    state.plan = await checkGuard(state, inputs, context, load, remote, plan, deps);
    infoUntrusted(renderConsole(report(state), { color: false }).trimEnd());
    return state.plan;
  });
  if (plan.guard.tripped) {
    throw new RunFailure(
      'guard-tripped',
      `The plan deletes ${plural(plan.guard.deletes, 'audience')}, more than \`max-deletes\` (${plan.guard.maxDeletes}): nothing was written.`,
      [`To allow it: ${(state.guardAllow ?? []).join(', or ')}.`],
    );
  }

  if (inputs.dryRun) {
    refuseBlocked(plan);
    if (inputs.failOnDrift && hasChanges(plan)) {
      const lines = planLines(plan);
      throw new RunFailure(
        'drift',
        `Drift: the workspace differs from the files in ${plural(lines.length, 'change')}.`,
        capped(lines, 50),
      );
    }
    return;
  }

  if (plan.changes.length > 0) {
    state.apply = await core.group('Apply', async () => {
      const result = await applyAgainst(plan, connection.audiences, {
        concurrency: inputs.concurrency,
        verifyBeforeWrite: inputs.verifyBeforeWrite,
        onProgress: (done, total, r) => infoUntrusted(progressLine(done, total, r)),
      });
      return result;
    });
    state.mode = 'apply';
  }
  const failed = state.apply?.results.filter((r) => r.status === 'failed') ?? [];
  if (failed.length > 0) {
    throw new RunFailure(
      'apply-failed',
      `${plural(failed.length, 'change')} of ${state.apply?.results.length} failed; every other change was tried.`,
      failed.map((r) => `✗ ${r.change.kind} ${r.change.name}: ${r.error ?? 'failed'}`),
    );
  }
  const skipped = state.apply?.results.filter((r) => r.status !== 'done') ?? [];
  refuseBlocked(plan, skipped);
}

/**
 * The delete guard. On a push, the allow-deletes label of the merged pull request lifts
 * it (looked up only when the guard trips, to spare a call on every push). A guard that
 * still trips gets the exact ways to allow it.
 */
async function checkGuard(
  state: RunState,
  inputs: ActionInputs,
  context: RunContext,
  load: LoadResult,
  remote: RemoteAudience[],
  plan: Plan,
  deps: RunDependencies,
): Promise<Plan> {
  let result = plan;
  if (plan.guard.tripped && context.eventName === 'push' && context.sha) {
    const liftedBy = await mergedPullLabel(state, inputs, context, context.sha, deps);
    if (liftedBy) {
      result = buildPlan(
        load.audiences,
        remote,
        { prune: inputs.prune, ignore: inputs.ignore, maxDeletes: inputs.maxDeletes },
        { guardLiftedBy: liftedBy },
      );
    }
  }
  const { deletes, maxDeletes, tripped, liftedBy } = result.guard;
  if (liftedBy && deletes > maxDeletes) core.info(`Delete guard lifted by ${liftedBy}.`);
  if (tripped) {
    state.guardAllow = [
      `set \`${Inputs.MaxDeletes}: ${deletes}\` in the workflow`,
      `add the label \`${inputs.allowDeletesLabel}\` to the pull request before it is merged`,
    ];
  }
  return result;
}

/** The merged pull request of `sha` that carries the allow-deletes label, as a `liftedBy` text. */
async function mergedPullLabel(
  state: RunState,
  inputs: ActionInputs,
  context: RunContext,
  sha: string,
  deps: RunDependencies,
): Promise<string | undefined> {
  const github = gitHub(state, inputs, context, deps);
  if (!github) return undefined;
  try {
    const pulls = await (await github).pullsForCommit(sha);
    const pr = pulls.find(
      (p) => p.merged && p.mergeCommitSha === sha && p.labels.includes(inputs.allowDeletesLabel),
    );
    return pr ? `the label \`${inputs.allowDeletesLabel}\` on #${pr.number}` : undefined;
  } catch (error) {
    core.warning(
      `Could not look up the pull request of ${sha} for the \`${inputs.allowDeletesLabel}\` label: ${messageOf(error)}`,
    );
    return undefined;
  }
}

/**
 * Blocked changes and name conflicts fail the step, in dry-run and apply alike: the
 * files ask for something that cannot be done. So does a change the applier skipped.
 */
function refuseBlocked(plan: Plan, skipped: ChangeResult[] = []): void {
  const n = plan.blocked.length + plan.conflicts.length + skipped.length;
  if (n === 0) return;
  const parts: string[] = [];
  if (plan.blocked.length > 0) parts.push(`${plural(plan.blocked.length, 'change')} blocked`);
  if (plan.conflicts.length > 0) parts.push(`${plural(plan.conflicts.length, 'name')} in conflict`);
  if (skipped.length > 0) parts.push(`${plural(skipped.length, 'change')} skipped`);
  throw new RunFailure(
    'blocked',
    `${parts.join(', ')}: the files ask for something that cannot be done. The report says why.`,
    [
      ...plan.blocked.map((b) => `! blocked ${b.action} ${b.name}: ${b.reason}`),
      ...plan.conflicts.map((c) => `! conflict ${c.name}: ${c.reason}`),
      ...skipped.map((r) => `⚠ ${r.status} ${r.change.kind} ${r.change.name}: ${r.error ?? ''}`),
    ],
  );
}

/** `command: export`: the workspace's audiences as files in `path`. */
async function exportFiles(
  state: RunState,
  inputs: ActionInputs,
  context: RunContext,
  deps: RunDependencies,
): Promise<void> {
  const [outDir, ...rest] = inputs.paths;
  if (!outDir || rest.length > 0 || /[*?[\]{}]/.test(outDir)) {
    throw new InputError(
      Inputs.Path,
      `input \`${Inputs.Path}\` must be one folder for \`${Inputs.Command}: export\`, got \`${inputs.paths.join(', ')}\``,
    );
  }
  if (!inputs.credentials) {
    throw new InputError(
      Inputs.ClientId,
      `\`${Inputs.Command}: export\` reads the workspace: set \`${Inputs.ClientId}\` and \`${Inputs.ClientSecret}\``,
    );
  }
  const credentials = inputs.credentials;
  const { exportWorkspace } = await import('./export/index.js');
  const connection = await core.group('Read the remote', () =>
    deps.connect({
      apiUrl: inputs.apiUrl,
      tokenUrl: inputs.tokenUrl,
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      workspace: inputs.workspace,
      onSecret: (value) => core.setSecret(value),
      log: { debug: core.debug, info: core.info, warning: core.warning },
    }),
  );
  state.workspace = connection.workspace;
  try {
    const result = await core.group('Export', () =>
      exportWorkspace(connection.audiences, { outDir, force: false, cwd: context.workspaceDir }),
    );
    state.exported = { ...result, outDir };
    for (const file of result.written) infoUntrusted(`wrote ${file}`);
    for (const s of result.skipped) core.warning(`skipped ${s.file}: ${s.reason}`);
  } finally {
    await connection.api.close();
  }
}

/** The Octokit seam, opened once and only when needed; absent without a token or a repository. */
function gitHub(
  state: RunState,
  inputs: ActionInputs,
  context: RunContext,
  deps: RunDependencies,
): Promise<GitHubApi> | undefined {
  if (!inputs.githubToken || !context.repo) return undefined;
  state.github ??= deps.openGitHub({ token: inputs.githubToken, repo: context.repo });
  return state.github;
}

/** Writes the report and the outputs. A sink that fails is a warning: the run's result stands. */
async function publish(state: RunState, deps: RunDependencies): Promise<void> {
  const view = report(state);
  await core.group('Report', async () => {
    await attempt('write the PR comment', () => comment(state, view, deps));
    await attempt('write the job summary', async () => {
      await core.summary.addRaw(summaryText(state, view)).write();
    });
  });
  setOutputs(state);
}

async function attempt(what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    core.warning(`Could not ${what}: ${messageOf(error)}`);
  }
}

/** The sticky plan comment, on pull request events only. */
async function comment(state: RunState, view: RunReport, deps: RunDependencies): Promise<void> {
  const { inputs, context } = state;
  if (!inputs || !context || inputs.command !== 'sync' || !inputs.comment) return;
  if (state.inputError) return;
  if (!PULL_REQUEST_EVENTS.includes(context.eventName) || !context.pullRequest) return;
  const github = gitHub(state, inputs, context, deps);
  if (!github) {
    core.info('No `github-token` or repository: no PR comment.');
    return;
  }
  const key = markerKey(inputs.workspace, inputs.paths);
  const marker = formatMarker({
    key,
    fingerprint: state.plan?.fingerprint,
    sha: plannedSha(context),
  });
  const body = renderMarkdown(view, { marker });
  const quiet =
    inputs.commentOn === 'changes' &&
    !state.failure &&
    (state.load?.problems.length ?? 0) === 0 &&
    !(state.plan && hasChanges(state.plan));
  const result = await upsertStickyComment(await github, context.pullRequest.number, key, body, {
    createIfMissing: !quiet,
  });
  if (!result) {
    core.info('No changes and `comment-on: changes`: no PR comment.');
    return;
  }
  state.commentUrl = result.comment.url;
  core.info(`PR comment ${result.action}: ${result.comment.url}`);
  if (result.removedDuplicates > 0) {
    core.info(`Removed ${plural(result.removedDuplicates, 'duplicate comment')} of this plan.`);
  }
}

function summaryText(state: RunState, view: RunReport): string {
  if (state.inputError) {
    // The report's view model is about files and plans; a wrong input precedes both.
    return `**audience-sync did not start:** ${escapeMarkdown(state.inputError.message)}\n\nNothing was read from neuroflash or written to it. Fix the workflow's \`with:\` inputs and run again.\n`;
  }
  if (!state.exported) return renderSummary(view);
  const { written, skipped, outDir } = state.exported;
  const where = state.workspace ? escapeMarkdown(state.workspace.name) : 'the workspace';
  const lines = [
    `**Export of ${where}:** ${plural(written.length, 'file')} written to ${codeSpan(outDir)}.`,
    '',
    ...written.map((f) => `- ${codeSpan(f)}`),
  ];
  if (skipped.length > 0) {
    lines.push('', `**${plural(skipped.length, 'audience')} skipped:**`, '');
    for (const s of skipped) lines.push(`- ${codeSpan(s.file)}: ${escapeMarkdown(s.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The outputs of SPEC §4, on success and failure alike. */
function setOutputs(state: RunState): void {
  const counts = state.plan?.counts;
  core.setOutput(Outputs.HasChanges, state.plan ? String(hasChanges(state.plan)) : 'false');
  core.setOutput(Outputs.Creates, String(counts?.creates ?? 0));
  core.setOutput(Outputs.Updates, String(counts?.updates ?? 0));
  core.setOutput(Outputs.Deletes, String(counts?.deletes ?? 0));
  core.setOutput(Outputs.Renames, String(counts?.renames ?? 0));
  core.setOutput(Outputs.Blocked, String(counts?.blocked ?? 0));
  core.setOutput(Outputs.Plan, state.plan ? JSON.stringify(planJson(report(state))) : '');
  core.setOutput(Outputs.PlanFingerprint, state.plan?.fingerprint ?? '');
  core.setOutput(Outputs.FailureReason, state.failure?.reason ?? '');
  core.setOutput(Outputs.CommentUrl, state.commentUrl ?? '');
}

/** The view model of the run so far. */
function report(state: RunState): RunReport {
  const { inputs, context, load } = state;
  const failure = state.failure;
  return {
    mode: state.mode,
    dryRun: inputs?.dryRun ?? true,
    workspace: state.workspace,
    paths: inputs?.paths ?? [],
    files: load?.files ?? [],
    audienceCount: load?.audiences.length ?? 0,
    problems: load?.problems ?? [],
    plan: state.plan,
    apply: state.apply,
    commitSha: context ? plannedSha(context) : undefined,
    runUrl: context?.runUrl,
    notices: state.notices.length > 0 ? state.notices : undefined,
    failure: failure?.reason ? { reason: failure.reason, message: failure.message } : undefined,
    guardAllow: state.guardAllow,
    allowDeletesLabel:
      inputs && context?.pullRequest && state.plan && state.plan.counts.deletes > 0
        ? {
            name: inputs.allowDeletesLabel,
            present: context.pullRequest.labels.includes(inputs.allowDeletesLabel),
          }
        : undefined,
  };
}

/** The one mapping from an error to a failure reason. */
function describeFailure(error: unknown): { reason?: FailureReason; message: string } {
  if (error instanceof RunFailure) return { reason: error.reason, message: error.summary };
  const message = messageOf(error);
  if (error instanceof InputError) return { reason: 'invalid', message };
  if (error instanceof AuthError) return { reason: 'auth', message };
  if (error instanceof ApiError || error instanceof WorkspaceError) {
    return { reason: 'api', message };
  }
  // An unforeseen error (a bug, a disk error) is none of the documented reasons; the
  // step fails and the message says what happened, but no reason is claimed.
  return { message };
}

function logInputs(inputs: ActionInputs): void {
  const lines = [
    `command: ${inputs.command}`,
    `workspace: ${inputs.workspace || '(the only one)'}`,
    `path: ${inputs.paths.join(', ')}`,
    `credentials: ${inputs.credentials ? 'given' : 'none (validate only)'}`,
    `dry-run: ${inputs.dryRun}`,
    `prune: ${inputs.prune}${inputs.ignore.length > 0 ? ` (ignore: ${inputs.ignore.join(', ')})` : ''}`,
    `max-deletes: ${inputs.maxDeletes}`,
    `concurrency: ${inputs.concurrency}`,
  ];
  infoUntrusted(lines.join('\n'));
}

function progressLine(done: number, total: number, r: ChangeResult): string {
  const mark = { done: '✓', failed: '✗', skipped: '↷', conflict: '⚠' }[r.status];
  const what =
    r.change.kind === 'rename' ? `${r.change.fromName} → ${r.change.name}` : r.change.name;
  const why = r.error ? `: ${r.error}` : '';
  return `[${done}/${total}] ${mark} ${r.change.kind} ${JSON.stringify(what).slice(1, -1)}${why}`;
}

function capped(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max), `… and ${lines.length - max} more (see the job summary)`];
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
