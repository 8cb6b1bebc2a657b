/**
 * The phases of `command: sync` after the files are valid and the workspace is read:
 * plan against the workspace (with the delete guard), compare with the reviewed plan,
 * and apply the plan or, in a dry run, judge it. Each phase is a log group; a failure is
 * thrown as a {@link RunFailure}. Loaded by `run.ts` only for a run that plans: a
 * validate-only run (a fork's pull request) never loads the planner or the applier.
 */
import { mkdir, mkdtemp, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { applyPlan } from '../apply/index.js';
import type { Connection } from '../engine.js';
import { infoUntrusted } from '../github/log.js';
import type { ApplyResult, LoadResult, Plan, RemoteAudience } from '../model.js';
import { buildPlan, planLines } from '../plan/index.js';
import { hasChanges, plural, renderConsole } from '../report/index.js';
import { checkGuard, pullRequestLabel, refuseBlocked, refuseGuardTripped } from './guard.js';
import type { ActionInputs } from './inputs.js';
import { progressLine, unappliedLine } from './progress.js';
import { compareWithReviewed, refusePlanChange } from './review.js';
import {
  capped,
  messageOf,
  type RunDependencies,
  RunFailure,
  type RunState,
  report,
} from './state.js';
import { refuseCancelled } from './validate.js';

/** Phases 4 to 6 of `run`, on an open connection. */
export async function planAndApply(
  state: RunState,
  inputs: ActionInputs,
  load: LoadResult,
  connection: Connection,
  remote: RemoteAudience[],
  deps: RunDependencies,
): Promise<void> {
  const planned = await plan(state, inputs, load, remote, deps);
  if (!inputs.dryRun && state.context?.eventName === 'push') {
    await core.group('Compare with the reviewed plan', () =>
      compareWithReviewed(state, planned, deps),
    );
  }
  refusePlanChange(state);
  refuseGuardTripped(state, planned);
  if (inputs.dryRun) judgeDryRun(inputs, planned);
  else await apply(state, inputs, planned, connection, deps);
  refuseCancelled(state);
}

/**
 * Plans the files against the workspace's list (read already), through the delete
 * guard, and logs the plan.
 */
export async function plan(
  state: RunState,
  inputs: ActionInputs,
  load: LoadResult,
  remote: RemoteAudience[],
  deps: RunDependencies,
): Promise<Plan> {
  const options = { prune: inputs.prune, ignore: inputs.ignore, maxDeletes: inputs.maxDeletes };
  const liftedBy = pullRequestLabel(state);
  return core.group('Plan', async () => {
    const plan = buildPlan(
      load.audiences,
      remote,
      options,
      liftedBy ? { guardLiftedBy: liftedBy } : {},
    );
    const guarded = await checkGuard(state, { load, remote, options }, plan, deps);
    state.plan = guarded;
    state.remote = remote;
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
 * Applies the plan, one progress line per change, after backing up what it changes; then
 * a cancel, every change not carried out, and every blocked one fail the step.
 */
export async function apply(
  state: RunState,
  inputs: ActionInputs,
  plan: Plan,
  connection: Connection,
  deps: RunDependencies,
): Promise<void> {
  if (plan.changes.length > 0) {
    refuseCancelled(state);
    await backUp(state, plan, deps);
    state.apply = await core.group('Apply', () =>
      applyPlan(plan, connection.audiences, {
        concurrency: inputs.concurrency,
        verifyBeforeWrite: inputs.verifyBeforeWrite,
        onProgress: (done, total, r) => infoUntrusted(progressLine(done, total, r)),
        ...(state.cancel ? { signal: state.cancel.stop } : {}),
      }),
    );
    state.mode = 'apply';
  }
  refuseCancelled(state);
  refuseUnapplied(state.apply);
  refuseBlocked(plan);
}

/**
 * Writes the prior state of every audience the plan updates, renames or deletes, as
 * audience files, under `RUNNER_TEMP` (the system's temporary folder outside a runner),
 * before the first write. Each run gets a folder of its own, named by its start time,
 * even when several steps of a job apply in the same second. A backup that cannot be
 * written stops the run: nothing is written without it.
 */
async function backUp(state: RunState, plan: Plan, deps: RunDependencies): Promise<void> {
  const { backupFolder, writeBackup } = await import('../export/backup.js');
  const root = path.join(deps.env.RUNNER_TEMP || tmpdir(), 'audience-sync-backup');
  let dir = root;
  let files: string[];
  try {
    await mkdir(root, { recursive: true });
    dir = await mkdtemp(`${backupFolder(root, new Date(state.startedAt))}-`);
    files = await writeBackup(dir, plan, state.remote ?? []);
  } catch (error) {
    throw new Error(
      `Could not write the backup to ${dir} (${messageOf(error)}): nothing was written.`,
    );
  }
  if (files.length === 0) {
    await rmdir(dir);
    return;
  }
  state.backupPath = dir;
  core.info(`Backed up ${plural(files.length, 'audience')} before writing: ${dir}`);
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
