/**
 * The seam between the Action and GitHub's REST API. `main.ts` receives an
 * implementation (Octokit in a run, `./octokit.ts`); the logic above it (the sticky
 * comment, the guard's label lookup) sees only these calls.
 */

/** An issue or pull request comment. */
export interface GitHubComment {
  id: number;
  body: string;
  /** The comment's page, e.g. `https://github.com/o/r/pull/7#issuecomment-1`. */
  url: string;
  createdAt: string;
}

/** The comments of one issue or pull request (a pull request is an issue). */
export interface GitHubComments {
  /** Every comment, across all pages, oldest first. */
  listComments(issueNumber: number): Promise<GitHubComment[]>;
  createComment(issueNumber: number, body: string): Promise<GitHubComment>;
  updateComment(commentId: number, body: string): Promise<GitHubComment>;
  deleteComment(commentId: number): Promise<void>;
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
}

export interface GitHubApi extends GitHubComments, GitHubPulls {}

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
