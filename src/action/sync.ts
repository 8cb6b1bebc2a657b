/**
 * The phases of `command: sync` that touch the audiences: validate the files, plan
 * against the workspace (with the delete guard), and apply the plan or, in a dry run,
 * judge it. Each phase is a log group; a failure is thrown as a {@link RunFailure}.
 */
import * as core from '@actions/core';
import { applyPlan } from '../apply/index.js';
import { formatProblem, formatSummary, loadAudiences, sortProblems } from '../config/index.js';
import { type Connection, hasErrors, planAgainst } from '../engine.js';
import { annotateProblems } from '../github/annotations.js';
import type { RunContext } from '../github/context.js';
import { infoUntrusted } from '../github/log.js';
import type { ApplyResult, LoadResult, Plan } from '../model.js';
import { planLines } from '../plan/index.js';
import { hasChanges, plural, renderConsole } from '../report/index.js';
import { checkGuard, pullRequestLabel, refuseBlocked } from './guard.js';
import type { ActionInputs } from './inputs.js';
import { progressLine, unappliedLine } from './progress.js';
import { capped, type RunDependencies, RunFailure, type RunState, report } from './state.js';

/**
 * Loads and validates the audience files, annotating each problem on its file. Any error
 * fails the run as `invalid` before anything is sent to neuroflash.
 */
export async function validate(
  state: RunState,
  inputs: ActionInputs,
  context: RunContext,
): Promise<LoadResult> {
  const load = await core.group('Load and validate', async () => {
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
  return load;
}

/** Without credentials (a fork's pull request gets no secrets), the run ends validated. */
export function endValidated(state: RunState): void {
  const notice =
    'No neuroflash credentials (`client-id` and `client-secret` are empty, as on a pull request from a fork, which gets no secrets): the files were validated, nothing was planned or written.';
  core.notice(notice);
  state.notices.push(notice);
}

/** Plans the files against the workspace, through the delete guard, and logs the plan. */
export async function plan(
  state: RunState,
  inputs: ActionInputs,
  load: LoadResult,
  connection: Connection,
  deps: RunDependencies,
): Promise<Plan> {
  const options = { prune: inputs.prune, ignore: inputs.ignore, maxDeletes: inputs.maxDeletes };
  const liftedBy = pullRequestLabel(state);
  return core.group('Plan', async () => {
    const { plan, remote } = await planAgainst(
      load.audiences,
      connection.audiences,
      options,
      liftedBy ? { guardLiftedBy: liftedBy } : {},
    );
    const guarded = await checkGuard(state, load, remote, plan, deps);
    state.plan = guarded;
    infoUntrusted(renderConsole(report(state), { color: false }).trimEnd());
    return guarded;
  });
}

/**
 * A dry run writes nothing; it fails on blocked changes, and with `fail-on-drift` on
 * any change.
 */
export function judgeDryRun(inputs: ActionInputs, plan: Plan): void {
  refuseBlocked(plan);
  if (inputs.failOnDrift && hasChanges(plan)) {
    const lines = planLines(plan);
    throw new RunFailure(
      'drift',
      `Drift: the workspace differs from the files in ${plural(lines.length, 'change')}.`,
      capped(lines, 50),
    );
  }
}

/**
 * Applies the plan, one progress line per change; then every change not carried out,
 * and every blocked one, fails the step.
 */
export async function apply(
  state: RunState,
  inputs: ActionInputs,
  plan: Plan,
  connection: Connection,
): Promise<void> {
  if (plan.changes.length > 0) {
    state.apply = await core.group('Apply', () =>
      applyPlan(plan, connection.audiences, {
        concurrency: inputs.concurrency,
        verifyBeforeWrite: inputs.verifyBeforeWrite,
        onProgress: (done, total, r) => infoUntrusted(progressLine(done, total, r)),
      }),
    );
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
function refuseUnapplied(result: ApplyResult | undefined): void {
  const undone = result?.results.filter((r) => r.status !== 'done') ?? [];
  if (!result || undone.length === 0) return;
  const of = `${plural(undone.length, 'change')} of ${result.results.length}`;
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
  throw new RunFailure('apply-failed', summary, undone.map(unappliedLine));
}
