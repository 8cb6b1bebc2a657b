/**
 * What a run of the Action knows as it goes, shared by its phases: the state each phase
 * adds to, the collaborators it talks to, and the one mapping from an error to a failure
 * reason. Pure: nothing here does I/O.
 */
import type { Cancellation, SignalSource } from '../cancel.js';
import type { Connection, ConnectionSettings } from '../engine.js';
import type { GitHubApi, PullRequestSummary } from '../github/api.js';
import { plannedSha, type RunContext } from '../github/context.js';
import type {
  ApplyResult,
  FailureReason,
  LoadResult,
  Plan,
  RemoteAudience,
  Workspace,
} from '../model.js';
import { ApiError, AuthError, CancelledError, WorkspaceError } from '../neuroflash/api.js';
import { redactDeep } from '../redact.js';
import type { PlanChange, RunReport } from '../report/index.js';
import { type ActionInputs, InputError } from './inputs.js';

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

/** The collaborators `run` talks to; tests may pass others. */
export interface RunDependencies {
  env: NodeJS.ProcessEnv;
  connect: (settings: ConnectionSettings) => Promise<Connection>;
  /** Opens the GitHub seam; the default loads Octokit only when called. */
  openGitHub: (options: {
    token: string;
    repo: { owner: string; repo: string };
  }) => Promise<GitHubApi>;
  /**
   * The load worker's bundle, which spreads the parsing of many files over threads;
   * without it (a run of the source) every file is checked on this thread.
   */
  loadWorker?: URL;
  /** Where SIGINT and SIGTERM come from; the process by default. */
  signals: SignalSource;
  /** The clock the time budget starts from. */
  now: () => number;
}

/** What `command: export` wrote: its report is this list of files. */
export interface ExportOutcome {
  written: string[];
  overwritten: string[];
  removed: string[];
  skipped: { file: string; reason: string }[];
  outDir: string;
}

/** The merged pull request of the pushed commit, or why it is not known. */
export interface MergedPullLookup {
  pull?: PullRequestSummary;
  /** Why GitHub could not be asked: no token, no repository or no commit. */
  unavailable?: string;
  /** The lookup failed (e.g. the token may not read pull requests). */
  error?: string;
}

/** Everything the run found out, gathered as it goes, for the report and the outputs. */
export interface RunState {
  inputs?: ActionInputs;
  context?: RunContext;
  load?: LoadResult;
  workspace?: Workspace;
  plan?: Plan;
  /** The remote audiences the plan was made against, for the backup. */
  remote?: RemoteAudience[];
  apply?: ApplyResult;
  /** The folder of the backup written before the apply, when it holds any file. */
  backupPath?: string;
  /** Listens for SIGINT and SIGTERM while the run reads and writes the workspace. */
  cancel?: Cancellation;
  /** When the run started (epoch ms): the time budget counts from here. */
  startedAt: number;
  mode: RunReport['mode'];
  notices: string[];
  guardAllow?: string[];
  failure?: { reason?: FailureReason; message: string };
  /** The run stopped at its inputs: there is no plan or validation to report. */
  inputError?: InputError;
  commentUrl?: string;
  /** Set for `command: export`. */
  exported?: ExportOutcome;
  github?: Promise<GitHubApi>;
  /** The pull request merged as the pushed commit, looked up once per run. */
  mergedPull?: Promise<MergedPullLookup>;
  /** The fresh plan differs from the one reviewed on the merged pull request. */
  planChange?: PlanChange;
  /** The merged pull request's plan comment, as read before the apply. */
  reviewedComment?: { pull: number; body: string };
  /** A newer commit was pushed to the pull request while this run planned. */
  stale?: { latestSha: string };
}

/** A run that has found out nothing yet, started at `startedAt` (epoch ms). */
export function newRunState(startedAt: number = Date.now()): RunState {
  return { mode: 'validate', notices: [], startedAt };
}

/**
 * The GitHub seam, opened once and only when needed; absent without a token or a
 * repository.
 */
export function gitHub(state: RunState, deps: RunDependencies): Promise<GitHubApi> | undefined {
  const { inputs, context } = state;
  if (!inputs?.githubToken || !context?.repo) return undefined;
  state.github ??= deps.openGitHub({ token: inputs.githubToken, repo: context.repo });
  return state.github;
}

/** Records `error` as the run's failure: the one mapping from an error to a failure reason. */
export function recordFailure(state: RunState, error: unknown): void {
  state.failure = describeFailure(error);
  if (error instanceof InputError) state.inputError = error;
}

function describeFailure(error: unknown): { reason?: FailureReason; message: string } {
  if (error instanceof RunFailure) return { reason: error.reason, message: error.summary };
  const message = messageOf(error);
  if (error instanceof InputError) return { reason: 'invalid', message };
  // A call cut by the cancel (past the grace, or at the second signal).
  if (error instanceof CancelledError) return { reason: 'cancelled', message };
  if (error instanceof AuthError) return { reason: 'auth', message };
  if (error instanceof ApiError || error instanceof WorkspaceError) {
    return { reason: 'api', message };
  }
  // An unforeseen error (a bug, a disk error) is none of the documented reasons; the
  // step fails and the message says what happened, but no reason is claimed.
  return { message };
}

/**
 * The view model of the run so far, which every report renders, with every registered
 * secret masked: each renderer escapes text its own way, after which the redactor could
 * no longer recognise a secret.
 */
export function report(state: RunState): RunReport {
  const { inputs, context, load } = state;
  return redactDeep({
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
    repoUrl: context?.repoUrl,
    workspaceInput: inputs?.workspace,
    notices: state.notices.length > 0 ? state.notices : undefined,
    failure: state.failure,
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
  });
}

/** The first `max` lines, and a count of the rest. */
export function capped(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max), `… and ${lines.length - max} more (see the job summary)`];
}

/** An error's message, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
