"use strict";
exports.id = 827;
exports.ids = [827];
exports.modules = {

/***/ 8827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planAndApply: () => (/* binding */ planAndApply),
  renderReport: () => (/* binding */ renderReport)
});

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



// EXTERNAL MODULE: ./src/cli/env.ts
var env = __webpack_require__(969);
// EXTERNAL MODULE: ./src/cli/errors.ts
var errors = __webpack_require__(6675);
// EXTERNAL MODULE: ./src/cli/problems.ts
var problems = __webpack_require__(4744);
// EXTERNAL MODULE: ./src/plan/index.ts + 8 modules
var src_plan = __webpack_require__(3449);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/entries.ts


/** `5 done, 1 failed, 1 skipped, 1 conflict`: failures always named, zeros left out. */
function applyCounts(apply) {
    const count = (status) => apply.results.filter((r) => r.status === status).length;
    const parts = [`${(0,report_format/* formatCount */.B4)(count('done'))} done`];
    if (count('failed') > 0)
        parts.push(`${(0,report_format/* formatCount */.B4)(count('failed'))} failed`);
    if (count('skipped') > 0)
        parts.push(`${(0,report_format/* formatCount */.B4)(count('skipped'))} skipped`);
    if (count('conflict') > 0)
        parts.push((0,report_format/* plural */.LS)(count('conflict'), 'conflict'));
    return parts.join(', ');
}
/** The emoji of each kind of change in markdown; each shows on light and dark themes. */
const entries_KIND_SYMBOL = {
    create: '🆕',
    update: '✏️',
    rename: '🔀',
    delete: '🗑️',
};
/** The symbol of a blocked change, which no kind uses. */
const BLOCKED_SYMBOL = '⛔';
// A no-break space keeps each symbol on the line of its word in a narrow column.
const STATUS_CELL = {
    done: '✅\u00a0applied',
    failed: '❌\u00a0failed',
    skipped: '⏭️\u00a0skipped',
    conflict: '⚠️\u00a0conflict',
};
/** What the change does, in a few words. */
function changeWords(change) {
    const fields = (0,report_format/* changedFieldNames */.tx)(change.fieldChanges, change.kind);
    switch (change.kind) {
        case 'create':
            return 'create';
        case 'update':
            return `update: ${fields.join(', ')}`;
        case 'rename':
            return fields.length > 0 ? `rename; also ${fields.join(', ')}` : 'rename';
        case 'delete':
            return change.deleteReason === 'absent'
                ? 'delete (state: absent)'
                : 'delete (pruned: no file declares it)';
    }
}
/** The key that ties a result to its change even when the applier copied the change. */
function changeKey(change) {
    return `${change.kind}\u0000${change.id ?? ''}\u0000${change.name}`;
}
const RISK_ORDER = {
    blocked: 0,
    delete: 1,
    update: 2,
    rename: 3,
    create: 4,
};
const STATUS_ORDER = {
    failed: 0,
    conflict: 1,
    skipped: 2,
    'not-run': 3,
    done: 4,
};
function changeEntry(change, result) {
    const entry = {
        risk: change.kind,
        action: change.kind,
        name: change.name,
        fromName: change.fromName,
        fieldChanges: change.fieldChanges,
        removed: change.removed,
        words: changeWords(change) + brief(change.kind, change),
        short: (change.kind === 'delete'
            ? change.deleteReason === 'absent'
                ? 'state: absent'
                : 'pruned'
            : change.kind) + brief(change.kind, change),
        change,
    };
    if (result)
        entry.result = result;
    return entry;
}
function blockedEntry(b) {
    const fields = (0,report_format/* changedFieldNames */.tx)(b.fieldChanges, b.action);
    const what = fields.length > 0 && b.action !== 'delete' ? ` (${fields.join(', ')})` : '';
    return {
        risk: 'blocked',
        action: b.action,
        name: b.name,
        fromName: b.fromName,
        fieldChanges: b.fieldChanges,
        removed: b.removed,
        words: `blocked ${b.action}${what}: ${b.reason}`,
        short: `${b.action}${what}: ${b.reason}`,
        reason: b.reason,
    };
}
/** ` — Berlin · ages 25–45`: what a delete removes, or what a create makes, at a glance. */
function brief(kind, change) {
    const profile = kind === 'delete'
        ? change.removed
        : kind === 'create'
            ? (change.body ?? profileOf(change.fieldChanges))
            : undefined;
    if (!profile)
        return '';
    const parts = [];
    if (typeof profile.residence === 'string')
        parts.push((0,report_escape/* truncateText */.EJ)(profile.residence, 60));
    if (typeof profile.country === 'string')
        parts.push((0,report_escape/* truncateText */.EJ)(profile.country, 20));
    if (typeof profile.minAge === 'number' && typeof profile.maxAge === 'number') {
        parts.push(`ages ${profile.minAge}–${profile.maxAge}`);
    }
    return parts.length > 0 ? ` — ${parts.join(' · ')}` : '';
}
/** A create's declared values as a profile, from its field changes. */
function profileOf(fieldChanges) {
    return Object.fromEntries(fieldChanges.map((fc) => [fc.field, fc.after]));
}
/**
 * Every change and blocked change, riskiest first and names in natural order; after an
 * apply, failures lead.
 */
function entries(report) {
    const plan = report.plan;
    const changes = plan?.changes ?? report.apply?.results.map((r) => r.change) ?? [];
    const byKey = new Map((report.apply?.results ?? []).map((r) => [changeKey(r.change), r]));
    const all = [
        ...changes.map((c) => changeEntry(c, byKey.get(changeKey(c)))),
        ...(plan?.blocked ?? []).map(blockedEntry),
    ];
    const status = (e) => report.apply && e.risk !== 'blocked' ? STATUS_ORDER[e.result?.status ?? 'not-run'] : 5;
    return all.sort((a, b) => (report.apply ? status(a) - status(b) : 0) ||
        RISK_ORDER[a.risk] - RISK_ORDER[b.risk] ||
        (0,report_format/* naturalCompare */.p0)(a.name, b.name));
}
/** The symbol an entry shows: its kind's, or {@link BLOCKED_SYMBOL}. */
function symbolOf(entry) {
    return entry.risk === 'blocked' ? BLOCKED_SYMBOL : entries_KIND_SYMBOL[entry.action];
}
/** `Old → New` for a rename, else the name. */
function whoText(entry) {
    return entry.fromName !== undefined && entry.fromName !== entry.name
        ? `${entry.fromName} → ${entry.name}`
        : entry.name;
}
/** What became of the entry in the apply, with the error and HTTP status if it failed. */
function resultWords(entry) {
    if (entry.risk === 'blocked')
        return `${BLOCKED_SYMBOL}\u00a0blocked, never attempted`;
    const result = entry.result;
    if (!result)
        return '⏭️\u00a0not started';
    const notStarted = result.status === 'skipped' && result.error?.startsWith('not started');
    const head = notStarted ? '⏭️\u00a0not started' : STATUS_CELL[result.status];
    const error = notStarted ? result.error?.replace(/^not started:?\s*/, '') : result.error;
    const why = error ? `: ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncateText */.EJ)(error, 500))}` : '';
    const status = result.httpStatus !== undefined ? ` (HTTP ${result.httpStatus})` : '';
    return `${head}${why}${status}`;
}

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
        blocks.push([`Applied: ${applyCounts(report.apply)}.`]);
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
    const seen = new Set(results.map((r) => changeKey(r.change)));
    for (const change of report.plan?.changes ?? []) {
        if (!seen.has(changeKey(change))) {
            lines.push(`${paint(DIM, `· not attempted ${change.kind}`)}  ${who(change)}`);
        }
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/blocks.ts


/** Caps on caller-given free text, so the parts that are never dropped stay small. */
const MAX_TEXT = 2_000;
const MAX_NOTICES = 10;
const MAX_DIFF_LINES = 50;
const MAX_PATHS = 5;
/** A GitHub alert (`> [!WARNING]`): `lines` are markdown, already escaped. */
function blocks_alert(kind, lines) {
    return `${[`> [!${kind}]`, ...lines.map((line) => (line === '' ? '>' : `> ${line}`))].join('\n')}\n\n`;
}
/** Caller-composed text with `code` parts, escaped and capped. */
function prose(text) {
    return (0,report_escape/* escapeMarkdownWithCode */.so)((0,report_escape/* truncateText */.EJ)(text, MAX_TEXT));
}
/** A user's or the remote's text, escaped and capped. */
function blocks_plain(text) {
    return (0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncateText */.EJ)(text, MAX_TEXT));
}
/** `[text](url)`, or the escaped text alone when the URL is not a plain http(s) URL. */
function blocks_link(text, url) {
    const safe = (0,report_escape/* safeUrl */.Pl)(url);
    return safe === undefined ? text : `[${text}](${safe})`;
}
const FAILURE_TITLES = {
    invalid: 'The audience files are invalid',
    'guard-tripped': 'The delete guard tripped',
    'apply-failed': 'Some changes failed',
    blocked: 'Some changes are blocked',
    drift: 'The workspace has drifted from the files',
    'plan-changed': 'The plan changed since it was reviewed',
    auth: 'neuroflash refused the credentials',
    api: 'The neuroflash API failed',
};
/**
 * The banners, most severe first: failure, delete guard, plan change, stale, the
 * allow-deletes label, notices. A failure already told by its own banner (the guard, a
 * plan change) is not told twice.
 */
function blocks_banners(report) {
    const out = [];
    const { plan, failure } = report;
    const guardShown = plan?.guard.tripped === true;
    if (failure &&
        !(failure.reason === 'guard-tripped' && guardShown) &&
        !(failure.reason === 'plan-changed' && report.planChange)) {
        const title = (failure.reason && FAILURE_TITLES[failure.reason]) ?? 'The run failed';
        // An unforeseen error has no reason to name (the output `failure-reason` is empty).
        const reason = failure.reason ? ` (failure-reason ${(0,report_escape/* codeSpan */.SS)(failure.reason)})` : '';
        out.push(blocks_alert('CAUTION', [`**${title}**${reason}: ${prose(failure.message)}`]));
    }
    if (plan && guardShown)
        out.push(guardBanner(report, plan));
    if (report.planChange)
        out.push(planChangeBanner(report));
    if (report.stale) {
        const made = report.commitSha
            ? ` (this plan was made at ${(0,report_escape/* codeSpan */.SS)((0,report_format/* shortSha */.Fu)(report.commitSha))})`
            : '';
        out.push(blocks_alert('WARNING', [
            `**Stale plan:** commit ${(0,report_escape/* codeSpan */.SS)((0,report_format/* shortSha */.Fu)((0,report_escape/* truncateText */.EJ)(report.stale.latestSha, 100)))} was pushed while this plan ran${made}. The run for the newer commit will replace this report.`,
        ]));
    }
    const label = report.allowDeletesLabel;
    if (label?.present) {
        out.push(blocks_alert('NOTE', [
            `The label ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* truncateText */.EJ)(label.name, 200))} is on this pull request: the delete guard is lifted for the apply of its merge commit.`,
        ]));
    }
    else if (plan?.guard.liftedBy && plan.guard.deletes > plan.guard.maxDeletes) {
        out.push(blocks_alert('NOTE', [
            `The delete guard is lifted by ${prose(plan.guard.liftedBy)}: this plan deletes ${(0,report_format/* plural */.LS)(plan.guard.deletes, 'audience')}, more than ${(0,report_escape/* codeSpan */.SS)('max-deletes')} (${(0,report_format/* formatCount */.B4)(plan.guard.maxDeletes)}).`,
        ]));
    }
    const notices = report.notices ?? [];
    if (notices.length > 0) {
        const shown = notices.slice(0, MAX_NOTICES).map(prose);
        if (notices.length > MAX_NOTICES)
            shown.push(`… and ${(0,report_format/* formatCount */.B4)(notices.length - MAX_NOTICES)} more notices.`);
        out.push(blocks_alert('NOTE', shown.length === 1 ? shown : shown.map((n) => `- ${n}`)));
    }
    return out;
}
function guardBanner(report, plan) {
    const { deletes, maxDeletes } = plan.guard;
    const stop = report.dryRun
        ? 'Nothing was written (dry run), and an apply of this plan would stop before its first write.'
        : 'The run stopped before its first write: nothing was written.';
    const lines = [
        `**Delete guard:** this plan deletes ${(0,report_format/* plural */.LS)(deletes, 'audience')}, more than ${(0,report_escape/* codeSpan */.SS)('max-deletes')} (${(0,report_format/* formatCount */.B4)(maxDeletes)}) allows. ${stop}`,
    ];
    const allow = (report.guardAllow ?? []).slice(0, MAX_NOTICES);
    if (allow.length > 0)
        lines.push('', 'To allow it:', ...allow.map((way) => `- ${prose(way)}`));
    return blocks_alert('CAUTION', lines);
}
function planChangeBanner(report) {
    const change = report.planChange;
    if (!change)
        return '';
    const then = change.action === 'fail'
        ? `The run stopped before its first write (${(0,report_escape/* codeSpan */.SS)('on-plan-change: fail')}).`
        : `The run goes on with the new plan (${(0,report_escape/* codeSpan */.SS)('on-plan-change: warn')}).`;
    const diff = [...capLines(change.removed, '- '), ...capLines(change.added, '+ ')];
    const fresh = (0,report_escape/* codeSpan */.SS)((0,report_escape/* truncateText */.EJ)(change.freshFingerprint, 100));
    const rerun = change.action === 'fail'
        ? ` Re-run the pull request's check to review the plan, or use ${(0,report_escape/* codeSpan */.SS)('on-plan-change: warn')} to apply it anyway.`
        : '';
    const lines = [
        change.reviewedFailure
            ? `**No plan was reviewed.** The last run on the pull request failed before it could plan (failure-reason ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* truncateText */.EJ)(change.reviewedFailure, 100))}), so the plan made now (fingerprint ${fresh}) was never shown for review. ${then}${rerun}`
            : `**The plan changed since it was reviewed.** The pull request's plan has fingerprint ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* truncateText */.EJ)(change.reviewedFingerprint, 100))}; the plan made now has ${fresh}. ${then}`,
    ];
    if (diff.length > 0)
        lines.push('', ...(0,report_escape/* codeBlock */.DV)(diff, 'diff'));
    if (change.reviewedLines) {
        lines.push('', change.reviewedLines === 'too-large'
            ? 'The reviewed plan was too large to show line by line (its comment keeps only the fingerprint), so only the fingerprints are compared.'
            : 'The reviewed plan is not recorded line by line in its comment, so only the fingerprints are compared.');
    }
    return blocks_alert(change.action === 'fail' ? 'CAUTION' : 'WARNING', lines);
}
function capLines(lines, prefix) {
    const shown = lines.slice(0, MAX_DIFF_LINES).map((line) => `${prefix}${(0,report_escape/* truncateText */.EJ)(line, 300)}`);
    if (lines.length > MAX_DIFF_LINES) {
        shown.push(`${prefix}… and ${(0,report_format/* formatCount */.B4)(lines.length - MAX_DIFF_LINES)} more lines`);
    }
    return shown;
}
/**
 * The validation problems, grouped by file (files in order of first appearance), each
 * linked to its line at the checked commit when `links` is given. Each problem is one
 * item; the first of a file carries the file's heading, so cutting items from the end
 * never leaves a heading without its problems.
 */
function problemsSection(problems, priority, links) {
    const order = new Map();
    for (const p of problems)
        if (!order.has(p.file))
            order.set(p.file, order.size);
    const sorted = problems
        .map((p, i) => ({ p, i }))
        .sort((a, b) => (order.get(a.p.file) ?? 0) - (order.get(b.p.file) ?? 0) || a.i - b.i)
        .map(({ p }) => p);
    let last;
    const items = sorted.map((p) => {
        const heading = p.file === last ? '' : `${last === undefined ? '' : '\n'}${fileHeading(p.file, links)}\n\n`;
        last = p.file;
        const where = `line ${p.line}, column ${p.column}`;
        const url = links ? fileUrl(links, p.file, p.line) : undefined;
        const at = url ? `[${where}](${url})` : where;
        return `${heading}- ${p.severity === 'error' ? '❌ error' : '⚠️ warning'} at ${at}: ${blocks_plain(p.message)}\n`;
    });
    return {
        kind: 'section',
        priority,
        head: `**Validation problems** (${(0,report_format/* plural */.LS)(problems.length, 'problem')}):\n\n`,
        items,
        tail: '\n',
        hiddenNote: (hidden, shown) => blocks_note(hidden, shown, 'problem'),
        describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, 'problem')}`,
    };
}
function fileHeading(file, links) {
    const url = links ? fileUrl(links, file) : undefined;
    const name = (0,report_escape/* codeSpan */.SS)((0,report_escape/* truncateText */.EJ)(file, 300));
    return url ? `📄 [${name}](${url})` : `📄 ${name}`;
}
/**
 * `<repo>/blob/<sha>/<file>#L<line>`, each path segment percent-encoded; undefined for a
 * path that leaves the repository (absolute, or with `..`).
 */
function fileUrl(links, file, line) {
    const segments = file.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
    if (file.startsWith('/') || segments.some((s) => s === '..' || s === ''))
        return undefined;
    const path = segments.map(encodeURIComponent).join('/');
    const anchor = line !== undefined && Number.isSafeInteger(line) && line > 0 ? `#L${line}` : '';
    return (0,report_escape/* safeUrl */.Pl)(`${links.repoUrl}/blob/${encodeURIComponent(links.sha)}/${path}${anchor}`);
}
/** `_… and 12 more problems not shown._` or `_12 problems not shown._` */
function blocks_note(hidden, shown, noun, after = '') {
    const words = shown > 0 ? `… and ${(0,report_format/* plural */.LS)(hidden, `more ${noun}`)}` : (0,report_format/* plural */.LS)(hidden, noun);
    return `_${words} not shown._${after}\n\n`;
}
/** The overall note of what a shortened report leaves out, and where the rest is. */
function blocks_shortenedNote(hint) {
    return {
        kind: 'note',
        render: (cuts) => blocks_alert('NOTE', [
            `**Shortened to fit GitHub's size limit.** Not shown: ${cuts.join('; ')}. ${hint}`,
        ]),
    };
}
/** Where the complete report is, for a comment or an issue: the run's job summary. */
function blocks_jobSummaryHint(report) {
    const what = report.plan ? 'plan' : 'report';
    const url = (0,report_escape/* safeUrl */.Pl)(report.runUrl);
    return url
        ? `The complete ${what} is in the [job summary of this run](${url}).`
        : `The complete ${what} is in the job summary of this run.`;
}
/**
 * The run failed, and not for invalid files: it stopped before it could plan (or, with no
 * credentials, while validating) for a reason the failure banner gives.
 */
function failedBeforePlan(report) {
    return (report.plan === undefined &&
        report.failure !== undefined &&
        !report.problems.some((p) => p.severity === 'error'));
}
/**
 * The footer: what was read, whether anything was written, the plan's fingerprint, the
 * commit and the run.
 */
function blocks_footer(report) {
    const paragraphs = [];
    const read = [];
    if (report.mode !== 'validate') {
        const paths = report.paths.slice(0, MAX_PATHS).map((p) => (0,report_escape/* codeSpan */.SS)((0,report_escape/* truncateText */.EJ)(p, 200)));
        if (report.paths.length > MAX_PATHS)
            paths.push(`${(0,report_format/* formatCount */.B4)(report.paths.length - MAX_PATHS)} more`);
        const from = paths.length > 0 ? ` from ${paths.join(', ')}` : '';
        read.push(`Read ${(0,report_format/* plural */.LS)(report.files.length, 'file')} (${(0,report_format/* plural */.LS)(report.audienceCount, 'audience')})${from}.`);
    }
    if (report.dryRun && report.mode !== 'validate')
        read.push('Dry run: nothing was written.');
    if (read.length > 0)
        paragraphs.push(read.join(' '));
    const facts = [];
    if (report.plan)
        facts.push(`Plan fingerprint: ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* truncateText */.EJ)(report.plan.fingerprint, 100))}`);
    if (report.commitSha) {
        const verb = report.plan
            ? report.mode === 'apply' && report.apply
                ? 'applied'
                : 'planned'
            : failedBeforePlan(report)
                ? 'failed'
                : report.mode === 'validate'
                    ? 'validated'
                    : 'planned';
        facts.push(`${verb} at commit ${(0,report_escape/* codeSpan */.SS)((0,report_format/* shortSha */.Fu)((0,report_escape/* truncateText */.EJ)(report.commitSha, 100)))}`);
    }
    if ((0,report_escape/* safeUrl */.Pl)(report.runUrl))
        facts.push(blocks_link('workflow run', report.runUrl));
    facts.push('audience-sync');
    paragraphs.push(facts.join(' · '));
    return `---\n\n${paragraphs.join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./src/guards.ts
var guards = __webpack_require__(9609);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/report/diff.ts
/**
 * A change as the lines of a `diff` code block, shaped like the audience files:
 *
 *     - maxAge: 50
 *     + maxAge: 55
 *       interests:
 *     -   - AI
 *     +   - growth
 *
 * GitHub colours `-` and `+` lines of a `diff` block, so a reviewer reads the values
 * without a click. Only what changed is shown: the shares of `genderDistribution` that
 * moved, the items a list gains and loses, the words a long text swaps. Lines are plain
 * text: the code block shows them literally, so values need no escaping here (and show
 * none); `codeBlock` keeps each to one line and the fence closed.
 */





/** A value longer than this, or one with a line break, is diffed word by word. */
const LONG_TEXT = 80;
/** Words of unchanged text kept on each side of a changed run of words. */
const CONTEXT_WORDS = 5;
/** Changed runs shown per long text before the rest is summed up. */
const MAX_HUNKS = 4;
/** A single shown value is cut at this many characters. */
const MAX_VALUE = 300;
/** Above this product of word counts the word diff only trims the common ends. */
const MAX_LCS_CELLS = 250_000;
/** A value as a reader writes it: a string bare, unless its edges or emptiness need quotes. */
function plainValue(value) {
    if (value === undefined || value === null)
        return '(not set)';
    if (typeof value === 'string') {
        const shown = value === '' || value.trim() !== value ? `"${value}"` : value;
        return (0,report_escape/* truncateText */.EJ)(shown, MAX_VALUE);
    }
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return value.map(plainValue).join(', ');
    if ((0,guards/* isRecord */.u)(value)) {
        return Object.entries(value)
            .map(([k, v]) => `${k} ${plainValue(v)}`)
            .join(', ');
    }
    return String(value);
}
function isSet(value) {
    return value !== undefined && value !== null;
}
/** The diff lines of one field change. */
function fieldDiffLines(change) {
    const { field, before, after } = change;
    if (field === 'genderDistribution' && (0,guards/* isRecord */.u)(before) && (0,guards/* isRecord */.u)(after)) {
        // The shares the planner counts as changed, and only those: a file declares no others.
        const moved = model/* GENDER_KEYS */.bn.filter((k) => !(0,compare/* sameShare */.s_)(before[k], after[k]));
        return [`  ${field}:`, ...moved.flatMap((k) => sides(`  ${k}`, before[k], after[k]))];
    }
    const delta = (0,report_format/* listDelta */.Xv)(change);
    if (delta && (delta.added.length > 0 || delta.removed.length > 0)) {
        return [
            `  ${field}:`,
            ...delta.removed.map((item) => `-   - ${plainValue(item)}`),
            ...delta.added.map((item) => `+   - ${plainValue(item)}`),
        ];
    }
    if (typeof before === 'string' && typeof after === 'string' && isLongText(before, after)) {
        return [`  ${field}:`, ...wordDiffLines(before, after)];
    }
    if (Array.isArray(before) || Array.isArray(after)) {
        return [
            ...(isSet(before) ? listLines('-', field, before) : []),
            ...(isSet(after) ? listLines('+', field, after) : []),
        ];
    }
    return sides(field, before, after);
}
/** `- field: before` and `+ field: after`, leaving out a side that is not set. */
function sides(label, before, after) {
    const out = [];
    if (isSet(before))
        out.push(`- ${label}: ${plainValue(before)}`);
    if (isSet(after))
        out.push(`+ ${label}: ${plainValue(after)}`);
    return out;
}
function listLines(sign, field, value) {
    if (!Array.isArray(value))
        return [`${sign} ${field}: ${plainValue(value)}`];
    if (value.length === 0)
        return [`${sign} ${field}: []`];
    return [`${sign} ${field}:`, ...value.map((item) => `${sign}   - ${plainValue(item)}`)];
}
/** Every value of a profile as `sign`-prefixed lines in the files' field order. */
function profileLines(sign, profile) {
    const lines = [];
    for (const field of model/* PROFILE_FIELDS */.sA) {
        const value = profile[field];
        if (!isSet(value))
            continue;
        if (field === 'genderDistribution' && (0,guards/* isRecord */.u)(value)) {
            lines.push(`${sign} ${field}:`);
            for (const [k, v] of Object.entries(value))
                lines.push(`${sign}   ${k}: ${plainValue(v)}`);
        }
        else if (Array.isArray(value)) {
            lines.push(...listLines(sign, field, value));
        }
        else {
            lines.push(`${sign} ${field}: ${plainValue(value)}`);
        }
    }
    return lines;
}
function isLongText(a, b) {
    return a.length > LONG_TEXT || b.length > LONG_TEXT || /[\r\n]/.test(a + b);
}
/** A text's words and the whitespace between them, kept so the pieces join back exactly. */
function tokens(text) {
    return text.match(/\s+|[^\s]+/g) ?? [];
}
/** The word-level edit script from `a` to `b`: a longest common subsequence, ends trimmed first. */
function wordDiff(a, b) {
    const x = tokens(a);
    const y = tokens(b);
    let start = 0;
    while (start < x.length && start < y.length && x[start] === y[start])
        start++;
    let endX = x.length;
    let endY = y.length;
    while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
        endX--;
        endY--;
    }
    const head = x.slice(0, start).map((token) => ({ kind: 'same', token }));
    const tail = x.slice(endX).map((token) => ({ kind: 'same', token }));
    const midX = x.slice(start, endX);
    const midY = y.slice(start, endY);
    return [...head, ...middle(midX, midY), ...tail];
}
function middle(x, y) {
    if (x.length * y.length > MAX_LCS_CELLS || x.length === 0 || y.length === 0) {
        return [
            ...x.map((token) => ({ kind: 'del', token })),
            ...y.map((token) => ({ kind: 'add', token })),
        ];
    }
    // lengths[i][j]: the LCS length of x[i..] and y[j..].
    const w = y.length + 1;
    const lengths = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--) {
        for (let j = y.length - 1; j >= 0; j--) {
            lengths[i * w + j] =
                x[i] === y[j]
                    ? (lengths[(i + 1) * w + j + 1] ?? 0) + 1
                    : Math.max(lengths[(i + 1) * w + j] ?? 0, lengths[i * w + j + 1] ?? 0);
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < x.length && j < y.length) {
        if (x[i] === y[j]) {
            ops.push({ kind: 'same', token: x[i] ?? '' });
            i++;
            j++;
        }
        else if ((lengths[(i + 1) * w + j] ?? 0) >= (lengths[i * w + j + 1] ?? 0)) {
            ops.push({ kind: 'del', token: x[i++] ?? '' });
        }
        else {
            ops.push({ kind: 'add', token: y[j++] ?? '' });
        }
    }
    while (i < x.length)
        ops.push({ kind: 'del', token: x[i++] ?? '' });
    while (j < y.length)
        ops.push({ kind: 'add', token: y[j++] ?? '' });
    return ops;
}
/**
 * A long text's change as one `-`/`+` pair per changed run of words, each with a few
 * words of context and `…` where text is left out.
 */
function wordDiffLines(before, after) {
    const ops = wordDiff(before, after);
    // Runs of changed tokens, as [first, last] indexes into ops; whitespace-only
    // "same" gaps between two changes join them.
    const runs = [];
    ops.forEach((op, k) => {
        if (op.kind === 'same')
            return;
        const last = runs[runs.length - 1];
        const gap = last ? ops.slice(last[1] + 1, k) : [];
        if (last && wordCount(gap) <= CONTEXT_WORDS)
            last[1] = k;
        else
            runs.push([k, k]);
    });
    const lines = [];
    for (const [first, last] of runs.slice(0, MAX_HUNKS)) {
        const from = backWords(ops, first, CONTEXT_WORDS);
        const to = forwardWords(ops, last, CONTEXT_WORDS);
        const side = (drop) => {
            const text = ops
                .slice(from, to + 1)
                .filter((op) => op.kind !== drop)
                .map((op) => op.token)
                .join('')
                .trim();
            const pre = from > 0 ? '…' : '';
            const post = to < ops.length - 1 ? '…' : '';
            return (0,report_escape/* truncateText */.EJ)(`${pre}${text}${post}`, MAX_VALUE);
        };
        lines.push(`-   ${side('add')}`, `+   ${side('del')}`);
    }
    if (runs.length > MAX_HUNKS) {
        lines.push(`    … and ${runs.length - MAX_HUNKS} more changed passages`);
    }
    return lines;
}
function wordCount(ops) {
    return ops.filter((op) => op.token.trim() !== '').length;
}
function backWords(ops, k, words) {
    let i = k;
    let seen = 0;
    while (i > 0 && ops[i - 1]?.kind === 'same') {
        if ((ops[i - 1]?.token.trim() ?? '') !== '') {
            if (seen === words)
                break;
            seen++;
        }
        i--;
    }
    return i;
}
function forwardWords(ops, k, words) {
    let i = k;
    let seen = 0;
    while (i < ops.length - 1 && ops[i + 1]?.kind === 'same') {
        if ((ops[i + 1]?.token.trim() ?? '') !== '') {
            if (seen === words)
                break;
            seen++;
        }
        i++;
    }
    return i;
}

;// CONCATENATED MODULE: ./src/report/diff-blocks.ts
/**
 * The `diff` blocks of the report, which GitHub colours: one per audience in a small plan,
 * and in a large one for the changes that do not fit one line.
 */





/** A diff block shows at most this many lines. */
const MAX_BLOCK_LINES = 60;
/** A small plan's diffs, one item per change; after an apply they fold under one summary. */
function diffSection(all, applied) {
    return {
        kind: 'section',
        priority: 3,
        // After an apply the outcomes lead; what each change did stays a click away.
        head: applied ? '<details><summary>What each change did</summary>\n\n' : '',
        items: all.map(diffItem),
        tail: applied ? '</details>\n\n' : '',
        hiddenNote: (hidden, shown) => blocks_note(hidden, shown, 'diff'),
        describeCut: (hidden) => `the diffs of ${(0,report_format/* plural */.LS)(hidden, 'change')}`,
    };
}
/** The lines of an entry's diff block. */
function diffLines(entry) {
    if (entry.action === 'delete') {
        if (!entry.removed)
            return [`- name: ${plainValue(entry.name)}`];
        const { residence, country, minAge, maxAge, interests, additionalInformation } = entry.removed;
        const key = { residence, country, minAge, maxAge, interests, additionalInformation };
        return profileLines('-', { name: entry.name, ...key });
    }
    if (entry.action === 'create')
        return profileLines('+', profileOf(entry.fieldChanges));
    return entry.fieldChanges.flatMap(fieldDiffLines);
}
/** The lines as a `diff` code block, cut after {@link MAX_BLOCK_LINES}. */
function diffBlock(lines) {
    const shown = lines.slice(0, MAX_BLOCK_LINES);
    if (lines.length > MAX_BLOCK_LINES) {
        shown.push(`  … and ${(0,report_format/* formatCount */.B4)(lines.length - MAX_BLOCK_LINES)} more lines`);
    }
    return `${(0,report_escape/* codeBlock */.DV)(shown, 'diff').join('\n')}\n\n`;
}
/** `✏️ **Developers** · update: maxAge` and its diff block; a create folds its values. */
function diffItem(entry) {
    const block = diffBlock(diffLines(entry));
    if (entry.risk === 'create') {
        const fields = (0,report_format/* plural */.LS)(entry.fieldChanges.length, 'field');
        const summary = `${symbolOf(entry)} ${(0,report_escape/* escapeHtml */.ZD)(whoText(entry))} · ${(0,report_escape/* escapeHtml */.ZD)((0,report_escape/* truncateText */.EJ)(entry.words, 300))} (${fields})`;
        return `<details><summary>${summary}</summary>\n\n${block}</details>\n\n`;
    }
    const words = entry.risk === 'blocked'
        ? `blocked ${entry.action}: ${entry.reason ?? ''}`
        : entry.change
            ? changeWords(entry.change)
            : entry.action;
    return `${symbolOf(entry)} **${(0,report_escape/* escapeMarkdown */.FV)(whoText(entry))}** · ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncateText */.EJ)(words, 600))}\n\n${block}`;
}

;// CONCATENATED MODULE: ./src/report/fit.ts
/**
 * Fitting a document into a size limit by dropping whole items, never characters: a
 * document is a list of fixed blocks and sections of atomic items (a table row, a
 * `<details>` block, a list entry). When the whole does not fit, the sections with the
 * least important items give theirs up first, each says in place how many it hides,
 * and one note says what was cut overall. Because only whole items go, no table row,
 * HTML tag or `<details>` block can be left open.
 */
/** Thrown when even the fixed parts of a document exceed the limit. */
class ReportTooLargeError extends Error {
    name = 'ReportTooLargeError';
}
/**
 * Joins the parts, dropping the fewest items needed to stay below `limit`. Fixed
 * strings are always kept.
 */
function fit_fitToLimit(parts, options) {
    const sections = parts.filter((p) => typeof p !== 'string' && p.kind === 'section');
    const full = sections.map((s) => s.items.length);
    const whole = join(parts, sections, full);
    if (options.measure(whole) < options.limit)
        return whole;
    const shown = allot(parts, sections, options);
    let out = join(parts, sections, shown);
    // The allotment measures exactly, so this loop is only a safety net should a measure
    // not add up: it gives up one more item at a time, least important first.
    while (options.measure(out) >= options.limit) {
        const victim = byPriority(sections)
            .reverse()
            .find((i) => (shown[i] ?? 0) > 0);
        if (victim === undefined) {
            throw new ReportTooLargeError(`The report's fixed parts alone take ${options.measure(out)} of a limit of ${options.limit}.`);
        }
        shown[victim] = (shown[victim] ?? 0) - 1;
        out = join(parts, sections, shown);
    }
    return out;
}
/**
 * How many items each section keeps: a prefix, filled in priority order, each item
 * taken only if the whole document, notes included, still fits. Sizes add up, so the
 * size of a candidate is computed from parts without joining the document.
 */
function allot(parts, sections, options) {
    const { measure, limit } = options;
    let fixed = 0;
    const notes = [];
    for (const part of parts) {
        if (typeof part === 'string')
            fixed += measure(part);
        else if (part.kind === 'note')
            notes.push(part);
    }
    const frames = sections.map((s) => measure(s.head) + measure(s.tail));
    const itemSizes = sections.map((s) => s.items.map(measure));
    const shown = sections.map(() => 0);
    const itemsSize = sections.map(() => 0);
    const sizeOf = () => {
        let size = fixed;
        const cuts = [];
        sections.forEach((s, i) => {
            const count = shown[i] ?? 0;
            const hidden = s.items.length - count;
            if (count > 0)
                size += (frames[i] ?? 0) + (itemsSize[i] ?? 0);
            if (hidden > 0) {
                size += measure(s.hiddenNote(hidden, count));
                cuts.push(s.describeCut(hidden, s.items.length));
            }
        });
        if (cuts.length > 0)
            for (const slot of notes)
                size += measure(slot.render(cuts));
        return size;
    };
    if (sizeOf() >= limit) {
        throw new ReportTooLargeError(`The report's fixed parts and notes alone take ${sizeOf()} of a limit of ${limit}.`);
    }
    for (const i of byPriority(sections)) {
        const sizes = itemSizes[i] ?? [];
        while ((shown[i] ?? 0) < sizes.length) {
            const k = shown[i] ?? 0;
            shown[i] = k + 1;
            itemsSize[i] = (itemsSize[i] ?? 0) + (sizes[k] ?? 0);
            if (sizeOf() < limit)
                continue;
            shown[i] = k;
            itemsSize[i] = (itemsSize[i] ?? 0) - (sizes[k] ?? 0);
            break;
        }
    }
    return shown;
}
/** Section indexes, most important first. */
function byPriority(sections) {
    return sections
        .map((s, i) => ({ priority: s.priority, i }))
        .sort((a, b) => a.priority - b.priority || a.i - b.i)
        .map(({ i }) => i);
}
function join(parts, sections, shown) {
    const cuts = [];
    sections.forEach((s, i) => {
        const hidden = s.items.length - (shown[i] ?? 0);
        if (hidden > 0)
            cuts.push(s.describeCut(hidden, s.items.length));
    });
    let out = '';
    for (const part of parts) {
        if (typeof part === 'string') {
            out += part;
        }
        else if (part.kind === 'note') {
            if (cuts.length > 0)
                out += part.render(cuts);
        }
        else {
            const count = shown[sections.indexOf(part)] ?? 0;
            const hidden = part.items.length - count;
            if (count > 0)
                out += part.head + part.items.slice(0, count).join('') + part.tail;
            if (hidden > 0)
                out += part.hiddenNote(hidden, count);
        }
    }
    return out;
}
/** Size as UTF-16 code units: never less than the characters GitHub counts. */
function fit_codeUnits(text) {
    return text.length;
}
/** Size as UTF-8 bytes, the unit of the job summary's limit. */
function fit_utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./src/report/groups.ts







/** A group of identical changes names this many audiences, then counts the rest. */
const MAX_CLUSTER_NAMES = 12;
/** A group of updates or renames starts open when it folds into this many items or fewer. */
const OPEN_GROUP_ITEMS = 10;
/** A value fits the one-line form of a shared change (`maxAge 45 → 50`) up to this length. */
const MAX_INLINE_VALUE = 40;
const GROUP_WORDS = {
    blocked: ['blocked change', 'blocked changes'],
    delete: ['audience to delete', 'audiences to delete'],
    update: ['audience to update', 'audiences to update'],
    rename: ['audience to rename', 'audiences to rename'],
    create: ['audience to create', 'audiences to create'],
};
/**
 * A large plan, one collapsible group per kind of change, riskiest first. Blocked
 * changes and deletes start open; the rest start folded.
 */
function groupSections(all, applied) {
    const order = ['blocked', 'delete', 'update', 'rename', 'create'];
    return order.flatMap((risk, i) => {
        const members = all.filter((e) => e.risk === risk);
        if (members.length === 0)
            return [];
        const [one, many] = GROUP_WORDS[risk];
        const symbol = risk === 'blocked' ? BLOCKED_SYMBOL : entries_KIND_SYMBOL[risk];
        const listed = risk === 'delete' || risk === 'create';
        const items = listed ? members.map((e) => briefItem(e, applied)) : editItems(members, applied);
        // What can go wrong starts open; so do edits that fold into a few distinct changes.
        const open = risk === 'blocked' || risk === 'delete' || (!listed && items.length <= OPEN_GROUP_ITEMS);
        const distinct = !listed && items.length < members.length
            ? ` · ${(0,report_format/* plural */.LS)(items.length, 'distinct change')}`
            : '';
        const section = {
            kind: 'section',
            priority: 2 + i,
            head: `<details${open ? ' open' : ''}><summary>${symbol} ${(0,report_format/* plural */.LS)(members.length, one, many)}${distinct}</summary>\n\n`,
            items,
            // The blank line ends a list before the closing tag.
            tail: '\n</details>\n\n',
            hiddenNote: (hidden, shown) => blocks_note(hidden, shown, 'item'),
            describeCut: (hidden) => `${(0,report_format/* plural */.LS)(hidden, 'item')} of the ${many}`,
        };
        return [section];
    });
}
/** One list entry for a delete or a create in a large plan: its name and key values. */
function briefItem(entry, applied) {
    const outcome = applied ? ` · ${resultWords(entry)}` : '';
    return `- **${(0,report_escape/* escapeMarkdown */.FV)(entry.name)}** · ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncateText */.EJ)(entry.short, 300))}${outcome}\n`;
}
/** Updates (or renames) with the same field changes, told once. */
function clusters(members) {
    const byKey = new Map();
    for (const e of members) {
        // A rename's new name always differs, and applied entries differ by outcome.
        const key = e.risk === 'update'
            ? (0,compare/* canonicalJson */.dj)([
                e.result?.status ?? '',
                ...e.fieldChanges.map((fc) => [
                    fc.field,
                    (0,compare/* canonicalFieldValue */.IZ)(fc.field, fc.before),
                    (0,compare/* canonicalFieldValue */.IZ)(fc.field, fc.after),
                ]),
            ])
            : `\u0000${byKey.size}`;
        const list = byKey.get(key);
        if (list)
            list.push(e);
        else
            byKey.set(key, [e]);
    }
    return [...byKey.values()];
}
/** `maxAge 45 → 50; shared false → true`, or undefined when a value is too long for a line. */
function inlineChange(fieldChanges) {
    const parts = [];
    for (const fc of fieldChanges) {
        const sides = [fc.before, fc.after].map((v) => v === undefined || v === null || typeof v === 'object' ? undefined : plainValue(v));
        const [before, after] = sides;
        if (before === undefined || after === undefined)
            return undefined;
        if (before.length > MAX_INLINE_VALUE || after.length > MAX_INLINE_VALUE)
            return undefined;
        parts.push(`${fc.field} ${before} → ${after}`);
    }
    return parts.join('; ');
}
/**
 * The items of a group of updates or renames: changes shared by several audiences first
 * (the largest first), then single changes that need a diff block, then single changes
 * that fit one line, as one list at the end.
 */
function editItems(members, applied) {
    const all = clusters(members);
    const shared = all.filter((c) => c.length > 1).sort((a, b) => b.length - a.length);
    const singles = all.filter((c) => c.length === 1).map((c) => c[0]);
    const oneLine = (e) => e.risk !== 'blocked' ? inlineChange((0,report_format/* detailFieldChanges */.No)(e.fieldChanges, e.action)) : undefined;
    return [
        ...shared.map((c) => clusterItem(c, applied)),
        ...singles
            .filter((e) => oneLine(e) === undefined)
            .map((e) => {
            const outcome = applied ? `\n\n${resultWords(e)}` : '';
            return diffItem(e).replace(/\n\n$/, `${outcome}\n\n`);
        }),
        ...singles.flatMap((e) => {
            const line = oneLine(e);
            if (line === undefined)
                return [];
            const outcome = applied ? ` · ${resultWords(e)}` : '';
            const what = line === '' ? '' : ` · ${(0,report_escape/* escapeMarkdown */.FV)(line)}`;
            return [`- ${symbolOf(e)} **${(0,report_escape/* escapeMarkdown */.FV)(whoText(e))}**${what}${outcome}\n`];
        }),
    ];
}
/** Audiences that share one change: `✏️ **300 audiences:** maxAge 45 → 50`, then their names. */
function clusterItem(cluster, applied) {
    const first = cluster[0];
    const inline = inlineChange(first.fieldChanges);
    const names = cluster.slice(0, MAX_CLUSTER_NAMES).map((e) => (0,report_escape/* escapeMarkdown */.FV)(e.name));
    if (cluster.length > MAX_CLUSTER_NAMES) {
        names.push(`and ${(0,report_format/* formatCount */.B4)(cluster.length - MAX_CLUSTER_NAMES)} more`);
    }
    const what = inline ?? (0,report_format/* changedFieldNames */.tx)(first.fieldChanges, first.action).join(', ');
    const outcome = applied ? ` · ${resultWords(first)}` : '';
    // The trailing backslash is a hard line break: the names go on a line of their own.
    const head = `${symbolOf(first)} **${(0,report_format/* plural */.LS)(cluster.length, 'audience')}:** ${(0,report_escape/* escapeMarkdown */.FV)(what)}${outcome}\\\n${names.join(', ')}\n\n`;
    return inline ? head : head + diffBlock(diffLines(first));
}

;// CONCATENATED MODULE: ./src/report/table.ts
/**
 * The table of the report: one row per change, with its result after an apply. A small
 * plan shows it first; a large one folds it last, so that it gives way before the diffs.
 */




/** The table of `all`, open for a small plan, folded for a large one. */
function tableSection(all, applied, small, hint) {
    const noun = applied ? 'result' : 'change';
    const header = applied
        ? '| | Audience | Change | Result |\n|---|---|---|---|\n'
        : '| | Audience | Change |\n|---|---|---|\n';
    const tableHead = small
        ? header
        : `<details><summary>All ${(0,report_format/* plural */.LS)(all.length, noun)} as a table</summary>\n\n${header}`;
    return {
        kind: 'section',
        // After an apply the outcomes are the point; before it, the diffs are.
        priority: applied || small ? 2 : 9,
        head: tableHead,
        items: all.map((e) => tableRow(e, applied)),
        tail: small ? '\n' : '\n</details>\n\n',
        hiddenNote: (hidden, shown) => blocks_note(hidden, shown, `table row`, ` ${hint}`),
        describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, 'table row')}`,
    };
}
function tableRow(entry, withResult) {
    const cells = [
        symbolOf(entry),
        (0,report_escape/* escapeMarkdown */.FV)(whoText(entry)),
        (0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncateText */.EJ)(entry.words, 600)),
    ];
    if (withResult)
        cells.push(resultWords(entry));
    return `| ${cells.join(' | ')} |\n`;
}

;// CONCATENATED MODULE: ./src/report/verdict.ts


const FAILURE_VERDICTS = {
    invalid: { symbol: '❌', title: 'Invalid audience files' },
    'guard-tripped': { symbol: '🛑', title: 'Delete guard tripped' },
    'apply-failed': { symbol: '❌', title: 'Apply failed' },
    blocked: { symbol: '⛔', title: 'Blocked' },
    drift: { symbol: '⚠️', title: 'Drift: the workspace differs from the files' },
    'plan-changed': { symbol: '❌', title: 'Plan changed since it was reviewed' },
    auth: { symbol: '❌', title: 'neuroflash refused the credentials' },
    api: { symbol: '❌', title: 'The neuroflash API failed' },
    cancelled: { symbol: '❌', title: 'Cancelled' },
};
const verdict_MAX_PATHS = 3;
/** The verdict of a run, most decisive first: apply outcome, invalid files, failure, plan. */
function verdict(report) {
    const { plan, apply, failure } = report;
    if (report.mode === 'apply' && apply) {
        if (!failure)
            return { symbol: '✅', title: 'Applied' };
        if (failure.reason === 'blocked') {
            return { symbol: '⛔', title: 'Applied, except blocked changes' };
        }
        return { symbol: '❌', title: 'Apply failed' };
    }
    if (report.problems.some((p) => p.severity === 'error'))
        return FAILURE_VERDICTS.invalid;
    if (plan?.guard.tripped)
        return FAILURE_VERDICTS['guard-tripped'];
    if (failure) {
        const known = failure.reason ? FAILURE_VERDICTS[failure.reason] : undefined;
        return known ?? { symbol: '❌', title: 'The run failed' };
    }
    if (plan) {
        if (plan.blocked.length > 0 || plan.conflicts.length > 0) {
            return FAILURE_VERDICTS.blocked;
        }
        if (!(0,report_format/* hasChanges */.ik)(plan))
            return { symbol: '✅', title: 'No changes' };
        return report.dryRun
            ? { symbol: '✅', title: 'Ready to apply on merge' }
            : { symbol: '✅', title: 'Applied' };
    }
    return { symbol: '✅', title: 'Files valid' };
}
/** The workspace's name, or as the inputs name it, escaped; undefined when unknown. */
function workspaceText(report) {
    const name = report.workspace?.name ?? report.workspaceInput;
    return name === undefined || name.trim() === ''
        ? undefined
        : (0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* truncateText */.EJ)(name, 200));
}
/** `### ✅ Ready to apply on merge · audience-sync · Acme Marketing · `audiences``. */
function verdict_headingLine(report, override) {
    const v = override ?? verdict(report);
    const parts = [`${v.symbol} ${v.title}`, 'audience-sync'];
    const where = workspaceText(report);
    if (where)
        parts.push(where);
    const paths = report.paths.slice(0, verdict_MAX_PATHS).map((p) => (0,report_escape/* codeSpan */.SS)((0,report_escape/* truncateText */.EJ)(p, 100)));
    if (report.paths.length > verdict_MAX_PATHS)
        paths.push(`+${(0,report_format/* formatCount */.B4)(report.paths.length - verdict_MAX_PATHS)}`);
    if (paths.length > 0)
        parts.push(paths.join(' '));
    return `### ${parts.join(' · ')}`;
}
/** `3 applied, 1 failed, 1 not started`: failures always named, zeros left out. */
function outcomeCounts(apply, total) {
    const count = (status) => apply.results.filter((r) => r.status === status).length;
    const parts = [`${(0,report_format/* formatCount */.B4)(count('done'))} applied`];
    if (count('failed') > 0)
        parts.push(`${(0,report_format/* formatCount */.B4)(count('failed'))} failed`);
    const conflicts = count('conflict');
    if (conflicts > 0) {
        parts.push(`${(0,report_format/* formatCount */.B4)(conflicts)} skipped as ${conflicts === 1 ? 'a conflict' : 'conflicts'}`);
    }
    const notStarted = count('skipped') + Math.max(0, total - apply.results.length);
    if (notStarted > 0)
        parts.push(`${(0,report_format/* formatCount */.B4)(notStarted)} not started`);
    return parts.join(', ');
}
/** Whether the step failed, in words, for the past-tense reports of an apply. */
function stepWords(report) {
    const reason = report.failure?.reason;
    if (!report.failure)
        return 'The step passed.';
    return reason ? `The step failed (failure-reason ${(0,report_escape/* codeSpan */.SS)(reason)}).` : 'The step failed.';
}
/** The one line under the heading: counts without zeros and what they mean. */
function verdict_statusLine(report) {
    const { plan, apply } = report;
    const where = workspaceText(report);
    const to = where ? ` to ${where}` : '';
    if (report.mode === 'apply' && apply && plan) {
        const total = plan.changes.length;
        const done = apply.results.filter((r) => r.status === 'done').length;
        const what = done === total
            ? `Applied ${(0,report_format/* plural */.LS)(total, 'change')}${to}`
            : `Applied ${(0,report_format/* formatCount */.B4)(done)} of ${(0,report_format/* plural */.LS)(total, 'change')}${to}`;
        const blocked = plan.blocked.length > 0
            ? ` ${(0,report_format/* plural */.LS)(plan.blocked.length, 'blocked change')} never attempted.`
            : '';
        return `**${what}:** ${outcomeCounts(apply, total)}.${blocked} ${stepWords(report)}`;
    }
    if (report.problems.some((p) => p.severity === 'error')) {
        const read = `${(0,report_format/* plural */.LS)(report.files.length, 'file')} (${(0,report_format/* plural */.LS)(report.audienceCount, 'audience')})`;
        return `**${(0,report_format/* problemCounts */.O0)(report.problems)}** in ${read}. Nothing was sent to neuroflash.`;
    }
    if (!plan) {
        const read = `${(0,report_format/* plural */.LS)(report.files.length, 'file')} (${(0,report_format/* plural */.LS)(report.audienceCount, 'audience')})`;
        if (report.failure)
            return `The run stopped before it could plan. Read ${read}.`;
        return `**Validated ${read}:** ${(0,report_format/* problemCounts */.O0)(report.problems)}. No plan was made.`;
    }
    const counts = `**${(0,report_format/* nonZeroCounts */.o)(plan)}.**`;
    const n = plan.changes.length;
    if (!(0,report_format/* hasChanges */.ik)(plan)) {
        return `${counts} The workspace already matches the files${report.dryRun ? '; merging changes nothing' : ''}.`;
    }
    if (!report.dryRun) {
        return `${counts} Nothing was applied. ${stepWords(report)}`;
    }
    if (plan.guard.tripped) {
        return `${counts} Merging applies nothing until the delete guard is lifted.`;
    }
    const blocked = plan.blocked.length + plan.conflicts.length;
    if (blocked > 0) {
        const rest = n > 0
            ? `Merging applies the other ${(0,report_format/* plural */.LS)(n, 'change')}${to}; `
            : 'Merging applies nothing; ';
        return `${counts} ${rest}blocked changes and conflicts are never attempted, and the check fails until the files change.`;
    }
    return `${counts} Merging applies ${(0,report_format/* plural */.LS)(n, 'change')}${to}.`;
}

;// CONCATENATED MODULE: ./src/report/document.ts
/**
 * The one markdown document behind the PR comment, the applied comment and the job
 * summary: its parts in reading order, fitted to the sink's size limit.
 */









/** GitHub's limit for a comment body, in characters; the comment stays strictly under it. */
const document_COMMENT_LIMIT = 65_536;
/** The job summary's budget in UTF-8 bytes, below GitHub's 1 MiB per step. */
const document_SUMMARY_LIMIT = 1_000_000;
/** Up to this many changes (blocked ones included), every audience gets its own diff block. */
const SMALL_PLAN = 10;
/**
 * The document: marker, heading, status, banners, the plan's sections, problems and the
 * footer, shortened to the limit.
 */
function document_renderDocument(report, options) {
    const head = options.marker ? `${options.marker}\n` : '';
    const top = `${verdict_headingLine(report, options.verdict)}\n\n${verdict_statusLine(report)}\n\n${options.afterStatus ?? ''}`;
    const end = blocks_footer(report);
    const parts = [
        head,
        top,
        ...blocks_banners(report),
        blocks_shortenedNote(options.hint),
        ...planSections(report, options.hint),
        problemsSection(report.problems, 0, fileLinks(report)),
        end,
    ];
    const fitOptions = { limit: options.limit, measure: options.measure };
    try {
        return fit_fitToLimit(parts, fitOptions);
    }
    catch (error) {
        if (!(error instanceof ReportTooLargeError))
            throw error;
        // Even the banners do not fit (a tiny limit): keep what identifies the report.
        const cut = blocks_alert('NOTE', [`**This report is too long to show here.** ${options.hint}`]);
        return fit_fitToLimit([head, top, cut, end], fitOptions);
    }
}
/** Where validation problems link to: the files at the commit that was checked. */
function fileLinks(report) {
    if (!report.repoUrl || !report.commitSha || !/^[0-9a-f]{7,64}$/i.test(report.commitSha)) {
        return undefined;
    }
    return { repoUrl: report.repoUrl.replace(/\/+$/, ''), sha: report.commitSha };
}
/** The sections that come from the plan and the apply, in document order. */
function planSections(report, hint) {
    const plan = report.plan;
    const all = entries(report);
    const applied = report.apply !== undefined;
    const small = all.length <= SMALL_PLAN;
    const table = tableSection(all, applied, small, hint);
    const changeParts = small
        ? [table, diffSection(all, applied)]
        : [...groupSections(all, applied), table];
    const conflicts = {
        kind: 'section',
        priority: 1,
        head: '**Conflicts:** several audiences in neuroflash have one of these names, so the name is left alone.\n\n',
        items: (plan?.conflicts ?? []).map((c) => {
            const ids = c.ids.map((id) => (0,report_escape/* codeSpan */.SS)((0,report_escape/* truncateText */.EJ)(id, 100))).join(', ');
            return `- ⚠️ ${(0,report_escape/* escapeMarkdown */.FV)(c.name)}: ${blocks_plain(c.reason)} (ids ${ids})\n`;
        }),
        tail: '\n',
        hiddenNote: (hidden, shown) => blocks_note(hidden, shown, 'conflict'),
        describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, 'conflict')}`,
    };
    const kept = {
        kind: 'section',
        priority: 4,
        head: '**Kept:** no file declares these audiences, but prune may not delete them.\n\n',
        items: (plan?.kept ?? []).map((k) => `- 🔒 ${(0,report_escape/* escapeMarkdown */.FV)(k.name)}: ${blocks_plain(k.reason)}\n`),
        tail: '\n',
        hiddenNote: (hidden, shown) => blocks_note(hidden, shown, 'kept audience'),
        describeCut: (hidden, total) => `${(0,report_format/* formatCount */.B4)(hidden)} of ${(0,report_format/* plural */.LS)(total, 'kept audience')}`,
    };
    return [conflicts, ...changeParts, kept];
}

;// CONCATENATED MODULE: ./src/report/drift.ts






const drift_MAX_VALUE = 1_000;
/**
 * The title and body of the drift issue of the report's workspace. The body lists each
 * drifted audience with each drifted field, then blocked changes and conflicts, and is
 * shortened, whole audiences at a time, to stay under `maxLength`.
 */
function renderDriftIssue(report, options = {}) {
    const name = report.workspace?.name;
    const title = escapeTitle(name === undefined
        ? 'Audience drift'
        : `Audience drift in workspace "${truncateText(name, 200)}"`);
    const hint = options.summaryHint ?? jobSummaryHint(report);
    const parts = [
        options.marker ? `${options.marker}\n` : '',
        `${driftLine(report)}\n\n`,
        ...banners(report),
        shortenedNote(hint),
        ...driftSections(report, hint),
        repairAdvice(report),
        footer(report),
    ];
    const body = fitToLimit(parts, { limit: options.maxLength ?? COMMENT_LIMIT, measure: codeUnits });
    return { title, body };
}
function driftLine(report) {
    const plan = report.plan;
    const where = report.workspace
        ? ` in ${plain(report.workspace.name)} (${codeSpan(truncateText(report.workspace.id, 100))})`
        : '';
    if (!plan)
        return `**No drift check${where}:** the run could not make a plan.`;
    if (!hasChanges(plan))
        return `**No drift${where}:** ${noChangesSentence(plan)}`;
    const drifted = plan.changes.length + plan.blocked.length + plan.conflicts.length;
    return `**Drift${where}:** ${plural(drifted, 'audience')} in neuroflash ${drifted === 1 ? 'differs' : 'differ'} from the files (${summaryCounts(plan)}).`;
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
            items: plan.changes.map(drift_changeEntry),
            tail: '\n',
            hiddenNote: (hidden, shown) => note(hidden, shown, 'drifted audience', ` ${hint}`),
            describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, 'drifted audience')}`,
        },
        {
            kind: 'section',
            priority: 0,
            head: '**Blocked:** the remote permissions forbid repairing these, so a sync never attempts them.\n\n',
            items: plan.blocked.map(drift_blockedEntry),
            tail: '\n',
            hiddenNote: (hidden, shown) => note(hidden, shown, 'blocked audience'),
            describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, 'blocked audience')}`,
        },
        {
            kind: 'section',
            priority: 0,
            head: '**Conflicts:** several audiences in neuroflash have one of these names, so a sync leaves the name alone.\n\n',
            items: plan.conflicts.map((c) => `- ⚠️ ${escapeMarkdown(c.name)}: ${plain(c.reason)} (ids ${c.ids.map((id) => codeSpan(truncateText(id, 100))).join(', ')})\n`),
            tail: '\n',
            hiddenNote: (hidden, shown) => note(hidden, shown, 'conflict'),
            describeCut: (hidden, total) => `${formatCount(hidden)} of ${plural(total, 'conflict')}`,
        },
    ];
}
/** One drifted audience: a headline and, indented below it, one line per field. */
function drift_changeEntry(change) {
    const name = `**${escapeMarkdown(change.name)}**`;
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
            headline = `${name}${from}: neuroflash has it under its previous name ${plain(JSON.stringify(change.fromName ?? ''))}`;
            break;
        case 'delete':
            headline =
                change.deleteReason === 'absent'
                    ? `${name}: the file says ${codeSpan('state: absent')}${from}, neuroflash still has it`
                    : `${name}: neuroflash has it, no file declares it (prune is on)`;
            break;
    }
    const fields = change.kind === 'update' || change.kind === 'rename'
        ? fieldLines(change.fieldChanges, change.kind)
        : [];
    return `- ${KIND_SYMBOL[change.kind]} ${headline}\n${fields}`;
}
function drift_blockedEntry(b) {
    const who = b.action === 'rename' && b.fromName !== undefined
        ? `${escapeMarkdown(b.fromName)} → ${escapeMarkdown(b.name)}`
        : escapeMarkdown(b.name);
    const fields = b.action === 'delete' ? '' : fieldLines(b.fieldChanges, b.action);
    return `- ⛔ ${b.action} **${who}**${where(b.source)}: ${plain(b.reason)}\n${fields}`;
}
function where(source) {
    return source ? ` (${escapeMarkdown(`${source.file}:${source.line}`)})` : '';
}
/** `  - **residence:** the file wants "Munich", neuroflash has "Berlin"` per field. */
function fieldLines(changes, kind) {
    return detailFieldChanges(changes, kind)
        .map((fc) => `  - **${escapeMarkdown(fc.field)}:** ${escapeMarkdown(wantsHas(fc))}\n`)
        .join('');
}
/** In a drift plan `after` is the file's value and `before` the remote's. */
function wantsHas(fc) {
    const wants = truncateText(formatValue(fc.field, fc.after), drift_MAX_VALUE);
    const has = truncateText(formatValue(fc.field, fc.before), drift_MAX_VALUE);
    let text = `the file wants ${wants}, neuroflash has ${has}`;
    const delta = listDelta(fc);
    if (delta && (delta.added.length > 0 || delta.removed.length > 0)) {
        const parts = [];
        if (delta.added.length > 0)
            parts.push(`lacks ${quoteList(delta.added)}`);
        if (delta.removed.length > 0)
            parts.push(`has extra ${quoteList(delta.removed)}`);
        text += ` (neuroflash ${truncateText(parts.join('; '), drift_MAX_VALUE)})`;
    }
    return text;
}
function repairAdvice(report) {
    if (!report.plan || !hasChanges(report.plan))
        return '';
    return `To repair the drift, run audience-sync with ${codeSpan('dry-run: false')}; to keep it, change the files to match neuroflash. This issue is updated on each drift check, and closed once neuroflash matches the files again.\n\n`;
}

;// CONCATENATED MODULE: ./src/report/json.ts

/**
 * The run as plain JSON, version 1:
 * `{ schemaVersion, mode, dryRun, workspace, hasChanges, fingerprint, counts, guard,
 *   changes, blocked, conflicts, kept, results?, problems, failure? }`.
 *
 * Each change carries its kind, name, id, `fromName`, `deleteReason`, `fieldChanges`
 * (`before`/`after`, `null` where a side has no value) and `source`, but not the PUT
 * body: the body repeats the remote's unmanaged fields, which would make the output
 * large without telling a reader what changes. `fingerprint`, `counts` and `guard` are
 * `null` when no plan was made. `results` is present only after an apply.
 */
function planJson(report) {
    const plan = report.plan;
    const out = {
        schemaVersion: 1,
        mode: report.mode,
        dryRun: report.dryRun,
        workspace: report.workspace ? { id: report.workspace.id, name: report.workspace.name } : null,
        hasChanges: plan ? (0,report_format/* hasChanges */.ik)(plan) : false,
        fingerprint: plan?.fingerprint ?? null,
        counts: plan ? toJson(plan.counts) : null,
        guard: plan ? toJson(plan.guard) : null,
        changes: (plan?.changes ?? []).map(changeJson),
        blocked: (plan?.blocked ?? []).map((b) => toJson({
            action: b.action,
            name: b.name,
            id: b.id,
            fromName: b.fromName,
            reason: b.reason,
            fieldChanges: b.fieldChanges.map(fieldChangeJson),
            source: sourceJson(b.source),
        })),
        conflicts: (plan?.conflicts ?? []).map((c) => toJson(c)),
        kept: (plan?.kept ?? []).map((k) => toJson(k)),
    };
    if (report.apply)
        out.results = report.apply.results.map(resultJson);
    out.problems = report.problems.map((p) => toJson(p));
    if (report.failure)
        out.failure = toJson(report.failure);
    return out;
}
function changeJson(change) {
    return toJson({
        kind: change.kind,
        name: change.name,
        id: change.id,
        fromName: change.fromName,
        deleteReason: change.deleteReason,
        fieldChanges: change.fieldChanges.map(fieldChangeJson),
        source: sourceJson(change.source),
    });
}
function fieldChangeJson(fc) {
    return { field: fc.field, before: toJson(fc.before ?? null), after: toJson(fc.after ?? null) };
}
function sourceJson(source) {
    return source ? { file: source.file, line: source.line, column: source.column } : undefined;
}
function resultJson(result) {
    return toJson({
        kind: result.change.kind,
        name: result.change.name,
        id: result.id ?? result.change.id,
        status: result.status,
        error: result.error,
        httpStatus: result.httpStatus,
    });
}
/**
 * A deep copy as plain JSON: undefined properties dropped, undefined array items and
 * non-finite numbers as `null`, so the value survives a JSON round trip unchanged.
 */
function toJson(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (Array.isArray(value))
        return value.map(toJson);
    if (typeof value === 'object') {
        const out = {};
        for (const [key, item] of Object.entries(value)) {
            if (item !== undefined && typeof item !== 'function')
                out[key] = toJson(item);
        }
        return out;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/report/applied.ts
/**
 * The comment a merged pull request's plan comment becomes after the apply on push.
 */





/** The applied comment's verdict when the merge had nothing to write. */
const nothingApplied = { symbol: '✅', title: 'Merged: nothing to apply' };
/**
 * The comment a merged pull request's plan comment becomes after the apply on push: the
 * outcome of each change (applied, failed, blocked, not started), the merge commit, and
 * whether the step failed. `report` is the apply run's view; keep the plan comment's
 * marker as `marker` so that a re-run of the apply still finds what was reviewed.
 */
function renderAppliedComment(report, options = {}) {
    const sha = options.mergeSha ?? report.commitSha;
    const applied = !report.apply && !report.failure && report.plan ? nothingApplied : undefined;
    return renderDocument(report, {
        marker: options.marker,
        limit: options.maxLength ?? COMMENT_LIMIT,
        measure: codeUnits,
        hint: options.summaryHint ?? jobSummaryHint(report),
        verdict: applied,
        afterStatus: sha
            ? `Merged as commit ${codeSpan(shortSha(truncateText(sha, 100)))}; this comment was updated after the apply.\n\n`
            : 'This comment was updated after the apply.\n\n',
    });
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The PR comment and the job summary: one markdown document, sized to its sink.
 *
 * Read top to bottom it answers, in order: may this merge (the heading's verdict), what
 * does it do (the status line), what could go wrong (banners, then blocked changes and
 * deletes before updates, renames and creates) and what exactly changes (a `diff` block
 * per audience, which GitHub colours). A large plan folds: one collapsible group per
 * kind, identical changes on many audiences told once, and the full table collapsed last,
 * so that when the size limit bites it is the table that gives way, not the diffs.
 */





// The sections live in modules of their own; this one still offers what it always did.


/**
 * The PR comment: marker, verdict heading, status line, banners, the changes (a diff per
 * audience, or groups for a large plan), conflicts, kept audiences, validation problems
 * and the footer. Shortened, whole items at a time, to stay under `maxLength`; if even
 * the banners do not fit, only the marker, the heading, a pointer to the rest and the
 * footer remain. Needs nothing from GitHub: the CLI renders the same body.
 *
 * @throws ReportTooLargeError when not even those fit (a `maxLength` of a few hundred).
 */
function renderMarkdown(report, options = {}) {
    return document_renderDocument(report, {
        marker: options.marker,
        limit: options.maxLength ?? document_COMMENT_LIMIT,
        measure: fit_codeUnits,
        hint: options.summaryHint ?? blocks_jobSummaryHint(report),
    });
}
/**
 * The job summary: the comment's content without the marker, within 1,000,000 UTF-8
 * bytes (GitHub allows 1 MiB per step).
 */
function renderSummary(report, options = {}) {
    return renderDocument(report, {
        limit: options.maxBytes ?? SUMMARY_LIMIT,
        measure: utf8Bytes,
        hint: options.summaryHint ??
            `This step's ${codeSpan('plan')} output, or ${codeSpan('audience-sync plan')} run locally, gives the complete plan.`,
    });
}
/**
 * The first line, kept for callers that log it: the heading's verdict and the status.
 * Plain markdown, one line.
 */
function summaryLine(report) {
    return `${headingLine(report).replace(/^### /, '')}: ${statusLine(report)}`;
}

;// CONCATENATED MODULE: ./src/report/index.ts
/**
 * The report layer: one view model (`RunReport`), several sinks. Pure: no I/O, no
 * `@actions/*`, no network.
 */









// EXTERNAL MODULE: ./src/commands/apply-safety.ts
var apply_safety = __webpack_require__(4737);
;// CONCATENATED MODULE: ./src/commands/plan-apply.ts
/**
 * What `plan` and `apply` do once the files are valid and the workspace's list is read:
 * plan, show the plan; for `apply`, ask, back up, write, and show the results.
 *
 * Apart from `sync.ts` so that a run sends its first request without loading any of it:
 * the planner, the applier and the report are loaded while the list is read, at a
 * moment when no read waits on them (`EarlyReads.quiet` in the engine).
 */







/** Prints `report` in the run's format: the terminal's text, JSON, or the PR comment's markdown. */
function renderReport(run, report) {
    const { format, term } = run;
    if (format === 'json')
        term.json(planJson(report));
    else if (format === 'markdown')
        term.out(renderMarkdown(report));
    else
        term.styled(renderConsole(report, { color: term.color }));
}
/** Plans the valid files against the list read, then shows, asks and writes (see above). */
async function planAndApply(run, base, desired, state, cancel) {
    const { connection, remote } = state;
    const plan = (0,src_plan.buildPlan)(desired, remote, run.options);
    return await planThenApply(run, { ...base, workspace: connection.workspace, plan }, { audiences: connection.audiences, remote, cancel });
}
/**
 * From a plan to the exit code: show it; for `apply`, ask, write, and show the results.
 * Blocked changes and conflicts fail the run after what could be done was done.
 */
async function planThenApply(run, report, remote) {
    const { audiences, cancel } = remote;
    const { command, values, options, format, term } = run;
    const render = (shown) => renderReport(run, shown);
    const { plan, workspace } = report;
    if (plan.guard.tripped) {
        // The report says why and how to allow it; only the exit code is left to give.
        render({ ...report, guardAllow: guardAllowHints(plan) });
        return 1;
    }
    if (command === 'plan') {
        render(report);
        refuseUnappliable(plan, 'plan');
        return (0,report_format/* hasChanges */.ik)(plan) ? 2 : 0;
    }
    if (plan.changes.length === 0) {
        render(report);
        refuseUnappliable(plan, 'apply');
        return 0;
    }
    // The plan first, then the question: nothing is written before the answer. With
    // --json, stdout must stay one JSON document, so the person reads the plan on stderr.
    if (format === 'text')
        render(report);
    else if (term.ask && !values.yes)
        term.err(renderConsole(report, { color: false }));
    await plan_apply_confirm(term, plan, workspace, Boolean(values.yes));
    // After the answer, before the first write: a refused apply leaves no backup behind.
    const backup = await (0,apply_safety/* takeBackup */.ay)(values.backup, term.cwd, plan, remote.remote);
    if (backup.files.length > 0) {
        term.err(`Backed up ${(0,report_format/* plural */.LS)(backup.files.length, 'audience')} before writing: ${backup.dir}\n`);
    }
    const progress = progressReporter(term, format === 'json');
    const apply = await applyPlan(plan, audiences, {
        concurrency: options.concurrency,
        verifyBeforeWrite: Boolean(values['verify-before-write']),
        onProgress: progress.update,
        ...(cancel ? { signal: cancel.stop } : {}),
    });
    progress.finish();
    render({ ...report, apply });
    if (cancel?.received) {
        term.err((0,apply_safety/* cancelSummary */.X1)(apply, cancel.received));
        return apply_safety/* EXIT_CANCELLED */.xE;
    }
    refuseUnappliable(plan, 'apply');
    return apply.ok ? 0 : 1;
}
/**
 * Asks before the first write. `--yes` answers for the user; without a terminal to ask
 * on, the apply is refused, because a script that forgot `--yes` must not write.
 */
async function plan_apply_confirm(term, plan, workspace, yes) {
    if (yes)
        return;
    const changes = (0,report_format/* plural */.LS)(plan.changes.length, 'change');
    if (!term.ask) {
        throw new errors/* UserError */.yo(`refusing to apply ${changes} without confirmation: stdin is not a terminal, so no one can answer; ${problems/* NOTHING_WRITTEN */.q}.`, { hint: 'Review the plan above, then re-run with --yes to apply it.' });
    }
    const answer = await term.ask(`Apply ${changes} to workspace ${workspace.name} (${workspace.id})? [y/N] `);
    if (!/^(y|yes)$/i.test(answer.trim())) {
        throw new errors/* UserError */.yo(`apply cancelled; ${problems/* NOTHING_WRITTEN */.q}.`);
    }
}
/**
 * A plan with blocked changes or name conflicts cannot be applied as it stands: each is
 * named with its reason, and the run fails after what could be done was done.
 */
function refuseUnappliable(plan, command) {
    if (plan.blocked.length === 0 && plan.conflicts.length === 0)
        return;
    const lines = [
        ...plan.blocked.map((b) => `  blocked ${b.action} ${JSON.stringify(b.name)}: ${b.reason}`),
        ...plan.conflicts.map((c) => `  conflict ${JSON.stringify(c.name)}: ${c.reason} (ids ${c.ids.join(', ')})`),
    ];
    const count = (0,report_format/* plural */.LS)(lines.length, 'change');
    const what = command === 'plan'
        ? `${count} cannot be applied as the plan stands:`
        : `${count} could not be applied:`;
    throw new errors/* UserError */.yo(`${what}\n${lines.join('\n')}`, {
        hint: 'Blocked changes need the owner of the audience (or a rights change in neuroflash); a conflict needs the duplicate names resolved in neuroflash.',
    });
}
/** The exact ways to let a plan with this many deletes through. */
function guardAllowHints(plan) {
    return [
        `re-run with \`--max-deletes ${plan.guard.deletes}\` (or set \`${env/* SYNC_ENV */.EK.maxDeletes}=${plan.guard.deletes}\`) after reviewing the deletes`,
    ];
}
/**
 * Progress during an apply: one rewritten line on a terminal, a plain line per finished
 * change otherwise (CI logs). Silent with --json, whose stdout must stay parseable.
 */
function progressReporter(term, json) {
    let drawn = false;
    return {
        update: (done, total, result) => {
            if (json)
                return;
            if (term.isTTY) {
                term.status(`Applying: ${done}/${total}`);
                drawn = true;
            }
            else {
                term.err(`[${done}/${total}] ${result.change.kind} ${JSON.stringify(result.change.name)}: ${result.status}\n`);
            }
        },
        finish: () => {
            if (drawn)
                term.status('');
        },
    };
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


/***/ })

};
;