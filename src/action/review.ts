/**
 * The reviewed plan: on an apply after a merge, the plan made now is compared with the one
 * shown on the merged pull request's plan comment, and `on-plan-change` decides what a
 * difference does. The merged pull request is looked up here, once per run, for the
 * delete guard's label too.
 */
import * as core from '@actions/core';
import { Inputs } from '../constants.js';
import { infoUntrusted } from '../github/log.js';
import type { ReviewedPlan } from '../github/review.js';
import type { Plan } from '../model.js';
import { shortSha } from '../report/format.js';
import { type PlanChange, plural } from '../report/index.js';
import {
  capped,
  gitHub,
  type MergedPullLookup,
  messageOf,
  type RunDependencies,
  RunFailure,
  type RunState,
} from './state.js';

/**
 * The pull request merged as the pushed commit (see {@link mergedPullOf}), asked of
 * GitHub once per run: the guard's label and the reviewed plan both come from it.
 */
export function mergedPull(state: RunState, deps: RunDependencies): Promise<MergedPullLookup> {
  state.mergedPull ??= (async (): Promise<MergedPullLookup> => {
    const { mergedPullOf } = await import('../github/review.js');
    const sha = state.context?.sha;
    if (!sha) return { unavailable: 'the run names no commit (`GITHUB_SHA` is empty)' };
    const github = gitHub(state, deps);
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
 * they differ; {@link refusePlanChange} fails or warns by `on-plan-change`. Whatever
 * cannot be compared (a direct push, no comment, a comment without a plan) is said in a
 * notice, and the plan made now is applied, as it would be without a pull request.
 */
export async function compareWithReviewed(
  state: RunState,
  plan: Plan,
  deps: RunDependencies,
): Promise<void> {
  const { inputs, context } = state;
  if (!inputs || !context) return;
  const asPlanned = 'there is no reviewed plan to compare with, so the plan made now is applied.';
  const notice = (text: string) => {
    core.notice(text);
    state.notices.push(text);
  };
  const sha = context.sha ?? '';
  // GitHub failing (a permission, an outage) must not block every deploy: the run warns
  // and applies as planned, as it would on a direct push.
  const unreadable = (why: string) => {
    const text = `Could not read the pull request merged as commit \`${shortSha(sha)}\`: ${why}. T${asPlanned.slice(1)}`;
    core.warning(text);
    state.notices.push(text);
  };
  // Loaded only by an apply after a merge: the markers' gzip (zlib) is of no use elsewhere.
  const [{ markerKey }, { compareWithReview, readReviewedPlan, unreviewedPlan }] =
    await Promise.all([import('../github/marker.js'), import('../github/review.js')]);
  const lookup = await mergedPull(state, deps);
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
  const github = gitHub(state, deps);
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
  if (reviewed.kind !== 'no-comment') {
    // After the apply, this comment is rewritten with the outcome (see ./publish.ts).
    state.reviewedComment = { pull: pull.number, body: reviewed.comment.body };
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
  const { change, done } = compareWithReview(reviewed, plan, inputs.onPlanChange);
  if (!change && done.length > 0) {
    // What is left of a reviewed plan (a re-run, a partial apply, a change made by hand)
    // is not a change of plan; the log says what was done in between.
    notice(
      `${stale}The plan made now holds only what is left of the plan reviewed on pull request #${pull.number}: ${plural(done.length, 'reviewed change')} ${done.length === 1 ? 'is' : 'are'} already done (listed in the log), ${plural(plan.changes.length, 'change')} left to apply.`,
    );
    infoUntrusted(['Reviewed changes already done:', ...capped(done, 50)].join('\n'));
    return;
  }
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

/** A plan change that `on-plan-change: fail` refuses fails the step as `plan-changed`. */
export function refusePlanChange(state: RunState): void {
  const change = state.planChange;
  if (change?.action !== 'fail') return;
  const summary = change.reviewedFailure
    ? `No plan was reviewed: the last run on the pull request failed before it could plan (failure-reason \`${change.reviewedFailure}\`), so the plan made now (fingerprint ${change.freshFingerprint}) was never shown for review. Nothing was written. Re-run the pull request's check to review the plan before merging, or re-run this apply with \`${Inputs.OnPlanChange}: warn\` to apply it anyway.`
    : `The plan changed since it was reviewed (fingerprint ${change.reviewedFingerprint} then, ${change.freshFingerprint} now): nothing was written. To apply the new plan anyway, re-run with \`${Inputs.OnPlanChange}: warn\`.`;
  throw new RunFailure('plan-changed', summary, planChangeLines(change));
}

/**
 * Keeps the plan change for {@link refusePlanChange}, logs `heading` with the
 * difference, and with `warn` also warns with both.
 */
function recordPlanChange(state: RunState, change: PlanChange, heading: string): void {
  state.planChange = change;
  infoUntrusted([heading, ...planChangeLines(change)].join('\n'));
  if (change.action === 'warn') {
    core.warning(
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
