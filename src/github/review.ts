/**
 * "Apply what was reviewed": on a push, the plan comment of the pull request that was
 * merged as the pushed commit says which plan the reviewers saw. This module finds that
 * pull request and comment, and compares their plan with the one made now.
 */
import type { Plan } from '../model.js';
import { canonicalPlan, compareItems, diffPlanLines, planLines } from '../plan/index.js';
import type { PlanChange } from '../report/index.js';
import type { GitHubComment, GitHubComments, PullRequestSummary } from './api.js';
import { parseLinesMarker, parseMarker, type RecordedLines } from './marker.js';
import { markerComments } from './trust.js';

/**
 * The pull request merged as `sha`: merged, with `sha` as its merge commit. A pull
 * request whose head is `sha` but that was not merged as it (or not merged at all) does
 * not count: its review and labels are about another commit.
 */
export function mergedPullOf(
  pulls: readonly PullRequestSummary[],
  sha: string,
): PullRequestSummary | undefined {
  return pulls.find((p) => p.merged && p.mergeCommitSha === sha);
}

/** What the merged pull request recorded of its review. */
export type ReviewedPlan =
  | { kind: 'no-comment' }
  /** The comment carries no fingerprint: its run made no plan (e.g. a fork, validate only). */
  | { kind: 'no-fingerprint'; comment: GitHubComment }
  /**
   * The last run on the pull request meant to plan but failed before it could (an API or
   * auth failure, invalid files): what the reviewers last saw was that failure, not a plan.
   */
  | { kind: 'failed'; comment: GitHubComment; reason: string; sha?: string }
  | {
      kind: 'reviewed';
      comment: GitHubComment;
      fingerprint: string;
      /** The commit the reviewed plan was made at. */
      sha?: string;
      lines: RecordedLines;
    };

/**
 * Reads the plan comment of `key` on pull request `number`. When racing runs left
 * several, the oldest counts, as it is the one the sticky comment keeps.
 */
export async function readReviewedPlan(
  api: GitHubComments,
  number: number,
  key: string,
): Promise<ReviewedPlan> {
  // Only our own comments: an imitation must not decide what "reviewed" means.
  const [comment] = (await markerComments(api, number, key)).ours;
  if (!comment) return { kind: 'no-comment' };
  const marker = parseMarker(comment.body);
  if (!marker?.fingerprint && marker?.failed) {
    return { kind: 'failed', comment, reason: marker.failed, sha: marker.sha };
  }
  if (!marker?.fingerprint) return { kind: 'no-fingerprint', comment };
  return {
    kind: 'reviewed',
    comment,
    fingerprint: marker.fingerprint,
    sha: marker.sha,
    lines: parseLinesMarker(comment.body),
  };
}

/**
 * The fresh plan against a pull request whose last run failed before it could plan: no
 * plan was reviewed, so every line of the fresh plan is new to the reviewers.
 */
export function unreviewedPlan(
  failure: string,
  fresh: Plan,
  action: PlanChange['action'],
): PlanChange {
  return {
    reviewedFingerprint: 'none',
    freshFingerprint: fresh.fingerprint,
    action,
    reviewedFailure: failure,
    ...diffPlanLines([], planLines(fresh)),
  };
}

/** What is left of a reviewed plan, or how the fresh plan departs from it. */
export interface ReviewComparison {
  /** Set when the fresh plan holds something the reviewed plan did not: a changed plan. */
  change?: PlanChange;
  /**
   * The reviewed changes (or parts) that the fresh plan no longer holds, as plan lines:
   * done since the review, by an earlier partial apply or by hand. Empty when unknown.
   */
  done: string[];
}

/**
 * Compares the fresh plan with the reviewed one. What is left of a reviewed plan is not
 * a change of plan: the fresh plan is fine when each of its items (an audience, a field,
 * a before and an after value) was in the reviewed plan. So an empty plan (a re-run of a
 * converged apply), the rest of a partial apply, and a plan missing a change someone made
 * by hand all pass, and `done` lists what was already done. Any other item, or a `before`
 * that moved, makes a {@link PlanChange}.
 *
 * A comment of an older version recorded only lines: then each fresh line must be a
 * reviewed line. A comment that recorded neither (too large) passes an equal fingerprint
 * or an empty plan only.
 */
export function compareWithReview(
  reviewed: { fingerprint: string; lines: RecordedLines },
  fresh: Plan,
  action: PlanChange['action'],
): ReviewComparison {
  if (reviewed.fingerprint === fresh.fingerprint) return { done: [] };
  const freshLines = planLines(fresh);
  const recorded = reviewed.lines;
  if (recorded.kind === 'lines') {
    // The recorded items decide when there are some; the lines, in an older comment.
    const items = recorded.plan ? compareItems(recorded.plan, canonicalPlan(fresh)) : undefined;
    if (items?.within) return { done: items.done };
    const { removed, added } = diffPlanLines(recorded.lines, freshLines);
    if (!items && added.length === 0) return { done: removed };
    return { change: { ...heads(reviewed.fingerprint, fresh, action), removed, added }, done: [] };
  }
  if (freshLines.length === 0) return { done: [] };
  return {
    change: {
      ...heads(reviewed.fingerprint, fresh, action),
      removed: [],
      added: [],
      reviewedLines: recorded.kind,
    },
    done: [],
  };
}

function heads(reviewedFingerprint: string, fresh: Plan, action: PlanChange['action']) {
  return { reviewedFingerprint, freshFingerprint: fresh.fingerprint, action };
}
