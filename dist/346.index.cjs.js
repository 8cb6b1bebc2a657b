"use strict";
exports.id = 346;
exports.ids = [346,825,360,101];
exports.modules = {

/***/ 4360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awaitRemote: () => (/* binding */ awaitRemote),
/* harmony export */   openConnection: () => (/* binding */ openConnection),
/* harmony export */   startRemoteReads: () => (/* binding */ startRemoteReads)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4740);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(825);
/* harmony import */ var _github_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3385);
/**
 * The connection to neuroflash, opened for the phases that read or write the workspace.
 * Every secret the client sees is masked before it can print.
 */




/** Opens the connection in the log group "Read the remote"; the workspace goes to `state`. */
async function openConnection(state, inputs, credentials, deps) {
    const connection = await _actions_core__WEBPACK_IMPORTED_MODULE_0__.group('Read the remote', async () => {
        const connection = await deps.connect(connectionSettings(state, inputs, credentials));
        (0,_github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .infoUntrusted */ .z7)(`Workspace: ${connection.workspace.name} (${connection.workspace.id})`);
        return connection;
    });
    state.workspace = connection.workspace;
    return connection;
}
/**
 * Starts the reads of a sync (token, workspace lookup, list) so that they overlap the
 * validation of the files; the caller discards them if a file is invalid.
 */
function startRemoteReads(state, inputs, credentials, deps) {
    return (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__.startReads)(connectionSettings(state, inputs, credentials), deps.connect);
}
/**
 * The reads of `startRemoteReads`, awaited in the log group "Read the remote". The
 * workspace goes to `state` as soon as it is known, so that a failed list still names it.
 */
async function awaitRemote(state, reads) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__.group('Read the remote', async () => {
        const { workspace } = await reads.connected;
        (0,_github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .infoUntrusted */ .z7)(`Workspace: ${workspace.name} (${workspace.id})`);
        state.workspace = workspace;
        return reads.ready;
    });
}
/**
 * How to reach neuroflash, where the client logs, and when it stops: at the end of the
 * time budget (`timeout-minutes`, counted from the start of the run), or when a cancel
 * cuts the calls in flight.
 */
function connectionSettings(state, inputs, credentials) {
    return {
        apiUrl: inputs.apiUrl,
        tokenUrl: inputs.tokenUrl,
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        workspace: inputs.workspace,
        onSecret: (value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(value),
        // The client's info lines can carry audience names (a create found after its response
        // was lost): fenced, so that a name cannot act as a workflow command. Debug lines and
        // warnings are commands whose message `@actions/core` escapes, so they cannot.
        log: {
            debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.debug(message),
            info: (message) => (0,_github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .infoUntrusted */ .z7)(message),
            warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(message),
        },
        deadline: state.startedAt + inputs.timeoutMinutes * 60_000,
        budgetLabel: `${inputs.timeoutMinutes} min (${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.TimeoutMinutes})`,
        ...(state.cancel ? { signal: state.cancel.cut } : {}),
    };
}


/***/ }),

/***/ 9346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exportFiles: () => (/* binding */ exportFiles),
/* harmony export */   exportSummary: () => (/* binding */ exportSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4740);
/* harmony import */ var _config_discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7307);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7242);
/* harmony import */ var _github_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3385);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6301);
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4360);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1729);
/**
 * `command: export`: the workspace's audiences written as files into `path`, and the job
 * summary that lists them.
 */







/** Exports the workspace into the one folder `path` names. */
async function exportFiles(state, inputs, context, deps) {
    const [outDir, ...rest] = inputs.paths;
    if (!outDir || rest.length > 0 || /[*?[\]{}]/.test(outDir)) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Path, `input \`${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Path}\` must be one folder for \`${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Command}: export\`, got \`${inputs.paths.join(', ')}\``);
    }
    // The folder is written to, and then read back by plans: it must be in the checkout.
    if (!(0,_config_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvesInside */ .ac)(context.workspaceDir, outDir)) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Path, `input \`${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Path}\` \`${outDir}\` resolves outside the workspace; give a folder inside it`);
    }
    if (!inputs.credentials) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ClientId, `\`${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Command}: export\` reads the workspace: set \`${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ClientId}\` and \`${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ClientSecret}\``);
    }
    const { exportWorkspace, schemaUrlForAction } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(325), __webpack_require__.e(54)]).then(__webpack_require__.bind(__webpack_require__, 7054));
    const connection = await (0,_connection_js__WEBPACK_IMPORTED_MODULE_5__.openConnection)(state, inputs, inputs.credentials, deps);
    try {
        const result = await _actions_core__WEBPACK_IMPORTED_MODULE_0__.group('Export', () => 
        // The Action's export lands in a pull request, where git shows and can undo every
        // change, so it makes the folder exactly the export, as the CLI does with --force:
        // a stale file left behind would recreate its audience when the PR is merged.
        exportWorkspace(connection.audiences, {
            outDir,
            force: true,
            cwd: context.workspaceDir,
            schema: schemaUrlForAction(deps.env),
        }));
        state.exported = { ...result, outDir };
        const overwritten = new Set(result.overwritten);
        for (const file of result.written) {
            (0,_github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .infoUntrusted */ .z7)(`${overwritten.has(file) ? 'overwrote' : 'wrote'} ${file}`);
        }
        for (const file of result.removed)
            (0,_github_log_js__WEBPACK_IMPORTED_MODULE_3__/* .infoUntrusted */ .z7)(`removed ${file}`);
        for (const s of result.skipped)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`skipped ${s.file}: ${s.reason}`);
    }
    finally {
        await connection.api.close();
    }
}
/**
 * The job summary of an export: the files written, or why the export failed; undefined
 * for a run that is not an export (or never got to one).
 */
function exportSummary(state) {
    if (state.inputs?.command !== 'export' || state.inputError)
        return undefined;
    if (!state.exported) {
        if (!state.failure)
            return undefined;
        // The view model is about files and plans, which an export has neither of.
        const { reason, message } = state.failure;
        const where = state.workspace ? ` of ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(state.workspace.name)}` : '';
        const why = reason ? ` (failure-reason ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(reason)})` : '';
        return `**Export${where} failed**${why}: ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(message)}\n`;
    }
    const { written, overwritten, removed, skipped, outDir } = state.exported;
    const where = state.workspace ? (0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(state.workspace.name) : 'the workspace';
    const replaced = new Set(overwritten);
    const removals = removed.length > 0 ? `, ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(removed.length, 'other audience file')} removed` : '';
    const lines = [
        `**Export of ${where}:** ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(written.length, 'file')} written to ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(outDir)}${removals}.`,
        '',
        ...written.map((f) => `- ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(f)}${replaced.has(f) ? ' (overwritten)' : ''}`),
        ...removed.map((f) => `- ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(f)} (removed)`),
    ];
    if (skipped.length > 0) {
        lines.push('', `**${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(skipped.length, 'audience')} skipped:**`, '');
        for (const s of skipped)
            lines.push(`- ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(s.file)}: ${(0,_report_index_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(s.reason)}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connect: () => (/* binding */ connect),
/* harmony export */   hasErrors: () => (/* reexport safe */ _config_format_js__WEBPACK_IMPORTED_MODULE_0__.Cs),
/* harmony export */   planAgainst: () => (/* binding */ planAgainst),
/* harmony export */   startReads: () => (/* binding */ startReads)
/* harmony export */ });
/* harmony import */ var _config_turns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3142);
/* harmony import */ var _config_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2223);
/**
 * The engine that the Action and the CLI share: connect, read the remote, plan.
 * Each step takes its collaborators as arguments, so the wiring layers decide what is
 * real and tests decide what is fake: a fake stands in only at such a seam.
 */

/**
 * Opens the client and resolves the workspace. The HTTP client is imported here, on the
 * paths that need it, so that a validate-only run never loads it.
 */
async function connect(settings) {
    const { createNeuroflashClient } = await Promise.all(/* import() */[__webpack_require__.e(99), __webpack_require__.e(401)]).then(__webpack_require__.bind(__webpack_require__, 9401));
    const api = createNeuroflashClient({
        apiUrl: settings.apiUrl,
        tokenUrl: settings.tokenUrl,
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        onSecret: settings.onSecret,
        log: settings.log,
        retry: settings.retry,
        signal: settings.signal,
        deadline: settings.deadline,
        budgetLabel: settings.budgetLabel,
        ...(settings.onListPage ? { onListPage: settings.onListPage } : {}),
    });
    try {
        const workspace = await api.resolveWorkspace(settings.workspace || undefined);
        return { api, workspace, audiences: api.audiences(workspace.id) };
    }
    catch (error) {
        await api.close();
        throw error;
    }
}

/** How long discarded reads in flight may take to finish before they are cut. */
const DISCARD_GRACE_MS = 2_000;
/**
 * Starts the reads that every sync needs (the token, the workspace lookup and the list
 * pages) so that they overlap the validation of the files. Only reads: nothing here
 * writes, and a caller whose files turn out invalid discards the result unseen, so the
 * rule "no write while any file is invalid" holds as before (docs/plan.md).
 */
function startReads(settings, open = connect) {
    let discarded = false;
    // Passed on as the connection's `signal`: the client stops its requests and retry waits
    // when the reads are discarded and their grace is over, or when the run is cancelled.
    const controller = new AbortController();
    const given = settings.signal;
    const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
    // The client's code first (about a tenth of a second to load), then the requests.
    const loaded = Promise.all(/* import() */[__webpack_require__.e(99), __webpack_require__.e(401)]).then(__webpack_require__.bind(__webpack_require__, 9401)).then(() => undefined, () => undefined);
    // The list's first page: in (or the list over, whatever its outcome) once it settles.
    let listing = false;
    let firstPageIn = () => { };
    const firstPage = new Promise((resolve) => {
        firstPageIn = resolve;
    });
    // Pages read before the list of audiences (the workspaces') do not count.
    const onListPage = (event) => {
        if (listing)
            firstPageIn();
        settings.onListPage?.(event);
    };
    const connected = loaded.then(() => open({ ...settings, signal, onListPage }));
    const ready = connected.then(async (connection) => {
        try {
            if (discarded)
                throw new Error('the early reads were discarded');
            listing = true;
            return { connection, remote: await connection.audiences.listAudiences() };
        }
        catch (error) {
            await connection.api.close();
            throw error;
        }
        finally {
            firstPageIn();
        }
    });
    // Whoever awaits them sees their failure; a discarded read's failure is nobody's.
    connected.catch(() => { });
    ready.catch(() => { });
    return {
        begun: loaded.then(() => new Promise((resolve) => setImmediate(resolve))),
        connected,
        ready,
        // Two turns after the first page: the requests for the next pages are written in the
        // first (new connections once they connect, in the second).
        quiet: () => (listing ? firstPage.then(_config_turns_js__WEBPACK_IMPORTED_MODULE_1__/* .nextTurn */ .t).then(_config_turns_js__WEBPACK_IMPORTED_MODULE_1__/* .nextTurn */ .t) : Promise.resolve()),
        async discard() {
            discarded = true;
            // The reads in flight may finish for a moment (they are only reads, and cutting a
            // healthy one gains nothing); past that they are cut, so that a hung API never holds
            // up the report of invalid files.
            const cut = setTimeout(() => controller.abort(new Error('the early reads were discarded')), DISCARD_GRACE_MS);
            const state = await ready.catch(() => undefined);
            clearTimeout(cut);
            await state?.connection.api.close();
        },
    };
}
/** Reads the remote list and plans against the desired audiences. */
async function planAgainst(desired, audiences, options, context) {
    const remote = await audiences.listAudiences();
    // Loaded here: the CLI's plan and apply load the planner only once the reads are under way.
    const { buildPlan } = await __webpack_require__.e(/* import() */ 449).then(__webpack_require__.bind(__webpack_require__, 3449));
    return { plan: buildPlan(desired, remote, options, context), remote };
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