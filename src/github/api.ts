/**
 * The seam between the Action and GitHub's REST API. `src/action/` receives an
 * implementation (Octokit in a run, `./octokit.ts`); the logic above it (the sticky
 * comment, the merged pull request's label and reviewed plan, the drift issue) sees only
 * these calls.
 */

/** An issue or pull request comment. */
export interface GitHubComment {
  id: number;
  body: string;
  /** The comment's page, e.g. `https://github.com/o/r/pull/7#issuecomment-1`. */
  url: string;
  createdAt: string;
  /** Who wrote it: a bot (an Actions token or a GitHub App) or a user. */
  author: { login: string; bot: boolean };
}

/** The comments of one issue or pull request (a pull request is an issue). */
export interface GitHubComments {
  /** Every comment, across all pages, oldest first. */
  listComments(issueNumber: number): Promise<GitHubComment[]>;
  createComment(issueNumber: number, body: string): Promise<GitHubComment>;
  updateComment(commentId: number, body: string): Promise<GitHubComment>;
  deleteComment(commentId: number): Promise<void>;
  /**
   * The login of the user the token belongs to (a personal access token); undefined for
   * an Actions or App token, which act as a bot.
   */
  viewerLogin(): Promise<string | undefined>;
}

/** A pull request, reduced to what the Action reads. */
export interface PullRequestSummary {
  number: number;
  state: string;
  merged: boolean;
  mergeCommitSha?: string;
  headSha?: string;
  labels: string[];
}

export interface GitHubPulls {
  /** The pull requests associated with a commit (its merge commit or its head). */
  pullsForCommit(sha: string): Promise<PullRequestSummary[]>;
  /** One pull request as it is now (its current head, labels and merge state). */
  getPull(number: number): Promise<PullRequestSummary>;
}

/** An issue (never a pull request), reduced to what the drift issue reads. */
export interface GitHubIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  /** The issue's page, e.g. `https://github.com/o/r/issues/3`. */
  url: string;
  createdAt: string;
}

/** The issue calls of the drift issue. Its comments go through {@link GitHubComments}. */
export interface GitHubIssues {
  /**
   * Every issue that carries `label` in `state`, across all pages, newest first. Pull
   * requests, which the issues endpoint also returns, are left out.
   */
  listIssues(options: { label: string; state: 'open' | 'closed' | 'all' }): Promise<GitHubIssue[]>;
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<GitHubIssue>;
  /** Edits the fields given; `state: 'closed'` closes it as completed. */
  updateIssue(
    number: number,
    patch: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<GitHubIssue>;
}

export interface GitHubApi extends GitHubComments, GitHubPulls, GitHubIssues {}

/** A GitHub call that failed; carries the HTTP status when there was a response. */
export class GitHubError extends Error {
  override name = 'GitHubError';
  constructor(
    message: string,
    readonly status: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
