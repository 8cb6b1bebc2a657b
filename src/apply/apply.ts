/**
 * The applier: carries out a plan's changes through the {@link AudienceApi} seam, with
 * bounded concurrency and one result per change.
 *
 * Blocked changes and conflicts are not in `plan.changes`, so they are never attempted;
 * the caller fails the run for them.
 */
import type { ApplyResult, Change, ChangeResult, Plan, Profile } from '../model.js';
import { ApiError, type AudienceApi } from '../neuroflash/api.js';
import { sameValue } from '../plan/compare.js';
import { runPool } from '../pool.js';
import { GuardTrippedError, InvalidChangeError } from './errors.js';

export interface ApplyOptions {
  /** The most API writes in flight at once; an integer of at least 1. */
  concurrency: number;
  /** Re-read each audience before its PUT or DELETE; skip it as a conflict if it changed since the plan. */
  verifyBeforeWrite?: boolean;
  /**
   * Called as each change finishes, in completion order. It must not throw: an error it
   * throws is ignored, because a broken progress display must not stop writes half-way.
   */
  onProgress?: (done: number, total: number, result: ChangeResult) => void;
  /**
   * Cancels the apply: once it fires, no new change starts, and each change not started
   * is `skipped` with {@link NOT_STARTED_CANCELLED}. Changes in flight run on (the client
   * may cut them: see `ConnectionSettings.signal`).
   */
  signal?: AbortSignal;
}

/** The error of a change that was not started because the run was cancelled. */
export const NOT_STARTED_CANCELLED = 'not started: the run was cancelled';

/** The error of a change skipped because its audience changed after the plan. */
export const CHANGED_SINCE_PLAN = 'changed in neuroflash since the plan; re-run to re-plan';
/** The error of an update skipped because its audience was deleted after the plan. */
export const DELETED_SINCE_PLAN = 'deleted in neuroflash since the plan';
/** The note on a delete that found the audience already gone: it counts as done. */
export const ALREADY_DELETED = 'already deleted in neuroflash (404); nothing to do';

/**
 * Applies the plan's changes and returns one result per change, in plan order.
 *
 * - Throws {@link GuardTrippedError} before any call if the plan's delete guard is tripped,
 *   or if its deletes exceed `maxDeletes` with nothing lifting the guard (a plan edited
 *   after planning cannot slip past it).
 * - Changes start in plan order through one pool of `concurrency`; creates start only
 *   after every rename has settled, so no name is ever held twice during the run.
 * - Every change is tried, whatever happens to the others. A failure keeps the API's own
 *   message and the HTTP status. `ok` is true only if every change is `done`.
 * - A delete that finds the audience already gone (404) is `done`, with a note in `error`.
 * - With `verifyBeforeWrite`, each PUT or DELETE is preceded by a re-read, and skipped as
 *   a `conflict` if the audience changed since the plan.
 * - Once `signal` fires, no change starts; the ones not started are `skipped`, and the
 *   result says `cancelled`. A change starts with its first call, so a create waiting for
 *   the renames is checked again when they settle.
 */
export async function applyPlan(
  plan: Plan,
  api: AudienceApi,
  options: ApplyOptions,
): Promise<ApplyResult> {
  assertGuard(plan);
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
    throw new RangeError(
      `concurrency must be an integer of at least 1, got ${options.concurrency}`,
    );
  }

  const total = plan.changes.length;
  const signal = options.signal;
  let finished = 0;
  const run = async (change: Change): Promise<ChangeResult> => {
    const result = signal?.aborted
      ? { change, status: 'skipped' as const, error: NOT_STARTED_CANCELLED }
      : await applyChange(change, api, options.verifyBeforeWrite === true);
    finished += 1;
    try {
      options.onProgress?.(finished, total, result);
    } catch {
      // Deliberately ignored: see ApplyOptions.onProgress.
    }
    return result;
  };

  // One pool, renames queued first and the rest in plan order, so n changes take about
  // ceil(n / concurrency) round trips. Only creates wait for every rename to settle: a
  // create is the one write that could take a name a rename is still giving up. (Renames
  // are queued first even in a hand-made plan, so a waiting create can never hold the
  // last free worker while a rename waits behind it.)
  const order = plan.changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => Number(b.change.kind === 'rename') - Number(a.change.kind === 'rename'));
  const renames = order.filter((c) => c.change.kind === 'rename').length;
  let renamesSettled = 0;
  let releaseCreates: () => void = () => {};
  const renamesDone =
    renames === 0 ? Promise.resolve() : new Promise<void>((resolve) => (releaseCreates = resolve));
  const results = new Array<ChangeResult>(order.length);
  await runPool(order, options.concurrency, async ({ change, index }) => {
    if (change.kind === 'create') await renamesDone;
    results[index] = await run(change);
    if (change.kind === 'rename' && ++renamesSettled === renames) releaseCreates();
  });
  const ok = results.every((r) => r.status === 'done');
  return signal?.aborted ? { results, ok, cancelled: true } : { results, ok };
}

function assertGuard(plan: Plan): void {
  const deletes = plan.changes.filter((c) => c.kind === 'delete').length;
  const lifted = plan.guard.liftedBy !== undefined && plan.guard.liftedBy !== '';
  if (plan.guard.tripped || (deletes > plan.guard.maxDeletes && !lifted)) {
    throw new GuardTrippedError(deletes, plan.guard.maxDeletes);
  }
}

/** Carries out one change; never throws, so one failure cannot stop the others. */
async function applyChange(
  change: Change,
  api: AudienceApi,
  verifyBeforeWrite: boolean,
): Promise<ChangeResult> {
  try {
    if (change.kind === 'create') {
      const created = await api.createAudience(bodyOf(change));
      return { change, status: 'done', id: created.id };
    }
    const id = idOf(change);
    if (verifyBeforeWrite) {
      const stale = await verify(change, id, api);
      if (stale) return stale;
    }
    if (change.kind === 'delete') return await deleteOne(change, id, api);
    await api.updateAudience(id, bodyOf(change));
    return { change, status: 'done', id };
  } catch (error) {
    return failed(change, error);
  }
}

async function deleteOne(change: Change, id: string, api: AudienceApi): Promise<ChangeResult> {
  try {
    await api.deleteAudience(id);
    return { change, status: 'done', id };
  } catch (error) {
    if (isNotFound(error)) return alreadyDeleted(change, id);
    throw error;
  }
}

/**
 * Re-reads the audience and returns a conflict result if it is no longer what the plan
 * saw: another `updatedAt`, or a field whose value is no longer the plan's `before`.
 * Returns undefined when the write may go ahead.
 */
async function verify(
  change: Change,
  id: string,
  api: AudienceApi,
): Promise<ChangeResult | undefined> {
  let fresh: Awaited<ReturnType<AudienceApi['getAudience']>>;
  try {
    fresh = await api.getAudience(id);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    // The goal of a delete is already reached; anything else has nothing left to write to.
    if (change.kind === 'delete') return alreadyDeleted(change, id);
    return { change, status: 'conflict', error: DELETED_SINCE_PLAN, httpStatus: 404, id };
  }
  const touched =
    change.remoteUpdatedAt !== undefined && fresh.updatedAt !== change.remoteUpdatedAt;
  const drifted = change.fieldChanges.some(
    (fc) => !sameValue(fc.field, fc.before, fc.field === 'name' ? fresh.name : fresh.raw[fc.field]),
  );
  if (touched || drifted) return { change, status: 'conflict', error: CHANGED_SINCE_PLAN, id };
  return undefined;
}

function alreadyDeleted(change: Change, id: string): ChangeResult {
  return { change, status: 'done', error: ALREADY_DELETED, httpStatus: 404, id };
}

function failed(change: Change, error: unknown): ChangeResult {
  const id = change.id === undefined ? {} : { id: change.id };
  if (error instanceof ApiError) {
    const status = error.status === undefined ? {} : { httpStatus: error.status };
    return { change, status: 'failed', error: error.apiMessage ?? error.message, ...status, ...id };
  }
  return {
    change,
    status: 'failed',
    error: error instanceof Error ? error.message : String(error),
    ...id,
  };
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

function idOf(change: Change): string {
  if (change.id === undefined || change.id === '') {
    throw new InvalidChangeError(`invalid plan: the ${change.kind} of '${change.name}' has no id`);
  }
  return change.id;
}

function bodyOf(change: Change): Profile {
  if (change.body === undefined) {
    throw new InvalidChangeError(
      `invalid plan: the ${change.kind} of '${change.name}' has no body`,
    );
  }
  return change.body;
}
