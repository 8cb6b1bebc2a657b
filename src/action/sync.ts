/**
 * The phases of `command: sync` that touch the audiences: validate the files, plan
 * against the workspace (with the delete guard), and apply the plan or, in a dry run,
 * judge it. Each phase is a log group; a failure is thrown as a {@link RunFailure}.
 */
import { mkdir, mkdtemp, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { applyPlan } from '../apply/index.js';
import { formatProblem, formatSummary, loadAudiences, sortProblems } from '../config/index.js';
import { type Connection, hasErrors } from '../engine.js';
import { annotateProblems } from '../github/annotations.js';
import type { RunContext } from '../github/context.js';
import { infoUntrusted } from '../github/log.js';
import type { ApplyResult, LoadResult, Plan, RemoteAudience } from '../model.js';
import { buildPlan, planLines } from '../plan/index.js';
import { hasChanges, plural, renderConsole } from '../report/index.js';
import { checkGuard, pullRequestLabel, refuseBlocked } from './guard.js';
import type { ActionInputs } from './inputs.js';
import { progressLine, unappliedLine } from './progress.js';
import {
  capped,
  messageOf,
  type RunDependencies,
  RunFailure,
  type RunState,
  report,
} from './state.js';

/**
 * Loads and validates the audience files, annotating each problem on its file. Any error
 * fails the run as `invalid` before anything is written to neuroflash (reads started
 * alongside are discarded by the caller).
 */
export async function validate(
  state: RunState,
  inputs: ActionInputs,
  context: RunContext,
): Promise<LoadResult> {
  const load = await core.group('Load and validate', async () => {
    // The workspace is the trust boundary: nothing outside it is opened.
    const load = await loadAudiences(inputs.paths, {
      cwd: context.workspaceDir,
      root: context.workspaceDir,
      maxFileBytes: inputs.maxFileBytes,
    });
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
      `${plural(errors, 'error')} in the audience files: nothing was written to neuroflash. Each is annotated on its file and listed in the job summary.`,
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
 * After a SIGINT or SIGTERM, the run fails as `cancelled`, saying what the apply did (if
 * it started) and what it did not.
 */
export function refuseCancelled(state: RunState): void {
  const signal = state.cancel?.received;
  if (signal === undefined) return;
  const undone = state.apply?.results.filter((r) => r.status !== 'done') ?? [];
  throw new RunFailure(
    'cancelled',
    cancelledSummary(signal, state.apply),
    undone.map(unappliedLine),
  );
}

/** The banner of a cancelled run: what was done, cut in flight, and not started. */
function cancelledSummary(signal: string, result: ApplyResult | undefined): string {
  if (!result) return `Cancelled (${signal}) before the apply: nothing was written.`;
  const count = (status: string) => result.results.filter((r) => r.status === status).length;
  const failed = count('failed');
  const cut = failed > 0 ? `, ${failed} failed or cut in flight` : '';
  return `Cancelled (${signal}): ${count('done')} of ${plural(result.results.length, 'change')} done${cut}, ${count('skipped')} not started. A re-run plans again from what neuroflash holds, so nothing is done twice.`;
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
