/**
 * The one view model every sink renders: the console, the PR comment, the job summary,
 * the drift issue and the JSON output all read a `RunReport` and nothing else.
 */
import type { ApplyResult, FailureReason, Plan, Problem, Workspace } from '../model.js';

/** Everything a run has to say, gathered by the Action or the CLI after the fact. */
export interface RunReport {
  /** `apply`: a plan that was applied, with results. */
  mode: 'validate' | 'plan' | 'apply';
  dryRun: boolean;
  workspace?: Workspace;
  /** The audience paths or globs the run was given. */
  paths: string[];
  /** The files read. */
  files: string[];
  audienceCount: number;
  /** Every validation problem, errors and warnings alike. */
  problems: Problem[];
  plan?: Plan;
  apply?: ApplyResult;
  /** The commit the plan was made at (a pull request's head, or the merge commit on push). */
  commitSha?: string;
  /**
   * The repository's web address, e.g. `https://github.com/acme/audiences`: with
   * `commitSha`, validation problems link to their line (`blob/<sha>/<file>#L<line>`).
   * Absent outside GitHub (the CLI): problems are then shown unlinked.
   */
  repoUrl?: string;
  /**
   * The workspace as the workflow or the command line names it (an id or a name). The
   * heading shows it when `workspace` was never resolved, e.g. on a fork's pull request,
   * which gets no credentials.
   */
  workspaceInput?: string;
  /** A link to the workflow run. */
  runUrl?: string;
  /**
   * Sentences for the reader, e.g. that a pull request from a fork gets no secrets and
   * only the files were validated. Plain text; a `code` part in backticks shows as code.
   */
  notices?: string[];
  /**
   * A top-level failure: auth, api, plan-changed, drift, and so on. `reason` is absent for
   * an unforeseen error (a bug, a disk error), which is none of the reasons docs/action.md lists but still
   * failed the run.
   */
  failure?: { reason?: FailureReason; message: string };
  /**
   * Shown when the delete guard tripped: the exact ways to allow it, e.g.
   * ["set `max-deletes: 12`", "add the label `audience-sync/allow-deletes` to the pull request"].
   * Plain text; a `code` part in backticks shows as code.
   */
  guardAllow?: string[];
  /** The allow-deletes label, and whether it is on this pull request. */
  allowDeletesLabel?: { name: string; present: boolean };
  /** A newer commit was pushed while this plan ran: the report is marked stale. */
  stale?: { latestSha: string };
  /** On apply after a merge: the fresh plan differs from the reviewed one. */
  planChange?: PlanChange;
}

/** How the plan made at the merge differs from the one reviewed on the pull request. */
export interface PlanChange {
  reviewedFingerprint: string;
  freshFingerprint: string;
  /** Lines of the reviewed plan that the fresh plan no longer has. */
  removed: string[];
  /** Lines of the fresh plan that the reviewed plan did not have. */
  added: string[];
  /**
   * Set when the reviewed plan's lines are unknown, so `removed` and `added` are empty and
   * only the fingerprints compare: `too-large` when the comment left them out for size,
   * `not-recorded` when it has none (an older comment, or lines that do not decode).
   */
  reviewedLines?: 'too-large' | 'not-recorded';
  /** What the run does about it (the `on-plan-change` input). */
  action: 'fail' | 'warn';
  /**
   * Set when no plan was reviewed because the pull request's last run failed before it
   * could plan: that run's failure reason (`error` when unclassified). `reviewedFingerprint`
   * is then `none`, and `added` holds every line of the fresh plan.
   */
  reviewedFailure?: string;
}
