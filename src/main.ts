/**
 * The Action's wiring: inputs → load and validate → read the remote → plan → guard →
 * compare with the reviewed plan → apply → report → outputs. Each phase is a log group.
 * Every failure, thrown or decided, reaches the one catch in {@link run}; the report (PR
 * comment, drift issue, job summary) and the outputs are written in its `finally`, so a
 * failed run still says why.
 */
import { applyPlan } from './apply/index.js';
import { formatProblem, formatSummary, loadAudiences, sortProblems } from './config/index.js';
import { DRIFT_EVENTS, DRIFT_LABEL, Inputs, Outputs, PULL_REQUEST_EVENTS } from './constants.js';
import {
  type Connection,
  type ConnectionSettings,
  connect,
  hasErrors,
  planAgainst,
} from './engine.js';
import { annotateProblems } from './github/annotations.js';
import { type GitHubApi, GitHubError, type PullRequestSummary } from './github/api.js';
import { plannedSha, type RunContext, readRunContext } from './github/context.js';
import { syncDriftIssue } from './github/drift-issue.js';
import { infoUntrusted } from './github/log.js';
import { formatCommentHead, formatDriftMarker, markerKey } from './github/marker.js';
import {
  comparePlans,
  mergedPullOf,
  type ReviewedPlan,
  readReviewedPlan,
  unreviewedPlan,
} from './github/review.js';
import { runner } from './github/runner.js';
import { upsertStickyComment } from './github/sticky.js';
import {
  type ActionInputs,
  type Credentials,
  checkInputsForEvent,
  getInputs,
  InputError,
  inputWarningsForEvent,
} from './inputs.js';
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
  type PlanChange,
  planJson,
  plural,
  type RunReport,
  renderConsole,
  renderDriftIssue,
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
      retry: { log: (message) => runner.info(message) },
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
  exported?: {
    written: string[];
    overwritten: string[];
    removed: string[];
    skipped: { file: string; reason: string }[];
    outDir: string;
  };
  github?: Promise<GitHubApi>;
  /** The pull request merged as the pushed commit, looked up once per run. */
  mergedPull?: Promise<MergedPullLookup>;
  /** The fresh plan differs from the one reviewed on the merged pull request. */
  planChange?: PlanChange;
  /** A newer commit was pushed to the pull request while this run planned. */
  stale?: { latestSha: string };
}

/** The merged pull request of the pushed commit, or why it is not known. */
interface MergedPullLookup {
  pull?: PullRequestSummary;
  /** Why GitHub could not be asked: no token, no repository or no commit. */
  unavailable?: string;
  /** The lookup failed (e.g. the token may not read pull requests). */
  error?: string;
}

/**
 * Runs the Action. Never throws: a failure sets the step's status through
 * `runner.setFailed`, and `failure-reason` says which kind it was.
 */
export async function run(overrides: Partial<RunDependencies> = {}): Promise<void> {
  const deps: RunDependencies = { ...defaultDependencies, ...overrides };
  const state: RunState = { mode: 'validate', notices: [] };
  try {
    await sync(state, deps);
  } catch (error) {
    state.failure = describeFailure(error);
    if (error instanceof InputError) state.inputError = error;
    runner.setFailed(error instanceof Error ? error.message : String(error));
  } finally {
    await publish(state, deps);
  }
}

async function sync(state: RunState, deps: RunDependencies): Promise<void> {
  const inputs = await runner.group('Inputs', async () => {
    const inputs = getInputs();
    logInputs(inputs);
    return inputs;
  });
  state.inputs = inputs;
  const context = readRunContext(deps.env);
  state.context = context;
  if (context.payloadProblem) runner.warning(context.payloadProblem);
  checkInputsForEvent(inputs, context.eventName, context.onPullRequest);
  for (const warning of inputWarningsForEvent(inputs, context.eventName)) runner.warning(warning);

  if (inputs.command === 'export') {
    await exportFiles(state, inputs, context, deps);
    return;
  }

  const load = await runner.group('Load and validate', async () => {
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
    runner.notice(notice);
    state.notices.push(notice);
    return;
  }

  const credentials = inputs.credentials;
  // From here the run plans: a failure now is one of planning, not of validation, and the
  // report says so (and what was read) instead of "validated, no problems".
  state.mode = 'plan';
  const connection = await runner.group('Read the remote', async () => {
    const connection = await deps.connect(connectionSettings(inputs, credentials));
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
  // The label acknowledges the deletes of the merge commit's apply. A dry run on the pull
  // request previews that apply, so the label counts there; an apply on the pull request
  // itself writes unmerged changes, which the label never acknowledged.
  const prLabel =
    inputs.dryRun && context.pullRequest?.labels.includes(inputs.allowDeletesLabel)
      ? `the label \`${inputs.allowDeletesLabel}\` on #${context.pullRequest.number}`
      : undefined;
  const plan = await runner.group('Plan', async () => {
    const { plan, remote } = await planAgainst(
      load.audiences,
      connection.audiences,
      options,
      prLabel ? { guardLiftedBy: prLabel } : {},
    );
    state.plan = await checkGuard(state, inputs, context, load, remote, plan, deps);
    infoUntrusted(renderConsole(report(state), { color: false }).trimEnd());
    return state.plan;
  });
  if (!inputs.dryRun && context.eventName === 'push') {
    await runner.group('Compare with the reviewed plan', () =>
      compareWithReviewed(state, inputs, context, plan, deps),
    );
  }
  const change = state.planChange;
  if (change?.action === 'fail') {
    const summary = change.reviewedFailure
      ? `No plan was reviewed: the last run on the pull request failed before it could plan (failure-reason \`${change.reviewedFailure}\`), so the plan made now (fingerprint ${change.freshFingerprint}) was never shown for review. Nothing was written. Re-run the pull request's check to review the plan before merging, or re-run this apply with \`${Inputs.OnPlanChange}: warn\` to apply it anyway.`
      : `The plan changed since it was reviewed (fingerprint ${change.reviewedFingerprint} then, ${change.freshFingerprint} now): nothing was written. To apply the new plan anyway, re-run with \`${Inputs.OnPlanChange}: warn\`.`;
    throw new RunFailure('plan-changed', summary, planChangeLines(change));
  }
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
    state.apply = await runner.group('Apply', async () => {
      const result = await applyPlan(plan, connection.audiences, {
        concurrency: inputs.concurrency,
        verifyBeforeWrite: inputs.verifyBeforeWrite,
        onProgress: (done, total, r) => infoUntrusted(progressLine(done, total, r)),
      });
      return result;
    });
    state.mode = 'apply';
  }
  refuseUnapplied(state.apply);
  refuseBlocked(plan);
}

/**
 * Every change the applier did not carry out fails the step as `apply-failed`: a write
 * that failed, and also one skipped as a conflict (its audience changed in neuroflash
 * after the plan, with `verify-before-write`). The conflict is not `blocked`, which
 * means the files ask for something impossible; here the request was fine but was not
 * done, and a re-run re-plans against the new state.
 */
function refuseUnapplied(apply: ApplyResult | undefined): void {
  const undone = apply?.results.filter((r) => r.status !== 'done') ?? [];
  if (!apply || undone.length === 0) return;
  const of = `${plural(undone.length, 'change')} of ${apply.results.length}`;
  const failed = undone.filter((r) => r.status === 'failed').length;
  const conflicts = undone.filter((r) => r.status === 'conflict').length;
  let summary: string;
  if (failed === undone.length) {
    summary = `${of} failed; every other change was tried.`;
  } else if (conflicts === undone.length) {
    summary = `${of} ${conflicts === 1 ? 'was' : 'were'} skipped as a conflict: changed in neuroflash since the plan, so not overwritten; re-run to re-plan. Every other change was tried.`;
  } else {
    const skipped = undone.length - failed - conflicts;
    const parts = [
      ...(failed > 0 ? [`${failed} failed`] : []),
      ...(conflicts > 0 ? [`${conflicts} skipped as a conflict`] : []),
      ...(skipped > 0 ? [`${skipped} skipped`] : []),
    ];
    summary = `${of} were not applied (${parts.join(', ')}); every other change was tried.`;
  }
  throw new RunFailure(
    'apply-failed',
    summary,
    undone.map(
      (r) => `${STATUS_MARK[r.status]} ${r.change.kind} ${r.change.name}: ${r.error ?? r.status}`,
    ),
  );
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
  if (liftedBy && deletes > maxDeletes) runner.info(`Delete guard lifted by ${liftedBy}.`);
  if (tripped) {
    const applyOnPull = !inputs.dryRun && context.pullRequest !== undefined;
    state.guardAllow = [
      `set \`${Inputs.MaxDeletes}: ${deletes}\` in the workflow`,
      applyOnPull
        ? `merge the pull request with the label \`${inputs.allowDeletesLabel}\` and let the apply of its merge commit (on push) delete them: the label never lifts the guard for an apply on the pull request itself`
        : `add the label \`${inputs.allowDeletesLabel}\` to the pull request before it is merged`,
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
  const { pull, error } = await mergedPull(state, inputs, context, deps);
  if (error) {
    runner.warning(
      `Could not look up the pull request of ${sha} for the \`${inputs.allowDeletesLabel}\` label: ${error}`,
    );
  }
  return pull?.labels.includes(inputs.allowDeletesLabel)
    ? `the label \`${inputs.allowDeletesLabel}\` on #${pull.number}`
    : undefined;
}

/**
 * The pull request merged as the pushed commit (see {@link mergedPullOf}), asked of
 * GitHub once per run: the guard's label and the reviewed plan both come from it.
 */
function mergedPull(
  state: RunState,
  inputs: ActionInputs,
  context: RunContext,
  deps: RunDependencies,
): Promise<MergedPullLookup> {
  state.mergedPull ??= (async (): Promise<MergedPullLookup> => {
    const sha = context.sha;
    if (!sha) return { unavailable: 'the run names no commit (`GITHUB_SHA` is empty)' };
    const github = gitHub(state, inputs, context, deps);
    if (!github) return { unavailable: `there is no \`${Inputs.GitHubToken}\` or repository` };
    try {
      return { pull: mergedPullOf(await (await github).pullsForCommit(sha), sha) };
    } catch (error) {
      return { error: messageOf(error) };
    }
  })();
  return state.mergedPull;
}

/**
 * Apply what was reviewed: on a push, compares the plan made now with the one on the
 * plan comment of the pull request merged as this commit. Sets `state.planChange` when
 * they differ; the caller fails or warns by `on-plan-change`. Whatever cannot be
 * compared (a direct push, no comment, a comment without a plan) is said in a notice,
 * and the plan made now is applied, as it would be without a pull request.
 */
async function compareWithReviewed(
  state: RunState,
  inputs: ActionInputs,
  context: RunContext,
  plan: Plan,
  deps: RunDependencies,
): Promise<void> {
  const asPlanned = 'there is no reviewed plan to compare with, so the plan made now is applied.';
  const notice = (text: string) => {
    runner.notice(text);
    state.notices.push(text);
  };
  const sha = context.sha ?? '';
  // GitHub failing (a permission, an outage) must not block every deploy: the run warns
  // and applies as planned, as it would on a direct push.
  const unreadable = (why: string) => {
    const text = `Could not read the pull request merged as commit \`${shortSha(sha)}\`: ${why}. T${asPlanned.slice(1)}`;
    runner.warning(text);
    state.notices.push(text);
  };
  const lookup = await mergedPull(state, inputs, context, deps);
  if (lookup.unavailable) {
    return notice(`The reviewed plan cannot be looked up: ${lookup.unavailable}; ${asPlanned}`);
  }
  if (lookup.error) return unreadable(lookup.error);
  const pull = lookup.pull;
  if (!pull) {
    return notice(
      `No pull request was merged as commit \`${shortSha(sha)}\` (a direct push): ${asPlanned}`,
    );
  }
  const github = gitHub(state, inputs, context, deps);
  if (!github) return;
  let reviewed: ReviewedPlan;
  try {
    reviewed = await readReviewedPlan(
      await github,
      pull.number,
      markerKey(inputs.workspace, inputs.paths),
    );
  } catch (error) {
    return unreadable(messageOf(error));
  }
  if (reviewed.kind === 'no-comment') {
    return notice(
      `Pull request #${pull.number} has no audience-sync plan comment for this workspace and path: ${asPlanned}`,
    );
  }
  if (reviewed.kind === 'failed') {
    // The reviewers last saw a failure, not a plan: "nothing to compare with" would let any
    // plan through, so this counts as a changed plan. With nothing to write there is
    // nothing to review either.
    if (plan.changes.length === 0) {
      return notice(
        `The last run on pull request #${pull.number} failed before it could plan, but the plan made now changes nothing.`,
      );
    }
    const change = unreviewedPlan(reviewed.reason, plan, inputs.onPlanChange);
    return recordPlanChange(
      state,
      change,
      `No plan was reviewed on pull request #${pull.number}: its last run failed before it could plan (failure-reason \`${reviewed.reason}\`). The plan made now has fingerprint ${change.freshFingerprint}.`,
    );
  }
  if (reviewed.kind === 'no-fingerprint') {
    return notice(
      `The plan comment on pull request #${pull.number} has no plan fingerprint (its run only validated the files, as on a pull request from a fork): ${asPlanned}`,
    );
  }
  // A comment made at an older head was not a review of the merged commit's plan; it
  // still says what the reviewers saw, so it counts as changed only if the plans differ.
  const stale =
    pull.headSha !== undefined && reviewed.sha !== pull.headSha
      ? `The plan comment on pull request #${pull.number} was made at commit \`${shortSha(reviewed.sha ?? 'unknown')}\`, not at its final commit \`${shortSha(pull.headSha)}\`: it was not reviewed for that commit. `
      : '';
  const change = comparePlans(reviewed, plan, inputs.onPlanChange);
  if (!change) {
    return notice(
      `${stale}${stale ? 'Its plan matches' : 'This is'} the plan reviewed on pull request #${pull.number} (fingerprint \`${plan.fingerprint}\`).`,
    );
  }
  if (stale) notice(stale.trimEnd());
  recordPlanChange(
    state,
    change,
    `The plan changed since it was reviewed on pull request #${pull.number}: fingerprint ${change.reviewedFingerprint} then, ${change.freshFingerprint} now.`,
  );
}

/**
 * Keeps the plan change for the caller (which fails by `on-plan-change`), logs `heading`
 * with the difference, and with `warn` also warns with both.
 */
function recordPlanChange(state: RunState, change: PlanChange, heading: string): void {
  state.planChange = change;
  infoUntrusted([heading, ...planChangeLines(change)].join('\n'));
  if (change.action === 'warn') {
    runner.warning(
      [
        `${heading} Applying it (\`${Inputs.OnPlanChange}: warn\`).`,
        ...planChangeLines(change),
      ].join('\n'),
    );
  }
}

/** The difference as diff lines (`-` reviewed, `+` fresh), or why there are none. */
function planChangeLines(change: PlanChange): string[] {
  if (change.reviewedLines === 'too-large') {
    return [
      'The reviewed plan was too large to show line by line; only the fingerprints are compared.',
    ];
  }
  if (change.reviewedLines === 'not-recorded') {
    return [
      'The reviewed plan is not recorded line by line in its comment; only the fingerprints are compared.',
    ];
  }
  return capped([...change.removed.map((l) => `- ${l}`), ...change.added.map((l) => `+ ${l}`)], 50);
}

/**
 * Blocked changes and name conflicts fail the step, in dry-run and apply alike: the
 * files ask for something that cannot be done.
 */
function refuseBlocked(plan: Plan): void {
  const n = plan.blocked.length + plan.conflicts.length;
  if (n === 0) return;
  const parts: string[] = [];
  if (plan.blocked.length > 0) parts.push(`${plural(plan.blocked.length, 'change')} blocked`);
  if (plan.conflicts.length > 0) parts.push(`${plural(plan.conflicts.length, 'name')} in conflict`);
  throw new RunFailure(
    'blocked',
    `${parts.join(', ')}: the files ask for something that cannot be done. The report says why.`,
    [
      ...plan.blocked.map((b) => `! blocked ${b.action} ${b.name}: ${b.reason}`),
      ...plan.conflicts.map((c) => `! conflict ${c.name}: ${c.reason}`),
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
  const { exportWorkspace, schemaUrlForAction } = await import('./export/index.js');
  const connection = await runner.group('Read the remote', () =>
    deps.connect(connectionSettings(inputs, credentials)),
  );
  state.workspace = connection.workspace;
  try {
    const result = await runner.group('Export', () =>
      // The Action's export lands in a pull request, where git shows and can undo every
      // change, so it makes the folder exactly the export, as the CLI does with --force:
      // a stale file left behind would recreate its audience when the PR is merged.
      exportWorkspace(connection.audiences, {
        outDir,
        force: true,
        cwd: context.workspaceDir,
        schema: schemaUrlForAction(deps.env),
      }),
    );
    state.exported = { ...result, outDir };
    const overwritten = new Set(result.overwritten);
    for (const file of result.written) {
      infoUntrusted(`${overwritten.has(file) ? 'overwrote' : 'wrote'} ${file}`);
    }
    for (const file of result.removed) infoUntrusted(`removed ${file}`);
    for (const s of result.skipped) runner.warning(`skipped ${s.file}: ${s.reason}`);
  } finally {
    await connection.api.close();
  }
}

/** How to reach neuroflash; every secret the client sees is masked before it can print. */
function connectionSettings(inputs: ActionInputs, credentials: Credentials): ConnectionSettings {
  return {
    apiUrl: inputs.apiUrl,
    tokenUrl: inputs.tokenUrl,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    workspace: inputs.workspace,
    onSecret: (value) => runner.setSecret(value),
    // The client's info lines can carry audience names (a create found after its response
    // was lost): fenced, so that a name cannot act as a workflow command. Debug lines and
    // warnings are commands whose message the runner escapes, so they cannot.
    log: {
      debug: runner.debug,
      info: (message) => infoUntrusted(message),
      warning: runner.warning,
    },
  };
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
  await runner.group('Report', async () => {
    await attempt('write the PR comment', () => comment(state, deps));
    await attempt('update the drift issue', () => driftIssue(state, deps));
    // Rendered last: the comment may have found the plan stale.
    await attempt('write the job summary', async () => {
      runner.appendSummary(summaryText(state, report(state)));
    });
  });
  try {
    setOutputs(state);
  } catch (error) {
    // Later steps read the outputs, so a step whose outputs are lost must not pass; and
    // `run` must not throw, which would end the process on an unhandled rejection.
    runner.setFailed(`Could not write the outputs: ${messageOf(error)}`);
  }
}

async function attempt(what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    runner.warning(`Could not ${what}: ${messageOf(error)}`);
  }
}

/**
 * The sticky plan comment, on pull request events only. Just before writing, the pull
 * request's current head is read: if a newer commit was pushed while this run planned,
 * the comment says it is stale, and a comment that a newer run already wrote is left
 * alone.
 */
async function comment(state: RunState, deps: RunDependencies): Promise<void> {
  const { inputs, context } = state;
  if (!inputs || !context || inputs.command !== 'sync' || !inputs.comment) return;
  if (state.inputError) return;
  if (!PULL_REQUEST_EVENTS.includes(context.eventName) || !context.pullRequest) return;
  const github = gitHub(state, inputs, context, deps);
  if (!github) {
    runner.info('No `github-token` or repository: no PR comment.');
    return;
  }
  const api = await github;
  const number = context.pullRequest.number;
  const planned = plannedSha(context);
  const latest = await currentHead(api, number);
  if (latest && planned && latest !== planned) {
    state.stale = { latestSha: latest };
    runner.info(
      `Commit ${shortSha(latest)} was pushed while this plan (of ${shortSha(planned)}) ran: the comment is marked stale.`,
    );
  }
  const key = markerKey(inputs.workspace, inputs.paths);
  // A run that meant to plan (it had credentials) and failed first says so in the marker:
  // the apply after the merge must not take it for a validate-only run with nothing to
  // compare (see `compareWithReviewed`).
  const failed =
    !state.plan && state.failure && inputs.credentials
      ? (state.failure.reason ?? 'error')
      : undefined;
  const head = formatCommentHead(
    { key, fingerprint: state.plan?.fingerprint, sha: planned, ...(failed ? { failed } : {}) },
    state.plan ? planLines(state.plan) : undefined,
  );
  const body = renderMarkdown(report(state), { marker: head });
  const quiet =
    inputs.commentOn === 'changes' &&
    !state.failure &&
    (state.load?.problems.length ?? 0) === 0 &&
    !(state.plan && hasChanges(state.plan));
  const result = await upsertStickyComment(api, number, key, body, {
    createIfMissing: !quiet,
    keepSha: state.stale?.latestSha,
  });
  if (!result) {
    runner.info('No changes and `comment-on: changes`: no PR comment.');
    return;
  }
  if (result.action === 'kept') {
    runner.info(
      `The PR comment already shows the plan of the newer commit ${shortSha(state.stale?.latestSha ?? '')}: left as it is.`,
    );
  } else {
    state.commentUrl = result.comment.url;
    runner.info(`PR comment ${result.action}: ${result.comment.url}`);
  }
  if (result.imitations.length > 0) {
    const who = [...new Set(result.imitations.map((c) => `@${c.author.login}`))].join(', ');
    runner.warning(
      `Ignored ${plural(result.imitations.length, 'comment')} by ${who} with audience-sync's marker: only comments written by a bot or by the token's own user count as the plan comment.`,
    );
  }
  if (result.removedDuplicates > 0) {
    runner.info(`Removed ${plural(result.removedDuplicates, 'duplicate comment')} of this plan.`);
  }
}

/** The pull request's head sha as GitHub has it now; undefined (and logged) if unreadable. */
async function currentHead(api: GitHubApi, number: number): Promise<string | undefined> {
  try {
    return (await api.getPull(number)).headSha;
  } catch (error) {
    runner.info(
      `Could not read pull request #${number} (${messageOf(error)}): the comment is written without checking for a newer commit.`,
    );
    return undefined;
  }
}

/**
 * The drift issue of a drift check (`drift-issue: true`, a dry run on `schedule` or
 * `workflow_dispatch`): opened, updated or closed from the plan, whatever
 * `fail-on-drift` decided. Without `issues: write` it is a warning, never a failure.
 */
async function driftIssue(state: RunState, deps: RunDependencies): Promise<void> {
  const { inputs, context, plan, workspace } = state;
  if (!inputs?.driftIssue || !context || inputs.command !== 'sync' || state.inputError) return;
  // Elsewhere the input was already reported as ignored.
  if (!DRIFT_EVENTS.includes(context.eventName) || !inputs.dryRun) return;
  if (!plan || !workspace) {
    runner.info('No plan was made, so drift is unknown: the drift issue is left as it is.');
    return;
  }
  const github = gitHub(state, inputs, context, deps);
  if (!github) {
    runner.warning(
      `\`${Inputs.DriftIssue}: true\` needs \`${Inputs.GitHubToken}\` and a repository: no drift issue.`,
    );
    return;
  }
  const key = markerKey(workspace.id, inputs.paths);
  // The issue is about the drift; whether the step fails for it is `fail-on-drift`'s
  // business, so that failure is not repeated in the issue.
  const view = report(state);
  if (view.failure?.reason === 'drift') view.failure = undefined;
  const drift = hasChanges(plan)
    ? {
        ...renderDriftIssue(view, {
          marker: formatDriftMarker({ key, fingerprint: plan.fingerprint }),
        }),
        fingerprint: plan.fingerprint,
      }
    : undefined;
  try {
    const outcome = await syncDriftIssue(await github, {
      key,
      label: DRIFT_LABEL,
      drift,
      runUrl: context.runUrl,
    });
    if (outcome.action && outcome.issue) {
      runner.info(`Drift issue #${outcome.issue.number} ${outcome.action}: ${outcome.issue.url}`);
    } else {
      runner.info('No drift and no open drift issue: nothing to do.');
    }
    if (outcome.closedDuplicates > 0) {
      runner.info(`Closed ${plural(outcome.closedDuplicates, 'duplicate drift issue')}.`);
    }
  } catch (error) {
    if (error instanceof GitHubError && error.status === 403) {
      runner.warning(
        `Could not update the drift issue: GitHub refused it (403). The job needs the \`issues: write\` permission (\`permissions: { issues: write }\`). ${messageOf(error)}`,
      );
      return;
    }
    throw error;
  }
}

function summaryText(state: RunState, view: RunReport): string {
  if (state.inputError) {
    // The report's view model is about files and plans; a wrong input precedes both.
    return `**audience-sync did not start:** ${escapeMarkdown(state.inputError.message)}\n\nNothing was read from neuroflash or written to it. Fix the workflow's \`with:\` inputs and run again.\n`;
  }
  if (state.inputs?.command === 'export' && !state.exported && state.failure) {
    // The view model is about files and plans, which an export has neither of.
    const { reason, message } = state.failure;
    const where = state.workspace ? ` of ${escapeMarkdown(state.workspace.name)}` : '';
    const why = reason ? ` (failure-reason ${codeSpan(reason)})` : '';
    return `**Export${where} failed**${why}: ${escapeMarkdown(message)}\n`;
  }
  if (!state.exported) return renderSummary(view);
  const { written, overwritten, removed, skipped, outDir } = state.exported;
  const where = state.workspace ? escapeMarkdown(state.workspace.name) : 'the workspace';
  const replaced = new Set(overwritten);
  const removals =
    removed.length > 0 ? `, ${plural(removed.length, 'other audience file')} removed` : '';
  const lines = [
    `**Export of ${where}:** ${plural(written.length, 'file')} written to ${codeSpan(outDir)}${removals}.`,
    '',
    ...written.map((f) => `- ${codeSpan(f)}${replaced.has(f) ? ' (overwritten)' : ''}`),
    ...removed.map((f) => `- ${codeSpan(f)} (removed)`),
  ];
  if (skipped.length > 0) {
    lines.push('', `**${plural(skipped.length, 'audience')} skipped:**`, '');
    for (const s of skipped) lines.push(`- ${codeSpan(s.file)}: ${escapeMarkdown(s.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The outputs of docs/action.md, on success and failure alike. */
function setOutputs(state: RunState): void {
  const counts = state.plan?.counts;
  runner.setOutput(Outputs.HasChanges, state.plan ? String(hasChanges(state.plan)) : 'false');
  runner.setOutput(Outputs.Creates, String(counts?.creates ?? 0));
  runner.setOutput(Outputs.Updates, String(counts?.updates ?? 0));
  runner.setOutput(Outputs.Deletes, String(counts?.deletes ?? 0));
  runner.setOutput(Outputs.Renames, String(counts?.renames ?? 0));
  runner.setOutput(Outputs.Blocked, String(counts?.blocked ?? 0));
  runner.setOutput(Outputs.Plan, state.plan ? JSON.stringify(planJson(report(state))) : '');
  runner.setOutput(Outputs.PlanFingerprint, state.plan?.fingerprint ?? '');
  runner.setOutput(Outputs.FailureReason, state.failure?.reason ?? '');
  runner.setOutput(Outputs.CommentUrl, state.commentUrl ?? '');
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
    failure,
    guardAllow: state.guardAllow,
    stale: state.stale,
    planChange: state.planChange,
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
    `verify-before-write: ${inputs.verifyBeforeWrite}`,
    `on-plan-change: ${inputs.onPlanChange}`,
  ];
  infoUntrusted(lines.join('\n'));
}

const STATUS_MARK: Record<ChangeResult['status'], string> = {
  done: '✓',
  failed: '✗',
  skipped: '↷',
  conflict: '⚠',
};

function progressLine(done: number, total: number, r: ChangeResult): string {
  const mark = STATUS_MARK[r.status];
  const what =
    r.change.kind === 'rename' ? `${r.change.fromName} → ${r.change.name}` : r.change.name;
  const why = r.error ? `: ${r.error}` : '';
  return `[${done}/${total}] ${mark} ${r.change.kind} ${JSON.stringify(what).slice(1, -1)}${why}`;
}

function capped(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max), `… and ${lines.length - max} more (see the job summary)`];
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
