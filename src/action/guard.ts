/**
 * The delete guard and the refusals that follow a plan: too many deletes, blocked
 * changes and name conflicts each fail the step with what it takes to proceed.
 */
import * as core from '@actions/core';
import { Inputs } from '../constants.js';
import type { LoadResult, Plan, PlanOptions, RemoteAudience } from '../model.js';
import { buildPlan } from '../plan/index.js';
import { plural } from '../report/index.js';
import { mergedPull } from './review.js';
import { type RunDependencies, RunFailure, type RunState } from './state.js';

/**
 * The delete guard. On a push, the allow-deletes label of the merged pull request lifts
 * it (looked up only when the guard trips, to spare a call on every push). A guard that
 * still trips gets the exact ways to allow it, in `state.guardAllow`.
 */
export async function checkGuard(
  state: RunState,
  planned: { load: LoadResult; remote: RemoteAudience[]; options: PlanOptions },
  plan: Plan,
  deps: RunDependencies,
): Promise<Plan> {
  const { inputs, context } = state;
  if (!inputs || !context) return plan;
  let result = plan;
  if (plan.guard.tripped && context.eventName === 'push' && context.sha) {
    const liftedBy = await mergedPullLabel(state, context.sha, deps);
    if (liftedBy) {
      // The same plan again, with the options it was made with, and the guard lifted.
      result = buildPlan(planned.load.audiences, planned.remote, planned.options, {
        guardLiftedBy: liftedBy,
      });
    }
  }
  const { deletes, maxDeletes, tripped, liftedBy } = result.guard;
  if (liftedBy && deletes > maxDeletes) core.info(`Delete guard lifted by ${liftedBy}.`);
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

/**
 * The label on the pull request itself, as a `liftedBy` text. It acknowledges the
 * deletes of the merge commit's apply: a dry run on the pull request previews that
 * apply, so the label counts there; an apply on the pull request itself writes unmerged
 * changes, which the label never acknowledged.
 */
export function pullRequestLabel(state: RunState): string | undefined {
  const { inputs, context } = state;
  return inputs?.dryRun && context?.pullRequest?.labels.includes(inputs.allowDeletesLabel)
    ? `the label \`${inputs.allowDeletesLabel}\` on #${context.pullRequest.number}`
    : undefined;
}

/** A tripped guard fails the step as `guard-tripped`, with the ways to allow it. */
export function refuseGuardTripped(state: RunState, plan: Plan): void {
  if (!plan.guard.tripped) return;
  throw new RunFailure(
    'guard-tripped',
    `The plan deletes ${plural(plan.guard.deletes, 'audience')}, more than \`max-deletes\` (${plan.guard.maxDeletes}): nothing was written.`,
    [`To allow it: ${(state.guardAllow ?? []).join(', or ')}.`],
  );
}

/**
 * Blocked changes and name conflicts fail the step, in dry-run and apply alike: the
 * files ask for something that cannot be done.
 */
export function refuseBlocked(plan: Plan): void {
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

/** The merged pull request of `sha` that carries the allow-deletes label, as a `liftedBy` text. */
async function mergedPullLabel(
  state: RunState,
  sha: string,
  deps: RunDependencies,
): Promise<string | undefined> {
  const label = state.inputs?.allowDeletesLabel ?? '';
  const { pull, error } = await mergedPull(state, deps);
  if (error) {
    core.warning(
      `Could not look up the pull request of ${sha} for the \`${label}\` label: ${error}`,
    );
  }
  return pull?.labels.includes(label) ? `the label \`${label}\` on #${pull.number}` : undefined;
}
