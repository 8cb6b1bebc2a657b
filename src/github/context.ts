/**
 * What the runner tells the Action about this run: the event, the repository, the pull
 * request, the commit and the run's URL. Read from the environment and the event payload
 * directly, without `@actions/github`, so that a validate-only run never loads Octokit.
 */
import { readFileSync } from 'node:fs';
import { PULL_REQUEST_EVENTS, UNMERGED_EVENTS } from '../constants.js';

/** The pull request a `pull_request` / `pull_request_target` run is about. */
export interface PullRequestContext {
  number: number;
  /** The head commit the plan is made at. */
  headSha?: string;
  /** The labels at the time of the event. */
  labels: string[];
}

export interface RunContext {
  /** e.g. `pull_request`, `push`, `schedule`; empty outside a runner. */
  eventName: string;
  repo?: { owner: string; repo: string };
  pullRequest?: PullRequestContext;
  /**
   * The run is about a pull request that is not merged yet: a pull request or review
   * event, or a comment on a pull request. An apply here would write unmerged changes.
   */
  onPullRequest: boolean;
  /** `GITHUB_SHA`: the commit that triggered the run. */
  sha?: string;
  /** The link to this workflow run, when the runner gave everything needed to build it. */
  runUrl?: string;
  /** The repository's web address, e.g. `https://github.com/acme/audiences`. */
  repoUrl?: string;
  /** The checkout: audience paths and annotation paths are relative to it. */
  workspaceDir: string;
  /** Why the event payload could not be read, if it could not. */
  payloadProblem?: string;
}

/** Reads the run's context from a runner-like environment. Never throws. */
export function readRunContext(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const { payload, problem } = readPayload(env.GITHUB_EVENT_PATH);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, '');

  return {
    eventName,
    repo: owner && repo ? { owner, repo } : undefined,
    pullRequest: PULL_REQUEST_EVENTS.includes(eventName) ? pullRequestOf(payload) : undefined,
    onPullRequest:
      UNMERGED_EVENTS.includes(eventName) ||
      (eventName === 'issue_comment' && field(field(payload, 'issue'), 'pull_request') != null),
    sha: env.GITHUB_SHA || undefined,
    runUrl:
      server && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    repoUrl: server && owner && repo ? `${server}/${owner}/${repo}` : undefined,
    workspaceDir: env.GITHUB_WORKSPACE || cwd,
    payloadProblem: problem,
  };
}

/** The commit a plan is made at: a PR's head (not the merge commit `GITHUB_SHA` names), else `GITHUB_SHA`. */
export function plannedSha(context: RunContext): string | undefined {
  return context.pullRequest?.headSha ?? context.sha;
}

function readPayload(path: string | undefined): { payload: unknown; problem?: string } {
  if (!path) return { payload: {} };
  try {
    return { payload: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { payload: {}, problem: `could not read the event payload ${path}: ${why}` };
  }
}

function pullRequestOf(payload: unknown): PullRequestContext | undefined {
  const pr = field(payload, 'pull_request');
  const number = field(pr, 'number');
  if (typeof number !== 'number') return undefined;
  const headSha = field(field(pr, 'head'), 'sha');
  const labels = field(pr, 'labels');
  return {
    number,
    headSha: typeof headSha === 'string' ? headSha : undefined,
    labels: Array.isArray(labels)
      ? labels.map((l) => field(l, 'name')).filter((n): n is string => typeof n === 'string')
      : [],
  };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
