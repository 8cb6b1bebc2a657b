"use strict";
exports.id = 153;
exports.ids = [153,101];
exports.modules = {

/***/ 2153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  apply: () => (/* binding */ apply),
  judgeDryRun: () => (/* binding */ judgeDryRun),
  plan: () => (/* binding */ plan),
  planAndApply: () => (/* binding */ planAndApply)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(4740);
// EXTERNAL MODULE: ./src/neuroflash/api.ts
var api = __webpack_require__(4935);
// EXTERNAL MODULE: ./src/plan/compare.ts
var compare = __webpack_require__(8512);
// EXTERNAL MODULE: ./src/pool.ts
var pool = __webpack_require__(9537);
;// CONCATENATED MODULE: ./src/apply/errors.ts
/** Errors the applier throws before it writes anything. */
/**
 * The plan deletes more audiences than the delete guard allows. The caller should have
 * stopped before applying; the applier refuses again so that no path can skip the guard.
 */
class GuardTrippedError extends Error {
    deletes;
    maxDeletes;
    name = 'GuardTrippedError';
    constructor(deletes, maxDeletes) {
        super(`refusing to apply: the plan deletes ${deletes} audiences, more than max-deletes (${maxDeletes}); nothing was written`);
        this.deletes = deletes;
        this.maxDeletes = maxDeletes;
    }
}
/** A change of the plan lacks what its kind needs (an id, a body): the plan was not built by the planner. */
class InvalidChangeError extends Error {
    name = 'InvalidChangeError';
}

;// CONCATENATED MODULE: ./src/apply/apply.ts




/** The error of a change that was not started because the run was cancelled. */
const NOT_STARTED_CANCELLED = 'not started: the run was cancelled';
/** The error of a change skipped because its audience changed after the plan. */
const CHANGED_SINCE_PLAN = 'changed in neuroflash since the plan; re-run to re-plan';
/** The error of an update skipped because its audience was deleted after the plan. */
const DELETED_SINCE_PLAN = 'deleted in neuroflash since the plan';
/** The note on a delete that found the audience already gone: it counts as done. */
const ALREADY_DELETED = 'already deleted in neuroflash (404); nothing to do';
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
async function applyPlan(plan, api, options) {
    assertGuard(plan);
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
        throw new RangeError(`concurrency must be an integer of at least 1, got ${options.concurrency}`);
    }
    const total = plan.changes.length;
    const signal = options.signal;
    let finished = 0;
    const run = async (change) => {
        const result = signal?.aborted
            ? { change, status: 'skipped', error: NOT_STARTED_CANCELLED }
            : await applyChange(change, api, options.verifyBeforeWrite === true);
        finished += 1;
        try {
            options.onProgress?.(finished, total, result);
        }
        catch {
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
    let releaseCreates = () => { };
    const renamesDone = renames === 0 ? Promise.resolve() : new Promise((resolve) => (releaseCreates = resolve));
    const results = new Array(order.length);
    await (0,pool/* runPool */.k)(order, options.concurrency, async ({ change, index }) => {
        if (change.kind === 'create')
            await renamesDone;
        results[index] = await run(change);
        if (change.kind === 'rename' && ++renamesSettled === renames)
            releaseCreates();
    });
    const ok = results.every((r) => r.status === 'done');
    return signal?.aborted ? { results, ok, cancelled: true } : { results, ok };
}
function assertGuard(plan) {
    const deletes = plan.changes.filter((c) => c.kind === 'delete').length;
    const lifted = plan.guard.liftedBy !== undefined && plan.guard.liftedBy !== '';
    if (plan.guard.tripped || (deletes > plan.guard.maxDeletes && !lifted)) {
        throw new GuardTrippedError(deletes, plan.guard.maxDeletes);
    }
}
/** Carries out one change; never throws, so one failure cannot stop the others. */
async function applyChange(change, api, verifyBeforeWrite) {
    try {
        if (change.kind === 'create') {
            const created = await api.createAudience(bodyOf(change));
            return { change, status: 'done', id: created.id };
        }
        const id = idOf(change);
        if (verifyBeforeWrite) {
            const stale = await verify(change, id, api);
            if (stale)
                return stale;
        }
        if (change.kind === 'delete')
            return await deleteOne(change, id, api);
        await api.updateAudience(id, bodyOf(change));
        return { change, status: 'done', id };
    }
    catch (error) {
        return failed(change, error);
    }
}
async function deleteOne(change, id, api) {
    try {
        await api.deleteAudience(id);
        return { change, status: 'done', id };
    }
    catch (error) {
        if (isNotFound(error))
            return alreadyDeleted(change, id);
        throw error;
    }
}
/**
 * Re-reads the audience and returns a conflict result if it is no longer what the plan
 * saw: another `updatedAt`, or a field whose value is no longer the plan's `before`.
 * Returns undefined when the write may go ahead.
 */
async function verify(change, id, api) {
    let fresh;
    try {
        fresh = await api.getAudience(id);
    }
    catch (error) {
        if (!isNotFound(error))
            throw error;
        // The goal of a delete is already reached; anything else has nothing left to write to.
        if (change.kind === 'delete')
            return alreadyDeleted(change, id);
        return { change, status: 'conflict', error: DELETED_SINCE_PLAN, httpStatus: 404, id };
    }
    const touched = change.remoteUpdatedAt !== undefined && fresh.updatedAt !== change.remoteUpdatedAt;
    const drifted = change.fieldChanges.some((fc) => !(0,compare/* sameValue */.eE)(fc.field, fc.before, fc.field === 'name' ? fresh.name : fresh.raw[fc.field]));
    if (touched || drifted)
        return { change, status: 'conflict', error: CHANGED_SINCE_PLAN, id };
    return undefined;
}
function alreadyDeleted(change, id) {
    return { change, status: 'done', error: ALREADY_DELETED, httpStatus: 404, id };
}
function failed(change, error) {
    const id = change.id === undefined ? {} : { id: change.id };
    if (error instanceof api/* ApiError */.hD) {
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
function isNotFound(error) {
    return error instanceof api/* ApiError */.hD && error.status === 404;
}
function idOf(change) {
    if (change.id === undefined || change.id === '') {
        throw new InvalidChangeError(`invalid plan: the ${change.kind} of '${change.name}' has no id`);
    }
    return change.id;
}
function bodyOf(change) {
    if (change.body === undefined) {
        throw new InvalidChangeError(`invalid plan: the ${change.kind} of '${change.name}' has no body`);
    }
    return change.body;
}

;// CONCATENATED MODULE: ./src/apply/index.ts
/** The applier: runs a given plan through the API seam with bounded concurrency. */



// EXTERNAL MODULE: ./src/github/log.ts
var log = __webpack_require__(3385);
// EXTERNAL MODULE: ./src/plan/index.ts + 8 modules
var src_plan = __webpack_require__(3449);
// EXTERNAL MODULE: ./src/report/index.ts + 1 modules
var report = __webpack_require__(6301);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/action/state.ts
var action_state = __webpack_require__(3175);
;// CONCATENATED MODULE: ./src/action/review.ts
/**
 * The reviewed plan: on an apply after a merge, the plan made now is compared with the one
 * shown on the merged pull request's plan comment, and `on-plan-change` decides what a
 * difference does. The merged pull request is looked up here, once per run, for the
 * delete guard's label too.
 */






/**
 * The pull request merged as the pushed commit (see {@link mergedPullOf}), asked of
 * GitHub once per run: the guard's label and the reviewed plan both come from it.
 */
function mergedPull(state, deps) {
    state.mergedPull ??= (async () => {
        const { mergedPullOf } = await __webpack_require__.e(/* import() */ 163).then(__webpack_require__.bind(__webpack_require__, 6163));
        const sha = state.context?.sha;
        if (!sha)
            return { unavailable: 'the run names no commit (`GITHUB_SHA` is empty)' };
        const github = (0,action_state/* gitHub */.g)(state, deps);
        if (!github)
            return { unavailable: `there is no \`${constants/* Inputs */.G0.GitHubToken}\` or repository` };
        try {
            return { pull: mergedPullOf(await (await github).pullsForCommit(sha), sha) };
        }
        catch (error) {
            return { error: (0,action_state/* messageOf */.bD)(error) };
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
async function compareWithReviewed(state, plan, deps) {
    const { inputs, context } = state;
    if (!inputs || !context)
        return;
    const asPlanned = 'there is no reviewed plan to compare with, so the plan made now is applied.';
    const notice = (text) => {
        core.notice(text);
        state.notices.push(text);
    };
    const sha = context.sha ?? '';
    // GitHub failing (a permission, an outage) must not block every deploy: the run warns
    // and applies as planned, as it would on a direct push.
    const unreadable = (why) => {
        const text = `Could not read the pull request merged as commit \`${(0,format/* shortSha */.Fu)(sha)}\`: ${why}. T${asPlanned.slice(1)}`;
        core.warning(text);
        state.notices.push(text);
    };
    // Loaded only by an apply after a merge: the markers' gzip (zlib) is of no use elsewhere.
    const [{ markerKey }, { compareWithReview, readReviewedPlan, unreviewedPlan }] = await Promise.all([__webpack_require__.e(/* import() */ 710).then(__webpack_require__.bind(__webpack_require__, 4329)), __webpack_require__.e(/* import() */ 163).then(__webpack_require__.bind(__webpack_require__, 6163))]);
    const lookup = await mergedPull(state, deps);
    if (lookup.unavailable) {
        return notice(`The reviewed plan cannot be looked up: ${lookup.unavailable}; ${asPlanned}`);
    }
    if (lookup.error)
        return unreadable(lookup.error);
    const pull = lookup.pull;
    if (!pull) {
        return notice(`No pull request was merged as commit \`${(0,format/* shortSha */.Fu)(sha)}\` (a direct push): ${asPlanned}`);
    }
    const github = (0,action_state/* gitHub */.g)(state, deps);
    if (!github)
        return;
    let reviewed;
    try {
        reviewed = await readReviewedPlan(await github, pull.number, markerKey(inputs.workspace, inputs.paths));
    }
    catch (error) {
        return unreadable((0,action_state/* messageOf */.bD)(error));
    }
    if (reviewed.kind !== 'no-comment') {
        // After the apply, this comment is rewritten with the outcome (see ./publish.ts).
        state.reviewedComment = { pull: pull.number, body: reviewed.comment.body };
    }
    if (reviewed.kind === 'no-comment') {
        return notice(`Pull request #${pull.number} has no audience-sync plan comment for this workspace and path: ${asPlanned}`);
    }
    if (reviewed.kind === 'failed') {
        // The reviewers last saw a failure, not a plan: "nothing to compare with" would let any
        // plan through, so this counts as a changed plan. With nothing to write there is
        // nothing to review either.
        if (plan.changes.length === 0) {
            return notice(`The last run on pull request #${pull.number} failed before it could plan, but the plan made now changes nothing.`);
        }
        const change = unreviewedPlan(reviewed.reason, plan, inputs.onPlanChange);
        return recordPlanChange(state, change, `No plan was reviewed on pull request #${pull.number}: its last run failed before it could plan (failure-reason \`${reviewed.reason}\`). The plan made now has fingerprint ${change.freshFingerprint}.`);
    }
    if (reviewed.kind === 'no-fingerprint') {
        return notice(`The plan comment on pull request #${pull.number} has no plan fingerprint (its run only validated the files, as on a pull request from a fork): ${asPlanned}`);
    }
    // A comment made at an older head was not a review of the merged commit's plan; it
    // still says what the reviewers saw, so it counts as changed only if the plans differ.
    const stale = pull.headSha !== undefined && reviewed.sha !== pull.headSha
        ? `The plan comment on pull request #${pull.number} was made at commit \`${(0,format/* shortSha */.Fu)(reviewed.sha ?? 'unknown')}\`, not at its final commit \`${(0,format/* shortSha */.Fu)(pull.headSha)}\`: it was not reviewed for that commit. `
        : '';
    const { change, done } = compareWithReview(reviewed, plan, inputs.onPlanChange);
    if (!change && done.length > 0) {
        // What is left of a reviewed plan (a re-run, a partial apply, a change made by hand)
        // is not a change of plan; the log says what was done in between.
        notice(`${stale}The plan made now holds only what is left of the plan reviewed on pull request #${pull.number}: ${(0,report/* plural */.LS)(done.length, 'reviewed change')} ${done.length === 1 ? 'is' : 'are'} already done (listed in the log), ${(0,report/* plural */.LS)(plan.changes.length, 'change')} left to apply.`);
        (0,log/* infoUntrusted */.z7)(['Reviewed changes already done:', ...(0,action_state/* capped */.uo)(done, 50)].join('\n'));
        return;
    }
    if (!change) {
        return notice(`${stale}${stale ? 'Its plan matches' : 'This is'} the plan reviewed on pull request #${pull.number} (fingerprint \`${plan.fingerprint}\`).`);
    }
    if (stale)
        notice(stale.trimEnd());
    recordPlanChange(state, change, `The plan changed since it was reviewed on pull request #${pull.number}: fingerprint ${change.reviewedFingerprint} then, ${change.freshFingerprint} now.`);
}
/** A plan change that `on-plan-change: fail` refuses fails the step as `plan-changed`. */
function refusePlanChange(state) {
    const change = state.planChange;
    if (change?.action !== 'fail')
        return;
    const summary = change.reviewedFailure
        ? `No plan was reviewed: the last run on the pull request failed before it could plan (failure-reason \`${change.reviewedFailure}\`), so the plan made now (fingerprint ${change.freshFingerprint}) was never shown for review. Nothing was written. Re-run the pull request's check to review the plan before merging, or re-run this apply with \`${constants/* Inputs */.G0.OnPlanChange}: warn\` to apply it anyway.`
        : `The plan changed since it was reviewed (fingerprint ${change.reviewedFingerprint} then, ${change.freshFingerprint} now): nothing was written. To apply the new plan anyway, re-run with \`${constants/* Inputs */.G0.OnPlanChange}: warn\`.`;
    throw new action_state/* RunFailure */.ae('plan-changed', summary, planChangeLines(change));
}
/**
 * Keeps the plan change for {@link refusePlanChange}, logs `heading` with the
 * difference, and with `warn` also warns with both.
 */
function recordPlanChange(state, change, heading) {
    state.planChange = change;
    (0,log/* infoUntrusted */.z7)([heading, ...planChangeLines(change)].join('\n'));
    if (change.action === 'warn') {
        core.warning([
            `${heading} Applying it (\`${constants/* Inputs */.G0.OnPlanChange}: warn\`).`,
            ...planChangeLines(change),
        ].join('\n'));
    }
}
/** The difference as diff lines (`-` reviewed, `+` fresh), or why there are none. */
function planChangeLines(change) {
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
    return (0,action_state/* capped */.uo)([...change.removed.map((l) => `- ${l}`), ...change.added.map((l) => `+ ${l}`)], 50);
}

;// CONCATENATED MODULE: ./src/action/guard.ts
/**
 * The delete guard and the refusals that follow a plan: too many deletes, blocked
 * changes and name conflicts each fail the step with what it takes to proceed.
 */






/**
 * The delete guard. On a push, the allow-deletes label of the merged pull request lifts
 * it (looked up only when the guard trips, to spare a call on every push). A guard that
 * still trips gets the exact ways to allow it, in `state.guardAllow`.
 */
async function checkGuard(state, planned, plan, deps) {
    const { inputs, context } = state;
    if (!inputs || !context)
        return plan;
    let result = plan;
    if (plan.guard.tripped && context.eventName === 'push' && context.sha) {
        const liftedBy = await mergedPullLabel(state, context.sha, deps);
        if (liftedBy) {
            // The same plan again, with the options it was made with, and the guard lifted.
            result = (0,src_plan.buildPlan)(planned.load.audiences, planned.remote, planned.options, {
                guardLiftedBy: liftedBy,
            });
        }
    }
    const { deletes, maxDeletes, tripped, liftedBy } = result.guard;
    if (liftedBy && deletes > maxDeletes)
        core.info(`Delete guard lifted by ${liftedBy}.`);
    if (tripped) {
        const applyOnPull = !inputs.dryRun && context.pullRequest !== undefined;
        state.guardAllow = [
            `set \`${constants/* Inputs */.G0.MaxDeletes}: ${deletes}\` in the workflow`,
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
function pullRequestLabel(state) {
    const { inputs, context } = state;
    return inputs?.dryRun && context?.pullRequest?.labels.includes(inputs.allowDeletesLabel)
        ? `the label \`${inputs.allowDeletesLabel}\` on #${context.pullRequest.number}`
        : undefined;
}
/** A tripped guard fails the step as `guard-tripped`, with the ways to allow it. */
function refuseGuardTripped(state, plan) {
    if (!plan.guard.tripped)
        return;
    throw new action_state/* RunFailure */.ae('guard-tripped', `The plan deletes ${(0,report/* plural */.LS)(plan.guard.deletes, 'audience')}, more than \`max-deletes\` (${plan.guard.maxDeletes}): nothing was written.`, [`To allow it: ${(state.guardAllow ?? []).join(', or ')}.`]);
}
/**
 * Blocked changes and name conflicts fail the step, in dry-run and apply alike: the
 * files ask for something that cannot be done.
 */
function refuseBlocked(plan) {
    const n = plan.blocked.length + plan.conflicts.length;
    if (n === 0)
        return;
    const parts = [];
    if (plan.blocked.length > 0)
        parts.push(`${(0,report/* plural */.LS)(plan.blocked.length, 'change')} blocked`);
    if (plan.conflicts.length > 0)
        parts.push(`${(0,report/* plural */.LS)(plan.conflicts.length, 'name')} in conflict`);
    throw new action_state/* RunFailure */.ae('blocked', `${parts.join(', ')}: the files ask for something that cannot be done. The report says why.`, [
        ...plan.blocked.map((b) => `! blocked ${b.action} ${b.name}: ${b.reason}`),
        ...plan.conflicts.map((c) => `! conflict ${c.name}: ${c.reason}`),
    ]);
}
/** The merged pull request of `sha` that carries the allow-deletes label, as a `liftedBy` text. */
async function mergedPullLabel(state, sha, deps) {
    const label = state.inputs?.allowDeletesLabel ?? '';
    const { pull, error } = await mergedPull(state, deps);
    if (error) {
        core.warning(`Could not look up the pull request of ${sha} for the \`${label}\` label: ${error}`);
    }
    return pull?.labels.includes(label) ? `the label \`${label}\` on #${pull.number}` : undefined;
}

// EXTERNAL MODULE: ./src/action/progress.ts
var progress = __webpack_require__(6279);
// EXTERNAL MODULE: ./src/action/validate.ts + 2 modules
var validate = __webpack_require__(5304);
;// CONCATENATED MODULE: ./src/action/sync.ts
/**
 * The phases of `command: sync` after the files are valid and the workspace is read:
 * plan against the workspace (with the delete guard), compare with the reviewed plan,
 * and apply the plan or, in a dry run, judge it. Each phase is a log group; a failure is
 * thrown as a {@link RunFailure}. Loaded by `run.ts` only for a run that plans: a
 * validate-only run (a fork's pull request) never loads the planner or the applier.
 */













/** Phases 4 to 6 of `run`, on an open connection. */
async function planAndApply(state, inputs, load, connection, remote, deps) {
    const planned = await plan(state, inputs, load, remote, deps);
    if (!inputs.dryRun && state.context?.eventName === 'push') {
        await core.group('Compare with the reviewed plan', () => compareWithReviewed(state, planned, deps));
    }
    refusePlanChange(state);
    refuseGuardTripped(state, planned);
    if (inputs.dryRun)
        judgeDryRun(inputs, planned);
    else
        await apply(state, inputs, planned, connection, deps);
    (0,validate/* refuseCancelled */.qM)(state);
}
/**
 * Plans the files against the workspace's list (read already), through the delete
 * guard, and logs the plan.
 */
async function plan(state, inputs, load, remote, deps) {
    const options = { prune: inputs.prune, ignore: inputs.ignore, maxDeletes: inputs.maxDeletes };
    const liftedBy = pullRequestLabel(state);
    return core.group('Plan', async () => {
        const plan = (0,src_plan.buildPlan)(load.audiences, remote, options, liftedBy ? { guardLiftedBy: liftedBy } : {});
        const guarded = await checkGuard(state, { load, remote, options }, plan, deps);
        state.plan = guarded;
        state.remote = remote;
        (0,log/* infoUntrusted */.z7)((0,report/* renderConsole */.qP)((0,action_state/* report */.z8)(state), { color: false }).trimEnd());
        return guarded;
    });
}
/**
 * A dry run writes nothing; it fails on blocked changes, and with `fail-on-drift` on
 * any change.
 */
function judgeDryRun(inputs, plan) {
    refuseBlocked(plan);
    if (inputs.failOnDrift && (0,report/* hasChanges */.ik)(plan)) {
        const lines = (0,src_plan/* planLines */.HN)(plan);
        throw new action_state/* RunFailure */.ae('drift', `Drift: the workspace differs from the files in ${(0,report/* plural */.LS)(lines.length, 'change')}.`, (0,action_state/* capped */.uo)(lines, 50));
    }
}
/**
 * Applies the plan, one progress line per change, after backing up what it changes; then
 * a cancel, every change not carried out, and every blocked one fail the step.
 */
async function apply(state, inputs, plan, connection, deps) {
    if (plan.changes.length > 0) {
        (0,validate/* refuseCancelled */.qM)(state);
        await backUp(state, plan, deps);
        state.apply = await core.group('Apply', () => applyPlan(plan, connection.audiences, {
            concurrency: inputs.concurrency,
            verifyBeforeWrite: inputs.verifyBeforeWrite,
            onProgress: (done, total, r) => (0,log/* infoUntrusted */.z7)((0,progress/* progressLine */.o)(done, total, r)),
            ...(state.cancel ? { signal: state.cancel.stop } : {}),
        }));
        state.mode = 'apply';
    }
    (0,validate/* refuseCancelled */.qM)(state);
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
async function backUp(state, plan, deps) {
    const { backupFolder, writeBackup } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(325)]).then(__webpack_require__.bind(__webpack_require__, 9325));
    const root = external_node_path_default().join(deps.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'audience-sync-backup');
    let dir = root;
    let files;
    try {
        await (0,promises_.mkdir)(root, { recursive: true });
        dir = await (0,promises_.mkdtemp)(`${backupFolder(root, new Date(state.startedAt))}-`);
        files = await writeBackup(dir, plan, state.remote ?? []);
    }
    catch (error) {
        throw new Error(`Could not write the backup to ${dir} (${(0,action_state/* messageOf */.bD)(error)}): nothing was written.`);
    }
    if (files.length === 0) {
        await (0,promises_.rmdir)(dir);
        return;
    }
    state.backupPath = dir;
    core.info(`Backed up ${(0,report/* plural */.LS)(files.length, 'audience')} before writing: ${dir}`);
}
/**
 * Every change the applier did not carry out fails the step as `apply-failed`: a write
 * that failed, and also one skipped as a conflict (its audience changed in neuroflash
 * after the plan, with `verify-before-write`). The conflict is not `blocked`, which
 * means the files ask for something impossible; here the request was fine but was not
 * done, and a re-run re-plans against the new state.
 */
function refuseUnapplied(result) {
    const undone = result?.results.filter((r) => r.status !== 'done') ?? [];
    if (!result || undone.length === 0)
        return;
    const of = `${(0,report/* plural */.LS)(undone.length, 'change')} of ${result.results.length}`;
    const failed = undone.filter((r) => r.status === 'failed').length;
    const conflicts = undone.filter((r) => r.status === 'conflict').length;
    let summary;
    if (failed === undone.length) {
        summary = `${of} failed; every other change was tried.`;
    }
    else if (conflicts === undone.length) {
        summary = `${of} ${conflicts === 1 ? 'was' : 'were'} skipped as a conflict: changed in neuroflash since the plan, so not overwritten; re-run to re-plan. Every other change was tried.`;
    }
    else {
        const skipped = undone.length - failed - conflicts;
        const parts = [
            ...(failed > 0 ? [`${failed} failed`] : []),
            ...(conflicts > 0 ? [`${conflicts} skipped as a conflict`] : []),
            ...(skipped > 0 ? [`${skipped} skipped`] : []),
        ];
        summary = `${of} were not applied (${parts.join(', ')}); every other change was tried.`;
    }
    throw new action_state/* RunFailure */.ae('apply-failed', summary, undone.map(progress/* unappliedLine */.X));
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ runPool)
/* harmony export */ });
/**
 * The one concurrency pool of the project: the applier runs its changes through it and
 * the client its page reads.
 */
/**
 * Runs `task` on every item with at most `limit` tasks in flight. Items start in their
 * order, each as soon as a worker is free, so n items take about ceil(n / limit) rounds.
 * Results come back in item order. After the first rejection no new task starts, the
 * running ones finish, and then that first error is thrown: nothing is left running in
 * the background once this settles. Callers that must see every outcome (the applier)
 * turn failures into values instead of rejecting.
 */
async function runPool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            // Taking the index before the await is what keeps two workers off one item.
            const index = next;
            next += 1;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure)
        throw failure.error;
    return results;
}


/***/ }),

/***/ 8101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDriftIssue: () => (/* binding */ renderDriftIssue),
/* harmony export */   wantsHas: () => (/* binding */ wantsHas)
/* harmony export */ });
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3578);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8163);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8682);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(877);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2011);






const MAX_VALUE = 1_000;
/**
 * The title and body of the drift issue of the report's workspace. The body lists each
 * drifted audience with each drifted field, then blocked changes and conflicts, and is
 * shortened, whole audiences at a time, to stay under `maxLength`.
 */
function renderDriftIssue(report, options = {}) {
    const name = report.workspace?.name;
    const title = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTitle */ .A5)(name === undefined
        ? 'Audience drift'
        : `Audience drift in workspace "${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)(name, 200)}"`);
    const hint = options.summaryHint ?? (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .jobSummaryHint */ .tM)(report);
    const parts = [
        options.marker ? `${options.marker}\n` : '',
        `${driftLine(report)}\n\n`,
        ...(0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .banners */ ._K)(report),
        (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .shortenedNote */ .L6)(hint),
        ...driftSections(report, hint),
        repairAdvice(report),
        (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .footer */ .qr)(report),
    ];
    const body = (0,_fit_js__WEBPACK_IMPORTED_MODULE_5__/* .fitToLimit */ .Qt)(parts, { limit: options.maxLength ?? _document_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT */ .W$, measure: _fit_js__WEBPACK_IMPORTED_MODULE_5__/* .codeUnits */ .xF });
    return { title, body };
}
function driftLine(report) {
    const plan = report.plan;
    const where = report.workspace
        ? ` in ${(0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(report.workspace.name)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)(report.workspace.id, 100))})`
        : '';
    if (!plan)
        return `**No drift check${where}:** the run could not make a plan.`;
    if (!(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .hasChanges */ .ik)(plan))
        return `**No drift${where}:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .noChangesSentence */ .iB)(plan)}`;
    const drifted = plan.changes.length + plan.blocked.length + plan.conflicts.length;
    return `**Drift${where}:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(drifted, 'audience')} in neuroflash ${drifted === 1 ? 'differs' : 'differ'} from the files (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryCounts */ .NB)(plan)}).`;
}
function driftSections(report, hint) {
    const plan = report.plan;
    if (!plan)
        return [];
    return [
        {
            kind: 'section',
            priority: 1,
            head: '',
            items: plan.changes.map(changeEntry),
            tail: '\n',
            hiddenNote: (hidden, shown) => (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)(hidden, shown, 'drifted audience', ` ${hint}`),
            describeCut: (hidden, total) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(hidden)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(total, 'drifted audience')}`,
        },
        {
            kind: 'section',
            priority: 0,
            head: '**Blocked:** the remote permissions forbid repairing these, so a sync never attempts them.\n\n',
            items: plan.blocked.map(blockedEntry),
            tail: '\n',
            hiddenNote: (hidden, shown) => (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)(hidden, shown, 'blocked audience'),
            describeCut: (hidden, total) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(hidden)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(total, 'blocked audience')}`,
        },
        {
            kind: 'section',
            priority: 0,
            head: '**Conflicts:** several audiences in neuroflash have one of these names, so a sync leaves the name alone.\n\n',
            items: plan.conflicts.map((c) => `- ⚠️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(c.name)}: ${(0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(c.reason)} (ids ${c.ids.map((id) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)(id, 100))).join(', ')})\n`),
            tail: '\n',
            hiddenNote: (hidden, shown) => (0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .note */ .N4)(hidden, shown, 'conflict'),
            describeCut: (hidden, total) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(hidden)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(total, 'conflict')}`,
        },
    ];
}
/** One drifted audience: a headline and, indented below it, one line per field. */
function changeEntry(change) {
    const name = `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(change.name)}**`;
    const from = where(change.source);
    let headline;
    switch (change.kind) {
        case 'create':
            headline = `${name}: the files declare it${from}, neuroflash does not have it`;
            break;
        case 'update':
            headline = `${name}${from}`;
            break;
        case 'rename':
            headline = `${name}${from}: neuroflash has it under its previous name ${(0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(JSON.stringify(change.fromName ?? ''))}`;
            break;
        case 'delete':
            headline =
                change.deleteReason === 'absent'
                    ? `${name}: the file says ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)('state: absent')}${from}, neuroflash still has it`
                    : `${name}: neuroflash has it, no file declares it (prune is on)`;
            break;
    }
    const fields = change.kind === 'update' || change.kind === 'rename'
        ? fieldLines(change.fieldChanges, change.kind)
        : [];
    return `- ${_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .KIND_SYMBOL */ .yS[change.kind]} ${headline}\n${fields}`;
}
function blockedEntry(b) {
    const who = b.action === 'rename' && b.fromName !== undefined
        ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(b.fromName)} → ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(b.name)}`
        : (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(b.name);
    const fields = b.action === 'delete' ? '' : fieldLines(b.fieldChanges, b.action);
    return `- ⛔ ${b.action} **${who}**${where(b.source)}: ${(0,_blocks_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .pj)(b.reason)}\n${fields}`;
}
function where(source) {
    return source ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(`${source.file}:${source.line}`)})` : '';
}
/** `  - **residence:** the file wants "Munich", neuroflash has "Berlin"` per field. */
function fieldLines(changes, kind) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .detailFieldChanges */ .No)(changes, kind)
        .map((fc) => `  - **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(fc.field)}:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(wantsHas(fc))}\n`)
        .join('');
}
/** In a drift plan `after` is the file's value and `before` the remote's. */
function wantsHas(fc) {
    const wants = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)((0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatValue */ .Fl)(fc.field, fc.after), MAX_VALUE);
    const has = (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)((0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatValue */ .Fl)(fc.field, fc.before), MAX_VALUE);
    let text = `the file wants ${wants}, neuroflash has ${has}`;
    const delta = (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .listDelta */ .Xv)(fc);
    if (delta && (delta.added.length > 0 || delta.removed.length > 0)) {
        const parts = [];
        if (delta.added.length > 0)
            parts.push(`lacks ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .quoteList */ .JN)(delta.added)}`);
        if (delta.removed.length > 0)
            parts.push(`has extra ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .quoteList */ .JN)(delta.removed)}`);
        text += ` (neuroflash ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateText */ .EJ)(parts.join('; '), MAX_VALUE)})`;
    }
    return text;
}
function repairAdvice(report) {
    if (!report.plan || !(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .hasChanges */ .ik)(report.plan))
        return '';
    return `To repair the drift, run audience-sync with ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)('dry-run: false')}; to keep it, change the files to match neuroflash. This issue is updated on each drift check, and closed once neuroflash matches the files again.\n\n`;
}


/***/ }),

/***/ 6301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SS: () => (/* reexport */ report_escape/* codeSpan */.SS),
  FV: () => (/* reexport */ report_escape/* escapeMarkdown */.FV),
  ik: () => (/* reexport */ report_format/* hasChanges */.ik),
  LS: () => (/* reexport */ report_format/* plural */.LS),
  qP: () => (/* reexport */ renderConsole)
});

// UNUSED EXPORTS: COMMENT_LIMIT, ReportTooLargeError, SUMMARY_LIMIT, describeFieldChange, escapeHtml, escapeTerminal, escapeTitle, formatCount, formatProblemText, formatValue, headingLine, planJson, renderAppliedComment, renderDriftIssue, renderMarkdown, renderSummary, safeUrl, statusLine, summaryCounts

// EXTERNAL MODULE: ./src/report/entries.ts
var entries = __webpack_require__(8682);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/console.ts



const GREEN = '32';
const YELLOW = '33';
const RED = '31';
const CYAN = '36';
const MAGENTA = '35';
const DIM = '2';
const BOLD = '1';
const KIND_STYLE = {
    create: { mark: '+', colour: GREEN },
    update: { mark: '~', colour: YELLOW },
    rename: { mark: '>', colour: CYAN },
    delete: { mark: '-', colour: RED },
};
/**
 * The report as terminal text, ending with a newline. Every name and value is escaped
 * so that no control sequence from a file or the remote reaches the terminal.
 */
function renderConsole(report, options) {
    const paint = options.color
        ? (code, text) => `\x1b[${code}m${text}\x1b[0m`
        : (_code, text) => text;
    const blocks = [];
    blocks.push(header(report, paint));
    const format = options.formatProblem ?? report_format/* formatProblemText */.Gb;
    if (report.problems.length > 0) {
        blocks.push(report.problems.map((p) => paint(p.severity === 'error' ? RED : YELLOW, (0,report_escape/* escapeTerminal */.en)(format(p)))));
    }
    const plan = report.plan;
    if (plan) {
        const lines = planLines(plan, paint);
        if (lines.length > 0)
            blocks.push(lines);
        blocks.push([(0,report_format/* hasChanges */.ik)(plan) ? `Plan: ${(0,report_format/* summaryCounts */.NB)(plan)}.` : (0,report_format/* noChangesSentence */.iB)(plan)]);
        const guard = guardLines(report, plan, paint);
        if (guard.length > 0)
            blocks.push(guard);
    }
    else if (report.mode === 'validate' || report.problems.length > 0) {
        blocks.push([
            `Validated ${(0,report_format/* plural */.LS)(report.files.length, 'file')} (${(0,report_format/* plural */.LS)(report.audienceCount, 'audience')}): ${(0,report_format/* problemCounts */.O0)(report.problems)}.`,
        ]);
    }
    const context = contextLines(report, paint);
    if (context.length > 0)
        blocks.push(context);
    if (report.apply) {
        const lines = resultLines(report, paint);
        if (lines.length > 0)
            blocks.push(lines);
        blocks.push([`Applied: ${(0,entries/* applyCounts */.lP)(report.apply)}.`]);
    }
    if (report.failure) {
        blocks.push([
            paint(RED, `Error${report.failure.reason ? ` (${report.failure.reason})` : ''}: ${(0,report_escape/* escapeTerminal */.en)(report.failure.message)}`),
        ]);
    }
    return `${blocks
        .filter((lines) => lines.length > 0)
        .map((lines) => lines.join('\n'))
        .join('\n\n')}\n`;
}
function header(report, paint) {
    const lines = [];
    if (report.workspace) {
        lines.push(`Workspace: ${(0,report_escape/* escapeTerminal */.en)(report.workspace.name)} (${(0,report_escape/* escapeTerminal */.en)(report.workspace.id)})`);
    }
    if (report.mode !== 'validate') {
        const from = report.paths.length > 0 ? ` from ${(0,report_escape/* escapeTerminal */.en)(report.paths.join(', '))}` : '';
        lines.push(`Read ${(0,report_format/* plural */.LS)(report.files.length, 'file')} (${(0,report_format/* plural */.LS)(report.audienceCount, 'audience')})${from}.`);
    }
    for (const notice of report.notices ?? [])
        lines.push(paint(BOLD, `Note: ${(0,report_escape/* escapeTerminal */.en)(notice)}`));
    return lines;
}
function console_name(text) {
    return (0,report_escape/* escapeTerminal */.en)(text);
}
function who(change) {
    return change.kind === 'rename' && change.fromName !== undefined
        ? `${console_name(change.fromName)} → ${console_name(change.name)}`
        : console_name(change.name);
}
function planLines(plan, paint) {
    const lines = [];
    for (const change of plan.changes) {
        const style = KIND_STYLE[change.kind];
        const reason = change.kind === 'delete'
            ? change.deleteReason === 'absent'
                ? '  (state: absent)'
                : '  (pruned)'
            : '';
        lines.push(`${paint(style.colour, `${style.mark} ${change.kind}`)}  ${who(change)}${reason}`);
        if (change.kind === 'update' || change.kind === 'rename') {
            for (const fc of (0,report_format/* detailFieldChanges */.No)(change.fieldChanges, change.kind)) {
                lines.push(`    ${fc.field}: ${(0,report_escape/* escapeTerminal */.en)((0,report_format/* describeFieldChange */.Al)(fc))}`);
            }
        }
    }
    for (const b of plan.blocked)
        lines.push(blockedLine(b, paint));
    for (const c of plan.conflicts) {
        lines.push(`${paint(MAGENTA, '! conflict')}  ${console_name(c.name)}: ${(0,report_escape/* escapeTerminal */.en)(c.reason)} (ids ${(0,report_escape/* escapeTerminal */.en)(c.ids.join(', '))})`);
    }
    for (const k of plan.kept) {
        lines.push(`${paint(DIM, '· kept')}  ${console_name(k.name)}: ${(0,report_escape/* escapeTerminal */.en)(k.reason)}`);
    }
    return lines;
}
function blockedLine(b, paint) {
    const target = who({ kind: b.action, name: b.name, fromName: b.fromName });
    return `${paint(MAGENTA, `! blocked ${b.action}`)}  ${target}: ${(0,report_escape/* escapeTerminal */.en)(b.reason)}`;
}
function guardLines(report, plan, paint) {
    const { deletes, maxDeletes, tripped, liftedBy } = plan.guard;
    if (tripped) {
        const stop = report.dryRun
            ? 'Nothing was written (dry run), and an apply of this plan would stop before its first write.'
            : 'The run stopped before its first write: nothing was written.';
        const lines = [
            paint(RED, `Delete guard: this plan deletes ${(0,report_format/* plural */.LS)(deletes, 'audience')}, more than max-deletes (${maxDeletes}). ${stop}`),
        ];
        const allow = report.guardAllow ?? [];
        if (allow.length > 0)
            lines.push(`To allow it: ${allow.map(report_escape/* escapeTerminal */.en).join(', or ')}.`);
        return lines;
    }
    if (liftedBy && deletes > maxDeletes) {
        return [
            `Delete guard lifted by ${(0,report_escape/* escapeTerminal */.en)(liftedBy)}: ${(0,report_format/* plural */.LS)(deletes, 'delete')}, more than max-deletes (${maxDeletes}).`,
        ];
    }
    return [];
}
/** Stale, plan change, the allow-deletes label: the Action's context, told plainly. */
function contextLines(report, paint) {
    const lines = [];
    if (report.stale) {
        lines.push(paint(YELLOW, `Stale: commit ${(0,report_escape/* escapeTerminal */.en)((0,report_format/* shortSha */.Fu)(report.stale.latestSha))} was pushed while this plan ran.`));
    }
    const change = report.planChange;
    if (change) {
        const then = change.action === 'fail' ? 'nothing was written' : 'going on with the new plan';
        const what = change.reviewedFailure
            ? `No plan was reviewed: the pull request's last run failed before it could plan (${(0,report_escape/* escapeTerminal */.en)(change.reviewedFailure)}); the plan made now is ${(0,report_escape/* escapeTerminal */.en)(change.freshFingerprint)}`
            : `The plan changed since it was reviewed (${(0,report_escape/* escapeTerminal */.en)(change.reviewedFingerprint)} → ${(0,report_escape/* escapeTerminal */.en)(change.freshFingerprint)})`;
        lines.push(paint(change.action === 'fail' ? RED : YELLOW, `${what}: ${then}.`));
        for (const line of change.removed)
            lines.push(paint(RED, `  - ${(0,report_escape/* escapeTerminal */.en)(line)}`));
        for (const line of change.added)
            lines.push(paint(GREEN, `  + ${(0,report_escape/* escapeTerminal */.en)(line)}`));
    }
    const label = report.allowDeletesLabel;
    if (label?.present) {
        lines.push(`The label ${(0,report_escape/* escapeTerminal */.en)(label.name)} is on this pull request: the delete guard is lifted for its merge.`);
    }
    return lines;
}
const STATUS_MARK = {
    done: { mark: '✓', colour: GREEN },
    failed: { mark: '✗', colour: RED },
    skipped: { mark: '↷ skipped', colour: YELLOW },
    conflict: { mark: '⚠ conflict', colour: YELLOW },
};
function resultLines(report, paint) {
    const results = report.apply?.results ?? [];
    const lines = results.map((r) => {
        const style = STATUS_MARK[r.status];
        const why = r.error ? `: ${(0,report_escape/* escapeTerminal */.en)(r.error)}` : '';
        const status = r.httpStatus !== undefined ? ` (HTTP ${r.httpStatus})` : '';
        return `${paint(style.colour, `${style.mark} ${r.change.kind}`)}  ${who(r.change)}${why}${status}`;
    });
    // A change the applier never reached is named too, so no planned write goes unmentioned.
    const seen = new Set(results.map((r) => (0,entries/* changeKey */.Cy)(r.change)));
    for (const change of report.plan?.changes ?? []) {
        if (!seen.has((0,entries/* changeKey */.Cy)(change))) {
            lines.push(`${paint(DIM, `· not attempted ${change.kind}`)}  ${who(change)}`);
        }
    }
    return lines;
}

// EXTERNAL MODULE: ./src/report/drift.ts
var drift = __webpack_require__(8101);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var markdown = __webpack_require__(762);
// EXTERNAL MODULE: ./src/report/verdict.ts
var verdict = __webpack_require__(3068);
;// CONCATENATED MODULE: ./src/report/index.ts
/**
 * The report layer: one view model (`RunReport`), several sinks. Pure: no I/O, no
 * `@actions/*`, no network.
 */










/***/ })

};
;