/**
 * The GitHub seam over `@actions/github`'s Octokit. Imported dynamically by `src/action/run.ts`,
 * only on the paths that talk to GitHub, so a validate-only run never loads Octokit.
 */
import { getOctokit } from '@actions/github';
import {
  formatSeconds,
  type RetryPolicy,
  resolveRetryPolicy,
  type Sleep,
  withRetries,
} from '../retry.js';
import type { GitHubApi, GitHubComment, GitHubIssue, PullRequestSummary } from './api.js';
import { GitHubError } from './api.js';
import { GITHUB_RETRY_POLICY, githubRetryRule } from './retry-rules.js';

/** Retry limits over GitHub's defaults, and the loop's seams (tests record the waits). */
export interface GitHubRetryOptions extends Partial<RetryPolicy> {
  sleep?: Sleep;
  now?: () => number;
  log?: (message: string) => void;
}

export interface GitHubClientOptions {
  token: string;
  repo: { owner: string; repo: string };
  /**
   * The REST API root. Defaults to `GITHUB_API_URL` as the runner sets it (GitHub
   * Enterprise Server, or a fake in tests), else the public API.
   */
  baseUrl?: string;
  retry?: GitHubRetryOptions;
}

interface RawComment {
  id: number;
  body?: string | null;
  html_url: string;
  created_at: string;
  user?: { login?: string; type?: string } | null;
}

interface RawPull {
  number: number;
  state: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
  head?: { sha?: string };
  labels: { name?: string }[];
}

interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string })[];
  html_url: string;
  created_at: string;
  pull_request?: unknown;
}

const pull = (pr: RawPull): PullRequestSummary => ({
  number: pr.number,
  state: pr.state,
  merged: Boolean(pr.merged_at),
  mergeCommitSha: pr.merge_commit_sha ?? undefined,
  headSha: pr.head?.sha,
  labels: pr.labels.map((l) => l.name).filter((n): n is string => typeof n === 'string'),
});

const issue = (i: RawIssue): GitHubIssue => ({
  number: i.number,
  title: i.title,
  body: i.body ?? '',
  state: i.state === 'closed' ? 'closed' : 'open',
  labels: i.labels
    .map((l) => (typeof l === 'string' ? l : l.name))
    .filter((n): n is string => typeof n === 'string'),
  url: i.html_url,
  createdAt: i.created_at,
});

/** Builds the GitHub seam for one repository. Calls retry on rate limits (see `./retry-rules.ts`). */
export function createGitHubApi(options: GitHubClientOptions): GitHubApi {
  const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const octokit = getOctokit(options.token, { baseUrl });
  const { sleep, now, log, ...limits } = options.retry ?? {};
  const policy = resolveRetryPolicy(limits, GITHUB_RETRY_POLICY);
  octokit.hook.wrap('request', (request, params) => {
    const method = String(params.method);
    return withRetries(
      async () => request(params),
      (error, nowMs) => githubRetryRule(error, method, nowMs),
      {
        policy,
        ...(sleep ? { sleep } : {}),
        ...(now ? { now } : {}),
        onRetry: ({ attempt, maxAttempts, delayMs, error }) =>
          log?.(
            `GitHub ${method} ${String(params.url)} → ${(error as { status?: number }).status}; retry ${attempt - 1}/${maxAttempts - 1} in ${formatSeconds(delayMs)}`,
          ),
      },
    );
  });
  const repo = options.repo;

  const comment = (c: RawComment): GitHubComment => ({
    id: c.id,
    body: c.body ?? '',
    url: c.html_url,
    createdAt: c.created_at,
    author: { login: c.user?.login ?? '', bot: c.user?.type === 'Bot' },
  });

  return {
    listComments: (issueNumber) =>
      call(`list the comments of #${issueNumber}`, async () => {
        const all = await octokit.paginate(octokit.rest.issues.listComments, {
          ...repo,
          issue_number: issueNumber,
          per_page: 100,
        });
        return all.map(comment);
      }),
    createComment: (issueNumber, body) =>
      call(`comment on #${issueNumber}`, async () => {
        const res = await octokit.rest.issues.createComment({
          ...repo,
          issue_number: issueNumber,
          body,
        });
        return comment(res.data);
      }),
    updateComment: (commentId, body) =>
      call(`edit comment ${commentId}`, async () => {
        const res = await octokit.rest.issues.updateComment({
          ...repo,
          comment_id: commentId,
          body,
        });
        return comment(res.data);
      }),
    deleteComment: (commentId) =>
      call(`delete comment ${commentId}`, async () => {
        await octokit.rest.issues.deleteComment({ ...repo, comment_id: commentId });
      }),
    viewerLogin: async () => {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch (error) {
        // An Actions or App token has no user: GitHub answers 403 (or 401/404).
        const status = (error as { status?: unknown }).status;
        if (status === 401 || status === 403 || status === 404) return undefined;
        throw new GitHubError(`could not read the token's user: ${String(error)}`, undefined, {
          cause: error,
        });
      }
    },
    pullsForCommit: (sha) =>
      call(`find the pull requests of ${sha}`, async () => {
        const res = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          ...repo,
          commit_sha: sha,
        });
        return res.data.map(pull);
      }),
    getPull: (number) =>
      call(`read pull request #${number}`, async () => {
        const res = await octokit.rest.pulls.get({ ...repo, pull_number: number });
        return pull(res.data);
      }),
    listIssues: ({ label, state }) =>
      call(`list the ${state} issues labelled ${label}`, async () => {
        const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
          ...repo,
          labels: label,
          state,
          sort: 'created',
          direction: 'desc',
          per_page: 100,
        });
        return all.filter((i) => !i.pull_request).map(issue);
      }),
    createIssue: ({ title, body, labels }) =>
      call('open an issue', async () => {
        const res = await octokit.rest.issues.create({ ...repo, title, body, labels });
        return issue(res.data);
      }),
    updateIssue: (number, patch) =>
      call(`edit issue #${number}`, async () => {
        const res = await octokit.rest.issues.update({
          ...repo,
          issue_number: number,
          ...patch,
          ...(patch.state === 'closed' ? { state_reason: 'completed' as const } : {}),
        });
        return issue(res.data);
      }),
  };
}

/** Turns Octokit's errors into a {@link GitHubError} that says what was being done. */
async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const status =
      typeof error === 'object' && error !== null && 'status' in error
        ? Number((error as { status: unknown }).status)
        : undefined;
    const why = error instanceof Error ? error.message : String(error);
    throw new GitHubError(
      `could not ${what}: ${status ? `${status} ` : ''}${why}`,
      Number.isFinite(status) ? status : undefined,
      { cause: error },
    );
  }
}
